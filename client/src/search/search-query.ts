import { graphql } from '../gql/index.ts';

/**
 * Type-ahead search over every kind (or only `kinds`); the server matches kanji, kana and romaji.
 */
export const SearchQuery = graphql(`
  query Search($text: String!, $first: Int, $kinds: [NodeKind!]) {
    search(text: $text, first: $first, kinds: $kinds) {
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
            nameEn
            start
            end
          }
        }
      }
    }
  }
`);
