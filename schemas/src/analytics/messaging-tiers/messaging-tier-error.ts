export type MessagingTierErrorCode = 'MESSAGING_LIMIT_INVALID' | 'TIER_INPUT_INVALID';

/** Raised for a value that is not a messaging limit, or for tier inputs that cannot describe real traffic. */
export class MessagingTierError extends Error {
  override readonly name = 'MessagingTierError';

  constructor(
    readonly code: MessagingTierErrorCode,
    message: string,
  ) {
    super(message);
  }
}
