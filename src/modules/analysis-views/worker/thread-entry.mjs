// Entry of the views' worker thread (pool.ts): registers the TypeScript loader (the server
// registers it in-process, which worker threads do not inherit), then runs thread.ts.
import { register } from 'tsx/esm/api';

register();
await import('./thread.ts');
