import { describe, expect, it } from 'vitest';
import { memoryTeamPasswords } from '../../tests/support/test-service-host';
import { testLibraryFolder } from '../../tests/support/library-folder';
import { openLibrary } from '../storage/library';
import { changeNotifier } from './change-feed';
import { createTeamService } from './team-service';

describe('team service without a server', () => {
  const folder = testLibraryFolder();

  function service() {
    const library = openLibrary(folder.path());
    const kept = new Map<string, string>();
    let connectionChanges = 0;
    const team = createTeamService(
      library,
      {
        ...memoryTeamPasswords(kept),
        onTeamConnectionChanged: () => (connectionChanges += 1),
      },
      changeNotifier(library, {}),
    );
    return { library, team, kept, changes: () => connectionChanges };
  }

  it('is a library of one person until it is connected, and says how to connect it', async () => {
    const { library, team } = service();
    expect(await team.status()).toEqual({ state: 'local', server: null, offlineSince: null, lastSync: null, waiting: 0, conflicts: 0, role: null });
    await expect(team.sync()).rejects.toThrow('This library is not shared with a team server; connect it in Settings › Team library or with "briefing-desk team connect URL".');
    library.close();
  });

  it('connects only to a server it reached: an unreachable one or one without verified TLS changes nothing', async () => {
    const { library, team, kept, changes } = service();
    await expect(team.connect({ url: 'postgres://leyla@127.0.0.1:9/press', password: 'secret' })).rejects.toThrow(/^The team server could not be reached: /u);
    await expect(team.connect({ url: 'postgres://leyla@press.example.org/press?sslmode=require', password: 'secret' })).rejects.toThrow(
      'A team server on another computer is reached only over TLS with its certificate verified; remove sslmode=require from the address.',
    );
    expect((await team.status()).state).toBe('local');
    expect(kept.size).toBe(0);
    expect(changes()).toBe(0);
    // Saves of a library that was never connected are not queued for anyone.
    library.briefings.create({ templateId: 'blank', title: 'Alone', language: 'en', fields: {}, participants: [], body: [] });
    expect((await team.status()).waiting).toBe(0);
    library.close();
  });
});
