import { graphql } from '../../gql';

/** Advice articles in the asked language (Finnish where an article has none), searched and filtered by topic. */
export const AdviceArticleListQuery = graphql(`
  query AdviceArticleList($language: AdviceLanguage!, $query: String, $topics: [String!], $first: Int, $after: String) {
    adviceArticles(language: $language, query: $query, topics: $topics, first: $first, after: $after) {
      totalCount
      pageInfo {
        ...PageInfoFields
      }
      edges {
        cursor
        node {
          id
          slug
          title
          summary
          language
          topics
          publishedAt
          updatedAt
          highlights {
            field
            snippet
          }
        }
      }
    }
  }
`);

export const AdviceArticleBySlugQuery = graphql(`
  query AdviceArticleBySlug($slug: String!, $language: AdviceLanguage!) {
    adviceArticle(slug: $slug, language: $language) {
      id
      slug
      title
      summary
      body
      language
      availableLanguages
      topics
      publishedAt
      updatedAt
    }
  }
`);
