import { defineMessages } from '../define.ts';

/** Bids and conflicts of interest between jury members and applications. */
export default defineMessages({
	fr: {
		'conflicts.title': '—'
	},
	en: {
		'conflicts.title': '—'
	}
});
