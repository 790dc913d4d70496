import type { Channel } from '../../events/common';
import type { PlatformErrorEntry } from '../platform-error';

export type EntryDraft = Omit<PlatformErrorEntry, 'channel' | 'reference'> & { readonly reference?: string };

/** Stamps the channel and the platform's default documentation page onto a channel's entries. */
export function defineEntries(
  channel: Channel,
  reference: string,
  drafts: readonly EntryDraft[],
): PlatformErrorEntry[] {
  return drafts.map((draft) => ({ ...draft, channel, reference: draft.reference ?? reference }));
}
