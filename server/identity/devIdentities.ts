import type { Principal } from './Principal.js';

const clerk = (sub: string, name: string, authority: string): Principal =>
  ({ sub, name, kind: 'staff', authority, assurance: 'substantial', email: `${sub}@example.org` });

/**
 * Test identities of the development identity provider. No passwords: whoever reaches the dev
 * IdP picks one. Erika Mustermann is the standard test identity of the German eID; staff cover
 * every authority of the catalogue in definitions/.
 */
export const DEV_IDENTITIES: readonly Principal[] = [
  { sub: 'erika', name: 'Erika Mustermann', kind: 'citizen', assurance: 'high', email: 'erika.mustermann@example.org' },
  { sub: 'jonas', name: 'Jonas Beispiel', kind: 'citizen', assurance: 'substantial', email: 'jonas.beispiel@example.org' },
  { sub: 'lena', name: 'Lena Probe', kind: 'citizen', assurance: 'basic', email: 'lena.probe@example.org' },
  { sub: 'musterbau', name: 'Max Mustermann für Musterbau GmbH', kind: 'company', assurance: 'substantial', email: 'max.mustermann@musterbau.example.org' },
  clerk('clerk-gewerbe', 'Gerda Gewerbe (Gewerbeamt)', 'gewerbeamt'),
  // A colleague in the trade office: the workbench assigns cases to colleagues.
  clerk('clerk-gewerbe-2', 'Gustav Gewerbe (Gewerbeamt)', 'gewerbeamt'),
  clerk('clerk-bau', 'Bernd Bau (Bauaufsicht)', 'bauaufsicht'),
  clerk('clerk-buerger', 'Bärbel Bürger (Bürgeramt)', 'buergeramt'),
  clerk('clerk-melde', 'Moritz Melde (Meldebehörde)', 'meldebehoerde'),
  clerk('clerk-datenschutz', 'Dora Datenschutz (Datenschutzstelle)', 'datenschutzstelle'),
  // Asked for statements in a building permit (Baugenehmigung): they see a case only while asked.
  clerk('clerk-brandschutz', 'Frieda Feuer (Kreisbrandinspektion)', 'brandschutz'),
  clerk('clerk-denkmal', 'Dieter Denkmal (Denkmalschutzbehörde)', 'denkmalschutz'),
  clerk('clerk-vergabe', 'Volker Vergabe (Vergabestelle)', 'vergabestelle'),
  // Bids are opened by two officials (§ 55 Abs. 2 VgV).
  clerk('clerk-vergabe-2', 'Vera Vergabe (Vergabestelle)', 'vergabestelle'),
  { sub: 'designer', name: 'Dana Designer (Ministerium)', kind: 'designer', assurance: 'substantial', email: 'designer@example.org' },
  // A second designer: publishing needs another designer's approval (four eyes).
  { sub: 'designer-2', name: 'Deniz Designer (Ministerium)', kind: 'designer', assurance: 'substantial', email: 'designer-2@example.org' },
];
