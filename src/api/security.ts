/**
 * Security for every response and every write: strict headers (CSP with script-src 'self', no
 * framing, no sniffing), and the write guard: an API token (SITREP_TOKEN) is required on every
 * write route when one is set, and writes are refused outright when the server listens beyond
 * the loopback interface without one.
 */
import { timingSafeEqual } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';

export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
  "object-src 'none'",
].join('; ');

export const SECURITY_HEADERS: Record<string, string> = {
  'content-security-policy': CONTENT_SECURITY_POLICY,
  'x-content-type-options': 'nosniff',
  'x-frame-options': 'DENY',
  'referrer-policy': 'no-referrer',
  'cross-origin-opener-policy': 'same-origin',
  'cross-origin-resource-policy': 'same-origin',
  'permissions-policy': 'camera=(), microphone=(), geolocation=(), payment=()',
};

/** True for 127.0.0.0/8, ::1 and 'localhost': an address only this machine can reach. */
export function isLoopback(host: string): boolean {
  const h = host.replace(/^\[|\]$/g, '').toLowerCase();
  return h === 'localhost' || h === '::1' || /^127(\.\d{1,3}){3}$/.test(h) || h === '::ffff:127.0.0.1';
}

export interface WriteGuard {
  /** whether a write needs the token (always when a token is set) */
  readonly tokenRequired: boolean;
  /** whether writes are possible at all (not when bound beyond loopback without a token) */
  readonly writable: boolean;
  check(request: FastifyRequest, reply: FastifyReply): Promise<void>;
}

function sameSecret(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

export function writeGuard(host: string, token: string | undefined): WriteGuard {
  const secret = token?.trim() || undefined;
  const writable = !!secret || isLoopback(host);
  return {
    tokenRequired: !!secret,
    writable,
    async check(request, reply) {
      if (!writable) {
        await reply.code(403).send({ error: 'Forbidden', message: 'writes are disabled: the server listens beyond localhost and SITREP_TOKEN is not set' });
        return;
      }
      if (!secret) return;
      const auth = request.headers.authorization ?? '';
      const given = /^Bearer\s+(.+)$/i.exec(auth)?.[1]?.trim() ?? '';
      if (!given || !sameSecret(given, secret)) {
        await reply.code(401).header('www-authenticate', 'Bearer realm="sitrep"').send({ error: 'Unauthorized', message: 'this write needs the API token: Authorization: Bearer <SITREP_TOKEN>' });
      }
    },
  };
}
