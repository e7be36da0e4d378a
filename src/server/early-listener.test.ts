import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { after, describe, it } from 'node:test';
import { freshDatabaseUrl } from '../../test/helpers/test-database.ts';

const ROOT = path.resolve(import.meta.dirname, '..', '..');

/**
 * Loader hooks that hold the import of the module registry (src/modules/index.ts, or dist/'s
 * compiled copy) until the file named in `data.release` exists: so the test knows for certain the
 * registry has not finished loading while it asks for health.
 */
const HOLD_HOOKS = `
import fs from 'node:fs';
let release = '';
export function initialize(data) { release = data.release; }
export async function resolve(specifier, context, next) {
  const resolved = await next(specifier, context);
  if (/\\/(src|dist)\\/modules\\/index\\.(ts|js)$/.test(new URL(resolved.url).pathname)) {
    while (!fs.existsSync(release)) await new Promise((r) => setTimeout(r, 20));
  }
  return resolved;
}`;

function registrar(release: string): string {
  const hooks = `data:text/javascript,${encodeURIComponent(HOLD_HOOKS)}`;
  const code = `import { register } from 'node:module'; register(${JSON.stringify(hooks)}, { data: { release: ${JSON.stringify(release)} } });`;
  return `data:text/javascript,${encodeURIComponent(code)}`;
}

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = net.createServer();
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as net.AddressInfo;
      s.close(() => resolve(port));
    });
  });
}

/** The status and body of health, polled every 50 ms until `until` holds (or the time is up). */
async function pollHealth(url: string, until: (status: number) => boolean, seconds: number) {
  const deadline = Date.now() + seconds * 1000;
  for (;;) {
    const answer = await fetch(url)
      .then(async (r) => ({ status: r.status, body: (await r.json()) as { status: string; starting?: string[] } }))
      .catch(() => null);
    if (answer && until(answer.status)) return answer;
    if (Date.now() > deadline) throw new Error(`health did not answer as expected within ${seconds} s`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

describe('stadsveilig serve listens before it loads the module registry', { timeout: 240_000 }, () => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'sv-early-listen-'));
  const release = path.join(dataDir, 'release-registry');
  let child: ChildProcess | undefined;
  let dropDatabase: (() => Promise<void>) | undefined;
  after(async () => {
    if (child && child.exitCode === null) {
      const exited = new Promise((r) => child!.once('exit', r));
      child.kill('SIGTERM');
      await exited;
    }
    await dropDatabase?.();
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it('answers health with starting (503) while the registry is held, then ok (200) on the same port', async () => {
    const fresh = await freshDatabaseUrl();
    dropDatabase = fresh?.drop;
    const port = await freePort();
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      STADSVEILIG_DATA_DIR: path.join(dataDir, 'data'),
      STADSVEILIG_ADMIN_PASSWORD: 'early-listen-password-123',
      STADSVEILIG_DEMO: 'off',
    };
    if (fresh) env.DATABASE_URL = fresh.url;
    else delete env.DATABASE_URL;
    let output = '';
    child = spawn(process.execPath, ['--import', registrar(release), path.join(ROOT, 'bin', 'stadsveilig.js'), 'serve', '--quiet'], {
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout?.on('data', (d) => (output += d));
    child.stderr?.on('data', (d) => (output += d));
    const health = `http://127.0.0.1:${port}/api/v1/health`;

    const early = await pollHealth(health, (s) => s > 0, 60);
    assert.equal(early.status, 503, output);
    assert.equal(early.body.status, 'starting');
    assert.equal(early.body.starting?.[0], 'database', 'nothing of the start has been done yet');
    assert.equal(fs.existsSync(release), false);
    assert.doesNotMatch(output, /Stadsveilig starting on/, 'the start order itself (after the registry) has not begun');

    fs.writeFileSync(release, 'go');
    const ready = await pollHealth(health, (s) => s === 200, 200);
    assert.equal(ready.body.status, 'ok', output);
    assert.match(output, new RegExp(`Stadsveilig listening on http://127\\.0\\.0\\.1:${port}`), 'the app took over the same port');
  });
});
