import { z } from 'zod';
import { isIdentifier } from './identifier';

const identifier = z.string().refine(isIdentifier, 'must be a plain identifier (letters, digits, underscore)');

export const warehouseConfigSchema = z
  .object({
    /** ClickHouse server (http[s]://host:port). Without it the in-process chDB engine is used. */
    url: z.string().url().optional(),
    /** chDB data directory (one per process); ':memory:' for a throwaway engine. */
    dataDir: z.string().min(1).optional(),
    database: identifier,
    username: z.string().optional(),
    password: z.string().optional(),
    /** Cluster name for `ON CLUSTER` DDL and Replicated* engines; server only. */
    cluster: identifier.optional(),
    clickhouseSettings: z.record(z.union([z.string(), z.number(), z.boolean()])).optional(),
    requestTimeoutMs: z.number().int().positive().optional(),
  })
  .strict()
  .refine((c) => c.url !== undefined || c.dataDir !== undefined, {
    message: 'either url (ClickHouse server) or dataDir (embedded chDB) is required',
    path: ['dataDir'],
  })
  .refine((c) => c.cluster === undefined || c.url !== undefined, {
    message: 'cluster needs a ClickHouse server url',
    path: ['cluster'],
  });

export type WarehouseConfig = z.infer<typeof warehouseConfigSchema>;
