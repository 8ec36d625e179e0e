/**
 * `npm run bench:cost [-- --people N --seed S]`: the query cost model (server/api/cost.ts) beside
 * what each shape really takes through the API on a synthetic network (10,000 people by default):
 * every engine at its largest arguments, the nested shapes, and the heaviest request the budget
 * still allows, and the explorer's views beside the Cypher they were answered with before
 * (test/reference/neighbourhood-cypher.ts). Prints Markdown tables for docs/benchmarks.md ("Query
 * cost"). Budgets are off here so that refused shapes can be timed too.
 */
import type { AddressInfo } from 'node:net';
import { buildSchema, Kind, parse, validate, type OperationDefinitionNode } from 'graphql';
import { Budgets } from '../server/api/budget.ts';
import { COST_LIMITS, estimateCost, resolvedFields } from '../server/api/cost.ts';
import { resolvers } from '../server/api/resolvers.ts';
import { typeDefs } from '../server/api/schema.ts';
import { fragmentsOf } from '../server/api/selection.ts';
import { runCli } from '../server/cli/run-cli.ts';
import { neighbourhood as explorerView } from '../server/features/explorer/neighbourhood.ts';
import { neighbourhoodByCypher } from '../test/reference/neighbourhood-cypher.ts';
import { benchApp, graphqlClient, openBenchDatabase, syntheticNetwork } from './bench-db.ts';

interface Shape {
  name: string;
  query: string;
  variables?: Record<string, unknown>;
}

