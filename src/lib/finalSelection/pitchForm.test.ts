import { describe, expect, it } from 'vitest';
import { changedEntries } from '../../routes/jury/appels/[callId]/pitchs/[applicationId]/pitchForm.ts';

const AT = '2026-12-03T09:00:00.000Z';
const form = (pairs: [string, string][]) => {
	const f = new FormData();
	for (const [k, v] of pairs) f.append(k, v);
	return f;
};

describe('the plain pitch form', () => {
	it('sends only the criteria changed from what the page showed', () => {
		const f = form([
			['orig-score-a', '3'],
			['orig-comment-a', 'Bien'],
			['score-a', '3'],
			['comment-a', 'Bien'],
			['orig-score-b', ''],
			['orig-comment-b', ''],
			['score-b', '2'],
			['comment-b', ''],
			['orig-score-c', '4'],
			['orig-comment-c', ''],
			['score-c', ''],
			['comment-c', '']
		]);
		expect(changedEntries(f, ['a', 'b', 'c', 'absent'], AT)).toEqual({
			b: { score: 2, comment: '', at: AT },
			c: { score: null, comment: '', at: AT }
		});
	});

	it('sends a changed comment alone', () => {
		const f = form([
			['orig-score-a', '3'],
			['orig-comment-a', ''],
			['score-a', '3'],
			['comment-a', 'Nouveau']
		]);
		expect(changedEntries(f, ['a'], AT)).toEqual({ a: { score: 3, comment: 'Nouveau', at: AT } });
	});
});
