export * from './spike-error';
export type { DailyComplaints } from './daily-complaints';
export { complaintRate } from './complaint-rate';
export { fillMissingDays } from './fill-missing-days';
export {
  detectSpikes,
  SPIKE_DEFAULTS,
  type DetectSpikesOptions,
  type NotJudgedReason,
  type SpikeDay,
  type SpikeReason,
} from './detect-spikes';
export { weeklyRates, type WeeklyRate } from './weekly-rates';
