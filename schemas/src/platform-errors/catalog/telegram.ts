import type { PlatformErrorEntry } from '../platform-error';
import { defineEntries } from './define-entries';

const BOT_API = 'https://core.telegram.org/bots/api#making-requests';

/**
 * Telegram Bot API failures: an HTTP-like `error_code` plus a human-readable `description`. One code covers several
 * reasons (403 above all), so the description picks the entry.
 */
export const TELEGRAM_ERRORS: PlatformErrorEntry[] = defineEntries('telegram', BOT_API, [
  {
    code: '400',
    whenTitleContains: 'chat not found',
    title: 'Bad Request: chat not found',
    meaning: 'Telegram does not know this chat for the bot, so the message was not sent.',
    likelyCause: 'A wrong chat id, or the bot has no chat with this user (for example they never started the bot).',
    recommendedAction: 'Check the chat id; the user has to start the bot before it can message them.',
    category: 'recipient',
    retry: 'no',
    countsAgainstQuality: false,
  },
  {
    code: '400',
    title: 'Bad Request',
    meaning: 'Telegram rejected the request as invalid.',
    likelyCause: 'An error in the request or its content; the error description says which.',
    recommendedAction: 'Ask whoever builds the bot to correct the request.',
    category: 'content',
    retry: 'after_fix',
    countsAgainstQuality: false,
  },
  {
    code: '401',
    title: 'Unauthorized',
    meaning: 'Telegram did not accept the bot’s token, so nothing was sent.',
    likelyCause: 'A wrong or revoked bot token.',
    recommendedAction: 'Update the integration with the bot’s current token.',
    category: 'auth_config',
    retry: 'after_fix',
    countsAgainstQuality: false,
  },
  {
    code: '403',
    whenTitleContains: 'bot was blocked by the user',
    title: 'Forbidden: bot was blocked by the user',
    meaning: 'The user has blocked the bot, so it can no longer message them.',
    likelyCause: 'The user chose to block the bot.',
    recommendedAction:
      'Treat it as an opt-out and stop sending; messages go through again only if the user unblocks the bot.',
    category: 'consent',
    retry: 'no',
    countsAgainstQuality: false,
  },
  {
    code: '403',
    whenTitleContains: 'user is deactivated',
    title: 'Forbidden: user is deactivated',
    meaning: 'The user’s Telegram account is deactivated, so the message cannot be delivered.',
    likelyCause: 'The user deleted their Telegram account.',
    recommendedAction: 'Stop sending to this user on Telegram.',
    category: 'recipient',
    retry: 'no',
    countsAgainstQuality: false,
  },
  {
    code: '403',
    whenTitleContains: 'initiate conversation',
    title: 'Forbidden: bot can’t initiate conversation with a user',
    meaning: 'A bot cannot write to a user first; this user has not started a chat with the bot.',
    likelyCause: 'The user never opened the bot and pressed Start.',
    recommendedAction: 'Invite the user to start the bot, for example with a t.me link.',
    category: 'recipient',
    retry: 'after_fix',
    countsAgainstQuality: false,
  },
  {
    code: '403',
    whenTitleContains: 'kicked',
    title: 'Forbidden: bot was kicked from the chat',
    meaning: 'The bot was removed from the group or channel, so it cannot post there.',
    likelyCause: 'An administrator removed the bot.',
    recommendedAction: 'Stop sending to this chat unless the bot is added again.',
    category: 'recipient',
    retry: 'no',
    countsAgainstQuality: false,
  },
  {
    code: '403',
    title: 'Forbidden',
    meaning: 'Telegram does not allow the bot to send to this chat.',
    likelyCause:
      'Typically the user blocked the bot, deleted their account, or never started the bot; the error description says which.',
    recommendedAction: 'Stop sending to this chat; check the error description for the reason.',
    category: 'recipient',
    retry: 'no',
    countsAgainstQuality: false,
  },
  {
    code: '429',
    title: 'Too Many Requests',
    meaning: 'The bot sent too fast and hit Telegram’s flood control, so the message was not sent.',
    likelyCause: 'Too many messages in a short time, overall or to one chat.',
    recommendedAction: 'Resend after the wait Telegram gives (retry_after, in seconds) and pace broadcasts.',
    category: 'rate_limit',
    retry: 'later',
    countsAgainstQuality: false,
  },
]);
