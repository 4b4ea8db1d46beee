/**
 * Reads a chosen file into a data URL with its name, as RJSF's own file widget writes it:
 * `data:<type>;name=<encodeURIComponent(name)>;base64,<content>` (engine parseDataUrl reads it).
 */
export function readDataUrl(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onerror = () => reject(reader.error ?? new Error('file could not be read'));
    reader.onload = () => {
      const url = String(reader.result);
      const comma = url.indexOf(';base64,');
      resolve(`${url.slice(0, comma)};name=${encodeURIComponent(file.name)}${url.slice(comma)}`);
    };
    reader.readAsDataURL(file);
  });
}
