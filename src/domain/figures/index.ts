// Public API of the board's figures: time to first response and to decision, agreement and silence
// shares, overdue and emergency rates, per ISO week and per dimension value (docs/architecture.md, flow 7).
export * from './decided-change-fact';
export * from './duration-sketch';
export * from './duration-summary';
export * from './exact-quantile';
export * from './figure-tally';
export * from '../shared/iso-week';
export * from './period-figures';
export * from './samples-of-fact';
export * from './week-rollup';
