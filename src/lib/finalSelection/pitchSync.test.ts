import { describe, expect, it } from 'vitest';
import {
	flush,
	loadPending,
	recordEdit,
	storageKey,
	type KeyValueStore,
	type Pending,
	type SendAnswer
} from './pitchSync.ts';

function memoryStore(): KeyValueStore & { data: Map<string, string> } {
	const data = new Map<string, string>();
	return {
		data,
		getItem: (k) => data.get(k) ?? null,
		setItem: (k, v) => void data.set(k, v),
		removeItem: (k) => void data.delete(k)
	};
}

const answer = (status: number, body: unknown): SendAnswer => ({
	ok: status >= 200 && status < 300,
	status,
	json: async () => body
});

const KEY = storageKey('app-1');
const T1 = '2026-12-03T09:00:00.000Z';
const T2 = '2026-12-03T09:05:00.000Z';

describe('pitch scores on the phone', () => {
	it('keeps every edit at once, the latest per criterion', () => {
		const store = memoryStore();
		recordEdit(store, KEY, 'clarte', { score: 3, comment: '', at: T2 });
		recordEdit(store, KEY, 'clarte', { score: 1, comment: '', at: T1 });
		recordEdit(store, KEY, 'equipe', { score: 7, comment: 'ok', at: T1 });
		expect(loadPending(store, KEY)).toEqual({
			clarte: { score: 3, comment: '', at: T2 },
			equipe: { score: 7, comment: 'ok', at: T1 }
		});
	});

	it('never loses a score when the network fails, and sends it when it returns', async () => {
		const store = memoryStore();
		recordEdit(store, KEY, 'clarte', { score: 4, comment: '', at: T1 });
		const down = await flush(store, KEY, async () => {
			throw new TypeError('Failed to fetch');
		});
		expect(down.state).toBe('offline');
		expect(loadPending(store, KEY).clarte.score).toBe(4);
		// A server error and an expired session keep the edits too.
		expect((await flush(store, KEY, async () => answer(503, null))).state).toBe('offline');
		expect((await flush(store, KEY, async () => answer(401, null))).state).toBe('offline');
		expect(loadPending(store, KEY).clarte.score).toBe(4);
		let sent: Pending | null = null;
		const up = await flush(store, KEY, async (p) => {
			sent = p;
			return answer(200, { scores: p });
		});
		expect(up.state).toBe('saved');
		expect(sent).toEqual({ clarte: { score: 4, comment: '', at: T1 } });
		expect(store.data.has(KEY)).toBe(false);
	});

	it('keeps an edit made while the previous one was being sent', async () => {
		const store = memoryStore();
		recordEdit(store, KEY, 'clarte', { score: 2, comment: '', at: T1 });
		const r = await flush(store, KEY, async (p) => {
			recordEdit(store, KEY, 'clarte', { score: 3, comment: '', at: T2 });
			return answer(200, { scores: p });
		});
		expect(r.state).toBe('saved');
		expect(loadPending(store, KEY)).toEqual({ clarte: { score: 3, comment: '', at: T2 } });
	});

	it('drops only what the server refuses for good, with its message', async () => {
		const store = memoryStore();
		recordEdit(store, KEY, 'inconnu', { score: 2, comment: '', at: T1 });
		const r = await flush(store, KEY, async () =>
			answer(422, { error: { message: 'Ce critère n’existe pas dans la grille de pitch.' } })
		);
		expect(r).toEqual({
			state: 'rejected',
			message: 'Ce critère n’existe pas dans la grille de pitch.'
		});
		expect(loadPending(store, KEY)).toEqual({});
	});

	it('ignores unreadable storage', () => {
		const store = memoryStore();
		store.setItem(KEY, '{pas du json');
		expect(loadPending(store, KEY)).toEqual({});
		store.setItem(KEY, JSON.stringify({ clarte: { score: 'x' } }));
		expect(loadPending(store, KEY)).toEqual({});
	});
});
