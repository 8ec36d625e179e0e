/**
 * Which fields a request selected below the current one, as names (fragments and inline fragments
 * followed). Services use it to skip work nobody asked for — for example an introductions answer
 * whose people, evidence and reasons are not selected needs no database read at all.
 */
import {
  Kind,
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLResolveInfo,
  type SelectionSetNode,
} from 'graphql';
import { LONG_TEXT_FIELDS } from '../graph/names.ts';

export function selectedFieldNames(info: GraphQLResolveInfo): Set<string> {
  const names = new Set<string>();
  const visit = (set: SelectionSetNode | undefined) => {
    for (const selection of set?.selections ?? []) {
      if (selection.kind === Kind.FIELD) {
        names.add(selection.name.value);
        visit(selection.selectionSet);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        visit(selection.selectionSet);
      } else {
        visit(info.fragments[selection.name.value]?.selectionSet);
      }
    }
  };
  for (const node of info.fieldNodes) visit(node.selectionSet);
  return names;
}

/**
 * Whether the request selects a long text (a bio, a project's description) below this field: the
 * only things an answer reads from the database rather than the in-memory network.
 */
export function selectsLongTexts(info: GraphQLResolveInfo): boolean {
  const selected = selectedFieldNames(info);
  return LONG_TEXT_FIELDS.some((field) => selected.has(field));
}

/** A document's fragments by name, for the rules that walk operations before execution. */
export function fragmentsOf(document: DocumentNode): Map<string, FragmentDefinitionNode> {
  const out = new Map<string, FragmentDefinitionNode>();
  for (const d of document.definitions) if (d.kind === Kind.FRAGMENT_DEFINITION) out.set(d.name.value, d);
  return out;
}
