// Compliance rules shared by the detection engine, the consent module and the simulator (issue 6): violation kinds
// and severities, and the prohibited-content / template-misuse classifier.
export * from './violation-kinds';
export * from './country-time-zones';
