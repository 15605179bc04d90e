import { jsonResponse } from '../../core/http-types';
import { platformError } from '../errors';
import type { JiraSite } from '../jira-site';
import { platformPage } from '../representations/pages';
import { platformUser } from '../representations/user-json';
import { intParam, route, type Route } from '../router';

/** `/group/member`, `/group/bulk`, `/groups/picker` (docs/platform-assumptions.md). */
export function groupsRoutes(site: JiraSite): Route[] {
  return [
    route('GET', '/rest/api/3/group/member', ({ request }) => {
      const groupId = request.query.get('groupId');
      const groupname = request.query.get('groupname');
      if (!groupId && !groupname) {
        throw platformError(400, ['You must provide either a group name or a group ID.']);
      }
      const group = groupId ? site.users.group(groupId) : site.users.groupByName(groupname ?? '');
      if (group === undefined) throw platformError(404, ['Specified group does not exist.']);
      const includeInactive = request.query.get('includeInactiveUsers') === 'true';
      const members = site.users.members(group.groupId).filter((user) => includeInactive || user.active);
      // maxResults is 1..50 on this endpoint.
      const maxResults = Math.max(1, intParam(request, 'maxResults', 50, 50));
      const startAt = intParam(request, 'startAt', 0);
      const users = members.map((user) => platformUser(site, user));
      return jsonResponse(200, platformPage(site, request.path, request.query, users, startAt, maxResults));
    }),
    route('GET', '/rest/api/3/group/bulk', ({ request }) => {
      const ids = request.query.getAll('groupId');
      const names = request.query.getAll('groupName').map((name) => name.toLowerCase());
      const groups = site.users
        .allGroups()
        .filter(
          (group) =>
            (ids.length === 0 && names.length === 0) ||
            ids.includes(group.groupId) ||
            names.includes(group.name.toLowerCase()),
        )
        .map((group) => ({ name: group.name, groupId: group.groupId }));
      const maxResults = Math.max(1, intParam(request, 'maxResults', 50, 50));
      const startAt = intParam(request, 'startAt', 0);
      return jsonResponse(200, platformPage(site, request.path, request.query, groups, startAt, maxResults));
    }),
    route('GET', '/rest/api/3/groups/picker', ({ request }) => {
      const query = (request.query.get('query') ?? '').toLowerCase();
      const maxResults = intParam(request, 'maxResults', 20, 1000);
      const matching = site.users.allGroups().filter((group) => group.name.toLowerCase().includes(query));
      const shown = matching.slice(0, maxResults);
      return jsonResponse(200, {
        header: `Showing ${shown.length} of ${matching.length} matching groups`,
        total: matching.length,
        groups: shown.map((group) => ({
          name: group.name,
          html: group.name.replace(
            new RegExp(query.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'i'),
            (m) => `<b>${m}</b>`,
          ),
          groupId: group.groupId,
          labels: [],
        })),
      });
    }),
  ];
}
