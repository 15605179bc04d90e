import fc from 'fast-check';
import {
  addToSketch,
  emptySketch,
  mergeSketches,
  nearestRank,
  sketchQuantile,
  SKETCH_RELATIVE_ERROR,
  type DurationSketch,
} from '../../../../src/domain/figures';

const HOUR = 3_600_000;
const YEAR = 365 * 24 * HOUR;
const sketchOf = (durations: readonly number[]): DurationSketch =>
  durations.reduce(addToSketch, emptySketch());
/** The bound plus floating-point slack at a bucket's edge. */
const BOUND = SKETCH_RELATIVE_ERROR + 1e-9;

describe('duration sketch', () => {
  it('answers nothing for no durations', () => {
    expect(sketchQuantile(emptySketch(), 0.5)).toBeNull();
  });

  it('answers 0 for durations under a second, and the value within 2% above that', () => {
    const sketch = sketchOf([200, 900, 5 * HOUR]);
    expect(sketchQuantile(sketch, 0.5)).toBe(0);
    const p90 = sketchQuantile(sketch, 0.9) ?? 0;
    expect(Math.abs(p90 - 5 * HOUR) / (5 * HOUR)).toBeLessThanOrEqual(BOUND);
  });

  it('keeps the median and the 90th percentile within 2% of the exact nearest-rank value', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 1000, max: YEAR }), { minLength: 1, maxLength: 300 }),
        fc.constantFrom(0.5, 0.9, 0.25, 0.99, 1),
        (durations, q) => {
          const exact = nearestRank(durations, q) ?? 0;
          const sketched = sketchQuantile(sketchOf(durations), q) ?? 0;
          expect(Math.abs(sketched - exact) / exact).toBeLessThanOrEqual(BOUND);
        },
      ),
    );
  });

  it('merges into exactly the sketch of all the durations together, in any order', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: YEAR })),
        fc.array(fc.integer({ min: 0, max: YEAR })),
        (a, b) => {
          expect(mergeSketches(sketchOf(a), sketchOf(b))).toEqual(sketchOf([...a, ...b]));
          expect(mergeSketches(sketchOf(b), sketchOf(a))).toEqual(sketchOf([...b, ...a]));
        },
      ),
    );
  });

  it('stays small: a year of durations from a second to a year uses at most a few hundred buckets', () => {
    const durations = Array.from({ length: 5000 }, (_, i) => 1000 * 1.0035 ** i);
    const sketch = sketchOf(durations);
    expect(Object.keys(sketch.buckets).length).toBeLessThan(450);
    expect(sketch.count).toBe(5000);
  });
});

describe('nearest-rank quantiles', () => {
  it('takes the smallest value with at least q of the samples at or below it', () => {
    expect(nearestRank([4, 1, 3, 2], 0.5)).toBe(2);
    expect(nearestRank([1, 2, 3, 4, 5], 0.5)).toBe(3);
    expect(nearestRank([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 0.9)).toBe(9);
    expect(nearestRank([10], 0.9)).toBe(10);
    expect(nearestRank([], 0.5)).toBeNull();
  });
});
