import { Inject, Injectable, Optional } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { ADVICE_ARTICLES, AdviceArticleSeed } from './advice-articles';
import { isAdviceTopic } from './advice-topics';
import { toAdviceSearchDocument } from './advice-article.repository';
import { AdviceArticle } from './entities/advice-article.entity';
import { ADVICE_SEARCH_ENGINE, AdviceSearchEngine } from './search/advice-search.port';
import { PostgresAdviceSearchEngine } from './search/postgres-advice-search.engine';

export interface AdviceImportReport {
  articles: number;
  changed: number;
}

/**
 * Loads the reference advice articles: upsert by slug (a row changes only when its content
 * does, so running it twice changes nothing) and indexes them for search.
 */
@Injectable()
export class AdviceImporter {
  private readonly engine: AdviceSearchEngine;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Optional() @Inject(ADVICE_SEARCH_ENGINE) engine?: AdviceSearchEngine,
  ) {
    this.engine = engine ?? new PostgresAdviceSearchEngine(dataSource);
  }

  async import(articles: readonly AdviceArticleSeed[] = ADVICE_ARTICLES): Promise<AdviceImportReport> {
    for (const article of articles) {
      const unknown = article.topics.find((topic) => !isAdviceTopic(topic));
      if (unknown) throw new Error(`Advice article ${article.slug} has an unknown topic ${unknown}`);
    }
    const rows = articles.map((a) => ({
      slug: a.slug,
      title_fi: a.fi.title,
      title_sv: a.sv?.title ?? null,
      title_en: a.en?.title ?? null,
      summary_fi: a.fi.summary,
      summary_sv: a.sv?.summary ?? null,
      summary_en: a.en?.summary ?? null,
      body_fi: a.fi.body,
      body_sv: a.sv?.body ?? null,
      body_en: a.en?.body ?? null,
      topics: [...a.topics].sort(),
      published_at: a.publishedAt,
    }));
    const changed = (await this.dataSource.query(UPSERT_SQL, [JSON.stringify(rows)])) as { id: string }[];
    const stored = await this.dataSource.getRepository(AdviceArticle).findBy({});
    const slugs = new Set(articles.map((a) => a.slug));
    await this.engine.upsert(stored.filter((a) => slugs.has(a.slug)).map(toAdviceSearchDocument));
    return { articles: articles.length, changed: changed.length };
  }
}

const UPSERT_SQL = `
  INSERT INTO advice_article AS a (slug, title_fi, title_sv, title_en, summary_fi, summary_sv, summary_en, body_fi, body_sv, body_en, topics, published_at)
  SELECT r.slug, r.title_fi, r.title_sv, r.title_en, r.summary_fi, r.summary_sv, r.summary_en, r.body_fi, r.body_sv, r.body_en, r.topics, r.published_at
  FROM jsonb_to_recordset($1::jsonb) AS r(slug text, title_fi text, title_sv text, title_en text, summary_fi text, summary_sv text,
    summary_en text, body_fi text, body_sv text, body_en text, topics text[], published_at timestamptz)
  ON CONFLICT (slug) DO UPDATE SET
    title_fi = EXCLUDED.title_fi, title_sv = EXCLUDED.title_sv, title_en = EXCLUDED.title_en,
    summary_fi = EXCLUDED.summary_fi, summary_sv = EXCLUDED.summary_sv, summary_en = EXCLUDED.summary_en,
    body_fi = EXCLUDED.body_fi, body_sv = EXCLUDED.body_sv, body_en = EXCLUDED.body_en,
    topics = EXCLUDED.topics, published_at = EXCLUDED.published_at, updated_at = now()
  WHERE (a.title_fi, a.title_sv, a.title_en, a.summary_fi, a.summary_sv, a.summary_en, a.body_fi, a.body_sv, a.body_en, a.topics, a.published_at)
    IS DISTINCT FROM (EXCLUDED.title_fi, EXCLUDED.title_sv, EXCLUDED.title_en, EXCLUDED.summary_fi, EXCLUDED.summary_sv, EXCLUDED.summary_en,
      EXCLUDED.body_fi, EXCLUDED.body_sv, EXCLUDED.body_en, EXCLUDED.topics, EXCLUDED.published_at)
  RETURNING a.id`;
