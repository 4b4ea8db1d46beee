const escape = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** The page's only style, allowed by its hash in the Content Security Policy (no other inline style is). */
export const API_PAGE_STYLE = 'body{font-family:system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem}h2{font-size:1rem}small{color:#555;font-weight:normal}pre{background:#f4f4f4;padding:.5rem;overflow:auto}';

/** A readable API page (no scripts, no CDN): every route with its access rule, summary and body schema. */
export function renderApiPage(spec: Record<string, unknown>): string {
  const paths = spec.paths as Record<string, Record<string, { summary: string; 'x-amtsweg-access'?: string; requestBody?: unknown }>>;
  const rows = Object.entries(paths).flatMap(([path, ops]) => Object.entries(ops).map(([method, op]) => `
    <section><h2><code>${method.toUpperCase()} ${escape(path)}</code> <small>${escape(op['x-amtsweg-access'] ?? 'public')}</small></h2>
    <p>${escape(op.summary)}</p>${op.requestBody ? `<details><summary>Body</summary><pre>${escape(JSON.stringify(op.requestBody, null, 2))}</pre></details>` : ''}</section>`));
  const description = (spec.info as { description?: string } | undefined)?.description ?? '';
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Amtsweg API</title>
<style>${API_PAGE_STYLE}</style></head>
<body><h1>Amtsweg API</h1><p>Machine-readable: <a href="/api/openapi.json">/api/openapi.json</a> (OpenAPI 3.1). Errors share one shape: <code>{status, code, message, details}</code>.</p><pre>${escape(description)}</pre>${rows.join('')}</body></html>`;
}
