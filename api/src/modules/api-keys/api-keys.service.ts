import { randomBytes, randomUUID } from 'node:crypto';
import { Injectable, Logger } from '@nestjs/common';
import { z } from 'zod';
import type { Principal } from '../../common/auth/principal';
import { Clock } from '../../common/clock/clock';
import { NotFoundError } from '../../common/errors/not-found.error';
import { parseInput } from '../../common/errors/parse-input';
import { pageRequest, paginate, type Page, type PageInput } from '../../graphql/pagination';
import { AuditService } from '../audit/audit.service';
import type { ApiKey } from './api-key.entity';
import { API_KEY_ROLES, type ApiKeyRole } from './api-key-role';
import { apiKeyPrefix, hashApiKey } from './api-key-hash';
import { ApiKeyInvalidError, ApiKeyRevokedError } from './api-keys.exception';
import { ApiKeysRepository } from './api-keys.repository';
import type { CreateApiKeyInput } from './dtos/create-api-key.input';

/** Who a request acts as, once its API key checked out. */
export interface ApiKeyPrincipal {
  apiKeyId: string;
  tenantId: string;
  role: ApiKeyRole;
  name: string;
}

/** Writing last_used_at on every request would cost a write per request; once a minute per key is plenty. */
const LAST_USED_RESOLUTION_MS = 60_000;

const createApiKeySchema = z.object({
  name: z.string().trim().min(1, 'must not be empty').max(200),
  role: z.enum(API_KEY_ROLES),
});

/** What the audit log keeps of a key: never the key or its hash. */
function auditView(key: ApiKey): Record<string, unknown> {
  return { name: key.name, prefix: key.prefix, role: key.role, revokedAt: key.revokedAt };
}

@Injectable()
export class ApiKeysService {
  private readonly logger = new Logger(ApiKeysService.name);
  private readonly lastUsedWritten = new Map<string, number>();

  constructor(
    private readonly keys: ApiKeysRepository,
    private readonly clock: Clock,
    private readonly audit: AuditService,
  ) {}

  async authenticate(key: string): Promise<ApiKeyPrincipal> {
    const stored = await this.keys.findByHash(hashApiKey(key));
    if (!stored) throw new ApiKeyInvalidError();
    if (stored.revokedAt) throw new ApiKeyRevokedError();
    await this.touch(stored.id);
    return { apiKeyId: stored.id, tenantId: stored.tenantId, role: stored.role, name: stored.name };
  }

  async list(principal: Principal, page?: PageInput | null): Promise<Page<ApiKey>> {
    const request = pageRequest(page, 2);
    const after = request.after
      ? { createdAt: new Date(String(request.after[0])), id: String(request.after[1]) }
      : undefined;
    const { rows, totalCount } = await this.keys.list(principal.tenantId, request.first + 1, after);
    return paginate(rows, request, totalCount, (key) => [new Date(key.createdAt).toISOString(), key.id]);
  }

  /** Creates a key; the returned secret is the only time it exists outside the caller's hands. */
  async create(principal: Principal, input: CreateApiKeyInput): Promise<{ apiKey: ApiKey; secret: string }> {
    const data = parseInput(createApiKeySchema, input, 'input');
    const secret = `ck_${randomBytes(32).toString('base64url')}`;
    const apiKey: ApiKey = {
      id: randomUUID(),
      tenantId: principal.tenantId,
      name: data.name,
      prefix: apiKeyPrefix(secret),
      keyHash: hashApiKey(secret),
      role: data.role,
      createdAt: this.clock.now(),
      lastUsedAt: null,
      revokedAt: null,
    };
    await this.keys.insert(apiKey);
    await this.audit.record(principal, {
      action: 'api_key.create',
      entityType: 'api_key',
      entityId: apiKey.id,
      after: auditView(apiKey),
    });
    return { apiKey, secret };
  }

  /** Revokes a key of the principal's tenant; revoking a revoked key changes nothing. */
  async revoke(principal: Principal, id: string): Promise<ApiKey> {
    const before = await this.keys.findById(principal.tenantId, id);
    if (!before) throw new NotFoundError('API key');
    if (before.revokedAt) return before;
    const after: ApiKey = { ...before, revokedAt: this.clock.now() };
    await this.keys.update(id, { revokedAt: after.revokedAt });
    this.lastUsedWritten.delete(id);
    await this.audit.record(principal, {
      action: 'api_key.revoke',
      entityType: 'api_key',
      entityId: id,
      before: auditView(before),
      after: auditView(after),
    });
    return after;
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
    const now = this.clock.now();
    const last = this.lastUsedWritten.get(id);
    if (last !== undefined && now.getTime() - last < LAST_USED_RESOLUTION_MS) return;
    this.lastUsedWritten.set(id, now.getTime());
    await this.keys.update(id, { lastUsedAt: now });
  }
}
