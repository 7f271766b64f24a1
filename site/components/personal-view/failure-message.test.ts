import { describe, expect, it } from 'vitest';
import { HttpError } from '../../scripts/api.ts';
import { failureMessage } from './failure-message.ts';

const FAILED = 'Vos documents n’ont pas pu être chargés';

describe('the French message of a view that could not load', () => {
  it('asks to check the connection when the request never reached the server', () => {
    expect(failureMessage(FAILED, new TypeError('Failed to fetch'))).toBe(
      'Vos documents n’ont pas pu être chargés : vérifiez votre connexion à Internet puis réessayez.',
    );
  });

  it('asks to wait when the server fails', () => {
    expect(failureMessage(FAILED, new HttpError(503))).toMatch(/le service ne répond pas pour le moment/);
  });

  it('gives the API’s own words for a refusal it explained, general ones otherwise', () => {
    expect(failureMessage(FAILED, new HttpError(400, 'La date de début doit précéder la date de fin.'))).toBe(
      'La date de début doit précéder la date de fin.',
    );
    expect(failureMessage(FAILED, new HttpError(404))).toBe(
      'Vos documents n’ont pas pu être chargés. Rechargez la page ; si cela se reproduit, écrivez-nous depuis Contact et aide.',
    );
  });

  it('never shows a server error’s text, which is not written for members', () => {
    expect(failureMessage(FAILED, new HttpError(500, 'Erreur interne'))).toMatch(/le service ne répond pas/);
  });
});
