/**
 * Form versions. A call's form is edited in place while nobody has started an application on its
 * current version; once someone has, saving a different form makes a new version, and each
 * application keeps (and is always displayed with) the version it answered. Pure: no database.
 */
import type { FormDefinition } from './definition.ts';

export type CurrentForm = {
	number: number;
	definition: FormDefinition;
	applicationsStarted: boolean;
};

export type FormSavePlan = {
	/**
	 * create: the call has no form yet, store version `number` (1);
	 * update: rewrite version `number` in place;
	 * new_version: store version `number` (current + 1), which becomes the current one;
	 * unchanged: nothing to store, `number` is the current version.
	 */
	action: 'create' | 'update' | 'new_version' | 'unchanged';
	number: number;
};

/** What saving `next` over the current version should do. */
export function planFormSave(current: CurrentForm | null, next: FormDefinition): FormSavePlan {
	if (!current) return { action: 'create', number: 1 };
	if (sameDefinition(current.definition, next)) {
		return { action: 'unchanged', number: current.number };
	}
	if (!current.applicationsStarted) return { action: 'update', number: current.number };
	return { action: 'new_version', number: current.number + 1 };
}

/**
 * Two definitions say the same thing: deep equality where the order of object keys does not
 * matter and a property set to `undefined` is the same as an absent one (JSON storage drops them),
 * but the order of sections, questions and options does.
 */
export function sameDefinition(a: FormDefinition, b: FormDefinition): boolean {
	return deepEqual(a, b);
}

function deepEqual(a: unknown, b: unknown): boolean {
	if (Object.is(a, b)) return true;
	if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
	if (Array.isArray(a) !== Array.isArray(b)) return false;
	if (Array.isArray(a) && Array.isArray(b)) {
		return a.length === b.length && a.every((v, i) => deepEqual(v, b[i]));
	}
	const ra = a as Record<string, unknown>;
	const rb = b as Record<string, unknown>;
	const ka = Object.keys(ra).filter((k) => ra[k] !== undefined);
	const kb = Object.keys(rb).filter((k) => rb[k] !== undefined);
	if (ka.length !== kb.length) return false;
	return ka.every((k) => Object.hasOwn(rb, k) && deepEqual(ra[k], rb[k]));
}
