import { Fragment, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ModalDialog } from '../components/ModalDialog.js';
import { SHORTCUTS } from './shortcutList.js';
import type { ShortcutScope } from './shortcutList.js';
import { setShortcutsEnabled, useShortcutsEnabled } from './shortcutSetting.js';

/**
 * The "Tastenkürzel" button and its help dialog: the page's shortcuts with their keys, and the
 * switch that turns them off or on (kept in this browser; WCAG 2.1.4). The button stays when
 * they are off, so they can be turned on again. `open`/`onOpenChange` let the `?` key open it.
 */
export function ShortcutHelp({ scope, open, onOpenChange }: { scope: ShortcutScope; open: boolean; onOpenChange: (open: boolean) => void }) {
  const { t } = useTranslation('shortcuts');
  const enabled = useShortcutsEnabled();
  const [said, setSaid] = useState('');
  const toggle = (on: boolean) => { setShortcutsEnabled(on); setSaid(t(on ? 'nowOn' : 'nowOff')); };
  return (
    <>
      <button type="button" className="kern-btn kern-btn--tertiary kern-btn--small" onClick={() => { setSaid(''); onOpenChange(true); }}>
        <span className="kern-label">{enabled ? t('button') : t('buttonOff')}</span>
      </button>
      {open ? (
        <ModalDialog id="shortcut-help" title={t('title')} onCancel={() => onOpenChange(false)} footer={(
          <button type="button" className="kern-btn kern-btn--primary" onClick={() => onOpenChange(false)}><span className="kern-label">{t('close')}</span></button>
        )}>
          <p className="kern-body">{t('lead')}</p>
          <table className="kern-table wb-shortcuts">
            <caption className="kern-title">{t(`caption.${scope}`)}</caption>
            <thead className="kern-table__head">
              <tr className="kern-table__row"><th scope="col" className="kern-table__header">{t('keys')}</th><th scope="col" className="kern-table__header">{t('does')}</th></tr>
            </thead>
            <tbody className="kern-table__body">
              {SHORTCUTS[scope].map((s) => (
                <tr className="kern-table__row" key={s.does}>
                  <td className="kern-table__cell">
                    {s.keys.map((k, i) => <Fragment key={k}>{i ? ` ${t('then')} ` : ''}<kbd>{k}</kbd></Fragment>)}
                  </td>
                  <td className="kern-table__cell">{t(`list.${s.does}`)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <div className="kern-form-check">
            <input type="checkbox" className="kern-form-check__checkbox" id="shortcuts-enabled" checked={enabled} onChange={(e) => toggle(e.target.checked)} aria-describedby="shortcuts-enabled-hint" />
            <label className="kern-label" htmlFor="shortcuts-enabled">{t('toggle')}</label>
          </div>
          <div className="kern-hint" id="shortcuts-enabled-hint">{t('toggleHint')}</div>
          <div role="status" className="wb-status">{said ? <p className="kern-body">{said}</p> : null}</div>
        </ModalDialog>
      ) : null}
    </>
  );
}
