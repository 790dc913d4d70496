import { Query, Resolver } from '@nestjs/graphql';
import { Roles } from '../../common/auth/roles.decorator';
import { ContentRuleCategoryModel } from './dtos/content-rule-category.model';
import { ContentRuleCategoriesService } from './content-rule-categories.service';

@Resolver()
export class ContentRuleCategoriesResolver {
  constructor(private readonly categories: ContentRuleCategoriesService) {}

  @Query(() => [ContentRuleCategoryModel], {
    description: 'The categories of the built-in content rule set (prohibited goods, then template misuse), in order',
  })
  @Roles('admin', 'compliance', 'manager')
  contentRuleCategories(): ContentRuleCategoryModel[] {
    return this.categories.list();
  }
}
