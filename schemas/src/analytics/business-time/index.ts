export * from './business-calendar';
export * from './business-time-error';
export { compileBusinessCalendar, CompiledBusinessCalendar } from './compile-business-calendar';
export { businessMilliseconds } from './business-milliseconds';
export { businessIntervals, type BusinessInterval } from './business-intervals';
export { addBusinessMilliseconds } from './add-business-milliseconds';
