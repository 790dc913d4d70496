import { randomBytes } from 'node:crypto';
import { chmod, mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from './app-config';

interface SecretsFile {
  pseudonymKey?: string;
}

/** Secrets the embedded deployment generates for itself, kept in DATA_DIR/secrets.json readable by the owner only. */
@Injectable()
export class SecretsFileRepository {
  private readonly path: string;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    this.path = join(config.dataDir, 'secrets.json');
  }

  /** Returns the stored pseudonymisation key, creating it on first use. Losing it changes every contact id. */
  async pseudonymKey(): Promise<string> {
    const existing = await this.read();
    if (existing?.pseudonymKey) return existing.pseudonymKey;
    const created: SecretsFile = { ...existing, pseudonymKey: randomBytes(32).toString('base64url') };
    await mkdir(join(this.path, '..'), { recursive: true });
    try {
      // 'wx' makes a concurrent first start lose the race instead of overwriting the winner's key.
      await writeFile(this.path, JSON.stringify(created, null, 2) + '\n', { mode: 0o600, flag: existing ? 'w' : 'wx' });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      return this.pseudonymKey();
    }
    await chmod(this.path, 0o600);
    return created.pseudonymKey!;
  }

  private async read(): Promise<SecretsFile | undefined> {
    try {
      return JSON.parse(await readFile(this.path, 'utf8')) as SecretsFile;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
      throw error;
    }
  }
}
