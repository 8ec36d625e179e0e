/**
 * What a request may ask for, decided before it runs (docs/decisions/0013-query-cost.md).
 *
 * A cost model per field: one point is roughly a millisecond of server work at 10,000 people on
 * the 2-core reference machine (docs/benchmarks.md "Query cost"), estimated from the arguments
 * alone. Engines (neighbourhood, introductions, assets, teams, matching, import, export) have their
 * own formula; any other field that lists things (`first`, `limit`, `k`, a list of ids) multiplies
 * the cost of what is selected under it; an object field costs a point (a loader or a query per
 * parent). Requests over the budget, with too many aliases or nested too deep are refused with a
 * 4xx before any resolver runs.
 */
import {
  GraphQLError,
  Kind,
  getArgumentValues,
  getNamedType,
  isObjectType,
  isInterfaceType,
  isUnionType,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type ValidationContext,
  type ValidationRule,
} from 'graphql';
import { fragmentsOf } from './selection.ts';

export const COST_LIMITS = {
  /** Points one request may cost. The explorer's largest view (depth 3, 5000 nodes) is ~2,300. */
  perRequest: 2_500,
  /** Points one client (account, or address when signed out) may spend per minute. */
  perMinute: 40_000,
  /**
   * Aliased fields per operation. The UI uses none; scripts batch writes with them (60 in one
   * request is ordinary). Cost bounds the work; this bounds validation and answer size.
   */
  aliases: 100,
  /** Nesting of fields (fragments followed). */
  depth: 8,
} as const;

type Args = Record<string, unknown>;

interface FieldCost {
  /** The field's own work, in points. */
  own: number;
  /** How many times the selection under it is resolved. */
  times: number;
  /** A bulk operation (export, import): exempt from the per-request limit. */
  bulk?: boolean;
}

const num = (value: unknown, fallback: number): number =>
  typeof value === 'number' && Number.isFinite(value) ? Math.max(0, value) : fallback;
const len = (value: unknown): number => (Array.isArray(value) ? value.length : 0);
// Out-of-range arguments are refused by the resolvers' own checks; here they are clamped, so an
// absurd `limit` does not turn into an absurd cost message before that clearer error.
const clamp = (value: number, max: number) => Math.min(value, max);

/**
 * Engines, fitted to what `npm run bench:cost` measured at 10,000 people (docs/benchmarks.md,
 * "Query cost"): the slowest of three runs, in milliseconds, is roughly the estimate.
 */
const ENGINES: Record<string, (args: Args) => FieldCost> = {
  // Mostly reading and sending the edges among the nodes found (≈49,000 at 5,000 nodes).
  'Query.neighbourhood': (a) => {
    const limit = clamp(num(a.limit, 200), 5000);
    const depth = clamp(num(a.depth, 1), 3);
    return { own: 50 + limit * (0.3 + 0.05 * depth) + len(a.ids), times: limit };
  },
  'Query.search': (a) => ({ own: 20 + clamp(num(a.first, 10), 50), times: clamp(num(a.first, 10), 50) }),
  'Query.introductions': (a) => {
    const k = clamp(num(a.k, 5), 20);
    return { own: 10 + k * clamp(num(a.maxHops, 4), 6), times: k };
  },
  'Query.suggestedIntroductions': (a) => {
    const k = clamp(num(a.k, 10), 50);
    return { own: 300 + 5 * k, times: k };
  },
  'Query.proposeTeams': (a) => {
    const k = clamp(num(a.k, 3), 10);
    const experts = clamp(num(a.maxExperts, 4), 10);
    const skills = clamp(len(a.requiredSkills), 10);
    return { own: 20 + (k * experts * Math.max(1, skills)) / 10, times: k };
  },
  'Query.stoMatching': (a) => ({
    own: 50 + 2 * (clamp(len(a.organisationIds), 500) + clamp(len(a.stoIds), 500)),
    times: 1,
  }),
  // The dashboard's key-person risks grow with members × the h-hop area; at hops 3 a large
  // organisation takes seconds, so the worker's deadline (assets/engine) refuses it at 2 s.
  'Query.organisationAssets': (a) => ({ own: [100, 500, 1500][hopsOf(a) - 1]! + 10 * len(a.skillIds), times: 1 }),
  'Query.assetsReachPeople': (a) => ({ own: reachCost(a), times: clamp(num(a.first, 20), 100) }),
  'Query.handoverPlan': (a) => ({ own: reachCost(a), times: 1 }),
  'Query.assetsTrend': (a) => {
    const dates = a.dates == null ? 5 : clamp(len(a.dates), 10);
    return { own: reachCost(a) * dates, times: dates };
  },
  'Query.metrics': (a) => ({ own: 5 + len(a.personIds) / 10, times: len(a.personIds) }),
  // Bulk operations of owners and the administrator: whole-network export takes seconds at 10k
  // people by nature. They are charged to the minute's budget and exempt from the request limit.
  'Query.exportData': () => ({ own: 1_000, times: 1, bulk: true }),
  'Mutation.runImport': () => ({ own: 1_000, times: 1, bulk: true }),
  'Mutation.startNetworkAnalysis': () => ({ own: 200, times: 1 }),
  'Mutation.uploadImportChunk': () => ({ own: 20, times: 1 }),
};

