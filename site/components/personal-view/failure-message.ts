import { HttpError } from '../../scripts/api.ts';

/**
 * What a person reads when their data could not be shown: the view's own sentence ("Vos
 * remboursements n’ont pas pu être chargés") and what to do about it, or, for a refusal the API
 * explained (dates in the wrong order…), the API's own French words.
 */
export function failureMessage(failed: string, error: unknown): string {
  if (!(error instanceof HttpError)) return `${failed} : vérifiez votre connexion à Internet puis réessayez.`;
  if (error.status >= 500) return `${failed} : le service ne répond pas pour le moment. Réessayez dans quelques minutes.`;
  if (error.explanation) return error.explanation;
  return `${failed}. Rechargez la page ; si cela se reproduit, écrivez-nous depuis Contact et aide.`;
}
