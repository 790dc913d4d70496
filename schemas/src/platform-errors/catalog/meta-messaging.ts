import type { PlatformErrorEntry } from '../platform-error';
import { defineEntries, type EntryDraft } from './define-entries';

const ERROR_CODES = 'https://developers.facebook.com/docs/messenger-platform/error-codes';

/**
 * Send API errors of the Messenger Platform, which carries both Messenger and Instagram messaging. Meta reports a
 * code plus a subcode; integrations store either, so a subcode is an alias of its entry.
 */
const DRAFTS: EntryDraft[] = [
  {
    code: '10',
    whenTitleContains: 'allowed window',
    aliases: ['2018278'],
    title: 'Message sent outside of allowed window',
    meaning: 'The business sent a message after the standard messaging window with this person had closed.',
    likelyCause:
      'Standard messaging allows replies within 24 hours of the person’s last message; after that only permitted cases, such as an approved message tag, may be sent.',
    recommendedAction:
      'Reply within 24 hours of the person’s message, or use a message tag where the case fits (the human agent tag allows replies for up to 7 days).',
    category: 'window',
    retry: 'after_fix',
    countsAgainstQuality: false,
  },
  {
    code: '10',
    title: 'Permission denied',
    meaning: 'Meta refused the send because the app or account lacks permission for it.',
    likelyCause:
      'A missing or removed permission. The Send API also uses code 10 for messages outside the allowed window (subcode 2018278), which then shows in the error title.',
    recommendedAction:
      'Check the app’s permissions for the Page or account; if the title mentions the window, see 2018278.',
    category: 'auth_config',
    retry: 'after_fix',
    countsAgainstQuality: false,
  },
  {
    code: '100',
    whenTitleContains: 'no matching user',
    aliases: ['2018001'],
    title: 'No matching user found',
    meaning: 'Meta found no person for the recipient id the message was addressed to.',
    likelyCause: 'A wrong or outdated recipient id, for example one that belongs to another Page or app.',
    recommendedAction: 'Check the recipient id; do not resend to it.',
    category: 'recipient',
    retry: 'no',
    countsAgainstQuality: false,
  },
  {
    code: '100',
    title: 'Invalid parameter',
    meaning: 'Meta rejected the request because a parameter is missing or not valid.',
    likelyCause: 'An error in the sending integration.',
    recommendedAction: 'Ask whoever builds the sending integration (your team or provider) to correct the request.',
    category: 'content',
    retry: 'after_fix',
    countsAgainstQuality: false,
  },
  {
    code: '190',
    title: 'Invalid OAuth access token',
    meaning: 'The access token used to send is invalid or expired, so nothing was sent.',
    likelyCause:
      'The Page access token expired or was invalidated (for example after a password or permission change).',
    recommendedAction: 'Reconnect the Page or account to issue a new token.',
    category: 'auth_config',
    retry: 'after_fix',
    countsAgainstQuality: false,
  },
  {
    code: '551',
    aliases: ['1545041'],
    title: 'This person isn’t available right now',
    meaning: 'Meta could not deliver the message because this person cannot be reached right now.',
    likelyCause: 'Meta does not say why; the person is currently not reachable from this Page or account.',
    recommendedAction: 'Do not resend straight away; if it persists, treat the person as unreachable on this channel.',
    category: 'recipient',
    retry: 'later',
    countsAgainstQuality: false,
  },
  {
    code: '613',
    title: 'Calls to this API have exceeded the rate limit',
    meaning: 'Too many requests were made in a short time, so the send was refused.',
    likelyCause: 'Sending faster than the platform allows.',
    recommendedAction: 'Slow down and retry later.',
    category: 'rate_limit',
    retry: 'later',
    countsAgainstQuality: false,
  },
  {
    code: '1200',
    title: 'Temporary send message failure',
    meaning: 'A temporary problem on Meta’s side stopped the message.',
    likelyCause: 'A temporary platform error.',
    recommendedAction: 'Retry later.',
    category: 'platform',
    retry: 'later',
    countsAgainstQuality: false,
  },
];

export const MESSENGER_ERRORS: PlatformErrorEntry[] = defineEntries('messenger', ERROR_CODES, DRAFTS);
export const INSTAGRAM_ERRORS: PlatformErrorEntry[] = defineEntries('instagram', ERROR_CODES, DRAFTS);
