import { defineConfig } from 'vitest/config';

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
		maxWorkers: 1
	}
});
