import { z } from 'zod';
import { isValidTimeZone } from '../clock';

/** GitHub's 'owner/name' form; owner up to 39 chars (GitHub's login limit), name up to 100. */
export const REPOSITORY_PATTERN = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})\/[A-Za-z0-9._-]{1,100}$/;

/** System keys are short, lower-case and URL-safe because they appear in JQL, labels and links. */
export const SYSTEM_KEY_PATTERN = /^[a-z][a-z0-9-]{1,39}$/;

export const repositorySchema = z.string().regex(REPOSITORY_PATTERN, {
  error: 'A repository must be written as owner/name, e.g. acme/payments-api.',
});

export const systemKeySchema = z.string().regex(SYSTEM_KEY_PATTERN, {
  error: (issue) =>
    `${JSON.stringify(issue.input)} is not a valid system key: use 2 to 40 lower-case letters, digits or '-', starting with a letter.`,
});

export const timeZoneSchema = z.string().refine(isValidTimeZone, {
  error: (issue) =>
    `${JSON.stringify(issue.input)} is not a known IANA time zone (e.g. Europe/London, America/New_York).`,
  params: { code: 'invalid-time-zone' },
});

export const httpsUrlSchema = z.url({
  protocol: /^https$/,
  error: (issue) => `${JSON.stringify(issue.input)} must be a full https:// link.`,
});
