/**
 * Beheer → Imports: choose the kind of file, the file and its options, upload; the job runs on the
 * server (also when this page is closed), shown with a progress bar and, when done, the same report
 * the command line prints. The recent jobs can be reopened (`/beheer/imports/<id>`).
 */
import { useTranslation } from 'react-i18next';
import type { Session } from '../../api/types.ts';
import { useAsync } from '../../ui/use-async.ts';
import { ImportForm } from './ImportForm.tsx';
import { ImportJobPanel } from './ImportJobPanel.tsx';
import { ImportJobsTable } from './ImportJobsTable.tsx';
import { listImports } from './imports-api.ts';
import { jobIdIn } from './imports-format.ts';
import { IMPORTS_PATH } from './paths.ts';

interface Props {
  session: Session;
  path: string;
  onNavigate(path: string): void;
}

export function ImportsSection({ session, path, onNavigate }: Props) {
  const { t } = useTranslation();
  const [list, reload] = useAsync(() => listImports(), []);
  const jobId = jobIdIn(path, IMPORTS_PATH);
  const open = (id: number) => onNavigate(`${IMPORTS_PATH}/${id}`);
  return (
    <div className="page beheer-imports">
      <h1 tabIndex={-1}>{t('beheer.imports.title')}</h1>
      <p className="lead">{t('beheer.imports.lead')}</p>
      <ImportForm
        csrfToken={session.csrfToken}
        maxBytes={list.status === 'ready' ? list.data.maxBytes : null}
        onStarted={(job) => {
          reload();
          open(job.id);
        }}
      />
      {jobId !== null && <ImportJobPanel key={jobId} id={jobId} onEnded={reload} />}
      <h2>{t('beheer.imports.recentTitle')}</h2>
      {list.status === 'loading' && <p role="status">{t('beheer.imports.loading')}</p>}
      {list.status === 'error' && (
        <p className="alert" role="alert">
          {list.detail}
        </p>
      )}
      {list.status === 'ready' &&
        (list.data.jobs.length === 0 ? (
          <p>{t('beheer.imports.noJobs')}</p>
        ) : (
          <ImportJobsTable jobs={list.data.jobs} current={jobId} onOpen={open} />
        ))}
    </div>
  );
}
