/**
 * What the person has typed so far, and the answers object built from it (the request forms' shape, which
 * the validateChangeRequest and submitAnswers resolvers read). The field experiences build one field's
 * value from the same state (static/cab-field-edit/src/form-state-value.ts).
 */
import { zonedInstant } from '../ui-kit/time-zones';

export type ChangeTypeValue = 'standard' | 'normal' | 'emergency';
export type RiskValue = 'low' | 'medium' | 'high' | 'critical';

export interface FormState {
  affectedSystems: string[];
  changeType: ChangeTypeValue | null;
  risk: RiskValue | null;
  startDate: string;
  startTime: string;
  endDate: string;
  endTime: string;
  timeZone: string;
  tested: boolean | null;
  evidenceUrl: string;
  notTestedReason: string;
  consequenceOfNotReleasing: string;
  rollbackPlan: string;
}

export type Testing = { tested: true; evidenceUrl: string } | { tested: false; reason: string };

export interface ChangeRequestAnswers {
  affectedSystems: string[];
  /** null until chosen: the server answers with the field error that asks for it. */
  changeType: ChangeTypeValue | null;
  risk: RiskValue | null;
  /** An incomplete date or time is sent as '' so the server reports the field. */
  plannedWindow: { start: string; end: string; timeZone: string };
  testing: Testing | null;
  consequenceOfNotReleasing: string;
  rollbackPlan: string;
}

export function initialFormState(defaultTimeZone: string, emergency: boolean): FormState {
  return {
    affectedSystems: [],
    changeType: emergency ? 'emergency' : null,
    risk: null,
    startDate: '',
    startTime: '',
    endDate: '',
    endTime: '',
    timeZone: defaultTimeZone,
    tested: null,
    evidenceUrl: '',
    notTestedReason: '',
    consequenceOfNotReleasing: '',
    rollbackPlan: '',
  };
}

function testingOf(state: FormState): Testing | null {
  if (state.tested === true) return { tested: true, evidenceUrl: state.evidenceUrl.trim() };
  if (state.tested === false) return { tested: false, reason: state.notTestedReason };
  return null;
}

export function answersOf(state: FormState): ChangeRequestAnswers {
  return {
    affectedSystems: state.affectedSystems,
    changeType: state.changeType,
    risk: state.risk,
    plannedWindow: {
      start: zonedInstant(state.startDate, state.startTime, state.timeZone)?.iso ?? '',
      end: zonedInstant(state.endDate, state.endTime, state.timeZone)?.iso ?? '',
      timeZone: state.timeZone,
    },
    testing: testingOf(state),
    consequenceOfNotReleasing: state.consequenceOfNotReleasing,
    rollbackPlan: state.rollbackPlan,
  };
}

/** A stable key for "these exact answers", so a late validation reply never marks newer answers valid. */
export function answersKey(answers: ChangeRequestAnswers): string {
  return JSON.stringify(answers);
}
