import { useTranslation } from 'react-i18next';
import type { Grouping } from './groupProcedures.js';

/** What the catalogue search shows and reports back. */
export interface CatalogueSearchProps {
  query: string;
  grouping: Grouping;
  onChange: (next: { query: string; grouping: Grouping }) => void;
}

/**
 * The catalogue's search form: a labelled search field and how to order the results. It filters
 * as one types; submitting (Enter) does the same, so the form works as people expect a form to.
 */
export function CatalogueSearch({ query, grouping, onChange }: CatalogueSearchProps) {
  const { t } = useTranslation('catalogue');
  const groupings: Grouping[] = ['lebenslage', 'behoerde'];
  return (
    <form role="search" className="app-search" onSubmit={(e) => e.preventDefault()}>
      <div className="kern-form-input">
        <label className="kern-label" htmlFor="catalogue-search">{t('start.searchLabel')}</label>
        <div className="kern-hint" id="catalogue-search-hint">{t('start.searchHint')}</div>
        <div className="app-search__row">
          <input
            id="catalogue-search" name="q" type="search" className="kern-form-input__input" aria-describedby="catalogue-search-hint"
            value={query} onChange={(e) => onChange({ query: e.target.value, grouping })} autoComplete="off"
          />
          <button type="submit" className="kern-btn kern-btn--primary"><span className="kern-label">{t('start.searchButton')}</span></button>
        </div>
      </div>
      <fieldset className="kern-fieldset">
        <legend className="kern-label">{t('start.groupLegend')}</legend>
        <div className="kern-fieldset__body kern-fieldset__body--horizontal">
          {groupings.map((g) => (
            <div className="kern-form-check" key={g}>
              <input className="kern-form-check__radio" type="radio" id={`grouping-${g}`} name="nach" value={g}
                checked={grouping === g} onChange={() => onChange({ query, grouping: g })} />
              <label className="kern-label" htmlFor={`grouping-${g}`}>{t(g === 'lebenslage' ? 'start.byLifeSituation' : 'start.byAuthority')}</label>
            </div>
          ))}
        </div>
      </fieldset>
    </form>
  );
}
