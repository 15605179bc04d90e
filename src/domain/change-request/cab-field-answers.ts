/**
 * The CAB answers live in the app's Forge custom fields (the source of truth, whatever channel raised the
 * request). This module translates between the fields' stored values and the change request's answers,
 * and says which answers keep a request from being routed and why.
 */
import { z } from 'zod';
import { CAB_FIELD_LABELS, type CabAnswerFieldKey, type CabFieldKey } from '../../shared/cab-fields';
import type { FieldError, ParseResult } from '../shared/field-error';
import { parseWithSchema } from '../shared/zod-issues-to-field-errors';
import {
  affectedSystemsSchema,
  changeTypeSchema,
  consequenceSchema,
  plannedWindowSchema,
  riskSchema,
  rollbackPlanSchema,
  summarySchema,
  testingSchema,
} from './change-request-fields';
import { parseChangeRequest } from './parse-change-request';
import type { ChangeRequest } from './change-request-schema';

/** Raw values as read from the issue, by field key; undefined or null means "not answered". */
export type CabFieldValues = Partial<Record<CabFieldKey, unknown>>;

/** The change request's answer each field carries, in the request forms' shape. */
export const ANSWER_OF_FIELD = {
  affectedSystems: 'affectedSystems',
  changeType: 'changeType',
  risk: 'risk',
  changeWindow: 'plannedWindow',
  testEvidence: 'testing',
  consequence: 'consequenceOfNotReleasing',
  rollbackPlan: 'rollbackPlan',
} as const satisfies Record<CabAnswerFieldKey, string>;
export type AnswerKey = (typeof ANSWER_OF_FIELD)[CabAnswerFieldKey];

const FIELD_OF_ANSWER = Object.fromEntries(
  Object.entries(ANSWER_OF_FIELD).map(([field, answer]) => [answer, field]),
) as Record<AnswerKey, CabAnswerFieldKey>;

/** The question each missing answer asks, in words a requester acts on. */
const QUESTION: Record<CabAnswerFieldKey, string> = {
  affectedSystems: 'choose the systems this change touches',
  changeType: 'choose standard, normal or emergency',
  risk: 'choose low, medium, high or critical',
  changeWindow: 'give the planned start and end, with the time zone',
  testEvidence: 'link the test evidence, or say why the change was not tested',
  consequence: 'say what happens if this change waits',
  rollbackPlan: 'say how the change is undone if it goes wrong',
};

/** One answer that keeps a change request from being routed. */
export interface AnswerProblem {
  /** Answer key in the request forms (`plannedWindow`, `testing`, ...) or `summary`. */
  field: AnswerKey | 'summary';
  /** Where in the answer, as a dotted path (`plannedWindow.end`); the answer itself when it is missing. */
  path: string;
  /** The CAB field it lives in, or null for JSM's own Summary. */
  cabField: CabAnswerFieldKey | null;
  label: string;
  kind: 'missing' | 'invalid';
  message: string;
}

export type AnswerReview =
  { complete: true; changeRequest: ChangeRequest } | { complete: false; problems: AnswerProblem[] };

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** An answer is missing when its field is empty (no value, an empty list, blank text). */
function isEmpty(field: CabAnswerFieldKey, value: unknown): boolean {
  if (value === undefined || value === null) return true;
  if (field === 'affectedSystems') return Array.isArray(value) && value.length === 0;
  if (field === 'consequence' || field === 'rollbackPlan') {
    return isRecord(value) && typeof value.text === 'string' && value.text.trim() === '';
  }
  if (typeof value === 'string') return value.trim() === '';
  return false;
}

/** The answer a field value stands for (text fields carry `{ text }`); undefined when empty. */
export function answerOfFieldValue(field: CabAnswerFieldKey, value: unknown): unknown {
  if (isEmpty(field, value)) return undefined;
  if ((field === 'consequence' || field === 'rollbackPlan') && isRecord(value)) return value.text;
  return value;
}

/** The field value an answer is stored as. */
export function fieldValueOfAnswer(field: CabAnswerFieldKey, answer: unknown): unknown {
  if (answer === undefined || answer === null) return null;
  if (field === 'consequence' || field === 'rollbackPlan') return { text: answer };
  if (field === 'testEvidence' && isRecord(answer)) {
    return answer.tested === true
      ? { tested: true, evidenceUrl: answer.evidenceUrl }
      : { tested: false, reason: answer.reason };
  }
  return answer;
}

