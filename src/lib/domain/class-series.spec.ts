import { describe, expect, it } from 'vitest';
import {
	A_FEW,
	classRecordSchema,
	classSessionSchema,
	emptyCounts,
	nextInSeries,
	newClassRecord,
	withResult,
	type ClassRecord,
	type FaceCounts
} from './class-session';
import {
	CHANGE_SHARE,
	MAX_COMPARED,
	changeBetween,
	compareSeries,
	comparedSessions,
	orderSeries,
	previousInSeries
} from './class-series';
import type { ElementId } from './elements';
import type { Face } from './score';

const SEPTEMBER = Date.UTC(2026, 8, 14, 9);
const DAY = 24 * 60 * 60 * 1000;

function counts(c: Partial<Record<Face, number>>): FaceCounts {
	return { ...emptyCounts(), ...c };
}

function first(elements: ElementId[] = ['safe', 'heard']): ClassRecord {
	const session = classSessionSchema.parse({
		id: 's1',
		group: 'groep 7',
		level: 'po-boven',
		elements,
		createdAt: SEPTEMBER,
		updatedAt: SEPTEMBER
	});
	return newClassRecord(session, new Date(SEPTEMBER));
}

function next(previous: ClassRecord, id: string, at: number): ClassRecord {
	return newClassRecord(nextInSeries(previous.session, id, at), new Date(at));
}

function said(r: ClassRecord, elementId: ElementId, c: Partial<Record<Face, number>>): ClassRecord {
	return withResult(r, { elementId, counts: counts(c), notes: '' });
}

