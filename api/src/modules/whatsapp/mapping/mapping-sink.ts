import type {
  MappedAccount,
  MappingSkip,
  SkipReason,
  UntenantedEvent,
  WhatsAppMappingOptions,
  WhatsAppMappingResult,
} from './mapping-result';
import type { UnixTime } from './payload-reader';

/** Collects what one webhook body maps to; ids are unique within a result (a repeated identical update collapses). */
export class MappingSink {
  private readonly events: WhatsAppMappingResult['events'] = [];
  private readonly skipped: MappingSkip[] = [];
  private readonly accounts = new Map<string, MappedAccount>();
  private readonly ids = new Set<string>();

  emit(event: UntenantedEvent, wabaId: string, path: string): void {
    if (this.ids.has(event.id)) {
      this.skip(path, 'duplicate_event_id', event.id);
      return;
    }
    this.ids.add(event.id);
    this.events.push({ event, wabaId });
  }

  skip(path: string, reason: SkipReason, detail?: string): void {
    this.skipped.push(detail === undefined ? { path, reason } : { path, reason, detail });
  }

  account(account: MappedAccount): void {
    const key = `${account.wabaId}\u0000${account.accountId}`;
    const known = this.accounts.get(key);
    if (!known || (!known.displayPhoneNumber && account.displayPhoneNumber)) this.accounts.set(key, account);
  }

  result(): WhatsAppMappingResult {
    return { events: this.events, skipped: this.skipped, accounts: [...this.accounts.values()] };
  }
}

/** What a field mapper knows about the change it maps. */
export interface ChangeContext {
  sink: MappingSink;
  wabaId: string;
  /** entry.time: present on management fields, absent on `messages`. */
  entryTime: UnixTime | undefined;
  /** JSON pointer of the change's value. */
  path: string;
  options: WhatsAppMappingOptions;
}

/** Fields every event produced from a WhatsApp webhook shares. */
export const WHATSAPP_ENVELOPE = { channel: 'whatsapp', source: 'whatsapp_webhook', schemaVersion: 1 } as const;
