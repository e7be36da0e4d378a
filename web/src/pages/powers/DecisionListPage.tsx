/** The register of decisions: a table with filters (state, legal basis, area, only active); on a phone each row is a card. */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { labelCells } from '../../ui/cell-labels.ts';
import { DemoLabel } from '../../ui/DemoLabel.tsx';
import { Field } from '../../ui/Field.tsx';
import { navLink } from '../../ui/nav-link.ts';
import { useAsync } from '../../ui/use-async.ts';
import { type AreaChoices, areaName, getAreaChoices } from '../../ui/area-choice/area-choices.ts';
import { AreaSelect } from '../../ui/area-choice/AreaSelect.tsx';
import { listDecisions, listPowerBases } from './api.ts';
import { DeadlineCell, StateBadge } from './badges.tsx';
import type { PowersPageProps } from './page-props.ts';
import { decisionPath, NEW_DECISION_PATH } from './paths.ts';
import { PROCEDURE_STATES, periodText } from './procedure.ts';
import type { DecisionListQuery, DecisionState, DecisionSummary } from './types.ts';
import './powers.css';

const FILTER_STATES: DecisionState[] = [...PROCEDURE_STATES, 'ingetrokken'];

export function DecisionListPage({ caps, onNavigate }: PowersPageProps) {
  const { t } = useTranslation();
  const [query, setQuery] = useState<DecisionListQuery>({});
  const [decisions] = useAsync(() => listDecisions(query), [JSON.stringify(query)], { showReload: true });
  const [bases] = useAsync(() => listPowerBases(), []);
  const [areas] = useAsync(() => getAreaChoices(), []);
  const areaList = areas.status === 'ready' ? areas.data : null;
  const rows = decisions.status === 'ready' ? decisions.data : decisions.previous;
  const set = (patch: Partial<DecisionListQuery>) => setQuery((q) => ({ ...q, ...patch }));
  return (
    <div className="page">
      <div className="page-head">
        <h1 tabIndex={-1}>{t('powers.title')}</h1>
        {caps.editPowers && (
          <div className="head-actions">
            <a className="button primary" {...navLink(NEW_DECISION_PATH, onNavigate)}>
              {t('powers.register.list.new')}
            </a>
          </div>
        )}
      </div>
      <p>{t('powers.register.list.intro')}</p>
      <div className="pw-filters">
        <Field id="pw-filter-state" label={t('powers.register.list.state')}>
          <select value={query.state ?? ''} onChange={(e) => set({ state: (e.target.value || undefined) as DecisionState | undefined })}>
            <option value="">{t('powers.register.list.allStates')}</option>
            {FILTER_STATES.map((s) => (
              <option key={s} value={s}>
                {t(`powers.register.states.${s}`)}
              </option>
            ))}
          </select>
        </Field>
        <Field id="pw-filter-base" label={t('powers.register.list.base')}>
          <select value={query.base ?? ''} onChange={(e) => set({ base: e.target.value || undefined })}>
            <option value="">{t('powers.register.list.allBases')}</option>
            {(bases.status === 'ready' ? bases.data : []).map((b) => (
              <option key={b.code} value={b.code}>
                {b.label}
              </option>
            ))}
          </select>
        </Field>
        <Field id="pw-filter-area" label={t('powers.register.list.area')}>
          <AreaSelect
            areas={areaList}
            value={query.area ?? ''}
            onChange={(area) => set({ area: area || undefined })}
            emptyLabel={t('powers.register.list.allAreas')}
          />
        </Field>
        <label className="check">
          <input
            type="checkbox"
            checked={query.active === 'true'}
            onChange={(e) => set({ active: e.target.checked ? 'true' : undefined })}
          />
          {t('powers.register.list.onlyActive')}
        </label>
      </div>
      {decisions.status === 'error' && <p role="alert">{decisions.detail}</p>}
      {decisions.status === 'loading' && <p role="status">{t('powers.register.loading')}</p>}
      {rows && rows.length === 0 && <p>{t('powers.register.list.none')}</p>}
      {rows && rows.length > 0 && <DecisionTable rows={rows} areas={areaList} onNavigate={onNavigate} />}
    </div>
  );
}

function DecisionTable({
  rows,
  areas,
  onNavigate,
}: {
  rows: DecisionSummary[];
  areas: AreaChoices | null;
  onNavigate(path: string): void;
}) {
  const { t } = useTranslation();
  const place = (d: DecisionSummary) =>
    d.addressLabel ??
    (d.areaCodes.length ? d.areaCodes.map((c) => areaName(areas, c)).join(', ') : d.buurtCode ? areaName(areas, d.buurtCode) : '—');
  return (
    <div className="table-scroll">
      <table ref={labelCells} className="inbox-table pw-table">
        <caption className="visually-hidden">{t('powers.register.list.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('powers.register.list.number')}</th>
            <th scope="col">{t('powers.register.list.baseArticle')}</th>
            <th scope="col">{t('powers.register.list.titleCol')}</th>
            <th scope="col">{t('powers.register.list.place')}</th>
            <th scope="col">{t('powers.register.list.state')}</th>
            <th scope="col">{t('powers.register.list.period')}</th>
            <th scope="col">{t('powers.register.list.nextDeadline')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((d) => (
            <tr key={d.id}>
              <th scope="row">
                <a {...navLink(decisionPath(d.id), onNavigate)}>{d.number}</a>
                {d.demo && <DemoLabel />}
              </th>
              <td>
                {d.baseLabel}
                <span className="cell-sub">{d.article}</span>
              </td>
              <td>{d.title}</td>
              <td>{place(d)}</td>
              <td>
                <StateBadge state={d.state} />
                {d.measure.active && <span className="cell-sub">{t('powers.register.list.activeNow')}</span>}
              </td>
              <td>{periodText(d.measure.start, d.measure.end, t('powers.register.openEnded'))}</td>
              <td>
                <DeadlineCell deadline={d.nextDeadline} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
