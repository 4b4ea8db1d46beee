import type { Page } from 'playwright-core';
import { isFileField, parseDataUrl } from '../../../engine/index.js';

type Schema = Record<string, unknown>;

const id = (path: (string | number)[]) => `#${['root', ...path].join('_')}`;
const isAttachment = (s: Schema) => s.type === 'object' && !!s.properties && 'sha256' in (s.properties as Schema) && 'name' in (s.properties as Schema);

/** A data URL as the file a person would choose: its name, type and exact bytes. */
function fileOf(value: unknown) {
  const url = parseDataUrl(String(value))!;
  return { name: url.name ?? 'datei', mimeType: url.mediaType, buffer: Buffer.from(url.base64, 'base64') };
}

/**
 * Fills the answers of `data` into the generated form on the page as a person would: typing
 * into text fields, choosing radio buttons, options and checkboxes, adding list entries and
 * choosing files — every field of `data` that is on this page (a long form shows some per
 * page). A file field (a data URL) gets the example's file chosen, with its name, type and
 * bytes; an attachment reference a file with the example's name and type (its SHA-256 is then the
 * browser's, not the example's: those hashes name no content).
 */
export async function fillForm(page: Page, schema: Schema, data: Record<string, unknown>, path: (string | number)[] = [], root: Schema = schema): Promise<void> {
  const props = (schema.properties ?? {}) as Record<string, Schema>;
  for (const [key, value] of Object.entries(data)) {
    const sub = resolve(props[key], root);
    if (!sub || value === undefined) continue;
    await fillValue(page, sub, value, [...path, key], root);
  }
}

/** A local `$ref` (`#/$defs/x`) replaced by what it names. */
function resolve(schema: Schema | undefined, root: Schema): Schema | undefined {
  const ref = typeof schema?.$ref === 'string' ? /^#\/\$defs\/(.+)$/.exec(schema.$ref)?.[1] : undefined;
  return ref ? { ...(root.$defs as Record<string, Schema>)[ref], ...schema, $ref: undefined } : schema;
}

async function fillValue(page: Page, schema: Schema, value: unknown, path: (string | number)[], root: Schema = schema): Promise<void> {
  const selector = id(path);
  if (!(await page.locator(selector).count())) return;
  const files = isFileField(schema) ? [value] : schema.type === 'array' && isFileField((schema.items ?? {}) as Schema) ? (value as unknown[]) : undefined;
  if (files) {
    await page.locator(selector).setInputFiles(files.map(fileOf));
    for (const f of files) await page.getByRole('status').filter({ hasText: fileOf(f).name }).waitFor();
    return;
  }
  if (isAttachment(schema)) {
    const file = value as { name: string; mediaType?: string };
    await page.locator(selector).setInputFiles({ name: file.name, mimeType: file.mediaType ?? 'application/pdf', buffer: Buffer.from(`%PDF-1.4 Beispiel ${file.name}`) });
    await page.getByRole('status').filter({ hasText: file.name }).waitFor();
    // What the attachment says besides the file (its kind): a choice beside the file field.
    for (const [key, sub] of Object.entries(schema.properties as Record<string, Schema>)) {
      const v = (value as Record<string, unknown>)[key];
      if (['name', 'sha256', 'mediaType', 'size'].includes(key) || v === undefined) continue;
      if (Array.isArray(sub.enum)) await page.locator(id([...path, key])).selectOption(String(sub.enum.indexOf(v)));
      else await page.locator(id([...path, key])).fill(String(v));
    }
    return;
  }
  if (schema.type === 'object' && schema.properties) return fillForm(page, schema, value as Record<string, unknown>, path, root);
  if (Array.isArray(schema.enum)) {
    const index = schema.enum.indexOf(value);
    if (await page.locator(`select${selector}`).count()) await page.locator(selector).selectOption(String(index));
    else await page.locator(`${selector}-${index}`).check();
    return;
  }
  if (schema.type === 'boolean') return page.locator(`${selector}-${value ? 0 : 1}`).check();
  if (schema.type === 'array') {
    const items = (schema.items ?? {}) as Schema;
    const list = value as unknown[];
    if (Array.isArray(items.enum)) {
      for (const v of list) await page.locator(`${selector}-${items.enum.indexOf(v)}`).check();
      return;
    }
    for (let i = 0; i < list.length; i++) {
      if (!(await page.locator(id([...path, i])).count())) await page.locator(`fieldset${selector}`).getByRole('button', { name: /hinzufügen|add item/i }).click();
      await fillValue(page, resolve(items, root)!, list[i], [...path, i], root);
    }
    return;
  }
  await page.locator(selector).fill(String(value));
}
