// The app loads every screen's texts before it shows them (the lock screen asks while someone
// types); tests render those screens straight away, so they load the texts first.
import { language } from '$lib/i18n';

await language.prepare();
