/**
 * Synergies between a call's shortlisted projects, on each backend: the team reads suggestions
 * made from the answers and the canvases (a need covered by another project's offer comes up as
 * complementary, with the need and the offer in its reasons); anyone else gets 404. A dismissal
 * takes the pair out of the suggestions until undone; a merger makes one project continue with
 * both teams (status `merged`, co-holders, e-mails to both teams, both histories kept) and is
 * refused without a reason, twice, or on a project no longer shortlisted.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq, inArray } from 'drizzle-orm';
import { backends, freshDatabase, type TestDatabase } from '../../../../tests/helpers/db.ts';
import { reviewScenario, type ReviewScenario } from '../../../../tests/helpers/reviewsSetup.ts';
import { insertApplication } from '../../../../tests/helpers/conflictsSetup.ts';
import { actorFor, createUser } from '../../../../tests/helpers/factories.ts';
import { apiHarness } from '../../../../tests/helpers/api.ts';
import type { UserActor } from '../accounts/actor.ts';
import {
	applicationMembers,
	applicationTransitions,
	applications,
	canvasVersions,
	formVersions,
	outbox
} from '../db/schema.ts';
import { Conflict, Invalid, NotFound } from '../errors.ts';
import { getApplication } from '../applications/getApplication.ts';
import { listSynergies } from './synergyList.ts';
import { decideSynergy, removeSynergyLink } from './synergyDecide.ts';
import { mergerOf } from './synergyQueries.ts';
import * as listRoute from '../../../routes/api/v1/calls/[id]/synergies/+server.ts';
import * as linkRoute from '../../../routes/api/v1/calls/[id]/synergies/[linkId]/+server.ts';

const rejection = async (p: Promise<unknown>) => {
	try {
		await p;
	} catch (e) {
		return e;
	}
	throw new Error('expected a rejection');
};

describe.each(backends)('synergies (%s)', (backend) => {
	let t: TestDatabase;
	let s: ReviewScenario;
	let tool: string;
	let study: string;
	let telework: string;
	let toolHolder: UserActor;
	let studyHolder: UserActor;

	const canvas = (applicationId: string, content: Record<string, string>) =>
		t.db.insert(canvasVersions).values({ applicationId, number: 1, content });

	beforeAll(async () => {
		t = await freshDatabase(backend);
		s = await reviewScenario(t.db);
		const [form] = await t.db
			.select({ id: formVersions.id })
			.from(formVersions)
			.where(eq(formVersions.callId, s.callId));
		const ref = { callId: s.callId, formVersionId: form.id };
		const holder = async (name: string) => actorFor(t.db, (await createUser(t.db, { name })).id);
		toolHolder = await holder('Théo Outil');
		studyHolder = await holder('Sara Étude');
		const telHolder = await holder('Tom Télétravail');
		tool = await insertApplication(t.db, ref, {
			title: 'Outil d’évaluation de la charge de travail',
			status: 'shortlisted',
			holders: [{ id: toolHolder.userId }]
		});
		study = await insertApplication(t.db, ref, {
			title: 'Étude-action avec des chercheurs sur l’intensification du travail',
			status: 'shortlisted',
			holders: [{ id: studyHolder.userId }]
		});
		telework = await insertApplication(t.db, ref, {
			title: 'Charte du télétravail négociée',
			status: 'shortlisted',
			holders: [{ id: telHolder.userId }]
		});
		// The scenario's « Baromètre de la charge de travail », shortlisted too, without a canvas.
		await t.db
			.update(applications)
			.set({ status: 'shortlisted' })
			.where(eq(applications.id, s.apps.a));
		await canvas(tool, {
			problem: 'Les équipes ne savent pas mesurer leur charge de travail réelle.',
			offers:
				'Un outil numérique d’évaluation de la charge de travail\nDes tableaux de bord par équipe',
			needs: 'Des terrains d’expérimentation en entreprise'
		});
		await canvas(study, {
			problem: 'L’intensification du travail dans les services hospitaliers.',
			offers: 'Un protocole d’étude-action avec des chercheurs\nDes terrains d’expérimentation',
			needs: 'Un outil pour mesurer la charge de travail des équipes'
		});
		await canvas(telework, {
			problem: 'Le télétravail s’est installé sans règles communes.',
			offers: 'Un modèle de charte de télétravail',
			needs: 'Des juristes en droit du travail'
		});
	});
	afterAll(async () => t?.drop());

	it('suggests the complementary pair with the need and the offer; 404 for anyone else', async () => {
		const o = await listSynergies(t.db, s.team, s.callId);
		expect(o.projects.map((p) => p.id).sort()).toEqual([tool, study, telework, s.apps.a].sort());
		expect(o.projects.find((p) => p.id === s.apps.a)?.hasCanvas).toBe(false);
		const pair = o.suggestions.find(
			(p) => p.kind === 'complementary' && [p.a, p.b].sort().join() === [tool, study].sort().join()
		);
		expect(pair).toBeDefined();
		expect(o.suggestions[0].score).toBeGreaterThanOrEqual(pair!.score);
		expect(pair!.reasons.join(' ')).toMatch(/charge de travail/);
		expect(pair!.covers.some((c) => c.from === tool && c.to === study)).toBe(true);
		// The tool, the study and the scenario's workload barometer: every pair suggested, a group.
		const group = o.groups.find((g) =>
			[tool, study, s.apps.a].every((id) => g.projects.includes(id))
		);
		expect(group, JSON.stringify(o.groups)).toBeDefined();
		// One reason per pair, each naming its two projects.
		expect(group!.reasons).toHaveLength(3);
		expect(
			group!.reasons.filter((r) => r.includes('Outil d’évaluation de la charge'))
		).toHaveLength(2);
		for (const actor of [s.actors.ana, s.actors.holder, s.actors.partner, toolHolder]) {
			expect(await rejection(listSynergies(t.db, actor, s.callId))).toBeInstanceOf(NotFound);
		}
	});

	it('dismisses a suggestion until undone; a pair is decided once', async () => {
		const before = await listSynergies(t.db, s.team, s.callId);
		const some = before.suggestions.find(
			(p) => [p.a, p.b].sort().join() === [tool, study].sort().join()
		);
		expect(some).toBeDefined();
		const link = await decideSynergy(t.services, s.team, s.callId, {
			a: some!.a,
			b: some!.b,
			kind: some!.kind,
			decision: 'dismissed'
		});
		expect(link).toMatchObject({ decision: 'dismissed', score: some!.score });
		const after = await listSynergies(t.db, s.team, s.callId);
		expect(after.suggestions.some((p) => p.a === some!.a && p.b === some!.b)).toBe(false);
		expect(after.links.map((l) => l.id)).toEqual([link.id]);
		// A dismissed pair breaks the groups that contain it.
		expect(before.groups.some((g) => g.projects.includes(tool) && g.projects.includes(study))).toBe(
			true
		);
		expect(after.groups.some((g) => g.projects.includes(tool) && g.projects.includes(study))).toBe(
			false
		);
		expect(
			await rejection(
				decideSynergy(t.services, s.team, s.callId, {
					a: some!.b,
					b: some!.a,
					kind: some!.kind,
					decision: 'cooperation'
				})
			)
		).toBeInstanceOf(Conflict);
		await removeSynergyLink(t.services, s.team, s.callId, link.id);
		expect(
			(await listSynergies(t.db, s.team, s.callId)).suggestions.some(
				(p) => p.a === some!.a && p.b === some!.b
			)
		).toBe(true);
		expect(
			await rejection(removeSynergyLink(t.services, s.team, s.callId, 'pas-un-id'))
		).toBeInstanceOf(NotFound);
	});

	it('refuses a merger without a reason or a continuing project of the pair; nothing changes', async () => {
		const base = { a: tool, b: study, kind: 'complementary' as const, decision: 'merger' as const };
		const noNote = await rejection(
			decideSynergy(t.services, s.team, s.callId, { ...base, continuingId: tool })
		);
		expect((noNote as Invalid).fields).toEqual({ note: ['synergies.error.mergerNote'] });
		const wrong = await rejection(
			decideSynergy(t.services, s.team, s.callId, {
				...base,
				continuingId: telework,
				note: 'Deux projets qui se complètent.'
			})
		);
		expect((wrong as Invalid).fields).toEqual({ continuingId: ['synergies.error.continuing'] });
		const outsider = await rejection(
			decideSynergy(t.services, s.actors.ana, s.callId, {
				...base,
				continuingId: tool,
				note: 'Deux projets qui se complètent.'
			})
		);
		expect(outsider).toBeInstanceOf(NotFound);
		const statuses = await t.db
			.select({ status: applications.status })
			.from(applications)
			.where(inArray(applications.id, [tool, study]));
		expect(statuses.map((r) => r.status)).toEqual(['shortlisted', 'shortlisted']);
	});

	it('merges: one project continues with both teams, both told, both histories kept', async () => {
		const mailsBefore = (await t.db.select().from(outbox)).length;
		const link = await decideSynergy(t.services, s.team, s.callId, {
			a: study,
			b: tool,
			kind: 'complementary',
			decision: 'merger',
			continuingId: tool,
			note: 'L’outil sert de mesure au protocole de l’étude-action.'
		});
		expect(link).toMatchObject({ decision: 'merger', continuingId: tool });
		const [merged] = await t.db.select().from(applications).where(eq(applications.id, study));
		expect(merged).toMatchObject({ status: 'merged', mergedIntoId: tool });
		const [continuing] = await t.db.select().from(applications).where(eq(applications.id, tool));
		expect(continuing.status).toBe('shortlisted');

		// The joining team are co-holders of the project that continues, and still holders of theirs.
		const members = await t.db
			.select()
			.from(applicationMembers)
			.where(eq(applicationMembers.userId, studyHolder.userId));
		expect(members.map((m) => [m.applicationId, m.role]).sort()).toEqual(
			[
				[tool, 'coholder'],
				[study, 'owner']
			].sort()
		);
		expect((await getApplication(t.db, studyHolder, tool)).id).toBe(tool);

		// Both teams told, once each.
		const mails = (await t.db.select().from(outbox)).slice(mailsBefore);
		expect(
			mails
				.filter((m) => m.template === 'synergy_merger')
				.map((m) => m.toAddress)
				.sort()
		).toEqual([toolHolder.email, studyHolder.email].sort());
		expect(mails.find((m) => m.toAddress === studyHolder.email)!.textBody).toContain(
			'Outil d’évaluation de la charge de travail'
		);

		// The merged project's history is kept, with the move and its reason.
		const history = await t.db
			.select()
			.from(applicationTransitions)
			.where(
				and(
					eq(applicationTransitions.applicationId, study),
					eq(applicationTransitions.toStatus, 'merged')
				)
			);
		expect(history.map((h) => h.reason)).toEqual([
			'L’outil sert de mesure au protocole de l’étude-action.'
		]);
		expect(await mergerOf(t.db, tool)).toMatchObject({ into: null, from: [{ id: study }] });
		expect((await mergerOf(t.db, study)).into?.id).toBe(tool);

		// No longer suggested; the merger is not undone; a merged project merges no more.
		const o = await listSynergies(t.db, s.team, s.callId);
		expect(o.suggestions.some((p) => p.a === study || p.b === study)).toBe(false);
		expect(o.groups.some((g) => g.projects.includes(study))).toBe(false);
		expect(o.projects.find((p) => p.id === study)?.status).toBe('merged');
		expect(
			await rejection(removeSynergyLink(t.services, s.team, s.callId, link.id))
		).toBeInstanceOf(Conflict);
		const again = await rejection(
			decideSynergy(t.services, s.team, s.callId, {
				a: study,
				b: telework,
				kind: 'similar',
				decision: 'merger',
				continuingId: telework,
				note: 'Encore une fusion.'
			})
		);
		expect(again).toBeInstanceOf(Invalid);
	});

	it('offers the same through the API; 404 for anyone else', async () => {
		const api = apiHarness(t);
		const team = await api.tokenActor(s.team.userId, ['reviews:read', 'reviews:write']);
		const base = `/api/v1/calls/${s.callId}/synergies`;
		const params = { id: s.callId };
		const list = await api.call(listRoute.GET, base, { actor: team, params });
		expect(list.status).toBe(200);
		expect(Array.isArray((list.body as { groups: unknown[] }).groups)).toBe(true);
		const pair = (list.body as { suggestions: { a: string; b: string; kind: string }[] })
			.suggestions[0];
		const decided = await api.call(listRoute.POST, base, {
			actor: team,
			params,
			body: { a: pair.a, b: pair.b, kind: pair.kind, decision: 'cooperation' }
		});
		expect(decided.status).toBe(201);
		expect(decided.body.decision).toBe('cooperation');
		const undone = await api.call(linkRoute.DELETE, `${base}/${decided.body.id}`, {
			actor: team,
			method: 'DELETE',
			params: { id: s.callId, linkId: decided.body.id }
		});
		expect(undone.status).toBe(200);
		const juror = await api.tokenActor(s.actors.ana.userId, null);
		expect((await api.call(listRoute.GET, base, { actor: juror, params })).status).toBe(404);
		const bad = await api.call(listRoute.POST, base, {
			actor: team,
			params,
			body: { a: 'x', b: pair.b, kind: 'autre', decision: 'fusion' }
		});
		expect(bad.status).toBe(422);
		expect(JSON.stringify(bad.body)).toContain('Choisissez deux projets présélectionnés');
	});
});
