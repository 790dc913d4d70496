/**
 * Normalisation and tokenisation for the content classifier. Every token keeps the UTF-16 offsets of the
 * original text it came from, so a match can be reported as the original substring with a snippet around it.
 *
 * Per character (cached): Unicode NFKC, lower case; Latin letters lose their diacritics (ó→o, ł→l, ß→ss) while
 * Cyrillic letters keep their identity (й≠и, ї≠і, є≠е, ґ≠г) except ё→е, which Russian writes either way.
 * Per word: Latin/Cyrillic look-alikes are unified to the word's script (a word with a letter only Cyrillic has
 * becomes all Cyrillic, and the other way round); digits and symbols standing for letters (0→o, 1→i/l, 3→e, 4→a,
 * 5→s, 7→t, @→a, $→s; in Cyrillic words 0→о, 3→з, 6→б) are read as letters when the word has letters.
 * Zero-width characters, soft hyphens and apostrophes inside words are dropped. Three or more single letters
 * separated by one to three spaces or punctuation marks ("c a s i n o", "c.a.s.i.n.o", "k-a-z-i-n-o") are read as
 * one word; ordinary words are never merged.
 */
export interface ContentToken {
  /** Normalised form: look-alikes unified, digits/symbols read as letters. */
  text: string;
  /** Other readings of the same word (digits kept as digits; 1 read as l), when they differ from `text`. */
  variants: readonly string[];
  /** Original UTF-16 offsets, end exclusive. */
  start: number;
  end: number;
  numeric: boolean;
  /** Set for a word merged from spaced single letters: the original start offset of each letter of `text`. */
  letterStarts?: readonly number[];
}

const enum CharClass {
  Separator,
  Letter,
  Digit,
  /** Invisible characters (zero-width, soft hyphen, combining marks on their own): dropped. */
  Drop,
  /** @ $ ! | : part of a word only between or next to letters. */
  Joiner,
  Apostrophe,
  Percent,
}

interface CharInfo {
  folded: string;
  cls: CharClass;
}

const LATIN_TO_CYRILLIC: Readonly<Record<string, string>> = {
  a: 'а',
  b: 'в',
  c: 'с',
  e: 'е',
  h: 'н',
  i: 'і',
  k: 'к',
  m: 'м',
  o: 'о',
  p: 'р',
  t: 'т',
  x: 'х',
  y: 'у',
};
const CYRILLIC_TO_LATIN: Readonly<Record<string, string>> = {
  а: 'a',
  в: 'b',
  с: 'c',
  е: 'e',
  н: 'h',
  і: 'i',
  к: 'k',
  м: 'm',
  о: 'o',
  р: 'p',
  т: 't',
  х: 'x',
  у: 'y',
  ѕ: 's',
  ј: 'j',
};
const LATIN_LEET: Readonly<Record<string, string>> = {
  '0': 'o',
  '1': 'i',
  '3': 'e',
  '4': 'a',
  '5': 's',
  '7': 't',
  '@': 'a',
  $: 's',
  '!': 'i',
  '|': 'l',
};
const CYRILLIC_LEET: Readonly<Record<string, string>> = {
  '0': 'о',
  '3': 'з',
  '6': 'б',
  '@': 'а',
  $: 'с',
  '!': 'і',
};
/** Latin letters NFD does not decompose. */
const LATIN_SPECIAL: Readonly<Record<string, string>> = {
  ł: 'l',
  ø: 'o',
  đ: 'd',
  ð: 'd',
  þ: 'th',
  æ: 'ae',
  œ: 'oe',
  ß: 'ss',
  ı: 'i',
};
const DROP = new Set(['\u200b', '\u200c', '\u200d', '\u2060', '\ufeff', '\u00ad']);
const APOSTROPHES = new Set(["'", '\u2019', '\u02bc', '`', '\u00b4']);
const JOINERS = new Set(['@', '$', '!', '|']);

const LETTER = /\p{L}/u;
const MARK = /\p{M}/gu;
const CHAR_CACHE = new Map<string, CharInfo>();

