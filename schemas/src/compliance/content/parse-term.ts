import { ContentRuleError } from './content-rule-error';
import { tokeniseText } from './tokenise-text';

export interface WordPattern {
  /** Normalised alternatives; `open` ones match any word starting with them. */
  alternatives: readonly { stem: string; open: boolean }[];
  numeric: boolean;
}

/** A term after parsing: one phrase, or two phrases that must occur near each other. */
export interface ParsedTerm {
  parts: readonly (readonly WordPattern[])[];
}

const MIN_OPEN_STEM = 3;

function invalid(term: string, reason: string): ContentRuleError {
  return new ContentRuleError('CONTENT_TERM_INVALID', `Term "${term}": ${reason}`, [{ path: term, message: reason }]);
}

function parseWord(term: string, raw: string): WordPattern[] {
  if (raw === '#') return [{ alternatives: [], numeric: true }];
  const options = raw.split('|');
  const parsed = options.map((option) => {
    const open = option.endsWith('*');
    const core = open ? option.slice(0, -1) : option;
    if (core.includes('*')) throw invalid(term, `"*" only ends a word`);
    const words = tokeniseText(core).map((t) => t.text);
    if (words.length === 0) throw invalid(term, `"${option}" has no letters or digits`);
    if (open && [...words[words.length - 1]].length < MIN_OPEN_STEM) {
      throw invalid(term, `a stem ending in "*" needs at least ${MIN_OPEN_STEM} letters`);
    }
    return { words, open };
  });
  if (parsed.length === 1) {
    const { words, open } = parsed[0];
    return words.map((stem, i) => ({
      alternatives: [{ stem, open: open && i === words.length - 1 }],
      numeric: false,
    }));
  }
  if (parsed.some((p) => p.words.length !== 1))
    throw invalid(term, 'alternatives separated by "|" must be single words');
  return [{ alternatives: parsed.map((p) => ({ stem: p.words[0], open: p.open })), numeric: false }];
}

/** Parses the term syntax documented on ContentTerm; throws CONTENT_TERM_INVALID for an unusable term. */
export function parseTerm(term: string): ParsedTerm {
  const source = term.trim();
  if (!source) throw invalid(term, 'empty');
  const phrases = source.split('~').map((p) => p.trim());
  if (phrases.length > 2) throw invalid(term, 'at most one "~"');
  const parts = phrases.map((phrase) => {
    if (!phrase) throw invalid(term, '"~" needs a phrase on both sides');
    const words = phrase.split(/\s+/).flatMap((raw) => parseWord(term, raw));
    if (words.every((w) => w.numeric)) throw invalid(term, 'a phrase needs at least one word besides "#"');
    return words;
  });
  return { parts };
}
