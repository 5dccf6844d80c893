/**
 * Checks the JSON input of `transfo synergies` (`{"projects": [...]}`) and turns it into the
 * engine's projects. Every problem is a French sentence (review/inputError.ts).
 */
import { Problems, shown } from '#lib/server/review/inputError.ts';
import type { SynergyProject } from '../engine.ts';

const TEXT_FIELDS = ['title', 'summary', 'text'] as const;
const LIST_FIELDS = ['tags', 'offers', 'needs'] as const;

const isObject = (v: unknown): v is Record<string, unknown> =>
	typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * The projects of the input, or an `InputError` listing what is wrong: not an object, no
 * `projects` list, a project without a non-empty text `id`, an id used twice, a text field that
 * is not a text, a list field that is not a list of texts. `title`, `summary` and `text` default
 * to "", `tags`, `offers` and `needs` to [].
 */
export function validateSynergyInput(value: unknown): SynergyProject[] {
	const problems = new Problems();
	if (!isObject(value) || !Array.isArray(value.projects)) {
		problems.add(
			isObject(value)
				? `« projects » doit être une liste de projets (reçu ${shown(value.projects)}).`
				: `un objet {"projects": [...]} est attendu (reçu ${shown(value)}).`
		);
		problems.throwIfAny();
		return [];
	}
	const seen = new Map<string, number>();
	const projects: SynergyProject[] = [];
	value.projects.forEach((raw: unknown, i: number) => {
		if (problems.stopped()) return;
		const at = `projects[${i}]`;
		if (!isObject(raw)) {
			problems.add(`${at} : un objet est attendu (reçu ${shown(raw)}).`);
			return;
		}
		const id = raw.id;
		if (typeof id !== 'string' || id.trim() === '') {
			problems.add(`${at} : « id » doit être un texte non vide (reçu ${shown(id)}).`);
		} else if (seen.has(id)) {
			problems.add(`${at} : l’identifiant « ${id} » est déjà celui de projects[${seen.get(id)}].`);
		} else {
			seen.set(id, i);
		}
		const project: SynergyProject = {
			id: typeof id === 'string' ? id : '',
			title: '',
			summary: '',
			tags: [],
			offers: [],
			needs: []
		};
		for (const field of TEXT_FIELDS) {
			const v = raw[field];
			if (v === undefined || v === null) continue;
			if (typeof v !== 'string') {
				problems.add(`${at} : « ${field} » doit être un texte (reçu ${shown(v)}).`);
			} else {
				project[field] = v;
			}
		}
		for (const field of LIST_FIELDS) {
			const v = raw[field];
			if (v === undefined || v === null) continue;
			if (!Array.isArray(v)) {
				problems.add(`${at} : « ${field} » doit être une liste de textes (reçu ${shown(v)}).`);
				continue;
			}
			const bad = v.findIndex((x) => typeof x !== 'string');
			if (bad >= 0) {
				problems.add(`${at}.${field}[${bad}] : un texte est attendu (reçu ${shown(v[bad])}).`);
				continue;
			}
			project[field] = v as string[];
		}
		projects.push(project);
	});
	problems.throwIfAny();
	return projects;
}
