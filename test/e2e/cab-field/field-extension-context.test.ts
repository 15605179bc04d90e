import { readFieldExtensionContext } from '../../../static/cab-answers/field-extension-context';

const FALLBACKS = { timeZone: 'UTC', locale: 'en-GB' };

describe('readFieldExtensionContext: what a field experience learns from view.getContext()', () => {
  it('reads the field from the module key and the portal request type as a string', () => {
    // Given the context Jira gives the change window's edit experience on the portal
    const context = {
      moduleKey: 'cab-change-window',
      timezone: 'America/New_York',
      locale: 'en-US',
      extension: {
        type: 'jira:customField',
        fieldValue: { start: '2026-12-03T14:00:00Z', end: '2026-12-03T16:00:00Z', timeZone: 'UTC' },
        renderContext: 'portal-request',
        portal: { id: 1 },
        request: { typeId: 10 },
      },
    };

    // Then the editor knows the field, its value, where it is shown and which request type asks
    expect(readFieldExtensionContext(context, FALLBACKS)).toEqual({
      field: 'changeWindow',
      moduleKey: 'cab-change-window',
      fieldValue: { start: '2026-12-03T14:00:00Z', end: '2026-12-03T16:00:00Z', timeZone: 'UTC' },
      renderContext: 'portal-request',
      requestTypeId: '10',
      timeZone: 'America/New_York',
      locale: 'en-US',
    });
  });

  it('treats a missing or undefined value as none, and has no request type outside the portal', () => {
    const read = readFieldExtensionContext(
      { moduleKey: 'cab-risk', extension: { renderContext: 'issue-create', fieldValue: undefined } },
      FALLBACKS,
    );
    expect(read.fieldValue).toBeNull();
    expect(read.requestTypeId).toBeNull();
    expect(
      readFieldExtensionContext({ moduleKey: 'cab-risk', extension: {} }, FALLBACKS).fieldValue,
    ).toBeNull();
  });

  it('falls back to `experience` when there is no render context, and to null for unknown ones', () => {
    expect(
      readFieldExtensionContext({ moduleKey: 'cab-risk', extension: { experience: 'issue-view' } }, FALLBACKS)
        .renderContext,
    ).toBe('issue-view');
    expect(
      readFieldExtensionContext({ moduleKey: 'cab-risk', extension: { renderContext: 'board' } }, FALLBACKS)
        .renderContext,
    ).toBeNull();
  });

  it('knows no field for another module, and survives a context without an extension', () => {
    const read = readFieldExtensionContext({ moduleKey: 'cab-approval-panel' }, FALLBACKS);
    expect(read.field).toBeNull();
    expect(read.renderContext).toBeNull();
    expect(readFieldExtensionContext(null, FALLBACKS).field).toBeNull();
  });

  it("uses the fallbacks for an unknown time zone or locale, and accepts Atlassian's en_GB form", () => {
    const read = readFieldExtensionContext(
      { moduleKey: 'cab-risk', timezone: 'Mars/Olympus_Mons', locale: 'not a locale!', extension: {} },
      FALLBACKS,
    );
    expect(read.timeZone).toBe('UTC');
    expect(read.locale).toBe('en-GB');
    expect(readFieldExtensionContext({ locale: 'en_AU', extension: {} }, FALLBACKS).locale).toBe('en-AU');
  });
});
