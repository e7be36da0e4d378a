/** Dates for the meldingen pages in the interface language. Pure. */
import { localeOf } from '../../i18n/language.ts';

export function formatDate(iso: string | null | undefined, language: string): string {
  if (!iso) return '';
  const d = /^\d{4}-\d{2}-\d{2}$/.test(iso) ? new Date(`${iso}T12:00:00`) : new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return d.toLocaleDateString(localeOf(language), { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Europe/Amsterdam' });
}

export function formatDateTime(iso: string | null | undefined, language: string): string {
  if (!iso) return '';
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return d.toLocaleString(localeOf(language), {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    timeZone: 'Europe/Amsterdam',
  });
}

/** Whole days between a moment and now (age of a report). */
export function ageInDays(iso: string, now: number = Date.now()): number {
  return Math.max(0, Math.floor((now - new Date(iso).getTime()) / 86_400_000));
}

/** Short numeric date for tables ("26-11-2026"). */
export function formatShortDate(iso: string | null | undefined, language: string): string {
  if (!iso) return '';
  const d = /^\d{4}-\d{2}-\d{2}$/.test(iso) ? new Date(`${iso}T12:00:00`) : new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return d.toLocaleDateString(localeOf(language), { day: '2-digit', month: '2-digit', year: 'numeric', timeZone: 'Europe/Amsterdam' });
}

export type ActorKind = 'me' | 'staff' | 'reporter' | 'system' | 'other';

/**
 * Who did something, from the history's actor label ("user:<id>", "anonymous", "system:…").
 * The API gives no display names for other staff, so they are "a colleague".
 */
export function actorKind(actor: string, myUserId: string | null): ActorKind {
  if (myUserId && actor === `user:${myUserId}`) return 'me';
  if (actor.startsWith('user:')) return 'staff';
  if (actor === 'anonymous' || actor.startsWith('open311') || actor.startsWith('api-key')) return 'reporter';
  if (actor.startsWith('system')) return 'system';
  return 'other';
}
