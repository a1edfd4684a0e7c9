/**
 * Short confirmations, read by screen readers and seen as a toast: the paper's notes
 * (edition-notes.ts) and the reader's annotations (annotations/main.ts) share the one polite live
 * region of /paper/ (`.toast`, in EditionNotes.astro's markup, so that it exists before the first
 * message, as live regions must), and two toasts never stand together. `keep` leaves a message
 * standing until the next one.
 */
export function announce(message: string, keep?: boolean): void {
  const toast = document.querySelector('.toast');
  if (!toast) return;
  toast.textContent = '';
  // Set a moment after it is emptied, so that the same message twice is announced twice.
  setTimeout(() => (toast.textContent = message), 50);
  if (!keep)
    setTimeout(() => {
      if (toast.textContent === message) toast.textContent = '';
    }, 4000);
}
