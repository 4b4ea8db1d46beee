import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormValidator, errorMessages, prepareForm } from '../../../ui/index.js';
import type { ProcedureForm } from '../../../ui/index.js';
import { objectAt, sampleObject, setExamples } from '../../model/index.js';
import type { JsonObject } from '../../model/index.js';
import { useEditor } from '../editorContext.js';
import { CommitTextarea } from './CommitTextarea.js';
import { formRowId } from './formIds.js';

/**
 * Why examples fail the form ("index|message"), checked with the portal's validator (the
 * engine's ajv cannot run under the designer's CSP; the server's check in the problems panel
 * stays the authority). A schema that cannot be checked counts as every example failing.
 */
function checkExamples(validator: FormValidator, config: JsonObject, examples: unknown[], language: string): string[] {
  return examples.flatMap((example, i) => {
    try {
      const schema = prepareForm(config as unknown as ProcedureForm, language).schema;
      const first = validator.errorsOf(schema, example)[0];
      return first ? [`${i + 1}|${first.stack}`] : [];
    } catch (e) {
      return [`${i + 1}|${e instanceof Error ? e.message : String(e)}`];
    }
  });
}

/**
 * The form's examples (`schema.examples`): whether they pass, "Beispiel erzeugen" (a sample
 * for every field), the preview's input taken as an example, and the list as editable JSON.
 */
export function FormExamples({ form, previewData }: { form: string; previewData: Record<string, unknown> }) {
  const { t } = useTranslation('forms');
  const { t: tForm, i18n } = useTranslation('form');
  const validator = useMemo(() => new FormValidator(errorMessages(tForm, i18n.language)), [tForm, i18n.language]);
  const { definition, edit } = useEditor();
  const [invalidJson, setInvalidJson] = useState(false);
  const config = objectAt(objectAt(definition.forms)[form]);
  const schema = objectAt(config.schema);
  const examples = Array.isArray(schema.examples) ? (schema.examples as unknown[]) : [];
  const problems = checkExamples(validator, config, examples, i18n.language);
  const row = formRowId(form);
  const commitJson = (text: string) => {
    let list: unknown;
    try { list = text.trim() ? JSON.parse(text) : []; } catch { list = undefined; }
    if (!Array.isArray(list)) { setInvalidJson(true); return false; }
    setInvalidJson(false);
    return edit((d) => setExamples(d, form, list as unknown[]));
  };
  return (
    <div className="dz-add" role="group" aria-labelledby={`${row}-examples-title`}>
      <h4 id={`${row}-examples-title`} className="kern-heading-small">{t('examples.title')}</h4>
      <p className="kern-body">{t('examples.lead')}</p>
      <div role="status" id={`${row}-examples-status`}>
        {examples.length === 0 ? <p className="kern-body">{t('examples.none')}</p>
          : problems.length === 0 ? <p className="kern-body">{t('examples.count', { count: examples.length })}</p>
            : problems.map((p) => {
              const [index, message] = [p.slice(0, p.indexOf('|')), p.slice(p.indexOf('|') + 1)];
              return <p className="kern-body" key={p}>{t('examples.invalid', { index, message })}</p>;
            })}
      </div>
      <div className="dz-buttons">
        <button type="button" id={`${row}-example-generate`} className="kern-btn kern-btn--secondary kern-btn--small"
          onClick={() => edit((d) => setExamples(d, form, [...examples, sampleObject(schema)]))}>
          <span className="kern-label">{t('examples.generate')}</span>
        </button>
        <button type="button" id={`${row}-example-preview`} className="kern-btn kern-btn--secondary kern-btn--small"
          onClick={() => edit((d) => setExamples(d, form, [...examples, previewData]))}>
          <span className="kern-label">{t('examples.fromPreview')}</span>
        </button>
        {examples.length ? (
          <button type="button" id={`${row}-example-clear`} className="kern-btn kern-btn--tertiary kern-btn--small" onClick={() => edit((d) => setExamples(d, form, []))}>
            <span className="kern-label">{t('examples.removeAll')}</span>
          </button>
        ) : null}
      </div>
      <div className={`kern-form-input${invalidJson ? ' kern-form-input--error' : ''}`}>
        <label className="kern-label" htmlFor={`${row}-examples`}>{t('examples.json')}</label>
        {invalidJson ? <p className="kern-error" id={`${row}-examples-error`} role="alert"><span className="kern-body">{t('examples.jsonInvalid')}</span></p> : null}
        <CommitTextarea id={`${row}-examples`} className="dz-guard" rows={Math.min(12, 2 + examples.length * 3)} spellCheck={false}
          value={examples.length ? JSON.stringify(examples, null, 2) : ''} onCommit={commitJson}
          aria-describedby={invalidJson ? `${row}-examples-error` : undefined} aria-invalid={invalidJson ? true : undefined} />
      </div>
    </div>
  );
}
