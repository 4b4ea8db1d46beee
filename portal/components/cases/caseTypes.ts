import type { paths } from '../../../ui/index.js';

// The API's answers as the generated client types declare them (ui/api/schema.d.ts, from the
// server's response schemas): one source, so the portal cannot drift from the API.

/** A case as `GET /api/cases/:id` answers: state, the events it accepts now, deadlines, history, parties. */
export type CaseView = paths['/api/cases/{id}']['get']['responses'][200]['content']['application/json'];

/** A row of `GET /api/cases`. */
export type CaseListItem = paths['/api/cases']['get']['responses'][200]['content']['application/json']['items'][number];

/** A document of a case without its content (`GET /api/cases/:id/documents`). */
export type CaseDocumentEntry = paths['/api/cases/{id}/documents']['get']['responses'][200]['content']['application/json'][number];
