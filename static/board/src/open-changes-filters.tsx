/** The four filters of "All open changes"; each names what the policy has, "Any" leaves it out. */
import type { OpenChangesFilters, OpenChangesView } from '@async-cab/shared/client';
import { Button } from '../../ui-kit/components';

type Options = OpenChangesView['options'];

function Choice(props: {
  id: string;
  label: string;
  value: string | undefined;
  options: readonly { value: string; label: string }[];
  onChange: (value: string | undefined) => void;
}) {
  return (
    <div className="ak-field board-filter">
      <label className="ak-label" htmlFor={props.id}>
        {props.label}
      </label>
      <select
        id={props.id}
        className="ak-input"
        value={props.value ?? ''}
        onChange={(event) => {
          props.onChange(event.target.value === '' ? undefined : event.target.value);
        }}
      >
        <option value="">Any</option>
        {props.options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}

type Draft = { [K in keyof OpenChangesFilters]?: OpenChangesFilters[K] | undefined };

/** The filters that are set (an "Any" choice leaves its key out). */
function compact(draft: Draft): OpenChangesFilters {
  return {
    ...(draft.system === undefined ? {} : { system: draft.system }),
    ...(draft.group === undefined ? {} : { group: draft.group }),
    ...(draft.changeType === undefined ? {} : { changeType: draft.changeType }),
    ...(draft.status === undefined ? {} : { status: draft.status }),
  };
}

const pick = <T extends string>(options: readonly { value: T }[], value: string | undefined): T | undefined =>
  options.find((option) => option.value === value)?.value;

export function OpenChangesFilterBar(props: {
  filters: OpenChangesFilters;
  options: Options;
  onChange: (filters: OpenChangesFilters) => void;
}) {
  const { filters, options } = props;
  const set = <K extends keyof OpenChangesFilters>(key: K, value: OpenChangesFilters[K] | undefined) => {
    props.onChange(compact({ ...filters, [key]: value }));
  };
  const any = Object.keys(filters).length > 0;
  return (
    <div className="board-filters" data-testid="filters">
      <Choice
        id="filter-system"
        label="System"
        value={filters.system}
        options={options.systems}
        onChange={(system) => {
          set('system', system);
        }}
      />
      <Choice
        id="filter-group"
        label="Approver group"
        value={filters.group}
        options={options.groups}
        onChange={(group) => {
          set('group', group);
        }}
      />
      <Choice
        id="filter-change-type"
        label="Change type"
        value={filters.changeType}
        options={options.changeTypes}
        onChange={(value) => {
          set('changeType', pick(options.changeTypes, value));
        }}
      />
      <Choice
        id="filter-status"
        label="Status"
        value={filters.status}
        options={options.statuses}
        onChange={(value) => {
          set('status', pick(options.statuses, value));
        }}
      />
      {any ? (
        <Button
          appearance="subtle"
          onClick={() => {
            props.onChange({});
          }}
        >
          Clear filters
        </Button>
      ) : null}
    </div>
  );
}
