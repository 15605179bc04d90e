/**
 * The host pages' CSS, on Atlassian design tokens (`var(--ds-*)`) so the Jira chrome follows the person's
 * theme like the apps inside it: the token sets come from the theme stylesheets in the page head
 * (theme-tokens.ts). Each fallback is the token's light value, for a page read without those stylesheets.
 * Token names: https://atlassian.design/components/tokens/all-tokens.
 */
export const hostStyles = `
* { box-sizing: border-box; }
body { margin: 0; font: 14px/20px -apple-system, BlinkMacSystemFont, "Segoe UI", Roboto, "Helvetica Neue", sans-serif;
  color: var(--ds-text, #172B4D); background: var(--ds-surface, #FFFFFF); }
a { color: var(--ds-link, #0C66E4); text-decoration: none; } a:hover { text-decoration: underline; }
h1 { font-size: 24px; line-height: 28px; font-weight: 500; margin: 4px 0 16px; }
h2 { font-size: 16px; line-height: 20px; font-weight: 600; margin: 0 0 8px; }
.topnav { display: flex; align-items: center; gap: 16px; height: 56px; padding: 0 16px;
  border-bottom: 1px solid var(--ds-border, #DCDFE4); background: var(--ds-surface, #FFFFFF); position: sticky; top: 0; z-index: 10; }
.topnav__brand { display: flex; align-items: center; gap: 8px; font-weight: 600; color: var(--ds-text, #172B4D); }
.topnav__logo { width: 24px; height: 24px; border-radius: 4px; background: var(--ds-background-brand-bold, #0C66E4);
  color: var(--ds-text-inverse, #FFFFFF); display: inline-flex; align-items: center; justify-content: center; font-size: 13px; }
.topnav__links { display: flex; gap: 4px; }
.topnav__links a { color: var(--ds-text-subtle, #44546F); padding: 6px 8px; border-radius: 3px; font-weight: 500; }
.topnav__links a:hover { background: var(--ds-background-neutral-subtle-hovered, #091E420F); text-decoration: none; }
.topnav__spacer { flex: 1; }
.switcher { display: flex; align-items: center; gap: 8px; color: var(--ds-text-subtle, #44546F); }
.switcher select { font: inherit; color: var(--ds-text, #172B4D); padding: 4px 8px; border: 1px solid var(--ds-border-input, #8590A2);
  border-radius: 3px; background: var(--ds-background-input, #FFFFFF); }
.page { max-width: 1280px; margin: 0 auto; padding: 24px 32px; }
.breadcrumbs { color: var(--ds-text-subtlest, #626F86); font-size: 14px; }
.breadcrumbs a { color: var(--ds-text-subtlest, #626F86); }
.issue { display: grid; grid-template-columns: minmax(0, 1fr) 360px; gap: 32px; align-items: start; }
.section { margin: 0 0 24px; }
.muted { color: var(--ds-text-subtlest, #626F86); }
.panel { border: 1px solid var(--ds-border, #DCDFE4); border-radius: 3px; margin-bottom: 16px; background: var(--ds-surface, #FFFFFF); }
.panel__header { padding: 8px 12px; font-weight: 600; border-bottom: 1px solid var(--ds-border, #DCDFE4); background: var(--ds-surface-sunken, #F7F8F9); }
.panel__body { padding: 8px 12px; }
.dashboard-columns { display: grid; grid-template-columns: repeat(2, minmax(0, 1fr)); gap: 16px; align-items: start; }
details.panel > summary { padding: 8px 12px; font-weight: 600; cursor: pointer; background: var(--ds-surface-sunken, #F7F8F9); list-style: none; }
details.panel[open] > summary { border-bottom: 1px solid var(--ds-border, #DCDFE4); }
.details { display: grid; grid-template-columns: 140px minmax(0, 1fr); gap: 8px 12px; align-items: start; }
.details--wide { grid-template-columns: 200px minmax(0, 1fr); }
.field-row { display: contents; }
.field-row__value { min-width: 0; }
.field-row__edit { font: inherit; font-size: 12px; line-height: 16px; border: 0; background: none; color: var(--ds-link, #0C66E4); padding: 0; cursor: pointer; }
.field-row__edit:hover { text-decoration: underline; }
.field-row__editor { border: 2px solid var(--ds-border-focused, #388BFF); border-radius: 3px; padding: 2px; }
.field-error { margin: 4px 0 0; font-size: 12px; line-height: 16px; color: var(--ds-text-danger, #AE2E24); }
.lozenge { display: inline-block; padding: 0 4px; border-radius: 3px; font-size: 11px; font-weight: 700;
  text-transform: uppercase; line-height: 16px; background: var(--ds-background-neutral, #DCDFE4); color: var(--ds-text-subtle, #44546F); }
.lozenge--blue { background: var(--ds-background-accent-blue-subtler, #CCE0FF); color: var(--ds-text-accent-blue, #0055CC); }
.lozenge--green { background: var(--ds-background-accent-green-subtler, #BAF3DB); color: var(--ds-text-accent-green, #216E4E); }
.acab-frame { display: block; width: 100%; height: 150px; border: 0; }
.portal-header { background: var(--ds-background-brand-bold, #0C66E4); color: var(--ds-text-inverse, #FFFFFF); padding: 32px; }
.portal-header h1 { margin: 0; color: var(--ds-text-inverse, #FFFFFF); }
.portal-header a { color: var(--ds-text-inverse, #FFFFFF); }
.portal { max-width: 760px; margin: 0 auto; padding: 24px 32px; }
.portal-request { display: grid; grid-template-columns: minmax(0, 1fr) 280px; gap: 32px; max-width: 1100px; margin: 0 auto; padding: 24px 32px; }
.button { font: inherit; font-weight: 500; border: 0; border-radius: 3px; padding: 6px 12px; cursor: pointer; }
.button--primary { background: var(--ds-background-brand-bold, #0C66E4); color: var(--ds-text-inverse, #FFFFFF); }
.button--primary:hover { background: var(--ds-background-brand-bold-hovered, #0055CC); }
.button--subtle { background: var(--ds-background-neutral, #091E420F); color: var(--ds-text, #172B4D); }
.button--subtle:hover { background: var(--ds-background-neutral-hovered, #091E4224); text-decoration: none; }
.breadcrumbs__action { float: right; }
.button--primary:disabled { background: var(--ds-background-disabled, #091E4224); color: var(--ds-text-disabled, #091E424F); cursor: not-allowed; }
.form-actions { display: flex; gap: 8px; margin-top: 16px; }
.error-box { margin-top: 12px; padding: 8px 12px; border-radius: 3px; background: var(--ds-background-danger, #FFECEB); color: var(--ds-text-danger, #AE2E24); }
.empty { padding: 16px; border: 1px dashed var(--ds-border, #DCDFE4); border-radius: 3px; color: var(--ds-text-subtlest, #626F86); }
#acab-flags { position: fixed; left: 24px; bottom: 24px; display: flex; flex-direction: column; gap: 8px; z-index: 100; width: 400px; }
.acab-flag { position: relative; padding: 16px 40px 16px 16px; border-radius: 3px; background: var(--ds-surface-overlay, #FFFFFF);
  box-shadow: var(--ds-shadow-overlay, 0 8px 12px #091E4226, 0 0 1px #091E424F); border-left: 4px solid var(--ds-border-brand, #0C66E4); }
.acab-flag--success { border-left-color: var(--ds-border-success, #22A06B); }
.acab-flag--warning { border-left-color: var(--ds-border-warning, #E2B203); }
.acab-flag--error { border-left-color: var(--ds-border-danger, #C9372C); }
.acab-flag__title { display: block; font-weight: 600; }
.acab-flag__description { margin: 4px 0 0; color: var(--ds-text-subtle, #44546F); }
.acab-flag__close { position: absolute; top: 8px; right: 8px; border: 0; background: none; font-size: 18px; cursor: pointer;
  color: var(--ds-text-subtle, #44546F); }
`;
