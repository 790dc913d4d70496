import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../../common/config/app-config';

export interface IndexFile {
  html: string;
  mtimeMs: number;
}

/** Read access to the built dashboard (vite's output directory). */
@Injectable()
export class WebDistRepository {
  readonly root: string;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    this.root = config.webDistDir;
  }

  /** Modification time of index.html, or undefined while the web app is not built. */
  indexModifiedAt(): number | undefined {
    try {
      return statSync(join(this.root, 'index.html')).mtimeMs;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
      throw error;
    }
  }

  readIndex(): IndexFile | undefined {
    const mtimeMs = this.indexModifiedAt();
    if (mtimeMs === undefined) return undefined;
    return { html: readFileSync(join(this.root, 'index.html'), 'utf8'), mtimeMs };
  }
}
