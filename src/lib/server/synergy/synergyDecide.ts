import { and, eq, inArray } from 'drizzle-orm';
import type { Services } from '../app.ts';
import type { Actor, UserActor } from '../accounts/actor.ts';
import { audit } from '../audit/log.ts';
import type { Tx } from '../db/client.ts';
import { applicationMembers, applications, synergyLinks } from '../db/schema.ts';
import { Conflict, Invalid, NotFound } from '../errors.ts';
import { parseInput } from '../programmes/schemas.ts';
import { isUuid } from '../programmes/queries.ts';
import { changeStatusIn } from '../applications/changeStatus.ts';
import { applicationUrl } from '../applications/notify.ts';
import { findApplication, membersOf, type ApplicationContext } from '../applications/queries.ts';
import { queueEmail } from '../notifications/outbox.ts';
import { assertMayManageJury } from '../review/policy.ts';
import { suggestSynergies } from './engine.ts';
import {
	findSynergyCall,
	orderedPair,
	suggestable,
	synergyProjects,
	type SynergyCall
} from './synergyQueries.ts';
import { synergyDecisionInput, type SynergyDecisionInput } from './synergySchemas.ts';
import type { SynergyLinkView } from './synergyList.ts';

const invalid = (field: string, key: string) => new Invalid(key, { [field]: [key] });

/**
 * The team decides about a pair of the call's shortlisted projects: dismisses the suggestion,
 * links them as a cooperation (both go on), or merges them — one project continues with both
 * teams: the other takes the status `merged` (pointing to it), each team becomes co-holder of the
 * other's project, and both teams are told by e-mail; the merged project's answers, history and
 * attachments stay as they were, readable by both teams. The suggestion's kind, score and
 * reasons are recomputed and kept with the decision. A pair is decided once (`Conflict`).
 * Anyone but the programme's team: `NotFound`.
 */
export async function decideSynergy(
	svc: Services,
	actor: Actor,
	callId: string,
	input: SynergyDecisionInput
): Promise<SynergyLinkView> {
	const call = isUuid(callId) ? await findSynergyCall(svc.db, callId) : null;
	if (!call) throw new NotFound();
	assertMayManageJury(actor, call.programmeId);
	const data = parseInput(synergyDecisionInput, input);
	if (data.a === data.b) throw invalid('b', 'synergies.error.samePair');
	const [a, b] = orderedPair(data.a, data.b);
	const projects = suggestable(await synergyProjects(svc.db, call));
	const byId = new Map(projects.map((p) => [p.id, p]));
	if (!byId.has(a) || !byId.has(b)) throw invalid('a', 'synergies.error.project');
	if (data.decision === 'merger') {
		if (!data.continuingId || (data.continuingId !== a && data.continuingId !== b)) {
			throw invalid('continuingId', 'synergies.error.continuing');
		}
		if (!data.note) throw invalid('note', 'synergies.error.mergerNote');
	}
	// What was suggested for that pair (none when the team links two projects by itself).
	const suggestion = suggestSynergies(
		projects.map((p) => p.project),
		{ minScore: 0, perProject: projects.length }
	).find((p) => p.a === a && p.b === b && p.kind === data.kind);

	const { link, mailIds } = await svc.db.transaction(async (tx) => {
		const [row] = await tx
			.insert(synergyLinks)
			.values({
				callId: call.id,
				applicationA: a,
				applicationB: b,
				kind: data.kind,
				score: suggestion?.score ?? 0,
				reasons: suggestion?.reasons ?? [],
				decision: data.decision,
				continuingId: data.decision === 'merger' ? data.continuingId : null,
				note: data.note,
				decidedBy: actor.userId
			})
			.onConflictDoNothing()
			.returning();
		if (!row) throw new Conflict('synergies.error.alreadyDecided');
		await audit(tx, actor, {
			action: `synergy.${data.decision}`,
			entityType: 'synergy_link',
			entityId: row.id,
			programmeId: call.programmeId,
			after: {
				callId: call.id,
				a,
				b,
				kind: data.kind,
				decision: data.decision,
				continuingId: row.continuingId,
				note: data.note
			}
		});
		const mailIds =
			data.decision === 'merger'
				? await merge(
						tx,
						svc,
						actor,
						call,
						row.continuingId!,
						row.continuingId === a ? b : a,
						data.note
					)
				: [];
		return { link: row, mailIds };
	});
	await svc.jobs.deliverEmails(mailIds);
	return {
		id: link.id,
		a: link.applicationA,
		b: link.applicationB,
		kind: data.kind,
		score: link.score,
		reasons: link.reasons as string[],
		decision: data.decision,
		continuingId: link.continuingId,
		note: link.note,
		decidedBy: actor.name || actor.email,
		decidedAt: link.decidedAt.toISOString()
	};
}

