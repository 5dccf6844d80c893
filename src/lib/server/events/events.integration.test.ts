/**
 * Sessions of a cycle, on each backend: only the programme team manages them (a holder of another
 * project, a juror of another call: 404); the agenda stays within the session and pitches are for
 * shortlisted projects and never overlap; one action convokes the holders of the shortlisted
 * projects; each invitation carries a calendar file (stable UID, SEQUENCE, Paris times) and a
 * personal link that takes a reply without logging in, until the session starts; a change of dates
 * bumps the SEQUENCE and tells those invited; cancelling sends METHOD:CANCEL; reminders go once;
 * attendance is recorded on the day. After the convocations, a pitch moved or removed is told to
 * its holders, and a convoked person taken off the list gets a cancellation of their entry.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq, inArray } from 'drizzle-orm';
import ICAL from 'ical.js';
import { backends, freshDatabase, type TestDatabase } from '../../../../tests/helpers/db.ts';
import {
	eventScenario,
	SESSION,
	type EventScenario
} from '../../../../tests/helpers/eventsSetup.ts';
import { applications, eventParticipants, events, outbox } from '../db/schema.ts';
import { Conflict, Forbidden, Invalid, NotFound } from '../errors.ts';
import { cancelEvent, createEvent, updateEvent } from './eventWrite.ts';
import { addSlot, removeSlot, updateSlot } from './slotWrite.ts';
import {
	addJury,
	addParticipants,
	addShortlistedHolders,
	removeParticipant
} from './participantWrite.ts';
import { sendInvitations } from './invitationSend.ts';
import {
	invitationByToken,
	myIcs,
	mySession,
	mySessions,
	replyAsParticipant,
	replyByToken
} from './reply.ts';
import { recordAttendance } from './attendance.ts';
import { sendEventReminders } from './eventReminders.ts';
import { getEventForTeam, listCycleEvents } from './eventRead.ts';
import { attachmentsOf } from '../notifications/delivery.ts';

type OutboxRow = typeof outbox.$inferSelect;

function icsOf(mail: OutboxRow) {
	const [file] = attachmentsOf(mail.attachments);
	expect(file.contentType).toMatch(/^text\/calendar/);
	const cal = new ICAL.Component(ICAL.parse(file.content));
	const vevent = cal.getFirstSubcomponent('vevent')!;
	return {
		raw: file.content,
		method: cal.getFirstPropertyValue('method'),
		uid: vevent.getFirstPropertyValue('uid'),
		sequence: vevent.getFirstPropertyValue('sequence'),
		dtstart: vevent.getFirstProperty('dtstart')!,
		dtend: vevent.getFirstProperty('dtend')!,
		summary: vevent.getFirstPropertyValue('summary')
	};
}

function tokenOf(mail: OutboxRow): string {
	const m = /\/sessions\/reponse\/([\w-]+)/.exec(mail.textBody);
	if (!m) throw new Error('no reply link');
	return m[1];
}

/** The messages queued, by template, and those to one address (oldest first). */
function outboxOf(db: () => TestDatabase) {
	const mails = (template: string) =>
		db().db.select().from(outbox).where(eq(outbox.template, template)).orderBy(outbox.createdAt);
	const mailTo = async (template: string, email: string) =>
		(await mails(template)).filter((m) => m.toAddress === email);
	return { mails, mailTo };
}

