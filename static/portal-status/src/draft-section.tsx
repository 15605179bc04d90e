/**
 * Above the approval status of a CR drafted from a pull request: the requester gets the "Complete and
 * submit" form; anyone else learns that it waits for the requester. Nothing shows for other CRs.
 */
import { useCallback, useState } from 'react';
import type { DraftView, PortalFormOptionsView, ResolverResult } from '@async-cab/shared/client';
import { SectionMessage } from '../../ui-kit/components';
import { contract } from '../../ui-kit/contract';
import { useResolver } from '../../ui-kit/use-resolver';
import { DraftCompletionForm } from './draft-completion-form';
import { loadRequestKey } from './extension-context';

interface DraftAndOptions {
  draft: DraftView;
  options: PortalFormOptionsView | null;
}

async function loadDraft(): Promise<ResolverResult<DraftAndOptions>> {
  const issueKey = await loadRequestKey();
  if (issueKey === null) return { ok: false, error: { code: 'NOT_FOUND', message: 'No request key.' } };
  const draft = await contract.getDraft({ issueKey });
  if (!draft.ok) return draft;
  if (!draft.value.isDraft || !draft.value.isRequester)
    return { ok: true, value: { draft: draft.value, options: null } };
  const options = await contract.getPortalFormOptions({});
  if (!options.ok) return options;
  return { ok: true, value: { draft: draft.value, options: options.value } };
}

export function DraftSection(props: { onSubmitted: () => void }) {
  const load = useCallback(loadDraft, []);
  const [loaded] = useResolver(load, []);
  const [submitted, setSubmitted] = useState<string | null>(null);
  if (submitted !== null) {
    return (
      <SectionMessage appearance="success" title="Submitted for approval" testId="draft-submitted">
        <p className="rs-note">{submitted}</p>
      </SectionMessage>
    );
  }
  if (loaded.state !== 'ready' || !loaded.value.draft.isDraft) return null;
  const { draft, options } = loaded.value;
  if (options === null) {
    return (
      <p className="ak-subtlest rs-note" data-testid="draft-waiting">
        Drafted from {draft.pullRequest?.label ?? 'a pull request'}: waiting for the requester to complete and
        submit it.
      </p>
    );
  }
  return (
    <DraftCompletionForm
      draft={draft}
      options={options}
      onSubmitted={(result) => {
        setSubmitted(result.message);
        props.onSubmitted();
      }}
    />
  );
}
