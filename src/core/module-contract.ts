/**
 * What a module offers the platform, and what it receives: its HTTP routes (registered by
 * src/http/app.ts under /api/v1, or under a prefix of their own), its commands (added by
 * src/cli/main.ts to the `stadsveilig` program) — listed once in src/modules/index.ts.
 */
import type { Command } from 'commander';
import type { FastifyBaseLogger, FastifyInstance, RawReplyDefaultExpression, RawRequestDefaultExpression, RawServerDefault } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Config } from './config.ts';
import type { ServiceContext } from './context.ts';
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

/** The `stadsveilig` program and the parent commands modules add their sub-commands to. */
export interface CliCommands {
  program: Command;
  importCmd: Command;
  userCmd: Command;
  statsCmd: Command;
}

/** One module, as the registry (src/modules/index.ts) lists it. */
export interface PlatformModule {
  name: string;
  /** Routes under /api/v1, in registration order. */
  routes?: readonly RouteModule[];
  /** Routes under a prefix of their own, in an encapsulated context (own error format), e.g. Open311. */
  mounts?: readonly { prefix: string; routes: (app: FastifyInstance, deps: AppDeps) => Promise<void> }[];
  /** Adds the module's commands to the program. */
  cli?: (commands: CliCommands) => void;
}

declare module 'fastify' {
  interface FastifyRequest {
    /** The service context of this request: actor, database and trace id. */
    ctx: ServiceContext;
    /** The session behind the actor, when logged in. */
    session: { tokenHash: string; csrfToken: string } | null;
  }
}
