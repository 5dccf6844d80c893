/**
 * The measures the map of the funnel can show, one at a time, chosen by the `mesure` query
 * parameter of the dashboards (French values, as in their addresses). Pure.
 */
import type { FunnelRow } from './funnelView.ts';

export const FUNNEL_MEASURES = [
	'prospects',
	'invited',
	'started',
	'submitted',
	'eligible',
	'submissionRate',
	'partnerShare'
] as const;
export type FunnelMeasure = (typeof FUNNEL_MEASURES)[number];

export const DEFAULT_MEASURE: FunnelMeasure = 'submitted';

/** The `mesure` parameter of each measure. */
export const MEASURE_PARAMS: Record<FunnelMeasure, string> = {
	prospects: 'prospects',
	invited: 'invites',
	started: 'commencees',
	submitted: 'deposees',
	eligible: 'eligibles',
	submissionRate: 'taux-depot',
	partnerShare: 'part-partenaires'
};

/** The measure a `mesure` parameter names; the default one for anything else. */
export function measureFromParam(param: string | null | undefined): FunnelMeasure {
	const found = FUNNEL_MEASURES.find((m) => MEASURE_PARAMS[m] === param);
	return found ?? DEFAULT_MEASURE;
}

/** A share (0 to 1) rather than a count. */
export function isRateMeasure(m: FunnelMeasure): boolean {
	return m === 'submissionRate' || m === 'partnerShare';
}

/** The figure of a row for a measure; null when there is none (a rate over nothing). */
export function measureValue(row: FunnelRow, m: FunnelMeasure): number | null {
	switch (m) {
		case 'submissionRate':
			return row.rates.submitted ?? null;
		case 'partnerShare':
			return row.partnerShare.shareOfStarted;
		default:
			return row.counts[m] ?? null;
	}
}
