// Playing a browser against the API with fetch: a cookie jar, redirects followed by hand, and
// a login through the development IdP's page — the path a citizen takes, without Chromium.
import { expect } from 'vitest';

/** A cookie jar that honours Path and deletion, enough to play a browser. */
export class Jar {
  private cookies = new Map<string, { value: string; path: string }>();
  store(res: Response) {
    for (const line of res.headers.getSetCookie()) {
      const [pair = '', ...attrs] = line.split(';').map((s) => s.trim());
      const name = pair.slice(0, pair.indexOf('='));
      const path = attrs.find((a) => a.toLowerCase().startsWith('path='))?.slice(5) ?? '/';
      const deleted = attrs.some((a) => /^max-age=0$/i.test(a) || (/^expires=/i.test(a) && Date.parse(a.slice(8)) < Date.now()));
      if (deleted) this.cookies.delete(name);
      else this.cookies.set(name, { value: pair.slice(name.length + 1), path });
    }
  }
  header(url: URL): string {
    return [...this.cookies].filter(([, c]) => url.pathname.startsWith(c.path)).map(([n, c]) => `${n}=${c.value}`).join('; ');
  }
  get(name: string) {
    return this.cookies.get(name)?.value;
  }
}

/** Fetches like a browser: sends and stores cookies, follows redirects until `until` matches. */
export async function browse(base: string, jar: Jar, url: string, init: RequestInit = {}, until: (u: URL) => boolean = () => false) {
  let current = new URL(url, base);
  let request: RequestInit = init;
  for (let hop = 0; hop < 15; hop++) {
    const headers = new Headers(request.headers);
    const cookie = jar.header(current);
    if (cookie) headers.set('cookie', cookie);
    const res = await fetch(current, { ...request, headers, redirect: 'manual' });
    jar.store(res);
    const location = res.headers.get('location');
    if (res.status < 300 || res.status >= 400 || !location) return { res, url: current };
    current = new URL(location, current);
    request = {};
    if (until(current)) return { res, url: current };
  }
  throw new Error('too many redirects');
}

/** GET /auth/login → the dev IdP's page → choose `user` → consent → callback → session cookie. */
export async function loginThroughDevIdp(base: string, user: string, returnTo = '/portal') {
  const jar = new Jar();
  const page = await browse(base, jar, `/auth/login?returnTo=${encodeURIComponent(returnTo)}`);
  expect(page.res.status).toBe(200);
  const html = await page.res.text();
  const action = /<form method="post" action="([^"]+)"/.exec(html)?.[1];
  expect(action).toMatch(/^\/idp\/interaction\/[\w-]+\/login$/);
  const done = await browse(base, jar, action!, {
    method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams({ identity: user }),
  }, (u) => u.pathname === returnTo);
  expect(done.url.href).toBe(`${base}${returnTo}`);
  return { jar, html };
}
