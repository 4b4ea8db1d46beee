import { useTranslation } from 'react-i18next';
import { useFocusWhenShown } from '../../ui/index.js';

/** Someone saved the draft after it was opened: keep these edits (save over it) or load theirs. */
export function SaveConflict({ author, onKeepMine, onLoadTheirs }: { author: string; onKeepMine(): void; onLoadTheirs(): void }) {
  const { t } = useTranslation('editor');
  const ref = useFocusWhenShown<HTMLDivElement>(author);
  return (
    <div className="kern-alert kern-alert--warning" role="alert" tabIndex={-1} ref={ref} data-testid="save-conflict">
      <div className="kern-alert__header"><span className="kern-icon kern-icon--warning" aria-hidden="true" /><h2 className="kern-title">{t('conflict.title')}</h2></div>
      <div className="kern-alert__body">
        <p className="kern-body">{t('conflict.text', { author })}</p>
        <div className="dz-buttons">
          <button type="button" className="kern-btn kern-btn--primary" onClick={onKeepMine}><span className="kern-label">{t('conflict.keepMine')}</span></button>
          <button type="button" className="kern-btn kern-btn--secondary" onClick={onLoadTheirs}><span className="kern-label">{t('conflict.loadTheirs')}</span></button>
        </div>
      </div>
    </div>
  );
}
