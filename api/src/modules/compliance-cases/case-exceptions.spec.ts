import { exceptionOf, withExceptions } from './case-exceptions';

describe('exceptionOf', () => {
  it('takes the matched phrase of content kinds as an exception of the category, literally and lower-cased', () => {
    expect(exceptionOf('PROHIBITED_CONTENT', { category: 'weapons', matchedPhrase: 'Air  Rifle' })).toEqual({
      category: 'weapons',
      term: 'air rifle',
    });
    expect(exceptionOf('TEMPLATE_MISUSE', { category: 'promotional', matchedPhrase: '20% off*' })).toEqual({
      category: 'promotional',
      term: '20% off',
    });
    expect(exceptionOf('PROHIBITED_CONTENT', { category: 'weapons', matchedPhrase: 'gun~shop' })).toEqual({
      category: 'weapons',
      term: 'gun shop',
    });
  });

  it('gives nothing for other kinds, unknown categories or unusable phrases', () => {
    expect(exceptionOf('NO_CONSENT', { category: 'weapons', matchedPhrase: 'rifle' })).toBeNull();
    expect(exceptionOf('PROHIBITED_CONTENT', { category: 'not_a_category', matchedPhrase: 'rifle' })).toBeNull();
    expect(exceptionOf('PROHIBITED_CONTENT', { category: 'weapons' })).toBeNull();
    expect(exceptionOf('PROHIBITED_CONTENT', { category: 'weapons', matchedPhrase: ' ~*| ' })).toBeNull();
  });
});

describe('withExceptions', () => {
  it('adds new terms per category, skipping ones already listed (any case) and repeats, keeping other settings', () => {
    const { overrides, added } = withExceptions(
      { categories: { weapons: { enabled: true, exceptions: ['Air Rifle'] } } },
      [
        { category: 'weapons', term: 'air rifle' },
        { category: 'weapons', term: 'water gun' },
        { category: 'weapons', term: 'water gun' },
        { category: 'gambling', term: 'bingo night' },
      ],
    );
    expect(added).toEqual([
      { category: 'weapons', term: 'water gun' },
      { category: 'gambling', term: 'bingo night' },
    ]);
    expect(overrides).toEqual({
      categories: {
        weapons: { enabled: true, exceptions: ['Air Rifle', 'water gun'] },
        gambling: { exceptions: ['bingo night'] },
      },
    });
  });
});
