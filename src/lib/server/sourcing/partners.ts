/**
 * Regional partners, their prospects and referrals: the use cases the back office, the partner's
 * space and the REST API call.
 */
export { createPartner } from './partnerCreate.ts';
export { updatePartner } from './partnerUpdate.ts';
export { getPartner } from './partnerGet.ts';
export { listPartners } from './partnerList.ts';
export { addPartnerMember } from './partnerMemberAdd.ts';
export { removePartnerMember } from './partnerMemberRemove.ts';
export { listMyPartners } from './partnerSpace.ts';
export { getPartnerOverview, DUE_SOON_DAYS, type PartnerOverview } from './partnerOverview.ts';
export { createProspect } from './prospectCreate.ts';
export { updateProspect } from './prospectUpdate.ts';
export { getProspect } from './prospectGet.ts';
export { listProspects } from './prospectList.ts';
export { addProspectContact } from './prospectContactAdd.ts';
export { listProspectContacts } from './prospectContactList.ts';
export { sendReferral, REFERRAL_DAYS, referralUrl } from './referralSend.ts';
export { listReferrals } from './referralList.ts';
export {
	PROSPECT_STAGES,
	STAGE_OF_STATUS,
	prospectStage,
	type ProspectStage
} from './prospectStage.ts';
export {
	PROSPECT_CHANNELS,
	contactInput,
	memberInput,
	partnerFormInput,
	partnerInput,
	partnerUpdate,
	prospectFormInput,
	prospectInput,
	prospectListQuery,
	prospectUpdate,
	referralInput,
	type ContactInput,
	type MemberInput,
	type PartnerInput,
	type PartnerUpdate,
	type ProspectChannel,
	type ProspectInput,
	type ProspectListQuery,
	type ProspectUpdate,
	type ReferralInput
} from './partnerSchemas.ts';
export type {
	MyPartnerView,
	PartnerMemberView,
	PartnerView,
	RegionView
} from './partnerPresenters.ts';
export type {
	ContactView,
	ProspectDetailView,
	ProspectView,
	ReferralState,
	ReferralView
} from './prospectPresenters.ts';
export { prospectFormOptions, type ProspectFormOptions } from './prospectFormOptions.ts';
