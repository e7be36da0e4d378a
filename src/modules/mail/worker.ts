/**
 * Sends the outbox (outbox-store.ts) through SMTP with nodemailer. `drainOnce` sends every due message once;
 * `startOutboxWorker` runs it on an interval until stopped. Without an SMTP URL nothing is sent
 * and messages wait in the outbox.
 */
import os from 'node:os';
import nodemailer, { type Transporter } from 'nodemailer';
import type { Db } from '../../db/database.ts';
import { claimDueMail, markFailed, markSent } from './outbox-store.ts';

export interface MailerOptions {
  smtpUrl: string;
  from: string;
}

export function createTransport(smtpUrl: string): Transporter {
  return nodemailer.createTransport(smtpUrl, { connectionTimeout: 5000, greetingTimeout: 5000, socketTimeout: 10_000 } as never);
}

/** Sends every due message once. Returns how many were sent and how many failed. */
export async function drainOnce(db: Db, transport: Transporter, from: string, batch = 20): Promise<{ sent: number; failed: number }> {
  let sent = 0;
  let failed = 0;
  for (;;) {
    const due = await claimDueMail(db, batch);
    if (!due.length) return { sent, failed };
    for (const m of due) {
      try {
        await transport.sendMail({
          from,
          to: m.to_address,
          subject: m.subject,
          text: m.body_text,
          messageId: `<outbox-${m.id}@${os.hostname()}>`,
        });
        await markSent(db, m.id);
        sent += 1;
      } catch (err) {
        await markFailed(db, m.id, m.attempts, err instanceof Error ? err.message : String(err));
        failed += 1;
      }
    }
    if (failed) return { sent, failed }; // the server is probably down: wait for the next tick
  }
}

export interface OutboxWorker {
  /** Runs one drain now (tests, shutdown). */
  tick(): Promise<{ sent: number; failed: number }>;
  stop(): Promise<void>;
}

export function startOutboxWorker(db: Db, options: MailerOptions, intervalMs = 5000, onError?: (err: unknown) => void): OutboxWorker {
  const transport = createTransport(options.smtpUrl);
  let running: Promise<{ sent: number; failed: number }> | null = null;
  const tick = () => {
    if (!running) {
      running = drainOnce(db, transport, options.from).finally(() => {
        running = null;
      });
    }
    return running;
  };
  const timer = setInterval(() => void tick().catch((err: unknown) => onError?.(err)), intervalMs);
  timer.unref();
  return {
    tick,
    async stop() {
      clearInterval(timer);
      await running?.catch(() => undefined);
      transport.close();
    },
  };
}
