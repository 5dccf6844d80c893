import { describe, expect, it } from 'vitest';
import {
	canvasSaveInput,
	emptyContent,
	listItems,
	normaliseText,
	readContent
} from './sections.ts';
import { diffContent, diffText } from './diff.ts';

describe('canvas sections', () => {
	it('splits a list into items, dropping bullets and blank lines', () => {
		expect(listItems('- Un outil\r\n\n  * Des données  \n• Un terrain\nSans puce')).toEqual([
			'Un outil',
			'Des données',
			'Un terrain',
			'Sans puce'
		]);
		expect(listItems('')).toEqual([]);
	});

	it('normalises line endings and trailing spaces', () => {
		expect(normaliseText('  a  \r\nb\t\r\n\r\n')).toBe('a\nb');
	});

	it('fills missing sections and refuses too many items or too long a line', () => {
		const ok = canvasSaveInput.safeParse({ base: '2', sections: { problem: ' P ' } });
		expect(ok.success && ok.data).toMatchObject({ base: 2, sections: { problem: 'P', risks: '' } });
		const many = canvasSaveInput.safeParse({
			base: 0,
			sections: { offers: Array.from({ length: 21 }, (_, i) => `o${i}`).join('\n') }
		});
		expect(many.success).toBe(false);
		expect(many.error?.issues[0].message).toBe('canvas.error.items.offers');
		const long = canvasSaveInput.safeParse({ base: 0, sections: { needs: 'n'.repeat(201) } });
		expect(long.error?.issues[0].message).toBe('canvas.error.item.needs');
		const bad = canvasSaveInput.safeParse({ base: -1, sections: {} });
		expect(bad.error?.issues[0].message).toBe('canvas.error.base');
	});

	it('reads stored content defensively', () => {
		expect(readContent({ problem: 'P', extra: 'x', risks: 3 })).toEqual({
			...emptyContent(),
			problem: 'P'
		});
		expect(readContent(null)).toEqual(emptyContent());
	});
});

describe('canvas differences', () => {
	it('marks words added and removed', () => {
		expect(diffText('Un outil pour mesurer', 'Un outil simple pour évaluer')).toEqual([
			{ kind: 'same', text: 'Un outil ' },
			{ kind: 'added', text: 'simple ' },
			{ kind: 'same', text: 'pour ' },
			{ kind: 'removed', text: 'mesurer' },
			{ kind: 'added', text: 'évaluer' }
		]);
		expect(diffText('', '')).toEqual([]);
		expect(diffText('Même', 'Même')).toEqual([{ kind: 'same', text: 'Même' }]);
	});

	it('reports each section, changed or not', () => {
		const a = { ...emptyContent(), problem: 'A', risks: 'R' };
		const b = { ...emptyContent(), problem: 'B', risks: 'R' };
		const d = diffContent(a, b);
		expect(d).toHaveLength(9);
		expect(d.filter((s) => s.changed).map((s) => s.section)).toEqual(['problem']);
	});
});
