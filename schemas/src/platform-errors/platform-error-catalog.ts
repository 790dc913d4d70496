import { EMAIL_ERRORS } from './catalog/email';
import { INSTAGRAM_ERRORS, MESSENGER_ERRORS } from './catalog/meta-messaging';
import { SMS_ERRORS } from './catalog/sms';
import { TELEGRAM_ERRORS } from './catalog/telegram';
import { VIBER_ERRORS } from './catalog/viber';
import { VK_ERRORS } from './catalog/vk';
import { WHATSAPP_ERRORS } from './catalog/whatsapp';
import type { PlatformErrorEntry } from './platform-error';

/** Every documented failure reason, in channel order of the canonical model (webchat has none). */
export const PLATFORM_ERROR_CATALOG: readonly PlatformErrorEntry[] = [
  ...WHATSAPP_ERRORS,
  ...MESSENGER_ERRORS,
  ...INSTAGRAM_ERRORS,
  ...TELEGRAM_ERRORS,
  ...VIBER_ERRORS,
  ...VK_ERRORS,
  ...SMS_ERRORS,
  ...EMAIL_ERRORS,
];
