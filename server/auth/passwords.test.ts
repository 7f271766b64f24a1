import { describe, expect, it } from 'vitest';
import { demoAccounts } from '../../db/seed/demo-accounts.ts';
import { hashPassword, needsRehash, passwordProblem, verifyPassword } from './passwords.ts';

describe('password rules', () => {
  it.each(['une girafe boit du thé', 'correct horse battery staple', '🙂🙂🙂 trois sourires', 'A'.repeat(5) + 'b7!x9_Qz'])(
    'accepts %s',
    (password) => {
      expect(passwordProblem(password)).toBeNull();
    },
  );

  it.each([
    ['short', /12 caractères au moins/],
    ['123qweasdzxc', /trop courant/],
    ['QWERTY123456', /trop courant/],
    ['password2025!!', /trop courant/],
    ['abcabcabcabcabc', /trop courant/],
    ['x'.repeat(257), /256 caractères au plus/],
  ])('refuses %s', (password, reason) => {
    expect(passwordProblem(password)).toMatch(reason);
  });

  it('counts characters, not bytes', () => {
    expect(passwordProblem('éééééééééééé')).toMatch(/trop courant/);
    expect(passwordProblem('ééééééééééé')).toMatch(/12 caractères/);
  });
});

describe('password hashing', () => {
  it('uses argon2id with 19 MiB, 2 passes and 1 lane, and verifies', async () => {
    const hash = await hashPassword('une phrase de passe');
    expect(hash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(needsRehash(hash)).toBe(false);
    expect(await verifyPassword(hash, 'une phrase de passe')).toBe(true);
    expect(await verifyPassword(hash, 'une autre phrase')).toBe(false);
    expect(await verifyPassword('pas un hash', 'x')).toBe(false);
  });
});

describe('the demonstration accounts', () => {
  it.each(demoAccounts)('$email is stored with a hash of its published password, made with today’s parameters', async (account) => {
    expect(await verifyPassword(account.passwordHash, account.password)).toBe(true);
    expect(needsRehash(account.passwordHash)).toBe(false);
  });
});
