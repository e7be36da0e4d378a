/** An honest placeholder for a module that is not built yet: what will come, nothing fake. */
import { useTranslation } from 'react-i18next';
import type { ModuleId } from './routes.ts';

interface Props {
  module: ModuleId;
  onNavigate(path: string): void;
}

export function NotYetPage({ module, onNavigate }: Props) {
  const { t } = useTranslation();
  const name = t(`nav.${module}`);
  return (
    <div className="page narrow not-yet">
      <h1 tabIndex={-1}>{t('notYet.title', { module: name })}</h1>
      <p className="lead">{t('notYet.lead')}</p>
      <h2>{t('notYet.what')}</h2>
      <p>{t(`notYet.${module}`)}</p>
      <p>
        <a
          href="/"
          onClick={(e) => {
            e.preventDefault();
            onNavigate('/');
          }}
        >
          {t('notYet.back')}
        </a>
      </p>
    </div>
  );
}
