/** What the outside world sees of programmes and cycles: JSON-safe views, never raw rows. */
import type { PhaseKind } from './schemas.ts';
import { currentPhase, inCalendarOrder, type CurrentPhase } from './phases.ts';

export type ProgrammeView = {
	id: string;
	slug: string;
	name: string;
	operators: string;
	description: string;
	hasLogo: boolean;
	logoUrl: string | null;
	createdAt: string;
	updatedAt: string;
};

export type PhaseView = { kind: PhaseKind; startsAt: string; endsAt: string | null };

export type CycleView = {
	id: string;
	programmeId: string;
	name: string;
	description: string;
	phases: PhaseView[];
	currentPhase: CurrentPhase;
	createdAt: string;
	updatedAt: string;
};

export type ProgrammeRow = {
	id: string;
	slug: string;
	name: string;
	operators: string;
	description: string;
	hasLogo: boolean;
	createdAt: Date;
	updatedAt: Date;
};

export type CycleRow = {
	id: string;
	programmeId: string;
	name: string;
	description: string;
	createdAt: Date;
	updatedAt: Date;
};

export type PhaseRow = { kind: PhaseKind; startsAt: Date; endsAt: Date | null };

/** Where the logo is served; the version makes browsers fetch it again after a change. */
export function logoUrl(p: Pick<ProgrammeRow, 'slug' | 'updatedAt'>): string {
	return `/programmes/${p.slug}/logo?v=${p.updatedAt.getTime()}`;
}

export function presentProgramme(p: ProgrammeRow): ProgrammeView {
	return {
		id: p.id,
		slug: p.slug,
		name: p.name,
		operators: p.operators,
		description: p.description,
		hasLogo: p.hasLogo,
		logoUrl: p.hasLogo ? logoUrl(p) : null,
		createdAt: p.createdAt.toISOString(),
		updatedAt: p.updatedAt.toISOString()
	};
}

export function presentCycle(
	c: CycleRow,
	phases: readonly PhaseRow[],
	now = new Date()
): CycleView {
	return {
		id: c.id,
		programmeId: c.programmeId,
		name: c.name,
		description: c.description,
		phases: inCalendarOrder(phases).map((p) => ({
			kind: p.kind,
			startsAt: p.startsAt.toISOString(),
			endsAt: p.endsAt ? p.endsAt.toISOString() : null
		})),
		currentPhase: currentPhase(phases, now),
		createdAt: c.createdAt.toISOString(),
		updatedAt: c.updatedAt.toISOString()
	};
}

/** The first paragraph of a description, cut at a word near `max` characters. */
export function summary(description: string, max = 280): string {
	const first = paragraphs(description)[0] ?? '';
	if (first.length <= max) return first;
	const cut = first.slice(0, max);
	const space = cut.lastIndexOf(' ');
	return `${(space > max * 0.6 ? cut.slice(0, space) : cut).replace(/[\s,;:.—–-]+$/, '')}…`;
}

/** A plain-text description as paragraphs (separated by blank lines). */
export function paragraphs(text: string): string[] {
	return text
		.replace(/\r\n?/g, '\n')
		.split(/\n\s*\n/)
		.map((p) => p.trim())
		.filter((p) => p !== '');
}
