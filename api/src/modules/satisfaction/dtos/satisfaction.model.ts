import { Field, Float, Int, ObjectType } from '@nestjs/graphql';
import { SurveyKind } from './satisfaction.enums';

@ObjectType('SatisfactionFigure', { description: 'One survey’s answers in a group, each event counted once' })
export class SatisfactionFigureModel {
  @Field(() => SurveyKind)
  survey!: SurveyKind;

  @Field(() => Int, { description: 'Answers (n)' })
  answers!: number;

  @Field(() => Float, {
    nullable: true,
    description:
      'NPS = % promoters − % detractors (−100..100); CSAT = share of 4–5 answers (0..1); null when there are no answers',
  })
  score!: number | null;

  @Field(() => Int, { description: 'NPS 9–10 / CSAT 4–5' })
  promoters!: number;

  @Field(() => Int, { description: 'NPS 7–8 / CSAT 3' })
  passives!: number;

  @Field(() => Int, { description: 'NPS 0–6 / CSAT 1–2' })
  detractors!: number;

  @Field(() => Float, {
    nullable: true,
    description:
      'Distinct answered conversations ÷ conversations resolved in the period (in this group); null when none was resolved. Not capped: answers to conversations resolved before the period can make it exceed 1',
  })
  responseRate!: number | null;
}

@ObjectType('SatisfactionGroup')
export class SatisfactionGroupModel {
  @Field(() => String, {
    description:
      "Agent.id (or the events' agent id when no agent is registered for it) / Team.id / channel / YYYY-MM-DD (WEEK: the Monday); '' = no agent or no team",
  })
  key!: string;

  @Field(() => String, { description: 'Agent or team name, channel, or the date' })
  label!: string;

  @Field(() => SatisfactionFigureModel)
  nps!: SatisfactionFigureModel;

  @Field(() => SatisfactionFigureModel)
  csat!: SatisfactionFigureModel;
}

@ObjectType('Satisfaction', {
  description: 'NPS and CSAT from survey.answered events answered in the period (tenant time zone)',
})
export class SatisfactionModel {
  @Field(() => SatisfactionGroupModel, { description: 'The whole selection (key and label are empty)' })
  totals!: SatisfactionGroupModel;

  @Field(() => [SatisfactionGroupModel], {
    description:
      'AGENT/TEAM/CHANNEL: groups with answers or resolved conversations, most answers first; DAY/WEEK: every day or week of the period',
  })
  groups!: SatisfactionGroupModel[];
}
