/**
 * A mergeable summary of durations, so that the board can give medians and 90th percentiles of a year
 * from one small record per ISO week instead of every change request: a histogram with fixed,
 * log-scale buckets (the DDSketch layout: Masson, Rim and Lee, "DDSketch: A Fast and Fully-Mergeable
 * Quantile Sketch with Relative-Error Guarantees", VLDB 2019).
 *
 * Bucket i holds the durations d (in seconds) with GAMMA^(i-1) < d <= GAMMA^i, where
 * GAMMA = (1 + RELATIVE_ERROR) / (1 - RELATIVE_ERROR); a quantile answers its bucket's value
 * 2 * GAMMA^i / (GAMMA + 1), which is within RELATIVE_ERROR of every duration in that bucket. So the
 * median or 90th percentile read from a sketch is within 2% of the exact value of the same rank (nearest
 * rank, see exact-quantile.ts), however many weeks were merged: merging adds bucket counts, which is
 * exactly the sketch of all the durations together. Durations under one second share one bucket and
 * answer 0 (off by less than a second). A year needs at most ~430 buckets; a sketch stores only those in use.
 */
export const SKETCH_RELATIVE_ERROR = 0.02;

const GAMMA = (1 + SKETCH_RELATIVE_ERROR) / (1 - SKETCH_RELATIVE_ERROR);
const LOG_GAMMA = Math.log(GAMMA);
const MS_PER_SECOND = 1000;

export interface DurationSketch {
  readonly count: number;
  /** Durations shorter than one second (and negative ones, from clocks a little apart). */
  readonly underOneSecond: number;
  /** Bucket index (as JSON keys are strings) -> how many durations fell in it. */
  readonly buckets: Readonly<Record<string, number>>;
}

export function emptySketch(): DurationSketch {
  return { count: 0, underOneSecond: 0, buckets: {} };
}

export function bucketOf(durationMs: number): number | null {
  const seconds = durationMs / MS_PER_SECOND;
  if (!(seconds >= 1)) return null;
  return Math.ceil(Math.log(seconds) / LOG_GAMMA);
}

/** The value a bucket answers, in milliseconds. */
export function bucketValueMs(bucket: number): number {
  return ((2 * GAMMA ** bucket) / (GAMMA + 1)) * MS_PER_SECOND;
}

export function addToSketch(sketch: DurationSketch, durationMs: number): DurationSketch {
  const bucket = bucketOf(durationMs);
  if (bucket === null) {
    return { ...sketch, count: sketch.count + 1, underOneSecond: sketch.underOneSecond + 1 };
  }
  const key = String(bucket);
  return {
    ...sketch,
    count: sketch.count + 1,
    buckets: { ...sketch.buckets, [key]: (sketch.buckets[key] ?? 0) + 1 },
  };
}

export function mergeSketches(a: DurationSketch, b: DurationSketch): DurationSketch {
  const buckets: Record<string, number> = { ...a.buckets };
  for (const [key, count] of Object.entries(b.buckets)) buckets[key] = (buckets[key] ?? 0) + count;
  return { count: a.count + b.count, underOneSecond: a.underOneSecond + b.underOneSecond, buckets };
}

/** The nearest-rank quantile `q` (0 < q <= 1) in milliseconds, within SKETCH_RELATIVE_ERROR; null when empty. */
export function sketchQuantile(sketch: DurationSketch, q: number): number | null {
  if (sketch.count === 0) return null;
  const rank = Math.max(1, Math.ceil(q * sketch.count));
  if (rank <= sketch.underOneSecond) return 0;
  let seen = sketch.underOneSecond;
  const ordered = Object.entries(sketch.buckets)
    .map(([key, count]) => [Number(key), count] as const)
    .sort(([a], [b]) => a - b);
  for (const [bucket, count] of ordered) {
    seen += count;
    if (seen >= rank) return bucketValueMs(bucket);
  }
  // Counts that do not add up (a hand-edited record): the largest bucket is the best answer left.
  const last = ordered.at(-1);
  return last === undefined ? 0 : bucketValueMs(last[0]);
}
