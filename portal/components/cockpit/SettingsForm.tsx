import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useMemo, useState } from 'react';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorSummary } from '../../../ui/index.js';
import { savePreferences } from './cockpitApi.js';
import type { Preferences, PreferencesInput } from './cockpitApi.js';
import type { ReportErrors } from './CockpitSection.js';
import { Choice, FieldError, TextField } from './FormFields.js';
import { settingsErrors } from './settingsErrors.js';
import type { SettingsError, SettingsField } from './settingsErrors.js';

const CHANNELS = ['portal', 'email', 'postal'] as const;
const ADDRESS = ['strasse', 'plz', 'ort'] as const;
const ADDRESS_LABEL = { strasse: 'street', plz: 'postcode', ort: 'city' } as const;
/** Where an error summary link takes focus: the first control of the field. */
const TARGET: Record<SettingsField, string> = { channels: 'settings-channel-portal', email: 'settings-email', address: 'settings-strasse' };

/**
 * The settings form: fieldsets with legends, errors from the server at their fields and in a
 * KERN error summary that takes focus, the saved state announced. Saving a language also
 * switches the portal to it.
 */
export function SettingsForm({ initial, reportErrors }: { initial: Preferences; reportErrors: ReportErrors }) {
  const { t, i18n } = useTranslation('cockpit');
  const queries = useQueryClient();
  const [channels, setChannels] = useState<Set<Preferences['channels'][number]>>(new Set(initial.channels));
  const [email, setEmail] = useState(initial.email ?? '');
  const [address, setAddress] = useState<Record<string, string>>({ ...initial.postalAddress });
  const [language, setLanguage] = useState(initial.language);
  const [notify, setNotify] = useState(initial.notifyOnAccess);
  const [errors, setErrors] = useState<SettingsError[]>([]);
  const [saved, setSaved] = useState(false);
  const [busy, setBusy] = useState(false);
  // Stable between renders: the summary takes focus when its entries change, not on every keystroke.
  const summaryItems = useMemo(() => errors.map((e) => ({ text: e.message, ...(e.field ? { field: TARGET[e.field] } : {}) })), [errors]);
  const errorOf = (field: SettingsField) => errors.find((e) => e.field === field)?.message;

  useEffect(() => {
    reportErrors(errors.length > 0);
  }, [errors, reportErrors]);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (busy) return;
    setBusy(true);
    setSaved(false);
    const postal = Object.fromEntries(Object.entries(address).filter(([, v]) => v.trim()));
    const body: PreferencesInput = {
      channels: CHANNELS.filter((c) => channels.has(c)), language, notifyOnAccess: notify,
      ...(email.trim() ? { email: email.trim() } : {}), ...(Object.keys(postal).length ? { postalAddress: postal } : {}),
    };
    try {
      const stored = await savePreferences(body);
      queries.setQueryData(['me', 'preferences'], stored);
      setErrors([]);
      if (stored.language !== i18n.language) await i18n.changeLanguage(stored.language);
      setSaved(true);
    } catch (e) {
      setErrors(settingsErrors(e, (key, message) => t(`settings.error.${key}`, { message })));
    } finally {
      setBusy(false);
    }
  }

  const toggle = (c: Preferences['channels'][number]) => setChannels((s) => {
    const next = new Set(s);
    if (next.has(c)) next.delete(c);
    else next.add(c);
    return next;
  });
  return (
    <form noValidate onSubmit={(e) => void submit(e)}>
      <ErrorSummary id="settings-summary-title" items={summaryItems} />
      <div role="status" className="cockpit-status">
        {saved ? <div className="kern-alert kern-alert--success"><div className="kern-alert__header"><span className="kern-icon kern-icon--success" aria-hidden="true" /><span className="kern-title">{t('settings.saved')}</span></div></div> : null}
      </div>

      <fieldset className={`kern-fieldset${errorOf('channels') ? ' kern-fieldset--error' : ''}`} aria-describedby={`settings-channels-hint${errorOf('channels') ? ' settings-channels-error' : ''}`}>
        <legend className="kern-label">{t('settings.channels')}</legend>
        <div className="kern-hint" id="settings-channels-hint">{t('settings.channelsHint')}</div>
        <FieldError id="settings-channels-error" message={errorOf('channels')} />
        <div className="kern-fieldset__body">
          {CHANNELS.map((c) => <Choice key={c} id={`settings-channel-${c}`} type="checkbox" name="channels" label={t(`settings.channel.${c}`)} checked={channels.has(c)} onChange={() => toggle(c)} />)}
        </div>
      </fieldset>
      <TextField id="settings-email" type="email" autoComplete="email" label={t('settings.email')} hint={t('settings.emailHint')} error={errorOf('email')} value={email} onChange={(e) => setEmail(e.target.value)} />
      <fieldset className={`kern-fieldset${errorOf('address') ? ' kern-fieldset--error' : ''}`} aria-describedby="settings-address-hint">
        <legend className="kern-label">{t('settings.address')}</legend>
        <div className="kern-hint" id="settings-address-hint">{t('settings.addressHint')}</div>
        <div className="kern-fieldset__body">
          {ADDRESS.map((k, i) => (
            <TextField key={k} id={`settings-${k}`} label={t(`settings.${ADDRESS_LABEL[k]}`)} error={i === 0 ? errorOf('address') : undefined} value={address[k] ?? ''}
              autoComplete={{ strasse: 'street-address', plz: 'postal-code', ort: 'address-level2' }[k]} onChange={(e) => setAddress((a) => ({ ...a, [k]: e.target.value }))} />
          ))}
        </div>
      </fieldset>
      <fieldset className="kern-fieldset" aria-describedby="settings-language-hint">
        <legend className="kern-label">{t('settings.language')}</legend>
        <div className="kern-hint" id="settings-language-hint">{t('settings.languageHint')}</div>
        <div className="kern-fieldset__body">
          {(['de', 'en'] as const).map((l) => <Choice key={l} id={`settings-language-${l}`} type="radio" name="language" label={t(`settings.languageName.${l}`)} checked={language === l} onChange={() => setLanguage(l)} />)}
        </div>
      </fieldset>
      <fieldset className="kern-fieldset">
        <legend className="kern-label">{t('settings.notify')}</legend>
        <div className="kern-fieldset__body">
          <Choice id="settings-notify" type="checkbox" name="notifyOnAccess" label={t('settings.notifyLabel')} checked={notify} onChange={(e) => setNotify(e.target.checked)} />
        </div>
      </fieldset>
      <button type="submit" className="kern-btn kern-btn--primary" aria-disabled={busy}><span className="kern-label">{t('settings.save')}</span></button>
    </form>
  );
}
