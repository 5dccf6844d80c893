import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
	BORDER_COLOUR,
	HATCH_COLOUR,
	LABEL_COLOUR,
	LABEL_HALO,
	PALETTE,
	classBreaks,
	classColours,
	classIndex,
	contrastRatio,
	mapClasses,
	relativeLuminance
} from './choropleth.ts';

describe('class breaks', () => {
	it('gives each figure its own class when there are few distinct figures', () => {
		expect(classBreaks([3, 0, 3, 7])).toEqual([0, 3, 7]);
		expect(classBreaks([])).toEqual([]);
		expect(classBreaks([5, 5, 5])).toEqual([5]);
	});

	it('groups 18 figures in five classes of about as many regions (quantiles)', () => {
		const values = [0, 0, 0, 1, 1, 2, 2, 3, 4, 5, 6, 8, 9, 12, 15, 20, 40, 250];
		const breaks = classBreaks(values);
		expect(breaks).toHaveLength(5);
		expect(breaks[breaks.length - 1]).toBe(250);
		const sizes = breaks.map((_, i) => values.filter((v) => classIndex(v, breaks) === i).length);
		// One very large region (250) does not push every other into the first class.
		expect(Math.max(...sizes)).toBeLessThanOrEqual(5);
	});

	it('puts every figure in exactly one class, equal figures together, classes in order', () => {
		fc.assert(
			fc.property(
				fc.array(fc.integer({ min: 0, max: 500 }), { minLength: 1, maxLength: 18 }),
				(values) => {
					const breaks = classBreaks(values);
					expect(breaks.length).toBeGreaterThan(0);
					expect(breaks.length).toBeLessThanOrEqual(5);
					expect([...breaks].sort((a, b) => a - b)).toEqual(breaks);
					expect(new Set(breaks).size).toBe(breaks.length);
					for (const v of values) {
						const i = classIndex(v, breaks) as number;
						expect(v).toBeLessThanOrEqual(breaks[i]);
						if (i > 0) expect(v).toBeGreaterThan(breaks[i - 1]);
					}
				}
			)
		);
	});

	it('gives no class to a region without a figure', () => {
		expect(classIndex(null, [1, 2])).toBeNull();
		expect(classIndex(3, [])).toBeNull();
	});
});

describe('map classes and colours', () => {
	it('describes each class by the smallest and largest figure in it', () => {
		const { classes } = mapClasses([0, 1, 2, 3, null, 10, 11, 12, 30, 31, 90]);
		expect(classes.map((c) => [c.min, c.max])).toEqual([
			[0, 1],
			[2, 3],
			[10, 11],
			[12, 30],
			[31, 90]
		]);
		expect(classes.map((c) => c.colour)).toEqual([...PALETTE]);
	});

	it('keeps the lightest and the darkest colours whatever the number of classes', () => {
		expect(classColours(2)).toEqual([PALETTE[0], PALETTE[4]]);
		expect(classColours(3)).toEqual([PALETTE[0], PALETTE[2], PALETTE[4]]);
		// Nothing everywhere is drawn light, not as a middle value.
		expect(mapClasses([0, 0, null]).classes).toEqual([{ min: 0, max: 0, colour: PALETTE[0] }]);
	});

	it('orders the scale from light to dark', () => {
		const l = PALETTE.map(relativeLuminance);
		for (let i = 1; i < l.length; i++) expect(l[i]).toBeLessThan(l[i - 1]);
	});

	it('has enough contrast where it carries meaning', () => {
		// The figures written on the map: dark text on a white halo (WCAG AA for text).
		expect(contrastRatio(LABEL_COLOUR, LABEL_HALO)).toBeGreaterThanOrEqual(4.5);
		// Region borders against the page and the lightest fill; white seams against the darkest.
		expect(contrastRatio(BORDER_COLOUR, '#ffffff')).toBeGreaterThanOrEqual(3);
		expect(contrastRatio(BORDER_COLOUR, PALETTE[0])).toBeGreaterThanOrEqual(3);
		expect(contrastRatio('#ffffff', PALETTE[PALETTE.length - 1])).toBeGreaterThanOrEqual(3);
		// The hatching that marks a region without a figure.
		expect(contrastRatio(HATCH_COLOUR, '#ffffff')).toBeGreaterThanOrEqual(3);
		// Light and dark ends of the scale tell apart.
		expect(contrastRatio(PALETTE[0], PALETTE[PALETTE.length - 1])).toBeGreaterThanOrEqual(3);
	});
});
