import { useTranslation } from 'react-i18next';
import { daysLeft } from './caseFacts.js';
import type { CaseDeadlineInfo } from './caseFacts.js';
import { formatDate, formatDeadlineEnd } from './formatDate.js';

/**
 * A deadline in words: "Frist endet am Montag, 4. Januar 2027, 24:00 Uhr – noch 3 Tage" or
 * "Frist endete am … – eingehalten am …" (text, never colour alone).
 */
export function DeadlineText({ deadline, now }: { deadline: Pick<CaseDeadlineInfo, 'dueAt' | 'outcome' | 'endedAt'>; now: Date }) {
  const { t, i18n } = useTranslation('cases');
  const end = formatDeadlineEnd(deadline.dueAt, i18n.language);
  const until = t(deadline.outcome === 'running' ? 'deadline.ends' : 'deadline.ended', end);
  let state: string;
  if (deadline.outcome === 'met') state = t('deadline.met', { date: formatDate(deadline.endedAt!, i18n.language) });
  else if (deadline.outcome === 'lapsed') state = t('deadline.lapsed', { date: formatDate(deadline.endedAt!, i18n.language) });
  else {
    const days = daysLeft(deadline.dueAt, now);
    state = days > 0 ? t('deadline.left', { count: days }) : days === 0 ? t('deadline.today') : t('deadline.overdue', { count: -days });
  }
  return <>{until} – <strong>{state}</strong></>;
}
