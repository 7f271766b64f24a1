/**
 * The contract described by the notice: "MA PREVOYANCE SANTE +", contract n° 09.07.056
 * (printed "09.07.056 SC/NR"), collective, with optional membership, not "responsable",
 * effective 1 January 2025. The notice names Harmonie Mutuelle as the insurer acting for the
 * co-insuring mutuelles of Annexe 2.
 */
export const noticeContract = {
  number: '09.07.056',
  name: 'Ma Prévoyance Santé +',
  kind: 'collective' as const,
  responsable: false,
  effectiveDate: '2025-01-01',
  insurerCode: 'HARMONIE_MUTUELLE',
};

export interface NoticeContributionCategory {
  code: 'isole' | 'duo_plus' | 'famille';
  label: string;
  /** Family situations that fall in the category, in our own words. */
  situations: string[];
}

/**
 * Contribution categories of article 9 of the notice. The contribution is set per civil year and
 * depends on the employee's actual family situation (as the Sécurité sociale defines it); it is
 * deducted from the payslip (art. 11.1).
 *
 * The notice states NO amount and NO rate for these categories (neither in euros nor as a share of
 * the PMSS), so none is recorded here.
 */
export const noticeContributionCategories: NoticeContributionCategory[] = [
  {
    code: 'isole',
    label: 'Isolé',
    situations: [
      "Salarié sans ayant droit au sens de la notice (célibataire, veuf, divorcé ou séparé de corps).",
      "Salarié dont le conjoint et les enfants, bien que déclarés, ont déjà une couverture santé obligatoire (mutuelle d'entreprise obligatoire) et qui s'assure pour lui seul.",
    ],
  },
  {
    code: 'duo_plus',
    label: 'Duo +',
    situations: [
      'Salarié marié, pacsé ou en concubinage, sans enfant à charge.',
      'Salarié seul (célibataire, veuf, divorcé ou séparé de corps) avec un ou plusieurs enfants à charge.',
    ],
  },
  {
    code: 'famille',
    label: 'Famille',
    situations: [
      "Salarié qui déclare comme ayants droit un conjoint (concubin ou partenaire de PACS) et un ou plusieurs enfants au sens de l'article 3.2 de la notice.",
      "Salarié marié, pacsé ou en concubinage dont le conjoint bénéficie d'une dispense, mais dont les enfants ne sont pas obligatoirement couverts par le régime du conjoint.",
    ],
  },
];
