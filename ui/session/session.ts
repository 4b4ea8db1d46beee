import { useQuery } from '@tanstack/react-query';
import { ApiError, csrfHeaders } from '../api/client.js';

/** Who is logged in (`/api/me`, the server's Principal), or null when nobody is. */
export interface Me {
  sub: string;
  name: string;
  kind: 'citizen' | 'company' | 'staff' | 'designer';
  assurance: 'basic' | 'substantial' | 'high';
  authority?: string;
  email?: string;
}

/** The session of this browser: `data` is the principal, or null when logged out. */
export function useMe() {
  return useQuery({
    queryKey: ['me'],
    queryFn: async (): Promise<Me | null> => {
      const res = await fetch('/api/me', { credentials: 'same-origin' });
      if (res.status === 401) return null;
      if (!res.ok) throw new ApiError(res.status, 'http-error', res.statusText);
      return (await res.json()) as Me;
    },
    staleTime: 60_000,
  });
}

/** The login URL that brings the person back to `returnTo` (a path on this server). */
export function loginUrl(returnTo: string): string {
  return `/auth/login?returnTo=${encodeURIComponent(returnTo)}`;
}

/** Ends the session on the server and forgets every cached answer. */
export async function logout(): Promise<void> {
  await fetch('/auth/logout', { method: 'POST', credentials: 'same-origin', headers: csrfHeaders() });
}
