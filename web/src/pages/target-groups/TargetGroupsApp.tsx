/** Netwerk: this part is built in step 10 (see the module READMEs under src/modules). */
import { useTranslation } from 'react-i18next';
import type { NetworkPageProps } from '../../ui/network-page.ts';

export default function TargetGroupsApp(_props: NetworkPageProps) {
  const { t } = useTranslation();
  return (
    <div className="page">
      <h1 tabIndex={-1}>{t('networkTabs.target-groups')}</h1>
    </div>
  );
}
