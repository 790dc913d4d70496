import { Field, ObjectType } from '@nestjs/graphql';
import { Paginated } from '../../../graphql/pagination';

@ObjectType('CatalogItem')
export class CatalogItemModel {
  @Field(() => String, { description: "The tenant's SKU / retailer id" })
  itemId!: string;

  @Field(() => String, { description: "External id of the business account sharing the catalog; '' when not given" })
  accountId!: string;

  @Field(() => String)
  title!: string;

  @Field(() => String)
  description!: string;

  @Field(() => String, { nullable: true })
  url!: string | null;

  @Field(() => Date, { description: 'Last change of the content (the occurred_at of its violations)' })
  updatedAt!: Date;

  @Field(() => Date, { nullable: true })
  removedAt!: Date | null;
}

@ObjectType('CatalogItemPage')
export class CatalogItemPage extends Paginated(CatalogItemModel) {}
