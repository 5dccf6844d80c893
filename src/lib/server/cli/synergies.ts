/**
 * `transfo synergies`: the synergy engine (synergy/engine.ts) on a JSON file (or standard input),
 * for checking it and for reusing it outside the application. No database.
 *
 * Unlike `transfo assign` and `transfo calibrate` (exit code 1 for an input that contradicts
 * itself), an input this command cannot use — unreadable file, not JSON, missing or duplicate
 * ids, wrong types — is a usage error: exit code 2, the message, then where to find help.
 */
import { InputError } from '../review/inputError.ts';
import { suggestSynergies, type SynergyPair } from '../synergy/engine.ts';
import { validateSynergyInput } from '../synergy/engine/input.ts';
import { suggestGroups, type SynergyGroup } from '../synergy/groups.ts';
import type { CliIO } from './main.ts';
import { InputFileError, readJsonInput } from './review.ts';

const plural = (n: number, one: string, many: string) => `${n} ${n > 1 ? many : one}`;

/** A problem with the input or the options: `main` turns it into a usage error (exit code 2). */
export class SynergiesInputError extends Error {}

export type SynergiesOptions = {
	in?: string;
	limit?: string;
	'min-score'?: string;
	'per-project'?: string;
};

function numberOption(
	name: string,
	value: string | undefined,
	check: (x: number) => boolean,
	expected: string
): number | undefined {
	if (value === undefined) return undefined;
	const x = Number(value.replace(',', '.'));
	if (value.trim() === '' || !Number.isFinite(x) || !check(x)) {
		throw new SynergiesInputError(`--${name} attend ${expected} (reçu « ${value} »).`);
	}
	return x;
}

/**
 * What the command prints: the pairs, best first, with the covers of complementary pairs; then
 * the groups of 3 or 4 projects whose pairs were all suggested (synergy/groups.ts), best first.
 */
export function presentSynergies(pairs: SynergyPair[], groups: SynergyGroup[] = []) {
	return {
		pairs: pairs.map((p) => ({
			a: p.a,
			b: p.b,
			kind: p.kind,
			score: p.score,
			reasons: p.reasons,
			...(p.covers ? { covers: p.covers } : {})
		})),
		groups: groups.map((g) => ({
			projects: g.projects,
			score: g.score,
			reasons: g.reasons,
			pairs: g.pairs
		}))
	};
}

export async function runSynergies(io: CliIO, options: SynergiesOptions, missing: () => Error) {
	const limit = numberOption(
		'limit',
		options.limit,
		(x) => Number.isInteger(x) && x >= 0,
		'un entier positif ou nul'
	);
	const minScore = numberOption(
		'min-score',
		options['min-score'],
		(x) => x >= 0 && x <= 1,
		'un nombre entre 0 et 1'
	);
	const perProject = numberOption(
		'per-project',
		options['per-project'],
		(x) => Number.isInteger(x) && x >= 1,
		'un entier au moins égal à 1'
	);
	let projects;
	try {
		projects = validateSynergyInput(await readJsonInput(io, options.in, missing));
	} catch (e) {
		if (e instanceof InputError || e instanceof InputFileError)
			throw new SynergiesInputError(e.message);
		throw e;
	}
	const pairs = suggestSynergies(projects, { limit, minScore, perProject });
	const titles = new Map(projects.map((p) => [p.id, p.title.trim() || p.id]));
	const groups = suggestGroups(pairs, { label: (id) => titles.get(id) ?? id });
	const complementary = pairs.filter((p) => p.kind === 'complementary').length;
	io.err(
		`${plural(projects.length, 'projet', 'projets')} : ` +
			`${plural(pairs.length - complementary, 'paire similaire', 'paires similaires')}, ` +
			`${plural(complementary, 'paire complémentaire', 'paires complémentaires')}, ` +
			`${plural(groups.length, 'groupe', 'groupes')}.`
	);
	return presentSynergies(pairs, groups);
}
