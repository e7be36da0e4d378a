/**
 * Meldingen settings: categories and routing rules to read (they are edited in Beheer → Categorieën
 * and Routering, linked here for those who may), and the message templates (changes need signals:configure).
 */
import { useState, type MouseEvent } from 'react';
import { capabilitiesOf } from '../../ui/capabilities.ts';
import { useTranslation } from 'react-i18next';
import type { Session } from '../../api/types.ts';
import { CategoriesAdmin } from './CategoriesAdmin.tsx';
import { CATEGORIES_PATH, ROUTING_PATH } from '../beheer/paths.ts';
import { navLink } from '../../ui/nav-link.ts';
import { STAFF_PATH } from './paths.ts';
import { RoutingRulesAdmin } from './RoutingRulesAdmin.tsx';
import { TemplatesAdmin } from './TemplatesAdmin.tsx';

const TABS = ['categories', 'rules', 'templates'] as const;
type Tab = (typeof TABS)[number];

export function SettingsPage({ session, onNavigate }: { session: Session; onNavigate(path: string): void }) {
  const { t } = useTranslation();
  const [tab, setTab] = useState<Tab>('categories');
  const canEdit = capabilitiesOf(session.permissions).configureSignals;
  const back = (e: MouseEvent) => {
    e.preventDefault();
    onNavigate(STAFF_PATH);
  };
  return (
    <div className="page settings-page">
      <p>
        <a href={STAFF_PATH} onClick={back}>
          ← {t('signals.detail.back')}
        </a>
      </p>
      <h1 tabIndex={-1}>{t('signals.settings.title')}</h1>
      {!canEdit && <p className="notice">{t('signals.settings.readOnly')}</p>}
      <div className="tabs" role="tablist" aria-label={t('signals.settings.title')}>
        {TABS.map((x) => (
          <button
            key={x}
            type="button"
            role="tab"
            id={`tab-${x}`}
            aria-selected={tab === x}
            aria-controls={`panel-${x}`}
            className="tab"
            onClick={() => setTab(x)}
          >
            {t(`signals.settings.tab_${x}`)}
          </button>
        ))}
      </div>
      <div role="tabpanel" id={`panel-${tab}`} aria-labelledby={`tab-${tab}`} className="tab-panel">
        {tab !== 'templates' && canEdit && (
          <p className="notice">
            {t('signals.settings.editInBeheer')}{' '}
            <a {...navLink(tab === 'categories' ? CATEGORIES_PATH : ROUTING_PATH, onNavigate)}>
              {t(tab === 'categories' ? 'signals.settings.beheerCategories' : 'signals.settings.beheerRouting')}
            </a>
          </p>
        )}
        {tab === 'categories' && <CategoriesAdmin />}
        {tab === 'rules' && <RoutingRulesAdmin />}
        {tab === 'templates' && <TemplatesAdmin canEdit={canEdit} csrfToken={session.csrfToken} />}
      </div>
    </div>
  );
}
