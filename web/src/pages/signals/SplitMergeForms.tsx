/** Split a report into child reports (2–10 parts), and merge this report as a duplicate into another. */
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { mergeSignal, splitSignal } from './api.ts';
import type { CategoryIndex } from './categories.ts';
import { leafOptions } from './categories.ts';
import { Field } from '../../ui/Field.tsx';
import { checkSplitParts, normaliseMergeTarget, splitIsValid, type SplitPart } from './transitions.ts';
import type { SignalDetail } from './types.ts';
import { useAction } from './use-action.ts';

interface Props {
  signal: SignalDetail;
  csrfToken: string | null;
  onUpdated(d: SignalDetail): void;
}

export function SplitForm({ signal, csrfToken, onUpdated, categories }: Props & { categories: CategoryIndex }) {
  const { t } = useTranslation();
  const blank = (): SplitPart => ({ categorySlug: signal.categorySlug, description: '' });
  const [parts, setParts] = useState<SplitPart[]>([blank(), blank()]);
  const [checked, setChecked] = useState(false);
  const action = useAction(onUpdated);
  const problems = checkSplitParts(parts);
  const leaves = leafOptions(categories);
  const set = (i: number, p: Partial<SplitPart>) => setParts((all) => all.map((x, j) => (j === i ? { ...x, ...p } : x)));

  async function submit(e: FormEvent) {
    e.preventDefault();
    setChecked(true);
    if (!splitIsValid(parts)) return;
    if (
      await action.run(() =>
        splitSignal(
          signal.id,
          parts.map((p) => ({ ...p, description: p.description.trim() })),
          csrfToken,
        ),
      )
    ) {
      setParts([blank(), blank()]);
      setChecked(false);
    }
  }

  return (
    <form className="action-form" onSubmit={submit} noValidate aria-labelledby="split-title">
      <h3 id="split-title">{t('signals.detail.split')}</h3>
      <p className="hint">{t('signals.detail.splitHint')}</p>
      {parts.map((p, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: part i is "part i + 1" (legend, field ids); parts are only added and removed at the end.
        <fieldset key={i} className="split-part">
          <legend>{t('signals.detail.splitPart', { n: i + 1 })}</legend>
          <Field id={`split-${i}-category`} label={t('signals.inbox.category')}>
            <select value={p.categorySlug} onChange={(e) => set(i, { categorySlug: e.target.value })}>
              {leaves.map((c) => (
                <option key={c.slug} value={c.slug}>
                  {c.group} › {c.label}
                </option>
              ))}
            </select>
          </Field>
          <Field
            id={`split-${i}-description`}
            label={t('signals.detail.splitDescription')}
            error={checked && problems.parts[i]?.description ? t('signals.errors.tooShort', { min: 3 }) : null}
          >
            <textarea rows={2} value={p.description} onChange={(e) => set(i, { description: e.target.value })} />
          </Field>
        </fieldset>
      ))}
      <div className="form-actions">
        {parts.length < 10 && (
          <button type="button" className="button ghost small" onClick={() => setParts([...parts, blank()])}>
            {t('signals.detail.splitAdd')}
          </button>
        )}
        {parts.length > 2 && (
          <button type="button" className="button ghost small" onClick={() => setParts(parts.slice(0, -1))}>
            {t('signals.detail.splitRemove')}
          </button>
        )}
      </div>
      {action.error && (
        <p className="alert" role="alert">
          {action.error}
        </p>
      )}
      <button type="submit" className="button" disabled={action.busy}>
        {t('signals.detail.splitSubmit', { count: parts.length })}
      </button>
    </form>
  );
}

export function MergeForm({ signal, csrfToken, onUpdated }: Props) {
  const { t } = useTranslation();
  const [into, setInto] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const action = useAction(onUpdated);
  async function submit(e: FormEvent) {
    e.preventDefault();
    const target = normaliseMergeTarget(into, signal.number);
    if ('error' in target) return setProblem(t(`signals.errors.merge_${target.error}`));
    setProblem(null);
    await action.run(() => mergeSignal(signal.id, target.number, csrfToken));
  }
  return (
    <form className="action-form" onSubmit={submit} noValidate aria-labelledby="merge-title">
      <h3 id="merge-title">{t('signals.detail.merge')}</h3>
      <Field
        id="merge-into"
        label={t('signals.detail.mergeInto')}
        hint={t('signals.detail.mergeHint', { number: signal.number })}
        error={problem}
      >
        <input type="text" placeholder="M-2026-000123" value={into} onChange={(e) => setInto(e.target.value)} />
      </Field>
      {action.error && (
        <p className="alert" role="alert">
          {action.error}
        </p>
      )}
      <button type="submit" className="button" disabled={action.busy}>
        {t('signals.detail.mergeSubmit')}
      </button>
    </form>
  );
}
