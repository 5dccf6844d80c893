import { describe, expect, it } from 'vitest';
import {
	applyIntent,
	parseIntent,
	readRows,
	rowErrors,
	termKindOf,
	termsOf,
	type Row
} from './rows.ts';

const row = (value: string, labelFr = value.toUpperCase(), labelEn = ''): Row => ({
	value,
	labelFr,
	labelEn
});

function formOf(rows: Row[], extra: Record<string, string> = {}): FormData {
	const f = new FormData();
	f.set('rowCount', String(rows.length));
	rows.forEach((r, i) => {
		f.set(`rows.${i}.value`, r.value);
		f.set(`rows.${i}.labelFr`, r.labelFr);
		f.set(`rows.${i}.labelEn`, r.labelEn);
	});
	for (const [k, v] of Object.entries(extra)) f.set(k, v);
	return f;
}

describe('the list editor’s form', () => {
	it('reads the rows as posted, in order, and no more than it says', () => {
		const rows = [row('a', ' Alpha ', 'Alpha'), row('', 'Nouveau')];
		expect(readRows(formOf(rows))).toEqual(rows);
		const f = formOf(rows);
		f.set('rowCount', '1');
		expect(readRows(f)).toEqual([rows[0]]);
		for (const count of ['', '-3', 'abc']) {
			f.set('rowCount', count);
			expect(readRows(f)).toEqual([]);
		}
		f.set('rowCount', '100000');
		expect(readRows(f)).toHaveLength(200);
	});

	it('knows which button was pressed; anything else saves', () => {
		expect(parseIntent('add')).toEqual({ op: 'add' });
		expect(parseIntent('up:2')).toEqual({ op: 'up', index: 2 });
		expect(parseIntent('down:0')).toEqual({ op: 'down', index: 0 });
		expect(parseIntent('archive:11')).toEqual({ op: 'archive', index: 11 });
		expect(parseIntent('restore:sante_travail')).toEqual({
			op: 'restore',
			value: 'sante_travail'
		});
		for (const raw of ['save', '', null, 'up:', 'up:x', 'delete:1', 'restore:']) {
			expect(parseIntent(raw)).toEqual({ op: 'save' });
		}
	});

	it('moves a row up or down, archives one, and ignores what is out of range', () => {
		const rows = [row('a'), row('b'), row('c')];
		const values = (rs: Row[]) => rs.map((r) => r.value);
		expect(values(applyIntent(rows, { op: 'up', index: 2 }))).toEqual(['a', 'c', 'b']);
		expect(values(applyIntent(rows, { op: 'down', index: 0 }))).toEqual(['b', 'a', 'c']);
		expect(values(applyIntent(rows, { op: 'archive', index: 1 }))).toEqual(['a', 'c']);
		expect(values(applyIntent(rows, { op: 'up', index: 0 }))).toEqual(['a', 'b', 'c']);
		expect(values(applyIntent(rows, { op: 'down', index: 2 }))).toEqual(['a', 'b', 'c']);
		expect(values(applyIntent(rows, { op: 'archive', index: 7 }))).toEqual(['a', 'b', 'c']);
		expect(values(applyIntent(rows, { op: 'save' }))).toEqual(['a', 'b', 'c']);
		// The rows given are left as they were.
		expect(values(rows)).toEqual(['a', 'b', 'c']);
	});

	it('saves the rows but the empty new ones, and puts errors back on their rows', () => {
		const rows = [row('a'), row('', '  ', ''), row('', 'Nouveau', 'New'), row('', '', 'Only EN')];
		const { terms, rowOf } = termsOf(rows);
		expect(terms).toEqual([
			{ value: 'a', labelFr: 'A', labelEn: '' },
			{ labelFr: 'Nouveau', labelEn: 'New' },
			{ labelFr: '', labelEn: 'Only EN' }
		]);
		expect(rowOf).toEqual([0, 2, 3]);
		expect(
			rowErrors(
				'typology',
				{
					'terms.1.labelFr': ['calls.error.termDuplicate'],
					'terms.2.labelFr': ['calls.error.termLabel'],
					'terms.2.labelEn': ['calls.error.termLabel'],
					'terms.0.value': ['calls.error.termValue'],
					terms: ['calls.error.terms']
				},
				rowOf
			)
		).toEqual({
			'typology-2-labelFr': ['calls.error.termDuplicate'],
			'typology-3-labelFr': ['calls.error.termLabel'],
			'typology-3-labelEn': ['calls.error.termLabel'],
			'typology-0-labelFr': ['calls.error.termValue'],
			'typology-list': ['calls.error.terms']
		});
	});

	it('knows the two lists only', () => {
		expect(termKindOf('qvct_theme')).toBe('qvct_theme');
		expect(termKindOf('typology')).toBe('typology');
		expect(termKindOf('qvct_themes')).toBeNull();
		expect(termKindOf(null)).toBeNull();
	});
});
