export type SpikeErrorCode = 'SPIKES_OPTIONS_INVALID' | 'SPIKES_SERIES_INVALID';

/** Raised for a caller's invalid options or a malformed series (bad date, duplicate or unsorted days, negative counts). */
export class SpikeError extends Error {
  override readonly name = 'SpikeError';

  constructor(
    readonly code: SpikeErrorCode,
    message: string,
  ) {
    super(message);
  }
}
