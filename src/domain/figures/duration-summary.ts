import {
  addToSketch,
  emptySketch,
  mergeSketches,
  sketchQuantile,
  SKETCH_RELATIVE_ERROR,
  type DurationSketch,
} from './duration-sketch';
import { nearestRank } from './exact-quantile';

/**
 * How a tally keeps its durations: as a sketch (the stored rollups: small, mergeable, within 2%) or as
 * every sample (the exact figures a scan of the ledger gives, and the tests' reference).
 */
export interface DurationSummary<D> {
  readonly precision: FiguresPrecision;
  empty(): D;
  add(durations: D, durationMs: number): D;
  merge(a: D, b: D): D;
  count(durations: D): number;
  quantile(durations: D, q: number): number | null;
}

export type FiguresPrecision =
  { readonly kind: 'sketch'; readonly relativeError: number } | { readonly kind: 'exact' };

export const SKETCHED: DurationSummary<DurationSketch> = {
  precision: { kind: 'sketch', relativeError: SKETCH_RELATIVE_ERROR },
  empty: emptySketch,
  add: addToSketch,
  merge: mergeSketches,
  count: (sketch) => sketch.count,
  quantile: sketchQuantile,
};

export const EXACT: DurationSummary<readonly number[]> = {
  precision: { kind: 'exact' },
  empty: () => [],
  add: (samples, durationMs) => [...samples, durationMs],
  merge: (a, b) => [...a, ...b],
  count: (samples) => samples.length,
  quantile: nearestRank,
};
