import { useEffect, useState } from 'react';
import type { InputHTMLAttributes, KeyboardEvent } from 'react';

/** Props: the stored value and what to do with a changed one (throws: the edit is refused). */
export interface CommitInputProps extends Omit<InputHTMLAttributes<HTMLInputElement>, 'value' | 'onChange'> {
  value: string;
  onCommit(value: string): void;
}

/**
 * A text input that edits a definition value when the person leaves it or presses Enter — one
 * undo step per change, not per keystroke. Escape restores the stored value.
 */
export function CommitInput({ value, onCommit, ...rest }: CommitInputProps) {
  const [text, setText] = useState(value);
  useEffect(() => setText(value), [value]);
  const commit = () => {
    if (text !== value) onCommit(text);
  };
  const keys = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'Enter') { e.preventDefault(); commit(); }
    if (e.key === 'Escape') setText(value);
  };
  return <input {...rest} className="kern-form-input__input" value={text} onChange={(e) => setText(e.target.value)} onBlur={commit} onKeyDown={keys} />;
}
