/**
 * Moves focus, once React has rendered the edit, to the first of `ids` that exists: after a move
 * the button pressed may be gone at the list's end, so a fallback takes focus instead.
 */
export const focusSoon = (...ids: string[]): void => {
  setTimeout(() => {
    for (const id of ids) {
      const el = document.getElementById(id);
      if (el) { el.focus(); return; }
    }
  }, 0);
};
