import { Hono } from 'hono';
import { z } from 'zod';
import { loadMemberContext } from '../auth/access.ts';
import type { AppEnv } from '../env.ts';
import { requireSession } from '../middleware/session.ts';
import { validQuery } from '../validation.ts';

const searchQuery = z.strictObject({
  q: z
    .string({ error: 'Saisissez une entreprise, une ville ou un département.' })
    .trim()
    .min(2, { error: 'Saisissez au moins 2 caractères.' })
    .max(80, { error: '80 caractères au maximum.' }),
});

/** Lower case without accents, for a search that forgives "genevilliers" or "Saint-Etienne". */
const folded = (text: string) => text.normalize('NFD').replace(/\p{Diacritic}/gu, '').toLowerCase();

/**
 * GET /api/contact: the member's managing insurer (Annexe 3) and the contacts of Annexe 4.
 * GET /api/contact/establishments?q=: which insurer manages an establishment (Annexe 3).
 */
export const contactRoutes = new Hono<AppEnv>()
  .use(requireSession())
  .use(async (c, next) => {
    c.header('Cache-Control', 'no-store');
    await next();
  })
  .get('/', async (c) => {
    const { db, session } = c.var;
    const member = await loadMemberContext(db, session.beneficiaryId);
    const [insurer, contacts] = await Promise.all([
      db
        .selectFrom('members')
        .innerJoin('establishments', 'establishments.id', 'members.establishment_id')
        .innerJoin('insurers', 'insurers.id', 'establishments.insurer_id')
        .select(['insurers.name', 'insurers.correspondence_address', 'insurers.member_phone'])
        .where('members.id', '=', member.memberId)
        .executeTakeFirstOrThrow(),
      db.selectFrom('contacts').select(['kind', 'name', 'postal_address', 'email', 'website']).orderBy('id').execute(),
    ]);
    return c.json(
      {
        insurer: { name: insurer.name, correspondenceAddress: insurer.correspondence_address, phone: insurer.member_phone },
        contacts: contacts.map((contact) => ({
          kind: contact.kind,
          name: contact.name,
          postalAddress: contact.postal_address,
          email: contact.email,
          website: contact.website,
        })),
      },
      200,
    );
  })
  .get('/establishments', validQuery(searchQuery), async (c) => {
    const words = folded(c.req.valid('query').q).split(/[\s,'’-]+/).filter(Boolean);
    const rows = await c.var.db
      .selectFrom('establishments')
      .innerJoin('insurers', 'insurers.id', 'establishments.insurer_id')
      .select([
        'establishments.company',
        'establishments.site',
        'establishments.department',
        'insurers.name as insurer',
        'insurers.correspondence_address',
        'insurers.member_phone',
      ])
      .orderBy('establishments.company')
      .orderBy('establishments.site')
      .execute();
    // 91 establishments: filtered here, so that accents and word order do not matter.
    const found = rows.filter((row) => {
      const text = folded(`${row.company} ${row.site} ${row.department}`);
      return words.every((word) => text.includes(word));
    });
    return c.json(
      {
        establishments: found.map((row) => ({
          company: row.company,
          site: row.site,
          department: row.department,
          insurer: row.insurer,
          correspondenceAddress: row.correspondence_address,
          phone: row.member_phone,
        })),
      },
      200,
    );
  });
