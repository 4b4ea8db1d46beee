import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { SaveConflict } from './SaveConflict.js';
import type { useDraftHistory } from './useDraftHistory.js';
import { useSave } from './useSave.js';

/**
 * Undo, redo and save, with where the draft stands (unsaved changes, saved, a conflict). Ctrl+Z
 * and Ctrl+Y (Ctrl+Shift+Z) undo and redo outside text fields, Ctrl+S saves.
 */
export function SaveBar({ id, etag, history, onLoadTheirs }: { id: string; etag: string; history: ReturnType<typeof useDraftHistory>; onLoadTheirs(): void }) {
  const { t } = useTranslation('editor');
  const { state, save } = useSave(id, etag, history.markSaved);
  useEffect(() => {
    const keys = (e: KeyboardEvent) => {
      if (!(e.ctrlKey || e.metaKey)) return;
      const typing = e.target instanceof HTMLInputElement || e.target instanceof HTMLTextAreaElement;
      const key = e.key.toLowerCase();
      if (key === 's') { e.preventDefault(); void save(history.definition); }
      else if (!typing && key === 'z' && !e.shiftKey) { e.preventDefault(); history.undo(); }
      else if (!typing && (key === 'y' || (key === 'z' && e.shiftKey))) { e.preventDefault(); history.redo(); }
    };
    window.addEventListener('keydown', keys);
    return () => window.removeEventListener('keydown', keys);
  }, [history, save]);
  const status = state.kind === 'saving' ? t('save.saving') : state.kind === 'failed' ? t('save.failed', { message: state.message })
    : history.dirty ? t('save.unsaved') : state.kind === 'saved' ? t('save.saved') : t('save.clean');
  return (
    <div className="dz-savebar">
      <div className="dz-buttons">
        <button type="button" className="kern-btn kern-btn--secondary" disabled={!history.canUndo} onClick={history.undo}><span className="kern-label">{t('save.undo')}</span></button>
        <button type="button" className="kern-btn kern-btn--secondary" disabled={!history.canRedo} onClick={history.redo}><span className="kern-label">{t('save.redo')}</span></button>
        <button type="button" className="kern-btn kern-btn--primary" disabled={state.kind === 'saving'} onClick={() => void save(history.definition)}><span className="kern-label">{t('save.save')}</span></button>
      </div>
      <p className="kern-body" role="status" data-testid="save-status">{status}{history.refused ? ` ${t('save.refused')}` : ''}</p>
      {state.kind === 'conflict' ? <SaveConflict author={state.author} onKeepMine={() => void save(history.definition, state.etag)} onLoadTheirs={onLoadTheirs} /> : null}
    </div>
  );
}
