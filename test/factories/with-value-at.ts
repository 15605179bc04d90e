/** Marks a field to delete in `withValueAt`. */
export const REMOVE = Symbol('remove');

/**
 * A deep copy of `input` with the value at `path` replaced (or removed), for tests that break one field of
 * otherwise valid input. Throws when the path does not exist, so a typo in a test fails loudly.
 */
export function withValueAt(input: unknown, path: readonly (string | number)[], value: unknown): unknown {
  const copy: unknown = structuredClone(input);
  let parent: unknown = copy;
  for (const segment of path.slice(0, -1)) {
    parent = childOf(parent, segment, path);
  }
  const last = path.at(-1);
  if (last === undefined || typeof parent !== 'object' || parent === null) {
    throw new Error(`No parent object at ${path.join('.')}`);
  }
  if (value === REMOVE) Reflect.deleteProperty(parent, last);
  else Reflect.set(parent, last, value);
  return copy;
}

function childOf(parent: unknown, segment: string | number, path: readonly (string | number)[]): unknown {
  if (typeof parent !== 'object' || parent === null || !(segment in parent)) {
    throw new Error(`No ${String(segment)} on the way to ${path.join('.')}`);
  }
  return Reflect.get(parent, segment);
}
