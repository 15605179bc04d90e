import { APP, arr, as, makeStandIn, manifestCustomFields, obj, USERS } from './stand-in-fixture';

/** OpenAPI `getFields`: fields a caller may not view (not in a project they can browse) are left out. */
describe('GET /rest/api/3/field answers per caller', () => {
  const ids = async (caller: Parameters<ReturnType<typeof makeStandIn>['call']>[2]) => {
    const h = makeStandIn({ customFields: manifestCustomFields() });
    const result = await h.call('GET', '/rest/api/3/field', caller);
    return arr(result.json).map((field) => obj(field));
  };

  it('gives the app and agents every field, the app’s Forge fields included', async () => {
    for (const caller of [APP, as(USERS.morgan)]) {
      const fields = await ids(caller);
      expect(
        fields.some((field) => String(obj(field['schema'])['custom']).endsWith('/static/cab-risk')),
      ).toBe(true);
      expect(fields.some((field) => field['name'] === 'Approver groups')).toBe(true);
    }
  });

  it('gives the portal customers of the desk its custom fields (portal access browses the project)', async () => {
    const fields = await ids(as(USERS.riley));
    expect(fields.some((field) => String(obj(field['schema'])['custom']).endsWith('/static/cab-risk'))).toBe(
      true,
    );
  });

  it('gives someone with no access to any project the system fields but no custom field', async () => {
    const h = makeStandIn({ customFields: manifestCustomFields() });
    // A portal-only customer account that no service desk lists
    h.db
      .prepare(
        `INSERT INTO jira_users (account_id, display_name, email, account_type, time_zone, active)
         VALUES ('712020:5e0c1d2a-0000-4000-8000-000000000099', 'Kim Outsider', 'kim@elsewhere.example', 'customer', 'UTC', 1)`,
      )
      .run();
    h.db
      .prepare(
        `INSERT INTO jira_user_licences (account_id, licence) VALUES ('712020:5e0c1d2a-0000-4000-8000-000000000099', 'customer')`,
      )
      .run();
    const result = await h.call(
      'GET',
      '/rest/api/3/field',
      as('712020:5e0c1d2a-0000-4000-8000-000000000099'),
    );
    const fields = arr(result.json).map((field) => obj(field));
    expect(fields.some((field) => field['id'] === 'summary')).toBe(true);
    expect(
      fields.filter(
        (field) => field['custom'] === true && field['navigable'] === true && field['orderable'] === true,
      ),
    ).toEqual([]);
  });
});
