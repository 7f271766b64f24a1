import type { Context } from 'hono';
import { validator } from 'hono/validator';
import { z } from 'zod';
import { passwordProblem } from './auth/passwords.ts';
import { calendarDate, FIRST_YEAR, isCalendarDate, LAST_YEAR } from './checks/calendar-date.ts';
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

/**
 * Control characters other than tabs and line breaks: nobody types them, and PostgreSQL refuses
 * NUL in text (a 500 otherwise).
 */
const WITHOUT_CONTROL_CHARACTERS = /^[^\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]*$/;

/** A text field: trimmed, bounded, without control characters. */
function text(schema: z.ZodString, maxLength: number) {
  return schema
    .trim()
    .max(maxLength, { error: `${maxLength} caractères au maximum.` })
    .regex(WITHOUT_CONTROL_CHARACTERS, { error: 'Ce texte contient un caractère de contrôle invisible : retapez-le plutôt que de le coller.' });
}

/** An optional free text field. */
export function freeText(maxLength: number) {
  return text(z.string(), maxLength);
}

/** A required text field: not empty once trimmed. */
export function requiredText(missing: string, maxLength = 200) {
  return text(z.string({ error: missing }), maxLength).min(1, { error: missing });
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

export const IMPOSSIBLE_DATE = `Cette date n'existe pas dans le calendrier, ou sort des années ${FIRST_YEAR} à ${LAST_YEAR} : vérifiez le jour, le mois et l'année.`;

/** A calendar date typed as YYYY-MM-DD that exists: `message` when the form is wrong. */
export function isoDateField(message: string) {
  return z
    .string({ error: message })
    .regex(/^\d{4}-\d{2}-\d{2}$/, { error: message })
    .refine(isCalendarDate, { error: IMPOSSIBLE_DATE });
}

/** An ISO 8601 date and time with its offset, on a day that exists. */
export function isoDateTimeField(message: string) {
  return z.iso.datetime({ offset: true, error: message }).refine((text) => isCalendarDate(text.slice(0, 10)), { error: IMPOSSIBLE_DATE });
}

/** A YYYY-MM month (a path segment) that exists. */
export function isCalendarMonth(text: string): boolean {
  return /^\d{4}-\d{2}$/.test(text) && isCalendarDate(`${text}-01`);
}

/** One part of a date typed in its own field ("07", "1984"). */
const datePart = (message: string, min: number, max: number) =>
  requiredText(message, 4)
    .regex(/^\d{1,4}$/, { error: message })
    .transform(Number)
    .pipe(z.number().min(min, { error: message }).max(max, { error: message }));

/** The three fields of a date of birth (DateField.astro, name "birth"). */
export const birthDateParts = {
  birthDay: datePart('Indiquez le jour de naissance, entre 1 et 31.', 1, 31),
  birthMonth: datePart('Indiquez le mois de naissance, entre 1 et 12.', 1, 12),
  birthYear: datePart(`Indiquez l'année de naissance sur 4 chiffres, entre ${FIRST_YEAR} et ${LAST_YEAR}.`, FIRST_YEAR, LAST_YEAR),
};

type BirthDateParts = { birthDay: number; birthMonth: number; birthYear: number };

/**
 * Joins the three fields of `birthDateParts` into `birthDate` (YYYY-MM-DD), for a schema's
 * `.transform()`; a day the calendar does not have (31/02) is refused on the day's field.
 */
export function withBirthDate<Body extends BirthDateParts>(body: Body, context: z.RefinementCtx) {
  const { birthDay, birthMonth, birthYear, ...rest } = body;
  const birthDate = calendarDate(birthYear, birthMonth, birthDay);
  if (!birthDate) {
    context.addIssue({ code: 'custom', message: IMPOSSIBLE_DATE, path: ['birthDay'] });
    return z.NEVER;
  }
  return { ...rest, birthDate };
}
