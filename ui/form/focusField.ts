/**
 * Moves focus to the control of a field: the element with the field's id, or — for a group
 * (a fieldset of radio buttons, checkboxes or sub-fields) — its first control.
 */
export function focusField(id: string): boolean {
  const el = document.getElementById(id);
  if (!el) return false;
  const target = el.matches('input, select, textarea, button') ? el : el.querySelector<HTMLElement>('input, select, textarea, button');
  (target ?? el).focus();
  (target ?? el).scrollIntoView?.({ block: 'center' });
  return true;
}

/**
 * The id RJSF gives the field at a data path (`root_betriebsanschrift_strasse`); `prefix` is the
 * form's `idPrefix` where a page shows more than one form.
 */
export function fieldId(path: (string | number)[], prefix = 'root'): string {
  return [prefix, ...path].join('_');
}
