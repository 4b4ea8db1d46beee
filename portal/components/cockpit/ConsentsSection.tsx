import { useQueryClient } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFocusWhenShown } from '../../../ui/index.js';
import { useConsents } from './cockpitApi.js';
import type { ConsentDecision } from './cockpitApi.js';
import { CockpitSection, QueryState } from './CockpitSection.js';
import { ConsentCard } from './ConsentCard.js';
import { ConsentDialog } from './ConsentDialog.js';
import type { PendingDecision } from './ConsentDialog.js';
import { useCockpitLabels } from './useCockpitLabels.js';

/** Einwilligungen: the consent requests to me; grant, refuse or revoke each after a confirmation. */
export function ConsentsSection() {
  const { t } = useTranslation('cockpit');
  return <CockpitSection part="einwilligungen" intro={t('consents.explain')}>{() => <ConsentList />}</CockpitSection>;
}

function ConsentList() {
  const { t } = useTranslation('cockpit');
  const consents = useConsents(true);
  const labels = useCockpitLabels(true);
  const queries = useQueryClient();
  const [pending, setPending] = useState<PendingDecision | null>(null);
  const [done, setDone] = useState<ConsentDecision | null>(null);
  const opener = useRef<HTMLElement | null>(null);
  const status = useFocusWhenShown<HTMLDivElement>(done);

  function ask(next: PendingDecision) {
    opener.current = document.activeElement as HTMLElement | null;
    setDone(null);
    setPending(next);
  }
  async function decided(decision: ConsentDecision) {
    setPending(null);
    await queries.invalidateQueries({ queryKey: ['me', 'consents'] });
    // The button that opened the dialog is gone with the old status: the result takes focus.
    setDone(decision);
  }
  function cancelled() {
    setPending(null);
    requestAnimationFrame(() => opener.current?.focus());
  }

  // With the procedures' texts: names, not ids, from the first draw on.
  if (!consents.data || labels.loading) return <QueryState isPending={consents.isPending || labels.loading} isError={consents.isError} />;
  return (
    <>
      <div role="status" className="cockpit-status">
        {done ? (
          <div className="kern-alert kern-alert--success" tabIndex={-1} ref={status}>
            <div className="kern-alert__header"><span className="kern-icon kern-icon--success" aria-hidden="true" /><span className="kern-title">{t(`consents.done.${done}`)}</span></div>
          </div>
        ) : null}
      </div>
      {consents.data.length ? (
        <ul className="cockpit-list">
          {consents.data.map((c) => <li key={c.id}><ConsentCard consent={c} labels={labels} onDecide={(decision) => ask({ consent: c, decision })} /></li>)}
        </ul>
      ) : <p className="kern-body">{t('consents.empty')}</p>}
      {pending ? <ConsentDialog pending={pending} labels={labels} onDone={(d) => void decided(d)} onCancel={cancelled} /> : null}
    </>
  );
}
