import { readFileSync } from 'node:fs';
import path from 'node:path';

const FIXTURES = path.join(__dirname, '../../../fixtures/jsm');

/** Reads a recorded JSM response as untyped JSON, exactly as an adapter would receive it. */
export function loadJsmFixture(name: string): unknown {
  const parsed: unknown = JSON.parse(readFileSync(path.join(FIXTURES, name), 'utf8'));
  return parsed;
}

export const APPROVAL_PAGE_FIXTURES = [
  'approval-page-approved.json',
  'approval-page-declined.json',
  'approval-page-empty.json',
  'approval-page-pending.json',
  'approval-page-self-approved.json',
  'approval-page-two-rounds.json',
] as const;
