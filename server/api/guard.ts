/**
 * Anonymous requests are refused whole, before anything runs (HTTP 401), unless they ask only for
 * `__typename` and `me` — or, in the read-only public demo mode, only for those and the reads in
 * access.ts `DEMO_READS`. Root fields reached through fragments count too.
 */
import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, Kind, type FragmentDefinitionNode, type SelectionSetNode } from 'graphql';
import { DEMO_READS } from './access.ts';
import type { GraphQLContext } from './context.ts';
import { fragmentsOf } from './selection.ts';

const OPEN_ROOT_FIELDS = new Set(['__typename', 'me']);

function onlyOpenFields(
  set: SelectionSetNode,
  fragments: Map<string, FragmentDefinitionNode>,
  open: (field: string) => boolean,
  seen = new Set<string>(),
): boolean {
  return set.selections.every((selection) => {
    switch (selection.kind) {
      case Kind.FIELD:
        return open(selection.name.value);
      case Kind.INLINE_FRAGMENT:
        return onlyOpenFields(selection.selectionSet, fragments, open, seen);
      case Kind.FRAGMENT_SPREAD: {
        const name = selection.name.value;
        const fragment = fragments.get(name);
        if (!fragment || seen.has(name)) return false;
        return onlyOpenFields(fragment.selectionSet, fragments, open, new Set([...seen, name]));
      }
    }
  });
}

export const signInGuard: ApolloServerPlugin<GraphQLContext> = {
  async requestDidStart() {
    return {
      async didResolveOperation({ contextValue, operation, document }) {
        if (contextValue.viewer) return;
        const fragments = fragmentsOf(document);
        const open = (field: string) =>
          OPEN_ROOT_FIELDS.has(field) || (contextValue.publicDemo && DEMO_READS.has(field));
        if (operation?.operation === 'query' && onlyOpenFields(operation.selectionSet, fragments, open)) return;
        throw new GraphQLError('Sign in to use Tsunagari.', {
          extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } },
        });
      },
    };
  },
};
