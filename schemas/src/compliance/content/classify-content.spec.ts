import { BUILT_IN_RULE_SET } from '../rules';
import { classifyContent, type ClassifyOptions } from './classify-content';
import { compileRuleSet } from './compile-rule-set';

const rules = compileRuleSet(BUILT_IN_RULE_SET);
const categories = (text: string, opts: ClassifyOptions = {}): string[] =>
  classifyContent(rules, text, opts).map((f) => f.category);
const UTILITY: ClassifyOptions = { isTemplate: true, templateCategory: 'utility' };

describe('classifyContent', () => {
  it('reports the matched phrase as written, its offsets, a ±60-character snippet and the term language', () => {
    const text = `${'x'.repeat(80)} Свежий ВЕЙП и жидкости в наличии ${'y'.repeat(80)}`;
    const [finding] = classifyContent(rules, text);
    expect(finding).toMatchObject({
      kind: 'PROHIBITED_CONTENT',
      category: 'tobacco',
      severity: 'high',
      regulatedAllowed: false,
      matched: 'ВЕЙП',
      language: 'ru',
    });
    expect(text.slice(finding.start, finding.end)).toBe('ВЕЙП');
    expect(finding.snippet).toBe(text.slice(finding.start - 60, finding.end + 60));
  });

  it('reports the language whose distinctive letters the text has when a term is spelled the same in several', () => {
    const language = (text: string): string | undefined => classifyContent(rules, text)[0]?.language;
    expect(language('Ліки без рецепта, доставка сьогодні')).toBe('uk');
    expect(language('Лекарства без рецепта, доставка сегодня')).toBe('ru');
    expect(language('Без рецепта')).toBe('ru');
  });

  it('finds inflected forms in every language', () => {
    expect(categories('Продаём сигаретами и табаком оптом')).toEqual(['tobacco']);
    expect(categories('Доставимо горілку та коньяки до дверей')).toEqual(['alcohol']);
    expect(categories('Mamy nowe papierosów zapasy i tytoniu')).toEqual(['tobacco']);
    expect(categories('Temos cervejas geladas para o fim de semana')).toEqual(['alcohol']);
    expect(categories('Llegaron cigarrillos importados')).toEqual(['tobacco']);
    expect(categories('Новые поступления: пистолетов и винтовок')).toEqual(['weapons']);
  });

  it.each([
    ['spaced letters', 'Best c a s i n o bonus'],
    ['dotted letters', 'Join our c.a.s.i.n.o tonight'],
    ['hyphenated transliteration', 'Лучшее k-a-z-i-n-o в городе'],
    ['spaced letters after a one-letter word', 'Zapraszamy w k a s y n i e'],
    ['symbols for letters', 'ca$ino night'],
    ['Latin look-alikes in a Cyrillic word', 'Лучшее кaзинo'],
    ['Cyrillic look-alikes in a Latin word', 'Best саsinо'],
    ['a zero-width space', 'ca\u200bsino'],
  ])('finds an obfuscated word: %s', (_, text) => {
    expect(categories(text)).toEqual(['gambling']);
  });

  it('reads digits as letters', () => {
    expect(categories('Fresh v0dk4 delivered')).toEqual(['alcohol']);
    expect(categories('Best a1cohol prices')).toEqual(['alcohol']);
  });

  it('does not merge ordinary words into a false hit', () => {
    expect(categories('I am a big fan of a b c tests')).toEqual([]);
    expect(categories('Gin and tonic: no. Begin the order at 10.')).toEqual(['alcohol']);
    expect(categories('Begin your order, then login to track it')).toEqual([]);
  });

  it('respects allowed contexts', () => {
    expect(categories('Our wine-coloured dress is back in all sizes')).toEqual([]);
    expect(categories('Платье винного цвета снова в наличии')).toEqual([]);
    expect(categories('Quit smoking with our programme: we help you say goodbye to cigarettes')).toEqual([]);
    expect(categories('Puppy food and kitten toys: new stock at the pet shop')).toEqual([]);
    expect(categories('Корм для щенков и котят со скидкой')).toEqual([]);
    expect(categories('Contraception and family planning advice at our clinic')).toEqual([]);
    expect(categories('Hot glue gun and spare sticks, 20W')).toEqual([]);
    expect(categories('Tu cita es mañana a las 11:30')).toEqual([]);
    expect(categories('Вешалка цвета слоновой кости')).toEqual([]);
    // The same words without the allowed context are flagged.
    expect(categories('Wine delivery tonight, order by 8 pm')).toEqual(['alcohol']);
    expect(categories('Puppies for sale, reserve yours today')).toEqual(['live_animals']);
    expect(categories('Hand gun for sale')).toEqual(['weapons']);
  });

  it('cancels with an overlapping allowed context only the match it overlaps', () => {
    // "wine red" is allowed (a colour), but it must not hide the beer next to it.
    expect(classifyContent(rules, 'Our wine red scarf ships with a crate of beer')).toEqual([
      expect.objectContaining({ category: 'alcohol', matched: 'beer' }),
    ]);
    // A context that shares no word with a match reaches the matches around it.
    expect(categories('Quit smoking in 30 days: our coaches help you leave cigarettes behind')).toEqual([]);
  });

  it('reports one finding per category, in order of position', () => {
    const findings = classifyContent(rules, 'Casino bonus, vodka and more casino games');
    expect(findings.map((f) => [f.category, f.matched])).toEqual([
      ['gambling', 'Casino'],
      ['alcohol', 'vodka'],
    ]);
  });

  it('reports TEMPLATE_MISUSE only for utility and authentication templates', () => {
    const text = 'Your order 48213 is confirmed. Use promo code SAVE20 for 20% off your next order!';
    expect(classifyContent(rules, text, UTILITY)).toEqual([
      expect.objectContaining({ kind: 'TEMPLATE_MISUSE', category: 'promotional', severity: 'medium' }),
    ]);
    expect(categories(text, { isTemplate: true, templateCategory: 'authentication' })).toEqual(['promotional']);
    expect(categories(text, { isTemplate: true, templateCategory: 'marketing' })).toEqual([]);
    expect(categories(text, { isTemplate: false, templateCategory: 'utility' })).toEqual([]);
    expect(categories(text)).toEqual([]);
    expect(categories('How satisfied are you with your delivery? Take our 1-minute survey', UTILITY)).toEqual([
      'survey',
    ]);
  });

  it('reports prohibited content in templates of any category', () => {
    expect(categories('Premium whisky delivered tonight', { isTemplate: true, templateCategory: 'marketing' })).toEqual(
      ['alcohol'],
    );
  });

  it('stays fast on a long text repeating the words of a pair term', () => {
    const text = 'щенки продажа '.repeat(20000);
    const started = Date.now();
    expect(categories(text)).toEqual(['live_animals']);
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it('returns no finding for empty or neutral text', () => {
    expect(classifyContent(rules, '')).toEqual([]);
    expect(classifyContent(rules, 'Your parcel is out for delivery today between 10:00 and 14:00.')).toEqual([]);
  });
});
