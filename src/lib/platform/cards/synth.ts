/**
 * Synthetic camera frames with class cards in them, for tests, the bench and the fake camera
 * of the end-to-end test. Pure and deterministic (a seeded generator, no canvas), so it runs
 * the same in Node and in the browser.
 *
 * A card is drawn as it is printed: a white card 1.6 marker sides wide with the marker (6 × 6
 * cells: a black border of one cell round 4 × 4 data cells, a 1 bit white) in the middle, a
 * white quiet zone of at least one cell round it, a dark face at each edge and a small dark
 * number in one corner. Every pixel is inverse-mapped into the card (2 × 2 samples per pixel),
 * then the frame gets uneven light, blur and noise, in that order.
 *
 * The markers are given as 16-bit codes (row by row from the top-left cell, most significant
 * bit first): pass the domain's CARD_CODES; card n carries `codes[n - 1]`.
 */

import type { Corners, Point } from './sightings';

export type { Corners, Point } from './sightings';

/** A card edge: which one the pupil holds on top (the domain's CardEdge). */
export type Edge = 'top' | 'right' | 'bottom' | 'left';

export interface SynthCard {
	/** Card number, 1-based: the marker is `codes[card - 1]`. */
	card: number;
	/** The card edge that is on top in the picture. */
	top: Edge;
	/** Centre of the card in the picture, px. */
	x: number;
	y: number;
	/** Side of the marker (the black square, border included), px. */
	size: number;
	/** Extra turn in the picture plane, degrees clockwise (on top of the turn `top` gives). */
	rotate?: number;
	/** Tilt away from the camera, degrees (0–30): the picture's vertical shrinks by cos(tilt). */
	tilt?: number;
}

export interface SynthOptions {
	/** The marker codes, card n is codes[n − 1] (the domain's CARD_CODES). */
	codes: readonly number[];
	/** Frame size, px; 1280 × 720 unless given. */
	width?: number;
	height?: number;
	/** Seed of the background texture and noise. */
	seed?: number;
	/** Overall light, a multiplier (1 = as printed, 0.4 = a dim room). */
	brightness?: number;
	/**
	 * Uneven light, 0–1: the light falls off linearly along `lightAngle` so that the darkest
	 * corner gets (1 − unevenLight) of the light of the brightest.
	 */
	unevenLight?: number;
	/** Direction the light falls off towards, degrees clockwise from the right. */
	lightAngle?: number;
	/** Box blur radius, px (0 = sharp). Applied twice, which looks like a soft focus. */
	blur?: number;
	/** Noise: standard deviation in grey levels (0–255). */
	noise?: number;
}

export interface Frame {
	width: number;
	height: number;
	/** RGBA, width × height × 4 (fits `new ImageData(data, width, height)`). */
	data: Uint8ClampedArray<ArrayBuffer>;
}

/** Half the card's side, in marker sides. */
const CARD_HALF = 0.8;
const MARKER_CELLS = 6;
const BLACK = 28;
const WHITE = 236;
const INK = 60;

