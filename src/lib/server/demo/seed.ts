/**
 * The demo programme. Seeded once, on first start in demo mode or by `transfo demo seed`: the
 * programme « Transformateur numérique » (Anact et Fing), its first promotion of 2016-2017 as the
 * origin document describes it, a current promotion whose call is open today, and one account per
 * role (see `DEMO_ACCOUNTS`; their password `demo` is accepted in demo mode only, they have no
 * password hash).
 *
 * Everything is written in one transaction, starting with the `demo_seeded` marker in `settings`:
 * a second run (or a second process racing the first) finds the marker and does nothing. Creations
 * of the programme, its cycles and its calls are audited as the system (anonymous actor, label
 * « système »). Each promotion has its call for projects (`./call.ts`): the 2016 one closed, the
 * current one published and open today, both with the demo application form.
 *
 * The programme has one regional partner per region (`./partners.ts`); the demo regional partner
 * account is a member of « Aract Bretagne », which follows a few prospects. A demo seeded before
 * partners existed gets them on its own, once.
 *
 * The 2016 call has its jury (`./jury.ts`): the default grid, the demo juror and five other
 * members who accepted, one invitation pending.
 *
 * The 2016 call holds about sixty submitted applications, half of them screened
 * (`./applications.ts`); their attachments are put in the file storage before the transaction
 * (content-addressed: writing them again is harmless), everything else is written inside it.
 */
import { and, eq, sql } from 'drizzle-orm';
import type { App, Services } from '../app.ts';
import { anonymous } from '../accounts/actor.ts';
import { audit } from '../audit/log.ts';
import type { DbOrTx, Tx } from '../db/client.ts';
import {
	calls,
	cycles,
	formVersions,
	programmes,
	roleAssignments,
	settings,
	users
} from '../db/schema.ts';
import { defaultDemoRules } from '../applications/eligibility.ts';
import { auditedCall, presentCall } from '../calls/presenters.ts';
import { ensureDefaultTerms, findCall } from '../calls/queries.ts';
import type { CallStatus } from '../calls/schemas.ts';
import { DEMO_CALL_BODY, DEMO_CALL_FAQ, DEMO_ELIGIBLE_TYPES, demoCallForm } from './call.ts';
import { parisWallTimeToInstant, toParisDateInput } from '../../i18n/format.ts';
import { presentCycle, presentProgramme } from '../programmes/presenters.ts';
import { findCycle, findProgramme, phasesOf, replacePhases } from '../programmes/queries.ts';
import type { PhaseKind } from '../programmes/schemas.ts';
import { DEMO_ACCOUNTS } from './accounts.ts';
import { ensureDemoPartners, seedDemoPartners } from './partners.ts';
import { ensureDemoJury, seedDemoJury } from './jury.ts';
import {
	DEMO_2016_CALL_SLUG,
	demoApplications,
	seedDemoApplications,
	storeDemoAttachments,
	type DemoCallWindow
} from './applications.ts';

export const DEMO_MARKER = 'demo_seeded';
export const DEMO_PROGRAMME_SLUG = 'transformateur-numerique';

