// The conversation comes from IndexedDB in the browser: prerender an empty shell.
export const ssr = false;
