/** What the predicate reads of the element a key press went to (a DOM Element satisfies it). */
export interface KeyTarget {
  tagName: string;
  /** The `type` of an input. */
  type?: string;
  isContentEditable?: boolean;
  /** Whether the element lies in an element matching the selector (DOM `closest`). */
  closest?: (selector: string) => unknown;
}

/** What the predicate reads of a key press (a DOM KeyboardEvent satisfies it). */
export interface KeyPress {
  target: unknown;
  ctrlKey: boolean;
  altKey: boolean;
  metaKey: boolean;
  repeat?: boolean;
  isComposing?: boolean;
}

/** Inputs that take no typed text: a letter pressed on them is no input (a checkbox, a button). */
const NOT_TEXT = new Set(['checkbox', 'radio', 'button', 'submit', 'reset', 'image', 'file', 'color', 'range']);

/** Whether the element takes typed text: a text-like input, a textarea, a select (letters choose options), or editable content. */
export function isTypingTarget(target: KeyTarget | null | undefined): boolean {
  if (!target || typeof target.tagName !== 'string') return false;
  const tag = target.tagName.toLowerCase();
  if (tag === 'textarea' || tag === 'select') return true;
  if (tag === 'input') return !NOT_TEXT.has((target.type ?? 'text').toLowerCase());
  if (target.isContentEditable) return true;
  return Boolean(target.closest?.('[contenteditable]:not([contenteditable="false"])'));
}

/**
 * Whether a single-key shortcut must stay silent for this key press (WCAG 2.1.4): while the
 * person types (input, textarea, select, contenteditable), with Ctrl, Alt or Meta held (those
 * belong to the browser and assistive technology), while a key is held down or an input method
 * composes, and inside a dialog (which has its own keys). Shift stays allowed: "?" needs it.
 */
export function ignoreShortcut(event: KeyPress): boolean {
  if (event.ctrlKey || event.altKey || event.metaKey || event.repeat || event.isComposing) return true;
  const target = event.target as KeyTarget | null;
  if (isTypingTarget(target)) return true;
  return Boolean(target?.closest?.('dialog'));
}