await runCli(async () => {
  const { options, db, local } = await openBenchDatabase('.neo4j-bench');
  const schema = buildSchema(typeDefs.join('\n'));
  const resolved = resolvedFields(resolvers);
  try {
    const data = await syntheticNetwork(db, options);
    const { app, stop, session } = await benchApp(db, {
      budgets: new Budgets(Number.MAX_SAFE_INTEGER, Date.now, Number.MAX_SAFE_INTEGER),
    });
    const server = app.listen(0, '127.0.0.1');
    await new Promise((resolve) => server.once('listening', resolve));
    const gql = graphqlClient(`http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`, session);

    const members = new Map<string, number>();
    for (const m of data.memberships) members.set(m.organisationId, (members.get(m.organisationId) ?? 0) + 1);
    const org = [...members].sort((a, b) => b[1] - a[1])[0]![0];
    const person = data.memberships.find((m) => m.organisationId === org)!.personId;
    const visible = data.people.filter((p) => p.discoverable !== false);
    const target = visible[visible.length >> 1]!.id;
    const skills = data.skills.slice(0, 10).map((s) => s.id);
    const dates = Array.from({ length: 10 }, (_, i) => `${2016 + i}-04-01`);

    const neighbourhood = (depth: number, limit: number) =>
      `neighbourhood(ids: ["Person:${person}"], depth: ${depth}, limit: ${limit}) { nodes { key } edges { key } }`;
    const shapes: Shape[] = [
      { name: 'neighbourhood depth 2, limit 1000', query: `{ ${neighbourhood(2, 1000)} }` },
      { name: 'neighbourhood depth 3, limit 5000', query: `{ ${neighbourhood(3, 5000)} }` },
      {
        name: 'two of those (the alias bomb’s first step)',
        query: `{ a: ${neighbourhood(3, 5000)} b: ${neighbourhood(3, 5000)} }`,
      },
      { name: 'search, first 50', query: '{ search(text: "デ", first: 50) { totalCount nodes { __typename } } }' },
      {
        name: 'introductions k 20, maxHops 6',
        query: `{ introductions(from: { personId: "${person}" }, to: { personId: "${target}" }, k: 20, maxHops: 6) { paths { score } } }`,
      },
      {
        name: 'suggestedIntroductions k 50',
        query: `{ suggestedIntroductions(organisationId: "${org}", k: 50) { score } }`,
      },
      {
        name: 'proposeTeams k 10, 10 experts, 10 skills',
        query: `query($s: [RequiredSkillInput!]!) { proposeTeams(organisationId: "${org}", requiredSkills: $s, k: 10, maxExperts: 10, maxHops: 6) { teams { rank objective } } }`,
        variables: { s: skills.map((skillId) => ({ skillId })) },
      },
      { name: 'stoMatching (everyone)', query: '{ stoMatching { coverage } }' },
      ...[1, 2, 3].map((hops) => ({
        name: `organisationAssets hops ${hops}`,
        query: `{ organisationAssets(organisationId: "${org}", hops: ${hops}) { members } }`,
      })),
      {
        name: 'assetsReachPeople hops 3, first 100',
        query: `{ assetsReachPeople(organisationId: "${org}", hops: 3, first: 100) { totalCount } }`,
      },
      {
        name: 'handoverPlan hops 3',
        query: `{ handoverPlan(organisationId: "${org}", personId: "${person}", hops: 3) { lostPeople } }`,
      },
      {
        name: 'assetsTrend hops 2, 5 dates (the page’s default)',
        query: `{ assetsTrend(organisationId: "${org}", hops: 2) { date } }`,
      },
      {
        name: 'assetsTrend hops 3, 5 dates',
        query: `{ assetsTrend(organisationId: "${org}", hops: 3) { date } }`,
      },
      {
        name: 'assetsTrend hops 3, 10 dates',
        query: `query($d: [Date!]) { assetsTrend(organisationId: "${org}", hops: 3, dates: $d) { date } }`,
        variables: { d: dates },
      },
      {
        name: 'ties of ties, 100 × 100',
        query: `{ person(id: "${person}") { ties(first: 100) { nodes { other { ties(first: 100) { nodes { other { id name } } } } } } } }`,
      },
      {
        name: 'members’ skills (organisation, 100 × 20)',
        query: `{ organisation(id: "${org}") { members(first: 100) { nodes { person { skills(first: 20) { nodes { skill { id } } } } } } } }`,
      },
      {
        name: 'the heaviest mix allowed: largest view + introductions k 20',
        query: `{ ${neighbourhood(3, 5000)} introductions(from: { personId: "${person}" }, to: { personId: "${target}" }, k: 20, maxHops: 6) { paths { score } } }`,
      },
      { name: 'exportData (JSON)', query: '{ exportData(format: JSON) { fileName } }' },
    ];

    const costOf = (shape: Shape) => {
      const document = parse(shape.query);
      const operation = document.definitions.find(
        (d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION,
      )!;
      return estimateCost(schema, resolved, operation, fragmentsOf(document), shape.variables ?? {}).cost;
    };

    for (const shape of shapes) {
      const errors = validate(schema, parse(shape.query));
      if (errors.length) throw new Error(`${shape.name}: ${errors[0]!.message}`);
    }
    const rows: string[] = [];
    for (const shape of shapes) {
      const cost = costOf(shape);
      const times: number[] = [];
      try {
        await gql(shape.query, shape.variables); // warm: the network, the assets worker, query plans
        for (let i = 0; i < 3; i++) {
          const t = performance.now();
          await gql(shape.query, shape.variables);
          times.push(performance.now() - t);
        }
      } catch (error) {
        // Refused while running (an in-process deadline): how long the refusal took.
        const t = performance.now();
        const refusal = await gql(shape.query, shape.variables).then(
          () => 'answered on a second try',
          (again: unknown) => String(again).match(/"code":"([A-Z_]+)"/)?.[1] ?? String(again).slice(0, 80),
        );
        const ms = performance.now() - t;
        rows.push(
          `| ${shape.name} | ${cost.toLocaleString('en')} | ${ms.toFixed(0)} | | refused while running (${refusal}) |`,
        );
        console.error(rows.at(-1), String(error).slice(0, 200));
        continue;
      }
      const worst = Math.max(...times);
      const verdict = shape.name.startsWith('exportData')
        ? 'allowed (bulk: exempt from the request limit)'
        : cost <= COST_LIMITS.perRequest
          ? 'allowed'
          : 'refused before running (400)';
      rows.push(
        `| ${shape.name} | ${cost.toLocaleString('en')} | ${worst.toFixed(0)} | ${(worst / Math.max(cost, 1)).toFixed(2)} | ${verdict} |`,
      );
      console.error(rows.at(-1));
    }
    // How fast a refusal comes back: the alias bomb, fifty of the largest view.
    const bomb = `{ ${Array.from({ length: 50 }, (_, i) => `a${i}: ${neighbourhood(3, 5000)}`).join(' ')} }`;
    const refusals: number[] = [];
    const limited = await benchApp(db);
    const limitedServer = limited.app.listen(0, '127.0.0.1');
    await new Promise((resolve) => limitedServer.once('listening', resolve));
    const strict = graphqlClient(
      `http://127.0.0.1:${(limitedServer.address() as AddressInfo).port}/graphql`,
      limited.session,
    );
    for (let i = 0; i < 20; i++) {
      const t = performance.now();
      await strict(bomb).catch(() => undefined);
      refusals.push(performance.now() - t);
    }
    refusals.sort((a, b) => a - b);
    limitedServer.close();
    await limited.stop();
    console.log(
      `\nthe alias bomb (50 × the largest view) is refused in ${refusals[10]!.toFixed(1)} ms (median of 20; slowest ${refusals.at(-1)!.toFixed(1)} ms)`,
    );
    // The explorer beside the Cypher it replaced (test/reference/neighbourhood-cypher.ts), both
    // called in this process without HTTP: the same answer, from memory and from Neo4j.
    const views: string[] = [];
    for (const [depth, limit] of [
      [2, 1000],
      [3, 5000],
    ] as const) {
      const args = {
        ids: [`Person:${person}`],
        depth,
        limit,
        kinds: null,
        sectors: null,
        skills: null,
        organisation: null,
        asOf: null,
      };
      const median = async (work: () => Promise<unknown>) => {
        await work();
        const times: number[] = [];
        for (let i = 0; i < 5; i++) {
          const t = performance.now();
          await work();
          times.push(performance.now() - t);
        }
        return times.sort((a, b) => a - b)[2]!;
      };
      const ours = await median(() => explorerView(db, args, null));
      const cypher = await median(() => neighbourhoodByCypher(db, args, null));
      const answer = await explorerView(db, args, null);
      views.push(
        `| depth ${depth}, limit ${limit} (${answer.nodes.length.toLocaleString('en')} nodes, ${answer.edges.length.toLocaleString('en')} edges) | ${ours.toFixed(1)} | ${cypher.toFixed(1)} | ${(ours / cypher).toFixed(3)}× |`,
      );
      console.error(views.at(-1));
    }
    console.log('\n| explorer view | in memory (ms, median of 5) | Neo4j Cypher (ms) | ours ÷ Cypher |');
    console.log('|---|---:|---:|---:|');
    for (const row of views) console.log(row);
    console.log(`\n${data.people.length.toLocaleString('en')} people, ${data.ties.length.toLocaleString('en')} ties`);
    console.log(
      `| shape | estimate (points) | slowest of 3 (ms) | ms per point | at ${COST_LIMITS.perRequest.toLocaleString('en')} points |`,
    );
    console.log('|---|---:|---:|---:|---|');
    for (const row of rows) console.log(row);
    server.close();
    await stop();
  } finally {
    await db.close();
    await local?.stop();
  }
});
