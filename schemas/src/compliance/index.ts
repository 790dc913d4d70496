// Compliance rules shared by the detection engine, the consent module and the simulator (issue 6): violation kinds
// and severities, and the prohibited-content / template-misuse classifier with its built-in rule set.
export * from './violation-kinds';
export * from './country-time-zones';
export * from './content/content-rules';
export * from './content/content-rule-error';
export * from './content/content-rule-overrides';
export * from './content/compile-rule-set';
export * from './content/classify-content';
export * from './content/tokenise-text';
export * from './rules';
