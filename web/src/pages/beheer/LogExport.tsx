/** The "export as CSV" button: downloads the current search and reports how many records the file holds (and whether the cap cut it). */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorText } from '../../ui/use-async.ts';
import { downloadLog, saveFile } from './log-api.ts';
import type { LogQuery } from './log-query.ts';

export function LogExport({ query, onMessage }: { query: Partial<LogQuery>; onMessage(text: string): void }) {
  const { t, i18n } = useTranslation();
  const [busy, setBusy] = useState(false);
  async function exportCsv() {
    setBusy(true);
    try {
      const file = await downloadLog(query);
      saveFile(file.blob, 'verwerkingslog.csv');
      const done = t('beheer.log.export.done', { count: file.rows });
      const cap = file.cap.toLocaleString(i18n.language === 'en' ? 'en-GB' : 'nl-NL');
      onMessage(file.truncated ? `${done} ${t('beheer.log.export.truncated', { cap })}` : done);
    } catch (e) {
      onMessage(errorText(e));
    } finally {
      setBusy(false);
    }
  }
  return (
    <button type="button" className="button" onClick={exportCsv} disabled={busy}>
      {busy ? t('beheer.log.export.busy') : t('beheer.log.export.button')}
    </button>
  );
}
