import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { z } from 'zod';
import type { Principal } from '../../common/auth/principal';
import { Clock } from '../../common/clock/clock';
import { AppError } from '../../common/errors/app-error';
import { NotFoundError } from '../../common/errors/not-found.error';
import { parseInput } from '../../common/errors/parse-input';
import type { ComplianceSavedView } from './compliance-saved-view.entity';
import { ComplianceCasesRepository } from './compliance-cases.repository';
import type { ComplianceSavedViewModel, SaveComplianceViewInput } from './dtos/saved-view.model';

/** Largest stored filter, in bytes of its JSON text. */
export const MAX_VIEW_FILTER_BYTES = 8 * 1024;

type Store = Pick<ComplianceCasesRepository, 'visibleViews' | 'findView' | 'saveView' | 'deleteView'>;

const saveSchema = z.object({
  id: z.string().min(1).nullish(),
  name: z.string().trim().min(1, 'must not be empty').max(100, 'at most 100 characters'),
  filter: z
    .record(z.string(), z.unknown(), { invalid_type_error: 'must be a JSON object' })
    .refine((value) => Buffer.byteLength(JSON.stringify(value)) <= MAX_VIEW_FILTER_BYTES, {
      message: `at most ${MAX_VIEW_FILTER_BYTES} bytes as JSON`,
    }),
  shared: z.boolean().nullish(),
});

/**
 * Saved views of the violations list: each caller sees their own views and the tenant's shared ones; only the owner
 * (or an admin) changes or deletes a view. Another owner's private view is NOT_FOUND to everyone but admins.
 */
@Injectable()
export class SavedViewsService {
  constructor(
    @Inject(ComplianceCasesRepository) private readonly store: Store,
    @Inject(Clock) private readonly clock: Pick<Clock, 'now'>,
  ) {}

  async list(principal: Principal): Promise<ComplianceSavedViewModel[]> {
    const owner = ownerOf(principal);
    return (await this.store.visibleViews(principal.tenantId, owner.id)).map((view) => model(view, owner.id));
  }

  async save(principal: Principal, raw: SaveComplianceViewInput): Promise<ComplianceSavedViewModel> {
    const input = parseInput(saveSchema, raw, 'input');
    const owner = ownerOf(principal);
    const now = this.clock.now();
    const existing = input.id ? await this.changeable(principal, input.id) : null;
    const view: ComplianceSavedView = {
      id: existing?.id ?? randomUUID(),
      tenantId: principal.tenantId,
      ownerKind: existing?.ownerKind ?? owner.kind,
      ownerId: existing?.ownerId ?? owner.id,
      ownerLabel: existing?.ownerLabel ?? principal.label,
      name: input.name,
      filter: JSON.stringify(input.filter),
      shared: input.shared ?? existing?.shared ?? false,
      createdAt: existing?.createdAt ?? now,
      updatedAt: now,
    };
    await this.store.saveView(view);
    return model(view, owner.id);
  }

  async delete(principal: Principal, id: string): Promise<boolean> {
    await this.changeable(principal, id);
    await this.store.deleteView(principal.tenantId, id);
    return true;
  }

  /** The view if the principal may change it: FORBIDDEN for someone else's shared view, NOT_FOUND when not visible. */
  private async changeable(principal: Principal, id: string): Promise<ComplianceSavedView> {
    const view = await this.store.findView(principal.tenantId, id);
    const owner = ownerOf(principal);
    const mine = view?.ownerId === owner.id;
    if (!view || (!mine && !view.shared && principal.role !== 'admin')) throw new NotFoundError('saved view');
    if (!mine && principal.role !== 'admin') {
      throw new AppError('FORBIDDEN', 'only the owner or an admin may change a saved view');
    }
    return view;
  }
}

function ownerOf(principal: Principal): { kind: 'user' | 'api_key'; id: string } {
  const id = principal.kind === 'user' ? principal.userId : principal.apiKeyId;
  if (!id) throw new AppError('FORBIDDEN', 'saved views need a signed-in user or an API key');
  return { kind: principal.kind, id };
}

function model(view: ComplianceSavedView, callerId: string): ComplianceSavedViewModel {
  return {
    id: view.id,
    name: view.name,
    filter: JSON.parse(view.filter) as Record<string, unknown>,
    shared: view.shared,
    owner: view.ownerLabel,
    mine: view.ownerId === callerId,
    createdAt: view.createdAt,
    updatedAt: view.updatedAt,
  };
}
