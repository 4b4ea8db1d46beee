// Lint, including the dependency direction of ARCHITECTURE.md as import rules:
// engine ← everything (config too); config ← every entry point; store ← workers, server; nobody imports server or workers;
// ui ← portal, workbench, designer, which reach the back end over HTTP only.
import { builtinModules } from 'node:module';
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const FOLDERS = ['engine', 'config', 'documents', 'definitions', 'workflows', 'workers', 'store', 'server', 'cli', 'ui', 'portal', 'workbench', 'designer', 'scripts', 'tests'];
const UI_APPS = ['portal', 'workbench', 'designer'];
const nodeBuiltins = [...builtinModules, ...builtinModules.map((m) => `node:${m}`)];

/**
 * Imports of another folder must go through its index.ts — or its workflow.ts, the narrower
 * entry for workflow code (each case evaluates every module its workflow imports).
 */
const onlyThroughIndex = { regex: `^(\\.\\./)+(${FOLDERS.join('|')})/(?!(index|workflow)\\.js$).+`, message: 'Import another folder only through its index.ts (workflow code: its workflow.ts).' };
const forbid = (folders, why) => ({ regex: `^(\\.\\./)+(${folders.join('|')})(/|$)`, message: why });

/** One rule set per folder: which folders it may not reach. */
function direction(files, forbidden, { builtins = true, extra = [] } = {}) {
  return {
    files,
    rules: {
      '@typescript-eslint/no-restricted-imports': ['error', {
        paths: builtins ? [] : nodeBuiltins.map((name) => ({ name, message: 'This folder is pure: no Node built-ins (it runs in workflows and browsers).' })),
        patterns: [onlyThroughIndex, ...(forbidden.length ? [forbid(forbidden, 'Dependency direction (ARCHITECTURE.md): this folder may not import that one.')] : []), ...extra],
      }],
    },
  };
}

export default tseslint.config(
  { ignores: ['node_modules/**', '.data/**', '.tools/**', 'dist/**', '**/dist/**', 'coverage/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-eval': 'error',
      'no-new-func': 'error',
    },
  },
  direction(['engine/**/*.ts'], FOLDERS.filter((f) => f !== 'engine'), { builtins: false }),
  // The browser side: the kit uses the pure engine; each app the kit and the engine, nothing else.
  direction(['ui/**/*.{ts,tsx}'], FOLDERS.filter((f) => f !== 'ui' && f !== 'engine'), { builtins: false }),
  ...UI_APPS.map((app) => direction([`${app}/**/*.{ts,tsx}`], FOLDERS.filter((f) => f !== app && f !== 'ui' && f !== 'engine'), { builtins: false })),
  { files: ['{ui,portal,workbench,designer}/**/*.{ts,tsx}'], languageOptions: { globals: { ...globals.browser } } },
  direction(['workflows/**/*.ts'], ['definitions', 'store', 'server', 'cli', 'scripts', 'ui', ...UI_APPS], {
    builtins: false,
    extra: [{ regex: '^(\\.\\./)+workers(/|$)', allowTypeImports: true, message: 'Workflows import activities only as types.' }],
  }),
  direction(['config/**/*.ts'], FOLDERS.filter((f) => f !== 'config' && f !== 'engine')),
  direction(['documents/**/*.ts'], FOLDERS.filter((f) => f !== 'documents' && f !== 'engine' && f !== 'config')),
  direction(['store/**/*.ts'], ['definitions', 'workflows', 'workers', 'server', 'cli', 'ui', ...UI_APPS]),
  direction(['workers/**/*.ts'], ['server', 'cli', 'ui', ...UI_APPS]),
  direction(['server/**/*.ts'], ['workers', 'cli', 'ui', ...UI_APPS]),
  direction(['definitions/**/*.ts'], FOLDERS.filter((f) => f !== 'engine' && f !== 'definitions')),
  direction(['cli/**/*.ts'], ['workers', 'ui', ...UI_APPS]),
  {
    files: ['**/*.test.ts', 'tests/**/*.ts', '**/testing/**/*.ts'],
    // Tests read JSON answers loosely; assertions, not types, check their shape.
    rules: { '@typescript-eslint/no-restricted-imports': 'off', '@typescript-eslint/no-explicit-any': 'off' },
  },
);
