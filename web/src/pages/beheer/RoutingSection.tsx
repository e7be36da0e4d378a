/**
 * Beheer → Routering: the ordered routing rules in words (the first active rule that fits a report
 * decides its department or partner; otherwise the category's department), with create, edit,
 * (de)activate, delete and move up/down — each change saves the whole list — and a box that tests a
 * report (category, buurt, moment) with the same rules the intake uses.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Session } from '../../api/types.ts';
import { useAreaData } from '../../ui/map/use-area-data.ts';
import { useAsync } from '../../ui/use-async.ts';
import { problemText } from '../../ui/use-submit.ts';
import { useAnnouncement } from './announcement.tsx';
import { type RuleInput, listCategories, listRules, saveRules } from './categories-api.ts';
import { RouteTestBox } from './RouteTestBox.tsx';
import { RuleActions } from './RuleActions.tsx';
import { blankRule, categoryLabels, knownDepartments, move, ruleInWords, ruleInput } from './routing-format.ts';
import { RuleForm, type AreaOption } from './RuleForm.tsx';

export function RoutingSection({ session }: { session: Session }) {
  const { t } = useTranslation();
  const [state, , set] = useAsync(() => Promise.all([listRules(), listCategories()]), []);
  const [editing, setEditing] = useState<number | 'new' | null>(null);
  const [busy, setBusy] = useState(false);
  const { announce, region } = useAnnouncement();
  const areaData = useAreaData().data;
  const areas: AreaOption[] =
    areaData.status === 'ready'
      ? [...areaData.wijken, ...areaData.buurten].map((f) => ({
          code: f.properties.code,
          name: f.properties.name,
          level: f.properties.level,
        }))
      : [];
  const areaNames = new Map(areas.map((a) => [a.code, a.name]));
  if (state.status !== 'ready')
    return (
      <div className="page beheer-routing">
        <h1 tabIndex={-1}>{t('beheer.routing.title')}</h1>
        {state.status === 'error' ? (
          <p className="alert" role="alert">
            {state.detail}
          </p>
        ) : (
          <p role="status">{t('beheer.routing.loading')}</p>
        )}
      </div>
    );
  const [ruleViews, tree] = state.data;
  const rules = ruleViews.map(ruleInput);
  const labels = categoryLabels(tree);
  const departments = knownDepartments(tree, rules);

  async function store(next: RuleInput[], message: string) {
    setBusy(true);
    try {
      set([await saveRules(next, session.csrfToken), tree]);
      setEditing(null);
      announce(message, true);
    } catch (e) {
      announce(problemText(e), true);
    } finally {
      setBusy(false);
    }
  }
  const replaceAt = (i: number, r: RuleInput) => rules.map((x, j) => (j === i ? r : x));

  return (
    <div className="page beheer-routing">
      <h1 tabIndex={-1}>{t('beheer.routing.title')}</h1>
      <p className="lead">{t('beheer.routing.lead')}</p>
      {region}
      <datalist id="beheer-rule-departments">
        {departments.map((d) => (
          <option key={d} value={d} />
        ))}
      </datalist>
      <h2>{t('beheer.routing.caption')}</h2>
      {rules.length === 0 && <p>{t('beheer.routing.none')}</p>}
      <ol className="rule-list">
        {rules.map((r, i) => (
          <li key={ruleViews[i]?.id ?? i} className={r.active ? undefined : 'inactive'}>
            <strong>{r.name}</strong> {!r.active && <span className="badge">{t('beheer.routing.inactive')}</span>}
            <p className="rule-words">{ruleInWords(r, labels, areaNames, t)}</p>
            <RuleActions
              rule={r}
              first={i === 0}
              last={i === rules.length - 1}
              busy={busy}
              onEdit={() => setEditing(i)}
              onMove={(delta) => store(move(rules, i, delta), t('beheer.routing.moved', { name: r.name }))}
              onToggle={() =>
                store(
                  replaceAt(i, { ...r, active: !r.active }),
                  t(r.active ? 'beheer.routing.deactivated' : 'beheer.routing.activated', { name: r.name }),
                )
              }
              onDelete={() =>
                store(
                  rules.filter((_, j) => j !== i),
                  t('beheer.routing.deleted', { name: r.name }),
                )
              }
            />
            {editing === i && (
              <RuleForm
                rule={r}
                tree={tree}
                areas={areas}
                busy={busy}
                onSave={(x) => store(replaceAt(i, x), t('beheer.routing.saved', { name: x.name }))}
                onCancel={() => setEditing(null)}
              />
            )}
          </li>
        ))}
      </ol>
      {editing === 'new' ? (
        <RuleForm
          rule={blankRule()}
          tree={tree}
          areas={areas}
          busy={busy}
          onSave={(x) => store([...rules, x], t('beheer.routing.created', { name: x.name }))}
          onCancel={() => setEditing(null)}
        />
      ) : (
        <button type="button" className="button" onClick={() => setEditing('new')}>
          {t('beheer.routing.add')}
        </button>
      )}
      <RouteTestBox tree={tree} areas={areas.filter((a) => a.level === 'buurt')} csrfToken={session.csrfToken} />
    </div>
  );
}
