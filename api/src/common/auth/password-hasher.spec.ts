import { PasswordHasher, SCRYPT_PARAMS } from './password-hasher';

describe('PasswordHasher', () => {
  const hasher = new PasswordHasher();

  it('stores scrypt with N ≥ 2^15, r=8, p=1 and a per-hash salt inside the hash string', async () => {
    const [a, b] = [await hasher.hash('correct horse'), await hasher.hash('correct horse')];
    const [algorithm, n, r, p, salt] = a.split('$');
    expect({ algorithm, n: Number(n), r: Number(r), p: Number(p) }).toEqual({
      algorithm: 'scrypt',
      n: 2 ** 15,
      r: 8,
      p: 1,
    });
    expect(SCRYPT_PARAMS.N).toBeGreaterThanOrEqual(2 ** 15);
    expect(Buffer.from(salt, 'base64').length).toBe(16);
    expect(a).not.toBe(b);
    expect(a).not.toContain('correct horse');
  });

  it('verifies the right password only, and never a malformed hash', async () => {
    const stored = await hasher.hash('pässword-ü');
    expect(await hasher.verify('pässword-ü', stored)).toBe(true);
    expect(await hasher.verify('pässword-u', stored)).toBe(false);
    expect(await hasher.verify('x', 'plain-text')).toBe(false);
    expect(await hasher.verify('x', 'scrypt$0$8$1$AAAA$AAAA')).toBe(false);
  });

  it('verifies with the parameters stored in the hash, so older costs keep working', async () => {
    const cheaper = 'scrypt$16384$8$1$' + Buffer.alloc(16, 1).toString('base64') + '$';
    const { scryptSync } = await import('node:crypto');
    const key = scryptSync('old', Buffer.alloc(16, 1), 32, { N: 16384, r: 8, p: 1 }).toString('base64');
    expect(await hasher.verify('old', cheaper + key)).toBe(true);
  });

  it('spends a real verification on unknown accounts and always says no', async () => {
    await expect(hasher.verifyNothing('anything')).resolves.toBe(false);
  });
});
