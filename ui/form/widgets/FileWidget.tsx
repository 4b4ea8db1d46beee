import type { WidgetProps } from '@rjsf/utils';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { checkFile, fileInfo, fileLimits, formatBytes, mediaTypeNames } from '../../../engine/index.js';
import { ariaOf } from './BaseInputTemplate.js';
import { readDataUrl } from './readDataUrl.js';

/**
 * The file field of a form (`format: "data-url"` or `contentEncoding: "base64"`, see engine
 * fileFields): says which types and how large, reads the chosen file into a data URL with its
 * name, checks it as the server will (engine checkFile: size, type by its first bytes), shows
 * name and size with a button that removes it. A refused file leaves the value unchanged.
 */
export function FileWidget(props: WidgetProps) {
  const { t, i18n } = useTranslation('form');
  const { id, value, onChange, schema, disabled, readonly, multiple } = props;
  // A list of files (RJSF's files array) gets the list's schema: its items are the file field.
  const field = (multiple ? schema.items : schema) as Record<string, unknown>;
  const limits = fileLimits(field);
  const [problem, setProblem] = useState<string | null>(null);
  const [reading, setReading] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  // Only files count: RJSF fills a list with `minItems` empty entries before anything is chosen.
  const values = (multiple ? (Array.isArray(value) ? value : []) : [value]).filter((v): v is string => typeof v === 'string' && v !== '');
  const aria = ariaOf(props);
  // A refused file is said at once, beside what the last check found (its own id, so both can show).
  const problemId = `${id}-file-error`;
  const describedBy = [aria['aria-describedby'], `${id}-allowed`, problem ? problemId : ''].filter(Boolean).join(' ');
  const size = (bytes: number) => formatBytes(bytes, i18n.language);
  const types = mediaTypeNames(limits.mediaTypes, i18n.language);

  /** Reads one file; its data URL, or the text of why it is refused. */
  const read = async (file: File): Promise<{ url: string } | { problem: string }> => {
    // Type and size first (from what the browser says), so a large file is not read for nothing.
    if (!limits.mediaTypes.includes(file.type)) return { problem: t('errors.x-mediaTypes', { types }) };
    if (file.size > limits.maxBytes) return { problem: t('errors.x-maxBytes', { size: size(limits.maxBytes) }) };
    const url = await readDataUrl(file);
    // Then the server's own check over the content: a renamed file is refused here already.
    const found = checkFile(url, limits);
    if (found) return { problem: found.keyword === 'x-maxBytes' ? t('errors.x-maxBytes', { size: size(limits.maxBytes) }) : t('errors.x-mediaTypes', { types }) };
    return { url };
  };
  const choose = async (files: File[]) => {
    setProblem(null);
    if (!files.length) return;
    setReading(true);
    const results = await Promise.all(files.map(read)).finally(() => setReading(false));
    const refused = results.flatMap((r, i) => ('problem' in r ? [`${files[i]!.name}: ${r.problem}`] : []));
    const urls = results.flatMap((r) => ('url' in r ? [r.url] : []));
    if (refused.length) setProblem(refused.join(' '));
    if (input.current) input.current.value = '';
    if (urls.length) onChange(multiple ? [...values, ...urls] : urls[0]);
  };
  const remove = (index: number) => {
    onChange(multiple ? values.filter((_, i) => i !== index) : undefined);
    input.current?.focus();
  };

  return (
    <div className="app-attachment">
      <p className="kern-hint" id={`${id}-allowed`}>{t('file.limits', { types, size: size(limits.maxBytes) })}</p>
      {problem ? <p className="kern-error" id={problemId} role="alert">{problem}</p> : null}
      <input
        ref={input} type="file" id={id} className="kern-form-input__input" accept={limits.mediaTypes.join(',')} disabled={disabled || readonly} multiple={multiple}
        aria-invalid={aria['aria-invalid'] || (problem ? true : undefined)} aria-required={aria['aria-required']} aria-describedby={describedBy}
        onChange={(e) => void choose([...(e.target.files ?? [])])}
      />
      <div role="status">
        {reading ? <p className="kern-body">{t('file.readingFile')}</p> : null}
        {values.length ? (
          <ul className="kern-list app-files" aria-label={t('file.chosenList')}>
            {values.map((v, i) => {
              const file = fileInfo(v);
              const name = file?.name ?? t('file.unnamed');
              return (
                <li key={i}>
                  <span className="kern-body">{t('file.chosen', { name, size: file ? size(file.size) : '–' })}</span>{' '}
                  <button type="button" className="kern-btn kern-btn--tertiary kern-btn--x-small" onClick={() => remove(i)} disabled={disabled || readonly}>
                    <span className="kern-label">{t('file.remove', { name })}</span>
                  </button>
                </li>
              );
            })}
          </ul>
        ) : null}
      </div>
    </div>
  );
}
