/**
 * Every check, in the order they run: discovery first, then the request fixtures, then the approval (whose
 * refusals must come before the approver's answer completes it), comments, properties, search, notify and
 * the error shapes. Ids are the "conformance check" values of docs/platform-assumptions.md.
 */
import { appFieldApiUser } from './app-field-api-user';
import { approvalApproverAnswers } from './approval-approver-answers';
import { approvalOpens } from './approval-opens';
import { approvalRefusesOthers } from './approval-refuses-others';
import type { Check } from './check';
import { commentInternalJsm } from './comment-internal-jsm';
import { commentInternalProperty } from './comment-internal-property';
import { errorShapeJsm } from './error-shape-jsm';
import { errorShapePlatform } from './error-shape-platform';
import { fieldDiscoveryForge } from './field-discovery-forge';
import { fieldDiscoveryJsm } from './field-discovery-jsm';
import { issuePropertyRoundTrip } from './issue-property-round-trip';
import { issueRequestTypeValue } from './issue-request-type-value';
import { jqlIndexedProperty } from './jql-indexed-property';
import { notify } from './notify';
import { oldSearchGone } from './old-search-gone';
import { readOnlyEdit } from './read-only-edit';
import { requestCreate } from './request-create';
import { requestFieldNotOnType } from './request-field-not-on-type';
import { requestReadOnlyField } from './request-read-only-field';
import { requestTypes } from './request-types';

export const ALL_CHECKS: readonly Check[] = [
  fieldDiscoveryJsm,
  fieldDiscoveryForge,
  requestTypes,
  requestCreate,
  requestFieldNotOnType,
  requestReadOnlyField,
  issueRequestTypeValue,
  readOnlyEdit,
  appFieldApiUser,
  approvalOpens,
  approvalRefusesOthers,
  approvalApproverAnswers,
  commentInternalJsm,
  commentInternalProperty,
  issuePropertyRoundTrip,
  jqlIndexedProperty,
  notify,
  oldSearchGone,
  errorShapePlatform,
  errorShapeJsm,
];
