import type { Context } from 'hono';
import { validator } from 'hono/validator';
import { z } from 'zod';
import { passwordProblem } from './auth/passwords.ts';
import { apiError } from './errors.ts';
import { isHtmlForm } from './middleware/request-body.ts';

z.config(z.locales.fr());

/**
 * Validates a JSON or HTML-form body against a schema. A refusal is a 400 listing a French
 * message per field, under the same names as the body's properties, so the page can show each
 * one next to its field.
 */
export function validBody<Schema extends z.ZodType>(schema: Schema) {
  return validator('json', async (value, c: Context) => {
    const input = isHtmlForm(c) ? await c.req.parseBody() : value;
    const result = schema.safeParse(input);
    if (result.success) return result.data as z.output<Schema>;
    return apiError(c, 400, 'invalid_input', 'Certaines informations sont à corriger.', fieldErrors(result.error));
  });
}

function fieldErrors(error: z.ZodError): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const issue of error.issues) {
    const keys = issue.code === 'unrecognized_keys' ? issue.keys : [String(issue.path[0] ?? 'body')];
    for (const key of keys) {
      fields[key] ??= issue.code === 'unrecognized_keys' ? 'Ce champ est inconnu.' : issue.message;
    }
  }
  return fields;
}

/** A required text field: trimmed, not empty, bounded. */
export function requiredText(missing: string, maxLength = 200) {
  return z
    .string({ error: missing })
    .trim()
    .min(1, { error: missing })
    .max(maxLength, { error: `${maxLength} caractères au maximum.` });
}

export const emailField = requiredText('Saisissez votre adresse e-mail.', 254)
  .toLowerCase()
  .pipe(z.email({ error: 'Saisissez une adresse e-mail valide, par exemple nom@exemple.fr.' }));

/** A password as typed: never trimmed, since spaces are part of it. */
export function passwordInput(missing: string) {
  return z.string({ error: missing }).min(1, { error: missing }).max(1024, { error: 'Ce mot de passe est trop long.' });
}

/** A password being chosen: the same length and common-password rules everywhere. */
export function newPasswordInput(missing: string) {
  return passwordInput(missing).superRefine((password, context) => {
    const problem = passwordProblem(password);
    if (problem) context.addIssue({ code: 'custom', message: problem });
  });
}

/** A checkbox, from JSON (true) or from a plain form ("on"). */
export function checkedBox(unchecked: string) {
  return z.preprocess((value) => value === 'on' || value === 'true' || value === true, z.literal(true, { error: unchecked }));
}

/** Validates a query string against a schema, with the same French 400 as `validBody`. */
export function validQuery<Schema extends z.ZodType>(schema: Schema) {
  return validator('query', (value, c: Context) => {
    const result = schema.safeParse(value);
    if (result.success) return result.data as z.output<Schema>;
    return apiError(c, 400, 'invalid_input', 'Certaines informations sont à corriger.', fieldErrors(result.error));
  });
}

/** A calendar date typed as YYYY-MM-DD that exists. */
export function isoDateField(message: string) {
  return z.iso.date({ error: message });
}