/** The answers the fields hold, in the request forms' shape (empty fields left out). */
export function answersOfFields(values: CabFieldValues): Partial<Record<AnswerKey, unknown>> {
  const answers: Partial<Record<AnswerKey, unknown>> = {};
  for (const [field, answerKey] of Object.entries(ANSWER_OF_FIELD) as [CabAnswerFieldKey, AnswerKey][]) {
    const answer = answerOfFieldValue(field, values[field]);
    if (answer !== undefined) answers[answerKey] = answer;
  }
  return answers;
}

/** The CAB field values of a complete change request (what the app writes when answers are submitted). */
export function fieldValuesOfChangeRequest(cr: ChangeRequest): Record<CabAnswerFieldKey, unknown> {
  return {
    affectedSystems: [...cr.affectedSystems],
    changeType: cr.changeType,
    risk: cr.risk,
    changeWindow: { ...cr.plannedWindow },
    testEvidence: fieldValueOfAnswer('testEvidence', cr.testing),
    consequence: { text: cr.consequenceOfNotReleasing },
    rollbackPlan: { text: cr.rollbackPlan },
  };
}

export interface RequestFacts {
  summary: string;
  description: string;
  requesterAccountId: string;
  /** The pull request a CR drafted from GitHub ships (the read-only field's value). */
  linkedPullRequest?: unknown;
  /** The policy's system keys: an answer naming another system is invalid (the field offers only these). */
  knownSystemKeys: readonly string[];
}

/**
 * Reviews a request's answers for routing: complete gives the change request; otherwise every missing or
 * invalid answer with what to do about it, in form order, so the requester can fix them all at once.
 */
export function reviewAnswers(values: CabFieldValues, request: RequestFacts): AnswerReview {
  const problems: AnswerProblem[] = [];
  for (const field of Object.keys(ANSWER_OF_FIELD) as CabAnswerFieldKey[]) {
    if (isEmpty(field, values[field])) {
      problems.push({
        field: ANSWER_OF_FIELD[field],
        path: ANSWER_OF_FIELD[field],
        cabField: field,
        label: CAB_FIELD_LABELS[field],
        kind: 'missing',
        message: `Not answered yet: ${QUESTION[field]}.`,
      });
    }
  }
  const answers = answersOfFields(values);
  const parsed = parseChangeRequest({
    ...answers,
    summary: request.summary,
    description: request.description,
    requester: { accountId: request.requesterAccountId },
    ...(request.linkedPullRequest === undefined || request.linkedPullRequest === null
      ? {}
      : { linkedPullRequest: request.linkedPullRequest }),
  });
  const invalid = parsed.ok ? [] : parsed.errors.filter((error) => !isMissingReported(error, problems));
  problems.push(...invalid.map(problemOf));
  problems.push(...unknownSystems(answers.affectedSystems, request.knownSystemKeys));
  if (problems.length > 0 || !parsed.ok) {
    return { complete: false, problems: problems.length > 0 ? sortInFormOrder(problems) : [] };
  }
  return { complete: true, changeRequest: parsed.value };
}

function isMissingReported(error: FieldError, problems: AnswerProblem[]): boolean {
  const root = error.field.split('.')[0] ?? '';
  return problems.some((problem) => problem.kind === 'missing' && problem.field === root);
}

function problemOf(error: FieldError): AnswerProblem {
  const root = error.field.split('.')[0] ?? '';
  if (root === 'summary') {
    return {
      field: 'summary',
      path: 'summary',
      cabField: null,
      label: 'Summary',
      kind: 'invalid',
      message: error.message,
    };
  }
  const cabField = (FIELD_OF_ANSWER as Record<string, CabAnswerFieldKey | undefined>)[root] ?? null;
  return {
    field: cabField === null ? 'summary' : ANSWER_OF_FIELD[cabField],
    path: error.field,
    cabField,
    label: cabField === null ? root : CAB_FIELD_LABELS[cabField],
    kind: 'invalid',
    message: error.message,
  };
}

