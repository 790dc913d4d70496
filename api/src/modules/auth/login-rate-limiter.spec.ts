import { ManualClock } from '../../common/clock/clock';
import type { AppConfig } from '../../common/config/app-config';
import type { LoginFailuresRepository } from './login-failures.repository';
import { LoginRateLimiter } from './login-rate-limiter';

/** An in-memory stand-in for the login_failures table. */
class FakeFailures {
  rows: Array<{ email: string; ip: string; at: Date }> = [];
  record(email: string, ip: string, at: Date) {
    this.rows.push({ email, ip, at });
    return Promise.resolve();
  }
  since(email: string, ip: string, since: Date) {
    const recent = this.rows.filter((r) => r.ip === ip && r.at > since).sort((a, b) => +a.at - +b.at);
    return Promise.resolve({
      byIp: recent.map((r) => r.at),
      byAccountAndIp: recent.filter((r) => r.email === email).map((r) => r.at),
    });
  }
  clear(email: string, ip: string) {
    this.rows = this.rows.filter((r) => !(r.email === email && r.ip === ip));
    return Promise.resolve();
  }
  purgeBefore(at: Date) {
    this.rows = this.rows.filter((r) => r.at >= at);
    return Promise.resolve();
  }
}

describe('LoginRateLimiter', () => {
  const config = { auth: { loginRateLimit: { perAccountAndIp: 5, perIp: 20, windowMinutes: 15 } } } as AppConfig;
  let clock: ManualClock;
  let failures: FakeFailures;
  let limiter: LoginRateLimiter;

  beforeEach(() => {
    clock = new ManualClock(new Date('2026-03-01T10:00:00Z'));
    failures = new FakeFailures();
    limiter = new LoginRateLimiter(failures as unknown as LoginFailuresRepository, clock, config);
  });

  it('allows 5 failures per e-mail and IP, then refuses until the oldest leaves the 15-minute window', async () => {
    for (let i = 0; i < 5; i++) {
      await limiter.check('a@x.test', '10.0.0.1');
      await limiter.recordFailure('a@x.test', '10.0.0.1');
      clock.advance(60_000);
    }
    await expect(limiter.check('a@x.test', '10.0.0.1')).rejects.toMatchObject({
      code: 'RATE_LIMITED',
      details: { retryAfterSeconds: 10 * 60 },
    });
    // Another address, or another e-mail from this address, is not blocked by this account's failures.
    await expect(limiter.check('a@x.test', '10.0.0.2')).resolves.toBeUndefined();
    await expect(limiter.check('b@x.test', '10.0.0.1')).resolves.toBeUndefined();
    clock.advance(10 * 60_000 + 1);
    await expect(limiter.check('a@x.test', '10.0.0.1')).resolves.toBeUndefined();
  });

  it('allows 20 failures per IP across e-mails', async () => {
    for (let i = 0; i < 20; i++) await limiter.recordFailure(`user${i}@x.test`, '10.0.0.9');
    await expect(limiter.check('fresh@x.test', '10.0.0.9')).rejects.toMatchObject({ code: 'RATE_LIMITED' });
  });

  it('forgives an account after a successful login from the same address', async () => {
    for (let i = 0; i < 4; i++) await limiter.recordFailure('a@x.test', '10.0.0.1');
    await limiter.recordSuccess('a@x.test', '10.0.0.1');
    expect(failures.rows).toEqual([]);
  });

  it('purges failures older than the window when recording', async () => {
    await limiter.recordFailure('a@x.test', '10.0.0.1');
    clock.advance(16 * 60_000);
    await limiter.recordFailure('a@x.test', '10.0.0.1');
    expect(failures.rows).toHaveLength(1);
  });
});
