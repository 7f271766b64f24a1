import { Hono } from 'hono';
import { z } from 'zod';
import type { Selectable } from 'kysely';
import type { DisplayPreferencesTable } from '../../db/schema.ts';
import type { AppEnv } from '../env.ts';
import { requireSession } from '../middleware/session.ts';
import {
  CONTRASTS,
  type DatedDisplayPreferences,
  FONTS,
  MOTIONS,
  TEXT_SIZES,
  THEMES,
} from '../../domain/display-preferences.ts';
import { isoDateTimeField, validBody } from '../validation.ts';

/** A device's clock may run a little ahead; a change cannot come from further in the future. */
const CLOCK_TOLERANCE_MS = 5 * 60 * 1000;

const displayBody = z.strictObject({
  contrast: z.enum(CONTRASTS, { error: 'Choisissez un contraste : standard ou élevé.' }),
  theme: z.enum(THEMES, { error: 'Choisissez un thème : clair, sombre ou celui de l’appareil.' }),
  font: z.enum(FONTS, { error: 'Choisissez une police : standard ou adaptée à la dyslexie.' }),
  motion: z.enum(MOTIONS, { error: 'Choisissez un réglage des animations.' }),
  textSize: z.union(
    TEXT_SIZES.map((size) => z.literal(size)),
    { error: `Choisissez une taille de texte parmi ${TEXT_SIZES.join(', ')} %.` },
  ),
  updatedAt: isoDateTimeField('Indiquez la date du changement au format ISO 8601.'),
});

function dated(row: Selectable<DisplayPreferencesTable>): DatedDisplayPreferences {
  return {
    contrast: row.contrast,
    theme: row.theme,
    font: row.font,
    motion: row.motion,
    textSize: row.text_size as DatedDisplayPreferences['textSize'],
    updatedAt: row.updated_at.toISOString(),
  };
}

/** The signed-in person's display settings, kept with the account to follow them across devices. */
export const preferencesRoutes = new Hono<AppEnv>()
  .use(requireSession())
  .use(async (c, next) => {
    c.header('Cache-Control', 'no-store');
    await next();
  })
  .get('/display', async (c) => {
    const { db, session } = c.var;
    const row = await db
      .selectFrom('display_preferences')
      .selectAll()
      .where('account_id', '=', session.accountId)
      .executeTakeFirst();
    return c.json({ preferences: row ? dated(row) : null }, 200);
  })
  .put('/display', validBody(displayBody), async (c) => {
    const { db, session } = c.var;
    const body = c.req.valid('json');
    const updatedAt = new Date(Math.min(Date.parse(body.updatedAt), Date.now() + CLOCK_TOLERANCE_MS));
    const values = {
      contrast: body.contrast,
      theme: body.theme,
      font: body.font,
      motion: body.motion,
      text_size: body.textSize,
      updated_at: updatedAt,
    };
    // One statement, so two devices saving at once cannot both win: the older change is ignored.
    await db
      .insertInto('display_preferences')
      .values({ account_id: session.accountId, ...values })
      .onConflict((conflict) =>
        conflict
          .column('account_id')
          .doUpdateSet(values)
          .where('display_preferences.updated_at', '<', updatedAt),
      )
      .execute();
    const kept = await db
      .selectFrom('display_preferences')
      .selectAll()
      .where('account_id', '=', session.accountId)
      .executeTakeFirstOrThrow();
    return c.json({ preferences: dated(kept) }, 200);
  });
