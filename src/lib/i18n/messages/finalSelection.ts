import { defineMessages } from '../define.ts';

/** The final selection: pitch grid, pitch scores, consolidation, retained or not, notification. */
export default defineMessages({
	fr: {},
	en: {}
});
