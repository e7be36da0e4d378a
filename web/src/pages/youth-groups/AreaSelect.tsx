/** A choice of wijk or buurt (grouped per wijk), from the newest indeling. */
import { useTranslation } from 'react-i18next';
import type { AreaChoices } from './api.ts';

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
  const { t } = useTranslation();
  return (
    <select id={id} value={value} onChange={(e) => onChange(e.target.value)} required={required}>
      <option value="">{emptyLabel}</option>
      {areas?.wijken.map((w) => (
        <optgroup key={w.code} label={w.name}>
          <option value={w.code}>{t('youthGroups.wholeWijk', { name: w.name })}</option>
          {areas.buurten
            .filter((b) => b.parent === w.code)
            .map((b) => (
              <option key={b.code} value={b.code}>
                {b.name}
              </option>
            ))}
        </optgroup>
      ))}
    </select>
  );
}

/** The name of an area code, or the code itself while the names load. */
export function areaName(areas: AreaChoices | null, code: string): string {
  return areas?.buurten.find((b) => b.code === code)?.name ?? areas?.wijken.find((w) => w.code === code)?.name ?? code;
}
