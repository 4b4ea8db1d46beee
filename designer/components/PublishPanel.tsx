import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, useMe } from '../../ui/index.js';
import { approve, requestPublish } from '../api/definitions.js';
import type { DefinitionVersion } from '../api/definitions.js';
import type { JsonObject } from '../model/index.js';
import { DiffTable } from './DiffTable.js';

/** Props: the draft as stored, the published version, the draft as edited now. */
export interface PublishPanelProps {
  draft: DefinitionVersion;
  published: { version: number; content: JsonObject } | undefined;
  definition: JsonObject;
  hasErrors: boolean;
  dirty: boolean;
  onChanged(message: string): void;
}

/**
 * The diff against the published version, then publishing: the draft's author asks, another
 * designer reviews the same diff and approves (four eyes); publishing makes it the next version.
 */
export function PublishPanel({ draft, published, definition, hasErrors, dirty, onChanged }: PublishPanelProps) {
  const { t } = useTranslation('editor');
  const me = useMe().data;
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | undefined>();
  const act = async (call: () => Promise<{ status: string; approvalsNeeded: number; version: number }>) => {
    setBusy(true);
    setFailure(undefined);
    try {
      const answer = await call();
      onChanged(answer.status === 'published' ? t('publish.published', { version: answer.version }) : t('publish.requested', { count: answer.approvalsNeeded }));
    } catch (e) {
      setFailure(e instanceof ApiError ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  };
  const caption = published ? t('diff.caption', { version: published.version }) : t('diff.captionNew');
  const mayApprove = draft.status === 'pending' && me && me.sub !== draft.publishRequestedBy && me.sub !== draft.author && !draft.approvals.includes(me.sub);
  const why = hasErrors ? t('publish.blockedErrors') : dirty ? t('publish.blockedUnsaved') : undefined;
  return (
    <>
      <DiffTable before={published?.content} after={definition} caption={caption} />
      {failure ? <div className="kern-alert kern-alert--danger" role="alert"><div className="kern-alert__body"><p className="kern-body">{t('publish.failed', { message: failure })}</p></div></div> : null}
      {draft.status === 'draft' ? (
        <>
          {why ? <p className="kern-body" id="publish-why">{why}</p> : null}
          <button type="button" className="kern-btn kern-btn--primary" disabled={busy || Boolean(why)} aria-describedby={why ? 'publish-why' : undefined}
            onClick={() => void act(() => requestPublish(draft.id))}>
            <span className="kern-label">{t('publish.request')}</span>
          </button>
        </>
      ) : mayApprove ? (
        <>
          <p className="kern-body">{t('publish.reviewText', { who: draft.publishRequestedBy })}</p>
          <button type="button" className="kern-btn kern-btn--primary" disabled={busy || dirty} onClick={() => void act(() => approve(draft.id, draft.sha256))}>
            <span className="kern-label">{t('publish.approve', { version: draft.version })}</span>
          </button>
        </>
      ) : (
        <p className="kern-body">{t('publish.waiting', { who: draft.publishRequestedBy })}</p>
      )}
    </>
  );
}
