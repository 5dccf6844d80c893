/**
 * The benchmark's data: the demo programme (`seedDemo`: programme, promotions, calls with the
 * demo form and eligibility rules, the programme's lists), then `count` applications to its 2016
 * call, written in bulk (a few hundred rows per statement, one transaction per batch), each with
 * its holder, its organisation (in every region) and its answers in plausible French. Statuses,
 * flags and `search_text` are what the use cases would have written: `searchTextOf` for the
 * searchable text, `evaluateEligibility` for the flags recorded at submission.
 *
 * A team member of the programme (not platform-wide, so that the visibility rules apply) gets a
 * browser session and a personal access token with the `applications:read` scope.
 */
import { randomUUID } from 'node:crypto';
import { and, eq, sql } from 'drizzle-orm';
import type { Database } from '#lib/server/db/client.ts';
import {
	applicationCounters,
	applicationMembers,
	applications,
	organisations,
	roleAssignments,
	users
} from '#lib/server/db/schema.ts';
import { DEMO_PROGRAMME, seedDemo } from '#lib/server/demo/seed.ts';
import { findProgramme } from '#lib/server/programmes/queries.ts';
import { currentFormVersion, findCallBySlug } from '#lib/server/calls/queries.ts';
import { validateAnswers } from '#lib/server/calls/form/answers.ts';
import { DEFAULT_QVCT_THEMES, DEFAULT_TYPOLOGY } from '#lib/server/calls/form/defaults.ts';
import type { FormDefinition } from '#lib/server/calls/form/definition.ts';
import {
	evaluateEligibility,
	type EligibilityRule,
	type Finding
} from '#lib/server/applications/eligibility.ts';
import {
	HEADCOUNT_BANDS,
	regionFromPostalCode,
	type HeadcountBand,
	type OrganisationType
} from '#lib/server/applications/organisation.ts';
import {
	formatReference,
	referencePrefix,
	searchTextOf
} from '#lib/server/applications/presenters.ts';
import type { ApplicationStatus } from '#lib/server/applications/status.ts';
import { createSession } from '#lib/server/accounts/sessions.ts';
import { createApiToken } from '#lib/server/accounts/apiTokens.ts';
import { localStorage } from '#lib/server/storage/index.ts';
import { REGIONS } from '#lib/regions.ts';
import { generateAnswers, organisationName, pick, random, type Rng } from './corpus.ts';

/** The query the benchmark searches for. */
export const SEARCH_QUERY = 'charge de travail';

/** The call the applications answer (the demo's closed 2016 call). */
const CALL_SLUG = 'appel-a-projets-2016';

/** A postal code in each of the 18 regions (checked against the region the domain derives). */
const POSTAL_CODES = [
	'97110',
	'97200',
	'97300',
	'97400',
	'97600',
	'75011',
	'45000',
	'21000',
	'14000',
	'59000',
	'67000',
	'44000',
	'35000',
	'33000',
	'31000',
	'69001',
	'13001',
	'20000'
];

/** Share of each status in a call closed and partly screened. */
const STATUS_SHARES: [ApplicationStatus, number][] = [
	['draft', 0.14],
	['submitted', 0.36],
	['eligible', 0.24],
	['ineligible', 0.1],
	['under_review', 0.11],
	['withdrawn', 0.05]
];

const TYPE_SHARES: [OrganisationType, number][] = [
	['startup', 0.25],
	['company', 0.22],
	['association', 0.18],
	['freelancer', 0.1],
	['public_body', 0.1],
	['professional_organisation', 0.1],
	['other', 0.05]
];

function weighted<T>(rng: Rng, shares: [T, number][]): T {
	let r = rng();
	for (const [v, share] of shares) {
		r -= share;
		if (r < 0) return v;
	}
	return shares[shares.length - 1][0];
}

/** A SIRET that passes the Luhn check: 13 random digits and the check digit. */
function siret(rng: Rng): string {
	const digits = Array.from({ length: 13 }, () => Math.floor(rng() * 10));
	const sum = (ds: number[]) =>
		ds
			.slice()
			.reverse()
			.reduce((s, d, i) => {
				const v = i % 2 === 1 ? d * 2 : d;
				return s + (v > 9 ? v - 9 : v);
			}, 0);
	for (let check = 0; check < 10; check++) {
		if (sum([...digits, check]) % 10 === 0) return [...digits, check].join('');
	}
	throw new Error('unreachable');
}

