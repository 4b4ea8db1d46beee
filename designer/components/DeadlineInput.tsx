import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { durationWords } from '../model/index.js';
import { CommitInput } from './CommitInput.js';
import { useEditor } from './editorContext.js';

/** An ISO 8601 duration field with its reading in words („14 Tage“) as the hint below it. */
export function DeadlineInput({ id, value, label, onCommit }: { id: string; value: string; label?: string; onCommit(value: string): void }) {
  const { t } = useTranslation('editor');
  const { language } = useEditor();
  const [shown, setShown] = useState(value);
  const words = durationWords(shown, language);
  return (
    <div className="kern-form-input" onInput={(e) => setShown((e.target as HTMLInputElement).value)}>
      <label className="kern-label" htmlFor={id}>{label ?? t('transitions.deadline')}</label>
      <CommitInput id={id} value={value} onCommit={(v) => { setShown(v); if (durationWords(v, language)) onCommit(v); }} aria-describedby={`${id}-words`} />
      <div className="kern-hint" id={`${id}-words`} aria-live="polite">{words ? t('transitions.deadlineWords', { words }) : t('transitions.deadlineInvalid')}</div>
    </div>
  );
}
