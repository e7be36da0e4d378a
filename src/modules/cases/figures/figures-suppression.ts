/**
 * Small-number suppression of the case figures, with the municipality's threshold n (Beheer →
 * Instellingen, `minCellCount`), the platform's rule (as target-groups), made safe for trees:
 *  - a count 1 … n−1 is null (0 is shown: it points at nobody);
 *  - complementary: when a total is shown and cells under it are hidden, more cells are hidden
 *    (smallest first) until at least two are hidden and together reach n, so "total minus the
 *    shown cells" never gives one hidden count back, and a hidden total is never the sum of shown
 *    cells; a year → quarters → months tree alike, equation by equation until nothing changes;
 *  - a share or median computed from fewer than n cases is null, and a share also when its
 *    numerator or the rest (denominator − numerator) is small, since share × denominator gives it.
 */
export interface CountNode {
  code: string;
  count: number;
  children: CountNode[];
}

export const isSmall = (count: number, n: number) => count > 0 && count < n;

/** Every node with children, parent first: each is one equation "parent = sum of its children". */
function equations(root: CountNode): CountNode[] {
  return root.children.length ? [root, ...root.children.flatMap(equations)] : [];
}

/** The next cell to hide among those shown: smallest non-zero count first, then by code; zeros last. */
function nextToHide(children: readonly CountNode[], hidden: Set<string>): CountNode | undefined {
  return children
    .filter((c) => !hidden.has(c.code))
    .sort((a, b) => Number(a.count === 0) - Number(b.count === 0) || a.count - b.count || a.code.localeCompare(b.code))[0];
}

/** Hides more cells of one equation until none of its hidden values can be worked out; true when it hid one. */
function protectEquation(node: CountNode, hidden: Set<string>, n: number): boolean {
  const hiddenChildren = node.children.filter((c) => hidden.has(c.code));
  const parentHidden = hidden.has(node.code);
  // A shown total: at least two hidden cells that together reach n, so the rest gives no single or small count.
  const unsafeShown =
    !parentHidden && hiddenChildren.length > 0 && (hiddenChildren.length < 2 || hiddenChildren.reduce((s, c) => s + c.count, 0) < n);
  // A hidden total over cells that are all shown would be their sum.
  const unsafeHidden = parentHidden && node.count > 0 && hiddenChildren.length === 0;
  if (!unsafeShown && !unsafeHidden) return false;
  const next = nextToHide(node.children, hidden);
  if (!next) return false;
  hidden.add(next.code);
  return true;
}

/**
 * The codes of a tree whose count is hidden: every small count, then — equation by equation, until
 * nothing changes — more cells, so that no hidden count follows from a shown total and the shown
 * cells (nor a small sum of hidden ones), and no hidden total from its shown cells.
 */
export function suppressedCodes(root: CountNode, n: number): Set<string> {
  const hidden = new Set<string>();
  const visit = (node: CountNode) => {
    if (isSmall(node.count, n)) hidden.add(node.code);
    node.children.forEach(visit);
  };
  visit(root);
  const all = equations(root);
  for (let changed = true; changed; ) {
    changed = false;
    for (const eq of all) while (protectEquation(eq, hidden, n)) changed = true;
  }
  return hidden;
}

export interface SuppressedRow {
  total: number | null;
  cells: Map<string, number | null>;
}

const TOTAL = '#total';

/** A total with its cells (criteria, trajectories, outcomes of one life domain): the published values. */
export function suppressRow(total: number, cells: ReadonlyMap<string, number>, n: number): SuppressedRow {
  const root: CountNode = {
    code: TOTAL,
    count: total,
    children: [...cells].map(([code, count]) => ({ code: `c:${code}`, count, children: [] })),
  };
  const hidden = suppressedCodes(root, n);
  return {
    total: hidden.has(TOTAL) ? null : total,
    cells: new Map([...cells].map(([code, count]) => [code, hidden.has(`c:${code}`) ? null : count])),
  };
}

/** A year of monthly counts as a tree year → quarters → months; the published value of each node by key. */
export function suppressCalendar(
  perMonth: ReadonlyMap<string, number>,
  quarterOf: (month: string) => string,
  n: number,
): Map<string, number | null> {
  const quarters = new Map<string, CountNode>();
  for (const [month, count] of perMonth) {
    const q = quarterOf(month);
    const node = quarters.get(q) ?? { code: q, count: 0, children: [] };
    node.count += count;
    node.children.push({ code: month, count, children: [] });
    quarters.set(q, node);
  }
  const root: CountNode = { code: TOTAL, count: [...quarters.values()].reduce((s, q) => s + q.count, 0), children: [...quarters.values()] };
  const hidden = suppressedCodes(root, n);
  const out = new Map<string, number | null>();
  const visit = (node: CountNode) => {
    out.set(node.code, hidden.has(node.code) ? null : node.count);
    node.children.forEach(visit);
  };
  visit(root);
  return out;
}

/** The published year total of a calendar from suppressCalendar. */
export const calendarTotal = (published: ReadonlyMap<string, number | null>) => published.get(TOTAL) ?? null;

/** A share (0…1, three decimals) of `part` in `whole`, or null when it would point at few cases. */
export function suppressedShare(part: number, whole: number, n: number): number | null {
  if (whole < n || isSmall(part, n) || isSmall(whole - part, n)) return null;
  return Math.round((part / whole) * 1000) / 1000;
}

/** A median over `count` cases, or null when fewer than n. */
export const suppressedMedian = (value: number | null, count: number, n: number) =>
  value === null || count < n ? null : Math.round(value);

/** A single count: null when small. */
export const suppressedCount = (count: number, n: number) => (isSmall(count, n) ? null : count);
