/**
 * The k best (score, index) entries of a stream, on typed arrays: a binary min-heap whose root is
 * the entry to drop next. Deterministic: between equal scores the smaller index is the better
 * one, whatever the order of the stream.
 */
export class TopK {
	readonly capacity: number;
	private readonly scores: Float64Array;
	private readonly items: Int32Array;
	size = 0;

	constructor(capacity: number) {
		this.capacity = capacity;
		this.scores = new Float64Array(Math.max(1, capacity));
		this.items = new Int32Array(Math.max(1, capacity));
	}

	clear(): void {
		this.size = 0;
	}

	/** Whether entry x ranks below entry y (worse score, or same score and larger index). */
	private worse(sx: number, ix: number, sy: number, iy: number): boolean {
		return sx < sy || (sx === sy && ix > iy);
	}

	/** Whether `push(score, item)` would keep the entry. */
	accepts(score: number, item: number): boolean {
		if (this.size < this.capacity) return this.capacity > 0;
		const root = this.scores[0];
		return score > root || (score === root && item < this.items[0]);
	}

	push(score: number, item: number): void {
		if (!this.accepts(score, item)) return;
		const { scores, items } = this;
		if (this.size < this.capacity) {
			let at = this.size++;
			while (at > 0) {
				const parent = (at - 1) >> 1;
				if (!this.worse(score, item, scores[parent], items[parent])) break;
				scores[at] = scores[parent];
				items[at] = items[parent];
				at = parent;
			}
			scores[at] = score;
			items[at] = item;
			return;
		}
		// Replace the root and sift down.
		let at = 0;
		const n = this.size;
		for (;;) {
			const left = 2 * at + 1;
			if (left >= n) break;
			const right = left + 1;
			let child = left;
			if (right < n && this.worse(scores[right], items[right], scores[left], items[left]))
				child = right;
			if (!this.worse(scores[child], items[child], score, item)) break;
			scores[at] = scores[child];
			items[at] = items[child];
			at = child;
		}
		scores[at] = score;
		items[at] = item;
	}

	/** The entries kept, best first. */
	sorted(): { score: number; item: number }[] {
		const out: { score: number; item: number }[] = [];
		for (let k = 0; k < this.size; k++) out.push({ score: this.scores[k], item: this.items[k] });
		out.sort((x, y) => y.score - x.score || x.item - y.item);
		return out;
	}
}
