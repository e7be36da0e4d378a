/** Manual indicator values of a trial, per unit and period (an empty box removes a value). */
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useSubmit } from '../../ui/use-submit.ts';
import { putTrialValues, type Trial } from './trial-api.ts';
import { periodLabel } from './trial-form.ts';

interface Props {
  missionId: string;
  trial: Trial;
  csrfToken: string | null;
  onSaved(t: Trial): void;
}

const keyOf = (unit: string, period: string) => `${unit}|${period}`;

export function TrialValuesForm({ missionId, trial, csrfToken, onSaved }: Props) {
  const { t } = useTranslation();
  const submit = useSubmit();
  const [saved, setSaved] = useState(false);
  const [cells, setCells] = useState<Record<string, string>>(() =>
    Object.fromEntries(trial.measurements.map((m) => [keyOf(m.unit, m.period), String(m.value)])),
  );
  const units = trial.allocation ?? [];

  async function send(e: FormEvent) {
    e.preventDefault();
    setSaved(false);
    const values = units.flatMap((u) =>
      trial.periods.map((p) => {
        const text = (cells[keyOf(u.code, p.key)] ?? '').trim().replace(',', '.');
        return { unit: u.code, period: p.key, value: text === '' || Number.isNaN(Number(text)) ? null : Number(text) };
      }),
    );
    const next = await submit.run(() => putTrialValues(missionId, trial.measureId, { values }, csrfToken));
    if (next) {
      setSaved(true);
      onSaved(next);
    }
  }

  return (
    <form className="trial-values" onSubmit={send} aria-label={t('trial.values')}>
      <p className="hint">{t('trial.valuesHint')}</p>
      <div className="table-scroll">
        <table className="data-table">
          <caption>{t('trial.values')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('trial.unit')}</th>
              {trial.periods.map((p) => {
                const [key, opts] = periodLabel(p.key);
                return (
                  <th key={p.key} scope="col">
                    {t(key, opts)}
                  </th>
                );
              })}
            </tr>
          </thead>
          <tbody>
            {units.map((u) => (
              <tr key={u.code}>
                <th scope="row">{u.label}</th>
                {trial.periods.map((p) => {
                  const [key, opts] = periodLabel(p.key);
                  return (
                    <td key={p.key}>
                      <input
                        type="text"
                        inputMode="decimal"
                        size={6}
                        aria-label={`${u.label} — ${t(key, opts)}`}
                        value={cells[keyOf(u.code, p.key)] ?? ''}
                        onChange={(e) => setCells((c) => ({ ...c, [keyOf(u.code, p.key)]: e.target.value }))}
                      />
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {submit.error && (
        <p className="alert" role="alert">
          {submit.error}
        </p>
      )}
      {saved && <p role="status">{t('trial.saved')}</p>}
      <button type="submit" disabled={submit.busy}>
        {t('trial.saveValues')}
      </button>
    </form>
  );
}
