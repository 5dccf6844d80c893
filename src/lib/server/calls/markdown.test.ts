import { describe, expect, it } from 'vitest';
import { renderMarkdown } from './markdown.ts';

describe('renderMarkdown', () => {
	it('renders the usual Markdown: emphasis, lists, links, bare addresses', () => {
		const html = renderMarkdown(
			'**Qui peut candidater ?**\n\n- start-up\n- associations\n\nVoir [le site](https://www.anact.fr) ou https://www.fing.org.'
		);
		expect(html).toContain('<strong>Qui peut candidater ?</strong>');
		expect(html).toContain('<li>start-up</li>');
		expect(html).toContain(
			'<a href="https://www.anact.fr" rel="nofollow noopener noreferrer">le site</a>'
		);
		expect(html).toContain(
			'<a href="https://www.fing.org" rel="nofollow noopener noreferrer">https://www.fing.org</a>'
		);
	});

	it('shows scripts and raw HTML as text', () => {
		const html = renderMarkdown('<script>alert(1)</script>\n\n<b onclick="x()">gras</b>');
		expect(html).not.toContain('<script');
		expect(html).not.toContain('<b ');
		expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
		expect(html).toContain('&lt;b onclick=&quot;x()&quot;&gt;gras&lt;/b&gt;');
	});

	it('refuses links other than http(s) and mailto', () => {
		for (const href of [
			'javascript:alert(1)',
			'JaVaScRiPt:alert(1)',
			'data:text/html;base64,PHNjcmlwdD4=',
			'vbscript:msgbox',
			'/relative'
		]) {
			const html = renderMarkdown(`[cliquez](${href})`);
			expect(html, href).not.toContain('<a');
			expect(html).toContain('[cliquez]');
		}
		expect(renderMarkdown('[écrire](mailto:contact@anact.fr)')).toContain(
			'<a href="mailto:contact@anact.fr">écrire</a>'
		);
		expect(renderMarkdown('<javascript:alert(1)>')).not.toContain('<a');
	});

	it('renders no image and shifts headings under the page’s own', () => {
		const html = renderMarkdown('# Titre\n\n![pixel](https://tracker.example/p.gif)');
		expect(html).toContain('<h3>Titre</h3>');
		expect(html).not.toContain('<img');
	});
});
