import { describe, expect, it } from 'vitest';
import { buildApi, channelName } from '../../shared/ipc/contract';
import { createTranslator } from '../../shared/i18n/translator';
import { ApiError, createApiClient, errorMessage, setErrorLanguage } from './api-client';

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

describe('errorMessage', () => {
  it('says a service’s sentence in the interface language when it came with a catalog id, clauses included', () => {
    const full = new ApiError('storage', 'The disk is full: the briefing could not be saved. Free some space; your text is still on screen.', {
      id: 'storage.full',
      values: { action: { id: 'storage.briefingSave' } },
    });
    expect(errorMessage(full)).toBe(full.message);
    try {
      setErrorLanguage(createTranslator('ru'));
      expect(errorMessage(full)).toBe('Диск заполнен: не удалось сохранить брифинг. Освободите место; ваш текст по-прежнему на экране.');
      // A sentence without an id (an older service, a page's own error) is shown as it came.
      expect(errorMessage(new ApiError('not-found', 'No briefing with id x.'))).toBe('No briefing with id x.');
    } finally {
      setErrorLanguage(undefined);
    }
  });
});
