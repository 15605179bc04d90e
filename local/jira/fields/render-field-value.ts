import type { Actor } from '../access';
import { approvalJson } from '../approvals/approval-json';
import type { JiraSite } from '../jira-site';
import { groupName, platformUser } from '../representations/user-json';
import type { IssueRecord } from '../store/issues-store';
import type { FieldDefinition } from './field-catalog';

function renderElement(site: JiraSite, field: FieldDefinition, value: unknown): unknown {
  const element = field.value?.element;
  if (element === 'user' && typeof value === 'string') {
    const user = site.users.user(value);
    return user === undefined ? null : platformUser(site, user);
  }
  if (element === 'group' && typeof value === 'string') {
    const group = site.users.group(value);
    return group === undefined ? null : groupName(site, group);
  }
  return value;
}

/** REST representation of a stored custom or editable system field value (`fields.{id}` in GET issue). */
export function renderStoredValue(site: JiraSite, field: FieldDefinition, stored: unknown): unknown {
  if (stored === undefined || stored === null) return null;
  if (Array.isArray(stored)) {
    if (stored.length === 0) return field.id === 'labels' ? [] : null;
    return stored.map((item) => renderElement(site, field, item));
  }
  return renderElement(site, field, stored);
}

/** The Approvals field (sd-approvals) lists the issue's approvals as seen by the caller. */
export function renderApprovalsField(site: JiraSite, issue: IssueRecord, actor: Actor): unknown[] {
  return site.approvals.forIssue(issue.id).map((approval) => approvalJson(site, approval, issue, actor));
}

function describeElement(
  site: JiraSite,
  field: FieldDefinition,
  value: unknown,
): { id: string; text: string } {
  const element = field.value?.element;
  if (element === 'user' && typeof value === 'string') {
    return { id: value, text: site.users.user(value)?.displayName ?? value };
  }
  if (element === 'group' && typeof value === 'string') {
    return { id: value, text: site.users.group(value)?.name ?? value };
  }
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  return { id: text, text };
}

/** `from`/`fromString` (or `to`/`toString`) of a changelog item, as Jira writes them for this field type. */
export function describeValue(
  site: JiraSite,
  field: FieldDefinition,
  value: unknown,
): { id: string | null; text: string | null } {
  if (value === undefined || value === null) return { id: null, text: null };
  if (Array.isArray(value)) {
    if (value.length === 0) return { id: null, text: null };
    const parts = value.map((item) => describeElement(site, field, item));
    const ids = field.value?.element === 'user' || field.value?.element === 'group';
    return {
      id: ids ? `[${parts.map((p) => p.id).join(', ')}]` : null,
      text: parts.map((p) => p.text).join(field.id === 'labels' ? ' ' : ', '),
    };
  }
  if (field.id === 'summary' || field.value?.element === 'adf') {
    return { id: null, text: typeof value === 'string' ? value : adfToText(value) };
  }
  const one = describeElement(site, field, value);
  return {
    id: field.value?.element === 'user' || field.value?.element === 'group' ? one.id : null,
    text: one.text,
  };
}

/** Plain text of an ADF document: text nodes joined, one paragraph per line. */
export function adfToText(node: unknown): string {
  if (typeof node !== 'object' || node === null) return '';
  const text = 'text' in node && typeof node.text === 'string' ? node.text : '';
  const content = 'content' in node && Array.isArray(node.content) ? node.content : [];
  const type = 'type' in node ? node.type : undefined;
  const inner = content.map((child: unknown) => adfToText(child)).join(type === 'doc' ? '\n' : '');
  return text + inner;
}

/** A plain-text body as ADF, one paragraph per line (servicedeskapi bodies are text, docs/platform-assumptions.md). */
export function textToAdf(text: string): Record<string, unknown> {
  return {
    type: 'doc',
    version: 1,
    content: text
      .split('\n')
      .map((line) =>
        line.length === 0
          ? { type: 'paragraph', content: [] }
          : { type: 'paragraph', content: [{ type: 'text', text: line }] },
      ),
  };
}
