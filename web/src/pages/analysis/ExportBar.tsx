/**
 * Exports of a view: CSV and GeoJSON straight from the API (`format=`, the browser downloads the
 * attachment), PNG made in the browser by the view (`makePng`).
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { exportFileName } from './export-file.ts';
import { downloadUrl } from './svg-png.ts';
import { apiPath, exportFormats, type AnalysisState } from './state.ts';
import type { Meta } from './types.ts';

interface Props {
  state: AnalysisState;
  meta: Meta | null;
  /** Resolves to a PNG data URL; absent when the view has no picture. */
  makePng?: () => Promise<string>;
}

export function ExportBar({ state, meta, makePng }: Props) {
  const { t } = useTranslation();
  const [problem, setProblem] = useState<string | null>(null);
  const png = async () => {
    if (!makePng) return;
    setProblem(null);
    try {
      downloadUrl(await makePng(), exportFileName(state.view, meta, 'png'));
    } catch (e) {
      setProblem(e instanceof Error ? e.message : String(e));
    }
  };
  return (
    // biome-ignore lint/a11y/useSemanticElements: a row of download links and a button, not form fields; a fieldset would also bring its own border, padding and legend.
    <div className="export-bar" role="group" aria-label={t('analysis.export.label')}>
      <span className="muted">{t('analysis.export.label')}:</span>
      {exportFormats(state.view).map((format) => (
        <a
          key={format}
          className="button small"
          href={apiPath(state, { format })}
          download={exportFileName(state.view, meta, format)}
          data-export={format}
        >
          {t(`analysis.export.${format}`)}
        </a>
      ))}
      {makePng && (
        <button type="button" className="button small" onClick={png} data-export="png">
          {t('analysis.export.png')}
        </button>
      )}
      {problem && (
        <p className="field-error" role="alert">
          {t('analysis.export.pngFailed', { detail: problem })}
        </p>
      )}
    </div>
  );
}
