import { useTranslation } from 'react-i18next';
import type { ProcedureConfig } from '../../engine/index.js';
import { localized } from '../../ui/index.js';
import { formatDateTime, formatDeadlineDay, stateName } from './caseFacts.js';
import type { TimelineEntry } from './historyTimeline.js';

type Details = { assignee?: string | null; until?: string; reason?: string; from?: string; categories?: string[] };

/** One entry of the case history in words: what happened, when, by whom. */
export function HistoryItem({ item, def, nameOf, authorityOf }: { item: TimelineEntry; def: ProcedureConfig; nameOf: (sub: string) => string; authorityOf: (id: string) => string }) {
  const { t, i18n } = useTranslation('case');
  const lang = i18n.language;
  const category = (c: string) => (c.startsWith('dokument:') ? t('history.document', { kind: c.slice('dokument:'.length) })
    : localized(def.dataCategories?.[c]?.title, lang) || t(`history.categories.${c}`, { defaultValue: c }));
  const when = <time dateTime={item.at}>{formatDateTime(item.at, lang)}</time>;
  let what: string;
  let more: string;
  if (item.kind === 'transition') {
    const e = item.entry;
    what = e.type.startsWith('xstate.after.') ? t('history.deadlineLapsed') : localized(def.events[e.type]?.title, lang) || e.type;
    const role = e.actor ? localized(def.roles[e.actor.role]?.title, lang) || e.actor.role : undefined;
    more = `${role ? ` · ${t('history.by', { role })} (${e.actor!.id})` : ''} · ${t('history.to', { state: stateName(e.to, def, lang) })}`;
  } else if (item.kind === 'read') {
    const r = item.entry;
    what = t('history.read', { who: nameOf(r.officer), purpose: r.purpose });
    more = ` · ${t('history.readData', { authority: authorityOf(r.authority), categories: r.categories.map(category).join(', ') })}`;
  } else {
    const a = item.entry;
    const d = (a.details ?? {}) as Details;
    if (a.action === 'case.assigned') what = d.assignee ? t('history.assigned', { who: nameOf(d.assignee) }) : t('history.released');
    else if (a.action === 'deadline.extended') what = t('history.extended', { date: d.until ? formatDeadlineDay(d.until, lang) : '', reason: d.reason ?? '' });
    else if (a.action === 'message.sent') what = t(d.from === 'citizen' ? 'history.messageCitizen' : 'history.messageAuthority');
    else what = t('history.consentRequested', { categories: (d.categories ?? []).map(category).join(', ') });
    more = a.actor === 'system' ? '' : ` · ${t('history.byPerson', { who: nameOf(a.actor) })}`;
  }
  return (
    <li data-kind={item.kind}>
      <p className="kern-body kern-body--bold">{what}</p>
      <p className="kern-body kern-body--small">{when}{more}</p>
    </li>
  );
}
