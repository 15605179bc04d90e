import { z } from 'zod';

function isRegexSource(source: string): boolean {
  try {
    new RegExp(source);
    return true;
  } catch {
    return false;
  }
}

/** A fault's `pathPattern`: a regular expression source matched against the request path. */
const PathPatternSchema = z
  .string()
  .min(1)
  .refine(
    isRegexSource,
    'pathPattern must be a JavaScript regular expression, such as "^/rest/api/3/issue".',
  );

export const AdvanceClockSchema = z
  .object({
    advanceMinutes: z
      .number({ error: 'advanceMinutes must be a number of minutes.' })
      .min(0, 'The clock only moves forward: advanceMinutes must be 0 or more.')
      .max(60 * 24 * 366, 'Advance at most one year at a time.'),
  })
  .strict();

export const FaultsSchema = z
  .object({
    clear: z.boolean().optional(),
    rateLimit: z
      .object({
        count: z.number().int().min(1).optional(),
        pathPattern: PathPatternSchema.optional(),
        retryAfterSeconds: z.number().int().min(0).max(3600).optional(),
        reason: z
          .enum([
            'jira-quota-global-based',
            'jira-quota-tenant-based',
            'jira-burst-based',
            'jira-per-issue-on-write',
          ])
          .optional(),
      })
      .strict()
      .optional(),
    serverError: z
      .object({
        // Without a count: an outage, every matching request until cleared.
        count: z.number().int().min(1).optional(),
        status: z.union([z.literal(500), z.literal(503)]).optional(),
        pathPattern: PathPatternSchema.optional(),
      })
      .strict()
      .optional(),
    // A local test setting, not a Jira behaviour (docs/platform-assumptions.md, "Jira stand-in: random-share faults").
    random: z
      .object({
        share: z.number().min(0).max(1),
        statuses: z
          .array(z.union([z.literal(429), z.literal(500), z.literal(503)]))
          .min(1)
          .optional(),
        seed: z.number().int().optional(),
        pathPattern: PathPatternSchema.optional(),
        retryAfterSeconds: z.number().int().min(0).max(3600).optional(),
      })
      .strict()
      .optional(),
    latencyMs: z.number().int().min(0).max(60_000).optional(),
    perIssueWriteLimit: z.boolean().optional(),
  })
  .strict();

export const CheckRunSchema = z
  .object({
    repository: z.string().regex(/^[\w.-]+\/[\w.-]+$/, 'repository must be "owner/name".'),
    sha: z.string().regex(/^[0-9a-f]{40}$/, 'sha must be a 40-character hex commit SHA.'),
    name: z.string().min(1),
    status: z.enum(['queued', 'in_progress', 'completed']).default('completed'),
    conclusion: z
      .enum(['success', 'failure', 'neutral', 'cancelled', 'skipped', 'timed_out', 'action_required'])
      .nullable()
      .default('success'),
  })
  .strict();

/** `POST /_local/email`: an email to the demo service desk's connected address (JSM's email channel). */
export const EmailSchema = z
  .object({
    from: z.string().trim().min(3, "from must be the sender's email address."),
    subject: z.string({ error: 'subject is required: it becomes the Summary.' }),
    body: z.string().default(''),
    requestTypeId: z
      .string()
      .regex(/^[0-9]+$/, 'requestTypeId must be a request type id such as "10".')
      .optional(),
  })
  .strict();

/** `GET /_local/jira-calls?since=<n>&issueKey=<key>`: the app's Jira calls numbered above `n`, for one issue. */
export const JiraCallsQuerySchema = z.object({
  since: z
    .string()
    .regex(/^[0-9]+$/, 'since must be the number of a call already read (0 or more).')
    .transform(Number)
    .optional(),
  issueKey: z
    .string()
    .regex(/^[A-Z][A-Z0-9_]*-[0-9]+$/, 'issueKey must be an issue key such as "CHG-1".')
    .optional(),
});