const hopsOf = (a: Args) => clamp(Math.max(1, num(a.hops, 2)), 3);
/** Reach, hand-over and trend points read the organisation's distances: cheap at any hops. */
const reachCost = (a: Args) => [20, 50, 100][hopsOf(a) - 1]!;

/** Arguments that say how many things a field lists, in the order they are looked for. */
const SIZE_ARGS = ['first', 'limit', 'k'] as const;

/** Which fields run a resolver of their own (`Type.field`); the others are read from the parent. */
export type ResolvedFields = ReadonlySet<string>;

export function resolvedFields(resolvers: object): ResolvedFields {
  const out = new Set<string>();
  for (const [type, fields] of Object.entries(resolvers))
    if (fields && typeof fields === 'object' && fields.constructor === Object)
      for (const field of Object.keys(fields as object)) out.add(`${type}.${field}`);
  return out;
}

function fieldCost(resolved: ResolvedFields, parent: string, field: string, args: Args): FieldCost {
  const engine = ENGINES[`${parent}.${field}`];
  if (engine) return engine(args);
  if (parent === 'Mutation') return { own: 10, times: 1 };
  // A field without a resolver of its own is data its parent already fetched.
  if (!resolved.has(`${parent}.${field}`)) return { own: 0, times: 1 };
  const size = SIZE_ARGS.map((name) => args[name]).find((v) => typeof v === 'number');
  // A query per parent plus its rows.
  if (typeof size === 'number') return { own: 2 + clamp(size, 1000) / 20, times: clamp(size, 1000) };
  const ids = Object.values(args).find(Array.isArray);
  if (ids) return { own: 1 + ids.length, times: ids.length };
  return { own: 1, times: 1 };
}

export interface CostReport {
  cost: number;
  /** The part of `cost` spent by bulk operations, which the per-request limit leaves out. */
  bulk: number;
  /** The fields that cost most, for the refusal message (`neighbourhood ×50`). */
  heaviest: string;
}

/**
 * The estimated cost of `operation` with `variables` (already coerced by Apollo). Arguments that
 * do not coerce count at their defaults; validation refuses such requests anyway.
 */
