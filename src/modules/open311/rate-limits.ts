/**
 * Open311 request limits (in memory, per process). A request with a valid api_key counts against
 * that key's quota per hour (its own `quota_per_hour`, else STADSVEILIG_OPEN311_KEY_PER_HOUR), so
 * an integration is not held to the pace of a web form; any other request counts against its IP
 * address: posting as the web form (STADSVEILIG_SIGNAL_INTAKE_PER_MINUTE), reading as the other
 * public pages (six times that, at least 60 a minute).
 */
import type { Config } from '../../core/config.ts';
import { WindowLimiter } from '../signals/index.ts';
import type { ValidApiKey } from './api-keys.ts';
import { Open311Error } from './open311-error.ts';

export class Open311Limits {
  private readonly perKey = new WindowLimiter(3_600_000);
  private readonly perIp = new WindowLimiter(60_000);
  constructor(private readonly config: Pick<Config, 'open311KeyPerHour' | 'signalIntakePerMinute'>) {}

  /** Counts one request; throws 429 with Retry-After when its key or address is over the limit. */
  check(key: ValidApiKey | null, ip: string, isPost: boolean, now = Date.now()): void {
    if (key) {
      const quota = key.quotaPerHour ?? this.config.open311KeyPerHour;
      const r = this.perKey.hit(key.id, quota, now);
      if (!r.ok)
        throw new Open311Error(
          429,
          `the quota of this api_key (${quota} requests per hour) is used up; try again in ${r.retryAfterSeconds} s`,
          { 'retry-after': String(r.retryAfterSeconds) },
        );
      return;
    }
    const perMinute = isPost ? this.config.signalIntakePerMinute : Math.max(60, this.config.signalIntakePerMinute * 6);
    const r = this.perIp.hit(`${isPost ? 'post' : 'get'}:${ip}`, perMinute, now);
    if (!r.ok)
      throw new Open311Error(
        429,
        `too many requests from this address (${perMinute} a minute without an api_key); try again in ${r.retryAfterSeconds} s`,
        { 'retry-after': String(r.retryAfterSeconds) },
      );
  }
}