export const DEMO_PROGRAMME = {
	slug: DEMO_PROGRAMME_SLUG,
	name: 'Transformateur numérique',
	operators: 'Anact et Fing',
	description: [
		'Porté par l’Anact et la Fing, le Transformateur numérique est un dispositif destiné à accélérer des solutions et des initiatives mettant la qualité de vie au travail au cœur de la transformation numérique. Les porteurs retenus au fil des différentes sessions bénéficient d’un appui d’experts « à la carte » pour améliorer, fiabiliser et mettre leurs projets « sur les rails ».',
		'Il s’agit d’innover simultanément sur deux dimensions : mieux intégrer la qualité de vie au travail dans les projets de transformation numérique, et mieux utiliser les outils et la culture numériques pour favoriser la qualité de vie au travail. Les projets soutenus combinent ainsi innovation technologique et innovation sociale au bénéfice de la QVT, quel que soit leur point de départ.',
		'La typologie des projets éligibles est volontairement large : conception d’une application numérique de sensibilisation des acteurs à la QVT, outillage d’une démarche participative d’évaluation de la charge de travail, protocole d’étude-action associant entreprises et chercheurs universitaires pour évaluer l’impact des clauses d’un accord d’entreprise sur le numérique, expérimentation in vivo de méthodes de travail innovantes, outils de conduite du changement pour adapter les entreprises aux transformations numériques.',
		'Une sélection en deux temps. Une douzaine de projets sont présélectionnés pour une première session de deux jours, consacrée à leur formalisation et à leur approfondissement ; des synergies peuvent s’y dessiner entre porteurs de projets complémentaires. Trois à quatre projets sont définitivement retenus à l’issue de ces deux jours. Leurs porteurs construisent ensuite avec des experts, au cours d’une seconde session, une feuille de route d’accompagnement sur mesure.',
		'Pendant trois mois, les projets retenus bénéficient d’un droit de tirage en expertise auprès des partenaires du Transformateur. Cette phase est axée sur la viabilité et la concrétisation des projets : les porteurs sont aussi orientés vers les programmes d’aides publiques et privées utiles, par exemple le FACT (Fonds pour l’amélioration des conditions de travail), afin de sécuriser et de fiabiliser leurs projets avant leur recherche de financement.',
		'Les Aract sont mobilisées en amont pour repérer les porteurs de projet, et pendant l’accompagnement pour leur apporter un appui individualisé. Le réseau d’experts associe acteurs des nouvelles technologies et spécialistes des conditions de travail.',
		'Vous êtes une start-up, un travailleur indépendant, une entreprise, une organisation professionnelle, une association ou un organisme public ? Vous souhaitez prototyper, accélérer ou finaliser un projet innovant mettant la qualité de vie au travail au cœur de la transformation numérique ? Le Transformateur numérique est fait pour vous.'
	].join('\n\n')
};

type DemoPhase = { kind: PhaseKind; startsAt: Date; endsAt: Date | null };

/** Paris wall time to an instant; the demo's dates are all well formed. */
const paris = (wallTime: string): Date => {
	const d = parisWallTimeToInstant(wallTime);
	if (!d) throw new Error(`Date de démonstration invalide : ${wallTime}`);
	return d;
};

/** The first promotion, as the 2016 call for projects announced it. */
export const FIRST_CYCLE = {
	name: 'Promotion 1 — 2016-2017',
	description: [
		'Premier cycle du Transformateur numérique, lancé par l’appel à projets diffusé fin septembre 2016.',
		'Une douzaine de projets présélectionnés, une session de formalisation et d’approfondissement les 8 et 9 décembre 2016 à Paris, trois à quatre projets retenus à son issue ; une session feuille de route en janvier 2017, puis trois mois de droit de tirage en expertise.'
	].join('\n\n'),
	phases: (): DemoPhase[] => [
		{ kind: 'call_open', startsAt: paris('2016-09-29T09:00'), endsAt: null },
		{ kind: 'call_closed', startsAt: paris('2016-11-21T12:00'), endsAt: null },
		{
			kind: 'shortlisting',
			startsAt: paris('2016-11-22T09:00'),
			endsAt: paris('2016-12-02T18:00')
		},
		{
			kind: 'selection_session',
			startsAt: paris('2016-12-08T09:00'),
			endsAt: paris('2016-12-09T18:00')
		},
		{ kind: 'final_selection', startsAt: paris('2016-12-09T16:00'), endsAt: null },
		{
			kind: 'roadmap_session',
			startsAt: paris('2017-01-19T09:00'),
			endsAt: paris('2017-01-19T18:00')
		},
		{
			kind: 'support_phase',
			startsAt: paris('2017-01-23T09:00'),
			endsAt: paris('2017-04-21T18:00')
		},
		{ kind: 'closing', startsAt: paris('2017-04-24T09:00'), endsAt: paris('2017-05-31T18:00') }
	]
};

/** The 2016 call's dates, from the first promotion's calendar. */
export function firstCallWindow(): DemoCallWindow {
	const phases = FIRST_CYCLE.phases();
	const start = (kind: PhaseKind) => phases.find((p) => p.kind === kind)!.startsAt;
	return {
		opensAt: start('call_open'),
		closesAt: start('call_closed'),
		screeningEnds: start('shortlisting')
	};
}

const DAY = 24 * 60 * 60 * 1000;

/**
 * A promotion whose call is open at `now`: opened three weeks ago, closing in about a month, the
 * later phases after. Named after the year its call opened (« Promotion 2026-2027 »).
 */
