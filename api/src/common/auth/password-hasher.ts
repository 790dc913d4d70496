import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto';
import { Injectable } from '@nestjs/common';

/** scrypt cost: N = 2^15, r = 8, p = 1 (32 MiB per hash), per OWASP's minimum for scrypt. */
export const SCRYPT_PARAMS = { N: 2 ** 15, r: 8, p: 1 } as const;
const KEY_LENGTH = 32;
const SALT_BYTES = 16;

function derive(password: string, salt: Buffer, params: { N: number; r: number; p: number }): Promise<Buffer> {
  const options: ScryptOptions = { ...params, maxmem: 256 * params.N * params.r + 1024 * 1024 };
  return new Promise((resolve, reject) =>
    scrypt(password.normalize('NFKC'), salt, KEY_LENGTH, options, (error, key) =>
      error ? reject(error) : resolve(key),
    ),
  );
}

/**
 * Memory-hard password hashing. The stored string carries its own parameters and salt —
 * `scrypt$<N>$<r>$<p>$<salt b64>$<hash b64>` — so the cost can rise later without breaking old hashes.
 */
@Injectable()
export class PasswordHasher {
  private dummy?: Promise<string>;

  async hash(password: string): Promise<string> {
    const salt = randomBytes(SALT_BYTES);
    const key = await derive(password, salt, SCRYPT_PARAMS);
    const { N, r, p } = SCRYPT_PARAMS;
    return ['scrypt', N, r, p, salt.toString('base64'), key.toString('base64')].join('$');
  }

  /** Constant-time comparison; a malformed stored hash never matches. */
  async verify(password: string, stored: string): Promise<boolean> {
    const parts = stored.split('$');
    if (parts.length !== 6 || parts[0] !== 'scrypt') return false;
    const [N, r, p] = parts.slice(1, 4).map(Number);
    if (![N, r, p].every((n) => Number.isSafeInteger(n) && n > 0)) return false;
    const expected = Buffer.from(parts[5], 'base64');
    const actual = await derive(password, Buffer.from(parts[4], 'base64'), { N, r, p });
    return expected.length === actual.length && timingSafeEqual(expected, actual);
  }

  /** Spends the same work as a real check, for unknown e-mails: response time must not reveal who has an account. */
  async verifyNothing(password: string): Promise<false> {
    this.dummy ??= this.hash(randomBytes(16).toString('hex'));
    await this.verify(password, await this.dummy);
    return false;
  }
}
