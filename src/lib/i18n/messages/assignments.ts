import { defineMessages } from '../define.ts';

/** Assigning the jury: preview, adjustments, application, notifications. */
export default defineMessages({
	fr: {
		'assignments.title': '—'
	},
	en: {
		'assignments.title': '—'
	}
});
