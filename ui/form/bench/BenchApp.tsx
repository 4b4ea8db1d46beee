import { useEffect, useState } from 'react';
import { KernForm } from '../KernForm.js';
import { prepareForm } from '../prepareForm.js';
import type { FormData } from '../KernForm.js';
import { benchSchema } from './benchSchema.js';

/** Records, once the first render is committed and painted, the time since the page started. */
function useFirstPaint() {
  useEffect(() => {
    requestAnimationFrame(() => setTimeout(() => {
      (globalThis as { benchFirstRender?: number }).benchFirstRender = performance.now();
    }, 0));
  }, []);
}

/** The generated form of the benchmark: RJSF with the KERN theme, controlled as in the portal. */
export function RjsfBench({ fields }: { fields: number }) {
  useFirstPaint();
  const [data, setData] = useState<FormData>({});
  const [form] = useState(() => prepareForm({ schema: benchSchema(fields) }, 'de'));
  return <KernForm {...form} formData={data} onChange={setData} onSubmit={() => undefined} />;
}

/** The baseline: the same fields as a plain, uncontrolled HTML form (no React state per keystroke). */
export function PlainBench({ fields }: { fields: number }) {
  useFirstPaint();
  const schema = benchSchema(fields);
  return (
    <form className="app-form">
      {Object.entries(schema.properties as Record<string, { properties: Record<string, Record<string, unknown>> }>).map(([g, group]) => (
        <fieldset key={g} className="kern-fieldset">
          <legend className="kern-label">{g}</legend>
          {Object.entries(group.properties).map(([f, s]) => {
            const id = `root_${g}_${f}`;
            if (s.type === 'boolean' || s.enum) {
              const options = s.enum ? (s.enum as string[]) : ['ja', 'nein'];
              return <fieldset key={f} className="kern-fieldset"><legend className="kern-label">{f}</legend>{options.map((o, i) => <div key={o} className="kern-form-check"><input type="radio" className="kern-form-check__radio" id={`${id}-${i}`} name={id} /><label className="kern-label" htmlFor={`${id}-${i}`}>{o}</label></div>)}</fieldset>;
            }
            return <div key={f} className="kern-form-input"><label className="kern-label" htmlFor={id}>{f}</label><input className="kern-form-input__input" id={id} type={s.format === 'date' ? 'date' : s.type === 'integer' ? 'number' : 'text'} /></div>;
          })}
        </fieldset>
      ))}
    </form>
  );
}
