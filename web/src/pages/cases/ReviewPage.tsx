/**
 * The privacy officer's review (cases:review): the break-glass openings with a verdict, the cases'
 * processing log, and the yearly retention proofs. No case content anywhere on this page.
 */
import { useTranslation } from 'react-i18next';
import './cases-privacy.css';
import type { CasesPageProps } from './page-props.ts';
import { CaseLogSection } from './privacy-log.tsx';
import { OpeningsSection } from './privacy-openings.tsx';
import { RetentionProofsSection } from './RetentionProofsSection.tsx';

export function ReviewPage({ csrf }: CasesPageProps) {
  const { t } = useTranslation();
  return (
    <section className="page">
      <h1 tabIndex={-1}>{t('cases.review.title')}</h1>
      <p>{t('cases.review.intro')}</p>
      <OpeningsSection csrf={csrf} />
      <CaseLogSection />
      <RetentionProofsSection />
    </section>
  );
}
