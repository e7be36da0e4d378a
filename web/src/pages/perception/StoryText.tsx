/** A story with the automatic suggestions highlighted; the kind is announced to screen readers too. */
import { useTranslation } from 'react-i18next';
import { highlightSegments } from './redaction.ts';
import type { Suggestion } from './types.ts';

export function StoryText({ text, suggestions }: { text: string; suggestions: Suggestion[] }) {
  const { t } = useTranslation();
  return (
    <blockquote className="story-text" data-testid="story-text">
      {highlightSegments(text, suggestions).map((seg, i) => {
        // biome-ignore lint/suspicious/noArrayIndexKey: the segments are consecutive slices of one fixed text; i is the slice's place in it.
        if (seg.marks.length === 0) return <span key={i}>{seg.text}</span>;
        const kinds = [...new Set(seg.marks.map((m) => suggestions[m]!.kind))];
        return (
          // biome-ignore lint/suspicious/noArrayIndexKey: the segments are consecutive slices of one fixed text; i is the slice's place in it.
          <mark key={i} className={`suggestion kind-${kinds[0]}`} data-kinds={kinds.join(' ')}>
            {seg.text}
            <span className="visually-hidden"> ({kinds.map((k) => t(`perception.moderation.kind.${k}`)).join(', ')})</span>
          </mark>
        );
      })}
    </blockquote>
  );
}
