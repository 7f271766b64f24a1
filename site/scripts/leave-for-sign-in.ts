import { forgetPersonalCopies } from './personal-copies.ts';
import { withReturnToHere } from './return-path.ts';

let leaving = false;

/**
 * The server no longer knows this person (no session, or it ended while the page was open): the
 * offline copies of their data go, and sign-in comes back here afterwards. The first caller
 * decides; the page's other views asking at the same moment change nothing.
 */
export function leaveForSignIn({ expired }: { expired: boolean }): void {
  if (leaving) return;
  leaving = true;
  void forgetPersonalCopies().finally(() => location.replace(withReturnToHere(expired ? '/connexion?session=expiree' : '/connexion')));
}
