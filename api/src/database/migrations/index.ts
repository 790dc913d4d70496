import { CreateTenancy0000000000001 } from './0001-create-tenancy';

/** Every relational migration, in order. Add new ones here with the next number. */
export const MIGRATIONS = [CreateTenancy0000000000001];
