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
  /** What the module tells about an area's network (`GET /areas/{code}/network`, the wijkgesprek report). */
  areaNetwork?: readonly AreaNetworkSection[];
  /**
   * What the module holds about a PGA case by reference (decisions linked to it, …): added under
   * `parts.<key>` to the case's subject access export (AVG art. 15), which only its procesregisseur makes.
   */
  caseSubjectAccess?: readonly CaseSubjectAccessPart[];
  /** Hourly work beside retention (reminders that fell due, …); also run once at start. */
  housekeeping?: (ctx: ServiceContext, env: HousekeepingEnv) => Promise<void>;
}

/** One part of a PGA case's subject access export that another module holds (see `PlatformModule.caseSubjectAccess`). */
export interface CaseSubjectAccessPart {
  key: string;
  /** Everything the module holds about the case; called after the cases module opened the case for export. */
  collect(ctx: ServiceContext, caseId: string): Promise<unknown>;
}

export interface HousekeepingEnv {
  config: Config;
  now: Date;
}

/** The sections of an area's network, in the order the page and the report show them. */
export const AREA_NETWORK_KEYS = [
  'partners',
  'agreements',
  'missions',
  'initiatives',
  'youthGroups',
  'targetGroups',
  'cases',
  'measures',
  'compliance',
] as const;
export type AreaNetworkKey = (typeof AREA_NETWORK_KEYS)[number];

/** The area a network is asked for, with the codes that count as "in it". */
export interface AreaScope {
  gemeente: string;
  /** The area asked (GM…, WK… or BU…). */
  code: string;
  /** The area, the areas that contain it (its wijk, the gemeente) and the areas inside it (a wijk's buurten). */
  codes: readonly string[];
  /** Today as YYYY-MM-DD (tests fix it), for "expires soon" and "review due". */
  today: string;
  /** The municipality's suppression threshold (Beheer → Instellingen): figures 1..n−1 are shown as null. */
  minCellCount: number;
}

/** When and under which settings an area's network is composed: the parts of an AreaScope that are not the area. */
export type NetworkMoment = Pick<AreaScope, 'today' | 'minCellCount'>;

/** One row of a section: an organisation, agreement, mission, initiative, group or target group. */
export interface AreaNetworkItem {
  id: string;
  title: string;
  /** The row's type, a code the web app translates (e.g. `housing-corporation`, `convenant`, `hinderlijk`). */
  kind: string;
  status?: string | null;
  /** One line of detail in the language of the data (partner type names, dates, the approach). */
  detail?: string | null;
  areaCodes: readonly string[];
  /** A point or area on the network map (GeoJSON, WGS84), when the row has one. */
  geometry?: { type: 'Point' | 'Polygon' | 'MultiPolygon'; coordinates: unknown } | null;
  /** Something that needs attention (an agreement expiring, a review due), in Dutch. */
  warning?: string | null;
  /** Figures (target-group indicators): a null value is suppressed (a small number). */
  figures?: readonly { label: string; value: number | null; period?: string }[];
}

/**
 * One section of an area's network, from the module that owns its rows. `load` checks access for
 * ctx.actor itself: it returns null when the actor may not see the section at all, else the rows
 * the actor may see (a partner account: only what is shared with partners).
 */
export interface AreaNetworkSection {
  key: AreaNetworkKey;
  load(ctx: ServiceContext, scope: AreaScope): Promise<AreaNetworkItem[] | null>;
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
