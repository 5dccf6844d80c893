import { defineConfig } from 'vitest/config';

export default defineConfig({
	test: {
		name: 'integration',
		include: ['src/**/*.integration.test.ts', 'tests/integration/**/*.test.ts'],
		environment: 'node',
		testTimeout: 60_000,
		hookTimeout: 120_000,
		// Two cores: keep PGlite instances and PostgreSQL databases few at a time.
		maxWorkers: 2
	}
});
