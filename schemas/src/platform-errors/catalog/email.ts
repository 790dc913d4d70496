import type { PlatformErrorEntry } from '../platform-error';
import { defineEntries } from './define-entries';

const SMTP_REPLY_CODES = 'https://www.rfc-editor.org/rfc/rfc5321#section-4.2.3';
const ENHANCED_STATUS_CODES = 'https://www.rfc-editor.org/rfc/rfc3463';
const FEEDBACK_REPORTS = 'https://www.rfc-editor.org/rfc/rfc5965';

/**
 * E-mail delivery failures: SMTP reply codes (4xx temporary, 5xx permanent) and the bounce/complaint classes e-mail
 * services report. A complaint after delivery is a `complaint.recorded` event; the `complaint` code covers sends the
 * e-mail service refused because the address complained before.
 */
export const EMAIL_ERRORS: PlatformErrorEntry[] = defineEntries('email', SMTP_REPLY_CODES, [
  {
    code: 'hard_bounce',
    title: 'Hard bounce',
    meaning: 'The e-mail permanently could not be delivered to this address.',
    likelyCause: 'The address or domain does not exist, or the receiving server permanently refused the message.',
    recommendedAction: 'Remove the address from mailing lists; repeated hard bounces damage sender reputation.',
    category: 'recipient',
    retry: 'no',
    countsAgainstQuality: true,
    reference: ENHANCED_STATUS_CODES,
  },
  {
    code: 'soft_bounce',
    title: 'Soft bounce',
    meaning: 'The e-mail could not be delivered for now, for a reason that may clear up.',
    likelyCause: 'For example a full mailbox, or a receiving server that is busy or temporarily unavailable.',
    recommendedAction: 'Let the e-mail service retry; if the address keeps soft-bouncing, stop sending to it.',
    category: 'recipient',
    retry: 'later',
    countsAgainstQuality: false,
    reference: ENHANCED_STATUS_CODES,
  },
  {
    code: 'complaint',
    title: 'Spam complaint',
    meaning: 'The recipient reported an earlier e-mail as spam, so the e-mail service did not send to them.',
    likelyCause: 'The person marked a message as spam in their mailbox, and the mailbox provider reported it back.',
    recommendedAction: 'Treat it as an opt-out and stop sending; complaints damage sender reputation.',
    category: 'consent',
    retry: 'no',
    countsAgainstQuality: true,
    reference: FEEDBACK_REPORTS,
  },
  {
    code: '421',
    title: 'Service not available',
    meaning: 'The receiving mail server was not available and closed the connection.',
    likelyCause: 'The server is overloaded, under maintenance, or temporarily limiting this sender.',
    recommendedAction: 'Let the e-mail service retry later.',
    category: 'platform',
    retry: 'later',
    countsAgainstQuality: false,
  },
  {
    code: '450',
    title: 'Mailbox unavailable (temporary)',
    meaning: 'The recipient’s mailbox was temporarily unavailable.',
    likelyCause: 'For example the mailbox is busy, or mail was temporarily blocked for policy reasons.',
    recommendedAction: 'Let the e-mail service retry later.',
    category: 'recipient',
    retry: 'later',
    countsAgainstQuality: false,
  },
  {
    code: '451',
    title: 'Local error in processing',
    meaning: 'The receiving server hit an error and did not accept the message for now.',
    likelyCause: 'A temporary problem on the receiving server.',
    recommendedAction: 'Let the e-mail service retry later.',
    category: 'platform',
    retry: 'later',
    countsAgainstQuality: false,
  },
  {
    code: '452',
    title: 'Insufficient system storage',
    meaning: 'The receiving server did not have room to accept the message for now.',
    likelyCause: 'A temporary storage shortage on the receiving server.',
    recommendedAction: 'Let the e-mail service retry later.',
    category: 'platform',
    retry: 'later',
    countsAgainstQuality: false,
  },
  {
    code: '550',
    title: 'Mailbox unavailable',
    meaning: 'The receiving server permanently refused the message for this mailbox.',
    likelyCause: 'Most often the mailbox does not exist; the server may also refuse it for access or policy reasons.',
    recommendedAction: 'Remove or correct the address; check the server’s message if a policy block is suspected.',
    category: 'recipient',
    retry: 'no',
    countsAgainstQuality: true,
  },
  {
    code: '551',
    title: 'User not local',
    meaning: 'The receiving server does not handle mail for this address.',
    likelyCause: 'An outdated or wrong address.',
    recommendedAction: 'Correct the address.',
    category: 'recipient',
    retry: 'no',
    countsAgainstQuality: false,
  },
  {
    code: '552',
    title: 'Exceeded storage allocation',
    meaning: 'The message was refused because of the recipient’s storage allocation.',
    likelyCause: 'Typically the recipient’s mailbox is full (or the message is too large for it).',
    recommendedAction: 'Try again later; if it keeps failing, stop sending to this address.',
    category: 'recipient',
    retry: 'later',
    countsAgainstQuality: false,
  },
  {
    code: '553',
    title: 'Mailbox name not allowed',
    meaning: 'The address is not a valid mailbox name.',
    likelyCause: 'A malformed address.',
    recommendedAction: 'Correct the address.',
    category: 'recipient',
    retry: 'no',
    countsAgainstQuality: false,
  },
  {
    code: '554',
    title: 'Transaction failed',
    meaning: 'The receiving server refused the message permanently.',
    likelyCause:
      'The server rejected this message or sender; its reply text says why (often a spam or policy decision).',
    recommendedAction:
      'Read the server’s reply text; review content, authentication (SPF, DKIM, DMARC) and list hygiene.',
    category: 'quality',
    retry: 'after_fix',
    countsAgainstQuality: true,
  },
]);
