import { createHmac } from 'node:crypto';
import { isValidWhatsAppSignature, secretsEqual, signWhatsAppBody } from './whatsapp-signature';

const SECRET = 'app-secret';

describe('isValidWhatsAppSignature', () => {
  const body = Buffer.from('{"object":"whatsapp_business_account","entry":[]}');

  it('accepts the HMAC-SHA256 of the raw bytes', () => {
    expect(isValidWhatsAppSignature(body, signWhatsAppBody(body, SECRET), SECRET)).toBe(true);
  });

  it('accepts upper-case hex digits', () => {
    const hex = createHmac('sha256', SECRET).update(body).digest('hex').toUpperCase();
    expect(isValidWhatsAppSignature(body, `sha256=${hex}`, SECRET)).toBe(true);
  });

  it('rejects a signature made with another secret', () => {
    expect(isValidWhatsAppSignature(body, signWhatsAppBody(body, 'other'), SECRET)).toBe(false);
  });

  it('rejects a signature of other bytes', () => {
    expect(
      isValidWhatsAppSignature(body, signWhatsAppBody(Buffer.concat([body, Buffer.from(' ')]), SECRET), SECRET),
    ).toBe(false);
  });

  it('rejects a missing or empty header', () => {
    expect(isValidWhatsAppSignature(body, undefined, SECRET)).toBe(false);
    expect(isValidWhatsAppSignature(body, '', SECRET)).toBe(false);
  });

  it('rejects a wrong prefix or a truncated digest', () => {
    const hex = createHmac('sha256', SECRET).update(body).digest('hex');
    expect(isValidWhatsAppSignature(body, `sha1=${hex}`, SECRET)).toBe(false);
    expect(isValidWhatsAppSignature(body, hex, SECRET)).toBe(false);
    expect(isValidWhatsAppSignature(body, `sha256=${hex.slice(0, 62)}`, SECRET)).toBe(false);
    expect(isValidWhatsAppSignature(body, `sha256=${hex}00`, SECRET)).toBe(false);
  });

  it('checks non-ASCII bodies over the bytes Meta sent, which re-serialised JSON does not reproduce', () => {
    // Meta escapes non-ASCII as \uXXXX; JSON.stringify of the parsed value writes the characters themselves.
    const sent = Buffer.from('{"text":"\\u041f\\u0440\\u0438\\u0432\\u0435\\u0442 \\ud83d\\ude00 caf\\u00e9"}', 'utf8');
    const header = signWhatsAppBody(sent, SECRET);
    expect(isValidWhatsAppSignature(sent, header, SECRET)).toBe(true);
    const reserialised = Buffer.from(JSON.stringify(JSON.parse(sent.toString('utf8'))), 'utf8');
    expect(reserialised.toString('utf8')).toContain('Привет');
    expect(isValidWhatsAppSignature(reserialised, header, SECRET)).toBe(false);
  });
});

describe('secretsEqual', () => {
  it('compares values of any length', () => {
    expect(secretsEqual('token', 'token')).toBe(true);
    expect(secretsEqual('token', 'token2')).toBe(false);
    expect(secretsEqual('', 'token')).toBe(false);
  });
});
