/** Theme tags as a group of checkboxes. */
import { useTranslation } from 'react-i18next';
import type { Theme } from './types.ts';

interface Props {
  id: string;
  themes: Theme[];
  value: string[];
  onChange(next: string[]): void;
}

export function ThemePicker({ id, themes, value, onChange }: Props) {
  const { t } = useTranslation();
  const toggle = (slug: string) => onChange(value.includes(slug) ? value.filter((s) => s !== slug) : [...value, slug]);
  return (
    <fieldset id={id} className="theme-picker">
      <legend>{t('perception.moderation.themes')}</legend>
      <div className="theme-options">
        {themes.map((th) => (
          <label key={th.slug} className="check">
            <input type="checkbox" checked={value.includes(th.slug)} onChange={() => toggle(th.slug)} />
            {th.name}
          </label>
        ))}
      </div>
    </fieldset>
  );
}
