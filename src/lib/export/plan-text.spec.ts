import { describe, expect, test } from 'vitest';
import {
	emptyPlanDocument,
	followUpWithoutPrevious,
	HOSTILE,
	sampleFollowUpDocument,
	samplePlanDocument
} from '$test/plan-fixture';
import { formatDay, formatWhen } from '$lib/i18n';
import { planToText } from './plan-text';

describe('planToText', () => {
	test('writes a realistic plan as structured plain text', () => {
		expect(planToText(samplePlanDocument())).toMatchInlineSnapshot(`
			"GEDRAGEN PLAN: Gezin Jansen
			===========================
			Gesprek van 23 november 2026
			Status: Concept
			Gemaakt op 24 november 2026

			WIE DOEN ER MEE
			---------------
			- Noë (Kind of jongere)
			- Lotje (Kind of jongere)
			- Sanne (Ouder of verzorger)
			- Fatima (CJG-coach)
			- <img src=x onerror=alert(1)> (buurvrouw)
			- נועה (oma)
			- Bart (leerkracht)

			Regisseur (houdt het overzicht): Sanne

			WAT GAAT GOED
			-------------
			- Noë is creatief en tekent graag. (Sanne, bij Kunnen ontwikkelen)
			- Voetbal ⚽️ met papa 👨‍👧 (Noë, bij Actief zijn)
			- Een heel lang woord: SuperlangSuperlangSuperlangSuperlangSuperlangSuperlangSuperlangSuperlangSuperlangSuperlangSuperlangSuperlangSuperlangSuperlangSuperlangSuperlangSuperlangSuperlangSuperlangSuperlangSuperlangSuperlang

			ZORGEN
			------
			- In de pauze speelt Noë vaak alleen.
			  Soms wordt ze uitgelachen. (Noë, bij Erbij horen)
			- <script>alert(1)</script> (<img src=x onerror=alert(1)>)
			- مريم تحب المدرسة (bij Een thuis hebben)

			SPEERPUNTEN
			-----------
			1. Gehoord worden
			   Voor het hele gezin
			   Doel: <script>alert(1)</script>
			   - Wat: Elke avond tien minuten samen praten over de dag | Wie: Sanne | Wanneer: elke avond | Steun: –
			   - Wat: Lotje tekent hoe haar dag was | Wie: Lotje | Wanneer: na school | Steun: Noë

			2. Erbij horen
			   Voor Noë
			   Doel: Noë heeft in de pauze iemand om mee te spelen.
			   - Wat: Noë vraagt een klasgenoot om samen te spelen | Wie: Noë | Wanneer: elke dinsdag | Steun: Sanne
			   - Wat: De leerkracht praat met de klas over pesten | Wie: Bart (leerkracht) | Wanneer: 4 december 2026 | Steun: –
			   - Wat: "><svg onload=alert(1)> | Wie: <img src=x onerror=alert(1)> | Wanneer: – | Steun: <script>alert(1)</script>

			ALS HET ANDERS LOOPT
			--------------------
			Als het niet lukt, bellen we Fatima.
			Zij plant dan een nieuw gesprek. 📞

			AFSPRAKEN OVER VEILIGHEID
			-------------------------
			Sanne zorgt dat Noë na school altijd iemand thuis treft.

			WE KIJKEN SAMEN TERUG OP
			------------------------
			8 januari 2027

			AKKOORD
			-------
			- Noë: Ik sta achter dit plan (23 november 2026)
			- Lotje: nog niet
			- Sanne: Ik sta achter dit plan (23 november 2026)
			- Fatima: nog niet
			- <img src=x onerror=alert(1)>: nog niet
			- נועה: nog niet
			- Bart (leerkracht): nog niet
			"
		`);
	});

	test("the child's version in text: own actions first, in simple words", () => {
		const text = planToText(samplePlanDocument(), 'child');
		// Two children: the first child's version unless another is asked for.
		expect(text.startsWith('MIJN PLAN – NOË: Gezin Jansen\n')).toBe(true);
		const mine = text.indexOf('DIT GA IK DOEN');
		const own = text.indexOf('- Noë vraagt een klasgenoot om samen te spelen');
		const others = text.indexOf('DIT DOEN ANDEREN');
		expect(mine).toBeGreaterThan(0);
		expect(own).toBeGreaterThan(mine);
		expect(others).toBeGreaterThan(own);
		expect(text).toContain('(Erbij horen, Wanneer: elke dinsdag, Sanne helpt)');
		expect(text).not.toContain('ZORGEN');
	});

	test('keeps hostile, long, right-to-left and emoji text exactly as typed', () => {
		const text = planToText(samplePlanDocument());
		for (const s of Object.values(HOSTILE)) expect(text).toContain(s);
		expect(text).not.toContain('&lt;');
	});

	test('says what is missing in an empty plan and leaves out empty safety agreements', () => {
		const text = planToText(emptyPlanDocument());
		expect(text).toContain('Nog geen speerpunten gekozen.');
		expect(text).toContain('nog geen datum gekozen');
		expect(text).toContain('- Daan: nog niet');
		expect(text).not.toContain('VEILIGHEID');
	});
});

