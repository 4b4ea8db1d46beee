import { useEffect, useState } from 'react';
import type { TextareaHTMLAttributes } from 'react';

/** Props: the stored text and what to do with a changed one when the person leaves the field. */
export interface CommitTextareaProps extends Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'value' | 'onChange'> {
  value: string;
  /** False when the text was not taken (it stays in the field for the person to correct). */
  onCommit(value: string): boolean;
}

/** A text area that edits a definition value when the person leaves it: one undo step per change. */
export function CommitTextarea({ value, onCommit, ...rest }: CommitTextareaProps) {
  const [text, setText] = useState(value);
  useEffect(() => setText(value), [value]);
  return <textarea {...rest} className="kern-form-input__input" value={text} onChange={(e) => setText(e.target.value)} onBlur={() => { if (text !== value) onCommit(text); }} />;
}
