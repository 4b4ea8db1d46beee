import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';
import { useMe } from '../../ui/index.js';
import { useStaffInbox } from '../api/inbox.js';
import { useInboxSeen } from './useInboxSeen.js';

/** The header's link to the inbox; for staff with the number of notices since they last looked (in words, not a coloured badge). */
export function InboxNavLink() {
  const { t } = useTranslation('inbox');
  const me = useMe().data;
  return me?.kind === 'staff' ? <CountedInboxLink sub={me.sub} /> : <NavLink className="kern-link" to="/inbox">{t('nav')}</NavLink>;
}

function CountedInboxLink({ sub }: { sub: string }) {
  const { t } = useTranslation('inbox');
  const inbox = useStaffInbox();
  const [seen] = useInboxSeen(sub);
  const fresh = (inbox.data ?? []).filter((n) => n.createdAt > seen).length;
  return <NavLink className="kern-link" to="/inbox">{fresh ? t('navNew', { count: fresh }) : t('nav')}</NavLink>;
}
