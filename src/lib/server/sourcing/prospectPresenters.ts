/** What the prospect use cases return: JSON-safe views, never raw rows. */
import { regionName } from '../../regions.ts';
import type { OrganisationType } from '../applications/organisation.ts';
import type { ProspectChannel } from './partnerSchemas.ts';
import { prospectStage, type ProspectStage } from './prospectStage.ts';
import type { ContactRow, ProspectRow, ReferralRow } from './prospectQueries.ts';

export type ProspectApplicationView = {
	id: string;
	callId: string;
	reference: string;
	title: string;
	status: string;
	submittedAt: string | null;
};

export type ProspectView = {
	id: string;
	partnerId: string;
	partnerName: string;
	programmeId: string;
	call: { id: string; title: string } | null;
	organisationName: string;
	contactName: string;
	email: string;
	phone: string;
	notes: string;
	channel: ProspectChannel;
	regionCode: string;
	regionName: string;
	applicantType: OrganisationType | null;
	firstContactOn: string;
	nextStep: string;
	nextStepOn: string | null;
	/** The furthest stage reached (`prospectStage`). */
	stage: ProspectStage;
	referralCount: number;
	lastReferralAt: string | null;
	/** The application its invitation started, once there is one. */
	application: ProspectApplicationView | null;
	archived: boolean;
	archivedAt: string | null;
	createdAt: string;
	updatedAt: string;
};

export type ContactView = {
	id: string;
	on: string;
	channel: ProspectChannel;
	summary: string;
	author: { id: string; name: string } | null;
	createdAt: string;
};

/** `sent`: waiting to be used; `used`: an application was started from it; `expired`. */
export type ReferralState = 'sent' | 'used' | 'expired';

export type ReferralView = {
	id: string;
	prospectId: string;
	call: { id: string; title: string };
	email: string;
	message: string;
	state: ReferralState;
	expiresAt: string;
	usedAt: string | null;
	application: { id: string; reference: string | null } | null;
	sentBy: { id: string; name: string } | null;
	createdAt: string;
};

export type ProspectDetailView = ProspectView & {
	contacts: ContactView[];
	referrals: ReferralView[];
};

export function presentProspect(p: ProspectRow): ProspectView {
	const application =
		p.applicationId && p.applicationStatus
			? {
					id: p.applicationId,
					callId: p.applicationCallId ?? '',
					reference: p.applicationReference ?? '',
					title: p.applicationTitle ?? '',
					status: p.applicationStatus,
					submittedAt: p.applicationSubmittedAt?.toISOString() ?? null
				}
			: null;
	return {
		id: p.id,
		partnerId: p.partnerId,
		partnerName: p.partnerName,
		programmeId: p.programmeId,
		call: p.callId ? { id: p.callId, title: p.callTitle ?? '' } : null,
		organisationName: p.organisationName,
		contactName: p.contactName,
		email: p.email,
		phone: p.phone,
		notes: p.notes,
		channel: p.channel as ProspectChannel,
		regionCode: p.regionCode,
		regionName: regionName(p.regionCode) ?? p.regionCode,
		applicantType: p.applicantType as OrganisationType | null,
		firstContactOn: p.firstContactOn,
		nextStep: p.nextStep,
		nextStepOn: p.nextStepOn,
		stage: prospectStage({
			referrals: p.referralCount,
			application: application
				? { status: application.status, submittedAt: application.submittedAt }
				: null
		}),
		referralCount: p.referralCount,
		lastReferralAt: p.lastReferralAt?.toISOString() ?? null,
		application,
		archived: p.archivedAt !== null,
		archivedAt: p.archivedAt?.toISOString() ?? null,
		createdAt: p.createdAt.toISOString(),
		updatedAt: p.updatedAt.toISOString()
	};
}

export function presentContact(c: ContactRow): ContactView {
	return {
		id: c.id,
		on: c.on,
		channel: c.channel as ProspectChannel,
		summary: c.summary,
		author: c.authorId ? { id: c.authorId, name: c.authorName || c.authorEmail || '' } : null,
		createdAt: c.createdAt.toISOString()
	};
}

export function referralState(
	r: { usedAt: Date | null; expiresAt: Date },
	now: Date
): ReferralState {
	if (r.usedAt) return 'used';
	return r.expiresAt.getTime() <= now.getTime() ? 'expired' : 'sent';
}

export function presentReferral(r: ReferralRow, now: Date = new Date()): ReferralView {
	return {
		id: r.id,
		prospectId: r.prospectId,
		call: { id: r.callId, title: r.callTitle },
		email: r.email,
		message: r.message,
		state: referralState(r, now),
		expiresAt: r.expiresAt.toISOString(),
		usedAt: r.usedAt?.toISOString() ?? null,
		application: r.applicationId
			? { id: r.applicationId, reference: r.applicationReference }
			: null,
		sentBy: r.sentBy ? { id: r.sentBy, name: r.senderName || r.senderEmail || '' } : null,
		createdAt: r.createdAt.toISOString()
	};
}

/** What the audit log keeps of a prospect (its personal data included: the log is the team's). */
export function auditedProspect(p: {
	organisationName: string;
	contactName: string;
	email: string;
	phone: string;
	notes: string;
	channel: string;
	regionCode: string;
	applicantType: string | null;
	callId: string | null;
	firstContactOn: string;
	nextStep: string;
	nextStepOn: string | null;
	archivedAt: Date | null;
}) {
	return {
		organisationName: p.organisationName,
		contactName: p.contactName,
		email: p.email,
		phone: p.phone,
		notes: p.notes,
		channel: p.channel,
		regionCode: p.regionCode,
		applicantType: p.applicantType,
		callId: p.callId,
		firstContactOn: p.firstContactOn,
		nextStep: p.nextStep,
		nextStepOn: p.nextStepOn,
		archived: p.archivedAt !== null
	};
}
