/**
 * Attendance, recorded on the day by the team: present or absent for each participant (or not
 * recorded). The programme team only.
 */
import { and, eq, inArray } from 'drizzle-orm';
import type { Services } from '../app.ts';
import type { Actor } from '../accounts/actor.ts';
import { audit } from '../audit/log.ts';
import { eventParticipants } from '../db/schema.ts';
import { Conflict, Invalid } from '../errors.ts';
import { parseInput } from '../programmes/schemas.ts';
import { eventForTeam } from './policy.ts';
import { attendanceInput, type AttendanceInput } from './schemas.ts';

export async function recordAttendance(
	svc: Services,
	actor: Actor,
	eventId: string,
	input: AttendanceInput
): Promise<{ present: number; absent: number; unrecorded: number }> {
	const found = await eventForTeam(svc.db, actor, eventId, { write: true });
	if (found.status === 'cancelled') throw new Conflict('events.error.cancelled');
	const v = parseInput(attendanceInput, input);
	const ids = Object.keys(v.attendance);
	const now = new Date();
	return svc.db.transaction(async (tx) => {
		const rows = ids.length
			? await tx
					.select({ id: eventParticipants.id, attendance: eventParticipants.attendance })
					.from(eventParticipants)
					.where(and(eq(eventParticipants.eventId, found.id), inArray(eventParticipants.id, ids)))
			: [];
		if (rows.length !== ids.length) {
			throw new Invalid('events.error.unknownParticipant', {
				attendance: ['events.error.unknownParticipant']
			});
		}
		const changes: Record<string, string | null> = {};
		for (const r of rows) {
			const next = v.attendance[r.id] ?? null;
			if (next === r.attendance) continue;
			changes[r.id] = next;
			await tx
				.update(eventParticipants)
				.set({ attendance: next, attendanceAt: next ? now : null, updatedAt: now })
				.where(eq(eventParticipants.id, r.id));
		}
		if (Object.keys(changes).length) {
			await audit(tx, actor, {
				action: 'event.attendance',
				entityType: 'event',
				entityId: found.id,
				programmeId: found.programmeId,
				after: changes
			});
		}
		const all = await tx
			.select({ attendance: eventParticipants.attendance })
			.from(eventParticipants)
			.where(eq(eventParticipants.eventId, found.id));
		return {
			present: all.filter((a) => a.attendance === 'present').length,
			absent: all.filter((a) => a.attendance === 'absent').length,
			unrecorded: all.filter((a) => !a.attendance).length
		};
	});
}