describe('dates', () => {
	test('a YYYY-MM-DD is the same calendar day in every time zone', () => {
		const tz = process.env.TZ;
		try {
			for (const zone of ['America/Los_Angeles', 'Europe/Amsterdam', 'Pacific/Kiritimati']) {
				process.env.TZ = zone;
				expect(formatDay('2027-01-08')).toBe('8 januari 2027');
				expect(formatDay('2026-11-23')).toBe('23 november 2026');
			}
		} finally {
			if (tz === undefined) delete process.env.TZ;
			else process.env.TZ = tz;
		}
	});

	test('an action date is written out, words and impossible dates stay as typed', () => {
		expect(formatWhen('2026-12-04')).toBe('4 december 2026');
		expect(formatWhen('elke dinsdag')).toBe('elke dinsdag');
		expect(formatWhen('2026-02-31')).toBe('2026-02-31');
	});
});

describe('planToText with a terugblik', () => {
	/** One section of the text, from its heading to the next. */
	const section = (text: string, heading: string) => {
		const start = text.indexOf(`${heading}\n`);
		const rest = text.slice(start);
		const next = rest.slice(heading.length + 1).search(/\n\n[^\n]+\n-{3,}\n/);
		return next < 0 ? rest : rest.slice(0, heading.length + 1 + next);
	};

	test('says what became of the actions, the goals in words and the change, without empty blocks', () => {
		expect(section(planToText(sampleFollowUpDocument()), 'TERUGBLIK')).toMatchInlineSnapshot(`
			"TERUGBLIK
			---------
			Zo ging het met het plan van 12 oktober 2026.

			Wat is er van de acties geworden?
			- Gezinsoverleg op zondag (Mama): Niet gedaan
			- Opa belt op woensdag (Opa): Niet meer nodig
			- Een tekening maken van een veilige plek (Noor): Gedaan (Hangt boven mijn bed)
			- Elke avond even praten (Mama): Deels (Lukte drie keer per week)

			Hoe staat het met de doelen?
			- Gehoord worden: Slechter dan we hoopten (Doel: Iedereen komt aan het woord.)
			- Veilig zijn: Beter dan we hoopten (Doel: Noor voelt zich veilig thuis.)

			Wat is er veranderd bij de speerpunten?
			- Gehoord worden: Mama van 6 naar 5
			- Veilig zijn: Noor van Verdrietig naar Blij (vergeleken met gezichtjes)
			- Veilig zijn: Mama van 5 naar 7"
		`);
	});

	test('a first plan or a plan without the previous one has no terugblik', () => {
		expect(planToText(samplePlanDocument())).not.toContain('TERUGBLIK');
		expect(planToText(followUpWithoutPrevious())).not.toContain('TERUGBLIK');
	});

	test("the child's version says what the child did, only what was done or partly", () => {
		const text = planToText(sampleFollowUpDocument(), 'child');
		expect(section(text, 'DIT HEB IK GEDAAN!')).toMatchInlineSnapshot(`
			"DIT HEB IK GEDAAN!
			------------------
			- Een tekening maken van een veilige plek (Veilig zijn, Gelukt!)"
		`);
		expect(text).not.toContain('TERUGBLIK');
		expect(text).not.toContain('Verdrietig');
	});

	test('no two blank lines anywhere (a wheel leaves nothing behind)', () => {
		expect(planToText(sampleFollowUpDocument())).not.toMatch(/\n\n\n/);
		expect(planToText(samplePlanDocument())).not.toMatch(/\n\n\n/);
	});
});
