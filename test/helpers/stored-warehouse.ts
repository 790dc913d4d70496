import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { createInterface } from 'node:readline';

/** Read access to a stopped product's stored ClickHouse data, from a child process (chDB: one data dir per process). */
export interface StoredWarehouse {
  rows<T>(sql: string, params?: Record<string, unknown>): Promise<T[]>;
  close(): Promise<void>;
}

type Reply = { id: number; rows?: unknown[]; error?: string } | { ready: boolean; error?: string };

export async function openStoredWarehouse(dataDir: string, database: string): Promise<StoredWarehouse> {
  const child = spawn(process.execPath, [join(__dirname, 'stored-warehouse-worker.js'), dataDir, database], {
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  const pending = new Map<number, { resolve: (rows: unknown[]) => void; reject: (error: Error) => void }>();
  let nextId = 0;
  const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
  const ready = new Promise<void>((resolve, reject) => {
    createInterface({ input: child.stdout }).on('line', (line) => {
      const reply = JSON.parse(line) as Reply;
      if ('ready' in reply) return reply.ready ? resolve() : reject(new Error(reply.error));
      const waiter = pending.get(reply.id);
      pending.delete(reply.id);
      if (reply.error !== undefined) waiter?.reject(new Error(reply.error));
      else waiter?.resolve(reply.rows ?? []);
    });
    void exited.then((code) => reject(new Error(`stored-warehouse worker exited ${code}`)));
  });
  await ready;
  return {
    rows<T>(sql: string, params: Record<string, unknown> = {}): Promise<T[]> {
      const id = nextId++;
      return new Promise<T[]>((resolve, reject) => {
        pending.set(id, { resolve: (rows) => resolve(rows as T[]), reject });
        child.stdin.write(JSON.stringify({ id, sql, params }) + '\n');
      });
    },
    async close() {
      child.stdin.end();
      await exited;
    },
  };
}
