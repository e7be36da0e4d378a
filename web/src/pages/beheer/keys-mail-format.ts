/** Texts of the API-key and mail sections: key status, quota, outbox counts, a failed message. Pure (translate passed in). */
import { dateTime } from './format.ts';
import type { ApiKeyView, FailedMail, OutboxOverview } from './types.ts';

type T = (key: string, options?: Record<string, unknown>) => string;

export function keyStatusText(k: ApiKeyView, t: T, language: string): string {
  return k.revokedAt ? t('beheer.keys.status.revoked', { time: dateTime(k.revokedAt, language) }) : t('beheer.keys.status.active');
}

export function quotaText(k: Pick<ApiKeyView, 'quotaPerHour'>, t: T): string {
  return k.quotaPerHour === null ? t('beheer.keys.quotaDefault') : t('beheer.keys.quotaPerHour', { count: k.quotaPerHour });
}

export function lastUsedText(k: Pick<ApiKeyView, 'lastUsedAt'>, t: T, language: string): string {
  return k.lastUsedAt ? dateTime(k.lastUsedAt, language) : t('beheer.keys.neverUsed');
}

/** The quota field's value as the API wants it: empty is the default (left out), else a whole number ≥ 1. */
export function parseQuota(text: string): { ok: true; value: number | undefined } | { ok: false } {
  const trimmed = text.trim();
  if (!trimmed) return { ok: true, value: undefined };
  if (!/^\d+$/.test(trimmed)) return { ok: false };
  const value = Number(trimmed);
  return value >= 1 && value <= 1_000_000 ? { ok: true, value } : { ok: false };
}

/** Active keys first (newest first), then revoked ones. */
export function sortKeys(keys: readonly ApiKeyView[]): ApiKeyView[] {
  return [...keys].sort((a, b) => Number(a.revokedAt !== null) - Number(b.revokedAt !== null) || b.createdAt.localeCompare(a.createdAt));
}

/** The outbox states in the order shown; `sending` counts as queued for the reader. */
export function outboxCounts(o: OutboxOverview): Array<{ state: 'queued' | 'sent' | 'failed'; count: number }> {
  return [
    { state: 'queued', count: o.counts.pending + o.counts.sending },
    { state: 'sent', count: o.counts.sent },
    { state: 'failed', count: o.counts.failed },
  ];
}

export function failedMailText(m: FailedMail, t: T, language: string): string {
  const last = m.lastAttemptAt ? dateTime(m.lastAttemptAt, language) : t('beheer.mail.never');
  return t('beheer.mail.attempts', { count: m.attempts, time: last });
}
