import { createHmac } from 'node:crypto';
import { isNonPublicAddress, webhookUrlProblem } from './webhook-address';
import { webhookSignature } from './webhook-signature';

describe('webhook URL and address checks (SSRF)', () => {
  it.each([
    ['127.0.0.1', true],
    ['10.1.2.3', true],
    ['172.16.0.1', true],
    ['172.32.0.1', false],
    ['192.168.1.1', true],
    ['169.254.169.254', true],
    ['100.64.0.1', true],
    ['0.0.0.0', true],
    ['8.8.8.8', false],
    ['::1', true],
    ['fd00::1', true],
    ['fe80::1', true],
    ['::ffff:127.0.0.1', true],
    ['::ffff:8.8.8.8', false],
    ['2001:4860:4860::8888', false],
    ['not-an-ip', true],
  ])('%s is non-public: %s', (address, expected) => {
    expect(isNonPublicAddress(address)).toBe(expected);
  });

  it('refuses other schemes, credentials and private literal hosts unless allowed', () => {
    expect(webhookUrlProblem('https://hooks.example.com/x', false)).toBeNull();
    expect(webhookUrlProblem('ftp://hooks.example.com/x', false)).not.toBeNull();
    expect(webhookUrlProblem('file:///etc/passwd', false)).not.toBeNull();
    expect(webhookUrlProblem('hooks.example.com', false)).not.toBeNull();
    expect(webhookUrlProblem('https://user:pw@hooks.example.com/', false)).not.toBeNull();
    for (const url of [
      'http://127.0.0.1:8080/',
      'http://localhost/',
      'http://[::1]/',
      'http://10.0.0.5/',
      'http://a.localhost/',
    ]) {
      expect(webhookUrlProblem(url, false)).not.toBeNull();
      expect(webhookUrlProblem(url, true)).toBeNull();
    }
  });
});

describe('webhookSignature', () => {
  it('is the hex HMAC-SHA256 of "<timestamp>.<raw body>" with the secret', () => {
    const body = '{"id":"f1","title":"Ünïcode ✓"}';
    const expected = createHmac('sha256', 'whsec_test').update(`1767225600.${body}`, 'utf8').digest('hex');
    expect(webhookSignature('whsec_test', 1767225600, body)).toBe(`sha256=${expected}`);
    expect(webhookSignature('whsec_test', 1767225600, Buffer.from(body))).toBe(`sha256=${expected}`);
    expect(webhookSignature('whsec_other', 1767225600, body)).not.toBe(`sha256=${expected}`);
  });
});
