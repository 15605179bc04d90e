/**
 * The random-share fault mode of the stand-in: a chosen share of the matching requests fails with one of the
 * chosen statuses. A local test setting, not a Jira behaviour (docs/platform-assumptions.md, "Jira stand-in:
 * random-share faults"); the same seed and the same order of requests fail the same requests.
 */
export type RandomFaultStatus = 429 | 500 | 503;

export interface RandomFault {
  /** The share of matching requests that fail, from 0 to 1. */
  share: number;
  /** What a failing request answers, picked at random among these. */
  statuses: RandomFaultStatus[];
  seed: number;
  /** A regular expression source matched against the request path; without it every path matches. */
  pathPattern?: string;
  /** Retry-After of a random 429. */
  retryAfterSeconds: number;
}

/** mulberry32: a small seeded PRNG with uniform floats in [0, 1); enough to spread test faults. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/** Decides per request: the status a matching request fails with, or null when it goes through. */
export function randomFaultPicker(fault: RandomFault): (path: string) => RandomFaultStatus | null {
  const next = seededRandom(fault.seed);
  const path = fault.pathPattern === undefined ? null : new RegExp(fault.pathPattern);
  return (requestPath) => {
    if (path !== null && !path.test(requestPath)) return null;
    if (next() >= fault.share) return null;
    return fault.statuses[Math.floor(next() * fault.statuses.length)] ?? null;
  };
}
