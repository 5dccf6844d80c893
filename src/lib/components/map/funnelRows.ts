/** The rows of the funnel's tables, labelled in the reader's language. */
import { translator, type Locale, type MessageKey } from '../../i18n/index.ts';
import type { Funnel, FunnelRow } from '../../server/sourcing/funnelView.ts';
import { localize } from '../../i18n/localize.ts';

export type FunnelTableRow = {
	key: string;
	label: string;
	row: FunnelRow;
	/** An anchor on the row (the map's regions lead there). */
	id?: string;
	href?: string | null;
};

export type FunnelTables = {
	byRegion: FunnelTableRow[];
	byType: FunnelTableRow[];
	byTypology: FunnelTableRow[];
	/** Foot rows: the partner's regions together (if any), then all of France. */
	totals: FunnelTableRow[];
};

/** `region-53`: the anchor of a region's row (the cycle's and the partner's maps lead there). */
export const regionAnchor = (code: string | null) => `region-${code ?? 'inconnue'}`;

export function funnelTables(
	funnel: Funnel,
	locale: Locale,
	opts: { regionHref?: (code: string) => string | null } = {}
): FunnelTables {
	const t = translator(locale);
	const local = (l: { fr: string; en: string }) => localize(l, locale);
	const totals: FunnelTableRow[] = [];
	if (funnel.regionsTotal) {
		totals.push({ key: 'regions', label: t('funnel.table.yourRegions'), row: funnel.regionsTotal });
	}
	totals.push({
		key: 'national',
		label:
			funnel.audience === 'partner' ? t('funnel.table.national') : t('funnel.table.allRegions'),
		row: funnel.national
	});
	return {
		byRegion: funnel.byRegion.map((r) => ({
			key: r.code ?? '',
			id: regionAnchor(r.code),
			label: r.name ?? t('funnel.table.unknownRegion'),
			href: r.code && opts.regionHref ? opts.regionHref(r.code) : null,
			row: r
		})),
		byType: funnel.byApplicantType.map((r) => ({
			key: r.type ?? '',
			label: r.type
				? t(`organisation.type.${r.type}` as MessageKey)
				: t('funnel.table.unknownType'),
			row: r
		})),
		byTypology: funnel.byTypology.map((r) => {
			const text = r.label ? local(r.label) : r.value;
			return {
				key: r.value ?? '',
				label:
					text === null
						? t('funnel.table.noTypology')
						: r.archived
							? t('funnel.table.archivedTerm', { label: text })
							: text,
				row: r
			};
		}),
		totals
	};
}