function unknownSystems(systems: unknown, known: readonly string[]): AnswerProblem[] {
  if (!Array.isArray(systems)) return [];
  const unknown = systems.filter((key): key is string => typeof key === 'string' && !known.includes(key));
  if (unknown.length === 0) return [];
  return [
    {
      field: 'affectedSystems',
      path: 'affectedSystems',
      cabField: 'affectedSystems',
      label: CAB_FIELD_LABELS.affectedSystems,
      kind: 'invalid',
      message: `${unknown.map((key) => `'${key}'`).join(', ')} ${unknown.length === 1 ? 'is not a system' : 'are not systems'} of the change policy: choose from the systems the field offers.`,
    },
  ];
}

const FORM_ORDER: readonly (AnswerKey | 'summary')[] = ['summary', ...Object.values(ANSWER_OF_FIELD)];

function sortInFormOrder(problems: AnswerProblem[]): AnswerProblem[] {
  return [...problems].sort((a, b) => FORM_ORDER.indexOf(a.field) - FORM_ORDER.indexOf(b.field));
}

const ANSWER_SCHEMA: Record<CabAnswerFieldKey, z.ZodType> = {
  affectedSystems: affectedSystemsSchema,
  changeType: changeTypeSchema,
  risk: riskSchema,
  changeWindow: plannedWindowSchema,
  testEvidence: testingSchema,
  consequence: consequenceSchema,
  rollbackPlan: rollbackPlanSchema,
};

/**
 * One field's value checked by the same rules as the whole change request (the field edit experiences
 * show these next to the control). Error paths are inside the field's value (`end`, `evidenceUrl`, `0`).
 */
export function validateFieldValue(
  field: CabAnswerFieldKey,
  value: unknown,
  knownSystemKeys: readonly string[],
): ParseResult<unknown> {
  const answer = answerOfFieldValue(field, value);
  const parsed = parseWithSchema(ANSWER_SCHEMA[field], answer);
  if (!parsed.ok) {
    const errors = parsed.errors.map((error) =>
      // Text fields carry `{ text }`: the message belongs to `text`, not to the value as a whole.
      (field === 'consequence' || field === 'rollbackPlan') && error.field === ''
        ? { ...error, field: 'text' }
        : error,
    );
    return { ok: false, errors };
  }
  if (field === 'affectedSystems') {
    const problem = unknownSystems(parsed.value, knownSystemKeys)[0];
    if (problem !== undefined) {
      return { ok: false, errors: [{ field: '', code: 'unknown-system', message: problem.message }] };
    }
  }
  return { ok: true, value };
}

/** Only the summary can be answered besides the CAB fields; used by the answer forms. */
export function validateSummary(summary: unknown): ParseResult<string> {
  return parseWithSchema(summarySchema, summary);
}

const submittedAnswersSchema = z.strictObject(
  {
    summary: z.unknown().optional(),
    affectedSystems: z.unknown().optional(),
    changeType: z.unknown().optional(),
    risk: z.unknown().optional(),
    plannedWindow: z.unknown().optional(),
    testing: z.unknown().optional(),
    consequenceOfNotReleasing: z.unknown().optional(),
    rollbackPlan: z.unknown().optional(),
  },
  { error: 'The answers must be an object of answers by question.' },
);

/**
 * A requester's answers (the request forms' shape) over the fields the issue already has: the field values
 * to review and write, and the new summary when one was given. Unknown keys are refused, so an answer form
 * cannot write the linked pull request or re-attribute the change.
 */
export function applyAnswers(
  fields: CabFieldValues,
  answers: unknown,
): ParseResult<{ fields: CabFieldValues; summary: string | undefined }> {
  const parsed = parseWithSchema(submittedAnswersSchema, answers);
  if (!parsed.ok) return parsed;
  const next: CabFieldValues = { ...fields };
  for (const [field, answerKey] of Object.entries(ANSWER_OF_FIELD) as [CabAnswerFieldKey, AnswerKey][]) {
    const answer: unknown = parsed.value[answerKey];
    if (answer !== undefined) next[field] = fieldValueOfAnswer(field, answer);
  }
  const summary = parsed.value.summary;
  if (summary !== undefined && typeof summary !== 'string') {
    return { ok: false, errors: [{ field: 'summary', code: 'wrong-type', message: 'The summary is text.' }] };
  }
  return { ok: true, value: { fields: next, summary } };
}
