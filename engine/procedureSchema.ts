/**
 * The meta-schema of `procedure.json` (JSON Schema 2020-12). Editors validate against the
 * committed copy `engine/procedure.schema.json` (regenerate it with `amtsweg schema`); the
 * engine uses this module so it needs no file system.
 */
import { effectSchema } from './effects/effectSchema.js';
import { DOCUMENT_KINDS, KINDS_NEEDING_REMEDY } from './types.js';

const id = '^[a-z][a-z0-9-]{1,62}$';
const name = '^[a-z][A-Za-z0-9]{0,62}$';
const stateName = '^[A-Za-z][A-Za-z0-9_]{0,62}$';
/** A sibling state, or `#a.b`: a state by its path from the root. */
const target = '^#?[A-Za-z][A-Za-z0-9_]{0,62}(\\.[A-Za-z][A-Za-z0-9_]{0,62}){0,8}$';

/** Names of document and notification templates (`bau-ablehnung`, `gewerbeanmeldebescheinigung`). */
const template = '^[a-z][a-z0-9-]{0,62}$';

/** The meta-schema as a value. */
export const procedureSchema = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://amtsweg.example/procedure.schema.json',
  title: 'Amtsweg procedure definition',
  type: 'object',
  required: ['id', 'version', 'title', 'authority', 'legalBasis', 'roles', 'events', 'machine'],
  additionalProperties: false,
  properties: {
    $schema: { type: 'string' },
    id: { type: 'string', pattern: id },
    version: { type: 'integer', minimum: 1 },
    title: { $ref: '#/$defs/text' },
    description: { $ref: '#/$defs/text' },
    leika: { type: 'string', pattern: '^[0-9]{14}$' },
    authority: { type: 'string', pattern: id },
    authorityTitle: { $ref: '#/$defs/text' },
    lifeSituations: { type: 'array', uniqueItems: true, maxItems: 10, items: { $ref: '#/$defs/text' } },
    fee: { $ref: '#/$defs/text' },
    legalBasis: { type: 'string', minLength: 1, maxLength: 500 },
    roles: {
      type: 'object', minProperties: 1, propertyNames: { pattern: name },
      additionalProperties: {
        type: 'object', required: ['kind'], additionalProperties: false,
        properties: {
          kind: { enum: ['citizen', 'staff'] }, title: { $ref: '#/$defs/text' }, description: { $ref: '#/$defs/text' },
          authority: { type: 'string', pattern: id },
          joinable: { type: 'boolean', description: 'citizen roles: any citizen or company may join an open case in this role (the bidders of a tender)' },
        },
      },
    },
    recipients: {
      type: 'object', propertyNames: { pattern: name },
      additionalProperties: {
        type: 'object', required: ['title'], additionalProperties: false,
        properties: { title: { $ref: '#/$defs/text' }, legalBasis: { type: 'string' } },
      },
    },
    forms: {
      type: 'object', propertyNames: { pattern: name },
      additionalProperties: {
        type: 'object', required: ['schema'], additionalProperties: false,
        properties: {
          title: { $ref: '#/$defs/text' },
          schema: { type: 'object', required: ['type'], properties: { type: { const: 'object' } } },
          uiSchema: { type: 'object' },
          public: { type: 'boolean', description: 'its data is published (a contract notice): anyone may read it while the case can be joined' },
        },
      },
    },
    events: {
      type: 'object', minProperties: 1, propertyNames: { pattern: '^[A-Z][A-Z0-9_]{0,62}$' },
      additionalProperties: {
        type: 'object', required: ['by'], additionalProperties: false,
        properties: {
          by: { type: 'array', minItems: 1, uniqueItems: true, items: { type: 'string' } },
          form: { type: 'string' },
          signature: { enum: ['none', 'citizen', 'seal'] },
          title: { $ref: '#/$defs/text' },
          keepData: { type: 'boolean' },
          quorum: { type: 'integer', minimum: 1, maximum: 9 },
        },
      },
    },
    machine: {
      type: 'object', required: ['initial', 'states'], additionalProperties: false,
      properties: { initial: { type: 'string' }, states: { $ref: '#/$defs/states' } },
    },
    dataCategories: {
      type: 'object', propertyNames: { pattern: name },
      additionalProperties: {
        type: 'object', additionalProperties: false,
        properties: { consentRequired: { type: 'boolean' }, title: { $ref: '#/$defs/text' }, description: { $ref: '#/$defs/text' } },
      },
    },
    consentPurposes: {
      type: 'object', propertyNames: { pattern: '^[a-z][a-z0-9-]{0,62}$' },
      additionalProperties: {
        type: 'object', required: ['title'], additionalProperties: false,
        properties: { title: { $ref: '#/$defs/text' } },
      },
    },
    documents: {
      type: 'object', propertyNames: { pattern: template },
      additionalProperties: {
        type: 'object', required: ['kind', 'title', 'tenor', 'reasons'], additionalProperties: false,
        properties: {
          kind: { enum: [...DOCUMENT_KINDS] },
          title: { $ref: '#/$defs/template' }, addressee: { $ref: '#/$defs/template' }, tenor: { $ref: '#/$defs/template' },
          reasons: { $ref: '#/$defs/template' }, notes: { $ref: '#/$defs/template' },
          remedy: { $ref: '#/$defs/template', description: 'Rechtsbehelfsbelehrung (§ 37 Abs. 6 VwVfG); required for bescheid and ablehnung' },
        },
        if: { properties: { kind: { enum: [...KINDS_NEEDING_REMEDY] } } },
        then: { required: ['remedy'], properties: { remedy: { $ref: '#/$defs/template' } } },
      },
    },
    notifications: {
      type: 'object', propertyNames: { pattern: template },
      additionalProperties: {
        type: 'object', required: ['subject', 'body'], additionalProperties: false,
        properties: { subject: { $ref: '#/$defs/template' }, body: { $ref: '#/$defs/template' } },
      },
    },
    assuranceLevel: { enum: ['basic', 'substantial', 'high'] },
    retention: { type: 'string' },
  },
  $defs: {
    text: {
      type: 'object', required: ['de', 'en'], additionalProperties: false,
      properties: { de: { type: 'string', minLength: 1 }, en: { type: 'string', minLength: 1 } },
    },
    template: {
      type: 'object', required: ['de', 'en'], additionalProperties: false, description: 'a Mustache template in German and English',
      properties: { de: { type: 'string', minLength: 1, maxLength: 20000 }, en: { type: 'string', minLength: 1, maxLength: 20000 } },
    },
    states: { type: 'object', minProperties: 1, propertyNames: { pattern: stateName }, additionalProperties: { $ref: '#/$defs/state' } },
    state: {
      type: 'object', additionalProperties: false,
      properties: {
        type: { enum: ['atomic', 'compound', 'parallel', 'final'] },
        initial: { type: 'string' },
        states: { $ref: '#/$defs/states' },
        on: { type: 'object', additionalProperties: { $ref: '#/$defs/transitions' } },
        after: { type: 'object', additionalProperties: { $ref: '#/$defs/transitions' } },
        onDone: { $ref: '#/$defs/transitions' },
        always: { $ref: '#/$defs/transitions', description: 'eventless transitions: the first alternative whose guard holds is taken at once' },
        entry: { $ref: '#/$defs/effects' },
        exit: { $ref: '#/$defs/effects' },
        description: { type: 'string' },
        meta: {
          type: 'object', additionalProperties: false,
          properties: { title: { $ref: '#/$defs/text', description: 'the state as citizens and clerks read it ("In Prüfung")' } },
        },
      },
    },
    transitions: {
      anyOf: [
        { type: 'string', pattern: target },
        { $ref: '#/$defs/transition' },
        { type: 'array', minItems: 1, items: { $ref: '#/$defs/transition' } },
      ],
    },
    transition: {
      type: 'object', additionalProperties: false,
      properties: {
        target: { type: 'string', pattern: target },
        guard: { type: ['object', 'boolean'] },
        actions: { $ref: '#/$defs/effects' },
        description: { type: 'string' },
      },
    },
    effects: { type: 'array', items: { $ref: '#/$defs/effect' } },
    // Each effect type's params are declared once, in effects/effectParams.ts.
    effect: effectSchema(),
  },
} as const;
