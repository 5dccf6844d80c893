/**
 * What the dashboards' pages show of a funnel (team pages of a call and of a cycle, the partner's
 * dashboard): the funnel itself, the measure chosen for the map (`mesure`), the measure choices,
 * and the map. Pure (translations are passed in).
 */
import type { Locale, Translate } from '../../i18n/index.ts';
import {
	FUNNEL_MEASURES,
	MEASURE_PARAMS,
	measureFromParam,
	type FunnelMeasure
} from './funnelMeasures.ts';
import { funnelMap, type FunnelMap } from './funnelMap.ts';
import type { Funnel } from './funnelView.ts';
import { PROSPECT_FUNNEL_STAGES, type FunnelStage } from './funnelStages.ts';

export type MeasureChoice = { param: string; label: string; selected: boolean };

export type FunnelPage = {
	funnel: Funnel;
	measure: FunnelMeasure;
	measures: MeasureChoice[];
	map: FunnelMap;
	/** The stages that count applications (the typology table's columns). */
	applicationStages: FunnelStage[];
};

export function funnelPage(
	funnel: Funnel,
	params: URLSearchParams,
	t: Translate,
	locale: Locale,
	opts: { hrefOf: (code: string) => string | null; description: string }
): FunnelPage {
	const measure = measureFromParam(params.get('mesure'));
	return {
		funnel,
		measure,
		measures: FUNNEL_MEASURES.map((m) => ({
			param: MEASURE_PARAMS[m],
			label: t(`funnel.measure.${m}`),
			selected: m === measure
		})),
		map: funnelMap(funnel, measure, t, locale, { id: 'carte-regions', ...opts }),
		applicationStages: funnel.stages.filter(
			(s) => !(PROSPECT_FUNNEL_STAGES as readonly FunnelStage[]).includes(s)
		)
	};
}
