import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { HttpPoster } from './http-poster';
import { SimulatorError } from '../simulator-error';

describe('HttpPoster', () => {
  let server: Server;
  let url: string;
  const answers: number[] = [];
  const received: string[] = [];

  beforeAll(async () => {
    server = createServer((req, res) => {
      let body = '';
      req.on('data', (c: Buffer) => (body += c.toString()));
      req.on('end', () => {
        received.push(`${req.headers.authorization ?? ''} ${body}`);
        res.statusCode = answers.shift() ?? 200;
        res.end('{}');
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1/events`;
  });

  afterAll(async () => {
    await new Promise<void>((resolve) => server.close(() => resolve()));
  });

  beforeEach(() => {
    answers.length = 0;
    received.length = 0;
  });

  it('retries 5xx answers and then succeeds', async () => {
    answers.push(503, 500);
    const poster = new HttpPoster({ url, concurrency: 2, baseDelayMs: 1 });
    await poster.submit('{"a":1}\n', { authorization: 'Bearer k' });
    await poster.drain();
    expect(poster.posted).toBe(1);
    expect(poster.retries).toBe(2);
    expect(received).toEqual(['Bearer k {"a":1}\n', 'Bearer k {"a":1}\n', 'Bearer k {"a":1}\n']);
  });

  it('fails loudly on a 4xx without retrying', async () => {
    answers.push(401);
    const poster = new HttpPoster({ url, concurrency: 1, baseDelayMs: 1 });
    await poster.submit('x', {});
    await expect(poster.drain()).rejects.toMatchObject({ code: 'SIMULATOR_POST_REJECTED' });
    expect(received).toHaveLength(1);
  });

  it('gives up after the attempts are spent', async () => {
    answers.push(503, 503, 503);
    const poster = new HttpPoster({ url, concurrency: 1, baseDelayMs: 1, maxAttempts: 3 });
    await poster.submit('x', {});
    const error = await poster.drain().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SimulatorError);
    expect((error as SimulatorError).code).toBe('SIMULATOR_POST_FAILED');
  });
});
