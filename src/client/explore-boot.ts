/**
 * The explorer's only script when the page opens (well under 1 KB). The page
 * already shows its first view, computed and drawn at build time. The explorer
 * itself (Arquero, Plot and the data, src/client/explore.ts) loads when a reader
 * starts to use the form (focus, pointer, a key), or at once when the address
 * holds a shared view. A change made while it loads is applied once it is ready.
 */
export function armExplorer(): void {
  const form = document.querySelector<HTMLFormElement>('#explore-form');
  if (!form) return;
  let started: Promise<void> | undefined;
  const start = (from: 'address' | 'form') => {
    started ??= import('./explore.ts').then((m) => m.startExplorer(from));
    return started;
  };
  if (location.search) {
    void start('address');
    return;
  }
  for (const type of ['focusin', 'pointerdown', 'keydown', 'change']) form.addEventListener(type, () => void start('form'), { once: true });
  // Until the explorer is ready, keep its form from leaving the page; it applies what was chosen.
  form.addEventListener('submit', (event) => {
    if (!started) return;
    event.preventDefault();
  });
  form.querySelector('#explore-clear')?.addEventListener('click', () => {
    for (const box of form.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')) box.checked = false;
    for (const input of form.querySelectorAll<HTMLInputElement>('input[type="number"]')) input.value = '';
    void start('form');
  });
}
