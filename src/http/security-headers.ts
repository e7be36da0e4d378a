/**
 * Security headers after the Dutch API Design Rules (/core/transport/security-headers):
 * API replies are never cached and never framed; HSTS is only sent behind TLS.
 */
import { API_VERSION } from '../core/api-version.ts';
import type { FastifyInstance } from 'fastify';

const CSP_WEB = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob: https://service.pdok.nl",
  "connect-src 'self' https://service.pdok.nl",
  "worker-src 'self' blob:",
  "font-src 'self'",
  "frame-ancestors 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');

/** The security headers of a reply to `url`; also used where Fastify writes to the socket itself. */
export function securityHeadersFor(url: string, https: boolean): Record<string, string> {
  const headers: Record<string, string> = {
    'x-content-type-options': 'nosniff',
    'x-frame-options': 'DENY',
    'referrer-policy': 'no-referrer',
  };
  if (url.startsWith('/api/')) {
    headers['cache-control'] = 'no-store';
    headers['content-security-policy'] = "frame-ancestors 'none'";
    headers['api-version'] = API_VERSION;
  } else {
    headers['content-security-policy'] = CSP_WEB;
  }
  if (https) headers['strict-transport-security'] = 'max-age=31536000; includeSubDomains';
  return headers;
}

export function registerSecurityHeaders(app: FastifyInstance): void {
  app.addHook('onSend', async (request, reply, payload) => {
    reply.headers(securityHeadersFor(request.url, request.protocol === 'https'));
    return payload;
  });
}
