/**
 * Files attached to e-mails (a session's calendar file), on each backend: kept in the outbox,
 * handed to the transport at delivery (and nothing extra for a message without one), listed and
 * downloadable in the development mailbox by the team only.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backends, freshDatabase, type TestDatabase } from '../../../../tests/helpers/db.ts';
import { actorFor, createUser } from '../../../../tests/helpers/factories.ts';
import { NotFound } from '../errors.ts';
import { queueEmail } from './outbox.ts';
import { deliverEmail, type Transport } from './delivery.ts';
import { getMailboxAttachment, getMailboxMessage } from './mailbox.ts';

const ICS = 'BEGIN:VCALENDAR\r\nVERSION:2.0\r\nEND:VCALENDAR\r\n';

describe.each(backends)('e-mail attachments (%s)', (backend) => {
	let t: TestDatabase;
	beforeAll(async () => {
		t = await freshDatabase(backend);
	});
	afterAll(async () => t?.drop());

	it('stores, delivers, lists and serves the attached files', async () => {
		const params = {
			name: 'Léa',
			event: 'Session',
			when: 'demain',
			where: 'Lyon',
			slot: '',
			url: 'http://localhost:3000/sessions/reponse/x'
		};
		const withFile = await queueEmail(t.db, {
			to: 'lea@exemple.fr',
			locale: 'fr',
			template: 'event_invitation',
			params,
			attachments: [
				{ filename: 'invitation.ics', contentType: 'text/calendar; method=REQUEST', content: ICS }
			]
		});
		const without = await queueEmail(t.db, {
			to: 'lea@exemple.fr',
			locale: 'fr',
			template: 'event_reminder',
			params
		});
		const sent: Parameters<Transport['send']>[0][] = [];
		const transport: Transport = {
			kind: 'mailbox',
			async send(msg) {
				sent.push(msg);
			},
			close() {}
		};
		await deliverEmail(t.db, transport, withFile);
		await deliverEmail(t.db, transport, without);
		expect(sent[0].attachments).toEqual([
			{ filename: 'invitation.ics', contentType: 'text/calendar; method=REQUEST', content: ICS }
		]);
		expect('attachments' in sent[1]).toBe(false);

		const team = await actorFor(t.db, (await createUser(t.db, { roles: [{ role: 'team' }] })).id);
		const someone = await actorFor(t.db, (await createUser(t.db)).id);
		const msg = await getMailboxMessage(t.db, team, withFile, { delivery: 'mailbox' });
		expect(msg.attachments).toEqual([
			{
				index: 0,
				filename: 'invitation.ics',
				contentType: 'text/calendar; method=REQUEST',
				size: ICS.length
			}
		]);
		expect(
			(await getMailboxMessage(t.db, team, without, { delivery: 'mailbox' })).attachments
		).toEqual([]);
		const file = await getMailboxAttachment(t.db, team, withFile, 0, { delivery: 'mailbox' });
		expect(file.content).toBe(ICS);
		await expect(
			getMailboxAttachment(t.db, team, withFile, 1, { delivery: 'mailbox' })
		).rejects.toBeInstanceOf(NotFound);
		await expect(
			getMailboxAttachment(t.db, someone, withFile, 0, { delivery: 'mailbox' })
		).rejects.toBeInstanceOf(NotFound);
	});
});
