import { describe, expect, it } from 'vitest';
import { defaultUserDataDir } from './user-data-dir';

describe('defaultUserDataDir', () => {
  it('uses ~/.config on Linux, or an absolute XDG_CONFIG_HOME', () => {
    expect(defaultUserDataDir({ platform: 'linux', env: {}, homeDir: '/home/leyla' })).toBe('/home/leyla/.config/Briefing Desk');
    expect(defaultUserDataDir({ platform: 'linux', env: { XDG_CONFIG_HOME: '/data/config' }, homeDir: '/home/leyla' })).toBe('/data/config/Briefing Desk');
    expect(defaultUserDataDir({ platform: 'linux', env: { XDG_CONFIG_HOME: 'relative' }, homeDir: '/home/leyla' })).toBe('/home/leyla/.config/Briefing Desk');
  });

  it('uses %APPDATA% on Windows', () => {
    expect(defaultUserDataDir({ platform: 'win32', env: { APPDATA: 'C:\\Users\\Leyla\\AppData\\Roaming' }, homeDir: 'C:\\Users\\Leyla' })).toBe(
      'C:\\Users\\Leyla\\AppData\\Roaming\\Briefing Desk',
    );
  });

  it('uses Application Support on macOS', () => {
    expect(defaultUserDataDir({ platform: 'darwin', env: {}, homeDir: '/Users/leyla' })).toBe('/Users/leyla/Library/Application Support/Briefing Desk');
  });
});
