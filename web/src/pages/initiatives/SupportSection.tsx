/** Support given to an initiative: the entries so far and a form to record one (initiatives:review). */
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Field } from '../../ui/Field.tsx';
import { useSubmit } from '../../ui/use-submit.ts';
import { addSupport, type SupportBody } from './api.ts';
import type { SectionProps } from './ReviewSections.tsx';

const KINDS: SupportBody['kind'][] = ['amount', 'materials', 'training', 'contact'];
const today = () => new Date().toISOString().slice(0, 10);

export function SupportSection({ i, csrf, onChanged }: SectionProps) {
  const { t, i18n } = useTranslation();
  const [kind, setKind] = useState<SupportBody['kind']>('materials');
  const [amount, setAmount] = useState('');
  const [description, setDescription] = useState('');
  const [givenOn, setGivenOn] = useState(today());
  const [until, setUntil] = useState('');
  const submit = useSubmit();
  const euro = new Intl.NumberFormat(i18n.language, { style: 'currency', currency: 'EUR' });

  async function save(e: FormEvent) {
    e.preventDefault();
    const body: SupportBody = {
      kind,
      description: description.trim(),
      givenOn,
      ...(kind === 'amount' && amount.trim() ? { amountEuro: Number(amount.replace(',', '.')) } : {}),
      ...(until ? { until } : {}),
    };
    const next = await submit.run(() => addSupport(i.id, body, csrf));
    if (next) {
      setDescription('');
      setAmount('');
      onChanged(next);
    }
  }
  return (
    <section aria-labelledby="initiative-support">
      <h2 id="initiative-support">{t('initiatives.detail.support')}</h2>
      {(i.support ?? []).length === 0 ? (
        <p className="hint">{t('initiatives.detail.supportNone')}</p>
      ) : (
        <ul>
          {(i.support ?? []).map((s) => (
            <li key={s.id}>
              <strong>{t(`initiatives.supportKind.${s.kind}`)}</strong>
              {s.amountEuro !== null && <> {euro.format(s.amountEuro)}</>} — {s.description} ({s.givenOn}
              {s.until ? ` – ${s.until}` : ''})
            </li>
          ))}
        </ul>
      )}
      <form onSubmit={save} className="panel-card">
        <h3>{t('initiatives.detail.supportAdd')}</h3>
        <Field id="support-kind" label={t('initiatives.detail.supportKind')}>
          <select value={kind} onChange={(e) => setKind(e.target.value as SupportBody['kind'])}>
            {KINDS.map((k) => (
              <option key={k} value={k}>
                {t(`initiatives.supportKind.${k}`)}
              </option>
            ))}
          </select>
        </Field>
        {kind === 'amount' && (
          <Field id="support-amount" label={t('initiatives.detail.supportAmount')}>
            <input type="text" inputMode="decimal" value={amount} onChange={(e) => setAmount(e.target.value)} />
          </Field>
        )}
        <Field id="support-description" label={t('initiatives.detail.supportDescription')}>
          <input type="text" maxLength={500} value={description} onChange={(e) => setDescription(e.target.value)} />
        </Field>
        <Field id="support-from" label={t('initiatives.detail.supportFrom')}>
          <input type="date" value={givenOn} onChange={(e) => setGivenOn(e.target.value)} />
        </Field>
        <Field id="support-until" label={t('initiatives.detail.supportUntil')}>
          <input type="date" value={until} onChange={(e) => setUntil(e.target.value)} />
        </Field>
        <button type="submit" className="button" disabled={submit.busy}>
          {t('initiatives.detail.supportAdd')}
        </button>
        {submit.error && <p role="alert">{submit.error}</p>}
      </form>
    </section>
  );
}
