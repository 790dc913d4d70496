import { createWriteStream, type WriteStream } from 'node:fs';
import { once } from 'node:events';
import type { Writable } from 'node:stream';
import { SimulatorError } from '../simulator-error';

const CHUNK_CHARS = 1 << 20;

/** Streams NDJSON to a file or stdout in ~1 MB chunks, waiting for `drain` so memory stays flat. */
export class NdjsonWriter {
  private chunk: string[] = [];
  private chunkChars = 0;
  private failure: Error | undefined;
  private readonly stream: Writable;
  private readonly ownsStream: boolean;

  constructor(target: string) {
    if (target === '-') {
      this.stream = process.stdout;
      this.ownsStream = false;
    } else {
      this.stream = createWriteStream(target);
      this.ownsStream = true;
    }
    this.stream.on('error', (error: Error) => {
      this.failure = error;
    });
  }

  /** Queues one line; true when a chunk is ready and the caller should `await flush()`. */
  push(line: string): boolean {
    this.chunk.push(line);
    this.chunkChars += line.length + 1;
    return this.chunkChars >= CHUNK_CHARS;
  }

  async flush(): Promise<void> {
    await this.flushChunk();
  }

  async close(): Promise<void> {
    await this.flushChunk();
    if (this.ownsStream) {
      const stream = this.stream as WriteStream;
      await new Promise<void>((resolve, reject) =>
        stream.end((error?: Error | null) => (error ? reject(error) : resolve())),
      );
    }
    this.check();
  }

  private async flushChunk(): Promise<void> {
    this.check();
    if (this.chunk.length === 0) return;
    const data = this.chunk.join('\n') + '\n';
    this.chunk = [];
    this.chunkChars = 0;
    if (!this.stream.write(data)) await once(this.stream, 'drain');
    this.check();
  }

  private check(): void {
    if (this.failure)
      throw new SimulatorError('SIMULATOR_OUTPUT_FAILED', `writing NDJSON failed: ${this.failure.message}`);
  }
}
