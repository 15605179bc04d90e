import { viewerOf } from '../../../static/ui-kit/use-viewer';

// The bridge exists only inside a product's iframe; viewerOf reads the context it answered.
jest.mock('@forge/bridge', () => ({ view: { getContext: jest.fn() } }));

const BROWSER = { timeZone: 'UTC', locale: 'en-GB' };

describe('viewerOf: whose clock and language the UI shows times in', () => {
  it("takes the person's zone and language from the product's context", () => {
    expect(viewerOf({ timezone: 'America/New_York', locale: 'en-US' }, BROWSER)).toEqual({
      timeZone: 'America/New_York',
      locale: 'en-US',
    });
  });

  it('reads a locale written with an underscore', () => {
    expect(viewerOf({ timezone: 'Europe/Berlin', locale: 'de_DE' }, BROWSER).locale).toBe('de-DE');
  });

  it("falls back to the browser's for what is missing or unusable", () => {
    expect(viewerOf(undefined, BROWSER)).toEqual(BROWSER);
    expect(viewerOf({ timezone: 'Mars/Olympus', locale: '' }, BROWSER)).toEqual(BROWSER);
  });
});
