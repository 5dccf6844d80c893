/**
 * The jury of a call, on each backend: the team sets the grid and the review settings, invites
 * members by e-mail, edits and removes them; the invited person accepts through the link (any
 * account) and gets the programme's jury role; nobody else learns anything.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { backends, freshDatabase, type TestDatabase } from '../../../../tests/helpers/db.ts';
import {
	actorFor,
	createTestCall,
	createTestCycle,
	createTestProgramme,
	createUser
} from '../../../../tests/helpers/factories.ts';
import { anonymous, type UserActor } from '../accounts/actor.ts';
import { hashSecret } from '../accounts/tokens.ts';
import { auditLog, calls, juryMembers, outbox, roleAssignments } from '../db/schema.ts';
import { Conflict, Invalid, NotFound, Unauthenticated } from '../errors.ts';
import { defaultGrid } from './grid.ts';
import { getJurySetup } from './gridRead.ts';
import { saveGrid } from './gridSave.ts';
import { saveReviewSettings } from './gridSettingsSave.ts';
import { reviewsStarted } from './gridStarted.ts';
import { acceptJuryInvitation, previewJuryInvitation } from './juryAccept.ts';
import { inviteJuryMembers, resendJuryInvitation } from './juryInvite.ts';
import { listJuryMembers, removeJuryMember, updateJuryMember } from './juryMembers.ts';
import { listMyJuryCalls } from './juryMine.ts';
import { juryMembershipOf } from './policy.ts';

async function rejection(p: Promise<unknown>): Promise<unknown> {
	try {
		await p;
	} catch (e) {
		return e;
	}
	throw new Error('expected a rejection');
}

describe.each(backends)('the jury of a call (%s)', (backend) => {
	let t: TestDatabase;
	let programmeId: string;
	let callId: string;
	let otherCallId: string;
	let team: UserActor;
	let otherTeam: UserActor;
	let outsider: UserActor;
	let partner: UserActor;

	/** The token in the newest e-mail sent to `to`. */
	async function tokenFor(to: string): Promise<string> {
		const mails = await t.db
			.select()
			.from(outbox)
			.where(eq(outbox.toAddress, to))
			.orderBy(outbox.createdAt);
		return /jury\/invitation\/([A-Za-z0-9_-]+)/.exec(mails.at(-1)!.textBody)![1];
	}

	beforeAll(async () => {
		t = await freshDatabase(backend);
		const programme = await createTestProgramme(t.db, { name: 'Transformateur numérique' });
		programmeId = programme.id;
		const cycle = await createTestCycle(t.db, programme.id);
		callId = (await createTestCall(t.db, programme.id, cycle.id, { title: 'Appel 2026' })).call.id;
		const other = await createTestProgramme(t.db, { name: 'Autre programme' });
		const otherCycle = await createTestCycle(t.db, other.id);
		otherCallId = (await createTestCall(t.db, other.id, otherCycle.id)).call.id;
		team = await actorFor(
			t.db,
			(await createUser(t.db, { name: 'Claire', roles: [{ role: 'team', programmeId }] })).id
		);
		otherTeam = await actorFor(
			t.db,
			(await createUser(t.db, { roles: [{ role: 'team', programmeId: other.id }] })).id
		);
		outsider = await actorFor(t.db, (await createUser(t.db, { name: 'Olivier' })).id);
		partner = await actorFor(
			t.db,
			(
				await createUser(t.db, {
					roles: [{ role: 'regional_partner', programmeId, regionCode: '53' }]
				})
			).id
		);
	});
	afterAll(async () => {
		await t?.drop();
	});

	it('saves the default grid and settings; a bad grid changes nothing and says why', async () => {
		expect((await getJurySetup(t.db, team, callId)).grid).toEqual([]);
		const saved = await saveGrid(t.services, team, callId, { criteria: defaultGrid() });
		expect(saved.grid.map((c) => c.key)).toEqual(defaultGrid().map((c) => c.key));
		expect(saved.editable).toBe(true);

		const bad = await rejection(
			saveGrid(t.services, team, callId, {
				criteria: [
					{ label: { fr: '' }, weight: 0 },
					{ label: { fr: 'Impact' }, weight: 1, scale: { min: 4, max: 1 } }
				]
			})
		);
		expect(bad).toBeInstanceOf(Invalid);
		expect((bad as Invalid).fields).toEqual({
			'criteria.0.label.fr': ['jury.grid.error.labelFr'],
			'criteria.0.weight': ['jury.grid.error.weight'],
			'criteria.1.scale.max': ['jury.grid.error.scaleOrder']
		});
		expect((await getJurySetup(t.db, team, callId)).grid).toHaveLength(6);

		const settings = await saveReviewSettings(t.services, team, callId, {
			reviewsPerApplication: 4,
			blindReview: true,
			reviewDeadline: '2026-12-15T18:00',
			shortlistTarget: 10
		});
		expect(settings.settings).toEqual({
			reviewsPerApplication: 4,
			blindReview: true,
			reviewsHiddenUntilSubmitted: true,
			// Paris wall time, winter: UTC+1.
			reviewDeadline: '2026-12-15T17:00:00.000Z',
			shortlistTarget: 10
		});
		const refused = await rejection(
			saveReviewSettings(t.services, team, callId, {
				reviewsPerApplication: 0,
				reviewDeadline: 'demain'
			})
		);
		expect((refused as Invalid).fields).toEqual({
			reviewsPerApplication: ['jury.settings.error.reviewsPerApplication'],
			reviewDeadline: ['jury.settings.error.deadline']
		});
		const [row] = await t.db.select().from(calls).where(eq(calls.id, callId));
		expect(row.reviewsPerApplication).toBe(4);

		const audits = await t.db.select().from(auditLog).where(eq(auditLog.entityId, callId));
		expect(audits.map((a) => a.action).sort()).toEqual([
			'call.grid.save',
			'call.reviewSettings.save'
		]);
		// Nothing is reviewed yet: the grid stays editable (the reviews part wires the check).
		expect(await reviewsStarted(t.db, callId)).toBe(false);
	});

	it('hides the jury setup from anyone but the programme team', async () => {
		for (const actor of [outsider, partner, otherTeam, anonymous]) {
			expect(await rejection(getJurySetup(t.db, actor, callId))).toBeInstanceOf(NotFound);
			expect(
				await rejection(saveGrid(t.services, actor, callId, { criteria: defaultGrid() }))
			).toBeInstanceOf(NotFound);
			expect(await rejection(listJuryMembers(t.db, actor, callId))).toBeInstanceOf(NotFound);
			expect(
				await rejection(inviteJuryMembers(t.services, actor, callId, { emails: 'x@exemple.fr' }))
			).toBeInstanceOf(NotFound);
		}
		// The other programme's team manages its own call, not this one.
		expect((await getJurySetup(t.db, otherTeam, otherCallId)).grid).toEqual([]);
	});

	it('invites by e-mail with a working personal link; only its hash is kept', async () => {
		const invited = await inviteJuryMembers(t.services, team, callId, {
			emails: 'Bea.Juree@exemple.fr,\nhugo.jure@exemple.fr',
			expertise: ['theme:sante_travail', 'skill:ergonomie'],
			minReviews: 2,
			maxReviews: 8
		});
		expect(invited.map((m) => [m.email, m.state, m.minReviews, m.maxReviews])).toEqual([
			['bea.juree@exemple.fr', 'invited', 2, 8],
			['hugo.jure@exemple.fr', 'invited', 2, 8]
		]);
		expect(invited[0].expertise).toEqual(['theme:sante_travail', 'skill:ergonomie']);

		const token = await tokenFor('bea.juree@exemple.fr');
		const [mail] = await t.db
			.select()
			.from(outbox)
			.where(eq(outbox.toAddress, 'bea.juree@exemple.fr'));
		expect(mail.subject).toBe('Invitation au jury : Appel 2026');
		expect(mail.textBody).toContain(`http://localhost:3000/jury/invitation/${token}`);
		const [row] = await t.db.select().from(juryMembers).where(eq(juryMembers.id, invited[0].id));
		expect(row.tokenHash).toBe(hashSecret(token));
		expect(JSON.stringify(row)).not.toContain(token);

		// Already on the jury: refused, nothing sent.
		const before = (await t.db.select().from(outbox)).length;
		const dup = await rejection(
			inviteJuryMembers(t.services, team, callId, { emails: ['HUGO.jure@exemple.fr', 'n@x.fr'] })
		);
		expect((dup as Invalid).fields).toEqual({ emails: ['jury.member.error.alreadyMember'] });
		expect((await t.db.select().from(outbox)).length).toBe(before);

		// An unknown theme, a malformed address, loads the wrong way round.
		const bad = await rejection(
			inviteJuryMembers(t.services, team, callId, {
				emails: 'pas-une-adresse',
				minReviews: 9,
				maxReviews: 3
			})
		);
		expect((bad as Invalid).fields).toEqual({ emails: ['jury.member.error.emailInvalid'] });
		const order = await rejection(
			inviteJuryMembers(t.services, team, callId, {
				emails: 'z@exemple.fr',
				minReviews: 9,
				maxReviews: 3
			})
		);
		expect((order as Invalid).fields).toEqual({ minReviews: ['jury.member.error.loadOrder'] });
		const unknown = await rejection(
			inviteJuryMembers(t.services, team, callId, {
				emails: 'z@exemple.fr',
				expertise: ['theme:astronautique']
			})
		);
		expect((unknown as Invalid).fields).toEqual({ expertise: ['jury.member.error.unknownTerm'] });
	});

	it('accepts with any account: membership linked, jury role granted, link spent', async () => {
		const token = await tokenFor('bea.juree@exemple.fr');
		const bea = await actorFor(
			t.db,
			(await createUser(t.db, { email: 'beatrice@ailleurs.fr', name: 'Béatrice Juré' })).id
		);
		expect(await rejection(previewJuryInvitation(t.db, anonymous, token))).toBeInstanceOf(
			Unauthenticated
		);
		const preview = await previewJuryInvitation(t.db, bea, token);
		expect(preview).toMatchObject({
			state: 'valid',
			callId,
			call: 'Appel 2026',
			invitedEmail: 'bea.juree@exemple.fr'
		});
		// Looking does not spend the link.
		expect((await previewJuryInvitation(t.db, bea, token)).state).toBe('valid');

		expect(await acceptJuryInvitation(t.services, bea, token)).toEqual({ callId });
		const roles = await t.db
			.select()
			.from(roleAssignments)
			.where(and(eq(roleAssignments.userId, bea.userId), eq(roleAssignments.role, 'jury')));
		expect(roles.map((r) => [r.programmeId, r.partnerId])).toEqual([[programmeId, null]]);
		expect(await juryMembershipOf(t.db, bea, callId)).not.toBeNull();

		const members = await listJuryMembers(t.db, team, callId);
		expect(members.find((m) => m.email === 'bea.juree@exemple.fr')).toMatchObject({
			state: 'accepted',
			name: 'Béatrice Juré'
		});

		// Used: refused in clear words, for anyone.
		expect((await previewJuryInvitation(t.db, outsider, token)).state).toBe('invalid');
		const used = await rejection(acceptJuryInvitation(t.services, outsider, token));
		expect((used as Invalid).message).toBe('jury.invitation.invalid');
		const unknown = await rejection(acceptJuryInvitation(t.services, outsider, 'x'.repeat(43)));
		expect((unknown as Invalid).message).toBe('jury.invitation.invalid');
		expect(await juryMembershipOf(t.db, outsider, callId)).toBeNull();

		// The juror's home lists the call.
		const mine = await listMyJuryCalls(t.db, bea);
		expect(mine.map((c) => [c.callId, c.title, c.members])).toEqual([[callId, 'Appel 2026', 2]]);
		expect(mine[0].reviewDeadline).toBe('2026-12-15T17:00:00.000Z');
		expect(await listMyJuryCalls(t.db, outsider)).toEqual([]);

		// A juror manages nothing.
		expect(await rejection(listJuryMembers(t.db, bea, callId))).toBeInstanceOf(NotFound);
	});

	it('resends with a new link, edits and removes members', async () => {
		const hugo = (await listJuryMembers(t.db, team, callId)).find(
			(m) => m.email === 'hugo.jure@exemple.fr'
		)!;
		const first = await tokenFor(hugo.email);
		await resendJuryInvitation(t.services, team, callId, hugo.id);
		const second = await tokenFor(hugo.email);
		expect(second).not.toBe(first);
		expect((await previewJuryInvitation(t.db, outsider, first)).state).toBe('invalid');
		expect((await previewJuryInvitation(t.db, outsider, second)).state).toBe('valid');

		// A link sent more than 30 days ago has expired: said so, nothing joined; sending it
		// again gives a working one.
		await t.db
			.update(juryMembers)
			.set({ invitedAt: new Date(Date.now() - 31 * 86_400_000) })
			.where(eq(juryMembers.id, hugo.id));
		expect(await previewJuryInvitation(t.db, outsider, second)).toEqual({
			state: 'expired',
			call: 'Appel 2026'
		});
		const expired = await rejection(acceptJuryInvitation(t.services, outsider, second));
		expect((expired as Invalid).message).toBe('jury.invitation.expired');
		expect(await juryMembershipOf(t.db, outsider, callId)).toBeNull();
		await resendJuryInvitation(t.services, team, callId, hugo.id);
		expect((await previewJuryInvitation(t.db, outsider, await tokenFor(hugo.email))).state).toBe(
			'valid'
		);

		const edited = await updateJuryMember(t.services, team, callId, hugo.id, {
			expertise: ['typology:etude_action', 'skill:droit du travail'],
			minReviews: 0,
			maxReviews: 3
		});
		expect(edited).toMatchObject({
			expertise: ['typology:etude_action', 'skill:droit du travail'],
			maxReviews: 3
		});
		const badEdit = await rejection(
			updateJuryMember(t.services, team, callId, hugo.id, {
				expertise: [],
				minReviews: 0,
				maxReviews: 0
			})
		);
		expect((badEdit as Invalid).fields).toEqual({ maxReviews: ['jury.member.error.maxReviews'] });

		const removed = await removeJuryMember(t.services, team, callId, hugo.id);
		expect(removed.state).toBe('removed');
		// Their link no longer works; a removed member cannot be edited or sent a link.
		expect((await previewJuryInvitation(t.db, outsider, second)).state).toBe('invalid');
		expect(await rejection(resendJuryInvitation(t.services, team, callId, hugo.id))).toBeInstanceOf(
			Conflict
		);
		expect(
			await rejection(
				updateJuryMember(t.services, team, callId, hugo.id, {
					expertise: [],
					minReviews: 0,
					maxReviews: 3
				})
			)
		).toBeInstanceOf(Conflict);
		const list = await listJuryMembers(t.db, team, callId);
		expect(list.at(-1)).toMatchObject({ email: 'hugo.jure@exemple.fr', state: 'removed' });

		// A member of another call's team cannot touch them.
		expect(
			await rejection(removeJuryMember(t.services, otherTeam, callId, hugo.id))
		).toBeInstanceOf(NotFound);
		// Nor through the other programme's call.
		expect(
			await rejection(removeJuryMember(t.services, otherTeam, otherCallId, hugo.id))
		).toBeInstanceOf(NotFound);

		const actions = (
			await t.db
				.select({ action: auditLog.action })
				.from(auditLog)
				.where(eq(auditLog.entityId, hugo.id))
		).map((a) => a.action);
		expect(actions.sort()).toEqual([
			'jury.invite',
			'jury.remove',
			'jury.resend',
			'jury.resend',
			'jury.update'
		]);
	});
});
