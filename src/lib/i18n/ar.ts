// CONCEPT TRANSLATION — to be checked by a native speaker before use.
// Simple Modern Standard Arabic for the interface chrome only (app, home, kinds, roles, age
// groups, the walk-through with its score faces and note fields, handing over the tablet, the
// update banner and "not found"). Everything missing here falls back to English at runtime; the
// integrator does that merge. app.name is left out on purpose: "Kansencirkel" stays the app's
// name and comes from the English catalogue.
import type { DeepPartial } from './deep-partial';
import type { nl } from './nl';
import type { ElementCatalogue } from './types';

type PluralForms = Record<Intl.LDMLPluralRule, string>;

const pluralRules = new Intl.PluralRules('ar');

/** Arabic has six plural forms (0, 1, 2, 3–10, 11–99, 100+); "#" is replaced by the number. */
function plural(n: number, forms: PluralForms): string {
	return forms[pluralRules.select(n)].replace('#', String(n));
}

const participants: PluralForms = {
	zero: 'لا يوجد مشاركون',
	one: 'مشارك واحد',
	two: 'مشاركان',
	few: '# مشاركين',
	many: '# مشاركًا',
	other: '# مشارك'
};

const conversations: PluralForms = {
	zero: 'لا توجد محادثات',
	one: 'محادثة واحدة',
	two: 'محادثتان',
	few: '# محادثات',
	many: '# محادثةً',
	other: '# محادثة'
};

/** After a preposition ("في"), so the dual is genitive. */
const elementsGenitive: PluralForms = {
	zero: '# عناصر',
	one: 'عنصر واحد',
	two: 'عنصرين',
	few: '# عناصر',
	many: '# عنصرًا',
	other: '# عنصر'
};

export const arPartial: DeepPartial<typeof nl> = {
	app: {
		skip: 'انتقل إلى المحتوى',
		home: 'كل المحادثات',
		saved: 'تم الحفظ',
		saving: 'جارٍ الحفظ…',
		saveFailed: 'لم ينجح الحفظ. نصّك ما زال على الشاشة؛ حاول مرة أخرى بعد قليل.',
		loading: 'جارٍ التحميل…',
		language: 'اللغة',
		concept: 'مسودة'
	},
	home: {
		title: 'المحادثات على هذا الجهاز',
		intro:
			'مع Kansencirkel («دائرة الفرص») تتحدثون معًا عن حال الطفل: في البيت وفي المدرسة وفي كل مكان آخر. كل شخص يشارك رأيه في ثمانية مواضيع، ثم تضعون خطة معًا.',
		privacy: 'كل شيء يبقى على هذا الجهاز. لا يُرسَل أي شيء عبر الإنترنت.',
		start: 'محادثة جديدة',
		filter: 'ابحث بالعنوان',
		noMatch: (q: string) => `لم نجد محادثة فيها «${q}».`,
		progress: (done: number, total: number) => `العناصر: ${done} من ${total}`,
		participants: (n: number) => plural(n, participants),
		changed: (date: string) => `آخر تحديث: ${date}`,
		count: (n: number) => plural(n, conversations)
	},
	kind: {
		family: 'محادثة عائلية',
		self: 'تأمّل ذاتي'
	},
	kindHelp: {
		family: 'يتحدث المرشد والطفل والوالدان (وكل من يشارك أيضًا) معًا.',
		self: 'يفكّر الشاب أو الشابة وحده في العناصر الثمانية، استعدادًا لمحادثة.'
	},
	role: {
		child: 'طفل أو شاب',
		parent: 'أحد الوالدين أو مقدّم الرعاية',
		coach: 'مرشد الأسرة (CJG)',
		network: 'شخص من محيط الأسرة'
	},
	ageGroup: {
		'4-7': 'من 4 إلى 7 سنوات',
		'8-12': 'من 8 إلى 12 سنة',
		'12-18': 'من 12 إلى 18 سنة'
	},
	update: {
		ready: 'يوجد إصدار جديد من التطبيق. ما تكتبه يبقى محفوظًا.',
		apply: 'حدّث الآن',
		later: 'ليس الآن'
	},
	notFound: {
		title: 'هذه المحادثة غير موجودة (لم تعد موجودة)',
		body: 'ربما حُذفت، أو أن الرابط غير صحيح تمامًا.',
		home: 'إلى كل المحادثات'
	},
	walk: {
		progress: (n: number, total: number) => `العنصر ${n} من ${total}`,
		previous: 'السابق',
		next: 'التالي',
		toOverview: 'إلى النظرة العامة',
		jumpLabel: 'انتقل إلى عنصر',
		jumpTo: (n: number, name: string, done: boolean) =>
			`العنصر ${n}: ${name}${done ? ' (مكتمل)' : ''}`,
		questionsFor: (name: string) => `أسئلة إلى ${name}`,
		scoreLegend: (name: string) => `درجة ${name}`,
		scoreHelp: '1 تعني سيئ جدًا، و10 تعني جيد جدًا.',
		noAnswer: 'لا توجد إجابة بعد',
		clearScore: 'امسح الدرجة',
		faceLegend: (name: string) => `ما شعور ${name} تجاه هذا؟`,
		strengths: 'ما الذي يسير بشكل جيد؟',
		worries: 'مخاوف',
		wishes: 'ما المطلوب؟ أمنيات',
		talk: 'أريد أن أتحدث عن هذا',
		characters: (n: number, max: number) => `عدد الأحرف: ${n} من ${max}`,
		editParticipants: 'المشاركون',
		turnsSwitch: 'بالتناوب (الإجابات مخفية)',
		turnsHelp: 'مرّروا الجهاز اللوحي. لا يرى أحد إجابات الآخرين حتى تنظروا إليها معًا.'
	},
	turns: {
		handOver: (name: string) => `أعطِ الجهاز اللوحي إلى ${name}`,
		handOverHelp: 'نرجو من الآخرين ألّا ينظروا للحظة.',
		iAm: (name: string) => `أنا ${name}، سأبدأ`,
		done: (name: string) => `انتهيت، أخفِ إجابة ${name}`,
		allDone: 'أجاب الجميع',
		allDoneHelp: 'انظروا الآن معًا إلى كل الإجابات.',
		reveal: 'أظهر كل الإجابات',
		hidden: 'الإجابة مخفية',
		waiting: (n: number, total: number) => `أجاب ${n} من ${total}`,
		overviewHidden: (n: number) =>
			`ما زالت هناك إجابات مخفية في ${plural(n, elementsGenitive)}. هذه الإجابات لا تظهر في النظرة العامة بعد.`
	},
	faces: {
		1: 'حزين جدًا',
		2: 'حزين',
		3: 'لا بأس',
		4: 'سعيد',
		5: 'سعيد جدًا'
	}
};

