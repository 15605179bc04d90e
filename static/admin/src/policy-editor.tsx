/**
 * The admin page once the policy is loaded: the edited draft against what is saved, save with field
 * errors placed next to their controls, the conflict and read-only states, and the tabs.
 */
import { useEffect, useMemo, useState, type ReactNode } from 'react';
import { showFlag } from '@forge/bridge';
import type { FieldError, PolicyView, ResolverError } from '@async-cab/shared/client';
import { Button, Lozenge, SectionMessage } from '../../ui-kit/components';
import { contract } from '../../ui-kit/contract';
import { AccessTab } from './access-tab';
import { ClocksTab } from './clocks-tab';
import { EditorContext } from './editor-context';
import { ErrorDetails } from './error-details';
import { FreezeWindowsTab } from './freeze-windows-tab';
import { controlId, indexFieldErrors, locateControl } from './field-error-paths';
import { readPolicyDraft, type PolicyDraft } from './policy-document';
import { clientFieldErrors, policyForSave } from './policy-for-save';
import { PreviewTab } from './preview-tab';
import { RequestTypesTab } from './request-types-tab';
import { SaveBar } from './save-bar';
import { GitHubTab } from './github-tab';
import { SetupCheckTab } from './setup-check-tab';
import { SystemsTab } from './systems-tab';
import { Tabs, type TabSpec } from '../../ui-kit/tabs';
import { TimeZoneList } from './time-zone-list';
import { useLeaveWarning } from './use-leave-warning';
import { YamlTab } from './yaml-tab';

export type TabKey =
  'systems' | 'clocks' | 'freezes' | 'requestTypes' | 'access' | 'preview' | 'yaml' | 'setup' | 'github';

type SaveProblem = { kind: 'conflict' } | { kind: 'error'; error: ResolverError } | null;

/**
 * Where the editor is shown: Jira's admin page (Jira admins only, with the site's set-up tabs) or the Async
 * CAB page's Rules tab, which every signed-in person reaches, so the policy's editor groups (the change
 * managers) can keep the rules without Jira admin rights.
 */
export type EditorPlace = 'admin-page' | 'async-cab-page';

