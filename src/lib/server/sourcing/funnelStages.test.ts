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
		const later = [...APPLICATION_STATUSES, 'shortlisted'];
		expect(shownStages(later)).toEqual([
			'prospects',
			'invited',
			'started',
			'submitted',
			'eligible',
			'shortlisted'
		]);
		expect(shownStages([...later, 'retained'])).toEqual(FUNNEL_STAGES);
	});

	it('counts in a stage the statuses of that stage and of every later one', () => {
		// The shortlist decisions (jury issue) all reached the shortlisting stage.
		expect(statusesReaching('eligible')).toEqual([
			'eligible',
			'under_review',
			'shortlisted',
			'waitlisted',
			'not_shortlisted'
		]);
		const later = [...APPLICATION_STATUSES, 'shortlisted', 'retained'];
		expect(statusesReaching('eligible', later)).toEqual([
			'eligible',
			'under_review',
			'shortlisted',
			'waitlisted',
			'not_shortlisted',
			'retained'
		]);
		expect(statusesReaching('shortlisted', later)).toEqual([
			'shortlisted',
			'waitlisted',
			'not_shortlisted',
			'retained'
		]);
		expect(statusesReaching('retained', later)).toEqual(['retained']);
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
			shortlisted: 0
		};
		expect(conversionRates(counts, SHOWN_STAGES)).toEqual({
			invited: 0.4,
			started: 1.5,
			submitted: 0.5,
			eligible: 0,
			shortlisted: null
		});
		expect(
			conversionRates({
				prospects: 0,
				invited: 0,
				started: 0,
				submitted: 0,
				eligible: 0,
				shortlisted: 0
			})
		).toEqual({ invited: null, started: null, submitted: null, eligible: null, shortlisted: null });
	});

	it('gives no rate where a count does not apply (prospects by typology)', () => {
		const rates = conversionRates({
			prospects: null,
			invited: null,
			started: 4,
			submitted: 2,
			eligible: 1,
			shortlisted: 1
		});
		expect(rates).toEqual({
			invited: null,
			started: null,
			submitted: 0.5,
			eligible: 0.5,
			shortlisted: 1
		});
	});

	it('gives the overall rate from started to the furthest stage', () => {
		expect(overallRate({ started: 8, submitted: 4, eligible: 2, shortlisted: 2 })).toBe(0.25);
		expect(overallRate({ started: 0, submitted: 0, eligible: 0, shortlisted: 0 })).toBeNull();
		expect(rate(1, 3)).toBeCloseTo(1 / 3);
	});
});
