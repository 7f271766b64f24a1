import type { Context } from 'hono';

/**
 * The log line of an unexpected error: the request id, the method and the route's pattern, the
 * error's kind and code, and where it was thrown. Never the error's message, the path as sent,
 * the query string nor the body: a database error quotes the values of its query (a member
 * number, a birth date), and a path or a query can carry them too.
 */
export function logUnexpectedError(c: Context, error: unknown): void {
  const kind = error instanceof Error ? error.name : typeof error;
  const code = typeof (error as { code?: unknown } | null)?.code === 'string' ? ` ${(error as { code: string }).code}` : '';
  const frames = error instanceof Error ? (error.stack ?? '').split('\n').filter((line) => /^\s+at /.test(line)) : [];
  console.error([`Erreur interne ${c.get('requestId') ?? '-'} : ${c.req.method} ${c.req.routePath} → ${kind}${code}`, ...frames].join('\n'));
}
