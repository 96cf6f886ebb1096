import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { z } from 'zod';
import type { TeamPasswords } from '../services/ports';

/** What encrypts a password for this person on this computer: Electron's safeStorage in the app. */
export interface PasswordCipher {
  isAsyncEncryptionAvailable(): Promise<boolean>;
  encryptStringAsync(text: string): Promise<Buffer>;
  decryptStringAsync(encrypted: Buffer): Promise<{ result: string }>;
}

const storedSchema = z.record(z.string(), z.string());

/**
 * Team server passwords in a file of their own beside the library (never in
 * the library file, never in a log), each encrypted by `cipher`: on macOS the
 * Keychain's key, on Windows DPAPI, on Linux the secret service. Where the
 * platform has no key store the password is not kept at all, and the app
 * asks for it again: a password stored in the clear is worse than a question.
 */
export function createTeamPasswordFile(file: string, cipher: PasswordCipher): TeamPasswords {
  const read = (): Record<string, string> => {
    if (!existsSync(file)) return {};
    const parsed = storedSchema.safeParse(JSON.parse(readFileSync(file, 'utf8')));
    return parsed.success ? parsed.data : {};
  };
  return {
    async teamPassword(server) {
      const stored = read()[server];
      if (stored === undefined || !(await cipher.isAsyncEncryptionAvailable())) return undefined;
      try {
        return (await cipher.decryptStringAsync(Buffer.from(stored, 'base64'))).result;
      } catch {
        // Encrypted for another account or a key store that was reset: asked for again.
        return undefined;
      }
    },
    async keepTeamPassword(server, password) {
      const stored = read();
      if (password === undefined || !(await cipher.isAsyncEncryptionAvailable())) delete stored[server];
      else stored[server] = (await cipher.encryptStringAsync(password)).toString('base64');
      // Readable by this account only, written aside and renamed into place.
      writeFileSync(`${file}.partial`, `${JSON.stringify(stored, null, 2)}\n`, { mode: 0o600 });
      renameSync(`${file}.partial`, file);
    },
  };
}
