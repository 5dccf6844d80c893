/**
 * Bids on each backend: a juror browses the call's eligible and under-review applications minus
 * those they are in conflict with (others still see them), with title, summary, themes and
 * typology, and the organisation and holders only when the review is not blind; saves bids and
 * declares conflicts through them; bad input is refused with French field errors and nothing
 * changes; nobody outside the call's jury gets anything.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { backends, freshDatabase, type TestDatabase } from '../../../../tests/helpers/db.ts';
import { juryScenario, type JuryScenario } from '../../../../tests/helpers/conflictsSetup.ts';
import { queryAuditLog } from '../audit/log.ts';
import { applications, calls, reviewBids, reviewConflicts } from '../db/schema.ts';
import { Invalid, NotFound } from '../errors.ts';
import { translateMessage, translator } from '../../i18n/index.ts';
import { listBiddable, SUMMARY_MAX } from './bidBiddable.ts';
import { listBids } from './bidList.ts';
import { saveBids } from './bidSave.ts';
import { isConflicted } from './conflictQueries.ts';
import { refreshAutomaticConflicts } from './conflictRefresh.ts';

async function rejection(p: Promise<unknown>): Promise<unknown> {
	try {
		await p;
	} catch (e) {
		return e;
	}
	throw new Error('expected a rejection');
}

const fr = translator('fr');

describe.each(backends)('bids (%s)', (backend) => {
	let t: TestDatabase;
	let s: JuryScenario;
	const allBids = async () =>
		(await t.db.select().from(reviewBids))
			.map((b) => `${b.juryMemberId}/${b.applicationId}/${b.level}`)
			.sort();
	const allConflicts = async () =>
		(await t.db.select().from(reviewConflicts)).map((c) => c.id).sort();

	beforeAll(async () => {
		t = await freshDatabase(backend);
		s = await juryScenario(t.db);
		await refreshAutomaticConflicts(t.services, s.team, s.callId);
	});
	afterAll(async () => t?.drop());

	it('lists the eligible and under-review applications, without the conflicted ones', async () => {
		const clean = await listBiddable(t.db, s.actors.clean, s.callId);
		const ids = clean.applications.map((a) => a.id).sort();
		const { apps } = s;
		expect(ids).toEqual([apps.held, apps.alpha, apps.beta, apps.referred, apps.gmail].sort());
		expect(clean.counts).toEqual({ done: 0, toDo: 5 });

		// Each juror in conflict loses exactly that application; the others still see it.
		const cases = [
			[s.actors.holder, apps.held],
			[s.actors.domain, apps.alpha],
			[s.actors.org, apps.beta],
			[s.actors.partner, apps.referred]
		] as const;
		for (const [who, hidden] of cases) {
			const list = (await listBiddable(t.db, who, s.callId)).applications.map((a) => a.id);
			expect(list).not.toContain(hidden);
			expect(list).toHaveLength(4);
		}
	});

	it('shows title, summary, themes and typology labels, organisation and holders', async () => {
		const list = await listBiddable(t.db, s.actors.clean, s.callId);
		const held = list.applications.find((a) => a.id === s.apps.held)!;
		expect(held.title).toBe('Baromètre de la charge de travail');
		expect(held.summary).toBe('Un baromètre participatif.');
		expect(held.themes.map((x) => x.label.fr)).toEqual([
			'Santé au travail',
			'Dialogue social et professionnel'
		]);
		expect(held.typology.map((x) => x.label.fr)).toEqual([
			'Outillage d’une démarche participative d’évaluation de la charge de travail'
		]);
		expect(held.holders).toEqual(['Alice Porteuse', 'Camille Porteuse']);
		const gmail = list.applications.find((a) => a.id === s.apps.gmail)!;
		expect(gmail.organisation).toBe('SCOP Parole');
		expect(list.themes.map((x) => x.value).sort()).toEqual(['dialogue_social', 'sante_travail']);

		const filtered = await listBiddable(t.db, s.actors.clean, s.callId, { theme: 'sante_travail' });
		expect(filtered.applications.map((a) => a.id)).toEqual([s.apps.held]);
		expect(filtered.counts).toEqual({ done: 0, toDo: 5 });
	});

	it('cuts a long summary', async () => {
		const long = 'Un projet très détaillé. '.repeat(60);
		await t.db
			.update(applications)
			.set({ answers: { resume: long } })
			.where(eq(applications.id, s.apps.beta));
		const beta = (await listBiddable(t.db, s.actors.clean, s.callId)).applications.find(
			(a) => a.id === s.apps.beta
		)!;
		expect(beta.summary.length).toBeLessThanOrEqual(SUMMARY_MAX);
		expect(beta.summary.endsWith('…')).toBe(true);
	});

	it('hides the organisation and the holders when the review is blind', async () => {
		await t.db.update(calls).set({ blindReview: true }).where(eq(calls.id, s.callId));
		const list = await listBiddable(t.db, s.actors.clean, s.callId);
		expect(list.call.blindReview).toBe(true);
		for (const a of list.applications) {
			expect(a.organisation).toBeNull();
			expect(a.holders).toBeNull();
		}
		expect(JSON.stringify(list)).not.toMatch(/SCOP Parole|Alice Porteuse/);
		await t.db.update(calls).set({ blindReview: false }).where(eq(calls.id, s.callId));
	});

	it('saves bids, replaces them, and declares a conflict through them', async () => {
		const { apps } = s;
		const first = await saveBids(t.services, s.actors.clean, s.callId, [
			{ applicationId: apps.held, level: 'eager' },
			{ applicationId: apps.alpha, level: 'rather_not' }
		]);
		expect(first.bids.map((b) => [b.applicationId, b.level]).sort()).toEqual(
			[
				[apps.held, 'eager'],
				[apps.alpha, 'rather_not']
			].sort()
		);
		const second = await saveBids(t.services, s.actors.clean, s.callId, [
			{ applicationId: apps.held, level: 'willing' },
			{ applicationId: apps.beta, level: 'conflict', reason: 'J’ai été leur consultant.' }
		]);
		expect(second.declared).toBe(1);
		expect(second.bids.map((b) => [b.applicationId, b.level]).sort()).toEqual(
			[
				[apps.held, 'willing'],
				[apps.alpha, 'rather_not']
			].sort()
		);
		expect(await isConflicted(t.db, s.jurors.clean.memberId, apps.beta)).toBe(true);
		const list = await listBiddable(t.db, s.actors.clean, s.callId);
		expect(list.applications.map((a) => a.id)).not.toContain(apps.beta);
		expect(list.counts).toEqual({ done: 2, toDo: 2 });
		expect(list.declared).toEqual([
			expect.objectContaining({ reason: 'J’ai été leur consultant.' })
		]);
		// Others still see it.
		const other = await listBiddable(t.db, s.actors.webmail, s.callId);
		expect(other.applications.map((a) => a.id)).toContain(apps.beta);

		const log = await queryAuditLog(t.db, { entityType: 'call', entityId: s.callId });
		expect(log.filter((e) => e.action === 'review_bids.save')).toHaveLength(2);
	});

	it('the team reads every bid, a juror their own', async () => {
		await saveBids(t.services, s.actors.webmail, s.callId, [
			{ applicationId: s.apps.gmail, level: 'eager' }
		]);
		const all = await listBids(t.db, s.team, s.callId);
		expect(new Set(all.map((b) => b.juryMemberId))).toEqual(
			new Set([s.jurors.clean.memberId, s.jurors.webmail.memberId])
		);
		const own = await listBids(t.db, s.actors.webmail, s.callId);
		expect(own.map((b) => b.applicationId)).toEqual([s.apps.gmail]);
	});

	it('refuses bad input with French field errors, and changes nothing', async () => {
		const bids = await allBids();
		const conflicts = await allConflicts();
		const { apps } = s;
		const cases: [unknown[], string, RegExp][] = [
			[[{ applicationId: apps.gmail, level: 'passionnément' }], 'bids.0.level', /Très envie/],
			[
				[
					{ applicationId: apps.gmail, level: 'eager' },
					{ applicationId: apps.alpha, level: 'conflict' }
				],
				'bids.1.reason',
				/raison du conflit/
			],
			[
				[{ applicationId: apps.alpha, level: 'conflict', reason: 'ab' }],
				'bids.0.reason',
				/raison du conflit/
			],
			[
				[
					{ applicationId: apps.gmail, level: 'eager' },
					{ applicationId: apps.otherCall, level: 'eager' }
				],
				'bids.1.applicationId',
				/n’est pas proposée/
			],
			[
				[{ applicationId: '00000000-0000-4000-8000-000000000000', level: 'eager' }],
				'bids.0.applicationId',
				/n’est pas proposée/
			],
			[
				[{ applicationId: apps.submitted, level: 'eager' }],
				'bids.0.applicationId',
				/n’est pas proposée/
			],
			// Conflicted: as unknown as any other.
			[
				[{ applicationId: apps.beta, level: 'eager' }],
				'bids.0.applicationId',
				/n’est pas proposée/
			],
			[
				[{ applicationId: 'pas-un-uuid', level: 'eager' }],
				'bids.0.applicationId',
				/n’est pas proposée/
			],
			[
				[
					{ applicationId: apps.gmail, level: 'eager' },
					{ applicationId: apps.gmail, level: 'willing' }
				],
				'bids.1.applicationId',
				/deux fois/
			]
		];
		for (const [input, field, message] of cases) {
			const e = await rejection(saveBids(t.services, s.actors.clean, s.callId, input as never));
			expect(e, field).toBeInstanceOf(Invalid);
			const fields = (e as Invalid).fields;
			expect(Object.keys(fields)).toContain(field);
			expect(translateMessage(fr, fields[field][0])).toMatch(message);
		}
		expect(await allBids()).toEqual(bids);
		expect(await allConflicts()).toEqual(conflicts);
	});

	it('a juror of another call, a holder, a partner get 404', async () => {
		for (const who of [s.actors.otherCallJuror, s.actors.applicant, s.actors.partnerOnly]) {
			expect(await rejection(listBiddable(t.db, who, s.callId))).toBeInstanceOf(NotFound);
			expect(await rejection(listBids(t.db, who, s.callId))).toBeInstanceOf(NotFound);
			expect(
				await rejection(
					saveBids(t.services, who, s.callId, [{ applicationId: s.apps.gmail, level: 'eager' }])
				)
			).toBeInstanceOf(NotFound);
		}
		// A juror of this call is nobody on another call.
		expect(await rejection(listBiddable(t.db, s.actors.clean, s.otherCallId))).toBeInstanceOf(
			NotFound
		);
	});
});
