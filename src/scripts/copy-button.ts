/**
 * `<copy-button for="id">`: reveals the button it wraps and copies the text of the element `id`
 * to the clipboard, saying so on the button for a moment. Without JavaScript (or a clipboard)
 * the button stays hidden: the text can still be selected, or downloaded where a file exists.
 */
class CopyButton extends HTMLElement {
  connectedCallback(): void {
    const button = this.querySelector('button');
    if (!button || !navigator.clipboard) return;
    button.hidden = false;
    button.addEventListener('click', () => {
      const text = document.getElementById(this.getAttribute('for') ?? '')?.textContent ?? '';
      navigator.clipboard.writeText(text).then(
        () => announce(button, 'Copied'),
        () => announce(button, 'Copy failed'),
      );
    });
  }
}

function announce(button: HTMLButtonElement, message: string): void {
  const label = button.textContent;
  button.textContent = message;
  window.setTimeout(() => (button.textContent = label), 1500);
}

customElements.define('copy-button', CopyButton);
