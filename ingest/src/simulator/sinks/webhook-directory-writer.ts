import { mkdirSync, writeFileSync, appendFileSync } from 'node:fs';
import { join } from 'node:path';
import type { SignedPayload } from '../whatsapp-encoder';

/**
 * Writes each signed payload as `payload-NNNNNN.json` (the exact signed bytes) with a `.sig` file holding its
 * X-Hub-Signature-256 value, and one line per payload in `signatures.ndjson`.
 */
export class WebhookDirectoryWriter {
  private count = 0;

  constructor(private readonly dir: string) {
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'signatures.ndjson'), '');
  }

  write(payload: SignedPayload): void {
    const file = `payload-${String(++this.count).padStart(6, '0')}.json`;
    writeFileSync(join(this.dir, file), payload.body);
    writeFileSync(join(this.dir, `${file}.sig`), `${payload.signature}\n`);
    appendFileSync(
      join(this.dir, 'signatures.ndjson'),
      `${JSON.stringify({ file, signature: payload.signature, updates: payload.updates, bytes: payload.body.length })}\n`,
    );
  }

  get written(): number {
    return this.count;
  }
}
