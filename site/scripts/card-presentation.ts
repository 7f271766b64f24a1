/**
 * "Présenter au professionnel": the card alone, large and black on white, with the screen kept on
 * while it is shown. The class on <html> does the layout (see carte.astro); this file handles focus,
 * Escape and the wake lock, which is a nicety: absent or refused, it is silently skipped.
 */
const PRESENTING_CLASS = 'card-presenting';

export function setupCardPresentation(openButton: HTMLButtonElement, closeButton: HTMLButtonElement): void {
  let wakeLock: WakeLockSentinel | null = null;

  async function keepScreenOn(): Promise<void> {
    try {
      wakeLock = (await navigator.wakeLock?.request('screen')) ?? null;
    } catch {
      wakeLock = null;
    }
  }

  function presenting(): boolean {
    return document.documentElement.classList.contains(PRESENTING_CLASS);
  }

  function open(): void {
    document.documentElement.classList.add(PRESENTING_CLASS);
    closeButton.hidden = false;
    closeButton.focus();
    window.scrollTo(0, 0);
    void keepScreenOn();
  }

  function close(): void {
    if (!presenting()) return;
    document.documentElement.classList.remove(PRESENTING_CLASS);
    closeButton.hidden = true;
    void wakeLock?.release().catch(() => undefined);
    wakeLock = null;
    openButton.focus();
  }

  openButton.addEventListener('click', open);
  closeButton.addEventListener('click', close);
  document.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && presenting()) {
      event.preventDefault();
      close();
    }
  });
  // The browser drops the lock when the page is hidden; take it again when the person comes back.
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'visible' && presenting()) void keepScreenOn();
  });
}
