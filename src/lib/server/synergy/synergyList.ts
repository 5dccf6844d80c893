import type { Actor } from '../accounts/actor.ts';
import type { DbOrTx } from '../db/client.ts';
import { NotFound } from '../errors.ts';
import { isUuid } from '../programmes/queries.ts';
import { mayReadJury } from '../review/policy.ts';
import { suggestSynergies, type SynergyCover } from './engine.ts';
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
};

/**
 * The synergies of a call's shortlisted projects for the programme team: the engine's suggestions
 * (similar or complementary pairs, with their reasons and score) on the projects' answers and
 * canvases, less the pairs already decided, and those decisions. Anyone else: `NotFound`.
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
	const suggestions = suggestSynergies(suggestable(rows).map((r) => r.project))
		.filter((p) => !decided.has(`${p.a}/${p.b}`))
		.map((p) => ({
			a: p.a,
			b: p.b,
			kind: p.kind,
			score: p.score,
			reasons: p.reasons,
			covers: p.covers ?? []
		}));
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
		}))
	};
}
