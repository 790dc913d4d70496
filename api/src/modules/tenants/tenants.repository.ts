import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { Tenant } from './tenant.entity';

@Injectable()
export class TenantsRepository {
  constructor(@InjectRepository(Tenant) private readonly tenants: Repository<Tenant>) {}

  findById(id: string): Promise<Tenant | null> {
    return this.tenants.findOneBy({ id });
  }

  findBySlug(slug: string): Promise<Tenant | null> {
    return this.tenants.findOneBy({ slug });
  }

  /** Creates the tenant unless one with the slug exists; returns the stored row either way. */
  async ensure(slug: string, name: string): Promise<Tenant> {
    await this.tenants.createQueryBuilder().insert().values({ id: randomUUID(), slug, name }).orIgnore().execute();
    return this.tenants.findOneByOrFail({ slug });
  }
}
