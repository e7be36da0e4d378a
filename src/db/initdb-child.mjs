// Creates an embedded data directory (PGlite's initdb) in a process of its own, started by
// embedded-init.ts: initdb grows PGlite's WebAssembly memory to ~750 MB, which a WebAssembly
// instance never gives back, so the server opens the finished directory afterwards and stays small.
//   node initdb-child.mjs <pgdata> <start parameters as JSON>
import { PGlite } from '@electric-sql/pglite';

const [pgdata, params] = process.argv.slice(2);
if (!pgdata || !params) throw new Error('usage: node initdb-child.mjs <pgdata> <start parameters as JSON>');
const pg = await PGlite.create(pgdata, { startParams: JSON.parse(params) });
await pg.close();
