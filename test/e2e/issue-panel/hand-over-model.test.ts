import type { HandOverView } from '@async-cab/shared/client';
import { draftOwnerText, handedOverTitle } from '../../../static/issue-panel/src/draft-owner-text';
import {
  MIN_QUERY_LENGTH,
  nextActiveIndex,
  searchableQuery,
} from '../../../static/issue-panel/src/person-search';
import { DANA } from './make-approval-panel';

const handOver = (overrides: Partial<HandOverView>): HandOverView => ({
  requester: null,
  unmappedLogin: null,
  canHandOver: false,
  ...overrides,
});

describe('who a draft from GitHub waits for', () => {
  it('names the requester when the pull request author has a Jira account', () => {
    expect(draftOwnerText(handOver({ requester: DANA, canHandOver: true }))).toBe(
      'Waiting for Dana Lee to complete and submit it.',
    );
  });

  it('says why nobody can complete it, and who can fix that', () => {
    expect(draftOwnerText(handOver({ unmappedLogin: 'octocat' }))).toBe(
      "Nobody can complete it yet: the pull request's author, GitHub user octocat, has no Jira account " +
        'mapped. A change manager can hand it over to the person who will complete it.',
    );
    expect(draftOwnerText(handOver({ canHandOver: true }))).toBe(
      'Nobody can complete it yet: the app could not tell who opened the pull request. Hand it over to ' +
        'the person who will complete it.',
    );
  });

  it('confirms a hand-over by name', () => {
    expect(handedOverTitle('CHG-12', 'Dana Lee')).toBe('CHG-12 handed over to Dana Lee');
  });
});

describe('the person picker', () => {
  it('searches once the query has enough letters, trimmed and within the contract’s limit', () => {
    expect(searchableQuery(' d ')).toBeNull();
    expect(searchableQuery('Da')).toBe('Da');
    expect(MIN_QUERY_LENGTH).toBe(2);
    expect(searchableQuery('  Dana Lee ')).toBe('Dana Lee');
    expect(searchableQuery('x'.repeat(140))).toHaveLength(100);
  });

  it('moves through the matches with the arrow keys, Home and End, and stops at the ends', () => {
    expect(nextActiveIndex('ArrowDown', 0, 3)).toBe(1);
    expect(nextActiveIndex('ArrowDown', 2, 3)).toBe(2);
    expect(nextActiveIndex('ArrowUp', 0, 3)).toBe(0);
    expect(nextActiveIndex('ArrowUp', 2, 3)).toBe(1);
    expect(nextActiveIndex('Home', 2, 3)).toBe(0);
    expect(nextActiveIndex('End', 0, 3)).toBe(2);
    expect(nextActiveIndex('a', 1, 3)).toBeNull();
    expect(nextActiveIndex('ArrowDown', 0, 0)).toBeNull();
  });
});
