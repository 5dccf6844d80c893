import { defineMessages } from '../define.ts';

export default defineMessages({
	fr: {},
	en: {}
});
