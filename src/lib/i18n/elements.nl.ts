import type { ElementCatalogue } from './types';

// Dutch names, explanations and open questions per audience for the eight kansencirkel elements.
// Strengths and chances first; each element also asks about the child's own part.
export const elementsNl: ElementCatalogue = {
	heard: {
		name: 'Gehoord worden',
		wheelLabel: ['Gehoord', 'worden'],
		explanation:
			'Mensen luisteren naar je, nemen je serieus en je mag meepraten over wat jou aangaat.',
		questions: {
			'child-4-7': [
				'Wie luistert goed naar jou?',
				'Waar mag jij zelf over kiezen?',
				'Wat doe je als je iets wilt vertellen?'
			],
			'child-8-12': [
				'Bij wie kun je goed je verhaal kwijt, thuis of op school?',
				'Waarover mag jij meebeslissen, bijvoorbeeld thuis of in de klas?',
				'Wat doe jij zelf om te laten horen wat je vindt?'
			],
			'youth-12-18': [
				'Waaraan merk je dat mensen jouw mening serieus nemen?',
				'Over welke keuzes in je leven wil je meer zelf beslissen?',
				'Hoe laat jij merken wat je wilt, ook als anderen er anders over denken?'
			],
			parent: [
				'Wanneer merk je dat je kind zich gehoord voelt?',
				'Waarover mag je kind meebeslissen, en waarover nog niet?',
				'Wat heb jij nodig om goed naar je kind te kunnen luisteren?'
			],
			professional: [
				'Wanneer zie je dat het kind durft te zeggen wat het vindt?',
				'Waar krijgt het kind de kans om mee te beslissen over wat het aangaat?',
				'Wat kan helpen zodat het kind zich beter gehoord voelt?'
			]
		}
	},
	belonging: {
		name: 'Erbij horen',
		wheelLabel: ['Erbij', 'horen'],
		explanation:
			'Je hoort ergens bij: in de klas, bij vrienden, op de club of in de buurt, en je doet mee.',
		questions: {
			'child-4-7': [
				'Met wie speel je graag?',
				'Waar ben je graag samen met andere kinderen?',
				'Wat doe jij als een kind alleen speelt?'
			],
			'child-8-12': [
				'Bij welke groep hoor jij graag, op school, op de club of in de buurt?',
				'Wat doe jij om andere kinderen erbij te laten horen?',
				'Wanneer voel je je weleens alleen, en wat helpt je dan?'
			],
			'youth-12-18': [
				'Bij welke mensen of groepen kun je helemaal jezelf zijn?',
				'Hoe help jij mee aan een groep waar iedereen welkom is?',
				'Waar zou je graag meer bij willen horen, en wat houdt je tegen?'
			],
			parent: [
				'Bij welke groepen hoort je kind, en waaraan zie je dat het zich er welkom voelt?',
				'Hoe gaat je kind om met andere kinderen, in de klas en daarbuiten?',
				'Wat heb jij nodig om je kind te helpen vriendschappen te maken?'
			],
			professional: [
				'In welke groepen zie je het kind goed meedoen?',
				'Hoe gaan andere kinderen met het kind om, en het kind met hen?',
				'Wat kan helpen zodat het kind er nog meer bij hoort?'
			]
		}
	},
	responsibility: {
		name: 'Verantwoordelijkheid nemen',
		wheelLabel: ['Verantwoor-', 'delijkheid', 'nemen'],
		explanation:
			'Je krijgt taken die bij je passen, thuis en op school, en je zorgt goed voor jezelf en anderen.',
		questions: {
			'child-4-7': [
				'Waarmee help jij thuis?',
				'Wat kun jij al helemaal zelf?',
				'Voor wie of wat zorg jij graag?'
			],
			'child-8-12': [
				'Welke taken heb jij thuis of in de klas?',
				'Wat heb je laatst zelf geregeld waar je trots op bent?',
				'Wat doe je als er iets misgaat, bijvoorbeeld bij ruzie of een vergeten taak?'
			],
			'youth-12-18': [
				'Voor welke dingen draag je nu zelf de verantwoordelijkheid?',
				'Waarin zou je meer vertrouwen willen krijgen om het zelf te doen?',
				'Hoe ga je om met de gevolgen van je eigen keuzes?'
			],
			parent: [
				'Welke taken kan je kind al goed zelf doen?',
				'Waarin zou je kind meer zelf kunnen doen, en wat helpt daarbij?',
				'Wat heb jij nodig om je kind taken te geven die bij de leeftijd passen?'
			],
			professional: [
				'Welke taken pakt het kind goed op, thuis, op school of op de club?',
				'Hoeveel verantwoordelijkheid draagt het kind, en past dat bij wat het aankan?',
				'Wat kan het kind helpen om een passende rol op te pakken?'
			]
		}
	},
	developing: {
		name: 'Kunnen ontwikkelen',
		wheelLabel: ['Kunnen', 'ontwikkelen'],
		explanation:
			'Je leert nieuwe dingen, ontdekt waar je goed in bent en krijgt de kans om te groeien.',
		questions: {
			'child-4-7': [
				'Wat heb je laatst geleerd?',
				'Waar ben jij goed in?',
				'Wat wil je nog graag leren?'
			],
			'child-8-12': [
				'Waar ben jij goed in, op school of daarbuiten?',
				'Wat wil je graag beter kunnen, en wie kan je daarbij helpen?',
				'Wat doe je als iets moeilijk is om te leren?'
			],
			'youth-12-18': [
				'Welke talenten of interesses wil je verder ontwikkelen?',
				'Wat helpt jou om door te zetten als iets lastig is?',
				'Waar wil je over een paar jaar staan, en wat heb je daarvoor nodig?'
			],
			parent: [
				'Waar is je kind goed in, en waar geniet het van?',
				'Hoe gaat het leren op school, en wat zou je kind daarbij kunnen helpen?',
				'Wat heb jij nodig om je kind te steunen bij leren en ontdekken?'
			],
			professional: [
				'Welke talenten en sterke kanten zie je bij het kind?',
				'Hoe gaat het leren, en waar zie je groei?',
				'Welke kansen of hulp kunnen het kind verder helpen in de ontwikkeling?'
			]
		}
	},
	active: {
		name: 'Actief zijn',
		wheelLabel: ['Actief', 'zijn'],
		explanation:
			'Je speelt, sport, maakt muziek of doet iets anders wat je leuk vindt, en je kunt ook uitrusten.',
		questions: {
			'child-4-7': [
				'Wat speel je het liefst?',
				'Wat doe je graag buiten?',
				'Hoe rust jij lekker uit?'
			],
			'child-8-12': [
				'Wat doe je graag in je vrije tijd?',
				'Welke sport, club of hobby zou je graag eens willen proberen?',
				'Hoe kom jij tot rust na een drukke dag?'
			],
			'youth-12-18': [
				'Waar haal je energie uit in je vrije tijd?',
				'Wat zou je graag doen dat nu nog niet lukt, en waardoor komt dat?',
				'Hoe verdeel je je tijd tussen school, hobby, schermen en rust?'
			],
			parent: [
				'Wat doet je kind graag in de vrije tijd?',
				'Welke sport, club of hobby past bij je kind, en wat maakt meedoen soms lastig?',
				'Wat heb jij nodig om je kind te laten sporten, spelen of ontspannen?'
			],
			professional: [
				'Waar zie je het kind plezier hebben in spel, sport of cultuur?',
				'Wat maakt dat het kind wel of niet meedoet aan activiteiten buiten school?',
				'Welke activiteit of regeling kan het kind helpen om actief te zijn of te ontspannen?'
			]
		}
	},
	healthy: {
		name: 'Gezond zijn',
		wheelLabel: ['Gezond', 'zijn'],
		explanation:
			'Je voelt je goed in je lijf en in je hoofd, je maakt gezonde keuzes en krijgt hulp als dat nodig is.',
		questions: {
			'child-4-7': [
				'Wanneer voel jij je lekker in je lijf?',
				'Welk gezond eten vind jij lekker?',
				'Wat helpt jou als je je niet fijn voelt?'
			],
			'child-8-12': [
				'Wat doe jij om je fit en lekker te voelen?',
				'Hoe slaap je, en wat helpt je om goed te slapen?',
				'Bij wie kun je terecht als je je niet lekker voelt of verdrietig bent?'
			],
			'youth-12-18': [
				'Hoe gaat het met je, met je lijf en in je hoofd?',
				'Welke gezonde keuzes maak je, en wat vind je lastig?',
				'Aan wie zou je hulp vragen als het minder goed met je gaat?'
			],
			parent: [
				'Hoe gaat het met de gezondheid van je kind, met het lijf en in het hoofd?',
				'Wat doet je kind zelf om gezond te blijven, zoals eten, slapen en bewegen?',
				'Wat heb jij nodig om goed voor de gezondheid van je kind te zorgen?'
			],
			professional: [
				'Wat valt je positief op aan hoe het kind zich lichamelijk en emotioneel voelt?',
				'Welke gezonde gewoontes heeft het kind, en waarbij kan het steun gebruiken?',
				'Welke zorg of hulp heeft het kind nu, en wat zou nog kunnen helpen?'
			]
		}
	},
	home: {
		name: 'Een thuis hebben',
		wheelLabel: ['Een thuis', 'hebben'],
		explanation:
			'Je hebt een fijne plek om op te groeien, met mensen die voor je zorgen en om je geven.',
		questions: {
			'child-4-7': [
				'Wat vind je fijn aan thuis?',
				'Wie zorgt er voor jou?',
				'Wat doe je thuis graag samen?'
			],
			'child-8-12': [
				'Wat maakt thuis een fijne plek voor jou?',
				'Met wie kun je thuis praten als je ergens mee zit?',
				'Als je een wens mocht doen voor thuis, wat zou dat zijn?'
			],
			'youth-12-18': [
				'Hoe voelt het voor jou om thuis te zijn?',
				'Wie geven jou steun en aandacht, thuis of in de familie?',
				'Wat zou thuis voor jou nog fijner maken?'
			],
			parent: [
				'Wat gaat er goed bij jullie thuis?',
				'Op welke momenten hebben jij en je kind het fijn samen?',
				'Wat heb jij nodig om de opvoeding vol te houden, en wie kan je daarbij steunen?'
			],
			professional: [
				'Welke warmte en zorg zie je rond het kind?',
				'Welke steun hebben de ouders, uit de familie, de buurt of van hulpverleners?',
				'Wat zou het gezin helpen om het kind een goede plek te geven om op te groeien?'
			]
		}
	},
	safe: {
		name: 'Veilig zijn',
		wheelLabel: ['Veilig', 'zijn'],
		explanation:
			'Je voelt je veilig thuis, op school en buiten, en je gaat zelf ook goed met anderen om.',
		questions: {
			'child-4-7': [
				'Waar voel jij je fijn en veilig?',
				'Naar wie ga je als iets spannend is?',
				'Hoe zorg jij dat andere kinderen zich fijn voelen?'
			],
			'child-8-12': [
				'Op welke plekken voel jij je veilig, thuis, op school of buiten?',
				'Met wie kun je praten als er iets is wat je niet fijn vindt?',
				'Hoe zorg jij ervoor dat anderen zich veilig voelen bij jou?'
			],
			'youth-12-18': [
				'Waar en bij wie voel je je echt veilig, ook online?',
				'Bij wie kun je terecht als iets niet goed voelt?',
				'Hoe ga jij met anderen om, zodat zij zich bij jou ook veilig voelen?'
			],
			parent: [
				'Waar voelt je kind zich veilig, en waaraan merk je dat?',
				"Hoe gaat je kind om met risico's, buiten en online?",
				'Wat heb jij nodig om je kind een veilige omgeving te geven?'
			],
			professional: [
				'Waar en bij wie lijkt het kind zich veilig te voelen?',
				'Wat zie je aan het gedrag van het kind dat iets zegt over hoe veilig het zich voelt?',
				'Wat is er nodig zodat het kind zich thuis, op school en buiten veilig voelt?'
			]
		}
	}
};
