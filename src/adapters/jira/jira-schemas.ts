/** The parts of Jira's responses the app reads, validated at the boundary (shapes: docs/platform-assumptions.md). */
import { z } from 'zod';

export const FieldListSchema = z.array(
  z.looseObject({
    id: z.string(),
    name: z.string(),
    schema: z.looseObject({ custom: z.string().optional() }).optional(),
  }),
);

const PersonSchema = z.looseObject({ accountId: z.string(), displayName: z.string().default('') });

export const IssueSchema = z.looseObject({
  id: z.string(),
  key: z.string(),
  self: z.string(),
  fields: z.looseObject({
    summary: z.string().default(''),
    description: z.unknown().optional(),
    status: z.looseObject({
      id: z.string(),
      name: z.string(),
      statusCategory: z.looseObject({ key: z.string() }).optional(),
    }),
    reporter: PersonSchema.nullable().optional(),
    created: z.string().default(''),
    project: z.looseObject({ key: z.string() }),
  }),
  properties: z.record(z.string(), z.unknown()).optional(),
});

export const TransitionsSchema = z.looseObject({
  transitions: z.array(
    z.looseObject({
      id: z.string(),
      name: z.string(),
      to: z.looseObject({ id: z.string(), name: z.string() }),
    }),
  ),
});

export const GroupMemberPageSchema = z.looseObject({
  isLast: z.boolean().optional(),
  values: z.array(PersonSchema),
});

export const CommentCreatedSchema = z.looseObject({ id: z.string() });

/** OpenAPI `getComment` (`Comment`): `body` is ADF in v3, read by the domain (readAdfDocument). */
export const CommentBodySchema = z.looseObject({ id: z.string(), body: z.unknown().optional() });

/** OpenAPI `getComments` (`PageOfComments`): `comments[].body` is ADF in v3. */
export const CommentPageSchema = z.looseObject({
  startAt: z.number().default(0),
  total: z.number().optional(),
  comments: z.array(z.looseObject({ id: z.string(), body: z.unknown().optional() })),
});

export const PermissionsSchema = z.looseObject({
  permissions: z.record(z.string(), z.looseObject({ havePermission: z.boolean() })),
});

export const GroupPickerSchema = z.looseObject({
  groups: z.array(z.looseObject({ name: z.string(), groupId: z.string() })),
});
