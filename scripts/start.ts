import { buildSiteIfNeeded } from './site-build.ts';

// The one-command demonstration reads its e-mails on the demo page, unless SMTP is configured.
if (!process.env.SMTP_URL && process.env.DEMO_OUTBOX === undefined) process.env.DEMO_OUTBOX = 'true';

buildSiteIfNeeded();
await import('../server/main.ts');
