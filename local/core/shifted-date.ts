/**
 * Makes `new Date()` and `Date.now()` follow the host's clock, so the app's own notion of "now" (deadlines,
 * decision times, reminders) moves when a test or a person fast-forwards the clock, exactly as schedules,
 * retries and TTLs do. Dates built from explicit values are untouched. Instances stay real `Date`s
 * (`instanceof Date` holds), because the replacement is a Proxy over the real constructor.
 */
export const RealDate: DateConstructor = Date;

export function installShiftedDate(offsetMs: () => number): () => void {
  const previous = globalThis.Date;
  const shifted = new Proxy(RealDate, {
    construct(target, args: unknown[], newTarget): object {
      const built: unknown = Reflect.construct(
        target,
        args.length === 0 ? [RealDate.now() + offsetMs()] : args,
        newTarget,
      );
      if (!(built instanceof RealDate)) throw new TypeError('Date construction failed');
      return built;
    },
    apply() {
      // `Date()` called as a function answers the current time as a string.
      return new RealDate(RealDate.now() + offsetMs()).toString();
    },
    get(target, property, receiver) {
      if (property === 'now') return () => RealDate.now() + offsetMs();
      return Reflect.get(target, property, receiver) as unknown;
    },
  });
  globalThis.Date = shifted;
  return () => {
    globalThis.Date = previous;
  };
}
