/**
 * The grid editor's rows: read from the posted form (every criterion's fields, as typed), changed
 * by the button pressed (move, remove, add), and turned into the grid's input. Pure.
 */
import type { Criterion, CriterionInput } from '#lib/server/review/grid.ts';
import type { MessageKey, Translate } from '#lib/i18n/index.ts';

export type GridRow = {
	key: string;
	labelFr: string;
	labelEn: string;
	guidanceFr: string;
	guidanceEn: string;
	weight: string;
	min: string;
	max: string;
	allowNotApplicable: boolean;
	commentRequired: boolean;
};

export type GridIntent =
	{ op: 'save' | 'add' | 'default' } | { op: 'up' | 'down' | 'remove'; index: number };

export const MAX_ROWS = 30;

/** The form field (and input id) of a row's field: the path the grid's validation reports. */
export const FIELD_PATHS = {
	labelFr: 'label.fr',
	labelEn: 'label.en',
	guidanceFr: 'guidance.fr',
	guidanceEn: 'guidance.en',
	weight: 'weight',
	min: 'scale.min',
	max: 'scale.max',
	key: 'key'
} as const;
export const fieldName = (i: number, field: keyof typeof FIELD_PATHS) =>
	`criteria.${i}.${FIELD_PATHS[field]}`;

/** Each row field with the message key of its label (the key field's label takes a `key`). */
export const GRID_FIELDS = [
	['labelFr', 'jury.grid.labelFr'],
	['labelEn', 'jury.grid.labelEn'],
	['guidanceFr', 'jury.grid.guidanceFr'],
	['guidanceEn', 'jury.grid.guidanceEn'],
	['weight', 'jury.grid.weight'],
	['min', 'jury.grid.scaleMin'],
	['max', 'jury.grid.scaleMax'],
	['key', 'jury.grid.key']
] as const satisfies readonly (readonly [keyof typeof FIELD_PATHS, MessageKey])[];

/** The error summary's label of every row field: « <field> of criterion <n> ». */
export function gridErrorLabels(rowCount: number, t: Translate): Record<string, string> {
	const out: Record<string, string> = {};
	for (let i = 0; i < rowCount; i++) {
		for (const [field, key] of GRID_FIELDS) {
			out[fieldName(i, field)] = t('jury.grid.fieldError', {
				field: t(key, { key: '' }),
				n: i + 1
			});
		}
	}
	return out;
}

export function emptyRow(): GridRow {
	return {
		key: '',
		labelFr: '',
		labelEn: '',
		guidanceFr: '',
		guidanceEn: '',
		weight: '1',
		min: '1',
		max: '4',
		allowNotApplicable: true,
		commentRequired: true
	};
}

export function rowFromCriterion(c: Criterion): GridRow {
	return {
		key: c.key,
		labelFr: c.label.fr,
		labelEn: c.label.en,
		guidanceFr: c.guidance.fr,
		guidanceEn: c.guidance.en,
		weight: String(c.weight),
		min: String(c.scale.min),
		max: String(c.scale.max),
		allowNotApplicable: c.allowNotApplicable,
		commentRequired: c.commentRequired
	};
}

export function readRows(form: FormData): GridRow[] {
	const count = Math.min(Math.max(Number(form.get('rowCount')) || 0, 0), MAX_ROWS);
	const str = (name: string) => String(form.get(name) ?? '');
	return Array.from({ length: count }, (_, i) => ({
		key: str(fieldName(i, 'key')),
		labelFr: str(fieldName(i, 'labelFr')),
		labelEn: str(fieldName(i, 'labelEn')),
		guidanceFr: str(fieldName(i, 'guidanceFr')),
		guidanceEn: str(fieldName(i, 'guidanceEn')),
		weight: str(fieldName(i, 'weight')),
		min: str(fieldName(i, 'min')),
		max: str(fieldName(i, 'max')),
		allowNotApplicable: form.get(`criteria.${i}.allowNotApplicable`) === 'on',
		commentRequired: form.get(`criteria.${i}.commentRequired`) === 'on'
	}));
}

export function parseIntent(value: FormDataEntryValue | null): GridIntent {
	const [op, arg] = String(value ?? 'save').split(':');
	const index = Number(arg);
	if ((op === 'up' || op === 'down' || op === 'remove') && Number.isInteger(index) && index >= 0) {
		return { op, index };
	}
	if (op === 'add' || op === 'default') return { op };
	return { op: 'save' };
}

export function applyIntent(rows: GridRow[], intent: GridIntent): GridRow[] {
	const out = [...rows];
	if (intent.op === 'add') return [...out, emptyRow()];
	if (!('index' in intent) || intent.index >= out.length) return out;
	const i = intent.index;
	if (intent.op === 'remove') out.splice(i, 1);
	else {
		const j = intent.op === 'up' ? i - 1 : i + 1;
		if (j >= 0 && j < out.length) [out[i], out[j]] = [out[j], out[i]];
	}
	return out;
}

export function toCriteria(rows: GridRow[]): CriterionInput[] {
	return rows.map((r) => ({
		key: r.key || undefined,
		label: { fr: r.labelFr, en: r.labelEn },
		guidance: { fr: r.guidanceFr, en: r.guidanceEn },
		weight: r.weight.replace(',', '.') as unknown as number,
		scale: { min: r.min as unknown as number, max: r.max as unknown as number },
		allowNotApplicable: r.allowNotApplicable,
		commentRequired: r.commentRequired
	}));
}