export type BenchFixture = {
	programmeId: string;
	callId: string;
	/** The team member the scenarios act as. */
	userId: string;
	/** Value of the `transfo_session` cookie. */
	sessionToken: string;
	/** Bearer token (`applications:read`). */
	apiToken: string;
	applications: number;
	/** Applications of the call the search finds. */
	matches: number;
	seconds: number;
};

const BATCH = 500;
const DAY = 24 * 60 * 60 * 1000;

export async function seedBenchData(
	database: Database,
	dataDir: string,
	count: number,
	log: (line: string) => void = () => {}
): Promise<BenchFixture> {
	const started = Date.now();
	const { db } = database;
	await seedDemo({ db, storage: localStorage(dataDir) });
	const programme = await findProgramme(db, DEMO_PROGRAMME.slug);
	if (!programme) throw new Error('demo programme missing after seeding');
	const call = await findCallBySlug(db, programme.id, CALL_SLUG);
	if (!call) throw new Error(`demo call ${CALL_SLUG} missing after seeding`);
	const form = await currentFormVersion(db, call.id);
	if (!form) throw new Error(`demo call ${CALL_SLUG} has no form`);
	const definition = form.definition as FormDefinition;
	const rules = (
		Array.isArray(call.eligibilityRules) ? call.eligibilityRules : []
	) as EligibilityRule[];
	const lists = { qvct_themes: DEFAULT_QVCT_THEMES, typology: DEFAULT_TYPOLOGY };
	const regionOf = new Map(POSTAL_CODES.map((cp) => [cp, regionFromPostalCode(cp)]));
	const covered = new Set(regionOf.values());
	const missing = REGIONS.filter((r) => !covered.has(r.code)).map((r) => r.name);
	if (missing.length) throw new Error(`postal codes miss regions: ${missing.join(', ')}`);

	// The team member.
	const [team] = await db
		.insert(users)
		.values({
			email: 'equipe-banc@transformateur.test',
			name: 'Équipe (banc d’essai)',
			emailVerifiedAt: new Date()
		})
		.returning({ id: users.id });
	await db
		.insert(roleAssignments)
		.values({ userId: team.id, role: 'team', programmeId: programme.id });
	const session = await createSession(db, team.id, { userAgent: 'autocannon' });
	const token = await createApiToken(db, team.id, {
		name: 'banc d’essai',
		scopes: ['applications:read']
	});

	const prefix = referencePrefix(programme.name);
	const opens = (call.opensAt ?? new Date('2016-09-29T07:00:00Z')).getTime();
	const closes = (call.closesAt ?? new Date('2016-11-21T11:00:00Z')).getTime();
	const span = closes - opens;
	const year = new Date(opens).getUTCFullYear();
	// After the references the demo's own applications took.
	const [counter] = await db
		.select({ last: applicationCounters.last })
		.from(applicationCounters)
		.where(and(eq(applicationCounters.prefix, prefix), eq(applicationCounters.year, year)));
	const firstNumber = (counter?.last ?? 0) + 1;
	const rng = random(20161129);
	let expectedMatches = 0;

	for (let start = 0; start < count; start += BATCH) {
		const n = Math.min(BATCH, count - start);
		const userRows: (typeof users.$inferInsert)[] = [];
		const orgRows: (typeof organisations.$inferInsert)[] = [];
		const appRows: (typeof applications.$inferInsert)[] = [];
		const memberRows: (typeof applicationMembers.$inferInsert)[] = [];
		for (let k = 0; k < n; k++) {
			const i = start + k;
			const createdAt = new Date(opens + Math.floor(((i + rng()) / count) * span * 0.9));
			const userId = randomUUID();
			const organisationId = randomUUID();
			const applicationId = randomUUID();
			const type = weighted(rng, TYPE_SHARES);
			const postalCode = POSTAL_CODES[i % POSTAL_CODES.length];
			const regionCode = regionOf.get(postalCode) ?? null;
			const headcountBand: HeadcountBand =
				rng() < 0.08
					? pick(rng, ['300-999', '1000+'] as const)
					: pick(rng, HEADCOUNT_BANDS.slice(0, 5));
			const legalName = organisationName(rng);
			const needsSiret = type !== 'association' && type !== 'public_body' && type !== 'other';
			const generated = generateAnswers(rng);
			if (generated.mentionsCharge) expectedMatches++;
			if (i < 20) {
				// The generator must write answers the form accepts.
				const errors = validateAnswers(definition, generated.answers, lists).errors;
				if (Object.keys(errors).length) {
					throw new Error(`generated answers refused by the form: ${JSON.stringify(errors)}`);
				}
			}
			const status = weighted(rng, STATUS_SHARES);
			const submitted = status !== 'draft' && !(status === 'withdrawn' && rng() < 0.5);
			const submittedAt = submitted
				? new Date(Math.min(closes - 60_000, createdAt.getTime() + rng() * 10 * DAY))
				: null;
			const withdrawnAt =
				status === 'withdrawn'
					? new Date((submittedAt ?? createdAt).getTime() + rng() * 5 * DAY)
					: null;
			let flags: Finding[] = [];
			if (submitted) {
				flags = evaluateEligibility(rules, {
					organisation: { type, headcountBand, region: regionCode },
					answers: generated.answers as never,
					definition
				}).review;
			}
			const updatedAt = withdrawnAt ?? submittedAt ?? createdAt;
			userRows.push({
				id: userId,
				email: `porteur-${String(i + 1).padStart(5, '0')}@banc.transformateur.test`,
				name: `Porteur ${i + 1}`,
				emailVerifiedAt: createdAt,
				createdAt,
				updatedAt: createdAt
			});
			orgRows.push({
				id: organisationId,
				legalName,
				type,
				siret: needsSiret || rng() < 0.3 ? siret(rng) : null,
				headcountBand,
				postalCode,
				regionCode,
				website: rng() < 0.6 ? `https://exemple-${i + 1}.fr` : null,
				createdAt,
				updatedAt: createdAt
			});
			appRows.push({
				id: applicationId,
				callId: call.id,
				formVersionId: form.id,
				organisationId,
				reference: formatReference(prefix, year, firstNumber + i),
				title: generated.title,
				status,
				answers: generated.answers,
				revision: 1 + Math.floor(rng() * 12),
				flags,
				submittedAt,
				withdrawnAt,
				searchText: searchTextOf(definition, generated.title, generated.answers, legalName),
				createdBy: userId,
				createdAt,
				updatedAt
			});
			memberRows.push({ applicationId, userId, role: 'owner', createdAt });
		}
		await db.transaction(async (tx) => {
			await tx.insert(users).values(userRows);
			await tx.insert(organisations).values(orgRows);
			await tx.insert(applications).values(appRows);
			await tx.insert(applicationMembers).values(memberRows);
		});
		if ((start + n) % 2000 === 0 || start + n === count) log(`  ${start + n} / ${count}`);
	}
	await db
		.insert(applicationCounters)
		.values({ prefix, year, last: firstNumber + count - 1 })
		.onConflictDoUpdate({
			target: [applicationCounters.prefix, applicationCounters.year],
			set: { last: firstNumber + count - 1 }
		});

	const [{ n: matches }] = await db
		.select({ n: sql<number>`count(*)::int` })
		.from(applications)
		.where(
			sql`${applications.callId} = ${call.id} and to_tsvector('french', ${applications.searchText}) @@ websearch_to_tsquery('french', ${SEARCH_QUERY})`
		);
	const [{ total }] = await db
		.select({ total: sql<number>`count(*)::int` })
		.from(applications)
		.where(eq(applications.callId, call.id));
	// About 7 % by construction (`corpus.ts`); the demo's own applications add a few.
	if (matches < expectedMatches * 0.9 || matches > total * 0.15) {
		throw new Error(
			`search finds ${matches} of ${total} applications; the generator wrote ${expectedMatches}`
		);
	}
	return {
		programmeId: programme.id,
		callId: call.id,
		userId: team.id,
		sessionToken: session.token,
		apiToken: token.token,
		applications: total,
		matches,
		seconds: (Date.now() - started) / 1000
	};
}
