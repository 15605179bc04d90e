import { BY_KEY_INDEX, parseEntityDefinitions } from '../../../local/kvs';
import { TEST_MANIFEST } from './forge-kvs-harness';

const withEntities = (entities: unknown[]) => ({ app: { id: 'x', storage: { entities } } });

describe('parseEntityDefinitions (manifest app.storage.entities)', () => {
  it('given the test manifest, when parsed, then indexes include by-key, simple and named indexes', () => {
    const [ledger] = parseEntityDefinitions(TEST_MANIFEST);

    expect(ledger?.name).toBe('change-ledger');
    expect(ledger?.attributes).toMatchObject({ createdAt: 'integer', details: 'any' });
    expect(ledger?.indexes).toEqual([
      { name: BY_KEY_INDEX, partition: [], range: null },
      { name: 'status', partition: [], range: 'status' },
      { name: 'by-system-created', partition: ['system'], range: 'createdAt' },
      { name: 'by-system-status', partition: ['system', 'status'], range: 'createdAt' },
    ]);
  });

  it('given a manifest without storage, when parsed, then there are no entities', () => {
    expect(parseEntityDefinitions({ app: { id: 'x' } })).toEqual([]);
  });

  it.each([
    [
      'a reserved index name',
      [{ name: 'abc', attributes: { a: { type: 'string' } }, indexes: [{ name: 'by-key', range: ['a'] }] }],
    ],
    ['an index on an any attribute', [{ name: 'abc', attributes: { a: { type: 'any' } }, indexes: ['a'] }]],
    ['an index on an undeclared attribute', [{ name: 'abc', attributes: {}, indexes: ['a'] }]],
    ['an entity name too short', [{ name: 'ab', attributes: {} }]],
    [
      'a duplicate entity',
      [
        { name: 'abc', attributes: {} },
        { name: 'abc', attributes: {} },
      ],
    ],
    ['an unknown attribute type', [{ name: 'abc', attributes: { a: { type: 'date' } } }]],
  ])('given %s, when parsed, then it is rejected as forge deploy would', (_label, entities) => {
    expect(() => parseEntityDefinitions(withEntities(entities))).toThrow();
  });
});
