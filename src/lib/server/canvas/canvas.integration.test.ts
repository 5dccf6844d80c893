/**
 * The project canvas on each backend: versions are immutable (the database refuses an UPDATE, a
 * second save adds version 2 and leaves version 1 as it was), concurrent saves from the same base
 * give one version and one `Conflict`, who reads (holders their own, the shared canvas for the
 * call's other session projects only, team, expert, jury) and who annotates or shares, the
 * differences between two versions, and over-long text refused with nothing saved.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq, sql } from 'drizzle-orm';
import { backends, freshDatabase, type TestDatabase } from '../../../../tests/helpers/db.ts';
import { canvasScenario, type CanvasScenario } from '../../../../tests/helpers/canvasSetup.ts';
import {
	applications,
	auditLog,
	canvasVersions,
	juryMembers,
	reviewConflicts
} from '../db/schema.ts';
import { Conflict, Forbidden, Invalid, NotFound } from '../errors.ts';
import type { Actor } from '../accounts/actor.ts';
import { getCanvas } from './canvasGet.ts';
import { saveCanvas } from './canvasSave.ts';
import { getCanvasVersion } from './canvasVersionGet.ts';
import { listCanvasVersions } from './canvasVersionList.ts';
import { diffCanvasVersions } from './canvasDiff.ts';
import { addAnnotation } from './annotationAdd.ts';
import { listAnnotations } from './annotationList.ts';
import { shareCanvas } from './canvasShare.ts';
import { canvasesForSynergies } from './sections.ts';

describe.each(backends)('project canvas (%s)', (backend) => {
	let t: TestDatabase;
	let s: CanvasScenario;
	const svc = () => ({ db: t.db });

	beforeAll(async () => {
		t = await freshDatabase(backend);
		s = await canvasScenario(t.db);
	});
	afterAll(async () => t?.drop());

	const reads = async (actor: Actor, id: string) => {
		try {
			await getCanvas(t.db, actor, id);
			return true;
		} catch (e) {
			if (e instanceof NotFound) return false;
			throw e;
		}
	};

	it('saves versions 1 and 2, leaving the first as it was; the database refuses an UPDATE', async () => {
		const v1 = await saveCanvas(svc(), s.actors.a, s.apps.a, {
			base: 0,
			sections: {
				problem: 'La charge de travail des soignants est mal mesurée.',
				offers: '- Un outil d’évaluation de la charge\n\n- Des données anonymisées',
				needs: 'Des chercheurs en ergonomie\nUn terrain hospitalier'
			}
		});
		expect(v1.number).toBe(1);
		expect(v1.content.technology).toBe('');
		const v2 = await saveCanvas(svc(), s.actors.a2, s.apps.a, {
			base: 1,
			sections: {
				problem: 'La charge de travail des aides-soignants reste mal mesurée.',
				offers: v1.content.offers,
				needs: 'Des chercheurs en ergonomie\nUn terrain hospitalier\nDes données de sinistralité'
			}
		});
		expect(v2.number).toBe(2);
		const first = await getCanvasVersion(t.db, s.actors.a, s.apps.a, 1);
		expect(first.version.content.problem).toBe(
			'La charge de travail des soignants est mal mesurée.'
		);
		expect(first.version.authorName).toBe('Alice Porteuse');
		expect((await listCanvasVersions(t.db, s.actors.team, s.apps.a)).map((v) => v.number)).toEqual([
			2, 1
		]);
		const view = await getCanvas(t.db, s.actors.a, s.apps.a);
		expect(view.current?.number).toBe(2);
		expect(view.current?.authorName).toBe('Arno Co-porteur');

		const refused = await t.db
			.execute(
				sql`update canvas_versions set content = '{"problem":"réécrit"}'::jsonb where application_id = ${s.apps.a} and number = 1`
			)
			.then(
				() => null,
				(e: unknown) => e as Error & { cause?: Error }
			);
		expect(refused).not.toBeNull();
		expect(String(refused?.cause?.message ?? refused?.message)).toMatch(/immutable/);
		const [row] = await t.db
			.select({ content: canvasVersions.content })
			.from(canvasVersions)
			.where(and(eq(canvasVersions.applicationId, s.apps.a), eq(canvasVersions.number, 1)));
		expect((row.content as { problem: string }).problem).toBe(
			'La charge de travail des soignants est mal mesurée.'
		);
		const saved = await t.db
			.select()
			.from(auditLog)
			.where(and(eq(auditLog.action, 'canvas.saved'), eq(auditLog.entityId, s.apps.a)));
		expect(saved).toHaveLength(2);
	});

	it('gives the synergies the latest offers, needs and text', async () => {
		const map = await canvasesForSynergies(t.db, [s.apps.a, s.apps.c]);
		expect([...map.keys()]).toEqual([s.apps.a]);
		const a = map.get(s.apps.a)!;
		expect(a.offers).toEqual(['Un outil d’évaluation de la charge', 'Des données anonymisées']);
		expect(a.needs).toEqual([
			'Des chercheurs en ergonomie',
			'Un terrain hospitalier',
			'Des données de sinistralité'
		]);
		expect(a.text).toContain('aides-soignants');
	});

	it('lets one of two saves from the same base through and refuses the other', async () => {
		const attempt = (actor: Actor, text: string) =>
			saveCanvas(svc(), actor, s.apps.a, { base: 2, sections: { problem: text } }).then(
				(v) => ({ ok: v.number }),
				(e: unknown) => ({ error: e })
			);
		const results = await Promise.all([
			attempt(s.actors.a, 'Version de la porteuse.'),
			attempt(s.actors.a2, 'Version du co-porteur.')
		]);
		const ok = results.filter((r) => 'ok' in r);
		const refused = results.filter((r) => 'error' in r);
		expect(ok).toEqual([{ ok: 3 }]);
		expect(refused).toHaveLength(1);
		const err = (refused[0] as { error: unknown }).error;
		expect(err).toBeInstanceOf(Conflict);
		expect((err as Conflict).message).toBe('canvas.error.stale');
		const versions = await listCanvasVersions(t.db, s.actors.a, s.apps.a);
		expect(versions.map((v) => v.number)).toEqual([3, 2, 1]);
		// A stale base is refused on its own too.
		await expect(
			saveCanvas(svc(), s.actors.a, s.apps.a, { base: 1, sections: { problem: 'x' } })
		).rejects.toBeInstanceOf(Conflict);
	});

	it('refuses over-long text with a message per section and saves nothing', async () => {
		const before = await listCanvasVersions(t.db, s.actors.a, s.apps.a);
		const err = await saveCanvas(svc(), s.actors.a, s.apps.a, {
			base: before[0].number,
			sections: {
				problem: 'x'.repeat(4001),
				needs: Array.from({ length: 21 }, (_, i) => `b${i}`).join('\n')
			}
		}).catch((e: unknown) => e);
		expect(err).toBeInstanceOf(Invalid);
		expect((err as Invalid).fields).toEqual({
			'sections.problem': ['canvas.error.length.problem'],
			'sections.needs': ['canvas.error.items.needs']
		});
		expect(await listCanvasVersions(t.db, s.actors.a, s.apps.a)).toHaveLength(before.length);
	});

	it('shows a holder only their own canvas until the team shares it, then only to the same call', async () => {
		await saveCanvas(svc(), s.actors.b, s.apps.b, { base: 0, sections: { problem: 'B' } });
		expect(await reads(s.actors.a, s.apps.a)).toBe(true);
		expect(await reads(s.actors.b, s.apps.a)).toBe(false);
		expect(await reads(s.actors.c, s.apps.a)).toBe(false);
		await expect(shareCanvas(svc(), s.actors.a, s.apps.a, { shared: true })).rejects.toBeInstanceOf(
			Forbidden
		);
		await expect(shareCanvas(svc(), s.actors.b, s.apps.a, { shared: true })).rejects.toBeInstanceOf(
			NotFound
		);
		expect(await shareCanvas(svc(), s.actors.team, s.apps.a, { shared: true })).toEqual({
			shared: true
		});
		expect(await reads(s.actors.b, s.apps.a)).toBe(true); // same call, shortlisted, told
		expect(await reads(s.actors.c, s.apps.a)).toBe(false); // another call
		expect(await reads(s.actors.d, s.apps.a)).toBe(false); // same call, still under review
		expect(await reads(s.actors.e, s.apps.a)).toBe(false); // shortlisted but not told yet
		expect(await reads(s.actors.outsider, s.apps.a)).toBe(false);
		const peer = await getCanvas(t.db, s.actors.b, s.apps.a);
		expect(peer.rights).toMatchObject({ role: 'peer', edit: false, annotate: false });
		expect(peer.annotations).toEqual([]);
		await expect(listAnnotations(t.db, s.actors.b, s.apps.a)).rejects.toBeInstanceOf(NotFound);
		await expect(
			saveCanvas(svc(), s.actors.b, s.apps.a, { base: 3, sections: { problem: 'intrus' } })
		).rejects.toBeInstanceOf(Forbidden);
		// B's own canvas is not shared: A's holder does not read it.
		expect(await reads(s.actors.a, s.apps.b)).toBe(false);
		await shareCanvas(svc(), s.actors.team, s.apps.a, { shared: false });
		expect(await reads(s.actors.b, s.apps.a)).toBe(false);
		const shares = await t.db
			.select({ action: auditLog.action })
			.from(auditLog)
			.where(and(eq(auditLog.entityId, s.apps.a), sql`${auditLog.action} like 'canvas.%shared'`))
			.orderBy(auditLog.id);
		expect(shares.map((r) => r.action)).toEqual(['canvas.shared', 'canvas.unshared']);
	});

	it('opens no canvas before the session, nor to a holder not yet told, nor to another programme', async () => {
		expect(await reads(s.actors.team, s.apps.d)).toBe(false);
		expect(await reads(s.actors.d, s.apps.d)).toBe(false);
		expect(await reads(s.actors.team, s.apps.e)).toBe(true);
		expect(await reads(s.actors.e, s.apps.e)).toBe(false);
		expect(await reads(s.actors.otherTeam, s.apps.a)).toBe(false);
		expect(await reads(s.actors.otherExpert, s.apps.a)).toBe(false);
		expect(await reads(s.actors.juror2, s.apps.a)).toBe(false);
		expect(await reads(s.actors.juror, s.apps.c)).toBe(false);
	});

	it('lets the team and the expert annotate, the jury read, and refuses the holder', async () => {
		const n1 = await addAnnotation(svc(), s.actors.team, s.apps.a, {
			version: 1,
			section: 'needs',
			body: 'Pensez au protocole d’étude-action du projet B.'
		});
		expect(n1).toMatchObject({ versionNumber: 1, section: 'needs', authorName: 'Théo Équipe' });
		await addAnnotation(svc(), s.actors.expert, s.apps.a, {
			version: 3,
			section: 'risks',
			body: 'Risque RGPD sur les données.'
		});
		await expect(
			addAnnotation(svc(), s.actors.a, s.apps.a, { version: 3, section: 'risks', body: 'moi' })
		).rejects.toBeInstanceOf(Forbidden);
		await expect(
			addAnnotation(svc(), s.actors.juror, s.apps.a, { version: 3, section: 'risks', body: 'j' })
		).rejects.toBeInstanceOf(Forbidden);
		await expect(
			addAnnotation(svc(), s.actors.outsider, s.apps.a, { version: 3, section: 'risks', body: 'o' })
		).rejects.toBeInstanceOf(NotFound);
		await expect(
			addAnnotation(svc(), s.actors.team, s.apps.a, { version: 9, section: 'risks', body: 'x' })
		).rejects.toBeInstanceOf(Invalid);
		await expect(
			addAnnotation(svc(), s.actors.team, s.apps.a, {
				version: 1,
				section: 'nope',
				body: 'x'
			} as never)
		).rejects.toBeInstanceOf(Invalid);

		const jury = await getCanvas(t.db, s.actors.juror, s.apps.a);
		expect(jury.rights).toMatchObject({ role: 'jury', edit: false, annotate: false, share: false });
		expect(jury.annotations.map((n) => n.section)).toEqual(['needs', 'risks']);
		// In conflict with the project: the juror learns nothing of it, canvas included.
		const [membership] = await t.db
			.select({ id: juryMembers.id })
			.from(juryMembers)
			.where(eq(juryMembers.userId, s.actors.juror.userId));
		await t.db
			.insert(reviewConflicts)
			.values({ juryMemberId: membership.id, applicationId: s.apps.a, source: 'declared' });
		await expect(getCanvas(t.db, s.actors.juror, s.apps.a)).rejects.toBeInstanceOf(NotFound);
		await t.db.delete(reviewConflicts).where(eq(reviewConflicts.juryMemberId, membership.id));
		const holderView = await getCanvas(t.db, s.actors.a, s.apps.a);
		expect(holderView.rights).toMatchObject({ role: 'holder', edit: true, annotate: false });
		expect(holderView.annotations).toHaveLength(2);
		expect(await listAnnotations(t.db, s.actors.a, s.apps.a, 1)).toHaveLength(1);
		await expect(
			saveCanvas(svc(), s.actors.juror, s.apps.a, { base: 3, sections: {} })
		).rejects.toBeInstanceOf(Forbidden);
		await expect(
			saveCanvas(svc(), s.actors.team, s.apps.a, { base: 3, sections: {} })
		).rejects.toBeInstanceOf(Forbidden);
		const audited = await t.db
			.select()
			.from(auditLog)
			.where(and(eq(auditLog.action, 'canvas.annotated'), eq(auditLog.entityId, s.apps.a)));
		expect(audited).toHaveLength(2);
	});

	it('shows the differences between two versions, word by word', async () => {
		const d = await diffCanvasVersions(t.db, s.actors.expert, s.apps.a, '1', '2');
		const problem = d.sections.find((x) => x.section === 'problem')!;
		expect(problem.changed).toBe(true);
		expect(problem.parts.filter((p) => p.kind === 'removed').map((p) => p.text.trim())).toEqual([
			'est'
		]);
		expect(problem.parts.filter((p) => p.kind === 'added').map((p) => p.text.trim())).toEqual([
			'aides-',
			'reste'
		]);
		expect(problem.parts.map((p) => p.text).join('')).toContain('soignants');
		expect(d.sections.find((x) => x.section === 'offers')!.changed).toBe(false);
		const needs = d.sections.find((x) => x.section === 'needs')!;
		expect(
			needs.parts
				.filter((p) => p.kind === 'added')
				.map((p) => p.text)
				.join('')
		).toContain('sinistralité');
		const same = await diffCanvasVersions(t.db, s.actors.a, s.apps.a, 2, 2);
		expect(same.sections.every((x) => !x.changed)).toBe(true);
		await expect(diffCanvasVersions(t.db, s.actors.a, s.apps.a, 1, 9)).rejects.toBeInstanceOf(
			NotFound
		);
		await expect(diffCanvasVersions(t.db, s.actors.a, s.apps.a, 'x', 2)).rejects.toBeInstanceOf(
			Invalid
		);
		await expect(diffCanvasVersions(t.db, s.actors.c, s.apps.a, 1, 2)).rejects.toBeInstanceOf(
			NotFound
		);
	});

	it('keeps the canvas of a project not retained read-only once the holders are told', async () => {
		await t.db
			.update(applications)
			.set({ status: 'not_retained' })
			.where(eq(applications.id, s.apps.b));
		await t.db.insert(auditLog).values({
			action: 'application.status.not_retained',
			entityType: 'application',
			entityId: s.apps.b,
			actorLabel: 'test'
		});
		// Before the notice, the holder cannot tell retained from not retained.
		const before = await getCanvas(t.db, s.actors.b, s.apps.b);
		expect(before.rights).toMatchObject({ edit: true });
		expect(before.application.status).toBe('shortlisted');
		await t.db.insert(auditLog).values({
			action: 'application.decision.notified',
			entityType: 'application',
			entityId: s.apps.b,
			actorLabel: 'test'
		});
		const after = await getCanvas(t.db, s.actors.b, s.apps.b);
		expect(after.rights).toMatchObject({
			edit: false,
			readOnlyReason: 'canvas.readOnly.not_retained'
		});
		await expect(
			saveCanvas(svc(), s.actors.b, s.apps.b, { base: 1, sections: { problem: 'B2' } })
		).rejects.toBeInstanceOf(Forbidden);
		expect(await reads(s.actors.team, s.apps.b)).toBe(true);
	});
});
