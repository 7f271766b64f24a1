/** Every page of the site, once: the navigation, the site map and the tests read this list. */
export interface SiteRoute {
  path: string;
  title: string;
  /** Shown in the header navigation. */
  inHeader: boolean;
  /** Shown in the footer links. */
  inFooter: boolean;
}

export const siteRoutes: SiteRoute[] = [
  { path: '/', title: 'Accueil', inHeader: true, inFooter: false },
  { path: '/accessibilite', title: 'Accessibilité', inHeader: false, inFooter: true },
  { path: '/mentions-legales', title: 'Mentions légales', inHeader: false, inFooter: true },
  { path: '/cookies', title: 'Gestion des cookies', inHeader: false, inFooter: true },
  { path: '/plan-du-site', title: 'Plan du site', inHeader: false, inFooter: true },
];
