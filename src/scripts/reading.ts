/**
 * Reading enhancements on /paper/. Without this script every note reference is a plain link to
 * the list of notes, and every ¶ number a plain permalink.
 * - Narrow screens: a note reference (or a gap mark) opens its note in place, after the
 *   paragraph; a second activation or Esc closes it and returns focus to the reference.
 * - Wide screens: the note already stands in the margin; activating the reference highlights it.
 * - A ¶ number also copies the paragraph's permalink.
 */
const wide = window.matchMedia('(min-width: 70rem)');
let current: { ref: HTMLAnchorElement; note: HTMLElement } | undefined;

function close(restoreFocus: boolean): void {
  if (!current) return;
  current.note.classList.remove('open');
  current.ref.setAttribute('aria-expanded', 'false');
  if (restoreFocus) current.ref.focus();
  current = undefined;
}

/** A close button for touch readers, added to a note the first time it opens. */
function addCloseButton(note: HTMLElement): void {
  if (note.querySelector('.x')) return;
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'x';
  button.textContent = '×';
  button.setAttribute('aria-label', 'Close note');
  button.addEventListener('click', () => close(true));
  note.prepend(button);
}

function show(ref: HTMLAnchorElement, note: HTMLElement): void {
  close(false);
  if (!wide.matches) addCloseButton(note);
  note.classList.add('open');
  note.tabIndex = -1;
  ref.setAttribute('aria-expanded', 'true');
  current = { ref, note };
  note.focus({ preventScroll: !wide.matches && isVisible(note) });
}

function isVisible(el: HTMLElement): boolean {
  const r = el.getBoundingClientRect();
  return r.top >= 0 && r.bottom <= window.innerHeight;
}

function announce(message: string): void {
  const toast = document.querySelector<HTMLElement>('.toast');
  if (!toast) return;
  toast.textContent = message;
  window.setTimeout(() => {
    if (toast.textContent === message) toast.textContent = '';
  }, 2500);
}

for (const ref of document.querySelectorAll<HTMLAnchorElement>('a[data-sn]')) {
  const id = ref.dataset['sn'];
  if (id && document.getElementById(id)) {
    ref.setAttribute('aria-controls', id);
    ref.setAttribute('aria-expanded', 'false');
  }
}

document.addEventListener('click', (event) => {
  const target = event.target instanceof Element ? event.target : null;
  const ref = target?.closest<HTMLAnchorElement>('a[data-sn]');
  const note = ref?.dataset['sn'] ? document.getElementById(ref.dataset['sn']) : null;
  if (ref && note) {
    event.preventDefault();
    if (current?.note === note) close(true);
    else show(ref, note);
    return;
  }
  const permalink = target?.closest<HTMLAnchorElement>('a.pn');
  if (permalink && navigator.clipboard) {
    navigator.clipboard.writeText(permalink.href).then(
      () => announce(`Link to ${permalink.textContent ?? 'the paragraph'} copied`),
      () => undefined,
    );
  }
});

document.addEventListener('keydown', (event) => {
  if (event.key === 'Escape' && current) {
    event.preventDefault();
    close(true);
  }
});
