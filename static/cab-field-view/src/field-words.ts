/** Change types and risks as words, and each risk's lozenge colour (green, yellow, red, bold red). */
import type { CabFieldValueMap } from '@async-cab/shared/client';

export const CHANGE_TYPE_WORDS: Record<CabFieldValueMap['changeType'], string> = {
  standard: 'Standard',
  normal: 'Normal',
  emergency: 'Emergency',
};

export const RISK_WORDS: Record<CabFieldValueMap['risk'], string> = {
  low: 'Low',
  medium: 'Medium',
  high: 'High',
  critical: 'Critical',
};

/** Class names on ui-kit's lozenge; critical gets the bold danger style so it is not read as "high". */
export const RISK_LOZENGE_CLASS: Record<CabFieldValueMap['risk'], string> = {
  low: 'ak-lozenge ak-lozenge--success',
  medium: 'ak-lozenge ak-lozenge--moved',
  high: 'ak-lozenge ak-lozenge--removed',
  critical: 'ak-lozenge fv-lozenge--critical',
};
