import type { Channel } from '@checkmark/schemas';
import { Inject, Injectable } from '@nestjs/common';
import type { Pseudonymiser } from '@checkmark/schemas/pipeline';
import type { Principal } from '../../common/auth/principal';
import type { Role } from '../../common/auth/role';
import { BadUserInputError } from '../../common/errors/bad-user-input.error';
import { PSEUDONYMISER } from '../ingestion/ingestion.service';
import { consentStatesAt, type ConsentFact } from './consent-states';
import { ConsentRepository } from './consent.repository';
import type { ConsentLedgerModel, ConsentStateModel } from './dtos/consent-ledger.model';
import type { ConsentAction, ConsentPurpose, ConsentStateValue } from './dtos/consent.enums';
import type { ConsentLedgerRow } from './queries/consent-ledger.query';

/** Roles that see the evidence's wording, URL and proof reference (they can identify a person). */
export const EVIDENCE_TEXT_ROLES: readonly Role[] = ['admin', 'compliance'];

const MAX_CONTACT_LENGTH = 256;

type Reads = Pick<ConsentRepository, 'ledger' | 'lastInbound'>;

/**
 * A contact's consent ledger: every opt-in and opt-out with method, source and evidence, and the state per channel
 * and purpose at any instant. The contact may be given as stored (pseudonymous) or as a raw phone number or e-mail,
 * which is pseudonymised the way ingestion does, so an officer can look a customer up.
 */
@Injectable()
export class ConsentLedgerService {
  constructor(
    @Inject(ConsentRepository) private readonly repository: Reads,
    @Inject(PSEUDONYMISER) private readonly pseudonymiser: Pseudonymiser,
  ) {}

  async ledger(principal: Principal, contact: string, channel: Channel | null): Promise<ConsentLedgerModel> {
    const given = contact.trim();
    if (given === '' || given.length > MAX_CONTACT_LENGTH) {
      throw new BadUserInputError([{ path: 'contactId', message: `must be 1 to ${MAX_CONTACT_LENGTH} characters` }]);
    }
    const pseudonym = this.pseudonymiser.contactId(principal.tenantId, given);
    const contactIds = [...new Set([given, pseudonym])];
    const withText = EVIDENCE_TEXT_ROLES.includes(principal.role);
    const rows = await this.repository.ledger(principal.tenantId, contactIds, channel, withText);
    return {
      contactId: rows[0]?.contact_id ?? pseudonym,
      channel,
      entries: rows.map((row) => toEntry(row, withText)),
      tenantId: principal.tenantId,
      contactIds,
      facts: rows.map(toFact),
    };
  }

  /** The state per channel (the ledger's channel, else every channel it has entries on) × purpose at `at`. */
  async states(ledger: ConsentLedgerModel, at: Date): Promise<ConsentStateModel[]> {
    const channels = ledger.channel ? [ledger.channel] : [...new Set(ledger.facts.map((f) => f.channel))].sort();
    if (!channels.length) return [];
    const inbound = await this.repository.lastInbound(ledger.tenantId, ledger.contactIds, at);
    const lastInbound = new Map(inbound.map((r) => [r.channel, Number(r.last_inbound_ms)]));
    return consentStatesAt(ledger.facts, channels, lastInbound, at.getTime()).map((s) => ({
      channel: s.channel as Channel,
      purpose: s.purpose as ConsentPurpose,
      state: s.state as ConsentStateValue,
      since: s.since === null ? null : new Date(s.since),
      eventId: s.eventId,
      method: s.method,
      blocked: s.blocked,
    }));
  }
}

function toFact(row: ConsentLedgerRow): ConsentFact {
  return {
    id: row.id,
    occurredMs: Number(row.occurred_ms),
    channel: row.channel,
    action: row.action,
    purpose: row.purpose,
    method: row.method,
  };
}

function toEntry(row: ConsentLedgerRow, withText: boolean) {
  const orNull = (value: string) => (value === '' ? null : value);
  return {
    id: row.id,
    occurredAt: new Date(Number(row.occurred_ms)),
    channel: row.channel as Channel,
    accountId: row.account_id,
    purpose: row.purpose as ConsentPurpose,
    action: row.action as ConsentAction,
    method: row.method,
    source: row.source,
    evidence: {
      text: withText ? orNull(row.evidence_text) : null,
      url: withText ? orNull(row.evidence_url) : null,
      formId: orNull(row.evidence_form_id),
      capturedBy: orNull(row.evidence_captured_by),
      proofRef: withText ? orNull(row.evidence_proof_ref) : null,
    },
  };
}
