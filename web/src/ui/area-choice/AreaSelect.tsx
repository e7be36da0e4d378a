/** A choice of wijk or buurt (grouped per wijk), from the newest indeling (area-choices.ts). */
import { useTranslation } from 'react-i18next';
import type { AreaChoices } from './area-choices.ts';

interface Props {
  id?: string;
  areas: AreaChoices | null;
  value: string;
  onChange(code: string): void;
  /** The first option: '' = every area (filters) or "choose" (forms). */
  emptyLabel: string;
  required?: boolean;
}

export function AreaSelect({ id, areas, value, onChange, emptyLabel, required }: Props) {
  return (
    <select id={id} value={value} onChange={(e) => onChange(e.target.value)} required={required}>
      <option value="">{emptyLabel}</option>
      <AreaOptions areas={areas} />
    </select>
  );
}

/** Each wijk as a group: the whole wijk, then its buurten (for a single or a multiple select). */
export function AreaOptions({ areas }: { areas: AreaChoices | null }) {
  const { t } = useTranslation();
  return (
    <>
      {areas?.wijken.map((w) => (
        <optgroup key={w.code} label={w.name}>
          <option value={w.code}>{t('areaChoice.wholeWijk', { name: w.name })}</option>
          {areas.buurten
            .filter((b) => b.parent === w.code)
            .map((b) => (
              <option key={b.code} value={b.code}>
                {b.name}
              </option>
            ))}
        </optgroup>
      ))}
    </>
  );
}
