import { defineMessages } from '../define.ts';

/** The jury of a call: evaluation grid, review settings, jury members and their invitations. */
export default defineMessages({
	fr: {
		'jury.error.forbidden': 'Vous ne pouvez pas modifier le travail du jury avec ce jeton.'
	},
	en: {
		'jury.error.forbidden': 'You may not change the jury’s work with this token.'
	}
});
