import type { ViolationSeverity } from '../violation-kinds';
import type { CompiledRuleSet, CompiledTerm, PhraseStart } from './compile-rule-set';
import { EXCEPTION_REACH, NEAR_REACH, type ContentCategory, type ContentFindingKind } from './content-rules';
import type { WordPattern } from './parse-term';
import { tokeniseText, type ContentToken } from './tokenise-text';

export interface ClassifyOptions {
  /** The template's category; TEMPLATE_MISUSE is only reported for utility and authentication templates. */
  templateCategory?: 'marketing' | 'utility' | 'authentication';
  isTemplate?: boolean;
  /** ISO 3166-1 alpha-2 of the contact's phone number, for regulated categories allowed per country. */
  contactCountry?: string;
}

export interface ContentFinding {
  kind: ContentFindingKind;
  category: ContentCategory;
  /** The category's severity; medium for a regulated category the tenant allows in the contact's country. */
  severity: ViolationSeverity;
  regulatedAllowed: boolean;
  /** The matched phrase exactly as written in the original text. */
  matched: string;
  /** Up to SNIPPET_RADIUS characters of original text either side of the match. */
  snippet: string;
  /** UTF-16 offsets of the match in the original text, end exclusive. */
  start: number;
  end: number;
  /** Language of the rule term that matched (absent for tenant-added terms). */
  language?: string;
}

export const SNIPPET_RADIUS = 60;

/** Occurrences kept per phrase of a term. */
const MAX_OCCURRENCES = 64;

/** A phrase occurrence in token indexes [first, last]. */
interface Occurrence {
  first: number;
  last: number;
  start: number;
  end: number;
}

function wordMatches(pattern: WordPattern, token: ContentToken): boolean {
  if (pattern.numeric) return token.numeric;
  for (const alt of pattern.alternatives) {
    if (alt.open ? token.text.startsWith(alt.stem) : token.text === alt.stem) return true;
    for (const v of token.variants) if (alt.open ? v.startsWith(alt.stem) : v === alt.stem) return true;
  }
  return false;
}

/** Adds the phrase starts whose first word matches `word` from its beginning (exact words must use all of it). */
function walk(root: CompiledRuleSet['root'], word: string, found: PhraseStart[][]): void {
  let node = root;
  const length = word.length;
  for (let i = 0; i < length; i++) {
    const child = node.children.get(word[i]);
    if (child === undefined) return;
    node = child;
    if (node.open.length > 0) found.push(node.open);
  }
  if (node.exact.length > 0) found.push(node.exact);
}

function startsAt(rules: CompiledRuleSet, token: ContentToken, found: PhraseStart[][]): void {
  if (token.numeric && rules.numericStarts.length > 0) found.push(rules.numericStarts as PhraseStart[]);
  walk(rules.root, token.text, found);
  for (const v of token.variants) walk(rules.root, v, found);
}

function phraseOccurrence(
  words: readonly WordPattern[],
  tokens: readonly ContentToken[],
  first: number,
  start: number,
): Occurrence | undefined {
  const last = first + words.length - 1;
  if (last >= tokens.length) return undefined;
  for (let k = 1; k < words.length; k++) if (!wordMatches(words[k], tokens[first + k])) return undefined;
  return { first, last, start, end: tokens[last].end };
}

function gap(a: Occurrence, b: Occurrence): number {
  if (a.last < b.first) return b.first - a.last - 1;
  if (b.last < a.first) return a.first - b.last - 1;
  return -1;
}

function snippetOf(text: string, start: number, end: number): string {
  let from = Math.max(0, start - SNIPPET_RADIUS);
  let to = Math.min(text.length, end + SNIPPET_RADIUS);
  if (from > 0 && /[\udc00-\udfff]/.test(text[from])) from--;
  if (to < text.length && /[\ud800-\udbff]/.test(text[to - 1])) to++;
  return text.slice(from, to);
}

/** Letters only one of the languages uses (lower case): a hint when terms of several languages match the same words. */
const DISTINCTIVE_LETTERS: readonly [string, RegExp][] = [
  ['uk', /[іїєґ]/],
  ['ru', /[ыэъё]/],
  ['pl', /[ąęłńśźżć]/],
  ['pt', /[ãõçâêô]/],
  ['es', /[ñ¿¡]/],
];

/**
 * The language of the term behind a match. Terms spelled the same in several languages ("без рецепта" in Russian
 * and Ukrainian) all match the same words: the one whose language has distinctive letters in the text wins, else
 * the first listed.
 */
function termLanguage(
  text: string,
  match: Occurrence & { term: CompiledTerm },
  matches: readonly (Occurrence & { term: CompiledTerm })[],
): string | undefined {
  const languages = matches
    .filter((m) => m.term.category === match.term.category && m.start === match.start && m.end === match.end)
    .map((m) => m.term.language)
    .filter((l): l is string => l !== undefined);
  if (new Set(languages).size <= 1) return match.term.language ?? languages[0];
  const lower = text.toLowerCase();
  for (const [language, letters] of DISTINCTIVE_LETTERS) {
    if (languages.includes(language) && letters.test(lower)) return language;
  }
  return match.term.language ?? languages[0];
}

