export * from './messaging-tier-error';
export * from './tier-eras';
export { parseMessagingLimit } from './parse-messaging-limit';
export { messagingLimitValue } from './messaging-limit-value';
export { nextTier, tierBelow } from './next-tier';
export { defaultEraAt } from './default-era-at';
export { projectThresholdDay, type ThresholdProjectionInput } from './project-threshold-day';
export * from './tier-progress';
