/**
 * Minimum-cost flow on typed arrays, by successive shortest paths with node potentials
 * (docs/decisions/015-assignment-min-cost-flow.md).
 *
 * The network is built once (`FlowNetwork`), then `routeSupplies` sends each node's excess to
 * the deficit nodes at minimum total cost. Each unit follows a shortest path in the residual
 * network, found by Dijkstra's algorithm (indexed binary heap) on the reduced costs
 * `cost + π(tail) − π(head)`, which the potentials π keep non-negative. A search stops as soon as
 * it settles a deficit node, skips whatever is already farther than the nearest deficit reached,
 * and only the nodes it settled get new potentials (as in Jonker and Volgenant's assignment
 * algorithm): near spare capacity, a search touches a few dozen nodes, not the whole network.
 * Each node's arcs with residual capacity are kept at the front of its list, so that a search
 * never reads the hundreds of empty reverse arcs of a reviewer.
 *
 * Costs must be integers (held in doubles, exact below 2^53): every sum is then exact, and the
 * final check (`checkOptimality`) is a proof, not an estimate — a flow with potentials under
 * which no residual arc has a negative reduced cost is a minimum-cost flow.
 */

export class FlowNetwork {
	readonly nodeCount: number;
	/** Arcs come in pairs: arc 2k is edge k forward, arc 2k + 1 its reverse (arc ^ 1). */
	edgeCount = 0;
	head: Int32Array;
	/** Residual capacity of each arc. */
	capacity: Int32Array;
	cost: Float64Array;
	/** Arcs leaving node v: `arcs[first[v]] … arcs[first[v + 1] - 1]`, set by `freeze`. */
	first: Int32Array;
	arcs: Int32Array;
	private frozen = false;

	constructor(nodeCount: number, maxEdges: number) {
		this.nodeCount = nodeCount;
		this.head = new Int32Array(2 * maxEdges);
		this.capacity = new Int32Array(2 * maxEdges);
		this.cost = new Float64Array(2 * maxEdges);
		this.first = new Int32Array(nodeCount + 1);
		this.arcs = new Int32Array(0);
	}

	/** Adds the edge u → v; returns its number (its forward arc is 2 × that). */
	addEdge(u: number, v: number, capacity: number, cost: number): number {
		if (this.frozen) throw new Error('FlowNetwork: edges added after freeze()');
		const k = this.edgeCount++;
		this.head[2 * k] = v;
		this.head[2 * k + 1] = u;
		this.capacity[2 * k] = capacity;
		this.cost[2 * k] = cost;
		this.cost[2 * k + 1] = -cost;
		return k;
	}

	tail(arc: number): number {
		return this.head[arc ^ 1];
	}

	/** Builds the adjacency lists (each node's arcs in the order their edges were added). */
	freeze(): void {
		const n = this.nodeCount;
		const arcCount = 2 * this.edgeCount;
		const first = new Int32Array(n + 1);
		for (let a = 0; a < arcCount; a++) first[this.head[a ^ 1] + 1]++;
		for (let v = 0; v < n; v++) first[v + 1] += first[v];
		const fill = first.slice(0, n);
		const arcs = new Int32Array(arcCount);
		for (let a = 0; a < arcCount; a++) arcs[fill[this.head[a ^ 1]]++] = a;
		this.first = first;
		this.arcs = arcs;
		this.frozen = true;
	}

	/** Flow on edge k (what its reverse arc may send back). */
	flow(edge: number): number {
		return this.capacity[2 * edge + 1];
	}
}

/**
 * Potentials for a network whose edges all go from a lower to a higher node number (a DAG in
 * node order) and carry no flow yet: shortest distances from a virtual root joined to every node
 * at cost 0, so that every arc with capacity has a non-negative reduced cost.
 */
export function dagPotentials(net: FlowNetwork): Float64Array {
	const pi = new Float64Array(net.nodeCount);
	const { first, arcs, head, capacity, cost } = net;
	for (let u = 0; u < net.nodeCount; u++) {
		for (let i = first[u]; i < first[u + 1]; i++) {
			const a = arcs[i];
			if (capacity[a] <= 0) continue;
			const v = head[a];
			if (v <= u) throw new Error('dagPotentials: an arc goes back in node order');
			const d = pi[u] + cost[a];
			if (d < pi[v]) pi[v] = d;
		}
	}
	return pi;
}

export type RouteStats = {
	/** Shortest-path searches run. */
	searches: number;
	/** Nodes settled over all searches (the work done). */
	settled: number;
};

/**
 * Balances the nodes at minimum cost: `balance[v] > 0` is an excess to send, `< 0` a deficit to
 * fill (consumed: all zero at the end). Excess nodes are taken in increasing number; each unit
 * goes to the nearest deficit node. `potential` must make every residual arc's reduced cost
 * non-negative; it is updated and stays so. Every excess must be able to reach a deficit (the
 * caller makes sure of it), otherwise this throws.
 */
