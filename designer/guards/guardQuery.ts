import { formatQuery } from 'react-querybuilder/formatQuery';
import { parseJsonLogic } from 'react-querybuilder/parseJsonLogic';
import { fieldTexts } from '../../engine/index.js';
import type { GuardField } from '../../engine/index.js';

/** The comparisons the builder offers, each a JSON Logic operation the engine allows. */
export const GUARD_OPERATORS = ['=', '!=', '<', '<=', '>', '>=', 'contains', 'doesNotContain', 'null', 'notNull'] as const;
/** One of GUARD_OPERATORS. */
export type GuardOperator = typeof GUARD_OPERATORS[number];

const ORDER: GuardOperator[] = ['=', '!=', '<', '<=', '>', '>='];
const EMPTY: GuardOperator[] = ['null', 'notNull'];

/** The comparisons that suit a field: order for numbers and dates, text search for free text, equality for choices. */
export function operatorsFor(field: GuardField): GuardOperator[] {
  if (Array.isArray(field.schema.enum)) return ['=', '!=', ...EMPTY];
  if (field.type === 'boolean') return ['=', ...EMPTY];
  if (field.type === 'number' || field.type === 'integer' || field.schema.format === 'date') return [...ORDER, ...EMPTY];
  return ['=', '!=', 'contains', 'doesNotContain', ...EMPTY];
}

/** What the builder needs besides the fields: form titles, the language, names for comparisons and groups. */
export interface FieldLabels {
  language: 'de' | 'en';
  formTitle(form: string): string;
  operator(op: GuardOperator): string;
  group(source: 'event' | 'data', formTitle: string): string;
  yes: string;
  no: string;
}

/** A choice of the builder (react-querybuilder's option shape). */
export interface BuilderOption { name: string; value: string; label: string }
/** A field of the builder (react-querybuilder's field shape), with the engine's field kept for typing values. */
export interface BuilderField extends BuilderOption {
  [more: string]: unknown;
  guardField: GuardField;
  operators: BuilderOption[];
  inputType: 'number' | 'date' | 'text';
  valueEditorType?: 'select';
  values?: BuilderOption[];
  defaultValue?: string;
}
/** Fields under a heading (one form). */
export interface OptionGroup<T> { label: string; options: T[] }
/** One comparison of a query (react-querybuilder's rule shape, kept here so the back end's type check needs no DOM types). */
export interface RuleType { id?: string; field: string; operator: string; value: unknown }
/** A group of rules joined by `combinator` (react-querybuilder's rule group shape). */
export interface RuleGroupType { id?: string; combinator: string; not?: boolean; rules: (RuleType | RuleGroupType)[] }
const isGroup = (r: RuleType | RuleGroupType): r is RuleGroupType => Array.isArray((r as RuleGroupType).rules);

/** The builder's fields, one option group per form (this event's form first), labelled from the form's texts. */
export function builderFields(fields: GuardField[], labels: FieldLabels): OptionGroup<BuilderField>[] {
  const groups = new Map<string, OptionGroup<BuilderField>>();
  for (const f of fields) {
    const key = `${f.source}:${f.form}`;
    if (!groups.has(key)) groups.set(key, { label: labels.group(f.source, labels.formTitle(f.form)), options: [] });
    const texts = fieldTexts(f.schema, labels.language);
    const choices = Array.isArray(f.schema.enum) ? (f.schema.enum as unknown[]) : undefined;
    const values = choices ? choices.map((v, i) => ({ name: String(v), value: String(v), label: texts.enumTitles?.[i] ?? String(v) }))
      : f.type === 'boolean' ? [{ name: 'true', value: 'true', label: labels.yes }, { name: 'false', value: 'false', label: labels.no }] : undefined;
    const field: BuilderField = {
      name: f.path, value: f.path, label: texts.title ? `${texts.title} (${f.field})` : f.field, guardField: f,
      operators: operatorsFor(f).map((op) => ({ name: op, value: op, label: labels.operator(op) })),
      inputType: f.type === 'number' || f.type === 'integer' ? 'number' : f.schema.format === 'date' ? 'date' : 'text',
      ...(values ? { valueEditorType: 'select' as const, values, defaultValue: values[0]!.name } : {}),
    };
    groups.get(key)!.options.push(field);
  }
  return [...groups.values()];
}

