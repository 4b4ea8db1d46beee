import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DefinitionIssue } from '../../engine/index.js';
import type { DefinitionVersion } from '../api/definitions.js';
import type { CoverageOverlay } from '../canvas/toFlow.js';
import { pointerTarget } from '../model/index.js';
import type { JsonObject } from '../model/index.js';
import { AddStateForm } from './AddStateForm.js';
import { AddTransitionForm } from './AddTransitionForm.js';
import { CategoriesPanel } from './CategoriesPanel.js';
import { ConsentPurposesPanel } from './ConsentPurposesPanel.js';
import { DiagramSlot } from './DiagramSlot.js';
import { EditorContext } from './editorContext.js';
import { EffectsPanel } from './EffectsPanel.js';
import type { EffectRequest } from './EffectsPanel.js';
import { placeKey } from './effectPlaces.js';
import type { EditorApi } from './editorContext.js';
import { elementFor, stateRowId } from './elementIds.js';
import { EventList } from './EventList.js';
import { FormsPanel } from './forms/FormsPanel.js';
import { formElementFor } from './forms/formIds.js';
import { ProblemsPanel } from './ProblemsPanel.js';
import { PublishPanel } from './PublishPanel.js';
import { RecipientsPanel } from './RecipientsPanel.js';
import { RolesPanel } from './RolesPanel.js';
import { SaveBar } from './SaveBar.js';
import { SectionMenu } from './SectionMenu.js';
import { SimulationPanel } from '../simulation/SimulationPanel.js';
import { SettingsForm } from './SettingsForm.js';
import { StateTree } from './StateTree.js';
import { TemplatesPanel } from './TemplatesPanel.js';
import { TransitionTable } from './TransitionTable.js';
import { useDraftHistory } from './useDraftHistory.js';
import { useValidation } from './useValidation.js';

/** Props: the stored draft with its ETag, the published version, and what to do after publishing or reloading. */
export interface DraftEditorProps {
  draft: DefinitionVersion;
  etag: string;
  published: { version: number; content: JsonObject } | undefined;
  onReload(message?: string): void;
}

