import { defineMessages } from '../define.ts';

/** The shortlist decisions, the jury's discussion and the notification of every applicant. */
export default defineMessages({
	fr: {
		'decisions.title': '—'
	},
	en: {
		'decisions.title': '—'
	}
});
