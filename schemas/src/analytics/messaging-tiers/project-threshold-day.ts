export interface ThresholdProjectionInput {
  /** Unique recipients per day, oldest first; the last entry is the day ending now. */
  dailyUniqueRecipients: readonly number[];
  /** Unique recipients over the window now (smaller than the sum of the days when people repeat). */
  uniqueRecipientsInWindow: number;
  threshold: number;
  windowDays: number;
  horizonDays: number;
}

/**
 * Days from now until the moving window's unique recipients reach `threshold` if the daily counts follow their
 * least-squares line, or null when they do not within the horizon (a flat or falling trend never does: days
 * entering the window replace equal days leaving it). The sum of future days is scaled by today's share of
 * unique recipients among the window's daily counts, so repeat recipients are not counted twice.
 */
export function projectThresholdDay(input: ThresholdProjectionInput): number | null {
  const { dailyUniqueRecipients: daily, windowDays, threshold } = input;
  const n = daily.length;
  if (n < 2) return null;

  const meanX = (n - 1) / 2;
  const meanY = daily.reduce((sum, y) => sum + y, 0) / n;
  let covariance = 0;
  let variance = 0;
  daily.forEach((y, x) => {
    covariance += (x - meanX) * (y - meanY);
    variance += (x - meanX) ** 2;
  });
  const slope = covariance / variance;
  const dayValue = (x: number): number => (x < 0 ? 0 : x < n ? daily[x] : Math.max(0, meanY + slope * (x - meanX)));
  const windowSum = (lastDay: number): number => {
    let sum = 0;
    for (let x = lastDay - windowDays + 1; x <= lastDay; x++) sum += dayValue(x);
    return sum;
  };

  const currentSum = windowSum(n - 1);
  const uniqueShare = currentSum > 0 ? Math.min(1, input.uniqueRecipientsInWindow / currentSum) : 1;
  for (let day = 1; day <= input.horizonDays; day++) {
    if (uniqueShare * windowSum(n - 1 + day) >= threshold) return day;
  }
  return null;
}
