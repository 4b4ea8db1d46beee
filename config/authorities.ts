import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { GERMAN_STATES } from '../engine/index.js';
import type { GermanState } from '../engine/index.js';
import { ConfigError, projectRoot } from './readConfig.js';

/** An authority of the installation as documents and mails name it. */
export interface AuthorityProfile {
  /** The name as it heads a Bescheid, German and English. */
  name: { de: string; en: string };
  /** Postal address lines (street, postcode and town). */
  address: string[];
  /** The state whose public holidays end a Frist (§ 193 BGB, § 31 (3) VwVfG). */
  state: GermanState;
  /** Functional mailbox of its staff; notices to the authority go there too when set. */
  email?: string;
}

/** Every authority of the installation by id (the `authority` of a procedure). */
export type Authorities = Record<string, AuthorityProfile>;

/** The development authorities of Musterstadt, used when `AMTSWEG_AUTHORITIES` is unset. */
export const DEFAULT_AUTHORITIES_FILE = resolve(projectRoot, 'config', 'authorities.json');

function problemsOf(id: string, value: unknown): string[] {
  const where = `authority "${id}"`;
  if (!value || typeof value !== 'object') return [`${where} must be an object`];
  const a = value as Record<string, unknown>;
  const problems: string[] = [];
  const name = a.name as Record<string, unknown> | undefined;
  if (!name || typeof name.de !== 'string' || typeof name.en !== 'string' || !name.de || !name.en) problems.push(`${where}: name needs "de" and "en" texts`);
  if (!Array.isArray(a.address) || !a.address.length || a.address.some((l) => typeof l !== 'string' || !l)) problems.push(`${where}: address must be a list of non-empty lines`);
  if (!GERMAN_STATES.includes(a.state as GermanState)) problems.push(`${where}: state must be one of ${GERMAN_STATES.join(', ')}, not ${JSON.stringify(a.state)}`);
  if (a.email !== undefined && (typeof a.email !== 'string' || !/^[^\s@]+@[^\s@]+$/.test(a.email))) problems.push(`${where}: email is not an address: ${JSON.stringify(a.email)}`);
  const unknown = Object.keys(a).filter((k) => !['name', 'address', 'state', 'email'].includes(k));
  if (unknown.length) problems.push(`${where}: unknown field(s) ${unknown.join(', ')}`);
  return problems;
}

/**
 * Reads the authorities file (JSON: id → profile; keys starting with `$` are comments) and
 * checks it: a ConfigError names every problem at once, with the file.
 */
export function loadAuthorities(file = DEFAULT_AUTHORITIES_FILE): Authorities {
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(file, 'utf8'));
  } catch (e) {
    throw new ConfigError([`AMTSWEG_AUTHORITIES: cannot read ${file}: ${(e as Error).message}`]);
  }
  if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) throw new ConfigError([`AMTSWEG_AUTHORITIES: ${file} must hold an object of authorities by id`]);
  const entries = Object.entries(parsed).filter(([id]) => !id.startsWith('$'));
  const problems = entries.flatMap(([id, value]) => problemsOf(id, value));
  if (problems.length) throw new ConfigError(problems.map((p) => `AMTSWEG_AUTHORITIES (${file}): ${p}`));
  return Object.fromEntries(entries) as Authorities;
}
