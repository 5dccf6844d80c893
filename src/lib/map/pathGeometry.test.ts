import { describe, expect, it } from 'vitest';
import { boundingBox, containsPoint, labelPoint, pathRings, ringArea } from './pathGeometry.ts';

describe('path geometry', () => {
	it('reads absolute and relative commands, one ring per subpath', () => {
		const rings = pathRings('M0 0h10v10H0z m20 0 l5 0 0 5 -5 0z');
		expect(rings).toEqual([
			[
				[0, 0],
				[10, 0],
				[10, 10],
				[0, 10]
			],
			[
				[20, 0],
				[25, 0],
				[25, 5],
				[20, 5]
			]
		]);
		expect(boundingBox(rings)).toEqual({ minX: 0, minY: 0, maxX: 25, maxY: 10 });
		expect(Math.abs(ringArea(rings[0]))).toBe(100);
	});

	it('keeps the end points of curves and arcs, and compact numbers', () => {
		expect(pathRings('M1 1c1 1 2 2 3.5.5s1 1 1-1a2 2 0 0 1 2 2z')).toEqual([
			[
				[1, 1],
				[4.5, 1.5],
				[5.5, 0.5],
				[7.5, 2.5]
			]
		]);
	});

	it('refuses what it cannot read', () => {
		expect(() => pathRings('M0 0 X 3')).toThrow();
		expect(() => pathRings('M0 0 L 3')).toThrow();
	});

	it('places a label inside a concave shape, where its centre would fall outside', () => {
		// A "U": the middle of its box is in the notch.
		const u = pathRings('M0 0H30V30H20V10H10V30H0Z');
		expect(containsPoint(u, [15, 20])).toBe(false);
		const p = labelPoint(u);
		expect(containsPoint(u, p)).toBe(true);
	});
});
