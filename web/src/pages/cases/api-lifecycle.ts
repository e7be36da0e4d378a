/** The case lifecycle API calls of the web app: print log, subject access export links, retention proofs. */
import { api, type ApiClient } from '../../api/client.ts';
import type { Reply } from '../../api/types.ts';

const V1 = '/api/v1';
type Csrf = string | null;

export type RetentionProofs = Reply<'/api/v1/case-retention/proofs'>;
export type RetentionProof = RetentionProofs['proofs'][number];
export type ExportFormat = 'json' | 'pdf';

/** Logs the print (operation print) before the browser's print dialog opens. */
export const logCasePrint = (caseId: string, csrf: Csrf, c: ApiClient = api) =>
  c.request<null>(`${V1}/cases/${encodeURIComponent(caseId)}/print`, { method: 'POST', body: { part: 'case' }, csrfToken: csrf });

/** The download address of the subject access export (a GET: the browser downloads it with the session cookie). */
export const exportUrl = (caseId: string, format: ExportFormat) => `${V1}/cases/${encodeURIComponent(caseId)}/export?format=${format}`;

export const getRetentionProofs = (c: ApiClient = api) => c.request<RetentionProofs>(`${V1}/case-retention/proofs`);
