import { defineMessages } from '../define.ts';

/** (filled in by the feature) */
export default defineMessages({
	fr: {},
	en: {}
});
