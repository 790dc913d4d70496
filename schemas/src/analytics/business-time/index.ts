export * from './business-calendar';
export * from './business-time-error';
export { compileBusinessCalendar, CompiledBusinessCalendar } from './compile-business-calendar';
export { businessMilliseconds } from './business-milliseconds';
export { addBusinessMilliseconds } from './add-business-milliseconds';
