import { defineMessages } from '../define.ts';

/** The jury's reviews: the reviewer's applications, the review form, drafts and submission. */
export default defineMessages({
	fr: {
		'reviewing.title': '—'
	},
	en: {
		'reviewing.title': '—'
	}
});
