import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';
import { useMe } from '../../ui/index.js';
import { useStaffInbox } from '../api/inbox.js';
import { useInboxSeen } from './useInboxSeen.js';

/**
 * The header's link to the inbox; for staff with the number of notices since they last looked
 * (in words, not a coloured badge). One link element throughout: when who I am has loaded only
 * its text changes, so a keyboard user's focus on it stays (a second component swapped in for
 * it dropped the focus to the page).
 */
export function InboxNavLink() {
  const { t } = useTranslation('inbox');
  const me = useMe().data;
  const staff = me?.kind === 'staff';
  const inbox = useStaffInbox(staff);
  const [seen] = useInboxSeen(me?.sub ?? '');
  const fresh = staff ? (inbox.data ?? []).filter((n) => n.createdAt > seen).length : 0;
  return <NavLink className="kern-link" to="/inbox">{fresh ? t('navNew', { count: fresh }) : t('nav')}</NavLink>;
}
