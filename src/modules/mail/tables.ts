/** Kysely types of the SMTP outbox (migration 0030_signals.sql). */
import type { Generated } from 'kysely';

export type OutboxStatus = 'pending' | 'sending' | 'sent' | 'failed';

export interface MailTables {
  mail_outbox: {
    id: Generated<number>;
    to_address: string;
    subject: string;
    body_text: string;
    status: Generated<OutboxStatus>;
    attempts: Generated<number>;
    next_attempt_at: Generated<Date>;
    locked_until: Date | null;
    last_error: string | null;
    created_at: Generated<Date>;
    sent_at: Date | null;
  };
}

declare module '../../db/schema.ts' {
  interface DB extends MailTables {}
}
