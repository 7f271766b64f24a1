/**
 * How the date of a view's data is introduced: as the copy kept on this device when the service
 * worker answered from it or the device has no network, as the server's latest answer otherwise.
 */
export function freshnessLead(keptCopy: boolean, online: boolean): string {
  return keptCopy || !online ? 'Hors ligne — informations à jour au' : 'Informations à jour au';
}
