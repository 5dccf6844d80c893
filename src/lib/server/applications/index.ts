/** Applications: organisations, identifiers, eligibility rules and the status machine. */
export * from './siret.ts';
export * from './organisation.ts';
export * from './eligibility.ts';
export * from './status.ts';
export * from './schemas.ts';
export {
	APPLICATIONS_READ_SCOPE,
	APPLICATIONS_WRITE_SCOPE,
	mayReadApplication,
	type MemberRole
} from './policy.ts';
export {
	presentFindings,
	referencePrefix,
	type ApplicationSummary,
	type ApplicationView,
	type AttachmentView,
	type FindingView,
	type MemberView,
	type OrganisationView
} from './presenters.ts';
export { startApplication } from './startApplication.ts';
export { saveDraft } from './saveDraft.ts';
export { saveOrganisation } from './saveOrganisation.ts';
export { getApplication, type ApplicationDetail } from './getApplication.ts';
export { listApplications, type ApplicationListOptions } from './listApplications.ts';
export { submitApplication, deadlineOpen, type SubmissionReceipt } from './submitApplication.ts';
export { withdrawApplication } from './withdrawApplication.ts';
export { transitionApplication } from './transitionApplication.ts';
export { grantExtension } from './grantExtension.ts';
export { inviteCoholder, acceptInvitation, type InvitationView } from './invitations.ts';
export {
	addAttachment,
	removeAttachment,
	getAttachmentFile,
	DEFAULT_FILE_ACCEPT,
	DEFAULT_FILE_MAX_BYTES,
	type AttachmentInput,
	type AttachmentFile
} from './attachments.ts';
export {
	screenApplications,
	countScreenedApplications,
	screeningQuery,
	screeningApiQuery,
	screeningOptionsFromApi,
	readScreeningQuery,
	parseScreeningQuery,
	screeningParams,
	screeningFilterTerms,
	defaultOrder,
	SCREENING_SORTS,
	SORT_PARAMS,
	type ScreeningOptions,
	type ScreeningPage,
	type ScreeningItem,
	type ScreeningSort,
	type StatusCounts,
	type FilterTerm
} from './screening.ts';
export {
	exportApplications,
	EXPORT_FORMATS,
	type ApplicationExport,
	type ExportFormat
} from './exportApplications.ts';
