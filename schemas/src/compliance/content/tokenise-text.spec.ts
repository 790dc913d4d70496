import { tokeniseText } from './tokenise-text';

const words = (text: string): string[] => tokeniseText(text).map((t) => t.text);

describe('tokeniseText', () => {
  it('folds case, NFKC forms and Latin diacritics', () => {
    expect(words('Wódka ŻUBRÓWKA Ａｌｃｏｈｏｌ façade Straße Łódź')).toEqual([
      'wodka',
      'zubrowka',
      'alcohol',
      'facade',
      'strasse',
      'lodz',
    ]);
  });

  it('keeps Cyrillic letters distinct (й, ї, є, ґ) but reads ё as е, also when decomposed', () => {
    expect(words('Йогурт ЇЖАК Європа Ґанок Ёлка')).toEqual(['йогурт', 'їжак', 'європа', 'ґанок', 'елка']);
    expect(words('и\u0306од')).toEqual(['йод']);
  });

  it('unifies Latin/Cyrillic look-alikes to the script of the word, in both directions', () => {
    // Latin a, o inside a Cyrillic word; Cyrillic с, а, о inside a Latin word.
    expect(words('кaзинo саsinо')).toEqual(['казино', 'casino']);
    // A word written only in one script is left alone.
    expect(words('рос cop')).toEqual(['рос', 'cop']);
  });

  it('reads digits and symbols as letters inside words, keeping the literal reading and 1→l as variants', () => {
    const [vodka, alcohol, plain] = tokeniseText('v0dka a1cohol 48213');
    expect(vodka.text).toBe('vodka');
    expect(vodka.variants).toContain('v0dka');
    expect(alcohol.variants).toContain('alcohol');
    expect(plain).toMatchObject({ text: '48213', numeric: true });
    expect(words('ca$ino c@sino')).toEqual(['casino', 'casino']);
    expect(words('з0л0т0')).toEqual(['золото']);
  });

  it('drops zero-width characters, soft hyphens and apostrophes inside words', () => {
    expect(words("ca\u200bsi\u00adno З’єдную don't")).toEqual(['casino', 'зєдную', 'dont']);
  });

  it('merges three or more spaced or punctuated single letters, never ordinary words', () => {
    expect(words('c a s i n o')).toEqual(['casino']);
    expect(words('c.a.s.i.n.o k-a-z-i-n-o')).toEqual(['casino', 'kazino']);
    expect(words('a b')).toEqual(['a', 'b']);
    expect(words('I am a big fan')).toEqual(['i', 'am', 'a', 'big', 'fan']);
    expect(words('c\na\ns')).toEqual(['c', 'a', 's']);
  });

  it('keeps original offsets, including for merged letters', () => {
    const text = 'Hi! c a s i n o';
    const [hi, merged] = tokeniseText(text);
    expect(text.slice(hi.start, hi.end)).toBe('Hi');
    expect(text.slice(merged.start, merged.end)).toBe('c a s i n o');
    expect(merged.letterStarts).toEqual([4, 6, 8, 10, 12, 14]);
  });

  it('makes the percent sign a token of its own', () => {
    expect(words('20% off')).toEqual(['20', '%', 'off']);
  });
});
