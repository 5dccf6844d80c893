import type { Actor } from '../accounts/actor.ts';
import type { DbOrTx } from '../db/client.ts';
import { NotFound } from '../errors.ts';
import { isUuid } from '../programmes/queries.ts';
import { mayReadJury } from '../review/policy.ts';
import { suggestSynergies, type SynergyCover } from './engine.ts';
import { suggestGroups, type SynergyGroup } from './groups.ts';
import {
	findSynergyCall,
	linksOfCall,
	suggestable,
	synergyProjects,
	type SynergyCall
} from './synergyQueries.ts';
import type { SynergyDecision, SynergyKind } from './synergySchemas.ts';
import type { ApplicationStatus } from '../applications/status.ts';

export type SynergyProjectView = {
	id: string;
	reference: string;
	title: string;
	status: ApplicationStatus;
	hasCanvas: boolean;
};

export type SynergySuggestionView = {
	a: string;
	b: string;
	kind: SynergyKind;
	score: number;
	reasons: string[];
	covers: SynergyCover[];
};

export type SynergyLinkView = {
	id: string;
	a: string;
	b: string;
	kind: SynergyKind;
	score: number;
	reasons: string[];
	decision: SynergyDecision;
	continuingId: string | null;
	note: string;
	decidedBy: string | null;
	decidedAt: string;
};

export type SynergyOverview = {
	call: SynergyCall;
	projects: SynergyProjectView[];
	/** Pairs not decided yet, best first. */
	suggestions: SynergySuggestionView[];
	/** What the team decided, newest first. */
	links: SynergyLinkView[];
	/**
	 * Groups of 3 or 4 projects whose pairs were all suggested (groups.ts), best first; none with a
	 * merged project or a dismissed pair. Read-only: the decisions stay per pair.
	 */
	groups: SynergyGroupView[];
};

export type SynergyGroupView = Pick<SynergyGroup, 'projects' | 'score' | 'reasons' | 'pairs'>;

/**
 * The synergies of a call's shortlisted projects for the programme team: the engine's suggestions
 * (similar or complementary pairs, with their reasons and score) on the projects' answers and
 * canvases, less the pairs already decided, and those decisions; the groups of 3 or 4 projects
 * whose pairs were all suggested (groups.ts, a dismissed pair breaking its groups). Anyone else:
 * `NotFound`.
 */
export async function listSynergies(
	db: DbOrTx,
	actor: Actor,
	callId: string
): Promise<SynergyOverview> {
	const call = isUuid(callId) ? await findSynergyCall(db, callId) : null;
	if (!call || !mayReadJury(actor, call.programmeId)) throw new NotFound();
	const rows = await synergyProjects(db, call);
	const links = await linksOfCall(db, call.id);
	const decided = new Set(links.map((l) => `${l.applicationA}/${l.applicationB}`));
	const active = suggestable(rows);
	const pairs = suggestSynergies(active.map((r) => r.project));
	const suggestions = pairs
		.filter((p) => !decided.has(`${p.a}/${p.b}`))
		.map((p) => ({
			a: p.a,
			b: p.b,
			kind: p.kind,
			score: p.score,
			reasons: p.reasons,
			covers: p.covers ?? []
		}));
	// Groups from every pair suggested, a cooperation included; a dismissed pair breaks its groups.
	const titles = new Map(active.map((r) => [r.id, r.title.trim() || r.reference]));
	const groups = suggestGroups(pairs, {
		exclude: links
			.filter((l) => l.decision === 'dismissed')
			.map((l) => ({ a: l.applicationA, b: l.applicationB })),
		label: (id) => titles.get(id) ?? id
	}).filter((g) => g.projects.every((id) => titles.has(id)));
	return {
		call,
		projects: rows.map((r) => ({
			id: r.id,
			reference: r.reference,
			title: r.title,
			status: r.status,
			hasCanvas: r.hasCanvas
		})),
		suggestions,
		links: links.map((l) => ({
			id: l.id,
			a: l.applicationA,
			b: l.applicationB,
			kind: l.kind as SynergyKind,
			score: l.score,
			reasons: Array.isArray(l.reasons) ? (l.reasons as string[]) : [],
			decision: l.decision as SynergyDecision,
			continuingId: l.continuingId,
			note: l.note,
			decidedBy: l.decidedByName,
			decidedAt: l.decidedAt.toISOString()
		})),
		groups
	};
}
