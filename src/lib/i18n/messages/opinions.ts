import { defineMessages } from '../define.ts';

/** Referral links, attribution and regional opinions (avis régionaux); the partner's read-only view of applications. */
export default defineMessages({
	fr: {
		'opinions.placeholder': '—'
	},
	en: {
		'opinions.placeholder': '—'
	}
});