/** One complete element as a sample; the others fall back to English. */
export const elementsArPartial: Partial<ElementCatalogue> = {
	heard: {
		name: 'أن يُسمَع صوتك',
		explanation: 'الناس يستمعون إليك ويأخذونك بجدية، ولك أن تشارك في الحديث عمّا يخصّك.',
		questions: {
			'child-4-7': [
				'مَن يستمع إليك جيدًا؟',
				'ماذا تختار بنفسك؟',
				'ماذا تفعل عندما تريد أن تحكي شيئًا؟'
			],
			'child-8-12': [
				'مع مَن تستطيع أن تتكلم بسهولة عمّا في قلبك، في البيت أو في المدرسة؟',
				'في أي أمور تشارك في القرار، مثلًا في البيت أو في الصف؟',
				'ماذا تفعل أنت لكي يعرف الآخرون رأيك؟'
			],
			'youth-12-18': [
				'كيف تلاحظ أن الناس يأخذون رأيك بجدية؟',
				'ما الاختيارات في حياتك التي تريد أن تقررها بنفسك أكثر؟',
				'كيف تُظهر ما تريده، حتى عندما يرى الآخرون الأمر بشكل مختلف؟'
			],
			parent: [
				'متى تلاحظ أن طفلك يشعر بأن صوته مسموع؟',
				'في أي أمور يشارك طفلك في القرار، وفي أيها ليس بعد؟',
				'ماذا تحتاج لكي تستمع جيدًا إلى طفلك؟'
			],
			professional: [
				'متى ترى أن الطفل يجرؤ على قول رأيه؟',
				'أين يحصل الطفل على فرصة المشاركة في القرارات التي تخصّه؟',
				'ما الذي يمكن أن يساعد الطفل على الشعور بأن صوته مسموع أكثر؟'
			]
		}
	}
};
