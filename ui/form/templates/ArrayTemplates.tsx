import type { ArrayFieldItemTemplateProps, ArrayFieldTemplateProps } from '@rjsf/utils';
import { useTranslation } from 'react-i18next';
import { FieldErrors, FieldHint, OptionalMark } from './FieldTemplate.js';

/** A list of entries: a fieldset named by the field's label, its entries, "Eintrag hinzufügen". */
export function ArrayFieldTemplate(props: ArrayFieldTemplateProps) {
  const { t } = useTranslation('form');
  const { title, schema, uiSchema, items, canAdd, onAddClick, required, fieldPathId, rawErrors, disabled, readonly } = props;
  const id = fieldPathId.$id;
  // The hint in the page's language (prepareUiSchema), else the schema's own.
  const hint = uiSchema?.['ui:description'] ?? schema.description;
  const errors = rawErrors?.filter(Boolean);
  return (
    <fieldset className={`kern-fieldset app-form-group${errors?.length ? ' kern-fieldset--error' : ''}`} id={id}>
      <legend className="kern-label kern-label--large">{title}<OptionalMark required={required} /></legend>
      <FieldHint id={id} text={typeof hint === 'string' ? hint : undefined} />
      <FieldErrors id={id} errors={errors} />
      <div className="kern-fieldset__body">
        {items.length ? items : <p className="kern-body">{t('noItems')}</p>}
        {canAdd && !disabled && !readonly ? (
          <div>
            <button type="button" className="kern-btn kern-btn--secondary" onClick={onAddClick}>
              <span className="kern-icon kern-icon--add" aria-hidden="true" />
              <span className="kern-label">{t('addItem')}</span>
            </button>
          </div>
        ) : null}
      </div>
    </fieldset>
  );
}

/** One entry of a list, with a "remove" button whose text says which entry it removes. */
export function ArrayFieldItemTemplate(props: ArrayFieldItemTemplateProps) {
  const { t } = useTranslation('form');
  const { children, index, buttonsProps } = props;
  return (
    <div className="app-form-item">
      {children}
      {buttonsProps.hasRemove ? (
        <button type="button" className="kern-btn kern-btn--tertiary" onClick={buttonsProps.onRemoveItem} disabled={buttonsProps.disabled || buttonsProps.readonly}>
          <span className="kern-icon kern-icon--delete" aria-hidden="true" />
          <span className="kern-label">{t('removeItem', { n: index + 1 })}</span>
        </button>
      ) : null}
    </div>
  );
}
