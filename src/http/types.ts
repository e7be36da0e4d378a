import type { FastifyBaseLogger, FastifyInstance, RawReplyDefaultExpression, RawRequestDefaultExpression, RawServerDefault } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Config } from '../config/config.ts';
import type { ServiceContext } from '../core/context.ts';
import type { Database } from '../db/database.ts';

/** The Fastify instance with the zod type provider, as route modules receive it. */
export type App = FastifyInstance<
  RawServerDefault,
  RawRequestDefaultExpression,
  RawReplyDefaultExpression,
  FastifyBaseLogger,
  ZodTypeProvider
>;

export interface AppDeps {
  config: Config;
  database: Database;
}

/** A module's routes: registered under /api/v1 by src/http/app.ts. */
export type RouteModule = (app: App, deps: AppDeps) => Promise<void> | void;

declare module 'fastify' {
  interface FastifyRequest {
    /** The service context of this request: actor, database and trace id. */
    ctx: ServiceContext;
    /** The session behind the actor, when logged in. */
    session: { tokenHash: string; csrfToken: string } | null;
  }
}