export function currentCycle(now: Date) {
	const at = (days: number, time: string) =>
		paris(`${toParisDateInput(new Date(now.getTime() + days * DAY))}T${time}`);
	const opened = at(-21, '09:00');
	const year = Number(toParisDateInput(opened).slice(0, 4));
	return {
		name: `Promotion ${year}-${year + 1}`,
		description:
			'Promotion en cours : l’appel à projets est ouvert. Les Aract repèrent et accompagnent les candidats dans leur région.',
		phases: (): DemoPhase[] => [
			{ kind: 'call_open', startsAt: opened, endsAt: null },
			{ kind: 'call_closed', startsAt: at(30, '12:00'), endsAt: null },
			{ kind: 'shortlisting', startsAt: at(31, '09:00'), endsAt: at(44, '18:00') },
			{ kind: 'selection_session', startsAt: at(51, '09:00'), endsAt: at(52, '18:00') },
			{ kind: 'final_selection', startsAt: at(52, '16:00'), endsAt: null },
			{ kind: 'roadmap_session', startsAt: at(79, '09:00'), endsAt: at(79, '18:00') },
			{ kind: 'support_phase', startsAt: at(84, '09:00'), endsAt: at(175, '18:00') },
			{ kind: 'closing', startsAt: at(178, '09:00'), endsAt: at(199, '18:00') }
		]
	};
}

async function upsertUser(tx: Tx, account: (typeof DEMO_ACCOUNTS)[number]): Promise<string> {
	await tx
		.insert(users)
		.values({ email: account.email, name: account.name, emailVerifiedAt: new Date() })
		.onConflictDoNothing();
	const [row] = await tx
		.select({ id: users.id })
		.from(users)
		.where(eq(sql`lower(${users.email})`, account.email.toLowerCase()));
	return row.id;
}

async function grant(
	tx: Tx,
	userId: string,
	role: (typeof DEMO_ACCOUNTS)[number]['role'],
	programmeId: string | null,
	regionCode: string | null = null
): Promise<void> {
	await tx
		.insert(roleAssignments)
		.values({ userId, role, programmeId, regionCode })
		.onConflictDoNothing();
}

async function upsertCycle(
	tx: Tx,
	programmeId: string,
	cycle: { name: string; description: string; phases: () => DemoPhase[] },
	now: Date
): Promise<void> {
	const [inserted] = await tx
		.insert(cycles)
		.values({ programmeId, name: cycle.name, description: cycle.description })
		.onConflictDoNothing()
		.returning({ id: cycles.id });
	if (!inserted) return;
	await replacePhases(tx, inserted.id, cycle.phases());
	await audit(tx, anonymous, {
		action: 'cycle.create',
		entityType: 'cycle',
		entityId: inserted.id,
		programmeId,
		after: presentCycle(
			(await findCycle(tx, inserted.id))!,
			(await phasesOf(tx, [inserted.id])).get(inserted.id)!,
			now
		)
	});
}

/**
 * A call of a demo cycle, with the demo form (version 1), unless the cycle already has one by that
 * address. Audited as the system.
 */
async function upsertCall(
	tx: Tx,
	programmeId: string,
	cycleName: string,
	call: { slug: string; title: string; opensAt: Date; closesAt: Date; status: CallStatus },
	now: Date
): Promise<void> {
	const [cycle] = await tx
		.select({ id: cycles.id })
		.from(cycles)
		.where(and(eq(cycles.programmeId, programmeId), eq(cycles.name, cycleName)));
	if (!cycle) return;
	const [inserted] = await tx
		.insert(calls)
		.values({
			programmeId,
			cycleId: cycle.id,
			slug: call.slug,
			title: call.title,
			body: DEMO_CALL_BODY,
			opensAt: call.opensAt,
			closesAt: call.closesAt,
			eligibleTypes: [...DEMO_ELIGIBLE_TYPES],
			faq: DEMO_CALL_FAQ,
			contactEmail: 'transformateur@anact.fr',
			contactText: 'L’équipe du Transformateur numérique répond aux questions sur l’appel.',
			status: call.status,
			eligibilityRules: defaultDemoRules()
		})
		.onConflictDoNothing()
		.returning({ id: calls.id });
	if (!inserted) return;
	await tx
		.insert(formVersions)
		.values({ callId: inserted.id, number: 1, definition: demoCallForm() });
	await audit(tx, anonymous, {
		action: 'call.create',
		entityType: 'call',
		entityId: inserted.id,
		programmeId,
		after: auditedCall(presentCall((await findCall(tx, inserted.id))!, now))
	});
}

