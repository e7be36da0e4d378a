/**
 * The classification rule of the Beke shortlist as the server applies it (src/modules/youth-groups/
 * shortlist.ts), over the items and threshold the API gives, so the form shows the class live.
 * Pure: the server computes again and stores its own result.
 */
import type { Classification, ShortlistItem } from './types.ts';

export type Answers = Record<string, 0 | 1 | 2>;
export const CLASSES: readonly Classification[] = ['hinderlijk', 'overlastgevend', 'crimineel'];

export function scoresOf(items: readonly ShortlistItem[], answers: Answers): Record<Classification, number> {
  const scores: Record<Classification, number> = { hinderlijk: 0, overlastgevend: 0, crimineel: 0 };
  for (const item of items) scores[item.category] += answers[item.code] ?? 0;
  return scores;
}

export function classify(items: readonly ShortlistItem[], threshold: number, answers: Answers): Classification {
  const scores = scoresOf(items, answers);
  const earnest = (c: Classification) => scores[c] >= threshold || items.some((i) => i.category === c && answers[i.code] === 2);
  if (earnest('crimineel')) return 'crimineel';
  if (earnest('overlastgevend')) return 'overlastgevend';
  return 'hinderlijk';
}
