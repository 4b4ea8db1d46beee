import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { createDraft } from '../api/definitions.js';
import { isObject } from '../model/index.js';

/** Reads a procedure from a JSON file and saves it as a new draft (the next version of its id). */
export function ImportForm() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const queries = useQueryClient();
  const [file, setFile] = useState<File | undefined>();
  const [error, setError] = useState<string | undefined>();
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!file) return setError(t('import.none'));
    let content: unknown;
    try { content = JSON.parse(await file.text()); } catch { content = undefined; }
    if (!isObject(content) || typeof content.id !== 'string') return setError(t('import.notJson'));
    try {
      await createDraft(content);
      await queries.invalidateQueries({ queryKey: ['definitions'] });
      await navigate(`/verfahren/${content.id}`);
    } catch (err) {
      setError(t('failed', { message: err instanceof Error ? err.message : String(err) }));
    }
  };
  return (
    <form className="dz-section" onSubmit={(e) => void submit(e)} noValidate aria-labelledby="import-title">
      <h2 id="import-title" className="kern-heading-medium">{t('import.title')}</h2>
      <div className={`kern-form-input${error ? ' kern-form-input--error' : ''}`}>
        <label className="kern-label" htmlFor="import-file">{t('import.file')}</label>
        {error ? <p className="kern-error" id="import-file-error" role="alert"><span className="kern-body">{error}</span></p> : null}
        <input id="import-file" type="file" accept="application/json,.json" className="kern-form-input__input" onChange={(e) => setFile(e.target.files?.[0])}
          aria-invalid={error ? true : undefined} aria-describedby={error ? 'import-file-error' : undefined} />
      </div>
      <button type="submit" className="kern-btn kern-btn--secondary"><span className="kern-label">{t('import.submit')}</span></button>
    </form>
  );
}
