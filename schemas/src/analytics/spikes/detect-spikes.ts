import { complaintRate } from './complaint-rate';
import type { DailyComplaints } from './daily-complaints';
import { fillMissingDays } from './fill-missing-days';
import { SpikeError } from './spike-error';
import { trailingStats } from './trailing-stats';

export const SPIKE_DEFAULTS = {
  trailingDays: 28,
  sigmas: 3,
  minHistoryDays: 7,
  minDelivered: 100,
  minComplaints: 3,
} as const;

export interface DetectSpikesOptions {
  /** Calendar days before the judged day that form its history; default 28. */
  trailingDays?: number;
  /** How many standard deviations above the trailing mean a day must be; default 3. */
  sigmas?: number;
  /** Usable history days needed before the statistical rule judges a day; default 7 (at least 2). */
  minHistoryDays?: number;
  /** Days with fewer delivered messages are neither judged nor used as history; default 100. */
  minDelivered?: number;
  /** A spike needs at least this many complaints, so one complaint on a quiet day is not one; default 3. */
  minComplaints?: number;
  /** A tenant's rate per 1,000 that replaces the statistical rule when set. */
  threshold?: number;
}

export type SpikeReason = 'above_trailing_mean' | 'above_threshold';
export type NotJudgedReason = 'low_volume' | 'insufficient_history';

export interface SpikeDay {
  date: string;
  complaints: number;
  delivered: number;
  /** Complaints per 1,000 delivered; null when nothing was delivered. */
  rate: number | null;
  /** Trailing mean and sample standard deviation of the history's rates; null without enough history. */
  mean: number | null;
  stdDev: number | null;
  /** Usable history days in the trailing window. */
  historyDays: number;
  /** The rate a day must exceed (the threshold in threshold mode); null when the day is not judged. */
  limit: number | null;
  spike: boolean;
  reason: SpikeReason | null;
  judged: boolean;
  notJudgedReason: NotJudgedReason | null;
}

type Settings = Required<Omit<DetectSpikesOptions, 'threshold'>> & { threshold: number | null };

function settingsOf(options: DetectSpikesOptions): Settings {
  const settings: Settings = { ...SPIKE_DEFAULTS, ...options, threshold: options.threshold ?? null };
  const wholeAtLeast = (value: number, min: number) => Number.isInteger(value) && value >= min;
  const problems = [
    !wholeAtLeast(settings.minHistoryDays, 2) && 'minHistoryDays must be a whole number ≥ 2',
    !wholeAtLeast(settings.trailingDays, settings.minHistoryDays) && 'trailingDays must be whole and ≥ minHistoryDays',
    !(Number.isFinite(settings.sigmas) && settings.sigmas > 0) && 'sigmas must be positive',
    !wholeAtLeast(settings.minDelivered, 1) && 'minDelivered must be a whole number ≥ 1',
    !wholeAtLeast(settings.minComplaints, 0) && 'minComplaints must be a whole number ≥ 0',
    settings.threshold !== null &&
      !(Number.isFinite(settings.threshold) && settings.threshold >= 0) &&
      'threshold must be a rate ≥ 0',
  ].filter((problem): problem is string => typeof problem === 'string');
  if (problems.length > 0) throw new SpikeError('SPIKES_OPTIONS_INVALID', problems.join('; '));
  return settings;
}

/**
 * The standard deviation of the day's own rate from counting alone (Poisson, at the trailing mean and the
 * day's volume). It floors σ so a flat history (σ = 0) does not flag every small rise: at a mean of 4 per
 * 1,000 and 1,000 delivered, 4 complaints are expected and ±2 is ordinary.
 */
function countingStdDev(mean: number, delivered: number): number {
  return (Math.sqrt((mean * delivered) / 1000) * 1000) / delivered;
}

/**
 * Judges each day of a daily complaint series (ascending dates; missing days count as nothing delivered).
 *
 * Statistical rule: a day is a spike when its rate is strictly above mean + sigmas × σ of its history and it
 * has at least `minComplaints` complaints. σ is the sample standard deviation of the history's daily rates,
 * floored at the day's own counting noise. History = the `trailingDays` calendar days before the day (never
 * the day itself), minus days below `minDelivered` and minus days already flagged as spikes, so one incident
 * does not raise the baseline and hide the next. A lasting rise therefore keeps flagging until fewer than
 * `minHistoryDays` unflagged days remain in the window; the days judged after that build the new baseline.
 * Pass `trailingDays` of lead-in before the period shown, or its first days are not judged.
 *
 * Threshold mode (`threshold` set): a day is a spike when its rate is strictly above the threshold with at
 * least `minComplaints` complaints; no history is needed. Mean and σ are still reported for context.
 */
export function detectSpikes(series: readonly DailyComplaints[], options: DetectSpikesOptions = {}): SpikeDay[] {
  const settings = settingsOf(options);
  const days = fillMissingDays(series);
  /** Rate of each day usable as history for later days, or null. */
  const historyRates: (number | null)[] = [];
  const result: SpikeDay[] = [];

  days.forEach((day, index) => {
    const history = historyRates
      .slice(Math.max(0, index - settings.trailingDays), index)
      .filter((rate): rate is number => rate !== null);
    const { mean, stdDev } = trailingStats(history);
    const rate = complaintRate(day.complaints, day.delivered);
    const base = { ...day, rate, mean, stdDev, historyDays: history.length };

    if (rate === null || day.delivered < settings.minDelivered) {
      result.push({ ...base, limit: null, spike: false, reason: null, judged: false, notJudgedReason: 'low_volume' });
      historyRates.push(null);
      return;
    }

    let limit: number;
    let reason: SpikeReason;
    if (settings.threshold !== null) {
      limit = settings.threshold;
      reason = 'above_threshold';
    } else if (mean === null || stdDev === null || history.length < settings.minHistoryDays) {
      result.push({
        ...base,
        limit: null,
        spike: false,
        reason: null,
        judged: false,
        notJudgedReason: 'insufficient_history',
      });
      historyRates.push(rate);
      return;
    } else {
      limit = mean + settings.sigmas * Math.max(stdDev, countingStdDev(mean, day.delivered));
      reason = 'above_trailing_mean';
    }

    const spike = rate > limit && day.complaints >= settings.minComplaints;
    result.push({ ...base, limit, spike, reason: spike ? reason : null, judged: true, notJudgedReason: null });
    historyRates.push(spike ? null : rate);
  });
  return result;
}
