/** Who takes part: partner organisations and residents' initiatives or groups (no personal names). */
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Field } from '../../ui/Field.tsx';
import { useAsync } from '../../ui/use-async.ts';
import { addParticipant, listPartners, listParticipants, removeParticipant } from './api.ts';
import { PARTICIPANT_KINDS, type Participant } from './types.ts';
import { useSubmit } from '../../ui/use-submit.ts';

interface Props {
  missionId: string;
  canEdit: boolean;
  csrfToken: string | null;
}

export function ParticipantsSection({ missionId, canEdit, csrfToken }: Props) {
  const { t } = useTranslation();
  const [state, reload] = useAsync(
    () => Promise.all([listParticipants(missionId), canEdit ? listPartners() : Promise.resolve({ partners: [] })]),
    [missionId],
  );
  const [f, setF] = useState<{ kind: Participant['kind']; partnerId: string; name: string; role: string }>({
    kind: 'initiative',
    partnerId: '',
    name: '',
    role: '',
  });
  const submit = useSubmit();

  async function send(e: FormEvent) {
    e.preventDefault();
    const body =
      f.kind === 'partner'
        ? { kind: f.kind, partnerId: f.partnerId, role: f.role || undefined }
        : { kind: f.kind, name: f.name.trim(), role: f.role || undefined };
    if (await submit.run(() => addParticipant(missionId, body, csrfToken))) {
      setF({ ...f, partnerId: '', name: '', role: '' });
      reload();
    }
  }
  if (state.status === 'loading') return <p role="status">{t('app.loading')}</p>;
  if (state.status === 'error')
    return (
      <p className="alert" role="alert">
        {state.detail}
      </p>
    );
  const [{ participants }, { partners: allPartners }] = state.data;
  // a deactivated partner keeps its history but is not offered for new participation
  const partners = allPartners.filter((p) => p.active);
  return (
    <div className="participants">
      {participants.length === 0 ? (
        <p className="muted">{t('missions.participants.none')}</p>
      ) : (
        <ul className="report-list">
          {participants.map((p) => (
            <li key={p.id}>
              <strong>{p.name}</strong> <span className="chip">{t(`missions.participantKind.${p.kind}`)}</span>
              {p.role ? ` — ${p.role}` : ''}
              {canEdit && (
                <button
                  type="button"
                  className="link-button"
                  onClick={async () => (await submit.run(() => removeParticipant(missionId, p.id, csrfToken).then(() => true))) && reload()}
                >
                  {t('missions.participants.remove')}
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      {canEdit && (
        <form className="panel-card action-form" onSubmit={send} noValidate aria-labelledby="participant-form-title">
          <h3 id="participant-form-title">{t('missions.participants.add')}</h3>
          <div className="field-row">
            <Field id="participant-kind" label={t('missions.participants.kind')}>
              <select value={f.kind} onChange={(e) => setF({ ...f, kind: e.target.value as Participant['kind'] })}>
                {PARTICIPANT_KINDS.map((k) => (
                  <option key={k} value={k}>
                    {t(`missions.participantKind.${k}`)}
                  </option>
                ))}
              </select>
            </Field>
            {f.kind === 'partner' ? (
              <Field
                id="participant-partner"
                label={t('missions.participants.partner')}
                hint={partners.length ? undefined : t('missions.participants.noPartners')}
              >
                <select value={f.partnerId} onChange={(e) => setF({ ...f, partnerId: e.target.value })}>
                  <option value="">—</option>
                  {partners.map((p) => (
                    <option key={p.id} value={p.id}>
                      {p.name}
                    </option>
                  ))}
                </select>
              </Field>
            ) : (
              <Field id="participant-name" label={t('missions.participants.name')} hint={t('missions.participants.nameHint')}>
                <input type="text" value={f.name} onChange={(e) => setF({ ...f, name: e.target.value })} />
              </Field>
            )}
          </div>
          <Field id="participant-role" label={t('missions.participants.role')}>
            <input type="text" value={f.role} onChange={(e) => setF({ ...f, role: e.target.value })} />
          </Field>
          {submit.error && (
            <p className="alert" role="alert">
              {submit.error}
            </p>
          )}
          <button type="submit" className="button primary" disabled={submit.busy}>
            {t('missions.participants.submit')}
          </button>
        </form>
      )}
    </div>
  );
}
