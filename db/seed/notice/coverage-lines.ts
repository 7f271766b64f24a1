import type { NoticeCoverageLine } from './types.ts';

/**
 * Annexe 1 of the notice "Ma Prévoyance Santé +" (contract n° 09.07.056, 2025): the coverage table,
 * one entry per row, in table order. Group headings of the table are the `subcategory` of the rows
 * under them. The source is an OCR transcription; repaired readings are explained in comments and
 * uncertain ones carry a `// doubtful:` comment.
 */

const SANTE_100_NOTE = 'Prise en charge intégrale dans la limite des prix fixés (100 % Santé)';
const LUNETTES_NOTE =
  'Plus de 16 ans : 1 équipement tous les 2 ans (1 an si la vue évolue) ; moins de 16 ans : 1 équipement par an';

export const noticeCoverageLines: NoticeCoverageLine[] = [
  // HOSPITALISATION médicale et chirurgicale (y compris maternité)
  {
    category: 'hospitalisation',
    subcategory: null,
    label: 'Honoraires en secteur conventionné',
    condition: 'Signataires OPTAM',
    value: { kind: 'percent_br', ratePercent: 100 },
  },
  {
    category: 'hospitalisation',
    subcategory: null,
    label: 'Honoraires en secteur conventionné',
    condition: 'Non signataires OPTAM',
    value: { kind: 'percent_br', ratePercent: 380 },
  },
  {
    category: 'hospitalisation',
    subcategory: null,
    label: 'Frais de séjour',
    condition: 'En établissement conventionné',
    value: { kind: 'percent_br', ratePercent: 100 },
    footnotes: ['1'],
  },
  {
    category: 'hospitalisation',
    subcategory: null,
    label: 'Frais de séjour',
    condition: 'En établissement non conventionné',
    value: { kind: 'not_covered' },
    footnotes: ['1'],
  },
  {
    category: 'hospitalisation',
    subcategory: null,
    label: 'Chambre particulière (y compris maternité)',
    value: { kind: 'fixed_amount', amountCents: 3000, unit: 'day' },
    footnotes: ['2'],
  },
  {
    category: 'hospitalisation',
    subcategory: null,
    label: "Lit d'accompagnant",
    condition: 'Enfant couvert par le contrat',
    value: { kind: 'fixed_amount', amountCents: 2000, unit: 'day' },
  },
  {
    category: 'hospitalisation',
    subcategory: null,
    label: 'Forfait journalier hospitalier',
    value: { kind: 'not_covered' },
    footnotes: ['1'],
  },
  {
    category: 'hospitalisation',
    subcategory: null,
    label: 'Forfait actes lourds',
    value: { kind: 'not_covered' },
  },
  {
    category: 'hospitalisation',
    subcategory: null,
    label: 'Forfait patient urgence',
    value: { kind: 'not_covered' },
  },

  // SOINS COURANTS
  {
    category: 'soins_courants',
    subcategory: 'Honoraires médicaux et paramédicaux',
    label: 'Généralistes : consultations et visites',
    condition: 'Signataires OPTAM',
    value: { kind: 'percent_br', ratePercent: 40 },
  },
  {
    category: 'soins_courants',
    subcategory: 'Honoraires médicaux et paramédicaux',
    label: 'Généralistes : consultations et visites',
    condition: 'Non signataires OPTAM',
    value: { kind: 'percent_br', ratePercent: 250 },
  },
  {
    category: 'soins_courants',
    subcategory: 'Honoraires médicaux et paramédicaux',
    label: 'Spécialistes : consultations et visites',
    condition: 'Signataires OPTAM',
    value: { kind: 'percent_br', ratePercent: 100 },
  },
  {
    category: 'soins_courants',
    subcategory: 'Honoraires médicaux et paramédicaux',
    label: 'Spécialistes : consultations et visites',
    condition: 'Non signataires OPTAM',
    value: { kind: 'percent_br', ratePercent: 250 },
  },
  {
    category: 'soins_courants',
    subcategory: 'Honoraires médicaux et paramédicaux',
    label: 'Petite chirurgie et actes techniques médicaux',
    condition: 'Signataires OPTAM',
    value: { kind: 'percent_br', ratePercent: 100 },
  },
  {
    category: 'soins_courants',
    subcategory: 'Honoraires médicaux et paramédicaux',
    label: 'Petite chirurgie et actes techniques médicaux',
    condition: 'Non signataires OPTAM',
    value: { kind: 'percent_br', ratePercent: 70 }, // doubtful: clean OCR "70 % BR", but lower than the OPTAM rate (100 %), unlike every other OPTAM pair of the table
  },
  {
    category: 'soins_courants',
    subcategory: 'Honoraires médicaux et paramédicaux',
    label: 'Kinésithérapeutes',
    value: { kind: 'not_covered' },
    footnotes: ['*'],
  },
  {
    category: 'soins_courants',
    subcategory: 'Honoraires médicaux et paramédicaux',
    label: 'Auxiliaires médicaux (hors kinésithérapeutes)',
    value: { kind: 'not_covered' },
  },
  {
    category: 'soins_courants',
    subcategory: 'Honoraires médicaux et paramédicaux',
    label: 'Transport remboursé par la Sécurité sociale',
    value: { kind: 'not_covered' },
  },
  {
    category: 'soins_courants',
    subcategory: 'Honoraires médicaux et paramédicaux',
    label: 'Imagerie médicale',
    condition: 'Signataires OPTAM',
    value: { kind: 'percent_br', ratePercent: 100 },
  },
  {
    category: 'soins_courants',
    subcategory: 'Honoraires médicaux et paramédicaux',
    label: 'Imagerie médicale',
    condition: 'Non signataires OPTAM',
    value: { kind: 'percent_br', ratePercent: 120 },
  },
  {
    category: 'soins_courants',
    subcategory: 'Analyses',
    label: 'Analyses et examens de laboratoire',
    value: { kind: 'not_covered' },
  },
  {
    category: 'soins_courants',
    subcategory: 'Pharmacie',
    label: 'Médicaments prescrits',
    value: { kind: 'not_covered' },
  },
  {
    category: 'soins_courants',
    subcategory: 'Matériel médical',
    label:
      'Orthopédie, appareillages et accessoires médicaux acceptés par la Sécurité sociale, y compris semelles orthopédiques',
    value: { kind: 'percent_br', ratePercent: 200, unit: 'prosthesis' },
  },
  {
    category: 'soins_courants',
    subcategory: 'Matériel médical',
    label: 'Véhicule pour personne handicapée physique',
    value: { kind: 'percent_br', ratePercent: 200, unit: 'vehicle' },
  },

  // DENTAIRE
  {
    category: 'dentaire',
    subcategory: null,
    label: 'Soins et prothèses 100 % Santé',
    value: { kind: 'percent_br', ratePercent: 100 }, // doubtful: no value (and no dash) legible in the OCR for this row; recorded as full cover within the regulated price limits (footnote 4)
    note: SANTE_100_NOTE,
    footnotes: ['4'],
  },
  // Heading "Soins et prothèses à tarifs maîtrisés ou libres", then its sub-headings below.
  {
    category: 'dentaire',
    subcategory: 'Soins',
    label: 'Soins dentaires (y compris chirurgie dentaire)',
    value: { kind: 'percent_br', ratePercent: 50 },
  },
  {
    category: 'dentaire',
    subcategory: 'Soins',
    label: "Soins dentaires pratiqués par un dentiste qui dispose d'un droit permanent au dépassement",
    value: { kind: 'percent_br', ratePercent: 50 },
  },
  {
    category: 'dentaire',
    subcategory: 'Soins',
    label: 'Stomatologie',
    value: { kind: 'percent_br', ratePercent: 50 },
  },
  {
    category: 'dentaire',
    subcategory: 'Prothèses',
    label:
      "Prothèses dentaires fixes jusqu'à la 1re prémolaire incluse (dents 14-24-34-44), prises en charge ou non par la Sécurité sociale",
    value: { kind: 'percent_br', ratePercent: 50 },
  },
  {
    category: 'dentaire',
    subcategory: 'Prothèses',
    label:
      'Prothèses dentaires fixes à compter de la 2e prémolaire (dents 15-25-35-45), prises en charge ou non par la Sécurité sociale',
    value: { kind: 'percent_br', ratePercent: 50 },
  },
  {
    category: 'dentaire',
    subcategory: 'Prothèses',
    label: 'Prothèses amovibles',
    value: { kind: 'percent_br', ratePercent: 70 },
    footnotes: ['5'],
  },
  {
    category: 'dentaire',
    subcategory: 'Prothèses',
    label: 'Inlay core',
    value: { kind: 'not_covered' },
  },
  {
    category: 'dentaire',
    subcategory: 'Prothèses',
    label: "Inlay-onlay (« onlays d'obturation »)",
    value: { kind: 'percent_br', ratePercent: 50 },
  },
  {
    category: 'dentaire',
    subcategory: 'Prothèses',
    label: 'Prothèses transitoires',
    value: { kind: 'not_covered' },
    footnotes: ['6'],
  },
  {
    category: 'dentaire',
    subcategory: 'Prothèses',
    label: 'Prothèses non remboursées par la Sécurité sociale',
    value: { kind: 'percent_br', ratePercent: 70 },
  },
  // "Parodontie" is a heading. The OCR shows "70 % BIX" on the heading row and "50 0/ DD" on an empty
  // row: read as ghost copies of the neighbouring "70 % BR" and "50 % BR" cells (the OCR repeats
  // rows elsewhere in this table), not as values of their own.
  {
    category: 'dentaire',
    subcategory: 'Parodontie',
    label: 'Parodontie prise en charge par la Sécurité sociale',
    value: { kind: 'percent_br', ratePercent: 50 },
  },
  {
    category: 'dentaire',
    subcategory: 'Parodontie',
    label: 'Surfaçage radiculaire (détartrage sous-gingival)',
    value: { kind: 'fixed_amount', amountCents: 10000, unit: 'year' },
  },
  {
    category: 'dentaire',
    subcategory: 'Parodontie',
    label: 'Greffe gingivale, greffe osseuse',
    value: { kind: 'fixed_amount', amountCents: 10000, unit: 'year' }, // doubtful: the row's value cell is empty in the OCR; read as one cell merged with "Surfaçage radiculaire" (100 € / an / bénéficiaire), as for the implant rows below
  },
  // "100 € / dent / an. Prise en charge totale limitée à 2 dents / an ***" is one cell spanning the
  // two rows "Implant intraosseux" and "Infrastructure coronaire".
  {
    category: 'dentaire',
    subcategory: 'Implantologie',
    label: 'Implant intraosseux (racine) non pris en charge par la Sécurité sociale',
    value: { kind: 'fixed_amount', amountCents: 10000, unit: 'tooth' },
    limit: { count: 2, years: 1 },
    note: 'Au total, 2 dents par an au maximum',
    footnotes: ['***'],
  },
  {
    category: 'dentaire',
    subcategory: 'Implantologie',
    label: 'Infrastructure coronaire (inlay core) non prise en charge par la Sécurité sociale',
    value: { kind: 'fixed_amount', amountCents: 10000, unit: 'tooth' },
    limit: { count: 2, years: 1 },
    note: 'Au total, 2 dents par an au maximum',
    footnotes: ['***'],
  },
  {
    category: 'dentaire',
    subcategory: 'Implantologie',
    label: 'Couronne sur implant',
    value: { kind: 'percent_br', ratePercent: 70 },
  },
  {
    category: 'dentaire',
    subcategory: 'Orthodontie',
    label: 'Orthodontie prise en charge par la Sécurité sociale',
    value: { kind: 'percent_br', ratePercent: 100 },
  },
  {
    category: 'dentaire',
    subcategory: 'Orthodontie',
    label: 'Orthodontie non prise en charge par la Sécurité sociale',
    value: { kind: 'percent_br', ratePercent: 100 },
    footnotes: ['**'],
  },

  // OPTIQUE
  // Section header of the table (no value): "Plus de 16 ans : un équipement par période de 2 ans, un
  // an en cas d'évolution du défaut de vision (7) ; moins de 16 ans : un équipement par an". It is
  // carried by LUNETTES_NOTE and footnote 7 on the glasses rows.
  // doubtful: the header also says "(sauf pour la surcomplémentaire en cas d'évolution du défaut de vision)" for the under-16s; its meaning is unclear in the OCR, so LUNETTES_NOTE leaves it out.
  //
  // Units: the frame ("Monture") is one per equipment → 'equipment'. Each "Verre …" row is graded by
  // the correction (sphere, cylinder) of one glass, and the two glasses of a pair may fall in
  // different rows, so these amounts can only apply glass by glass → 'eye'.
  //
  // The OPTIQUE rows are the most damaged part of the OCR: every row was repeated cumulatively,
  // with labels and amounts drifting apart. The amounts, in reading order, are
  // 25, 25, 48, 63, 14, 81, 80, 22, 90, 190, 50 € (11 amounts) for 13 priced rows; the dash printed on
  // the "Optique autres" heading row is read as the value of "Autres suppléments" (the row above,
  // which shows none), leaving 12 rows. Amounts are assigned in reading order; the last row
  // ("Verre blanc progressif sphéro-cylindrique, hors zone de -8 à +8") gets none and is left out.
  {
    category: 'optique',
    subcategory: null,
    label: 'Équipements 100 % Santé',
    value: { kind: 'percent_br', ratePercent: 100 }, // doubtful: no value (and no dash) legible in the OCR for this row; recorded as full cover within the regulated price limits (footnote 4)
    note: SANTE_100_NOTE,
    footnotes: ['4', '7'],
  },
  {
    category: 'optique',
    subcategory: 'Équipements du panier libre : lunettes',
    label: 'Monture',
    value: { kind: 'fixed_amount', amountCents: 2500, unit: 'equipment' },
    note: LUNETTES_NOTE,
    footnotes: ['7'],
  },
  {
    category: 'optique',
    subcategory: 'Équipements du panier libre : lunettes',
    label: 'Verre blanc simple sphérique',
    condition: 'Sphère de -6 à +6',
    value: { kind: 'fixed_amount', amountCents: 2500, unit: 'eye' },
    note: LUNETTES_NOTE,
    footnotes: ['7'],
  },
  {
    category: 'optique',
    subcategory: 'Équipements du panier libre : lunettes',
    label: 'Verre blanc simple sphérique',
    condition: 'Sphère de -6,25 à -10 ou de +6,25 à +10',
    value: { kind: 'fixed_amount', amountCents: 4800, unit: 'eye' },
    note: LUNETTES_NOTE,
    footnotes: ['7'],
  },
  {
    category: 'optique',
    subcategory: 'Équipements du panier libre : lunettes',
    label: 'Verre blanc simple sphérique',
    condition: 'Sphère hors zone de -10 à +10',
    value: { kind: 'fixed_amount', amountCents: 6300, unit: 'eye' },
    note: LUNETTES_NOTE,
    footnotes: ['7'],
  },
  // The OCR prints "Cylindre < +4" / "Cylindre > +4": the regulatory classes are "≤ +4" / "> +4".
  {
    category: 'optique',
    subcategory: 'Équipements du panier libre : lunettes',
    label: 'Verre blanc simple sphéro-cylindrique',
    condition: 'Cylindre ≤ +4 ; sphère de -6 à +6',
    value: { kind: 'fixed_amount', amountCents: 1400, unit: 'eye' }, // doubtful: OCR "14 €", below the simpler spherical glass (25 €); possibly "44 €"
    note: LUNETTES_NOTE,
    footnotes: ['7'],
  },
  {
    category: 'optique',
    subcategory: 'Équipements du panier libre : lunettes',
    label: 'Verre blanc simple sphéro-cylindrique',
    condition: 'Cylindre ≤ +4 ; sphère hors zone de -6 à +6',
    value: { kind: 'fixed_amount', amountCents: 8100, unit: 'eye' },
    note: LUNETTES_NOTE,
    footnotes: ['7'],
  },
  {
    category: 'optique',
    subcategory: 'Équipements du panier libre : lunettes',
    label: 'Verre blanc simple sphéro-cylindrique',
    condition: 'Cylindre > +4 ; sphère de -6 à +6',
    value: { kind: 'fixed_amount', amountCents: 8000, unit: 'eye' },
    note: LUNETTES_NOTE,
    footnotes: ['7'],
  },
  {
    category: 'optique',
    subcategory: 'Équipements du panier libre : lunettes',
    label: 'Verre blanc simple sphéro-cylindrique',
    condition: 'Cylindre > +4 ; sphère hors zone de -6 à +6',
    value: { kind: 'fixed_amount', amountCents: 2200, unit: 'eye' }, // doubtful: OCR "22 €" for the most complex single-vision glass, lowest amount of its group; possibly "92 €"
    note: LUNETTES_NOTE,
    footnotes: ['7'],
  },
  {
    category: 'optique',
    subcategory: 'Équipements du panier libre : lunettes',
    label: 'Verre blanc progressif sphérique',
    condition: 'Sphère de -4 à +4',
    value: { kind: 'fixed_amount', amountCents: 9000, unit: 'eye' }, // doubtful: assigned by reading order in the damaged OPTIQUE block
    note: LUNETTES_NOTE,
    footnotes: ['7'],
  },
  {
    category: 'optique',
    subcategory: 'Équipements du panier libre : lunettes',
    label: 'Verre blanc progressif sphérique',
    condition: 'Sphère hors zone de -4 à +4',
    value: { kind: 'fixed_amount', amountCents: 19000, unit: 'eye' }, // doubtful: assigned by reading order in the damaged OPTIQUE block; 190 € may belong to the sphéro-cylindrical "hors zone" row
    note: LUNETTES_NOTE,
    footnotes: ['7'],
  },
  {
    category: 'optique',
    subcategory: 'Équipements du panier libre : lunettes',
    label: 'Verre blanc progressif sphéro-cylindrique',
    condition: 'Sphère de -8 à +8',
    value: { kind: 'fixed_amount', amountCents: 5000, unit: 'eye' }, // doubtful: last amount of the OPTIQUE block ("50 €"), assigned by reading order; it could also be the value of "Autres suppléments"
    note: LUNETTES_NOTE,
    footnotes: ['7'],
  },
  // doubtful: row "Verre blanc progressif sphéro-cylindrique — hors zone de -8 à +8" omitted: the OCR shows no amount and no dash for it, and no value may be invented.
  {
    category: 'optique',
    subcategory: 'Suppléments et prestations optique',
    label: 'Autres suppléments (prisme, système antiptosis, verres iséiconiques)',
    value: { kind: 'not_covered' }, // doubtful: the row itself shows no value; the dash printed on the next row (heading "Optique autres") is read as its value
  },
  {
    category: 'optique',
    subcategory: 'Optique : autres',
    label: 'Lentilles prises en charge par la Sécurité sociale',
    value: { kind: 'fixed_amount', amountCents: 7400, unit: 'year' },
  },
  {
    category: 'optique',
    subcategory: 'Optique : autres',
    label: 'Lentilles non prises en charge par la Sécurité sociale',
    value: { kind: 'fixed_amount', amountCents: 7400, unit: 'year' },
  },
  {
    category: 'optique',
    subcategory: 'Optique : autres',
    label: 'Chirurgie réfractive (toutes amétropies)',
    value: { kind: 'fixed_amount', amountCents: 36700, unit: 'eye' },
  },

  // AIDES AUDITIVES
  {
    category: 'aides_auditives',
    subcategory: null,
    label: 'Équipements 100 % Santé (depuis le 1er janvier 2021)',
    value: { kind: 'percent_br', ratePercent: 100 }, // doubtful: no value (and no dash) legible in the OCR for this row; recorded as full cover within the regulated price limits (footnote 4)
    note: SANTE_100_NOTE,
    footnotes: ['4'],
  },
  {
    category: 'aides_auditives',
    subcategory: 'Équipements du panier libre',
    label: 'Appareils auditifs pris en charge par la Sécurité sociale',
    value: { kind: 'not_covered' },
    footnotes: ['8'],
  },
  {
    category: 'aides_auditives',
    subcategory: 'Équipements du panier libre',
    label: 'Piles pour appareil auditif',
    value: { kind: 'not_covered' },
  },

  // AUTRES PRESTATIONS
  // OCR: "Cure thermale … - 10 € / séance" then "Ostéopathie … (max 5 / an / bénéf.)": the dash is
  // the value of Cure thermale and "10 € / séance (max 5 / an / bénéf.)" the value of Ostéopathie.
  {
    category: 'autres_prestations',
    subcategory: null,
    label: 'Indemnité de naissance ou adoption',
    value: { kind: 'not_covered' },
    footnotes: ['9'],
  },
  {
    category: 'autres_prestations',
    subcategory: null,
    label: 'Cure thermale prise en charge par la Sécurité sociale',
    value: { kind: 'not_covered' },
  },
  {
    category: 'autres_prestations',
    subcategory: null,
    label: 'Ostéopathie, chiropractie, étiopathie, acupuncture',
    value: { kind: 'fixed_amount', amountCents: 1000, unit: 'session' },
    limit: { count: 5, years: 1 },
    footnotes: ['10'],
  },
  {
    category: 'autres_prestations',
    subcategory: null,
    label: 'Acte de prévention : substituts nicotiniques (sur prescription médicale et facture)',
    value: { kind: 'not_covered' },
    footnotes: ['11'],
  },
  {
    category: 'autres_prestations',
    subcategory: null,
    label: 'Hypnothérapie, sophrologie, diététicien, réflexologie, naturopathie',
    value: { kind: 'fixed_amount', amountCents: 500, unit: 'session' },
    limit: { count: 4, years: 1 },
    note: 'Sur facture acquittée portant le cachet de la spécialité',
    footnotes: ['10'],
  },
  {
    category: 'autres_prestations',
    subcategory: null,
    label: 'Sevrage tabagique',
    value: { kind: 'fixed_amount', amountCents: 500, unit: 'session' }, // doubtful: the OCR merges this row with the one above and shows a single value cell ("5 € / séance (max 4 / an / bénéf.)"); read as shared by both rows
    limit: { count: 4, years: 1 }, // doubtful: same shared cell as above
    note: 'Sur facture acquittée',
    footnotes: ['12'],
  },
  {
    category: 'autres_prestations',
    subcategory: null,
    label: 'Pédicure, podologue',
    value: { kind: 'not_covered' },
    footnotes: ['10'],
  },
  {
    category: 'autres_prestations',
    subcategory: null,
    label: 'Psychologue, psychomotricien, ergothérapeute',
    value: { kind: 'fixed_amount', amountCents: 5000, unit: 'session' },
    limit: { count: 4, years: 1 },
    footnotes: ['10'],
  },
  {
    category: 'autres_prestations',
    subcategory: null,
    label:
      "Consultation d'un psychologue remboursée par la Sécurité sociale dans le cadre du dispositif « Mon Psy »",
    value: { kind: 'not_covered' },
  },
  {
    category: 'autres_prestations',
    subcategory: null,
    label: 'Dépistage prénatal non invasif des trisomies 13, 18 et 21 (DPNI ou DPANI), sur prescription médicale',
    value: { kind: 'not_covered' },
  },
  {
    category: 'autres_prestations',
    subcategory: null,
    label: 'Vaccins et examens biologiques prescrits et non pris en charge par la Sécurité sociale',
    value: { kind: 'not_covered' },
  },
  {
    category: 'autres_prestations',
    subcategory: null,
    label: 'Pilule contraceptive et autres moyens de contraception non remboursés par la Sécurité sociale',
    value: { kind: 'fixed_amount', amountCents: 5000, unit: 'year' },
  },
  {
    category: 'autres_prestations',
    subcategory: null,
    label: "Prothèses mammaires, capillaires et postiches en cas d'ALD",
    value: { kind: 'not_covered' },
  },
  // doubtful: the words "Système d'autosurveillance glycémique" stand alone among the table's
  // footnotes with no value and no dash; they may be a displaced table row, but nothing can be
  // recorded for them without inventing a value, so they are left out.
];
