import { toInput, toValues, validateMarketing, type MarketingValues } from './marketing-values';

const valid: MarketingValues = {
  attributionWindowDays: '7',
  reportingCurrency: 'eur',
  exchangeRates: [
    { currency: 'uah', rate: '0,022' },
    { currency: 'PLN', rate: '0.23' },
  ],
  messagePrices: [
    { channel: 'WHATSAPP', category: 'marketing', price: '0.05' },
    { channel: 'WHATSAPP', category: 'any', price: '0' },
  ],
};

describe('marketing settings form checks', () => {
  it('accepts a valid form and sends whole lists with codes upper-cased and numbers parsed', () => {
    expect(Object.values(validateMarketing(valid)).filter(Boolean)).toEqual([]);
    expect(toInput(valid)).toEqual({
      attributionWindowDays: 7,
      reportingCurrency: 'EUR',
      exchangeRates: [
        { currency: 'UAH', rate: 0.022 },
        { currency: 'PLN', rate: 0.23 },
      ],
      messagePrices: [
        { channel: 'WHATSAPP', category: 'marketing', price: 0.05 },
        { channel: 'WHATSAPP', category: 'any', price: 0 },
      ],
    });
  });

  it('names each invalid field by its path, rows included', () => {
    const errors = validateMarketing({
      attributionWindowDays: '91',
      reportingCurrency: 'EURO',
      exchangeRates: [
        { currency: 'UAH', rate: '0' },
        { currency: 'uah', rate: 'abc' },
        { currency: 'E1', rate: '1' },
      ],
      messagePrices: [
        { channel: 'SMS', category: 'any', price: '-1' },
        { channel: 'SMS', category: 'any', price: '0.1' },
        { channel: 'VIBER', category: 'any', price: '' },
      ],
    });
    expect(errors).toEqual({
      attributionWindowDays: 'marketingSettings.validation.windowDays',
      reportingCurrency: 'validation.currency',
      'exchangeRates.0.rate': 'marketingSettings.validation.rate',
      'exchangeRates.1.currency': 'marketingSettings.validation.duplicateRate',
      'exchangeRates.1.rate': 'marketingSettings.validation.rate',
      'exchangeRates.2.currency': 'validation.currency',
      'messagePrices.0.price': 'validation.amount',
      'messagePrices.1.category': 'marketingSettings.validation.duplicatePrice',
      'messagePrices.2.price': 'validation.amount',
    });
  });

  it('keeps the window to whole days from 1 to 90 and refuses a rate for the reporting currency itself', () => {
    const window = (days: string) => validateMarketing({ ...valid, attributionWindowDays: days }).attributionWindowDays;
    expect(window('1')).toBeUndefined();
    expect(window('90')).toBeUndefined();
    expect(window('0')).toBeDefined();
    expect(window('2.5')).toBeDefined();
    expect(window('')).toBeDefined();
    expect(
      validateMarketing({ ...valid, exchangeRates: [{ currency: 'Eur', rate: '1' }] })['exchangeRates.0.currency'],
    ).toBe('marketingSettings.validation.sameCurrency');
  });

  it('starts from the stored settings as typed text', () => {
    expect(
      toValues({
        attributionWindowDays: 14,
        reportingCurrency: 'BRL',
        exchangeRates: [{ currency: 'USD', rate: 5.1 }],
        messagePrices: [{ channel: 'SMS', category: 'any', price: 0.07 }],
      }),
    ).toEqual({
      attributionWindowDays: '14',
      reportingCurrency: 'BRL',
      exchangeRates: [{ currency: 'USD', rate: '5.1' }],
      messagePrices: [{ channel: 'SMS', category: 'any', price: '0.07' }],
    });
  });
});
