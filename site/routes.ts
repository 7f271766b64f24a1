/** Every page of the site, once: the navigation, the site map and the tests read this list. */
export interface SiteRoute {
  path: string;
  title: string;
  /** Shown in the header navigation, under `headerTitle` when it has one. */
  inHeader: boolean;
  headerTitle?: string;
  /** Shown in the footer links. */
  inFooter: boolean;
  /** Needs a session: the page sends anyone else to /connexion. Listed in the "Mon espace" menu. */
  signedIn: boolean;
  /** Under /demo/, served only in demonstration mode (DEMO_MODE): left out of the site map and of the offline copies. */
  demoOnly?: boolean;
  /** One of the most used pages, in the phone's bar of the member menu under this short title. */
  barTitle?: string;
}

export const siteRoutes: SiteRoute[] = [
  { path: '/', title: 'Accueil', inHeader: true, inFooter: false, signedIn: false },
  {
    path: '/remboursements',
    title: 'Mes remboursements',
    inHeader: true,
    headerTitle: 'Mon espace',
    inFooter: false,
    signedIn: true,
    // A soft hyphen: on a narrow bar the word breaks as French does, « Rembourse-ments ».
    barTitle: 'Rembourse\u00adments',
  },
  { path: '/carte', title: 'Ma carte mutualiste', inHeader: false, inFooter: false, signedIn: true, barTitle: 'Carte' },
  { path: '/garanties', title: 'Mes garanties', inHeader: false, inFooter: false, signedIn: true, barTitle: 'Garanties' },
  { path: '/simulateur', title: 'Estimer mon remboursement', inHeader: false, inFooter: false, signedIn: true },
  { path: '/demandes', title: 'Mes demandes', inHeader: false, inFooter: false, signedIn: true, barTitle: 'Demandes' },
  { path: '/contrat', title: 'Mon contrat', inHeader: false, inFooter: false, signedIn: true },
  { path: '/documents', title: 'Mes documents', inHeader: false, inFooter: false, signedIn: true },
  { path: '/profil', title: 'Mes informations', inHeader: false, inFooter: false, signedIn: true },
  { path: '/donnees-personnelles', title: 'Mes données personnelles', inHeader: false, inFooter: false, signedIn: true },
  { path: '/services', title: 'Mes services', inHeader: false, inFooter: false, signedIn: true },
  { path: '/contact', title: 'Contact et aide', inHeader: false, inFooter: false, signedIn: true },
  { path: '/parametres', title: 'Paramètres', inHeader: false, inFooter: false, signedIn: true },
  { path: '/connexion', title: 'Connexion', inHeader: false, inFooter: false, signedIn: false },
  { path: '/activation', title: 'Activer mon compte', inHeader: false, inFooter: false, signedIn: false },
  { path: '/activation/confirmer', title: 'Choisir mon mot de passe', inHeader: false, inFooter: false, signedIn: false },
  { path: '/mot-de-passe-oublie', title: 'Mot de passe oublié', inHeader: false, inFooter: false, signedIn: false },
  { path: '/mot-de-passe/nouveau', title: 'Nouveau mot de passe', inHeader: false, inFooter: false, signedIn: false },
  { path: '/adresse-email/confirmer', title: 'Confirmer ma nouvelle adresse e-mail', inHeader: false, inFooter: false, signedIn: false },
  { path: '/cgu', title: "Conditions d'utilisation", inHeader: false, inFooter: true, signedIn: false },
  { path: '/accessibilite', title: 'Accessibilité', inHeader: false, inFooter: true, signedIn: false },
  { path: '/mentions-legales', title: 'Mentions légales', inHeader: false, inFooter: true, signedIn: false },
  { path: '/cookies', title: 'Gestion des cookies', inHeader: false, inFooter: true, signedIn: false },
  { path: '/hors-ligne', title: 'Hors ligne', inHeader: false, inFooter: false, signedIn: false },
  { path: '/plan-du-site', title: 'Plan du site', inHeader: false, inFooter: true, signedIn: false },
  {
    path: '/demo/courriels',
    title: "Boîte d'envoi de démonstration",
    inHeader: false,
    inFooter: false,
    signedIn: false,
    demoOnly: true,
  },
];
