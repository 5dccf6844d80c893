import { describe, expect, it } from 'vitest';
import { APPLICATION_STATUSES } from '../applications/status.ts';
import {
	PROSPECT_STAGES,
	STAGE_OF_STATUS,
	isProspectStage,
	prospectStage,
	reached,
	stageRank
} from './prospectStage.ts';

const app = (status: string, submittedAt: Date | string | null = null) => ({ status, submittedAt });

describe('prospectStage', () => {
	it('is « prospect » when nothing happened yet, « invited » once an invitation left', () => {
		expect(prospectStage({ referrals: 0, application: null })).toBe('prospect');
		expect(prospectStage({ referrals: 1, application: null })).toBe('invited');
		expect(prospectStage({ referrals: 3, application: null })).toBe('invited');
	});

	it('follows the linked application through the status machine', () => {
		const at = '2026-03-01T10:00:00Z';
		expect(prospectStage({ referrals: 1, application: app('draft') })).toBe('started');
		expect(prospectStage({ referrals: 1, application: app('submitted', at) })).toBe('submitted');
		expect(prospectStage({ referrals: 1, application: app('eligible', at) })).toBe('eligible');
		expect(prospectStage({ referrals: 1, application: app('under_review', at) })).toBe('eligible');
		// Refused at screening: it had been submitted, no further.
		expect(prospectStage({ referrals: 1, application: app('ineligible', at) })).toBe('submitted');
	});

	it('counts the later stages the jury issue will add', () => {
		const at = new Date('2026-03-01T10:00:00Z');
		expect(prospectStage({ referrals: 1, application: app('shortlisted', at) })).toBe(
			'shortlisted'
		);
		expect(prospectStage({ referrals: 1, application: app('not_retained', at) })).toBe(
			'shortlisted'
		);
		expect(prospectStage({ referrals: 1, application: app('retained', at) })).toBe('retained');
	});

	it('never hides a submission: withdrawn or unknown statuses fall back on the submission date', () => {
		expect(prospectStage({ referrals: 1, application: app('withdrawn') })).toBe('started');
		expect(prospectStage({ referrals: 1, application: app('withdrawn', '2026-03-01') })).toBe(
			'submitted'
		);
		expect(prospectStage({ referrals: 0, application: app('a_new_status') })).toBe('started');
		expect(prospectStage({ referrals: 0, application: app('a_new_status', '2026-03-01') })).toBe(
			'submitted'
		);
	});

	it('reaches « started » even without an invitation (an application linked otherwise)', () => {
		expect(prospectStage({ referrals: 0, application: app('draft') })).toBe('started');
	});

	it('maps every status of the status machine to a stage', () => {
		for (const status of APPLICATION_STATUSES) {
			if (status === 'withdrawn') continue;
			expect(isProspectStage(STAGE_OF_STATUS[status]), status).toBe(true);
		}
	});

	it('orders the stages', () => {
		expect(PROSPECT_STAGES.map(stageRank)).toEqual([0, 1, 2, 3, 4, 5, 6]);
		expect(reached('eligible', 'submitted')).toBe(true);
		expect(reached('invited', 'started')).toBe(false);
		expect(reached('invited', 'invited')).toBe(true);
	});
});
