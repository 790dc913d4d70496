import { Field, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';

export enum CatalogImportFormat {
  CSV = 'csv',
  NDJSON = 'ndjson',
}
registerEnumType(CatalogImportFormat, { name: 'CatalogImportFormat' });

@InputType('CatalogImportInput')
export class CatalogImportInput {
  @Field(() => CatalogImportFormat)
  format!: CatalogImportFormat;

  @Field(() => String, {
    description:
      'CSV with a header row (itemId, title, description, url, accountId, removed) or NDJSON objects with the same fields; removed = true marks the item removed',
  })
  content!: string;

  @Field(() => String, {
    nullable: true,
    description:
      'External id of the business account sharing the catalog (WhatsApp phone number id…), for rows without accountId',
  })
  accountId?: string | null;

  @Field(() => Boolean, { nullable: true, defaultValue: false, description: 'Validate only; store nothing' })
  dryRun?: boolean | null;
}

@ObjectType('CatalogImportError')
export class CatalogImportErrorModel {
  @Field(() => Int, { description: 'Data row (CSV: the record after the header, from 1; NDJSON: the line)' })
  row!: number;

  @Field(() => String, { description: "The item field ('' = the whole row)" })
  field!: string;

  @Field(() => String, {
    description: 'REQUIRED, TOO_LONG, INVALID_VALUE, INVALID_URL, DUPLICATE_ITEM, MALFORMED_CSV, MALFORMED_JSON, …',
  })
  code!: string;

  @Field(() => String)
  message!: string;
}

@ObjectType('CatalogImportResult')
export class CatalogImportResultModel {
  @Field(() => Int, { description: 'Data rows read' })
  rows!: number;

  @Field(() => Int, { description: 'Valid rows (stored, or in a dry run, that would be)' })
  accepted!: number;

  @Field(() => Int)
  rejected!: number;

  @Field(() => Int, { description: 'Items new to the catalog' })
  created!: number;

  @Field(() => Int, { description: 'Items whose content changed (or that came back after a removal)' })
  updated!: number;

  @Field(() => Int, { description: 'Items marked removed' })
  removed!: number;

  @Field(() => Int, { description: 'Valid rows that change nothing (re-imported as stored)' })
  unchanged!: number;

  @Field(() => Boolean)
  dryRun!: boolean;

  @Field(() => [CatalogImportErrorModel])
  errors!: CatalogImportErrorModel[];
}
