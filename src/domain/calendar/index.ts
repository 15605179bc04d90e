// Public API of the change calendar: planned windows by system, clashes, freeze windows
// (docs/architecture.md, flow 7), and the flags a form or panel shows before anyone decides.
export * from './planned-change';
export * from './change-conflicts';
export * from './freeze-hits';
export * from './window-flags';
export * from './calendar-grid';
