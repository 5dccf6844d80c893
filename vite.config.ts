import adapter from '@sveltejs/adapter-node';
import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vite';

export default defineConfig({
	plugins: [
		sveltekit({
			compilerOptions: {
				runes: ({ filename }) =>
					filename.split(/[/\\]/).includes('node_modules') ? undefined : true
			},
			adapter: adapter({ out: 'build' })
		})
	],
	ssr: {
		// PGlite ships WebAssembly and data files that must stay next to its module at run time.
		external: ['@electric-sql/pglite', 'pg-boss', 'pg', 'nodemailer']
	}
});
