/**
 * What a person reads on the board's figures and calendar, rendered to HTML by React (no browser needed:
 * the components take their data as props) and checked as text.
 */
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import type { CalendarView, FigureSummaryView, FiguresView } from '../../../src/shared/figures-view-models';
import { ChangeCalendar } from '../../../static/board/src/figures/change-calendar';
import { ExportButton } from '../../../static/board/src/figures/export-button';
import { FiguresPanel } from '../../../static/board/src/figures/figures-panel';

const HOUR = 3_600_000;
const summary = (overrides: Partial<FigureSummaryView> = {}): FigureSummaryView => ({
  decided: 12,
  approved: 10,
  declined: 2,
  firstResponse: { samples: 11, medianMs: 45 * 60_000, p90Ms: 5 * HOUR },
  decision: { samples: 12, medianMs: 3 * HOUR + 20 * 60_000, p90Ms: 2 * 24 * HOUR + 4 * HOUR },
  withinAgreementShare: 0.75,
  silenceShare: 1 / 12,
  escalatedShare: 2 / 12,
  emergencyShare: 1 / 12,
  breakGlass: 1,
  retrospective: { decided: 1, withinDeadlineShare: 1 },
  ...overrides,
});

const figures: FiguresView = {
  period: { from: '2026-03-02', to: '2026-03-15' },
  weeks: [
    { week: '2026-W10', start: '2026-03-02T00:00:00.000Z', end: '2026-03-09T00:00:00.000Z' },
    { week: '2026-W11', start: '2026-03-09T00:00:00.000Z', end: '2026-03-16T00:00:00.000Z' },
  ],
  precision: { kind: 'sketch', relativeError: 0.02 },
  total: summary(),
  byChangeType: [
    { key: 'normal', label: 'normal', summary: summary({ decided: 9 }) },
    { key: 'emergency', label: 'emergency', summary: summary({ decided: 1 }) },
  ],
  byRisk: [],
  byGroup: [{ key: 'g-1', label: 'cab-payments', summary: summary() }],
  byApprover: [],
  trend: [
    { week: '2026-W10', summary: summary({ decided: 7 }) },
    {
      week: '2026-W11',
      summary: summary({ decided: 5, decision: { samples: 5, medianMs: 2 * HOUR, p90Ms: 4 * HOUR } }),
    },
  ],
};

