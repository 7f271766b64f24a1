import { buildSiteIfNeeded } from './site-build.ts';

// The one-command demonstration: on the embedded database and without SMTP, demonstration mode
// (fictional households, e-mails read on the demo page) unless DEMO_MODE says otherwise.
if (!process.env.DATABASE_URL && !process.env.SMTP_URL && process.env.DEMO_MODE === undefined) process.env.DEMO_MODE = 'true';

buildSiteIfNeeded();
await import('../server/main.ts');
