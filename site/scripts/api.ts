/** An API answer other than 2xx; `status` lets callers treat 401 or 404 as expected cases. */
export class HttpError extends Error {
  readonly status: number;

  constructor(status: number) {
    super(`HTTP ${status}`);
    this.status = status;
  }
}

/** GET of a same-origin JSON resource; rejects with HttpError, or TypeError when offline. */
export async function getJson<T>(path: string): Promise<T> {
  const response = await fetch(path, { headers: { Accept: 'application/json' }, credentials: 'same-origin' });
  if (!response.ok) throw new HttpError(response.status);
  return (await response.json()) as T;
}
