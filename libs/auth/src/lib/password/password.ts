import argon2 from 'argon2';
import { BadInputError } from '@zeren/shared-errors';
import { PASSWORD, isStrongPassword } from '@zeren/shared-rules';

// OWASP's argon2id baseline: 19 MiB of memory, 2 iterations, 1 lane.
const OPTIONS = { type: argon2.argon2id, memoryCost: 19 * 1024, timeCost: 2, parallelism: 1 } as const;

export function hashPassword(plain: string): Promise<string> {
  return argon2.hash(plain, OPTIONS);
}

export async function verifyPassword(hash: string, plain: string): Promise<boolean> {
  try {
    return await argon2.verify(hash, plain);
  } catch {
    return false;
  }
}

/** A hash to verify against when the user does not exist, so both paths take the same time. */
let decoy: Promise<string> | undefined;
export function decoyHash(): Promise<string> {
  decoy ??= hashPassword('decoy-password-never-matches');
  return decoy;
}

export function assertStrongPassword(plain: string, field = 'password'): void {
  if (!isStrongPassword(plain)) throw new BadInputError(PASSWORD.message, [{ field, message: PASSWORD.message }]);
}
