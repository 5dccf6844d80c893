/**
 * The map of France as server-rendered SVG markup (decision 014): the 13 metropolitan regions, and
 * the five overseas regions as insets in a column on the left, each a link (`<a href>`) that the
 * keyboard reaches, named by its region and its figure. The figure is also written on each region
 * (near-black on a white halo), so that colour is never the only carrier. No JavaScript: the
 * markup works as it is sent. Pure: a string from a model, so that it is unit-tested.
 */
import shapes from './regions-paths.json' with { type: 'json' };
import {
	BORDER_COLOUR,
	HATCH_COLOUR,
	LABEL_COLOUR,
	LABEL_HALO,
	NO_DATA_FILL,
	type MapClass
} from './choropleth.ts';

export type MapShape = {
	code: string;
	iso: string;
	name: string;
	overseas: boolean;
	viewBox: number[];
	bbox: number[];
	label: number[];
	d: string;
};

/** The shapes of the 18 regions, metropolitan ones first, from `regions-paths.json`. */
export const REGION_SHAPES: readonly MapShape[] = shapes.regions;

export type MapRegion = {
	/** INSEE region code. */
	code: string;
	/** The figure, or null when there is none (a rate over nothing, a region outside the view). */
	value: number | null;
	/** The figure as written on the map (`12`, `45 %`), empty without one. */
	text: string;
	/** Accessible name of the region's link: its name and its figure, in words. */
	label: string;
	/** Where a click (or Enter) leads; null: the region is drawn but is not a link. */
	href: string | null;
	/** The index of the figure's class in `classes`, null without a figure. */
	classIndex: number | null;
	/** Drawn greyed out (hatched): outside the regions this view is about. */
	outside?: boolean;
};

export type MapModel = {
	/** Prefix of the SVG's ids: unique on the page. */
	id: string;
	title: string;
	description: string;
	regions: readonly MapRegion[];
	classes: readonly MapClass[];
};

// Layout, in the units of the metropolitan frame (1010 × 1010).
const INSET = { x: -262, width: 232, height: 196, gap: 8, padding: 10, caption: 46 };
export const VIEW_BOX = [-272, -10, 1292, 1030] as const;
const LABEL_SIZE = 30;
const CAPTION_SIZE = 26;

const OVERSEAS_ORDER = ['01', '02', '03', '04', '06'];

