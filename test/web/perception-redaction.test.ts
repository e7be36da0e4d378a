import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { applyRedaction, approveBody, highlightSegments, mergeSpans, spanSuggestions } from '../../web/src/pages/perception/redaction.ts';
import type { Suggestion } from '../../web/src/pages/perception/types.ts';

const TEXT = 'Bel Jan op 06-12345678 of mail jan@example.nl over de brug.';
const at = (match: string, kind: Suggestion['kind']): Suggestion => ({
  kind,
  match,
  start: TEXT.indexOf(match),
  end: TEXT.indexOf(match) + match.length,
});
const phone = at('06-12345678', 'phone');
const email = at('jan@example.nl', 'email');

describe('story redaction', () => {
  it('merges overlapping and touching spans and clips them to the text', () => {
    assert.deepEqual(
      mergeSpans(
        [
          { start: 5, end: 10 },
          { start: 8, end: 12 },
          { start: 12, end: 14 },
          { start: 20, end: 99 },
        ],
        30,
      ),
      [
        { start: 5, end: 14 },
        { start: 20, end: 30 },
      ],
    );
    assert.deepEqual(mergeSpans([{ start: 3, end: 3 }], 10), []);
  });
  it('replaces accepted spans by [verwijderd] like the API', () => {
    assert.equal(applyRedaction(TEXT, [phone, email]), 'Bel Jan op [verwijderd] of mail [verwijderd] over de brug.');
    assert.equal(applyRedaction(TEXT, []), TEXT);
  });
  it('cuts the text into highlighted pieces per suggestion', () => {
    const segs = highlightSegments(TEXT, [phone, email]);
    assert.equal(segs.map((s) => s.text).join(''), TEXT);
    assert.deepEqual(
      segs.filter((s) => s.marks.length).map((s) => s.text),
      ['06-12345678', 'jan@example.nl'],
    );
  });
  it('ignores duplicate findings as spans', () => {
    const dup: Suggestion = { kind: 'duplicate', match: 'a-story-id', start: 0, end: 0 };
    assert.deepEqual(spanSuggestions([dup, phone]), [phone]);
  });
  it('sends accepted spans, or the edited text when the moderator changed it', () => {
    assert.deepEqual(approveBody(TEXT, [phone, email], [0], null, ['verlichting']), {
      themes: ['verlichting'],
      redact: [{ start: phone.start, end: phone.end }],
    });
    const edited = 'Bel [verwijderd] over de brug.';
    assert.deepEqual(approveBody(TEXT, [phone, email], [0, 1], edited, []), { themes: [], text: edited });
    // An "edit" that equals the preview is no edit: spans are sent.
    assert.deepEqual(approveBody(TEXT, [phone, email], [1], applyRedaction(TEXT, [email]), []).redact, [
      { start: email.start, end: email.end },
    ]);
    assert.deepEqual(approveBody(TEXT, [phone], [], null, []), { themes: [] });
  });
});
