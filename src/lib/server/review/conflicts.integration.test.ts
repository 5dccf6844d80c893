/**
 * Conflicts of interest on each backend: the automatic sources found on generated data (and
 * nothing else), the recomputation idempotent and respectful of declared and team conflicts,
 * declarations by jurors and the team's own conflicts, who may do what, bad input refused with
 * French field errors and nothing changed.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { backends, freshDatabase, type TestDatabase } from '../../../../tests/helpers/db.ts';
import { juryScenario, type JuryScenario } from '../../../../tests/helpers/conflictsSetup.ts';
import { queryAuditLog } from '../audit/log.ts';
import {
	applicationMembers,
	applications,
	juryMembers,
	organisations,
	outbox,
	reviewBids,
	reviewConflicts,
	users
} from '../db/schema.ts';
import { actorFor } from '../../../../tests/helpers/factories.ts';
import { inviteJuryMembers } from './juryInvite.ts';
import { acceptJuryInvitation } from './juryAccept.ts';
import { Conflict, Invalid, NotFound } from '../errors.ts';
import { translateMessage, translator } from '../../i18n/index.ts';
import { addConflict } from './conflictAdd.ts';
import { listConflicts } from './conflictList.ts';
import { conflictOverview } from './conflictOverview.ts';
import { conflictedApplicationIds, isConflicted } from './conflictQueries.ts';
import { refreshAutomaticConflicts } from './conflictRefresh.ts';
import { removeConflict } from './conflictRemove.ts';

async function rejection(p: Promise<unknown>): Promise<unknown> {
	try {
		await p;
	} catch (e) {
		return e;
	}
	throw new Error('expected a rejection');
}

const fr = translator('fr');

describe.each(backends)('conflicts of interest (%s)', (backend) => {
	let t: TestDatabase;
	let s: JuryScenario;

	const rows = async () =>
		t.db
			.select({
				juryMemberId: reviewConflicts.juryMemberId,
				applicationId: reviewConflicts.applicationId,
				source: reviewConflicts.source,
				reason: reviewConflicts.reason
			})
			.from(reviewConflicts);
	const triples = async () =>
		(await rows()).map((r) => `${r.juryMemberId}/${r.applicationId}/${r.source}`).sort();

	beforeAll(async () => {
		t = await freshDatabase(backend);
		s = await juryScenario(t.db);
	});
	afterAll(async () => t?.drop());

	it('finds each automatic source on the generated data, and nothing else', async () => {
		const result = await refreshAutomaticConflicts(t.services, s.team, s.callId);
		const { jurors, apps } = s;
		const expected = [
			`${jurors.holder.memberId}/${apps.held}/holder`,
			`${jurors.domain.memberId}/${apps.alpha}/email_domain`,
			`${jurors.org.memberId}/${apps.beta}/organisation`,
			`${jurors.partner.memberId}/${apps.referred}/partner`
		].sort();
		expect(await triples()).toEqual(expected);
		expect(result).toEqual({ added: 4, removed: 0, total: 4 });
		const domain = (await rows()).find((r) => r.source === 'email_domain');
		expect(domain?.reason).toBe('asso-alpha.fr');

		expect(await isConflicted(t.db, jurors.holder.memberId, apps.held)).toBe(true);
		expect(await isConflicted(t.db, jurors.clean.memberId, apps.held)).toBe(false);
		expect([...(await conflictedApplicationIds(t.db, jurors.org.memberId))]).toEqual([apps.beta]);
		expect((await conflictedApplicationIds(t.db, jurors.webmail.memberId)).size).toBe(0);

		const log = await queryAuditLog(t.db, { entityType: 'call', entityId: s.callId });
		expect(log.some((e) => e.action === 'review_conflicts.refresh')).toBe(true);
	});

	it('the team lists every conflict with its source in words', async () => {
		const list = await listConflicts(t.db, s.team, s.callId);
		expect(list).toHaveLength(4);
		const held = list.find((c) => c.applicationId === s.apps.held);
		expect(held).toMatchObject({ source: 'holder', memberName: 'Camille Porteuse' });
		expect(fr('conflicts.source.partner')).toBe('partenaire ayant orienté la candidature');
	});

	it('recomputing is idempotent and keeps declared and team conflicts', async () => {
		const declared = await addConflict(t.services, s.actors.clean, s.callId, {
			applicationId: s.apps.gmail,
			reason: 'J’ai conseillé cette SCOP en 2025.'
		});
		expect(declared).toMatchObject({ source: 'declared', juryMemberId: s.jurors.clean.memberId });
		const team = await addConflict(t.services, s.team, s.callId, {
			juryMemberId: s.jurors.webmail.memberId,
			applicationId: s.apps.alpha,
			reason: 'Ancienne salariée de l’association.'
		});
		expect(team).toMatchObject({ source: 'team', createdByName: expect.any(String) });
		const before = await triples();
		expect(await refreshAutomaticConflicts(t.services, s.team, s.callId)).toEqual({
			added: 0,
			removed: 0,
			total: 4
		});
		expect(await triples()).toEqual(before);
		expect(before).toHaveLength(6);
	});

	it('drops an automatic conflict that no longer holds, adds a new one, keeps manual ones', async () => {
		const [beta] = await t.db
			.select({ organisationId: applications.organisationId })
			.from(applications)
			.where(eq(applications.id, s.apps.beta));
		await t.db
			.update(organisations)
			.set({ website: 'https://autre-site.fr' })
			.where(eq(organisations.id, beta.organisationId!));
		// The withdrawn application comes back to eligible: it counts again.
		await t.db
			.update(applications)
			.set({ status: 'eligible' })
			.where(eq(applications.id, s.apps.withdrawn));
		const result = await refreshAutomaticConflicts(t.services, s.team, s.callId);
		expect(result).toEqual({ added: 1, removed: 1, total: 4 });
		expect(await isConflicted(t.db, s.jurors.org.memberId, s.apps.beta)).toBe(false);
		expect(await isConflicted(t.db, s.jurors.org.memberId, s.apps.withdrawn)).toBe(true);
		expect(await isConflicted(t.db, s.jurors.clean.memberId, s.apps.gmail)).toBe(true);
		expect(await isConflicted(t.db, s.jurors.webmail.memberId, s.apps.alpha)).toBe(true);
		// Back as it was, for the tests that follow.
		await t.db
			.update(organisations)
			.set({ website: 'structure-beta.org' })
			.where(eq(organisations.id, beta.organisationId!));
		await t.db
			.update(applications)
			.set({ status: 'withdrawn' })
			.where(eq(applications.id, s.apps.withdrawn));
		expect(await refreshAutomaticConflicts(t.services, s.team, s.callId)).toEqual({
			added: 1,
			removed: 1,
			total: 4
		});
	});

	it('a declared conflict drops the juror’s bid on that application', async () => {
		await t.db.insert(reviewBids).values({
			juryMemberId: s.jurors.clean.memberId,
			applicationId: s.apps.beta,
			level: 'eager'
		});
		await addConflict(t.services, s.actors.clean, s.callId, {
			applicationId: s.apps.beta,
			reason: 'Mon conjoint y travaille.'
		});
		const bids = await t.db
			.select()
			.from(reviewBids)
			.where(
				and(
					eq(reviewBids.juryMemberId, s.jurors.clean.memberId),
					eq(reviewBids.applicationId, s.apps.beta)
				)
			);
		expect(bids).toEqual([]);
	});

	it('a juror withdraws their own declaration only; the team removes manual ones only', async () => {
		const list = await listConflicts(t.db, s.team, s.callId);
		const own = list.find(
			(c) => c.juryMemberId === s.jurors.clean.memberId && c.applicationId === s.apps.beta
		)!;
		const teamSet = list.find((c) => c.source === 'team')!;
		const automatic = list.find((c) => c.source === 'holder')!;

		// Another juror, or a team conflict on oneself: as if it did not exist.
		expect(
			await rejection(removeConflict(t.services, s.actors.domain, s.callId, own.id))
		).toBeInstanceOf(NotFound);
		expect(
			await rejection(removeConflict(t.services, s.actors.webmail, s.callId, teamSet.id))
		).toBeInstanceOf(NotFound);
		const refused = await rejection(removeConflict(t.services, s.team, s.callId, automatic.id));
		expect(refused).toBeInstanceOf(Conflict);
		expect(translateMessage(fr, (refused as Conflict).message)).toMatch(/automatiquement/);

		await removeConflict(t.services, s.actors.clean, s.callId, own.id);
		await removeConflict(t.services, s.team, s.callId, teamSet.id);
		expect(await isConflicted(t.db, s.jurors.clean.memberId, s.apps.beta)).toBe(false);
		expect(await isConflicted(t.db, s.jurors.webmail.memberId, s.apps.alpha)).toBe(false);
		expect(await isConflicted(t.db, s.jurors.holder.memberId, s.apps.held)).toBe(true);
		const log = await queryAuditLog(t.db, { entityType: 'review_conflict', entityId: own.id });
		expect(log.map((e) => e.action)).toContain('review_conflict.delete');
	});

	it('refuses bad input with French field errors, and changes nothing', async () => {
		const before = await triples();
		const cases: [() => Promise<unknown>, string, RegExp][] = [
			[
				() =>
					addConflict(t.services, s.actors.clean, s.callId, {
						applicationId: s.apps.alpha,
						reason: 'abc'
					}),
				'reason',
				/raison du conflit/
			],
			[
				() =>
					addConflict(t.services, s.actors.clean, s.callId, {
						applicationId: s.apps.otherCall,
						reason: 'Une raison valable.'
					}),
				'applicationId',
				/n’est pas proposée/
			],
			[
				() =>
					addConflict(t.services, s.actors.clean, s.callId, {
						applicationId: s.apps.draft,
						reason: 'Une raison valable.'
					}),
				'applicationId',
				/n’est pas proposée/
			],
			[
				() =>
					addConflict(t.services, s.actors.clean, s.callId, {
						applicationId: '00000000-0000-4000-8000-000000000000',
						reason: 'Une raison valable.'
					}),
				'applicationId',
				/n’est pas proposée/
			],
			[
				() =>
					addConflict(t.services, s.team, s.callId, {
						applicationId: s.apps.alpha,
						reason: 'Une raison valable.'
					}),
				'juryMemberId',
				/membre du jury/
			],
			[
				() =>
					addConflict(t.services, s.team, s.callId, {
						juryMemberId: s.jurors.clean.memberId,
						applicationId: s.apps.otherCall,
						reason: 'Une raison valable.'
					}),
				'applicationId',
				/n’est pas proposée/
			]
		];
		for (const [p, field, message] of cases) {
			const e = await rejection(p());
			expect(e).toBeInstanceOf(Invalid);
			const fields = (e as Invalid).fields;
			expect(Object.keys(fields)).toContain(field);
			expect(translateMessage(fr, fields[field][0])).toMatch(message);
		}
		expect(await triples()).toEqual(before);
	});

	it('nobody but the team and the call’s jury gets anything (404)', async () => {
		for (const who of [s.actors.otherCallJuror, s.actors.applicant, s.actors.partnerOnly]) {
			expect(await rejection(listConflicts(t.db, who, s.callId))).toBeInstanceOf(NotFound);
			expect(await rejection(conflictOverview(t.db, who, s.callId))).toBeInstanceOf(NotFound);
			expect(await rejection(refreshAutomaticConflicts(t.services, who, s.callId))).toBeInstanceOf(
				NotFound
			);
			expect(
				await rejection(
					addConflict(t.services, who, s.callId, {
						applicationId: s.apps.alpha,
						reason: 'Une raison valable.'
					})
				)
			).toBeInstanceOf(NotFound);
		}
		// A juror reads no conflict list, even their call's.
		expect(await rejection(listConflicts(t.db, s.actors.clean, s.callId))).toBeInstanceOf(NotFound);
		expect(
			await rejection(refreshAutomaticConflicts(t.services, s.actors.clean, s.callId))
		).toBeInstanceOf(NotFound);
	});

	it('the team’s overview counts bids per member', async () => {
		await t.db.insert(reviewBids).values([
			{ juryMemberId: s.jurors.webmail.memberId, applicationId: s.apps.alpha, level: 'eager' },
			{ juryMemberId: s.jurors.webmail.memberId, applicationId: s.apps.beta, level: 'eager' },
			{ juryMemberId: s.jurors.webmail.memberId, applicationId: s.apps.gmail, level: 'rather_not' }
		]);
		const o = await conflictOverview(t.db, s.team, s.callId);
		const webmail = o.members.find((m) => m.id === s.jurors.webmail.memberId)!;
		expect(webmail.counts).toEqual({ eager: 2, willing: 0, rather_not: 1 });
		const holder = o.members.find((m) => m.id === s.jurors.holder.memberId)!;
		expect(holder.conflicts).toBe(1);
		expect(o.applications.map((a) => a.id)).not.toContain(s.apps.draft);
		expect(o.members).toHaveLength(6);
	});
});

describe.each(backends)('joining the jury (%s)', (backend) => {
	let t: TestDatabase;
	let s: JuryScenario;
	beforeAll(async () => {
		t = await freshDatabase(backend);
		s = await juryScenario(t.db);
	});
	afterAll(async () => t?.drop());

	it('finds the newcomer’s conflicts as they accept, before they see anything to bid on', async () => {
		// A holder of the call's applications is invited to its jury, and accepts.
		const [holder] = await t.db
			.select({ userId: applicationMembers.userId, email: users.email })
			.from(applicationMembers)
			.innerJoin(users, eq(users.id, applicationMembers.userId))
			.where(
				and(eq(applicationMembers.applicationId, s.apps.held), eq(applicationMembers.role, 'owner'))
			);
		await inviteJuryMembers(t.services, s.team, s.callId, { emails: holder.email });
		const [mail] = await t.db.select().from(outbox).where(eq(outbox.toAddress, holder.email));
		const token = /\/jury\/invitation\/([\w-]+)/.exec(mail.textBody)![1];
		await acceptJuryInvitation(t.services, await actorFor(t.db, holder.userId), token);

		const [member] = await t.db
			.select({ id: juryMembers.id })
			.from(juryMembers)
			.where(and(eq(juryMembers.callId, s.callId), eq(juryMembers.userId, holder.userId)));
		expect(await isConflicted(t.db, member.id, s.apps.held)).toBe(true);
		const [row] = await t.db
			.select({ source: reviewConflicts.source })
			.from(reviewConflicts)
			.where(
				and(
					eq(reviewConflicts.juryMemberId, member.id),
					eq(reviewConflicts.applicationId, s.apps.held)
				)
			);
		expect(row.source).toBe('holder');
	});
});
