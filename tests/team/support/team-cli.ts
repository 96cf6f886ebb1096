import { runCli } from '../../../electron/cli/cli';

/** `briefing-desk ARGS` run in this process in `cwd`, as a person's terminal (not a TTY) would see it. */
export async function teamCli(cwd: string, args: string[], env: Record<string, string> = {}): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(args, {
    stdout: (text) => (stdout += text),
    stderr: (text) => (stderr += text),
    stderrIsTerminal: false,
    env,
    cwd,
    fontsourceFolder: '',
  });
  return { code, stdout, stderr };
}
