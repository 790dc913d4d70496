import type { Message } from '../../types';
import type { complianceRulesEn } from './en';

export const complianceRulesPl: Record<keyof typeof complianceRulesEn, Message> = {
  'complianceRules.subtitle': 'Reguły',
  'complianceRules.forbidden':
    'Reguły zgodności są dla administratorów, specjalistów ds. zgodności i menedżerów; Twoja rola nie ma do nich dostępu.',
  'complianceRules.revisionTitle': 'Obowiązujące reguły',
  'complianceRules.revision': 'Wersja {revision}, zapisana {at} przez {by}.',
  'complianceRules.neverSaved': 'Obowiązują wartości wbudowane: tych reguł nigdy nie zmieniano.',
  'complianceRules.rerunNote':
    'Zapisanie tworzy nową wersję i ponownie uruchamia wykrywanie na całej historii: naruszenia, których nowe reguły już nie znajdują, są wycofywane (zostają, oznaczone jako wycofane), nowe są dodawane, a każde ma wersję reguły, która je wykryła.',
  'complianceRules.ruleSetVersion': 'Wbudowany zestaw reguł treści {version}.',
  'complianceRules.readOnly': 'Możesz przeglądać te reguły; zmieniają je administratorzy i specjaliści ds. zgodności.',
  'complianceRules.frequencyTitle': 'Limit częstotliwości',
  'complianceRules.frequencyHint':
    'Wiadomości marketingowe do jednego kontaktu w jednym kanale w kroczącym oknie; każda wiadomość ponad limit to naruszenie o niskiej wadze.',
  'complianceRules.frequencyEnabled': 'Sprawdzaj limit częstotliwości',
  'complianceRules.frequencyCount': 'Dozwolone wiadomości marketingowe (1–1000)',
  'complianceRules.frequencyWindow': 'W ciągu godzin (1–720)',
  'complianceRules.quietTitle': 'Godziny ciszy',
  'complianceRules.quietHint':
    'Wiadomości marketingowe nie mogą docierać, gdy lokalny czas kontaktu mieści się w tym oknie.',
  'complianceRules.quietEnabled': 'Sprawdzaj godziny ciszy',
  'complianceRules.quietStart': 'Cisza od',
  'complianceRules.quietEnd': 'Cisza do',
  'complianceRules.quietEndHint':
    'Bez tej minuty; koniec wcześniejszy niż początek przechodzi przez północ (21:00–08:00).',
  'complianceRules.quietZone':
    'Strefa czasowa kontaktu to główna strefa kraju jego numeru telefonu; gdy jest nieznany (e-mail, id platform), używana jest strefa czasowa organizacji.',
  'complianceRules.contentTitle': 'Kategorie treści',
  'complianceRules.contentHint':
    'Wiadomości firmy są sprawdzane pod kątem kategorii towarów zakazanych i ograniczonych, a szablony użytkowe i uwierzytelniające — pod kątem treści promocyjnych i ankiet. Wyłącz kategorię, dodaj własne terminy i dozwolone konteksty albo zezwól na kategorię regulowaną dla kontaktów z wymienionych krajów.',
  'complianceRules.termSyntax':
    'Jeden termin w wierszu, zapisany tak, jak piszą ludzie (wielkość liter, znaki diakrytyczne i podobne litery nie mają znaczenia): rdzeń* pasuje do form wyrazu, a|b do dowolnego z wyrazów, # do liczby, „lewa ~ prawa” do obu fraz blisko siebie w dowolnej kolejności. Składnia w docs/content-classifier.md.',
  'complianceRules.prohibitedTitle': 'Towary zakazane i ograniczone',
  'complianceRules.misuseTitle': 'Nadużycie szablonów użytkowych i uwierzytelniających',
  'complianceRules.regulated': 'Regulowana',
  'complianceRules.disabled': 'Wył.',
  'complianceRules.severity.LOW': 'Niska',
  'complianceRules.severity.MEDIUM': 'Średnia',
  'complianceRules.severity.HIGH': 'Wysoka',
  'complianceRules.severity.CRITICAL': 'Krytyczna',
  'complianceRules.termCount': 'Wbudowane terminy: {terms} ({languages})',
  'complianceRules.categoryEnabled': 'Sprawdzaj: {category}',
  'complianceRules.extraTerms': 'Dodatkowe terminy: {category}',
  'complianceRules.extraTermsHint': 'Oznaczane oprócz terminów wbudowanych.',
  'complianceRules.exceptions': 'Dozwolone konteksty: {category}',
  'complianceRules.exceptionsHint':
    'Frazy, które anulują dopasowanie w pobliżu (np. „sukienka w kolorze wina”); wbudowane dozwolone konteksty: {exceptions}.',
  'complianceRules.allowedCountries': 'Dozwolone dla kontaktów z krajów — {category}',
  'complianceRules.allowedCountriesHint':
    'Dwuliterowe kody ISO oddzielone przecinkami, np. PL, DE. Tam kategoria jest zgłaszana ze średnią wagą zamiast jako zakazana.',
  'complianceRules.save': 'Zapisz i wykryj ponownie',
  'complianceRules.lineIssue': 'Wiersz {line}: {message}',
  'complianceRules.validation.count': 'Wpisz liczbę całkowitą od 1 do 1000.',
  'complianceRules.validation.windowHours': 'Wpisz pełne godziny od 1 do 720.',
  'complianceRules.validation.time': 'Wpisz godzinę jako GG:MM.',
  'complianceRules.validation.sameTime': 'Okno ciszy nie może zaczynać się i kończyć o tej samej porze.',
  'complianceRules.validation.countries': 'Użyj dwuliterowych kodów krajów ISO, np. PL lub DE.',
};