/**
 * Classifies one text with a compiled rule set: at most one finding per (kind, category) — its first match that no
 * allowed context cancels — ordered by position. PROHIBITED_CONTENT for any text; TEMPLATE_MISUSE only when
 * `isTemplate` and the template category is utility or authentication. Pure and synchronous.
 */
export function classifyContent(rules: CompiledRuleSet, text: string, opts: ClassifyOptions = {}): ContentFinding[] {
  const tokens = tokeniseText(text);
  const templateCheck =
    opts.isTemplate === true && (opts.templateCategory === 'utility' || opts.templateCategory === 'authentication');
  const phrases = new Map<CompiledTerm, Occurrence[][]>();
  const record = (start: PhraseStart, occurrence: Occurrence): void => {
    const category = rules.categories[start.term.category];
    if (category.kind === 'TEMPLATE_MISUSE' && !templateCheck) return;
    let byPart = phrases.get(start.term);
    if (!byPart) {
      byPart = start.term.parts.map(() => []);
      phrases.set(start.term, byPart);
    }
    // The first occurrences are enough to report and pair; a cap keeps repeated words from pairing quadratically.
    if (byPart[start.part].length < MAX_OCCURRENCES) byPart[start.part].push(occurrence);
  };
  const found: PhraseStart[][] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    while (found.length > 0) found.pop();
    startsAt(rules, token, found);
    for (const list of found) {
      for (const s of list) {
        const occurrence = phraseOccurrence(s.term.parts[s.part], tokens, i, token.start);
        if (occurrence) record(s, occurrence);
      }
    }
    if (token.letterStarts) {
      // Merged spaced letters may carry a real single-letter word in front ("w k a s y n i e"): try inner starts.
      for (let offset = 1; offset + 3 <= token.text.length; offset++) {
        const inner: PhraseStart[][] = [];
        walk(rules.root, token.text.slice(offset), inner);
        for (const list of inner) {
          for (const s of list) {
            const occurrence = phraseOccurrence(s.term.parts[s.part], tokens, i, token.letterStarts[offset]);
            if (occurrence) record(s, occurrence);
          }
        }
      }
    }
  }
  if (phrases.size === 0) return [];

  const matches: (Occurrence & { term: CompiledTerm })[] = [];
  const exceptions = new Map<number, Occurrence[]>();
  for (const [term, byPart] of phrases) {
    const found: Occurrence[] = [];
    if (byPart.length === 1) {
      found.push(...byPart[0]);
    } else {
      for (const a of byPart[0]) {
        for (const b of byPart[1]) {
          if (gap(a, b) > NEAR_REACH) continue;
          found.push({
            first: Math.min(a.first, b.first),
            last: Math.max(a.last, b.last),
            start: Math.min(a.start, b.start),
            end: Math.max(a.end, b.end),
          });
        }
      }
    }
    if (term.exception) {
      const list = exceptions.get(term.category) ?? [];
      list.push(...found);
      exceptions.set(term.category, list);
    } else {
      for (const o of found) matches.push({ ...o, term });
    }
  }

  matches.sort((a, b) => a.start - b.start || b.end - a.end);
  const overlaps = (a: Occurrence, b: Occurrence): boolean => gap(a, b) < 0;
  // An allowed context that overlaps a term match of its category ("wine-red dress") cancels only what it overlaps;
  // one that shares no word with a match ("quit smoking ... cigarettes") cancels matches within EXCEPTION_REACH.
  const cancels = (exception: Occurrence, match: Occurrence, index: number): boolean => {
    if (overlaps(exception, match)) return true;
    if (gap(exception, match) > EXCEPTION_REACH) return false;
    return !matches.some((m) => m.term.category === index && overlaps(exception, m));
  };
  const seen = new Set<number>();
  const findings: ContentFinding[] = [];
  for (const match of matches) {
    const index = match.term.category;
    if (seen.has(index)) continue;
    if ((exceptions.get(index) ?? []).some((e) => cancels(e, match, index))) continue;
    seen.add(index);
    const category = rules.categories[index];
    const regulatedAllowed =
      opts.contactCountry !== undefined && category.allowedCountries.has(opts.contactCountry.toUpperCase());
    const finding: ContentFinding = {
      kind: category.kind,
      category: category.id,
      severity: regulatedAllowed ? 'medium' : category.severity,
      regulatedAllowed,
      matched: text.slice(match.start, match.end),
      snippet: snippetOf(text, match.start, match.end),
      start: match.start,
      end: match.end,
    };
    const language = termLanguage(text, match, matches);
    if (language) finding.language = language;
    findings.push(finding);
  }
  return findings;
}
