/**
 * An input to a pure review module (assignment, calibration) that contradicts itself or is not
 * what the module expects. The problems are French sentences for the person who wrote the input
 * (the `transfo` command line prints them); the application builds its inputs itself, so there
 * this error means a bug, not a user mistake.
 */
export class InputError extends Error {
	/** Every problem found (at most `MAX_PROBLEMS`), one sentence each. */
	readonly problems: string[];
	constructor(problems: string[], truncated = false) {
		super(formatProblems(problems, truncated));
		this.name = 'InputError';
		this.problems = problems;
	}
}

/** Past this many problems, the input is probably not the expected kind of file at all. */
export const MAX_PROBLEMS = 20;

function formatProblems(problems: string[], truncated: boolean): string {
	if (problems.length === 1) return `Entrée invalide : ${problems[0]}`;
	const more = truncated ? `\n  (vérification arrêtée après ${MAX_PROBLEMS} problèmes)` : '';
	return `Entrée invalide, ${problems.length} problèmes :\n${problems.map((p) => `  – ${p}`).join('\n')}${more}`;
}

/** Collects problems, stops collecting at `MAX_PROBLEMS`. */
export class Problems {
	readonly list: string[] = [];
	truncated = false;
	add(problem: string): void {
		if (this.list.length < MAX_PROBLEMS) this.list.push(problem);
		else this.truncated = true;
	}
	/** True once the list is full: the caller stops checking (and the message says so). */
	stopped(): boolean {
		if (this.list.length >= MAX_PROBLEMS) this.truncated = true;
		return this.truncated;
	}
	/** Throws an `InputError` when anything was found. */
	throwIfAny(): void {
		if (this.list.length) throw new InputError(this.list, this.truncated);
	}
}

/** A value as it appears in a message: short JSON, cut when long. */
export function shown(value: unknown): string {
	let text: string;
	try {
		text =
			value === undefined
				? 'rien'
				: typeof value === 'number'
					? String(value)
					: (JSON.stringify(value) ?? String(value));
	} catch {
		text = String(value);
	}
	return text.length > 40 ? `${text.slice(0, 37)}…` : text;
}
