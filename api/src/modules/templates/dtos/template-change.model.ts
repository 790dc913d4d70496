import type { Channel } from '@checkmark/schemas';
import { Field, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ChannelEnum } from '../../../graphql/enums/channel.enum';

export enum TemplateField {
  STATUS = 'STATUS',
  QUALITY = 'QUALITY',
  CATEGORY = 'CATEGORY',
}
registerEnumType(TemplateField, { name: 'TemplateField' });

@ObjectType('TemplateFieldChange')
export class TemplateFieldChangeModel {
  @Field(() => TemplateField)
  field!: TemplateField;

  @Field(() => String, {
    nullable: true,
    description:
      "The event's previous value, else the value the template's previous event reported; null when neither says",
  })
  from!: string | null;

  @Field(() => String)
  to!: string;
}

@ObjectType('TemplateChange', { description: 'One template.updated event' })
export class TemplateChangeModel {
  @Field(() => Date)
  occurredAt!: Date;

  @Field(() => ChannelEnum)
  channel!: Channel;

  @Field(() => String, { description: 'The account the platform reported it under (on WhatsApp the WABA id)' })
  accountExternalId!: string;

  @Field(() => String)
  name!: string;

  @Field(() => String)
  language!: string;

  @Field(() => [TemplateFieldChangeModel], {
    description: 'The fields the event reports, in the order status, quality, category',
  })
  changes!: TemplateFieldChangeModel[];

  @Field(() => String, { nullable: true, description: "The platform's reason (PROMOTIONAL, INCORRECT_CATEGORY, …)" })
  reason!: string | null;
}
