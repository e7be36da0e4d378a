/**
 * For browser tests that run with STADSVEILIG_DEMO=off so that only their own reports, stories and
 * missions are on the pages: loads just the incidents module's demo content (the synthetic
 * incidents up to now) through its `PlatformModule.demo` loader, as the first start would.
 */
import type { Config } from '../../../src/core/config.ts';
import { systemContext } from '../../../src/core/context.ts';
import type { Database } from '../../../src/db/database.ts';
import { MODULES } from '../../../src/modules/index.ts';

export async function loadDemoIncidents(database: Database, config: Config): Promise<string[]> {
  const incidents = MODULES.find((m) => m.name === 'incidents');
  if (!incidents?.demo) throw new Error('the incidents module has no demo content');
  return incidents.demo.load(systemContext(database.db, 'e2e-demo-incidents'), { config, gemeente: config.municipality, now: new Date() });
}
