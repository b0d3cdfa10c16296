/**
 * The loops of a FormulaGraph: Tarjan's strongly connected components, iteratively (a chain of
 * 100k formulas each referring to the one above must not overflow the call stack). Every array
 * is typed: a 100k-row workbook has some 600k nodes.
 */
import { type FormulaGraph, NodeList } from './formula-graph';

/** Formula cells that refer to each other in a loop (one or more), with the tree nodes between them. */
export interface LoopingGroup {
  /** The formula cells, in the order the search met them. */
  readonly cells: readonly number[];
  /** Every node of the group, tree nodes included: where a loop may pass. */
  readonly members: ReadonlySet<number>;
}

/** Visit order of a node whose group is settled: as high as can be, so it lowers no other node's. */
const SETTLED = 0x7fffffff;

export function loopingGroups(graph: FormulaGraph): LoopingGroup[] {
  // visit order from 1 (0: not visited yet, SETTLED: in a group already) and the lowest order reachable back
  const order = new Int32Array(graph.nodeCount);
  const low = new Int32Array(graph.nodeCount);
  // nodes visited but not yet settled
  const pending = new NodeList();
  // the search's own stack: a node and its next edge; the edges of the frames lie in `edges`, each frame's up to its end
  const frameNode = new NodeList();
  const frameNext = new NodeList();
  const frameEnd = new NodeList();
  const edges = new NodeList();
  let visited = 0;
  const selfReferring = new Set<number>();
  const groups: LoopingGroup[] = [];

  const enter = (node: number): void => {
    order[node] = low[node] = ++visited;
    pending.push(node);
    frameNode.push(node);
    frameNext.push(edges.length);
    graph.edgesOf(node, edges);
    frameEnd.push(edges.length);
  };

  const settle = (node: number): void => {
    if (pending.items[pending.length - 1] === node && !selfReferring.has(node)) {
      // alone: no loop (the usual case)
      order[node] = SETTLED;
      pending.length--;
      return;
    }
    const cells: number[] = [];
    const members = new Set<number>();
    let member: number;
    do {
      member = pending.items[--pending.length];
      order[member] = SETTLED;
      members.add(member);
      if (graph.isCell(member)) cells.push(member);
    } while (member !== node);
    groups.push({ cells: cells.reverse(), members });
  };

  const leave = (node: number): void => {
    if (low[node] === order[node]) settle(node);
    frameNode.length--;
    frameNext.length--;
    frameEnd.length--;
    const depth = frameNode.length;
    // its edges were the last ones listed: they start where its parent's end
    edges.length = depth > 0 ? frameEnd.items[depth - 1] : 0;
    if (depth > 0) {
      const parent = frameNode.items[depth - 1];
      if (low[node] < low[parent]) low[parent] = low[node];
    }
  };

  for (let root = 0; root < graph.cellCount; root++) {
    if (order[root] !== 0) continue;
    enter(root);
    while (frameNode.length > 0) {
      const frame = frameNode.length - 1;
      const node = frameNode.items[frame];
      const at = frameNext.items[frame];
      if (at === frameEnd.items[frame]) {
        leave(node);
        continue;
      }
      frameNext.items[frame] = at + 1;
      const next = edges.items[at];
      if (order[next] === 0) enter(next);
      else {
        // a settled node's order is SETTLED and lowers nothing
        if (order[next] < low[node]) low[node] = order[next];
        if (next === node) selfReferring.add(node);
      }
    }
  }
  return groups;
}

/**
 * The formula cells of a shortest loop from `start` back to it, within its group: `start` first.
 * Breadth first, so the loop named is one a person can follow.
 */
export function shortestLoop(graph: FormulaGraph, group: LoopingGroup, start: number): number[] {
  const parent = new Map<number, number>([[start, -1]]);
  const queue = [start];
  const edges = new NodeList();
  for (let head = 0; head < queue.length; head++) {
    const node = queue[head];
    edges.length = 0;
    graph.edgesOf(node, edges);
    for (let k = 0; k < edges.length; k++) {
      const next = edges.items[k];
      if (next === start) return cellsOnPath(graph, parent, node);
      if (!group.members.has(next) || parent.has(next)) continue;
      parent.set(next, node);
      queue.push(next);
    }
  }
  return [start];
}

function cellsOnPath(graph: FormulaGraph, parent: ReadonlyMap<number, number>, end: number): number[] {
  const path: number[] = [];
  for (let node = end; node !== -1; node = parent.get(node) as number) if (graph.isCell(node)) path.push(node);
  return path.reverse();
}