export function PolicyEditor(props: {
  initial: PolicyView;
  onReload: () => void;
  now: () => Date;
  place?: EditorPlace;
}) {
  const place = props.place ?? 'admin-page';
  const [view, setView] = useState(props.initial);
  const saved = useMemo(() => readPolicyDraft(view.policy), [view.policy]);
  const [draft, setDraft] = useState<PolicyDraft | null>(saved);
  const [tab, setTab] = useState<TabKey>(saved === null ? 'yaml' : 'systems');
  const [editingSystem, setEditingSystem] = useState<number | null>(null);
  const [fieldErrors, setFieldErrors] = useState<readonly FieldError[]>([]);
  const [problem, setProblem] = useState<SaveProblem>(null);
  const [saving, setSaving] = useState(false);
  const [pendingFocus, setPendingFocus] = useState<string | null>(null);

  const dirty = draft !== null && JSON.stringify(draft) !== JSON.stringify(saved);
  useLeaveWarning(dirty);
  const indexed = useMemo(() => indexFieldErrors(fieldErrors), [fieldErrors]);

  // Focus moves to the first invalid field once its tab (and system editor) is on screen.
  useEffect(() => {
    if (pendingFocus === null) return;
    const target = document.getElementById(pendingFocus);
    if (target !== null) {
      target.focus();
      target.scrollIntoView({ block: 'center' });
    }
    setPendingFocus(null);
  }, [pendingFocus, tab, editingSystem]);

  const showErrors = (errors: readonly FieldError[]) => {
    setFieldErrors(errors);
    const { first } = indexFieldErrors(errors);
    if (first === null) {
      setPendingFocus('save-problem');
      return;
    }
    const place = locateControl(first);
    setTab(place.tab);
    if (place.systemIndex !== null) setEditingSystem(place.systemIndex);
    setPendingFocus(controlId(first));
  };

  const accept = (next: PolicyView) => {
    setView(next);
    setDraft(readPolicyDraft(next.policy));
    setFieldErrors([]);
    setProblem(null);
  };

  const save = () => {
    if (draft === null) return;
    const local = clientFieldErrors(draft);
    if (local.length > 0) {
      setProblem({
        kind: 'error',
        error: { code: 'VALIDATION_FAILED', message: 'The policy was not saved.' },
      });
      showErrors(local);
      return;
    }
    setSaving(true);
    contract
      .savePolicy({ policy: policyForSave(draft), expectedRevision: view.revision })
      .then((answer) => {
        if (answer.ok) {
          accept(answer.value);
          showFlag({
            id: `policy-saved-${String(answer.value.revision)}`,
            title: 'Policy saved',
            description: `Revision ${String(answer.value.revision)} applies to change requests routed from now on.`,
            type: 'success',
            isAutoDismiss: true,
          });
        } else if (answer.error.code === 'CONFLICT') {
          setProblem({ kind: 'conflict' });
          setPendingFocus('save-problem');
        } else {
          setProblem({ kind: 'error', error: answer.error });
          showErrors(answer.error.fieldErrors ?? []);
        }
      })
      .catch((failure: unknown) => {
        setProblem({ kind: 'error', error: { code: 'INTERNAL', message: String(failure) } });
      })
      .finally(() => {
        setSaving(false);
      });
  };

  const mappedCount = fieldErrors.length - indexed.unmapped.length;
  const tabs: TabSpec<TabKey>[] = [
    { key: 'systems', label: 'Systems', ...badge(indexed.byControl, 'systems') },
    {
      key: 'clocks',
      label: 'Change types and clocks',
      ...badge(indexed.byControl, 'changeTypes', 'riskTiers'),
    },
    { key: 'freezes', label: 'Freeze windows', ...badge(indexed.byControl, 'freezeWindows') },
    { key: 'requestTypes', label: 'Request types', ...badge(indexed.byControl, 'changeRequestTypes') },
    {
      key: 'access',
      label: 'People and access',
      ...badge(indexed.byControl, 'policyEditors', 'repositories'),
    },
    { key: 'preview', label: 'Preview' },
    { key: 'yaml', label: 'Import / export' },
    // The site's set-up (its workflow check, the GitHub webhook and token) stays on Jira's admin page.
    ...(place === 'admin-page'
      ? [
          { key: 'setup' as const, label: 'Setup check' },
          { key: 'github' as const, label: 'GitHub' },
        ]
      : []),
  ];

  return (
    <div className="admin-page ak-stack">
      <SaveBar
        view={view}
        dirty={dirty}
        saving={saving}
        now={props.now}
        onSave={save}
        onDiscard={() => {
          setDraft(saved);
          setFieldErrors([]);
          setProblem(null);
        }}
      />
      {view.canEdit ? null : (
        <SectionMessage
          appearance="warning"
          title="You can view the policy but not change it"
          testId="read-only"
        >
          <p>
            {view.readOnlyReason ??
              "Only Jira administrators and the policy's editor groups can change the approval policy."}
          </p>
        </SectionMessage>
      )}
      {saved === null ? (
        <SectionMessage appearance="error" title="The saved policy cannot be shown here">
          <p>Its outline is not what this page expects. Import a corrected policy under Import / export.</p>
        </SectionMessage>
      ) : null}
      <div id="save-problem" tabIndex={-1} className="admin-focus-target">
        {problem?.kind === 'conflict' ? (
          <SectionMessage
            appearance="error"
            title="Someone else saved the policy since you opened it"
            testId="conflict"
          >
            <p>
              Reload to see their version. Your changes on this page will be lost, so note anything you need
              first.
            </p>
            <Button onClick={props.onReload}>Reload</Button>
          </SectionMessage>
        ) : null}
        {problem?.kind === 'error' ? (
          <SectionMessage appearance="error" title="The policy was not saved" testId="save-error">
            <ErrorDetails error={{ ...problem.error, fieldErrors: [...indexed.unmapped] }} />
            {mappedCount > 0 ? (
              <p>
                {mappedCount === 1 ? '1 problem is' : `${String(mappedCount)} problems are`} marked next to
                the fields.
              </p>
            ) : null}
          </SectionMessage>
        ) : null}
      </div>
      {draft === null ? (
        <YamlTab view={view} dirty={false} onImported={accept} onReload={props.onReload} />
      ) : (
        <EditorContext.Provider value={{ readOnly: !view.canEdit, errors: indexed.byControl, policy: draft }}>
          <Tabs
            label="Policy sections"
            classPrefix="admin"
            focusablePanel
            tabs={tabs}
            active={tab}
            onSelect={setTab}
          >
            {tab === 'systems' ? (
              <SystemsTab
                policy={draft}
                onChange={(update) => {
                  setDraft((current) => (current === null ? current : update(current)));
                }}
                editing={editingSystem}
                onEdit={setEditingSystem}
              />
            ) : null}
            {tab === 'clocks' ? (
              <ClocksTab
                policy={draft}
                onChange={(update) => {
                  setDraft((current) => (current === null ? current : update(current)));
                }}
              />
            ) : null}
            {tab === 'requestTypes' ? (
              <RequestTypesTab
                policy={draft}
                onChange={(update) => {
                  setDraft((current) => (current === null ? current : update(current)));
                }}
              />
            ) : null}
            {tab === 'freezes' ? (
              <FreezeWindowsTab
                policy={draft}
                onChange={(update) => {
                  setDraft((current) => (current === null ? current : update(current)));
                }}
              />
            ) : null}
            {tab === 'access' ? (
              <AccessTab
                policy={draft}
                canChangeEditors={view.canChangeEditors}
                peopleNames={view.peopleNames ?? {}}
                onChange={(update) => {
                  setDraft((current) => (current === null ? current : update(current)));
                }}
              />
            ) : null}
            {tab === 'preview' ? <PreviewTab policy={draft} now={props.now} /> : null}
            {tab === 'yaml' ? (
              <YamlTab view={view} dirty={dirty} onImported={accept} onReload={props.onReload} />
            ) : null}
            {tab === 'setup' ? <SetupCheckTab /> : null}
            {tab === 'github' ? <GitHubTab /> : null}
          </Tabs>
          <TimeZoneList />
        </EditorContext.Provider>
      )}
    </div>
  );
}

/** A tab whose fields have errors says how many, so a person finds them from any tab. */
function badge(errors: ReadonlyMap<string, readonly string[]>, ...roots: string[]): { badge?: ReactNode } {
  const count = [...errors.keys()].filter((path) =>
    roots.some((root) => path === root || path.startsWith(`${root}.`)),
  ).length;
  return count === 0
    ? {}
    : {
        badge: (
          <>
            {' '}
            <Lozenge appearance="removed">{`${String(count)} to fix`}</Lozenge>
          </>
        ),
      };
}
