import { buildSiteIfNeeded } from './site-build.ts';

buildSiteIfNeeded();
await import('../server/main.ts');
