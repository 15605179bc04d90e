/**
 * The board's figures for a period, read from the weekly rollups only (src/app/figures/record-decided-change.ts):
 * one stored rollup per ISO week the period overlaps, whatever the number of change requests. Weeks are
 * whole (UTC): a period from a Wednesday counts that whole week, and the view says which weeks it counted.
 */
import { figuresOfRollups, SKETCHED } from '../../domain/figures';
import type { FiguresView } from '../../shared/figures-view-models';
import type { FiguresRollupStore } from '../ports/figures-ports';
import { periodBounds, weekSpans, type Period } from './figures-period';

export async function getFigures(
  deps: { rollups: FiguresRollupStore },
  period: Period,
): Promise<FiguresView> {
  const { weeks } = periodBounds(period);
  const figures = figuresOfRollups(SKETCHED, weeks, await deps.rollups.readWeeks(weeks));
  return { period, ...figures, weeks: weekSpans(figures.weeks) };
}
