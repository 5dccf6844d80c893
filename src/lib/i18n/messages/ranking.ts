import { defineMessages } from '../define.ts';

/** The jury's ranking of a call's applications: calibrated and raw scores, disagreements, exports. */
export default defineMessages({
	fr: {
		'ranking.title': '—'
	},
	en: {
		'ranking.title': '—'
	}
});
