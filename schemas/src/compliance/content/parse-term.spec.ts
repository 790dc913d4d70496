import { thrownCode } from '../testing/thrown-code';
import { parseTerm } from './parse-term';

describe('parseTerm', () => {
  it('parses stems, exact words, alternatives, numbers and near pairs', () => {
    const { parts } = parseTerm('Сигарет* ~ продаж*|купить #');
    expect(parts).toHaveLength(2);
    expect(parts[0][0].alternatives).toEqual([{ stem: 'сигарет', open: true }]);
    expect(parts[1][0].alternatives).toEqual([
      { stem: 'продаж', open: true },
      { stem: 'купить', open: false },
    ]);
    expect(parts[1][1].numeric).toBe(true);
  });

  it('normalises terms like text: punctuation splits words, diacritics go', () => {
    const { parts } = parseTerm('E-Cigarette*');
    expect(parts[0].map((w) => w.alternatives)).toEqual([
      [{ stem: 'e', open: false }],
      [{ stem: 'cigarette', open: true }],
    ]);
  });

  it.each([[''], ['a ~ b ~ c'], ['ab*'], ['~ casino'], ['#'], ['ca*sino'], ['e-cig|vape'], ['!!!']])(
    'rejects %j with CONTENT_TERM_INVALID',
    (term) => {
      expect(thrownCode(() => parseTerm(term))).toBe('CONTENT_TERM_INVALID');
    },
  );
});
