import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backends, freshDatabase, type TestDatabase } from '../../../../tests/helpers/db.ts';
import {
	actorFor,
	createTestCycle,
	createTestProgramme,
	createUser
} from '../../../../tests/helpers/factories.ts';
import { anonymous, type UserActor } from '../accounts/actor.ts';
import { queryAuditLog } from '../audit/log.ts';
import { calls, formVersions } from '../db/schema.ts';
import { Conflict, Forbidden, Invalid, NotFound, Unauthenticated } from '../errors.ts';
import type { FormDefinition } from './form/definition.ts';
import {
	changeCallStatus,
	createCall,
	getCall,
	getCurrentForm,
	listCalls,
	listTerms,
	saveCallForm,
	saveTerms,
	updateCall
} from './index.ts';

async function rejection(p: Promise<unknown>): Promise<unknown> {
	try {
		await p;
	} catch (e) {
		return e;
	}
	throw new Error('expected a rejection');
}

const DAY = 24 * 3600 * 1000;
const iso = (days: number) => new Date(Date.now() + days * DAY).toISOString();

const FORM: FormDefinition = {
	sections: [
		{
			key: 'projet',
			title: { fr: 'Le projet', en: 'The project' },
			description: { fr: '', en: '' },
			questions: [
				{
					key: 'titre',
					kind: 'short_text',
					label: { fr: 'Titre du projet', en: 'Project title' },
					help: { fr: '', en: '' },
					required: true
				},
				{
					key: 'themes',
					kind: 'qvct_themes',
					label: { fr: 'Thèmes QVCT', en: 'QWL themes' },
					help: { fr: '', en: '' },
					required: false
				},
				{
					key: 'chercheurs',
					kind: 'yes_no',
					label: { fr: 'Avec des chercheurs ?', en: 'With researchers?' },
					help: { fr: '', en: '' },
					required: false
				},
				{
					key: 'laboratoire',
					kind: 'short_text',
					label: { fr: 'Laboratoire', en: 'Laboratory' },
					help: { fr: '', en: '' },
					required: true,
					showIf: { question: 'chercheurs', equals: true }
				}
			]
		}
	]
};

