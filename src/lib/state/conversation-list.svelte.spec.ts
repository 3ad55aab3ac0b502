import { afterEach, describe, expect, it, vi } from 'vitest';
import { damageConversation, manyConversations, summaryRows } from '$test/many-conversations';
import { ConversationList, PAGE_SIZE } from './conversation-list.svelte';
import { useRepos } from './repos';

let wipe: (() => Promise<void>) | undefined;
let stop: (() => void) | undefined;

afterEach(async () => {
	stop?.();
	stop = undefined;
	useRepos(undefined);
	await wipe?.();
	wipe = undefined;
});

/** 60 conversations, "Gezin 60" the newest; the oldest, "Familie Zwart", is due for a look-back. */
async function sixty() {
	const made = await manyConversations(60);
	useRepos(made.repos);
	wipe = made.wipe;
	let list!: ConversationList;
	stop = $effect.root(() => {
		list = new ConversationList();
	});
	await vi.waitFor(() => expect(list.all).toHaveLength(60));
	return { list, ...made };
}

describe('ConversationList with many conversations', () => {
	it('puts the first page on screen and the next with each "show more"', async () => {
		const { list } = await sixty();
		expect(list.page.map((c) => c.title).slice(0, 2)).toEqual(['Gezin 60', 'Gezin 59']);
		expect(list.page).toHaveLength(PAGE_SIZE);
		expect(list.hidden).toBe(60 - PAGE_SIZE);
		expect(list.showMore()).toBe(PAGE_SIZE);
		expect(list.page).toHaveLength(2 * PAGE_SIZE);
		list.showMore();
		expect(list.page).toHaveLength(60);
		expect(list.hidden).toBe(0);
		expect(list.page.at(-1)?.title).toBe('Familie Zwart');
	});

	it('finds by title among all of them, also one beyond the first page; a new search starts at page one', async () => {
		const { list, zwart } = await sixty();
		list.showMore();
		list.filter = 'zwart';
		expect(list.visible.map((c) => c.id)).toEqual([zwart]);
		expect(list.page.map((c) => c.id)).toEqual([zwart]);
		expect(list.hidden).toBe(0);
		list.filter = 'gezin';
		expect(list.visible).toHaveLength(59);
		expect(list.page).toHaveLength(PAGE_SIZE);
		expect(list.hidden).toBe(59 - PAGE_SIZE);
	});

	it('knows what is due among all of them, not only those on screen', async () => {
		const { list, zwart } = await sixty();
		expect(list.due.map((c) => [c.id, c.due])).toEqual([[zwart, 'overdue']]);
		expect(list.page.some((c) => c.id === zwart)).toBe(false);
		expect(list.damaged).toEqual([]);
	});

	it('a row that no longer opens shows as damaged, whichever page it was on', async () => {
		const { list, zwart, name } = await sixty();
		// The summaries are written after the first read, from inside the live query too.
		await vi.waitFor(async () => expect(await summaryRows(name)).toBe(1));
		await damageConversation(name, zwart);
		await vi.waitFor(() => expect(list.damaged).toEqual([{ id: zwart, damaged: true }]));
		expect(list.all).toHaveLength(59);
		expect(list.due).toEqual([]);
	});
});
