import { useTranslation } from 'react-i18next';
import { daysUntil } from './caseFacts.js';

/** How far a deadline is, in words ("noch 3 Tage", "seit 2 Tagen überfällig") — never colour alone. */
export function DeadlineWords({ dueAt, now = new Date() }: { dueAt: string; now?: Date }) {
  const { t } = useTranslation('deadline');
  const days = daysUntil(dueAt, now);
  const words = days > 0 ? t('left', { count: days }) : days === 0 ? t('today') : t('overdue', { count: -days });
  return <strong className={days < 0 ? 'wb-overdue' : undefined}>{words}</strong>;
}
