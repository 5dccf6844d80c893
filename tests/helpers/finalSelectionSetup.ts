/**
 * The decisions scenario (decisionsSetup.ts) brought to the final selection: A and B shortlisted
 * and told so (an audit entry, as the first stage's notification leaves), a two-criterion pitch
 * grid (« Clarté » weight 2 on 1–4, « Équipe » weight 1 on 0–10), weighting 40 % review / 60 %
 * pitch, a target of 1. Cléo stays in conflict with A. First-stage reviews: A by Ana and Ben at 3,
 * B by Ana at 3 (every total 3, so the calibrated scores are 3: 66.67 on 0–100).
 */
import { eq, inArray } from 'drizzle-orm';
import type { DbOrTx } from '#lib/server/db/client.ts';
import { applications, auditLog, calls } from '#lib/server/db/schema.ts';
import type { Grid } from '#lib/server/review/grid.ts';
import { decisionScenario } from './decisionsSetup.ts';

export const PITCH_GRID: Grid = [
	{
		key: 'clarte',
		label: { fr: 'Clarté', en: 'Clarity' },
		guidance: { fr: 'Le projet est-il clair ?', en: 'Is it clear?' },
		weight: 2,
		scale: { min: 1, max: 4 },
		allowNotApplicable: false,
		commentRequired: false
	},
	{
		key: 'equipe',
		label: { fr: 'Équipe', en: 'Team' },
		guidance: { fr: 'L’équipe peut-elle le faire ?', en: 'Can the team do it?' },
		weight: 1,
		scale: { min: 0, max: 10 },
		allowNotApplicable: false,
		commentRequired: false
	}
];

export type FinalScenario = Awaited<ReturnType<typeof finalScenario>>;

export async function finalScenario(db: DbOrTx, opts: { grid?: boolean } = {}) {
	const s = await decisionScenario(db);
	const ids = [s.apps.a, s.apps.b];
	await db.update(applications).set({ status: 'shortlisted' }).where(inArray(applications.id, ids));
	await db.insert(auditLog).values(
		ids.map((id) => ({
			action: 'application.decision.notified',
			entityType: 'application',
			entityId: id,
			programmeId: s.programmeId
		}))
	);
	await db
		.update(calls)
		.set({
			pitchGrid: opts.grid === false ? [] : PITCH_GRID,
			reviewWeight: 40,
			pitchWeight: 60,
			retentionTarget: 1
		})
		.where(eq(calls.id, s.callId));
	return s;
}
