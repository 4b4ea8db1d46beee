import { useEffect, useRef, useState } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { idempotencyKey } from '../../../ui/index.js';
import { loginUrl, useMe } from '../../session.js';

/**
 * A page that does one thing on arrival and moves on (open a case, join a tender): logs the
 * person in first (back to this page afterwards), then runs `request` with one Idempotency-Key
 * per visit — React's second effect run (StrictMode) or a quick reload does it once, not twice —
 * and replaces the page by the path `request` answers. Returns the error, if it failed.
 */
export function useLoggedInRequest(request: (key: string) => Promise<string>, subject: string): unknown {
  const me = useMe();
  const location = useLocation();
  const navigate = useNavigate();
  const key = useRef(idempotencyKey());
  const latest = useRef(request);
  latest.current = request;
  const [error, setError] = useState<unknown>(null);
  useEffect(() => {
    if (me.isPending) return;
    if (!me.data) {
      globalThis.location.assign(loginUrl(location.pathname));
      return;
    }
    let cancelled = false;
    latest.current(key.current)
      .then((path) => { if (!cancelled) void navigate(path, { replace: true }); })
      .catch((err: unknown) => { if (!cancelled) setError(err); });
    return () => { cancelled = true; };
  }, [me.isPending, me.data, subject, location.pathname, navigate]);
  return error;
}
