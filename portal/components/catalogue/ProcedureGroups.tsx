import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { localized } from '../../../ui/index.js';
import type { ProcedureGroup } from './groupProcedures.js';

/** The catalogue's groups: a heading each, then a linked card per procedure with its purpose and authority. */
export function ProcedureGroups({ groups }: { groups: ProcedureGroup[] }) {
  const { t, i18n } = useTranslation('catalogue');
  const text = (v: { de: string; en: string } | undefined) => localized(v, i18n.language);
  return (
    <>
      {groups.map((group) => (
        <section key={group.key} className="app-section" aria-labelledby={`group-${group.key || 'other'}`}>
          <h2 className="kern-heading-medium" id={`group-${group.key || 'other'}`}>{group.title}</h2>
          <ul className="app-cards">
            {group.procedures.map((p) => (
              <li key={p.id} className="kern-card">
                <div className="kern-card__container">
                  <div className="kern-card__header">
                    <h3 className="kern-title"><Link className="kern-link" to={`/verfahren/${p.id}`}>{text(p.title)}</Link></h3>
                  </div>
                  <div className="kern-card__body">
                    {p.description ? <p className="kern-body">{text(p.description)}</p> : null}
                    <p className="kern-body kern-body--small">{t('start.authority', { authority: text(p.authorityTitle) || p.authority })}</p>
                  </div>
                </div>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </>
  );
}
