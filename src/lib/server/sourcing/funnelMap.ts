/**
 * The map of a funnel for one measure: each region's figure, class and link, the legend, and the
 * same figures as a table (what `FranceMap.svelte` draws). For a partner, the regions outside its
 * own are drawn greyed out, without figure or link. Pure (translations are passed in).
 */
import { REGIONS } from '../../regions.ts';
import type { Locale, Translate } from '../../i18n/index.ts';
import { classIndex, mapClasses } from '../../map/choropleth.ts';
import type { MapModel, MapRegion } from '../../map/franceMap.ts';
import { formatFigure } from '../../map/format.ts';
import { isRateMeasure, measureValue, type FunnelMeasure } from './funnelMeasures.ts';
import type { Funnel } from './funnelView.ts';

export type LegendItem = { label: string; fill: string; kind: 'class' | 'noData' | 'outside' };

export type MapFigure = {
	code: string;
	name: string;
	value: number | null;
	/** The figure as written (empty without one). */
	text: string;
	href: string | null;
};

export type FunnelMap = {
	model: MapModel;
	legendTitle: string;
	legend: LegendItem[];
	/** The regions of the view with their figure, in the map's table. */
	figures: MapFigure[];
	measure: FunnelMeasure;
};

export function funnelMap(
	funnel: Funnel,
	measure: FunnelMeasure,
	t: Translate,
	locale: Locale,
	opts: {
		/** Prefix of the SVG's ids. */
		id: string;
		/** Where each region leads (null: no link). */
		hrefOf: (code: string) => string | null;
		/** What the map says about its links (read after its title). */
		description: string;
	}
): FunnelMap {
	const rate = isRateMeasure(measure);
	const measureLabel = t(`funnel.measure.${measure}`);
	const rows = new Map(funnel.byRegion.map((r) => [r.code, r]));
	const values = REGIONS.map((r) => {
		const row = rows.get(r.code);
		return row ? measureValue(row, measure) : null;
	});
	const { breaks, classes } = mapClasses(values);
	let noData = false;
	let outside = false;
	const regions: MapRegion[] = REGIONS.map((r, i) => {
		const row = rows.get(r.code);
		if (!row) {
			outside = true;
			return {
				code: r.code,
				value: null,
				text: '',
				label: r.name,
				href: null,
				classIndex: null,
				outside: true
			};
		}
		const value = values[i];
		if (value === null) noData = true;
		const text = formatFigure(value, rate, locale);
		return {
			code: r.code,
			value,
			text,
			label: t('funnel.map.regionLabel', {
				region: r.name,
				measure: measureLabel,
				value: value === null ? t('funnel.noData') : text
			}),
			href: opts.hrefOf(r.code),
			classIndex: classIndex(value, breaks)
		};
	});
	const legend: LegendItem[] = classes.map((c) => {
		const min = formatFigure(c.min, rate, locale);
		const max = formatFigure(c.max, rate, locale);
		return {
			kind: 'class',
			fill: c.colour,
			label: c.min === c.max ? min : t('funnel.legend.range', { min, max })
		};
	});
	if (noData) legend.push({ kind: 'noData', fill: '', label: t('funnel.legend.noData') });
	if (outside) legend.push({ kind: 'outside', fill: '', label: t('funnel.legend.outside') });

	return {
		measure,
		legendTitle: measureLabel,
		legend,
		model: {
			id: opts.id,
			title: t('funnel.map.title', { measure: measureLabel }),
			description: `${opts.description} ${t('funnel.map.overseas')}`,
			regions,
			classes
		},
		figures: regions
			.filter((r) => !r.outside)
			.map((r) => ({
				code: r.code,
				name: REGIONS.find((x) => x.code === r.code)?.name ?? r.code,
				value: r.value,
				text: r.text,
				href: r.href
			}))
	};
}
