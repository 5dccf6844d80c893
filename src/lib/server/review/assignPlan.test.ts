import { describe, expect, it } from 'vitest';
import { planAssignment } from './assignPlan.ts';
import type { AssignData, AssignMember, ExistingAssignment } from './assignQueries.ts';

const member = (id: string, max = 12, min = 0): AssignMember => ({
	id,
	email: `${id}@exemple.fr`,
	name: id.toUpperCase(),
	userId: null,
	locale: 'fr',
	expertise: [],
	minReviews: min,
	maxReviews: max
});
const app = (id: string, themes: string[] = []) => ({
	id,
	reference: `REF-${id}`,
	title: `Projet ${id}`,
	text: `Projet ${id}`,
	themes: themes.map((value) => ({ value, label: { fr: `Thème ${value}`, en: `Theme ${value}` } })),
	typology: []
});
const existing = (
	id: string,
	juryMemberId: string,
	applicationId: string,
	flags: Partial<ExistingAssignment> = {}
): ExistingAssignment => ({
	id,
	juryMemberId,
	applicationId,
	locked: false,
	affinity: null,
	source: 'solver',
	started: false,
	...flags
});

function data(over: Partial<AssignData> = {}): AssignData {
	return {
		call: { id: 'c', programmeId: 'p', title: 'Appel', reviewsPerApplication: 2 },
		applications: [app('a1', ['sante']), app('a2'), app('a3')],
		members: [member('r1'), member('r2'), member('r3')],
		bids: [],
		conflicts: [],
		existing: [],
		...over
	};
}

const pairs = (plan: ReturnType<typeof planAssignment>) =>
	plan.applications.flatMap((a) => a.reviewers.map((r) => `${r.juryMemberId}/${a.id}`)).sort();

describe('planAssignment', () => {
	it('fills every demand within the loads, never on a conflict, with reasons in the pairs', () => {
		const plan = planAssignment(
			data({
				members: [
					{ ...member('r1', 2), expertise: ['theme:sante'] },
					member('r2', 2),
					member('r3', 2)
				],
				bids: [{ reviewerId: 'r2', applicationId: 'a2', level: 'eager' }],
				conflicts: [['r3', 'a1']]
			})
		);
		expect(plan.filled).toBe(6);
		expect(plan.unfilled).toEqual([]);
		expect(pairs(plan)).not.toContain('r3/a1');
		for (const r of plan.reviewers) expect(r.load).toBe(2);
		const a1 = plan.applications.find((a) => a.id === 'a1')!;
		const r1 = a1.reviewers.find((r) => r.juryMemberId === 'r1')!;
		expect(r1.reasons).toContainEqual({
			kind: 'theme',
			value: 'sante',
			label: { fr: 'Thème sante', en: 'Theme sante' }
		});
		const a2 = plan.applications.find((a) => a.id === 'a2')!;
		expect(a2.reviewers.find((r) => r.juryMemberId === 'r2')!.reasons).toContainEqual({
			kind: 'bid',
			level: 'eager'
		});
		expect(plan.changes.add).toHaveLength(6);
		expect(plan.changes.remove).toEqual([]);
		expect(plan.objective).toBeCloseTo(
			plan.applications.reduce((s, a) => s + a.totalAffinity, 0),
			5
		);
	});

	it('reports the shortfall and the worst served first', () => {
		const plan = planAssignment(data({ members: [member('r1', 1), member('r2', 1)] }));
		expect(plan.filled).toBe(2);
		expect(plan.demand).toBe(6);
		expect(plan.unfilled.reduce((s, u) => s + u.missing, 0)).toBe(4);
		expect(plan.worstServed[0].totalAffinity).toBeLessThanOrEqual(
			plan.worstServed[1].totalAffinity
		);
		expect(plan.worstServed[0].totalAffinity).toBe(0);
	});

	it('keeps locked and started pairs, moves the free ones, lists what changes', () => {
		const plan = planAssignment(
			data({
				members: [member('r1', 1), member('r2', 3), member('r3', 3)],
				existing: [
					existing('locked', 'r1', 'a3', { locked: true }),
					existing('started', 'r2', 'a3', { started: true }),
					// r3 on a3 is over the demand of 2: the free pair must go.
					existing('free', 'r3', 'a3')
				]
			})
		);
		expect(pairs(plan)).toContain('r1/a3');
		expect(pairs(plan)).toContain('r2/a3');
		expect(pairs(plan)).not.toContain('r3/a3');
		expect(plan.changes.remove).toEqual(['free']);
		expect(plan.reviewers.find((r) => r.id === 'r1')).toMatchObject({ load: 1, currentLoad: 1 });
		const a3 = plan.applications.find((a) => a.id === 'a3')!;
		expect(a3.reviewers.map((r) => [r.assignmentId, r.locked, r.started, r.added])).toEqual(
			expect.arrayContaining([
				['locked', true, false, false],
				['started', false, true, false]
			])
		);
	});

	it('never keeps a pair that became conflicted, but reports it', () => {
		const plan = planAssignment(
			data({
				conflicts: [['r1', 'a1']],
				existing: [existing('s', 'r1', 'a1', { started: true })]
			})
		);
		expect(pairs(plan)).not.toContain('r1/a1');
		expect(plan.conflictedKept).toEqual([
			{ assignmentId: 's', juryMemberId: 'r1', applicationId: 'a1' }
		]);
	});

	it('gives the same fingerprint for the same data, another one when it changes', () => {
		const d = data();
		expect(planAssignment(d).fingerprint).toBe(planAssignment(data()).fingerprint);
		expect(planAssignment(data({ conflicts: [['r1', 'a1']] })).fingerprint).not.toBe(
			planAssignment(d).fingerprint
		);
	});
});
