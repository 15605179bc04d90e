/**
 * Tabs in the WAI-ARIA pattern (as the admin page's): one tab stop for the tablist, arrow keys, Home and End
 * move and select, the panel is labelled by its tab.
 */
import { useRef, type KeyboardEvent, type ReactNode } from 'react';

export interface BoardTab<K extends string> {
  key: K;
  label: string;
  count: number | null;
}

export function BoardTabs<K extends string>(props: {
  tabs: readonly BoardTab<K>[];
  active: K;
  onSelect: (key: K) => void;
  children: ReactNode;
}) {
  const list = useRef<HTMLDivElement>(null);
  const index = props.tabs.findIndex((tab) => tab.key === props.active);
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const moves: Record<string, number> = {
      ArrowRight: index + 1,
      ArrowLeft: index - 1,
      Home: 0,
      End: props.tabs.length - 1,
    };
    const to = moves[event.key];
    if (to === undefined) return;
    event.preventDefault();
    const target = props.tabs[(to + props.tabs.length) % props.tabs.length];
    if (target === undefined) return;
    props.onSelect(target.key);
    list.current?.querySelector<HTMLButtonElement>(`#tab-${target.key}`)?.focus();
  };
  return (
    <>
      <div className="board-tabs" role="tablist" aria-label="Async CAB" ref={list} onKeyDown={onKeyDown}>
        {props.tabs.map((tab) => {
          const selected = tab.key === props.active;
          return (
            <button
              key={tab.key}
              id={`tab-${tab.key}`}
              type="button"
              role="tab"
              className="board-tab"
              aria-selected={selected}
              aria-controls={`panel-${tab.key}`}
              tabIndex={selected ? 0 : -1}
              data-testid={`tab-${tab.key}`}
              onClick={() => {
                props.onSelect(tab.key);
              }}
            >
              {tab.label}
              {tab.count === null ? null : <span className="board-tab__count">{tab.count}</span>}
            </button>
          );
        })}
      </div>
      <div
        className="board-tabpanel"
        role="tabpanel"
        id={`panel-${props.active}`}
        aria-labelledby={`tab-${props.active}`}
      >
        {props.children}
      </div>
    </>
  );
}
