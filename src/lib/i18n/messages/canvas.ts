import { defineMessages } from '../define.ts';

/** The project canvas of shortlisted projects: versions, differences, annotations, sharing. */
export default defineMessages({
	fr: {},
	en: {}
});
