import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONFIG_VARIABLES, ConfigError, loadDotEnv, projectRoot, readConfig } from './index.js';

describe('readConfig()', () => {
  it('defaults to the .data folder of the project, wherever the command runs', () => {
    const config = readConfig({});
    expect(config).toMatchObject({ port: 8080, publicUrl: 'http://localhost:8080', dataDir: join(projectRoot, '.data'), pgPort: 5433, logLevel: 'info', maxTokenLifetimeSeconds: 3600, consentMaxDuration: 'P90D', deadlineNearDays: 3 });
    expect(config.pkiDir).toBe(join(projectRoot, '.data', 'pki'));
    expect(config.payloadKeyFile).toBe(join(projectRoot, '.data', 'keys', 'payload.json'));
  });

  it('takes a relative AMTSWEG_DATA_DIR from the project folder, and the PKI and keys follow it (issue 8)', () => {
    const config = readConfig({ AMTSWEG_DATA_DIR: 'run/a' });
    expect(config.dataDir).toBe(join(projectRoot, 'run', 'a'));
    expect(config.pkiDir).toBe(join(projectRoot, 'run', 'a', 'pki'));
  });

  it('names every malformed variable at once', () => {
    let error: unknown;
    try {
      readConfig({ PORT: 'eighty', DATABASE_URL: 'mysql://x', LOG_LEVEL: 'loud', TEMPORAL_ADDRESS: 'http://t:7233', AMTSWEG_MAX_TOKEN_LIFETIME: '1h', AMTSWEG_CONSENT_MAX_DURATION: 'P99999Y', AMTSWEG_DEADLINE_NEAR_DAYS: '-1' });
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as ConfigError).problems).toEqual([
      'PORT must be a port number (1–65535), not "eighty"',
      'LOG_LEVEL must be one of trace, debug, info, warn, error, fatal, not "loud"',
      'AMTSWEG_CONSENT_MAX_DURATION must be a number of days from P1D to P3650D, not "P99999Y"',
      'AMTSWEG_DEADLINE_NEAR_DAYS must be a whole number of days from 0 to 30, not "-1"',
      'TEMPORAL_ADDRESS must be host:port, not "http://t:7233"',
      'DATABASE_URL must be a postgres: or postgresql: URL, not "mysql://x"',
      'AMTSWEG_MAX_TOKEN_LIFETIME must be a whole number of seconds (1 or more), not "1h"',
    ]);
  });

  it('reads a .env file, and the environment wins over it', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'amtsweg-env-')), '.env');
    writeFileSync(file, 'AMTSWEG_TEST_FROM_FILE=file\nAMTSWEG_TEST_BOTH=file\n');
    process.env.AMTSWEG_TEST_BOTH = 'shell';
    try {
      expect(loadDotEnv(file)).toBe(file);
      expect([process.env.AMTSWEG_TEST_FROM_FILE, process.env.AMTSWEG_TEST_BOTH]).toEqual(['file', 'shell']);
    } finally {
      delete process.env.AMTSWEG_TEST_FROM_FILE;
      delete process.env.AMTSWEG_TEST_BOTH;
    }
  });
});

describe('the README environment table', () => {
  it('lists exactly the variables of CONFIG_VARIABLES, in order', () => {
    const readme = readFileSync(join(projectRoot, 'README.md'), 'utf8');
    const section = readme.split('## Environment')[1]?.split('\n## ')[0] ?? '';
    const names = [...section.matchAll(/^\| `([A-Z_]+)` \|/gm)].map((m) => m[1]);
    expect(names).toEqual(CONFIG_VARIABLES.map((v) => v.name));
  });
});
