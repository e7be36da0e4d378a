/**
 * Netwerk → Doelgroepen: the vulnerable target groups (principle 5) with their responsible partners,
 * programmes and indicator definitions; coordinators edit them (capabilities.editNetwork); below, the
 * indicators per area and period with small numbers shown as "klein aantal". No person data.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { capabilitiesOf } from '../../ui/capabilities.ts';
import type { NetworkPageProps } from '../../ui/network-page.ts';
import { useAsync } from '../../ui/use-async.ts';
import '../../ui/ui.css';
import { listTargetGroups, type TargetGroup } from './api.ts';
import { GroupEditor } from './GroupEditor.tsx';
import { IndicatorsSection } from './IndicatorsSection.tsx';
import './i18n.ts';
import './target-groups.css';

/** Which group is being edited: none, a new one, or one by id. */
type Editing = null | 'new' | string;

export default function TargetGroupsApp({ session }: NetworkPageProps) {
  const { t, i18n } = useTranslation();
  const caps = capabilitiesOf(session.permissions);
  const [state, reload] = useAsync(() => listTargetGroups(), []);
  const [editing, setEditing] = useState<Editing>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const english = i18n.language.startsWith('en');

  function saved() {
    setEditing(null);
    setNotice(t('targetGroups.form.saved'));
    reload();
  }

  return (
    <div className="page target-groups-page">
      <div className="page-head">
        <h1 tabIndex={-1}>{t('targetGroups.title')}</h1>
        {caps.editNetwork && editing === null && state.status === 'ready' && (
          <button type="button" className="button primary" onClick={() => setEditing('new')}>
            {t('targetGroups.add')}
          </button>
        )}
      </div>
      <p className="muted">{t('targetGroups.intro')}</p>
      {notice && (
        <p className="notice" role="status">
          {notice}
        </p>
      )}
      {state.status === 'loading' && <p role="status">{t('app.loading')}</p>}
      {state.status === 'error' && (
        <p className="alert" role="alert">
          {state.detail}
        </p>
      )}
      {state.status === 'ready' && (
        <>
          {editing === 'new' && (
            <GroupEditor
              group={null}
              options={state.data.options}
              csrfToken={session.csrfToken}
              onSaved={saved}
              onCancel={() => setEditing(null)}
            />
          )}
          <ul className="target-group-list">
            {state.data.targetGroups.map((g) =>
              editing === g.id ? (
                <li key={g.id}>
                  <GroupEditor
                    group={g}
                    options={state.data.options}
                    csrfToken={session.csrfToken}
                    onSaved={saved}
                    onCancel={() => setEditing(null)}
                  />
                </li>
              ) : (
                <GroupCard
                  key={g.id}
                  group={g}
                  english={english}
                  onEdit={caps.editNetwork && editing === null ? () => setEditing(g.id) : null}
                />
              ),
            )}
          </ul>
          <IndicatorsSection english={english} />
        </>
      )}
    </div>
  );
}

function GroupCard({ group: g, english, onEdit }: { group: TargetGroup; english: boolean; onEdit: (() => void) | null }) {
  const { t } = useTranslation();
  const name = english ? g.nameEn : g.nameNl;
  const headingId = `tg-${g.key}`;
  return (
    <li className="panel-card target-group" aria-labelledby={headingId}>
      <div className="target-group-head">
        <h2 id={headingId}>
          {name}
          {g.isDefault && <span className="badge">{t('targetGroups.defaultGroup')}</span>}
        </h2>
        {onEdit && (
          <button type="button" className="button ghost small" onClick={onEdit} aria-label={`${t('targetGroups.edit')}: ${name}`}>
            {t('targetGroups.edit')}
          </button>
        )}
      </div>
      {g.description && <p>{g.description}</p>}
      <dl className="target-group-facts">
        <dt>{t('targetGroups.partnersLabel')}</dt>
        <dd>
          {g.partners.length ? g.partners.map((p) => p.name).join(', ') : <span className="muted">{t('targetGroups.noPartners')}</span>}
        </dd>
        <dt>{t('targetGroups.programmesLabel')}</dt>
        <dd>
          {g.programmes.length === 0 ? (
            <span className="muted">{t('targetGroups.noProgrammes')}</span>
          ) : (
            <ul>
              {g.programmes.map((p) => (
                <li key={p.name}>
                  {p.url ? (
                    <a href={p.url} rel="noopener noreferrer" target="_blank">
                      {p.name}
                    </a>
                  ) : (
                    <strong>{p.name}</strong>
                  )}
                  {p.description ? ` — ${p.description}` : ''}
                </li>
              ))}
            </ul>
          )}
        </dd>
        <dt>{t('targetGroups.areasLabel')}</dt>
        <dd>{g.areaCodes.length ? g.areaCodes.join(', ') : t('targetGroups.cityWide')}</dd>
        <dt>{t('targetGroups.indicatorsLabel')}</dt>
        <dd>
          {g.categories.length === 0 && g.crimeTypes.length === 0 ? (
            <span className="muted">{t('targetGroups.noIndicator')}</span>
          ) : (
            <>
              {g.categories.length > 0 && (
                <p>
                  {t('targetGroups.categoriesLabel')}: {g.categories.map((c) => c.name).join(', ')}
                </p>
              )}
              {g.crimeTypes.length > 0 && (
                <p>
                  {t('targetGroups.crimeTypesLabel')}: {g.crimeTypes.map((c) => `${c.code} ${c.title}`).join(', ')}
                </p>
              )}
            </>
          )}
        </dd>
      </dl>
    </li>
  );
}
