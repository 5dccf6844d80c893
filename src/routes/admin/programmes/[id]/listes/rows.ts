/**
 * The list editor's form, read and changed without JavaScript: each list is one form posting all
 * its rows (`rows.<i>.value|labelFr|labelEn`, `rowCount`), and the button pressed (`intent`) says
 * what to do with them before they are saved: move a row, archive it, add an empty row, restore an
 * archived term. Pure (no I/O), and only types from the server: the page uses it too.
 */
import type { FieldErrors } from '#lib/server/errors.ts';
import type { TermKind } from '#lib/server/calls/schemas.ts';

/** One row of the editor; `value` is empty for a term not saved yet. */
export type Row = { value: string; labelFr: string; labelEn: string };

export type Intent =
	| { op: 'save' }
	| { op: 'add' }
	| { op: 'up' | 'down' | 'archive'; index: number }
	| { op: 'restore'; value: string };

/** More rows than a list may hold (100) are refused by the use case; past this, not even read. */
const MAX_ROWS = 200;

/** The two lists, in the page's order (types only here: the page imports this file too). */
export const LIST_KINDS = ['qvct_theme', 'typology'] as const satisfies readonly TermKind[];

export function termKindOf(raw: unknown): TermKind | null {
	return (LIST_KINDS as readonly unknown[]).includes(raw) ? (raw as TermKind) : null;
}

const text = (form: FormData, key: string) => {
	const v = form.get(key);
	return typeof v === 'string' ? v : '';
};

/** The rows as posted, in their order. */
export function readRows(form: FormData): Row[] {
	const count = Math.min(MAX_ROWS, Math.max(0, Math.trunc(Number(text(form, 'rowCount'))) || 0));
	const rows: Row[] = [];
	for (let i = 0; i < count; i++) {
		rows.push({
			value: text(form, `rows.${i}.value`).trim(),
			labelFr: text(form, `rows.${i}.labelFr`),
			labelEn: text(form, `rows.${i}.labelEn`)
		});
	}
	return rows;
}

/** The button pressed: `save` (also Enter in a field), `add`, `up:2`, `down:0`, `archive:3`, `restore:<key>`. */
export function parseIntent(raw: unknown): Intent {
	const s = typeof raw === 'string' ? raw : '';
	if (s === 'add') return { op: 'add' };
	const move = /^(up|down|archive):(\d{1,4})$/.exec(s);
	if (move) return { op: move[1] as 'up' | 'down' | 'archive', index: Number(move[2]) };
	const restore = /^restore:(.{1,100})$/.exec(s);
	if (restore) return { op: 'restore', value: restore[1] };
	return { op: 'save' };
}

/**
 * The rows after a move or an archive (the archived row leaves the list: the use case archives
 * what the list leaves out). An index out of range changes nothing.
 */
export function applyIntent(rows: readonly Row[], intent: Intent): Row[] {
	const out = [...rows];
	if (intent.op !== 'up' && intent.op !== 'down' && intent.op !== 'archive') return out;
	const i = intent.index;
	if (i < 0 || i >= out.length) return out;
	if (intent.op === 'archive') {
		out.splice(i, 1);
		return out;
	}
	const j = intent.op === 'up' ? i - 1 : i + 1;
	if (j < 0 || j >= out.length) return out;
	[out[i], out[j]] = [out[j], out[i]];
	return out;
}

const isBlank = (r: Row) => !r.value && !r.labelFr.trim() && !r.labelEn.trim();

/**
 * The list to save: the rows in order, empty new rows left out (an « Ajouter un terme » not
 * filled in), with, for each term, the row it came from (to put its errors back on that row).
 */
export function termsOf(rows: readonly Row[]): {
	terms: { value?: string; labelFr: string; labelEn: string }[];
	rowOf: number[];
} {
	const terms: { value?: string; labelFr: string; labelEn: string }[] = [];
	const rowOf: number[] = [];
	rows.forEach((r, i) => {
		if (isBlank(r)) return;
		terms.push({ ...(r.value ? { value: r.value } : {}), labelFr: r.labelFr, labelEn: r.labelEn });
		rowOf.push(i);
	});
	return { terms, rowOf };
}

/** The id of a row's field in the page: `qvct_theme-2-labelFr`. */
export const fieldId = (kind: TermKind, row: number, field: 'labelFr' | 'labelEn') =>
	`${kind}-${row}-${field}`;

/** The list's own errors (too many terms), not tied to one row. */
export const listErrorId = (kind: TermKind) => `${kind}-list`;

/** The use case's errors (`terms.<k>.labelFr`…) under the ids of the rows they belong to. */
export function rowErrors(
	kind: TermKind,
	fields: FieldErrors,
	rowOf: readonly number[]
): FieldErrors {
	const out: FieldErrors = {};
	for (const [path, messages] of Object.entries(fields)) {
		const m = /^terms\.(\d+)\.(\w+)$/.exec(path);
		const row = m ? rowOf[Number(m[1])] : undefined;
		const key =
			m && row !== undefined
				? fieldId(kind, row, m[2] === 'labelEn' ? 'labelEn' : 'labelFr')
				: listErrorId(kind);
		(out[key] ??= []).push(...messages.filter((x) => !out[key]?.includes(x)));
	}
	return out;
}
