/**
 * The differences between two versions of a canvas, section by section, word by word (jsdiff's
 * `diffWords`: the spaces between words follow the words, a change of spacing alone is no change).
 */
import { diffWords } from 'diff';
import { CANVAS_SECTIONS, type CanvasContent, type CanvasSection } from './sections.ts';

export type DiffPart = { kind: 'same' | 'added' | 'removed'; text: string };
export type SectionDiff = { section: CanvasSection; changed: boolean; parts: DiffPart[] };

export function diffText(before: string, after: string): DiffPart[] {
	if (before === after) return before ? [{ kind: 'same', text: before }] : [];
	return diffWords(before, after).map((c) => ({
		kind: c.added ? 'added' : c.removed ? 'removed' : 'same',
		text: c.value
	}));
}

export function diffContent(before: CanvasContent, after: CanvasContent): SectionDiff[] {
	return CANVAS_SECTIONS.map((section) => {
		const parts = diffText(before[section], after[section]);
		return { section, changed: parts.some((p) => p.kind !== 'same'), parts };
	});
}
