/** What the partner use cases return: JSON-safe views, never raw rows. */
import { regionName } from '../../regions.ts';
import type { MemberRow, PartnerWithProgramme } from './partnerQueries.ts';

export type RegionView = { code: string; name: string };

export type PartnerMemberView = {
	userId: string;
	email: string;
	name: string;
	/** The account is disabled: the person cannot log in. */
	disabled: boolean;
	since: string;
};

export type PartnerView = {
	id: string;
	programmeId: string;
	programmeName: string;
	name: string;
	regions: RegionView[];
	contactEmail: string;
	archived: boolean;
	archivedAt: string | null;
	createdAt: string;
	updatedAt: string;
	members: PartnerMemberView[];
};

export const presentRegions = (codes: readonly string[]): RegionView[] =>
	[...codes].sort().map((code) => ({ code, name: regionName(code) ?? code }));

export function presentMember(m: MemberRow): PartnerMemberView {
	return {
		userId: m.userId,
		email: m.email,
		name: m.name,
		disabled: m.disabled,
		since: m.since.toISOString()
	};
}

export function presentPartner(p: PartnerWithProgramme, members: MemberRow[]): PartnerView {
	return {
		id: p.id,
		programmeId: p.programmeId,
		programmeName: p.programmeName,
		name: p.name,
		regions: presentRegions(p.regionCodes),
		contactEmail: p.contactEmail,
		archived: p.archivedAt !== null,
		archivedAt: p.archivedAt?.toISOString() ?? null,
		createdAt: p.createdAt.toISOString(),
		updatedAt: p.updatedAt.toISOString(),
		members: members.filter((m) => m.partnerId === p.id).map(presentMember)
	};
}

/** What the audit log keeps of a partner. */
export function auditedPartner(p: {
	name: string;
	regionCodes: string[];
	contactEmail: string;
	archivedAt: Date | null;
}) {
	return {
		name: p.name,
		regionCodes: [...p.regionCodes].sort(),
		contactEmail: p.contactEmail,
		archived: p.archivedAt !== null
	};
}

/** A partner as its members' space shows it. */
export type MyPartnerView = {
	id: string;
	name: string;
	programme: { id: string; name: string };
	regions: RegionView[];
};

export function presentMyPartner(p: PartnerWithProgramme): MyPartnerView {
	return {
		id: p.id,
		name: p.name,
		programme: { id: p.programmeId, name: p.programmeName },
		regions: presentRegions(p.regionCodes)
	};
}
