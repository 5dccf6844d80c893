/**
 * A call ready to be ranked, on top of the reviews scenario (two-criterion grid: « Impact QVT »
 * weight 2, « Innovation » weight 1 with « non concerné »): four jurors, Ana harsh by about one
 * point, seven scored applications and a few unscored ones. Rows are inserted directly.
 *
 * Totals (both criteria given the same score, so the total is that score):
 *   C1: ana 1, ben 2, dan 2    C2: ana 2, ben 3, eve 3    C3: ana 2, dan 3, eve 3
 *   C4: ben 1, dan 1, eve 1 (status « submitted », ranked for its reviews)
 *   P:  ana 3 (innovation « non concerné »), dan 4          → raw 3.5, first once calibrated
 *   Q:  ben 4, dan 3, eve 4 (+ a draft by ana at 1)        → raw 3.67, first by raw mean
 *   S:  ben 4, dan 1, eve 4                                → split: to discuss
 * Unscored: the scenario's A (a draft by Ana, extreme) and B, U (under review); not ranked:
 * D (draft) and N (submitted, no review).
 */
import { eq } from 'drizzle-orm';
import type { DbOrTx } from '#lib/server/db/client.ts';
import { applications, calls, regionalOpinions, reviews } from '#lib/server/db/schema.ts';
import { actorFor, createTestProgramme, createUser } from './factories.ts';
import { insertApplication, insertJuryMember } from './conflictsSetup.ts';
import { insertAssignment, reviewScenario } from './reviewsSetup.ts';

type Criteria = { impact: number; innovation: number | null };

export async function insertReview(
	db: DbOrTx,
	assignmentId: string,
	c: Criteria,
	status: 'draft' | 'submitted' = 'submitted'
): Promise<void> {
	await db.insert(reviews).values({
		assignmentId,
		scores: {
			impact: { score: c.impact, comment: 'Commentaire sur l’impact.' },
			innovation: { score: c.innovation, comment: '' }
		},
		commentToApplicant: 'Merci.',
		privateComment: 'Note privée.',
		status,
		revision: 1,
		submittedAt: status === 'submitted' ? new Date() : null
	});
}

export type RankingScenario = Awaited<ReturnType<typeof rankingScenario>>;

export async function rankingScenario(db: DbOrTx) {
	const s = await reviewScenario(db);
	const [a] = await db
		.select({ formVersionId: applications.formVersionId, partnerId: applications.partnerId })
		.from(applications)
		.where(eq(applications.id, s.apps.a));
	const ref = { callId: s.callId, formVersionId: a.formVersionId };
	await db.update(calls).set({ shortlistTarget: 3 }).where(eq(calls.id, s.callId));

	const eveUser = await createUser(db, { name: 'Ève Jurée', roles: [{ role: 'jury' }] });
	const members = { ...s.members, eve: await insertJuryMember(db, s.callId, eveUser) };
	type Who = 'ana' | 'ben' | 'dan' | 'eve';

	const holder = s.users.holder;
	const app = (title: string, status = 'eligible') =>
		insertApplication(db, ref, { title, status, holders: [holder] });
	const apps = {
		c1: await app('Cercles de parole'),
		c2: await app('Horaires choisis'),
		c3: await app('Tutorat inversé'),
		c4: await app('Tableau de bord', 'submitted'),
		p: await app('Pilotage partagé'),
		q: await app('Qualité de l’air'),
		s: await app('Semaine de quatre jours', 'under_review'),
		u: await app('Usine apprenante', 'under_review'),
		d: await app('Brouillon', 'draft'),
		n: await app('Non instruite', 'submitted')
	};
	const give = async (who: Who, appId: string, c: Criteria, status?: 'draft' | 'submitted') =>
		insertReview(db, await insertAssignment(db, s.callId, members[who], appId), c, status);
	const same = (n: number): Criteria => ({ impact: n, innovation: n });

	await give('ana', apps.c1, same(1));
	await give('ben', apps.c1, same(2));
	await give('dan', apps.c1, same(2));
	await give('ana', apps.c2, same(2));
	await give('ben', apps.c2, same(3));
	await give('eve', apps.c2, same(3));
	await give('ana', apps.c3, same(2));
	await give('dan', apps.c3, same(3));
	await give('eve', apps.c3, same(3));
	await give('ben', apps.c4, same(1));
	await give('dan', apps.c4, same(1));
	await give('eve', apps.c4, same(1));
	await give('ana', apps.p, { impact: 3, innovation: null });
	await give('dan', apps.p, same(4));
	await give('ben', apps.q, same(4));
	await give('dan', apps.q, same(3));
	await give('eve', apps.q, same(4));
	await give('ana', apps.q, same(1), 'draft');
	await give('ben', apps.s, same(4));
	await give('dan', apps.s, same(1));
	await give('eve', apps.s, same(4));
	// A draft on the scenario's application A: it must not make A ranked by a score.
	await insertReview(db, s.assignments.anaA, same(4), 'draft');

	await db.insert(regionalOpinions).values({
		applicationId: apps.p,
		partnerId: a.partnerId!,
		recommendation: 'strong_support',
		text: 'Un projet que nous suivons depuis deux ans, très solide.'
	});

	const other = await createTestProgramme(db, { name: 'Autre programme' });
	const otherTeam = await createUser(db, { roles: [{ role: 'team', programmeId: other.id }] });

	return {
		...s,
		partnerId: a.partnerId!,
		apps: { ...s.apps, ...apps },
		members,
		otherTeam: await actorFor(db, otherTeam.id)
	};
}

/**
 * A CSV as written by the exports (decision 013), read back: the byte-order mark dropped, records
 * by CRLF, fields by `;`, quotes doubled.
 */
export function parseCsv(text: string): string[][] {
	const records: string[][] = [];
	let field = '';
	let record: string[] = [];
	let quoted = false;
	const body = text.startsWith('\uFEFF') ? text.slice(1) : text;
	for (let i = 0; i < body.length; i++) {
		const c = body[i];
		if (quoted) {
			if (c === '"' && body[i + 1] === '"') {
				field += '"';
				i++;
			} else if (c === '"') quoted = false;
			else field += c;
		} else if (c === '"') quoted = true;
		else if (c === ';') {
			record.push(field);
			field = '';
		} else if (c === '\r' && body[i + 1] === '\n') {
			record.push(field);
			records.push(record);
			record = [];
			field = '';
			i++;
		} else field += c;
	}
	return records;
}
