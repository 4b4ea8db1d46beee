/** A button's visible short text and, for screen readers, which element it acts on. */
export function ButtonText({ text, about }: { text: string; about: string }) {
  return <span className="kern-label">{text}<span className="kern-sr-only"> ({about})</span></span>;
}
