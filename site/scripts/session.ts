import { getJson, HttpError } from './api.ts';

export interface Session {
  firstName: string;
  lastName: string;
  email: string;
  role: 'adherent' | 'ayant_droit';
  memberNumber: string;
  cguRequired: boolean;
  cguVersion: string;
}

/** The signed-in person, or null when nobody is signed in. */
export async function fetchSession(): Promise<Session | null> {
  try {
    return await getJson<Session>('/api/auth/session');
  } catch (error) {
    if (error instanceof HttpError && error.status === 401) return null;
    throw error;
  }
}
