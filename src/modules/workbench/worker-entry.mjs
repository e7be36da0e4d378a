// Worker thread entry for the workbench's heavy statistics: registers the TypeScript loader (the
// server registers it in-process, which worker threads do not inherit), then runs heavy-worker.ts.
import { register } from 'tsx/esm/api';

register();
await import('./heavy-worker.ts');
