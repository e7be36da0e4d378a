/**
 * Redaction of a resident's story in the moderation queue — pure. Suggestions (personal data,
 * offensive words) are spans of the original text; accepted spans are merged (overlaps would
 * garble the server's replacement) and replaced by "[verwijderd]", as the API does on approval.
 */
import type { Suggestion } from './types.ts';

export const REDACTED = '[verwijderd]';

export interface Span {
  start: number;
  end: number;
}

/** Suggestions that mark text (a duplicate finding points at another story, not at a span). */
export const spanSuggestions = (suggestions: readonly Suggestion[]) => suggestions.filter((s) => s.kind !== 'duplicate' && s.end > s.start);

/** Sorted, non-overlapping spans within [0, length]; touching or overlapping spans are joined. */
export function mergeSpans(spans: readonly Span[], length: number): Span[] {
  const sorted = spans
    .map((s) => ({ start: Math.max(0, Math.min(s.start, length)), end: Math.max(0, Math.min(s.end, length)) }))
    .filter((s) => s.end > s.start)
    .sort((a, b) => a.start - b.start || a.end - b.end);
  const out: Span[] = [];
  for (const s of sorted) {
    const last = out.at(-1);
    if (last && s.start <= last.end) last.end = Math.max(last.end, s.end);
    else out.push({ ...s });
  }
  return out;
}

/** The text with the spans replaced, as the API will store it. */
export function applyRedaction(text: string, spans: readonly Span[]): string {
  let out = text;
  for (const s of [...mergeSpans(spans, text.length)].reverse()) out = `${out.slice(0, s.start)}${REDACTED}${out.slice(s.end)}`;
  return out;
}

export interface Segment {
  text: string;
  /** Indexes into the suggestions that cover this piece (empty = plain text). */
  marks: number[];
}

/** The text cut at every suggestion boundary, so each piece can be highlighted with its findings. */
export function highlightSegments(text: string, suggestions: readonly Suggestion[]): Segment[] {
  const cuts = new Set([0, text.length]);
  suggestions.forEach((s) => {
    if (s.end > s.start) {
      cuts.add(Math.max(0, Math.min(s.start, text.length)));
      cuts.add(Math.max(0, Math.min(s.end, text.length)));
    }
  });
  const points = [...cuts].sort((a, b) => a - b);
  const segments: Segment[] = [];
  for (let i = 0; i < points.length - 1; i++) {
    const start = points[i]!;
    const end = points[i + 1]!;
    const marks = suggestions.flatMap((s, k) => (s.end > s.start && s.start <= start && s.end >= end ? [k] : []));
    segments.push({ text: text.slice(start, end), marks });
  }
  return segments;
}

/** Which suggestions start accepted: personal data yes (privacy first), offensive words too; the moderator can untick. */
export const acceptedByDefault = (s: Suggestion) => s.kind !== 'duplicate';

/**
 * The approve body: edited text wins; otherwise the accepted spans. `edited` is the moderator's
 * text when they changed the preview by hand, else null.
 */
export function approveBody(
  text: string,
  suggestions: readonly Suggestion[],
  accepted: readonly number[],
  edited: string | null,
  themes: readonly string[],
) {
  const body: { text?: string; redact?: Span[]; themes: string[] } = { themes: [...themes] };
  if (edited !== null && edited.trim() !== applyRedaction(text, accepted.map((i) => suggestions[i]!).filter(Boolean)).trim()) {
    body.text = edited.trim();
  } else {
    const spans = mergeSpans(
      accepted.map((i) => suggestions[i]).filter((s): s is Suggestion => !!s && s.kind !== 'duplicate'),
      text.length,
    );
    if (spans.length) body.redact = spans;
  }
  return body;
}
