import { hc, type InferResponseType } from 'hono/client';
import type { ApiType } from '../../server/app.ts';

/** The API's typed client: paths and answers are checked against the server's own routes. */
// Headers go in `headers`, not in `init`: hc would let `init.headers` replace the Content-Type it sets.
export const api = hc<ApiType>('/api', { headers: { Accept: 'application/json' }, init: { credentials: 'same-origin' } });

export type Session = InferResponseType<typeof api.auth.session.$get, 200>;
export type DeviceSession = InferResponseType<typeof api.account.sessions.$get, 200>['sessions'][number];
export type MemberCard = InferResponseType<typeof api.card.$get, 200>;
export type Coverage = InferResponseType<typeof api.coverage.$get, 200>;
export type CoverageCategory = Coverage['categories'][number];
export type CoverageLine = CoverageCategory['lines'][number];
export type ContractView = InferResponseType<typeof api.contract.$get, 200>;
export type OutboxMessage = InferResponseType<typeof api.demo.outbox.$get, 200>['messages'][number];

/**
 * An API answer other than 2xx; `status` lets callers treat 401 or 404 as expected cases, and
 * `explanation` carries the French message the API gives with a refusal, when it gave one.
 */
export class HttpError extends Error {
  readonly status: number;
  readonly explanation: string | undefined;

  constructor(status: number, explanation?: string) {
    super(`HTTP ${status}`);
    this.status = status;
    this.explanation = explanation;
  }
}

/**
 * The HttpError of a failed answer, explained by the API's own words (`{ error: { message, fields } }`):
 * the messages about each field when there are some, being the precise ones, else the message.
 */
export async function httpErrorOf(response: { status: number; json(): Promise<unknown> }): Promise<HttpError> {
  const body = (await response.json().catch(() => null)) as { error?: { message?: unknown; fields?: Record<string, unknown> } } | null;
  const fields = Object.values(body?.error?.fields ?? {}).filter((text): text is string => typeof text === 'string');
  const message = body?.error?.message;
  return new HttpError(response.status, fields.length > 0 ? fields.join(' ') : typeof message === 'string' ? message : undefined);
}

/** The body of a successful answer; rejects with HttpError (or TypeError when offline). */
export async function bodyOf<Response extends { ok: boolean; status: number; json(): Promise<unknown> }>(
  response: Response,
): Promise<Awaited<ReturnType<Extract<Response, { ok: true }>['json']>>> {
  if (!response.ok) throw new HttpError(response.status);
  return (await response.json()) as Awaited<ReturnType<Extract<Response, { ok: true }>['json']>>;
}
