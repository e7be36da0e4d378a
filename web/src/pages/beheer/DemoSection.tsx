/**
 * Beheer → Demo-inhoud: how many demo rows each module holds (synthetic incidents, made-up reports,
 * …), whether a fresh installation loads them (STADSVEILIG_DEMO), and "Verwijderen" (after a
 * confirmation: a restart does not bring them back) or "Laden". Messages go to one live region.
 */
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Session } from '../../api/types.ts';
import { DemoLabel } from '../../ui/DemoLabel.tsx';
import { useAsync } from '../../ui/use-async.ts';
import { useSubmit } from '../../ui/use-submit.ts';
import { useAnnouncement } from './announcement.tsx';
import { demoStatus, loadDemo, removeDemo, type DemoStatus } from './demo-api.ts';
import { dateTime } from './format.ts';

export function DemoSection({ session }: { session: Session }) {
  const { t, i18n } = useTranslation();
  const [state, reload] = useAsync(() => demoStatus(), []);
  const { announce, region } = useAnnouncement();
  const { busy, error, run } = useSubmit();
  const [confirming, setConfirming] = useState(false);
  const status = state.status === 'ready' ? state.data : null;

  async function remove() {
    setConfirming(false);
    const reply = await run(() => removeDemo(session.csrfToken));
    if (!reply) return;
    const count = reply.removed.reduce((s, r) => s + r.rows, 0);
    announce(t('beheer.demo.removed', { count, value: count.toLocaleString(i18n.language) }), true);
    reload();
  }

  async function load() {
    const reply = await run(() => loadDemo(session.csrfToken));
    if (!reply) return;
    announce(t('beheer.demo.loaded', { count: reply.status.total, value: reply.status.total.toLocaleString(i18n.language) }), true);
    reload();
  }

  return (
    <div className="page narrow beheer-demo">
      <h1 tabIndex={-1}>{t('beheer.demo.title')}</h1>
      <p className="lead">{t('beheer.demo.lead')}</p>
      {region}
      {error && (
        <p className="alert" role="alert">
          {error}
        </p>
      )}
      {state.status === 'loading' && <p role="status">{t('beheer.demo.loading')}</p>}
      {state.status === 'error' && (
        <p className="alert" role="alert">
          {state.detail}
        </p>
      )}
      {status && <DemoOverview status={status} />}
      {status && (
        <div className="demo-actions">
          {status.total > 0 && !confirming && (
            <button type="button" className="button primary" disabled={busy} onClick={() => setConfirming(true)}>
              {t('beheer.demo.remove')}
            </button>
          )}
          {confirming && <ConfirmRemove onConfirm={remove} onCancel={() => setConfirming(false)} />}
          {status.total === 0 && (
            <button type="button" className="button" disabled={busy} onClick={load}>
              {busy ? t('beheer.demo.loadingDemo') : t('beheer.demo.load')}
            </button>
          )}
        </div>
      )}
    </div>
  );
}

function DemoOverview({ status }: { status: DemoStatus }) {
  const { t, i18n } = useTranslation();
  return (
    <>
      <table className="demo-table">
        <caption>{t('beheer.demo.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('beheer.demo.columns.module')}</th>
            <th scope="col">{t('beheer.demo.columns.rows')}</th>
          </tr>
        </thead>
        <tbody>
          {status.modules.map((m) => (
            <tr key={m.module} data-module={m.module}>
              <th scope="row" className="demo-module">
                {t(`beheer.demo.modules.${m.module}`, { defaultValue: m.module })} {m.rows ? <DemoLabel /> : null}
              </th>
              <td className="demo-rows">{m.rows === null ? '–' : m.rows.toLocaleString(i18n.language)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p data-testid="demo-total">
        {status.total > 0
          ? t('beheer.demo.total', { count: status.total, value: status.total.toLocaleString(i18n.language) })
          : t('beheer.demo.none')}
      </p>
      {status.removedAt && <p>{t('beheer.demo.removedAt', { time: dateTime(status.removedAt, i18n.language) })}</p>}
      <p className="hint">{status.enabledOnFirstStart ? t('beheer.demo.firstStartOn') : t('beheer.demo.firstStartOff')}</p>
    </>
  );
}

/** "Really remove?": takes the focus (on Cancel, the safe choice) when it opens. */
function ConfirmRemove({ onConfirm, onCancel }: { onConfirm(): void; onCancel(): void }) {
  const { t } = useTranslation();
  const cancelRef = useRef<HTMLButtonElement>(null);
  useEffect(() => cancelRef.current?.focus(), []);
  return (
    <fieldset className="confirm-disable">
      <legend>{t('beheer.demo.confirm')}</legend>
      <button type="button" className="button small primary" onClick={onConfirm}>
        {t('beheer.demo.confirmYes')}
      </button>{' '}
      <button type="button" className="button small ghost" ref={cancelRef} onClick={onCancel}>
        {t('beheer.demo.cancel')}
      </button>
    </fieldset>
  );
}
