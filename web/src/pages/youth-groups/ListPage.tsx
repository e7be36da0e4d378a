/** The register: groups with their classification and review, filtered by area. */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { labelCells } from '../../ui/cell-labels.ts';
import { DemoLabel } from '../../ui/DemoLabel.tsx';
import { Field } from '../../ui/Field.tsx';
import { navLink } from '../../ui/nav-link.ts';
import { useAsync } from '../../ui/use-async.ts';
import { areaName, getAreaChoices } from '../../ui/area-choice/area-choices.ts';
import { AreaSelect } from '../../ui/area-choice/AreaSelect.tsx';
import { listGroups } from './api.ts';
import { ClassificationBadge, ReviewDueBadge } from './ClassificationBadge.tsx';
import { NEW_YOUTH_GROUP_PATH, youthGroupPath } from './paths.ts';

interface Props {
  canEdit: boolean;
  onNavigate(path: string): void;
}

export function ListPage({ canEdit, onNavigate }: Props) {
  const { t } = useTranslation();
  const [area, setArea] = useState('');
  const [groups] = useAsync(() => listGroups(area || null), [area], { showReload: true });
  const [areas] = useAsync(() => getAreaChoices(), []);
  const areaList = areas.status === 'ready' ? areas.data : null;
  const rows = groups.status === 'ready' ? groups.data : groups.previous;
  return (
    <div className="page">
      <div className="page-head">
        <h1 tabIndex={-1}>{t('youthGroups.title')}</h1>
        {canEdit && (
          <div className="head-actions">
            <a className="button" {...navLink(NEW_YOUTH_GROUP_PATH, onNavigate)}>
              {t('youthGroups.new')}
            </a>
          </div>
        )}
      </div>
      <p>{t('youthGroups.intro')}</p>
      <Field id="yg-area-filter" label={t('youthGroups.filterArea')}>
        <AreaSelect areas={areaList} value={area} onChange={setArea} emptyLabel={t('youthGroups.allAreas')} />
      </Field>
      {groups.status === 'error' && <p role="alert">{groups.detail}</p>}
      {groups.status === 'loading' && <p role="status">{t('youthGroups.loading')}</p>}
      {rows && rows.length === 0 && <p>{t('youthGroups.none')}</p>}
      {rows && rows.length > 0 && (
        <div className="table-scroll">
          <table ref={labelCells} className="inbox-table yg-table">
            <thead>
              <tr>
                <th scope="col">{t('youthGroups.name')}</th>
                <th scope="col">{t('youthGroups.area')}</th>
                <th scope="col">{t('youthGroups.classification')}</th>
                <th scope="col">{t('youthGroups.lastAssessed')}</th>
                <th scope="col">{t('youthGroups.reviewDate')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((g) => (
                <tr key={g.id}>
                  <td>
                    <a {...navLink(youthGroupPath(g.id), onNavigate)}>{g.name}</a>
                    {g.demo && <DemoLabel />}
                  </td>
                  <td>{areaName(areaList, g.areaCode)}</td>
                  <td>
                    <ClassificationBadge value={g.classification} />
                  </td>
                  <td>{g.lastAssessedOn ?? '—'}</td>
                  <td>
                    {g.reviewDate ?? '—'} <ReviewDueBadge due={g.reviewDue} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
