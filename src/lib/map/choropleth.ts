/**
 * The classes of a choropleth map: figures grouped in at most five classes of about as many
 * regions each (quantiles: one large region does not flatten all the others into one colour),
 * each class drawn in one step of a sequential blue scale, light to dark. Pure.
 *
 * Colour is never the only carrier: the figure is written on each region, in its accessible name,
 * and in the table beside the map.
 */

/** Five steps of a sequential blue scale, lightest first (relative luminance strictly decreasing). */
export const PALETTE = ['#eef3fb', '#c3d6ef', '#8fb3e0', '#4a7fc4', '#1f4e93'] as const;

/** The regions' borders: dark, so that every region stands out from the page and from a light fill. */
export const BORDER_COLOUR = '#3a3a3a';

/** A region without a figure (a rate over nothing): white, hatched in grey. */
export const NO_DATA_FILL = '#ffffff';
export const HATCH_COLOUR = '#6a6a6a';

/** The text drawn on the map: near-black on a white halo, whatever the fill below. */
export const LABEL_COLOUR = '#161616';
export const LABEL_HALO = '#ffffff';

export const MAX_CLASSES = PALETTE.length;

export type MapClass = {
	/** Smallest and largest figure of the regions in the class. */
	min: number;
	max: number;
	colour: string;
};

/**
 * The upper bounds of the classes, ascending: each class holds the figures up to its bound (and
 * above the previous one). Equal figures always share a class; with no more distinct figures
 * than classes, each figure is its own class.
 */
export function classBreaks(values: readonly number[], maxClasses = MAX_CLASSES): number[] {
	const sorted = values.filter((v) => Number.isFinite(v)).sort((a, b) => a - b);
	if (sorted.length === 0) return [];
	const distinct = [...new Set(sorted)];
	const k = Math.max(1, Math.min(maxClasses, MAX_CLASSES));
	if (distinct.length <= k) return distinct;
	const bounds: number[] = [];
	for (let i = 1; i <= k; i++) {
		const bound = sorted[Math.ceil((i * sorted.length) / k) - 1];
		if (bounds[bounds.length - 1] !== bound) bounds.push(bound);
	}
	return bounds;
}

/** The index of the class of a figure (the first bound it does not exceed), null without one. */
export function classIndex(
	value: number | null | undefined,
	breaks: readonly number[]
): number | null {
	if (value === null || value === undefined || !Number.isFinite(value) || breaks.length === 0) {
		return null;
	}
	const i = breaks.findIndex((b) => value <= b);
	return i === -1 ? breaks.length - 1 : i;
}

/** The colours of `count` classes: spread over the scale, the lightest and the darkest kept. */
export function classColours(count: number): string[] {
	if (count <= 0) return [];
	if (count === 1) return [PALETTE[2]];
	return Array.from(
		{ length: count },
		(_, i) => PALETTE[Math.round((i * (PALETTE.length - 1)) / (count - 1))]
	);
}

/** The classes of a set of figures, for the map and its legend (figures of no region: none). */
export function mapClasses(values: readonly (number | null)[], maxClasses = MAX_CLASSES) {
	const present = values.filter((v): v is number => v !== null && Number.isFinite(v));
	const breaks = classBreaks(present, maxClasses);
	const allZero = present.length > 0 && present.every((v) => v === 0);
	const colours = allZero ? [PALETTE[0]] : classColours(breaks.length);
	const classes: MapClass[] = breaks.map((upper, i) => {
		const members = present.filter((v) => classIndex(v, breaks) === i);
		return { min: Math.min(...members), max: upper, colour: colours[i] };
	});
	return { breaks, classes };
}

// ---------------------------------------------------------------------------------------------
// Contrast (WCAG 2.1 relative luminance)

function channel(c: number): number {
	const s = c / 255;
	return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
}

export function relativeLuminance(hex: string): number {
	const m = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
	if (!m) throw new Error(`Couleur invalide : ${hex}`);
	const [r, g, b] = [m[1], m[2], m[3]].map((h) => channel(parseInt(h, 16)));
	return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

export function contrastRatio(a: string, b: string): number {
	const [l1, l2] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x);
	return (l1 + 0.05) / (l2 + 0.05);
}