describe('a class series', () => {
	it('orders the sessions of one series by their number, leaving other series out', () => {
		const a = first();
		const b = next(a, 's2', SEPTEMBER + 90 * DAY);
		const c = next(b, 's3', SEPTEMBER + 180 * DAY);
		const other = { ...first(), session: { ...first().session, id: 'x1' } };
		expect(orderSeries([c, other, a, b], 's1').map((r) => r.session.id)).toEqual([
			's1',
			's2',
			's3'
		]);
		// The first session is its own series' head, without a seriesId of its own.
		expect(orderSeries([other], 'x1')).toHaveLength(1);
	});

	it('compares a session with the ones before it, at most three, never with later ones', () => {
		let r = first();
		const all = [r];
		for (let i = 2; i <= 5; i++) {
			r = next(r, `s${i}`, SEPTEMBER + i * 90 * DAY);
			all.push(r);
		}
		const ids = (list: ClassRecord[]) => list.map((x) => x.session.id);
		expect(ids(comparedSessions(all, all[4]!))).toEqual(['s3', 's4', 's5']);
		expect(ids(comparedSessions(all, all[1]!))).toEqual(['s1', 's2']);
		expect(ids(comparedSessions(all, all[0]!))).toEqual(['s1']);
		expect(MAX_COMPARED).toBe(3);
		expect(previousInSeries(all, all[2]!)?.session.id).toBe('s2');
		expect(previousInSeries(all, all[0]!)).toBeNull();
	});

	it('still compares when the first session was deleted from this device', () => {
		const a = first();
		const b = next(a, 's2', SEPTEMBER + 90 * DAY);
		const c = next(b, 's3', SEPTEMBER + 180 * DAY);
		expect(comparedSessions([b, c], c).map((x) => x.session.id)).toEqual(['s2', 's3']);
		expect(previousInSeries([c], c)).toBeNull();
	});

	it('puts the pictures of each element side by side, with "een paar" for every 1 and 2', () => {
		const a = said(first(), 'safe', { 1: 1, 3: 5, 4: 10, 5: 8 });
		const b = said(next(a, 's2', SEPTEMBER + 90 * DAY), 'safe', { 2: 2, 4: 12, 5: 10 });
		const cmp = compareSeries([a, b]);
		expect(cmp.sessions.map((s) => [s.id, s.sequence])).toEqual([
			['s1', 1],
			['s2', 2]
		]);
		const safe = cmp.elements.find((e) => e.elementId === 'safe')!;
		expect(safe.pictures.map((p) => p.shown)).toEqual([
			{ 1: A_FEW, 2: 0, 3: 5, 4: 10, 5: 8 },
			{ 1: 0, 2: A_FEW, 3: 0, 4: 12, 5: 10 }
		]);
		// No shown count anywhere is a 1 or a 2.
		for (const e of cmp.elements)
			for (const p of e.pictures)
				for (const v of Object.values(p.shown ?? {})) expect([1, 2]).not.toContain(v);
		expect(safe.change).toEqual({
			kind: 'moreHappy',
			since: { sessionId: 's1', createdAt: SEPTEMBER }
		});
		// Nothing counted for 'heard' yet: no change to tell.
		expect(cmp.elements.find((e) => e.elementId === 'heard')!.change).toBeNull();
	});

	it('keeps an element only one session talked about, with no picture for the other', () => {
		const a = said(first(['safe', 'active']), 'active', { 4: 9 });
		const b = {
			...next(a, 's2', SEPTEMBER + 90 * DAY),
			session: { ...next(a, 's2', SEPTEMBER + 90 * DAY).session, elements: ['heard', 'safe'] }
		} as ClassRecord;
		const cmp = compareSeries([a, b]);
		// The latest session's order first, then what only earlier ones had.
		expect(cmp.elements.map((e) => e.elementId)).toEqual(['heard', 'safe', 'active']);
		const active = cmp.elements.find((e) => e.elementId === 'active')!;
		expect(active.pictures.map((p) => p.counts)).toEqual([counts({ 4: 9 }), null]);
		expect(active.change).toBeNull();
	});

	it('gives the pictures of a row one scale, from what is drawn: 1 and 2 set it alike', () => {
		const a = said(first(), 'safe', { 1: 1 });
		const b = said(next(a, 's2', SEPTEMBER + 90 * DAY), 'safe', { 1: 2 });
		const c = said(next(b, 's3', SEPTEMBER + 180 * DAY), 'safe', { 4: 10, 5: 2 });
		const scale = (list: ClassRecord[]) => compareSeries(list).elements[0]!.scale;
		expect(scale([a])).toBe(scale([b]));
		expect(scale([a, b])).toBe(2);
		expect(scale([a, b, c])).toBe(10);
		// An element nobody counted has no bars to scale.
		expect(compareSeries([a]).elements[1]!.scale).toBe(0);
	});

	it('tells the larger shift of happy or sad faces, as shares so class size does not count', () => {
		// Twice as many pupils, the same mix: no change.
		expect(changeBetween(counts({ 1: 2, 4: 8 }), counts({ 1: 4, 4: 16 }))).toBe('same');
		expect(changeBetween(counts({ 3: 10, 4: 10 }), counts({ 3: 4, 4: 16 }))).toBe('moreHappy');
		expect(changeBetween(counts({ 4: 16, 3: 4 }), counts({ 4: 10, 3: 10 }))).toBe('fewerHappy');
		expect(changeBetween(counts({ 3: 18, 4: 2 }), counts({ 1: 6, 3: 12, 4: 2 }))).toBe('moreSad');
		expect(changeBetween(counts({ 1: 6, 3: 12, 4: 2 }), counts({ 3: 18, 4: 2 }))).toBe('fewerSad');
		// Happy faces won what sad ones lost (0.8 → 1 and 0.2 → 0, unequal in floating point).
		expect(changeBetween(counts({ 2: 2, 4: 8 }), counts({ 4: 9, 5: 3 }))).toBe('moreHappy');
		expect(changeBetween(counts({ 4: 9, 5: 3 }), counts({ 2: 2, 4: 8 }))).toBe('fewerHappy');
		// Exactly the threshold is a change; just under it is not.
		expect(CHANGE_SHARE).toBe(0.1);
		expect(changeBetween(counts({ 3: 10 }), counts({ 3: 9, 4: 1 }))).toBe('moreHappy');
		expect(changeBetween(counts({ 3: 20 }), counts({ 3: 19, 5: 1 }))).toBe('same');
	});

	it('says nothing about a change when either session had fewer than three choices', () => {
		expect(changeBetween(counts({ 5: 2 }), counts({ 1: 10 }))).toBe('tooFew');
		expect(changeBetween(counts({ 1: 10 }), counts({ 5: 1 }))).toBe('tooFew');
		const a = said(first(), 'safe', { 1: 2 });
		const b = said(next(a, 's2', SEPTEMBER + 90 * DAY), 'safe', { 5: 20 });
		expect(compareSeries([a, b]).elements[0]!.change?.kind).toBe('tooFew');
	});

	it('compares the last two sessions that counted an element, skipping one that did not', () => {
		const a = said(first(), 'safe', { 3: 10 });
		const b = next(a, 's2', SEPTEMBER + 90 * DAY);
		const c = said(next(b, 's3', SEPTEMBER + 180 * DAY), 'safe', { 5: 10 });
		expect(compareSeries([a, b, c]).elements[0]!.change).toEqual({
			kind: 'moreHappy',
			since: { sessionId: 's1', createdAt: SEPTEMBER }
		});
	});

	it('reads an old record without series fields as the first session of its own series', () => {
		const old = classRecordSchema.parse({
			session: {
				id: 'old',
				group: 'groep 5',
				level: 'po-onder',
				elements: ['safe'],
				createdAt: 1,
				updatedAt: 1
			}
		});
		expect(old.session.sequence).toBe(1);
		expect(orderSeries([old], 'old')).toEqual([old]);
		expect(comparedSessions([old], old)).toEqual([old]);
	});
});