/** The merger itself, in the decision's transaction; returns the e-mails to deliver. */
async function merge(
	tx: Tx,
	svc: Pick<Services, 'publicUrl'>,
	actor: UserActor,
	call: SynergyCall,
	continuingId: string,
	mergedId: string,
	note: string
): Promise<string[]> {
	// Both rows locked: a concurrent decision on either waits, then sees the new statuses.
	const locked = await tx
		.select({ id: applications.id, status: applications.status })
		.from(applications)
		.where(inArray(applications.id, [continuingId, mergedId]))
		.for('update');
	if (locked.some((r) => r.status !== 'shortlisted')) {
		throw new Conflict('synergies.error.notShortlisted');
	}
	const continuing = (await findApplication(tx, continuingId))!;
	const merged = (await findApplication(tx, mergedId))!;
	await changeStatusIn(tx, svc, actor, merged, 'merged', 'team', note, {
		mergedIntoId: continuing.id
	});
	const mergedMembers = await membersOf(tx, merged.id);
	const continuingMembers = await membersOf(tx, continuing.id);
	// Both teams on both projects: the one that continues, and the merged one's answers, history
	// and files, which stay readable (its status is final: nothing changes there any more).
	const crossed = [
		...mergedMembers.map((m) => ({ applicationId: continuing.id, userId: m.userId })),
		...continuingMembers.map((m) => ({ applicationId: merged.id, userId: m.userId }))
	];
	if (crossed.length) {
		await tx
			.insert(applicationMembers)
			.values(crossed.map((c) => ({ ...c, role: 'coholder' })))
			.onConflictDoNothing();
	}
	await audit(tx, actor, {
		action: 'application.merged',
		entityType: 'application',
		entityId: continuing.id,
		programmeId: call.programmeId,
		after: {
			merged: merged.id,
			mergedReference: merged.reference,
			coholdersAdded: mergedMembers.map((m) => m.email),
			coholdersOfMerged: continuingMembers.map((m) => m.email)
		}
	});
	const ids: string[] = [];
	const told = new Set<string>();
	for (const m of [...continuingMembers, ...mergedMembers]) {
		if (told.has(m.userId)) continue;
		told.add(m.userId);
		ids.push(await queueMergerEmail(tx, svc, m, call, continuing, merged));
	}
	return ids;
}

function queueMergerEmail(
	tx: Tx,
	svc: Pick<Services, 'publicUrl'>,
	m: { email: string; name: string; locale: 'fr' | 'en' },
	call: SynergyCall,
	continuing: ApplicationContext,
	merged: ApplicationContext
): Promise<string> {
	return queueEmail(tx, {
		to: m.email,
		locale: m.locale,
		template: 'synergy_merger',
		params: {
			name: m.name,
			continuing: `${continuing.title || continuing.reference} (${continuing.reference})`,
			merged: `${merged.title || merged.reference} (${merged.reference})`,
			call: call.title,
			url: applicationUrl(svc, continuing.id)
		}
	});
}

/**
 * Undoes a dismissal or a cooperation (the pair is suggested again); a merger is not undone here
 * (`Conflict`): it changed the projects. Anyone but the programme's team: `NotFound`.
 */
export async function removeSynergyLink(
	svc: Services,
	actor: Actor,
	callId: string,
	linkId: string
): Promise<void> {
	const call = isUuid(callId) ? await findSynergyCall(svc.db, callId) : null;
	if (!call) throw new NotFound();
	assertMayManageJury(actor, call.programmeId);
	if (!isUuid(linkId)) throw new NotFound();
	await svc.db.transaction(async (tx) => {
		const [link] = await tx
			.select()
			.from(synergyLinks)
			.where(and(eq(synergyLinks.id, linkId), eq(synergyLinks.callId, call.id)));
		if (!link) throw new NotFound();
		if (link.decision === 'merger') throw new Conflict('synergies.error.mergerFinal');
		await tx.delete(synergyLinks).where(eq(synergyLinks.id, link.id));
		await audit(tx, actor, {
			action: 'synergy.undo',
			entityType: 'synergy_link',
			entityId: link.id,
			programmeId: call.programmeId,
			before: { a: link.applicationA, b: link.applicationB, decision: link.decision }
		});
	});
}
