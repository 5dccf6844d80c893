/**
 * The demo applications to « Appel à projets 2016 »: about sixty projects from every region and
 * every kind of applicant, submitted during the call's open period, half of them already screened
 * by the programme team. They are written directly (the call is closed and submitting through the
 * use case would send receipts), but with the domain's own pieces, so that they are exactly what
 * real submissions leave behind:
 *
 * - the organisation profile goes through `organisationInput` (SIRET check, region from the postal
 *   code); the answers through `validateAnswers` and `missingAnswers` against the call's stored form
 *   version and the programme's lists; the eligibility rules through `evaluateEligibility` (findings
 *   « to review » become the flags; a blocking finding stops the seed);
 * - the reference comes from `nextReferenceNumber`, the search text from `searchTextOf`, the frozen
 *   snapshot has the shape `submitApplication` writes, each status change is checked by the status
 *   machine (`transition`, `checkReason`) and recorded with its actor and date, and audited with its
 *   date; attachments are real PDF files put in the file storage and linked like uploads.
 *
 * No e-mail is queued. The texts are composed from the fragments of `./applicationData.ts` with a
 * seeded pseudo-random generator: the demo is the same every time.
 */
import { randomUUID } from 'node:crypto';
import { eq, inArray, sql } from 'drizzle-orm';
import { anonymous } from '../accounts/actor.ts';
import type { Tx } from '../db/client.ts';
import {
	applicationMembers,
	applicationSnapshots,
	applicationTransitions,
	applications,
	attachments,
	auditLog,
	users
} from '../db/schema.ts';
import { regionName } from '../../regions.ts';
import { validateAnswers } from '../calls/form/answers.ts';
import { missingAnswers } from '../calls/form/completeness.ts';
import { allQuestions, type FormDefinition, type Stage } from '../calls/form/definition.ts';
import { DEFAULT_QVCT_THEMES } from '../calls/form/defaults.ts';
import { currentFormVersion, findCallBySlug } from '../calls/queries.ts';
import { eligibilityRules, evaluateEligibility } from '../applications/eligibility.ts';
import {
	SIRET_REQUIRED_TYPES,
	organisationInput,
	regionFromPostalCode,
	type HeadcountBand,
	type OrganisationType
} from '../applications/organisation.ts';
import {
	auditedApplication,
	formatReference,
	parisYear,
	presentAttachment,
	presentOrganisation,
	referencePrefix,
	searchTextOf
} from '../applications/presenters.ts';
import {
	nextReferenceNumber,
	programmeName,
	type AttachmentRow,
	type OrganisationRow
} from '../applications/queries.ts';
import { formListsOf } from '../applications/shared.ts';
import { luhn } from '../applications/siret.ts';
import { checkReason, transition, type ApplicationStatus } from '../applications/status.ts';
import { organisations } from '../db/schema.ts';
import { checkUpload, safeDownloadName, type FileStorage } from '../storage/index.ts';
import { DEMO_ACCOUNTS } from './accounts.ts';
import {
	DEMO_PROJECTS,
	ELIGIBLE_REASONS,
	FUNDING,
	PARTNERS,
	PEOPLE,
	PROBLEMS,
	RESEARCH_STAGE_SENTENCES,
	RESEARCH_TEAMS,
	ROLES,
	SOCIAL,
	SOCIAL_EXTRA,
	SOLUTIONS,
	STAGE_SENTENCES,
	TEAMS,
	TEAM_EXTRA,
	TECH,
	TECH_EXTRA,
	UNDER_REVIEW_REASONS,
	UNIVERSITIES,
	type DemoProject,
	type Typology
} from './applicationData.ts';
import { demoCallForm } from './call.ts';

/** The slug of the 2016 call the demo applications answer. */
export const DEMO_2016_CALL_SLUG = 'appel-a-projets-2016';

/** How many demo applications have already been screened by the team. */
export const DEMO_SCREENED_COUNT = 30;

/** The generated holders' addresses: `porteur-01@transformateur.test`… */
export const demoHolderEmail = (n: number) =>
	`porteur-${String(n).padStart(2, '0')}@transformateur.test`;

/** The call's calendar, as the demo cycle has it. */
export type DemoCallWindow = {
	opensAt: Date;
	closesAt: Date;
	/** Screening decisions all come before this instant (the start of the selection phase). */
	screeningEnds: Date;
};

export type DemoPerson = { email: string; name: string };

export type DemoTeamStep = { to: ApplicationStatus; at: Date; reason: string };

export type DemoOrganisation = {
	legalName: string;
	type: OrganisationType;
	siret?: string;
	headcountBand: HeadcountBand;
	postalCode: string;
};

