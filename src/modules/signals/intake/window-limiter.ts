/**
 * Fixed-window counters in memory (per process): per form session, per report number followed,
 * per Open311 API key. Bounded: when more than `maxKeys` windows are kept, expired ones go first,
 * then the oldest, so a flood of new keys cannot reset the window of a key under attack in one go.
 */
export type LimitResult = { ok: true } | { ok: false; retryAfterSeconds: number };

export class WindowLimiter {
  private readonly windows = new Map<string, { start: number; count: number }>();
  constructor(
    private readonly windowMs: number,
    private readonly maxKeys = 50_000,
  ) {}

  /** Counts one hit of `key`; not ok once more than `max` hits fall in the current window. */
  hit(key: string, max: number, now = Date.now()): LimitResult {
    const w = this.windows.get(key);
    if (!w || now - w.start >= this.windowMs) {
      if (w) this.windows.delete(key);
      this.evict(now);
      this.windows.set(key, { start: now, count: 1 });
      return max >= 1 ? { ok: true } : { ok: false, retryAfterSeconds: Math.ceil(this.windowMs / 1000) };
    }
    w.count += 1;
    if (w.count <= max) return { ok: true };
    return { ok: false, retryAfterSeconds: Math.max(1, Math.ceil((w.start + this.windowMs - now) / 1000)) };
  }

  get size(): number {
    return this.windows.size;
  }

  private evict(now: number): void {
    if (this.windows.size < this.maxKeys) return;
    for (const [k, w] of this.windows) if (now - w.start >= this.windowMs) this.windows.delete(k);
    const excess = this.windows.size - Math.floor(this.maxKeys * 0.9);
    if (excess <= 0) return;
    let n = 0;
    for (const k of this.windows.keys()) {
      if (n++ >= excess) break;
      this.windows.delete(k);
    }
  }
}
