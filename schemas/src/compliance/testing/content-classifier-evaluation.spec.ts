import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { compileRuleSet } from '../content/compile-rule-set';
import { CONTENT_LANGUAGES, PROHIBITED_CATEGORIES, TEMPLATE_MISUSE_CATEGORIES } from '../content/content-rules';
import { BUILT_IN_RULE_SET } from '../rules';
import { evaluateClassifier } from './evaluate-classifier';
import { LABELLED_MESSAGES } from './labelled';
import { CLASSIFIER_FLOOR, renderContentClassifierDoc } from './render-content-classifier-doc';

describe('content classifier evaluation', () => {
  const evaluation = evaluateClassifier(compileRuleSet(BUILT_IN_RULE_SET), LABELLED_MESSAGES);

  it(`reaches precision ≥ ${CLASSIFIER_FLOOR.precision} and recall ≥ ${CLASSIFIER_FLOOR.recall} on the whole labelled set`, () => {
    expect(evaluation.overall.precision).toBeGreaterThanOrEqual(CLASSIFIER_FLOOR.precision);
    expect(evaluation.overall.recall).toBeGreaterThanOrEqual(CLASSIFIER_FLOOR.recall);
  });

  it('finds every planted simulator phrase and flags no negative of the development part', () => {
    const missed = evaluation.misclassified.map((m) => m.id);
    const mustPass = LABELLED_MESSAGES.filter((m) => m.part === undefined || m.part === 'simulator').map((m) => m.id);
    expect(missed.filter((id) => mustPass.includes(id))).toEqual([]);
  });

  it('is a set of at least 300 messages, balanced across the six languages and positive/negative', () => {
    expect(LABELLED_MESSAGES.length).toBeGreaterThanOrEqual(300);
    expect(new Set(LABELLED_MESSAGES.map((m) => m.id)).size).toBe(LABELLED_MESSAGES.length);
    for (const language of CONTENT_LANGUAGES) {
      const set = LABELLED_MESSAGES.filter((m) => m.language === language);
      const positives = set.filter((m) => m.expected.length > 0).length;
      expect([language, set.length >= 50]).toEqual([language, true]);
      expect(positives / set.length).toBeGreaterThan(0.4);
      expect(positives / set.length).toBeLessThan(0.6);
    }
  });

  it('has hard negatives for at least a third of the negatives', () => {
    const negatives = LABELLED_MESSAGES.filter((m) => m.expected.length === 0);
    expect(negatives.filter((m) => m.hard).length * 3).toBeGreaterThanOrEqual(negatives.length);
  });

  it('has a positive for every category in every language', () => {
    for (const language of CONTENT_LANGUAGES) {
      const covered = new Set(
        LABELLED_MESSAGES.filter((m) => m.language === language).flatMap((m) => m.expected.map((e) => e.category)),
      );
      expect([
        language,
        [...PROHIBITED_CATEGORIES, ...TEMPLATE_MISUSE_CATEGORIES].filter((c) => !covered.has(c)),
      ]).toEqual([language, []]);
    }
  });

  it('matches the committed docs/content-classifier.md (regenerate: build schemas, then node tools/generate-content-classifier-doc.mjs)', () => {
    const path = join(__dirname, '../../../../docs/content-classifier.md');
    // The generator formats with Prettier (its tables are aligned); Prettier 3 only loads as ESM, so run its CLI.
    const formatted = execFileSync(
      process.execPath,
      [require.resolve('prettier/bin/prettier.cjs'), '--stdin-filepath', path],
      {
        input: renderContentClassifierDoc(),
        encoding: 'utf8',
      },
    );
    expect(readFileSync(path, 'utf8')).toBe(formatted);
  });
});
