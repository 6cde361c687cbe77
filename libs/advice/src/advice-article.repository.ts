import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In } from 'typeorm';
import { AdviceArticle } from './entities/advice-article.entity';
import { AdviceSearchDocument } from './search/advice-search.port';

@Injectable()
export class AdviceArticleRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  findBySlug(slug: string): Promise<AdviceArticle | null> {
    return this.dataSource.getRepository(AdviceArticle).findOneBy({ slug });
  }

  /** In the order of `ids`; missing ones are left out. */
  async load(ids: readonly string[]): Promise<AdviceArticle[]> {
    if (ids.length === 0) return [];
    const rows = await this.dataSource.getRepository(AdviceArticle).findBy({ id: In([...ids]) });
    const byId = new Map(rows.map((row) => [row.id, row]));
    return ids.flatMap((id) => byId.get(id) ?? []);
  }

  /** Articles with any of the topics (served by the GIN index on topics). */
  withAnyTopic(topics: readonly string[]): Promise<AdviceArticle[]> {
    if (topics.length === 0) return Promise.resolve([]);
    return this.dataSource
      .getRepository(AdviceArticle)
      .createQueryBuilder('a')
      .where('a.topics && :topics::text[]', { topics: [...topics] })
      .orderBy('a.slug')
      .getMany();
  }
}

export function toAdviceSearchDocument(article: AdviceArticle): AdviceSearchDocument {
  return {
    id: article.id,
    title: { fi: article.titleFi, sv: article.titleSv, en: article.titleEn },
    summary: { fi: article.summaryFi, sv: article.summarySv, en: article.summaryEn },
    body: { fi: article.bodyFi, sv: article.bodySv, en: article.bodyEn },
    topics: article.topics,
    publishedAt: article.publishedAt.toISOString(),
  };
}
