import { type EntityAttributeType, type EntityDefinition } from './entity-definitions';
import { badRequest, KvsErrorCode } from './kvs-errors';

const INT32_MIN = -2_147_483_648;
const INT32_MAX = 2_147_483_647;
/** Float range of entities-manifest#values: 0, or 1E-130 .. 9.99…E+125 in absolute value. */
const FLOAT_MIN_ABS = 1e-130;
const FLOAT_MAX_ABS = 1e126;

/**
 * The Custom Entity Store "strictly enforces attribute types" (entities-manifest#values). Attributes not
 * declared in the manifest are rejected too: accepting them here could hide a manifest omission that the
 * real service would answer with an error, while rejecting costs only a manifest line.
 */
export function assertEntityValue(definition: EntityDefinition, value: unknown): void {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw invalid(`Entity "${definition.name}" values must be objects.`);
  }
  for (const [attribute, attributeValue] of Object.entries(value)) {
    const type = definition.attributes[attribute];
    if (type === undefined) {
      throw invalid(`Attribute "${attribute}" is not declared for entity "${definition.name}".`);
    }
    if (!matchesType(type, attributeValue)) {
      throw invalid(`Attribute "${attribute}" of entity "${definition.name}" must be of type ${type}.`);
    }
  }
}

function matchesType(type: EntityAttributeType, value: unknown): boolean {
  switch (type) {
    case 'string':
      return typeof value === 'string' && value.trim().length > 0;
    case 'integer':
      return typeof value === 'number' && Number.isInteger(value) && value >= INT32_MIN && value <= INT32_MAX;
    case 'float':
      return (
        typeof value === 'number' &&
        Number.isFinite(value) &&
        (value === 0 || (Math.abs(value) >= FLOAT_MIN_ABS && Math.abs(value) < FLOAT_MAX_ABS))
      );
    case 'boolean':
      return typeof value === 'boolean';
    case 'any':
      return value !== undefined;
  }
}

function invalid(message: string) {
  return badRequest(KvsErrorCode.invalidEntityValue, message);
}
