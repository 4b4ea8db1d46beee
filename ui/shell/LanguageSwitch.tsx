import { useTranslation } from 'react-i18next';

/** Switches between German and English; the button is labelled in the language it switches to. */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation('shell');
  const other = i18n.language === 'en' ? 'de' : 'en';
  return (
    <button type="button" className="kern-btn kern-btn--tertiary app-language" lang={other} onClick={() => void i18n.changeLanguage(other)}>
      <span className="kern-label">{t('switchLanguage')}</span>
    </button>
  );
}
