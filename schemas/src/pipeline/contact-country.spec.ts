import { contactCountryFromId } from './contact-country';

describe('contactCountryFromId', () => {
  it('reads the country from the calling code of a phone-number id, in any spelling', () => {
    expect(contactCountryFromId('whatsapp', '4915112345678')).toBe('DE');
    expect(contactCountryFromId('whatsapp', '+49 151 1234-5678')).toBe('DE');
    expect(contactCountryFromId('sms', '380671234567')).toBe('UA');
    expect(contactCountryFromId('viber', '351912345678')).toBe('PT');
    expect(contactCountryFromId('whatsapp', '5511987654321')).toBe('BR');
  });

  it('tells countries that share a calling code apart by the number ranges', () => {
    expect(contactCountryFromId('whatsapp', '12125551234')).toBe('US');
    expect(contactCountryFromId('whatsapp', '14165551234')).toBe('CA');
    expect(contactCountryFromId('whatsapp', '18765551234')).toBe('JM');
    expect(contactCountryFromId('whatsapp', '79161234567')).toBe('RU');
    expect(contactCountryFromId('whatsapp', '77012345678')).toBe('KZ');
    expect(contactCountryFromId('whatsapp', '447400123456')).toBe('GB');
  });

  it("falls back to a shared code's main country for numbers outside the known ranges", () => {
    expect(contactCountryFromId('whatsapp', '15550001234')).toBe('US');
    expect(contactCountryFromId('whatsapp', '70001234567')).toBe('RU');
  });

  it('never reads a country from ids that are not phone numbers', () => {
    expect(contactCountryFromId('whatsapp', 'US.13491208655302741918')).toBeUndefined();
    expect(contactCountryFromId('email', 'anna@example.com')).toBeUndefined();
    // Telegram/VK user ids, Messenger PSIDs and Instagram ids are digits too: they would read as RU, US, …
    expect(contactCountryFromId('telegram', '79161234567')).toBeUndefined();
    expect(contactCountryFromId('messenger', '12125551234567')).toBeUndefined();
    expect(contactCountryFromId('vk', '79161234')).toBeUndefined();
    expect(contactCountryFromId('whatsapp', '0151123')).toBeUndefined();
    expect(contactCountryFromId('whatsapp', '4915112345678901234')).toBeUndefined();
    expect(contactCountryFromId('whatsapp', '8821234567')).toBeUndefined();
  });

  it('takes an explicit international number on channels whose ids are not phone numbers', () => {
    expect(contactCountryFromId('webchat', '+48 512 345 678')).toBe('PL');
    expect(contactCountryFromId('webchat', '48512345678')).toBeUndefined();
  });
});
