/** A checkbox that sets or removes one flag of the definition, with a hint saying what the flag does. */
export function FlagCheck({ id, label, hint, checked, onChange }: { id: string; label: string; hint: string; checked: boolean; onChange(checked: boolean): void }) {
  return (
    <div className="dz-flag">
      <div className="kern-form-check">
        <input className="kern-form-check__checkbox" type="checkbox" id={id} checked={checked} aria-describedby={`${id}-hint`} onChange={(e) => onChange(e.target.checked)} />
        <label className="kern-label" htmlFor={id}>{label}</label>
      </div>
      <div className="kern-hint" id={`${id}-hint`}>{hint}</div>
    </div>
  );
}
