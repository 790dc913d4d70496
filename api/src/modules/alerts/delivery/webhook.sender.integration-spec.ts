import { lookup } from 'node:dns/promises';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { hostname } from 'node:os';
import type { AppConfig } from '../../../common/config/app-config';
import { isNonPublicAddress } from './webhook-address';
import { webhookSignature } from './webhook-signature';
import { WebhookSender } from './webhook.sender';

const config = (webhookAllowPrivate: boolean, webhookTimeoutMs = 2000): Pick<AppConfig, 'alerts'> => ({
  alerts: { webhookAllowPrivate, webhookTimeoutMs, evaluationIntervalMs: 0, deliveryMaxAttempts: 1, retryBaseMs: 1000 },
});

describe('WebhookSender against a real local receiver', () => {
  let server: Server;
  let port: number;
  let respond: (res: import('node:http').ServerResponse) => void = (res) => res.end('ok');
  const received: { headers: IncomingHttpHeaders; body: string }[] = [];

  beforeAll(async () => {
    server = createServer((req, res) => {
      let body = '';
      req.on('data', (c: Buffer) => (body += c.toString('utf8')));
      req.on('end', () => {
        received.push({ headers: req.headers, body });
        respond(res);
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    port = (server.address() as AddressInfo).port;
  });

  afterAll(async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  });

  beforeEach(() => {
    received.length = 0;
    respond = (res) => res.end('ok');
  });

  const request = (url: string) => ({
    url,
    secret: 'whsec_local',
    deliveryId: 'd1',
    body: '{"id":"f1"}',
    timestampSeconds: 1767225600,
  });

  it("refuses a hostname that resolves to a private address on the connection it makes (this machine's own name)", async () => {
    const name = hostname();
    const { address } = await lookup(name);
    // The machine's own name resolves to loopback or a private address on any machine this suite runs on.
    expect(isNonPublicAddress(address)).toBe(true);
    await expect(new WebhookSender(config(false)).send(request(`http://${name}:${port}/hook`))).rejects.toThrow(
      'resolves to a loopback or private address',
    );
    await expect(new WebhookSender(config(false)).send(request(`http://127.0.0.1:${port}/hook`))).rejects.toThrow(
      'refused',
    );
    expect(received).toHaveLength(0);
  });

  it('sends the signed bytes when private addresses are allowed', async () => {
    const name = hostname();
    const { address } = await lookup(name);
    const url = address === '127.0.0.1' ? `http://${name}:${port}/hook` : `http://127.0.0.1:${port}/hook`;
    await new WebhookSender(config(true)).send(request(url));
    expect(received).toHaveLength(1);
    expect(received[0].body).toBe('{"id":"f1"}');
    expect(received[0].headers['x-checkmark-signature']).toBe(
      webhookSignature('whsec_local', 1767225600, '{"id":"f1"}'),
    );
    expect(received[0].headers['x-checkmark-delivery']).toBe('d1');
  });

  it('fails on redirects and error statuses, and gives up after the timeout', async () => {
    const sender = new WebhookSender(config(true, 300));
    respond = (res) => {
      res.statusCode = 302;
      res.setHeader('location', 'http://169.254.169.254/');
      res.end();
    };
    await expect(sender.send(request(`http://127.0.0.1:${port}/hook`))).rejects.toThrow('answered HTTP 302');
    respond = () => undefined;
    await expect(sender.send(request(`http://127.0.0.1:${port}/hook`))).rejects.toThrow('did not answer within 300 ms');
    expect(received).toHaveLength(2);
  });
});
