import { AdviceSearchHighlight } from './search/advice-search.port';
import { AdviceLanguage, AdviceArticleType } from './dto/advice.types';
import { AdviceArticle } from './entities/advice-article.entity';

/** The article in `language`, in Finnish where it has no title in that language. */
export function toAdviceArticleType(
  article: AdviceArticle,
  language: AdviceLanguage,
  hit: { score: number; highlights: AdviceSearchHighlight[] } | null = null,
): AdviceArticleType {
  const texts = {
    [AdviceLanguage.FI]: { title: article.titleFi, summary: article.summaryFi, body: article.bodyFi },
    [AdviceLanguage.SV]: { title: article.titleSv, summary: article.summarySv, body: article.bodySv },
    [AdviceLanguage.EN]: { title: article.titleEn, summary: article.summaryEn, body: article.bodyEn },
  };
  const available = [AdviceLanguage.FI, AdviceLanguage.SV, AdviceLanguage.EN].filter((l) => texts[l].title !== null);
  const shown = available.includes(language) ? language : AdviceLanguage.FI;
  const text = texts[shown];
  return {
    id: article.id,
    slug: article.slug,
    topics: article.topics,
    language: shown,
    availableLanguages: available,
    title: text.title ?? article.titleFi,
    summary: text.summary ?? article.summaryFi,
    body: text.body ?? article.bodyFi,
    publishedAt: article.publishedAt,
    updatedAt: article.updatedAt,
    score: hit?.score ?? null,
    highlights: hit?.highlights ?? [],
  };
}
