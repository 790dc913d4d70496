export * from './platform-error';
export { PLATFORM_ERROR_CATALOG } from './platform-error-catalog';
export { describePlatformError } from './describe-platform-error';
export { renderPlatformErrorsDoc } from './render-platform-errors-doc';
