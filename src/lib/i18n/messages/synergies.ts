import { defineMessages } from '../define.ts';

/** Synergies between projects: suggestions, dismissal, cooperation, merger. */
export default defineMessages({
	fr: {},
	en: {}
});
