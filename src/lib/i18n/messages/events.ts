import { defineMessages } from '../define.ts';

/** Sessions of a cycle (selection and roadmap sessions): agenda, invitations with a calendar file, replies, attendance. */
export default defineMessages({
	fr: {},
	en: {}
});