/** The editor: save bar, problems, diagram slot, text view (states, roles, recipients, events, forms, transitions, effects, categories, consent purposes, templates), simulation, publishing. */
export function DraftEditor({ draft, etag, published, onReload }: DraftEditorProps) {
  const { t, i18n } = useTranslation('editor');
  const { t: tp } = useTranslation('panels');
  const history = useDraftHistory(draft.content);
  const result = useValidation(history.definition);
  const [selectedRow, setSelectedRow] = useState<string | undefined>();
  const [selectedPath, setSelectedPath] = useState<string | undefined>();
  // `fallback`: the element to focus when `field` is not there (a parameter the effect's form does not show).
  const [focusRequest, setFocusRequest] = useState<{ field: string; fallback?: string } | undefined>();
  // A finding about an effect: the effects panel shows its place and opens its form.
  const [effectRequest, setEffectRequest] = useState<EffectRequest | undefined>();
  // The simulation's coverage once shown there, drawn on the canvas as well.
  const [coverage, setCoverage] = useState<CoverageOverlay | undefined>();
  const language = i18n.language === 'en' ? 'en' : 'de';
  const api = useMemo<EditorApi>(() => ({ definition: history.definition, edit: history.edit, selectedRow, language }), [history.definition, history.edit, selectedRow, language]);

  useEffect(() => {
    if (!focusRequest) return;
    const el = document.getElementById(focusRequest.field) ?? (focusRequest.fallback ? document.getElementById(focusRequest.fallback) : null);
    el?.scrollIntoView({ block: 'center' });
    el?.focus();
  }, [focusRequest]);

  const choose = (issue: DefinitionIssue) => {
    const target = pointerTarget(history.definition, issue.path);
    const element = formElementFor(issue.path) ?? elementFor(target);
    setSelectedRow(element?.row);
    setSelectedPath(target.kind === 'state' ? target.id : target.kind === 'transition' ? target.ref.source
      : target.kind === 'effect' ? (target.place.kind === 'transition' ? target.place.ref.source : target.place.state) : undefined);
    if (target.kind === 'effect') {
      setEffectRequest((last) => ({ key: placeKey(target.place), index: target.index, open: target.field?.startsWith('params/') ?? false, n: (last?.n ?? 0) + 1 }));
    }
    if (element) setFocusRequest({ field: element.field, ...(target.kind === 'effect' ? { fallback: `effect-${target.index}-title` } : {}) });
  };
  const hasErrors = !result || result.errors.length > 0;
  return (
    <EditorContext.Provider value={api}>
      <SaveBar id={draft.id} etag={etag} history={history} onLoadTheirs={() => onReload()} />
      <SectionMenu sections={[
        { id: 'problems-title', text: t('problems.title') }, { id: 'diagram-title', text: t('diagram.title') },
        { id: 'settings-title', text: t('settings.title') }, { id: 'states-title', text: t('states.title') },
        { id: 'roles-title', text: tp('roles.title') }, { id: 'recipients-title', text: t('parties:recipients.title') }, { id: 'events-title', text: t('events.title') },
        { id: 'forms-title', text: t('forms:title') }, { id: 'transitions-title', text: t('transitions.title') },
        { id: 'effects-title', text: tp('effects.title') }, { id: 'categories-title', text: tp('categories.title') },
        { id: 'consent-purposes-title', text: t('parties:consentPurposes.title') }, { id: 'templates-title', text: t('templates:templates.title') },
        { id: 'simulation-title', text: t('simulation:title') }, { id: 'publish-title', text: t('publish.title') },
      ]} />
      <section aria-labelledby="problems-title" className="dz-section">
        <h2 id="problems-title" className="kern-heading-medium" tabIndex={-1}>{t('problems.title')}</h2>
        <ProblemsPanel result={result} onChoose={choose} />
      </section>
      <DiagramSlot definition={history.definition} selectedPath={selectedPath} {...(coverage ? { coverage } : {})}
        onSelect={(statePath) => { setSelectedPath(statePath); setSelectedRow(stateRowId(statePath)); setFocusRequest({ field: `${stateRowId(statePath)}-name` }); }} />
      <section aria-labelledby="settings-title" className="dz-section">
        <h2 id="settings-title" className="kern-heading-medium" tabIndex={-1}>{t('settings.title')}</h2>
        <SettingsForm />
      </section>
      <section aria-labelledby="states-title" className="dz-section">
        <h2 id="states-title" className="kern-heading-medium" tabIndex={-1}>{t('states.title')}</h2>
        <StateTree />
        <AddStateForm />
      </section>
      <section aria-labelledby="roles-title" className="dz-section"><h2 id="roles-title" className="kern-heading-medium" tabIndex={-1}>{tp('roles.title')}</h2><RolesPanel /></section>
      <section aria-labelledby="recipients-title" className="dz-section">
        <h2 id="recipients-title" className="kern-heading-medium" tabIndex={-1}>{t('parties:recipients.title')}</h2>
        <RecipientsPanel />
      </section>
      <section aria-labelledby="events-title" className="dz-section">
        <h2 id="events-title" className="kern-heading-medium" tabIndex={-1}>{t('events.title')}</h2>
        <EventList />
      </section>
      <section aria-labelledby="forms-title" className="dz-section">
        <h2 id="forms-title" className="kern-heading-medium" tabIndex={-1}>{t('forms:title')}</h2>
        <FormsPanel />
      </section>
      <section aria-labelledby="transitions-title" className="dz-section">
        <h2 id="transitions-title" className="kern-heading-medium" tabIndex={-1}>{t('transitions.title')}</h2>
        <TransitionTable />
        <AddTransitionForm />
      </section>
      <section aria-labelledby="effects-title" className="dz-section"><h2 id="effects-title" className="kern-heading-medium" tabIndex={-1}>{tp('effects.title')}</h2><EffectsPanel request={effectRequest} /></section>
      <section aria-labelledby="categories-title" className="dz-section"><h2 id="categories-title" className="kern-heading-medium" tabIndex={-1}>{tp('categories.title')}</h2><CategoriesPanel /></section>
      <section aria-labelledby="consent-purposes-title" className="dz-section">
        <h2 id="consent-purposes-title" className="kern-heading-medium" tabIndex={-1}>{t('parties:consentPurposes.title')}</h2>
        <ConsentPurposesPanel />
      </section>
      <section aria-labelledby="templates-title" className="dz-section"><h2 id="templates-title" className="kern-heading-medium" tabIndex={-1}>{t('templates:templates.title')}</h2><TemplatesPanel /></section>
      <SimulationPanel definition={history.definition} hasErrors={hasErrors} onCoverage={setCoverage} />
      <section aria-labelledby="publish-title" className="dz-section">
        <h2 id="publish-title" className="kern-heading-medium" tabIndex={-1}>{t('publish.title')}</h2>
        <PublishPanel draft={draft} published={published} definition={history.definition} hasErrors={hasErrors} dirty={history.dirty} onChanged={(m) => onReload(m)} />
      </section>
    </EditorContext.Provider>
  );
}
