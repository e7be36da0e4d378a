/**
 * TEMPORARY: a stand-in API with synthetic areas, for developing the web app before the real
 * areas and session routes land. Serves web/dist with SPA fallback. Not used by the e2e tests.
 * Run: node --import tsx test/e2e/dev-mock-server.ts [port]
 */
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';

const dist = path.resolve(import.meta.dirname, '../../web/dist');
const port = Number(process.argv[2] ?? 18081);
const PASSWORD = 'e2e-Correct-Horse-42';
let failures = 0;

function buurt(code: string, name: string, wijk: string, x: number, y: number, population: number, geometry = true) {
  const d = 0.012;
  return {
    type: 'Feature', id: code,
    properties: { code, name, level: 'buurt', parentCode: wijk, year: 2024, population, populationYear: 2024,
      geometryYear: geometry ? 2020 : null, note: geometry ? 'Kaartvlak uit 2020 hergebruikt.' : 'Nieuwe buurt in 2024; nog geen kaartvlak.', isWater: false },
    geometry: geometry ? { type: 'Polygon', coordinates: [[[x, y], [x + d * 1.6, y], [x + d * 1.6, y + d], [x, y + d], [x, y]]] } : null,
  };
}
const buurten = [] as ReturnType<typeof buurt>[];
for (let w = 0; w < 3; w++) for (let b = 0; b < 4; b++) {
  buurten.push(buurt(`BU050500${w}${b}`, `Buurt ${w}-${b}`, `WK05050${w}`, 4.62 + b * 0.02, 51.78 + w * 0.013, 500 + 100 * b + w));
}
buurten.push(buurt('BU05051990', 'Amstelwijck Noord', 'WK050519', 0, 0, 120, false));
const wijken = [0, 1, 2].map((w) => ({ ...buurt(`WK05050${w}`, `Wijk 0${w}`, 'GM0505', 4.62, 51.78 + w * 0.013, 2000), properties: { ...buurt('x', 'x', 'x', 0, 0, 0).properties, code: `WK05050${w}`, name: `Wijk 0${w}`, level: 'wijk', parentCode: 'GM0505' } }));
for (const w of wijken) w.geometry = { type: 'Polygon', coordinates: [[[4.62, w.geometry!.coordinates[0]![0]![1]!], [4.62 + 0.08, w.geometry!.coordinates[0]![0]![1]!], [4.7, w.geometry!.coordinates[0]![0]![1]! + 0.012], [4.62, w.geometry!.coordinates[0]![0]![1]! + 0.012], [4.62, w.geometry!.coordinates[0]![0]![1]!]]] };

const user = { id: 'u1', email: 'admin@example.test', displayName: 'Beheerder', role: 'admin', roleLabel: 'beheerder' };
const sessions = new Set<string>();
const anonymous = { authenticated: false, user: null, permissions: [], csrfToken: null };
const signedIn = (token: string) => ({ authenticated: true, user, permissions: ['areas:read', 'users:manage'], csrfToken: `csrf-${token}` });

function send(res: http.ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) {
  res.writeHead(status, { 'content-type': status >= 400 ? 'application/problem+json' : 'application/json', ...headers });
  res.end(body === undefined ? undefined : JSON.stringify(body));
}
const problem = (status: number, title: string, detail: string) => ({ type: 'about:blank', title, status, detail });

async function api(req: http.IncomingMessage, res: http.ServerResponse, url: URL) {
  const token = /sv_session=([^;]+)/.exec(req.headers.cookie ?? '')?.[1];
  const authed = token && sessions.has(token) ? token : null;
  const route = `${req.method} ${url.pathname}`;
  if (route === 'GET /api/v1/health') return send(res, 200, { status: 'ok' });
  if (route === 'GET /api/v1/instance') return send(res, 200, { name: 'Stadsveilig', version: '1.0.0', municipality: { code: 'GM0505', name: 'Dordrecht' }, map: { background: 'none', backgroundTiles: null, attribution: 'Gebieden: CBS Wijk- en buurtkaart' } });
  if (route === 'GET /api/v1/session') return send(res, 200, authed ? signedIn(authed) : anonymous);
  if (route === 'POST /api/v1/session') {
    let raw = '';
    for await (const chunk of req) raw += chunk;
    const body = JSON.parse(raw || '{}') as { email?: string; password?: string };
    if (failures >= 5) return send(res, 429, problem(429, 'Too many attempts', 'Account temporarily locked.'), { 'retry-after': '900' });
    if (body.email !== user.email || body.password !== PASSWORD) {
      failures++;
      return send(res, 401, problem(401, 'Wrong credentials', 'E-mailadres of wachtwoord onjuist.'));
    }
    const t = Math.random().toString(36).slice(2);
    sessions.add(t);
    return send(res, 200, signedIn(t), { 'set-cookie': `sv_session=${t}; Path=/; HttpOnly; SameSite=Strict` });
  }
  if (!authed) return send(res, 401, problem(401, 'Not logged in', 'Log in first.'));
  if (route === 'DELETE /api/v1/session') {
    if (req.headers['x-csrf-token'] !== `csrf-${authed}`) return send(res, 403, problem(403, 'CSRF', 'bad csrf'));
    sessions.delete(authed);
    res.writeHead(204).end();
    return;
  }
  if (route === 'GET /api/v1/areas/vintages') return send(res, 200, [
    { year: 2024, source: 'mock', populationYear: 2024, counts: { gemeente: 1, wijk: 3, buurt: buurten.length }, population: 1, areasWithoutGeometry: ['BU05051990'] },
    { year: 2020, source: 'mock', populationYear: 2020, counts: { gemeente: 1, wijk: 3, buurt: 12 }, population: 1, areasWithoutGeometry: [] },
  ]);
  if (route === 'GET /api/v1/areas') {
    const level = url.searchParams.get('level');
    const year = Number(url.searchParams.get('year'));
    const list = level === 'wijk' ? wijken : buurten.filter((b) => year === 2024 || b.geometry);
    return send(res, 200, { type: 'FeatureCollection', features: list });
  }
  return send(res, 404, problem(404, 'Not found', route));
}

const TYPES: Record<string, string> = { '.js': 'text/javascript', '.mjs': 'text/javascript', '.css': 'text/css', '.svg': 'image/svg+xml', '.html': 'text/html' };
http.createServer((req, res) => {
  const url = new URL(req.url ?? '/', 'http://localhost');
  if (url.pathname.startsWith('/api/')) return void api(req, res, url);
  let file = path.join(dist, path.normalize(url.pathname));
  if (!file.startsWith(dist) || !fs.existsSync(file) || fs.statSync(file).isDirectory()) file = path.join(dist, 'index.html');
  res.writeHead(200, { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream',
    'content-security-policy': "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; worker-src 'self' blob:; connect-src 'self'" });
  fs.createReadStream(file).pipe(res);
}).listen(port, '127.0.0.1', () => console.log(`mock on http://127.0.0.1:${port}`));
