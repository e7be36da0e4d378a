// Worker thread entry for the parallel incident import: registers the TypeScript loader (worker
// threads do not inherit the one the main thread registered), then runs read-worker.ts.
import { register } from 'tsx/esm/api';

register();
await import('./read-worker.ts');
