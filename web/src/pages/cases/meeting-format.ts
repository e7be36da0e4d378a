/** Pure helpers of the case meeting pages: upcoming/past split, date-time input values. */
import type { MeetingSummary } from './api-meetings.ts';

/** Upcoming (soonest first) and past (newest first) meetings at `now`. */
export function splitMeetings(meetings: readonly MeetingSummary[], now: Date): { upcoming: MeetingSummary[]; past: MeetingSummary[] } {
  const at = (m: MeetingSummary) => Date.parse(m.startsAt);
  const upcoming = meetings.filter((m) => m.status === 'gepland' && at(m) >= now.getTime() - 12 * 3_600_000).sort((a, b) => at(a) - at(b));
  const past = meetings.filter((m) => !upcoming.includes(m)).sort((a, b) => at(b) - at(a));
  return { upcoming, past };
}

/** A `datetime-local` input value (local time, no zone) as an ISO date-time with the local offset. */
export function localInputToIso(value: string): string | null {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(value)) return null;
  const d = new Date(value);
  return Number.isNaN(d.getTime()) ? null : d.toISOString();
}

export const formatWhen = (iso: string, language: string) =>
  new Date(iso).toLocaleString(language, { dateStyle: 'medium', timeStyle: 'short' });
