import { describe, expect, it } from 'vitest';
import { translator } from '../../i18n/index.ts';
import { Forbidden, Invalid } from '../errors.ts';
import {
	APPLICATION_STATUSES,
	STATUS_LABEL_KEYS,
	TRANSITIONS,
	allowedTransitions,
	checkReason,
	isFinal,
	isSubmitted,
	transition,
	DECISION_STATUSES,
	isDecisionStatus,
	type ApplicationStatus
} from './status.ts';

function thrown(f: () => unknown): unknown {
	try {
		f();
	} catch (e) {
		return e;
	}
	return null;
}

describe('transition', () => {
	it('lets the holder submit a draft, with a receipt and no reason', () => {
		expect(transition('draft', 'submitted', 'holder')).toEqual({
			notifyHolder: true,
			reasonRequired: false
		});
	});

	it('lets the holder withdraw a draft or a submitted application, with a reason', () => {
		for (const from of ['draft', 'submitted'] as const) {
			expect(transition(from, 'withdrawn', 'holder')).toEqual({
				notifyHolder: true,
				reasonRequired: true
			});
		}
	});

	it('lets the team screen, reconsider and review, always with a reason', () => {
		const team: [ApplicationStatus, ApplicationStatus, boolean][] = [
			['submitted', 'eligible', true],
			['submitted', 'ineligible', true],
			['ineligible', 'eligible', true],
			['eligible', 'ineligible', true],
			['eligible', 'under_review', false]
		];
		for (const [from, to, notify] of team) {
			expect(transition(from, to, 'team')).toEqual({ notifyHolder: notify, reasonRequired: true });
		}
	});

	it('forbids each side the other side’s moves', () => {
		const e1 = thrown(() => transition('submitted', 'eligible', 'holder'));
		expect(e1).toBeInstanceOf(Forbidden);
		expect((e1 as Forbidden).message).toBe('applicationStatus.error.teamOnly');
		const e2 = thrown(() => transition('draft', 'submitted', 'team'));
		expect(e2).toBeInstanceOf(Forbidden);
		expect((e2 as Forbidden).message).toBe('applicationStatus.error.holderOnly');
		expect(thrown(() => transition('submitted', 'withdrawn', 'team'))).toBeInstanceOf(Forbidden);
	});

	it('refuses moves that do not exist, for anyone', () => {
		const impossible: [ApplicationStatus, ApplicationStatus][] = [
			['draft', 'eligible'],
			['withdrawn', 'draft'],
			['withdrawn', 'submitted'],
			['submitted', 'draft'],
			['eligible', 'withdrawn'],
			['under_review', 'eligible'],
			['ineligible', 'under_review']
		];
		for (const [from, to] of impossible) {
			for (const by of ['holder', 'team'] as const) {
				const e = thrown(() => transition(from, to, by));
				expect(e).toBeInstanceOf(Invalid);
				expect((e as Invalid).fields).toEqual({ to: ['applicationStatus.error.notAllowed'] });
			}
		}
	});

	it('refuses staying in place and unknown statuses (API input)', () => {
		expect((thrown(() => transition('eligible', 'eligible', 'team')) as Invalid).message).toBe(
			'applicationStatus.error.same'
		);
		expect(
			(thrown(() => transition('submitted', 'retenue' as ApplicationStatus, 'team')) as Invalid)
				.message
		).toBe('applicationStatus.error.unknown');
	});

	it('every transition in the table is reachable through transition()', () => {
		for (const t of TRANSITIONS) expect(() => transition(t.from, t.to, t.by)).not.toThrow();
	});
});

