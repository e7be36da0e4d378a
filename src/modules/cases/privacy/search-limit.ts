/**
 * The per-user limit of the existence search: at most `max` searches in a sliding hour, so nobody
 * can enumerate who has a case by trying names. Kept in the memory of the server process (a restart
 * or a second server starts counting afresh); the processing log keeps every search regardless.
 */
export const SEARCHES_PER_HOUR = 30;
const HOUR_MS = 3_600_000;

export class SearchLimiter {
  private readonly recent = new Map<string, number[]>();

  constructor(
    readonly max = SEARCHES_PER_HOUR,
    readonly windowMs = HOUR_MS,
  ) {}

  /** Counts one search by `key` at `now`; returns the seconds to wait when over the limit, else null. */
  take(key: string, now: Date): number | null {
    const t = now.getTime();
    const kept = (this.recent.get(key) ?? []).filter((at) => at > t - this.windowMs);
    if (kept.length >= this.max) {
      this.recent.set(key, kept);
      return Math.ceil((kept[0]! + this.windowMs - t) / 1000);
    }
    kept.push(t);
    this.recent.set(key, kept);
    if (this.recent.size > 10_000) this.forgetIdle(t);
    return null;
  }

  private forgetIdle(t: number): void {
    for (const [key, times] of this.recent) if (!times.some((at) => at > t - this.windowMs)) this.recent.delete(key);
  }
}
