import type { Session } from './api.ts';
import { leaveForSignIn } from './leave-for-sign-in.ts';
import { fetchSession } from './session.ts';
import { withReturnToHere } from './return-path.ts';

/**
 * Signed-in pages: without a session go to sign-in, with terms to accept go to the terms, and
 * come back here afterwards. Otherwise fill in `[data-session-field]` and reveal
 * `[data-session-reveal]` (text that would read oddly without the name). A form answered 401 means
 * the session ended while the page was open.
 */
fetchSession().then(
  (session) => {
    if (!session) leaveForSignIn({ expired: false });
    else if (session.cguRequired) location.replace(withReturnToHere('/cgu'));
    else showSession(session);
  },
  // Offline or server down: the page stays as built, without personal details.
  () => undefined,
);

function showSession(session: Session): void {
  for (const element of document.querySelectorAll<HTMLElement>('[data-session-field]')) {
    const field = element.dataset['sessionField'] as keyof Session;
    element.textContent = String(session[field] ?? '');
  }
  for (const element of document.querySelectorAll<HTMLElement>('[data-session-reveal]')) element.hidden = false;
}

document.addEventListener('form-error', (event) => {
  if ((event as CustomEvent<{ status: number }>).detail.status === 401) leaveForSignIn({ expired: true });
});
