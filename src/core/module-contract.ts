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
  /** The registry's modules (set by src/http/app.ts), for routes that act on every module (demo content). */
  modules?: readonly PlatformModule[];
}

/** A module's routes: registered under /api/v1 by src/http/app.ts. */
export type RouteModule = (app: App, deps: AppDeps) => Promise<void> | void;

/** The `stadsveilig` program and the parent commands modules add their sub-commands to. */
export interface CliCommands {
  program: Command;
  importCmd: Command;
  userCmd: Command;
  statsCmd: Command;
  /** The registry's modules, for commands that act on every module (`demo load|remove|status`). */
  modules: readonly PlatformModule[];
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
  /** The module's demo content (first start with STADSVEILIG_DEMO=on, `stadsveilig demo load|remove`). */
  demo?: DemoContent;
}

/** What a demo loader knows besides the database: the settings and "now" (so tests can fix the clock). */
export interface DemoEnv {
  config: Config;
  /** The municipality (CBS gemeente code) the demo is made for. */
  gemeente: string;
  now: Date;
}

/**
 * Demo content of one module. Every row it writes is marked as demo (a `demo`/`synthetic`
 * column or a demo batch), is shown with the "demo" label and is removed by `remove` in one
 * step. Loaders run in registry order (areas and incidents before missions), each only when
 * the module has no demo rows yet, so `load` twice adds nothing.
 */
export interface DemoContent {
  /** Loads the demo rows when there are none yet; one line per thing loaded, for the start report. */
  load(ctx: ServiceContext, env: DemoEnv): Promise<string[]>;
  /** Removes every demo row of the module, nothing else; the number of rows removed. */
  remove(ctx: ServiceContext, env: DemoEnv): Promise<number>;
  /** The number of demo rows the module holds now (its main rows: incidents, reports, …), for `demo status`. */
  count?(ctx: ServiceContext, env: DemoEnv): Promise<number>;
}

declare module 'fastify' {
  interface FastifyRequest {
    /** The service context of this request: actor, database and trace id. */
    ctx: ServiceContext;
    /** The session behind the actor, when logged in. */
    session: { tokenHash: string; csrfToken: string } | null;
  }
}
