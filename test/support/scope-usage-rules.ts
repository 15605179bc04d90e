/**
 * How we prove that a declared scope is used: by a trigger event that needs it (Forge's own
 * event-to-scope mapping) or by a REST path of that family in the app's source. A scope without a rule
 * fails the check, so adding a scope means saying what needs it.
 */
type Loose = Record<string, unknown>;

export interface ScopeUsageRule {
  evidence: string;
  usedBy: (manifest: Loose, sourceText: string) => boolean;
}

const triggerEvents = (manifest: Loose): string[] => {
  const modules = manifest.modules;
  if (typeof modules !== 'object' || modules === null) return [];
  const triggers: unknown = (modules as Loose).trigger;
  if (!Array.isArray(triggers)) return [];
  return triggers.flatMap((trigger: unknown) => {
    const events = typeof trigger === 'object' && trigger !== null ? (trigger as Loose).events : undefined;
    return Array.isArray(events) ? events.filter((event): event is string => typeof event === 'string') : [];
  });
};

const sourceMatches =
  (...patterns: RegExp[]) =>
  (_manifest: Loose, sourceText: string): boolean =>
    patterns.some((pattern) => pattern.test(sourceText));

export const scopeUsageRules: Record<string, ScopeUsageRule> = {
  'storage:app': {
    evidence: 'an import of @forge/kvs or app.storage.entities',
    usedBy: (manifest, source) => {
      const app = manifest.app;
      const storage = typeof app === 'object' && app !== null ? (app as Loose).storage : undefined;
      return /from '@forge\/kvs'/.test(source) || (typeof storage === 'object' && storage !== null);
    },
  },
  'read:jira-work': {
    evidence: 'an avi:jira:*:issue trigger, or a GET of /rest/api/3/issue, /search/jql or /field',
    usedBy: (manifest, source) =>
      triggerEvents(manifest).some((event) => event.startsWith('avi:jira:')) ||
      /\/rest\/api\/3\/(issue|search\/jql|field)/.test(source),
  },
  'write:jira-work': {
    evidence: 'a write to an issue: edit, transitions, comment, properties or notify',
    usedBy: sourceMatches(
      /\/rest\/api\/3\/issue\/\$\{[^}]+\}\/(transitions|comment|properties|notify)/,
      /method: 'PUT'/,
    ),
  },
  'read:jira-user': {
    evidence: 'a call to /rest/api/3/user, /group, /groups or /myself',
    usedBy: sourceMatches(/\/rest\/api\/3\/(user|group|groups|myself)\b/),
  },
  'read:servicedesk-request': {
    evidence: 'a read of /rest/servicedeskapi/',
    usedBy: sourceMatches(/\/rest\/servicedeskapi\//),
  },
  'write:servicedesk-request': {
    evidence:
      'a request create, an approval answer or a request comment through /rest/servicedeskapi/request',
    usedBy: sourceMatches(/\/rest\/servicedeskapi\/request(\/\$\{[^}]+\}\/(approval|comment))?/),
  },
  'manage:jira-configuration': {
    evidence: 'a call to /rest/api/3/workflows or field contexts',
    usedBy: sourceMatches(/\/rest\/api\/3\/(workflows|field\/\$\{[^}]+\}\/context)/),
  },
};