describe.each(backends)('sessions (%s)', (backend) => {
	let t: TestDatabase;
	let s: EventScenario;
	let eventId: string;
	const { mails, mailTo } = outboxOf(() => t);

	beforeAll(async () => {
		t = await freshDatabase(backend);
		s = await eventScenario(t.db);
	});
	afterAll(async () => t?.drop());

	it('is created by the programme team only; others get 404', async () => {
		for (const actor of [s.actors.ana, s.actors.holder, s.actors.partner, s.more.zoe]) {
			await expect(createEvent(t.services, actor, s.cycleId, SESSION)).rejects.toBeInstanceOf(
				NotFound
			);
			await expect(listCycleEvents(t.db, actor, s.cycleId)).rejects.toBeInstanceOf(NotFound);
		}
		await expect(
			createEvent(t.services, { ...s.team, scopes: ['programmes:read'] }, s.cycleId, SESSION)
		).rejects.toBeInstanceOf(Forbidden);
		await expect(
			createEvent(t.services, s.team, s.cycleId, { ...SESSION, endsAt: '2030-12-09T09:00' })
		).rejects.toBeInstanceOf(Invalid);
		const e = await createEvent(t.services, s.team, s.cycleId, SESSION);
		eventId = e.id;
		// 9:00 in Paris in December is 8:00 UTC.
		expect(e.startsAt.toISOString()).toBe('2030-12-10T08:00:00.000Z');
		expect(e.status).toBe('draft');
		const list = await listCycleEvents(t.db, s.team, s.cycleId);
		expect(list.events.map((x) => x.id)).toEqual([e.id]);
		for (const actor of [s.actors.ana, s.actors.holder, s.more.zoe]) {
			await expect(getEventForTeam(t.db, actor, e.id)).rejects.toBeInstanceOf(NotFound);
			await expect(addShortlistedHolders(t.services, actor, e.id)).rejects.toBeInstanceOf(NotFound);
		}
	});

	it('keeps the agenda within the session, pitches for shortlisted projects, never overlapping', async () => {
		await expect(
			addSlot(t.services, s.team, eventId, {
				kind: 'plenary',
				title: 'Accueil',
				startsAt: '2030-12-10T08:00',
				endsAt: '2030-12-10T09:30'
			})
		).rejects.toMatchObject({ message: 'events.error.slotOutside' });
		await addSlot(t.services, s.team, eventId, {
			kind: 'plenary',
			title: 'Accueil',
			startsAt: '2030-12-10T09:00',
			endsAt: '2030-12-10T09:30'
		});
		await expect(
			addSlot(t.services, s.team, eventId, {
				kind: 'pitch',
				startsAt: '2030-12-10T10:00',
				endsAt: '2030-12-10T10:20'
			})
		).rejects.toMatchObject({ message: 'events.error.pitchNeedsProject' });
		await expect(
			addSlot(t.services, s.team, eventId, {
				kind: 'pitch',
				startsAt: '2030-12-10T10:00',
				endsAt: '2030-12-10T10:20',
				applicationId: s.apps.b
			})
		).rejects.toMatchObject({ message: 'events.error.notShortlisted' });
		const pitch = await addSlot(t.services, s.team, eventId, {
			kind: 'pitch',
			startsAt: '2030-12-10T10:00',
			endsAt: '2030-12-10T10:20',
			room: 'Salle B',
			applicationId: s.apps.a
		});
		// A workshop may run at the same time in another room; another pitch may not.
		await addSlot(t.services, s.team, eventId, {
			kind: 'workshop',
			title: 'Atelier besoins',
			startsAt: '2030-12-10T10:00',
			endsAt: '2030-12-10T11:00'
		});
		await t.db
			.update(applications)
			.set({ status: 'shortlisted' })
			.where(eq(applications.id, s.apps.c));
		await expect(
			addSlot(t.services, s.team, eventId, {
				kind: 'pitch',
				startsAt: '2030-12-10T10:10',
				endsAt: '2030-12-10T10:30',
				applicationId: s.apps.c
			})
		).rejects.toMatchObject({ message: 'events.error.pitchOverlap' });
		const c = await addSlot(t.services, s.team, eventId, {
			kind: 'pitch',
			startsAt: '2030-12-10T10:20',
			endsAt: '2030-12-10T10:40',
			applicationId: s.apps.c
		});
		await removeSlot(t.services, s.team, eventId, c.id);
		await t.db
			.update(applications)
			.set({ status: 'not_shortlisted' })
			.where(eq(applications.id, s.apps.c));
		const view = await getEventForTeam(t.db, s.team, eventId);
		expect(view.slots.map((x) => x.kind)).toEqual(['plenary', 'pitch', 'workshop']);
		expect(view.slots[1].id).toBe(pitch.id);
	});

	it('convokes the holders of the shortlisted projects, the jury, and people by e-mail', async () => {
		const holders = await addShortlistedHolders(t.services, s.team, eventId);
		expect(holders).toEqual({ added: 2, already: 0 });
		expect(await addShortlistedHolders(t.services, s.team, eventId)).toEqual({
			added: 0,
			already: 2
		});
		const jury = await addJury(t.services, s.team, eventId);
		expect(jury.added).toBe(4);
		const byMail = await addParticipants(t.services, s.team, eventId, {
			role: 'expert',
			emails: 'experte@exemple.fr; ' + s.users.ana.email.toUpperCase()
		});
		expect(byMail).toEqual({ added: 1, already: 1 });
		await expect(
			addParticipants(t.services, s.team, eventId, { role: 'expert', emails: 'pas-une-adresse' })
		).rejects.toBeInstanceOf(Invalid);
		const view = await getEventForTeam(t.db, s.team, eventId);
		const holdersRows = view.participants.filter((p) => p.role === 'holder');
		expect(holdersRows.map((p) => p.userId).sort()).toEqual(
			[s.users.holder.id, s.coholder.id].sort()
		);
		expect(holdersRows.every((p) => p.applicationId === s.apps.a)).toBe(true);
		expect(view.participants.some((p) => p.userId === s.other.id)).toBe(false);
		expect(view.participants.some((p) => p.userId === s.zoe.id)).toBe(false);
	});

	it('sends invitations with a calendar file: UID, SEQUENCE, Paris times, own slot', async () => {
		const preview = await sendInvitations(t.services, s.team, eventId, { dryRun: true });
		expect(preview.byRole).toMatchObject({ holder: 2, jury: 4, expert: 1 });
		expect(preview.withSlot).toBe(2);
		expect(await mails('event_invitation')).toHaveLength(0);
		const sent = await sendInvitations(t.services, s.team, eventId);
		expect(sent.emails).toBe(7);
		const [ev] = await t.db.select().from(events).where(eq(events.id, eventId));
		expect(ev.status).toBe('published');
		const [holderMail] = await mailTo('event_invitation', s.users.holder.email);
		expect(holderMail.subject).toBe(`Convocation : ${SESSION.title}`);
		expect(holderMail.textBody).toContain('Votre passage (pitch)');
		expect(holderMail.textBody).toContain('Salle B');
		const ics = icsOf(holderMail);
		expect(ics.method).toBe('REQUEST');
		expect(ics.sequence).toBe(0);
		expect(ics.summary).toBe(SESSION.title);
		expect(ics.dtstart.getParameter('tzid')).toBe('Europe/Paris');
		expect(ics.dtstart.getFirstValue()!.toString()).toBe('2030-12-10T09:00:00');
		expect(ics.dtend.getFirstValue()!.toString()).toBe('2030-12-11T17:00:00');
		expect(ics.raw).toContain('BEGIN:VTIMEZONE');
		const [participant] = await t.db
			.select()
			.from(eventParticipants)
			.where(
				and(eq(eventParticipants.eventId, eventId), eq(eventParticipants.userId, s.users.holder.id))
			);
		expect(ics.uid).toBe(`${eventId}-${participant.id}@transformateur`);
		// A juror's message names no slot; the English co-holder reads English.
		const [anaMail] = await mailTo('event_invitation', s.users.ana.email);
		expect(anaMail.textBody).not.toContain('pitch');
		const [chrisMail] = await mailTo('event_invitation', s.coholder.email);
		expect(chrisMail.subject).toBe(`Invitation: ${SESSION.title}`);
		await expect(sendInvitations(t.services, s.team, eventId)).rejects.toBeInstanceOf(Conflict);
	});

	it('takes a reply through the personal link, without logging in, until the session starts', async () => {
		const [mail] = await mailTo('event_invitation', s.users.holder.email);
		const token = tokenOf(mail);
		const before = await invitationByToken(t.db, token);
		expect(before.participant.response).toBe('pending');
		expect(before.slots.find((x) => x.mine)?.kind).toBe('pitch');
		const after = await replyByToken(t.services, token, {
			response: 'attending',
			partySize: '3',
			note: 'Nous viendrons à trois.'
		});
		expect(after.participant).toMatchObject({ response: 'attending', partySize: 3 });
		await expect(invitationByToken(t.db, 'x'.repeat(43))).rejects.toMatchObject({
			message: 'events.error.badToken'
		});
		await expect(
			replyByToken(t.services, token, { response: 'attending', partySize: 30 })
		).rejects.toBeInstanceOf(Invalid);
		await expect(
			replyByToken(t.services, token, { response: 'declined' }, new Date('2030-12-10T08:30:00Z'))
		).rejects.toMatchObject({ message: 'events.error.started' });
		// Capacity (5) counts party sizes: 3 + the co-holder's 3 is over.
		const [chrisMail] = await mailTo('event_invitation', s.coholder.email);
		await replyByToken(t.services, tokenOf(chrisMail), { response: 'attending', partySize: 3 });
		const view = await getEventForTeam(t.db, s.team, eventId);
		expect(view.counts).toMatchObject({ attending: 2, people: 6, overCapacity: true });
	});

	it('shows a participant their sessions and their own slot; others get 404', async () => {
		const list = await mySessions(t.db, s.actors.holder);
		expect(list.map((x) => x.id)).toEqual([eventId]);
		const mine = await mySession(t.db, s.actors.holder, eventId);
		expect(mine.slots.filter((x) => x.mine)).toHaveLength(1);
		const juror = await mySession(t.db, s.actors.ana, eventId);
		expect(juror.slots.some((x) => x.mine)).toBe(false);
		const changed = await replyAsParticipant(t.services, s.actors.ana, eventId, {
			response: 'declined'
		});
		expect(changed.participant.response).toBe('declined');
		for (const actor of [s.more.other, s.more.zoe, s.actors.partner]) {
			expect(await mySessions(t.db, actor)).toEqual([]);
			await expect(mySession(t.db, actor, eventId)).rejects.toBeInstanceOf(NotFound);
			await expect(myIcs(t.services, actor, eventId)).rejects.toBeInstanceOf(NotFound);
		}
		const ics = await myIcs(t.services, s.actors.holder, eventId);
		expect(ics).toContain('DTSTART;TZID=Europe/Paris:20301210T090000');
	});

	it('tells those invited of a change of dates, with the next SEQUENCE; the old link is replaced', async () => {
		const [first] = await mailTo('event_invitation', s.users.holder.email);
		const oldToken = tokenOf(first);
		const titleOnly = await updateEvent(t.services, s.team, eventId, { title: SESSION.title });
		expect(titleOnly.emails).toBe(0);
		expect(titleOnly.event.icsSequence).toBe(0);
		await expect(
			updateEvent(t.services, s.team, eventId, { startsAt: '2030-12-10T10:00' })
		).rejects.toMatchObject({ message: 'events.error.slotsOutside' });
		const moved = await updateEvent(t.services, s.team, eventId, {
			endsAt: '2030-12-11T18:00',
			place: 'Anact, Lyon — salle Rhône'
		});
		expect(moved.event.icsSequence).toBe(1);
		expect(moved.emails).toBe(7);
		const [upd] = await mailTo('event_updated', s.users.holder.email);
		const ics = icsOf(upd);
		expect(ics.sequence).toBe(1);
		expect(ics.uid).toBe(icsOf(first).uid);
		expect(ics.dtend.getFirstValue()!.toString()).toBe('2030-12-11T18:00:00');
		await expect(invitationByToken(t.db, oldToken)).rejects.toBeInstanceOf(NotFound);
		const fresh = await invitationByToken(t.db, tokenOf(upd));
		expect(fresh.participant.response).toBe('attending');
	});

	it('sends the reminders once, to those coming or who have not answered', async () => {
		const now = new Date('2030-12-08T08:00:00Z');
		const sent = await sendEventReminders(t.services, now);
		// 7 invited, Ana declined.
		expect(sent).toBe(6);
		expect(await mailTo('event_reminder', s.users.ana.email)).toHaveLength(0);
		expect(await sendEventReminders(t.services, now)).toBe(0);
		expect(await sendEventReminders(t.services, new Date('2030-12-01T08:00:00Z'))).toBe(0);
	});

	it('records attendance on the day (the team only)', async () => {
		const view = await getEventForTeam(t.db, s.team, eventId);
		const [p1, p2] = view.participants;
		await expect(
			recordAttendance(t.services, s.actors.holder, eventId, { attendance: { [p1.id]: 'present' } })
		).rejects.toBeInstanceOf(NotFound);
		const r = await recordAttendance(t.services, s.team, eventId, {
			attendance: { [p1.id]: 'present', [p2.id]: 'absent' }
		});
		expect(r).toMatchObject({ present: 1, absent: 1 });
		await expect(
			recordAttendance(t.services, s.team, eventId, {
				attendance: { '00000000-0000-4000-8000-000000000000': 'present' }
			})
		).rejects.toBeInstanceOf(Invalid);
		const rows = await t.db
			.select()
			.from(eventParticipants)
			.where(inArray(eventParticipants.id, [p1.id, p2.id]));
		expect(rows.find((x) => x.id === p1.id)?.attendance).toBe('present');
		expect(rows.find((x) => x.id === p2.id)?.attendanceAt).not.toBeNull();
	});

	it('cancels: METHOD:CANCEL to everyone invited, and replies are closed', async () => {
		await expect(cancelEvent(t.services, s.actors.ana, eventId)).rejects.toBeInstanceOf(NotFound);
		const r = await cancelEvent(t.services, s.team, eventId);
		expect(r.emails).toBe(7);
		expect(r.event.icsSequence).toBe(2);
		const [mail] = await mailTo('event_cancelled', s.users.holder.email);
		const ics = icsOf(mail);
		expect(ics.method).toBe('CANCEL');
		expect(ics.sequence).toBe(2);
		await expect(
			replyByToken(t.services, tokenOf(mail), { response: 'attending' })
		).rejects.toMatchObject({ message: 'events.error.cancelled' });
		await expect(cancelEvent(t.services, s.team, eventId)).rejects.toBeInstanceOf(Conflict);
		expect(await sendEventReminders(t.services, new Date('2030-12-09T08:00:00Z'))).toBe(0);
	});
});

