import type { DecisionExportPartView } from '../../../src/shared/figures-view-models';
import { collectExport, type LoadExportPart } from '../../../static/board/src/figures/collect-export';
import { formatDuration, formatShare, niceCeiling } from '../../../static/board/src/figures/figures-format';

const part = (overrides: Partial<DecisionExportPartView>): DecisionExportPartView => ({
  csv: '',
  rows: 0,
  evidence: [],
  nextCursor: null,
  fileName: 'async-cab-decisions-2026-01-01-to-2026-03-31.csv',
  ...overrides,
});

const request = { from: '2026-01-01', to: '2026-03-31', timeZone: 'Europe/London' };

describe('collecting the audit export', () => {
  it('asks part by part with the cursor and joins one CSV and one evidence file', async () => {
    const asked: unknown[] = [];
    const parts = [
      part({
        csv: '"request_key"\r\n"CHG-1"\r\n',
        rows: 1,
        evidence: [{ issueKey: 'CHG-1', fileName: 'a', text: 'one' }],
        nextCursor: 'v1.a',
      }),
      part({ csv: '"CHG-2"\r\n', rows: 1, evidence: [{ issueKey: 'CHG-2', fileName: 'b', text: 'two' }] }),
    ];
    const load: LoadExportPart = (payload) => {
      asked.push(payload);
      const next = parts.shift();
      return Promise.resolve(
        next === undefined
          ? { ok: false, error: { code: 'INTERNAL', message: 'no more' } }
          : { ok: true, value: next },
      );
    };
    const progress: number[] = [];

    const collected = await collectExport(load, request, (rows) => progress.push(rows));

    expect(asked).toEqual([request, { ...request, cursor: 'v1.a' }]);
    expect(progress).toEqual([1, 2]);
    expect(collected).toEqual({
      ok: true,
      value: {
        csv: '"request_key"\r\n"CHG-1"\r\n"CHG-2"\r\n',
        evidence: `one\n${'='.repeat(72)}\n\ntwo`,
        rows: 2,
        fileName: 'async-cab-decisions-2026-01-01-to-2026-03-31.csv',
        evidenceFileName: 'async-cab-decisions-2026-01-01-to-2026-03-31-evidence.txt',
      },
    });
  });

  it("passes the resolver's error on, and stops on a cursor that repeats", async () => {
    const refused = await collectExport(
      () =>
        Promise.resolve({
          ok: false,
          error: {
            code: 'FORBIDDEN',
            message: 'Only change managers and Jira administrators can export the decisions.',
          },
        }),
      request,
    );
    expect(refused).toEqual({ ok: false, error: expect.objectContaining({ code: 'FORBIDDEN' }) as unknown });

    const looping = await collectExport(
      () => Promise.resolve({ ok: true, value: part({ nextCursor: 'v1.same' }) }),
      request,
    );
    expect(looping).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
  });
});

describe('figures as a person reads them', () => {
  it.each([
    [null, '–'],
    [30_000, '< 1 min'],
    [45 * 60_000, '45 min'],
    [3 * 3_600_000, '3 h'],
    [3 * 3_600_000 + 20 * 60_000, '3 h 20 min'],
    [3 * 3_600_000 + 59.7 * 60_000, '4 h'],
    [52 * 3_600_000, '2 d 4 h'],
  ])('writes %p ms as %p', (ms, text) => {
    expect(formatDuration(ms)).toBe(text);
  });

  it('writes shares as whole percentages without rounding to 0 or 100', () => {
    expect([null, 0, 0.004, 0.75, 0.996, 1].map(formatShare)).toEqual([
      '–',
      '0%',
      '< 1%',
      '75%',
      '> 99%',
      '100%',
    ]);
  });

  it('rounds a scale up to a readable top', () => {
    expect([0, 7, 13, 230].map(niceCeiling)).toEqual([1, 10, 20, 250]);
  });
});
