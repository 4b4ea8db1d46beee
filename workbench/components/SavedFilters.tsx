import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { idempotencyKey } from '../../ui/index.js';
import { deleteFilter, saveFilter, useSavedFilters } from '../api/savedFilters.js';
import type { SavedFilter } from '../api/savedFilters.js';

/**
 * My saved queue filters as links above the queue (each with "Löschen"), and a form that saves
 * the current filter — the queue's URL query `search` — under a name. Kept per clerk on the server.
 */
export function SavedFilters({ search }: { search: string }) {
  const { t } = useTranslation('queue');
  const saved = useSavedFilters();
  const queries = useQueryClient();
  const [name, setName] = useState('');
  const [problem, setProblem] = useState('');
  const [notice, setNotice] = useState('');
  const refresh = () => queries.invalidateQueries({ queryKey: ['saved-filters'] });

  const save = async (e: FormEvent) => {
    e.preventDefault();
    setNotice('');
    if (!name.trim()) return setProblem(t('savedFilters.nameMissing'));
    setProblem('');
    try {
      const stored = await saveFilter(name.trim(), search.replace(/^\?/, ''), idempotencyKey());
      setName('');
      setNotice(t('savedFilters.saved', { name: stored.name }));
      await refresh();
    } catch (err) {
      setProblem(t('savedFilters.failed', { message: (err as Error).message }));
    }
  };
  const remove = async (f: SavedFilter) => {
    try {
      await deleteFilter(f.id);
      setNotice(t('savedFilters.deleted', { name: f.name }));
      await refresh();
    } catch (err) {
      setNotice(t('savedFilters.deleteFailed', { message: (err as Error).message }));
    }
  };

  return (
    <section className="wb-saved" aria-labelledby="saved-title">
      <h2 className="kern-heading-small" id="saved-title">{t('savedFilters.label')}</h2>
      {saved.data && !saved.data.length ? <p className="kern-body">{t('savedFilters.none')}</p> : null}
      {saved.data?.length ? (
        <ul className="wb-saved__list">
          {saved.data.map((f) => (
            <li key={f.id}>
              <Link className="kern-link" to={{ pathname: '/', search: f.query ? `?${f.query}` : '' }}>{f.name}</Link>{' '}
              <button type="button" className="kern-btn kern-btn--tertiary kern-btn--small" aria-label={t('savedFilters.deleteNamed', { name: f.name })} onClick={() => void remove(f)}>
                <span className="kern-label">{t('savedFilters.delete')}</span>
              </button>
            </li>
          ))}
        </ul>
      ) : null}
      <form className="wb-saved__form" onSubmit={(e) => void save(e)} noValidate>
        <div className={`kern-form-input${problem ? ' kern-form-input--error' : ''}`}>
          <label className="kern-label" htmlFor="saved-name">{t('savedFilters.name')}</label>
          <input className={`kern-form-input__input${problem ? ' kern-form-input__input--error' : ''}`} id="saved-name" type="text" maxLength={80} value={name}
            aria-invalid={problem ? true : undefined} aria-describedby={problem ? 'saved-name-error' : undefined} onChange={(e) => setName(e.target.value)} />
          {problem ? <p className="kern-error" id="saved-name-error" role="alert">{problem}</p> : null}
        </div>
        <button type="submit" className="kern-btn kern-btn--secondary"><span className="kern-label">{t('savedFilters.save')}</span></button>
      </form>
      <div role="status" className="wb-status">{notice ? <p className="kern-body">{notice}</p> : null}</div>
    </section>
  );
}
