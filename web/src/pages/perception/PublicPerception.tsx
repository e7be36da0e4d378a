/** The public (no login) beleving pages: finding a buurt, the pulse questionnaire and the neighbourhood page. */
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { Instance } from '../../api/types.ts';
import '../../ui/ui.css';
import type { PerceptionPublicRoute } from './paths.ts';
import { FindBuurtPage } from './FindBuurtPage.tsx';
import { PublicFrame } from './PublicFrame.tsx';
import { PublicAreaPage } from './PublicAreaPage.tsx';
import { PulsePage } from './PulsePage.tsx';
import './perception.css';

interface Props {
  route: PerceptionPublicRoute;
  path: string;
  instance: Instance | null;
  csrfToken: string | null;
  onNavigate(path: string): void;
}

export default function PublicPerception({ route, path, instance, csrfToken, onNavigate }: Props) {
  const { t } = useTranslation();
  useEffect(() => {
    const title =
      route.page === 'pulse'
        ? t('perception.pulse.title')
        : route.page === 'find'
          ? t(`perception.find.title.${route.target}`)
          : t('perception.public.titleNoName');
    document.title = `${title} · ${instance?.municipality.name ?? t('app.name')}`;
  }, [route, t, instance]);
  return (
    <PublicFrame
      instance={instance}
      path={path}
      code={route.page === 'pulse' ? route.buurt : route.page === 'area' ? route.code : null}
      onNavigate={onNavigate}
    >
      {route.page === 'find' && <FindBuurtPage target={route.target} onNavigate={onNavigate} />}
      {route.page === 'pulse' && <PulsePage key={route.buurt} buurt={route.buurt} csrfToken={csrfToken} onNavigate={onNavigate} />}
      {route.page === 'area' && <PublicAreaPage key={route.code} code={route.code} onNavigate={onNavigate} />}
    </PublicFrame>
  );
}
