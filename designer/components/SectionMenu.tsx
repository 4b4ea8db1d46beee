import { useTranslation } from 'react-i18next';

/**
 * "Auf dieser Seite": links to every section of the long editor page, at its top, so that a
 * keyboard or screen-reader user reaches the transitions or the simulation without tabbing
 * through everything before them (WCAG 2.4.1, 2.4.5). Each target heading takes focus
 * (`tabIndex={-1}`), so the next Tab continues in that section.
 */
export function SectionMenu({ sections }: { sections: { id: string; text: string }[] }) {
  const { t } = useTranslation('editor');
  return (
    <nav className="dz-sections" aria-labelledby="sections-title">
      <h2 id="sections-title" className="kern-heading-small">{t('sections')}</h2>
      <ul className="dz-sections__list">
        {sections.map((s) => (
          <li key={s.id}>
            <a className="kern-link" href={`#${s.id}`} onClick={(e) => {
              const target = document.getElementById(s.id);
              if (!target) return;
              e.preventDefault();
              target.scrollIntoView({ block: 'start' });
              target.focus({ preventScroll: true });
            }}>{s.text}</a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
