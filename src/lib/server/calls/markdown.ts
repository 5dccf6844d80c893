/**
 * The public text of a call is written in Markdown by the programme team and shown as HTML to
 * everyone. Rendered safely (see docs/decisions/011-markdown.md): raw HTML is shown as text, links
 * only go to http(s) and mailto addresses, images are not rendered (no remote resources), bare
 * addresses become links. Pure: no I/O.
 */
import markdownIt, { type MarkdownIt } from 'markdown-it';

const SAFE_LINK = /^(?:https?:\/\/|mailto:)/i;

function createRenderer(): MarkdownIt {
	const md = markdownIt({ html: false, linkify: true, typographer: false, breaks: false });
	md.validateLink = (url: string) => SAFE_LINK.test(url.trim());
	md.disable(['image']);
	const defaultLinkOpen =
		md.renderer.rules.link_open ??
		((tokens, idx, options, _env, self) => self.renderToken(tokens, idx, options));
	md.renderer.rules.link_open = (tokens, idx, options, env, self) => {
		const href = String(tokens[idx].attrGet('href') ?? '');
		if (/^https?:/i.test(href)) tokens[idx].attrSet('rel', 'nofollow noopener noreferrer');
		return defaultLinkOpen(tokens, idx, options, env, self);
	};
	// Headings of the call's text sit under the page's own h1 and h2: shift them down by two.
	md.renderer.rules.heading_open = (tokens, idx, options, _env, self) => {
		const level = Math.min(Number(tokens[idx].tag.slice(1)) + 2, 6);
		tokens[idx].tag = `h${level}`;
		return self.renderToken(tokens, idx, options);
	};
	md.renderer.rules.heading_close = (tokens, idx, options, _env, self) => {
		const level = Math.min(Number(tokens[idx].tag.slice(1)) + 2, 6);
		tokens[idx].tag = `h${level}`;
		return self.renderToken(tokens, idx, options);
	};
	return md;
}

let renderer: MarkdownIt | undefined;

/** HTML of a Markdown text, safe to insert into a page. */
export function renderMarkdown(source: string): string {
	renderer ??= createRenderer();
	return renderer.render(source);
}
