import {
  TEMPLATE_MISUSE_CATEGORIES,
  type ContentCategory,
  type ContentFindingKind,
  type ContentLanguage,
} from '../../content/content-rules';

export type TemplateCategory = 'marketing' | 'utility' | 'authentication';

/**
 * development: written with the rules; simulator: the traffic simulator's planted phrases; held-out: written after
 * the rules were frozen and never used to tune them; stress: slang, misspellings and other meanings written to show
 * the limits of term matching (also never used to tune the rules).
 */
export const LABELLED_SET_PARTS = ['development', 'simulator', 'held-out', 'stress'] as const;
export type LabelledSetPart = (typeof LABELLED_SET_PARTS)[number];

/** One hand-labelled business message for measuring the classifier (docs/content-classifier.md). */
export interface LabelledMessage {
  id: string;
  language: ContentLanguage;
  text: string;
  /** Set when the message is a template of this category (TEMPLATE_MISUSE applies to utility/authentication). */
  template?: TemplateCategory;
  /** A negative chosen to be hard: an allowed context, a look-alike word or another meaning of a flagged word. */
  hard?: boolean;
  /** The part of the set (absent = development): see LABELLED_SET_PARTS. */
  part?: Exclude<LabelledSetPart, 'development'>;
  expected: readonly { kind: ContentFindingKind; category: ContentCategory }[];
}

const misuse = new Set<string>(TEMPLATE_MISUSE_CATEGORIES);

function kindOf(category: ContentCategory): ContentFindingKind {
  return misuse.has(category) ? 'TEMPLATE_MISUSE' : 'PROHIBITED_CONTENT';
}

/** A message that must be flagged with exactly these categories. */
export function positive(
  id: string,
  language: ContentLanguage,
  text: string,
  categories: readonly ContentCategory[],
  template?: TemplateCategory,
): LabelledMessage {
  return {
    id,
    language,
    text,
    ...(template ? { template } : {}),
    expected: categories.map((category) => ({ kind: kindOf(category), category })),
  };
}

/** A message that must not be flagged; `hard` marks allowed contexts and look-alikes. */
export function negative(
  id: string,
  language: ContentLanguage,
  text: string,
  opts: { hard?: boolean; template?: TemplateCategory } = {},
): LabelledMessage {
  return {
    id,
    language,
    text,
    ...(opts.template ? { template: opts.template } : {}),
    ...(opts.hard ? { hard: true } : {}),
    expected: [],
  };
}
