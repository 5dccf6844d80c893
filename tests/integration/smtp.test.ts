/**
 * With SMTP_URL set, e-mails leave through nodemailer: a local SMTP server receives the message,
 * with its plain-text and HTML parts.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { createTransport } from '#lib/server/notifications/delivery.ts';
import { renderEmail } from '#lib/server/notifications/templates.ts';

type Received = { from: string; to: string[]; raw: string };
const received: Received[] = [];
let server: SMTPServer;
let port = 0;

beforeAll(async () => {
	server = new SMTPServer({
		authOptional: true,
		disabledCommands: ['STARTTLS'],
		logger: false,
		onData(stream, session, callback) {
			let raw = '';
			stream.on('data', (d) => (raw += d));
			stream.on('end', () => {
				received.push({
					from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
					to: session.envelope.rcptTo.map((r) => r.address),
					raw
				});
				callback();
			});
		}
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	port = (server.server.address() as AddressInfo).port;
});

afterAll(async () => {
	await new Promise<void>((resolve) => server.close(() => resolve()));
});

it('sends through the SMTP server named by SMTP_URL', async () => {
	const transport = await createTransport(`smtp://127.0.0.1:${port}`);
	expect(transport.kind).toBe('smtp');
	const email = renderEmail(
		{ template: 'verify_email', params: { name: 'Léa', url: 'https://exemple.fr/verifier/abc' } },
		'fr'
	);
	await transport.send({ to: 'lea@exemple.fr', ...email });
	transport.close();
	expect(received).toHaveLength(1);
	const [msg] = received;
	expect(msg.to).toEqual(['lea@exemple.fr']);
	expect(msg.from).toBe('ne-pas-repondre@transformateur.test');
	expect(msg.raw).toMatch(/Content-Type: text\/plain/i);
	expect(msg.raw).toMatch(/Content-Type: text\/html/i);
	expect(msg.raw).toContain('https://exemple.fr/verifier/abc');
});

it('reports an unreachable server as a failed delivery, not a crash', async () => {
	const transport = await createTransport('smtp://127.0.0.1:1');
	await expect(
		transport.send({ to: 'x@exemple.fr', subject: 's', text: 't', html: '<p>t</p>' })
	).rejects.toThrow();
	transport.close();
});
