/**
 * What a member can ask for online (tutorial, CGU §3). No imports: the page bundles it too.
 * `contractManagement`: only the adhérent principal may ask (the contract is theirs).
 */
export const REQUEST_TYPES = {
  remboursement: { label: 'Demande de remboursement (avec justificatifs)', contractManagement: false },
  devis_optique: { label: "Estimation d'un devis d'optique", contractManagement: false },
  devis_dentaire: { label: "Estimation d'un devis dentaire", contractManagement: false },
  devis_audioprothese: { label: "Estimation d'un devis d'audioprothèse", contractManagement: false },
  devis_hospitalisation: { label: "Estimation d'un devis d'hospitalisation", contractManagement: false },
  portabilite: { label: 'Déclaration de portabilité', contractManagement: true },
  ajout_beneficiaire: { label: "Ajout d'un bénéficiaire", contractManagement: true },
  rib_cotisation: { label: 'Changement de RIB pour les cotisations', contractManagement: true },
  rib_prestation: { label: 'Changement de RIB pour les remboursements', contractManagement: true },
  carte_papier: { label: 'Envoi d’une carte mutualiste papier', contractManagement: true },
  resiliation: { label: 'Résiliation', contractManagement: true },
  message: { label: 'Question à un conseiller', contractManagement: false },
  rendez_vous: { label: 'Rendez-vous avec un conseiller', contractManagement: false },
  // Data subject rights (GDPR art. 15 to 22, and French law for instructions after death).
  droit_acces: { label: "Droit d'accès à mes données", contractManagement: false },
  droit_rectification: { label: 'Droit de rectification', contractManagement: false },
  droit_effacement: { label: "Droit à l'effacement", contractManagement: false },
  droit_opposition: { label: "Droit d'opposition", contractManagement: false },
  droit_limitation: { label: 'Droit à la limitation du traitement', contractManagement: false },
  droit_portabilite: { label: 'Droit à la portabilité', contractManagement: false },
  directives_deces: { label: 'Directives sur mes données après mon décès', contractManagement: false },
} as const;

/** What an appointment request asks: how, which day, which part of the day. */
export const APPOINTMENT_CHOICES = {
  channel: { telephone: 'par téléphone', agence: 'en agence' },
  day: { indifferent: 'n’importe quel jour', lundi: 'le lundi', mardi: 'le mardi', mercredi: 'le mercredi', jeudi: 'le jeudi', vendredi: 'le vendredi', samedi: 'le samedi' },
  slot: { matin: 'le matin (9 h – 12 h)', midi: 'à midi (12 h – 14 h)', apres_midi: 'l’après-midi (14 h – 17 h)', soir: 'en fin de journée (17 h – 19 h)' },
} as const;

export type RequestType = keyof typeof REQUEST_TYPES;
export const REQUEST_TYPE_CODES = Object.keys(REQUEST_TYPES) as RequestType[];

export const REQUEST_STATUSES = { recue: 'Reçue', en_cours: 'En cours', traitee: 'Traitée', refusee: 'Refusée' } as const;
export type RequestStatus = keyof typeof REQUEST_STATUSES;

export const ATTACHMENT_RULES = {
  maxFiles: 5,
  maxBytes: 5 * 1024 * 1024,
  /** All the documents of one household (adhérent principal and beneficiaries), as kept. */
  quotaBytes: 50 * 1024 * 1024,
  kinds: 'PDF, JPEG ou PNG',
};
