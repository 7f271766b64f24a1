import { describe, expect, it } from 'vitest';
import { ConfigError, readConfig } from './config.ts';

describe('readConfig', () => {
  it('uses the documented defaults on an empty environment', () => {
    expect(readConfig({})).toEqual({
      host: '127.0.0.1',
      port: 4321,
      database: { kind: 'pglite', dataDir: '.data' },
      siteDir: 'dist',
      maxBodyBytes: 65_536,
      publicUrl: 'http://127.0.0.1:4321',
      smtpUrl: null,
      trustedProxies: 0,
      demoMode: false,
    });
  });

  it('switches to PostgreSQL when DATABASE_URL is set', () => {
    const config = readConfig({ DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/test', DATA_DIR: 'ignored' });
    expect(config.database).toEqual({ kind: 'postgres', url: 'postgres://postgres@127.0.0.1:5432/test' });
  });

  it('runs demonstration mode on a loopback address, however written', () => {
    for (const env of [{}, { HOST: '::1' }, { HOST: 'localhost' }, { HOST: '127.0.0.2', PUBLIC_URL: 'http://127.1:8080' }, { PUBLIC_URL: 'http://[0::1]:4321' }]) {
      expect(readConfig({ DEMO_MODE: 'true', ...env }).demoMode, JSON.stringify(env)).toBe(true);
    }
    expect(readConfig({ TRUST_PROXY: '2' }).trustedProxies).toBe(2);
  });

  it.each([
    [{ PORT: 'abc' }, /^PORT doit être un nombre entier entre 1 et 65535/],
    [{ PORT: '70000' }, /^PORT /],
    [{ PORT: '-1' }, /^PORT /],
    [{ HOST: 'bad host' }, /^HOST /],
    [{ DATABASE_URL: 'not a url' }, /^DATABASE_URL /],
    [{ DATABASE_URL: 'mysql://root@localhost/test' }, /^DATABASE_URL doit commencer par postgres:\/\//],
    [{ MAX_BODY_BYTES: '12' }, /^MAX_BODY_BYTES /],
    [{ PUBLIC_URL: 'espace.example' }, /^PUBLIC_URL /],
    [{ SMTP_URL: 'http://mail.example' }, /^SMTP_URL doit commencer par smtp:\/\/ ou smtps:\/\//],
    [{ TRUST_PROXY: 'oui' }, /^TRUST_PROXY doit être le nombre de proxys inverses/],
    [{ TRUST_PROXY: 'true' }, /^TRUST_PROXY /],
    [{ TRUST_PROXY: '11' }, /^TRUST_PROXY /],
    [{ DEMO_MODE: 'oui' }, /^DEMO_MODE doit valoir true ou false/],
    [{ DEMO_MODE: 'true', SMTP_URL: 'smtp://mail.example' }, /^DEMO_MODE ne peut pas être activé avec SMTP_URL/],
    [{ DEMO_MODE: 'true', HOST: '0.0.0.0' }, /^DEMO_MODE : le mode démonstration n'écoute que sur cette machine/],
    [{ DEMO_MODE: 'true', HOST: '192.168.1.10' }, /^DEMO_MODE : /],
    [{ DEMO_MODE: 'true', HOST: '::' }, /^DEMO_MODE : /],
    [{ DEMO_MODE: 'true', HOST: 'espace.example' }, /^DEMO_MODE : /],
    [{ DEMO_MODE: 'true', PUBLIC_URL: 'https://espace.example' }, /^DEMO_MODE : en mode démonstration, PUBLIC_URL doit désigner cette machine/],
    [{ DEMO_MODE: 'true', PUBLIC_URL: 'http://127.0.0.1.nip.io:4321' }, /^DEMO_MODE : /],
    [{ DEMO_MODE: 'true', PUBLIC_URL: 'http://localhost.espace.example' }, /^DEMO_MODE : /],
  ])('refuses %o with a message naming the variable', (env, message) => {
    expect(() => readConfig(env)).toThrow(ConfigError);
    expect(() => readConfig(env)).toThrow(message);
  });
});
