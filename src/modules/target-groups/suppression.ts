/**
 * Small-number suppression of a tree of counts (gemeente → wijken → buurten), the same for every
 * caller and every view, so no view can be differenced against another:
 *  - primary: a count 1 … threshold − 1 is hidden (0 is shown: "nothing" points at nobody);
 *  - complementary, top-down: when a parent is shown and some of its children are hidden, more
 *    children are hidden (smallest non-zero first) until at least two are hidden and their sum reaches the
 *    threshold — so "parent minus the shown children" never reveals one hidden count, nor a small sum.
 * A parent's state is fixed at its own level before its children are looked at, so a wijk total is
 * shown or hidden alike in the city view (as a row) and in the wijk view (as the total).
 */

export interface CountNode {
  code: string;
  count: number;
  children: CountNode[];
}

export const isSmall = (count: number, threshold: number) => count > 0 && count < threshold;

/** The codes of the tree whose count is hidden. */
export function suppressedCodes(root: CountNode, threshold: number): Set<string> {
  const hidden = new Set<string>();
  if (isSmall(root.count, threshold)) hidden.add(root.code);
  const visit = (node: CountNode) => {
    for (const child of node.children) if (isSmall(child.count, threshold)) hidden.add(child.code);
    if (!hidden.has(node.code)) protectChildren(node.children, hidden, threshold);
    for (const child of node.children) visit(child);
  };
  visit(root);
  return hidden;
}

/** Hides further children (smallest count first, then by code) until the hidden ones cannot be told apart. */
function protectChildren(children: readonly CountNode[], hidden: Set<string>, threshold: number): void {
  const isHidden = (c: CountNode) => hidden.has(c.code);
  if (!children.some(isHidden)) return;
  // Non-zero counts first (a zero adds nothing to the hidden sum), smallest first, then by code.
  const candidates = children
    .filter((c) => !isHidden(c))
    .sort((a, b) => Number(a.count === 0) - Number(b.count === 0) || a.count - b.count || a.code.localeCompare(b.code));
  const hiddenSum = () => children.filter(isHidden).reduce((sum, c) => sum + c.count, 0);
  const hiddenCount = () => children.filter(isHidden).length;
  while (candidates.length > 0 && (hiddenCount() < 2 || hiddenSum() < threshold)) hidden.add(candidates.shift()!.code);
}
