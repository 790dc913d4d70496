import type { CatalogItem } from './catalog-item.entity';
import { planCatalogChanges } from './catalog-changes';

const T0 = new Date('2026-03-01T00:00:00.000Z');
const NOW = new Date('2026-04-01T00:00:00.000Z');
const item = (over: Partial<CatalogItem> = {}): CatalogItem => ({
  tenantId: 't1',
  itemId: 'a',
  accountId: '',
  title: 'Hat',
  description: '',
  url: null,
  createdAt: T0,
  updatedAt: T0,
  removedAt: null,
  ...over,
});
const content = (over: Record<string, unknown> = {}) => ({
  itemId: 'a',
  removed: false as const,
  accountId: '',
  title: 'Hat',
  description: '',
  url: null,
  ...over,
});

describe('planCatalogChanges', () => {
  it('creates new items, leaves identical ones alone and dates a changed one now', () => {
    const plan = planCatalogChanges(
      't1',
      [item(), item({ itemId: 'b' })],
      [content(), content({ itemId: 'b', description: 'Wool' }), content({ itemId: 'c' })],
      NOW,
    );
    expect(plan).toMatchObject({ created: 1, updated: 1, removed: 0, unchanged: 1 });
    expect(plan.save).toEqual([
      item({ itemId: 'b', description: 'Wool', updatedAt: NOW }),
      item({ itemId: 'c', createdAt: NOW, updatedAt: NOW }),
    ]);
  });

  it('a removal keeps the content and date; removing again or an unknown item changes nothing; re-adding revives', () => {
    const removal = { itemId: 'a', removed: true as const };
    const plan = planCatalogChanges('t1', [item()], [removal, { itemId: 'zz', removed: true }], NOW);
    expect(plan).toMatchObject({ removed: 1, unchanged: 1, save: [item({ removedAt: NOW })] });
    expect(planCatalogChanges('t1', [item({ removedAt: NOW })], [removal], NOW)).toMatchObject({
      unchanged: 1,
      save: [],
    });
    expect(planCatalogChanges('t1', [item({ removedAt: T0 })], [content()], NOW).save).toEqual([
      item({ updatedAt: NOW }),
    ]);
  });
});
