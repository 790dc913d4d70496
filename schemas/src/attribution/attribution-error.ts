export type AttributionErrorCode = 'ATTRIBUTION_OPTIONS_INVALID';

/** Raised only for a caller's invalid options (a bad window, time zone or code pattern), never for event data. */
export class AttributionError extends Error {
  override readonly name = 'AttributionError';

  constructor(
    readonly code: AttributionErrorCode,
    message: string,
  ) {
    super(message);
  }
}
