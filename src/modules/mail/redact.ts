/**
 * Removes e-mail addresses from a text (an SMTP error names the recipient, sometimes with the
 * sender's credentials): each word with an "@" keeps only its domain, `…@example.nl`. Words are
 * split at white space and the characters that surround addresses in mail errors (<>()[]"',;:),
 * by a single linear pass — no regular expression, so any length costs linear time.
 */
const DELIMITERS = new Set([...' \t\r\n\f\v<>()[]"\',;:'].map((c) => c.charCodeAt(0)));

function redactWord(word: string): string {
  const at = word.lastIndexOf('@');
  return at < 0 ? word : `…@${word.slice(at + 1)}`;
}

export function redactAddresses(text: string): string {
  const parts: string[] = [];
  let start = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i < text.length && !DELIMITERS.has(text.charCodeAt(i))) continue;
    parts.push(redactWord(text.slice(start, i)));
    if (i < text.length) parts.push(text[i]!);
    start = i + 1;
  }
  return parts.join('');
}