export function routeSupplies(
	net: FlowNetwork,
	balance: Int32Array,
	potential: Float64Array
): RouteStats {
	const n = net.nodeCount;
	const { first, arcs, head, capacity, cost } = net;
	const pi = potential;
	const arcCount = arcs.length;

	// Each node's arcs with residual capacity are kept at the front of its list, before
	// live[v]: a search scans only those (a reviewer has hundreds of candidate arcs, and only its
	// few assigned applications to send back to). Heads and costs are copied in list order, so
	// that a scan reads memory in sequence.
	const live = new Int32Array(n);
	for (let v = 0; v < n; v++) {
		let end = first[v];
		for (let j = first[v]; j < first[v + 1]; j++) {
			const a = arcs[j];
			if (capacity[a] > 0) {
				arcs[j] = arcs[end];
				arcs[end++] = a;
			}
		}
		live[v] = end;
	}
	const pos = new Int32Array(arcCount);
	const listHead = new Int32Array(arcCount);
	const listCost = new Float64Array(arcCount);
	for (let j = 0; j < arcCount; j++) {
		const a = arcs[j];
		pos[a] = j;
		listHead[j] = head[a];
		listCost[j] = cost[a];
	}
	const swap = (i: number, j: number) => {
		const x = arcs[i];
		const y = arcs[j];
		arcs[i] = y;
		arcs[j] = x;
		pos[y] = i;
		pos[x] = j;
		listHead[i] = head[y];
		listHead[j] = head[x];
		listCost[i] = cost[y];
		listCost[j] = cost[x];
	};

	const dist = new Float64Array(n);
	/** `reached[v] === search`: dist[v] and parent[v] belong to this search. */
	const reached = new Int32Array(n);
	/** Position in the lists of the arc that reached each node. */
	const parent = new Int32Array(n);
	const settledNodes = new Int32Array(n);
	// Indexed binary heap of the reached, unsettled nodes: each at most once, at heapAt[v].
	const heapKey = new Float64Array(n);
	const heapNode = new Int32Array(n);
	const heapAt = new Int32Array(n);
	const stats: RouteStats = { searches: 0, settled: 0 };
	let search = 0;

	for (let source = 0; source < n; source++) {
		while (balance[source] > 0) {
			search++;
			let settledCount = 0;
			dist[source] = 0;
			reached[source] = search;
			heapKey[0] = 0;
			heapNode[0] = source;
			heapAt[source] = 0;
			let size = 1;
			let target = -1;
			/** The tentative distance of the nearest deficit node reached. */
			let bound = Infinity;
			while (size > 0) {
				const d = heapKey[0];
				const u = heapNode[0];
				size--;
				if (size > 0) {
					const k = heapKey[size];
					const x = heapNode[size];
					let i = 0;
					for (;;) {
						let c = 2 * i + 1;
						if (c >= size) break;
						if (
							c + 1 < size &&
							(heapKey[c + 1] < heapKey[c] ||
								(heapKey[c + 1] === heapKey[c] && heapNode[c + 1] < heapNode[c]))
						) {
							c++;
						}
						if (heapKey[c] < k || (heapKey[c] === k && heapNode[c] < x)) {
							heapKey[i] = heapKey[c];
							const y = heapNode[c];
							heapNode[i] = y;
							heapAt[y] = i;
							i = c;
						} else break;
					}
					heapKey[i] = k;
					heapNode[i] = x;
					heapAt[x] = i;
				}
				settledNodes[settledCount++] = u;
				if (balance[u] < 0) {
					target = u;
					break;
				}
				const base = d + pi[u];
				for (let j = first[u], end = live[u]; j < end; j++) {
					const v = listHead[j];
					const nd = base + listCost[j] - pi[v];
					// Nothing at or beyond that distance is settled before the target.
					if (nd >= bound) continue;
					let i: number;
					if (reached[v] === search) {
						// A settled node has dist ≤ d ≤ nd (reduced costs are ≥ 0): skipped here.
						if (nd >= dist[v]) continue;
						i = heapAt[v];
					} else {
						reached[v] = search;
						i = size++;
					}
					if (balance[v] < 0) bound = nd;
					dist[v] = nd;
					parent[v] = j;
					while (i > 0) {
						const p = (i - 1) >> 1;
						if (heapKey[p] < nd || (heapKey[p] === nd && heapNode[p] < v)) break;
						heapKey[i] = heapKey[p];
						const y = heapNode[p];
						heapNode[i] = y;
						heapAt[y] = i;
						i = p;
					}
					heapKey[i] = nd;
					heapNode[i] = v;
					heapAt[v] = i;
				}
			}
			if (target < 0) throw new Error('routeSupplies: an excess cannot reach any deficit');
			stats.searches++;
			stats.settled += settledCount;

			// New potentials: π(v) += dist(v) − dist(target) for the settled nodes (the others
			// would get dist(target) − dist(target) = 0). Reduced costs stay non-negative, and
			// those of the path's arcs become zero.
			const total = dist[target];
			for (let i = 0; i < settledCount; i++) {
				const v = settledNodes[i];
				pi[v] += dist[v] - total;
			}

			// Augment by the path's bottleneck. (The parent links hold list positions, valid
			// until the first swap: read the path's arcs before changing anything.)
			let delta = Math.min(balance[source], -balance[target]);
			let length = 0;
			for (let v = target; v !== source; v = head[arcs[parent[v]] ^ 1]) {
				const a = arcs[parent[v]];
				settledNodes[length++] = a;
				if (capacity[a] < delta) delta = capacity[a];
			}
			for (let i = 0; i < length; i++) {
				const a = settledNodes[i];
				const back = a ^ 1;
				capacity[a] -= delta;
				if (capacity[a] === 0) swap(pos[a], --live[head[back]]);
				if (capacity[back] === 0) swap(pos[back], live[head[a]]++);
				capacity[back] += delta;
			}
			balance[source] -= delta;
			balance[target] += delta;
		}
	}
	return stats;
}

/**
 * The optimality certificate: every arc with residual capacity has a non-negative reduced cost.
 * Returns the first arc that breaks it, or -1.
 */
export function checkOptimality(net: FlowNetwork, potential: Float64Array): number {
	const { head, capacity, cost } = net;
	for (let a = 0; a < 2 * net.edgeCount; a++) {
		if (capacity[a] > 0 && cost[a] + potential[head[a ^ 1]] - potential[head[a]] < 0) return a;
	}
	return -1;
}
