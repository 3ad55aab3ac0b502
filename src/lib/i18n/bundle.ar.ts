// Everything the app says in Arabic (a complete concept translation, see ar.ts), loaded only
// when someone chooses Arabic (or a participant reads their questions in it). No English
// fallback: every message is Arabic, so nothing English is shown under lang="ar".
import { ar } from './ar';
import { backupAr } from './backup.ar';
import { elementsAr } from './elements.ar';
import { exportAr } from './export.ar';
import type { Bundle } from './language.svelte';

export const bundle: Bundle = { m: ar, backup: backupAr, export: exportAr, elements: elementsAr };
