/** Focuses the element `id` once React has drawn it (after an add, a move or a delete). */
export function focusSoon(id: string): void {
  setTimeout(() => {
    const el = document.getElementById(id);
    el?.scrollIntoView({ block: 'center' });
    el?.focus();
  }, 0);
}
