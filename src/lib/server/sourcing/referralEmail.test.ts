import { describe, expect, it } from 'vitest';
import { renderEmail } from '../notifications/templates.ts';

const params = {
	name: 'Soizic Le Bihan',
	inviter: 'Yann Le Gall',
	partner: 'Aract Bretagne',
	call: 'Appel à projets 2026-2027',
	programme: 'Transformateur numérique',
	until: '29 décembre 2026 à 12:00',
	note: '',
	url: 'https://transformateur.test/candidater/abc'
};

describe('the invitation to apply (e-mail)', () => {
	it('says who invites, to which call, until when, with the link, in French', () => {
		const mail = renderEmail({ template: 'partner_referral', params }, 'fr');
		expect(mail.subject).toBe('Invitation à candidater : Appel à projets 2026-2027');
		expect(mail.text).toContain('Bonjour Soizic Le Bihan');
		expect(mail.text).toContain(
			'Yann Le Gall (Aract Bretagne) vous invite à candidater à l’appel « Appel à projets 2026-2027 » du programme Transformateur numérique.'
		);
		expect(mail.text).toContain('valable jusqu’au 29 décembre 2026 à 12:00');
		expect(mail.text).toContain('Candidater : https://transformateur.test/candidater/abc');
		expect(mail.text).not.toContain('Son message');
		expect(mail.html).toContain('href="https://transformateur.test/candidater/abc"');
	});

	it('adds the personal message as a paragraph of its own, escaped in HTML', () => {
		const mail = renderEmail(
			{
				template: 'partner_referral',
				params: { ...params, note: '\n\nSon message : « <b>Bienvenue</b> »' }
			},
			'fr'
		);
		expect(mail.text).toContain('\n\nSon message : « <b>Bienvenue</b> »');
		expect(mail.html).toContain('<p>Son message : « &lt;b&gt;Bienvenue&lt;/b&gt; »</p>');
	});

	it('exists in English', () => {
		const mail = renderEmail(
			{ template: 'partner_referral', params: { ...params, until: '29 December 2026 at 12:00' } },
			'en'
		);
		expect(mail.subject).toBe('Invitation to apply: Appel à projets 2026-2027');
		expect(mail.text).toContain('Yann Le Gall (Aract Bretagne) invites you to apply');
		expect(mail.text).toContain('works until 29 December 2026 at 12:00');
	});
});
