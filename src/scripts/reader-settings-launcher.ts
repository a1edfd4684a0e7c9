/**
 * `<reader-settings code="/reader-settings.js">`: shows the header's Settings button, which the
 * markup hides (without JavaScript there is nothing to set), and loads the panel's code (bundled
 * to the address in `code` by src/integrations/lazy-code.ts) on its first press only.
 */
type Panel = typeof import('./reader-settings.ts');

customElements.define(
  'reader-settings',
  class extends HTMLElement {
    connectedCallback(): void {
      const button = this.querySelector('button');
      if (!button) return;
      button.hidden = false;
      button.addEventListener('click', () => {
        void (import(/* @vite-ignore */ this.getAttribute('code') ?? '') as Promise<Panel>).then(
          (m) => m.toggle(this, button),
        );
      });
    }
  },
);
