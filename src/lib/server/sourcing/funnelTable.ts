/**
 * The funnel as one table for the exports (decision 013: CSV for French spreadsheets, XLSX with
 * exceljs): a row per region, per applicant type and per typology term, after the national totals
 * (and, for a partner, its regions together). Columns: the dimension, the key and its label, the
 * count of each stage, the conversion rates in percent, then the partners' share. Pure.
 */
import { translator, type Locale, type MessageKey } from '../../i18n/index.ts';
import type { Cell, Column, Table } from '../applications/exportApplications.ts';
import { ORGANISATION_TYPE_LABEL_KEYS } from '../applications/organisation.ts';
import type { FunnelStage } from './funnelStages.ts';
import type { Funnel, FunnelRow } from './funnelView.ts';
import { localize } from '../../i18n/localize.ts';

/** A share as a percentage with one decimal (`0.4567` → `45.7`); null stays empty. */
export function percent(value: number | null): number | null {
	return value === null ? null : Math.round(value * 1000) / 10;
}

export function funnelTable(funnel: Funnel, locale: Locale): Table {
	const t = translator(locale);
	const stages = funnel.stages;
	const rated = stages.slice(1);
	const last = stages[stages.length - 1];
	const columns: Column[] = [
		{ header: t('funnel.export.dimension'), width: 20 },
		{ header: t('funnel.export.code'), width: 12 },
		{ header: t('funnel.export.label'), width: 36 },
		...stages.map((s) => ({ header: t(`funnel.stage.${s}` as MessageKey), width: 14 })),
		...rated.map((s) => ({
			header: t('funnel.export.ratePercent', { label: t(`funnel.rate.${s}` as MessageKey) }),
			width: 16
		})),
		{
			header: t('funnel.export.ratePercent', {
				label: `${t('funnel.rate.overall')} (${t(`funnel.stage.${last}` as MessageKey)})`
			}),
			width: 18
		},
		{ header: t('funnel.export.shareStarted'), width: 18 },
		{ header: t('funnel.export.shareReferralStarted'), width: 18 },
		{ header: t('funnel.export.shareDeclaredStarted'), width: 18 },
		{ header: t('funnel.export.shareSubmitted'), width: 18 },
		{ header: t('funnel.export.shareReferralSubmitted'), width: 18 },
		{ header: t('funnel.export.shareDeclaredSubmitted'), width: 18 },
		{ header: t('funnel.export.shareOfStarted'), width: 16 },
		{ header: t('funnel.export.shareOfSubmitted'), width: 16 }
	];

	const line = (dimension: string, code: string | null, label: string, row: FunnelRow): Cell[] => [
		dimension,
		code,
		label,
		...stages.map((s: FunnelStage) => row.counts[s] ?? null),
		...rated.map((s) => percent(row.rates[s] ?? null)),
		percent(row.overallRate),
		row.partnerShare.started,
		row.partnerShare.referral.started,
		row.partnerShare.declared.started,
		row.partnerShare.submitted,
		row.partnerShare.referral.submitted,
		row.partnerShare.declared.submitted,
		percent(row.partnerShare.shareOfStarted),
		percent(row.partnerShare.shareOfSubmitted)
	];

	const region = t('funnel.export.dimension.region');
	const type = t('funnel.export.dimension.type');
	const typology = t('funnel.export.dimension.typology');
	const rows: Cell[][] = [
		line(t('funnel.export.dimension.national'), null, t('funnel.table.national'), funnel.national)
	];
	if (funnel.regionsTotal) {
		rows.push(
			line(
				t('funnel.export.dimension.partnerRegions'),
				funnel.regions.join(', '),
				t('funnel.table.yourRegions'),
				funnel.regionsTotal
			)
		);
	}
	for (const r of funnel.byRegion) {
		rows.push(line(region, r.code, r.name ?? t('funnel.table.unknownRegion'), r));
	}
	for (const r of funnel.byApplicantType) {
		const label =
			r.type && r.type in ORGANISATION_TYPE_LABEL_KEYS
				? t(ORGANISATION_TYPE_LABEL_KEYS[r.type as keyof typeof ORGANISATION_TYPE_LABEL_KEYS])
				: (r.type ?? t('funnel.table.unknownType'));
		rows.push(line(type, r.type, label, r));
	}
	for (const r of funnel.byTypology) {
		const text = r.label ? localize(r.label, locale) : r.value;
		const label =
			text === null
				? t('funnel.table.noTypology')
				: r.archived
					? t('funnel.table.archivedTerm', { label: text })
					: text;
		rows.push(line(typology, r.value, label, r));
	}
	return { columns, rows };
}
