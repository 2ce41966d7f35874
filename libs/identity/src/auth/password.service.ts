import { BadInputError } from '@crowdcomms/errors';
import { Injectable } from '@nestjs/common';
import argon2 from 'argon2';

/** OWASP's argon2id baseline: 19 MiB, 2 passes, 1 lane. */
const ARGON2_OPTIONS = { type: argon2.argon2id, memoryCost: 19 * 1024, timeCost: 2, parallelism: 1 } as const;

const MIN_LENGTH = 10;
const MAX_LENGTH = 200;
const COMMON = new Set([
  'password123',
  'password1234',
  'qwertyuiop',
  '1234567890',
  '0123456789',
  'iloveyou123',
  'letmein123',
  'welcome123',
  'changeme123',
  'administrator',
  'passw0rd123',
]);

@Injectable()
export class PasswordService {
  /** Rejects passwords that are short, common, a single repeated character, or contain the e-mail name. */
  assertStrong(password: string, email: string): void {
    const lower = password.toLowerCase();
    const local = email.split('@')[0]?.toLowerCase() ?? '';
    if (password.length < MIN_LENGTH) {
      throw new BadInputError(`Password must be at least ${MIN_LENGTH} characters`, { field: 'password' });
    }
    if (password.length > MAX_LENGTH) {
      throw new BadInputError(`Password must be at most ${MAX_LENGTH} characters`, { field: 'password' });
    }
    if (COMMON.has(lower) || /^(.)\1*$/.test(password) || (local.length >= 3 && lower.includes(local))) {
      throw new BadInputError('Password is too easy to guess; choose a longer, less predictable one', {
        field: 'password',
      });
    }
  }

  hash(password: string): Promise<string> {
    return argon2.hash(password, ARGON2_OPTIONS);
  }

  async verify(hash: string, password: string): Promise<boolean> {
    try {
      return await argon2.verify(hash, password);
    } catch {
      return false;
    }
  }

  /** Spends the same time as a real check, so unknown e-mails cannot be told apart by timing. */
  async burn(password: string): Promise<void> {
    await argon2.hash(password, ARGON2_OPTIONS);
  }
}
