/** Splitting whole lines of a quote-free CSV text into rows (shared by the sequential and the parallel import). */

/**
 * The lines of `text` (whole lines; the last may lack its newline) as rows: CR before LF dropped,
 * empty lines skipped, values split on `delimiter` (no quotes anywhere). `firstLine` is the line
 * number of the first; returns the number after the last.
 */
export function eachPlainLine(text: string, firstLine: number, delimiter: string, row: (line: number, values: string[]) => void): number {
  let line = firstLine;
  let start = 0;
  while (start < text.length) {
    let nl = text.indexOf('\n', start);
    if (nl === -1) nl = text.length;
    const end = nl > start && text.charCodeAt(nl - 1) === 13 ? nl - 1 : nl;
    if (end > start) row(line, text.slice(start, end).split(delimiter));
    line++;
    start = nl + 1;
  }
  return line;
}
