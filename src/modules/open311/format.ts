/**
 * Open311 GeoReport v2 reply formats: JSON arrays, or XML with the spec's element names
 * (services/service, service_requests/request, errors/error). Rendering only; routes.ts sends.
 */
import { XMLBuilder } from 'fast-xml-parser';

export type Format = 'json' | 'xml';
const builder = new XMLBuilder({ format: false, suppressEmptyNode: false });

/** `code.json` → ['code', 'json']; null when the extension is not json or xml. */
export function splitFormat(file: string): [string, Format] | null {
  const m = /^(.+)\.(json|xml)$/.exec(file);
  return m ? [m[1]!, m[2] as Format] : null;
}

const clean = (o: Record<string, unknown>) => Object.fromEntries(Object.entries(o).map(([k, v]) => [k, v ?? '']));

export interface RenderedReply {
  contentType: string;
  body: string | Array<Record<string, unknown>>;
}

export function render(format: Format, root: string, item: string, rows: Array<Record<string, unknown>>): RenderedReply {
  if (format === 'json') return { contentType: 'application/json; charset=utf-8', body: rows };
  return {
    contentType: 'text/xml; charset=utf-8',
    body: `<?xml version="1.0" encoding="utf-8"?>${builder.build({ [root]: { [item]: rows.map(clean) } })}`,
  };
}

/** The spec's error list: one {code, description}. */
export function renderError(format: Format, status: number, description: string): RenderedReply {
  return render(format, 'errors', 'error', [{ code: status, description }]);
}
