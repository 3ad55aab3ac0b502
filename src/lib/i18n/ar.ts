// CONCEPT TRANSLATION — to be checked by a native speaker before use.
// Simple Modern Standard Arabic for everything the app says, with the same shape as nl.ts (the
// source); the elements are in elements.ar.ts, the shared plan in export.ar.ts and backups in
// backup.ar.ts. Nothing falls back to English any more. "Kansencirkel" stays the app's (Latin)
// name, explained once as «دائرة الفرص». Dutch terms without an Arabic equivalent (CJG,
// meldcode, Veilig Thuis) stay in Latin script with a short Arabic explanation. "You" is the
// usual generic masculine of MSA.
import type { nl } from './nl';

export type PluralForms = Record<Intl.LDMLPluralRule, string>;

const pluralRules = new Intl.PluralRules('ar');

/** Arabic has six plural forms (0, 1, 2, 3–10, 11–99, 100+); "#" is replaced by the number. */
export function plural(n: number, forms: PluralForms): string {
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

/** Nominative: on its own, or as the subject. */
export const conversations: PluralForms = {
	zero: 'لا توجد محادثات',
	one: 'محادثة واحدة',
	two: 'محادثتان',
	few: '# محادثات',
	many: '# محادثةً',
	other: '# محادثة'
};

/** Nominative: on its own, or as the subject. */
export const answers: PluralForms = {
	zero: 'لا توجد إجابات',
	one: 'إجابة واحدة',
	two: 'إجابتان',
	few: '# إجابات',
	many: '# إجابةً',
	other: '# إجابة'
};

/** Inside a sentence: zero is a number too, never "لا توجد …". */
const answersInSentence: PluralForms = { ...answers, zero: '# إجابة' };

/** After a preposition ("في"), so the dual is genitive. */
const elementsGenitive: PluralForms = {
	zero: '# عناصر',
	one: 'عنصر واحد',
	two: 'عنصرين',
	few: '# عناصر',
	many: '# عنصرًا',
	other: '# عنصر'
};

const tries: PluralForms = {
	zero: '# محاولة',
	one: 'محاولة واحدة',
	two: 'محاولتان',
	few: '# محاولات',
	many: '# محاولةً',
	other: '# محاولة'
};

/** A label on its own: nominative. */
const minutesIdle: PluralForms = {
	zero: '# دقيقة دون استخدام',
	one: 'دقيقة واحدة دون استخدام',
	two: 'دقيقتان دون استخدام',
	few: '# دقائق دون استخدام',
	many: '# دقيقةً دون استخدام',
	other: '# دقيقة دون استخدام'
};

/** After "بعد", so the dual is genitive. */
const minutesGenitive: PluralForms = {
	zero: '# دقيقة',
	one: 'دقيقة واحدة',
	two: 'دقيقتين',
	few: '# دقائق',
	many: '# دقيقةً',
	other: '# دقيقة'
};

/** After "بعد", so the dual is genitive. */
const secondsGenitive: PluralForms = {
	zero: '# ثانية',
	one: 'ثانية واحدة',
	two: 'ثانيتين',
	few: '# ثوانٍ',
	many: '# ثانيةً',
	other: '# ثانية'
};

export const ar: typeof nl = {
	app: {
		language: 'اللغة',
		concept: 'مسودة',
		name: 'Kansencirkel',
		skip: 'انتقل إلى المحتوى',
		home: 'كل المحادثات',
		saved: 'تم الحفظ',
		saving: 'جارٍ الحفظ…',
		saveFailed: 'لم ينجح الحفظ. نصّك ما زال على الشاشة؛ حاول مرة أخرى بعد قليل.',
		loading: 'جارٍ التحميل…'
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
	setup: {
		deleteTitle: 'حذف المحادثة',
		deleteIntro:
			'بهذا تختفي هذه المحادثة، مع كل الإجابات والخطة، من هذا الجهاز. لا يمكنك التراجع عن ذلك.',
		delete: 'احذف هذه المحادثة',
		deleteConfirmTitle: (title: string) => `هل تريد حذف «${title}»؟`,
		deleteConfirmBody:
			'ستُمسح كل الإجابات والملاحظات والخطة في هذه المحادثة. هل تحتاج إلى نسخة احتياطية؟ إذن أنشئها أولًا.',
		newTitle: 'محادثة جديدة',
		editTitle: 'المشاركون',
		kindLegend: 'ما نوع المحادثة؟',
		titleLabel: 'العنوان',
		titleHelp: 'استخدم اسمًا مستعارًا، مثلًا «عائلة ج.». لا تكتب اسم العائلة.',
		selfTitleHelp: 'مثلًا «دائرة الفرص الخاصة بي». أنت وحدك ترى هذا.',
		participantsLegend: 'مَن يشارك؟',
		participantsHelp:
			'الاسم الأول أو الاسم الذي يُنادى به فقط. بدون اسم العائلة وبدون تاريخ الميلاد.',
		selfLegend: 'عنك',
		nameLabel: 'الاسم الأول أو الاسم الذي يُنادى به',
		roleLabel: 'الدور',
		relationLabel: 'ما صلة هذا الشخص بالطفل؟',
		relationHelp: 'مثلًا المعلّم أو الجد أو الجارة أو المدرّب.',
		ageLabel: 'العمر',
		languageLabel: 'لغة الأسئلة',
		languageSame: 'نفس لغة التطبيق',
		add: 'أضف مشاركًا',
		remove: (name: string, n: number) => `أزِل ${name || `المشارك ${n}`}`,
		modeLegend: 'كيف ستجيبون؟',
		modeOpen: 'مفتوح: يرى الجميع الإجابات فورًا',
		modeTurns: 'بالتناوب: تبقى الإجابات مخفية حتى تنظروا إليها معًا',
		create: 'ابدأ المحادثة',
		save: 'تم',
		errorSummary: 'تحقّق من الحقول التي تظهر فيها رسالة.',
		confirmRemoveTitle: (name: string) => `هل تريد إزالة ${name}؟`,
		confirmRemoveBody: (name: string, n: number) =>
			`لدى ${name} ${plural(n, answersInSentence)} بالفعل. ${n === 2 ? 'وسيتم حذفهما' : 'وسيتم حذفها'} أيضًا.`,
		confirmRemove: 'نعم، أزِل',
		cancel: 'لا، احتفظ',
		atLeastOne: 'يجب أن يكون هناك مشارك واحد على الأقل.',
		participantNumber: (n: number) => `المشارك ${n}`
	},
	errors: {
		'name.empty': 'اكتب اسمًا.',
		'name.tooLong': 'استخدم 40 حرفًا على الأكثر.',
		'name.control': 'استخدم الحروف والأرقام وعلامات الترقيم العادية فقط.',
		'relation.tooLong': 'استخدم 40 حرفًا على الأكثر.',
		'ageGroup.required': 'اختر العمر.',
		'note.tooLong': 'استخدم 2000 حرف على الأكثر.',
		'text.tooLong': 'هذا النص طويل جدًا.',
		'action.whatRequired': 'اكتب ما الذي سيحدث.',
		'action.whoRequired': 'اختر مَن سيقوم بذلك.',
		'date.invalid': 'اختر تاريخًا.',
		'plan.evaluationRequired': 'اختر متى ستراجعون الخطة معًا.',
		'plan.focusRequired': 'اختر محور تركيز واحدًا على الأقل.',
		'profile.labelRequired': 'أعطِ الملف الشخصي اسمًا.',
		'profile.labelTooLong': 'استخدم 30 حرفًا على الأكثر.',
		'profile.passphraseTooShort': 'يجب أن تتكون كلمة المرور من 8 أحرف على الأقل.',
		'profile.pinDigits': 'الرمز السري يتكون من أرقام فقط.',
		'profile.pinTooShort': 'يجب أن يتكون الرمز السري من 6 أرقام على الأقل.',
		'profile.pinTooLong': 'استخدم 20 رقمًا على الأكثر.',
		unknown: 'هذا ليس صحيحًا تمامًا بعد.'
	},
	settings: {
		title: 'الإعدادات',
		data: 'البيانات',
		persistence: 'الحفظ على هذا الجهاز',
		persisted: 'المتصفح يحتفظ ببياناتك، حتى عندما تمتلئ ذاكرة الجهاز.',
		notPersisted:
			'يمكن للمتصفح أن يمسح بياناتك عندما تمتلئ ذاكرة الجهاز. لذلك أنشئ نسخة احتياطية بانتظام.',
		askPersist: 'اطلب من المتصفح أن يحتفظ بكل شيء',
		usage: 'المساحة المستخدمة',
		usageValue: (used: string, quota: string) => `${used} ميغابايت من ${quota} ميغابايت`,
		unknown: 'غير معروف',
		lastBackup: 'آخر نسخة احتياطية',
		never: 'لم تُنشأ بعد',
		reminder: 'لم تُنشئ نسخة احتياطية منذ مدة. مع النسخة الاحتياطية لا تفقد شيئًا إذا حدث خطأ ما.',
		reminderLink: 'أنشئ نسخة احتياطية'
	},
	lock: {
		setupTitle: 'احمِ هذا التطبيق',
		setupIntro:
			'ما تكتبه هنا يتعلق بطفل ويبقى على هذا الجهاز. لذلك تضع عليه قفلًا. لا يُفتح التطبيق إلا بكلمة مرورك أو رمزك السري.',
		noRecovery:
			'إذا نسيت كلمة المرور أو الرمز السري، فلن يستطيع أحد استعادة بياناتك، ولا حتى نحن. لذلك أنشئ نسخة احتياطية من وقت لآخر (الإعدادات).',
		label: 'اسم الملف الشخصي',
		labelHelp:
			'يظهر هذا الاسم على شاشة القفل، لكي تختار ملفك الشخصي. اختر مثلًا «المرشد» أو اسمًا مختصرًا، لا اسمًا كاملًا.',
		secretKind: 'كيف تريد أن تفتح التطبيق؟',
		passphraseKind: 'بكلمة مرور (للكبار)',
		pinKind: 'برمز سري من 6 أرقام على الأقل (للشباب)',
		passphrase: 'كلمة المرور',
		passphraseHelp: '8 أحرف على الأقل. جملة من بضع كلمات قوية وسهلة التذكّر.',
		pin: 'الرمز السري',
		pinHelp: '6 أرقام على الأقل.',
		repeat: (kind: 'passphrase' | 'pin'): string =>
			kind === 'pin' ? 'أعد كتابة الرمز السري' : 'أعد كتابة كلمة المرور',
		mismatch: (kind: 'passphrase' | 'pin'): string =>
			kind === 'pin' ? 'الرمزان السريان غير متطابقين.' : 'كلمتا المرور غير متطابقتين.',
		create: 'أنشئ الملف الشخصي',
		creating: 'جارٍ إنشاء القفل…',
		lockedTitle: 'التطبيق مقفل',
		lockedIntro: 'اختر ملفك الشخصي واكتب كلمة المرور أو الرمز السري.',
		profile: 'الملف الشخصي',
		unlock: 'افتح التطبيق',
		unlocking: 'جارٍ الفتح…',
		wrong: (kind: 'passphrase' | 'pin'): string =>
			kind === 'pin' ? 'هذا الرمز السري غير صحيح.' : 'كلمة المرور هذه غير صحيحة.',
		triesLeft: (n: number) => `بقيت لك ${plural(n, tries)}، ثم عليك أن تنتظر قليلًا.`,
		wait: (seconds: number) =>
			`عدد المحاولات الخاطئة كبير جدًا. حاول مرة أخرى بعد ${
				seconds >= 120
					? plural(Math.ceil(seconds / 60), minutesGenitive)
					: plural(seconds, secondsGenitive)
			}.`,
		newProfile: 'ملف شخصي جديد',
		newProfileTitle: 'ملف شخصي جديد على هذا الجهاز',
		newProfileIntro:
			'لكل ملف شخصي قفله الخاص ومحادثاته الخاصة. لا يرى أي ملف شخصي محادثات ملف شخصي آخر أبدًا.',
		back: 'رجوع',
		lockNow: 'اقفل',
		lockNowLong: 'اقفل التطبيق',
		security: 'القفل والملف الشخصي',
		currentProfile: (label: string) => `أنت تستخدم الملف الشخصي «${label}».`,
		lockAfter: 'القفل بعد',
		lockAfterHelp: 'يُقفَل التطبيق أيضًا عندما تطفئ الشاشة أو تنتقل إلى تطبيق آخر.',
		minutes: (n: number) => plural(n, minutesIdle),
		switchProfile: 'بدّل الملف الشخصي',
		changeTitle: 'تغيير كلمة المرور أو الرمز السري',
		current: 'كلمة المرور أو الرمز السري الحالي',
		changeSubmit: 'غيّر',
		changed: 'تم التغيير. استخدم الجديد من الآن.',
		wrongCurrent: 'كلمة المرور أو الرمز السري الحالي غير صحيح. لم يتغير شيء.',
		wipeTitle: 'امسح كل شيء على هذا الجهاز',
		wipeIntro:
			'بهذا تختفي كل الملفات الشخصية والمحادثات والخطط من هذا الجهاز، ومنها ما يخص ملفات شخصية أخرى. لا يمكنك التراجع عن ذلك.',
		wipe: 'امسح كل شيء',
		wipeConfirmTitle: 'هل تريد حقًا مسح كل شيء؟',
		wipeConfirmBody:
			'ستُمسح كل الملفات الشخصية والمحادثات والخطط على هذا الجهاز. هل تحتاج إلى نسخة احتياطية؟ إذن أنشئها أولًا.',
		wiped: 'تم مسح كل شيء.',
		locking: 'جارٍ قفل التطبيق…',
		deleteProfileTitle: 'حذف هذا الملف الشخصي',
		deleteProfileIntro:
			'توجد ملفات شخصية أخرى على هذا الجهاز. يمكنك أن تحذف ملفك الشخصي فقط، مع كل محادثاتك وخططك. تبقى الملفات الشخصية الأخرى كما هي. لا يمكنك التراجع عن ذلك.',
		deleteProfile: 'احذف ملفي الشخصي',
		deleteProfileConfirmTitle: 'هل تريد حقًا حذف ملفك الشخصي؟',
		deleteProfileConfirmBody:
			'سيُمسح ملفك الشخصي وكل محادثاتك وخططك على هذا الجهاز. هل تحتاج إلى نسخة احتياطية؟ إذن أنشئها أولًا.'
	},
	update: {
		ready: 'يوجد إصدار جديد من التطبيق. ما تكتبه يبقى محفوظًا.',
		apply: 'حدّث الآن',
		later: 'ليس الآن'
	},
	storageError: {
		title: 'تعذّر فتح البيانات',
		body: 'بياناتك لم تضِع، لكن التطبيق لا يستطيع قراءتها الآن. قد يحدث هذا عندما يكون إصدار آخر من التطبيق مفتوحًا في علامة تبويب أخرى. أغلق علامات التبويب الأخرى وأعد تحميل الصفحة. ما زال لا يعمل؟ إذن نزّل نسخة خام واحفظها في مكان آمن.',
		rawCopy: 'نزّل نسخة خام من كل البيانات',
		rawFailed: 'لم تنجح النسخة الخام أيضًا. أعد تحميل الصفحة وحاول مرة أخرى.',
		details: 'تفاصيل تقنية'
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
		turnsHelp: 'مرّروا الجهاز اللوحي. لا يرى أحد إجابات الآخرين حتى تنظروا إليها معًا.',
		readAloud: (what: string) => `اقرأ بصوت عالٍ: ${what}`,
		stopReading: 'أوقف القراءة بصوت عالٍ',
		helperQuestion: 'للشخص البالغ الذي يساعد:',
		questionLanguage: (language: string) => `لغة الأسئلة: ${language}`
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
	},
	overview: {
		title: 'النظرة العامة',
		wheelTitle: (title: string) => `دائرة الفرص: ${title}`,
		legend: 'مَن هو مَن',
		pointLabel: (name: string, score: string) => `${name}: ${score}`,
		legendNoScores: '(لا توجد إجابة بعد)',
		agenda: 'عمّ نريد أن نتحدث؟',
		flagged: 'شخص ما يريد أن يتحدث عن هذا',
		flaggedBy: (names: string) => `ذكر ذلك: ${names}`,
		differences: 'هنا تختلف نظرتكم',
		lowest: 'أدنى الدرجات',
		lowestBy: (name: string, score: string) => `${name}: ${score}`,
		emptyAgenda:
			'لا يوجد شيء على جدول الأعمال بعد. فعّل «أريد أن أتحدث عن هذا» عند أحد العناصر، أو أعطوا الدرجات أولًا.',
		table: 'كل الدرجات في جدول',
		element: 'العنصر',
		back: 'رجوع إلى العناصر',
		openElement: (name: string) => `افتح ${name}`,
		makePlan: 'ضعوا خطة',
		and: 'و'
	},
	plan: {
		title: 'الخطة المشتركة',
		intro:
			'ضعوا معًا خطة يدعمها الجميع، والطفل أيضًا. الاقتراحات تأتي من إجاباتكم أنتم: اعتمدوها أو عدّلوها أو أزيلوها.',
		statusConcept: 'مسودة',
		statusAgreed: 'متفق عليها',
		statusLabel: 'الحالة',
		cleared:
			'تغيّرت الخطة. لذلك أُزيلت علامات الموافقة: انظروا معًا مرة أخرى هل ما زال الجميع يدعمها.',
		strengths: 'ما الذي يسير بشكل جيد؟',
		strengthsHelp: 'نقاط قوة يمكن البناء عليها.',
		worries: 'مخاوف',
		worriesHelp: 'بكلماتكم أنتم.',
		suggestions: 'اقتراحات من المحادثة',
		suggestedBy: (name: string, element: string) => `${name}، في ${element}`,
		accept: 'اعتمد',
		acceptLabel: (text: string) => `اعتمد: ${text}`,
		dismiss: 'أزِل',
		dismissLabel: (text: string) => `أزِل الاقتراح: ${text}`,
		itemLabel: (n: number) => `البند ${n}`,
		removeItem: (n: number) => `أزِل البند ${n}`,
		addOwn: 'أضف بندًا من عندكم',
		noItems: 'لا يوجد شيء في الخطة بعد.',
		focus: 'محاور التركيز',
		focusHelp: 'اختاروا معًا من عنصر واحد إلى ثلاثة عناصر للعمل عليها.',
		focusMax:
			'لا تختاروا أكثر من ثلاثة. مع محاور قليلة تبقى الخطة قابلة للتنفيذ: أزيلوا واحدًا أولًا.',
		suggested: 'مقترح',
		reason: {
			flagged: 'شخص ما يريد أن يتحدث عنه',
			difference: 'تختلف نظرتكم إليه',
			low: 'درجة منخفضة'
		},
		goal: (element: string) => `الهدف في ${element}`,
		goalHelp: 'بكلماتكم أنتم، في جملة أو جملتين.',
		actions: 'الإجراءات',
		noActions: 'لا توجد إجراءات بعد.',
		newAction: 'إجراء جديد',
		newActionFor: (element: string) => `إجراء جديد في ${element}`,
		what: 'ماذا سيحدث؟',
		who: 'مَن سيقوم به؟',
		whoPick: 'اختر شخصًا',
		when: 'متى؟',
		whenHelp: 'تاريخ، أو مثلًا «كل أسبوع».',
		whenOptions: ['كل يوم', 'كل أسبوع', 'قبل الموعد القادم', 'هذا الأسبوع'],
		support: 'مَن يساعد؟ (يمكن تركه فارغًا)',
		addAction: 'أضف الإجراء',
		removeAction: (what: string) => `أزِل الإجراء: ${what}`,
		actionWhat: 'ماذا',
		actionWho: 'مَن',
		actionWhen: 'متى',
		actionSupport: 'الدعم',
		supporters: 'مَن يساعد أيضًا؟',
		supportersHelp: 'أشخاص من محيط الأسرة، مثل المعلّم أو الجدة أو الجارة.',
		supporterName: 'الاسم',
		supporterRelation: 'ما صلة هذا الشخص بالأسرة؟',
		addSupporter: 'أضف إلى الخطة',
		removeSupporter: (name: string) => `أزِل ${name}`,
		planB: 'إذا سارت الأمور بشكل مختلف',
		planBHelp: 'ماذا تفعلون إذا لم تسر الأمور كما خُطّط لها؟',
		safety: 'اتفاقات حول الأمان',
		safetyHelp: 'على ماذا تتفقون لكي يكون الجميع في أمان؟ مَن ينتبه لذلك؟',
		coachHint: 'للمرشد',
		coachHintBody:
			'اتّبع خطوات الـ meldcode (البروتوكول الهولندي للإبلاغ عن العنف المنزلي وإساءة معاملة الأطفال). لا تناقش المخاوف المتعلقة بالأمان بحضور الطفل أو أحد المعنيين إذا لم يكن ذلك آمنًا. تشاور مع زميل أو مع Veilig Thuis (المركز الهولندي للاستشارة والإبلاغ عن العنف المنزلي وإساءة معاملة الأطفال).',
		followUp: 'المتابعة والمراجعة',
		otherwise: 'الخطة البديلة والأمان',
		regisseur: 'مَن يتابع الخطة؟',
		regisseurHelp: 'المنسّق يتأكد من تنفيذ الخطة. يمكن أن يكون أحد الوالدين أيضًا.',
		nobody: 'لم يُختَر بعد',
		evaluation: 'متى تراجعون الخطة معًا؟',
		evaluationHelp: 'ضروري للاتفاق على الخطة.',
		agreement: 'هل يدعم الجميع هذه الخطة؟',
		agreementHelp: 'كل شخص يضع علامة الموافقة بنفسه، والطفل أيضًا.',
		agree: (name: string) => `${name}: أنا أدعم هذه الخطة`,
		agreedAt: (date: string) => `تمت الموافقة في ${date}`,
		blocked: 'مطلوب أولًا:',
		share: 'شارك الخطة',
		print: 'اطبع',
		pdf: 'شارك كملف PDF',
		pdfBusy: 'جارٍ إنشاء ملف PDF…',
		html: 'نزّل كصفحة ويب',
		text: 'انسخ كنص',
		copied: 'تم نسخ الخطة.',
		copyFailed: 'لم ينجح النسخ. حدّد النص أدناه وانسخه بنفسك.',
		shared: 'تمت المشاركة.',
		downloaded: 'تم التنزيل.',
		child: 'نسخة الطفل',
		childTitle: 'خطتي',
		backToPlan: 'رجوع إلى الخطة',
		backToOverview: 'رجوع إلى النظرة العامة',
		exportFailed: 'تعذّر إنشاء الملف. حاول مرة أخرى.'
	}
};
