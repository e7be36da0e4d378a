/**
 * A 1–10 mark as a fieldset of radio buttons (legend = the question): arrow keys move within the
 * group, the error is tied to the group with aria-describedby.
 */
import { useTranslation } from 'react-i18next';
import { SCALE } from './pulse-form.ts';

interface Props {
  id: string;
  legend: string;
  value: number | null;
  error: string | null;
  onChange(value: number): void;
}

export function ScaleField({ id, legend, value, error, onChange }: Props) {
  const { t } = useTranslation();
  const hint = `${id}-hint`;
  const described = [hint, error ? `${id}-error` : null].filter(Boolean).join(' ');
  return (
    <fieldset id={id} className={`scale-field${error ? ' has-error' : ''}`} aria-describedby={described} tabIndex={-1}>
      <legend>{legend}</legend>
      <p id={hint} className="hint">
        {t('perception.pulse.scaleHint')}
      </p>
      {error && (
        <p id={`${id}-error`} className="field-error">
          {error}
        </p>
      )}
      <div className="scale-options">
        {SCALE.map((mark) => (
          <label key={mark} className="scale-option">
            <input
              type="radio"
              name={id}
              value={mark}
              checked={value === mark}
              aria-invalid={error ? true : undefined}
              onChange={() => onChange(mark)}
            />
            <span>{mark}</span>
          </label>
        ))}
      </div>
      <p className="scale-ends" aria-hidden="true">
        <span>1 · {t('perception.pulse.scaleLow')}</span>
        <span>10 · {t('perception.pulse.scaleHigh')}</span>
      </p>
    </fieldset>
  );
}