export function estimateCost(
  schema: GraphQLSchema,
  resolved: ResolvedFields,
  operation: OperationDefinitionNode,
  fragments: ReadonlyMap<string, FragmentDefinitionNode>,
  variables: Record<string, unknown>,
): CostReport {
  const byField = new Map<string, number>();
  let bulk = 0;
  const root =
    operation.operation === 'mutation'
      ? schema.getMutationType()
      : operation.operation === 'subscription'
        ? schema.getSubscriptionType()
        : schema.getQueryType();
  if (!root) return { cost: 0, bulk: 0, heaviest: '' };

  const walk = (set: SelectionSetNode, type: GraphQLCompositeType, seen: ReadonlySet<string>, top: boolean): number => {
    let total = 0;
    for (const selection of set.selections) {
      if (selection.kind === Kind.FRAGMENT_SPREAD) {
        const fragment = fragments.get(selection.name.value);
        if (!fragment || seen.has(fragment.name.value)) continue;
        const on = schema.getType(fragment.typeCondition.name.value);
        if (on && (isObjectType(on) || isInterfaceType(on) || isUnionType(on)))
          total += walk(fragment.selectionSet, on, new Set([...seen, fragment.name.value]), top);
        continue;
      }
      if (selection.kind === Kind.INLINE_FRAGMENT) {
        const on = selection.typeCondition ? schema.getType(selection.typeCondition.name.value) : type;
        if (on && (isObjectType(on) || isInterfaceType(on) || isUnionType(on)))
          total += walk(selection.selectionSet, on, seen, top);
        continue;
      }
      total += fieldTotal(selection, type, seen, top);
    }
    return total;
  };

  const fieldTotal = (node: FieldNode, type: GraphQLCompositeType, seen: ReadonlySet<string>, top: boolean) => {
    if (isUnionType(type) || node.name.value.startsWith('__')) return 0;
    const field = type.getFields()[node.name.value];
    if (!field) return 0;
    let args: Args;
    try {
      args = getArgumentValues(field, node, variables);
    } catch {
      args = {};
    }
    // On an interface, the costliest implementation counts.
    const owners = isInterfaceType(type) ? schema.getPossibleTypes(type).map((t) => t.name) : [type.name];
    const {
      own,
      times,
      bulk: isBulk,
    } = owners
      .map((owner) => fieldCost(resolved, owner, field.name, args))
      .reduce((a, b) => (b.own + b.times > a.own + a.times ? b : a));

    const inner = getNamedType(field.type);
    const children =
      node.selectionSet && (isObjectType(inner) || isInterfaceType(inner) || isUnionType(inner))
        ? walk(node.selectionSet, inner, seen, false)
        : 0;
    const total = own + times * children;
    if (isBulk) bulk += total;
    if (top) byField.set(node.name.value, (byField.get(node.name.value) ?? 0) + total);
    return total;
  };

  const cost = Math.ceil(walk(operation.selectionSet, root, new Set(), true));
  const counts = new Map<string, number>();
  for (const selection of operation.selectionSet.selections)
    if (selection.kind === Kind.FIELD) counts.set(selection.name.value, (counts.get(selection.name.value) ?? 0) + 1);
  const heaviest = [...byField.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 3)
    .map(([name]) => ((counts.get(name) ?? 1) > 1 ? `${name} ×${counts.get(name)}` : name))
    .join(', ');
  return { cost, bulk, heaviest };
}

/** Refuses operations with more than `max` aliased fields (fragments counted where spread). */
export function aliasLimit(max: number): ValidationRule {
  return (context: ValidationContext) => {
    const fragments = fragmentsOf(context.getDocument());
    const count = (set: SelectionSetNode, seen: ReadonlySet<string>): number =>
      set.selections.reduce((sum, s) => {
        if (s.kind === Kind.FIELD) return sum + (s.alias ? 1 : 0) + (s.selectionSet ? count(s.selectionSet, seen) : 0);
        if (s.kind === Kind.INLINE_FRAGMENT) return sum + count(s.selectionSet, seen);
        const fragment = fragments.get(s.name.value);
        if (!fragment || seen.has(s.name.value)) return sum;
        return sum + count(fragment.selectionSet, new Set([...seen, s.name.value]));
      }, 0);
    return {
      OperationDefinition(operation) {
        const aliases = count(operation.selectionSet, new Set());
        if (aliases > max)
          context.reportError(
            new GraphQLError(`The operation uses ${aliases} aliases; the limit is ${max}.`, { nodes: [operation] }),
          );
      },
    };
  };
}
