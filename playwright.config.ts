import { defineConfig } from '@playwright/test';
import { chromiumArgs, chromiumPath } from './scripts/browser-path.js';

// E2E_PORT lets two checkouts run their e2e suites side by side.
const port = Number(process.env.E2E_PORT ?? 4173);

export default defineConfig({
	testDir: 'e2e',
	testMatch: '**/*.e2e.ts',
	outputDir: 'test-results',
	timeout: 120_000,
	expect: { timeout: 10_000 },
	workers: 2,
	// Tests share nothing (each has its own context), so long files spread over both workers.
	fullyParallel: true,
	retries: 0,
	reporter: [['list'], ['html', { open: 'never', outputFolder: 'playwright-report' }]],
	use: {
		baseURL: `http://localhost:${port}`,
		locale: 'nl-NL',
		viewport: { width: 1024, height: 768 },
		hasTouch: true,
		trace: 'retain-on-failure',
		screenshot: 'only-on-failure',
		launchOptions: { executablePath: chromiumPath(), args: chromiumArgs }
	},
	projects: [{ name: 'chromium' }],
	// The production build (npm run test:e2e builds first), served as static files.
	webServer: {
		command: `npx vite preview --port ${port} --strictPort`,
		port,
		reuseExistingServer: !process.env.CI,
		timeout: 60_000
	}
});