/** The text a person reads, tags dropped. */
const textOf = (html: string) =>
  html
    .replace(/<[^>]+>/g, ' ')
    .replace(/&#x27;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ');

describe('the figures panel', () => {
  const html = renderToStaticMarkup(createElement(FiguresPanel, { figures }));
  const text = textOf(html);

  it('shows the headline numbers in words a person reads at a glance', () => {
    expect(text).toContain('Decided 12 10 approved, 2 declined');
    expect(text).toContain('Time to first response 45 min median · 90% within 5 h');
    expect(text).toContain('Time to decision 3 h 20 min median · 90% within 2 d 4 h');
    expect(text).toContain('Within the response time 75%');
    expect(text).toContain('Approved by silence 8%');
    expect(text).toContain('Overdue 17%');
    expect(text).toContain('Retrospective approvals in time 100% of 1 after break-glass');
  });

  it('draws the weekly trend with the latest week beside it', () => {
    expect(html).toContain('aria-label="Decided per week: Week 10 7, Week 11 5"');
    expect(text).toContain('Median time to decision per week');
    expect(html).toMatch(/data-testid="trend-decision-latest">2 h</);
  });

  it('splits the time to decision by change type, with the numbers beside each bar', () => {
    expect(text).toContain('Time to decision by change type');
    expect(text).toContain('Normal 3 h 20 min 2 d 4 h 9');
    expect(text).toContain('Emergency 3 h 20 min 2 d 4 h 1');
  });

  it('says which weeks it counts and how exact the medians are', () => {
    expect(text).toContain(
      'Counts whole weeks (Monday to Sunday, UTC): Mon, Mar 2, 2026 to Sun, Mar 15, 2026.',
    );
    expect(text).toContain('within 2% of the exact value');
  });
});

describe('the change calendar', () => {
  const calendar: CalendarView = {
    period: { from: '2026-11-30', to: '2026-12-13' },
    weeks: [
      { week: '2026-W49', start: '2026-11-30T00:00:00.000Z', end: '2026-12-07T00:00:00.000Z' },
      { week: '2026-W50', start: '2026-12-07T00:00:00.000Z', end: '2026-12-14T00:00:00.000Z' },
    ],
    systems: [
      {
        key: 'checkout-web',
        name: 'Checkout web',
        known: true,
        cells: [
          {
            week: '2026-W49',
            freezes: [],
            changes: [
              {
                issueKey: 'CHG-1',
                summary: 'Retry card payments',
                changeType: 'normal',
                status: 'approved',
                start: '2026-12-01T10:00:00Z',
                end: '2026-12-01T11:00:00Z',
                conflicting: true,
                frozen: false,
              },
              {
                issueKey: 'CHG-2',
                summary: 'New banner',
                changeType: 'normal',
                status: 'approved',
                start: '2026-12-01T10:30:00Z',
                end: '2026-12-01T11:30:00Z',
                conflicting: true,
                frozen: false,
              },
            ],
          },
          {
            week: '2026-W50',
            freezes: [
              {
                name: 'Checkout freeze',
                kind: 'hard',
                start: '2026-12-07T00:00:00Z',
                end: '2026-12-09T00:00:00Z',
              },
            ],
            changes: [
              {
                issueKey: 'CHG-4',
                summary: 'Redesign',
                changeType: 'normal',
                status: 'awaiting-approval',
                start: '2026-12-08T14:00:00Z',
                end: '2026-12-08T15:00:00Z',
                conflicting: false,
                frozen: true,
              },
            ],
          },
        ],
      },
    ],
    conflicts: [
      {
        system: 'checkout-web',
        issueKeys: ['CHG-1', 'CHG-2'],
        start: '2026-12-01T10:30:00.000Z',
        end: '2026-12-01T11:00:00.000Z',
      },
    ],
    routedSince: '2026-08-02T00:00:00.000Z',
  };
  const text = textOf(
    renderToStaticMarkup(
      createElement(ChangeCalendar, {
        calendar,
        viewer: { timeZone: 'Europe/London', locale: 'en-GB' },
        now: new Date('2026-11-20T00:00:00Z'),
      }),
    ),
  );

  it('lays the weeks across and the systems down, and counts the clashes', () => {
    expect(text).toContain('1 clash: changes planned on the same system at the same time.');
    expect(text).toContain('Week 49');
    expect(text).toContain('Checkout web');
  });

  it('marks clashes and hard freezes in words, with the window in the viewer zone', () => {
    expect(text).toContain(
      'CHG-1 Retry card payments Tue 1 Dec, 10:00 – 11:00 GMT ⚠ clashes with another change',
    );
    expect(text).toContain('Hard freeze: Checkout freeze');
    expect(text).toContain('CHG-4 Redesign Tue 8 Dec, 14:00 – 15:00 GMT ⚠ in a hard freeze');
  });
});

describe('the export button', () => {
  it('says what it will export before it is pressed', () => {
    const text = textOf(
      renderToStaticMarkup(
        createElement(ExportButton, {
          period: { from: '2026-01-01', to: '2026-03-31' },
          timeZone: 'Europe/London',
          load: () => Promise.reject(new Error('not pressed')),
        }),
      ),
    );
    expect(text).toContain('Export decisions (CSV)');
    expect(text).toContain(
      "Decided Thu, Jan 1, 2026 to Tue, Mar 31, 2026, with each decision's evidence packet.",
    );
  });
});
