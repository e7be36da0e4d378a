/**
 * Open311 GeoReport v2 reply formats: JSON arrays, or XML with the spec's element names
 * (services/service, service_requests/request, errors/error).
 */
import type { FastifyReply } from 'fastify';
import { XMLBuilder } from 'fast-xml-parser';

export type Format = 'json' | 'xml';
const builder = new XMLBuilder({ format: false, suppressEmptyNode: false });

/** `code.json` → ['code', 'json']; null when the extension is not json or xml. */
export function splitFormat(file: string): [string, Format] | null {
  const m = /^(.+)\.(json|xml)$/.exec(file);
  return m ? [m[1]!, m[2] as Format] : null;
}

const clean = (o: Record<string, unknown>) => Object.fromEntries(Object.entries(o).map(([k, v]) => [k, v ?? '']));

export function send(reply: FastifyReply, format: Format, root: string, item: string, rows: Array<Record<string, unknown>>, status = 200): FastifyReply {
  reply.code(status);
  if (format === 'json') return reply.type('application/json; charset=utf-8').send(rows);
  const xml = `<?xml version="1.0" encoding="utf-8"?>${builder.build({ [root]: { [item]: rows.map(clean) } })}`;
  return reply.type('text/xml; charset=utf-8').send(xml);
}

export class Open311Error extends Error {
  constructor(readonly status: 400 | 403 | 404 | 429 | 500, message: string, readonly headers: Record<string, string> = {}) {
    super(message);
  }
}

export function sendError(reply: FastifyReply, format: Format, status: number, description: string): FastifyReply {
  return send(reply, format, 'errors', 'error', [{ code: status, description }], status);
}
