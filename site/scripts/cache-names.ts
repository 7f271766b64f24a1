/**
 * Names shared by the pages and the service worker. Kept free of imports so that neither the
 * worker nor every page pulls in the API client with them.
 */
export const PERSONAL_CACHE = 'personal-v1';
/** Header the worker adds to an answer it served from PERSONAL_CACHE. */
export const SERVED_FROM_HEADER = 'X-Served-From';
/** Fonts fetched on demand (the dyslexia-friendly one); nothing personal. */
export const FONT_CACHE = 'fonts-v1';
