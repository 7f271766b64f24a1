/** The version of the terms of use in force (site/pages/cgu.astro): a new one is asked for at the next sign-in. */
export const CGU_VERSION = '2025-01';
export const CGU_VERSION_DATE = '2025-01-01';
