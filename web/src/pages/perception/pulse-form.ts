/**
 * The pulse questionnaire's form state, validation and the reply to send — pure, so the rules are
 * unit-tested without a browser. Limits mirror the API (POST /pulse/{buurtCode}).
 */
import { ApiError } from '../../api/client.ts';
import type { PulseAnswer } from './types.ts';

export const STORY_MIN_LENGTH = 10;
export const SCALE = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10] as const;

export interface PulseFormState {
  safeDay: number | null;
  safeNight: number | null;
  problems: string[];
  story: string;
  ageBand: string;
}

export type PulseField = 'safeDay' | 'safeNight' | 'problems' | 'story' | 'ageBand';
export type PulseErrorCode = 'required' | 'tooShort' | 'tooLong' | 'invalid';
export type PulseErrors = Partial<Record<PulseField, PulseErrorCode>>;

export const emptyPulseForm = (): PulseFormState => ({ safeDay: null, safeNight: null, problems: [], story: '', ageBand: '' });

const isMark = (v: number | null): v is number => v !== null && Number.isInteger(v) && v >= 1 && v <= 10;

/** Field errors in the order of the form (the first one gets the focus). */
export function validatePulse(state: PulseFormState, storyMaxLength: number): PulseErrors {
  const errors: PulseErrors = {};
  if (!isMark(state.safeDay)) errors.safeDay = 'required';
  if (!isMark(state.safeNight)) errors.safeNight = 'required';
  const story = state.story.trim();
  if (story && story.length < STORY_MIN_LENGTH) errors.story = 'tooShort';
  else if (story.length > storyMaxLength) errors.story = 'tooLong';
  return errors;
}

/** Toggle a problem code on or off, keeping the questionnaire's order. */
export function toggleProblem(selected: readonly string[], code: string, order: readonly string[]): string[] {
  const next = selected.includes(code) ? selected.filter((c) => c !== code) : [...selected, code];
  return order.filter((c) => next.includes(c));
}

/**
 * The body to send: the story only when written, the age band only when chosen. Problem codes and
 * age bands are the questionnaire's own (its reply types them as plain strings, the body as enums).
 */
export function toPulseAnswer(state: PulseFormState): PulseAnswer {
  if (!isMark(state.safeDay) || !isMark(state.safeNight)) throw new Error('validate the form first');
  const answer: PulseAnswer = {
    safeDay: state.safeDay,
    safeNight: state.safeNight,
    problems: [...state.problems] as PulseAnswer['problems'],
  };
  const story = state.story.trim();
  if (story) answer.story = story;
  if (state.ageBand) answer.ageBand = state.ageBand as PulseAnswer['ageBand'];
  return answer;
}

export type SendFailure =
  | { kind: 'already-answered'; detail: string }
  | { kind: 'rate-limited'; retryAfter: number | null }
  | { kind: 'invalid'; fields: PulseErrors }
  | { kind: 'not-found' }
  | { kind: 'other'; detail: string };

const FIELDS: readonly PulseField[] = ['safeDay', 'safeNight', 'problems', 'story', 'ageBand'];

/** What went wrong with sending, for a polite message (409, 429) or errors at the fields (400). */
export function sendFailure(error: unknown): SendFailure {
  if (!(error instanceof ApiError)) return { kind: 'other', detail: error instanceof Error ? error.message : String(error) };
  if (error.status === 409) return { kind: 'already-answered', detail: error.problem.detail };
  if (error.status === 429) return { kind: 'rate-limited', retryAfter: error.retryAfter };
  if (error.status === 404) return { kind: 'not-found' };
  if (error.status === 400 && error.problem.errors?.length) {
    const fields: PulseErrors = {};
    for (const e of error.problem.errors) {
      const field = FIELDS.find((f) => e.name === `body.${f}` || e.name.startsWith(`body.${f}.`) || e.name === f);
      if (field) fields[field] = 'invalid';
    }
    if (Object.keys(fields).length) return { kind: 'invalid', fields };
  }
  return { kind: 'other', detail: error.problem.detail };
}

/** "2026-Q4" → { year: 2026, quarter: 4 }; null for anything else. */
export function parsePeriod(period: string): { year: number; quarter: number } | null {
  const m = /^(\d{4})-Q([1-4])$/.exec(period);
  return m ? { year: Number(m[1]), quarter: Number(m[2]) } : null;
}

/** A UTC day of an ISO time as a long date in the UI language, e.g. "1 januari 2027". */
export function formatDay(iso: string, language: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(language.startsWith('en') ? 'en-GB' : 'nl-NL', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(date);
}
