/**
 * The `?retour=` target when it is a path of this site. Anything else ("//other.example",
 * "/\\other.example", "https://…") is ignored, so a crafted link cannot send someone elsewhere.
 */
export function returnPath(): string | null {
  const value = new URLSearchParams(location.search).get('retour');
  if (!value || !/^\/(?![/\\])/.test(value)) return null;
  const url = new URL(value, location.origin);
  return url.origin === location.origin ? url.pathname + url.search + url.hash : null;
}

/** `path` plus `retour=<this page>`, to come back here after signing in or accepting the terms. */
export function withReturnToHere(path: string): string {
  const url = new URL(path, location.origin);
  url.searchParams.set('retour', location.pathname + location.search);
  return url.pathname + url.search;
}
