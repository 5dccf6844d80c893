/**
 * Shortlist decisions and the notification of every applicant, on each backend: a decision needs
 * a reason and the status the team saw; the holders are told nothing until the team informs every
 * application at once, which is refused while one is undecided, then queues one e-mail per holder
 * in their language with the decision, its reason and the reviewers' comments to the applicant —
 * never a private comment, a draft's comment or a reviewer's name — and never twice.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq, inArray } from 'drizzle-orm';
import { backends, freshDatabase, type TestDatabase } from '../../../../tests/helpers/db.ts';
import {
	COMMENTS,
	PRIVATE,
	decisionScenario,
	type DecisionScenario
} from '../../../../tests/helpers/decisionsSetup.ts';
import { applications, auditLog, outbox } from '../db/schema.ts';
import { Conflict, Forbidden, Invalid, NotFound } from '../errors.ts';
import { takeDecision } from './decisionTake.ts';
import { getApplication } from '../applications/getApplication.ts';
import { transitionApplication } from '../applications/transitionApplication.ts';
import { listMyApplications } from '../applications/forPages.ts';
import type { UserActor } from '../accounts/actor.ts';
import { listDecisions } from './decisionList.ts';
import { notifyDecisions } from './decisionNotify.ts';

describe.each(backends)('shortlist decisions (%s)', (backend) => {
	let t: TestDatabase;
	let s: DecisionScenario;
	const statusOf = async (id: string) =>
		(
			await t.db
				.select({ s: applications.status })
				.from(applications)
				.where(eq(applications.id, id))
		)[0].s;
	const decisionMails = () =>
		t.db.select().from(outbox).where(eq(outbox.template, 'shortlist_decision'));

	beforeAll(async () => {
		t = await freshDatabase(backend);
		s = await decisionScenario(t.db);
	});
	afterAll(async () => t?.drop());

	it('refuses a decision without a reason, or from a status the team did not see', async () => {
		await expect(
			takeDecision(t.services, s.team, s.apps.a, {
				decision: 'shortlisted',
				reason: '  ',
				from: 'under_review'
			})
		).rejects.toBeInstanceOf(Invalid);
		await expect(
			takeDecision(t.services, s.team, s.apps.a, {
				decision: 'shortlisted',
				reason: 'Très bon dossier.',
				from: 'eligible'
			})
		).rejects.toBeInstanceOf(Conflict);
		expect(await statusOf(s.apps.a)).toBe('under_review');
	});

	it('is the team’s only: jurors, holders and partners get 404', async () => {
		for (const actor of [s.actors.ana, s.actors.holder, s.actors.partner]) {
			await expect(
				takeDecision(t.services, actor, s.apps.a, {
					decision: 'shortlisted',
					reason: 'Moi aussi.',
					from: 'under_review'
				})
			).rejects.toBeInstanceOf(NotFound);
			await expect(listDecisions(t.db, actor, s.callId)).rejects.toBeInstanceOf(NotFound);
			await expect(
				notifyDecisions(t.services, actor, s.callId, { dryRun: true })
			).rejects.toBeInstanceOf(NotFound);
		}
		const readOnly = { ...s.team, scopes: ['reviews:read'] };
		await expect(
			takeDecision(t.services, readOnly, s.apps.a, {
				decision: 'shortlisted',
				reason: 'Lecture seule.',
				from: 'under_review'
			})
		).rejects.toBeInstanceOf(Forbidden);
	});

	it('decides with a reason and tells nobody yet; notify refuses while one is undecided', async () => {
		const view = await takeDecision(t.services, s.team, s.apps.a, {
			decision: 'waitlisted',
			reason: 'En attente d’un désistement.',
			from: 'under_review'
		});
		expect(view.status).toBe('waitlisted');
		expect(await decisionMails()).toHaveLength(0);
		const overview = await listDecisions(t.db, s.team, s.callId);
		expect(overview.counts).toEqual({
			shortlisted: 0,
			waitlisted: 1,
			not_shortlisted: 0,
			undecided: 1
		});
		expect(overview.call.shortlistTarget).toBe(12);
		const dry = await notifyDecisions(t.services, s.team, s.callId, { dryRun: true });
		expect(dry).toMatchObject({ undecided: 1, emails: 0 });
		await expect(notifyDecisions(t.services, s.team, s.callId, {})).rejects.toMatchObject({
			message: 'decisions.error.undecided'
		});
		expect(await decisionMails()).toHaveLength(0);
	});

	it('moves a waitlisted application and reconsiders before the notification', async () => {
		await takeDecision(t.services, s.team, s.apps.a, {
			decision: 'shortlisted',
			reason: 'Un projet exemplaire pour la région.',
			from: 'waitlisted'
		});
		await takeDecision(t.services, s.team, s.apps.b, {
			decision: 'shortlisted',
			reason: 'Provisoire.',
			from: 'under_review'
		});
		await takeDecision(t.services, s.team, s.apps.b, {
			decision: 'not_shortlisted',
			reason: 'Le public visé est trop restreint.',
			from: 'shortlisted'
		});
		expect(await statusOf(s.apps.b)).toBe('not_shortlisted');
		const dry = await notifyDecisions(t.services, s.team, s.callId, { dryRun: true });
		expect(dry).toEqual({
			dryRun: true,
			undecided: 0,
			notified: { shortlisted: 1, waitlisted: 0, not_shortlisted: 1 },
			alreadyNotified: 0,
			emails: 0
		});
		expect(await decisionMails()).toHaveLength(0);
	});

	it('lets the holders see « under review » until they are told; the team sees the decision', async () => {
		const mine = await getApplication(t.db, s.actors.holder, s.apps.a);
		expect(mine.status).toBe('under_review');
		expect(mine.history.map((h) => h.toStatus)).not.toContain('shortlisted');
		expect(mine.history.map((h) => h.toStatus)).not.toContain('waitlisted');
		const listed = await listMyApplications(t.db, s.actors.holder as UserActor);
		expect(listed.find((a) => a.id === s.apps.a)?.status).toBe('under_review');
		expect((await getApplication(t.db, s.team, s.apps.a)).status).toBe('shortlisted');
	});

	it('queues one personalised e-mail per holder, never the private comments nor the names', async () => {
		const result = await notifyDecisions(t.services, s.team, s.callId, {});
		expect(result).toMatchObject({
			notified: { shortlisted: 1, waitlisted: 0, not_shortlisted: 1 },
			emails: 3
		});
		const mails = await decisionMails();
		expect(mails).toHaveLength(3);
		const toHolder = mails.filter((m) => m.toAddress === s.users.holder.email);
		expect(toHolder).toHaveLength(2);
		const aFr = toHolder.find((m) => m.textBody.includes('Baromètre'))!;
		expect(aFr.locale).toBe('fr');
		expect(aFr.textBody).toContain('présélectionnée');
		expect(aFr.textBody).toContain('Un projet exemplaire pour la région.');
		expect(aFr.textBody).toContain(COMMENTS.anaA);
		expect(aFr.textBody).toContain(COMMENTS.benA);
		expect(aFr.textBody).not.toContain(COMMENTS.anaB);
		const bFr = toHolder.find((m) => m.textBody.includes('Atelier des métiers'))!;
		expect(bFr.textBody).toContain('non présélectionnée');
		expect(bFr.textBody).toContain('Le public visé est trop restreint.');
		expect(bFr.textBody).toContain(COMMENTS.anaB);
		const aEn = mails.find((m) => m.toAddress === s.coholder.email)!;
		expect(aEn.locale).toBe('en');
		expect(aEn.textBody).toContain('Decision: shortlisted');
		expect(aEn.textBody).toContain(COMMENTS.benA);
		for (const m of mails) {
			for (const body of [m.textBody, m.htmlBody, m.subject]) {
				expect(body).not.toContain(PRIVATE);
				expect(body).not.toContain(COMMENTS.danA);
				for (const name of ['Ana Jurée', 'Ben Juré', 'Dan Juré', 'Cléo Jurée']) {
					expect(body).not.toContain(name);
				}
			}
		}
		const audits = await t.db
			.select()
			.from(auditLog)
			.where(
				and(
					eq(auditLog.action, 'application.decision.notified'),
					inArray(auditLog.entityId, [s.apps.a, s.apps.b])
				)
			);
		expect(audits).toHaveLength(2);
		const noticeOf = (id: string) => audits.find((a) => a.entityId === id)?.after;
		expect(noticeOf(s.apps.a)).toEqual({
			status: 'shortlisted',
			reason: 'Un projet exemplaire pour la région.',
			recipients: 2,
			comments: 2
		});
		expect(noticeOf(s.apps.b)).toEqual({
			status: 'not_shortlisted',
			reason: 'Le public visé est trop restreint.',
			recipients: 1,
			comments: 1
		});
	});

	it('shows the holders their decision once told', async () => {
		expect((await getApplication(t.db, s.actors.holder, s.apps.a)).status).toBe('shortlisted');
		const listed = await listMyApplications(t.db, s.actors.holder as UserActor);
		expect(listed.find((a) => a.id === s.apps.a)?.status).toBe('shortlisted');
	});

	it('refuses a second notification and sends nothing new', async () => {
		await expect(notifyDecisions(t.services, s.team, s.callId, {})).rejects.toMatchObject({
			message: 'decisions.error.nothingToNotify'
		});
		expect(await decisionMails()).toHaveLength(3);
		const overview = await listDecisions(t.db, s.team, s.callId);
		expect(overview.items.every((i) => i.notified)).toBe(true);
		expect(overview.alreadyNotified).toBe(2);
	});

	it('no longer reconsiders a notified decision', async () => {
		await expect(
			takeDecision(t.services, s.team, s.apps.b, {
				decision: 'shortlisted',
				reason: 'Finalement oui.',
				from: 'not_shortlisted'
			})
		).rejects.toMatchObject({ message: 'decisions.error.alreadyNotified' });
		expect(await statusOf(s.apps.b)).toBe('not_shortlisted');
	});

	it('holds that rule on the application page’s moves too, which offer only what stays open', async () => {
		await expect(
			transitionApplication(t.services, s.team, s.apps.b, {
				to: 'shortlisted',
				reason: 'Finalement oui.',
				from: 'not_shortlisted'
			})
		).rejects.toMatchObject({ message: 'decisions.error.alreadyNotified' });
		await expect(
			transitionApplication(t.services, s.team, s.apps.a, {
				to: 'waitlisted',
				reason: 'Finalement en attente.',
				from: 'shortlisted'
			})
		).rejects.toMatchObject({ message: 'decisions.error.alreadyNotified' });
		expect(await statusOf(s.apps.a)).toBe('shortlisted');
		expect(await statusOf(s.apps.b)).toBe('not_shortlisted');
		// A shortlisted project goes on to the final selection; a merger is the synergies' work.
		const a = await getApplication(t.db, s.team, s.apps.a);
		expect(a.allowedTransitions).toEqual(['retained', 'not_retained']);
		expect((await getApplication(t.db, s.team, s.apps.b)).allowedTransitions).toEqual([]);
		await expect(
			transitionApplication(t.services, s.team, s.apps.a, {
				to: 'merged',
				reason: 'Fusion.',
				from: 'shortlisted'
			})
		).rejects.toBeInstanceOf(Invalid);
		expect(await statusOf(s.apps.a)).toBe('shortlisted');
	});
});
