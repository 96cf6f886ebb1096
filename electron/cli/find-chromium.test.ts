import { describe, expect, it } from 'vitest';
import { findChromium } from './find-chromium';

const only = (...files: string[]) => (file: string) => files.includes(file);

describe('findChromium', () => {
  it('takes --chromium as given, and refuses one that cannot run', () => {
    expect(findChromium({ explicit: '/opt/chrome/chrome', platform: 'linux', env: {}, isExecutable: only('/opt/chrome/chrome') })).toBe('/opt/chrome/chrome');
    expect(() => findChromium({ explicit: '/nope', platform: 'linux', env: {}, isExecutable: only() })).toThrow('--chromium /nope is not a program that can be run.');
  });

  it('prefers CHROMIUM_PATH, then the PATH in order, then where browsers install themselves', () => {
    const env = { PATH: '/usr/local/bin:/usr/bin', CHROMIUM_PATH: '/custom/chromium' };
    expect(findChromium({ platform: 'linux', env, isExecutable: only('/custom/chromium', '/usr/bin/chromium') })).toBe('/custom/chromium');
    expect(findChromium({ platform: 'linux', env: { PATH: env.PATH }, isExecutable: only('/usr/bin/chromium', '/usr/local/bin/google-chrome') })).toBe('/usr/local/bin/google-chrome');
    expect(findChromium({ platform: 'linux', env: { PATH: '/bin' }, isExecutable: only('/snap/bin/chromium') })).toBe('/snap/bin/chromium');
    expect(findChromium({ platform: 'darwin', env: { PATH: '/usr/bin' }, isExecutable: only('/Applications/Google Chrome.app/Contents/MacOS/Google Chrome') })).toBe(
      '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
    );
    expect(
      findChromium({ platform: 'win32', env: { Path: 'C:\\Windows', PROGRAMFILES: 'C:\\Program Files' }, isExecutable: only('C:\\Program Files\\Microsoft\\Edge\\Application\\msedge.exe') }),
    ).toBe('C:\\Program Files\\Microsoft\\Edge\\Application\\msedge.exe');
  });

  it('says what to install when there is no browser', () => {
    expect(() => findChromium({ platform: 'linux', env: { PATH: '/usr/bin' }, isExecutable: only() })).toThrow(
      'PDF export needs a Chromium-based browser and none was found. Install Chromium (Debian/Ubuntu: "sudo apt install chromium") or Google Chrome, or name one with --chromium PATH.',
    );
  });

  it('finds the real Chromium on this machine', () => {
    expect(findChromium({ platform: process.platform, env: process.env })).toMatch(/chrom/i);
  });
});
