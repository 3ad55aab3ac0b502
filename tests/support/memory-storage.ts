// Test support (only tests import it): localStorage in memory, for the page-leave journals.
export class MemoryStorage implements Storage {
	#map = new Map<string, string>();
	get length() {
		return this.#map.size;
	}
	clear() {
		this.#map.clear();
	}
	getItem(k: string) {
		return this.#map.get(k) ?? null;
	}
	key(i: number) {
		return [...this.#map.keys()][i] ?? null;
	}
	removeItem(k: string) {
		this.#map.delete(k);
	}
	setItem(k: string, v: string) {
		this.#map.set(k, v);
	}
}
