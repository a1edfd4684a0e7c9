/** Reveals the Copy buttons of copy blocks and copies their text to the clipboard. */
function announce(button: HTMLButtonElement, message: string): void {
  const label = button.textContent;
  button.textContent = message;
  window.setTimeout(() => (button.textContent = label), 1500);
}

for (const button of document.querySelectorAll<HTMLButtonElement>('button[data-copy]')) {
  if (!navigator.clipboard) continue;
  button.hidden = false;
  button.addEventListener('click', () => {
    const text = document.getElementById(button.dataset['copy'] ?? '')?.textContent ?? '';
    navigator.clipboard.writeText(text).then(
      () => announce(button, 'Copied'),
      () => announce(button, 'Copy failed'),
    );
  });
}
