import type { ViolationSeverity } from '@checkmark/schemas/compliance';
import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { ViolationKindEnum, ViolationSeverityEnum } from './compliance.enums';

@ObjectType('ContentRuleCategory', {
  description:
    'A category of the built-in content rule set, for the rule-set editor: tenants switch it off, add terms and exceptions, or allow a regulated one per country',
})
export class ContentRuleCategoryModel {
  @Field(() => ID, { description: 'The category id used as key in contentRuleOverrides.categories' })
  id!: string;

  @Field(() => String, { description: 'English name' })
  label!: string;

  @Field(() => ViolationKindEnum, { description: 'PROHIBITED_CONTENT or TEMPLATE_MISUSE' })
  kind!: 'PROHIBITED_CONTENT' | 'TEMPLATE_MISUSE';

  @Field(() => ViolationSeverityEnum, {
    description: 'Severity of its findings (medium where a regulated one is allowed)',
  })
  severity!: ViolationSeverity;

  @Field(() => Boolean, { description: 'A regulated vertical: may be allowed for contacts in listed countries' })
  regulated!: boolean;

  @Field(() => [String], { description: 'Languages it has built-in terms in' })
  languages!: string[];

  @Field(() => Int, { description: 'Built-in terms over all languages' })
  termCount!: number;

  @Field(() => Int, { description: 'Built-in allowed contexts (exceptions) over all languages' })
  exceptionCount!: number;

  @Field(() => String, { description: 'Version of the built-in rule set the category belongs to' })
  ruleSetVersion!: string;
}
