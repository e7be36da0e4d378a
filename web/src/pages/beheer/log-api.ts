/** The processing-log API calls of Beheer → Verwerkingslog: a page of the search, and the same search as a CSV file. */
import { api, type ApiClient, ApiError, parseProblem } from '../../api/client.ts';
import { type LogQuery, logUrl } from './log-query.ts';
import type { Reply } from '../../api/types.ts';

export type LogPage = Reply<'/api/v1/audit-log'>;

export function searchLog(query: Partial<LogQuery>, before: number | null, client: ApiClient = api): Promise<LogPage> {
  return client.request<LogPage>(logUrl(query, { before }));
}

/** The names of the accounts acting in a page of records (readers of the log without the staff directory). */
export async function actorNamesOf(
  records: LogPage['records'],
  client: ApiClient = api,
): Promise<{ id: string; email: string; displayName: string }[]> {
  const ids = [...new Set(records.flatMap((r) => (r.actor.startsWith('user:') ? [r.actor.slice('user:'.length)] : [])))].slice(0, 100);
  if (ids.length === 0) return [];
  const reply = await client.request<{ names: { id: string; name: string }[] }>(`/api/v1/users/names?ids=${ids.join(',')}`);
  return reply.names.map((n) => ({ id: n.id, email: '', displayName: n.name }));
}

/** The internal id of a report by its number (the read is logged as any report read), or null when there is none. */
export async function reportIdOf(number: string, client: ApiClient = api): Promise<string | null> {
  try {
    return (await client.request<{ id: string }>(`/api/v1/signals/${encodeURIComponent(number)}`)).id;
  } catch (e) {
    if (e instanceof ApiError && e.problem.status === 404) return null;
    throw e;
  }
}

export interface LogDownload {
  blob: Blob;
  rows: number;
  cap: number;
  truncated: boolean;
}

/** The search as CSV; the reply's headers say how many records it holds and whether the cap cut it. */
export async function downloadLog(query: Partial<LogQuery>): Promise<LogDownload> {
  const res = await fetch(logUrl(query, { format: 'csv' }), {
    credentials: 'same-origin',
    headers: { accept: 'text/csv, application/problem+json' },
  });
  if (!res.ok) throw new ApiError(parseProblem(res.status, await res.text(), res.statusText));
  return {
    blob: await res.blob(),
    rows: Number(res.headers.get('x-row-count') ?? 0),
    cap: Number(res.headers.get('x-row-cap') ?? 0),
    truncated: res.headers.get('x-truncated') === 'true',
  };
}

/** Hands a file to the browser's downloads. */
export function saveFile(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
