import { defineMessages } from '../define.ts';

/** Sourcing dashboards: the funnel by region, the map of France, exports. */
export default defineMessages({
	fr: {
		'funnel.placeholder': '—'
	},
	en: {
		'funnel.placeholder': '—'
	}
});
