/**
 * A selection of every field of a type, to a depth, generated from the server's own schema: tests
 * that look for what an answer must not contain ask for all of it, so a field added later is
 * searched too. Fields with required arguments are left out; interfaces and unions get an inline
 * fragment per possible type.
 */
import {
  buildSchema,
  getNamedType,
  isInterfaceType,
  isObjectType,
  isRequiredArgument,
  isUnionType,
  type GraphQLNamedType,
  type GraphQLSchema,
} from 'graphql';
import { typeDefs } from '../../server/api/schema.ts';

let schema: GraphQLSchema | undefined;

export function apiSchema(): GraphQLSchema {
  return (schema ??= buildSchema(typeDefs.join('\n')));
}

/** `{ … }` selecting every field of `type` down to `depth` levels of objects ('' for a leaf). */
export function selectAll(type: GraphQLNamedType, depth: number): string {
  if (isUnionType(type) || isInterfaceType(type)) {
    if (depth <= 0) return '{ __typename }';
    const possible = apiSchema().getPossibleTypes(type);
    return `{ __typename ${possible.map((t) => `... on ${t.name} ${selectAll(t, depth)}`).join(' ')} }`;
  }
  if (!isObjectType(type)) return '';
  const parts: string[] = ['__typename'];
  for (const field of Object.values(type.getFields())) {
    if (field.args.some(isRequiredArgument)) continue;
    const named = getNamedType(field.type);
    if (isObjectType(named) || isInterfaceType(named) || isUnionType(named)) {
      if (depth > 1) parts.push(`${field.name} ${selectAll(named, depth - 1)}`);
    } else parts.push(field.name);
  }
  return `{ ${parts.join(' ')} }`;
}

/** `root(args) { everything }` for a Query field, to `depth`. */
export function queryAll(field: string, args: string, depth: number): string {
  const root = apiSchema().getQueryType()!.getFields()[field];
  if (!root) throw new Error(`no Query.${field}`);
  return `{ ${field}${args ? `(${args})` : ''} ${selectAll(getNamedType(root.type), depth)} }`;
}
