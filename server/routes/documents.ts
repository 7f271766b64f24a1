import { Hono } from 'hono';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import { loadMemberContext } from '../auth/access.ts';
import { parisDate } from '../card/validity.ts';
import { attestationPdf } from '../documents/attestation-pdf.ts';
import type { AppEnv } from '../env.ts';
import { requireSession } from '../middleware/session.ts';

const RELATION_LABELS = { adherent: 'adhérent principal', conjoint: 'conjoint', enfant: 'enfant' } as const;

/** The attestation of the session's person: the household for the adhérent principal, oneself for an ayant droit. */
async function attestationOf(db: Kysely<Database>, beneficiaryId: number) {
  const member = await loadMemberContext(db, beneficiaryId);
  const [membership, people] = await Promise.all([
    db
      .selectFrom('members')
      .innerJoin('contracts', 'contracts.id', 'members.contract_id')
      .innerJoin('insurers', 'insurers.id', 'contracts.insurer_id')
      .select(['members.member_number', 'members.affiliation_date', 'members.termination_date', 'contracts.name', 'contracts.number', 'insurers.name as insurer'])
      .where('members.id', '=', member.memberId)
      .executeTakeFirstOrThrow(),
    db.selectFrom('beneficiaries').selectAll().where('member_id', '=', member.memberId).orderBy('rang').execute(),
  ]);
  const covered = member.role === 'adherent' ? people : people.filter((person) => person.id === beneficiaryId);
  const bytes = await attestationPdf({
    insurer: membership.insurer,
    contract: { name: membership.name, number: membership.number },
    memberNumber: membership.member_number,
    affiliationDate: membership.affiliation_date,
    terminationDate: membership.termination_date,
    people: covered.map((person) => ({
      firstName: person.first_name,
      lastName: person.last_name,
      birthDate: person.birth_date,
      relation: RELATION_LABELS[person.relation],
    })),
    issuedOn: parisDate(new Date()),
  });
  return { bytes, memberNumber: membership.member_number };
}

/**
 * GET /api/documents: the documents the member can download, each with its type and real size;
 * GET /api/documents/attestation: the attestation d'affiliation, made on demand.
 */
export const documentRoutes = new Hono<AppEnv>()
  .use(requireSession())
  .use(async (c, next) => {
    c.header('Cache-Control', 'no-store');
    await next();
  })
  .get('/', async (c) => {
    const { bytes } = await attestationOf(c.var.db, c.var.session.beneficiaryId);
    return c.json(
      {
        documents: [
          {
            title: "Attestation d'affiliation",
            description: 'Elle prouve votre couverture, datée du jour : à joindre à un dossier administratif.',
            href: '/api/documents/attestation',
            type: 'PDF' as const,
            bytes: bytes.length,
          },
        ],
      },
      200,
    );
  })
  .get('/attestation', async (c) => {
    const { bytes, memberNumber } = await attestationOf(c.var.db, c.var.session.beneficiaryId);
    c.header('Content-Type', 'application/pdf');
    c.header('Content-Disposition', `attachment; filename="attestation-affiliation-${memberNumber}.pdf"`);
    return c.body(bytes, 200);
  });
