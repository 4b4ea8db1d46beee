import { Link } from 'react-router';
import type { CockpitLabels } from './useCockpitLabels.js';

/** A link to the case page, named by the procedure's title and the case number (which wraps anywhere at 320 px). */
export function CaseLink({ caseId, labels }: { caseId: string; labels: CockpitLabels }) {
  const procedure = labels.procedureOfCase(caseId);
  return (
    <Link className="kern-link cockpit-case" to={`/vorgaenge/${caseId}`}>
      {procedure ? <>{labels.procedureTitle(procedure)} </> : null}
      <span className="cockpit-case__id">{caseId}</span>
    </Link>
  );
}
