import type { Channel } from '@checkmark/schemas';
import { Field, ID, ObjectType } from '@nestjs/graphql';
import { ChannelEnum } from '../../../graphql/enums/channel.enum';
import { DateTimeScalar } from '../../../graphql/scalars/date-time.scalar';
import type { ConsentFact } from '../consent-states';
import { ConsentAction, ConsentPurpose, ConsentStateValue } from './consent.enums';

@ObjectType('ConsentEvidence', {
  description: 'How the consent was captured; text, URL and proof reference only for admin and compliance (else null)',
})
export class ConsentEvidenceModel {
  @Field(() => String, { nullable: true, description: 'The wording shown to the person' })
  text!: string | null;

  @Field(() => String, { nullable: true })
  url!: string | null;

  @Field(() => String, { nullable: true })
  formId!: string | null;

  @Field(() => String, { nullable: true })
  capturedBy!: string | null;

  @Field(() => String, { nullable: true })
  proofRef!: string | null;
}

@ObjectType('ConsentLedgerEntry', { description: 'One opt-in or opt-out of the contact' })
export class ConsentLedgerEntryModel {
  @Field(() => ID, { description: 'The consent.updated event id' })
  id!: string;

  @Field(() => DateTimeScalar)
  occurredAt!: Date;

  @Field(() => ChannelEnum)
  channel!: Channel;

  @Field(() => String, { description: 'The account it was recorded on ("import" for imports that name none)' })
  accountId!: string;

  @Field(() => ConsentPurpose)
  purpose!: ConsentPurpose;

  @Field(() => ConsentAction)
  action!: ConsentAction;

  @Field(() => String, { description: 'web_form, checkout, chatbot, keyword, button, …, platform_stop, block' })
  method!: string;

  @Field(() => String, { description: 'The receiver that recorded it (events_api, whatsapp_webhook, consent_import…)' })
  source!: string;

  @Field(() => ConsentEvidenceModel)
  evidence!: ConsentEvidenceModel;
}

@ObjectType('ConsentStateAt', { description: 'The consent for one channel and purpose at an instant' })
export class ConsentStateModel {
  @Field(() => ChannelEnum)
  channel!: Channel;

  @Field(() => ConsentPurpose, { description: 'marketing or service' })
  purpose!: ConsentPurpose;

  @Field(() => ConsentStateValue)
  state!: ConsentStateValue;

  @Field(() => DateTimeScalar, { nullable: true, description: 'When the deciding event happened' })
  since!: Date | null;

  @Field(() => String, { nullable: true, description: 'The deciding consent.updated event' })
  eventId!: string | null;

  @Field(() => String, { nullable: true })
  method!: string | null;

  @Field(() => Boolean, {
    description: 'The latest event of any purpose is a block and the contact has not written on the channel since',
  })
  blocked!: boolean;
}

@ObjectType('ConsentLedger', { description: "A contact's consent history with evidence, and its state at any instant" })
export class ConsentLedgerModel {
  @Field(() => String, { description: 'The stored (pseudonymous) contact id' })
  contactId!: string;

  @Field(() => ChannelEnum, { nullable: true, description: 'The channel asked for; null = every channel' })
  channel!: Channel | null;

  @Field(() => [ConsentLedgerEntryModel], { description: 'Oldest first' })
  entries!: ConsentLedgerEntryModel[];

  /** For `states(at)`: the tenant, the contact ids looked up and the facts (not GraphQL fields). */
  tenantId!: string;
  contactIds!: string[];
  facts!: ConsentFact[];
}
