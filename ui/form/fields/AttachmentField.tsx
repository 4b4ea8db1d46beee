import type { FieldProps } from '@rjsf/utils';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatBytes } from '../../../engine/index.js';
import { describedBy, errorTextId } from '../ids.js';
import { hasHint } from '../widgets/BaseInputTemplate.js';
import { ExtraField } from './ExtraField.js';
import { readAttachment } from './readAttachment.js';

type Schema = Record<string, unknown>;
/** What the catalogue's attachment fields hold: a reference to the file by its SHA-256. */
export interface AttachmentValue { name: string; sha256: string; mediaType?: string; size?: number }

const FILE_KEYS = ['name', 'sha256', 'mediaType', 'size'];
const DEFAULT_TYPES = ['application/pdf', 'image/jpeg', 'image/png'];
const DEFAULT_MAX = 10 * 1024 * 1024;

/**
 * A file field for an attachment reference (`{ name, sha256, mediaType?, size? }`): checks type
 * and size before reading, shows the reading progress, then fills the reference with the file's
 * name, type, size and SHA-256 (computed in the browser). Allowed types come from the schema's
 * `mediaType` enum, the maximum from its `size.maximum` (else PDF/JPEG/PNG, 10 MB).
 */
export function AttachmentField(props: FieldProps) {
  const { t, i18n } = useTranslation('form');
  const { schema, uiSchema, formData, onChange, fieldPathId, required, rawErrors, disabled, readonly } = props;
  const id = fieldPathId.$id;
  const props_ = (schema.properties ?? {}) as Record<string, Schema>;
  const types = (Array.isArray(props_.mediaType?.enum) ? props_.mediaType.enum : DEFAULT_TYPES) as string[];
  const max = typeof props_.size?.maximum === 'number' ? props_.size.maximum : DEFAULT_MAX;
  const [progress, setProgress] = useState<number | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const value = formData as AttachmentValue | undefined;
  const typeNames = types.map((m) => m.split('/')[1]!.toUpperCase()).join(', ');
  const errors = [...(problem ? [problem] : []), ...(rawErrors ?? [])];
  const described = [hasHint({ schema, uiSchema }) ? `${id}-hint` : '', `${id}-allowed`, errors.length && !rawErrors?.length ? errorTextId(id) : '']
    .filter(Boolean).join(' ');

  const choose = async (file: File | undefined) => {
    setProblem(null);
    if (!file) return;
    if (!types.includes(file.type)) return setProblem(t('file.wrongType', { types: typeNames }));
    if (file.size > max) return setProblem(t('file.tooLarge', { size: formatBytes(max, i18n.language) }));
    if (file.size === 0) return setProblem(t('file.empty'));
    setProgress(0);
    const read = await readAttachment(file, setProgress);
    setProgress(null);
    const next: AttachmentValue = { name: file.name, sha256: read.sha256 };
    if ('mediaType' in props_) next.mediaType = file.type;
    if ('size' in props_) next.size = file.size;
    onChange({ ...Object.fromEntries(Object.entries(value ?? {}).filter(([k]) => !FILE_KEYS.includes(k))), ...next }, fieldPathId.path);
  };

  const extras = Object.entries(props_).filter(([k]) => !FILE_KEYS.includes(k));
  return (
    <div className="app-attachment">
      {extras.map(([key, sub]) => (
        <ExtraField key={key} id={`${id}_${key}`} label={String((uiSchema?.[key] as { 'ui:title'?: string } | undefined)?.['ui:title'] ?? key)} schema={sub}
          value={(value as Record<string, unknown> | undefined)?.[key]} errors={(props.errorSchema?.[key] as { __errors?: string[] } | undefined)?.__errors}
          names={(uiSchema?.[key] as { 'ui:enumNames'?: string[] } | undefined)?.['ui:enumNames']}
          onChange={(v) => onChange({ ...(value ?? {}), [key]: v } as AttachmentValue, fieldPathId.path)} />
      ))}
      <p className="kern-hint" id={`${id}-allowed`}>{t('file.allowed', { types: typeNames, size: formatBytes(max, i18n.language) })}</p>
      {problem && !rawErrors?.length ? <p className="kern-error" id={errorTextId(id)}>{problem}</p> : null}
      <input
        type="file" id={id} className="kern-form-input__input" accept={types.join(',')} disabled={disabled || readonly}
        aria-required={required || undefined} aria-invalid={errors.length ? true : undefined}
        aria-describedby={described || describedBy(id, false, false)}
        onChange={(e) => void choose(e.target.files?.[0])}
      />
      {progress !== null ? (
        <p className="kern-body" role="status">
          <progress className="kern-progress" max={100} value={progress} aria-label={t('file.reading', { percent: progress })} /> {t('file.reading', { percent: progress })}
        </p>
      ) : null}
      {value?.name ? (
        <p className="kern-body" role="status">
          {t('file.chosen', { name: value.name, size: value.size ? formatBytes(value.size, i18n.language) : value.sha256.slice(0, 12) })}{' '}
          <button type="button" className="kern-btn kern-btn--tertiary" onClick={() => onChange(undefined, fieldPathId.path)}>
            <span className="kern-label">{t('file.remove', { name: value.name })}</span>
          </button>
        </p>
      ) : null}
    </div>
  );
}
