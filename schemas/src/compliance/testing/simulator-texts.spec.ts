import { join } from 'node:path';
import { BUILT_IN_RULE_SET } from '../rules';
import { classifyContent, type ClassifyOptions } from '../content/classify-content';
import { compileRuleSet } from '../content/compile-rule-set';
import type { ContentLanguage } from '../content/content-rules';
import {
  SIMULATOR_ORDER_TEMPLATES,
  SIMULATOR_PROHIBITED_FRAMES,
  SIMULATOR_PROHIBITED_PHRASES,
  SIMULATOR_PROMO_PHRASES,
} from './labelled/simulator';

type Phrases = Record<string, readonly string[]>;
type Texts = Record<string, string>;
/** The parts of ingest/src/simulator/texts.ts this spec reads. */
interface SimulatorTexts {
  LANGUAGES: readonly string[];
  PROHIBITED_LANGUAGES: readonly ContentLanguage[];
  PROHIBITED_PHRASES: Record<string, Texts>;
  PROMO_PHRASES: Texts;
  CUSTOMER_OPENERS: Phrases;
  CUSTOMER_FOLLOWUPS: Phrases;
  AGENT_REPLIES: Phrases;
  BOT_GREETINGS: Texts;
  BOT_HANDOFF: Texts;
  SURVEY_QUESTIONS: Record<'nps' | 'csat', Texts>;
  OPT_IN_TEXT: Texts;
  SERVICE_OPT_IN_TEXT: Texts;
  FOLLOW_UP_TEXT: Texts;
  TEMPLATE_BODIES: Record<'marketing' | 'order' | 'delivery' | 'appointment' | 'otp', Texts>;
  prohibitedText(language: string, category: string): string;
}

// Read-only cross-check with the traffic simulator (another package, so loaded by path rather than imported, like
// describe-platform-error.spec.ts reads its source): its clean wording must give no finding, its plants the right one.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const simulator = require(join(__dirname, '../../../../ingest/src/simulator/texts')) as SimulatorTexts;

const rules = compileRuleSet(BUILT_IN_RULE_SET);
const found = (text: string, opts: ClassifyOptions = {}): string[] =>
  classifyContent(rules, text, opts).map((f) => `${f.kind}:${f.category}`);

const TEMPLATE_CATEGORY: Record<keyof SimulatorTexts['TEMPLATE_BODIES'], ClassifyOptions['templateCategory']> = {
  marketing: 'marketing',
  order: 'utility',
  delivery: 'utility',
  appointment: 'utility',
  otp: 'authentication',
};

describe("the traffic simulator's texts", () => {
  const clean: string[] = [
    ...Object.values(simulator.CUSTOMER_OPENERS).flat(),
    ...Object.values(simulator.CUSTOMER_FOLLOWUPS).flat(),
    ...Object.values(simulator.AGENT_REPLIES).flat(),
    ...Object.values(simulator.BOT_GREETINGS),
    ...Object.values(simulator.BOT_HANDOFF),
    ...Object.values(simulator.SURVEY_QUESTIONS.nps),
    ...Object.values(simulator.SURVEY_QUESTIONS.csat),
    ...Object.values(simulator.OPT_IN_TEXT),
    ...Object.values(simulator.SERVICE_OPT_IN_TEXT),
    ...Object.values(simulator.FOLLOW_UP_TEXT),
  ];

  it.each(clean)('clean free-form text gives no finding: %s', (text) => {
    expect(found(text)).toEqual([]);
  });

  it('clean templates give no finding as templates of their category, in every simulator language', () => {
    for (const [body, byLanguage] of Object.entries(simulator.TEMPLATE_BODIES)) {
      const opts = { isTemplate: true, templateCategory: TEMPLATE_CATEGORY[body as keyof typeof TEMPLATE_CATEGORY] };
      for (const text of Object.values(byLanguage))
        expect([text, found(text.replace('{{1}}', 'Anna'), opts)]).toEqual([text, []]);
    }
  });

  it('every planted prohibited phrase gives exactly its category', () => {
    for (const language of simulator.PROHIBITED_LANGUAGES) {
      for (const category of Object.keys(simulator.PROHIBITED_PHRASES[language])) {
        const text = simulator.prohibitedText(language, category);
        expect([text, found(text)]).toEqual([text, [`PROHIBITED_CONTENT:${category}`]]);
      }
    }
  });

  it('every misused utility template gives promotional TEMPLATE_MISUSE, in every simulator language', () => {
    for (const language of simulator.LANGUAGES) {
      for (const body of ['order', 'delivery', 'appointment'] as const) {
        const text = `${simulator.TEMPLATE_BODIES[body][language].replace('{{1}}', 'Anna')} ${simulator.PROMO_PHRASES[language]}`;
        expect([text, found(text, { isTemplate: true, templateCategory: 'utility' })]).toEqual([
          text,
          ['TEMPLATE_MISUSE:promotional'],
        ]);
      }
    }
  });

  it('matches the copies in the labelled set (labelled/simulator.ts)', () => {
    for (const language of simulator.PROHIBITED_LANGUAGES) {
      expect(SIMULATOR_PROHIBITED_PHRASES[language]).toEqual(simulator.PROHIBITED_PHRASES[language]);
      expect(SIMULATOR_PROMO_PHRASES[language]).toBe(simulator.PROMO_PHRASES[language]);
      expect(SIMULATOR_ORDER_TEMPLATES[language]).toBe(simulator.TEMPLATE_BODIES.order[language]);
      expect(SIMULATOR_PROHIBITED_FRAMES[language]('X')).toBe(
        simulator.prohibitedText(language, 'drugs').replace(simulator.PROHIBITED_PHRASES[language].drugs, 'X'),
      );
    }
  });
});
