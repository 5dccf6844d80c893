/**
 * Just enough SVG path geometry to place things on the map: the rings of a path (its subpaths as
 * polygons, curves and arcs reduced to their end points), a bounding box, and a point inside the
 * shape where its figure can be written. Pure; used by `scripts/map/build-regions.ts` when the map
 * data is regenerated, not at run time.
 */

export type Point = [number, number];
export type Ring = Point[];
export type Box = { minX: number; minY: number; maxX: number; maxY: number };

const TOKEN = /[a-zA-Z]|[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?/g;

/** How many numbers each command takes. */
const ARITY: Record<string, number> = {
	M: 2,
	L: 2,
	T: 2,
	H: 1,
	V: 1,
	C: 6,
	S: 4,
	Q: 4,
	A: 7,
	Z: 0
};

/** The subpaths of a path as polygons (curves and arcs: their end points only). */
export function pathRings(d: string): Ring[] {
	const tokens = d.match(TOKEN) ?? [];
	const rings: Ring[] = [];
	let ring: Ring = [];
	let x = 0;
	let y = 0;
	let startX = 0;
	let startY = 0;
	let command = '';
	let i = 0;
	const close = () => {
		if (ring.length > 1) rings.push(ring);
		ring = [];
	};
	while (i < tokens.length) {
		if (/^[a-zA-Z]$/.test(tokens[i])) command = tokens[i++];
		const upper = command.toUpperCase();
		const relative = command !== upper;
		const arity = ARITY[upper];
		if (arity === undefined) throw new Error(`Commande de tracé inconnue : ${command}`);
		if (upper === 'Z') {
			close();
			x = startX;
			y = startY;
			continue;
		}
		const n = tokens.slice(i, i + arity).map(Number);
		if (n.length < arity || n.some((v) => !Number.isFinite(v))) {
			throw new Error(`Tracé incomplet près de « ${tokens.slice(i, i + arity).join(' ')} »`);
		}
		i += arity;
		if (upper === 'H') x = relative ? x + n[0] : n[0];
		else if (upper === 'V') y = relative ? y + n[0] : n[0];
		else {
			const ex = n[arity - 2];
			const ey = n[arity - 1];
			x = relative ? x + ex : ex;
			y = relative ? y + ey : ey;
		}
		if (upper === 'M') {
			close();
			startX = x;
			startY = y;
			// Numbers after a moveto are linetos.
			command = relative ? 'l' : 'L';
		}
		ring.push([x, y]);
	}
	close();
	return rings;
}

export function boundingBox(rings: readonly Ring[]): Box {
	const box = { minX: Infinity, minY: Infinity, maxX: -Infinity, maxY: -Infinity };
	for (const ring of rings) {
		for (const [x, y] of ring) {
			box.minX = Math.min(box.minX, x);
			box.minY = Math.min(box.minY, y);
			box.maxX = Math.max(box.maxX, x);
			box.maxY = Math.max(box.maxY, y);
		}
	}
	return box;
}

/** Signed area (shoelace); its absolute value is the polygon's area. */
export function ringArea(ring: Ring): number {
	let a = 0;
	for (let i = 0; i < ring.length; i++) {
		const [x1, y1] = ring[i];
		const [x2, y2] = ring[(i + 1) % ring.length];
		a += x1 * y2 - x2 * y1;
	}
	return a / 2;
}

/** Even-odd rule over every ring (holes count as outside). */
export function containsPoint(rings: readonly Ring[], [px, py]: Point): boolean {
	let inside = false;
	for (const ring of rings) {
		for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
			const [xi, yi] = ring[i];
			const [xj, yj] = ring[j];
			if (yi > py !== yj > py && px < ((xj - xi) * (py - yi)) / (yj - yi) + xi) inside = !inside;
		}
	}
	return inside;
}

/** Distance from a point to the nearest edge of the rings. */
function edgeDistance(rings: readonly Ring[], [px, py]: Point): number {
	let best = Infinity;
	for (const ring of rings) {
		for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
			const [ax, ay] = ring[j];
			const [bx, by] = ring[i];
			const dx = bx - ax;
			const dy = by - ay;
			const len = dx * dx + dy * dy;
			const t = len === 0 ? 0 : Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / len));
			best = Math.min(best, Math.hypot(px - (ax + t * dx), py - (ay + t * dy)));
		}
	}
	return best;
}

/**
 * Where to write a shape's figure: the point of a grid over the largest ring that lies inside the
 * shape and farthest from its edges (a coarse "pole of inaccessibility"), which stays inside
 * concave shapes where a centroid may not.
 */
export function labelPoint(rings: readonly Ring[], steps = 60): Point {
	const largest = [...rings].sort((a, b) => Math.abs(ringArea(b)) - Math.abs(ringArea(a)))[0];
	if (!largest) return [0, 0];
	const box = boundingBox([largest]);
	let best: Point = [(box.minX + box.maxX) / 2, (box.minY + box.maxY) / 2];
	let bestDistance = -1;
	for (let i = 0; i <= steps; i++) {
		for (let j = 0; j <= steps; j++) {
			const p: Point = [
				box.minX + ((box.maxX - box.minX) * i) / steps,
				box.minY + ((box.maxY - box.minY) * j) / steps
			];
			if (!containsPoint(rings, p)) continue;
			const distance = edgeDistance(rings, p);
			if (distance > bestDistance) {
				bestDistance = distance;
				best = p;
			}
		}
	}
	return best;
}
