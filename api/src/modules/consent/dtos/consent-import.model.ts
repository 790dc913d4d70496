import { Field, InputType, Int, ObjectType } from '@nestjs/graphql';
import { ConsentImportFormat } from './consent.enums';

@InputType('ConsentImportInput')
export class ConsentImportInput {
  @Field(() => ConsentImportFormat)
  format!: ConsentImportFormat;

  @Field(() => String, {
    description:
      'CSV with a header row (contact, channel, purpose, action, occurredAt, method, evidenceText, evidenceUrl, formId, capturedBy, proofRef, accountId) or NDJSON objects with the same fields',
  })
  content!: string;

  @Field(() => Boolean, { nullable: true, defaultValue: false, description: 'Validate only; store nothing' })
  dryRun?: boolean | null;
}

@ObjectType('ConsentImportError')
export class ConsentImportErrorModel {
  @Field(() => Int, { description: 'Data row (CSV: the record after the header, from 1; NDJSON: the line)' })
  row!: number;

  @Field(() => String, { description: "The record field ('' = the whole row)" })
  field!: string;

  @Field(() => String, { description: 'REQUIRED, INVALID_VALUE, INVALID_DATE, MALFORMED_CSV, MALFORMED_JSON, …' })
  code!: string;

  @Field(() => String)
  message!: string;
}

@ObjectType('ConsentImportResult')
export class ConsentImportResultModel {
  @Field(() => Int, { description: 'Data rows read' })
  rows!: number;

  @Field(() => Int, { description: 'Rows stored (or, in a dry run, that would be); re-imported rows are stored once' })
  accepted!: number;

  @Field(() => Int)
  rejected!: number;

  @Field(() => Boolean)
  dryRun!: boolean;

  @Field(() => [ConsentImportErrorModel])
  errors!: ConsentImportErrorModel[];
}
