import { Hono } from 'hono';
import type { Context } from 'hono';
import type { Kysely, Updateable } from 'kysely';
import { z } from 'zod';
import type { Database, ProfileTable } from '../../db/schema.ts';
import { loadMemberContext } from '../auth/access.ts';
import { audit } from '../audit.ts';
import { ibanProblem, maskedIban, normalizeIban } from '../checks/iban.ts';
import { maskedNir, nirProblem, normalizeNir } from '../checks/nir.ts';
import type { AppEnv } from '../env.ts';
import { apiError } from '../errors.ts';
import { wantsPage } from '../middleware/request-body.ts';
import { requireSession } from '../middleware/session.ts';
import { requireStepUp } from '../middleware/step-up.ts';
import { checkedBox, freeText, requiredText, validBody } from '../validation.ts';

/** A French phone number as people write it: 10 digits, or +33 and 9 digits. */
const PHONE = /^(?:0\d|\+33\s?\d)(?:[\s.-]?\d{2}){4}$/;

const contactBody = z.strictObject({
  postalAddress: freeText(300).optional(),
  phone: requiredText('Saisissez votre numéro de téléphone.', 20).regex(PHONE, {
    error: 'Saisissez un numéro français, par exemple 06 12 34 56 78 ou +33 6 12 34 56 78.',
  }),
});

const healthInsuranceBody = z.strictObject({
  nir: requiredText('Saisissez votre numéro de sécurité sociale.', 30).superRefine((value, context) => {
    const problem = nirProblem(value);
    if (problem) context.addIssue({ code: 'custom', message: problem });
  }),
  affiliationFund: requiredText('Indiquez votre caisse d’assurance maladie, par exemple CPAM de la Gironde.', 120),
});

const preferencesBody = z.strictObject({
  documentsChannel: z.enum(['electronique', 'papier'], { error: 'Choisissez documents électroniques ou papier.' }),
  // Unchecked boxes are not sent by forms: absent means no.
  magazine: z.union([checkedBox(''), z.literal(false), z.undefined()]).transform((value) => value === true),
});

const bankBody = z.strictObject({
  iban: requiredText('Saisissez votre IBAN.', 50).superRefine((value, context) => {
    const problem = ibanProblem(value);
    if (problem) context.addIssue({ code: 'custom', message: problem });
  }),
});

function saved(c: Context, message: string) {
  // A plain form (no JavaScript) comes back to the page, whose #enregistre notice then shows.
  if (wantsPage(c)) return c.redirect('/profil#enregistre', 303);
  return c.json({ message }, 200);
}

type ProfileChange = Omit<Updateable<ProfileTable>, 'beneficiary_id' | 'updated_at'>;

async function upsertProfile(db: Kysely<Database>, beneficiaryId: number, values: ProfileChange) {
  await db
    .insertInto('profiles')
    .values({ beneficiary_id: beneficiaryId, ...values })
    .onConflict((conflict) => conflict.column('beneficiary_id').doUpdateSet({ ...values, updated_at: new Date() }))
    .execute();
}

/**
 * « Mes informations »: contact details, Sécurité sociale number, communication preferences and
 * the household's bank account. The postal address and the IBAN are the adhérent principal's to
 * change (the latter after an e-mailed code); neither the IBAN nor the NIR is ever sent back
 * whole (the NIR is, in the personal-data export, after an e-mailed code).
 */
export const profileRoutes = new Hono<AppEnv>()
  .use(requireSession())
  .use(async (c, next) => {
    c.header('Cache-Control', 'no-store');
    await next();
  })
  .get('/', async (c) => {
    const { db, session } = c.var;
    const member = await loadMemberContext(db, session.beneficiaryId);
    const [profile, bank] = await Promise.all([
      db.selectFrom('profiles').selectAll().where('beneficiary_id', '=', session.beneficiaryId).executeTakeFirst(),
      member.role === 'adherent'
        ? db.selectFrom('bank_accounts').select('iban').where('member_id', '=', member.memberId).executeTakeFirst()
        : undefined,
    ]);
    return c.json(
      {
        role: member.role,
        email: session.email,
        profile: {
          postalAddress: profile?.postal_address ?? null,
          phone: profile?.phone ?? null,
          nir: profile?.nir ? maskedNir(profile.nir) : null,
          affiliationFund: profile?.affiliation_fund ?? null,
          documentsChannel: profile?.documents_channel ?? 'electronique',
          magazine: profile?.magazine ?? false,
        },
        bank: member.role === 'adherent' ? { iban: bank ? maskedIban(bank.iban) : null } : null,
      },
      200,
    );
  })
  .post('/contact', validBody(contactBody), async (c) => {
    const { db, session } = c.var;
    const { postalAddress, phone } = c.req.valid('json');
    const member = await loadMemberContext(db, session.beneficiaryId);
    if (postalAddress !== undefined && member.role !== 'adherent') {
      return apiError(c, 403, 'forbidden', 'L’adresse du foyer se change par l’adhérent principal.', {
        postalAddress: 'L’adresse du foyer se change par l’adhérent principal.',
      });
    }
    await upsertProfile(db, session.beneficiaryId, { phone, ...(postalAddress !== undefined && { postal_address: postalAddress || null }) });
    await audit(db, session.accountId, 'profile.contact_changed');
    return saved(c, 'Vos coordonnées sont enregistrées.');
  })
  .post('/health-insurance', validBody(healthInsuranceBody), async (c) => {
    const { db, session } = c.var;
    const { nir, affiliationFund } = c.req.valid('json');
    await upsertProfile(db, session.beneficiaryId, { nir: normalizeNir(nir), affiliation_fund: affiliationFund });
    await audit(db, session.accountId, 'profile.health_insurance_changed');
    return saved(c, 'Vos informations de Sécurité sociale sont enregistrées.');
  })
  .post('/preferences', validBody(preferencesBody), async (c) => {
    const { db, session } = c.var;
    const { documentsChannel, magazine } = c.req.valid('json');
    await upsertProfile(db, session.beneficiaryId, { documents_channel: documentsChannel, magazine });
    return saved(c, 'Vos préférences sont enregistrées.');
  })
  .post('/bank', requireStepUp(), validBody(bankBody), async (c) => {
    const { db, session } = c.var;
    const member = await loadMemberContext(db, session.beneficiaryId);
    if (member.role !== 'adherent') {
      return apiError(c, 403, 'forbidden', 'Les coordonnées bancaires du contrat se changent par l’adhérent principal.');
    }
    const iban = normalizeIban(c.req.valid('json').iban);
    await db
      .insertInto('bank_accounts')
      .values({ member_id: member.memberId, iban })
      .onConflict((conflict) => conflict.column('member_id').doUpdateSet({ iban, updated_at: new Date() }))
      .execute();
    await audit(db, session.accountId, 'bank_account.changed');
    return saved(c, `Votre IBAN est enregistré : ${maskedIban(iban)}.`);
  });
