/**
 * Tabs in the WAI-ARIA pattern: one tab stop for the tablist, arrow keys / Home / End move and activate,
 * each panel is labelled by its tab.
 */
import { useRef, type KeyboardEvent, type ReactNode } from 'react';

export interface TabSpec<K extends string> {
  key: K;
  label: string;
  /** e.g. a count of problems shown after the label. */
  badge?: ReactNode;
}

export function Tabs<K extends string>(props: {
  label: string;
  tabs: readonly TabSpec<K>[];
  active: K;
  onSelect: (key: K) => void;
  children: ReactNode;
}) {
  const list = useRef<HTMLDivElement>(null);
  const index = props.tabs.findIndex((tab) => tab.key === props.active);

  const move = (to: number) => {
    const count = props.tabs.length;
    const target = props.tabs[(to + count) % count];
    if (target === undefined) return;
    props.onSelect(target.key);
    list.current?.querySelector<HTMLButtonElement>(`#tab-${target.key}`)?.focus();
  };
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
    move(to);
  };

  return (
    <>
      <div className="admin-tabs" role="tablist" aria-label={props.label} ref={list} onKeyDown={onKeyDown}>
        {props.tabs.map((tab) => {
          const selected = tab.key === props.active;
          return (
            <button
              key={tab.key}
              id={`tab-${tab.key}`}
              type="button"
              role="tab"
              className="admin-tab"
              aria-selected={selected}
              aria-controls={`panel-${tab.key}`}
              tabIndex={selected ? 0 : -1}
              onClick={() => {
                props.onSelect(tab.key);
              }}
            >
              {tab.label}
              {tab.badge === undefined ? null : <> {tab.badge}</>}
            </button>
          );
        })}
      </div>
      <div
        className="admin-tabpanel"
        role="tabpanel"
        id={`panel-${props.active}`}
        aria-labelledby={`tab-${props.active}`}
        tabIndex={0}
      >
        {props.children}
      </div>
    </>
  );
}
