/** The break-glass openings for the privacy officer: filter (to review / all, period), reason, and a verdict per opening. */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { labelCells } from '../../ui/cell-labels.ts';
import { Field } from '../../ui/Field.tsx';
import { useAsync } from '../../ui/use-async.ts';
import { useSubmit } from '../../ui/use-submit.ts';
import { listOpenings, type Opening, type OpeningsQuery, reviewOpening, type Verdict } from './api-privacy.ts';
import { dateTimeText } from './privacy-format.ts';

function VerdictForm({ opening, csrf, onDone }: { opening: Opening; csrf: string | null; onDone(o: Opening): void }) {
  const { t } = useTranslation();
  const [verdict, setVerdict] = useState<Verdict>('terecht');
  const [note, setNote] = useState('');
  const { busy, error, run } = useSubmit();
  const id = `cp-v-${opening.id}`;
  async function submit() {
    const done = await run(() => reviewOpening(opening.id, { verdict, ...(note.trim() ? { note: note.trim() } : {}) }, csrf));
    if (done) onDone(done);
  }
  return (
    <form
      className="cp-verdict"
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <label htmlFor={`${id}-verdict`}>{t('cases.review.verdict')}</label>
      <select id={`${id}-verdict`} value={verdict} onChange={(e) => setVerdict(e.target.value as Verdict)}>
        <option value="terecht">{t('cases.review.verdicts.terecht')}</option>
        <option value="onterecht">{t('cases.review.verdicts.onterecht')}</option>
      </select>
      <label htmlFor={`${id}-note`}>{t('cases.review.note')}</label>
      <input id={`${id}-note`} type="text" maxLength={2000} value={note} onChange={(e) => setNote(e.target.value)} />
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
      <button type="submit" className="button small primary" disabled={busy}>
        {t('cases.review.submitVerdict')}
      </button>
    </form>
  );
}

function ReviewCell({ opening, csrf, onDone }: { opening: Opening; csrf: string | null; onDone(o: Opening): void }) {
  const { t, i18n } = useTranslation();
  const r = opening.review;
  if (!r) return <VerdictForm opening={opening} csrf={csrf} onDone={onDone} />;
  return (
    <>
      <strong>{r.verdict ? t(`cases.review.verdicts.${r.verdict}`) : t('cases.review.unknown')}</strong>
      <span className="cell-sub">
        {t('cases.review.reviewedBy', { name: r.by ?? t('cases.review.unknown'), at: dateTimeText(r.at, i18n.language) })}
      </span>
      {r.note && <span className="cell-sub cp-reason">{r.note}</span>}
    </>
  );
}

function OpeningsTable({ openings, csrf, onDone }: { openings: Opening[]; csrf: string | null; onDone(o: Opening): void }) {
  const { t, i18n } = useTranslation();
  return (
    <div className="table-scroll">
      <table ref={labelCells} className="inbox-table">
        <caption className="visually-hidden">{t('cases.review.openingsCaption')}</caption>
        <thead>
          <tr>
            {['opened', 'case', 'user', 'reason', 'expires', 'verdict'].map((c) => (
              <th key={c} scope="col">
                {t(`cases.review.columns.${c}`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {openings.map((o) => (
            <tr key={o.id} data-opening={o.id}>
              <th scope="row">{dateTimeText(o.openedAt, i18n.language)}</th>
              <td>{o.caseReference}</td>
              <td>
                {o.user.name ?? t('cases.review.unknown')}
                {o.user.role && <span className="cell-sub">{t(`cases.review.roles.${o.user.role}`, { defaultValue: o.user.role })}</span>}
              </td>
              <td className="cp-reason">{o.reason}</td>
              <td>{dateTimeText(o.expiresAt, i18n.language)}</td>
              <td>
                <ReviewCell opening={o} csrf={csrf} onDone={onDone} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function OpeningsSection({ csrf }: { csrf: string | null }) {
  const { t } = useTranslation();
  const [filter, setFilter] = useState<OpeningsQuery>({ status: 'unreviewed' });
  const [form, setForm] = useState({ status: 'unreviewed' as 'unreviewed' | 'all', from: '', to: '' });
  const [state, , set] = useAsync(() => listOpenings(filter), [filter.status, filter.from, filter.to]);
  const openings = state.status === 'ready' ? state.data : null;
  // a verdict stays in view until the next filter, so the reviewer sees what was recorded
  const onDone = (o: Opening) => openings && set(openings.map((x) => (x.id === o.id ? o : x)));
  return (
    <section className="cp-section" aria-labelledby="cp-openings">
      <h2 id="cp-openings">{t('cases.review.openings')}</h2>
      <form
        className="cp-filters"
        onSubmit={(e) => {
          e.preventDefault();
          setFilter({ status: form.status, ...(form.from ? { from: form.from } : {}), ...(form.to ? { to: form.to } : {}) });
        }}
      >
        <Field id="cp-status" label={t('cases.review.show')}>
          <select value={form.status} onChange={(e) => setForm({ ...form, status: e.target.value as 'unreviewed' | 'all' })}>
            <option value="unreviewed">{t('cases.review.unreviewed')}</option>
            <option value="all">{t('cases.review.all')}</option>
          </select>
        </Field>
        <Field id="cp-from" label={t('cases.review.from')}>
          <input type="date" value={form.from} onChange={(e) => setForm({ ...form, from: e.target.value })} />
        </Field>
        <Field id="cp-to" label={t('cases.review.to')}>
          <input type="date" value={form.to} onChange={(e) => setForm({ ...form, to: e.target.value })} />
        </Field>
        <button type="submit" className="button">
          {t('cases.review.filter')}
        </button>
      </form>
      {state.status === 'error' ? (
        <p role="alert">{state.detail}</p>
      ) : openings === null ? (
        <p role="status">{t('cases.loading')}</p>
      ) : openings.length === 0 ? (
        <p>{t('cases.review.noOpenings')}</p>
      ) : (
        <OpeningsTable openings={openings} csrf={csrf} onDone={onDone} />
      )}
    </section>
  );
}
