import { Hono } from 'hono';
import { sql } from 'kysely';
import type { AppEnv } from '../env.ts';

/** Liveness for load balancers and monitoring: 200 when the database answers, 503 otherwise. */
export const healthRoutes = new Hono<AppEnv>().get('/', async (c) => {
  c.header('Cache-Control', 'no-store');
  const started = performance.now();
  try {
    await sql`select 1`.execute(c.var.db);
  } catch {
    return c.json({ status: 'degraded' as const, database: 'unreachable' as const }, 503);
  }
  const latencyMs = Math.round((performance.now() - started) * 10) / 10;
  return c.json({ status: 'ok' as const, database: 'ok' as const, latencyMs }, 200);
});
