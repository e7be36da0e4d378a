/**
 * The mail module — The durable SMTP outbox.
 * This file is the module's only public surface: other modules, the HTTP app and the CLI import
 * from here, never from the module's other files.
 */
import type { PlatformModule } from '../../core/module-contract.ts';
import { mailOutboxRoutes } from './routes.ts';

export const mailModule: PlatformModule = { name: 'mail', routes: [mailOutboxRoutes] };

// The public surface other modules use.
export { enqueueMail, insertMailStatement } from './outbox-store.ts';
export type { MailFill, OutgoingMail } from './outbox-store.ts';
export { startOutboxWorker } from './worker.ts';
export type { OutboxWorker } from './worker.ts';
