import { writeFileSync } from 'node:fs';
import type { CliConfig } from './cli-args';
import { ProgressBar } from './progress-bar';
import { HttpPoster } from './sinks/http-poster';
import { KafkaEventProducer } from './sinks/kafka-event-producer';
import { NdjsonWriter } from './sinks/ndjson-writer';
import { WebhookDirectoryWriter } from './sinks/webhook-directory-writer';
import { TrafficSimulator } from './traffic-simulator';
import { WhatsAppEncoder, type SignedPayload } from './whatsapp-encoder';

export interface RunSummary {
  lines: number;
  elapsedMs: number;
  eventsPerSecond: number;
  webhookPayloads: number;
  posted: number;
  postRetries: number;
  produced: number;
  whatsappSkipped: Record<string, number>;
}

/** The base URL plus the default path, unless the URL already names a path. */
export function endpoint(url: string, defaultPath: string): string {
  const u = new URL(url);
  if (u.pathname === '/' || u.pathname === '') u.pathname = defaultPath;
  return u.toString();
}

/** Runs the simulator into every target the configuration names; throws SimulatorError on failure. */
export async function runSimulation(
  config: CliConfig,
  progressStream: NodeJS.WriteStream,
  showProgress: boolean,
): Promise<RunSummary> {
  const started = Date.now();
  const sim = new TrafficSimulator({
    seed: config.seed,
    days: config.days,
    startMs: Date.parse(config.start),
    events: config.events,
    contacts: config.contacts,
    tenantId: config.tenant,
    violationEvery: config.violationEvery,
  });
  const bar = new ProgressBar(progressStream, config.events, showProgress);
  const poster = config.post
    ? new HttpPoster({
        url: endpoint(config.post, config.format === 'whatsapp' ? '/webhooks/whatsapp' : '/v1/events'),
        concurrency: config.concurrency,
      })
    : undefined;
  let lines = 0;
  let webhookPayloads = 0;
  let produced = 0;
  let skipped: Record<string, number> = {};

  if (config.format === 'whatsapp') {
    const encoder = new WhatsAppEncoder({ appSecret: config.appSecret!, world: sim.world });
    const dir = config.out ? new WebhookDirectoryWriter(config.out) : undefined;
    const deliver = async (payloads: SignedPayload[]) => {
      for (const payload of payloads) {
        webhookPayloads++;
        dir?.write(payload);
        if (poster)
          await poster.submit(payload.body, {
            'content-type': 'application/json',
            'x-hub-signature-256': payload.signature,
          });
      }
    };
    for (const event of sim) {
      const ready = encoder.add(event);
      if (ready.length) await deliver(ready);
      if ((++lines & 4095) === 0) bar.update(lines);
    }
    await deliver(encoder.flush());
    skipped = encoder.skipped;
  } else {
    const writer = config.out ? new NdjsonWriter(config.out) : undefined;
    const kafka = config.kafka
      ? new KafkaEventProducer(config.kafka, config.topic, config.batch, config.concurrency)
      : undefined;
    if (kafka) await kafka.connect();
    let postBatch: string[] = [];
    const postHeaders = { 'content-type': 'application/x-ndjson', authorization: `Bearer ${config.apiKey ?? ''}` };
    try {
      for (const event of sim) {
        const line = JSON.stringify(event);
        if (writer && writer.push(line)) await writer.flush();
        if (kafka && kafka.push(event, line)) await kafka.flush();
        if (poster) {
          postBatch.push(line);
          if (postBatch.length >= config.batch) {
            const body = postBatch.join('\n') + '\n';
            postBatch = [];
            await poster.submit(body, postHeaders);
          }
        }
        if ((++lines & 4095) === 0) bar.update(lines);
      }
      if (poster && postBatch.length) await poster.submit(postBatch.join('\n') + '\n', postHeaders);
      await writer?.close();
    } finally {
      if (kafka) {
        await kafka.close();
        produced = kafka.produced;
      }
    }
  }
  await poster?.drain();
  bar.finish(lines);
  if (config.truth) writeFileSync(config.truth, JSON.stringify(sim.truth.toJSON(), null, 2) + '\n');
  const elapsedMs = Date.now() - started;
  return {
    lines,
    elapsedMs,
    eventsPerSecond: Math.round(lines / Math.max(elapsedMs / 1000, 0.001)),
    webhookPayloads,
    posted: poster?.posted ?? 0,
    postRetries: poster?.retries ?? 0,
    produced,
    whatsappSkipped: skipped,
  };
}
