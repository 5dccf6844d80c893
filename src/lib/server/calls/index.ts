/** Calls for projects: the call, its application form (versioned), the programme's lists. */
export {
	CALL_STATUSES,
	CALL_TRANSITIONS,
	FAQ_MAX,
	TERM_KINDS,
	callInput,
	callSlug,
	callUpdate,
	listQuery,
	statusInput,
	termKey,
	termsInput,
	type CallInput,
	type CallStatus,
	type CallUpdate,
	type FaqEntry,
	type StatusInput,
	type TermKind,
	type TermsInput
} from './schemas.ts';
export {
	CALLS_READ_SCOPE,
	CALLS_WRITE_SCOPE,
	mayManageCalls,
	mayReadCall,
	maySeeUnpublished
} from './policy.ts';
export {
	availability,
	presentForm,
	questionCount,
	type CallAvailability,
	type CallView,
	type FormVersionView,
	type OptionView,
	type PublicFormView,
	type QuestionView,
	type SectionView,
	type TermView
} from './presenters.ts';
export { parseFormDefinition } from './form/parse.ts';
export { renderMarkdown } from './markdown.ts';
export { createCall } from './createCall.ts';
export { updateCall } from './updateCall.ts';
export { changeCallStatus } from './changeCallStatus.ts';
export { getCall } from './getCall.ts';
export { listCalls, type CallListOptions } from './listCalls.ts';
export { saveCallForm } from './saveCallForm.ts';
export { getCurrentForm } from './getCurrentForm.ts';
export { listTerms, type ProgrammeTerms } from './listTerms.ts';
export { saveTerms } from './saveTerms.ts';
