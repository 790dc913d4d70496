export * from './step-result';
export * from './pseudonymiser';
export * from './process-record';
export { parseStep, MAX_EVENT_BYTES } from './steps/parse.step';
export { validateStep } from './steps/validate.step';
export { enrichStep } from './steps/enrich.step';
export { contactCountryFromId } from './contact-country';
