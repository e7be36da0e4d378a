/**
 * Protection of the public intake against bots without hindering people: a honeypot field
 * (`website`, which the form hides visually and from screen readers with aria-hidden and
 * tabindex -1, so only bots fill it), and a signed form token that must be at least
 * `minSeconds` old (nobody fills the form in under three seconds) and at most a day old. The
 * token doubles as the form session for the per-session rate limit.
 */
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import type { Db } from '../../../db/database.ts';
import { formCheckFailed, tooManyRequests } from '../../../core/errors.ts';
import { derivedToken } from '../records/secret.ts';
import { WindowLimiter } from './window-limiter.ts';

export const HONEYPOT_FIELD = 'website';
const MAX_AGE_MS = 24 * 3_600_000;

async function sign(db: Db, payload: string): Promise<string> {
  const key = await derivedToken(db, 'form', 'intake-form-key');
  return createHmac('sha256', key).update(payload).digest('base64url').slice(0, 22);
}

/** `issuedAtMs.nonce.signature` */
export async function issueFormToken(db: Db, now = Date.now()): Promise<string> {
  const payload = `${now}.${randomBytes(9).toString('base64url')}`;
  return `${payload}.${await sign(db, payload)}`;
}

/** Throws 400 for a filled honeypot or a bad, too fresh or expired form token; returns the session key. */
export async function checkForm(
  db: Db,
  formToken: string,
  honeypot: string | undefined,
  minSeconds: number,
  now = Date.now(),
): Promise<string> {
  if (honeypot) throw formCheckFailed('The form was not filled in by a person.');
  const parts = formToken.split('.');
  if (parts.length !== 3) throw formCheckFailed('The form token is not valid; reload the form.');
  const [issued, nonce, signature] = parts as [string, string, string];
  const expected = Buffer.from(await sign(db, `${issued}.${nonce}`));
  const given = Buffer.from(signature);
  if (expected.length !== given.length || !timingSafeEqual(expected, given))
    throw formCheckFailed('The form token is not valid; reload the form.');
  const age = now - Number(issued);
  if (!(age >= minSeconds * 1000)) throw formCheckFailed('The form was sent too quickly; wait a moment and try again.');
  if (age > MAX_AGE_MS) throw formCheckFailed('The form has expired; reload the form.');
  return nonce;
}

/** Reports per form session and minute (in memory, per process). */
export class SessionLimiter {
  private readonly windows: WindowLimiter;
  constructor(
    private readonly max: number,
    windowMs = 60_000,
  ) {
    this.windows = new WindowLimiter(windowMs);
  }

  /** Throws 429 once a session sends more than `max` reports in a window. */
  hit(key: string, now = Date.now()): void {
    const r = this.windows.hit(key, this.max, now);
    if (!r.ok) throw tooManyRequests('Too many reports from this form; try again in a minute.', r.retryAfterSeconds);
  }
}
