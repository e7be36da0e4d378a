// Registered with --import: logs every package a process resolves ("PKG <name>") on stderr.
import { register } from 'node:module';

register(
  'data:text/javascript,' +
    encodeURIComponent(`
export async function resolve(spec, ctx, next) {
  const r = await next(spec, ctx);
  const m = r.url.match(/node_modules\\/((?:@[^/]+\\/)?[^/]+)/);
  if (m) process.stderr.write('PKG ' + m[1] + '\\n');
  return r;
}`),
);
