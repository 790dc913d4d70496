/** Complaints per 1,000 delivered business-initiated messages; null when nothing was delivered. */
export function complaintRate(complaints: number, delivered: number): number | null {
  // Multiply first: 60 * 1000 / 10000 is exactly 6, 60 / 10000 * 1000 is not.
  return delivered > 0 ? (complaints * 1000) / delivered : null;
}
