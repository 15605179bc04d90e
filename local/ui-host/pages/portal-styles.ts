/**
 * Help center and request form styles, on Atlassian design tokens (`var(--ds-*)`, light values as fallbacks;
 * https://atlassian.design/components/tokens/all-tokens) so the portal pages read like the JSM help center
 * in either theme, space.100 = 8px. Kept apart from host-styles.ts, which other pages share.
 */
export const portalStyles = `
.portal-header .breadcrumbs { color: var(--ds-text-inverse, #FFFFFF); }
.help-center { max-width: 960px; margin: 0 auto; padding: 24px 32px; }
.help-center h2 { margin: 24px 0 8px; }
.request-types { list-style: none; margin: 0; padding: 0; display: grid; grid-template-columns: repeat(auto-fill, minmax(280px, 1fr)); gap: 8px; }
.request-type { display: flex; gap: 12px; padding: 12px; border: 1px solid var(--ds-border, #DCDFE4); border-radius: 3px; color: var(--ds-text, #172B4D); }
.request-type:hover, .request-type:focus-visible { background: var(--ds-background-neutral-subtle-hovered, #F7F8F9); text-decoration: none;
  box-shadow: var(--ds-shadow-raised, 0 1px 1px #091E4240); }
.request-type__icon { flex: none; width: 32px; height: 32px; border-radius: 3px; background: var(--ds-background-brand-subtlest, #E9F2FF);
  color: var(--ds-text-brand, #0C66E4); display: inline-flex; align-items: center; justify-content: center; font-weight: 700; }
.request-type__name { display: block; font-weight: 600; color: var(--ds-link, #0C66E4); }
.request-type__description { display: block; color: var(--ds-text-subtlest, #626F86); font-size: 12px; line-height: 16px; }
.my-requests { width: 100%; border-collapse: collapse; }
.my-requests th { text-align: left; color: var(--ds-text-subtlest, #626F86); font-size: 12px; font-weight: 600; padding: 4px 8px;
  border-bottom: 2px solid var(--ds-border, #DCDFE4); }
.my-requests td { padding: 8px; border-bottom: 1px solid var(--ds-border, #DCDFE4); }
.request-summary-card { display: flex; gap: 12px; padding: 12px; margin-bottom: 24px; border-radius: 3px; background: var(--ds-surface-sunken, #F7F8F9); }
.request-form .field { margin: 0 0 20px; }
.request-form label, .request-form .field-label { display: block; margin-bottom: 4px; font-size: 12px; line-height: 16px; font-weight: 600;
  color: var(--ds-text-subtle, #44546F); }
.request-form .required { color: var(--ds-text-danger, #AE2E24); padding-left: 2px; }
.request-form input[type="text"], .request-form textarea { display: block; width: 100%; font: inherit; color: var(--ds-text, #172B4D);
  padding: 7px 8px; border: 1px solid var(--ds-border-input, #8590A2); border-radius: 3px; background: var(--ds-background-input, #FFFFFF); }
.request-form select { font: inherit; color: var(--ds-text, #172B4D); padding: 6px 8px; border: 1px solid var(--ds-border-input, #8590A2);
  border-radius: 3px; background: var(--ds-background-input, #FFFFFF); min-width: 240px; }
.request-form .field-value { margin: 0; }
.request-form textarea { min-height: 120px; resize: vertical; }
.request-form input[type="text"]:focus, .request-form textarea:focus { outline: none; border-color: var(--ds-border-focused, #388BFF);
  box-shadow: inset 0 0 0 1px var(--ds-border-focused, #388BFF); }
.request-form [aria-invalid="true"] { border-color: var(--ds-border-danger, #C9372C); }
.field-help { margin: 4px 0 0; font-size: 12px; line-height: 16px; color: var(--ds-text-subtlest, #626F86); }
.field-error { margin: 4px 0 0; font-size: 12px; line-height: 16px; color: var(--ds-text-danger, #AE2E24); }
.field-error::before { content: "\\26A0"; padding-right: 4px; }
.request-form .field[data-invalid] .field-frame { border-left: 3px solid var(--ds-border-danger, #C9372C); padding-left: 8px; }
.create-page .request-form { max-width: 760px; }
`;
