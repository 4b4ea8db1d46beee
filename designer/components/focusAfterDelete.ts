/**
 * After a row is deleted its button is gone and focus would fall to the page's start: it moves
 * to the section's heading instead (headings of the text view have tabindex -1), once React has
 * removed the row.
 */
export function focusAfterDelete(headingId: string): void {
  setTimeout(() => document.getElementById(headingId)?.focus(), 0);
}
