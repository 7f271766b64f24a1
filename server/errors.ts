import type { Context } from 'hono';
import type { ClientErrorStatusCode, ServerErrorStatusCode } from 'hono/utils/http-status';

/**
 * The one shape of every API error: a stable code for programs, a French sentence for people,
 * and for a server error the request's id (always in `X-Request-Id`) to quote to support. A
 * refusal carries no id, so that two refusals can be told apart by nothing (sign-in, activation).
 */
export interface ApiErrorBody {
  error: { code: string; message: string; fields?: Record<string, string>; requestId?: string };
}

export function apiError<Status extends ClientErrorStatusCode | ServerErrorStatusCode>(
  c: Context,
  status: Status,
  code: string,
  message: string,
  fields?: Record<string, string>,
) {
  const requestId: string | undefined = status >= 500 ? c.get('requestId') : undefined;
  const body: ApiErrorBody = { error: { code, message, ...(fields ? { fields } : {}), ...(requestId ? { requestId } : {}) } };
  return c.json(body, status);
}
