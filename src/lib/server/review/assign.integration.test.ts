/**
 * The jury's assignment on each backend: the preview and the applied assignment meet the demands
 * and the loads and never pair a conflicted reviewer; a re-run after late changes keeps locks and
 * started reviews and e-mails only the jury members whose assignments changed; manual
 * adjustments (lock, remove, add) with their refusals in French; who may do what.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { backends, freshDatabase, type TestDatabase } from '../../../../tests/helpers/db.ts';
import { juryScenario, type JuryScenario } from '../../../../tests/helpers/conflictsSetup.ts';
import { actorFor, createTestProgramme, createUser } from '../../../../tests/helpers/factories.ts';
import { queryAuditLog } from '../audit/log.ts';
import { juryMembers, outbox, reviewAssignments, reviewConflicts, reviews } from '../db/schema.ts';
import { Conflict, Invalid, NotFound } from '../errors.ts';
import { translateMessage, translator } from '../../i18n/index.ts';
import type { UserActor } from '../accounts/actor.ts';
import { addConflict } from './conflictAdd.ts';
import { refreshAutomaticConflicts } from './conflictRefresh.ts';
import { addAssignment } from './assignAdd.ts';
import { applyAssignment } from './assignApply.ts';
import { currentAssignment } from './assignList.ts';
import { setAssignmentLock } from './assignLock.ts';
import { previewAssignment } from './assignPreview.ts';
import { removeAssignment } from './assignRemove.ts';
import { swapAssignment } from './assignSwap.ts';

async function rejection(p: Promise<unknown>): Promise<unknown> {
	try {
		await p;
	} catch (e) {
		return e;
	}
	throw new Error('expected a rejection');
}

const fr = translator('fr');
const MAX = 3;

describe.each(backends)('jury assignment (%s)', (backend) => {
	let t: TestDatabase;
	let s: JuryScenario;
	let otherTeam: UserActor;
	/** Every conflicted pair `member/application`. */
	let conflicted: Set<string>;

	const rows = async () =>
		t.db.select().from(reviewAssignments).where(eq(reviewAssignments.callId, s.callId));
	const mailsTo = async (email: string) =>
		t.db.select().from(outbox).where(eq(outbox.toAddress, email));
	const allMails = async () => (await t.db.select().from(outbox)).length;
	const jurorEmail = (memberId: string) =>
		Object.values(s.jurors).find((j) => j.memberId === memberId)!.user.email;
	const underReview = () => [s.apps.held, s.apps.alpha, s.apps.beta, s.apps.referred, s.apps.gmail];

	/** Each application has its 3 reviewers, each member at most MAX, no conflicted pair. */
	async function expectFeasible() {
		const all = await rows();
		for (const app of underReview()) {
			expect(all.filter((r) => r.applicationId === app)).toHaveLength(3);
		}
		for (const j of Object.values(s.jurors)) {
			expect(all.filter((r) => r.juryMemberId === j.memberId).length).toBeLessThanOrEqual(MAX);
		}
		for (const r of all) expect(conflicted.has(`${r.juryMemberId}/${r.applicationId}`)).toBe(false);
		return all;
	}

	beforeAll(async () => {
		t = await freshDatabase(backend);
		s = await juryScenario(t.db);
		await t.db.update(juryMembers).set({ maxReviews: MAX });
		// Automatic conflicts (holder, e-mail domain, organisation, partner) and a declared one.
		await refreshAutomaticConflicts(t.services, s.team, s.callId);
		await addConflict(t.services, s.actors.clean, s.callId, {
			applicationId: s.apps.gmail,
			reason: 'Je connais bien cette équipe.'
		});
		const { apps, jurors } = s;
		conflicted = new Set([
			`${jurors.holder.memberId}/${apps.held}`,
			`${jurors.domain.memberId}/${apps.alpha}`,
			`${jurors.org.memberId}/${apps.beta}`,
			`${jurors.partner.memberId}/${apps.referred}`,
			`${jurors.clean.memberId}/${apps.gmail}`
		]);
		const p = await createTestProgramme(t.db);
		const u = await createUser(t.db, { roles: [{ role: 'team', programmeId: p.id }] });
		otherTeam = await actorFor(t.db, u.id);
	});
	afterAll(async () => t?.drop());

	it('anyone but the programme team gets NotFound, and nothing changes', async () => {
		const outsiders = [
			s.actors.clean,
			s.actors.holder,
			s.actors.applicant,
			s.actors.partnerOnly,
			otherTeam
		];
		for (const actor of outsiders) {
			expect(await rejection(previewAssignment(t.db, actor, s.callId))).toBeInstanceOf(NotFound);
			expect(await rejection(currentAssignment(t.db, actor, s.callId))).toBeInstanceOf(NotFound);
			expect(await rejection(applyAssignment(t.services, actor, s.callId))).toBeInstanceOf(
				NotFound
			);
			expect(
				await rejection(
					addAssignment(t.services, actor, s.callId, {
						juryMemberId: s.jurors.webmail.memberId,
						applicationId: s.apps.gmail
					})
				)
			).toBeInstanceOf(NotFound);
		}
		expect(await rows()).toEqual([]);
	});

	it('previews an assignment meeting every demand, within the loads, explained', async () => {
		const preview = await previewAssignment(t.db, s.team, s.callId);
		expect(preview.filled).toBe(15);
		expect(preview.demand).toBe(15);
		expect(preview.unfilled).toEqual([]);
		expect(preview.applications.map((a) => a.id).sort()).toEqual(underReview().sort());
		for (const a of preview.applications) {
			expect(a.reviewers).toHaveLength(3);
			for (const r of a.reviewers) {
				expect(conflicted.has(`${r.juryMemberId}/${a.id}`)).toBe(false);
				expect(r.added).toBe(true);
			}
		}
		for (const r of preview.reviewers) expect(r.load).toBeLessThanOrEqual(MAX);
		expect(preview.worstServed.length).toBeGreaterThan(0);
		expect(preview.changes.add).toHaveLength(15);
		// The application holding themes shows them in the reasons of a matching expert, if any;
		// every pair carries its affinity.
		expect(preview.applications.every((a) => a.reviewers.every((r) => r.affinity > 0))).toBe(true);
		// A preview writes nothing.
		expect(await rows()).toEqual([]);
	});

	it('applies it in one go, audited, and e-mails each assigned reviewer', async () => {
		const preview = await previewAssignment(t.db, s.team, s.callId);
		const applied = await applyAssignment(t.services, s.team, s.callId, {
			expectedFingerprint: preview.fingerprint
		});
		expect(applied).toMatchObject({ added: 15, removed: 0, filled: 15, demand: 15 });
		const all = await expectFeasible();
		expect(all.every((r) => r.source === 'solver' && r.affinity !== null && !r.locked)).toBe(true);
		expect(all.map((r) => `${r.juryMemberId}/${r.applicationId}`).sort()).toEqual(
			preview.changes.add.map((x) => `${x.juryMemberId}/${x.applicationId}`).sort()
		);
		const assigned = new Set(all.map((r) => r.juryMemberId));
		expect(applied.notified).toBe(assigned.size);
		for (const memberId of assigned) {
			const mails = await mailsTo(jurorEmail(memberId));
			const mail = mails.find((m) => m.template === 'assignment_changed')!;
			expect(mail.subject).toMatch(/^Vos évaluations : Appel/);
			expect(mail.textBody).toMatch(/vous avez désormais \d candidature\(s\) à évaluer/);
			expect(mail.textBody).toContain(`/jury/appels/${s.callId}/evaluations`);
		}
		const log = await queryAuditLog(t.db, { entityType: 'call', entityId: s.callId });
		expect(log.some((e) => e.action === 'review_assignments.apply')).toBe(true);

		// Nothing changed since: applying again writes nothing and e-mails nobody.
		const mailsBefore = await allMails();
		const again = await applyAssignment(t.services, s.team, s.callId);
		expect(again).toMatchObject({ added: 0, removed: 0, notified: 0 });
		expect(await allMails()).toBe(mailsBefore);
	});

	it('a stale preview is refused and changes nothing', async () => {
		const before = await rows();
		const err = await rejection(
			applyAssignment(t.services, s.team, s.callId, { expectedFingerprint: 'a'.repeat(32) })
		);
		expect(err).toBeInstanceOf(Conflict);
		expect(await rows()).toEqual(before);
		const bad = await rejection(
			applyAssignment(t.services, s.team, s.callId, { expectedFingerprint: 'pas une empreinte' })
		);
		expect(bad).toBeInstanceOf(Invalid);
		expect(translateMessage(fr, (bad as Invalid).fields.expectedFingerprint[0])).toBe(
			'L’empreinte de l’aperçu est invalide.'
		);
	});

	it('a re-run after late changes keeps locks and started reviews, e-mails only the changed', async () => {
		const before = await rows();
		const [started, locked, ...free] = before;
		await t.db.insert(reviews).values({ assignmentId: started.id });
		const lockedView = await setAssignmentLock(t.services, s.team, s.callId, locked.id, {
			locked: true
		});
		expect(lockedView.locked).toBe(true);
		// Late change: a free pair (neither started nor locked) becomes conflicted: it must move.
		const moved = free.find(
			(r) => r.juryMemberId !== started.juryMemberId && r.juryMemberId !== locked.juryMemberId
		)!;
		await addConflict(t.services, s.team, s.callId, {
			juryMemberId: moved.juryMemberId,
			applicationId: moved.applicationId,
			reason: 'Conflit signalé tardivement.'
		});
		conflicted.add(`${moved.juryMemberId}/${moved.applicationId}`);

		const mailCounts = new Map<string, number>();
		for (const j of Object.values(s.jurors)) {
			mailCounts.set(j.memberId, (await mailsTo(j.user.email)).length);
		}
		const preview = await previewAssignment(t.db, s.team, s.callId);
		expect(preview.changes.remove).toContain(moved.id);
		const applied = await applyAssignment(t.services, s.team, s.callId);
		expect(applied.removed).toBeGreaterThanOrEqual(1);
		const after = await expectFeasible();
		const ids = new Set(after.map((r) => r.id));
		expect(ids.has(started.id)).toBe(true);
		expect(ids.has(locked.id)).toBe(true);
		expect(ids.has(moved.id)).toBe(false);
		expect(after.find((r) => r.id === locked.id)!.locked).toBe(true);
		expect((await t.db.select().from(reviews)).map((r) => r.assignmentId)).toEqual([started.id]);

		// E-mails: exactly the members whose set of applications changed.
		const pairsOf = (list: typeof before, memberId: string) =>
			list
				.filter((r) => r.juryMemberId === memberId)
				.map((r) => r.applicationId)
				.sort()
				.join(',');
		let changedCount = 0;
		for (const j of Object.values(s.jurors)) {
			const changed = pairsOf(before, j.memberId) !== pairsOf(after, j.memberId);
			if (changed) changedCount++;
			const now = (await mailsTo(j.user.email)).length;
			expect(now - mailCounts.get(j.memberId)!).toBe(changed ? 1 : 0);
		}
		expect(changedCount).toBeGreaterThanOrEqual(1);
		expect(applied.notified).toBe(changedCount);
	});

	it('locks and unlocks by hand, audited; another call’s assignment is NotFound', async () => {
		const [first] = await rows();
		const view = await setAssignmentLock(t.services, s.team, s.callId, first.id, { locked: true });
		expect(view.locked).toBe(true);
		await setAssignmentLock(t.services, s.team, s.callId, first.id, { locked: false });
		const [row] = await t.db
			.select()
			.from(reviewAssignments)
			.where(eq(reviewAssignments.id, first.id));
		expect(row.locked).toBe(false);
		const log = await queryAuditLog(t.db, { entityType: 'review_assignment', entityId: first.id });
		expect(log.map((e) => e.action)).toEqual(
			expect.arrayContaining(['review_assignment.lock', 'review_assignment.unlock'])
		);
		expect(
			await rejection(
				setAssignmentLock(t.services, s.team, s.otherCallId, first.id, { locked: true })
			)
		).toBeInstanceOf(NotFound);
		expect(
			await rejection(
				setAssignmentLock(t.services, s.actors.clean, s.callId, first.id, { locked: true })
			)
		).toBeInstanceOf(NotFound);
	});

	it('removes an unstarted assignment (the reviewer is told), refuses a started one', async () => {
		const all = await rows();
		const startedIds = new Set((await t.db.select().from(reviews)).map((r) => r.assignmentId));
		const started = all.find((r) => startedIds.has(r.id))!;
		const err = await rejection(removeAssignment(t.services, s.team, s.callId, started.id));
		expect(err).toBeInstanceOf(Conflict);
		expect(translateMessage(fr, (err as Conflict).message)).toContain('a commencé');

		const free = all.find((r) => !startedIds.has(r.id))!;
		const mailsBefore = (await mailsTo(jurorEmail(free.juryMemberId))).length;
		await removeAssignment(t.services, s.team, s.callId, free.id);
		expect((await rows()).some((r) => r.id === free.id)).toBe(false);
		expect((await mailsTo(jurorEmail(free.juryMemberId))).length).toBe(mailsBefore + 1);
		const log = await queryAuditLog(t.db, { entityType: 'review_assignment', entityId: free.id });
		expect(log.map((e) => e.action)).toContain('review_assignment.delete');
	});

	it('adds by hand; refuses a conflict, an existing pair, a full reviewer, bad input', async () => {
		const message = (e: unknown, field: string) =>
			translateMessage(fr, (e as Invalid).fields[field][0]);
		const before = await rows();

		const conflict = await rejection(
			addAssignment(t.services, s.team, s.callId, {
				juryMemberId: s.jurors.holder.memberId,
				applicationId: s.apps.held
			})
		);
		expect(conflict).toBeInstanceOf(Invalid);
		expect(message(conflict, 'applicationId')).toBe(
			'Ce membre du jury est en conflit d’intérêts avec cette candidature : il ne peut pas l’évaluer.'
		);

		const existing = before[0];
		const dup = await rejection(
			addAssignment(t.services, s.team, s.callId, {
				juryMemberId: existing.juryMemberId,
				applicationId: existing.applicationId
			})
		);
		expect(message(dup, 'applicationId')).toBe('Ce membre du jury évalue déjà cette candidature.');

		// A member at their maximum: lower it to their load.
		const member = s.jurors.webmail.memberId;
		const load = before.filter((r) => r.juryMemberId === member).length;
		// An application they neither review nor are in conflict with (an earlier test may have
		// set one late).
		const theirConflicts = (
			await t.db
				.select({ applicationId: reviewConflicts.applicationId })
				.from(reviewConflicts)
				.where(eq(reviewConflicts.juryMemberId, member))
		).map((c) => c.applicationId);
		const notTheirs = underReview().find(
			(a) =>
				!theirConflicts.includes(a) &&
				!before.some((r) => r.juryMemberId === member && r.applicationId === a)
		)!;
		await t.db.update(juryMembers).set({ maxReviews: load }).where(eq(juryMembers.id, member));
		const full = await rejection(
			addAssignment(t.services, s.team, s.callId, {
				juryMemberId: member,
				applicationId: notTheirs
			})
		);
		expect(message(full, 'juryMemberId')).toBe(
			'Ce membre du jury a déjà atteint son nombre maximal d’évaluations.'
		);

		const bad = await rejection(
			addAssignment(t.services, s.team, s.callId, { juryMemberId: 'x', applicationId: '' })
		);
		expect(message(bad, 'juryMemberId')).toBe('Choisissez un membre du jury de cet appel.');
		expect(message(bad, 'applicationId')).toBe(
			'Choisissez une candidature de cet appel, recevable ou en évaluation.'
		);
		const draft = await rejection(
			addAssignment(t.services, s.team, s.callId, {
				juryMemberId: s.jurors.clean.memberId,
				applicationId: s.apps.draft
			})
		);
		expect(message(draft, 'applicationId')).toBe(
			'Choisissez une candidature de cet appel, recevable ou en évaluation.'
		);
		expect(await rows()).toEqual(before);

		// Accepted: a free slot of a member under their maximum, locked at once.
		await t.db
			.update(juryMembers)
			.set({ maxReviews: load + 1 })
			.where(eq(juryMembers.id, member));
		const added = await addAssignment(t.services, s.team, s.callId, {
			juryMemberId: member,
			applicationId: notTheirs,
			locked: true
		});
		expect(added).toMatchObject({ source: 'manual', locked: true, started: false });
		expect(added.affinity).toBeGreaterThan(0);
		const current = await currentAssignment(t.db, s.team, s.callId);
		const app = current.applications.find((a) => a.id === notTheirs)!;
		expect(app.reviewers.some((r) => r.id === added.id && r.locked)).toBe(true);
		expect(current.reviewers.find((r) => r.id === member)!.load).toBe(load + 1);
	});

	it('hands an unstarted review to another member in one step, or changes nothing', async () => {
		await t.db.update(juryMembers).set({ maxReviews: 99 }).where(eq(juryMembers.callId, s.callId));
		const before = await rows();
		const startedIds = new Set((await t.db.select().from(reviews)).map((r) => r.assignmentId));
		const conflictPairs = new Set(
			(await t.db.select().from(reviewConflicts)).map((c) => `${c.juryMemberId}/${c.applicationId}`)
		);
		const members = Object.values(s.jurors).map((j) => j.memberId);
		// An unstarted assignment with both a free taker and a conflicted one among the members.
		const onApp = (app: string) => before.filter((r) => r.applicationId === app);
		const candidate = before.find(
			(r) =>
				!startedIds.has(r.id) &&
				members.some(
					(m) =>
						!onApp(r.applicationId).some((x) => x.juryMemberId === m) &&
						!conflictPairs.has(`${m}/${r.applicationId}`)
				) &&
				members.some((m) => conflictPairs.has(`${m}/${r.applicationId}`))
		)!;
		expect(candidate).toBeDefined();
		const free = members.find(
			(m) =>
				!onApp(candidate.applicationId).some((x) => x.juryMemberId === m) &&
				!conflictPairs.has(`${m}/${candidate.applicationId}`)
		)!;
		const conflictedMember = members.find((m) =>
			conflictPairs.has(`${m}/${candidate.applicationId}`)
		)!;

		// In conflict, the same member, unknown: refused, nothing changed (not even the removal).
		const refused = await rejection(
			swapAssignment(t.services, s.team, s.callId, candidate.id, { juryMemberId: conflictedMember })
		);
		expect(refused).toBeInstanceOf(Invalid);
		const same = await rejection(
			swapAssignment(t.services, s.team, s.callId, candidate.id, {
				juryMemberId: candidate.juryMemberId
			})
		);
		expect(translateMessage(fr, (same as Invalid).fields.juryMemberId[0])).toContain(
			'un autre membre'
		);
		expect(
			await rejection(
				swapAssignment(t.services, s.team, s.callId, candidate.id, { juryMemberId: 'x' })
			)
		).toBeInstanceOf(Invalid);
		expect(await rows()).toEqual(before);

		// A started review does not change hands.
		const started = before.find((r) => startedIds.has(r.id) && r.juryMemberId !== free);
		if (started) {
			expect(
				await rejection(
					swapAssignment(t.services, s.team, s.callId, started.id, { juryMemberId: free })
				)
			).toBeInstanceOf(Conflict);
		}
		// Nobody outside the team.
		expect(
			await rejection(
				swapAssignment(t.services, s.actors.clean, s.callId, candidate.id, { juryMemberId: free })
			)
		).toBeInstanceOf(NotFound);

		const oldMails = (await mailsTo(jurorEmail(candidate.juryMemberId))).length;
		const newMails = (await mailsTo(jurorEmail(free))).length;
		const swapped = await swapAssignment(t.services, s.team, s.callId, candidate.id, {
			juryMemberId: free
		});
		expect(swapped).toMatchObject({
			juryMemberId: free,
			applicationId: candidate.applicationId,
			locked: candidate.locked,
			source: 'manual'
		});
		const after = await rows();
		expect(after.some((r) => r.id === candidate.id)).toBe(false);
		expect(after.filter((r) => r.applicationId === candidate.applicationId)).toHaveLength(
			onApp(candidate.applicationId).length
		);
		expect((await mailsTo(jurorEmail(candidate.juryMemberId))).length).toBe(oldMails + 1);
		expect((await mailsTo(jurorEmail(free))).length).toBe(newMails + 1);
	});
});

describe.each(backends)('jury assignment before any conflict refresh (%s)', (backend) => {
	let t: TestDatabase;
	let s: JuryScenario;
	beforeAll(async () => {
		t = await freshDatabase(backend);
		s = await juryScenario(t.db);
		await t.db.update(juryMembers).set({ maxReviews: MAX });
	});
	afterAll(async () => t?.drop());

	it('never pairs what the automatic rules forbid, even when nobody refreshed them', async () => {
		const { apps, jurors } = s;
		const forbidden = new Set([
			`${jurors.holder.memberId}/${apps.held}`,
			`${jurors.domain.memberId}/${apps.alpha}`,
			`${jurors.org.memberId}/${apps.beta}`,
			`${jurors.partner.memberId}/${apps.referred}`
		]);
		await applyAssignment(t.services, s.team, s.callId, {});
		const all = await t.db
			.select()
			.from(reviewAssignments)
			.where(eq(reviewAssignments.callId, s.callId));
		expect(all.length).toBeGreaterThan(0);
		for (const r of all) {
			expect(forbidden.has(`${r.juryMemberId}/${r.applicationId}`)).toBe(false);
		}
	});
});
