import { z } from 'zod';
import { emptyResponse, jsonResponse } from '../../core/http-types';
import { isAgent, requireIssue } from '../access';
import { INVALID_PAYLOAD, platformError } from '../errors';
import { validationContextOf } from './issues-routes';
import { collectFieldChanges } from '../issues/collect-field-changes';
import { transitionIssue } from '../issues/issue-mutations';
import type { JiraSite } from '../jira-site';
import { issueTransitions, transitionJson } from '../representations/issue-json';
import { jsonBody, route, type Route } from '../router';

const TransitionBodySchema = z.looseObject({
  transition: z.looseObject({ id: z.string() }),
  fields: z.unknown().optional(),
  update: z.unknown().optional(),
});

/**
 * GET/POST `/issue/{idOrKey}/transitions` (docs/platform-assumptions.md). Callers without the Transition issues
 * permission get an empty list, not an error. The approve/decline transitions of an approval status are not
 * offered: JSM fires them when the approval completes.
 */
export function transitionsRoutes(site: JiraSite): Route[] {
  const path = '/rest/api/3/issue/:issueIdOrKey/transitions';
  return [
    route('GET', path, ({ request, actor, params }) => {
      const issue = requireIssue(site, actor, params['issueIdOrKey'] ?? '', request.path);
      const all = isAgent(site, actor, issue.projectId) ? issueTransitions(site, issue, actor) : [];
      const wanted = request.query.get('transitionId');
      const transitions = all
        .filter((t) => wanted === null || t.id === wanted)
        .map((t) => transitionJson(site, t));
      return jsonResponse(200, { expand: 'transitions', transitions });
    }),
    route('POST', path, ({ request, actor, params }) => {
      const issue = requireIssue(site, actor, params['issueIdOrKey'] ?? '', request.path);
      const body = TransitionBodySchema.safeParse(jsonBody(request));
      if (!body.success) throw platformError(400, [INVALID_PAYLOAD]);
      const id = body.data.transition.id;
      const transition = isAgent(site, actor, issue.projectId)
        ? issueTransitions(site, issue, actor).find((t) => t.id === id)
        : undefined;
      if (transition === undefined)
        throw platformError(400, [`Transition id '${id}' is not valid for this issue.`]);
      const collected = collectFieldChanges(
        site,
        issue.fields,
        body.data.fields,
        body.data.update,
        'edit',
        validationContextOf(site, actor, issue),
      );
      if (Object.keys(collected.errors).length > 0) throw platformError(400, [], collected.errors);
      transitionIssue(site, actor, issue, transition, collected.changes);
      return emptyResponse(204);
    }),
  ];
}
