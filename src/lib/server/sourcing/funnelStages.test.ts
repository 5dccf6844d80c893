import { describe, expect, it } from 'vitest';
import { APPLICATION_STATUSES } from '../applications/status.ts';
import {
	FUNNEL_STAGES,
	SHOWN_STAGES,
	STATUS_STAGES,
	conversionRates,
	overallRate,
	rate,
	shownStages,
	statusesReaching
} from './funnelStages.ts';

describe('the stage table', () => {
	it('shows the fixed stages, then each status stage whose statuses exist', () => {
		expect(SHOWN_STAGES.slice(0, 5)).toEqual([
			'prospects',
			'invited',
			'started',
			'submitted',
			'eligible'
		]);
		// Shortlisting and selection come with later issues: not shown before their statuses exist.
		for (const s of STATUS_STAGES) {
			const exists = s.statuses.some((st) =>
				(APPLICATION_STATUSES as readonly string[]).includes(st)
			);
			expect(SHOWN_STAGES.includes(s.stage)).toBe(exists);
		}
	});

	it('shows a later stage as soon as one of its statuses exists', () => {
		const earlier = ['draft', 'submitted', 'eligible', 'under_review'];
		expect(shownStages(earlier)).toEqual([
			'prospects',
			'invited',
			'started',
			'submitted',
			'eligible'
		]);
		const later = [...earlier, 'shortlisted'];
		expect(shownStages(later)).toEqual([
			'prospects',
			'invited',
			'started',
			'submitted',
			'eligible',
			'shortlisted'
		]);
		expect(shownStages([...later, 'retained'])).toEqual(FUNNEL_STAGES);
		expect(shownStages(APPLICATION_STATUSES)).toEqual(FUNNEL_STAGES);
	});

	it('counts in a stage the statuses of that stage and of every later one', () => {
		// The shortlist decisions (jury issue) all reached the shortlisting stage, and so did the
		// final selection's « not retained » and a merger.
		expect(statusesReaching('eligible')).toEqual([
			'eligible',
			'under_review',
			'shortlisted',
			'waitlisted',
			'not_shortlisted',
			'not_retained',
			'merged',
			'retained'
		]);
		expect(statusesReaching('shortlisted')).toEqual([
			'shortlisted',
			'waitlisted',
			'not_shortlisted',
			'not_retained',
			'merged',
			'retained'
		]);
		expect(statusesReaching('retained')).toEqual(['retained']);
		const earlier = ['draft', 'submitted', 'eligible', 'under_review', 'shortlisted'];
		expect(statusesReaching('eligible', earlier)).toEqual([
			'eligible',
			'under_review',
			'shortlisted'
		]);
	});

	it('never counts a draft, a submitted, an ineligible or a withdrawn application as eligible', () => {
		for (const s of ['draft', 'submitted', 'ineligible', 'withdrawn']) {
			expect(statusesReaching('eligible')).not.toContain(s);
		}
	});
});

describe('conversion rates', () => {
	it('divides each stage by the one before it, without a rate over nothing', () => {
		const counts = {
			prospects: 10,
			invited: 4,
			started: 6,
			submitted: 3,
			eligible: 0,
			shortlisted: 0,
			retained: 0
		};
		expect(conversionRates(counts, SHOWN_STAGES)).toEqual({
			invited: 0.4,
			started: 1.5,
			submitted: 0.5,
			eligible: 0,
			shortlisted: null,
			retained: null
		});
		expect(
			conversionRates({
				prospects: 0,
				invited: 0,
				started: 0,
				submitted: 0,
				eligible: 0,
				shortlisted: 0,
				retained: 0
			})
		).toEqual({
			invited: null,
			started: null,
			submitted: null,
			eligible: null,
			shortlisted: null,
			retained: null
		});
	});

	it('gives no rate where a count does not apply (prospects by typology)', () => {
		const rates = conversionRates({
			prospects: null,
			invited: null,
			started: 4,
			submitted: 2,
			eligible: 1,
			shortlisted: 1,
			retained: 1
		});
		expect(rates).toEqual({
			invited: null,
			started: null,
			submitted: 0.5,
			eligible: 0.5,
			shortlisted: 1,
			retained: 1
		});
	});

	it('gives the overall rate from started to the furthest stage', () => {
		expect(
			overallRate({ started: 8, submitted: 4, eligible: 2, shortlisted: 2, retained: 1 })
		).toBe(0.125);
		expect(
			overallRate({ started: 0, submitted: 0, eligible: 0, shortlisted: 0, retained: 0 })
		).toBeNull();
		expect(rate(1, 3)).toBeCloseTo(1 / 3);
	});
});
