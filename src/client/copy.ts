/**
 * Copy buttons: progressive enhancement of "Cite this". Buttons start hidden
 * (useless without JavaScript) and are shown only where the Clipboard API exists.
 */
export function enhanceCopyButtons(root: ParentNode): void {
  if (!navigator.clipboard) return;
  for (const button of root.querySelectorAll<HTMLButtonElement>('button[data-copy]')) {
    const source = document.getElementById(button.dataset.copy ?? '');
    const status = button.parentElement?.querySelector<HTMLElement>('.copy-status');
    if (!source) continue;
    button.hidden = false;
    button.addEventListener('click', async () => {
      try {
        await navigator.clipboard.writeText(source.textContent?.trim() ?? '');
        if (status) status.textContent = 'Citation copied.';
      } catch {
        if (status) status.textContent = 'Could not copy: select the text and copy it by hand.';
      }
    });
  }
}
