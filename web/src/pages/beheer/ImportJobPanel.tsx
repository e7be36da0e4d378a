/**
 * One import job, followed while it waits or runs (polled every second): a progress bar with text,
 * then the report — counts, the rows with a problem (line and reason, the first 100) and the text the
 * command line prints — or why it failed.
 */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorText } from '../../ui/use-async.ts';
import { dateTime } from './format.ts';
import { getImport } from './imports-api.ts';
import { isOpen, progressOf, shownCounts, sizeText } from './imports-format.ts';
import type { ImportJob } from './types.ts';
import { labelCells } from '../../ui/cell-labels.ts';

const POLL_MS = 1000;

export function ImportJobPanel({ id, onEnded }: { id: number; onEnded(): void }) {
  const { t } = useTranslation();
  const [job, setJob] = useState<ImportJob | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  // biome-ignore lint/correctness/useExhaustiveDependencies: one polling loop per job id; onEnded is called once when it ends.
  useEffect(() => {
    let stopped = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let wasOpen = false;
    const poll = async () => {
      try {
        const next = await getImport(id);
        if (stopped) return;
        setJob(next);
        setProblem(null);
        if (isOpen(next)) {
          wasOpen = true;
          timer = setTimeout(poll, POLL_MS);
        } else if (wasOpen) onEnded();
      } catch (e) {
        if (stopped) return;
        setProblem(errorText(e));
        timer = setTimeout(poll, POLL_MS * 3);
      }
    };
    void poll();
    return () => {
      stopped = true;
      clearTimeout(timer);
    };
  }, [id]);

  return (
    <section className="import-job" aria-labelledby="import-job-title" data-job={id} data-status={job?.status}>
      <h2 id="import-job-title">
        {job ? t('beheer.imports.jobTitle', { id, file: job.fileName }) : t('beheer.imports.jobTitleShort', { id })}
      </h2>
      {problem && (
        <p className="alert" role="alert">
          {problem}
        </p>
      )}
      {!job && !problem && <p role="status">{t('beheer.imports.loading')}</p>}
      {job && <JobBody job={job} />}
    </section>
  );
}

function JobBody({ job }: { job: ImportJob }) {
  const { t, i18n } = useTranslation();
  const bar = progressOf(job);
  const status = t(`beheer.imports.status.${job.status}`);
  const rows = t('beheer.imports.rowsRead', {
    count: job.progress.rowsRead,
    formatted: job.progress.rowsRead.toLocaleString(i18n.language),
  });
  const bytes = bar && job.status !== 'done' ? ` (${sizeText(bar.value, i18n.language)} / ${sizeText(bar.max, i18n.language)})` : '';
  return (
    <>
      <p className="hint">
        {t(`beheer.imports.kinds.${job.kind}.label`)} · {sizeText(job.fileBytes, i18n.language)} · {dateTime(job.createdAt, i18n.language)}
      </p>
      {(isOpen(job) || job.status === 'done') && (
        <div className="import-progress">
          <progress id="import-progress" value={bar?.value} max={bar?.max} aria-describedby="import-progress-text" />
          <p id="import-progress-text" role="status">
            {status}
            {job.status !== 'queued' && ` — ${rows}${bytes}`}
          </p>
        </div>
      )}
      {job.status === 'done' && job.report && <Report report={job.report} />}
      {job.status === 'failed' && job.failure && (
        <div className="import-failure">
          <p className="alert" role="alert">
            <strong>{t('beheer.imports.failed')}</strong> {job.failure.detail}
          </p>
          <p>{t('beheer.imports.nothingLost')}</p>
          <RowTable rows={job.failure.rows} total={job.failure.rowsTotal} caption={t('beheer.imports.rejectedRows')} />
        </div>
      )}
    </>
  );
}

function Report({ report }: { report: NonNullable<ImportJob['report']> }) {
  const { t, i18n } = useTranslation();
  return (
    <div className="import-report">
      <h3>{t('beheer.imports.reportTitle')}</h3>
      <dl className="mail-counts import-counts">
        {shownCounts(report.counts).map((c) => (
          <div key={c.name} data-count={c.name}>
            <dt>{t(`beheer.imports.counts.${c.name}`)}</dt>
            <dd>{c.value.toLocaleString(i18n.language)}</dd>
          </div>
        ))}
      </dl>
      <RowTable rows={report.rows} total={report.rowsTotal} caption={t('beheer.imports.problemRows')} />
      <details>
        <summary>{t('beheer.imports.reportText')}</summary>
        <pre className="import-text">{report.text}</pre>
      </details>
    </div>
  );
}

function RowTable({ rows, total, caption }: { rows: { line: number; column?: string; reason: string }[]; total: number; caption: string }) {
  const { t } = useTranslation();
  if (rows.length === 0) return null;
  return (
    <div className="table-scroll">
      <table ref={labelCells} className="inbox-table import-rows">
        <caption>
          {caption} {total > rows.length ? t('beheer.imports.firstOf', { shown: rows.length, total }) : ''}
        </caption>
        <thead>
          <tr>
            <th scope="col">{t('beheer.imports.columns.line')}</th>
            <th scope="col">{t('beheer.imports.columns.column')}</th>
            <th scope="col">{t('beheer.imports.columns.reason')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={`${r.line}|${r.column ?? ''}|${r.reason}`}>
              <th scope="row">{r.line}</th>
              <td>{r.column ?? ''}</td>
              <td>{r.reason}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
