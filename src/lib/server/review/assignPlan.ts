/**
 * The assignment of a call's jury, planned from what the database says (pure): which current
 * assignments must stay (their review has started, or the team locked them), the candidate pairs
 * and their affinity, the exact solution, and what it changes. The preview shows it; the
 * application writes exactly the changes it lists.
 */
import { createHash } from 'node:crypto';
import type { Localized } from '../calls/form/definition.ts';
import {
	affinityModel,
	candidatePairs,
	solverAffinities,
	type AffinityInput,
	type AffinityReason,
	type PairAffinity
} from './affinity/affinity.ts';
import { solveAssignment } from './assignment/solve.ts';
import type { AssignData, ExistingAssignment } from './assignQueries.ts';

/** Candidate reviewers per application given to the solver (plus every eager bid). */
export const CANDIDATES_PER_APPLICATION = 50;

/** How many of the lowest-affinity applications the preview lists. */
export const WORST_SERVED = 5;

export type ReasonView =
	| { kind: 'bid'; level: 'eager' | 'willing' | 'rather_not' }
	| { kind: 'theme' | 'typology'; value: string; label: Localized }
	| { kind: 'text'; terms: string[] };

export type PlannedPair = {
	/** The current assignment's id, or null for a new one. */
	assignmentId: string | null;
	juryMemberId: string;
	memberName: string;
	affinity: number;
	locked: boolean;
	started: boolean;
	/** Not assigned yet: the application of the plan adds it. */
	added: boolean;
	reasons: ReasonView[];
};

export type PlannedApplication = {
	id: string;
	reference: string;
	title: string;
	demand: number;
	totalAffinity: number;
	missing: number;
	reviewers: PlannedPair[];
};

export type PlannedReviewer = {
	id: string;
	name: string;
	email: string;
	min: number;
	max: number;
	/** Load after the plan. */
	load: number;
	/** Load now (applications under review only). */
	currentLoad: number;
	added: number;
	removed: number;
	/** Below its minimum after the plan. */
	underloaded: boolean;
};

export type AssignmentPlan = {
	/** Changes when anything the plan depends on changes; `apply` can require it unchanged. */
	fingerprint: string;
	objective: number;
	filled: number;
	demand: number;
	applications: PlannedApplication[];
	reviewers: PlannedReviewer[];
	/** The lowest total affinities first (ties: reference). */
	worstServed: { id: string; reference: string; title: string; totalAffinity: number }[];
	unfilled: { id: string; reference: string; title: string; missing: number }[];
	/** Kept although now in conflict of interest (started or locked): for the team to resolve. */
	conflictedKept: { assignmentId: string; juryMemberId: string; applicationId: string }[];
	/** What applying writes. */
	changes: {
		add: { juryMemberId: string; applicationId: string; affinity: number }[];
		remove: string[];
	};
};

const pairKey = (memberId: string, applicationId: string) => `${memberId}|${applicationId}`;
const round6 = (x: number) => Math.round(x * 1e6) / 1e6;

/** Whether an assignment stays whatever the solver says. */
export const isKept = (a: Pick<ExistingAssignment, 'locked' | 'started'>) => a.locked || a.started;

