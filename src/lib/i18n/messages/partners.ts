import { defineMessages } from '../define.ts';

/** Regional partners, prospects and referrals (the partner's space and the team's back office). */
export default defineMessages({
	fr: {
		'partners.error.forbidden': 'Vous ne pouvez pas modifier le sourcing régional avec ce jeton.'
	},
	en: {
		'partners.error.forbidden': 'You may not change regional sourcing with this token.'
	}
});
