/** The person of a case: name, date of birth, masked BSN with "toon" (each reveal is logged), address, partners and care information. */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Field } from '../../ui/Field.tsx';
import { useSubmit } from '../../ui/use-submit.ts';
import { type CaseView, changeCase, revealBsn } from './api-cases.ts';
import { formatDate } from './case-format.ts';

interface Props {
  view: CaseView;
  csrf: string | null;
  onChanged(): void;
}

function BsnValue({ view }: { view: CaseView }) {
  const { t } = useTranslation();
  const [bsn, setBsn] = useState<string | null>(null);
  const { busy, error, run } = useSubmit();
  if (!view.person.bsnMasked) return <>—</>;
  return (
    <>
      <span className="chip">{bsn ?? view.person.bsnMasked}</span>
      {bsn === null ? (
        <button
          type="button"
          className="button secondary"
          disabled={busy}
          onClick={() => void run(() => revealBsn(view.id)).then((v) => v && setBsn(v))}
        >
          {t('cases.case.showBsn')}
        </button>
      ) : (
        <button type="button" className="button secondary" onClick={() => setBsn(null)}>
          {t('cases.case.hideBsn')}
        </button>
      )}
      <span className="hint"> {t('cases.case.bsnLogged')}</span>
      {error && <span role="alert"> {error}</span>}
    </>
  );
}

function CareInfo({ view, csrf, onChanged }: Props) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState(false);
  const [text, setText] = useState(view.careInfo ?? '');
  const { busy, error, run } = useSubmit();
  async function save() {
    if (await run(() => changeCase(view.id, { careInfo: text.trim() || null }, csrf))) {
      setEditing(false);
      onChanged();
    }
  }
  if (!editing)
    return (
      <>
        <p className="case-care">{view.careInfo || '—'}</p>
        {view.permissions.edit && (
          <button type="button" className="button secondary" onClick={() => setEditing(true)}>
            {t('cases.case.editCare')}
          </button>
        )}
      </>
    );
  return (
    <>
      <Field id="case-care-edit" label={t('cases.case.careInfo')} error={error}>
        <textarea value={text} onChange={(e) => setText(e.target.value)} rows={5} />
      </Field>
      <div className="form-actions">
        <button type="button" className="button" disabled={busy} onClick={() => void save()}>
          {t('cases.case.save')}
        </button>
        <button type="button" className="button secondary" onClick={() => setEditing(false)}>
          {t('cases.new.cancel')}
        </button>
      </div>
    </>
  );
}

export function PersonSection({ view, csrf, onChanged }: Props) {
  const { t, i18n } = useTranslation();
  return (
    <section className="case-section" aria-labelledby="case-person-h">
      <h2 id="case-person-h">{t('cases.new.person')}</h2>
      <dl className="case-facts">
        <dt>{t('cases.case.name')}</dt>
        <dd>{view.person.name ?? '—'}</dd>
        <dt>{t('cases.case.birthDate')}</dt>
        <dd>{view.person.birthDate ? formatDate(view.person.birthDate, i18n.language) : '—'}</dd>
        <dt>{t('cases.case.bsn')}</dt>
        <dd>
          <BsnValue view={view} />
        </dd>
        <dt>{t('cases.case.address')}</dt>
        <dd>{view.person.address ?? '—'}</dd>
        <dt>{t('cases.case.partners')}</dt>
        <dd>{view.partners.map((p) => p.name).join(', ') || '—'}</dd>
      </dl>
      <h3>{t('cases.case.careInfo')}</h3>
      <CareInfo view={view} csrf={csrf} onChanged={onChanged} />
    </section>
  );
}