async function isSeeded(db: DbOrTx): Promise<boolean> {
	const [row] = await db
		.select({ key: settings.key })
		.from(settings)
		.where(eq(settings.key, DEMO_MARKER));
	return Boolean(row);
}

/**
 * Seeds the demo data unless it already was (the marker says so). Idempotent; returns whether
 * this call created it.
 */
export async function seedDemo(
	app: Pick<Services, 'db' | 'storage'>,
	now: Date = new Date()
): Promise<{ created: boolean }> {
	if (await isSeeded(app.db)) {
		// A demo seeded before regional partners existed gets them, once.
		await ensureDemoPartners(app.db, DEMO_PROGRAMME_SLUG, now);
		// …and the 2016 call's jury, once.
		await ensureDemoJury(app.db, DEMO_PROGRAMME_SLUG);
		return { created: false };
	}
	const window = firstCallWindow();
	const demoApps = demoApplications(window);
	// File writes before the transaction (no I/O while the database waits).
	const files = await storeDemoAttachments(app.storage, demoApps);
	return app.db.transaction(async (tx) => {
		const [marker] = await tx
			.insert(settings)
			.values({ key: DEMO_MARKER, value: { at: now.toISOString() } })
			.onConflictDoNothing()
			.returning({ key: settings.key });
		if (!marker) return { created: false };

		const [inserted] = await tx
			.insert(programmes)
			.values({
				slug: DEMO_PROGRAMME.slug,
				name: DEMO_PROGRAMME.name,
				operators: DEMO_PROGRAMME.operators,
				description: DEMO_PROGRAMME.description
			})
			.onConflictDoNothing()
			.returning({ id: programmes.id });
		const programme = (await findProgramme(tx, DEMO_PROGRAMME.slug))!;
		if (inserted) {
			await audit(tx, anonymous, {
				action: 'programme.create',
				entityType: 'programme',
				entityId: programme.id,
				programmeId: programme.id,
				after: presentProgramme(programme)
			});
		}

		for (const account of DEMO_ACCOUNTS) {
			const userId = await upsertUser(tx, account);
			// The regional partner's role comes from its partner (`seedDemoPartners`, below).
			if (account.role !== 'regional_partner') await grant(tx, userId, account.role, programme.id);
			// The demo team also runs the platform: it may create programmes.
			if (account.role === 'team') await grant(tx, userId, 'team', null);
		}

		await upsertCycle(tx, programme.id, FIRST_CYCLE, now);
		const current = currentCycle(now);
		await upsertCycle(tx, programme.id, current, now);

		// The programme's lists, then a call per promotion: the 2016 one closed, today's open.
		await ensureDefaultTerms(tx, programme.id, 'qvct_theme');
		await ensureDefaultTerms(tx, programme.id, 'typology');
		await upsertCall(
			tx,
			programme.id,
			FIRST_CYCLE.name,
			{
				slug: DEMO_2016_CALL_SLUG,
				title: 'Appel à projets 2016',
				opensAt: window.opensAt,
				closesAt: window.closesAt,
				status: 'closed'
			},
			now
		);
		// Its applications, submitted in the autumn of 2016, half of them screened.
		await seedDemoApplications(tx, programme.id, demoApps, files);
		const phases = current.phases();
		const years = current.name.replace(/^Promotion /, '');
		await upsertCall(
			tx,
			programme.id,
			current.name,
			{
				slug: `appel-a-projets-${years}`,
				title: `Appel à projets ${years}`,
				opensAt: phases.find((p) => p.kind === 'call_open')!.startsAt,
				closesAt: phases.find((p) => p.kind === 'call_closed')!.startsAt,
				status: 'published'
			},
			now
		);
		// One regional partner per region; Bretagne's with its member and prospects.
		await seedDemoPartners(tx, programme.id, now);
		// The 2016 call's jury: grid, settings, the demo juror and five others, one invitation.
		await seedDemoJury(tx, programme.id);
		return { created: true };
	});
}

/** Seeds the demo data on first start in demo mode; returns whether it did. */
export async function ensureDemoData(
	app: App | Pick<Services, 'db' | 'storage'>
): Promise<boolean> {
	if (await isSeeded(app.db)) {
		await ensureDemoPartners(app.db, DEMO_PROGRAMME_SLUG);
		await ensureDemoJury(app.db, DEMO_PROGRAMME_SLUG);
		return false;
	}
	return (await seedDemo(app)).created;
}
