import { ESLint } from 'eslint';
import { join, resolve } from 'node:path';
import tseslint from 'typescript-eslint';
import { describe, expect, it } from 'vitest';

/**
 * Proves that the renderer's folder rules bite: the editor and the features may not import the root
 * renderer/app, and the shared kit renderer/ui imports none of the folders above it.
 */
const root = resolve(import.meta.dirname, '../..');
const eslint = new ESLint({ cwd: root, overrideConfig: tseslint.configs.disableTypeChecked });

async function importErrors(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(`${code}\nexport {};\n`, { filePath: join(root, filePath) });
  return (result?.messages ?? []).filter((message) => message.ruleId === 'no-restricted-imports').map((message) => message.message);
}

describe('ESLint renderer folder rules', () => {
  it.each([
    ['renderer/editor/probe.tsx', "import { Workspace } from '../app/workspace';"],
    ['renderer/editor/links/probe.tsx', "import { App } from '../../app/app';"],
    ['renderer/features/briefing/probe.tsx', "import { CloseHandshake } from '../../app/close-handshake';"],
    ['renderer/features/library/probe.ts', "import '../../app/app.css';"],
    ['renderer/ui/probe.tsx', "import { Workspace } from '../app/workspace';"],
    ['renderer/ui/probe.tsx', "import { BriefingView } from '../features/briefing/briefing-view';"],
    ['renderer/ui/probe.tsx', "import { BriefingEditor } from '../editor/briefing-editor';"],
  ])('rejects, in %s: %s', async (filePath, code) => {
    expect(await importErrors(filePath, code)).not.toEqual([]);
  });

  it('still applies the layer rule in the editor and the features', async () => {
    expect(await importErrors('renderer/features/briefing/probe.ts', "import { ipcRenderer } from 'electron';")).not.toEqual([]);
    expect(await importErrors('renderer/ui/probe.ts', "import { readFileSync } from 'node:fs';")).not.toEqual([]);
  });

  it.each([
    ['renderer/editor/probe.tsx', "import { ModalDialog } from '../ui/modal-dialog';"],
    ['renderer/features/briefing/probe.tsx', "import { ModalDialog } from '../../ui/modal-dialog';\nimport { BriefingEditor } from '../../editor/briefing-editor';"],
    ['renderer/app/probe.tsx', "import { BriefingView } from '../features/briefing/briefing-view';\nimport { useAppEvent } from '../ui/use-app-event';"],
  ])('allows, in %s, the imports its folder may use', async (filePath, code) => {
    expect(await importErrors(filePath, code)).toEqual([]);
  });
});
