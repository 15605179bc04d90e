/**
 * "Export decisions": the period's decided change requests as a CSV file, and their evidence packets as a
 * text file, downloaded through Blob links. Errors say what failed and keep the button for another try.
 */
import { useState } from 'react';
import type { ResolverError } from '@async-cab/shared/client';
import { collectExport, type LoadExportPart } from './collect-export';
import { formatCalendarDay } from './figures-format';

/** Writes a file the browser downloads; a UTF-8 byte order mark lets spreadsheets read accents right. */
export function downloadFile(name: string, type: string, content: string): void {
  const url = URL.createObjectURL(new Blob(['\uFEFF', content], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.rel = 'noopener';
  document.body.appendChild(link);
  link.click();
  link.remove();
  // Some browsers read the URL after click() returns.
  setTimeout(() => {
    URL.revokeObjectURL(url);
  }, 10_000);
}

type State =
  | { kind: 'idle' }
  | { kind: 'running'; rows: number }
  | { kind: 'done'; rows: number }
  | { kind: 'failed'; error: ResolverError };

export function ExportButton(props: {
  period: { from: string; to: string };
  timeZone: string;
  load: LoadExportPart;
  download?: typeof downloadFile;
}) {
  const [state, setState] = useState<State>({ kind: 'idle' });
  const download = props.download ?? downloadFile;
  const run = async () => {
    setState({ kind: 'running', rows: 0 });
    const collected = await collectExport(
      props.load,
      { ...props.period, timeZone: props.timeZone },
      (rows) => {
        setState({ kind: 'running', rows });
      },
    );
    if (!collected.ok) {
      setState({ kind: 'failed', error: collected.error });
      return;
    }
    download(collected.value.fileName, 'text/csv;charset=utf-8', collected.value.csv);
    if (collected.value.rows > 0) {
      download(collected.value.evidenceFileName, 'text/plain;charset=utf-8', collected.value.evidence);
    }
    setState({ kind: 'done', rows: collected.value.rows });
  };
  return (
    <div className="ak-row figures-export" data-testid="export-decisions">
      <button
        type="button"
        className="ak-button ak-button--primary"
        disabled={state.kind === 'running'}
        data-testid="export-decisions-button"
        onClick={() => {
          void run();
        }}
      >
        {state.kind === 'running' ? 'Exporting…' : 'Export decisions (CSV)'}
      </button>
      <span className="ak-subtle" role="status" aria-live="polite" data-testid="export-decisions-status">
        {statusText(state, props.period)}
      </span>
    </div>
  );
}

function statusText(state: State, period: { from: string; to: string }): string {
  switch (state.kind) {
    case 'idle':
      return `Decided ${formatCalendarDay(period.from)} to ${formatCalendarDay(period.to)}, with each decision's evidence packet.`;
    case 'running':
      return `${String(state.rows)} decided change requests so far…`;
    case 'done':
      return state.rows === 0
        ? 'Nothing was decided in this period; the CSV has its header only.'
        : `Downloaded ${String(state.rows)} decided change requests and their evidence packets.`;
    case 'failed':
      return `The export failed: ${state.error.message}`;
  }
}
