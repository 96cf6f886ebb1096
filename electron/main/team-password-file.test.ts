import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { testLibraryFolder } from '../../tests/support/library-folder';
import { createTeamPasswordFile, type PasswordCipher } from './team-password-file';

/** A real cipher in place of safeStorage (AES-256-GCM with a key of this test's own), as the platform's key store would act. */
function aesCipher(available = true): PasswordCipher {
  const key = randomBytes(32);
  return {
    isAsyncEncryptionAvailable: async () => available,
    encryptStringAsync: async (text) => {
      const iv = randomBytes(12);
      const cipher = createCipheriv('aes-256-gcm', key, iv);
      const body = Buffer.concat([cipher.update(text, 'utf8'), cipher.final()]);
      return Buffer.concat([iv, cipher.getAuthTag(), body]);
    },
    decryptStringAsync: async (encrypted) => {
      const decipher = createDecipheriv('aes-256-gcm', key, encrypted.subarray(0, 12));
      decipher.setAuthTag(encrypted.subarray(12, 28));
      return { result: Buffer.concat([decipher.update(encrypted.subarray(28)), decipher.final()]).toString('utf8') };
    },
  };
}

describe('team server passwords', () => {
  const folder = testLibraryFolder();
  const server = 'postgres://leyla@press.example.org/briefings';

  it('keeps a password encrypted, readable by this account only, and forgets it on request', async () => {
    const file = folder.path('team-passwords.json');
    const passwords = createTeamPasswordFile(file, aesCipher());
    await passwords.keepTeamPassword(server, 'şifrə-2026');
    expect(readFileSync(file, 'utf8')).not.toContain('şifrə');
    expect(statSync(file).mode & 0o077).toBe(0);
    expect(await passwords.teamPassword(server)).toBe('şifrə-2026');
    expect(await passwords.teamPassword('postgres://murad@press.example.org/briefings')).toBeUndefined();
    await passwords.keepTeamPassword(server, undefined);
    expect(await passwords.teamPassword(server)).toBeUndefined();
  });

  it('keeps nothing where the platform has no key store, and asks again after the key changed', async () => {
    const file = folder.path('team-passwords.json');
    await createTeamPasswordFile(file, aesCipher(false)).keepTeamPassword(server, 'secret');
    expect(await createTeamPasswordFile(file, aesCipher()).teamPassword(server)).toBeUndefined();
    await createTeamPasswordFile(file, aesCipher()).keepTeamPassword(server, 'secret');
    // Another key (another account, a reset key store) cannot read it: asked for again, not an error.
    expect(await createTeamPasswordFile(file, aesCipher()).teamPassword(server)).toBeUndefined();
  });
});
