/**
 * Abbreviations used in the coverage table of the notice "Ma Prévoyance Santé +", 2025,
 * explained in our own plain words.
 */
export const noticeAbbreviations: { abbr: string; title: string; explanation: string }[] = [
  {
    abbr: 'FR',
    title: 'Frais réels',
    explanation: "La somme réellement payée au professionnel de santé ou à l'établissement.",
  },
  {
    abbr: 'BR',
    title: 'Base de remboursement de la Sécurité sociale',
    explanation:
      'Le tarif de référence que la Sécurité sociale retient pour un acte ou un produit. Les pourcentages du tableau des garanties se calculent sur ce tarif.',
  },
  {
    abbr: 'TM',
    title: 'Ticket modérateur',
    explanation:
      'La part de la base de remboursement que la Sécurité sociale ne rembourse pas : la BR moins le remboursement de la Sécurité sociale.',
  },
  {
    abbr: 'PMSS',
    title: 'Plafond mensuel de la Sécurité sociale',
    explanation:
      'Un montant de référence fixé chaque année par les pouvoirs publics, qui sert ici à calculer certaines limites de remboursement.',
  },
  {
    abbr: 'OPTAM',
    title: 'Option de pratique tarifaire maîtrisée',
    explanation:
      "Un engagement pris par le médecin auprès de l'Assurance maladie de modérer ses dépassements d'honoraires. Elle a remplacé le contrat d'accès aux soins (CAS).",
  },
  {
    abbr: 'OPTAM CO',
    title: 'Option de pratique tarifaire maîtrisée chirurgie obstétrique',
    explanation:
      "Le même engagement de modération des dépassements d'honoraires, pour les chirurgiens et les gynécologues-obstétriciens. Elle a aussi remplacé le CAS.",
  },
  {
    abbr: 'ALD',
    title: 'Affection de longue durée',
    explanation:
      'Une maladie longue et coûteuse inscrite sur la liste « ALD 30 » fixée par décret, pour laquelle la Sécurité sociale dispense du ticket modérateur.',
  },
  {
    abbr: 'DMT',
    title: 'Discipline médico-tarifaire',
    explanation:
      "Le code qui classe un séjour à l'hôpital ou en établissement selon son type d'activité ; il sert à repérer les séjours que le contrat ne rembourse pas.",
  },
  {
    abbr: 'DPNI',
    title: 'Dépistage prénatal non invasif',
    explanation:
      'Une analyse de sang de la femme enceinte qui évalue le risque de trisomie 13, 18 ou 21 chez le futur bébé. On parle aussi de DPANI.',
  },
];
