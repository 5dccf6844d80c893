import { describe, expect, it } from 'vitest';
import {
	detectConflicts,
	emailDomain,
	websiteDomain,
	type DetectionApplication,
	type DetectionMember
} from './conflictDetection.ts';

const member = (over: Partial<DetectionMember> = {}): DetectionMember => ({
	id: 'm1',
	userId: 'u1',
	email: 'camille@jury-conseil.fr',
	partnerIds: [],
	...over
});

const application = (over: Partial<DetectionApplication> = {}): DetectionApplication => ({
	id: 'a1',
	holders: [{ userId: 'h1', email: 'porteuse@asso-travail.fr' }],
	organisationWebsite: null,
	partnerId: null,
	...over
});

describe('emailDomain and websiteDomain', () => {
	it('read the domain in lower case', () => {
		expect(emailDomain('Camille@Asso.FR')).toBe('asso.fr');
		expect(emailDomain('pas-une-adresse')).toBeNull();
		expect(emailDomain('x@localhost')).toBeNull();
	});
	it('read the host of a website, with or without scheme, without www', () => {
		expect(websiteDomain('https://www.asso.fr/projets')).toBe('asso.fr');
		expect(websiteDomain('asso.fr')).toBe('asso.fr');
		expect(websiteDomain('WWW.Asso.fr')).toBe('asso.fr');
		expect(websiteDomain('')).toBeNull();
		expect(websiteDomain(null)).toBeNull();
		expect(websiteDomain('http://')).toBeNull();
	});
});

describe('detectConflicts', () => {
	it('finds nothing between strangers', () => {
		expect(detectConflicts([member()], [application()])).toEqual([]);
	});

	it('finds a member who holds the application, and not as a domain match', () => {
		const a = application({
			holders: [
				{ userId: 'h1', email: 'porteuse@asso-travail.fr' },
				{ userId: 'u1', email: 'camille@jury-conseil.fr' }
			]
		});
		expect(detectConflicts([member()], [a])).toEqual([
			{ juryMemberId: 'm1', applicationId: 'a1', source: 'holder', reason: '' }
		]);
	});

	it('finds a holder with the same e-mail domain, never a public webmail one', () => {
		const same = application({ holders: [{ userId: 'h1', email: 'dir@JURY-conseil.fr' }] });
		expect(detectConflicts([member()], [same])).toEqual([
			{ juryMemberId: 'm1', applicationId: 'a1', source: 'email_domain', reason: 'jury-conseil.fr' }
		]);
		for (const webmail of ['gmail.com', 'orange.fr', 'laposte.net', 'wanadoo.fr', 'free.fr']) {
			const m = member({ email: `camille@${webmail}` });
			const a = application({ holders: [{ userId: 'h1', email: `autre@${webmail}` }] });
			expect(detectConflicts([m], [a])).toEqual([]);
		}
	});

	it('ignores domains reserved for tests and examples, which no organisation owns', () => {
		for (const reserved of [
			'transformateur.test',
			'acme.example',
			'example.org',
			'mail.example.com'
		]) {
			const m = member({ email: `camille@${reserved}` });
			const a = application({
				holders: [{ userId: 'h1', email: `autre@${reserved}` }],
				organisationWebsite: `https://${reserved}`
			});
			expect(detectConflicts([m], [a])).toEqual([]);
		}
		// A real domain that merely contains such a word still counts.
		const m = member({ email: 'camille@test-conseil.fr' });
		const a = application({ holders: [{ userId: 'h1', email: 'dir@test-conseil.fr' }] });
		expect(detectConflicts([m], [a]).map((c) => c.source)).toEqual(['email_domain']);
	});

	it('finds a member whose e-mail domain is the organisation’s website', () => {
		const a = application({ organisationWebsite: 'https://www.jury-conseil.fr' });
		expect(detectConflicts([member()], [a])).toEqual([
			{ juryMemberId: 'm1', applicationId: 'a1', source: 'organisation', reason: 'jury-conseil.fr' }
		]);
		const webmail = member({ email: 'camille@gmail.com' });
		expect(detectConflicts([webmail], [application({ organisationWebsite: 'gmail.com' })])).toEqual(
			[]
		);
	});

	it('finds a member of the partner the application is attributed to', () => {
		const m = member({ partnerIds: ['p1', 'p2'] });
		expect(detectConflicts([m], [application({ partnerId: 'p2' })])).toEqual([
			{ juryMemberId: 'm1', applicationId: 'a1', source: 'partner', reason: '' }
		]);
		expect(detectConflicts([m], [application({ partnerId: 'p3' })])).toEqual([]);
	});

	it('a member without account is found by domain only', () => {
		const m = member({ userId: null });
		const a = application({
			holders: [{ userId: 'h1', email: 'x@jury-conseil.fr' }],
			organisationWebsite: 'jury-conseil.fr'
		});
		expect(detectConflicts([m], [a]).map((c) => c.source)).toEqual([
			'email_domain',
			'organisation'
		]);
	});

	it('reports every source of a pair, and each pair separately', () => {
		const m1 = member({ partnerIds: ['p1'] });
		const m2 = member({ id: 'm2', userId: 'u2', email: 'dom@autre.fr' });
		const a1 = application({
			holders: [
				{ userId: 'u1', email: 'camille@jury-conseil.fr' },
				{ userId: 'h2', email: 'b@jury-conseil.fr' }
			],
			organisationWebsite: 'jury-conseil.fr',
			partnerId: 'p1'
		});
		const a2 = application({ id: 'a2', holders: [{ userId: 'h3', email: 'c@autre.fr' }] });
		expect(
			detectConflicts([m1, m2], [a1, a2]).map(
				(c) => `${c.juryMemberId}/${c.applicationId}/${c.source}`
			)
		).toEqual([
			'm1/a1/holder',
			'm1/a1/email_domain',
			'm1/a1/organisation',
			'm1/a1/partner',
			'm2/a2/email_domain'
		]);
	});
});
