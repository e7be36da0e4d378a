/** The mission log: decisions, meetings and notes, newest first; a form to record one. */
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Field } from '../../ui/Field.tsx';
import { useAsync } from '../../ui/use-async.ts';
import { addLogEntry, listLog } from './api.ts';
import { formatDay } from './progress-format.ts';
import { LOG_KINDS, type LogKind } from './types.ts';
import { useSubmit } from '../../ui/use-submit.ts';

interface Props {
  missionId: string;
  canAdd: boolean;
  csrfToken: string | null;
}

const today = () => new Date().toISOString().slice(0, 10);

export function LogSection({ missionId, canAdd, csrfToken }: Props) {
  const { t, i18n } = useTranslation();
  const [state, reload] = useAsync(() => listLog(missionId), [missionId]);
  const [f, setF] = useState<{ kind: LogKind; occurredOn: string; title: string; body: string }>({
    kind: 'decision',
    occurredOn: today(),
    title: '',
    body: '',
  });
  const submit = useSubmit();

  async function send(e: FormEvent) {
    e.preventDefault();
    if (f.title.trim().length < 2) return submit.setError(t('missions.errors.titleShort'));
    if (await submit.run(() => addLogEntry(missionId, { ...f, title: f.title.trim(), body: f.body.trim() }, csrfToken))) {
      setF({ ...f, title: '', body: '' });
      reload();
    }
  }
  return (
    <div className="mission-log">
      {state.status === 'error' && (
        <p className="alert" role="alert">
          {state.detail}
        </p>
      )}
      {state.status === 'ready' &&
        (state.data.entries.length === 0 ? (
          <p className="muted">{t('missions.log.none')}</p>
        ) : (
          <ol className="timeline">
            {state.data.entries.map((e) => (
              <li key={e.id} data-kind={e.kind}>
                <time dateTime={e.occurredOn}>{formatDay(e.occurredOn, i18n.language)}</time>{' '}
                <span className="chip">{t(`missions.logKind.${e.kind}`)}</span>
                <p>
                  <strong>{e.title}</strong>
                </p>
                {e.body && <p className="log-body">{e.body}</p>}
              </li>
            ))}
          </ol>
        ))}
      {canAdd && (
        <form className="panel-card action-form" onSubmit={send} noValidate aria-labelledby="log-form-title">
          <h3 id="log-form-title">{t('missions.log.add')}</h3>
          <div className="field-row">
            <Field id="log-kind" label={t('missions.log.kind')}>
              <select value={f.kind} onChange={(e) => setF({ ...f, kind: e.target.value as LogKind })}>
                {LOG_KINDS.map((k) => (
                  <option key={k} value={k}>
                    {t(`missions.logKind.${k}`)}
                  </option>
                ))}
              </select>
            </Field>
            <Field id="log-date" label={t('missions.log.date')}>
              <input type="date" value={f.occurredOn} onChange={(e) => setF({ ...f, occurredOn: e.target.value })} />
            </Field>
          </div>
          <Field id="log-title" label={t('missions.log.title')}>
            <input type="text" value={f.title} onChange={(e) => setF({ ...f, title: e.target.value })} />
          </Field>
          <Field id="log-body" label={t('missions.log.body')} hint={t('missions.log.bodyHint')}>
            <textarea rows={3} value={f.body} onChange={(e) => setF({ ...f, body: e.target.value })} />
          </Field>
          {submit.error && (
            <p className="alert" role="alert">
              {submit.error}
            </p>
          )}
          <button type="submit" className="button primary" disabled={submit.busy}>
            {t('missions.log.submit')}
          </button>
        </form>
      )}
    </div>
  );
}
