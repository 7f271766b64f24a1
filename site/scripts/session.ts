import { api, bodyOf, HttpError, type Session } from './api.ts';

/** The signed-in person, or null when nobody is signed in. */
export async function fetchSession(): Promise<Session | null> {
  try {
    return await bodyOf(await api.auth.session.$get());
  } catch (error) {
    if (error instanceof HttpError && error.status === 401) return null;
    throw error;
  }
}
