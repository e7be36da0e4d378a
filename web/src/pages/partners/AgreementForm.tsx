/** Record or change an agreement: kind, title, legal basis (required for information sharing), dates, data, areas, other parties. */
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Field } from '../../ui/Field.tsx';
import { useAsync } from '../../ui/use-async.ts';
import { useSubmit } from '../../ui/use-submit.ts';
import { AreaCodesInput } from './AreaCodesInput.tsx';
import { AGREEMENT_KINDS, type Agreement, type AgreementKind, addAgreement, changeAgreement, listPartners } from './api.ts';
import type { AreaNames } from './areas.ts';

interface Props {
  partnerId: string;
  agreement?: Agreement;
  areas: AreaNames;
  csrfToken: string | null;
  onSaved(message: string): void;
}

export function AgreementForm({ partnerId, agreement: a, areas, csrfToken, onSaved }: Props) {
  const { t } = useTranslation();
  const [kind, setKind] = useState<AgreementKind>(a?.kind ?? 'convenant');
  const [title, setTitle] = useState(a?.title ?? '');
  const [legalBasis, setLegalBasis] = useState(a?.legalBasis ?? '');
  const [startsOn, setStartsOn] = useState(a?.startsOn ?? '');
  const [endsOn, setEndsOn] = useState(a?.endsOn ?? '');
  const [dataCovered, setDataCovered] = useState(a?.dataCovered ?? '');
  const [areaCodes, setAreaCodes] = useState<string[]>(a?.areaCodes ?? []);
  const [parties, setParties] = useState<string[]>(a?.parties.map((p) => p.id).filter((id) => id !== partnerId) ?? []);
  const [others] = useAsync(() => listPartners({}), []);
  const { busy, error, run } = useSubmit();
  const prefix = a ? `agreement-${a.id}` : 'agreement-new';

  async function submit(e: FormEvent) {
    e.preventDefault();
    const common = { kind, title: title.trim(), startsOn, areaCodes, partyIds: parties };
    const saved = await run(() =>
      a
        ? changeAgreement(
            partnerId,
            a.id,
            { ...common, legalBasis: legalBasis.trim() || null, endsOn: endsOn || null, dataCovered: dataCovered.trim() || null },
            csrfToken,
          )
        : addAgreement(
            partnerId,
            {
              ...common,
              ...(legalBasis.trim() ? { legalBasis: legalBasis.trim() } : {}),
              ...(endsOn ? { endsOn } : {}),
              ...(dataCovered.trim() ? { dataCovered: dataCovered.trim() } : {}),
            },
            csrfToken,
          ),
    );
    if (!saved) return;
    if (!a) {
      setTitle('');
      setLegalBasis('');
      setStartsOn('');
      setEndsOn('');
      setDataCovered('');
      setAreaCodes([]);
      setParties([]);
    }
    onSaved(t(a ? 'partners.agreements.saved' : 'partners.agreements.added', { title: saved.title }));
  }

  return (
    <form className="action-form agreement-form" onSubmit={submit} aria-labelledby={`${prefix}-title`}>
      <h3 id={`${prefix}-title`}>{a ? t('partners.agreements.editTitle', { title: a.title }) : t('partners.agreements.add')}</h3>
      <Field id={`${prefix}-kind`} label={t('partners.agreements.kind')}>
        <select value={kind} onChange={(e) => setKind(e.target.value as AgreementKind)}>
          {AGREEMENT_KINDS.map((k) => (
            <option key={k} value={k}>
              {t(`partners.agreements.kinds.${k}`)}
            </option>
          ))}
        </select>
      </Field>
      <Field id={`${prefix}-title-field`} label={t('partners.agreements.titleField')}>
        <input required minLength={2} maxLength={200} value={title} onChange={(e) => setTitle(e.target.value)} />
      </Field>
      <Field id={`${prefix}-basis`} label={t('partners.agreements.legalBasis')} hint={t('partners.agreements.legalBasisHint')}>
        <input
          maxLength={300}
          required={kind === 'information-sharing'}
          value={legalBasis}
          onChange={(e) => setLegalBasis(e.target.value)}
        />
      </Field>
      <Field id={`${prefix}-start`} label={t('partners.agreements.startsOn')}>
        <input type="date" required value={startsOn} onChange={(e) => setStartsOn(e.target.value)} />
      </Field>
      <Field id={`${prefix}-end`} label={t('partners.agreements.endsOn')} hint={t('partners.agreements.endsOnHint')}>
        <input type="date" min={startsOn || undefined} value={endsOn} onChange={(e) => setEndsOn(e.target.value)} />
      </Field>
      <Field id={`${prefix}-data`} label={t('partners.agreements.dataCovered')}>
        <textarea rows={2} maxLength={2000} value={dataCovered} onChange={(e) => setDataCovered(e.target.value)} />
      </Field>
      <AreaCodesInput
        id={`${prefix}-areas`}
        areas={areas}
        value={areaCodes}
        onChange={setAreaCodes}
        legend={t('partners.agreements.areas')}
      />
      {others.status === 'ready' && (
        <fieldset className="agreement-parties">
          <legend>{t('partners.agreements.otherParties')}</legend>
          {others.data
            .filter((p) => p.id !== partnerId && p.active)
            .map((p) => (
              <label key={p.id} className="check">
                <input
                  type="checkbox"
                  checked={parties.includes(p.id)}
                  onChange={(e) => setParties(e.target.checked ? [...parties, p.id] : parties.filter((id) => id !== p.id))}
                />
                {p.name}
              </label>
            ))}
        </fieldset>
      )}
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
      <button type="submit" className="button primary" disabled={busy}>
        {a ? t('partners.agreements.save') : t('partners.agreements.add')}
      </button>
    </form>
  );
}
