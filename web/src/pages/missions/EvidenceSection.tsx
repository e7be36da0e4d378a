/** The frozen evidence of a mission, each with "run again": today's answer side by side with the frozen one and the changes. */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { rerunEvidence } from './api.ts';
import { formatChange } from './effect-format.ts';
import { evidenceSummary, type SummaryRow } from './evidence-summary.ts';
import { formatDay } from './progress-format.ts';
import type { CrimeType, Evidence, Rerun } from './types.ts';
import { useSubmit } from '../../ui/use-submit.ts';

interface Props {
  missionId: string;
  evidence: Evidence[];
  /** Why some figures are not shown to this reader (the server's Dutch text), or null. */
  disclosureNote: string | null;
  crimeTypes: CrimeType[] | null;
  csrfToken: string | null;
}

function Rows({ rows }: { rows: SummaryRow[] }) {
  const { t } = useTranslation();
  return (
    <dl className="facts">
      {rows.map((r) => (
        <div key={r.key}>
          <dt>{t(`missions.evidenceRow.${r.key}`, r.vars ?? {})}</dt>
          <dd>{r.value}</dd>
        </div>
      ))}
    </dl>
  );
}

function EvidenceItem({
  missionId,
  e,
  typeName,
  csrfToken,
}: {
  missionId: string;
  e: Evidence;
  typeName: (c: string) => string;
  csrfToken: string | null;
}) {
  const { t, i18n } = useTranslation();
  const [rerun, setRerun] = useState<Rerun | null>(null);
  const submit = useSubmit();
  return (
    <li className="panel-card evidence-item" data-kind={e.kind}>
      <h3>{e.title}</h3>
      <p className="small muted">{t('missions.evidence.frozenOn', { date: formatDay(e.capturedAt, i18n.language) })}</p>
      <div className={rerun ? 'side-by-side' : undefined}>
        <div>
          <h4>{t('missions.evidence.frozen')}</h4>
          <Rows rows={evidenceSummary(e.kind, e.result, typeName)} />
        </div>
        {rerun && (
          <div>
            <h4>{t('missions.evidence.fresh', { date: formatDay(rerun.fresh.computedAt, i18n.language) })}</h4>
            <Rows rows={evidenceSummary(e.kind, rerun.fresh.result, typeName)} />
          </div>
        )}
      </div>
      {rerun &&
        (rerun.changes.length === 0 ? (
          <p className="small">{t('missions.evidence.noChanges')}</p>
        ) : (
          <ul className="small changes" aria-label={t('missions.evidence.changes')}>
            {rerun.changes.map((c) => (
              <li key={c.field}>
                <code>{c.field}</code>: {formatChange(c, i18n.language)}
              </li>
            ))}
          </ul>
        ))}
      {submit.error && (
        <p className="alert" role="alert">
          {submit.error}
        </p>
      )}
      {e.rerunnable && (
        <button
          type="button"
          className="button small"
          disabled={submit.busy}
          onClick={async () => setRerun(await submit.run(() => rerunEvidence(missionId, e.id, csrfToken)))}
        >
          {t('missions.evidence.rerun')}
        </button>
      )}
    </li>
  );
}

export function EvidenceSection({ missionId, evidence, disclosureNote, crimeTypes, csrfToken }: Props) {
  const { t } = useTranslation();
  const names = new Map((crimeTypes ?? []).map((c) => [c.code, c.title]));
  const typeName = (code: string) => names.get(code) ?? code;
  if (evidence.length === 0) return <p className="muted">{t('missions.evidence.none')}</p>;
  return (
    <>
      {disclosureNote && (
        <p className="small muted disclosure-note" lang="nl">
          {disclosureNote}
        </p>
      )}
      <ul className="evidence-list">
        {evidence.map((e) => (
          <EvidenceItem key={e.id} missionId={missionId} e={e} typeName={typeName} csrfToken={csrfToken} />
        ))}
      </ul>
    </>
  );
}
