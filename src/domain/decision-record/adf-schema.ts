import { z } from 'zod';

/**
 * The subset of Atlassian Document Format (ADF, doc version 1) that decision records emit, as strict zod
 * schemas so tests can prove that every record we produce is well formed. Node and mark rules follow the
 * ADF reference (developer.atlassian.com/cloud/jira/platform/apis/document/structure):
 * - text nodes are non-empty; `code` may be combined only with `link`; a mark type appears at most once;
 * - a listItem starts with a paragraph; lists, tables, rows and cells are never empty;
 * - panel types are info | note | success | warning | error.
 * We also require what our builders guarantee: no control characters inside text (line breaks are
 * `hardBreak` nodes) and http(s) links only.
 */

// eslint-disable-next-line no-control-regex -- finding control characters is the purpose of this pattern
const CONTROL_CHARACTERS = /[\u0000-\u001f\u007f]/;

export const AdfStrongMarkSchema = z.strictObject({ type: z.literal('strong') });
export const AdfEmMarkSchema = z.strictObject({ type: z.literal('em') });
export const AdfCodeMarkSchema = z.strictObject({ type: z.literal('code') });
export const AdfLinkMarkSchema = z.strictObject({
  type: z.literal('link'),
  attrs: z.strictObject({
    href: z.url({ protocol: /^https?$/, error: 'A link must be an absolute http(s) URL.' }),
    title: z.string().exactOptional(),
  }),
});

export const AdfMarkSchema = z.discriminatedUnion('type', [
  AdfStrongMarkSchema,
  AdfEmMarkSchema,
  AdfCodeMarkSchema,
  AdfLinkMarkSchema,
]);

const AdfMarksSchema = z.array(AdfMarkSchema).superRefine((marks, context) => {
  const types = marks.map((mark) => mark.type);
  if (new Set(types).size !== types.length) {
    context.addIssue({ code: 'custom', message: 'A mark type may appear only once on a text node.' });
  }
  if (types.includes('code') && types.some((type) => type !== 'code' && type !== 'link')) {
    context.addIssue({ code: 'custom', message: 'The code mark may be combined only with link.' });
  }
});

export const AdfTextSchema = z.strictObject({
  type: z.literal('text'),
  text: z
    .string()
    .min(1, { error: 'A text node must not be empty.' })
    .refine((text) => !CONTROL_CHARACTERS.test(text), {
      error: 'Text must not contain control characters; use hardBreak for line breaks.',
    }),
  marks: AdfMarksSchema.exactOptional(),
});

export const AdfHardBreakSchema = z.strictObject({ type: z.literal('hardBreak') });

export const AdfInlineSchema = z.discriminatedUnion('type', [AdfTextSchema, AdfHardBreakSchema]);

export const AdfParagraphSchema = z.strictObject({
  type: z.literal('paragraph'),
  content: z.array(AdfInlineSchema),
});

export const AdfHeadingSchema = z.strictObject({
  type: z.literal('heading'),
  attrs: z.strictObject({ level: z.int().min(1).max(6) }),
  content: z.array(AdfInlineSchema),
});

export const AdfListItemSchema = z.strictObject({
  type: z.literal('listItem'),
  content: z.tuple([AdfParagraphSchema], AdfParagraphSchema),
});

export const AdfBulletListSchema = z.strictObject({
  type: z.literal('bulletList'),
  content: z.array(AdfListItemSchema).min(1, { error: 'A bulletList needs at least one listItem.' }),
});

const AdfCellContentSchema = z
  .array(z.discriminatedUnion('type', [AdfParagraphSchema, AdfBulletListSchema]))
  .min(1, { error: 'A table cell needs at least one block.' });

export const AdfTableHeaderSchema = z.strictObject({
  type: z.literal('tableHeader'),
  content: AdfCellContentSchema,
});
export const AdfTableCellSchema = z.strictObject({
  type: z.literal('tableCell'),
  content: AdfCellContentSchema,
});

export const AdfTableRowSchema = z.strictObject({
  type: z.literal('tableRow'),
  content: z
    .array(z.discriminatedUnion('type', [AdfTableHeaderSchema, AdfTableCellSchema]))
    .min(1, { error: 'A tableRow needs at least one cell.' }),
});

export const AdfTableSchema = z
  .strictObject({
    type: z.literal('table'),
    attrs: z.strictObject({
      isNumberColumnEnabled: z.boolean(),
      layout: z.enum(['default', 'wide', 'full-width']),
    }),
    content: z.array(AdfTableRowSchema).min(1, { error: 'A table needs at least one row.' }),
  })
  .refine((table) => new Set(table.content.map((row) => row.content.length)).size === 1, {
    error: 'Every row of a table must have the same number of cells.',
  });

export const PANEL_TYPES = ['info', 'note', 'success', 'warning', 'error'] as const;

export const AdfPanelSchema = z.strictObject({
  type: z.literal('panel'),
  attrs: z.strictObject({ panelType: z.enum(PANEL_TYPES) }),
  content: z
    .array(z.discriminatedUnion('type', [AdfParagraphSchema, AdfHeadingSchema, AdfBulletListSchema]))
    .min(1, { error: 'A panel needs at least one block.' }),
});

export const AdfRuleSchema = z.strictObject({ type: z.literal('rule') });

export const AdfBlockSchema = z.discriminatedUnion('type', [
  AdfParagraphSchema,
  AdfHeadingSchema,
  AdfBulletListSchema,
  AdfTableSchema,
  AdfPanelSchema,
  AdfRuleSchema,
]);

export const AdfDocumentSchema = z.strictObject({
  type: z.literal('doc'),
  version: z.literal(1),
  content: z.array(AdfBlockSchema),
});

export type AdfMark = z.infer<typeof AdfMarkSchema>;
export type AdfText = z.infer<typeof AdfTextSchema>;
export type AdfInline = z.infer<typeof AdfInlineSchema>;
export type AdfParagraph = z.infer<typeof AdfParagraphSchema>;
export type AdfHeading = z.infer<typeof AdfHeadingSchema>;
export type AdfListItem = z.infer<typeof AdfListItemSchema>;
export type AdfBulletList = z.infer<typeof AdfBulletListSchema>;
export type AdfTableHeader = z.infer<typeof AdfTableHeaderSchema>;
export type AdfTableCell = z.infer<typeof AdfTableCellSchema>;
export type AdfTableRow = z.infer<typeof AdfTableRowSchema>;
export type AdfTable = z.infer<typeof AdfTableSchema>;
export type AdfPanel = z.infer<typeof AdfPanelSchema>;
export type AdfPanelType = (typeof PANEL_TYPES)[number];
export type AdfRule = z.infer<typeof AdfRuleSchema>;
export type AdfBlock = z.infer<typeof AdfBlockSchema>;
export type AdfDocument = z.infer<typeof AdfDocumentSchema>;