export function escapeXml(text: string): string {
	return text
		.replace(/&/g, '&amp;')
		.replace(/</g, '&lt;')
		.replace(/>/g, '&gt;')
		.replace(/"/g, '&quot;')
		.replace(/'/g, '&#39;');
}

const n = (v: number) => String(Math.round(v * 10) / 10);

function fillOf(model: MapModel, region: MapRegion | undefined, hatch: string, outside: string) {
	if (!region || region.outside) return `url(#${outside})`;
	if (region.classIndex === null || region.value === null) return `url(#${hatch})`;
	return model.classes[region.classIndex]?.colour ?? NO_DATA_FILL;
}

/** A link (or, for a region that is not one, a plain group hidden from assistive technologies). */
function wrap(region: MapRegion | undefined, code: string, inner: string, extra = ''): string {
	const cls = `region${region?.outside ? ' is-outside' : ''}`;
	if (region?.href) {
		const label = escapeXml(region.label);
		return (
			`<a href="${escapeXml(region.href)}" class="${cls}" data-region="${code}" aria-label="${label}"${extra}>` +
			`<title>${label}</title>${inner}</a>`
		);
	}
	return `<g class="${cls}" data-region="${code}" aria-hidden="true"${extra}>${inner}</g>`;
}

function text(x: number, y: number, size: number, content: string, weight = 700): string {
	return (
		`<text x="${n(x)}" y="${n(y)}" font-size="${size}" font-weight="${weight}" text-anchor="middle" ` +
		`dominant-baseline="central" fill="${LABEL_COLOUR}" stroke="${LABEL_HALO}" stroke-width="${size / 4}" ` +
		`stroke-linejoin="round" paint-order="stroke">${escapeXml(content)}</text>`
	);
}

/** Focus and hover styles: a black and white ring drawn above every region, so none hides it. */
function style(id: string, metroCodes: readonly string[]): string {
	const rings = metroCodes
		.map(
			(c) =>
				`#${id}:has(a.region[data-region="${c}"]:focus-visible) .ring[data-region="${c}"],` +
				`#${id}:has(a.region[data-region="${c}"]:hover) .ring[data-region="${c}"]`
		)
		.join(',');
	return (
		`<style>` +
		`#${id} .ring{display:none}` +
		`${rings}{display:inline}` +
		`#${id} a.region{cursor:pointer;outline:none}` +
		// Without `:has()`, the region's own border thickens instead.
		`#${id} .metropole a.region:focus-visible{stroke:#000;stroke-width:6px}` +
		`#${id} a.region:focus-visible .frame,#${id} a.region:hover .frame{stroke:#000;stroke-width:5px}` +
		`#${id} a.region:focus-visible .frame-inner,#${id} a.region:hover .frame-inner{display:inline}` +
		`#${id} .frame-inner{display:none}` +
		`</style>`
	);
}

/** The whole `<svg>` element. */
export function renderFranceMap(model: MapModel): string {
	const id = model.id.replace(/[^a-zA-Z0-9_-]/g, '');
	const byCode = new Map(model.regions.map((r) => [r.code, r]));
	const hatch = `${id}-nodata`;
	const outside = `${id}-outside`;
	const metro = REGION_SHAPES.filter((s) => !s.overseas);
	const overseas = OVERSEAS_ORDER.map((c) => REGION_SHAPES.find((s) => s.code === c)).filter(
		(s): s is MapShape => s !== undefined
	);
	const shapeId = (code: string) => `${id}-shape-${code}`;
	const parts: string[] = [];

	parts.push(
		`<svg xmlns="http://www.w3.org/2000/svg" id="${id}" class="france-map-svg" ` +
			`viewBox="${VIEW_BOX.join(' ')}" role="group" aria-labelledby="${id}-title" ` +
			`aria-describedby="${id}-desc" font-family="system-ui, sans-serif">`,
		`<title id="${id}-title">${escapeXml(model.title)}</title>`,
		`<desc id="${id}-desc">${escapeXml(model.description)}</desc>`,
		style(
			id,
			metro.map((s) => s.code)
		),
		`<defs>` +
			`<pattern id="${hatch}" patternUnits="userSpaceOnUse" width="12" height="12" patternTransform="rotate(45)">` +
			`<rect width="12" height="12" fill="${NO_DATA_FILL}"/><line x1="0" y1="0" x2="0" y2="12" stroke="${HATCH_COLOUR}" stroke-width="3"/></pattern>` +
			`<pattern id="${outside}" patternUnits="userSpaceOnUse" width="8" height="8">` +
			`<rect width="8" height="8" fill="#f0f0f0"/><circle cx="4" cy="4" r="1.3" fill="${HATCH_COLOUR}"/></pattern>` +
			// The same, for the insets' frames (drawn about four times larger).
			`<pattern id="${hatch}-small" patternUnits="userSpaceOnUse" width="3" height="3" patternTransform="rotate(45)">` +
			`<rect width="3" height="3" fill="${NO_DATA_FILL}"/><line x1="0" y1="0" x2="0" y2="3" stroke="${HATCH_COLOUR}" stroke-width="0.75"/></pattern>` +
			`<pattern id="${outside}-small" patternUnits="userSpaceOnUse" width="2" height="2">` +
			`<rect width="2" height="2" fill="#f0f0f0"/><circle cx="1" cy="1" r="0.33" fill="${HATCH_COLOUR}"/></pattern>` +
			`</defs>`
	);

	// Metropolitan regions: white seams under a dark border, so that both light and dark
	// neighbours stay apart; the fill is set on the link, so that the overlays can reuse the shape.
	parts.push(`<g class="metropole" stroke="#ffffff" stroke-width="3" stroke-linejoin="round">`);
	for (const s of metro) {
		const region = byCode.get(s.code);
		parts.push(
			wrap(
				region,
				s.code,
				`<path id="${shapeId(s.code)}" d="${s.d}"/>`,
				` fill="${fillOf(model, region, hatch, outside)}"`
			)
		);
	}
	parts.push(`</g>`);
	parts.push(
		`<g class="borders" fill="none" stroke="${BORDER_COLOUR}" stroke-width="1" aria-hidden="true" pointer-events="none">` +
			metro.map((s) => `<use href="#${shapeId(s.code)}"/>`).join('') +
			`</g>`
	);
	parts.push(
		`<g class="labels" aria-hidden="true" pointer-events="none">` +
			metro
				.map((s) => {
					const region = byCode.get(s.code);
					return region?.text ? text(s.label[0], s.label[1], LABEL_SIZE, region.text) : '';
				})
				.join('') +
			`</g>`
	);
	parts.push(
		`<g class="rings" fill="none" aria-hidden="true" pointer-events="none">` +
			metro
				.map(
					(s) =>
						`<g class="ring" data-region="${s.code}">` +
						`<use href="#${shapeId(s.code)}" stroke="#000000" stroke-width="9" stroke-linejoin="round"/>` +
						`<use href="#${shapeId(s.code)}" stroke="#ffffff" stroke-width="3" stroke-linejoin="round"/></g>`
				)
				.join('') +
			`</g>`
	);

	// Overseas regions: one framed inset each, the figure on the shape, the name below it.
	parts.push(`<g class="outre-mer">`);
	const captions: string[] = [];
	overseas.forEach((s, i) => {
		const region = byCode.get(s.code);
		const y = i * (INSET.height + INSET.gap);
		const [, , vw, vh] = s.viewBox;
		const boxW = INSET.width - 2 * INSET.padding;
		const boxH = INSET.height - INSET.padding - INSET.caption;
		const scale = Math.min(boxW / vw, boxH / vh);
		const w = vw * scale;
		const h = vh * scale;
		const x = INSET.x + INSET.padding + (boxW - w) / 2;
		const inner =
			`<rect class="frame" x="${n(INSET.x)}" y="${n(y)}" width="${INSET.width}" height="${INSET.height}" ` +
			`fill="#ffffff" stroke="${BORDER_COLOUR}" stroke-width="1.5"/>` +
			`<rect class="frame-inner" x="${n(INSET.x + 4)}" y="${n(y + 4)}" width="${INSET.width - 8}" ` +
			`height="${INSET.height - 8}" fill="none" stroke="#ffffff" stroke-width="2"/>` +
			`<svg x="${n(x)}" y="${n(y + INSET.padding)}" width="${n(w)}" height="${n(h)}" viewBox="${s.viewBox.join(' ')}" overflow="visible">` +
			`<path d="${s.d}" fill="${fillOf(model, region, `${hatch}-small`, `${outside}-small`)}" stroke="${BORDER_COLOUR}" ` +
			`stroke-width="1" vector-effect="non-scaling-stroke"/></svg>`;
		parts.push(wrap(region, s.code, inner));
		captions.push(
			text(
				INSET.x + INSET.width / 2,
				y + INSET.height - INSET.caption / 2,
				CAPTION_SIZE,
				s.name,
				600
			)
		);
		if (region?.text) {
			captions.push(
				text(
					x + (s.label[0] - s.viewBox[0]) * scale,
					y + INSET.padding + (s.label[1] - s.viewBox[1]) * scale,
					LABEL_SIZE,
					region.text
				)
			);
		}
	});
	parts.push(`</g>`);
	// Written outside the links (their names already say it), clicks going through to the frame.
	parts.push(
		`<g class="captions" aria-hidden="true" pointer-events="none">${captions.join('')}</g>`
	);
	parts.push(`</svg>`);
	return parts.join('');
}
