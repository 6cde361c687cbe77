import { Inject, Injectable } from '@nestjs/common';
import { Connection, DEFAULT_PAGE_SIZE, offsetAfter, toOffsetConnection } from '@ytmt/core';
import { AdviceArticleRepository } from './advice-article.repository';
import { isAdviceTopic, NeedTopicSource, rankByMatchingTopics, topicsOfNeed } from './advice-topics';
import { AdviceErrorCode, AdviceException } from './advice.exception';
import { toAdviceArticleType } from './advice.mapper';
import { AdviceArticlesArgs, AdviceArticleType, AdviceLanguage } from './dto/advice.types';
import { ADVICE_SEARCH_ENGINE, AdviceSearchEngine, AdviceSearchLanguage } from './search/advice-search.port';

const ENGINE_LANGUAGE: Record<AdviceLanguage, AdviceSearchLanguage> = {
  [AdviceLanguage.FI]: 'fi',
  [AdviceLanguage.SV]: 'sv',
  [AdviceLanguage.EN]: 'en',
};

@Injectable()
export class AdviceService {
  constructor(
    private readonly repository: AdviceArticleRepository,
    @Inject(ADVICE_SEARCH_ENGINE) private readonly engine: AdviceSearchEngine,
  ) {}

  async search(args: AdviceArticlesArgs): Promise<Connection<AdviceArticleType>> {
    const topics = args.topics ?? [];
    const unknown = topics.findIndex((topic) => !isAdviceTopic(topic));
    if (unknown >= 0) throw AdviceException.field(AdviceErrorCode.UNKNOWN_TOPIC, `topics[${unknown}]`, `unknown topic code ${topics[unknown]}`);
    const language = args.language ?? AdviceLanguage.FI;
    const first = args.first ?? DEFAULT_PAGE_SIZE;
    const offset = offsetAfter(args.after, () =>
      AdviceException.field(AdviceErrorCode.INVALID_ADVICE_QUERY, 'after', 'is not a cursor returned by this API'),
    );
    const text = args.query?.trim() ? args.query.trim() : null;

    const result = await this.engine.search({ text, topics, language: ENGINE_LANGUAGE[language], offset, limit: first });
    const articles = new Map((await this.repository.load(result.hits.map((h) => h.id))).map((a) => [a.id, a]));
    // An article removed since it was indexed is dropped; its position stays a gap.
    return toOffsetConnection(result.hits, offset, result.totalCount, (hit) => {
      const article = articles.get(hit.id);
      return article ? toAdviceArticleType(article, language, text ? hit : null) : null;
    });
  }

  async bySlug(slug: string, language: AdviceLanguage): Promise<AdviceArticleType> {
    const article = await this.repository.findBySlug(slug);
    if (!article) throw AdviceException.notFound(slug);
    return toAdviceArticleType(article, language);
  }

  /** The articles on the need's measures, adjustments and anonymous recruitment, most shared topics first. */
  async forNeed(need: NeedTopicSource, language: AdviceLanguage): Promise<AdviceArticleType[]> {
    return (await this.forNeeds([{ need, language }]))[0];
  }

  /** `forNeed` for many needs at once, in their order: one query for all. */
  async forNeeds(requests: readonly { need: NeedTopicSource; language: AdviceLanguage }[]): Promise<AdviceArticleType[][]> {
    const topicsOfRequests = requests.map(({ need }) => topicsOfNeed(need));
    // Every article with any topic of any need; ranking keeps only those sharing a topic with each need.
    const articles = await this.repository.withAnyTopic([...new Set(topicsOfRequests.flat())]);
    return requests.map(({ language }, index) =>
      rankByMatchingTopics(articles, topicsOfRequests[index]).map((article) => toAdviceArticleType(article, language)),
    );
  }
}
