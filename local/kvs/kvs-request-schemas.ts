import { z } from 'zod';

/**
 * Request bodies exactly as @forge/kvs 1.6.5 sends them (out/storage-api.js, kvs.js, entity.js, query.js,
 * entity-query.js, utils/transaction-request-builder.js). Unknown metadata fields are rejected with
 * BAD_REQUEST, as the SDK's tests show the service doing.
 */
export const metadataFieldSchema = z.enum(['CREATED_AT', 'UPDATED_AT', 'EXPIRE_TIME']);
export type MetadataFieldName = z.infer<typeof metadataFieldSchema>;

const keySchema = z.string();
const entityNameSchema = z.string();
const ttlSchema = z.object({ value: z.number(), unit: z.enum(['SECONDS', 'MINUTES', 'HOURS', 'DAYS']) });

export const getOptionsSchema = z.object({ metadataFields: z.array(metadataFieldSchema).optional() });

export const setOptionsSchema = z.object({
  ttl: ttlSchema.optional(),
  keyPolicy: z.enum(['OVERRIDE', 'FAIL_IF_EXISTS']).optional(),
  returnValue: z.enum(['PREVIOUS', 'LATEST']).optional(),
  returnMetadataFields: z.array(metadataFieldSchema).optional(),
});
export type SetOptions = z.infer<typeof setOptionsSchema>;

const conditionSchema = z.object({ condition: z.string(), values: z.array(z.unknown()) });
const propertyConditionSchema = conditionSchema.extend({ property: z.string() });
export const filterGroupSchema = z.object({
  and: z.array(propertyConditionSchema).optional(),
  or: z.array(propertyConditionSchema).optional(),
});

export const getRequestSchema = z.object({ key: keySchema, options: getOptionsSchema.optional() });
export const entityGetRequestSchema = getRequestSchema.extend({ entityName: entityNameSchema });

export const setRequestSchema = z.object({
  key: keySchema,
  value: z.unknown(),
  options: setOptionsSchema.optional(),
});
export const entitySetRequestSchema = setRequestSchema.extend({ entityName: entityNameSchema });

export const deleteRequestSchema = z.object({ key: keySchema });
export const entityDeleteRequestSchema = deleteRequestSchema.extend({ entityName: entityNameSchema });

export const queryRequestSchema = z.object({
  limit: z.number().optional(),
  after: z.string().optional(),
  where: z.array(propertyConditionSchema).optional(),
  options: getOptionsSchema.optional(),
});

export const entityQueryRequestSchema = z.object({
  entityName: entityNameSchema,
  indexName: z.string(),
  partition: z.array(z.unknown()).optional(),
  range: conditionSchema.optional(),
  filters: filterGroupSchema.optional(),
  sort: z.enum(['ASC', 'DESC']).optional(),
  limit: z.number().optional(),
  cursor: z.string().optional(),
  options: getOptionsSchema.optional(),
});
export type EntityQueryRequest = z.infer<typeof entityQueryRequestSchema>;

const ttlOnlyOptionsSchema = z.object({ ttl: ttlSchema.optional() });

export const batchSetRequestSchema = z.array(
  z.object({
    entityName: entityNameSchema.optional(),
    key: keySchema,
    value: z.unknown(),
    options: ttlOnlyOptionsSchema.optional(),
  }),
);
export const batchGetRequestSchema = z.array(
  z.object({ entityName: entityNameSchema.optional(), key: keySchema, options: getOptionsSchema.optional() }),
);
export const batchDeleteRequestSchema = z.array(
  z.object({ entityName: entityNameSchema.optional(), key: keySchema }),
);

export const transactionRequestSchema = z.object({
  set: z
    .array(
      z.object({
        key: keySchema,
        value: z.unknown(),
        entityName: entityNameSchema.optional(),
        conditions: filterGroupSchema.optional(),
        options: ttlOnlyOptionsSchema.optional(),
      }),
    )
    .optional(),
  delete: z
    .array(
      z.object({
        key: keySchema,
        entityName: entityNameSchema.optional(),
        conditions: filterGroupSchema.optional(),
      }),
    )
    .optional(),
  check: z
    .array(
      z.object({ key: keySchema, entityName: entityNameSchema.optional(), conditions: filterGroupSchema }),
    )
    .optional(),
});
export type TransactionRequest = z.infer<typeof transactionRequestSchema>;
