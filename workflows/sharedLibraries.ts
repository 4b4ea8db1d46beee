// Libraries every case uses and none keeps per-case state in: evaluated once per workflow thread
// and shared by all cases (the worker's `bundlerOptions.preloadModules`, see
// workers/createCaseWorker.ts). Imported here as the engine imports them, so the bundle resolves
// them to the same modules (a `require` of the package name would pick its CommonJS build, a
// second copy). Nothing imports this file; the worker preloads it, and package.json lists it
// under `sideEffects` so that the bundler keeps that unused `require`.
export { Temporal } from 'temporal-polyfill';
export { default as Ajv2020 } from 'ajv/dist/2020.js';
export { default as addFormats } from 'ajv-formats';
