/**
 * Plain CSS with Atlassian design token values (color.text #172B4D, color.link #0C66E4, neutral
 * backgrounds, 14px system font stack) so the host pages read like Jira without shipping Atlaskit.
 */
export const hostStyles = `
:root { color-scheme: light; }
* { box-sizing: border-box; }
body { margin: 0; font: 14px/20px -apple-system, BlinkMacSystemFont, "Segoe UI", Roboto, "Helvetica Neue", sans-serif;
  color: #172B4D; background: #FFFFFF; }
a { color: #0C66E4; text-decoration: none; } a:hover { text-decoration: underline; }
h1 { font-size: 24px; line-height: 28px; font-weight: 500; margin: 4px 0 16px; }
h2 { font-size: 16px; line-height: 20px; font-weight: 600; margin: 0 0 8px; }
.topnav { display: flex; align-items: center; gap: 16px; height: 56px; padding: 0 16px;
  border-bottom: 1px solid #DCDFE4; background: #FFFFFF; position: sticky; top: 0; z-index: 10; }
.topnav__brand { display: flex; align-items: center; gap: 8px; font-weight: 600; color: #172B4D; }
.topnav__logo { width: 24px; height: 24px; border-radius: 4px; background: #0C66E4; color: #FFFFFF;
  display: inline-flex; align-items: center; justify-content: center; font-size: 13px; }
.topnav__links { display: flex; gap: 4px; }
.topnav__links a { color: #44546F; padding: 6px 8px; border-radius: 3px; font-weight: 500; }
.topnav__links a:hover { background: #091E420F; text-decoration: none; }
.topnav__spacer { flex: 1; }
.switcher { display: flex; align-items: center; gap: 8px; color: #44546F; }
.switcher select { font: inherit; color: #172B4D; padding: 4px 8px; border: 1px solid #8590A2; border-radius: 3px; background: #FFFFFF; }
.page { max-width: 1280px; margin: 0 auto; padding: 24px 32px; }
.breadcrumbs { color: #626F86; font-size: 14px; }
.breadcrumbs a { color: #626F86; }
.issue { display: grid; grid-template-columns: minmax(0, 1fr) 360px; gap: 32px; align-items: start; }
.section { margin: 0 0 24px; }
.muted { color: #626F86; }
.panel { border: 1px solid #DCDFE4; border-radius: 3px; margin-bottom: 16px; background: #FFFFFF; }
.panel__header { padding: 8px 12px; font-weight: 600; border-bottom: 1px solid #DCDFE4; background: #F7F8F9; }
.panel__body { padding: 8px 12px; }
details.panel > summary { padding: 8px 12px; font-weight: 600; cursor: pointer; background: #F7F8F9; list-style: none; }
details.panel[open] > summary { border-bottom: 1px solid #DCDFE4; }
.details { display: grid; grid-template-columns: 140px minmax(0, 1fr); gap: 8px 12px; align-items: start; }
.details--wide { grid-template-columns: 200px minmax(0, 1fr); }
.field-row { display: contents; }
.field-row__value { min-width: 0; }
.field-row__edit { font: inherit; font-size: 12px; line-height: 16px; border: 0; background: none; color: #0C66E4; padding: 0; cursor: pointer; }
.field-row__edit:hover { text-decoration: underline; }
.field-row__editor { border: 2px solid #388BFF; border-radius: 3px; padding: 2px; }
.field-error { margin: 4px 0 0; font-size: 12px; line-height: 16px; color: #AE2E24; }
.lozenge { display: inline-block; padding: 0 4px; border-radius: 3px; font-size: 11px; font-weight: 700;
  text-transform: uppercase; line-height: 16px; background: #DCDFE4; color: #44546F; }
.lozenge--blue { background: #CCE0FF; color: #0055CC; } .lozenge--green { background: #BAF3DB; color: #216E4E; }
.acab-frame { display: block; width: 100%; height: 150px; border: 0; }
.portal-header { background: #0C66E4; color: #FFFFFF; padding: 32px; }
.portal-header h1 { margin: 0; color: #FFFFFF; }
.portal-header a { color: #FFFFFF; }
.portal { max-width: 760px; margin: 0 auto; padding: 24px 32px; }
.portal-request { display: grid; grid-template-columns: minmax(0, 1fr) 280px; gap: 32px; max-width: 1100px; margin: 0 auto; padding: 24px 32px; }
.button { font: inherit; font-weight: 500; border: 0; border-radius: 3px; padding: 6px 12px; cursor: pointer; }
.button--primary { background: #0C66E4; color: #FFFFFF; } .button--primary:hover { background: #0055CC; }
.button--subtle { background: #091E420F; color: #172B4D; } .button--subtle:hover { background: #091E4224; text-decoration: none; }
.breadcrumbs__action { float: right; }
.button--primary:disabled { background: #091E4224; color: #091E424F; cursor: not-allowed; }
.form-actions { display: flex; gap: 8px; margin-top: 16px; }
.error-box { margin-top: 12px; padding: 8px 12px; border-radius: 3px; background: #FFECEB; color: #AE2E24; }
.empty { padding: 16px; border: 1px dashed #DCDFE4; border-radius: 3px; color: #626F86; }
#acab-flags { position: fixed; left: 24px; bottom: 24px; display: flex; flex-direction: column; gap: 8px; z-index: 100; width: 400px; }
.acab-flag { position: relative; padding: 16px 40px 16px 16px; border-radius: 3px; background: #FFFFFF;
  box-shadow: 0 8px 12px #091E4226, 0 0 1px #091E424F; border-left: 4px solid #0C66E4; }
.acab-flag--success { border-left-color: #22A06B; } .acab-flag--warning { border-left-color: #E2B203; }
.acab-flag--error { border-left-color: #C9372C; }
.acab-flag__title { display: block; font-weight: 600; }
.acab-flag__description { margin: 4px 0 0; color: #44546F; }
.acab-flag__close { position: absolute; top: 8px; right: 8px; border: 0; background: none; font-size: 18px; cursor: pointer; color: #44546F; }
`;
