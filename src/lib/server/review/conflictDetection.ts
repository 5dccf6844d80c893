/**
 * Automatic conflicts of interest between a call's jury members and its applications (pure). A
 * member is in conflict with an application when their account is one of its holders (`holder`),
 * when their e-mail domain is a holder's (`email_domain`, public webmail domains excepted), when
 * their e-mail domain is the organisation's website domain (`organisation`), and when they belong
 * to the regional partner the application is attributed to (`partner`).
 */

export const AUTOMATIC_SOURCES = ['holder', 'email_domain', 'organisation', 'partner'] as const;
export type AutomaticSource = (typeof AUTOMATIC_SOURCES)[number];

/**
 * Public webmail domains: sharing one says nothing about working together. Lower case, without
 * `www.`.
 */
export const PUBLIC_EMAIL_DOMAINS: ReadonlySet<string> = new Set([
	'gmail.com',
	'googlemail.com',
	'outlook.fr',
	'outlook.com',
	'hotmail.fr',
	'hotmail.com',
	'live.fr',
	'live.com',
	'msn.com',
	'orange.fr',
	'wanadoo.fr',
	'free.fr',
	'sfr.fr',
	'neuf.fr',
	'bbox.fr',
	'laposte.net',
	'yahoo.fr',
	'yahoo.com',
	'icloud.com',
	'me.com',
	'protonmail.com',
	'proton.me',
	'aol.com',
	'gmx.fr',
	'numericable.fr'
]);

export type DetectionMember = {
	id: string;
	userId: string | null;
	email: string;
	/** The partners the member's account belongs to (role grants). */
	partnerIds: readonly string[];
};

export type DetectionApplication = {
	id: string;
	holders: readonly { userId: string; email: string }[];
	organisationWebsite: string | null;
	partnerId: string | null;
};

export type DetectedConflict = {
	juryMemberId: string;
	applicationId: string;
	source: AutomaticSource;
	/** What matched (a domain), or '' when the source says it all. */
	reason: string;
};

/** The domain of an e-mail address, lower case; null when there is none. */
export function emailDomain(email: string): string | null {
	const at = email.lastIndexOf('@');
	if (at < 0) return null;
	const domain = email
		.slice(at + 1)
		.trim()
		.toLowerCase()
		.replace(/\.$/, '');
	return domain.includes('.') ? domain : null;
}

/** The host of a website address (`https://www.asso.fr/x`, `asso.fr`), without `www.`. */
export function websiteDomain(website: string | null | undefined): string | null {
	const raw = (website ?? '').trim();
	if (!raw) return null;
	let host: string;
	try {
		host = new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(raw) ? raw : `https://${raw}`).hostname;
	} catch {
		return null;
	}
	host = host
		.toLowerCase()
		.replace(/\.$/, '')
		.replace(/^www\./, '');
	return host.includes('.') ? host : null;
}

/**
 * Domains reserved for tests and examples (RFC 2606 and 6761: `.test`, `.example`, `.invalid`,
 * `.localhost`, and example.com/.net/.org): no organisation owns them, so sharing one says
 * nothing either — the demo's accounts all live under transformateur.test.
 */
function isReservedDomain(domain: string): boolean {
	return (
		/\.(test|example|invalid|localhost)$/.test(domain) ||
		/(^|\.)example\.(com|net|org)$/.test(domain)
	);
}

/** A domain that says who someone works for (not a public webmail, not a reserved one). */
export function isOrganisationDomain(domain: string | null): domain is string {
	return domain !== null && !PUBLIC_EMAIL_DOMAINS.has(domain) && !isReservedDomain(domain);
}

/**
 * Every automatic conflict between the members and the applications, one per pair and source,
 * in a stable order (member, application, source as listed in `AUTOMATIC_SOURCES`).
 */
export function detectConflicts(
	members: readonly DetectionMember[],
	applications: readonly DetectionApplication[]
): DetectedConflict[] {
	const out: DetectedConflict[] = [];
	for (const m of members) {
		const domain = emailDomain(m.email);
		const ownDomain = isOrganisationDomain(domain) ? domain : null;
		const partners = new Set(m.partnerIds);
		for (const a of applications) {
			const found = (source: AutomaticSource, reason = '') =>
				out.push({ juryMemberId: m.id, applicationId: a.id, source, reason });
			if (m.userId && a.holders.some((h) => h.userId === m.userId)) found('holder');
			if (
				ownDomain &&
				a.holders.some((h) => h.userId !== m.userId && emailDomain(h.email) === ownDomain)
			) {
				found('email_domain', ownDomain);
			}
			if (ownDomain && websiteDomain(a.organisationWebsite) === ownDomain) {
				found('organisation', ownDomain);
			}
			if (a.partnerId && partners.has(a.partnerId)) found('partner');
		}
	}
	return out;
}