/** One composed demo application, before it meets the database. */
export type DemoApplication = {
	/** Position in `DEMO_PROJECTS`. */
	index: number;
	owner: DemoPerson;
	coholder: DemoPerson | null;
	/** The profile as the holder typed it (checked by `organisationInput` at seeding). */
	organisation: DemoOrganisation;
	title: string;
	/** The answers as a holder would send them (the file answer is added at seeding). */
	answers: Record<string, unknown>;
	/** Draft started. */
	createdAt: Date;
	submittedAt: Date;
	/** The team's decisions, in order (none: still `submitted`). */
	screening: DemoTeamStep[];
	/** Saves before submission. */
	revision: number;
	attachment: { fileName: string; createdAt: Date } | null;
};

// ---------------------------------------------------------------------------------------------
// Deterministic randomness

/** Mulberry32: a small seeded generator, uniform in [0, 1). */
export function seededRandom(seed: number): () => number {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

type Rng = () => number;

const int = (rng: Rng, min: number, max: number) => min + Math.floor(rng() * (max - min + 1));
const pick = <T>(rng: Rng, list: readonly T[]): T => list[Math.floor(rng() * list.length)];

/** `n` distinct items of the list, in the list's order. */
function pickSome<T>(rng: Rng, list: readonly T[], n: number): T[] {
	const indexes = list.map((_, i) => i);
	for (let i = indexes.length - 1; i > 0; i--) {
		const j = Math.floor(rng() * (i + 1));
		[indexes[i], indexes[j]] = [indexes[j], indexes[i]];
	}
	return indexes
		.slice(0, Math.min(n, list.length))
		.sort((a, b) => a - b)
		.map((i) => list[i]);
}

// ---------------------------------------------------------------------------------------------
// Identifiers and words

/** Completes digits with the Luhn check digit. */
function withCheckDigit(digits: string): string {
	for (let d = 0; d <= 9; d++) if (luhn(digits + d)) return digits + d;
	throw new Error('unreachable');
}

/** A SIRET whose SIREN and whole number both pass the Luhn check. */
export function demoSiret(rng: Rng): string {
	let body = String(int(rng, 3, 9));
	for (let i = 0; i < 7; i++) body += String(int(rng, 0, 9));
	const siren = withCheckDigit(body);
	const nic = `000${int(rng, 1, 4)}`;
	return withCheckDigit(siren + nic);
}

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** « l’Association Textile & Avenir », « le Centre… », « la Chambre… », or the bare name. */
function orgForms(name: string): { the: string; of: string } {
	const first = name.split(' ')[0];
	if (['Association', 'Union'].includes(first)) return { the: `l’${name}`, of: `de l’${name}` };
	if (['Centre', 'Syndicat', 'Groupement', 'Réseau', 'Collectif'].includes(first)) {
		return { the: `le ${name}`, of: `du ${name}` };
	}
	if (['Chambre', 'Fondation', 'Coopérative', 'Communauté'].includes(first)) {
		return { the: `la ${name}`, of: `de la ${name}` };
	}
	return { the: name, of: /^[AEIOUYÉÈÊ]/i.test(name) ? `d’${name}` : `de ${name}` };
}

/**
 * « des animateurs et des agents », « du tourisme », « de la viticulture », « de l’aide à
 * domicile »: the preposition contracted with each article of a list.
 */
function of(phrase: string): string {
	if (phrase.startsWith('les '))
		return `des ${phrase.slice(4).replace(/(, | et )les /g, '$1des ')}`;
	if (phrase.startsWith('le ')) return `du ${phrase.slice(3)}`;
	return `de ${phrase}`;
}

/** « aux animateurs et aux agents », « au tourisme », « à la viticulture ». */
function to(phrase: string): string {
	if (phrase.startsWith('les '))
		return `aux ${phrase.slice(4).replace(/(, | et )les /g, '$1aux ')}`;
	if (phrase.startsWith('le ')) return `au ${phrase.slice(3)}`;
	return `à ${phrase}`;
}

/** The region's Aract (Mayotte has none: its chamber of commerce plays that part here). */
function aractOf(region: string): string {
	if (region === '06') return 'la chambre de commerce et d’industrie de Mayotte';
	if (region === '04') return 'l’Aract Réunion';
	return `l’Aract ${regionName(region) ?? ''}`.trim();
}

/** « a, b et c ». */
function enumerate(items: readonly string[]): string {
	if (items.length <= 1) return items.join('');
	return `${items.slice(0, -1).join(', ')} et ${items[items.length - 1]}`;
}

type Context = Record<string, string>;

function fill(template: string, ctx: Context): string {
	return template.replace(/\{(\w+)\}/g, (whole, key: string) => {
		if (Object.hasOwn(ctx, key)) return ctx[key];
		throw new Error(`Fragment de démonstration : « ${whole} » inconnu`);
	});
}

// ---------------------------------------------------------------------------------------------
// Dates

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** One formatter for every date of the demo (building one per call is slow). */
const parisParts = new Intl.DateTimeFormat('en-GB', {
	timeZone: 'Europe/Paris',
	year: 'numeric',
	month: '2-digit',
	day: '2-digit',
	hour: '2-digit',
	minute: '2-digit',
	hourCycle: 'h23'
});

/** The Paris wall time of an instant, as numbers. */
function wallTime(at: Date): { y: number; mo: number; d: number; h: number; mi: number } {
	const parts: Record<string, number> = {};
	for (const p of parisParts.formatToParts(at)) {
		if (p.type !== 'literal') parts[p.type] = Number(p.value);
	}
	return { y: parts.year, mo: parts.month, d: parts.day, h: parts.hour, mi: parts.minute };
}

/** The instant of a Paris wall time (two passes settle the offset around a clock change). */
function parisTime(y: number, mo: number, d: number, h: number, mi: number): Date {
	const naive = Date.UTC(y, mo - 1, d, h, mi);
	const offset = (at: number) => {
		const w = wallTime(new Date(at));
		return Date.UTC(w.y, w.mo - 1, w.d, w.h, w.mi) - Math.floor(at / MINUTE) * MINUTE;
	};
	let instant = naive - offset(naive);
	instant = naive - offset(instant);
	return new Date(instant);
}

/** A time of day in Paris on the (Paris) day of `d`. */
function atHour(d: Date, hour: number, minute: number): Date {
	const w = wallTime(d);
	return parisTime(w.y, w.mo, w.d, hour, minute);
}

/**
 * `d` if it lies strictly between `from` and `to`; otherwise a few minutes to three hours inside
 * the nearer end; the midpoint when the window is too narrow for that.
 */
function within(rng: Rng, d: Date, from: Date, to: Date): Date {
	const [a, b, t] = [from.getTime(), to.getTime(), d.getTime()];
	if (t > a && t < b) return d;
	const shift = int(rng, 5, 180) * MINUTE;
	const inside = t <= a ? a + shift : b - shift;
	return new Date(inside > a && inside < b ? inside : Math.round((a + b) / 2));
}

/** A moment between `from` and `to` at an hour people write applications (8 h – 22 h). */
function writingMoment(rng: Rng, from: Date, to: Date, skew = 1): Date {
	const u = 1 - Math.pow(1 - rng(), skew);
	const day = new Date(from.getTime() + u * (to.getTime() - from.getTime()));
	return within(rng, atHour(day, int(rng, 8, 22), int(rng, 0, 59)), from, to);
}

/** A weekday working hour (9 h – 18 h) some days after `after`, before `cap`. */
function workingMoment(rng: Rng, after: Date, minDays: number, maxDays: number, cap: Date): Date {
	let day = new Date(after.getTime() + int(rng, minDays, maxDays) * DAY);
	const w = wallTime(day);
	const weekday = new Date(Date.UTC(w.y, w.mo - 1, w.d)).getUTCDay();
	if (weekday === 6) day = new Date(day.getTime() + 2 * DAY);
	if (weekday === 0) day = new Date(day.getTime() + DAY);
	return within(rng, atHour(day, int(rng, 9, 17), int(rng, 0, 59)), after, cap);
}

// ---------------------------------------------------------------------------------------------
// Composition

const THEMES_BY_TYPOLOGY: Record<Typology, readonly string[]> = {
	application_sensibilisation: ['sante_travail'],
	evaluation_charge_travail: ['organisation_travail', 'sante_travail'],
	etude_action: ['dialogue_social'],
	experimentation_in_vivo: ['organisation_travail'],
	conduite_changement: ['management_projet']
};

const THEME_ORDER = DEFAULT_QVCT_THEMES.map((t) => t.value);

function stageOf(rng: Rng): Stage {
	const u = rng();
	return u < 0.4 ? 'prototype' : u < 0.8 ? 'accelerate' : 'finalise';
}

function composeAnswers(
	rng: Rng,
	p: DemoProject,
	region: string,
	owner: DemoPerson,
	coholder: DemoProject['coholder']
): Record<string, unknown> {
	const forms = orgForms(p.organisation.legalName);
	const aract = aractOf(region);
	const roleChoice = pick(rng, ROLES[p.organisation.type]);
	const role = roleChoice[p.holder.gender];
	const ctx: Context = {
		sector: p.sector,
		workers: p.workers,
		Workers: capitalise(p.workers),
		ofWorkers: of(p.workers),
		toWorkers: to(p.workers),
		ofSector: of(p.sector),
		theOrg: forms.the,
		ofOrg: forms.of,
		city: p.organisation.city,
		Aract: capitalise(aract),
		Pronoun: p.holder.gender === 'f' ? 'Elle' : 'Il',
		n: String(int(rng, 4, 24))
	};
	const t = p.typology;
	const stage = stageOf(rng);
	const sentences = (list: readonly string[]) => list.map((s) => fill(s, ctx)).join(' ');

	const resume = [
		sentences([pick(rng, PROBLEMS[t]), pick(rng, SOLUTIONS[t])]),
		sentences([
			pick(rng, PEOPLE),
			pick(rng, (t === 'etude_action' ? RESEARCH_STAGE_SENTENCES : STAGE_SENTENCES)[stage])
		])
	].join('\n\n');
	const tech = sentences([
		...pickSome(rng, TECH[t], int(rng, 1, 2)),
		...pickSome(rng, TECH_EXTRA, int(rng, 1, 2))
	]);
	const social = sentences([
		...pickSome(rng, SOCIAL[t], int(rng, 1, 2)),
		...pickSome(rng, SOCIAL_EXTRA, 1)
	]);

	const lead =
		p.organisation.type === 'freelancer'
			? `${owner.name}, ${role}, porte le projet.`
			: `${owner.name}, ${role} ${forms.of}, porte le projet.`;
	const co = coholder
		? `${coholder.name} en est ${coholder.gender === 'f' ? 'co-porteuse' : 'co-porteur'}.`
		: '';
	const team = [lead, co, fill(pick(rng, TEAMS[p.organisation.type]), ctx), pick(rng, TEAM_EXTRA)]
		.filter((s) => s !== '')
		.join(' ');

	const researchers = t === 'etude_action' || rng() < 0.2;
	const partnerList = [aract, ...pickSome(rng, PARTNERS, int(rng, 1, 3))];
	const fundable =
		p.organisation.type !== 'public_body' &&
		!['300-999', '1000+'].includes(p.organisation.headcountBand);
	const funding = pick(rng, fundable ? FUNDING : FUNDING.filter((s) => !s.includes('FACT')));
	const partnerLead = pick(rng, [
		'Partenaires associés : ',
		'Le projet est soutenu par ',
		'Nous travaillons déjà avec '
	]);
	const partners = [`${partnerLead}${enumerate(partnerList)}.`, funding]
		.filter((s) => s !== '')
		.join(' ');

	const themes = [...THEMES_BY_TYPOLOGY[t]];
	for (const extra of pickSome(rng, THEME_ORDER, int(rng, 0, 2))) {
		if (!themes.includes(extra)) themes.push(extra);
	}
	themes.sort((a, b) => THEME_ORDER.indexOf(a) - THEME_ORDER.indexOf(b));

	const answers: Record<string, unknown> = {
		titre: p.title,
		resume,
		typologie: [t],
		stade: stage,
		themes,
		innovation_technologique: tech,
		innovation_sociale: social,
		innovation_sociale_et_technologique: true,
		implique_salaries: !p.withoutEmployees,
		equipe: team,
		chercheurs: researchers
	};
	// Most, not all, name their partners (the question is optional).
	if (rng() < 0.85) answers.partenaires = partners;
	if (researchers) {
		answers.laboratoire = `${UNIVERSITIES[region] ?? 'Université partenaire'}, ${pick(rng, RESEARCH_TEAMS)}`;
	}
	return answers;
}

function organisationOf(rng: Rng, p: DemoProject): DemoOrganisation {
	const o = p.organisation;
	const hasSiret =
		SIRET_REQUIRED_TYPES.includes(o.type) ||
		o.type === 'public_body' ||
		(o.type === 'association' && rng() < 0.6);
	return {
		legalName: o.legalName,
		type: o.type,
		siret: hasSiret ? demoSiret(rng) : undefined,
		headcountBand: o.headcountBand,
		postalCode: o.postalCode
	};
}

const DEMO_HOLDER_EMAIL = DEMO_ACCOUNTS.find((a) => a.role === 'holder')!.email;

/**
 * The demo applications, composed (pure: the same every time for the same window). Generated
 * holders are numbered in project order, co-holders after them.
 */
export function demoApplications(window: DemoCallWindow): DemoApplication[] {
	const firstSubmission = new Date(window.opensAt.getTime() + 4 * DAY);
	const earlyEnd = new Date(window.closesAt.getTime() - 11 * DAY);
	let ownerNumber = 0;
	const owners = DEMO_PROJECTS.map((p) =>
		p.demoHolder
			? { email: DEMO_HOLDER_EMAIL, name: p.holder.name }
			: { email: demoHolderEmail(++ownerNumber), name: p.holder.name }
	);
	let coholderNumber = ownerNumber;

	const apps = DEMO_PROJECTS.map((p, index): DemoApplication => {
		const rng = seededRandom(0x2016 * 7919 + index * 104729);
		const region = regionFromPostalCode(p.organisation.postalCode);
		if (!region)
			throw new Error(`Code postal de démonstration sans région : ${p.organisation.postalCode}`);
		const coholder = p.coholder
			? { email: demoHolderEmail(++coholderNumber), name: p.coholder.name }
			: null;
		const organisation = organisationOf(rng, p);
		const answers = composeAnswers(rng, p, region, owners[index], p.coholder);
		// Decided screenings come from early submissions; the others crowd towards the deadline.
		const submittedAt = p.screening
			? writingMoment(rng, firstSubmission, earlyEnd)
			: writingMoment(rng, firstSubmission, window.closesAt, 1.7);
		const startFrom = new Date(
			Math.max(window.opensAt.getTime(), submittedAt.getTime() - 21 * DAY)
		);
		const createdAt = writingMoment(rng, startFrom, new Date(submittedAt.getTime() - 2 * HOUR));
		const attachment = p.attachment
			? { fileName: p.attachment, createdAt: writingMoment(rng, createdAt, submittedAt) }
			: null;
		return {
			index,
			owner: owners[index],
			coholder,
			organisation,
			title: p.title,
			answers,
			createdAt,
			submittedAt,
			screening: [],
			revision: int(rng, 3, 8) + (attachment ? 1 : 0),
			attachment
		};
	});

	// Screening: the decided ones, then the earliest other submissions.
	const generic = apps
		.filter((a) => !DEMO_PROJECTS[a.index].screening && !DEMO_PROJECTS[a.index].keepSubmitted)
		.sort((a, b) => a.submittedAt.getTime() - b.submittedAt.getTime());
	const decided = apps.filter((a) => DEMO_PROJECTS[a.index].screening);
	const toScreen = new Set([
		...decided,
		...generic.slice(0, Math.max(0, DEMO_SCREENED_COUNT - decided.length))
	]);
	for (const a of toScreen) {
		const rng = seededRandom(0x5c2ee7 + a.index * 7727);
		const plan = DEMO_PROJECTS[a.index].screening ?? {
			...(rng() < 0.45
				? {
						to: 'under_review' as const,
						eligibleReason: pick(rng, ELIGIBLE_REASONS),
						reason: pick(rng, UNDER_REVIEW_REASONS)
					}
				: { to: 'eligible' as const, reason: pick(rng, ELIGIBLE_REASONS) })
		};
		const first = workingMoment(rng, a.submittedAt, 2, 9, window.screeningEnds);
		if (plan.to === 'under_review') {
			a.screening.push({ to: 'eligible', at: first, reason: plan.eligibleReason });
			const second = workingMoment(rng, first, 1, 4, window.screeningEnds);
			a.screening.push({ to: 'under_review', at: second, reason: plan.reason });
		} else {
			a.screening.push({ to: plan.to, at: first, reason: plan.reason });
		}
	}
	return apps;
}

/** The generated holders (owners, then co-holders): they sign in like anyone who signed up. */
export function demoHolders(apps: readonly DemoApplication[]): DemoPerson[] {
	return apps
		.flatMap((a) => [a.owner, ...(a.coholder ? [a.coholder] : [])])
		.filter((p) => p.email !== DEMO_HOLDER_EMAIL);
}

// ---------------------------------------------------------------------------------------------
// Attachments: small real PDF files

/** WinAnsi (the standard fonts' encoding) for the characters that are not Latin-1. */
const WIN_ANSI: Record<string, number> = {
	'€': 0x80,
	'…': 0x85,
	Œ: 0x8c,
	'‘': 0x91,
	'’': 0x92,
	'“': 0x93,
	'”': 0x94,
	'•': 0x95,
	'–': 0x96,
	'—': 0x97,
	œ: 0x9c,
	Ÿ: 0x9f
};

/** A PDF literal string's content: one byte per character (WinAnsi), parentheses escaped. */
function pdfText(text: string): string {
	let out = '';
	for (const c of text.normalize('NFC')) {
		const code = c.codePointAt(0)!;
		const byte =
			WIN_ANSI[c] ??
			(code === 0x202f
				? 0x20
				: (code >= 0x20 && code <= 0x7e) || (code >= 0xa0 && code <= 0xff)
					? code
					: 0x3f);
		const ch = String.fromCharCode(byte);
		out += ch === '(' || ch === ')' || ch === '\\' ? `\\${ch}` : ch;
	}
	return out;
}

/** Lines of at most `width` characters, cut between words. */
function wrap(text: string, width: number): string[] {
	const lines: string[] = [];
	for (const paragraph of text.split('\n')) {
		let line = '';
		for (const word of paragraph.split(/\s+/).filter(Boolean)) {
			if (line && line.length + 1 + word.length > width) {
				lines.push(line);
				line = word;
			} else line = line ? `${line} ${word}` : word;
		}
		lines.push(line);
	}
	return lines;
}

/** UTF-16BE with its byte order mark, as a PDF hexadecimal string (for the document's title). */
function pdfUnicode(text: string): string {
	let hex = 'FEFF';
	for (let i = 0; i < text.length; i++) {
		hex += text.charCodeAt(i).toString(16).toUpperCase().padStart(4, '0');
	}
	return `<${hex}>`;
}

/**
 * A one-page A4 PDF (1.4) with a title and headed paragraphs in the standard Helvetica fonts:
 * small, valid (cross-reference table with exact offsets), readable by any viewer.
 */
export function demoPdf(title: string, blocks: { heading: string; text: string }[]): Uint8Array {
	const lines: { font: 'F1' | 'F2'; size: number; lead: number; text: string }[] = [
		{ font: 'F1', size: 9, lead: 0, text: 'Transformateur numérique — Appel à projets 2016' }
	];
	wrap(title, 55).forEach((text, i) =>
		lines.push({ font: 'F2', size: 16, lead: i ? 20 : 30, text })
	);
	for (const block of blocks) {
		lines.push({ font: 'F2', size: 12, lead: 26, text: block.heading });
		wrap(block.text, 90).forEach((text, i) =>
			lines.push({ font: 'F1', size: 10, lead: i ? 13 : 17, text })
		);
	}
	let y = 800;
	let content = '';
	for (const l of lines) {
		y -= l.lead;
		if (y < 40) break;
		content += `BT /${l.font} ${l.size} Tf 56 ${y} Td (${pdfText(l.text)}) Tj ET\n`;
	}
	const objects = [
		'<< /Type /Catalog /Pages 2 0 R >>',
		'<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
		'<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R /F2 5 0 R >> >> /Contents 6 0 R >>',
		'<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>',
		'<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>',
		`<< /Length ${content.length} >>\nstream\n${content}endstream`,
		`<< /Title ${pdfUnicode(title)} /Producer (Transformateur - demonstration) >>`
	];
	let pdf = '%PDF-1.4\n%\xe2\xe3\xcf\xd3\n';
	const offsets: number[] = [];
	objects.forEach((body, i) => {
		offsets.push(pdf.length);
		pdf += `${i + 1} 0 obj\n${body}\nendobj\n`;
	});
	const xref = pdf.length;
	pdf += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
	for (const o of offsets) pdf += `${String(o).padStart(10, '0')} 00000 n \n`;
	pdf += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R /Info 7 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
	return Uint8Array.from(pdf, (c) => c.charCodeAt(0));
}

/** The presentation a demo holder attached: their project in a page. */
export function demoPresentation(app: DemoApplication): Uint8Array {
	const text = (key: string) =>
		typeof app.answers[key] === 'string' ? (app.answers[key] as string) : '';
	return demoPdf(app.title, [
		{
			heading: 'Structure porteuse',
			text: `${app.organisation.legalName} (${DEMO_PROJECTS[app.index].organisation.city}) — contact : ${app.owner.name}`
		},
		{ heading: 'Résumé', text: text('resume') },
		{ heading: 'Innovation technologique', text: text('innovation_technologique') },
		{ heading: 'Innovation sociale et organisationnelle', text: text('innovation_sociale') },
		{ heading: 'Équipe', text: text('equipe') }
	]);
}

export type StoredDemoFile = { fileName: string; mime: string; size: number; sha256: string };

/**
 * Checks the demo attachments as an upload would be checked (type by content, size, name) and puts
 * them in the file storage. Outside any transaction; storing the same bytes again is harmless
 * (content-addressed). Returns them by application index.
 */
export async function storeDemoAttachments(
	storage: FileStorage,
	apps: readonly DemoApplication[]
): Promise<Map<number, StoredDemoFile>> {
	const question = allQuestions(demoCallForm()).find(
		(q) => q.question.key === 'presentation'
	)!.question;
	const stored = new Map<number, StoredDemoFile>();
	for (const app of apps) {
		if (!app.attachment) continue;
		const bytes = demoPresentation(app);
		const check = checkUpload({
			bytes,
			fileName: app.attachment.fileName,
			accept: question.accept ?? ['application/pdf'],
			maxBytes: question.maxBytes ?? 10 * 1024 * 1024
		});
		if (!check.ok) throw new Error(`Pièce jointe de démonstration refusée : ${check.reason}`);
		const file = await storage.put(bytes);
		stored.set(app.index, {
			fileName: safeDownloadName(app.attachment.fileName),
			mime: check.mime,
			size: file.size,
			sha256: file.sha256
		});
	}
	return stored;
}

// ---------------------------------------------------------------------------------------------
// Seeding

function fail(app: DemoApplication, what: string, detail: unknown): never {
	throw new Error(
		`Candidature de démonstration « ${app.title} » : ${what} ${JSON.stringify(detail)}`
	);
}

/**
 * Writes the demo applications to the programme's 2016 call, inside the seed's transaction: the
 * holders (verified, without password), organisations, applications, members, snapshots,
 * transitions, attachments and audit entries, each kind in one batch. Does nothing when the call
 * is missing or already has applications. Returns how many it wrote.
 */
export async function seedDemoApplications(
	tx: Tx,
	programmeId: string,
	apps: readonly DemoApplication[],
	files: ReadonlyMap<number, StoredDemoFile>
): Promise<number> {
	const call = await findCallBySlug(tx, programmeId, DEMO_2016_CALL_SLUG);
	if (!call) return 0;
	const [{ n: existing }] = await tx
		.select({ n: sql<number>`count(*)::int` })
		.from(applications)
		.where(eq(applications.callId, call.id));
	if (existing > 0) return 0;
	const form = await currentFormVersion(tx, call.id);
	if (!form) return 0;
	const def: FormDefinition = form.definition;
	const rules = eligibilityRules.parse(call.eligibilityRules);
	const lists = await formListsOf(tx, anonymous, programmeId);

	// People: the generated holders, signed up when they started their first draft.
	const holders = demoHolders(apps);
	const since = new Map<string, Date>();
	for (const a of apps) {
		for (const p of [a.owner, a.coholder]) {
			if (!p) continue;
			const at = p === a.coholder ? new Date(a.createdAt.getTime() + 5 * HOUR) : a.createdAt;
			const was = since.get(p.email);
			if (!was || at < was) since.set(p.email, new Date(at.getTime() - 20 * 60_000));
		}
	}
	if (holders.length) {
		await tx
			.insert(users)
			.values(
				holders.map((h) => ({
					email: h.email,
					name: h.name,
					emailVerifiedAt: since.get(h.email)!,
					createdAt: since.get(h.email)!,
					updatedAt: since.get(h.email)!
				}))
			)
			.onConflictDoNothing();
	}
	const team = DEMO_ACCOUNTS.find((a) => a.role === 'team')!;
	const emails = [
		...new Set([
			team.email,
			...apps.flatMap((a) => [a.owner, ...(a.coholder ? [a.coholder] : [])].map((p) => p.email))
		])
	];
	const people = await tx
		.select({ id: users.id, email: users.email })
		.from(users)
		.where(inArray(sql`lower(${users.email})`, emails));
	const idOf = new Map(people.map((p) => [p.email.toLowerCase(), p.id]));
	const userId = (email: string) => {
		const id = idOf.get(email);
		if (!id) throw new Error(`Compte de démonstration absent : ${email}`);
		return id;
	};
	const teamId = userId(team.email);

	const prefix = referencePrefix(await programmeName(tx, programmeId));
	const ordered = [...apps].sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime());

	const orgRows: OrganisationRow[] = [];
	const appRows: (typeof applications.$inferInsert)[] = [];
	const memberRows: (typeof applicationMembers.$inferInsert)[] = [];
	const snapshotRows: (typeof applicationSnapshots.$inferInsert)[] = [];
	const transitionRows: (typeof applicationTransitions.$inferInsert)[] = [];
	const attachmentRows: AttachmentRow[] = [];
	const auditRows: (typeof auditLog.$inferInsert)[] = [];

	for (const app of ordered) {
		const id = randomUUID();
		const ownerId = userId(app.owner.email);
		const year = parisYear(app.createdAt);
		const reference = formatReference(prefix, year, await nextReferenceNumber(tx, prefix, year));

		const parsed = organisationInput.safeParse(app.organisation);
		if (!parsed.success) fail(app, 'organisation invalide', parsed.error.issues);
		const o = parsed.data;
		const organisation: OrganisationRow = {
			id: randomUUID(),
			legalName: o.legalName,
			type: o.type,
			siret: o.siret,
			headcountBand: o.headcountBand,
			postalCode: o.postalCode,
			regionCode: o.region,
			website: o.website,
			createdAt: app.createdAt,
			updatedAt: app.createdAt
		};
		orgRows.push(organisation);

		// The attachment, uploaded to the draft before submission.
		const file = files.get(app.index);
		let attachment: AttachmentRow | null = null;
		const raw = { ...app.answers };
		if (app.attachment && file) {
			attachment = {
				id: randomUUID(),
				applicationId: id,
				questionKey: 'presentation',
				fileName: file.fileName,
				mime: file.mime,
				size: file.size,
				sha256: file.sha256,
				uploadedBy: ownerId,
				createdAt: app.attachment.createdAt,
				deletedAt: null
			};
			attachmentRows.push(attachment);
			raw.presentation = [{ attachmentId: attachment.id }];
		}

		const checked = validateAnswers(def, raw, lists);
		if (Object.keys(checked.errors).length) fail(app, 'réponses invalides', checked.errors);
		if (checked.dropped.length) fail(app, 'réponses hors formulaire', checked.dropped);
		const missing = missingAnswers(def, checked.answers);
		if (missing.length)
			fail(
				app,
				'réponses manquantes',
				missing.map((m) => m.questionKey)
			);
		const answers = checked.answers;
		const eligibility = evaluateEligibility(rules, {
			organisation: { type: o.type, headcountBand: o.headcountBand, region: o.region },
			answers,
			definition: def
		});
		if (eligibility.blocking.length) fail(app, 'inéligible', eligibility.blocking);

		let status: ApplicationStatus = 'submitted';
		transition('draft', 'submitted', 'holder');
		const steps: { from: ApplicationStatus; step: DemoTeamStep }[] = [];
		for (const step of app.screening) {
			transition(status, step.to, 'team');
			checkReason(true, step.reason);
			steps.push({ from: status, step });
			status = step.to;
		}
		const updatedAt = steps.length ? steps[steps.length - 1].step.at : app.submittedAt;

		appRows.push({
			id,
			callId: call.id,
			formVersionId: form.id,
			organisationId: organisation.id,
			reference,
			title: app.title,
			status,
			answers,
			revision: app.revision,
			flags: eligibility.review,
			submittedAt: app.submittedAt,
			searchText: searchTextOf(def, app.title, answers, o.legalName),
			createdBy: ownerId,
			createdAt: app.createdAt,
			updatedAt
		});
		memberRows.push({
			applicationId: id,
			userId: ownerId,
			role: 'owner',
			createdAt: app.createdAt
		});
		if (app.coholder) {
			memberRows.push({
				applicationId: id,
				userId: userId(app.coholder.email),
				role: 'coholder',
				createdAt: new Date(app.createdAt.getTime() + 5 * HOUR)
			});
		}
		snapshotRows.push({
			applicationId: id,
			submittedAt: app.submittedAt,
			formVersionId: form.id,
			organisation: presentOrganisation(organisation),
			answers,
			attachments: attachment ? [presentAttachment(attachment)] : []
		});

		const state = (s: ApplicationStatus) => ({
			title: app.title,
			status: s,
			answers,
			revision: app.revision
		});
		transitionRows.push({
			applicationId: id,
			fromStatus: 'draft',
			toStatus: 'submitted',
			reason: null,
			actorId: ownerId,
			at: app.submittedAt
		});
		auditRows.push({
			at: app.submittedAt,
			actorId: ownerId,
			actorLabel: app.owner.email,
			action: 'application.submit',
			entityType: 'application',
			entityId: id,
			programmeId,
			before: auditedApplication(state('draft')),
			after: { ...auditedApplication(state('submitted')), flags: eligibility.review }
		});
		for (const { from, step } of steps) {
			transitionRows.push({
				applicationId: id,
				fromStatus: from,
				toStatus: step.to,
				reason: step.reason,
				actorId: teamId,
				at: step.at
			});
			auditRows.push({
				at: step.at,
				actorId: teamId,
				actorLabel: team.email,
				action: `application.status.${step.to}`,
				entityType: 'application',
				entityId: id,
				programmeId,
				before: { status: from },
				after: { ...auditedApplication(state(step.to)), reason: step.reason }
			});
		}
	}

	await tx.insert(organisations).values(orgRows);
	await tx.insert(applications).values(appRows);
	await tx.insert(applicationMembers).values(memberRows);
	if (attachmentRows.length) await tx.insert(attachments).values(attachmentRows);
	await tx.insert(applicationSnapshots).values(snapshotRows);
	// Transitions and audit entries in the order they happened.
	const byTime = <T extends { at?: Date }>(rows: T[]) =>
		rows.sort((a, b) => (a.at?.getTime() ?? 0) - (b.at?.getTime() ?? 0));
	await tx.insert(applicationTransitions).values(byTime(transitionRows));
	await tx.insert(auditLog).values(byTime(auditRows));
	return appRows.length;
}
