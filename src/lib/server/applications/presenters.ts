/** What the outside world sees of applications: never raw rows. */
import { translator, type Locale } from '../../i18n/index.ts';
import { allQuestions, isTextKind, type FormDefinition } from '../calls/form/definition.ts';
import type { Finding } from './eligibility.ts';
import { findingText } from './eligibility.ts';
import type { HeadcountBand, OrganisationType } from './organisation.ts';
import type { MemberRole } from './policy.ts';
import type {
	ApplicationContext,
	ApplicationListRow,
	ApplicationRow,
	AttachmentRow,
	OrganisationRow,
	Sourcing
} from './queries.ts';
import type { ApplicationStatus } from './status.ts';

export type OrganisationView = {
	legalName: string;
	type: OrganisationType;
	siret: string | null;
	headcountBand: HeadcountBand;
	postalCode: string;
	regionCode: string | null;
	website: string | null;
};

export function presentOrganisation(o: OrganisationRow): OrganisationView {
	return {
		legalName: o.legalName,
		type: o.type as OrganisationType,
		siret: o.siret,
		headcountBand: o.headcountBand as HeadcountBand,
		postalCode: o.postalCode,
		regionCode: o.regionCode,
		website: o.website
	};
}

/** A finding with its sentence, in the reader's language. */
export type FindingView = Finding & { text: string };

export function presentFindings(findings: unknown, locale: Locale): FindingView[] {
	if (!Array.isArray(findings)) return [];
	const t = translator(locale);
	return (findings as Finding[]).map((f) => ({ ...f, text: findingText(f, locale, t) }));
}

/**
 * The regional partner an application is attributed to, and how: `referral` (started or attributed
 * from its invitation link; never replaced) or `declared` (named by the applicant).
 */
export type AttributionView = { partnerId: string; partnerName: string; sourcing: Sourcing };

export function presentAttribution(
	a: Pick<ApplicationRow, 'partnerId' | 'sourcing'> & { partnerName: string | null }
): AttributionView | null {
	if (!a.partnerId || !a.sourcing) return null;
	return { partnerId: a.partnerId, partnerName: a.partnerName ?? '', sourcing: a.sourcing };
}

export type ApplicationView = {
	id: string;
	reference: string;
	callId: string;
	callTitle: string;
	formVersion: number;
	title: string;
	status: ApplicationStatus;
	organisation: OrganisationView | null;
	answers: Record<string, unknown>;
	revision: number;
	/** Eligibility findings "to review" recorded at submission. */
	flags: FindingView[];
	extensionUntil: string | null;
	submittedAt: string | null;
	withdrawnAt: string | null;
	attribution: AttributionView | null;
	createdAt: string;
	updatedAt: string;
};

const iso = (d: Date | null) => (d ? d.toISOString() : null);

export function presentApplication(a: ApplicationContext, locale: Locale): ApplicationView {
	return {
		id: a.id,
		reference: a.reference,
		callId: a.callId,
		callTitle: a.call.title,
		formVersion: a.form.number,
		title: a.title,
		status: a.status,
		organisation: a.organisation ? presentOrganisation(a.organisation) : null,
		answers: a.answers,
		revision: a.revision,
		flags: presentFindings(a.flags, locale),
		extensionUntil: iso(a.extensionUntil),
		submittedAt: iso(a.submittedAt),
		withdrawnAt: iso(a.withdrawnAt),
		attribution: presentAttribution(a),
		createdAt: a.createdAt.toISOString(),
		updatedAt: a.updatedAt.toISOString()
	};
}

/** One line of a list: no answers. */
export type ApplicationSummary = {
	id: string;
	reference: string;
	callId: string;
	callTitle: string;
	title: string;
	status: ApplicationStatus;
	organisation: { legalName: string; type: OrganisationType; regionCode: string | null } | null;
	flagCount: number;
	submittedAt: string | null;
	attribution: AttributionView | null;
	createdAt: string;
	updatedAt: string;
};

export function presentSummary(a: ApplicationListRow): ApplicationSummary {
	return {
		id: a.id,
		reference: a.reference,
		callId: a.callId,
		callTitle: a.callTitle,
		title: a.title,
		status: a.status,
		organisation: a.organisation
			? {
					legalName: a.organisation.legalName,
					type: a.organisation.type as OrganisationType,
					regionCode: a.organisation.regionCode
				}
			: null,
		flagCount: Array.isArray(a.flags) ? a.flags.length : 0,
		submittedAt: iso(a.submittedAt),
		attribution: presentAttribution(a),
		createdAt: a.createdAt.toISOString(),
		updatedAt: a.updatedAt.toISOString()
	};
}

/** What the audit log keeps of an application's state. */
export function auditedApplication(
	a: Pick<ApplicationRow, 'title' | 'status' | 'answers' | 'revision'>
) {
	return { title: a.title, status: a.status, answers: a.answers, revision: a.revision };
}

export type AttachmentView = {
	id: string;
	questionKey: string;
	fileName: string;
	mime: string;
	size: number;
	createdAt: string;
};

export function presentAttachment(a: AttachmentRow): AttachmentView {
	return {
		id: a.id,
		questionKey: a.questionKey,
		fileName: a.fileName,
		mime: a.mime,
		size: a.size,
		createdAt: a.createdAt.toISOString()
	};
}

export type MemberView = { userId: string; name: string; email: string; role: MemberRole };

/**
 * The text French full-text search looks into: the title, the written answers and the
 * organisation's name.
 */
export function searchTextOf(
	def: FormDefinition,
	title: string,
	answers: Record<string, unknown>,
	organisationName: string | null
): string {
	const parts = [title];
	for (const { question } of allQuestions(def)) {
		const v = answers[question.key];
		if (isTextKind(question.kind) && typeof v === 'string') parts.push(v);
	}
	if (organisationName) parts.push(organisationName);
	return parts.filter((p) => p.trim() !== '').join('\n');
}

const SMALL_WORDS = new Set([
	'de',
	'du',
	'des',
	'la',
	'le',
	'les',
	'l',
	'd',
	'et',
	'pour',
	'en',
	'au',
	'aux',
	'a'
]);

/** The prefix of a programme's references: the initials of its name (`Transformateur numérique` → `TN`). */
export function referencePrefix(programmeName: string): string {
	const initials = programmeName
		.normalize('NFD')
		.replace(/[\u0300-\u036f]/g, '')
		.split(/[^A-Za-z0-9]+/)
		.filter((w) => w && !SMALL_WORDS.has(w.toLowerCase()))
		.map((w) => w[0].toUpperCase())
		.join('')
		.slice(0, 4);
	return initials || 'AP';
}

/** `TN-2026-0042`. */
export function formatReference(prefix: string, year: number, n: number): string {
	return `${prefix}-${year}-${String(n).padStart(4, '0')}`;
}

/** The year of an instant in Paris. */
export function parisYear(d: Date): number {
	return Number(
		new Intl.DateTimeFormat('en', { timeZone: 'Europe/Paris', year: 'numeric' }).format(d)
	);
}
