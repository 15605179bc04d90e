import { handleKvsRequest } from '../../../local/kvs';
import { installForgeKvs, type KvsTestContext } from './forge-kvs-harness';

/** Wire-level cases the typed SDK cannot produce, sent as the raw POST bodies the service would receive. */
describe('KVS wire protocol (handleKvsRequest)', () => {
  let ctx: KvsTestContext;
  beforeEach(() => {
    ctx = installForgeKvs();
  });
  afterEach(() => {
    ctx.dispose();
  });

  const post = (path: string, body: unknown) =>
    handleKvsRequest(ctx.store, path, { method: 'POST', body: JSON.stringify(body) });

  it('given an unknown metadata field, when get asks for it, then 400 BAD_REQUEST as the SDK tests show', async () => {
    const response = await post('/api/v1/get', {
      key: 'k',
      options: { metadataFields: ['INVALID_METADATA_FIELD'] },
    });

    expect(response.status).toBe(400);
    expect(JSON.parse(response.body)).toMatchObject({ code: 'BAD_REQUEST' });
  });

  it('given returnValue with FAIL_IF_EXISTS, when set, then 400 BAD_REQUEST and nothing is written', async () => {
    const response = await post('/api/v1/set', {
      key: 'k',
      value: 1,
      options: { keyPolicy: 'FAIL_IF_EXISTS', returnValue: 'LATEST' },
    });

    expect(response.status).toBe(400);
    expect((await post('/api/v1/get', { key: 'k' })).status).toBe(404);
  });

  it('given a body that is not JSON, when posted, then 400 BAD_REQUEST', async () => {
    const response = await handleKvsRequest(ctx.store, '/api/v1/set', { method: 'POST', body: '{not json' });

    expect(response.status).toBe(400);
    expect(JSON.parse(response.body)).toEqual({
      code: 'BAD_REQUEST',
      message: 'Provided request body is invalid',
    });
  });

  it('given a set without a value, when posted, then 400 BAD_REQUEST', async () => {
    expect((await post('/api/v1/set', { key: 'k' })).status).toBe(400);
  });

  it('given an unknown path, when posted, then 404 with a code and message', async () => {
    const response = await post('/api/v1/nope', {});

    expect(response.status).toBe(404);
    expect(JSON.parse(response.body)).toMatchObject({ code: 'NOT_FOUND' });
  });

  it('given a missing key, when read, then 404 KEY_NOT_FOUND with the service message', async () => {
    const response = await post('/api/v1/get', { key: 'missing' });

    expect(response).toMatchObject({ status: 404 });
    expect(JSON.parse(response.body)).toEqual({
      code: 'KEY_NOT_FOUND',
      message: 'Provided key does not exist',
    });
  });

  it('given a plain write, when set, then 204 with an empty body', async () => {
    await expect(post('/api/v1/set', { key: 'k', value: 1 })).resolves.toEqual({
      status: 204,
      headers: {},
      body: '',
    });
  });
});
