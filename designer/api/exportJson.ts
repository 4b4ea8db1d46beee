import type { JsonObject } from '../model/index.js';

/** Offers a definition as a JSON file download (`<id>-v<version>.json`). */
export function downloadJson(definition: JsonObject, name: string): void {
  const url = URL.createObjectURL(new Blob([`${JSON.stringify(definition, null, 2)}\n`], { type: 'application/json' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
