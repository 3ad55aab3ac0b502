// Wheel geometry: angles in degrees, clockwise from 12 o'clock, around 0,0; y grows downwards
// as in SVG. Numbers are rounded to two decimals so every renderer writes the same coordinates.

export const round2 = (n: number) => Math.round(n * 100) / 100;

export type Point = { x: number; y: number };

export function polar(r: number, deg: number): Point {
	const a = (deg * Math.PI) / 180;
	return { x: round2(r * Math.sin(a)), y: round2(-r * Math.cos(a)) };
}

/** A ring sector (a pie slice when `inner` is 0) from angle `from` to `to`. */
export function sectorPath(inner: number, outer: number, from: number, to: number): string {
	const large = to - from > 180 ? 1 : 0;
	const o1 = polar(outer, from);
	const o2 = polar(outer, to);
	const arc = `M${o1.x} ${o1.y} A${outer} ${outer} 0 ${large} 1 ${o2.x} ${o2.y}`;
	if (inner <= 0) return `M0 0 L${o1.x} ${o1.y} A${outer} ${outer} 0 ${large} 1 ${o2.x} ${o2.y} Z`;
	const i1 = polar(inner, to);
	const i2 = polar(inner, from);
	return `${arc} L${i1.x} ${i1.y} A${inner} ${inner} 0 ${large} 0 ${i2.x} ${i2.y} Z`;
}

/** Lines only between neighbouring elements that both have a score: no answer is not a 0. */
export function linePath(points: readonly (Point | null)[]): string {
	const n = points.length;
	const xy = (p: Point) => `${p.x} ${p.y}`;
	if (n > 0 && points.every((p) => p !== null)) {
		return `M${points.map((p) => xy(p!)).join(' L')} Z`;
	}
	const runs: string[] = [];
	for (let k = 0; k < n; k++) {
		if (!points[k] || points[(k - 1 + n) % n]) continue;
		const run: Point[] = [];
		for (let j = k; points[j % n] && run.length < n; j++) run.push(points[j % n]!);
		if (run.length > 1) runs.push(`M${run.map(xy).join(' L')}`);
	}
	return runs.join(' ');
}
