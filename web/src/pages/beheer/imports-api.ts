/** The imports calls of the Beheer page: start an import (multipart upload), the recent jobs, one job. */
import { api, type ApiClient } from '../../api/client.ts';
import type { ImportJob, ImportJobList, ImportKind } from './types.ts';

const IMPORTS = '/api/v1/imports';

export function listImports(client: ApiClient = api): Promise<ImportJobList> {
  return client.request<ImportJobList>(IMPORTS);
}

export function getImport(id: number, client: ApiClient = api): Promise<ImportJob> {
  return client.request<ImportJob>(`${IMPORTS}/${id}`);
}

/** Kind and options go before the file, so the server checks them before it stores a byte. */
export function startImport(
  kind: ImportKind,
  options: Record<string, unknown>,
  file: File,
  csrfToken: string | null,
  client: ApiClient = api,
): Promise<ImportJob> {
  const body = new FormData();
  body.append('kind', kind);
  body.append('options', JSON.stringify(options));
  body.append('file', file, file.name);
  return client.request<ImportJob>(IMPORTS, { method: 'POST', body, csrfToken });
}
