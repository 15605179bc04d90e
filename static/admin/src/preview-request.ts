/**
 * The sample change request of the Preview tab, in the shape previewRouting reads (the change request of
 * src/domain/change-request/change-request-schema.ts). Fields routing does not read get fixed sample text.
 */
import { localDateTimeToInstant } from '../../ui-kit/time-zones';

export type PreviewChangeType = 'standard' | 'normal' | 'emergency';
export type PreviewRisk = 'low' | 'medium' | 'high' | 'critical';

export interface PreviewForm {
  systems: string[];
  changeType: PreviewChangeType;
  risk: PreviewRisk;
  tested: boolean;
  hasRollbackPlan: boolean;
  /** datetime-local values ("2026-11-25T10:00") in `timeZone`. */
  windowStart: string;
  windowEnd: string;
  timeZone: string;
}

export type PreviewRequest =
  | { ok: true; changeRequest: Record<string, unknown> }
  | { ok: false; field: 'windowStart' | 'windowEnd'; message: string };

export function previewChangeRequest(form: PreviewForm): PreviewRequest {
  const start = localDateTimeToInstant(form.windowStart, form.timeZone);
  if (start === null) {
    return {
      ok: false,
      field: 'windowStart',
      message: `Give the start as a date and time in ${form.timeZone}.`,
    };
  }
  const end = localDateTimeToInstant(form.windowEnd, form.timeZone);
  if (end === null) {
    return { ok: false, field: 'windowEnd', message: `Give the end as a date and time in ${form.timeZone}.` };
  }
  return {
    ok: true,
    changeRequest: {
      summary: 'Routing preview',
      affectedSystems: form.systems,
      changeType: form.changeType,
      risk: form.risk,
      plannedWindow: { start, end, timeZone: form.timeZone },
      testing: form.tested
        ? { tested: true, evidenceUrl: 'https://example.com/preview-test-evidence' }
        : { tested: false, reason: 'Routing preview: not tested.' },
      consequenceOfNotReleasing: 'Routing preview.',
      // Routing reads "has a rollback plan" as non-blank text (routing/change-facts.ts).
      rollbackPlan: form.hasRollbackPlan ? 'Routing preview: redeploy the previous version.' : '',
      requester: { accountId: 'routing-preview' },
    },
  };
}
