import { type EntityDefinition } from './entity-definitions';
import { badRequest, KvsErrorCode } from './kvs-errors';
import { ENTITY_NAME_PATTERN, KVS_LIMITS } from './kvs-limits';

/** Where an item lives: the plain KVS, the secret store, or one custom entity. Namespaces never mix. */
export type KvsSpace =
  | { kind: 'kvs'; namespace: 'kvs' }
  | { kind: 'secret'; namespace: 'secret' }
  | { kind: 'entity'; namespace: string; definition: EntityDefinition };

export const KVS_SPACE: KvsSpace = { kind: 'kvs', namespace: 'kvs' };
export const SECRET_SPACE: KvsSpace = { kind: 'secret', namespace: 'secret' };

/**
 * Resolves an entity name against the manifest's declarations, with the entity-type errors of
 * entities-errorhandling. An undeclared but well-formed name is INVALID_ENTITY_TYPE as well [inferred].
 */
export function entitySpace(entities: ReadonlyMap<string, EntityDefinition>, entityName: string): KvsSpace {
  if (entityName.length < KVS_LIMITS.entityNameMin) {
    throw badRequest(
      KvsErrorCode.entityTypeTooShort,
      'The provided entity name needs to be at least 3 characters.',
    );
  }
  if (entityName.length > KVS_LIMITS.entityNameMax) {
    throw badRequest(
      KvsErrorCode.entityTypeTooLarge,
      'The provided entity name has exceeded the maximum 60 characters.',
    );
  }
  if (!ENTITY_NAME_PATTERN.test(entityName)) {
    throw badRequest(
      KvsErrorCode.invalidEntityType,
      `The provided entity name "${entityName}" is not valid.`,
    );
  }
  const definition = entities.get(entityName);
  if (definition === undefined) {
    throw badRequest(
      KvsErrorCode.invalidEntityType,
      `The entity "${entityName}" is not declared in manifest.yml (app.storage.entities).`,
    );
  }
  return { kind: 'entity', namespace: `entity:${entityName}`, definition };
}
