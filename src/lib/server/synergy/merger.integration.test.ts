/**
 * A merger keeps both projects whole, on each backend: after it, each team reads the other's
 * project — the merged one's answers, history and attachments as they were, and the one that
 * continues; the merged project's history names the move and its reason; nothing is deleted.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { backends, freshDatabase, type TestDatabase } from '../../../../tests/helpers/db.ts';
import { reviewScenario, type ReviewScenario } from '../../../../tests/helpers/reviewsSetup.ts';
import { insertApplication } from '../../../../tests/helpers/conflictsSetup.ts';
import { actorFor, createUser } from '../../../../tests/helpers/factories.ts';
import type { UserActor } from '../accounts/actor.ts';
import { attachments, formVersions } from '../db/schema.ts';
import { getApplication } from '../applications/getApplication.ts';
import { decideSynergy } from './synergyDecide.ts';

describe.each(backends)('a merger keeps both projects (%s)', (backend) => {
	let t: TestDatabase;
	let s: ReviewScenario;
	let continuing: string;
	let merged: string;
	let keeper: UserActor;
	let joiner: UserActor;

	beforeAll(async () => {
		t = await freshDatabase(backend);
		s = await reviewScenario(t.db);
		const [form] = await t.db
			.select({ id: formVersions.id })
			.from(formVersions)
			.where(eq(formVersions.callId, s.callId));
		const ref = { callId: s.callId, formVersionId: form.id };
		keeper = await actorFor(t.db, (await createUser(t.db, { name: 'Karine Continue' })).id);
		joiner = await actorFor(t.db, (await createUser(t.db, { name: 'Joël Rejoint' })).id);
		continuing = await insertApplication(t.db, ref, {
			title: 'Plateforme de mesure de la charge de travail',
			status: 'shortlisted',
			holders: [{ id: keeper.userId }]
		});
		merged = await insertApplication(t.db, ref, {
			title: 'Protocole d’étude-action sur la charge de travail',
			status: 'shortlisted',
			holders: [{ id: joiner.userId }]
		});
		await t.db.insert(attachments).values({
			applicationId: merged,
			questionKey: 'presentation',
			fileName: 'protocole.pdf',
			mime: 'application/pdf',
			size: 1234,
			sha256: 'a'.repeat(64),
			uploadedBy: joiner.userId
		});
	});
	afterAll(async () => t?.drop());

	it('lets each team read the other’s project, files and history included', async () => {
		// Before: each team reads only its own project.
		await expect(getApplication(t.db, keeper, merged)).rejects.toThrow();
		await decideSynergy(t.services, s.team, s.callId, {
			a: continuing,
			b: merged,
			kind: 'similar',
			decision: 'merger',
			continuingId: continuing,
			note: 'Le protocole s’appuiera sur la plateforme de mesure.'
		});
		const seenByKeeper = await getApplication(t.db, keeper, merged);
		expect(seenByKeeper.status).toBe('merged');
		expect(seenByKeeper.attachments.map((a) => a.fileName)).toEqual(['protocole.pdf']);
		expect(seenByKeeper.history.map((h) => [h.toStatus, h.reason]).at(-1)).toEqual([
			'merged',
			'Le protocole s’appuiera sur la plateforme de mesure.'
		]);
		// (Its shortlisting, not notified in this scenario, reads « under review » to holders.)
		const seenByJoiner = await getApplication(t.db, joiner, continuing);
		expect(seenByJoiner.title).toBe('Plateforme de mesure de la charge de travail');
		// The merged project is final: its holders can no longer move it.
		expect(seenByKeeper.allowedTransitions).toEqual([]);
	});
});
