import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../ui/index.js';
import type { paths } from '../../ui/index.js';

/** A notice in the staff inbox: to me or to my authority. */
export type StaffNotice = paths['/api/inbox']['get']['responses'][200]['content']['application/json'][number];

/** The clerk's inbox, newest first; looked at again every minute so the header's count keeps up. `enabled`: false until the user is known to be staff. */
export function useStaffInbox(enabled = true) {
  return useQuery({ queryKey: ['staff-inbox'], queryFn: () => unwrap(api.GET('/api/inbox')), refetchInterval: 60_000, enabled });
}
