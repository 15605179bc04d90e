/**
 * Nearest-rank quantiles: the smallest sample with at least q of all samples at or below it (rank
 * ceil(q * n), 1-based). The median of 1, 2, 3, 4 is 2 by this rule. The duration sketches answer the
 * same rank (duration-sketch.ts), so exact and sketched figures can be compared value for value.
 */
export function nearestRank(samples: readonly number[], q: number): number | null {
  if (samples.length === 0) return null;
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.max(1, Math.ceil(q * sorted.length));
  return sorted[Math.min(rank, sorted.length) - 1] ?? null;
}
