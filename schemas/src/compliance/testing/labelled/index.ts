import { EN_MESSAGES } from './en';
import { ES_MESSAGES } from './es';
import { HELD_OUT_MESSAGES } from './held-out';
import type { LabelledMessage } from './labelled-message';
import { PL_MESSAGES } from './pl';
import { PT_MESSAGES } from './pt';
import { RU_MESSAGES } from './ru';
import { SIMULATOR_MESSAGES } from './simulator';
import { STRESS_MESSAGES } from './stress';
import { UK_MESSAGES } from './uk';

export { LABELLED_SET_PARTS, type LabelledMessage, type LabelledSetPart } from './labelled-message';

/**
 * The labelled multilingual set behind docs/content-classifier.md: hand-written business messages per language
 * (one positive per category plus promotional and survey templates; negatives, many of them hard) and the
 * simulator's planted phrases, plus held-out and stress parts written after the rules were frozen.
 */
export const LABELLED_MESSAGES: readonly LabelledMessage[] = [
  ...EN_MESSAGES,
  ...RU_MESSAGES,
  ...UK_MESSAGES,
  ...PL_MESSAGES,
  ...PT_MESSAGES,
  ...ES_MESSAGES,
  ...SIMULATOR_MESSAGES,
  ...HELD_OUT_MESSAGES,
  ...STRESS_MESSAGES,
];