/** A small, fast, seeded generator (mulberry32): numbers in [0, 1). */
export function random(seed: number): () => number {
	let a = seed >>> 0 || 0x9e3779b9;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

/** Quarter turns clockwise of a card whose edge `top` is on top. */
const TURNS: Record<Edge, number> = { top: 0, left: 1, bottom: 2, right: 3 };

interface Placement {
	cos: number;
	sin: number;
	squash: number;
}

function placement(card: SynthCard): Placement {
	const angle = ((TURNS[card.top] * 90 + (card.rotate ?? 0)) * Math.PI) / 180;
	return {
		cos: Math.cos(angle),
		sin: Math.sin(angle),
		squash: Math.cos(((card.tilt ?? 0) * Math.PI) / 180)
	};
}

/** Where a point of the card (in marker sides from its centre, y down) lands in the picture. */
function toPicture(card: SynthCard, p: Placement, u: number, v: number): Point {
	const x = (u * p.cos - v * p.sin) * card.size;
	const y = (u * p.sin + v * p.cos) * card.size * p.squash;
	return { x: card.x + x, y: card.y + y };
}

/**
 * The true corners of a card's marker in the picture, as a detector should report them: the
 * marker's own top-left, top-right, bottom-right and bottom-left.
 */
export function markerCorners(card: SynthCard): Corners {
	const p = placement(card);
	return [
		toPicture(card, p, -0.5, -0.5),
		toPicture(card, p, 0.5, -0.5),
		toPicture(card, p, 0.5, 0.5),
		toPicture(card, p, -0.5, 0.5)
	];
}

function markerBit(code: number, cx: number, cy: number): boolean {
	if (cx < 1 || cy < 1 || cx > 4 || cy > 4) return false;
	const bit = (cy - 1) * 4 + (cx - 1);
	return ((code >> (15 - bit)) & 1) === 1;
}

/** Centres of the faces (u, v pairs), in marker sides from the card's centre. */
const FACES = [0, -0.735, 0.735, 0, 0, 0.735, -0.735, 0];

/** Reflectance of a card at (u, v), in marker sides from its centre: grey 0–255, or −1 off the card. */
function cardShade(code: number, u: number, v: number): number {
	const au = Math.abs(u);
	const av = Math.abs(v);
	if (au > CARD_HALF || av > CARD_HALF) return -1;
	if (au < 0.5 && av < 0.5) {
		const cx = Math.floor((u + 0.5) * MARKER_CELLS);
		const cy = Math.floor((v + 0.5) * MARKER_CELLS);
		return markerBit(code, cx, cy) ? WHITE : BLACK;
	}
	// A face near each edge: a dark ring with two eyes, well clear of the quiet zone (which ends
	// at 0.5 + 1/6 ≈ 0.67).
	for (let f = 0; f < 8; f += 2) {
		const dx = u - FACES[f]!;
		const dy = v - FACES[f + 1]!;
		const r2 = dx * dx + dy * dy;
		if (r2 < 0.055 * 0.055 && r2 > 0.035 * 0.035) return INK;
		const ex = Math.abs(dx) - 0.018;
		const ey = dy + 0.012;
		if (ex * ex + ey * ey < 0.01 * 0.01) return INK;
	}
	// The card number, a small dark block in the top-left corner.
	if (u > -0.77 && u < -0.69 && v > -0.77 && v < -0.71) return INK;
	return WHITE;
}

/**
 * Draws one frame with the given cards in it (cards may overlap; later ones are on top).
 * Deterministic for the same cards and options.
 */
export function synthFrame(cards: readonly SynthCard[], options: SynthOptions): Frame {
	const width = options.width ?? 1280;
	const height = options.height ?? 720;
	const rand = random(options.seed ?? 1);
	const grey = new Float32Array(width * height);

	// Background: mid grey with a soft, coarse texture (bilinear value noise) and a fine grain.
	const cell = 40;
	const gw = Math.ceil(width / cell) + 2;
	const gh = Math.ceil(height / cell) + 2;
	const lattice = new Float32Array(gw * gh);
	for (let i = 0; i < lattice.length; i++) lattice[i] = (rand() - 0.5) * 36;
	for (let y = 0; y < height; y++) {
		const gy = y / cell;
		const y0 = Math.floor(gy);
		const fy = gy - y0;
		for (let x = 0; x < width; x++) {
			const gx = x / cell;
			const x0 = Math.floor(gx);
			const fx = gx - x0;
			const a = lattice[y0 * gw + x0]!;
			const b = lattice[y0 * gw + x0 + 1]!;
			const c = lattice[(y0 + 1) * gw + x0]!;
			const d = lattice[(y0 + 1) * gw + x0 + 1]!;
			const soft = (a * (1 - fx) + b * fx) * (1 - fy) + (c * (1 - fx) + d * fx) * fy;
			grey[y * width + x] = 128 + soft + (rand() - 0.5) * 8;
		}
	}

	for (const card of cards) {
		const code = options.codes[card.card - 1];
		if (code === undefined) throw new RangeError(`No marker for card ${card.card}`);
		const p = placement(card);
		const reach = CARD_HALF * Math.SQRT2 * card.size + 2;
		const x0 = Math.max(0, Math.floor(card.x - reach));
		const x1 = Math.min(width - 1, Math.ceil(card.x + reach));
		const y0 = Math.max(0, Math.floor(card.y - reach));
		const y1 = Math.min(height - 1, Math.ceil(card.y + reach));
		const inv = 1 / card.size;
		for (let y = y0; y <= y1; y++) {
			for (let x = x0; x <= x1; x++) {
				let sum = 0;
				let hits = 0;
				for (let s = 0; s < 4; s++) {
					// Picture → card: undo the squash, then the turn.
					const px = x + 0.25 + 0.5 * (s & 1) - card.x;
					const py = (y + 0.25 + 0.5 * (s >> 1) - card.y) / p.squash;
					const u = (px * p.cos + py * p.sin) * inv;
					const v = (-px * p.sin + py * p.cos) * inv;
					const shade = cardShade(code, u, v);
					if (shade >= 0) {
						sum += shade;
						hits += 1;
					}
				}
				if (hits > 0) {
					const i = y * width + x;
					grey[i] = (grey[i]! * (4 - hits) + sum) / 4;
				}
			}
		}
	}

	// Light: overall brightness times a linear fall-off along the light's direction.
	const brightness = options.brightness ?? 1;
	const uneven = options.unevenLight ?? 0;
	if (brightness !== 1 || uneven !== 0) {
		const angle = ((options.lightAngle ?? 0) * Math.PI) / 180;
		const dx = Math.cos(angle);
		const dy = Math.sin(angle);
		const along = (x: number, y: number) => x * dx + y * dy;
		const corners = [along(0, 0), along(width, 0), along(0, height), along(width, height)];
		const lo = Math.min(...corners);
		const span = Math.max(...corners) - lo || 1;
		for (let y = 0; y < height; y++) {
			for (let x = 0; x < width; x++) {
				const t = (along(x, y) - lo) / span;
				const i = y * width + x;
				grey[i] = grey[i]! * brightness * (1 - uneven * t);
			}
		}
	}

	const blur = Math.round(options.blur ?? 0);
	if (blur > 0) {
		for (let pass = 0; pass < 2; pass++) boxBlur(grey, width, height, blur);
	}

	const noise = options.noise ?? 0;
	const data = new Uint8ClampedArray(width * height * 4);
	for (let i = 0, j = 0; i < grey.length; i++, j += 4) {
		let g = grey[i]!;
		if (noise > 0) g += gaussian(rand) * noise;
		// A faint warm cast, as classroom light has; the detector sees only luminance.
		data[j] = g * 1.03;
		data[j + 1] = g;
		data[j + 2] = g * 0.95;
		data[j + 3] = 255;
	}
	return { width, height, data };
}

/** Near enough to a standard normal, and cheap: the sum of three uniforms, centred, scaled. */
function gaussian(rand: () => number): number {
	return (rand() + rand() + rand() - 1.5) * 2;
}

/** Separable box blur of radius r, in place, with edges clamped. */
function boxBlur(img: Float32Array, width: number, height: number, r: number): void {
	const line = new Float32Array(Math.max(width, height));
	const n = 2 * r + 1;
	const blurLine = (length: number) => {
		let sum = 0;
		for (let i = -r; i <= r; i++) sum += line[i < 0 ? 0 : i >= length ? length - 1 : i]!;
		const out = new Float32Array(length);
		for (let i = 0; i < length; i++) {
			out[i] = sum / n;
			const add = i + r + 1;
			const drop = i - r;
			sum += line[add >= length ? length - 1 : add]! - line[drop < 0 ? 0 : drop]!;
		}
		return out;
	};
	for (let y = 0; y < height; y++) {
		const row = y * width;
		for (let x = 0; x < width; x++) line[x] = img[row + x]!;
		img.set(blurLine(width), row);
	}
	for (let x = 0; x < width; x++) {
		for (let y = 0; y < height; y++) line[y] = img[y * width + x]!;
		const out = blurLine(height);
		for (let y = 0; y < height; y++) img[y * width + x] = out[y]!;
	}
}

export interface GridOptions {
	/** Marker side, px (40 unless given). */
	size?: number;
	/** Frame size, px; 1280 × 720 unless given. */
	width?: number;
	height?: number;
	/** Seed of the edges on top and of the jitter. */
	seed?: number;
	/** The first card number; cards are numbered on from it (1 unless given). */
	first?: number;
	/** Largest extra turn, degrees: each card gets a random turn in ±maxRotate. */
	maxRotate?: number;
	/** Largest tilt, degrees: each card gets a random tilt in 0…maxTilt. */
	maxTilt?: number;
	/** The edges on top, card by card; random (from the seed) where not given. */
	tops?: readonly Edge[];
}

const EDGES: readonly Edge[] = ['top', 'right', 'bottom', 'left'];

/**
 * N cards laid out in a grid over the frame (1280 × 720 unless given), as a class holds them
 * up: evenly spread, each jittered a little, with random edges on top unless given.
 */
export function gridCards(n: number, options: GridOptions = {}): SynthCard[] {
	const width = options.width ?? 1280;
	const height = options.height ?? 720;
	const size = options.size ?? 40;
	const rand = random(options.seed ?? 1);
	const cols = Math.max(1, Math.ceil(Math.sqrt((n * width) / height)));
	const rows = Math.max(1, Math.ceil(n / cols));
	const cw = width / cols;
	const ch = height / rows;
	const slack = (cell: number) => Math.max(0, (cell - 2 * CARD_HALF * Math.SQRT2 * size) / 2);
	const cards: SynthCard[] = [];
	for (let i = 0; i < n; i++) {
		const col = i % cols;
		const row = Math.floor(i / cols);
		const jx = (rand() - 0.5) * slack(cw);
		const jy = (rand() - 0.5) * slack(ch);
		const top = options.tops?.[i] ?? EDGES[Math.floor(rand() * 4)]!;
		const rotate = (rand() * 2 - 1) * (options.maxRotate ?? 0);
		const tilt = rand() * (options.maxTilt ?? 0);
		cards.push({
			card: (options.first ?? 1) + i,
			top,
			x: (col + 0.5) * cw + jx,
			y: (row + 0.5) * ch + jy,
			size,
			rotate,
			tilt
		});
	}
	return cards;
}
