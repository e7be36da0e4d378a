/**
 * Print and subject access export (AVG art. 15) of a case, on the case page. "Afdrukken" logs
 * the print first, then opens the browser's print dialog; the export links download the JSON or
 * PDF. Shown only when `mayExport` (the case's director or members; never for a break-glass reader);
 * the export itself only for the director (`mayDirect`) — the server checks both again.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorText } from '../../ui/use-async.ts';
import { exportUrl, logCasePrint } from './api-lifecycle.ts';

export interface CaseExportActionsProps {
  caseId: string;
  csrf: string | null;
  /** Whether the caller works on the case (director or member): print. Default false (hidden). */
  mayExport?: boolean;
  /** Whether the caller is the procesregisseur: the subject access export. Default false. */
  mayDirect?: boolean;
}

export function CaseExportActions({ caseId, csrf, mayExport = false, mayDirect = false }: CaseExportActionsProps) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  if (!mayExport) return null;
  const print = async () => {
    setBusy(true);
    setProblem(null);
    try {
      await logCasePrint(caseId, csrf);
      window.print();
    } catch (e) {
      setProblem(errorText(e));
    } finally {
      setBusy(false);
    }
  };
  return (
    <section className="case-export-actions" aria-label={t('cases.lifecycle.actionsLabel')} data-testid="case-export-actions">
      <div className="form-actions">
        <button type="button" className="button ghost" onClick={() => void print()} disabled={busy} data-testid="case-print">
          {t('cases.lifecycle.print')}
        </button>
        {mayDirect && (
          <>
            <a className="button ghost" href={exportUrl(caseId, 'pdf')} download data-testid="case-export-pdf">
              {t('cases.lifecycle.exportPdf')}
            </a>
            <a className="button ghost" href={exportUrl(caseId, 'json')} download data-testid="case-export-json">
              {t('cases.lifecycle.exportJson')}
            </a>
          </>
        )}
      </div>
      {mayDirect && <p className="hint">{t('cases.lifecycle.exportHint')}</p>}
      {problem && <p role="alert">{problem}</p>}
    </section>
  );
}