function isCyrillic(ch: string): boolean {
  const code = ch.charCodeAt(0);
  return code >= 0x400 && code <= 0x52f;
}

function foldLetter(ch: string): string {
  if (isCyrillic(ch)) return ch === 'ё' ? 'е' : ch;
  const special = LATIN_SPECIAL[ch];
  if (special) return special;
  return ch.normalize('NFD').replace(MARK, '');
}

function classify(cluster: string): CharInfo {
  if (DROP.has(cluster)) return { folded: '', cls: CharClass.Drop };
  if (APOSTROPHES.has(cluster)) return { folded: '', cls: CharClass.Apostrophe };
  if (JOINERS.has(cluster)) return { folded: cluster, cls: CharClass.Joiner };
  if (cluster === '%') return { folded: '%', cls: CharClass.Percent };
  const nfkc = cluster.normalize('NFKC').toLowerCase();
  let folded = '';
  let letters = 0;
  let digits = 0;
  for (const ch of nfkc) {
    if (ch >= '0' && ch <= '9') {
      folded += ch;
      digits++;
    } else if (LETTER.test(ch)) {
      folded += foldLetter(ch);
      letters++;
    } else if (/\p{M}/u.test(ch)) {
      continue;
    } else if (ch === '%') {
      return { folded: '%', cls: CharClass.Percent };
    } else {
      return { folded: '', cls: folded ? CharClass.Letter : CharClass.Separator };
    }
  }
  if (letters > 0) return { folded, cls: CharClass.Letter };
  if (digits > 0) return { folded, cls: CharClass.Digit };
  return { folded: '', cls: CharClass.Drop };
}

function charInfo(cluster: string): CharInfo {
  let info = CHAR_CACHE.get(cluster);
  if (!info) {
    info = classify(cluster);
    if (CHAR_CACHE.size < 20000) CHAR_CACHE.set(cluster, info);
  }
  return info;
}

const enum Script {
  Other,
  StrongLatin,
  WeakLatin,
  StrongCyrillic,
  WeakCyrillic,
  Symbol,
}

/** Script class of folded characters up to the end of the Cyrillic blocks (look-alikes are "weak"). */
const SCRIPT = ((): Uint8Array => {
  const table = new Uint8Array(0x530);
  for (let code = 0x61; code <= 0x7a; code++) {
    table[code] = LATIN_TO_CYRILLIC[String.fromCharCode(code)] ? Script.WeakLatin : Script.StrongLatin;
  }
  for (let code = 0x400; code < 0x530; code++) {
    table[code] = CYRILLIC_TO_LATIN[String.fromCharCode(code)] ? Script.WeakCyrillic : Script.StrongCyrillic;
  }
  for (let code = 0x30; code <= 0x39; code++) table[code] = Script.Symbol;
  for (const ch of JOINERS) table[ch.charCodeAt(0)] = Script.Symbol;
  return table;
})();

/** Per UTF-16 code unit (no combining mark after it): class + 1 (0 = not computed yet) and folded form. */
const UNIT_CLASS = new Uint8Array(0x10000);
const UNIT_FOLDED: string[] = new Array<string>(0x10000);

function unitInfo(code: number): number {
  let cls = UNIT_CLASS[code];
  if (cls === 0) {
    const info = classify(String.fromCharCode(code));
    cls = info.cls + 1;
    UNIT_CLASS[code] = cls;
    UNIT_FOLDED[code] = info.folded;
  }
  return cls - 1;
}

function isCombining(code: number): boolean {
  return (
    (code >= 0x300 && code <= 0x36f) ||
    (code >= 0x483 && code <= 0x489) ||
    (code >= 0x1ab0 && code <= 0x1aff) ||
    (code >= 0x1dc0 && code <= 0x1dff) ||
    (code >= 0x20d0 && code <= 0x20ff) ||
    (code >= 0xfe00 && code <= 0xfe0f) ||
    (code >= 0xfe20 && code <= 0xfe2f)
  );
}

