import { jsonResponse } from '../../core/http-types';
import { isAgent } from '../access';
import { platformError } from '../errors';
import type { JiraSite } from '../jira-site';
import { groupName, platformUser, platformUserWithGroups } from '../representations/user-json';
import { intParam, route, type Route } from '../router';

/** `/myself`, `/user`, `/user/search`, `/user/groups` (docs/platform-assumptions.md). */
export function usersRoutes(site: JiraSite): Route[] {
  const requireUser = (accountId: string | null) => {
    if (accountId === null || accountId === '') {
      throw platformError(400, ['The accountId query parameter needs to be provided.']);
    }
    const user = site.users.user(accountId);
    if (user === undefined) {
      throw platformError(404, [`Specified user does not exist or you do not have required permissions`]);
    }
    return user;
  };
  return [
    route('GET', '/rest/api/3/myself', ({ actor }) => {
      const user = site.users.user(actor.accountId);
      if (user === undefined)
        throw platformError(401, ['Client must be authenticated to access this resource.']);
      return jsonResponse(200, platformUserWithGroups(site, user));
    }),
    route('GET', '/rest/api/3/mypermissions', ({ request, actor }) => {
      // Global permissions only: ADMINISTER for members of jira-administrators (and the app, as on Forge
      // sites where the app user is granted it), as `GET /rest/api/3/mypermissions?permissions=...` answers.
      const keys = (request.query.get('permissions') ?? '')
        .split(',')
        .map((key) => key.trim())
        .filter((key) => key !== '');
      if (keys.length === 0) {
        throw platformError(400, [
          'The permissions query parameter is required: a comma-separated list of permission keys.',
        ]);
      }
      const groups = site.users.groupsOf(actor.accountId).map((group) => group.name);
      const admin = actor.kind === 'app' || groups.includes('jira-administrators');
      // With `projectKey` Jira answers the project's permissions (OpenAPI getMyPermissions): here
      // BROWSE_PROJECTS is the project's agents' (access.ts `isAgent`; customers see only their own requests).
      const projectKey = request.query.get('projectKey');
      const project = projectKey === null ? undefined : site.projects.project(projectKey);
      if (projectKey !== null && project === undefined) {
        throw platformError(404, [`No project could be found with key '${projectKey}'.`]);
      }
      const granted: Record<string, boolean> = {
        ADMINISTER: admin,
        BROWSE_PROJECTS: project === undefined ? true : isAgent(site, actor, project.id),
        BROWSE_USERS: true,
      };
      const permissions = Object.fromEntries(
        keys.map((key) => [
          key,
          {
            id: key,
            key,
            name: key,
            type: project !== undefined && key === 'BROWSE_PROJECTS' ? 'PROJECT' : 'GLOBAL',
            description: key,
            havePermission: granted[key] ?? false,
          },
        ]),
      );
      return jsonResponse(200, { permissions });
    }),
    route('GET', '/rest/api/3/user', ({ request }) =>
      jsonResponse(200, platformUserWithGroups(site, requireUser(request.query.get('accountId')))),
    ),
    route('GET', '/rest/api/3/user/groups', ({ request }) => {
      const user = requireUser(request.query.get('accountId'));
      return jsonResponse(
        200,
        site.users.groupsOf(user.accountId).map((group) => groupName(site, group)),
      );
    }),
    route('GET', '/rest/api/3/user/search', ({ request }) => {
      const query = (request.query.get('query') ?? '').trim().toLowerCase();
      const accountId = request.query.get('accountId');
      if (query === '' && (accountId === null || accountId === '')) {
        throw platformError(400, ['One of the query parameters query or accountId is required.']);
      }
      const startAt = intParam(request, 'startAt', 0);
      const maxResults = intParam(request, 'maxResults', 50, 1000);
      // Prefix match on display name words and on the email address, as Jira's user search does.
      const matches = site.users.allUsers().filter((user) => {
        if (!user.active) return false;
        if (accountId !== null && accountId !== '' && user.accountId !== accountId) return false;
        if (query === '') return true;
        const words = user.displayName.toLowerCase().split(/\s+/);
        return (
          user.displayName.toLowerCase().startsWith(query) ||
          words.some((word) => word.startsWith(query)) ||
          (user.email ?? '').toLowerCase().startsWith(query)
        );
      });
      return jsonResponse(
        200,
        matches.slice(startAt, startAt + maxResults).map((user) => platformUser(site, user)),
      );
    }),
  ];
}
