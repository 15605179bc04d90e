/**
 * The approval policy on the Async CAB page: the admin page's editor without the site's set-up tabs. Jira
 * shows `jira:adminPage` to Jira admins only, so this is where the policy's editor groups (the change
 * managers) keep the rules; everyone else reads them (README, "Change managers keep the rules").
 */
import { AdminApp } from '../../admin/src/admin-app';
import '../../admin/src/admin.css';

export function RulesTab() {
  return (
    <div data-testid="rules-tab">
      <AdminApp now={() => new Date()} place="async-cab-page" />
    </div>
  );
}
