/**
 * A button's visible short text and, for screen readers, which element it acts on. Not KERN's
 * `kern-sr-only`: KERN sizes a button holding one as an icon button (48 px wide).
 */
export function ButtonText({ text, about }: { text: string; about: string }) {
  return <span className="kern-label">{text}<span className="dz-sr-only"> ({about})</span></span>;
}
