import { randomUUID } from 'node:crypto';
import { defaultAppSettings } from '../../shared/document/app-settings';
import { describe, expect, it, vi } from 'vitest';
import type { SaveBriefingRequest } from '../../shared/ipc/briefing-service';
import { channelName, type Services } from '../../shared/ipc/contract';
import { sayLocalised, ServiceError, type IpcResult } from '../../shared/ipc/ipc-result';
import { createTranslator } from '../../shared/i18n/translator';
import { createIpcInvoker } from './ipc-invoker';

/** Methods these tests never call. */
const notCalled = async (): Promise<never> => {
  throw new Error('not called in these tests');
};

// A small stand-in for the handler table: the real storage behind it is tested in electron/storage.
function fakeServices() {
  const save = vi.fn(async (request: SaveBriefingRequest) => ({ id: request.id, revision: request.baseRevision + 1, updatedAt: '2025-11-21T10:00:00.000Z' }));
  const list = vi.fn(async () => []);
  const services: Services = {
    briefings: {
      list,
      get: async (id) => {
        throw new ServiceError('not-found', `No briefing with id "${id}".`);
      },
      create: async () => {
        throw new Error('SQLITE_MISUSE: statement finalized at /home/me/briefing-store.ts:42');
      },
      save,
      moveToTrash: () => {
        throw new TypeError('synchronous throw from a method that forgot to be async');
      },
      search: notCalled,
      organisations: notCalled,
      restoreFromTrash: notCalled,
      deleteForever: notCalled,
      duplicate: notCalled,
      exportFile: notCalled,
      importFile: notCalled,
      saveFile: notCalled,
      openFile: notCalled,
      changeStatus: notCalled,
    },
    history: { list: notCalled, get: notCalled, saveVersion: notCalled, restore: notCalled },
    library: { status: notCalled, recover: notCalled, backups: notCalled, backUp: notCalled, restoreBackup: notCalled, check: notCalled },
    templates: {
      list: async () => [],
      get: async (id) => {
        throw new ServiceError('not-found', `No template with id "${id}".`);
      },
      saveFromBriefing: async () => {
        throw new ServiceError('not-found', 'No briefing.');
      },
      rename: async () => {
        throw new ServiceError('invalid-argument', 'Built-in templates cannot be renamed.');
      },
      remove: async () => undefined,
      restore: async (id) => {
        throw new ServiceError('not-found', `No deleted template with id "${id}".`);
      },
    },
    lifecycle: { closeWindow: async () => undefined, showingBriefing: notCalled, openInNewWindow: notCalled, recentBriefings: async () => [] },
    settings: {
      get: async () => defaultAppSettings,
      update: async () => defaultAppSettings,
    },
    export: {
      toFile: async () => ({ status: 'cancelled' }),
      familyToFiles: async () => ({ status: 'cancelled' }),
      copyAsFormattedText: async () => undefined,
      previewPdf: notCalled,
      openExported: notCalled,
      showExportedInFolder: notCalled,
    },
    shell: { openLink: async () => false, setSpellcheckLanguage: async () => undefined },
    import: { previewDocx: async () => null, createFromDocx: async () => Promise.reject(new Error('not used')), discardDocx: async () => undefined },
    directory: {
      list: notCalled,
      savePerson: notCalled,
      removePerson: notCalled,
      saveOrganisation: notCalled,
      removeOrganisation: notCalled,
      importFile: notCalled,
      exportFile: notCalled,
      importInvite: notCalled,
    },
    versions: { versionsOf: notCalled, translate: notCalled, markUpToDate: notCalled, changeFamilyStatus: notCalled },
    spelling: { acceptedWords: notCalled, addWord: notCalled, removeWord: notCalled, libraryLanguages: notCalled },
    team: { status: notCalled, testConnection: notCalled, connect: notCalled, sync: notCalled, conflicts: notCalled, resolve: notCalled, deleteForever: notCalled, disconnect: notCalled, addPerson: notCalled, people: notCalled, changePerson: notCalled, removePerson: notCalled },
    pictures: { choosePicture: notCalled, addPicture: notCalled, pictureBytes: notCalled, describePictures: notCalled },
  };
  return { services, save, list };
}

