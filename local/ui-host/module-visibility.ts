import { mayUseModule } from './account-access';
import { evaluateDisplayCondition, type ConditionFacts } from './display-conditions';
import type { PageContext } from './pages/page-context';
import type { UiModule } from './ui-module-catalog';

/**
 * Whether a UI module renders for this viewer here: its `unlicensedAccess` must let the viewer's account type
 * in (access-to-forge-apps-for-unlicensed-users), then its display conditions must hold for the page's facts
 * (https://developer.atlassian.com/platform/forge/manifest-reference/display-conditions/).
 */
export function moduleShows(ctx: PageContext, module: UiModule, facts: ConditionFacts): boolean {
  if (!mayUseModule(module.unlicensedAccess, ctx.viewer.accountType)) return false;
  return module.displayConditions === undefined || evaluateDisplayCondition(module.displayConditions, facts);
}
