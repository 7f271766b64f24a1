import type { Kysely, Transaction } from 'kysely';
import type { Database, Relation } from '../schema.ts';

type Executor = Kysely<Database> | Transaction<Database>;

interface DemoHousehold {
  /** Fictional numbers: the 99 prefix is never issued to real members. */
  memberNumber: string;
  establishment: { company: string; site: string };
  affiliationDate: string;
  people: { relation: Relation; lastName: string; firstName: string; birthDate: string }[];
}

/** Fictional households: every name, date and number here is invented. */
export const demoHouseholds: DemoHousehold[] = [
  {
    memberNumber: '990012345',
    establishment: { company: 'SAFRAN AIRCRAFT ENGINES', site: 'GENNEVILLIERS' },
    affiliationDate: '2025-01-01',
    people: [
      { relation: 'adherent', lastName: 'Martin', firstName: 'Camille', birthDate: '1984-03-12' },
      { relation: 'conjoint', lastName: 'Martin', firstName: 'Dominique', birthDate: '1982-07-25' },
      { relation: 'enfant', lastName: 'Martin', firstName: 'Léa', birthDate: '2016-05-04' },
    ],
  },
  {
    memberNumber: '990067890',
    establishment: { company: 'SAFRAN POWER UNITS', site: 'TOULOUSE' },
    affiliationDate: '2025-03-01',
    people: [{ relation: 'adherent', lastName: 'Benali', firstName: 'Yanis', birthDate: '1991-11-30' }],
  },
];

export async function seedDemoPeople(db: Executor, contractId: number): Promise<void> {
  for (const household of demoHouseholds) {
    const establishment = await db
      .selectFrom('establishments')
      .select('id')
      .where('company', '=', household.establishment.company)
      .where('site', '=', household.establishment.site)
      .executeTakeFirstOrThrow(
        () => new Error(`Établissement de démonstration absent de l'annexe 3 : ${household.establishment.site}`),
      );
    const member = await db
      .insertInto('members')
      .values({
        contract_id: contractId,
        establishment_id: establishment.id,
        member_number: household.memberNumber,
        affiliation_date: household.affiliationDate,
        termination_date: null,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await db
      .insertInto('beneficiaries')
      .values(
        household.people.map((person, index) => ({
          member_id: member.id,
          relation: person.relation,
          rang: index + 1,
          last_name: person.lastName,
          first_name: person.firstName,
          birth_date: person.birthDate,
        })),
      )
      .execute();
  }
}
