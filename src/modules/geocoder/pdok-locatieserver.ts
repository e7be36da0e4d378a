/**
 * PDOK Locatieserver (v3_1), called by the server only (the browser never talks to PDOK, so the
 * CSP stays closed). `free?q=…&fq=type:adres&fq=gemeentecode:0505` for the search and
 * `reverse?lat&lon&type=adres` for the nearest address; both answer Solr's shape
 * `{ response: { numFound, docs: [{ type, weergavenaam, centroide_ll: "POINT(lon lat)", afstand?, … }] } }`.
 * A short timeout (1.5 s); after a failure PDOK is not asked again for a minute, so an offline
 * install falls back at once instead of waiting on every keystroke.
 */

export interface PdokAddress {
  label: string;
  lat: number;
  lon: number;
  /** Metres from the asked point (reverse only). */
  distance?: number;
}

export const PDOK_TIMEOUT_MS = 1500;
const PAUSE_AFTER_FAILURE_MS = 60_000;
const failedUntil = new Map<string, number>();

/** Whether PDOK at `base` failed recently (then the caller falls back without asking). */
export const pdokResting = (base: string) => (failedUntil.get(base) ?? 0) > Date.now();

/** Forgets recent failures (tests). */
export const resetPdokFailures = () => failedUntil.clear();

const POINT = /^POINT\(\s*(-?[\d.]+)\s+(-?[\d.]+)\s*\)$/;

function docsOf(body: unknown): PdokAddress[] {
  const docs = (body as { response?: { docs?: unknown } })?.response?.docs;
  if (!Array.isArray(docs)) throw new Error('PDOK Locatieserver answered without response.docs');
  const out: PdokAddress[] = [];
  for (const d of docs as Array<Record<string, unknown>>) {
    const m = POINT.exec(String(d.centroide_ll ?? ''));
    if (!m || typeof d.weergavenaam !== 'string') continue;
    const distance = typeof d.afstand === 'number' ? d.afstand : undefined;
    out.push({ label: d.weergavenaam, lon: Number(m[1]), lat: Number(m[2]), ...(distance === undefined ? {} : { distance }) });
  }
  return out;
}

async function ask(base: string, path: string, params: [string, string][]): Promise<PdokAddress[]> {
  const url = `${base}/${path}?${new URLSearchParams(params).toString()}`;
  try {
    const res = await fetch(url, { signal: AbortSignal.timeout(PDOK_TIMEOUT_MS), headers: { accept: 'application/json' } });
    if (!res.ok) throw new Error(`PDOK Locatieserver answered ${res.status}`);
    return docsOf(await res.json());
  } catch (err) {
    failedUntil.set(base, Date.now() + PAUSE_AFTER_FAILURE_MS);
    throw err;
  }
}

/** "GM0505" → "0505", PDOK's gemeentecode. */
const pdokGemeente = (gemeente: string) => gemeente.replace(/^GM/, '');

/** Addresses of the municipality matching free text; throws when PDOK cannot be reached. */
export function pdokSearch(base: string, gemeente: string, q: string, rows: number): Promise<PdokAddress[]> {
  return ask(base, 'free', [
    ['q', q],
    ['fq', 'type:adres'],
    ['fq', `gemeentecode:${pdokGemeente(gemeente)}`],
    ['fl', 'type weergavenaam centroide_ll'],
    ['rows', String(rows)],
  ]);
}

/** The nearest address to a point (with its distance); throws when PDOK cannot be reached. */
export async function pdokReverse(base: string, lat: number, lon: number): Promise<PdokAddress | null> {
  const docs = await ask(base, 'reverse', [
    ['lat', String(lat)],
    ['lon', String(lon)],
    ['type', 'adres'],
    ['fl', 'type weergavenaam centroide_ll afstand'],
    ['rows', '1'],
  ]);
  return docs[0] ?? null;
}
