/**
 * The team's decisions page and the discussion pages, called as SvelteKit calls them (load and
 * plain POST form actions, as without JavaScript), on each backend: a refused decision keeps what
 * was typed, a decision redirects with a notice, the notification preview refuses while an
 * application is undecided, then the confirmed notification; the juror's discussion page opens only
 * after submission; anyone outside the team gets 404 on the decisions page.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { backends, freshDatabase, type TestDatabase } from '../helpers/db.ts';
import { pageRunner } from '../helpers/pages.ts';
import { apiHarness } from '../helpers/api.ts';
import { decisionScenario, type DecisionScenario } from '../helpers/decisionsSetup.ts';
import type { App } from '#lib/server/app.ts';
import { outbox } from '#lib/server/db/schema.ts';
import * as decisionsPage from '../../src/routes/admin/programmes/[id]/appels/[callId]/decisions/+page.server.ts';
import * as teamDiscussionPage from '../../src/routes/admin/programmes/[id]/appels/[callId]/decisions/[applicationId]/+page.server.ts';
import * as juryDiscussionPage from '../../src/routes/jury/appels/[callId]/evaluations/[assignmentId]/discussion/+page.server.ts';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Any = any;

describe.each(backends)('decision pages (%s)', (backend) => {
	let t: TestDatabase;
	let app: App;
	let s: DecisionScenario;

	const run = pageRunner(() => app);
	const base = () => `/admin/programmes/${s.programmeId}/appels/${s.callId}/decisions`;
	const params = () => ({ id: s.programmeId, callId: s.callId });

	beforeAll(async () => {
		t = await freshDatabase(backend);
		app = apiHarness(t).app;
		s = await decisionScenario(t.db);
	});
	afterAll(async () => t?.drop());

	it('shows the team the applications, the target and the ranking’s link; 404 for others', async () => {
		const r = await run(decisionsPage.load, s.team, base(), params());
		expect(r.status).toBe(200);
		const data = r.data as Any;
		expect(data.items).toHaveLength(2);
		expect(data.items[0].choices).toEqual(['shortlisted', 'waitlisted', 'not_shortlisted']);
		expect(data.call.shortlistTarget).toBe(12);
		for (const actor of [s.actors.ana, s.actors.holder, s.actors.partner]) {
			expect((await run(decisionsPage.load, actor, base(), params())).status).toBe(404);
		}
		const elsewhere = { id: s.callId, callId: s.callId };
		expect((await run(decisionsPage.load, s.team, base(), elsewhere)).status).toBe(404);
	});

	it('keeps what was typed on a refused decision, then decides', async () => {
		const refused = await run(decisionsPage.actions.decide, s.team, `${base()}?/decide`, params(), [
			['applicationId', s.apps.a],
			['from', 'under_review'],
			['decision', 'shortlisted'],
			['reason', '']
		]);
		expect(refused.status).toBe(400);
		expect(refused.data).toMatchObject({ section: s.apps.a, values: { decision: 'shortlisted' } });
		expect((refused.data as Any).fields.reason).toEqual([
			'Indiquez le motif de ce changement de statut.'
		]);
		const ok = await run(decisionsPage.actions.decide, s.team, `${base()}?/decide`, params(), [
			['applicationId', s.apps.a],
			['from', 'under_review'],
			['decision', 'shortlisted'],
			['reason', 'Excellent dossier.']
		]);
		expect(ok).toMatchObject({ status: 303, location: `${base()}?notice=decided#app-${s.apps.a}` });
		const stale = await run(decisionsPage.actions.decide, s.team, `${base()}?/decide`, params(), [
			['applicationId', s.apps.a],
			['from', 'under_review'],
			['decision', 'waitlisted'],
			['reason', 'Vu trop tard.']
		]);
		expect(stale.status).toBe(409);
	});

	it('previews the notification, refusing while one is undecided, then informs', async () => {
		const preview = await run(decisionsPage.load, s.team, `${base()}?confirmer=1`, params());
		expect(preview.data).toMatchObject({
			confirming: true,
			counts: { undecided: 1, shortlisted: 1 }
		});
		const early = await run(
			decisionsPage.actions.notify,
			s.team,
			`${base()}?/notify`,
			params(),
			[]
		);
		expect(early.status).toBe(409);
		await run(decisionsPage.actions.decide, s.team, `${base()}?/decide`, params(), [
			['applicationId', s.apps.b],
			['from', 'under_review'],
			['decision', 'not_shortlisted'],
			['reason', 'Hors périmètre.']
		]);
		const sent = await run(decisionsPage.actions.notify, s.team, `${base()}?/notify`, params(), []);
		expect(sent).toMatchObject({ status: 303, location: `${base()}?notice=notified&envoyes=3` });
		const mails = await t.db.select().from(outbox).where(eq(outbox.template, 'shortlist_decision'));
		expect(mails).toHaveLength(3);
		const after = await run(decisionsPage.load, s.team, base(), params());
		expect((after.data as Any).items.map((i: Any) => i.choices)).toEqual([[], []]);
	});

	it('opens the discussion to the team and to a juror after submission only', async () => {
		const teamPath = `${base()}/${s.apps.a}`;
		const teamParams = { ...params(), applicationId: s.apps.a };
		const posted = await run(teamDiscussionPage.actions.post, s.team, teamPath, teamParams, [
			['body', 'Qu’en pensez-vous ?']
		]);
		expect(posted.status).toBe(303);
		const juryPath = (id: string) => `/jury/appels/${s.callId}/evaluations/${id}/discussion`;
		const ana = await run(juryDiscussionPage.load, s.actors.ana, juryPath(s.assignments.anaA), {
			callId: s.callId,
			assignmentId: s.assignments.anaA
		});
		expect((ana.data as Any).messages.map((m: Any) => m.body)).toEqual(['Qu’en pensez-vous ?']);
		const dan = await run(juryDiscussionPage.load, s.actors.dan, juryPath(s.assignments.danA), {
			callId: s.callId,
			assignmentId: s.assignments.danA
		});
		expect(dan.status).toBe(404);
		const empty = await run(
			juryDiscussionPage.actions.post,
			s.actors.ana,
			juryPath(s.assignments.anaA),
			{ callId: s.callId, assignmentId: s.assignments.anaA },
			[['body', '  ']]
		);
		expect(empty.status).toBe(400);
	});
});
