import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { localized, usePageTitle } from '../../ui/index.js';
import { createDraft, loadPublished, loadVersions } from '../api/definitions.js';
import { DraftEditor } from '../components/DraftEditor.js';

/** `/verfahren/:id`: the draft of one procedure in the editor, or a way to start a new draft. */
export function EditorPage() {
  const { id = '' } = useParams();
  const { t, i18n } = useTranslation('editor');
  const queries = useQueryClient();
  const query = useQuery({ queryKey: ['definition', id], queryFn: async () => ({ ...(await loadVersions(id)), published: await loadPublished(id) }) });
  const [reloads, setReloads] = useState(0);
  const [message, setMessage] = useState<string | undefined>();
  const versions = query.data?.versions ?? [];
  const latest = versions.at(-1);
  const draft = latest && latest.status !== 'published' ? latest : undefined;
  const published = query.data?.published;
  const title = localized((latest?.content.title ?? published?.content.title ?? id) as { de?: string; en?: string } | string, i18n.language);
  const h1 = draft ? t('page.title', { title, version: draft.version }) : t('page.titlePublished', { title });
  usePageTitle(h1);
  const reload = async (text?: string) => {
    setMessage(text);
    await queries.invalidateQueries({ queryKey: ['definition', id] });
    await queries.invalidateQueries({ queryKey: ['definitions'] });
    setReloads((n) => n + 1);
  };
  if (query.isPending) return <h1 className="kern-heading-large">{t('app:loadingTitle')}</h1>;
  if (query.isError) return <><h1 className="kern-heading-large">{t('page.notFound')}</h1><p className="kern-body">{t('app:loadError', { message: query.error.message })}</p></>;
  return (
    <>
      <p className="kern-body"><Link className="kern-link" to="/">{t('page.back')}</Link></p>
      <h1 className="kern-heading-large">{h1}</h1>
      {message ? <div className="kern-alert kern-alert--success" role="status"><div className="kern-alert__body"><p className="kern-body">{message}</p></div></div> : null}
      {draft && query.data.etag ? (
        <DraftEditor key={`${draft.version}-${reloads}`} draft={draft} etag={query.data.etag} published={published} onReload={(m) => void reload(m)} />
      ) : (
        <>
          <p className="kern-body">{published ? t('page.noDraft', { version: published.version }) : t('page.nothing')}</p>
          {published ? (
            <button type="button" className="kern-btn kern-btn--primary" onClick={() => void createDraft(published.content).then(() => reload(t('page.draftCreated')))}>
              <span className="kern-label">{t('page.newDraft')}</span>
            </button>
          ) : null}
        </>
      )}
    </>
  );
}
