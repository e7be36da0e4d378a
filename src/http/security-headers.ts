/**
 * Security headers after the Dutch API Design Rules (/core/transport/security-headers):
 * API replies are never cached and never framed; HSTS is only sent behind TLS.
 */
import type { FastifyInstance } from 'fastify';

export const API_VERSION = '1.0.0';

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

export function registerSecurityHeaders(app: FastifyInstance): void {
  app.addHook('onSend', async (request, reply, payload) => {
    const isApi = request.url.startsWith('/api/');
    reply.header('x-content-type-options', 'nosniff');
    reply.header('x-frame-options', 'DENY');
    reply.header('referrer-policy', 'no-referrer');
    if (isApi) {
      reply.header('cache-control', 'no-store');
      reply.header('content-security-policy', "frame-ancestors 'none'");
      reply.header('api-version', API_VERSION);
    } else {
      reply.header('content-security-policy', CSP_WEB);
    }
    if (request.protocol === 'https') {
      reply.header('strict-transport-security', 'max-age=31536000; includeSubDomains');
    }
    return payload;
  });
}
