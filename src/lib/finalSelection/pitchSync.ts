/**
 * The phone side of pitch scoring, offline-tolerant: every change is kept at once in the phone's
 * storage with the time it was made (`at`), then sent; what the server accepted is removed from
 * storage only if it was not changed again meanwhile. A network failure, a server error or an
 * expired session (401, 403) keep everything for the next attempt (the `online` event, a retry, the
 * next page load). Only an edit the server refuses for good (404, 409, 422) is dropped. The server
 * merges per criterion, the latest `at` winning, so sending twice is harmless. No DOM here: the
 * storage and the sending are given, so this module is tested without a browser.
 */
export type PitchEntry = { score: number | null; comment: string; at: string };
export type Pending = Record<string, PitchEntry>;

export type KeyValueStore = {
	getItem(key: string): string | null;
	setItem(key: string, value: string): void;
	removeItem(key: string): void;
};

/** The answer of the server, as much as this module needs of it. */
export type SendAnswer = { ok: boolean; status: number; json(): Promise<unknown> };

export type FlushResult =
	| { state: 'saved'; scores: Pending | null }
	| { state: 'offline' }
	| { state: 'rejected'; message: string | null };

export const storageKey = (applicationId: string) => `transfo:pitch:${applicationId}`;

const isEntry = (v: unknown): v is PitchEntry =>
	typeof v === 'object' &&
	v !== null &&
	(typeof (v as PitchEntry).score === 'number' || (v as PitchEntry).score === null) &&
	typeof (v as PitchEntry).comment === 'string' &&
	typeof (v as PitchEntry).at === 'string';

/** The edits waiting to be sent (anything unreadable in storage is ignored). */
export function loadPending(store: KeyValueStore, key: string): Pending {
	let raw: unknown;
	try {
		raw = JSON.parse(store.getItem(key) ?? '{}');
	} catch {
		return {};
	}
	const out: Pending = {};
	if (typeof raw !== 'object' || raw === null) return out;
	for (const [k, v] of Object.entries(raw as Record<string, unknown>)) if (isEntry(v)) out[k] = v;
	return out;
}

function savePending(store: KeyValueStore, key: string, pending: Pending): void {
	if (Object.keys(pending).length === 0) store.removeItem(key);
	else store.setItem(key, JSON.stringify(pending));
}

const later = (a: string, b: string) => Date.parse(a) > Date.parse(b);

/** Keeps an edit at once (the latest `at` per criterion wins); returns what is pending. */
export function recordEdit(
	store: KeyValueStore,
	key: string,
	criterion: string,
	entry: PitchEntry
): Pending {
	const pending = loadPending(store, key);
	const current = pending[criterion];
	if (!current || !later(current.at, entry.at)) pending[criterion] = entry;
	savePending(store, key, pending);
	return pending;
}

/** Removes the sent edits that were not changed again since (same or older `at`). */
function acknowledge(store: KeyValueStore, key: string, sent: Pending): Pending {
	const pending = loadPending(store, key);
	for (const [criterion, entry] of Object.entries(sent)) {
		const now = pending[criterion];
		if (now && !later(now.at, entry.at)) delete pending[criterion];
	}
	savePending(store, key, pending);
	return pending;
}

/** Sends what is pending once. */
export async function flush(
	store: KeyValueStore,
	key: string,
	send: (pending: Pending) => Promise<SendAnswer>
): Promise<FlushResult> {
	const sent = loadPending(store, key);
	if (Object.keys(sent).length === 0) return { state: 'saved', scores: null };
	let answer: SendAnswer;
	try {
		answer = await send(sent);
	} catch {
		return { state: 'offline' };
	}
	const body = (await answer.json().catch(() => null)) as {
		scores?: Pending;
		message?: string;
		error?: { message?: string };
	} | null;
	if (answer.ok) {
		acknowledge(store, key, sent);
		return { state: 'saved', scores: body?.scores ?? null };
	}
	if (answer.status === 404 || answer.status === 409 || answer.status === 422) {
		acknowledge(store, key, sent);
		return { state: 'rejected', message: body?.error?.message ?? body?.message ?? null };
	}
	return { state: 'offline' };
}
