import { Args, Context, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { connectionComplexity, GraphQLContext, Public } from '@ytmt/core';
import { NeedType } from '@ytmt/needs';
import { AdviceLoaders } from './advice.loaders';
import { AdviceService } from './advice.service';
import { AdviceArticleConnection, AdviceArticlesArgs, AdviceArticleType, AdviceLanguage } from './dto/advice.types';

@Resolver(() => AdviceArticleType)
export class AdviceResolver {
  constructor(private readonly advice: AdviceService) {}

  @Public()
  @Query(() => AdviceArticleConnection, {
    description: 'Advice articles for employers (the competence hub): free text in fi/sv/en and topic codes.',
    complexity: connectionComplexity,
  })
  adviceArticles(@Args() args: AdviceArticlesArgs) {
    return this.advice.search(args);
  }

  @Public()
  @Query(() => AdviceArticleType)
  adviceArticle(
    @Args('slug', { type: () => String }) slug: string,
    @Args('language', { type: () => AdviceLanguage, defaultValue: AdviceLanguage.FI }) language: AdviceLanguage,
  ): Promise<AdviceArticleType> {
    return this.advice.bySlug(slug, language);
  }
}

/** Links a need to the advice on the measures and adjustments it uses. */
@Resolver(() => NeedType)
export class NeedAdviceResolver {
  @ResolveField(() => [AdviceArticleType], {
    description: 'Advice articles on the measures and adjustments of the need (and anonymous recruitment), most matching topics first.',
  })
  advice(
    @Parent() need: NeedType,
    @Args('language', { type: () => AdviceLanguage, defaultValue: AdviceLanguage.FI }) language: AdviceLanguage,
    @Context() ctx: GraphQLContext,
  ): Promise<AdviceArticleType[]> {
    // Batched over the needs of the response (a company's list holds up to 500).
    return ctx.loaders.get(AdviceLoaders.needAdvice).load({ need, language });
  }
}
