// Everything the app says in English, loaded only when someone chooses English (or a
// participant reads their questions in it): Dutch-only use never downloads it.
import { backupEn } from './backup.en';
import { elementsEn } from './elements.en';
import { en } from './en';
import { exportEn } from './export.en';
import type { Bundle } from './language.svelte';

export const bundle: Bundle = { m: en, backup: backupEn, export: exportEn, elements: elementsEn };
