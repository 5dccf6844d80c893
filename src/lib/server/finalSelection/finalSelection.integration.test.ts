/**
 * The final selection on each backend: the pitch grid and settings (team only, grid frozen once
 * scored), pitch scoring by the call's jurors (merge per criterion, latest edit winning, replays
 * harmless, unknown criterion refused, conflicted juror 404), the consolidation on a hand-computed
 * case, the decisions and the one notification (personalised e-mails; holders see « retenue » only
 * once told; a told decision is not reconsidered).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq, inArray } from 'drizzle-orm';
import { backends, freshDatabase, type TestDatabase } from '../../../../tests/helpers/db.ts';
import {
	finalScenario,
	type FinalScenario
} from '../../../../tests/helpers/finalSelectionSetup.ts';
import { applications, auditLog, outbox, pitchScores } from '../db/schema.ts';
import { Conflict, Invalid, NotFound } from '../errors.ts';
import { getApplication } from '../applications/getApplication.ts';
import { rankCall } from '../review/ranking.ts';
import { getPitchSetup, saveFinalSettings, savePitchGrid } from './setup.ts';
import { getMyPitch, listMyPitches, savePitchScores } from './pitchScoring.ts';
import { getConsolidation } from './consolidationRead.ts';
import { exportConsolidation } from './consolidationExport.ts';
import { notifyFinalDecisions, takeFinalDecision } from './decisions.ts';
import { translator } from '../../i18n/index.ts';

const T1 = '2026-12-03T09:00:00.000Z';
const T2 = '2026-12-03T09:05:00.000Z';
const T3 = '2026-12-03T09:10:00.000Z';

describe.each(backends)('final selection (%s)', (backend) => {
	let t: TestDatabase;
	let s: FinalScenario;
	const mails = () => t.db.select().from(outbox).where(eq(outbox.template, 'final_decision'));
	const statusOf = async (id: string) =>
		(
			await t.db
				.select({ s: applications.status })
				.from(applications)
				.where(eq(applications.id, id))
		)[0].s;

	beforeAll(async () => {
		t = await freshDatabase(backend);
		s = await finalScenario(t.db);
	});
	afterAll(async () => t?.drop());

	describe('setup', () => {
		it('is the team’s: jurors, holders and partners get 404', async () => {
			for (const actor of [s.actors.ana, s.actors.holder, s.actors.partner]) {
				await expect(getPitchSetup(t.db, actor, s.callId)).rejects.toBeInstanceOf(NotFound);
				await expect(
					saveFinalSettings(t.services, actor, s.callId, {
						reviewWeight: 50,
						pitchWeight: 50,
						retentionTarget: 3
					})
				).rejects.toBeInstanceOf(NotFound);
				await expect(getConsolidation(t.db, actor, s.callId)).rejects.toBeInstanceOf(NotFound);
			}
		});

		it('refuses weights that do not add up to 100, saves valid ones', async () => {
			await expect(
				saveFinalSettings(t.services, s.team, s.callId, {
					reviewWeight: 40,
					pitchWeight: 50,
					retentionTarget: 3
				})
			).rejects.toMatchObject({ message: 'finalSelection.settings.error.sum' });
			const v = await saveFinalSettings(t.services, s.team, s.callId, {
				reviewWeight: 40,
				pitchWeight: 60,
				retentionTarget: 1
			});
			expect(v.settings).toEqual({ reviewWeight: 40, pitchWeight: 60, retentionTarget: 1 });
			expect(v.editable).toBe(true);
		});

		it('replaces the pitch grid while nobody has scored', async () => {
			const v = await savePitchGrid(t.services, s.team, s.callId, { criteria: v0() });
			expect(v.grid.map((c) => c.key)).toEqual(['clarte', 'equipe']);
		});
	});

	describe('pitch scoring', () => {
		it('lists the shortlisted projects to a juror, never a conflicted one', async () => {
			const ana = await listMyPitches(t.db, s.actors.ana, s.callId);
			expect(ana.items.map((i) => i.id).sort()).toEqual([s.apps.a, s.apps.b].sort());
			expect(ana.items.every((i) => i.scored === 0 && i.criteria === 2)).toBe(true);
			const cleo = await listMyPitches(t.db, s.actors.cleo, s.callId);
			expect(cleo.items.map((i) => i.id)).toEqual([s.apps.b]);
			await expect(listMyPitches(t.db, s.actors.holder, s.callId)).rejects.toBeInstanceOf(NotFound);
			await expect(listMyPitches(t.db, s.team, s.callId)).rejects.toBeInstanceOf(NotFound);
		});

		it('gives a conflicted juror 404 on the project, reading or scoring', async () => {
			await expect(getMyPitch(t.db, s.actors.cleo, s.apps.a)).rejects.toBeInstanceOf(NotFound);
			await expect(
				savePitchScores(t.services, s.actors.cleo, s.apps.a, {
					scores: { clarte: { score: 1, comment: '', at: T1 } }
				})
			).rejects.toBeInstanceOf(NotFound);
			await expect(getMyPitch(t.db, s.actors.holder, s.apps.a)).rejects.toBeInstanceOf(NotFound);
			// Another call's id in the path does not open it either.
			await expect(
				getMyPitch(t.db, s.actors.ana, s.apps.a, { callId: '00000000-0000-4000-8000-000000000000' })
			).rejects.toBeInstanceOf(NotFound);
			expect(await t.db.select().from(pitchScores)).toHaveLength(0);
		});

		it('refuses an unknown criterion with a French message, and keeps nothing', async () => {
			const err = await savePitchScores(t.services, s.actors.ana, s.apps.a, {
				scores: {
					clarte: { score: 4, comment: '', at: T1 },
					inconnu: { score: 2, comment: '', at: T1 }
				}
			}).catch((e) => e);
			expect(err).toBeInstanceOf(Invalid);
			expect(translator('fr')(err.message)).toBe(
				'Ce critère n’existe pas dans la grille de pitch.'
			);
			expect(err.fields['scores.inconnu']).toBeDefined();
			expect(await t.db.select().from(pitchScores)).toHaveLength(0);
		});

		it('merges per criterion: the latest edit wins, an older one never overwrites it', async () => {
			// The newer edit reaches the server first…
			await savePitchScores(t.services, s.actors.ana, s.apps.a, {
				scores: { clarte: { score: 4, comment: 'Très clair', at: T2 } }
			});
			// …then an older offline edit arrives, with a new criterion.
			const v = await savePitchScores(t.services, s.actors.ana, s.apps.a, {
				scores: {
					clarte: { score: 2, comment: 'Brouillon', at: T1 },
					equipe: { score: 10, comment: '', at: T1 }
				}
			});
			expect(v.changed).toEqual(['equipe']);
			expect(v.scores.clarte).toEqual({ score: 4, comment: 'Très clair', at: T2 });
			expect(v.scores.equipe.score).toBe(10);
			expect(v.scored).toBe(2);
			expect(v.revision).toBe(2);
		});

		it('treats a replay of the same edit as harmless', async () => {
			const again = await savePitchScores(t.services, s.actors.ana, s.apps.a, {
				scores: {
					clarte: { score: 4, comment: 'Très clair', at: T2 },
					equipe: { score: 10, comment: '', at: T1 }
				}
			});
			expect(again.changed).toEqual([]);
			expect(again.revision).toBe(2);
			const [row] = await t.db
				.select()
				.from(pitchScores)
				.where(eq(pitchScores.applicationId, s.apps.a));
			expect(row.revision).toBe(2);
		});

		it('keeps each juror’s sheet apart', async () => {
			await savePitchScores(t.services, s.actors.ben, s.apps.a, {
				scores: {
					clarte: { score: 1, comment: '', at: T1 },
					equipe: { score: 5, comment: '', at: T3 }
				}
			});
			await savePitchScores(t.services, s.actors.ana, s.apps.b, {
				scores: { clarte: { score: 3, comment: '', at: T1 } }
			});
			const ben = await getMyPitch(t.db, s.actors.ben, s.apps.a);
			expect(ben.scores.clarte.score).toBe(1);
			expect((await getMyPitch(t.db, s.actors.ana, s.apps.a)).scores.clarte.score).toBe(4);
			expect(
				(await listMyPitches(t.db, s.actors.ben, s.callId)).items.find((i) => i.id === s.apps.a)
					?.scored
			).toBe(2);
		});

		it('freezes the pitch grid once scores exist', async () => {
			await expect(
				savePitchGrid(t.services, s.team, s.callId, { criteria: v0() })
			).rejects.toMatchObject({ message: 'finalSelection.error.pitchStarted' });
			expect((await getPitchSetup(t.db, s.team, s.callId)).editable).toBe(false);
		});
	});

	describe('consolidation', () => {
		it('computes the review, pitch and consolidated scores by hand', async () => {
			const ranking = await rankCall(t.db, s.team, s.callId);
			const calA = ranking.rows.find((r) => r.id === s.apps.a)!.calibrated!;
			expect(calA).toBeCloseTo(3, 6);
			const c = await getConsolidation(t.db, s.team, s.callId);
			expect(c.settings).toEqual({ reviewWeight: 40, pitchWeight: 60, retentionTarget: 1 });
			const a = c.rows.find((r) => r.id === s.apps.a)!;
			const b = c.rows.find((r) => r.id === s.apps.b)!;
			// Review: calibrated 3 on 1–4 → 66.67.
			expect(a.review).toBeCloseTo(200 / 3, 4);
			// Pitch A: Ana (4, 10) → 1; Ben (1, 5) → (2·0 + 1·0.5)/3 = 1/6; mean 7/12 → 58.33.
			expect(a.pitch).toBeCloseTo((7 / 12) * 100, 4);
			expect(a.pitchJurors).toBe(2);
			expect(a.consolidated).toBeCloseTo(0.4 * (200 / 3) + 0.6 * (700 / 12), 4);
			// Pitch B: Ana (3, –) → 2/3 → 66.67; consolidated 66.67.
			expect(b.pitch).toBeCloseTo(200 / 3, 4);
			expect(b.consolidated).toBeCloseTo(200 / 3, 4);
			expect(c.rows.map((r) => r.id)).toEqual([s.apps.b, s.apps.a]);
			expect(b.rank).toBe(1);
			expect(a.rank).toBe(2);
			const byPitch = await getConsolidation(t.db, s.team, s.callId, { sort: 'reference' });
			expect(byPitch.rows[0].rank).not.toBeNull();
			expect(c.counts).toEqual({ shortlisted: 2, retained: 0, not_retained: 0 });
		});

		it('exports the table as CSV', async () => {
			const file = await exportConsolidation(t.db, s.team, s.callId, {
				format: 'csv',
				locale: 'fr',
				now: new Date('2026-12-04T10:00:00Z')
			});
			const text = String(file.body);
			expect(file.filename).toMatch(/^selection-finale-.*-2026-12-04\.csv$/);
			expect(text).toContain('Score consolidé (0–100)');
			expect(text).toContain('Baromètre de la charge de travail');
			expect(text).toContain('58,33');
		});
	});

	describe('decisions and notification', () => {
		it('refuses a decision without a reason or from a status not seen; team only', async () => {
			await expect(
				takeFinalDecision(t.services, s.team, s.apps.a, {
					decision: 'retained',
					reason: ' ',
					from: 'shortlisted'
				})
			).rejects.toBeInstanceOf(Invalid);
			await expect(
				takeFinalDecision(t.services, s.team, s.apps.a, {
					decision: 'retained',
					reason: 'Oui.',
					from: 'under_review'
				})
			).rejects.toBeInstanceOf(Conflict);
			await expect(
				takeFinalDecision(t.services, s.actors.ana, s.apps.a, {
					decision: 'retained',
					reason: 'Oui.',
					from: 'shortlisted'
				})
			).rejects.toBeInstanceOf(NotFound);
			expect(await statusOf(s.apps.a)).toBe('shortlisted');
		});

		it('decides, reconsiders before the notice, refuses to notify while one is undecided', async () => {
			await takeFinalDecision(t.services, s.team, s.apps.a, {
				decision: 'not_retained',
				reason: 'Provisoire.',
				from: 'shortlisted'
			});
			await takeFinalDecision(t.services, s.team, s.apps.a, {
				decision: 'retained',
				reason: 'Un pitch convaincant et une équipe solide.',
				from: 'not_retained'
			});
			expect(await statusOf(s.apps.a)).toBe('retained');
			await expect(notifyFinalDecisions(t.services, s.team, s.callId, {})).rejects.toMatchObject({
				message: 'finalSelection.error.undecided'
			});
			expect(await mails()).toHaveLength(0);
			// The sheet of a decided project is read-only.
			await expect(
				savePitchScores(t.services, s.actors.dan, s.apps.a, {
					scores: { clarte: { score: 2, comment: '', at: T3 } }
				})
			).rejects.toMatchObject({ message: 'finalSelection.pitch.error.closed' });
			await takeFinalDecision(t.services, s.team, s.apps.b, {
				decision: 'not_retained',
				reason: 'Le projet doit encore mûrir.',
				from: 'shortlisted'
			});
		});

		it('hides « retenue » from the holders until they are told', async () => {
			expect((await getApplication(t.db, s.actors.holder, s.apps.a)).status).not.toBe('retained');
			expect((await getApplication(t.db, s.team, s.apps.a)).status).toBe('retained');
			const dry = await notifyFinalDecisions(t.services, s.team, s.callId, { dryRun: true });
			expect(dry).toEqual({
				dryRun: true,
				undecided: 0,
				notified: { retained: 1, not_retained: 1 },
				alreadyNotified: 0,
				emails: 0
			});
		});

		it('sends one personalised e-mail per holder, in their language, and records the notice', async () => {
			const r = await notifyFinalDecisions(t.services, s.team, s.callId, {});
			expect(r).toMatchObject({ notified: { retained: 1, not_retained: 1 }, emails: 3 });
			const list = await mails();
			expect(list).toHaveLength(3);
			const aFr = list.find(
				(m) => m.toAddress === s.users.holder.email && m.textBody.includes('Baromètre')
			)!;
			expect(aFr.locale).toBe('fr');
			expect(aFr.textBody).toContain('Hélène Porteuse');
			expect(aFr.textBody).toContain('est : retenue');
			expect(aFr.textBody).toContain('Un pitch convaincant et une équipe solide.');
			const bFr = list.find((m) => m.textBody.includes('Atelier des métiers'))!;
			expect(bFr.textBody).toContain('non retenue');
			expect(bFr.textBody).toContain('Le projet doit encore mûrir.');
			const aEn = list.find((m) => m.toAddress === s.coholder.email)!;
			expect(aEn.locale).toBe('en');
			expect(aEn.textBody).toContain('is: retained');
			expect(aEn.textBody).toContain('Chris Co-porteur');
			const audits = await t.db
				.select()
				.from(auditLog)
				.where(
					and(
						eq(auditLog.action, 'application.decision.notified'),
						inArray(auditLog.entityId, [s.apps.a, s.apps.b])
					)
				);
			expect(audits).toHaveLength(4);
			const finalNotices = audits
				.map((a) => ({ id: a.entityId, after: (a.after ?? {}) as Record<string, unknown> }))
				.filter((a) => a.after.stage === 'final');
			expect(finalNotices.find((a) => a.id === s.apps.a)?.after).toEqual({
				status: 'retained',
				reason: 'Un pitch convaincant et une équipe solide.',
				recipients: 2,
				stage: 'final'
			});
			expect(finalNotices.find((a) => a.id === s.apps.b)?.after).toEqual({
				status: 'not_retained',
				reason: 'Le projet doit encore mûrir.',
				recipients: 1,
				stage: 'final'
			});
			expect((await getApplication(t.db, s.actors.holder, s.apps.a)).status).toBe('retained');
			expect((await getApplication(t.db, s.actors.holder, s.apps.b)).status).toBe('not_retained');
		});

		it('refuses a second notification and a reconsideration once told', async () => {
			await expect(notifyFinalDecisions(t.services, s.team, s.callId, {})).rejects.toMatchObject({
				message: 'finalSelection.error.nothingToNotify'
			});
			await expect(
				takeFinalDecision(t.services, s.team, s.apps.b, {
					decision: 'retained',
					reason: 'Finalement oui.',
					from: 'not_retained'
				})
			).rejects.toMatchObject({ message: 'finalSelection.error.alreadyNotified' });
			expect(await mails()).toHaveLength(3);
			const c = await getConsolidation(t.db, s.team, s.callId);
			expect(c.rows.every((r) => r.notified)).toBe(true);
			expect(c.toNotify).toBe(0);
		});
	});
});

function v0() {
	return [
		{
			key: 'clarte',
			label: { fr: 'Clarté', en: 'Clarity' },
			weight: 2,
			scale: { min: 1, max: 4 },
			allowNotApplicable: false,
			commentRequired: false
		},
		{
			key: 'equipe',
			label: { fr: 'Équipe', en: 'Team' },
			weight: 1,
			scale: { min: 0, max: 10 },
			allowNotApplicable: false,
			commentRequired: false
		}
	];
}
