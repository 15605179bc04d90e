/**
 * Tabs in the WAI-ARIA pattern: one tab stop for the tablist, arrow keys / Home / End move and activate,
 * each panel is labelled by its tab. Each tab is `#tab-<key>` with the test id `tab-<key>`; its panel
 * is `#panel-<key>`. The page styles them through `<classPrefix>-tabs`, `<classPrefix>-tab` and
 * `<classPrefix>-tabpanel`.
 */
import { useRef, type KeyboardEvent, type ReactNode } from 'react';

export interface TabSpec<K extends string> {
  key: K;
  label: string;
  /** Shown right after the label, e.g. a count. */
  badge?: ReactNode;
}

export function Tabs<K extends string>(props: {
  label: string;
  classPrefix: string;
  tabs: readonly TabSpec<K>[];
  active: K;
  onSelect: (key: K) => void;
  /** Whether the panel itself takes a tab stop (for panels that may hold nothing focusable). */
  focusablePanel?: boolean;
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
      <div
        className={`${props.classPrefix}-tabs`}
        role="tablist"
        aria-label={props.label}
        ref={list}
        onKeyDown={onKeyDown}
      >
        {props.tabs.map((tab) => {
          const selected = tab.key === props.active;
          return (
            <button
              key={tab.key}
              id={`tab-${tab.key}`}
              type="button"
              role="tab"
              className={`${props.classPrefix}-tab`}
              aria-selected={selected}
              aria-controls={`panel-${tab.key}`}
              tabIndex={selected ? 0 : -1}
              data-testid={`tab-${tab.key}`}
              onClick={() => {
                props.onSelect(tab.key);
              }}
            >
              {tab.label}
              {tab.badge}
            </button>
          );
        })}
      </div>
      <div
        className={`${props.classPrefix}-tabpanel`}
        role="tabpanel"
        id={`panel-${props.active}`}
        aria-labelledby={`tab-${props.active}`}
        {...(props.focusablePanel === true ? { tabIndex: 0 } : {})}
      >
        {props.children}
      </div>
    </>
  );
}
