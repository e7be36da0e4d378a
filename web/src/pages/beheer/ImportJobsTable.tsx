/** The recent import jobs (newest first): file, kind, status with counts, when; each can be reopened. */
import { useTranslation } from 'react-i18next';
import { navLink } from '../../ui/nav-link.ts';
import { dateTime } from './format.ts';
import { IMPORTS_PATH } from './paths.ts';
import type { ImportJob } from './types.ts';
import { labelCells } from '../../ui/cell-labels.ts';

export function ImportJobsTable({ jobs, current, onOpen }: { jobs: ImportJob[]; current: number | null; onOpen(id: number): void }) {
  const { t, i18n } = useTranslation();
  return (
    <div className="table-scroll">
      <table ref={labelCells} className="inbox-table import-jobs">
        <caption className="visually-hidden">{t('beheer.imports.recentTitle')}</caption>
        <thead>
          <tr>
            {['file', 'kind', 'status', 'created'].map((c) => (
              <th key={c} scope="col">
                {t(`beheer.imports.columns.${c}`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {jobs.map((j) => (
            <tr key={j.id} data-job={j.id} aria-current={j.id === current ? 'true' : undefined}>
              <th scope="row">
                <a {...navLink(`${IMPORTS_PATH}/${j.id}`, () => onOpen(j.id))}>{j.fileName}</a>
              </th>
              <td>{t(`beheer.imports.kinds.${j.kind}.label`)}</td>
              <td>
                {t(`beheer.imports.status.${j.status}`)}
                {j.counts
                  ? ` — ${t('beheer.imports.countsShort', { read: j.counts.rowsRead.toLocaleString(i18n.language), imported: j.counts.imported.toLocaleString(i18n.language) })}`
                  : ''}
              </td>
              <td>{dateTime(j.createdAt, i18n.language)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
