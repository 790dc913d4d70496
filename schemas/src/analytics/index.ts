// Pure calculations behind the support and account-health analytics (issue 5): business time for response times
// and SLA deadlines, messaging-tier progress per era, complaint spike detection.
export * from './business-time';
export * from './messaging-tiers';
export * from './spikes';
