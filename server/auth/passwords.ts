import { hash, verify } from '@node-rs/argon2';
import { dictionary } from '@zxcvbn-ts/language-common';

/** OWASP's minimum for argon2id: 19 MiB, 2 passes, 1 lane. */
export const ARGON2_PARAMETERS = { memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;
export const MIN_PASSWORD_LENGTH = 12;
/** Long enough for any passphrase; short enough that hashing stays cheap. */
export const MAX_PASSWORD_LENGTH = 256;

const COMMON_PASSWORDS = new Set(dictionary['passwords-common'] as string[]);

/** Algorithm.Argon2id: the package's const enum cannot be read when types are only stripped. */
const ARGON2ID = 2;

export function hashPassword(password: string): Promise<string> {
  return hash(password, { algorithm: ARGON2ID, ...ARGON2_PARAMETERS });
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

/** A hash made with other parameters is replaced at the next successful sign-in. */
export function needsRehash(passwordHash: string): boolean {
  const { memoryCost, timeCost, parallelism } = ARGON2_PARAMETERS;
  return !passwordHash.startsWith(`$argon2id$v=19$m=${memoryCost},t=${timeCost},p=${parallelism}$`);
}

/** Verifying against this keeps an unknown e-mail as slow as a wrong password. */
export const UNKNOWN_ACCOUNT_HASH = await hashPassword('compte inexistant, mot de passe sans usage');

/**
 * Why a new password is refused, or null. Only length and a list of common passwords count:
 * composition rules push people towards predictable passwords (NIST SP 800-63B).
 */
export function passwordProblem(password: string): string | null {
  if ([...password].length < MIN_PASSWORD_LENGTH) {
    return `Choisissez un mot de passe de ${MIN_PASSWORD_LENGTH} caractères au moins.`;
  }
  if ([...password].length > MAX_PASSWORD_LENGTH) {
    return `Choisissez un mot de passe de ${MAX_PASSWORD_LENGTH} caractères au plus.`;
  }
  if (isCommon(password)) {
    return 'Ce mot de passe est trop courant et facile à deviner : choisissez-en un autre, par exemple une phrase de plusieurs mots.';
  }
  return null;
}

function isCommon(password: string): boolean {
  const lower = password.toLowerCase();
  // "motdepasse2025!" is as guessable as "motdepasse": look at the core without the usual suffixes.
  const core = lower.replace(/[\d\W_]+$/u, '');
  const repeatedUnit = /^(.{1,4}?)\1+$/u.exec(lower)?.[1];
  return COMMON_PASSWORDS.has(lower) || COMMON_PASSWORDS.has(core) || repeatedUnit !== undefined;
}
