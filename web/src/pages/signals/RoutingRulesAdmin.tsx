/** Routing rules to read, in evaluation order (the first matching active rule wins); edited in Beheer → Routering. */
import { useTranslation } from 'react-i18next';
import { useAsync } from '../../ui/use-async.ts';
import { getAllCategories, getRoutingRules } from './api.ts';
import { categoryPath, indexCategories } from './categories.ts';
import { minutesToTime } from './routing-rules.ts';

export function RoutingRulesAdmin() {
  const { t } = useTranslation();
  const [loaded] = useAsync(() => Promise.all([getRoutingRules(), getAllCategories()]), []);
  if (loaded.status !== 'ready')
    return loaded.status === 'error' ? (
      <p className="alert" role="alert">
        {loaded.detail}
      </p>
    ) : (
      <p role="status">{t('app.loading')}</p>
    );
  const index = indexCategories(loaded.data[1].categories);
  const rules = loaded.data[0].rules;
  return (
    <div className="rules-admin">
      <p className="hint">{t('signals.settings.rulesIntro')}</p>
      {rules.length === 0 && <p className="muted">{t('signals.settings.rulesNone')}</p>}
      <ol className="rule-list">
        {rules.map((r) => (
          <li key={r.id}>
            <strong>{r.name}</strong> {!r.active && <span className="badge">{t('signals.settings.role_inactive')}</span>}
            <br />
            {[
              r.categorySlug ? categoryPath(index, r.categorySlug) : t('signals.inbox.any'),
              r.areaCode,
              r.weekdays?.map((d) => t(`signals.settings.day${d}`)).join(', '),
              r.timeFrom != null && r.timeTo != null ? `${minutesToTime(r.timeFrom)}–${minutesToTime(r.timeTo)}` : null,
            ]
              .filter(Boolean)
              .join(' · ')}{' '}
            → {t(r.assignKind === 'partner' ? 'signals.detail.partner' : 'signals.detail.department')}: {r.assignTo}
          </li>
        ))}
      </ol>
    </div>
  );
}