describe.each(backends)('sessions: changes told to those concerned (%s)', (backend) => {
	let t: TestDatabase;
	let s: EventScenario;
	const { mails, mailTo } = outboxOf(() => t);

	beforeAll(async () => {
		t = await freshDatabase(backend);
		s = await eventScenario(t.db);
	});
	afterAll(async () => t?.drop());

	it('tells the holders when their pitch moves or is removed, and a removed participant, once convoked', async () => {
		const e = await createEvent(t.services, s.team, s.cycleId, SESSION);
		const pitch = await addSlot(t.services, s.team, e.id, {
			kind: 'pitch',
			startsAt: '2030-12-10T10:00',
			endsAt: '2030-12-10T10:20',
			room: 'Salle B',
			applicationId: s.apps.a
		});
		await addShortlistedHolders(t.services, s.team, e.id);
		await addParticipants(t.services, s.team, e.id, {
			role: 'expert',
			emails: 'experte@exemple.fr'
		});
		const move = (startsAt: string, endsAt: string, extra: object = {}) =>
			updateSlot(t.services, s.team, e.id, pitch.id, {
				kind: 'pitch',
				startsAt,
				endsAt,
				room: 'Salle B',
				applicationId: s.apps.a,
				...extra
			});
		// Before the convocations, nobody is told anything.
		await move('2030-12-10T10:30', '2030-12-10T10:50');
		expect(await mails('event_slot_changed')).toHaveLength(0);
		await sendInvitations(t.services, s.team, e.id);
		const [invitation] = await mailTo('event_invitation', s.users.holder.email);

		// A new title changes nobody's pitch.
		await move('2030-12-10T10:30', '2030-12-10T10:50', { title: 'Pitch de l’équipe A' });
		expect(await mails('event_slot_changed')).toHaveLength(0);

		// Moved: both holders of the project are told, in their language, with the next SEQUENCE.
		await move('2030-12-11T14:00', '2030-12-11T14:20');
		const [moved] = await mailTo('event_slot_changed', s.users.holder.email);
		expect(moved.subject).toBe(`Votre passage a changé : ${SESSION.title}`);
		expect(moved.textBody).toContain('11 décembre 2030 à 14:00');
		expect(moved.textBody).toContain('Salle B');
		const movedIcs = icsOf(moved);
		expect(movedIcs.method).toBe('REQUEST');
		expect(movedIcs.uid).toBe(icsOf(invitation).uid);
		expect(movedIcs.sequence).toBe(1);
		const [english] = await mailTo('event_slot_changed', s.coholder.email);
		expect(english.subject).toBe(`Your pitch has changed: ${SESSION.title}`);
		// The reply link of the new message works; the juror and the expert were not written to.
		expect((await invitationByToken(t.db, tokenOf(moved))).participant.role).toBe('holder');
		expect(await mails('event_slot_changed')).toHaveLength(2);

		// Removed from the agenda: told too.
		await removeSlot(t.services, s.team, e.id, pitch.id);
		const afterRemoval = await mailTo('event_slot_changed', s.users.holder.email);
		expect(afterRemoval).toHaveLength(2);
		expect(afterRemoval[1].textBody).toContain(
			'Votre passage n’est plus inscrit à l’ordre du jour.'
		);
		expect(icsOf(afterRemoval[1]).sequence).toBe(2);

		// A convoked participant removed from the list is told, and the calendar entry cancelled.
		const view = await getEventForTeam(t.db, s.team, e.id);
		const expert = view.participants.find((p) => p.email === 'experte@exemple.fr')!;
		const [expertInvitation] = await mailTo('event_invitation', 'experte@exemple.fr');
		await removeParticipant(t.services, s.team, e.id, expert.id);
		const [gone] = await mailTo('event_uninvited', 'experte@exemple.fr');
		expect(gone.subject).toBe(`Vous n’êtes plus convoqué·e : ${SESSION.title}`);
		expect(gone.textBody).not.toMatch(/sessions\/reponse/);
		const goneIcs = icsOf(gone);
		expect(goneIcs.method).toBe('CANCEL');
		expect(goneIcs.uid).toBe(icsOf(expertInvitation).uid);
		expect(goneIcs.sequence).toBe(3);
		await expect(invitationByToken(t.db, tokenOf(expertInvitation))).rejects.toBeInstanceOf(
			NotFound
		);
		const left = await getEventForTeam(t.db, s.team, e.id);
		expect(left.participants.some((p) => p.id === expert.id)).toBe(false);
	});

	it('removes a participant not yet convoked without writing to them', async () => {
		const e = await createEvent(t.services, s.team, s.cycleId, {
			...SESSION,
			title: 'Atelier de feuille de route'
		});
		await addParticipants(t.services, s.team, e.id, { role: 'expert', emails: 'autre@exemple.fr' });
		const [p] = (await getEventForTeam(t.db, s.team, e.id)).participants;
		await removeParticipant(t.services, s.team, e.id, p.id);
		expect(await mailTo('event_uninvited', 'autre@exemple.fr')).toHaveLength(0);
		expect((await getEventForTeam(t.db, s.team, e.id)).participants).toHaveLength(0);
	});
});
