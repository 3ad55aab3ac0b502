// Every page is prerendered to a static file (adapter-static); data lives in IndexedDB.
export const prerender = true;
// Every page is a folder with index.html, so any static server (and later the service
// worker) can serve it; keep this in sync with the PWA plugin's setting.
export const trailingSlash = 'always';
