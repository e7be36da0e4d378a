/** Two-level category choice: main category, then sub-category (reports always get a sub-category). */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { mainOf, type CategoryIndex } from './categories.ts';
import { Field } from '../../ui/Field.tsx';

interface Props {
  index: CategoryIndex;
  value: string;
  error?: string | null;
  idPrefix: string;
  onChange(slug: string): void;
}

export function CategoryPicker({ index, value, error, idPrefix, onChange }: Props) {
  const { t } = useTranslation();
  const [main, setMain] = useState(() => mainOf(index, value)?.slug ?? '');
  useEffect(() => {
    const m = mainOf(index, value)?.slug;
    if (m) setMain(m);
  }, [index, value]);
  const children = index.mains.find((m) => m.slug === main)?.children ?? [];

  return (
    <div className="category-picker">
      <Field id={`${idPrefix}-main`} label={t('signals.category.main')}>
        <select value={main} onChange={(e) => setMain(e.target.value)}>
          <option value="">{t('signals.category.chooseMain')}</option>
          {index.mains.map((m) => (
            <option key={m.slug} value={m.slug}>
              {m.name}
            </option>
          ))}
        </select>
      </Field>
      <Field
        id={`${idPrefix}-sub`}
        label={t('signals.category.sub')}
        error={error}
        hint={children.find((c) => c.slug === value)?.description}
      >
        <select value={children.some((c) => c.slug === value) ? value : ''} disabled={!main} onChange={(e) => onChange(e.target.value)}>
          <option value="">{t('signals.category.chooseSub')}</option>
          {children.map((c) => (
            <option key={c.slug} value={c.slug}>
              {c.name}
            </option>
          ))}
        </select>
      </Field>
    </div>
  );
}
