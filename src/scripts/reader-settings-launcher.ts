/**
 * `<reader-settings code="/reader-settings.js">`: the header's Settings button (shown by
 * page-tools-wake.ts; without JavaScript there is nothing to set) opens the panel, whose code
 * (bundled to the address in `code` by src/integrations/lazy-code.ts) loads on its first press.
 * Loaded with the page's tools (page-tools.ts).
 */
type Panel = typeof import('./reader-settings.ts');

function toggle(element: HTMLElement, button: HTMLButtonElement): void {
  void (import(/* @vite-ignore */ element.getAttribute('code') ?? '') as Promise<Panel>).then((m) =>
    m.toggle(element, button),
  );
}

customElements.define(
  'reader-settings',
  class extends HTMLElement {
    connectedCallback(): void {
      const button = this.querySelector('button');
      button?.addEventListener('click', () => toggle(this, button));
    }
  },
);

/** An event that came before this code: a press of the button. */
export function replay(event: Event): void {
  const target = event.target instanceof Element ? event.target : null;
  const button = target?.closest<HTMLButtonElement>('reader-settings>button');
  if (event.type === 'click' && button?.parentElement) toggle(button.parentElement, button);
}
