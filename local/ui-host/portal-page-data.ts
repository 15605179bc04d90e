import { isFailure, type LookupFailure } from './jira-lookups';
import type { PortalHome } from './pages/portal-home-page';
import type { PortalCreateForm } from './pages/portal-pages';
import {
  fetchMyRequests,
  fetchRequestType,
  fetchRequestTypeFields,
  fetchRequestTypes,
  fetchServiceDesk,
  fetchServiceDeskOfProject,
  type RequestType,
  type RequestTypeField,
  type ServiceDesk,
} from './portal-lookups';
import type { UiHostOptions } from './ui-host-options';

type RequestJira = UiHostOptions['requestJira'];

/** The help center's data as the person sees it: the portal (= service desk), its request types, their requests. */
export async function loadPortalHome(
  requestJira: RequestJira,
  portalId: string,
  accountId: string,
): Promise<PortalHome | LookupFailure> {
  const desk = await fetchServiceDesk(requestJira, portalId, accountId);
  if (isFailure(desk)) return desk;
  const [requestTypes, myRequests] = await Promise.all([
    fetchRequestTypes(requestJira, portalId, accountId),
    fetchMyRequests(requestJira, desk.projectKey, accountId),
  ]);
  if (isFailure(requestTypes)) return requestTypes;
  return { portalId, desk, requestTypes, myRequests };
}

/** A request type's form; JSM answers 404 for a type that is not in this portal. */
export async function loadPortalCreateForm(
  requestJira: RequestJira,
  portalId: string,
  requestTypeId: string,
  accountId: string,
): Promise<PortalCreateForm | LookupFailure> {
  const [desk, requestType, fields] = await Promise.all([
    fetchServiceDesk(requestJira, portalId, accountId),
    fetchRequestType(requestJira, portalId, requestTypeId, accountId),
    fetchRequestTypeFields(requestJira, portalId, requestTypeId, accountId),
  ]);
  if (isFailure(desk)) return desk;
  if (isFailure(requestType)) return requestType;
  if (isFailure(fields)) return fields;
  return { portalId, desk, requestType, fields };
}

export interface AgentCreateForm {
  desk: ServiceDesk;
  /** The request types the person can raise, for the request type picker. */
  requestTypes: RequestType[];
  requestType: RequestType;
  fields: RequestTypeField[];
}

/**
 * The agent's Create form for a service project: its request types (the chosen one, or the first) and that
 * request type's fields, all read as the person.
 */
export async function loadAgentCreateForm(
  requestJira: RequestJira,
  projectKey: string | undefined,
  requestTypeId: string | undefined,
  accountId: string,
): Promise<AgentCreateForm | LookupFailure> {
  const desk = await fetchServiceDeskOfProject(requestJira, projectKey, accountId);
  if (isFailure(desk)) return desk;
  const all = await fetchRequestTypes(requestJira, desk.id, accountId);
  if (isFailure(all)) return all;
  const requestTypes = all.filter((type) => type.canCreateRequest !== false);
  const requestType =
    requestTypeId === undefined ? requestTypes[0] : requestTypes.find((type) => type.id === requestTypeId);
  if (requestType === undefined) {
    return {
      failed: true,
      status: 404,
      message: `No request type ${requestTypeId ?? ''} you can raise in ${desk.projectKey}.`,
    };
  }
  const fields = await fetchRequestTypeFields(requestJira, desk.id, requestType.id, accountId);
  if (isFailure(fields)) return fields;
  return { desk, requestTypes, requestType, fields };
}
