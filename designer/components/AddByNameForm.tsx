import { useState } from 'react';
import type { FormEvent, ReactNode } from 'react';
import { PanelField } from './PanelField.js';

/** An error of one field of an add form: the field's id and the text shown at it. */
export interface AddFieldError { field: string; text: string }

/** What an add form shows and does; see {@link AddByNameForm}. */
export interface AddByNameFormProps {
  /** Ids of its parts: `<idBase>-title` (heading), `<idBase>-name`, `<idBase>-de`, `<idBase>-en`. */
  idBase: string;
  /** Heading, labels and button; with `titleEn` an English title field is offered as well. */
  texts: { title: string; name: string; nameHint: string; titleDe: string; titleEn?: string; submit: string };
  /** Why the typed name cannot be added (not a valid name, already taken), or undefined. */
  refuse(name: string): string | undefined;
  /**
   * Adds the element (through the editor's `edit`) with the titles as typed (possibly empty):
   * true when added, false when the editor refused the edit, or an error of one of `children`'s fields.
   */
  add(name: string, title: { de: string; en: string }): boolean | AddFieldError;
  /** After an add, e.g. to move focus to the new element's row. */
  onAdded?(name: string): void;
  /** Fields after the titles (kind, parent, role …), given the error text of a field by its id. */
  children?(errorFor: (field: string) => string | undefined): ReactNode;
  /** After an add: clear the state behind `children`'s fields. */
  onReset?(): void;
}

/**
 * The designer's "add by name" form (a state, role, event, form, data category): a name with its
 * rules as hint, a German title (and an English one where asked), further fields, one button.
 * A refused name or field shows its error at the field and takes focus back there; an add clears
 * the form. Keyboard only, no drag; each control has its visible label.
 */
export function AddByNameForm({ idBase, texts, refuse, add, onAdded, children, onReset }: AddByNameFormProps) {
  const [name, setName] = useState('');
  const [de, setDe] = useState('');
  const [en, setEn] = useState('');
  const [error, setError] = useState<AddFieldError | undefined>();
  const nameId = `${idBase}-name`;
  const fail = (failure: AddFieldError) => {
    setError(failure);
    setTimeout(() => document.getElementById(failure.field)?.focus(), 0);
  };
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const refused = refuse(name);
    if (refused) return fail({ field: nameId, text: refused });
    const added = add(name, { de, en });
    if (typeof added === 'object') return fail(added);
    if (!added) return;
    setError(undefined); setName(''); setDe(''); setEn('');
    onReset?.();
    onAdded?.(name);
  };
  const errorFor = (field: string) => (error?.field === field ? error.text : undefined);
  return (
    <form className="dz-add" onSubmit={submit} noValidate aria-labelledby={`${idBase}-title`}>
      <h3 id={`${idBase}-title`} className="kern-heading-small">{texts.title}</h3>
      <div className="dz-fields">
        <PanelField id={nameId} label={texts.name} hint={texts.nameHint} error={errorFor(nameId)} value={name} onChange={setName} />
        <PanelField id={`${idBase}-de`} label={texts.titleDe} value={de} onChange={setDe} />
        {texts.titleEn ? <PanelField id={`${idBase}-en`} label={texts.titleEn} value={en} onChange={setEn} /> : null}
        {children?.(errorFor)}
      </div>
      <button type="submit" className="kern-btn kern-btn--secondary"><span className="kern-label">{texts.submit}</span></button>
    </form>
  );
}
