/** The review steps of one initiative (initiatives:review): status, publication and reviewer, mission links, check-in. */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Field } from '../../ui/Field.tsx';
import { useSubmit } from '../../ui/use-submit.ts';
import { changeInitiative, checkInDone, type InitiativeDetail } from './api.ts';
import { TRANSITIONS } from './transitions.ts';

export interface SectionProps {
  i: InitiativeDetail;
  csrf: string | null;
  onChanged(i: InitiativeDetail): void;
}

export function StatusSection({ i, csrf, onChanged }: SectionProps) {
  const { t } = useTranslation();
  const [note, setNote] = useState('');
  const submit = useSubmit();
  async function move(status: InitiativeDetail['status']) {
    const next = await submit.run(() => changeInitiative(i.id, { status, ...(note.trim() ? { note: note.trim() } : {}) }, csrf));
    if (next) {
      setNote('');
      onChanged(next);
    }
  }
  return (
    <section aria-labelledby="initiative-status-title">
      <h2 id="initiative-status-title">{t('initiatives.detail.status')}</h2>
      <Field id="initiative-note" label={t('initiatives.detail.note')}>
        <textarea rows={2} maxLength={1000} value={note} onChange={(e) => setNote(e.target.value)} />
      </Field>
      <div className="initiative-actions">
        {TRANSITIONS[i.status].map((s) => (
          <button key={s} type="button" className="button" disabled={submit.busy} onClick={() => move(s)}>
            {t('initiatives.detail.moveTo', { status: t(`initiatives.status.${s}`) })}
          </button>
        ))}
      </div>
      {submit.error && <p role="alert">{submit.error}</p>}
    </section>
  );
}

export function PublicationSection({ i, csrf, onChanged, userId }: SectionProps & { userId: string }) {
  const { t } = useTranslation();
  const submit = useSubmit();
  const review = i.review!;
  const change = async (body: Parameters<typeof changeInitiative>[1]) => {
    const next = await submit.run(() => changeInitiative(i.id, body, csrf));
    if (next) onChanged(next);
  };
  return (
    <section aria-labelledby="initiative-publication">
      <h2 id="initiative-publication">
        {t('initiatives.detail.reviewer')}: {review.reviewer?.name ?? t('initiatives.detail.reviewerNone')}
      </h2>
      <div className="initiative-actions">
        {review.reviewer?.id !== userId && (
          <button type="button" className="button" disabled={submit.busy} onClick={() => change({ reviewerId: userId })}>
            {t('initiatives.detail.takeOver')}
          </button>
        )}
        {review.publishConsent ? (
          <button type="button" className="button" disabled={submit.busy} onClick={() => change({ published: !review.published })}>
            {review.published ? t('initiatives.detail.unpublish') : t('initiatives.detail.publish')}
          </button>
        ) : (
          <p className="hint">{t('initiatives.detail.noConsent')}</p>
        )}
      </div>
      {review.published && <p className="hint">{t('initiatives.detail.publishedNow')}</p>}
      {submit.error && <p role="alert">{submit.error}</p>}
    </section>
  );
}

export function MissionLinks({ i, csrf, onChanged }: SectionProps) {
  const { t } = useTranslation();
  const [text, setText] = useState(i.review!.missionIds.join(', '));
  const submit = useSubmit();
  async function save() {
    const missionIds = text
      .split(/[\s,]+/)
      .map((x) => x.trim())
      .filter(Boolean);
    const next = await submit.run(() => changeInitiative(i.id, { missionIds }, csrf));
    if (next) onChanged(next);
  }
  return (
    <section aria-labelledby="initiative-missions">
      <h2 id="initiative-missions">{t('initiatives.detail.missions')}</h2>
      {i.review!.missionIds.length === 0 && <p className="hint">{t('initiatives.detail.missionsNone')}</p>}
      <Field id="initiative-mission-ids" label={t('initiatives.detail.missions')} hint={t('initiatives.detail.missionsHint')}>
        <input type="text" value={text} onChange={(e) => setText(e.target.value)} />
      </Field>
      <button type="button" className="button" disabled={submit.busy} onClick={save}>
        {t('initiatives.detail.saveMissions')}
      </button>
      {submit.error && <p role="alert">{submit.error}</p>}
    </section>
  );
}

export function CheckInSection({ i, csrf, onChanged }: SectionProps) {
  const { t } = useTranslation();
  const submit = useSubmit();
  const review = i.review!;
  return (
    <section aria-labelledby="initiative-check-in">
      <h2 id="initiative-check-in">
        {t('initiatives.detail.checkIn')}
        {review.checkInDue && <span className="badge check-in-due">{t('initiatives.staff.checkInDue')}</span>}
      </h2>
      <p>{review.nextCheckIn ? t('initiatives.detail.checkInNext', { date: review.nextCheckIn }) : t('initiatives.detail.checkInNone')}</p>
      {i.status !== 'ended' && review.nextCheckIn && (
        <button
          type="button"
          className="button"
          disabled={submit.busy}
          onClick={async () => {
            const next = await submit.run(() => checkInDone(i.id, '', csrf));
            if (next) onChanged(next);
          }}
        >
          {t('initiatives.detail.checkInDone')}
        </button>
      )}
      {submit.error && <p role="alert">{submit.error}</p>}
    </section>
  );
}
