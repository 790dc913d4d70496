import { randomBytes } from 'node:crypto';

/**
 * UUIDv7-style ids (48-bit millisecond time, then a per-process sequence, then random bits), so entries written
 * in the same millisecond still sort in the order they were recorded: the audit log pages by (at, id).
 */
export class TimeOrderedIds {
  private lastMs = -1;
  private sequence = 0;

  next(at: Date): string {
    const ms = at.getTime();
    this.sequence = ms === this.lastMs ? (this.sequence + 1) & 0xfff : 0;
    this.lastMs = Math.max(ms, this.lastMs);
    const hex = Math.max(ms, 0).toString(16).padStart(12, '0').slice(-12);
    const random = randomBytes(8).toString('hex');
    const variant = ((parseInt(random[0], 16) & 0x3) | 0x8).toString(16);
    return [
      hex.slice(0, 8),
      hex.slice(8, 12),
      '7' + this.sequence.toString(16).padStart(3, '0'),
      variant + random.slice(1, 4),
      random.slice(4, 16),
    ].join('-');
  }
}
