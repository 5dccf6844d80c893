/** The SQL of synergies: a call's projects as the engine reads them, and the team's decisions. */
import { and, asc, eq, inArray, or } from 'drizzle-orm';
import type { DbOrTx } from '../db/client.ts';
import { applications, calls, formVersions, synergyLinks, users } from '../db/schema.ts';
import { answeredTerms, type FormDefinition } from '../calls/form/definition.ts';
import { screeningFilterTerms } from '../applications/screening.ts';
import { searchTextOf } from '../applications/presenters.ts';
import { summaryOf } from '../review/bidBiddable.ts';
import { canvasesForSynergies } from '../canvas/sections.ts';
import type { ApplicationStatus } from '../applications/status.ts';
import type { SynergyProject } from './engine.ts';

/** The projects the synergies look at: shortlisted, and those already decided at the final stage. */
export const SYNERGY_STATUSES = ['shortlisted', 'retained', 'not_retained'] as const;

export type SynergyCall = { id: string; programmeId: string; title: string };

export async function findSynergyCall(db: DbOrTx, callId: string): Promise<SynergyCall | null> {
	const [row] = await db
		.select({ id: calls.id, programmeId: calls.programmeId, title: calls.title })
		.from(calls)
		.where(eq(calls.id, callId));
	return row ?? null;
}

export type ProjectRow = {
	id: string;
	reference: string;
	title: string;
	status: ApplicationStatus;
	/** Whether its canvas has been written (else offers and needs are empty). */
	hasCanvas: boolean;
	project: SynergyProject;
};

/**
 * The call's projects in `SYNERGY_STATUSES` (and the merged ones, named in past decisions: callers
 * leave them out of suggestions), each as the engine reads it: title, summary, QVCT
 * themes and typology by their French names (so reasons read well), the canvas's offers and needs,
 * and all their text (answers and canvas).
 */
export async function synergyProjects(db: DbOrTx, call: SynergyCall): Promise<ProjectRow[]> {
	const rows = await db
		.select({
			id: applications.id,
			reference: applications.reference,
			title: applications.title,
			status: applications.status,
			answers: applications.answers,
			definition: formVersions.definition
		})
		.from(applications)
		.innerJoin(formVersions, eq(formVersions.id, applications.formVersionId))
		.where(
			and(
				eq(applications.callId, call.id),
				inArray(applications.status, [...SYNERGY_STATUSES, 'merged'])
			)
		)
		.orderBy(asc(applications.reference));
	if (rows.length === 0) return [];
	const terms = await screeningFilterTerms(db, call.programmeId);
	const nameOf = (list: { value: string; label: { fr: string } }[], value: string) =>
		list.find((t) => t.value === value)?.label.fr ?? value;
	const canvases = await canvasesForSynergies(
		db,
		rows.map((r) => r.id)
	);
	return rows.map((r) => {
		const def = r.definition as FormDefinition;
		const answers = (r.answers ?? {}) as Record<string, unknown>;
		const canvas = canvases.get(r.id);
		const tags = [
			...answeredTerms(def, answers, 'qvct_themes').map((v) => nameOf(terms.qvct_theme, v)),
			...answeredTerms(def, answers, 'typology').map((v) => nameOf(terms.typology, v))
		];
		return {
			id: r.id,
			reference: r.reference,
			title: r.title,
			status: r.status as ApplicationStatus,
			hasCanvas: canvas !== undefined,
			project: {
				id: r.id,
				title: r.title,
				summary: summaryOf(def, answers),
				tags,
				offers: canvas?.offers ?? [],
				needs: canvas?.needs ?? [],
				text: [searchTextOf(def, '', answers, null), canvas?.text ?? ''].join('\n\n')
			}
		};
	});
}

export type SynergyLinkRow = typeof synergyLinks.$inferSelect & { decidedByName: string | null };

/** The team's decisions on the call's pairs, newest first. */
export async function linksOfCall(db: DbOrTx, callId: string): Promise<SynergyLinkRow[]> {
	const rows = await db
		.select({ link: synergyLinks, decidedByName: users.name })
		.from(synergyLinks)
		.leftJoin(users, eq(users.id, synergyLinks.decidedBy))
		.where(eq(synergyLinks.callId, callId))
		.orderBy(asc(synergyLinks.decidedAt));
	return rows.map((r) => ({ ...r.link, decidedByName: r.decidedByName })).reverse();
}

/** The decisions naming an application (either side), for its pages. */
export async function linksOfApplication(
	db: DbOrTx,
	applicationId: string
): Promise<(typeof synergyLinks.$inferSelect)[]> {
	return db
		.select()
		.from(synergyLinks)
		.where(
			or(eq(synergyLinks.applicationA, applicationId), eq(synergyLinks.applicationB, applicationId))
		)
		.orderBy(asc(synergyLinks.decidedAt));
}

/** The projects suggestions are made on (not merged into another). */
export const suggestable = (rows: ProjectRow[]) => rows.filter((r) => r.status !== 'merged');

/** The pair in the stored order (a < b, as the engine orders ids). */
export const orderedPair = (x: string, y: string): [string, string] => (x < y ? [x, y] : [y, x]);

export type MergerView = {
	/** The project this one merged into (it continues), if it did. */
	into: { id: string; reference: string; title: string } | null;
	/** The projects that merged into this one. */
	from: { id: string; reference: string; title: string }[];
};

/** The mergers an application took part in, either side. */
export async function mergerOf(db: DbOrTx, applicationId: string): Promise<MergerView> {
	const [self] = await db
		.select({ into: applications.mergedIntoId })
		.from(applications)
		.where(eq(applications.id, applicationId));
	const pick = {
		id: applications.id,
		reference: applications.reference,
		title: applications.title
	};
	const [into] = self?.into
		? await db.select(pick).from(applications).where(eq(applications.id, self.into))
		: [];
	const from = await db
		.select(pick)
		.from(applications)
		.where(eq(applications.mergedIntoId, applicationId))
		.orderBy(asc(applications.reference));
	return { into: into ?? null, from };
}
