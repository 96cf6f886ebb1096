import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Configuration } from 'app-builder-lib';
import { validateConfiguration } from 'app-builder-lib/out/util/config/config';
import { DebugLogger } from 'builder-util';
import { FuseV1Options } from '@electron/fuses';
import { describe, expect, it } from 'vitest';

const projectRoot = fileURLToPath(new URL('../..', import.meta.url));

async function loadConfig(): Promise<Configuration> {
  const module = (await import(pathToFileURL(join(projectRoot, 'build/electron-builder.config.mjs')).href)) as { default: Configuration };
  return module.default;
}

// Packaging downloads Electron, which these machines cannot reach; the
// configuration is checked offline with electron-builder's own schema instead.
describe('installer configuration', () => {
  it('passes electron-builder\'s own validation', async () => {
    await expect(validateConfiguration(await loadConfig(), new DebugLogger(false))).resolves.toBeUndefined();
  });

  it('would be refused if it were wrong, so the check above means something', async () => {
    const broken = { ...(await loadConfig()), linux: { target: ['AppImage'], categroy: 'Office' } } as Configuration;
    await expect(validateConfiguration(broken, new DebugLogger(false))).rejects.toThrow(/Invalid configuration object[\s\S]*linux/);
  });

  it('locks the packaged app down with Electron fuses', async () => {
    const { electronFuses } = await loadConfig();
    expect(electronFuses).toMatchObject({
      runAsNode: false,
      enableCookieEncryption: true,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      grantFileProtocolExtraPrivileges: false,
    });
  });

  it('decides every fuse electron-builder can flip, so a new one in an upgrade is a reviewed choice', async () => {
    // electron-builder flips the fuses with @electron/fuses; its enum lists them (RunAsNode → runAsNode, …).
    const fuseNames = Object.keys(FuseV1Options).filter((name) => Number.isNaN(Number(name)));
    expect(fuseNames.length).toBeGreaterThanOrEqual(8);
    const { electronFuses } = await loadConfig();
    for (const name of fuseNames) {
      const key = name.charAt(0).toLowerCase() + name.slice(1);
      expect(typeof (electronFuses as Record<string, unknown> | null | undefined)?.[key], key).toBe('boolean');
    }
  });

  it('packs the app into asar with better-sqlite3 unpacked, and never publishes updates', async () => {
    const config = await loadConfig();
    expect(config.asar).toBe(true);
    expect(config.asarUnpack).toContain('node_modules/better-sqlite3/**');
    expect(config.publish).toBeNull();
    // Rebuilding better-sqlite3 for Electron is what a networked build machine must do.
    expect(config.npmRebuild).toBe(true);
  });

  it('builds AppImage and deb, NSIS and dmg, with icons that exist', async () => {
    const config = await loadConfig();
    expect(config.linux?.target).toEqual(['AppImage', 'deb']);
    expect(config.win?.target).toEqual(['nsis']);
    expect(config.mac?.target).toEqual(['dmg']);
    for (const icon of [config.linux?.icon, config.win?.icon, config.mac?.icon]) {
      expect(icon && existsSync(join(projectRoot, icon)), String(icon)).toBe(true);
    }
  });

  it('registers .briefing.json files with the app, which imports what it is opened with', async () => {
    const config = await loadConfig();
    const associations = [config.fileAssociations ?? []].flat();
    expect(associations).toEqual([expect.objectContaining({ ext: 'briefing.json', mimeType: 'application/x-briefing-desk+json', role: 'Editor' })]);
    expect(config.linux?.mimeTypes).toContain('application/x-briefing-desk+json');
  });

  it('starts the app from the bundles the build writes', async () => {
    const config = await loadConfig();
    const packageJson = (await import(pathToFileURL(join(projectRoot, 'package.json')).href, { with: { type: 'json' } })) as { default: { main: string } };
    expect(packageJson.default.main).toBe('dist/electron/main.cjs');
    expect(config.files).toEqual(expect.arrayContaining(['dist/electron/**', 'dist/renderer/**', 'print-fonts/**']));
  });
});
