/**
 * "Standaardtekst": fills a text field with a standard text (Beheer → Berichten) for this report's
 * category or in general, placeholders filled in; the text stays editable before sending. Hidden
 * when there are none or the caller may not read them.
 */
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { getTemplates } from './api.ts';
import type { SignalDetail, Template } from './types.ts';
import { useAsync } from '../../ui/use-async.ts';

/** The texts that apply to the report: its sub-category's, its main category's, then the general ones; `status` first. */
export function applicableTexts(templates: Template[], signal: SignalDetail, status: string): Template[] {
  const rank = (c: string | null) => (c === signal.categorySlug ? 0 : c === signal.mainCategorySlug ? 1 : c === null ? 2 : -1);
  return templates
    .filter((x) => rank(x.categorySlug) >= 0)
    .sort((a, b) => Number(b.status === status) - Number(a.status === status) || rank(a.categorySlug) - rank(b.categorySlug));
}

/** The body with the report's values; {{text}} and {{trackingUrl}} are left out (the text is what staff write; the link is the reporter's own). */
export function fillStandardText(body: string, signal: SignalDetail): string {
  const values: Record<string, string> = { number: signal.number, category: signal.categoryName, deadline: signal.deadline ?? '' };
  return body
    .replace(/\{\{\s*([a-zA-Z]+)\s*\}\}/g, (_, k: string) => values[k] ?? '')
    .replace(/[ \t]+\n/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

export function StandardTextPicker({ signal, status, onPick }: { signal: SignalDetail; status: string; onPick(text: string): void }) {
  const { t } = useTranslation();
  const id = useId();
  const [state] = useAsync(() => getTemplates(), []);
  if (state.status !== 'ready') return null;
  const texts = applicableTexts(state.data.templates, signal, status);
  if (texts.length === 0) return null;
  return (
    <div className="field">
      <label htmlFor={id}>{t('signals.detail.standardText')}</label>
      <select
        id={id}
        value=""
        onChange={(e) => {
          const x = texts[Number(e.target.value)];
          if (x) onPick(fillStandardText(x.body, signal));
        }}
      >
        <option value="">{t('signals.detail.chooseStandardText')}</option>
        {texts.map((x, i) => (
          <option key={`${x.status}|${x.categorySlug}`} value={i}>
            {t(`signals.status.${x.status}`)} —{' '}
            {x.categorySlug
              ? x.categorySlug === signal.categorySlug
                ? signal.categoryName
                : x.categorySlug
              : t('signals.detail.generalText')}
            : {x.subject}
          </option>
        ))}
      </select>
    </div>
  );
}
