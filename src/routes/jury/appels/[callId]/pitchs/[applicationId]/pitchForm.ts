/** The no-JavaScript pitch form, read: only the criteria changed from what the page showed. Pure. */
import type { PitchScores } from '#lib/server/finalSelection/pitchMerge.ts';

/** The criteria the form changed, as edits made now. */
export function changedEntries(form: FormData, keys: string[], at: string): PitchScores {
	const out: PitchScores = {};
	for (const key of keys) {
		if (!form.has(`orig-score-${key}`)) continue;
		const raw = String(form.get(`score-${key}`) ?? '');
		const score = raw === '' ? null : Number(raw);
		const comment = String(form.get(`comment-${key}`) ?? '');
		const origRaw = String(form.get(`orig-score-${key}`) ?? '');
		const origComment = String(form.get(`orig-comment-${key}`) ?? '');
		if (raw !== origRaw || comment !== origComment) {
			out[key] = { score: Number.isNaN(score) ? null : score, comment, at };
		}
	}
	return out;
}
