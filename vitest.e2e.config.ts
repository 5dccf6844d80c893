import { defineConfig } from 'vitest/config';
import { BaseSequencer, type TestSpecification } from 'vitest/node';

/**
 * The journeys share one server and its demo data, and some leave it changed for the next (once
 * the jury has reviewed, the call's grid is frozen): they run one at a time, in the order of their
 * file names, the same on every machine — not in vitest's default order, which depends on file
 * sizes and on the durations cached by earlier runs.
 */
class ByName extends BaseSequencer {
	override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
		return [...files].sort((a, b) => a.moduleId.localeCompare(b.moduleId));
	}
}

export default defineConfig({
	test: {
		name: 'e2e',
		include: ['tests/e2e/**/*.test.ts'],
		environment: 'node',
		globalSetup: ['tests/e2e/global-setup.ts'],
		testTimeout: 120_000,
		hookTimeout: 180_000,
		// One server, one browser at a time: the journeys share the demo data.
		fileParallelism: false,
		maxWorkers: 1,
		sequence: { sequencer: ByName }
	}
});
