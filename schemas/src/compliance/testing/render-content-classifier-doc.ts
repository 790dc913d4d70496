import { compileRuleSet } from '../content/compile-rule-set';
import {
  CONTENT_LANGUAGES,
  EXCEPTION_REACH,
  NEAR_REACH,
  type ContentCategoryRules,
  type ContentRuleSet,
} from '../content/content-rules';
import { BUILT_IN_RULE_SET } from '../rules';
import { evaluateClassifier, type ClassifierEvaluation, type Score } from './evaluate-classifier';
import { LABELLED_MESSAGES, LABELLED_SET_PARTS, type LabelledMessage, type LabelledSetPart } from './labelled';

/** The floor the evaluation spec asserts on the whole labelled set (issue 6). */
export const CLASSIFIER_FLOOR = { precision: 0.9, recall: 0.85 } as const;

const ratio = (value: number | null): string => (value === null ? '—' : value.toFixed(3));

function scoreCells(s: Score): string {
  return `${s.truePositives} | ${s.falsePositives} | ${s.falseNegatives} | ${ratio(s.precision)} | ${ratio(s.recall)}`;
}

const partOf = (m: LabelledMessage): LabelledSetPart => m.part ?? 'development';

function compositionTable(messages: readonly LabelledMessage[]): string[] {
  const lines = [
    '| part | language | messages | positive | negative | hard negative |',
    '|---|---|---:|---:|---:|---:|',
  ];
  for (const part of LABELLED_SET_PARTS) {
    for (const language of CONTENT_LANGUAGES) {
      const set = messages.filter((m) => partOf(m) === part && m.language === language);
      if (set.length === 0) continue;
      const negatives = set.filter((m) => m.expected.length === 0);
      lines.push(
        `| ${part} | ${language} | ${set.length} | ${set.length - negatives.length} | ${negatives.length} | ${negatives.filter((m) => m.hard).length} |`,
      );
    }
  }
  const negatives = messages.filter((m) => m.expected.length === 0);
  lines.push(
    `| **all** | | **${messages.length}** | **${messages.length - negatives.length}** | **${negatives.length}** | **${negatives.filter((m) => m.hard).length}** |`,
  );
  return lines;
}

function termCount(terms: ContentCategoryRules['terms'], language: string): number {
  return terms[language]?.length ?? 0;
}

function ruleSetTable(ruleSet: ContentRuleSet): string[] {
  const languages = [...CONTENT_LANGUAGES, 'de'];
  const lines = [
    `| category | kind | severity | regulated | ${languages.map((l) => `${l} terms / exceptions`).join(' | ')} |`,
    `|---|---|---|---|${languages.map(() => '---:').join('|')}|`,
  ];
  for (const c of ruleSet.categories) {
    const cells = languages.map((l) => `${termCount(c.terms, l)} / ${termCount(c.exceptions, l)}`);
    lines.push(
      `| \`${c.id}\` ${c.label} | ${c.kind} | ${c.severity} | ${c.regulated ? 'yes' : 'no'} | ${cells.join(' | ')} |`,
    );
  }
  return lines;
}

function evaluationTables(all: ClassifierEvaluation, byPart: Record<LabelledSetPart, ClassifierEvaluation>): string[] {
  const head = 'true positive | false positive | false negative | precision | recall';
  const rule = '---:|---:|---:|---:|---:';
  const lines = [
    '### Overall, by part of the set',
    '',
    `| part | messages | ${head} |`,
    `|---|---:|${rule}|`,
    ...LABELLED_SET_PARTS.map((p) => `| ${p} | ${byPart[p].messages.total} | ${scoreCells(byPart[p].overall)} |`),
    `| **all** | **${all.messages.total}** | ${scoreCells(all.overall)} |`,
    '',
    `Negatives with any finding: ${all.flaggedNegatives} of ${all.messages.negative} (hard negatives: ${all.flaggedHardNegatives} of ${all.messages.hardNegative}).`,
    '',
    '### By language (all parts)',
    '',
    `| language | messages | ${head} |`,
    `|---|---:|${rule}|`,
    ...CONTENT_LANGUAGES.map((l) => `| ${l} | ${all.byLanguage[l].messages} | ${scoreCells(all.byLanguage[l])} |`),
    '',
    '### By category (all parts)',
    '',
    "A category's messages are those that expect it or were flagged with it.",
    '',
    `| category | messages | ${head} |`,
    `|---|---:|${rule}|`,
    ...BUILT_IN_RULE_SET.categories.map(
      (c) => `| \`${c.id}\` | ${all.byCategory[c.id].messages} | ${scoreCells(all.byCategory[c.id])} |`,
    ),
    '',
    '### Misclassified messages',
    '',
  ];
  if (all.misclassified.length === 0) return [...lines, 'None.'];
  const text = new Map(LABELLED_MESSAGES.map((m) => [m.id, m.text]));
  return [
    ...lines,
    '| id | expected | found | text |',
    '|---|---|---|---|',
    ...all.misclassified.map(
      (m) =>
        `| ${m.id} | ${m.expected.join(', ') || '—'} | ${m.found.join(', ') || '—'} | ${(text.get(m.id) ?? '').replace(/\|/g, '\\|')} |`,
    ),
  ];
}

