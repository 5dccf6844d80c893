/**
 * `transfo assign` and `transfo calibrate`: the jury's pure algorithms on a JSON file (or
 * standard input), for checking them and for reusing them outside the application. No database.
 */
import fs from 'node:fs';
import path from 'node:path';
import { presentAssignment, solveAssignment } from '../review/assignment/solve.ts';
import { calibrate, presentCalibration } from '../review/calibration.ts';
import type { CliIO } from './main.ts';

/** The input file could not be read, or is not JSON. */
export class InputFileError extends Error {}

const plural = (n: number, one: string, many: string) => `${n} ${n > 1 ? many : one}`;
const decimal = (x: number) => x.toLocaleString('fr-FR', { maximumFractionDigits: 6 });

/** Reads and parses the JSON input: the file, or standard input when there is none (or `-`). */
export async function readJsonInput(
	io: CliIO,
	file: string | undefined,
	missing: () => Error
): Promise<unknown> {
	let text: string;
	let source: string;
	if (file === undefined || file === '-') {
		// Waiting on a terminal would look like a hang: the user forgot the file.
		if (io.stdinIsTTY) throw missing();
		text = await io.stdin();
		source = 'l’entrée standard';
	} else {
		const full = path.resolve(io.cwd, file);
		source = `« ${file} »`;
		try {
			text = fs.readFileSync(full, 'utf8');
		} catch (e) {
			const code = (e as { code?: string }).code;
			throw new InputFileError(
				code === 'ENOENT'
					? `Fichier introuvable : ${full}.`
					: code === 'EISDIR'
						? `${full} est un dossier, pas un fichier.`
						: `Impossible de lire ${full} : ${(e as Error).message}`
			);
		}
	}
	if (text.trim() === '')
		throw new InputFileError(`${source} est vide : un objet JSON est attendu.`);
	try {
		return JSON.parse(text);
	} catch (e) {
		throw new InputFileError(`${source} n’est pas du JSON valide : ${(e as Error).message}`);
	}
}

export async function runAssign(io: CliIO, value: unknown) {
	const result = solveAssignment(value);
	const missing = result.unfilled.reduce((s, u) => s + u.missing, 0);
	io.err(
		`${plural(result.filled, 'place pourvue', 'places pourvues')} sur ${result.demand}` +
			`${result.locked ? ` (dont ${plural(result.locked, 'verrouillée', 'verrouillées')})` : ''}, ` +
			`affinité totale ${decimal(result.objective)}.`
	);
	if (missing) {
		io.err(
			`Attention : ${plural(result.unfilled.length, 'candidature n’a', 'candidatures n’ont')} pas ` +
				`tous ses membres du jury (${plural(missing, 'place manque', 'places manquent')}) : ` +
				'pas assez de membres du jury possibles, hors conflits et dans leurs maximums.'
		);
	}
	if (result.underloaded.length) {
		const list = result.underloaded
			.slice(0, 10)
			.map((u) => `${u.reviewer} (${u.load} sur ${u.min})`)
			.join(', ');
		io.err(
			`Attention : minimum impossible à atteindre pour ${plural(result.underloaded.length, 'membre', 'membres')} ` +
				`du jury : ${list}${result.underloaded.length > 10 ? ', …' : ''}.`
		);
	}
	return presentAssignment(result);
}

export async function runCalibrate(io: CliIO, value: unknown) {
	const result = calibrate(value);
	const discuss = result.applications.filter((a) => a.discuss).length;
	io.err(
		`${plural(result.applications.length, 'candidature', 'candidatures')}, ` +
			`${plural(result.reviewers.length, 'membre', 'membres')} du jury ; ` +
			`${plural(discuss, 'à discuter', 'à discuter')} (désaccord fort entre membres du jury).`
	);
	if (!result.model.converged) {
		io.err(
			`Attention : l’estimation des variances n’a pas convergé en ${result.model.iterations} itérations ; ` +
				'les scores restent ceux de la dernière.'
		);
	}
	return presentCalibration(result);
}
