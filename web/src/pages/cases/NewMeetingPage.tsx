/** New case meeting (H2) — placeholder of the groundwork commit; its owner replaces it. */
import { useTranslation } from 'react-i18next';
import type { CasesPageProps } from './page-props.ts';

export function NewMeetingPage(_props: CasesPageProps) {
  const { t } = useTranslation();
  return (
    <section className="page">
      <h1 tabIndex={-1}>{t('cases.title')}</h1>
    </section>
  );
}
