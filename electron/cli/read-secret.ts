import type { ReadStream } from 'node:tty';

/**
 * Reads one line from the terminal without echoing it (a password): the
 * question goes to stderr, the keys typed are not shown, Backspace works,
 * Enter ends it and Ctrl+C or Ctrl+D gives up. The terminal is left as it was.
 */
export function readSecretFromTerminal(input: ReadStream, output: NodeJS.WritableStream, question: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const wasRaw = input.isRaw;
    let typed = '';
    const finish = (error?: Error) => {
      input.off('data', onData);
      input.setRawMode(wasRaw);
      input.pause();
      output.write('\n');
      if (error) reject(error);
      else resolve(typed);
    };
    const onData = (chunk: Buffer) => {
      for (const character of chunk.toString('utf8')) {
        if (character === '\r' || character === '\n') return finish();
        if (character === '\u0003' || character === '\u0004') return finish(new Error('cancelled'));
        if (character === '\u007f' || character === '\b') typed = [...typed].slice(0, -1).join('');
        else if (character >= ' ') typed += character;
      }
    };
    output.write(question);
    input.setRawMode(true);
    input.resume();
    input.on('data', onData);
  });
}
