/**
 * Applications on each backend: drafts, co-holders and concurrent saves, submission (deadline,
 * completeness, eligibility, immutable snapshot, receipt), screening, isolation between holders,
 * French full-text search.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq, sql } from 'drizzle-orm';
import { backends, freshDatabase, type TestDatabase } from '../../../../tests/helpers/db.ts';
import {
	actorFor,
	createTestCall,
	createTestCycle,
	createTestProgramme,
	createUser,
	testOrganisation
} from '../../../../tests/helpers/factories.ts';
import type { UserActor } from '../accounts/actor.ts';
import { queryAuditLog } from '../audit/log.ts';
import { applicationSnapshots, applications, calls, outbox } from '../db/schema.ts';
import { Conflict, Forbidden, Invalid, NotFound } from '../errors.ts';
import { saveCallForm } from '../calls/saveCallForm.ts';
import { TEST_FORM } from '../../../../tests/helpers/factories.ts';
import {
	acceptInvitation,
	getApplication,
	grantExtension,
	inviteCoholder,
	listApplications,
	saveDraft,
	saveOrganisation,
	startApplication,
	submitApplication,
	transitionApplication,
	withdrawApplication
} from './index.ts';

async function rejection(p: Promise<unknown>): Promise<unknown> {
	try {
		await p;
	} catch (e) {
		return e;
	}
	throw new Error('expected a rejection');
}

const DAY = 86_400_000;

describe.each(backends)('applications (%s)', (backend) => {
	let t: TestDatabase;
	let programme: Awaited<ReturnType<typeof createTestProgramme>>;
	let cycle: Awaited<ReturnType<typeof createTestCycle>>;
	let team: UserActor;
	let alice: UserActor;
	let bob: UserActor;
	let mallory: UserActor;

	const mails = async (to: string) =>
		t.db.select().from(outbox).where(eq(outbox.toAddress, to)).orderBy(outbox.createdAt);

	beforeAll(async () => {
		t = await freshDatabase(backend);
		programme = await createTestProgramme(t.db, { name: 'Transformateur numérique' });
		cycle = await createTestCycle(t.db, programme.id);
		team = await actorFor(
			t.db,
			(await createUser(t.db, { roles: [{ role: 'team', programmeId: programme.id }] })).id
		);
		alice = await actorFor(t.db, (await createUser(t.db, { name: 'Alice' })).id);
		bob = await actorFor(t.db, (await createUser(t.db, { name: 'Bob' })).id);
		mallory = await actorFor(t.db, (await createUser(t.db, { name: 'Mallory' })).id);
	});
	afterAll(async () => {
		await t?.drop();
	});

	it('co-holders never overwrite each other: a stale revision is refused and changes nothing', async () => {
		const { call } = await createTestCall(t.db, programme.id, cycle.id);
		const draft = await startApplication(t.services, alice, call.id, {
			title: 'Outil d’évaluation',
			organisation: testOrganisation()
		});
		expect(draft.reference).toMatch(/^TN-\d{4}-\d{4}$/);
		expect(draft).toMatchObject({ status: 'draft', revision: 0, formVersion: 1 });
		expect(draft.organisation).toMatchObject({ regionCode: '84', siret: null });

		await inviteCoholder(t.services, alice, draft.id, { email: bob.email.toUpperCase() });
		const [invitation] = await mails(bob.email);
		const token = /invitation\/([A-Za-z0-9_-]+)/.exec(invitation.textBody)![1];
		expect(await rejection(acceptInvitation(t.services, mallory, token))).toBeInstanceOf(Forbidden);
		expect(await acceptInvitation(t.services, bob, token)).toEqual({ applicationId: draft.id });
		expect(await rejection(acceptInvitation(t.services, bob, token))).toBeInstanceOf(Invalid);
		// Only the owner invites.
		expect(
			await rejection(inviteCoholder(t.services, bob, draft.id, { email: 'x@exemple.fr' }))
		).toBeInstanceOf(Forbidden);

		// Both open the draft at revision 0.
		const a = await getApplication(t.db, alice, draft.id);
		const b = await getApplication(t.db, bob, draft.id);
		expect(b.viewerRole).toBe('coholder');
		const saved = await saveDraft(t.services, alice, draft.id, {
			answers: { resume: 'Version d’Alice' },
			revision: a.revision
		});
		expect(saved.revision).toBe(1);
		const stale = await rejection(
			saveDraft(t.services, bob, draft.id, {
				answers: { resume: 'Version de Bob' },
				revision: b.revision
			})
		);
		expect(stale).toBeInstanceOf(Conflict);
		expect((stale as Conflict).message).toBe('applications.error.staleRevision');
		const now = await getApplication(t.db, bob, draft.id);
		expect(now.answers).toEqual({ resume: 'Version d’Alice' });
		expect(now.revision).toBe(1);

		// Invalid answers: each listed, nothing changes; hidden answers are dropped.
		const bad = await rejection(
			saveDraft(t.services, bob, draft.id, {
				answers: { resume: 'x'.repeat(5001), salaries: 'peut-être' },
				revision: 1
			})
		);
		expect(Object.keys((bad as Invalid).fields).sort()).toEqual([
			'answers.resume',
			'answers.salaries'
		]);
		expect((bad as Invalid).fields['answers.resume'][0]).toContain('5001');
		const dropped = await saveDraft(t.services, bob, draft.id, {
			answers: { resume: 'Texte', chercheurs: false, laboratoire: 'caché' },
			revision: 1
		});
		expect(dropped.answers).toEqual({ resume: 'Texte', chercheurs: false });
		expect(dropped.revision).toBe(2);

		// The form, once an application has started on it, is versioned on change.
		const v = await saveCallForm(t.services, team, call.id, {
			sections: [{ ...TEST_FORM.sections[0], title: { fr: 'Votre projet', en: 'Your project' } }]
		});
		expect(v.number).toBe(2);
		expect((await getApplication(t.db, alice, draft.id)).formVersion).toBe(1);
	});

	it('a holder can never read or change another’s application; the team sees all', async () => {
		const { call } = await createTestCall(t.db, programme.id, cycle.id);
		const mine = await startApplication(t.services, alice, call.id, {
			title: 'Le dossier d’Alice'
		});
		for (const attempt of [
			() => getApplication(t.db, mallory, mine.id),
			() => saveDraft(t.services, mallory, mine.id, { answers: { resume: 'piraté' } }),
			() => saveOrganisation(t.services, mallory, mine.id, testOrganisation()),
			() => submitApplication(t.services, mallory, mine.id),
			() => withdrawApplication(t.services, mallory, mine.id, { reason: 'piraté' }),
			() => inviteCoholder(t.services, mallory, mine.id, { email: mallory.email }),
			() => transitionApplication(t.services, mallory, mine.id, { to: 'eligible', reason: 'x' }),
			() => getApplication(t.db, alice, '00000000-0000-4000-8000-000000000000'),
			() => getApplication(t.db, alice, 'pas-un-uuid')
		]) {
			expect(await rejection(attempt())).toBeInstanceOf(NotFound);
		}
		const theirs = await listApplications(t.db, mallory, { call: call.id });
		expect(theirs.items).toEqual([]);
		expect((await listApplications(t.db, alice, { call: call.id })).items.map((i) => i.id)).toEqual(
			[mine.id]
		);
		expect((await listApplications(t.db, team, { call: call.id })).items.map((i) => i.id)).toEqual([
			mine.id
		]);
		expect((await getApplication(t.db, team, mine.id)).viewerRole).toBe('team');
		// The team reads but does not write a holder's draft.
		expect(
			await rejection(saveDraft(t.services, team, mine.id, { answers: { resume: 'x' } }))
		).toBeInstanceOf(Forbidden);
		// A holder cannot screen their own.
		expect(
			await rejection(
				transitionApplication(t.services, alice, mine.id, { to: 'eligible', reason: 'x' })
			)
		).toBeInstanceOf(Forbidden);
		const unchanged = await getApplication(t.db, alice, mine.id);
		expect(unchanged.revision).toBe(0);
	});

	it('submission: lists what is missing, freezes an immutable snapshot, sends a receipt', async () => {
		const { call } = await createTestCall(t.db, programme.id, cycle.id);
		const draft = await startApplication(t.services, alice, call.id, {
			title: 'Protocole étude-action',
			answers: { chercheurs: true }
		});
		const detail = await getApplication(t.db, alice, draft.id);
		expect(detail.missingAnswers.map((m) => m.questionKey)).toEqual(['resume', 'laboratoire']);
		expect(detail.organisationMissing).toBe(true);
		const incomplete = await rejection(submitApplication(t.services, alice, draft.id));
		expect(incomplete).toBeInstanceOf(Invalid);
		expect(Object.keys((incomplete as Invalid).fields).sort()).toEqual([
			'answers.laboratoire',
			'answers.resume',
			'organisation'
		]);
		expect((await getApplication(t.db, alice, draft.id)).status).toBe('draft');

		await saveOrganisation(t.services, alice, draft.id, testOrganisation());
		await saveDraft(t.services, alice, draft.id, {
			answers: {
				resume: 'Un protocole avec un laboratoire.',
				chercheurs: true,
				laboratoire: 'LEST'
			},
			revision: 0
		});
		const receipt = await submitApplication(t.services, alice, draft.id);
		expect(receipt).toMatchObject({ reference: draft.reference, title: 'Protocole étude-action' });
		const after = await getApplication(t.db, alice, draft.id);
		expect(after.status).toBe('submitted');
		expect(after.history.map((h) => h.toStatus)).toEqual(['submitted']);

		const [mail] = (await mails(alice.email)).filter((m) => m.template === 'application_receipt');
		expect(mail.subject).toContain(draft.reference);
		expect(mail.textBody).toMatch(/déposée le \d{1,2} \S+ \d{4} à \d{2}:\d{2}/);

		// Submitted: no more changes through the use cases…
		expect(
			await rejection(saveDraft(t.services, alice, draft.id, { answers: { resume: 'après' } }))
		).toBeInstanceOf(Conflict);
		expect(await rejection(submitApplication(t.services, alice, draft.id))).toBeInstanceOf(Invalid);
		// …and the snapshot is refused any change by the database itself.
		const [snap] = await t.db
			.select()
			.from(applicationSnapshots)
			.where(eq(applicationSnapshots.applicationId, draft.id));
		expect(snap.answers).toMatchObject({ laboratoire: 'LEST' });
		expect(snap.organisation).toMatchObject({ legalName: 'Association Travail & Santé' });
		await expect(
			t.db
				.update(applicationSnapshots)
				.set({ answers: { resume: 'falsifié' } })
				.where(eq(applicationSnapshots.id, snap.id))
		).rejects.toThrow();
		await expect(
			t.db.delete(applicationSnapshots).where(eq(applicationSnapshots.id, snap.id))
		).rejects.toThrow();
		const [still] = await t.db
			.select()
			.from(applicationSnapshots)
			.where(eq(applicationSnapshots.id, snap.id));
		expect(still.answers).toEqual(snap.answers);
	});

	it('the deadline is enforced at the server; an extension lets one application through', async () => {
		const { call } = await createTestCall(t.db, programme.id, cycle.id);
		const draft = await startApplication(t.services, alice, call.id, {
			organisation: testOrganisation(),
			answers: { resume: 'Prêt à déposer' }
		});
		await t.db
			.update(calls)
			.set({ closesAt: new Date(Date.now() - 60_000) })
			.where(eq(calls.id, call.id));
		const late = await rejection(submitApplication(t.services, alice, draft.id));
		expect(late).toBeInstanceOf(Conflict);
		expect((late as Conflict).message).toBe('applications.error.deadlinePassed');
		expect((await getApplication(t.db, alice, draft.id)).status).toBe('draft');
		// A new draft cannot be started either.
		expect(await rejection(startApplication(t.services, bob, call.id))).toBeInstanceOf(Conflict);

		expect(
			await rejection(
				grantExtension(t.services, alice, draft.id, { until: new Date(Date.now() + DAY) })
			)
		).toBeInstanceOf(Forbidden);
		expect(
			await rejection(
				grantExtension(t.services, team, draft.id, { until: new Date(Date.now() - DAY) })
			)
		).toBeInstanceOf(Invalid);
		await grantExtension(t.services, team, draft.id, { until: new Date(Date.now() + DAY) });
		const receipt = await submitApplication(t.services, alice, draft.id);
		expect(receipt.reference).toBe(draft.reference);
	});

	it('eligibility: blocking rules refuse with plain reasons, review rules flag', async () => {
		const { call } = await createTestCall(t.db, programme.id, cycle.id, {
			eligibilityRules: [
				{
					id: 'salaries',
					kind: 'required_answer',
					severity: 'blocking',
					question: 'salaries',
					equals: true
				},
				{ id: 'region', kind: 'region', severity: 'review', allowed: ['11'] }
			]
		});
		const draft = await startApplication(t.services, alice, call.id, {
			organisation: testOrganisation(),
			answers: { resume: 'Un projet', salaries: false }
		});
		const preview = await getApplication(t.db, alice, draft.id);
		expect(preview.eligibility.blocking.map((f) => f.ruleId)).toEqual(['salaries']);
		const refused = await rejection(submitApplication(t.services, alice, draft.id));
		expect(refused).toBeInstanceOf(Invalid);
		expect((refused as Invalid).fields.eligibility).toEqual([
			'Pour candidater à cet appel, la réponse à la question « Le projet implique-t-il des salarié·es ? » doit être « oui ».'
		]);
		expect((await getApplication(t.db, alice, draft.id)).status).toBe('draft');

		const fixed = await saveDraft(t.services, alice, draft.id, {
			answers: { resume: 'Un projet', salaries: true },
			revision: 0
		});
		const receipt = await submitApplication(t.services, alice, fixed.id);
		expect(receipt.flags.map((f) => f.ruleId)).toEqual(['region']);
		expect(receipt.flags[0].text).toContain('Auvergne-Rhône-Alpes');
		const [row] = await t.db.select().from(applications).where(eq(applications.id, draft.id));
		expect(row.flags).toHaveLength(1);
	});

	it('finds applications by French full-text search and filters', async () => {
		const { call } = await createTestCall(t.db, programme.id, cycle.id);
		const hit = await startApplication(t.services, alice, call.id, {
			title: 'Démarche participative',
			organisation: testOrganisation({ postalCode: '75011', legalName: 'Coopérative Atelier' }),
			answers: { resume: 'Une évaluation participative des charges de travail dans les ateliers.' }
		});
		await startApplication(t.services, bob, call.id, {
			title: 'Application de sensibilisation',
			answers: { resume: 'Sensibiliser aux risques psychosociaux.' }
		});
		const found = await listApplications(t.db, team, { call: call.id, q: 'charge de travail' });
		expect(found.items.map((i) => i.id)).toEqual([hit.id]);
		expect(
			(await listApplications(t.db, team, { call: call.id, q: 'coopérative' })).items.map(
				(i) => i.id
			)
		).toEqual([hit.id]);
		expect(
			(await listApplications(t.db, team, { call: call.id, region: '11' })).items.map((i) => i.id)
		).toEqual([hit.id]);
		expect((await listApplications(t.db, team, { call: call.id, q: 'vélo' })).items).toEqual([]);
		// Pagination by cursor.
		const first = await listApplications(t.db, team, { call: call.id, limit: 1 });
		expect(first.nextCursor).not.toBeNull();
		const second = await listApplications(t.db, team, {
			call: call.id,
			limit: 1,
			after: first.nextCursor!
		});
		expect(second.items).toHaveLength(1);
		expect(second.items[0].id).not.toBe(first.items[0].id);
		expect(second.nextCursor).toBeNull();
	});

	it('status transitions are audited and tell the holders when they concern them', async () => {
		const { call } = await createTestCall(t.db, programme.id, cycle.id);
		const draft = await startApplication(t.services, bob, call.id, {
			title: 'Expérimentation in vivo',
			organisation: testOrganisation(),
			answers: { resume: 'Nouvelles façons de travailler.' }
		});
		await submitApplication(t.services, bob, draft.id);
		const noReason = await rejection(
			transitionApplication(t.services, team, draft.id, { to: 'eligible' })
		);
		expect((noReason as Invalid).fields.reason).toBeDefined();
		const sentBefore = (await mails(bob.email)).length;
		const eligible = await transitionApplication(t.services, team, draft.id, {
			to: 'eligible',
			reason: 'Conforme au règlement'
		});
		expect(eligible.status).toBe('eligible');
		const told = (await mails(bob.email)).slice(sentBefore);
		expect(told.map((m) => m.template)).toEqual(['application_status_changed']);
		expect(told[0].textBody).toContain('Conforme au règlement');
		// Decided on a status the team no longer sees: refused, nothing changes.
		const stale = await rejection(
			transitionApplication(t.services, team, draft.id, {
				to: 'ineligible',
				from: 'submitted',
				reason: 'Hors périmètre'
			})
		);
		expect(stale).toBeInstanceOf(Conflict);
		expect((await getApplication(t.db, team, draft.id)).status).toBe('eligible');
		await transitionApplication(t.services, team, draft.id, {
			to: 'under_review',
			from: 'eligible',
			reason: 'Dossier complet'
		});
		expect((await mails(bob.email)).length).toBe(sentBefore + 1);
		const log = await queryAuditLog(t.db, { entityType: 'application', entityId: draft.id });
		const statusEntries = log.filter((e) => e.action.startsWith('application.status.'));
		expect(statusEntries.map((e) => e.action)).toEqual([
			'application.status.under_review',
			'application.status.eligible'
		]);
		expect(statusEntries[1].before).toEqual({ status: 'submitted' });
		expect(statusEntries[1].after).toMatchObject({
			status: 'eligible',
			reason: 'Conforme au règlement'
		});
		const detail = await getApplication(t.db, bob, draft.id);
		expect(detail.history.map((h) => [h.toStatus, h.reason])).toEqual([
			['submitted', null],
			['eligible', 'Conforme au règlement'],
			['under_review', 'Dossier complet']
		]);
		expect(
			await rejection(withdrawApplication(t.services, bob, draft.id, { reason: 'Plus le temps' }))
		).toBeInstanceOf(Invalid);
	});

	it('a holder withdraws with a reason; references are unique under concurrency', async () => {
		const { call } = await createTestCall(t.db, programme.id, cycle.id);
		const drafts = await Promise.all(
			Array.from({ length: 5 }, () => startApplication(t.services, alice, call.id))
		);
		expect(new Set(drafts.map((d) => d.reference)).size).toBe(5);
		expect(
			await rejection(withdrawApplication(t.services, alice, drafts[0].id, { reason: ' ' }))
		).toBeInstanceOf(Invalid);
		const withdrawn = await withdrawApplication(t.services, alice, drafts[0].id, {
			reason: 'Projet abandonné'
		});
		expect(withdrawn.status).toBe('withdrawn');
		expect(withdrawn.withdrawnAt).not.toBeNull();
		const [{ n }] = await t.db
			.select({ n: sql<number>`count(*)::int` })
			.from(applications)
			.where(eq(applications.callId, call.id));
		expect(n).toBe(5);
	});
});