function errorOf(result: IpcResult<unknown>) {
  if (result.ok) throw new Error(`expected a failure, got ${JSON.stringify(result.value)}`);
  return result.error;
}

const section = (children: unknown) => ({ type: 'section', sectionId: 'summary', heading: '', guidance: '', required: false, locked: false, children });

describe('createIpcInvoker', () => {
  it('calls the service with the parsed arguments and returns its value', async () => {
    const { services, save } = fakeServices();
    const invoke = createIpcInvoker(services);
    const id = randomUUID();
    const request = {
      id,
      baseRevision: 3,
      title: 'Readout: Prime Minister Əli Əsədov meets ITU Secretary-General',
      body: [section([{ type: 'paragraph', children: [{ text: 'Стороны подчеркнули … ə ğ ı İ ş ç ö ü' }] }])],
    };

    const result = await invoke(channelName('briefings', 'save'), [request]);

    expect(result).toEqual({ ok: true, value: { id, revision: 4, updatedAt: '2025-11-21T10:00:00.000Z' } });
    expect(save).toHaveBeenCalledWith(request);
  });

  it('answers an unknown channel with unknown-method, including names inherited from Object.prototype', async () => {
    const { services } = fakeServices();
    const invoke = createIpcInvoker(services);
    const channels: unknown[] = [
      channelName('briefings', 'drop'),
      channelName('exports', 'pdf'),
      channelName('briefings', 'constructor'),
      channelName('briefings', 'hasOwnProperty'),
      channelName('__proto__', 'toString'),
      `${channelName('briefings', 'list')}.extra`,
      'briefings.list',
      '',
      42,
      undefined,
    ];
    for (const channel of channels) {
      const error = errorOf(await invoke(channel as string, []));
      expect(error.code, String(channel)).toBe('unknown-method');
    }
  });

  it('refuses arguments that are not a list', async () => {
    const { services, list } = fakeServices();
    const invoke = createIpcInvoker(services);
    for (const args of [undefined, null, {}, { 0: {}, length: 1 }, 'trashed']) {
      const error = errorOf(await invoke(channelName('briefings', 'list'), args));
      expect(error.code).toBe('invalid-argument');
      expect(error.message).toContain('briefings.list');
    }
    expect(list).not.toHaveBeenCalled();
  });

  it('refuses arguments of the wrong type with a message naming the method and the field', async () => {
    const { services, save } = fakeServices();
    const invoke = createIpcInvoker(services);

    const wrongId = errorOf(await invoke(channelName('briefings', 'get'), [42]));
    expect(wrongId.code).toBe('invalid-argument');
    expect(wrongId.message).toMatch(/^Invalid argument to briefings\.get: /);

    const emptySection = errorOf(await invoke(channelName('briefings', 'save'), [{ id: randomUUID(), baseRevision: 1, body: [section([])] }]));
    expect(emptySection.code).toBe('invalid-argument');
    expect(emptySection.message).toMatch(/^Invalid argument to briefings\.save: body\.0\.children — /);

    // The window's interface language, for a built-in template's words: only a language with a catalog.
    const noCatalog = errorOf(await invoke(channelName('templates', 'saveFromBriefing'), [{ briefingId: randomUUID(), name: 'Readout', keepContent: false, language: 'fr' }]));
    expect(noCatalog.code).toBe('invalid-argument');
    expect(noCatalog.message).toMatch(/^Invalid argument to templates\.saveFromBriefing: language — /);

    const tooMany = errorOf(await invoke(channelName('templates', 'list'), ['extra']));
    expect(tooMany.code).toBe('invalid-argument');
    expect(save).not.toHaveBeenCalled();
  });

  it('keeps messages short whatever the size of the bad input', async () => {
    const { services, save } = fakeServices();
    const invoke = createIpcInvoker(services);
    const huge = 'ə'.repeat(2_000_000);

    const results = [
      await invoke(channelName('briefings', 'save'), [{ id: randomUUID(), baseRevision: 1, title: huge }]),
      await invoke(channelName('briefings', 'save'), [{ id: randomUUID(), baseRevision: 1, [huge]: true }]),
      await invoke(channelName('briefings', 'get'), [huge]),
      await invoke(`briefing-desk:${huge}`, []),
    ];
    for (const result of results) {
      const error = errorOf(result);
      expect(['invalid-argument', 'unknown-method']).toContain(error.code);
      expect(error.message.length).toBeLessThanOrEqual(300);
    }
    expect(save).not.toHaveBeenCalled();
  });

  it('keeps a message on one line of whole characters when it echoes a hostile name (found by tests/fuzz)', async () => {
    const { services } = fakeServices();
    const invoke = createIpcInvoker(services);
    const results = [
      await invoke(`briefing-desk:\n\n${'\u0000'.repeat(50)}\u202eevil`, []),
      await invoke(channelName('briefings', 'list'), [{ 'line one\nline two\r\n\u2028': true }]),
      await invoke(`briefing-desk:${'x'.repeat(84)}${'\u{1D54F}'.repeat(20)}`, []),
      await invoke(channelName('briefings', 'list'), [{ [`${'\u{1D54F}'.repeat(200)}`]: true }]),
    ];
    for (const result of results) {
      const { message } = errorOf(result);
      // eslint-disable-next-line no-control-regex -- control characters are what must not be there
      expect(message).not.toMatch(/[\u0000-\u001f\u2028\u2029\u202e]/u);
      expect(message).not.toMatch(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/);
      expect(message.length).toBeLessThanOrEqual(300);
    }
    expect(errorOf(results[0] as IpcResult<unknown>).message).toBe('Briefing Desk has no method "briefing-desk: evil".');
  });

  it('never lets a prototype-changing key through to a service', async () => {
    const { services, save, list } = fakeServices();
    const invoke = createIpcInvoker(services);
    const id = randomUUID();
    // JSON.parse makes `__proto__` an own key, as a structured-clone or a page's JSON would.
    const attempts: { channel: string; args: unknown }[] = [
      { channel: channelName('briefings', 'list'), args: JSON.parse('[{"__proto__": {"polluted": true}}]') },
      { channel: channelName('briefings', 'list'), args: JSON.parse('[{"constructor": {"prototype": {"polluted": true}}}]') },
      { channel: channelName('briefings', 'save'), args: JSON.parse(`[{"id": "${id}", "baseRevision": 1, "fields": {"__proto__": {"polluted": true}}}]`) },
      { channel: channelName('briefings', 'save'), args: JSON.parse(`[{"id": "${id}", "baseRevision": 1, "fields": {"constructor": "x"}}]`) },
    ];
    for (const { channel, args } of attempts) {
      const result = await invoke(channel, args);
      // A record may drop `__proto__` silently; what matters is that nothing carrying it reaches the service.
      if (result.ok) continue;
      expect(result.error.code).toBe('invalid-argument');
    }
    for (const call of [...save.mock.calls, ...list.mock.calls]) {
      expect(JSON.stringify(call)).not.toMatch(/__proto__|constructor|polluted/);
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();

    const constructorField = errorOf(await invoke(channelName('briefings', 'save'), attempts[3]?.args));
    expect(constructorField.message).toBe('Invalid argument to briefings.save: fields.constructor is not an allowed name.');
  });

  it('carries a ServiceError’s catalog id and values, so the window says it in its own language', async () => {
    const { services } = fakeServices();
    const title = 'T'.repeat(1000);
    services.briefings.get = async () => {
      throw new ServiceError('storage', { id: 'errors.briefingDamaged', values: { title, part: 'body' } });
    };
    const failed = errorOf(await createIpcInvoker(services)(channelName('briefings', 'get'), [randomUUID()]));
    expect(failed.message).toMatch(/^The briefing “T+…$/u);
    expect(failed.localised?.id).toBe('errors.briefingDamaged');
    expect(failed.localised?.values?.part).toBe('body');
    // A long name is held to one short line in the values as in the message.
    const shownTitle = failed.localised?.values?.title;
    expect(typeof shownTitle === 'string' && shownTitle.length <= 300).toBe(true);
  });

  it('passes a ServiceError through with its own code and message', async () => {
    const { services } = fakeServices();
    const invoke = createIpcInvoker(services);
    const id = randomUUID();
    expect(await invoke(channelName('briefings', 'get'), [id])).toEqual({
      ok: false,
      error: { code: 'not-found', message: `No briefing with id "${id}".` },
    });
  });

  it('turns any other error into a generic internal error and logs the original', async () => {
    const { services } = fakeServices();
    const log = vi.fn((_error: unknown) => undefined);
    const invoke = createIpcInvoker(services, { log });

    const rejected = errorOf(await invoke(channelName('briefings', 'create'), [{ templateId: 'meeting-readout' }]));
    expect(rejected.code).toBe('internal');
    expect(rejected.message).toMatch(/^Something went wrong in Briefing Desk\./);
    expect(rejected.message).not.toMatch(/SQLITE|\/home/);
    const logged: unknown = log.mock.calls[0]?.[0];
    expect(logged).toBeInstanceOf(Error);
    expect((logged as Error).message).toContain('SQLITE_MISUSE');

    const thrown = errorOf(await invoke(channelName('briefings', 'moveToTrash'), [randomUUID()]));
    expect(thrown.code).toBe('internal');
    expect(log).toHaveBeenCalledTimes(2);
  });

  it('says a file failure no service caught by the system’s reason in the window’s language, and logs the English', async () => {
    const { services } = fakeServices();
    const log = vi.fn((_error: unknown) => undefined);
    const missing = Object.assign(new Error("ENOENT: no such file or directory, open '/gone/picture.png'"), { code: 'ENOENT', syscall: 'open' });
    services.briefings.get = async () => {
      throw missing;
    };
    const failed = errorOf(await createIpcInvoker(services, { log })(channelName('briefings', 'get'), [randomUUID()]));
    expect(failed.code).toBe('storage');
    expect(failed.message).toBe('The operation could not be completed: there is no such file or folder.');
    expect(sayLocalised(createTranslator('az'), failed.localised!)).toBe('Əməliyyatı başa çatdırmaq mümkün olmadı: belə fayl və ya qovluq yoxdur.');
    expect(sayLocalised(createTranslator('ru'), failed.localised!)).toBe('Не удалось выполнить операцию: такого файла или папки нет.');
    expect(log).toHaveBeenCalledWith(missing);
  });

  it('logs the outside cause of a refusal for support, and the window reads only the catalog’s sentence', async () => {
    const { services } = fakeServices();
    const logCause = vi.fn((_refusal: ServiceError) => undefined);
    const cause = Object.assign(new Error('EACCES: permission denied'), { code: 'EACCES' });
    const refusal = new ServiceError('storage', { id: 'errors.system', values: { reason: { id: 'systemReason.permissionDenied' } } }, { cause });
    services.briefings.get = async () => {
      throw refusal;
    };
    const failed = errorOf(await createIpcInvoker(services, { logCause })(channelName('briefings', 'get'), [randomUUID()]));
    expect(failed.message).toBe('The operation could not be completed: permission denied.');
    expect(logCause).toHaveBeenCalledWith(refusal);
    expect((logCause.mock.calls[0]?.[0].cause as Error).message).toBe('EACCES: permission denied');
  });

  it('still answers when the logger itself fails', async () => {
    const { services } = fakeServices();
    const invoke = createIpcInvoker(services, {
      log: () => {
        throw new Error('log file is read-only');
      },
    });
    const error = errorOf(await invoke(channelName('briefings', 'create'), [{ templateId: 'meeting-readout' }]));
    expect(error.code).toBe('internal');
  });
});
