import type { JiraSite } from '../jira-site';
import type { ProjectRecord } from '../store/projects-store';
import type { StatusCategoryKey, WorkflowStatus } from '../workflow';

/** Jira's fixed status categories (ids 2, 4, 3). */
const CATEGORIES: Record<StatusCategoryKey, { id: number; colorName: string; name: string }> = {
  new: { id: 2, colorName: 'blue-gray', name: 'To Do' },
  indeterminate: { id: 4, colorName: 'yellow', name: 'In Progress' },
  done: { id: 3, colorName: 'green', name: 'Done' },
};

export function statusCategoryJson(site: JiraSite, key: StatusCategoryKey): Record<string, unknown> {
  const category = CATEGORIES[key];
  return { self: `${site.baseUrl}/rest/api/3/statuscategory/${category.id}`, key, ...category };
}

/** Platform `StatusDetails`. */
export function statusJson(site: JiraSite, status: WorkflowStatus): Record<string, unknown> {
  return {
    self: `${site.baseUrl}/rest/api/3/status/${status.id}`,
    description: status.description,
    iconUrl: `${site.baseUrl}/images/icons/statuses/generic.png`,
    name: status.name,
    id: status.id,
    statusCategory: statusCategoryJson(site, status.category),
  };
}

/** JSM's status category names (`NEW | INDETERMINATE | DONE`). */
export function jsmStatusCategory(key: StatusCategoryKey): string {
  return key.toUpperCase();
}

export const CHANGE_ISSUE_TYPE = {
  name: 'Change',
  description: 'A request to change the production environment.',
};

export function issueTypeJson(site: JiraSite, issueTypeId: string): Record<string, unknown> {
  return {
    self: `${site.baseUrl}/rest/api/3/issuetype/${issueTypeId}`,
    id: issueTypeId,
    description: CHANGE_ISSUE_TYPE.description,
    iconUrl: `${site.baseUrl}/rest/api/2/universal_avatar/view/type/issuetype/avatar/10553?size=medium`,
    name: CHANGE_ISSUE_TYPE.name,
    subtask: false,
    avatarId: 10553,
    hierarchyLevel: 0,
  };
}

export function projectJson(site: JiraSite, project: ProjectRecord): Record<string, unknown> {
  return {
    self: `${site.baseUrl}/rest/api/3/project/${project.id}`,
    id: project.id,
    key: project.key,
    name: project.name,
    projectTypeKey: 'service_desk',
    simplified: false,
    avatarUrls: {
      '16x16': `${site.baseUrl}/rest/api/3/universal_avatar/view/type/project/avatar/10400?size=xsmall`,
      '24x24': `${site.baseUrl}/rest/api/3/universal_avatar/view/type/project/avatar/10400?size=small`,
      '32x32': `${site.baseUrl}/rest/api/3/universal_avatar/view/type/project/avatar/10400?size=medium`,
      '48x48': `${site.baseUrl}/rest/api/3/universal_avatar/view/type/project/avatar/10400`,
    },
  };
}
