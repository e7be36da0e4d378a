/**
 * False discovery rate for many local tests (a hotspot map tests every cell):
 * Benjamini & Hochberg (1995), step-up procedure. With m valid p-values sorted p_(1) ≤ … ≤ p_(m),
 * reject H_(1..k) for the largest k with p_(k) ≤ k·α/m. The adjusted value (R `p.adjust(, "BH")`)
 * is q_(i) = min_{j ≥ i} min(1, m·p_(j)/j); a test is significant at FDR α iff q ≤ α.
 * NaN p-values (e.g. islands) are ignored and get NaN.
 */
export function benjaminiHochberg(p: ArrayLike<number>): Float64Array {
  const q = new Float64Array(p.length).fill(NaN);
  const idx = Array.from({ length: p.length }, (_, k) => k).filter((k) => !Number.isNaN(p[k]!));
  idx.sort((a, b) => p[a]! - p[b]!);
  const m = idx.length;
  let running = 1;
  for (let r = m - 1; r >= 0; r--) {
    const k = idx[r]!;
    running = Math.min(running, (m * p[k]!) / (r + 1));
    q[k] = running;
  }
  return q;
}

/** Mask of tests significant at false discovery rate `alpha`. */
export function fdrSignificant(p: ArrayLike<number>, alpha = 0.05): boolean[] {
  return Array.from(benjaminiHochberg(p), (q) => q <= alpha);
}
