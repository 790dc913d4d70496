import type { Message } from '../../types';

/** Compliance → Rules: frequency cap, quiet hours and the content rule set editor (issue 6). */
export const complianceRulesEn = {
  'complianceRules.subtitle': 'Rules',
  'complianceRules.forbidden':
    'The compliance rules are for administrators, compliance officers and managers; your role cannot open them.',
  'complianceRules.revisionTitle': 'Current rules',
  'complianceRules.revision': 'Revision {revision}, saved {at} by {by}.',
  'complianceRules.neverSaved': 'The built-in defaults apply: these rules have never been changed.',
  'complianceRules.rerunNote':
    'Saving creates a new revision and re-runs detection over the whole history: violations the new rules no longer find are retracted (kept, marked retracted), new ones are added, and each carries the rule version that found it.',
  'complianceRules.ruleSetVersion': 'Built-in content rule set {version}.',
  'complianceRules.readOnly': 'You can read these rules; administrators and compliance officers change them.',
  'complianceRules.frequencyTitle': 'Frequency cap',
  'complianceRules.frequencyHint':
    'Marketing messages to one contact on one channel within a rolling window; every message beyond the cap is a low-severity violation.',
  'complianceRules.frequencyEnabled': 'Check the frequency cap',
  'complianceRules.frequencyCount': 'Marketing messages allowed (1–1000)',
  'complianceRules.frequencyWindow': 'Within hours (1–720)',
  'complianceRules.quietTitle': 'Quiet hours',
  'complianceRules.quietHint':
    'Marketing messages must not arrive while the contact’s local clock is inside this window.',
  'complianceRules.quietEnabled': 'Check quiet hours',
  'complianceRules.quietStart': 'Quiet from',
  'complianceRules.quietEnd': 'Quiet until',
  'complianceRules.quietEndHint': 'Exclusive; an end earlier than the start wraps past midnight (21:00–08:00).',
  'complianceRules.quietZone':
    'The contact’s time zone is the main time zone of the country of their phone number; when it is not known (e-mail, platform ids), the tenant’s time zone is used.',
  'complianceRules.contentTitle': 'Content categories',
  'complianceRules.contentHint':
    'Business messages are checked against the prohibited and restricted goods categories, and utility or authentication templates against promotional and survey content. Switch a category off, add your own terms and allowed contexts, or allow a regulated category for contacts in the countries listed.',
  'complianceRules.termSyntax':
    'One term per line, written as people write it (case, accents and look-alike letters do not matter): stem* matches word forms, a|b matches either word, # matches a number, “left ~ right” matches both phrases close together in any order. Syntax in docs/content-classifier.md.',
  'complianceRules.prohibitedTitle': 'Prohibited and restricted goods',
  'complianceRules.misuseTitle': 'Utility and authentication template misuse',
  'complianceRules.regulated': 'Regulated',
  'complianceRules.disabled': 'Off',
  'complianceRules.severity.LOW': 'Low',
  'complianceRules.severity.MEDIUM': 'Medium',
  'complianceRules.severity.HIGH': 'High',
  'complianceRules.severity.CRITICAL': 'Critical',
  'complianceRules.termCount': 'Built-in terms: {terms} ({languages})',
  'complianceRules.categoryEnabled': 'Check {category}',
  'complianceRules.extraTerms': 'Extra terms for {category}',
  'complianceRules.extraTermsHint': 'Flagged in addition to the built-in terms.',
  'complianceRules.exceptions': 'Allowed contexts for {category}',
  'complianceRules.exceptionsHint':
    'Phrases that cancel a match nearby (e.g. “wine-coloured dress”); built-in allowed contexts: {exceptions}.',
  'complianceRules.allowedCountries': 'Allowed for contacts in (countries) — {category}',
  'complianceRules.allowedCountriesHint':
    'Two-letter ISO codes separated by commas, e.g. PL, DE. There the category is reported with medium severity instead of being flagged as prohibited.',
  'complianceRules.save': 'Save and re-detect',
  'complianceRules.lineIssue': 'Line {line}: {message}',
  'complianceRules.validation.count': 'Enter a whole number from 1 to 1000.',
  'complianceRules.validation.windowHours': 'Enter whole hours from 1 to 720.',
  'complianceRules.validation.time': 'Enter a time as HH:MM.',
  'complianceRules.validation.sameTime': 'The quiet window must not start and end at the same time.',
  'complianceRules.validation.countries': 'Use two-letter ISO country codes such as PL or DE.',
} satisfies Record<string, Message>;
