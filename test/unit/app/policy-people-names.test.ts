import { MAX_NAMED_PEOPLE, withPeopleNames } from '../../../src/app/policy-people-names';
import type { PolicyView } from '../../../src/shared';
import { makePolicy } from '../../factories/make-policy';

const viewWith = (githubLogins: Record<string, string>, updatedBy: string | null): PolicyView => {
  const policy = makePolicy();
  return {
    policy: { ...policy, repositories: { ...policy.repositories, githubLogins } },
    yaml: '',
    revision: 1,
    updatedAt: null,
    updatedBy,
    canEdit: true,
    readOnlyReason: null,
    canChangeEditors: true,
  };
};

describe('people named in the policy view', () => {
  it('names who saved it and every mapped person, each account looked up once', async () => {
    const asked: string[] = [];
    const people = {
      person: (accountId: string) => {
        asked.push(accountId);
        return Promise.resolve({ accountId, displayName: `Name of ${accountId}` });
      },
    };

    const view = await withPeopleNames(
      people,
      viewWith({ 'dev-patel': 'acc-2', devp: 'acc-2', dana: 'acc-1' }, 'acc-1'),
    );

    expect(view.updatedByName).toBe('Name of acc-1');
    expect(view.peopleNames).toEqual({ 'acc-1': 'Name of acc-1', 'acc-2': 'Name of acc-2' });
    expect(asked.sort()).toEqual(['acc-1', 'acc-2']);
  });

  it('leaves out a person the lookup fails for or does not find, and looks up at most the bound', async () => {
    const logins = Object.fromEntries(
      Array.from({ length: MAX_NAMED_PEOPLE + 5 }, (_, i) => [`login-${String(i)}`, `acc-${String(i)}`]),
    );
    let calls = 0;
    const people = {
      person: (accountId: string) => {
        calls += 1;
        if (accountId === 'acc-0') return Promise.reject(new Error('Jira is down'));
        return Promise.resolve(
          accountId === 'acc-1' ? null : { accountId, displayName: accountId.toUpperCase() },
        );
      },
    };

    const view = await withPeopleNames(people, viewWith(logins, null));

    expect(calls).toBe(MAX_NAMED_PEOPLE);
    expect(view.updatedByName).toBeNull();
    expect(view.peopleNames?.['acc-0']).toBeUndefined();
    expect(view.peopleNames?.['acc-1']).toBeUndefined();
    expect(view.peopleNames?.['acc-2']).toBe('ACC-2');
  });
});