function mapChars(word: string, table: Readonly<Record<string, string>>): string {
  let out = '';
  for (const ch of word) out += table[ch] ?? ch;
  return out;
}

/** The readings of one word from its folded characters (see the file comment). */
const NO_VARIANTS: readonly string[] = [];

function readWord(folded: string): { text: string; variants: readonly string[]; numeric: boolean } {
  let strongLatin = 0;
  let strongCyrillic = 0;
  let weakLatin = 0;
  let weakCyrillic = 0;
  let letters = 0;
  let symbols = 0;
  for (let i = 0; i < folded.length; i++) {
    const code = folded.charCodeAt(i);
    switch ((code < SCRIPT.length ? SCRIPT[code] : Script.Other) as Script) {
      case Script.StrongLatin:
        strongLatin++;
        letters++;
        break;
      case Script.WeakLatin:
        weakLatin++;
        letters++;
        break;
      case Script.StrongCyrillic:
        strongCyrillic++;
        letters++;
        break;
      case Script.WeakCyrillic:
        weakCyrillic++;
        letters++;
        break;
      case Script.Symbol:
        symbols++;
        break;
      default:
        letters++;
    }
  }
  if (letters === 0) {
    // Digits (and joiners, which never stand alone): a number.
    let digits = '';
    for (let i = 0; i < folded.length; i++) {
      const code = folded.charCodeAt(i);
      if (code >= 0x30 && code <= 0x39) digits += folded[i];
    }
    return { text: digits, variants: NO_VARIANTS, numeric: digits.length > 0 };
  }
  const mixed = weakLatin + strongLatin > 0 && weakCyrillic + strongCyrillic > 0;
  if (symbols === 0 && !mixed) return { text: folded, variants: NO_VARIANTS, numeric: false };
  let cyrillic = strongCyrillic > 0 && strongLatin === 0;
  let latin = strongLatin > 0 && strongCyrillic === 0;
  if (!cyrillic && !latin && strongLatin === 0 && strongCyrillic === 0) {
    cyrillic = weakCyrillic > weakLatin;
    latin = !cyrillic;
  }
  let unified = folded;
  if (cyrillic && weakLatin > 0) unified = mapChars(folded, LATIN_TO_CYRILLIC);
  else if (latin && weakCyrillic > 0) unified = mapChars(folded, CYRILLIC_TO_LATIN);
  if (symbols === 0) return { text: unified, variants: NO_VARIANTS, numeric: false };
  const text = mapChars(unified, cyrillic ? CYRILLIC_LEET : LATIN_LEET);
  const variants: string[] = [];
  let literal = '';
  for (const ch of unified) if (!JOINERS.has(ch)) literal += ch;
  if (literal !== text) variants.push(literal);
  if (!cyrillic && unified.includes('1')) {
    let alt = '';
    for (let i = 0; i < unified.length; i++) alt += unified[i] === '1' ? 'l' : text[i];
    variants.push(alt);
  }
  return { text, variants, numeric: false };
}

interface RawWord {
  folded: string;
  start: number;
  end: number;
  /** For merged words: the original start offset of each folded character. */
  charStarts?: number[];
}

function spacedLetterGap(text: string, from: number, to: number): boolean {
  const gap = to - from;
  if (gap < 1 || gap > 3) return false;
  for (let k = from; k < to; k++) {
    const code = text.charCodeAt(k);
    if (code === 10 || code === 13) return false;
  }
  return true;
}