/** Plans the call's assignment. */
export function planAssignment(data: AssignData): AssignmentPlan {
	const appById = new Map(data.applications.map((a) => [a.id, a]));
	const memberById = new Map(data.members.map((m) => [m.id, m]));
	const conflicted = new Set(data.conflicts.map(([m, a]) => pairKey(m, a)));
	// Only the pairs between this call's applications under review and its current jury.
	const inScope = data.existing.filter(
		(e) => appById.has(e.applicationId) && memberById.has(e.juryMemberId)
	);
	const existingByPair = new Map(inScope.map((e) => [pairKey(e.juryMemberId, e.applicationId), e]));
	const conflictedKept = inScope.filter(
		(e) => isKept(e) && conflicted.has(pairKey(e.juryMemberId, e.applicationId))
	);
	const kept = inScope.filter(
		(e) => isKept(e) && !conflicted.has(pairKey(e.juryMemberId, e.applicationId))
	);

	const affinityInput: AffinityInput = {
		applications: data.applications.map((a) => ({
			id: a.id,
			text: a.text,
			themes: a.themes.map((x) => x.value),
			typology: a.typology.map((x) => x.value)
		})),
		reviewers: data.members.map((m) => ({ id: m.id, expertise: m.expertise })),
		bids: data.bids
	};
	const pairs = candidatePairs(affinityInput, {
		conflicts: data.conflicts,
		perApplication: CANDIDATES_PER_APPLICATION
	});
	const explained = new Map<string, PairAffinity>(
		pairs.map((p) => [pairKey(p.reviewerId, p.applicationId), p])
	);
	// Kept pairs the candidates left out still get their affinity and reasons.
	const missingKept = kept.filter((e) => !explained.has(pairKey(e.juryMemberId, e.applicationId)));
	if (missingKept.length) {
		const model = affinityModel(affinityInput, { conflicts: data.conflicts });
		const aIndex = new Map(model.applicationIds.map((id, i) => [id, i]));
		const rIndex = new Map(model.reviewerIds.map((id, i) => [id, i]));
		for (const e of missingKept) {
			const p = model.explain(aIndex.get(e.applicationId)!, rIndex.get(e.juryMemberId)!);
			explained.set(pairKey(e.juryMemberId, e.applicationId), p);
		}
	}

	const keptPerApp = new Map<string, number>();
	const keptPerMember = new Map<string, number>();
	for (const e of kept) {
		keptPerApp.set(e.applicationId, (keptPerApp.get(e.applicationId) ?? 0) + 1);
		keptPerMember.set(e.juryMemberId, (keptPerMember.get(e.juryMemberId) ?? 0) + 1);
	}
	const demandOf = (appId: string) =>
		Math.max(data.call.reviewsPerApplication, keptPerApp.get(appId) ?? 0);
	const result = solveAssignment({
		applications: data.applications.map((a) => ({ id: a.id, demand: demandOf(a.id) })),
		reviewers: data.members.map((m) => {
			const max = Math.max(m.maxReviews, keptPerMember.get(m.id) ?? 0);
			return { id: m.id, min: Math.min(m.minReviews, max), max };
		}),
		affinities: solverAffinities([...explained.values()]),
		conflicts: data.conflicts.filter(([m, a]) => memberById.has(m) && appById.has(a)),
		locks: kept.map((e) => [e.juryMemberId, e.applicationId] as [string, string])
	});

	const chosen = new Set(result.assignments.map(([m, a]) => pairKey(m, a)));
	const add: AssignmentPlan['changes']['add'] = [];
	for (const [memberId, appId] of result.assignments) {
		const key = pairKey(memberId, appId);
		if (!existingByPair.has(key)) {
			add.push({
				juryMemberId: memberId,
				applicationId: appId,
				affinity: explained.get(key)?.affinity ?? 0
			});
		}
	}
	const remove = inScope
		.filter((e) => !isKept(e) && !chosen.has(pairKey(e.juryMemberId, e.applicationId)))
		.map((e) => e.id);
	const removedSet = new Set(remove);

	const nameOf = (id: string) => {
		const m = memberById.get(id)!;
		return m.name ?? m.email;
	};
	const unfilledOf = new Map(result.unfilled.map((u) => [u.application, u.missing]));
	const applications: PlannedApplication[] = data.applications.map((a) => {
		const reviewers: PlannedPair[] = result.assignments
			.filter(([, appId]) => appId === a.id)
			.map(([memberId]) => {
				const key = pairKey(memberId, a.id);
				const e = existingByPair.get(key);
				const p = explained.get(key);
				return {
					assignmentId: e?.id ?? null,
					juryMemberId: memberId,
					memberName: nameOf(memberId),
					affinity: p?.affinity ?? 0,
					locked: e?.locked ?? false,
					started: e?.started ?? false,
					added: !e,
					reasons: p ? reasonViews(p.reasons, a) : []
				};
			})
			.sort((x, y) => y.affinity - x.affinity || x.memberName.localeCompare(y.memberName, 'fr'));
		return {
			id: a.id,
			reference: a.reference,
			title: a.title,
			demand: demandOf(a.id),
			totalAffinity: round6(reviewers.reduce((s, r) => s + r.affinity, 0)),
			missing: unfilledOf.get(a.id) ?? 0,
			reviewers
		};
	});

	const currentLoad = new Map<string, number>();
	for (const e of inScope) {
		currentLoad.set(e.juryMemberId, (currentLoad.get(e.juryMemberId) ?? 0) + 1);
	}
	const underloaded = new Set(result.underloaded.map((u) => u.reviewer));
	const reviewers: PlannedReviewer[] = data.members.map((m) => ({
		id: m.id,
		name: nameOf(m.id),
		email: m.email,
		min: m.minReviews,
		max: m.maxReviews,
		load: result.loads[m.id] ?? 0,
		currentLoad: currentLoad.get(m.id) ?? 0,
		added: add.filter((x) => x.juryMemberId === m.id).length,
		removed: inScope.filter((e) => e.juryMemberId === m.id && removedSet.has(e.id)).length,
		underloaded: underloaded.has(m.id)
	}));

	const worstServed = [...applications]
		.sort((x, y) => x.totalAffinity - y.totalAffinity || x.reference.localeCompare(y.reference))
		.slice(0, WORST_SERVED)
		.map(({ id, reference, title, totalAffinity }) => ({ id, reference, title, totalAffinity }));
	const unfilled = applications
		.filter((a) => a.missing > 0)
		.map(({ id, reference, title, missing }) => ({ id, reference, title, missing }));

	const fingerprint = createHash('sha256')
		.update(
			JSON.stringify({
				kept: kept.map((e) => e.id).sort(),
				add: add.map((x) => `${pairKey(x.juryMemberId, x.applicationId)}|${x.affinity}`).sort(),
				remove: [...remove].sort()
			})
		)
		.digest('hex')
		.slice(0, 32);

	return {
		fingerprint,
		objective: round6(result.objective),
		filled: result.filled,
		demand: result.demand,
		applications,
		reviewers,
		worstServed,
		unfilled,
		conflictedKept: conflictedKept.map((e) => ({
			assignmentId: e.id,
			juryMemberId: e.juryMemberId,
			applicationId: e.applicationId
		})),
		changes: { add, remove }
	};
}

/** The affinity's reasons, with the labels of the themes and typology terms. */
export function reasonViews(
	reasons: AffinityReason[],
	app: {
		themes: { value: string; label: Localized }[];
		typology: { value: string; label: Localized }[];
	}
): ReasonView[] {
	return reasons.map((r) => {
		if (r.kind === 'theme' || r.kind === 'typology') {
			const list = r.kind === 'theme' ? app.themes : app.typology;
			const label = list.find((x) => x.value === r.value)?.label ?? { fr: r.value, en: r.value };
			return { kind: r.kind, value: r.value, label };
		}
		return r;
	});
}
