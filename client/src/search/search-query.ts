import { graphql } from '../gql/index.ts';

/** Type-ahead search over every kind; the server matches kanji, kana and romaji. */
export const SearchQuery = graphql(`
  query Search($text: String!, $first: Int) {
    search(text: $text, first: $first) {
      totalCount
      nodes {
        score
        node {
          __typename
          key
          id
          kind
          ... on Person {
            name
            nameKana
            nameLatin
          }
          ... on Organisation {
            name
            nameKana
            nameEn
            sector
            prefecture
          }
          ... on Skill {
            nameJa
            nameEn
          }
          ... on Project {
            name
            start
            end
          }
        }
      }
    }
  }
`);