describe.each(backends)('calls for projects (%s)', (backend) => {
	let t: TestDatabase;
	let team: UserActor;
	let programme: Awaited<ReturnType<typeof createTestProgramme>>;
	let cycle: Awaited<ReturnType<typeof createTestCycle>>;
	beforeAll(async () => {
		t = await freshDatabase(backend);
		programme = await createTestProgramme(t.db);
		cycle = await createTestCycle(t.db, programme.id);
		team = await actorFor(
			t.db,
			(await createUser(t.db, { roles: [{ role: 'team', programmeId: programme.id }] })).id
		);
	});
	afterAll(async () => {
		await t?.drop();
	});

	it('the team drafts a call, builds its form and publishes it; the public then reads it', async () => {
		const call = await createCall(t.services, team, programme.id, {
			cycleId: cycle.id,
			title: 'Appel à projets 2027 — Qualité de vie au travail',
			body: '**Candidatez** avant la date limite.',
			opensAt: '2027-01-04T09:00',
			closesAt: '2027-03-15T12:00',
			eligibleTypes: ['association', 'startup'],
			faq: [{ question: 'Qui peut candidater ?', answer: 'Toute structure éligible.' }],
			contactEmail: 'transformateur@anact.fr'
		});
		expect(call).toMatchObject({
			slug: 'appel-a-projets-2027-qualite-de-vie-au-travail',
			status: 'draft',
			availability: 'draft',
			// Paris wall time: 12:00 in March (winter time) is 11:00 UTC.
			closesAt: '2027-03-15T11:00:00.000Z',
			// Kept in the canonical order of the types.
			eligibleTypes: ['startup', 'association']
		});
		// A draft exists only for the team.
		expect(await rejection(getCall(t.db, anonymous, call.id))).toBeInstanceOf(NotFound);
		expect(await getCall(t.db, team, call.id)).toEqual(call);

		// Publishing needs a form with a question.
		const refused = await rejection(
			changeCallStatus(t.services, team, call.id, { status: 'published' })
		);
		expect(refused).toBeInstanceOf(Invalid);
		expect((refused as Invalid).fields).toEqual({ form: ['calls.error.publishNeedsForm'] });

		// An invalid form is refused with the path of each faulty field.
		const bad = await rejection(
			saveCallForm(t.services, team, call.id, {
				sections: [
					{
						...FORM.sections[0],
						questions: [
							{ ...FORM.sections[0].questions[0], label: { fr: '', en: '' } },
							{ ...FORM.sections[0].questions[0], key: 'Pas une clé' }
						]
					}
				]
			})
		);
		expect(bad).toBeInstanceOf(Invalid);
		expect((bad as Invalid).fields).toEqual({
			'sections.0.questions.0.label.fr': ['calls.error.formRequired'],
			'sections.0.questions.1.key': ['calls.error.formKey']
		});
		// Then the rules beyond the shape: here, two questions with one key.
		const twice = await rejection(
			saveCallForm(t.services, team, call.id, {
				sections: [
					{
						...FORM.sections[0],
						questions: [FORM.sections[0].questions[0], FORM.sections[0].questions[0]]
					}
				]
			})
		);
		expect(Object.keys((twice as Invalid).fields)).toEqual(['sections.0.questions.1.key']);
		expect(await t.db.$count(formVersions)).toBe(0);

		const v1 = await saveCallForm(t.services, team, call.id, FORM);
		expect(v1.number).toBe(1);
		// Saving the same form changes nothing; a change updates the version in place while no
		// application has been started on it.
		expect((await saveCallForm(t.services, team, call.id, FORM)).number).toBe(1);
		const changed = structuredClone(FORM);
		changed.sections[0].questions[0].label.fr = 'Nom du projet';
		expect((await saveCallForm(t.services, team, call.id, changed)).number).toBe(1);
		expect(await t.db.$count(formVersions)).toBe(1);

		const published = await changeCallStatus(t.services, team, call.id, { status: 'published' });
		expect(published.status).toBe('published');
		expect(published.availability).toBe('upcoming');
		expect(await getCall(t.db, anonymous, call.id)).toMatchObject({ status: 'published' });
		expect(
			await getCall(t.db, anonymous, { programme: programme.slug, slug: call.slug })
		).toMatchObject({ id: call.id });

		const { form } = await getCurrentForm(t.db, anonymous, call.id);
		expect(form!.version).toBe(1);
		const questions = form!.sections[0].questions;
		expect(questions.map((q) => [q.key, q.type, q.required])).toEqual([
			['titre', 'short_text', true],
			['themes', 'qvct_themes', false],
			['chercheurs', 'yes_no', false],
			['laboratoire', 'short_text', true]
		]);
		expect(questions[0].label.fr).toBe('Nom du projet');
		// The programme's QVCT themes, given by default.
		expect(questions[1].options).toHaveLength(7);
		expect(questions[1].options![1]).toEqual({
			value: 'sante_travail',
			label: { fr: 'Santé au travail', en: 'Health at work' }
		});
		expect(questions[3].showIf).toEqual({ question: 'chercheurs', equals: true });

		// Close, reopen, close, archive: all audited with before and after.
		await changeCallStatus(t.services, team, call.id, { status: 'closed' });
		await changeCallStatus(t.services, team, call.id, { status: 'published' });
		await changeCallStatus(t.services, team, call.id, { status: 'closed' });
		expect(
			await rejection(changeCallStatus(t.services, team, call.id, { status: 'draft' }))
		).toBeInstanceOf(Conflict);
		await changeCallStatus(t.services, team, call.id, { status: 'archived' });
		expect(await rejection(getCall(t.db, anonymous, call.id))).toBeInstanceOf(NotFound);
		const log = await queryAuditLog(t.db, { entityType: 'call', entityId: call.id });
		expect(log.map((e) => e.action).reverse()).toEqual([
			'call.create',
			'call_form.create',
			'call_form.update',
			'call.publish',
			'call.close',
			'call.reopen',
			'call.close',
			'call.archive'
		]);
		expect(log[0].before).toMatchObject({ status: 'closed' });
		expect(log[0].after).toMatchObject({ status: 'archived' });
	});

	it('refuses bad input with a message per field, and changes nothing', async () => {
		const before = await t.db.$count(calls);
		const e = await rejection(
			createCall(t.services, team, programme.id, {
				cycleId: cycle.id,
				title: 'AP',
				opensAt: '2027-03-01T09:00',
				closesAt: '2027-02-01T09:00',
				contactEmail: 'pas une adresse',
				eligibleTypes: ['multinationale'],
				faq: [{ question: 'Sans réponse ?', answer: '' }]
			} as never)
		);
		expect(e).toBeInstanceOf(Invalid);
		expect(Object.keys((e as Invalid).fields).sort()).toEqual([
			'closesAt',
			'contactEmail',
			'eligibleTypes.0',
			'faq.0.answer',
			'title'
		]);
		expect(await t.db.$count(calls)).toBe(before);

		const other = await createTestCycle(t.db, (await createTestProgramme(t.db)).id);
		const e2 = await rejection(
			createCall(t.services, team, programme.id, { cycleId: other.id, title: 'Appel pirate' })
		);
		expect((e2 as Invalid).fields).toEqual({ cycleId: ['calls.error.cycle'] });

		const call = await createCall(t.services, team, programme.id, {
			cycleId: cycle.id,
			title: 'Appel à dates',
			opensAt: '2027-01-04T09:00'
		});
		// Only closesAt is sent: it is compared with the stored opening.
		const e3 = await rejection(
			updateCall(t.services, team, call.id, { closesAt: '2027-01-01T09:00' })
		);
		expect((e3 as Invalid).fields).toEqual({ closesAt: ['calls.error.closesBeforeOpens'] });
		const e4 = await rejection(
			createCall(t.services, team, programme.id, { cycleId: cycle.id, title: 'Appel à dates' })
		);
		expect((e4 as Invalid).fields).toEqual({ slug: ['calls.error.slugTaken'] });
		// An update that changes nothing leaves no audit entry.
		await updateCall(t.services, team, call.id, { title: 'Appel à dates' });
		expect(await queryAuditLog(t.db, { entityType: 'call', entityId: call.id })).toHaveLength(1);
	});

	it('only the programme’s team writes; others do not even see drafts', async () => {
		const draft = await createCall(t.services, team, programme.id, {
			cycleId: cycle.id,
			title: 'Brouillon confidentiel'
		});
		const otherProgramme = await createTestProgramme(t.db);
		const outsider = await actorFor(
			t.db,
			(await createUser(t.db, { roles: [{ role: 'team', programmeId: otherProgramme.id }] })).id
		);
		const holder = await actorFor(
			t.db,
			(await createUser(t.db, { roles: [{ role: 'holder', programmeId: programme.id }] })).id
		);
		for (const actor of [outsider, holder]) {
			expect(await rejection(getCall(t.db, actor, draft.id))).toBeInstanceOf(NotFound);
			expect(
				await rejection(updateCall(t.services, actor, draft.id, { title: 'Piraté' }))
			).toBeInstanceOf(NotFound);
			expect(
				await rejection(
					createCall(t.services, actor, programme.id, { cycleId: cycle.id, title: 'Pirate' })
				)
			).toBeInstanceOf(Forbidden);
		}
		expect(
			await rejection(
				createCall(t.services, anonymous, programme.id, { cycleId: cycle.id, title: 'Pirate' })
			)
		).toBeInstanceOf(Unauthenticated);
		// A token without the write scope cannot write; without the read scope it sees no draft.
		const readOnly = { ...team, scopes: ['calls:read'] };
		expect(
			await rejection(updateCall(t.services, readOnly, draft.id, { title: 'Autre' }))
		).toBeInstanceOf(Forbidden);
		expect(
			await rejection(getCall(t.db, { ...team, scopes: ['programmes:read'] }, draft.id))
		).toBeInstanceOf(NotFound);
		expect((await getCall(t.db, team, draft.id)).title).toBe('Brouillon confidentiel');
	});

	it('lists open calls to everyone and drafts to the team, a page at a time', async () => {
		const p = await createTestProgramme(t.db);
		const c = await createTestCycle(t.db, p.id);
		const lead = await actorFor(
			t.db,
			(await createUser(t.db, { roles: [{ role: 'team', programmeId: p.id }] })).id
		);
		const make = async (title: string, opens: number, closes: number, publish: boolean) => {
			const call = await createCall(t.services, lead, p.id, {
				cycleId: c.id,
				title,
				opensAt: iso(opens),
				closesAt: iso(closes)
			});
			if (publish) {
				await saveCallForm(t.services, lead, call.id, FORM);
				await changeCallStatus(t.services, lead, call.id, { status: 'published' });
			}
			return call;
		};
		const soon = await make('Ouvert, clôture proche', -5, 3, true);
		const later = await make('Ouvert, clôture lointaine', -5, 30, true);
		const upcoming = await make('À venir', 5, 40, true);
		const past = await make('Passé', -40, -5, true);
		const draft = await make('Brouillon', -5, 10, false);

		const open = await listCalls(t.db, anonymous, { programme: p.slug, status: 'open' });
		expect(open.items.map((x) => x.id)).toEqual([soon.id, later.id]);
		expect(open.items.every((x) => x.availability === 'open')).toBe(true);

		const publicAll = await listCalls(t.db, anonymous, { programme: p.id });
		expect(publicAll.items.map((x) => x.id)).toEqual([past.id, soon.id, later.id, upcoming.id]);
		const teamAll = await listCalls(t.db, lead, { programme: p.id });
		expect(teamAll.items.map((x) => x.id)).toEqual([
			past.id,
			soon.id,
			draft.id,
			later.id,
			upcoming.id
		]);
		const drafts = await listCalls(t.db, lead, { programme: p.id, status: 'draft' });
		expect(drafts.items.map((x) => x.id)).toEqual([draft.id]);
		expect((await listCalls(t.db, anonymous, { programme: p.id, status: 'draft' })).items).toEqual(
			[]
		);

		const seen: string[] = [];
		let after: string | undefined;
		for (let pages = 0; pages < 10; pages++) {
			const page = await listCalls(t.db, lead, { programme: p.id, after, limit: 2 });
			seen.push(...page.items.map((x) => x.id));
			if (!page.nextCursor) break;
			after = page.nextCursor;
		}
		expect(seen).toEqual(teamAll.items.map((x) => x.id));
		expect(await rejection(listCalls(t.db, anonymous, { after: draft.id }))).toBeInstanceOf(
			Invalid
		);
		expect(await rejection(listCalls(t.db, anonymous, { programme: 'inconnu' }))).toBeInstanceOf(
			NotFound
		);
	});

	it('gives each programme its default lists, which its team edits', async () => {
		const p = await createTestProgramme(t.db);
		const lead = await actorFor(
			t.db,
			(await createUser(t.db, { roles: [{ role: 'team', programmeId: p.id }] })).id
		);
		const lists = await listTerms(t.db, anonymous, p.id);
		expect(lists.qvct_theme.map((x) => x.label.fr)).toContain('Égalité professionnelle');
		expect(lists.qvct_theme).toHaveLength(7);
		expect(lists.typology).toHaveLength(5);

		const [first, second, ...rest] = lists.typology;
		const saved = await saveTerms(t.services, lead, p.id, 'typology', {
			terms: [
				{ value: second.value, labelFr: second.label.fr, labelEn: second.label.en },
				{ value: first.value, labelFr: 'Application de sensibilisation', labelEn: 'Awareness app' },
				{ labelFr: 'Plateforme de dialogue social' },
				...rest.slice(1).map((x) => ({ value: x.value, labelFr: x.label.fr, labelEn: x.label.en }))
			]
		});
		expect(saved.filter((x) => !x.archived).map((x) => x.value)).toEqual([
			second.value,
			first.value,
			'plateforme_de_dialogue_social',
			...rest.slice(1).map((x) => x.value)
		]);
		// Left out: archived, not deleted.
		expect(saved.find((x) => x.value === rest[0].value)).toMatchObject({ archived: true });
		const [entry] = await queryAuditLog(t.db, { programmeId: p.id });
		expect(entry.action).toBe('terms.update');
		expect((entry.before as unknown[]).length).toBe(5);

		const dup = await rejection(
			saveTerms(t.services, lead, p.id, 'qvct_theme', {
				terms: [{ labelFr: 'Santé' }, { labelFr: 'santé' }]
			})
		);
		expect((dup as Invalid).fields).toEqual({ 'terms.1.labelFr': ['calls.error.termDuplicate'] });
		expect(
			await rejection(saveTerms(t.services, team, p.id, 'qvct_theme', { terms: [] }))
		).toBeInstanceOf(Forbidden);
	});
});
