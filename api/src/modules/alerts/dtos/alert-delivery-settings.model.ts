import { Field, ObjectType } from '@nestjs/graphql';

@ObjectType('AlertDeliverySettings')
export class AlertDeliverySettingsModel {
  @Field(() => String, { nullable: true, description: 'Firings are POSTed here, signed; null = no webhook' })
  webhookUrl!: string | null;

  @Field(() => String, { nullable: true, description: 'The first characters of the signing secret, to recognise it' })
  webhookSecretHint!: string | null;

  @Field(() => Boolean, { description: 'SMTP is configured on the server, so rules can e-mail' })
  emailEnabled!: boolean;
}

@ObjectType('AlertWebhookSecret')
export class AlertWebhookSecretModel {
  @Field(() => AlertDeliverySettingsModel)
  settings!: AlertDeliverySettingsModel;

  @Field(() => String, { description: 'The signing secret: shown only now; a new one is made each time' })
  secret!: string;
}
