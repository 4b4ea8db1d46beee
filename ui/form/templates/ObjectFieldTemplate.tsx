import type { ObjectFieldTemplateProps } from '@rjsf/utils';
import { FieldErrors, FieldHint, OptionalMark } from './FieldTemplate.js';

/**
 * An object: the form itself at the root (no frame: the page's `h1` names it), a group of
 * fields below it — a fieldset whose legend names the group for screen readers.
 */
export function ObjectFieldTemplate(props: ObjectFieldTemplateProps) {
  const { title, description, properties, required, fieldPathId, errorSchema } = props;
  const fields = properties.filter((p) => !p.hidden).map((p) => <div key={p.name} className="app-form-field">{p.content}</div>);
  if (fieldPathId.$id === 'root') return <div className="app-form-fields">{fields}</div>;
  const own = (errorSchema as { __errors?: string[] } | undefined)?.__errors;
  return (
    <fieldset className={`kern-fieldset app-form-group${own?.length ? ' kern-fieldset--error' : ''}`} id={fieldPathId.$id}>
      <legend className="kern-label kern-label--large">{title}<OptionalMark required={required} /></legend>
      <FieldHint id={fieldPathId.$id} text={typeof description === 'string' ? description : undefined} />
      <FieldErrors id={fieldPathId.$id} errors={own} />
      <div className="kern-fieldset__body">{fields}</div>
    </fieldset>
  );
}
