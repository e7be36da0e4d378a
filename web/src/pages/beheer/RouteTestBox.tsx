/** "Test a report": category, buurt and moment → which rule applies and where the report goes (the server's own route()). */
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Field } from '../../ui/Field.tsx';
import { useSubmit } from '../../ui/use-submit.ts';
import { type CategoryNode, type RouteTestReply, testRoute } from './categories-api.ts';
import type { AreaOption } from './RuleForm.tsx';

interface Props {
  tree: readonly CategoryNode[];
  areas: readonly AreaOption[];
  csrfToken: string | null;
}

/** The current local time as a datetime-local value ("2026-03-03T14:05"). */
function nowLocal(): string {
  const d = new Date();
  return new Date(d.getTime() - d.getTimezoneOffset() * 60_000).toISOString().slice(0, 16);
}

export function RouteTestBox({ tree, areas, csrfToken }: Props) {
  const { t } = useTranslation();
  const leaves = tree.flatMap((m) => (m.children ?? []).map((c) => ({ slug: c.slug, label: `${m.name} › ${c.name}` })));
  const [category, setCategory] = useState(leaves[0]?.slug ?? '');
  const [buurt, setBuurt] = useState('');
  const [at, setAt] = useState(nowLocal);
  const [result, setResult] = useState<RouteTestReply | null>(null);
  const { busy, error, run } = useSubmit();

  async function submit(e: FormEvent) {
    e.preventDefault();
    const moment = new Date(at);
    if (busy || !category || Number.isNaN(moment.getTime())) return;
    setResult(await run(() => testRoute({ categorySlug: category, buurtCode: buurt || null, at: moment.toISOString() }, csrfToken)));
  }

  return (
    <form className="action-form route-test" onSubmit={submit} aria-labelledby="route-test-title">
      <h2 id="route-test-title">{t('beheer.routing.test.title')}</h2>
      <p className="hint">{t('beheer.routing.test.lead')}</p>
      <div className="invite-fields">
        <Field id="route-test-category" label={t('beheer.routing.test.category')}>
          <select value={category} onChange={(e) => setCategory(e.target.value)}>
            {leaves.map((c) => (
              <option key={c.slug} value={c.slug}>
                {c.label}
              </option>
            ))}
          </select>
        </Field>
        <Field id="route-test-buurt" label={t('beheer.routing.test.buurt')}>
          <select value={buurt} onChange={(e) => setBuurt(e.target.value)}>
            <option value="">{t('beheer.routing.test.noBuurt')}</option>
            {areas.map((a) => (
              <option key={a.code} value={a.code}>
                {a.name}
              </option>
            ))}
          </select>
        </Field>
        <Field id="route-test-at" label={t('beheer.routing.test.at')}>
          <input type="datetime-local" required value={at} onChange={(e) => setAt(e.target.value)} />
        </Field>
      </div>
      <button type="submit" className="button" disabled={busy}>
        {t('beheer.routing.test.submit')}
      </button>
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
      <output className="route-test-result" htmlFor="route-test-category route-test-buurt route-test-at" aria-live="polite">
        {result &&
          (result.ruleName
            ? t(result.partner ? 'beheer.routing.test.byRulePartner' : 'beheer.routing.test.byRule', {
                rule: result.ruleName,
                name: result.partner ?? result.department,
              })
            : t('beheer.routing.test.byDefault', { name: result.department, category: result.categoryName }))}
      </output>
    </form>
  );
}
