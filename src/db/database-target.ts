/** Which database the configuration names: a PostgreSQL server (DATABASE_URL) or the embedded one. */
import type { Config } from '../core/config.ts';

export function databaseTarget(config: Pick<Config, 'databaseUrl' | 'dataDir'>) {
  return config.databaseUrl
    ? ({ engine: 'postgres', url: config.databaseUrl } as const)
    : ({ engine: 'embedded', dataDir: config.dataDir } as const);
}
