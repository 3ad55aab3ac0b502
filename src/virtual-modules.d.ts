// Modules that Vite plugins of this project make (no file on disk).
declare module 'virtual:start-texts' {
	/** The groups of the Dutch catalogue the lock screen needs (scripts/vite-start-texts.js). */
	const texts: { messages: Record<string, unknown> };
	export default texts;
}
