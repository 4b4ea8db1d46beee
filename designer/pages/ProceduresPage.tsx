import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { localized, usePageTitle } from '../../ui/index.js';
import { createDraft, listPublished, listVersions, loadPublished, loadVersions } from '../api/definitions.js';
import type { CatalogueEntry, VersionSummary } from '../api/definitions.js';
import { downloadJson } from '../api/exportJson.js';
import { warmLayoutWorker } from '../canvas/layoutStatechart.js';
import { ButtonText } from '../components/ButtonText.js';
import { ImportForm } from '../components/ImportForm.js';
import { NewProcedureForm } from '../components/NewProcedureForm.js';

/** One procedure: its title, newest published version and its draft (draft or awaiting approval). */
interface ProcedureRow { id: string; title?: CatalogueEntry['title']; published?: number; draft?: VersionSummary }

function byProcedure(published: CatalogueEntry[], versions: VersionSummary[]): ProcedureRow[] {
  const rows = new Map<string, ProcedureRow>(published.map((p) => [p.id, { id: p.id, title: p.title, published: p.version }]));
  for (const v of versions) {
    const row = rows.get(v.id) ?? { id: v.id };
    if (v.status !== 'published') row.draft = v;
    rows.set(v.id, row);
  }
  return [...rows.values()].sort((a, b) => a.id.localeCompare(b.id));
}

/** `/`: every procedure with published version and draft; new, copy, import, export. */
export function ProceduresPage() {
  const { t, i18n } = useTranslation();
  usePageTitle(t('list.title'));
  const navigate = useNavigate();
  const queries = useQueryClient();
  const list = useQuery({ queryKey: ['definitions'], queryFn: async () => ({ published: await listPublished(), versions: await listVersions() }) });
  const [failure, setFailure] = useState<string | undefined>();
  // While the list is read, ELK's worker gets ready for the diagram of the procedure opened next.
  useEffect(() => {
    const idle = requestIdleCallback(() => void warmLayoutWorker(), { timeout: 2000 });
    return () => cancelIdleCallback(idle);
  }, []);
  const run = (work: () => Promise<void>) => { setFailure(undefined); work().catch((e: unknown) => setFailure(e instanceof Error ? e.message : String(e))); };
  const newDraft = (id: string) => run(async () => {
    const published = await loadPublished(id);
    if (published) await createDraft(published.content);
    await queries.invalidateQueries({ queryKey: ['definitions'] });
    await navigate(`/verfahren/${id}`);
  });
  const exportOne = (row: ProcedureRow) => run(async () => {
    const content = row.draft ? (await loadVersions(row.id)).versions.at(-1)!.content : (await loadPublished(row.id))!.content;
    downloadJson(content, `${row.id}-v${String(content.version)}.json`);
  });
  const rows = byProcedure(list.data?.published ?? [], list.data?.versions ?? []);
  return (
    <>
      <h1 className="kern-heading-large">{t('list.title')}</h1>
      <p className="kern-body">{t('list.intro')}</p>
      {failure ? <div className="kern-alert kern-alert--danger" role="alert"><div className="kern-alert__body"><p className="kern-body">{t('failed', { message: failure })}</p></div></div> : null}
      {list.isError ? <p className="kern-body">{t('loadError', { message: list.error.message })}</p> : null}
      {list.isSuccess && rows.length === 0 ? <p className="kern-body">{t('list.empty')}</p> : null}
      {rows.length ? (
        <div className="dz-table-scroll">
          <table className="kern-table dz-table" data-testid="procedures">
            <caption className="kern-title">{t('list.caption')}</caption>
            <thead className="kern-table__head">
              <tr className="kern-table__row">{(['procedure', 'published', 'draft', 'actions'] as const).map((c) => <th key={c} scope="col" className="kern-table__header">{t(`list.${c}`)}</th>)}</tr>
            </thead>
            <tbody className="kern-table__body">
              {rows.map((row) => (
                <tr key={row.id} className="kern-table__row">
                  <th scope="row" className="kern-table__header" data-label={t('list.procedure')}>{row.title ? localized(row.title, i18n.language) : row.id}<br /><span className="kern-body kern-body--small">{row.id}</span></th>
                  <td className="kern-table__cell" data-label={t('list.published')}>{row.published ? t('list.version', { version: row.published }) : t('list.none')}</td>
                  <td className="kern-table__cell" data-label={t('list.draft')}>{row.draft ? t(row.draft.status === 'pending' ? 'list.pending' : 'list.version', { version: row.draft.version }) : t('list.none')}</td>
                  <td className="kern-table__cell" data-label={t('list.actions')}>
                    <div className="dz-buttons">
                      {row.draft ? <Link className="kern-link" to={`/verfahren/${row.id}`}>{t('list.editShort')}<span className="kern-sr-only"> ({row.id})</span></Link>
                        : <button type="button" className="kern-btn kern-btn--secondary kern-btn--small" onClick={() => newDraft(row.id)}><ButtonText text={t('list.copyShort')} about={row.id} /></button>}
                      <button type="button" className="kern-btn kern-btn--tertiary kern-btn--small" onClick={() => exportOne(row)}><ButtonText text={t('list.exportShort')} about={row.id} /></button>
                    </div>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      <NewProcedureForm />
      <ImportForm />
    </>
  );
}
