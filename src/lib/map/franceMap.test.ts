import { describe, expect, it } from 'vitest';
import { REGIONS } from '../regions.ts';
import { mapClasses, classIndex, PALETTE } from './choropleth.ts';
import { REGION_SHAPES, renderFranceMap, type MapRegion } from './franceMap.ts';
import { boundingBox, containsPoint, pathRings } from './pathGeometry.ts';

function model(regions: MapRegion[]) {
	const { classes } = mapClasses(regions.map((r) => r.value));
	return {
		id: 'carte',
		title: 'Carte de France',
		description: 'Chaque région est un lien.',
		regions,
		classes
	};
}

function teamRegions(): MapRegion[] {
	const values = REGIONS.map((_, i) => (i === 3 ? null : i * 2));
	const { breaks } = mapClasses(values);
	return REGIONS.map((r, i) => ({
		code: r.code,
		value: values[i],
		text: values[i] === null ? '' : String(values[i]),
		label: `${r.name}, candidatures déposées : ${values[i] ?? 'pas de chiffre'}`,
		href: `/admin/programmes/p/appels/c/candidatures?region=${r.code}`,
		classIndex: classIndex(values[i], breaks)
	}));
}

/** The `<a>` elements of the markup, with their attributes. */
function links(svg: string) {
	return [...svg.matchAll(/<a ([^>]*)>/g)].map((m) => {
		const attrs = Object.fromEntries(
			[...m[1].matchAll(/([\w:-]+)="([^"]*)"/g)].map((a) => [a[1], a[2]])
		);
		return attrs;
	});
}

describe('the region shapes', () => {
	it('cover the 18 regions once, five of them overseas', () => {
		expect(REGION_SHAPES.map((s) => s.code).sort()).toEqual(REGIONS.map((r) => r.code).sort());
		expect(
			REGION_SHAPES.filter((s) => s.overseas)
				.map((s) => s.code)
				.sort()
		).toEqual(['01', '02', '03', '04', '06']);
	});

	it('place each figure inside its region, and the metropolitan ones inside the frame', () => {
		for (const s of REGION_SHAPES) {
			const rings = pathRings(s.d);
			expect(containsPoint(rings, [s.label[0], s.label[1]]), s.name).toBe(true);
			const box = boundingBox(rings);
			expect(box.minX).toBeGreaterThanOrEqual(s.viewBox[0] - 1);
			expect(box.maxX).toBeLessThanOrEqual(s.viewBox[0] + s.viewBox[2] + 1);
			expect(box.maxY).toBeLessThanOrEqual(s.viewBox[1] + s.viewBox[3] + 1);
		}
	});
});

describe('the map', () => {
	it('has 18 regions the keyboard reaches, each named by its region and its figure', () => {
		const svg = renderFranceMap(model(teamRegions()));
		const found = links(svg);
		expect(found).toHaveLength(18);
		for (const r of REGIONS) {
			const link = found.find((a) => a['data-region'] === r.code);
			expect(link, r.name).toBeDefined();
			expect(link?.href).toBe(`/admin/programmes/p/appels/c/candidatures?region=${r.code}`);
			expect(link?.['aria-label']).toMatch(
				new RegExp(`^${r.name.replace(/[’-]/g, '.')}, candidatures déposées : `)
			);
			// Nothing takes a link out of the tab order.
			expect(link?.tabindex).toBeUndefined();
		}
	});

	it('is titled and described for assistive technologies, without hiding its links', () => {
		const svg = renderFranceMap(model(teamRegions()));
		expect(svg).toMatch(/^<svg [^>]*role="group"[^>]*aria-labelledby="carte-title"/);
		expect(svg).not.toMatch(/^<svg [^>]*role="img"/);
		expect(svg).toContain('<title id="carte-title">Carte de France</title>');
		expect(svg).toContain('<desc id="carte-desc">Chaque région est un lien.</desc>');
		// The figures written on the map are not read twice.
		expect(svg).toMatch(/<g class="labels" aria-hidden="true"/);
		expect(svg).toMatch(/<g class="captions" aria-hidden="true"/);
	});

	it('colours each region by its class and hatches a region without a figure', () => {
		const regions = teamRegions();
		const svg = renderFranceMap(model(regions));
		const bretagne = regions.find((r) => r.code === '53') as MapRegion;
		const { classes } = mapClasses(regions.map((r) => r.value));
		expect(svg).toMatch(
			new RegExp(`data-region="53"[^>]*fill="${classes[bretagne.classIndex as number].colour}"`)
		);
		const none = regions.find((r) => r.value === null) as MapRegion;
		expect(svg).toContain(`url(#carte-nodata`);
		expect(svg).toMatch(
			new RegExp(`data-region="${none.code}"[^>]*aria-label="[^"]*pas de chiffre"`)
		);
		expect(PALETTE).toContain(classes[0].colour);
	});

	it('writes each figure on the map, not only in colour', () => {
		const svg = renderFranceMap(model(teamRegions()));
		const labels = /<g class="labels"[^>]*>(.*?)<\/g>/.exec(svg)?.[1] ?? '';
		const captions = /<g class="captions"[^>]*>(.*?)<\/g>/.exec(svg)?.[1] ?? '';
		const written = [...(labels + captions).matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map(
			(m) => m[1]
		);
		expect(written).toContain('10');
		// 13 metropolitan figures, the five overseas names, and four overseas figures (La Réunion
		// has none).
		expect(written).toHaveLength(13 + 5 + 4);
		expect(written).toContain('Guadeloupe');
		expect(written).toContain('La Réunion');
		expect(written.filter((w) => w === '0')).toHaveLength(1);
	});

	it('draws the regions outside a partner’s view greyed out, neither link nor figure', () => {
		const regions = teamRegions().map((r) =>
			r.code === '53'
				? r
				: { ...r, href: null, value: null, text: '', classIndex: null, outside: true }
		);
		const svg = renderFranceMap(model(regions));
		expect(links(svg).map((a) => a['data-region'])).toEqual(['53']);
		expect(svg).toMatch(
			/<g class="region is-outside" data-region="11" aria-hidden="true" fill="url\(#carte-outside\)"/
		);
	});

	it('escapes what it writes', () => {
		const regions = teamRegions().map((r) => ({ ...r, label: `${r.label} <b>"&"</b>` }));
		const svg = renderFranceMap({ ...model(regions), title: 'A < B & "C"' });
		expect(svg).not.toContain('<b>');
		expect(svg).toContain('&lt;b&gt;&quot;&amp;&quot;&lt;/b&gt;');
		expect(svg).toContain('<title id="carte-title">A &lt; B &amp; &quot;C&quot;</title>');
	});
});
