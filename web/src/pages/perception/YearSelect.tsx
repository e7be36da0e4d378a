/** A labelled year choice. */
import { useTranslation } from 'react-i18next';

interface Props {
  id: string;
  years: readonly number[];
  value: number;
  onChange(year: number): void;
}

export function YearSelect({ id, years, value, onChange }: Props) {
  const { t } = useTranslation();
  return (
    <div className="field-inline">
      <label htmlFor={id}>{t('perception.year')}</label>
      <select id={id} value={value} onChange={(e) => onChange(Number(e.target.value))}>
        {years.map((y) => (
          <option key={y} value={y}>
            {y}
          </option>
        ))}
      </select>
    </div>
  );
}
