import type { CombinedError } from 'urql';
import { CATALOGS } from '@web/i18n/catalog';
import { createTranslate } from '@web/i18n/translate';
import { rulesIssues } from './rules-issues';

const t = createTranslate('en', CATALOGS.en);
const badInput = (issues: unknown[]) =>
  ({ graphQLErrors: [{ extensions: { code: 'BAD_USER_INPUT', issues } }] }) as unknown as CombinedError;

describe('rulesIssues', () => {
  it("puts each API issue under its editor field, naming the term's line, first issue of a field kept", () => {
    expect(
      rulesIssues(
        badInput([
          { path: 'input.contentRuleOverrides.categories.alcohol.extraTerms.2', message: 'unbalanced |' },
          { path: 'input.contentRuleOverrides.categories.alcohol.extraTerms.4', message: 'empty word' },
          { path: 'input.quietHours.endMinute', message: 'must be 0 to 1439' },
          { path: ['input', 'frequencyCap', 'count'], message: 'must be 1 to 1000' },
          { path: 'input.contentRuleOverrides.categories.gambling.regulated.allowedCountries.1', message: 'ISO code' },
          { message: 'no path' },
          'not an issue',
        ]),
        t,
      ),
    ).toEqual({
      'categories.alcohol.extraTerms': 'Line 3: unbalanced |',
      'quietHours.endMinute': 'must be 0 to 1439',
      'frequencyCap.count': 'must be 1 to 1000',
      'categories.gambling.regulated': 'Line 2: ISO code',
    });
  });

  it('has nothing without an error or issues', () => {
    expect(rulesIssues(undefined, t)).toEqual({});
    expect(
      rulesIssues({ graphQLErrors: [{ extensions: { code: 'FORBIDDEN' } }] } as unknown as CombinedError, t),
    ).toEqual({});
  });
});
