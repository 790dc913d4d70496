import type { Channel } from '../events/common';

/** What kind of problem a failure is; drives grouping in reports and who should act. */
export const PLATFORM_ERROR_CATEGORIES = [
  'recipient',
  'consent',
  'window',
  'quality',
  'policy',
  'template',
  'rate_limit',
  'payment',
  'auth_config',
  'content',
  'platform',
] as const;
export type PlatformErrorCategory = (typeof PLATFORM_ERROR_CATEGORIES)[number];

export const PLATFORM_ERROR_CATEGORY_LABELS: Record<PlatformErrorCategory, string> = {
  recipient: 'Recipient cannot be reached on this channel',
  consent: 'Recipient opted out, unsubscribed or blocked the sender',
  window: 'Outside the messaging window',
  quality: 'Held back by the platform for quality or engagement reasons',
  policy: 'Sender restricted for a platform policy',
  template: 'Template problem',
  rate_limit: 'Sending too fast',
  payment: 'Billing or payment problem',
  auth_config: 'Access, credentials or account setup',
  content: 'Invalid request or message content',
  platform: 'Temporary or unexplained platform error',
};

/** Whether sending the same message again can succeed. */
export const RETRY_ADVICE = ['later', 'after_fix', 'no'] as const;
export type RetryAdvice = (typeof RETRY_ADVICE)[number];

export const RETRY_ADVICE_LABELS: Record<RetryAdvice, string> = {
  later: 'Yes, later: the same send can succeed after a wait, without changes',
  after_fix: 'Only after the cause is fixed (or with a different kind of message)',
  no: 'No: do not resend to this recipient',
};

/** One documented failure reason of one channel. */
export interface PlatformErrorEntry {
  readonly channel: Channel;
  /** The platform's code as the canonical model carries it (`message.status` `errorCode`, as a string). */
  readonly code: string;
  /**
   * Other spellings of the same failure: a Meta error subcode, or Viber's status name. Matched case-insensitively.
   */
  readonly aliases?: readonly string[];
  /**
   * For platforms that reuse one code for several reasons (Telegram's 403), this entry applies when the platform's
   * title contains this text (case-insensitive); the entry of the same code without it is the fallback.
   */
  readonly whenTitleContains?: string;
  /** Short title, close to the platform's own. */
  readonly title: string;
  /** What happened, in words for a marketer or manager. */
  readonly meaning: string;
  readonly likelyCause: string;
  readonly recommendedAction: string;
  readonly category: PlatformErrorCategory;
  readonly retry: RetryAdvice;
  /**
   * True when the platform documents this failure as a sign of, or a contribution to, low sender quality or
   * reputation (a spam rate limit, a template paused for low quality, an e-mail hard bounce or complaint).
   */
  readonly countsAgainstQuality: boolean;
  /** Where the platform documents it. */
  readonly reference: string;
}

/** A catalog entry matched for a failure, with the title the platform itself sent. */
export interface KnownPlatformError extends PlatformErrorEntry {
  readonly known: true;
  readonly platformTitle: string | null;
}

/** A code the catalog does not describe: only what the platform said is kept; no meaning is made up. */
export interface UnknownPlatformError {
  readonly known: false;
  readonly channel: string;
  readonly code: string;
  readonly platformTitle: string | null;
}

export type PlatformErrorDescription = KnownPlatformError | UnknownPlatformError;
