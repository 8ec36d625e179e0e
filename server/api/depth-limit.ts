import { GraphQLError, Kind, type ASTNode, type ValidationContext, type ValidationRule } from 'graphql';
import { fragmentsOf } from './selection.ts';

/**
 * Refuses operations nested deeper than `max` fields (fragments followed). Connection fields
 * multiply work at every level (person → ties → other → ties …), so depth is the cost that matters.
 */
export function depthLimit(max: number): ValidationRule {
  return (context: ValidationContext) => {
    const fragments = fragmentsOf(context.getDocument());
    const depthOf = (node: ASTNode, seen: Set<string>): number => {
      switch (node.kind) {
        case Kind.FIELD:
          return node.selectionSet ? 1 + Math.max(0, ...node.selectionSet.selections.map((s) => depthOf(s, seen))) : 1;
        case Kind.INLINE_FRAGMENT:
        case Kind.OPERATION_DEFINITION:
          return Math.max(0, ...node.selectionSet.selections.map((s) => depthOf(s, seen)));
        case Kind.FRAGMENT_SPREAD: {
          const fragment = fragments.get(node.name.value);
          if (!fragment || seen.has(node.name.value)) return 0;
          return Math.max(
            0,
            ...fragment.selectionSet.selections.map((s) => depthOf(s, new Set([...seen, node.name.value]))),
          );
        }
        default:
          return 0;
      }
    };
    return {
      OperationDefinition(operation) {
        const depth = depthOf(operation, new Set());
        if (depth > max) {
          context.reportError(
            new GraphQLError(`The operation is nested ${depth} levels deep; the limit is ${max}.`, {
              nodes: [operation],
            }),
          );
        }
      },
    };
  };
}
