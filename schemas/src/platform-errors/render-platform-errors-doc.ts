import { CHANNELS, type Channel } from '../events/common';
import {
  PLATFORM_ERROR_CATEGORIES,
  PLATFORM_ERROR_CATEGORY_LABELS,
  RETRY_ADVICE,
  RETRY_ADVICE_LABELS,
  type PlatformErrorEntry,
} from './platform-error';
import { PLATFORM_ERROR_CATALOG } from './platform-error-catalog';

const CHANNEL_NAMES: Record<Channel, string> = {
  whatsapp: 'WhatsApp (Cloud API)',
  messenger: 'Messenger',
  instagram: 'Instagram',
  telegram: 'Telegram (Bot API)',
  viber: 'Viber (REST Bot API)',
  vk: 'VK',
  sms: 'SMS (Twilio error codes)',
  email: 'E-mail',
  webchat: 'Web chat',
};

function renderEntry(entry: PlatformErrorEntry): string[] {
  const lines = [
    `### ${entry.code} — ${entry.title}`,
    '',
    `- Meaning: ${entry.meaning}`,
    `- Likely cause: ${entry.likelyCause}`,
    `- Recommended action: ${entry.recommendedAction}`,
    `- Category: \`${entry.category}\`; retry: \`${entry.retry}\`; counts against quality: ${entry.countsAgainstQuality ? 'yes' : 'no'}`,
  ];
  if (entry.aliases?.length) lines.push(`- Also reported as: ${entry.aliases.map((a) => `\`${a}\``).join(', ')}`);
  if (entry.whenTitleContains) lines.push(`- Applies when the platform's title contains: "${entry.whenTitleContains}"`);
  lines.push(`- Documented at: <${entry.reference}>`, '');
  return lines;
}

/** docs/platform-errors.md, rendered from the catalog (tools/generate-platform-errors-doc.mjs writes it). */
export function renderPlatformErrorsDoc(entries: readonly PlatformErrorEntry[] = PLATFORM_ERROR_CATALOG): string {
  const lines = [
    '# Platform error codes',
    '',
    '<!-- Generated from schemas/src/platform-errors by tools/generate-platform-errors-doc.mjs; do not edit by hand. -->',
    '',
    'What the error code of a failed message (`message.status` with `status: failed`, `errorCode`, `errorTitle`) means,',
    'per channel, in words for marketers and managers. `describePlatformError(channel, code, title)` from',
    '`@checkmark/schemas/platform-errors` returns these entries; codes not listed here come back as unknown with the',
    "platform's own title, and no meaning is made up for them. The same number means different things on different",
    'channels. Platforms change their documentation often: each entry links to the page it is based on.',
    '',
    '## Categories',
    '',
    ...PLATFORM_ERROR_CATEGORIES.map((c) => `- \`${c}\`: ${PLATFORM_ERROR_CATEGORY_LABELS[c]}`),
    '',
    '## Retry advice',
    '',
    ...RETRY_ADVICE.map((r) => `- \`${r}\`: ${RETRY_ADVICE_LABELS[r]}`),
    '',
    '"Counts against quality" is yes when the platform documents the failure as a sign of, or a contribution to, low',
    'sender quality or reputation.',
    '',
  ];
  for (const channel of CHANNELS) {
    const ofChannel = entries.filter((e) => e.channel === channel);
    if (ofChannel.length === 0) continue;
    lines.push(`## ${CHANNEL_NAMES[channel]}`, '', ...ofChannel.flatMap(renderEntry));
  }
  return lines.join('\n');
}
