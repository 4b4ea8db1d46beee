import type { Principal } from './Principal.js';

const escape = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

const KIND: Record<Principal['kind'], string> = {
  citizen: 'Bürger:in / citizen', company: 'Unternehmen / company', staff: 'Behörde / staff', designer: 'Ministerium / designer',
};

/** What the login page shows. */
export interface LoginPageInput {
  /** Where the form posts the chosen identity. */
  action: string;
  /** Where "cancel" goes. */
  abort: string;
  identities: readonly Principal[];
  /** The client asking, shown so a developer sees which app they log in to. */
  clientId: string;
}

/** The page's only style, allowed by its hash in the Content Security Policy (no other inline style is). */
export const LOGIN_PAGE_STYLE = `
body { font: 16px/1.5 system-ui, sans-serif; max-width: 40rem; margin: 2rem auto; padding: 0 1rem; }
.warning { border: 3px solid #b00020; background: #fdecea; padding: 0.75rem 1rem; }
select, button { font: inherit; padding: 0.4rem; }
select { width: 100%; margin: 0.5rem 0 1rem; }
`;

/**
 * The dev IdP's login page: pick a test identity, no password. It says in German and English
 * that this is a development IdP, so nobody mistakes a misconfigured deployment for a real login.
 */
export function renderLoginPage(input: LoginPageInput): string {
  const options = input.identities.map((p) => `<option value="${escape(p.sub)}">${escape(p.name)} — ${KIND[p.kind]}${p.authority ? ` (${escape(p.authority)})` : ''}, ${p.assurance}</option>`);
  return `<!doctype html>
<html lang="de">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>Entwicklungs-Anmeldung / Development login</title>
<style>${LOGIN_PAGE_STYLE}</style>
</head>
<body>
<div class="warning" role="alert">
<p lang="de"><strong>Entwicklungs-Identitätsanbieter — nicht für den Produktivbetrieb.</strong> Hier gibt es nur Testidentitäten ohne Passwort; jede Person, die diese Seite erreicht, kann sich als jede von ihnen anmelden.</p>
<p lang="en"><strong>Development identity provider — not for production.</strong> It only knows test identities without passwords; anyone who reaches this page can log in as any of them.</p>
</div>
<h1>Anmelden / Log in</h1>
<p>Anwendung / Application: <code>${escape(input.clientId)}</code></p>
<form method="post" action="${escape(input.action)}">
<label for="identity">Testidentität / Test identity</label>
<select id="identity" name="identity" required>
${options.join('\n')}
</select>
<button type="submit">Anmelden / Log in</button>
<a href="${escape(input.abort)}">Abbrechen / Cancel</a>
</form>
</body>
</html>
`;
}
