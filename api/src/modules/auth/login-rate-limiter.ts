import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../../common/config/app-config';
import { Clock } from '../../common/clock/clock';
import { LoginRateLimitedError } from './auth.exception';
import { LoginFailuresRepository } from './login-failures.repository';

/**
 * Counts failed logins per e-mail+IP and per IP over a sliding window. Refused attempts are not counted, so
 * a blocked client is free again once its old failures leave the window.
 */
@Injectable()
export class LoginRateLimiter {
  constructor(
    private readonly failures: LoginFailuresRepository,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  private get windowMs(): number {
    return this.config.auth.loginRateLimit.windowMinutes * 60_000;
  }

  /** Throws RATE_LIMITED (with the seconds until one more attempt is allowed) when a limit is reached. */
  async check(emailNormalized: string, ip: string): Promise<void> {
    const now = this.clock.now().getTime();
    const { byIp, byAccountAndIp } = await this.failures.since(emailNormalized, ip, new Date(now - this.windowMs));
    const { perAccountAndIp, perIp } = this.config.auth.loginRateLimit;
    const waits = [this.waitMs(byAccountAndIp, perAccountAndIp, now), this.waitMs(byIp, perIp, now)];
    const wait = Math.max(...waits);
    if (wait > 0) throw new LoginRateLimitedError(Math.max(1, Math.ceil(wait / 1000)));
  }

  async recordFailure(emailNormalized: string, ip: string): Promise<void> {
    const now = this.clock.now();
    await this.failures.record(emailNormalized, ip, now);
    await this.failures.purgeBefore(new Date(now.getTime() - this.windowMs));
  }

  /** A successful login forgives that account's failures from this IP (not the IP's other failures). */
  async recordSuccess(emailNormalized: string, ip: string): Promise<void> {
    await this.failures.clear(emailNormalized, ip);
  }

  /** 0 when under the limit; else how long until enough of the oldest failures leave the window. */
  private waitMs(times: Date[], limit: number, now: number): number {
    if (times.length < limit) return 0;
    const freeing = times[times.length - limit];
    return freeing.getTime() + this.windowMs - now;
  }
}
