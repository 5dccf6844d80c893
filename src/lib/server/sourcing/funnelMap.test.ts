import { describe, expect, it } from 'vitest';
import { translator } from '../../i18n/index.ts';
import { REGIONS } from '../../regions.ts';
import { renderFranceMap } from '../../map/franceMap.ts';
import type { FunnelCountRow } from './funnelQueries.ts';
import { funnelMap } from './funnelMap.ts';
import { MEASURE_PARAMS, measureFromParam, measureValue } from './funnelMeasures.ts';
import { assembleFunnel, type FunnelInput } from './funnelView.ts';
import { funnelTable, percent } from './funnelTable.ts';

const t = translator('fr');

function counts(key: string, started: number, submitted: number, sourced = 0): FunnelCountRow {
	return {
		key,
		prospects: started + 1,
		invited: 1,
		started,
		submitted,
		stages: { eligible: Math.floor(submitted / 2) },
		sourced: { started: sourced, submitted: Math.min(sourced, submitted) },
		referral: { started: sourced, submitted: Math.min(sourced, submitted) },
		declared: { started: 0, submitted: 0 }
	};
}

const input: FunnelInput = {
	target: {
		kind: 'call',
		id: 'c',
		programmeId: 'p',
		cycleId: 'y',
		title: 'Appel',
		slug: 'appel'
	},
	audience: { kind: 'team' },
	// Bretagne 4 started, Île-de-France 10, Occitanie nothing started; a stray code and unknowns.
	byRegion: [
		counts('53', 4, 2, 1),
		counts('11', 10, 8),
		counts('76', 0, 0),
		counts('', 1, 1),
		counts('99', 2, 0)
	],
	byType: [counts('association', 5, 3)],
	byTypology: [counts('etude_action', 3, 2)],
	typology: [{ value: 'etude_action', label: { fr: 'Étude-action', en: 'Study' }, archived: false }]
};

describe('the funnel of the dashboards', () => {
	it('gathers unknown and stray regions under « région inconnue » and totals every row', () => {
		const f = assembleFunnel(input);
		expect(f.byRegion).toHaveLength(19);
		expect(f.byRegion.at(-1)?.code).toBeNull();
		expect(f.byRegion.at(-1)?.counts.started).toBe(3);
		expect(f.national.counts.started).toBe(17);
		expect(f.byRegion.find((r) => r.code === '24')?.counts).toMatchObject({
			prospects: 0,
			started: 0
		});
		expect(f.byTypology.map((r) => r.value)).toEqual(['etude_action', null]);
		expect(f.byTypology[1].counts.prospects).toBeNull();
	});

	it('keeps a partner to its regions, the national totals untouched', () => {
		const f = assembleFunnel({ ...input, audience: { kind: 'partner', regions: ['53'] } });
		expect(f.byRegion.map((r) => r.code)).toEqual(['53']);
		expect(f.national.counts.started).toBe(17);
		expect(f.regionsTotal?.counts.started).toBe(4);
	});
});

describe('the map of a measure', () => {
	const href = (code: string) => `/candidatures?region=${code}`;

	it('reads the measure from the page’s parameter, the submitted applications by default', () => {
		expect(measureFromParam('taux-depot')).toBe('submissionRate');
		expect(measureFromParam(MEASURE_PARAMS.partnerShare)).toBe('partnerShare');
		expect(measureFromParam('inconnue')).toBe('submitted');
		expect(measureFromParam(null)).toBe('submitted');
		const f = assembleFunnel(input);
		const bzh = f.byRegion.find((r) => r.code === '53')!;
		expect(measureValue(bzh, 'started')).toBe(4);
		expect(measureValue(bzh, 'submissionRate')).toBe(0.5);
		expect(measureValue(bzh, 'partnerShare')).toBe(0.25);
	});

	it('names and links every region with its figure; a rate over nothing has none', () => {
		const map = funnelMap(assembleFunnel(input), 'submissionRate', t, 'fr', {
			id: 'carte',
			hrefOf: href,
			description: 'Chaque région mène à ses candidatures.'
		});
		expect(map.model.regions).toHaveLength(18);
		const bzh = map.model.regions.find((r) => r.code === '53')!;
		expect(bzh.href).toBe('/candidatures?region=53');
		expect(bzh.text).toMatch(/^50\s%$/);
		expect(bzh.label).toMatch(/^Bretagne, Taux de dépôt \(déposées \/ commencées\) : 50\s%$/);
		const occitanie = map.model.regions.find((r) => r.code === '76')!;
		expect(occitanie.value).toBeNull();
		expect(occitanie.label).toContain('pas de chiffre');
		expect(map.legend.map((l) => l.kind)).toContain('noData');
		expect(map.figures.map((f) => f.code)).toEqual(REGIONS.map((r) => r.code));
		expect(map.model.title).toBe(
			'Carte de France : Taux de dépôt (déposées / commencées) par région'
		);
		const svg = renderFranceMap(map.model);
		expect(svg).toContain('aria-label="Bretagne, Taux de dépôt (déposées / commencées) : 50');
	});

	it('greys out the regions outside a partner’s, without link or figure', () => {
		const f = assembleFunnel({ ...input, audience: { kind: 'partner', regions: ['53'] } });
		const map = funnelMap(f, 'submitted', t, 'fr', {
			id: 'carte',
			hrefOf: (code) => `#region-${code}`,
			description: ''
		});
		const outside = map.model.regions.filter((r) => r.outside);
		expect(outside).toHaveLength(17);
		expect(outside.every((r) => r.href === null && r.text === '')).toBe(true);
		expect(map.figures.map((r) => r.code)).toEqual(['53']);
		expect(map.legend.at(-1)).toMatchObject({ kind: 'outside', label: 'Hors de vos régions' });
		// The only class is Bretagne's own figure: nothing about another region.
		expect(map.legend.filter((l) => l.kind === 'class').map((l) => l.label)).toEqual(['2']);
	});

	it('writes legend classes as ranges of the figures', () => {
		const map = funnelMap(assembleFunnel(input), 'started', t, 'fr', {
			id: 'carte',
			hrefOf: href,
			description: ''
		});
		expect(map.legend.filter((l) => l.kind === 'class').map((l) => l.label)).toEqual([
			'0',
			'4',
			'10'
		]);
	});
});

describe('the export table', () => {
	it('has the national row first, one row per region, type and term, rates in percent', () => {
		const table = funnelTable(assembleFunnel(input), 'fr');
		expect(table.columns.map((c) => c.header).slice(0, 4)).toEqual([
			'Dimension',
			'Code',
			'Libellé',
			'Prospects'
		]);
		expect(table.rows[0].slice(0, 3)).toEqual(['France entière', null, 'France entière']);
		expect(table.rows.filter((r) => r[0] === 'Région')).toHaveLength(19);
		const submissionRate = table.columns.findIndex((c) => c.header === 'Taux de dépôt (%)');
		const bzh = table.rows.find((r) => r[1] === '53')!;
		expect(bzh[submissionRate]).toBe(50);
		expect(table.rows.find((r) => r[1] === 'etude_action')?.[2]).toBe('Étude-action');
		expect(table.rows.at(-1)?.[2]).toBe('Sans typologie');
		expect(percent(1 / 3)).toBe(33.3);
		expect(percent(null)).toBeNull();
	});
});
