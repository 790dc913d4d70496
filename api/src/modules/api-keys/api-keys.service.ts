import { randomUUID } from 'node:crypto';
import { Injectable, Logger } from '@nestjs/common';
import type { ApiKeyRole } from './api-key-role';
import { apiKeyPrefix, hashApiKey } from './api-key-hash';
import { ApiKeyInvalidError, ApiKeyRevokedError } from './api-keys.exception';
import { ApiKeysRepository } from './api-keys.repository';

/** Who a request acts as, once its API key checked out. */
export interface ApiKeyPrincipal {
  apiKeyId: string;
  tenantId: string;
  role: ApiKeyRole;
}

/** Writing last_used_at on every request would cost a write per request; once a minute per key is plenty. */
const LAST_USED_RESOLUTION_MS = 60_000;

@Injectable()
export class ApiKeysService {
  private readonly logger = new Logger(ApiKeysService.name);
  private readonly lastUsedWritten = new Map<string, number>();

  constructor(
    private readonly keys: ApiKeysRepository,
    private readonly now: () => Date = () => new Date(),
  ) {}

  async authenticate(key: string): Promise<ApiKeyPrincipal> {
    const stored = await this.keys.findByHash(hashApiKey(key));
    if (!stored) throw new ApiKeyInvalidError();
    if (stored.revokedAt) throw new ApiKeyRevokedError();
    await this.touch(stored.id);
    return { apiKeyId: stored.id, tenantId: stored.tenantId, role: stored.role };
  }

  /**
   * Makes sure an admin key with exactly this value exists for the tenant. Restarts find it by hash and create
   * nothing; a bootstrap key that was revoked is re-enabled because the operator still configures it.
   */
  async ensureBootstrapKey(key: string, tenantId: string): Promise<void> {
    const keyHash = hashApiKey(key);
    await this.keys.insertIfAbsent({
      id: randomUUID(),
      tenantId,
      name: 'Bootstrap (CHECKMARK_BOOTSTRAP_API_KEY)',
      prefix: apiKeyPrefix(key),
      keyHash,
      role: 'admin',
      lastUsedAt: null,
      revokedAt: null,
    });
    const stored = await this.keys.findByHash(keyHash);
    if (!stored) throw new Error('bootstrap API key was not stored');
    if (stored.revokedAt || stored.role !== 'admin' || stored.tenantId !== tenantId) {
      this.logger.warn(
        'CHECKMARK_BOOTSTRAP_API_KEY re-enabled as an admin key of the default tenant; unset it to keep it revoked',
      );
      await this.keys.update(stored.id, { revokedAt: null, role: 'admin', tenantId });
    }
  }

  private async touch(id: string): Promise<void> {
    const now = this.now();
    const last = this.lastUsedWritten.get(id);
    if (last !== undefined && now.getTime() - last < LAST_USED_RESOLUTION_MS) return;
    this.lastUsedWritten.set(id, now.getTime());
    await this.keys.update(id, { lastUsedAt: now });
  }
}
