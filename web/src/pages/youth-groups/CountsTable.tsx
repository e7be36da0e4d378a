/** Reports (nuisance categories) and registered incidents in the group's area per quarter; small numbers hidden. */
import { useTranslation } from 'react-i18next';
import { labelCells } from '../../ui/cell-labels.ts';
import { useAsync } from '../../ui/use-async.ts';
import { getCounts } from './api.ts';

export function CountsTable({ groupId }: { groupId: string }) {
  const { t } = useTranslation();
  const [counts] = useAsync(() => getCounts(groupId), [groupId]);
  if (counts.status === 'error') return <p role="alert">{counts.detail}</p>;
  if (counts.status !== 'ready') return <p role="status">{t('youthGroups.loading')}</p>;
  const cell = (n: number | null) => (n === null ? <span title={t('youthGroups.suppressedTitle')}>{t('youthGroups.suppressed')}</span> : n);
  return (
    <>
      <div className="table-scroll">
        <table ref={labelCells} className="inbox-table yg-counts">
          <thead>
            <tr>
              <th scope="col">{t('youthGroups.period')}</th>
              <th scope="col">{t('youthGroups.reports')}</th>
              <th scope="col">{t('youthGroups.incidents')}</th>
            </tr>
          </thead>
          <tbody>
            {counts.data.periods.map((p) => (
              <tr key={p.period}>
                <th scope="row">{p.period}</th>
                <td>{cell(p.reports)}</td>
                <td>{cell(p.incidents)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="hint">{t('youthGroups.countsNote', { min: counts.data.minCount })}</p>
    </>
  );
}
