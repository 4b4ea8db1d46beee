import { Migration20261127000000_effects } from './Migration20261127000000_effects.js';
import { Migration20261127010000_caseRuntime } from './Migration20261127010000_caseRuntime.js';
import { Migration20261127020000_transparency } from './Migration20261127020000_transparency.js';
import { Migration20261130000000_sessions } from './Migration20261130000000_sessions.js';
import { Migration20261130010000_publishing } from './Migration20261130010000_publishing.js';
import { Migration20261201010000_sealedDocuments } from './Migration20261201010000_sealedDocuments.js';
import { Migration20261202000000_documentCategories } from './Migration20261202000000_documentCategories.js';
import { Migration20261202010000_consentRequests } from './Migration20261202010000_consentRequests.js';
import { Migration20261202020000_appendOnlyTruncate } from './Migration20261202020000_appendOnlyTruncate.js';
import { Migration20261203010000_messages } from './Migration20261203010000_messages.js';
import { Migration20261203000000_drafts } from './Migration20261203000000_drafts.js';
import { Migration20261204000000_rateLimits } from './Migration20261204000000_rateLimits.js';
import { Migration20261204010000_oidcModels } from './Migration20261204010000_oidcModels.js';
import { Migration20261205000000_workbench } from './Migration20261205000000_workbench.js';
import { Migration20261205010000_formFiles } from './Migration20261205010000_formFiles.js';
import { Migration20261206000000_savedFilters } from './Migration20261206000000_savedFilters.js';
import { Migration20261206050000_definitionLayout } from './Migration20261206050000_definitionLayout.js';
import { Migration20261206020000_draftRevision } from './Migration20261206020000_draftRevision.js';
import { Migration20261206010000_closedCases } from './Migration20261206010000_closedCases.js';
import { Migration20261207000000_definitionContentJson } from './Migration20261207000000_definitionContentJson.js';
import { Migration20261207000000_claimLeases } from './Migration20261207000000_claimLeases.js';

/** All migrations in order; listed explicitly so no file discovery happens at run time. */
export const migrationsList = [
  { name: 'Migration20261127000000_effects', class: Migration20261127000000_effects },
  { name: 'Migration20261127010000_caseRuntime', class: Migration20261127010000_caseRuntime },
  { name: 'Migration20261127020000_transparency', class: Migration20261127020000_transparency },
  { name: 'Migration20261130000000_sessions', class: Migration20261130000000_sessions },
  { name: 'Migration20261130010000_publishing', class: Migration20261130010000_publishing },
  { name: 'Migration20261201010000_sealedDocuments', class: Migration20261201010000_sealedDocuments },
  { name: 'Migration20261202000000_documentCategories', class: Migration20261202000000_documentCategories },
  { name: 'Migration20261202010000_consentRequests', class: Migration20261202010000_consentRequests },
  { name: 'Migration20261202020000_appendOnlyTruncate', class: Migration20261202020000_appendOnlyTruncate },
  { name: 'Migration20261203010000_messages', class: Migration20261203010000_messages },
  { name: 'Migration20261203000000_drafts', class: Migration20261203000000_drafts },
  { name: 'Migration20261204000000_rateLimits', class: Migration20261204000000_rateLimits },
  { name: 'Migration20261204010000_oidcModels', class: Migration20261204010000_oidcModels },
  { name: 'Migration20261205000000_workbench', class: Migration20261205000000_workbench },
  { name: 'Migration20261205010000_formFiles', class: Migration20261205010000_formFiles },
  { name: 'Migration20261206000000_savedFilters', class: Migration20261206000000_savedFilters },
  { name: 'Migration20261206050000_definitionLayout', class: Migration20261206050000_definitionLayout },
  { name: 'Migration20261206020000_draftRevision', class: Migration20261206020000_draftRevision },
  { name: 'Migration20261206010000_closedCases', class: Migration20261206010000_closedCases },
  { name: 'Migration20261207000000_definitionContentJson', class: Migration20261207000000_definitionContentJson },
  { name: 'Migration20261207000000_claimLeases', class: Migration20261207000000_claimLeases },
];
