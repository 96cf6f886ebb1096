import { ESLint } from 'eslint';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import tseslint from 'typescript-eslint';
import ts from 'typescript';
import { afterAll, describe, expect, it } from 'vitest';

/**
 * Proves that the layer rules bite: deliberately wrong snippets, linted as if
 * they sat in each folder and compiled with each folder's tsconfig, must fail.
 */
const root = resolve(import.meta.dirname, '../..');

// The layer rule needs no type information; turning the type-aware rules off lets snippets be linted from memory.
const eslint = new ESLint({ cwd: root, overrideConfig: tseslint.configs.disableTypeChecked });

async function layerErrors(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: join(root, filePath) });
  return (result?.messages ?? []).filter((message) => message.ruleId === 'no-restricted-imports').map((message) => message.message);
}

describe('ESLint layer rule', () => {
  it.each([
    ['shared/document/probe.ts', "import { app } from 'electron';"],
    ['shared/document/probe.ts', "import { readFileSync } from 'node:fs';"],
    ['shared/document/probe.ts', "import Database from 'better-sqlite3';"],
    ['shared/document/probe.ts', "import { useState } from 'react';"],
    ['shared/document/probe.ts', "import { openLibrary } from '../../electron/storage/library';"],
    ['shared/ipc/probe.ts', "import { App } from '../../renderer/app/app';"],
    ['renderer/app/probe.ts', "import { ipcRenderer } from 'electron';"],
    ['renderer/app/probe.ts', "import { join } from 'node:path';"],
    ['renderer/app/probe.ts', "import Database from 'better-sqlite3';"],
    ['renderer/app/probe.ts', "import { openLibrary } from '../../electron/storage/library';"],
    ['electron/main/probe.ts', "import { App } from '../../renderer/app/app';"],
    // Services run in every shell: what a shell does comes in through a port.
    ['electron/services/probe.ts', "import { dialog } from 'electron';"],
    ['electron/services/probe.ts', "import { createElectronPorts } from '../main/electron-ports';"],
    ['electron/services/probe.ts', "import { createCliPorts } from '../cli/cli-ports';"],
    ['electron/services/probe.ts', "import { App } from '../../renderer/app/app';"],
    // Format code takes a document and gives bytes: no services, no storage, no shell.
    ['electron/export/probe.ts', "import { createExportService } from '../services/export-service';"],
    ['electron/export/docx/probe.ts', "import type { Library } from '../../storage/library';"],
    ['electron/export/probe.ts', "import { BrowserWindow } from 'electron';"],
    ['electron/export/probe.ts', "import { lockDownSession } from '../main/lock-down-session';"],
    ['electron/import/probe.ts', "import { createServices } from '../services/create-services';"],
    ['electron/import/docx/probe.ts', "import { openLibrary } from '../../storage/library';"],
    ['electron/import/docx/probe.ts', "import { app } from 'electron';"],
    ['electron/files/probe.ts', "import type { Library } from '../storage/library';"],
    // The storage is called by the services, never the other way round.
    ['electron/storage/probe.ts', "import { createServices } from '../services/create-services';"],
    ['electron/storage/probe.ts', "import { libraryFileFor } from '../cli/cli';"],
    ['electron/storage/probe.ts', "import { app } from 'electron';"],
  ])('rejects, in %s: %s', async (filePath, code) => {
    expect(await layerErrors(filePath, `${code}\nexport {};\n`)).not.toEqual([]);
  });

  it.each([
    ['shared/document/probe.ts', "import { Editor } from 'slate';\nimport { z } from 'zod';"],
    ['electron/main/probe.ts', "import { app } from 'electron';\nimport { briefingSchema } from '../../shared/document/briefing';"],
    ['renderer/app/probe.ts', "import { useState } from 'react';\nimport { briefingSchema } from '../../shared/document/briefing';"],
    ['electron/services/probe.ts', "import type { Library } from '../storage/library';\nimport { briefingDocxBytes } from '../export/docx/briefing-docx';\nimport type { SaveDialog } from './ports';"],
    ['electron/export/probe.ts', "import { readFile } from 'node:fs/promises';\nimport { printHtml } from '../../shared/document/export/print-html';"],
    ['electron/main/probe.ts', "import { createServices } from '../services/create-services';\nimport { createDocxWorkerClient } from './workers/docx-worker-client';"],
    ['electron/storage/probe.test.ts', "import { createServices } from '../services/create-services';\nimport Database from 'better-sqlite3';"],
  ])('allows, in %s, the imports its layer may use', async (filePath, code) => {
    expect(await layerErrors(filePath, `${code}\nexport {};\n`)).toEqual([]);
  });
});

describe('per-folder tsconfig', () => {
  const folder = mkdtempSync(join(tmpdir(), 'briefing-desk-layers-'));
  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  function compileErrors(project: string, code: string): string[] {
    const configPath = join(root, project, 'tsconfig.json');
    const parsed = ts.getParsedCommandLineOfConfigFile(configPath, {}, { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => undefined });
    if (!parsed) throw new Error(`cannot read ${configPath}`);
    const probe = join(folder, `${project}-probe.ts`);
    writeFileSync(probe, `${code}\nexport {};\n`);
    const program = ts.createProgram([probe], { ...parsed.options, composite: false, noEmit: true, emitDeclarationOnly: false, rootDir: undefined });
    return ts.getPreEmitDiagnostics(program).map((diagnostic) => ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n'));
  }

  it('gives shared/ neither the DOM nor Node', () => {
    expect(compileErrors('shared', 'export const title = document.title;').join('\n')).toMatch(/Cannot find name 'document'/);
    expect(compileErrors('shared', 'export const home = process.env.HOME;').join('\n')).toMatch(/Cannot find name 'process'/);
  });

  it('gives electron/ Node but not the DOM', () => {
    expect(compileErrors('electron', 'export const home = process.env.HOME;')).toEqual([]);
    expect(compileErrors('electron', 'export const title = document.title;').join('\n')).toMatch(/Cannot find name 'document'/);
  });

  it('gives renderer/ the DOM but not Node', () => {
    expect(compileErrors('renderer', 'export const title = document.title;')).toEqual([]);
    expect(compileErrors('renderer', 'export const home = process.env.HOME;').join('\n')).toMatch(/Cannot find name 'process'/);
  });
});
