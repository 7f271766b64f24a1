import type { NoticeFootnote } from './types.ts';

/**
 * Footnotes of Annexe 1 (coverage table) of the notice "Ma Prévoyance Santé +", 2025.
 * Facts and figures from the notice, in our own wording.
 */
export const noticeFootnotes: NoticeFootnote[] = [
  {
    marker: '1',
    text:
      "Les séjours repérés par les codes DMT (discipline médico-tarifaire) suivants ne sont pas remboursés : cures médicales en établissement pour personnes âgées ; services de long séjour et établissements pour personnes âgées ; centres de rééducation professionnelle ; instituts ou centres médicaux à vocation éducative, psychopédagogique et professionnelle ; ateliers thérapeutiques.",
  },
  {
    marker: '2',
    text:
      "Dans un établissement conventionné lié par un accord tarifaire, le remboursement ne dépasse pas les tarifs de cet accord. En psychiatrie, le remboursement couvre au plus 60 nuits par bénéficiaire et par année civile.",
  },
  {
    marker: '3',
    text:
      'Une fois la limite atteinte, la mutuelle verse le plus avantageux de ces deux montants : 1 PMSS, ou le ticket modérateur augmenté de 100 % BR.',
  },
  {
    marker: '4',
    text:
      'Soins et équipements « 100 % Santé » au sens de la réglementation : les prix de vente et les honoraires ne peuvent pas dépasser les plafonds fixés par les textes.',
  },
  {
    marker: '5',
    text:
      'Prothèse amovible : sa base de remboursement dépend du nombre de dents remplacées ; au 01/01/2025, elle va de 64,40 € à 365,50 €.',
  },
  {
    marker: '6',
    text: 'Prothèse transitoire : sa base de remboursement est de 10 €.',
  },
  {
    marker: '7',
    text:
      "Un seul équipement est remboursé par période de deux ans, sauf renouvellement anticipé prévu par l'article L165-1 du code de la sécurité sociale, en particulier avant 16 ans ou quand la vue évolue.",
  },
  {
    marker: '8',
    text:
      "Depuis 2021, une aide auditive est remboursée au plus une fois tous les quatre ans ; la période se compte à partir de la date d'achat de l'équipement.",
  },
  {
    marker: '9',
    text:
      "Versée pour chaque enfant inscrit au contrat à sa date de naissance ou d'adoption, s'il est déclaré dans les 3 mois qui suivent cette date.",
  },
  {
    marker: '10',
    // doubtful: the notice's footnote is cut off after "N°" in the source; the missing end is not reproduced.
    text:
      "Sophrologie, réflexologie, naturopathie : pour chaque séance, joindre l'original de la facture acquittée remise par le praticien, avec au minimum son nom et son adresse ainsi que le nom et le prénom de la personne qui a reçu la séance.",
  },
  {
    marker: '11',
    text:
      "Une fois 4 substituts nicotiniques remboursés dans l'année pour un même bénéficiaire, le ticket modérateur s'applique aux suivants.",
  },
  {
    marker: '12',
    text:
      "Sevrage tabagique : consultations de thérapie cognitivo-comportementale et/ou d'hypnose ericksonienne, remboursées sur facture mentionnant le numéro FINESS, ADELI et/ou RPPS du professionnel.",
  },
  {
    marker: '*',
    text:
      "Les dépassements d'honoraires des kinésithérapeutes ne sont pas remboursés lorsqu'ils sont pratiqués sans l'autorisation de l'Assurance maladie.",
  },
  {
    marker: '**',
    text: 'Le remboursement est calculé sur une base de remboursement (BR) reconstituée.',
  },
  {
    marker: '***',
    // doubtful: the notice only says "avance sur 4 ans, pour 8 ans"; read as the right to use several years' allowance at once.
    text:
      "Si un acte médical le justifie dûment, la limite peut être avancée : avance possible sur 4 ans, pour 8 ans.",
  },
];
