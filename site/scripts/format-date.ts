const dateTime = new Intl.DateTimeFormat('fr-FR', { dateStyle: 'long', timeStyle: 'short' });

/** A `<time>` showing an ISO instant the French way: "3 mars 2025 à 14:05". */
export function timeElement(iso: string): HTMLTimeElement {
  const time = document.createElement('time');
  time.dateTime = iso;
  time.textContent = dateTime.format(new Date(iso));
  return time;
}
