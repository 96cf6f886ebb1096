import { describe, expect, it } from 'vitest';
import { teamClientConfig, teamServerAddress } from './team-connection';

describe('team server address', () => {
  it('keeps the address without its password', () => {
    expect(teamServerAddress('postgres://leyla:s%C9%99cret@press.example.org:6432/briefings?sslrootcert=/etc/ca.pem')).toEqual({
      url: 'postgres://leyla@press.example.org:6432/briefings?sslrootcert=/etc/ca.pem',
      user: 'leyla',
      host: 'press.example.org',
    });
  });

  it('requires TLS with a verified certificate for a server on another computer', () => {
    expect(teamClientConfig('postgres://leyla@press.example.org/briefings').ssl).toEqual({ rejectUnauthorized: true });
    expect(teamClientConfig('postgres://leyla@press.example.org/briefings?sslmode=verify-full').ssl).toEqual({ rejectUnauthorized: true });
    for (const mode of ['disable', 'prefer', 'require', 'no-verify', 'verify-ca']) {
      expect(() => teamClientConfig(`postgres://leyla@10.0.0.5/briefings?sslmode=${mode}`)).toThrow(
        `A team server on another computer is reached only over TLS with its certificate verified; remove sslmode=${mode} from the address.`,
      );
    }
  });

  it('lets a server on this computer go without TLS', () => {
    expect(teamClientConfig('postgres://leyla@127.0.0.1:5433/press').ssl).toBe(false);
    expect(teamClientConfig('postgres://leyla@localhost/press')).toMatchObject({ host: 'localhost', port: 5432, database: 'press', user: 'leyla' });
    expect(teamClientConfig('postgres://leyla@[::1]/press')).toMatchObject({ host: '::1', ssl: false });
  });

  it('says what is wrong with an address that is not one', () => {
    expect(() => teamClientConfig('press.example.org')).toThrow('The team server address must look like postgres://user@server/database.');
    expect(() => teamClientConfig('https://press.example.org/')).toThrow('must start with postgres://');
    expect(() => teamClientConfig('postgres://press.example.org/briefings')).toThrow('names no user');
  });

  it('takes a password given apart or in the address, and otherwise leaves it to PGPASSWORD and the password file', () => {
    expect(teamClientConfig('postgres://leyla:in-url@127.0.0.1/press').password).toBe('in-url');
    expect(teamClientConfig('postgres://leyla:in-url@127.0.0.1/press', 'typed').password).toBe('typed');
    expect('password' in teamClientConfig('postgres://leyla@127.0.0.1/press')).toBe(false);
  });
});
