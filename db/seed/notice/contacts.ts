import type { NoticeContact } from './types.ts';

/** Annexe 4 of the notice "Ma Prévoyance Santé +", 2025: who to write to. */
export const noticeContacts: NoticeContact[] = [
  {
    kind: 'reclamation',
    name: 'Réclamations',
    postalAddress: "Par courrier, à l'adresse indiquée sur votre carte mutualiste",
  },
  {
    kind: 'dpo',
    name: 'Harmonie Mutuelle – Service DPO (délégué à la protection des données)',
    postalAddress: 'Harmonie Mutuelle – Service DPO, 29 quai François Mitterrand, 44273 Nantes cedex 2',
    email: 'dpo@harmonie-mutuelle.fr',
  },
  {
    kind: 'cnil',
    name: "Commission nationale de l'informatique et des libertés (CNIL)",
    postalAddress: '3 place de Fontenoy, TSA 80715, 75334 Paris cedex 07',
    website: 'https://www.cnil.fr',
  },
  {
    kind: 'autorite_controle',
    name: 'Autorité de contrôle prudentiel et de résolution (ACPR)',
    postalAddress: '4 place de Budapest, CS 92459, 75436 Paris cedex 09',
  },
];