const flat = (groups: OptionGroup<BuilderField>[]) => groups.flatMap((g) => g.options);

/** The JSON value a rule's editor text stands for, typed after the field; undefined while incomplete. */
function typedValue(rule: RuleType, field: GuardField | undefined): unknown {
  if (rule.operator === 'null' || rule.operator === 'notNull') return null;
  const raw: unknown = rule.value;
  if (raw === '' || raw === undefined || raw === null || !field) return undefined;
  if (Array.isArray(field.schema.enum)) return (field.schema.enum as unknown[]).find((v) => String(v) === String(raw));
  if (field.type === 'boolean') return raw === true || raw === 'true' ? true : raw === false || raw === 'false' ? false : undefined;
  if (field.type === 'number' || field.type === 'integer') {
    const n = typeof raw === 'number' ? raw : Number(String(raw).trim().replace(',', '.'));
    return Number.isFinite(n) && (field.type === 'number' || Number.isInteger(n)) ? n : undefined;
  }
  return String(raw);
}

/** The query with typed values; rules still being filled in (no valid value yet) are left out. */
function typed(group: RuleGroupType, byPath: Map<string, GuardField>): RuleGroupType {
  const rules: RuleGroupType['rules'] = [];
  for (const r of group.rules) {
    if (isGroup(r)) rules.push(typed(r, byPath));
    else {
      const value = typedValue(r, byPath.get(r.field));
      if (value !== undefined) rules.push({ ...r, value });
    }
  }
  return { ...group, rules };
}

/**
 * The JSON Logic a query stands for (a single comparison without its `and` around it), or
 * undefined when it has no complete rule (no guard). Values are typed after the field's schema.
 */
export function queryToGuard(query: RuleGroupType, fields: OptionGroup<BuilderField>[]): unknown {
  const byPath = new Map(flat(fields).map((f) => [f.name, f.guardField]));
  const logic = formatQuery(typed(query, byPath) as never, { format: 'jsonlogic' }) as unknown;
  if (logic === false) return undefined;
  const only = logic && typeof logic === 'object' && !query.not ? Object.entries(logic) : [];
  if (only.length === 1 && (only[0]![0] === 'and' || only[0]![0] === 'or') && Array.isArray(only[0]![1]) && only[0]![1].length === 1) return only[0]![1][0];
  return logic;
}

/** Whether every rule uses a field and operator the builder offers there (choices among their values). */
function offered(group: RuleGroupType, byPath: Map<string, BuilderField>): boolean {
  return group.rules.every((r) => {
    if (isGroup(r)) return offered(r, byPath);
    const field = byPath.get(r.field);
    if (!field || !operatorsFor(field.guardField).includes(r.operator as GuardOperator)) return false;
    return !field.values || r.operator === 'null' || r.operator === 'notNull' || field.values.some((v) => v.name === String(r.value));
  });
}

/**
 * The builder's query for a guard, or undefined when the builder cannot show it faithfully:
 * only a guard that comes back identical from the query (same fields, operators, typed values)
 * is shown in the builder; anything else stays text, so nothing is ever lost.
 */
export function guardToQuery(guard: unknown, fields: OptionGroup<BuilderField>[]): RuleGroupType | undefined {
  if (guard === undefined) return { combinator: 'and', rules: [] };
  if (!guard || typeof guard !== 'object') return undefined;
  const list = flat(fields);
  try {
    const query = parseJsonLogic(guard as never, { fields: list as never }) as unknown as RuleGroupType;
    const byPath = new Map(list.map((f) => [f.name, f]));
    if (!offered(query, byPath)) return undefined;
    return JSON.stringify(queryToGuard(query, fields)) === JSON.stringify(guard) ? query : undefined;
  } catch {
    return undefined;
  }
}
