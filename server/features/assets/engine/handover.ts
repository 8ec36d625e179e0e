/**
 * Handover plan: when key person m leaves, which introductions — one of m's contacts to a
 * remaining member — restore everything the organisation would lose within h hops?
 *
 * Introducing contact c to any remaining member puts c at hop 1, which brings back every lost
 * person within h − 1 hops of c (not through members or m). The member chosen does not change
 * that, so the plan is a set cover over m's contacts (set-cover.ts: exact when small, otherwise
 * greedy with its H(d) bound). Every lost person is within h − 1 hops of one of m's contacts
 * (the contact on their old route through m), so the cover always restores everything.
 * The member introduced is the successor: the remaining member with the strongest warm tie to m
 * (they know m's world best; lowest id on equal strength), or the first member when none is tied.
 */
import { hopDistances } from '../../../graph/traverse.ts';
import type { AssetsNetwork } from './warm-network.ts';
import { lossIfLeaves, type Loss } from './key-person.ts';
import { orgView, type OrgView } from './org-reach.ts';
import { setCover, type CoverAnswer } from './set-cover.ts';

export interface Introduction {
  contact: number;
  member: number;
  /** Warm strength of the key person's tie to the contact. */
  contactStrength: number;
  /** What this introduction brings back that the ones before it did not. */
  restores: { people: number[]; organisations: number[]; skills: number[]; needs: number[] };
}

export interface HandoverPlan {
  person: number;
  loss: Loss;
  successor: number | null;
  successorStrength: number | null;
  introductions: Introduction[];
  method: CoverAnswer['method'];
  ratioBound: number;
  lowerBound: number;
}

function tieStrength(net: AssetsNetwork, a: number, b: number): number {
  const { offsets, neighbours, weights } = net.graph;
  for (let e = offsets[a]; e < offsets[a + 1]; e++) if (neighbours[e] === b) return weights ? weights[e] : 1;
  return 0;
}

function successorOf(net: AssetsNetwork, members: readonly number[], person: number) {
  let [best, strength] = [members[0] ?? null, 0];
  for (const m of members) {
    const s = tieStrength(net, person, m);
    if (s > strength) [best, strength] = [m, s];
  }
  return { successor: best, successorStrength: best === null ? null : strength };
}

export function handoverPlan(net: AssetsNetwork, view: OrgView, person: number, hops: number): HandoverPlan {
  const loss = lossIfLeaves(net, view, person, hops);
  const after = orgView(net, view.org, [person]);
  const contacts: number[] = [];
  for (let e = net.graph.offsets[person]; e < net.graph.offsets[person + 1]; e++) {
    const c = net.graph.neighbours[e];
    if (after.allowed[c] === 1 && c !== person) contacts.push(c);
  }
  const allowed = after.allowed.slice();
  allowed[person] = 0;
  const lost = new Set(loss.people);
  const sets = contacts.map((c) => {
    const d = hopDistances(net.graph, [c], allowed, hops - 1);
    return loss.people.filter((x) => d[x] >= 0 && lost.has(x));
  });
  const cover = setCover(loss.people, sets);
  const { successor, successorStrength } = successorOf(net, after.members, person);
  const introductions =
    successor === null
      ? []
      : explain(
          net,
          after,
          loss,
          cover.chosen.map((i) => contacts[i]!),
          hops,
        );
  for (const intro of introductions) {
    intro.member = successor!;
    intro.contactStrength = tieStrength(net, person, intro.contact);
  }
  return {
    person,
    loss,
    successor,
    successorStrength,
    introductions,
    method: cover.method,
    ratioBound: cover.ratioBound,
    lowerBound: cover.lowerBound,
  };
}

/**
 * Adds the introductions one by one and records what each newly brings back. Anyone who comes
 * back was lost (a contact's h − 1 neighbourhood was within h hops through the key person), so
 * organisations, skills and needs come back exactly through the people who do.
 */
function explain(net: AssetsNetwork, after: OrgView, loss: Loss, chosen: number[], hops: number): Introduction[] {
  const best = Int8Array.from(after.distance, (d) => (d >= 0 && d <= hops ? d : -1));
  const lostOrgs = new Set(loss.organisations);
  const lostSkills = new Set(loss.skills);
  const lostNeeds = new Set(loss.needs);
  return chosen.map((contact) => {
    const fromContact = hopDistances(net.graph, [contact], after.allowed, hops - 1);
    const people: number[] = [];
    for (let p = 0; p < best.length; p++) {
      if (fromContact[p] < 0 || (best[p] >= 0 && best[p] <= fromContact[p] + 1)) continue;
      if (best[p] < 0) people.push(p);
      best[p] = fromContact[p] + 1;
    }
    const take = (pool: Set<number>, items: (p: number) => readonly number[]) =>
      [...new Set(people.flatMap(items))].filter((x) => pool.delete(x)).sort((a, b) => a - b);
    return {
      contact,
      member: -1,
      contactStrength: 0,
      restores: {
        people,
        organisations: take(lostOrgs, (p) => net.personOrgs[p]!),
        skills: take(lostSkills, (p) => net.personSkills[p]!),
        needs: take(lostNeeds, (p) => net.personSkills[p]!.flatMap((s) => ancestorsOf(net, s))),
      },
    };
  });
}

/** A holder of skill s covers s and every broader skill (whose family contains s). */
function ancestorsOf(net: AssetsNetwork, s: number): number[] {
  return net.skillFamily.flatMap((family, broader) => (family.includes(s) ? [broader] : []));
}