/** Single letters separated by 1–3 non-newline characters, three or more in a row, become one word. */
function mergeSpacedLetters(words: RawWord[], text: string): RawWord[] {
  let hasRun = false;
  for (let i = 0; i + 2 < words.length; i++) {
    if (words[i].folded.length === 1 && words[i + 1].folded.length === 1 && words[i + 2].folded.length === 1) {
      hasRun = true;
      break;
    }
  }
  if (!hasRun) return words;
  const merged: RawWord[] = [];
  let i = 0;
  while (i < words.length) {
    let j = i;
    if (words[i].folded.length === 1 && i + 1 < words.length) {
      // One run uses one separator throughout, so "c.a.s.i.n.o k-a-z-i-n-o" stays two words.
      const separator = text.slice(words[i].end, words[i + 1].start);
      while (
        j + 1 < words.length &&
        words[j + 1].folded.length === 1 &&
        spacedLetterGap(text, words[j].end, words[j + 1].start) &&
        text.slice(words[j].end, words[j + 1].start) === separator
      ) {
        j++;
      }
    }
    if (j - i >= 2) {
      const run = words.slice(i, j + 1);
      merged.push({
        folded: run.map((w) => w.folded).join(''),
        start: run[0].start,
        end: run[run.length - 1].end,
        charStarts: run.map((w) => w.start),
      });
      i = j + 1;
    } else {
      merged.push(words[i]);
      i++;
    }
  }
  return merged;
}

function nextClass(text: string, at: number): CharClass {
  if (at >= text.length) return CharClass.Separator;
  const code = text.charCodeAt(at);
  if (at + 1 < text.length && isCombining(text.charCodeAt(at + 1))) return charInfo(text.slice(at, at + 2)).cls;
  return unitInfo(code);
}

function splitWords(text: string): RawWord[] {
  const words: RawWord[] = [];
  let folded = '';
  let start = -1;
  let end = -1;
  let hasLetter = false;
  const length = text.length;
  let i = 0;
  while (i < length) {
    const code = text.charCodeAt(i);
    let next = i + 1;
    let cls: CharClass;
    let piece: string;
    const surrogate = code >= 0xd800 && code <= 0xdbff && next < length;
    if (surrogate || (next < length && isCombining(text.charCodeAt(next)))) {
      if (surrogate) next++;
      while (next < length && isCombining(text.charCodeAt(next))) next++;
      const info = charInfo(text.slice(i, next));
      cls = info.cls;
      piece = info.folded;
    } else {
      cls = unitInfo(code);
      piece = UNIT_FOLDED[code];
    }
    if (cls === CharClass.Letter || cls === CharClass.Digit) {
      if (start < 0) start = i;
      folded += piece;
      end = next;
      if (cls === CharClass.Letter) hasLetter = true;
    } else if (cls === CharClass.Joiner) {
      const letterAfter = nextClass(text, next) === CharClass.Letter;
      const inWord = piece === '@' || piece === '$' ? hasLetter || letterAfter : hasLetter && letterAfter;
      if (inWord) {
        if (start < 0) start = i;
        folded += piece;
        end = next;
      } else if (folded) {
        words.push({ folded, start, end });
        folded = '';
        start = -1;
        hasLetter = false;
      }
    } else if (cls === CharClass.Apostrophe) {
      if (!(hasLetter && nextClass(text, next) === CharClass.Letter) && folded) {
        words.push({ folded, start, end });
        folded = '';
        start = -1;
        hasLetter = false;
      }
    } else if (cls !== CharClass.Drop) {
      if (folded) {
        words.push({ folded, start, end });
        folded = '';
        start = -1;
        hasLetter = false;
      }
      if (cls === CharClass.Percent) words.push({ folded: '%', start: i, end: next });
    }
    i = next;
  }
  if (folded) words.push({ folded, start, end });
  return words;
}

/** The words of `text`, normalised, with their original offsets. */
export function tokeniseText(text: string): ContentToken[] {
  const words = mergeSpacedLetters(splitWords(text), text);
  const tokens: ContentToken[] = [];
  for (const word of words) {
    if (word.folded === '%') {
      tokens.push({ text: '%', variants: NO_VARIANTS, start: word.start, end: word.end, numeric: false });
      continue;
    }
    const reading = readWord(word.folded);
    if (!reading.text) continue;
    const token: ContentToken = {
      text: reading.text,
      variants: reading.variants,
      start: word.start,
      end: word.end,
      numeric: reading.numeric,
    };
    if (word.charStarts && word.charStarts.length === reading.text.length) token.letterStarts = word.charStarts;
    tokens.push(token);
  }
  return tokens;
}
