/**
 * Beheer → Instellingen: the municipality (CBS code read-only: another municipality means other area
 * files), the settings form, the demo data (managed in Beheer → Demo), the start-up warnings and the
 * recent changes with their old and new values. A change applies at once, without a restart.
 */
import { useTranslation } from 'react-i18next';
import type { Session } from '../../api/types.ts';
import { navLink } from '../../ui/nav-link.ts';
import { useAsync } from '../../ui/use-async.ts';
import { useAnnouncement } from './announcement.tsx';
import { dateTime } from './format.ts';
import { BEHEER_PATH } from './paths.ts';
import { getSettings } from './settings-api.ts';
import { SettingsForm } from './SettingsForm.tsx';
import type { SettingsView } from './types.ts';
import { labelCells } from '../../ui/cell-labels.ts';

interface Props {
  session: Session;
  onNavigate(path: string): void;
}

export function SettingsSection({ session, onNavigate }: Props) {
  const { t } = useTranslation();
  const [state, , setData] = useAsync(() => getSettings(), []);
  const { announce, region } = useAnnouncement();
  const view = state.status === 'ready' ? state.data : null;

  function saved(next: SettingsView) {
    setData(next);
    announce(t('beheer.settings.saved'), true);
  }

  return (
    <div className="page beheer-settings">
      <h1 tabIndex={-1}>{t('beheer.settings.title')}</h1>
      <p className="lead">{t('beheer.settings.lead')}</p>
      {region}
      {state.status === 'loading' && <p role="status">{t('beheer.settings.loading')}</p>}
      {state.status === 'error' && (
        <p className="alert" role="alert">
          {state.detail}
        </p>
      )}
      {view && (
        <>
          <dl className="settings-facts">
            <dt>{t('beheer.settings.code')}</dt>
            <dd>
              <code>{view.municipality.code}</code>
              <p className="hint">{t('beheer.settings.codeHint')}</p>
            </dd>
            <dt>{t('beheer.settings.demo')}</dt>
            <dd>
              <a {...navLink(`${BEHEER_PATH}/demo`, onNavigate)}>{t('beheer.settings.demoLink')}</a>
            </dd>
          </dl>
          <SettingsForm key={view.changes[0]?.id ?? 0} view={view} csrfToken={session.csrfToken} onSaved={saved} />
          <Warnings view={view} />
          <Changes view={view} />
        </>
      )}
    </div>
  );
}

function Warnings({ view }: { view: SettingsView }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="settings-warnings-title">
      <h2 id="settings-warnings-title">{t('beheer.settings.warningsTitle')}</h2>
      {view.warnings.length === 0 ? (
        <p>{t('beheer.settings.noWarnings')}</p>
      ) : (
        <>
          <p className="hint">{t('beheer.settings.warningsHint')}</p>
          <ul className="settings-warnings">
            {view.warnings.map((w) => (
              <li key={w.code} data-warning={w.code}>
                {t(`beheer.settings.warnings.${w.code}`, { defaultValue: w.message })}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

function Changes({ view }: { view: SettingsView }) {
  const { t, i18n } = useTranslation();
  const value = (v: string | null) => v ?? t('beheer.settings.none');
  return (
    <section aria-labelledby="settings-changes-title">
      <h2 id="settings-changes-title">{t('beheer.settings.changesTitle')}</h2>
      {view.changes.length === 0 ? (
        <p>{t('beheer.settings.noChanges')}</p>
      ) : (
        <div className="table-scroll">
          <table ref={labelCells} className="inbox-table settings-changes">
            <caption className="visually-hidden">{t('beheer.settings.changesTitle')}</caption>
            <thead>
              <tr>
                {['when', 'setting', 'old', 'new'].map((c) => (
                  <th key={c} scope="col">
                    {t(`beheer.settings.columns.${c}`)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {view.changes.map((c) => (
                <tr key={c.id}>
                  <td>{dateTime(c.changedAt, i18n.language)}</td>
                  <th scope="row">{t(`beheer.settings.labels.${c.setting}`, { defaultValue: c.setting })}</th>
                  <td>{value(c.oldValue)}</td>
                  <td>{value(c.newValue)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