describe('helpers', () => {
	it('lists the moves offered to each side', () => {
		expect(allowedTransitions('draft', 'holder')).toEqual(['submitted', 'withdrawn']);
		expect(allowedTransitions('submitted', 'team')).toEqual(['eligible', 'ineligible']);
		expect(allowedTransitions('eligible', 'team')).toEqual(['ineligible', 'under_review']);
		expect(allowedTransitions('withdrawn', 'team')).toEqual([]);
	});

	it('says which statuses are final and which are submitted', () => {
		expect(APPLICATION_STATUSES.filter(isFinal)).toEqual(['merged', 'withdrawn']);
		expect(APPLICATION_STATUSES.filter(isSubmitted)).toEqual([
			'submitted',
			'eligible',
			'ineligible',
			'under_review',
			'shortlisted',
			'waitlisted',
			'not_shortlisted',
			'retained',
			'not_retained',
			'merged'
		]);
		for (const s of APPLICATION_STATUSES.filter(isFinal)) {
			expect(TRANSITIONS.some((t) => t.from === s)).toBe(false);
		}
	});

	it('checks reasons', () => {
		expect(checkReason(true, '  Projet hors périmètre QVCT.  ')).toBe(
			'Projet hors périmètre QVCT.'
		);
		expect(checkReason(false, '')).toBeNull();
		expect(checkReason(false, 'Merci')).toBe('Merci');
		const e = thrown(() => checkReason(true, '   '));
		expect(e).toBeInstanceOf(Invalid);
		expect((e as Invalid).fields).toEqual({ reason: ['applicationStatus.error.reasonRequired'] });
		expect(thrown(() => checkReason(true, 42))).toBeInstanceOf(Invalid);
		expect((thrown(() => checkReason(false, 'x'.repeat(2001))) as Invalid).fields).toEqual({
			reason: ['applicationStatus.error.reasonLength']
		});
	});

	it('labels every status and message in both languages', () => {
		for (const locale of ['fr', 'en'] as const) {
			const t = translator(locale);
			for (const s of APPLICATION_STATUSES)
				expect(t(STATUS_LABEL_KEYS[s])).not.toBe(STATUS_LABEL_KEYS[s]);
			for (const k of [
				'unknown',
				'same',
				'notAllowed',
				'teamOnly',
				'holderOnly',
				'reasonRequired',
				'reasonLength'
			]) {
				const key = `applicationStatus.error.${k}`;
				expect(t(key as never)).not.toBe(key);
			}
		}
		expect(translator('fr')(STATUS_LABEL_KEYS.under_review)).toBe('en cours d’examen');
	});
});

describe('shortlist decisions', () => {
	it('lets the team decide on an application under review, with a reason, telling nobody yet', () => {
		for (const to of DECISION_STATUSES) {
			expect(transition('under_review', to, 'team')).toEqual({
				notifyHolder: false,
				reasonRequired: true
			});
		}
		expect(allowedTransitions('under_review', 'team')).toEqual([
			'shortlisted',
			'waitlisted',
			'not_shortlisted'
		]);
	});

	it('moves the waiting list, and reconsiders between the three decisions', () => {
		expect(allowedTransitions('waitlisted', 'team')).toEqual(['shortlisted', 'not_shortlisted']);
		expect(allowedTransitions('shortlisted', 'team')).toEqual([
			'waitlisted',
			'not_shortlisted',
			'retained',
			'not_retained',
			'merged'
		]);
		expect(allowedTransitions('not_shortlisted', 'team')).toEqual(['shortlisted', 'waitlisted']);
	});

	it('retains or not a shortlisted project, reconsiders before the notice, and merges', () => {
		expect(transition('shortlisted', 'retained', 'team')).toEqual({
			notifyHolder: false,
			reasonRequired: true
		});
		expect(allowedTransitions('retained', 'team')).toEqual(['not_retained']);
		expect(allowedTransitions('not_retained', 'team')).toEqual(['retained']);
		expect(allowedTransitions('merged', 'team')).toEqual([]);
		for (const from of ['under_review', 'waitlisted', 'not_shortlisted', 'eligible'] as const) {
			expect(thrown(() => transition(from, 'retained', 'team'))).toBeInstanceOf(Invalid);
			expect(thrown(() => transition(from, 'merged', 'team'))).toBeInstanceOf(Invalid);
		}
		expect(thrown(() => transition('shortlisted', 'retained', 'holder'))).toBeInstanceOf(Forbidden);
	});

	it('refuses decisions to holders and from anywhere but review or another decision', () => {
		expect(thrown(() => transition('under_review', 'shortlisted', 'holder'))).toBeInstanceOf(
			Forbidden
		);
		for (const from of ['draft', 'submitted', 'eligible', 'ineligible', 'withdrawn'] as const) {
			const e = thrown(() => transition(from, 'shortlisted', 'team'));
			expect(e).toBeInstanceOf(Invalid);
		}
		for (const from of DECISION_STATUSES) {
			expect(thrown(() => transition(from, 'under_review', 'team'))).toBeInstanceOf(Invalid);
			expect(allowedTransitions(from, 'holder')).toEqual([]);
		}
	});

	it('names the decisions, labelled in French and English', () => {
		expect(APPLICATION_STATUSES.filter(isDecisionStatus)).toEqual([...DECISION_STATUSES]);
		const fr = translator('fr');
		const en = translator('en');
		expect(DECISION_STATUSES.map((d) => fr(STATUS_LABEL_KEYS[d]))).toEqual([
			'présélectionnée',
			'sur liste d’attente',
			'non présélectionnée'
		]);
		expect(DECISION_STATUSES.map((d) => en(STATUS_LABEL_KEYS[d]))).toEqual([
			'shortlisted',
			'on the waiting list',
			'not shortlisted'
		]);
	});
});
