/**
 * The mail module — The durable SMTP outbox.
 * This file is the module's public surface: other modules, the HTTP app and the CLI import
 * from here, never from the module's other files. Its routes and commands are in module.ts.
 */

export { enqueueMail, insertMailStatement } from './outbox-store.ts';
export type { MailFill, OutgoingMail } from './outbox-store.ts';
export { purgeOldMail } from './retention.ts';
export type { MailPurge } from './retention.ts';
export { startOutboxWorker } from './worker.ts';
export type { OutboxWorker } from './worker.ts';
