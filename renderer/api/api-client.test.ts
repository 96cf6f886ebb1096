import { describe, expect, it } from 'vitest';
import { buildApi, channelName } from '../../shared/ipc/contract';
import { ApiError, createApiClient } from './api-client';

describe('createApiClient', () => {
  const calls: { channel: string; args: unknown[] }[] = [];
  const remote = buildApi((channel, args) => {
    calls.push({ channel, args });
    if (channel === channelName('briefings', 'get')) {
      return Promise.resolve({ ok: false, error: { code: 'not-found', message: 'No briefing with id x.' } });
    }
    return Promise.resolve({ ok: true, value: [] });
  });
  const client = createApiClient(remote);

  it('calls the contract channel with the arguments and returns the value', async () => {
    await expect(client.briefings.list({ trashed: true })).resolves.toEqual([]);
    expect(calls.at(-1)).toEqual({ channel: 'briefing-desk:briefings.list', args: [{ trashed: true }] });
  });

  it('throws a failed call as an ApiError carrying the code and the plain message', async () => {
    const failure = client.briefings.get('x');
    await expect(failure).rejects.toBeInstanceOf(ApiError);
    await expect(failure).rejects.toMatchObject({ code: 'not-found', message: 'No briefing with id x.' });
  });
});
