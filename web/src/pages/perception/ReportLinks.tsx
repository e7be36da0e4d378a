/** Links to the wijkgesprek report of a wijk (HTML and PDF, perception:read). */
import { useTranslation } from 'react-i18next';
import { reportUrl } from './api.ts';

export function ReportLinks({ wijk, year }: { wijk: string; year: number }) {
  const { t } = useTranslation();
  return (
    <section className="panel-card report-links" aria-labelledby="report-title">
      <h2 id="report-title">{t('perception.report.title')}</h2>
      <p>{t('perception.report.lead', { year })}</p>
      <ul className="link-row">
        <li>
          <a href={reportUrl(wijk, year, 'html')} target="_blank" rel="noopener" data-testid="report-html">
            {t('perception.report.html')}
          </a>
        </li>
        <li>
          <a href={reportUrl(wijk, year, 'pdf')} target="_blank" rel="noopener" data-testid="report-pdf">
            {t('perception.report.pdf')}
          </a>
        </li>
      </ul>
      <p className="hint">{t('perception.report.pdfHint')}</p>
    </section>
  );
}
