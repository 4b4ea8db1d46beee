import { useEffect, useMemo, useRef, useState } from 'react';
import { QueryBuilder } from 'react-querybuilder';
import type { Field, OptionGroup as RqbGroup, RuleGroupType } from 'react-querybuilder';
import { useTranslation } from 'react-i18next';
import { GuardAction, GuardValue, LabelledSelect } from './controls.js';
import type { GuardContext } from './controls.js';
import { guardToQuery, queryToGuard } from './guardQuery.js';
import type { BuilderField, OptionGroup, RuleGroupType as GuardQuery } from './guardQuery.js';

const EMPTY: RuleGroupType = { combinator: 'and', rules: [] };
const toRqb = (q: GuardQuery | undefined) => q as unknown as RuleGroupType | undefined;
const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
const BUTTON = 'kern-btn kern-btn--secondary kern-btn--small';
const REMOVE = 'kern-btn kern-btn--tertiary kern-btn--small';
const CLASSES = {
  queryBuilder: 'dz-guard-builder', ruleGroup: 'dz-guard-group', header: 'dz-guard-header', body: 'dz-guard-body', rule: 'dz-guard-rule',
  addRule: BUTTON, addGroup: BUTTON, removeRule: REMOVE, removeGroup: REMOVE,
};
const CONTROLS = { valueSelector: LabelledSelect, valueEditor: GuardValue, actionElement: GuardAction };

/** Props: the id prefix of its controls, the guard, the fields available at the transition, and what to do with a changed guard. */
export interface GuardBuilderProps {
  id: string;
  guard: unknown;
  fields: OptionGroup<BuilderField>[];
  onCommit(guard: unknown): void;
}

/**
 * The visual rule builder (react-querybuilder) for a guard the builder can show (`guardToQuery`):
 * rules on the fields that exist at the transition, combined with and/or, in nested groups.
 * Each complete change is written back as JSON Logic at once; a rule still being filled in stays
 * on screen without reaching the definition. An outside change (undo, text view) replaces the query.
 */
export function GuardBuilder({ id, guard, fields, onCommit }: GuardBuilderProps) {
  const { t } = useTranslation('guards');
  const [query, setQuery] = useState<RuleGroupType>(() => toRqb(guardToQuery(guard, fields)) ?? EMPTY);
  const written = useRef(guard);
  useEffect(() => {
    if (same(guard, written.current)) return;
    written.current = guard;
    const next = toRqb(guardToQuery(guard, fields));
    if (next) setQuery(next);
  }, [guard, fields]);
  const change = (next: RuleGroupType) => {
    setQuery(next);
    const logic = queryToGuard(next as unknown as GuardQuery, fields);
    if (same(logic, written.current)) return;
    written.current = logic;
    onCommit(logic);
  };
  const translations = useMemo(() => ({
    fields: { title: t('field') }, operators: { title: t('operator') }, values: { title: t('value') }, value: { title: t('value') }, combinators: { title: t('combinator') },
    addRule: { label: t('addRule'), title: t('addRule') }, addGroup: { label: t('addGroup'), title: t('addGroup') },
    removeRule: { label: t('removeRule'), title: t('removeRule') }, removeGroup: { label: t('removeGroup'), title: t('removeGroup') },
  }), [t]);
  const combinators = useMemo(() => [{ name: 'and', value: 'and', label: t('and') }, { name: 'or', value: 'or', label: t('or') }], [t]);
  const context: GuardContext = useMemo(() => ({ idPrefix: id }), [id]);
  return (
    <QueryBuilder fields={fields as unknown as RqbGroup<Field>[]} query={query} onQueryChange={change} combinators={combinators} translations={translations}
      controlElements={CONTROLS} controlClassnames={CLASSES} context={context} resetOnFieldChange autoSelectField autoSelectOperator />
  );
}