/** docs/content-classifier.md, with the evaluation computed from the labelled set (tools/generate-content-classifier-doc.mjs writes it). */
export function renderContentClassifierDoc(): string {
  const rules = compileRuleSet(BUILT_IN_RULE_SET);
  const all = evaluateClassifier(rules, LABELLED_MESSAGES);
  const byPart = Object.fromEntries(
    LABELLED_SET_PARTS.map((p) => [
      p,
      evaluateClassifier(
        rules,
        LABELLED_MESSAGES.filter((m) => partOf(m) === p),
      ),
    ]),
  ) as Record<LabelledSetPart, ClassifierEvaluation>;
  const lines = [
    '# Content classifier: prohibited content and template misuse',
    '',
    '<!-- Generated from schemas/src/compliance by tools/generate-content-classifier-doc.mjs; do not edit by hand. -->',
    '',
    '`@checkmark/schemas/compliance` decides whether a business-sent text offers a prohibited or restricted category',
    'of DOMAIN.md §1 (`PROHIBITED_CONTENT`) and whether a utility or authentication template is promotional or a',
    'survey (`TEMPLATE_MISUSE`). It is pure TypeScript without I/O: the detection engine classifies each distinct',
    'text once and expands the findings to the messages that carried it; the same code can run in the browser for',
    'the rule-set editor.',
    '',
    '```ts',
    "import { BUILT_IN_RULE_SET, compileRuleSet, classifyContent } from '@checkmark/schemas/compliance';",
    'const rules = compileRuleSet(BUILT_IN_RULE_SET, tenantOverrides); // once per rule-set version',
    "classifyContent(rules, text, { isTemplate: true, templateCategory: 'utility', contactCountry: 'PL' });",
    '// → [{ kind, category, severity, regulatedAllowed, matched, snippet, start, end, language }]',
    '```',
    '',
    '## How it works',
    '',
    '1. **Compile** (`compileRuleSet`): every term of every enabled category is parsed and normalised exactly like',
    '   message text, and the first word of each phrase goes into a character trie. Tenant overrides are validated',
    '   and applied here. Compiling the built-in set takes about 0.1 s; reuse the result for every message.',
    '2. **Tokenise** (`tokeniseText`): the text becomes normalised words, each with the UTF-16 offsets of the',
    '   original text it came from.',
    '3. **Match**: each word walks the trie (stems match any ending, exact words only themselves); a phrase that',
    '   starts there is checked against the following words. `a ~ b` terms need both phrases at most',
    `   ${NEAR_REACH} words apart, in either order.`,
    '4. **Allowed contexts**: an exception of the same category that overlaps a match cancels the matches it',
    '   overlaps ("wine-red dress", "puppy food ... on sale"); an exception that shares no word with any match of',
    `   its category cancels matches up to ${EXCEPTION_REACH} words away ("quit smoking ... cigarettes").`,
    '5. **Report** one finding per (kind, category): its first uncancelled match, in order of position.',
    '   `matched` is the original substring (from the first to the last word of the match), `snippet` up to 60',
    '   characters of original text either side, `language` the language of the rule term that matched (when',
    '   terms of several languages match the same words, the one whose distinctive letters the text has: і ї є ґ',
    '   Ukrainian, ы э ъ ё Russian, ą ę ł ń ś ź ż ć Polish, ã õ ç â ê ô Portuguese, ñ ¿ ¡ Spanish; else the first',
    '   listed; tenant terms report none). `TEMPLATE_MISUSE` is',
    '   reported only when `isTemplate` is true and `templateCategory` is `utility` or `authentication`;',
    '   `PROHIBITED_CONTENT` for any text, template or not.',
    "6. **Severity**: the category's severity (`high` for prohibited categories, `medium` for template misuse, as",
    '   the compliance contract fixes them); `medium` with `regulatedAllowed: true` when the tenant allows the',
    "   category in the contact's country (`contactCountry`, ISO 3166-1 alpha-2, from `events.contact_country`).",
    '',
    '## Normalisation',
    '',
    '- Unicode NFKC per character (full-width letters, ligatures), lower case. A base character and the combining',
    '  marks after it are normalised together, so decomposed text reads like composed text.',
    '- **Latin** letters lose their diacritics (ó→o, ç→c, ñ→n, ã→a); letters NFD does not decompose are mapped',
    '  (ł→l, ø→o, ß→ss, æ→ae, œ→oe, đ→d, ı→i).',
    '- **Cyrillic** letters keep their identity: й≠и, ї≠і, є≠е, ґ≠г, so Ukrainian and Russian words stay distinct',
    '  (й and и are different letters, not a letter with an accent). Only ё→е, because Russian writes either.',
    '- **Look-alikes, per word**: Latin a b c e h i k m o p t x y and Cyrillic а в с е н і к м о р т х у (plus ѕ, ј)',
    '  look the same. A word with a letter only Cyrillic has (д, л, з, …) gets its Latin look-alikes turned',
    '  Cyrillic, a word with a letter only Latin has (s, n, l, …) gets its Cyrillic look-alikes turned Latin; a word',
    '  made only of look-alikes takes the script most of its letters are in. Words in one script are left alone.',
    '- **Digits and symbols for letters** inside a word that has letters: 0→o, 1→i (and l as a second reading),',
    '  3→e, 4→a, 5→s, 7→t, @→a, $→s, !→i, |→l; in Cyrillic words 0→о, 3→з, 6→б, @→а, $→с, !→і. The literal',
    '  reading is kept too, so "9mm" still matches "9mm". Numbers on their own are numbers (`#` in terms).',
    '- **Invisible characters** (zero-width space/joiners, word joiner, BOM, soft hyphen) are dropped; apostrophes',
    "  between letters are dropped (З'єдную = З’єдную = Зєдную, don't = dont).",
    '- **Spaced-out words**: three or more single letters in a row, separated by the same one to three',
    '  non-newline characters ("c a s i n o", "c.a.s.i.n.o", "k-a-z-i-n-o"), are read as one word; a match may',
    '  also start inside it ("w k a s y n i e": the Polish one-letter word w, then kasynie). Ordinary words are',
    '  never merged: only runs of one-letter words are.',
    '',
    '## Rule-set format',
    '',
    'One file per category in `schemas/src/compliance/rules/` (`ContentCategoryRules`): `id`, `kind`, `label`,',
    '`severity`, `regulated` (a regulated vertical that a tenant may allow per country; flagged by default),',
    '`terms` and `exceptions` by language. A term is one phrase written as people write it:',
    '',
    '- `stem*` matches any word starting with the stem (at least three letters): `сигарет*` = сигарета, сигареты,',
    '  сигаретами; `cerveja*` = cerveja, cervejas, cervejaria.',
    '- a word without `*` matches only that word: `gun`, `rum`, `вино|вином`.',
    '- `a|b|c` matches any alternative, each may end in `*`; one word per alternative.',
    '- `#` matches a number: `# % off`.',
    `- \`left ~ right\`: both phrases within ${NEAR_REACH} words, either order, for free word order and context`,
    '  (`щен* ~ прода*` = "продаём щенков", "щенки в продаже"; `vino|vinos ~ tinto|botella*` keeps Spanish',
    '  "vino" = "came" out).',
    '',
    'Terms are matched against every text whatever its language (people mix languages and brand names).',
    `Built-in rule set version **${BUILT_IN_RULE_SET.version}**:`,
    '',
    ...ruleSetTable(BUILT_IN_RULE_SET),
    '',
    'The promotional set also has German terms because the simulator sends German templates.',
    '',
    '## Tenant overrides',
    '',
    'Stored as JSON by the compliance settings and validated by `parseContentRuleOverrides` (zod, then every term',
    'is parsed); invalid input throws `ContentRuleError` with code `CONTENT_RULES_INVALID` and one issue per',
    'problem (path and message); nothing is half-applied.',
    '',
    '```ts',
    '{ categories: { [categoryId]: {',
    '    enabled?: boolean;                         // false: the category is not checked',
    '    extraTerms?: string[];                     // same syntax and normalisation as built-in terms',
    '    exceptions?: string[];                     // allowed contexts (e.g. from a false-positive case)',
    '    regulated?: { allowedCountries: string[] } // ISO alpha-2 in capitals: medium, regulatedAllowed there',
    '} } }',
    '```',
    '',
    'Category ids are the built-in ones (including `promotional` and `survey`); unknown ids, unknown fields, bad',
    'country codes and unusable terms (empty, a stem shorter than three letters, more than one `~`) are rejected.',
    'A tenant may mark any category regulated; the built-in `regulated` flag marks the verticals the platforms',
    `treat as regulated (${BUILT_IN_RULE_SET.categories
      .filter((c) => c.regulated)
      .map((c) => `\`${c.id}\``)
      .join(', ')}).`,
    '',
    '## Versioning',
    '',
    '- `RULE_SET_VERSION` (year.month.revision) names the built-in data. A spec records the fingerprint of the',
    '  built-in categories next to the version, so changing a rule file without bumping the version fails.',
    '- `compileRuleSet(...).version` is `RULE_SET_VERSION` without overrides and `RULE_SET_VERSION+t<16 hex>` with',
    '  them: the FNV-1a 64 fingerprint of the overrides as canonical JSON (keys sorted), so any change of the',
    '  overrides changes the version and equal overrides give equal versions. The detection engine stores',
    '  `PROHIBITED_CONTENT@<version>+s<settings revision>` with each violation.',
    '',
    '## Evaluation',
    '',
    'The labelled set (`schemas/src/compliance/testing/labelled/`) holds realistic business messages written for',
    'this purpose in English, Russian, Ukrainian, Polish, Portuguese and Spanish. Each message lists the (kind,',
    'category) pairs it must produce, none for a negative; templates carry their category. Parts:',
    '',
    '- **development**: per language one positive for each of the 20 categories, one promotional and one survey',
    '  template, with inflected forms and obfuscations; negatives are ordinary service messages, clean utility and',
    '  authentication templates, promotions that are allowed (marketing templates, free-form), and hard negatives:',
    '  allowed contexts (pet food, contraception, wine-coloured dress, quit-smoking help, glue guns), look-alike',
    '  words (органайзер, займёт, piwnica, município) and other meanings (ставка, cita, vino = came, wina = fault,',
    '  до свидания, рулетка as a tape measure).',
    '- **simulator**: the phrases the traffic simulator plants (PROHIBITED_CONTENT and misused utility templates),',
    "  copied from ingest/src/simulator/texts.ts; a spec also checks all the simulator's clean wording gives no",
    '  finding.',
    '- **held-out**: written after the rules were frozen and never used to tune them.',
    '- **stress**: slang, misspellings, offers that name no listed word, and allowed products named after a flagged',
    '  one (a film called Casino, beer-battered fish); written to show the limits, never used to tune the rules.',
    '',
    'Counting: a found pair that was expected is a true positive, one that was not is a false positive, an',
    'expected pair not found is a false negative; precision and recall are micro-averaged. The evaluation spec',
    `asserts precision ≥ ${CLASSIFIER_FLOOR.precision} and recall ≥ ${CLASSIFIER_FLOOR.recall} over the whole set and that this`,
    'document matches what it computes.',
    '',
    ...compositionTable(LABELLED_MESSAGES),
    '',
    ...evaluationTables(all, byPart),
    '',
    '### Reading the figures',
    '',
    'The development, simulator and held-out parts were written by the author of the rules, so their scores say',
    'that the rules cover the wording anticipated here, not that real traffic scores the same: the held-out part',
    'is the same author with the same vocabulary. The stress part is the honest warning: term matching misses',
    'slang (good green, шишки, mota, breja), misspellings beyond the obfuscations listed (cassinno), offers that',
    'never name the product (kittens "looking for a new home" for a price), and flags products and titles named',
    'after a flagged word (Casino Royale, beer-battered fish, vodka sauce). Tenants close such gaps with extra',
    'terms and exceptions; a compliance officer marking a false positive can turn it into an exception.',
    '',
    '## Throughput',
    '',
    '`npm run bench:classifier -w bench` (after `npx tsc -b tsconfig.build.json`) builds 20,000 service-like texts',
    'of 100–300 characters (226 on average) in the six languages, 10% with a prohibited phrase and 30% classified as',
    'utility templates, compiles the built-in rules once and classifies them on one thread. Measured for rule',
    'set 2026.11.3 on the shared 2-core development VM (AMD EPYC) while other processes kept the load average',
    'near 15: 58,000–62,000 messages per second of process CPU time and 23,000–36,000 per second of wall clock',
    '(the other processes took the rest); compiling the rule set took 0.12–0.16 s. Re-run it on the target',
    'machine before relying on a figure.',
    '',
    '## Known limits',
    '',
    '- Words, not meaning: no model of intent; slang and paraphrases need extra terms (see the stress part).',
    '- Misspellings are caught only through the listed obfuscations; an inserted or doubled letter defeats a term.',
    '- Exceptions work by proximity: an allowed context next to a real offer can hide it ("quit smoking? buy',
    '  cigarettes here"), and a category with an exception anywhere near is not reported for those words.',
    '- Compound words are not split: a term must match from the start of a word (`onlinecasino` is not found,',
    '  `casino*` does match `casinos`).',
    '- Spaced-out letters are merged only with one repeated separator; "cas ino" and mixed separators are not',
    '  read as one word.',
    '- `language` is the language of the matched rule term, chosen by distinctive letters when terms coincide; it',
    '  is not a detection of the message language.',
    '- Only the first 64 occurrences of each phrase of a term count, so a text repeating a word thousands of',
    '  times stays linear; a match after them is not reported.',
    '- Images, voice, catalog item fields other than text, and links are not looked at.',
    '',
  ];
  return lines.join('\n');
}
