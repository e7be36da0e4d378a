/**
 * The demo runner: loads every module's demo content in registry order (areas and incidents
 * before the modules that build on them) and removes it in reverse order, remembers per
 * municipality when it was loaded and removed (demo-store.ts), and reports the demo rows per
 * module. The modules come from the caller (the registry, through the HTTP app or the CLI), so
 * this module imports no other module's definition. Demo content holds no personal data; who
 * loaded or removed it is kept in `demo_state`.
 */
import { actorLabel, authorize, type ServiceContext } from '../../core/context.ts';
import type { DemoEnv, PlatformModule } from '../../core/module-contract.ts';
import { markLoaded, markRemoved, readDemoState } from './demo-store.ts';

export interface DemoModuleStatus {
  module: string;
  /** Demo rows the module holds now (null: the module does not count them). */
  rows: number | null;
}

export interface DemoStatus {
  /** STADSVEILIG_DEMO: whether a fresh database gets demo content on first start. */
  enabledOnFirstStart: boolean;
  loadedAt: string | null;
  removedAt: string | null;
  modules: DemoModuleStatus[];
  /** Demo rows over all modules that count them. */
  total: number;
}

export interface DemoLoadResult {
  lines: string[];
  status: DemoStatus;
}

export interface DemoRemoveResult {
  removed: { module: string; rows: number }[];
  status: DemoStatus;
}

const withDemo = (modules: readonly PlatformModule[]) => modules.filter((m) => m.demo);

async function statusOf(ctx: ServiceContext, modules: readonly PlatformModule[], env: DemoEnv): Promise<DemoStatus> {
  const state = await readDemoState(ctx.db, env.gemeente);
  const rows: DemoModuleStatus[] = [];
  for (const m of withDemo(modules)) rows.push({ module: m.name, rows: m.demo!.count ? await m.demo!.count(ctx, env) : null });
  return {
    enabledOnFirstStart: env.config.demo,
    loadedAt: state?.loadedAt?.toISOString() ?? null,
    removedAt: state?.removedAt?.toISOString() ?? null,
    modules: rows,
    total: rows.reduce((s, r) => s + (r.rows ?? 0), 0),
  };
}

/** What demo content is loaded, per module. */
export async function demoStatus(ctx: ServiceContext, modules: readonly PlatformModule[], env: DemoEnv): Promise<DemoStatus> {
  authorize(ctx, 'demo:manage');
  return statusOf(ctx, modules, env);
}

async function runLoaders(ctx: ServiceContext, modules: readonly PlatformModule[], env: DemoEnv): Promise<string[]> {
  const lines: string[] = [];
  for (const m of withDemo(modules)) lines.push(...(await m.demo!.load(ctx, env)));
  await markLoaded(ctx.db, env.gemeente, actorLabel(ctx.actor), env.now);
  return lines;
}

/** Loads every module's demo content that is not loaded yet (loading twice adds nothing). */
export async function loadDemo(ctx: ServiceContext, modules: readonly PlatformModule[], env: DemoEnv): Promise<DemoLoadResult> {
  authorize(ctx, 'demo:manage');
  const lines = await runLoaders(ctx, modules, env);
  return { lines, status: await statusOf(ctx, modules, env) };
}

/** Removes every module's demo content (reverse registry order) and remembers that it was removed. */
export async function removeDemo(ctx: ServiceContext, modules: readonly PlatformModule[], env: DemoEnv): Promise<DemoRemoveResult> {
  authorize(ctx, 'demo:manage');
  const removed: { module: string; rows: number }[] = [];
  for (const m of withDemo(modules).reverse()) removed.push({ module: m.name, rows: await m.demo!.remove(ctx, env) });
  await markRemoved(ctx.db, env.gemeente, actorLabel(ctx.actor), env.now);
  return { removed: removed.reverse(), status: await statusOf(ctx, modules, env) };
}

/**
 * First start only: with STADSVEILIG_DEMO=on, loads demo content once on a database that never had
 * it (no `demo_state` row). A restart reads one row and runs no loader, so it neither slows the start
 * nor brings back demo rows an admin deleted; `demo load` is there to load it again. Off: nothing.
 */
export async function loadDemoOnStart(ctx: ServiceContext, modules: readonly PlatformModule[], env: DemoEnv): Promise<string[]> {
  if (!env.config.demo) return [];
  const state = await readDemoState(ctx.db, env.gemeente);
  if (state?.loadedAt || state?.removedAt) return [];
  return runLoaders(ctx, modules, env);
}
