/**
 * Emergency fast-track scenarios through the local host: raises CRs with the Emergency change
 * request type, reads what was sent (email outbox, chat sink) and moves issues as an agent would.
 */
import { PEOPLE, startAppHost, validAnswers, type AppHost, type Person } from '../app/app-harness';

export const EMERGENCY_REQUEST_TYPE_ID = '11';

/** The ECAB of the default policy (docs/demo-site.md): one approval each from these groups. */
export const ECAB = {
  operations: [PEOPLE.olivia],
  security: [PEOPLE.sam, PEOPLE.elena],
  changeManagers: [PEOPLE.morgan],
};
export const ECAB_PEOPLE = [...ECAB.operations, ...ECAB.security, ...ECAB.changeManagers];

export const NAMES: Record<string, string> = {
  [PEOPLE.olivia.accountId]: 'Olivia Chen',
  [PEOPLE.sam.accountId]: 'Sam Rivera',
  [PEOPLE.elena.accountId]: 'Elena Petrova',
  [PEOPLE.morgan.accountId]: 'Morgan Blake',
};

export interface PanelView {
  status: string;
  decision: string;
  viewer: { canAnswer: boolean; approvalId: string | null; reason: string };
  decisionRecord: string | null;
  groups: { name: string; approvedBy: { displayName: string }[] }[];
  emergency?: {
    canImplementNow: boolean;
    breakGlass: {
      by: string;
      reason: string;
      retrospectiveDeadline: string;
      escalatedAt: string | null;
      record: string;
    } | null;
    postImplementationReview: { issueKey: string } | null;
    changeTypeOverride: string | null;
  };
}

export type Answer<T> =
  | { ok: true; value: T }
  | {
      ok: false;
      error: { code: string; message: string; fieldErrors?: { field: string; message: string }[] };
    };

export interface EmailSent {
  issueKey: string;
  subject: string;
  recipients: { emailAddress: string; accountId?: string }[];
}

export interface ChatSent {
  issueKey: string;
  text: string;
}

export function emergencyAnswers(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return validAnswers({
    affectedSystems: ['observability'],
    changeType: 'emergency',
    risk: 'high',
    consequenceOfNotReleasing: 'Alerting is down for every production cluster until this ships.',
    ...overrides,
  });
}

export interface EmergencyHost extends AppHost {
  raiseEmergency(as: Person, summary: string, answers: Record<string, unknown>): Promise<string>;
  panel(as: Person, issueKey: string): Promise<Answer<PanelView>>;
  call<T = PanelView>(as: Person, issueKey: string, key: string, payload: unknown): Promise<Answer<T>>;
  outbox(issueKey: string): Promise<EmailSent[]>;
  chat(issueKey: string): Promise<ChatSent[]>;
  transition(as: Person, issueKey: string, transitionId: string): Promise<number>;
  summaries(): Promise<{ key: string; summary: string }[]>;
}

export async function startEmergencyHost(): Promise<EmergencyHost> {
  const app = await startAppHost();
  const call = async <T>(as: Person, issueKey: string, key: string, payload: unknown) =>
    (await app.invoke(as, issueKey, key, payload)) as Answer<T>;
  return {
    ...app,
    raiseEmergency: (as, summary, answers) => app.raise(as, summary, answers, EMERGENCY_REQUEST_TYPE_ID),
    panel: (as, issueKey) => call<PanelView>(as, issueKey, 'getApprovalPanel', { issueKey }),
    call,
    async outbox(issueKey) {
      const all = (await (await fetch(`${app.host.url}/_local/outbox`)).json()) as EmailSent[];
      return all.filter((mail) => mail.issueKey === issueKey);
    },
    async chat(issueKey) {
      const all = (await (await fetch(`${app.host.url}/_local/chat`)).json()) as ChatSent[];
      return all.filter((message) => message.issueKey === issueKey);
    },
    async transition(as, issueKey, transitionId) {
      const response = await app.rest(`/rest/api/3/issue/${issueKey}/transitions`, as, {
        method: 'POST',
        body: { transition: { id: transitionId } },
      });
      await response.text();
      await app.host.settle();
      return response.status;
    },
    async summaries() {
      const response = await app.rest(
        '/rest/api/3/search/jql?jql=project%20%3D%20CHG&fields=summary&maxResults=100',
        PEOPLE.alex,
      );
      const page = (await response.json()) as { issues: { key: string; fields: { summary: string } }[] };
      return page.issues.map((issue) => ({ key: issue.key, summary: issue.fields.summary }));
    },
  };
}
