export const CGU_VERSION = '2025-01';
export const CGU_VERSION_DATE = '2025-01-01';
