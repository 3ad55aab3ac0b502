// CONCEPT TRANSLATION — to be checked by a native speaker before use.
// Simple Modern Standard Arabic for making and restoring a backup, after backup.nl.ts. Every
// message about a file that cannot be opened ends in the same comfort: nothing on this device
// was changed.
import { answers, conversations, plural, type PluralForms } from './ar';
import type { backupNl } from './backup.nl';

/** After a verbal noun ("تمت إضافة …"), so the dual is genitive. */
const conversationsGenitive: PluralForms = {
	zero: '# محادثة',
	one: 'محادثة واحدة',
	two: 'محادثتين',
	few: '# محادثات',
	many: '# محادثةً',
	other: '# محادثة'
};

/** Inside a sentence: zero is a number too, never "لا توجد …". */
const conversationsInSentence: PluralForms = { ...conversations, zero: '# محادثة' };

export const backupAr: typeof backupNl = {
	errors: {
		empty: 'هذا الملف فارغ.',
		tooLarge: 'هذا الملف كبير جدًا. حجم النسخة الاحتياطية 25 ميغابايت على الأكثر.',
		corrupt: 'هذا الملف تالف أو غير كامل.',
		notBackup: 'هذا الملف ليس نسخة احتياطية من Kansencirkel.',
		unknownVersion:
			'لا يظهر في هذا الملف بوضوح أي إصدار من التطبيق أنشأه. ربما هو تالف أو تم تغييره.',
		newerVersion: 'أُنشئت هذه النسخة الاحتياطية بإصدار أحدث من التطبيق. حدّث التطبيق أولًا.',
		encrypted: 'هذه النسخة الاحتياطية محمية بكلمة مرور. اكتب كلمة مرور النسخة الاحتياطية.',
		wrongPassphrase:
			'كلمة المرور هذه لا تناسب هذه النسخة الاحتياطية، أو أن الملف تم تغييره. حاول مرة أخرى.',
		unknownEncoding:
			'حُفظت هذه النسخة الاحتياطية بطريقة لا يعرفها هذا الإصدار من التطبيق. حدّث التطبيق أولًا.',
		forbiddenKey: 'في هذا الملف بيانات غير صحيحة (فيه أجزاء لا مكان لها في نسخة احتياطية).',
		invalidEnvelope: 'في هذا الملف بيانات غير صحيحة (المعلومات عن النسخة الاحتياطية نفسها خاطئة).',
		tooMany:
			'في هذا الملف محادثات أو إجابات كثيرة جدًا. النسخة الاحتياطية تحتوي على ألف محادثة و50 ألف إجابة على الأكثر.',
		scopeMismatch:
			'في هذا الملف بيانات غير صحيحة (النسخة الاحتياطية لمحادثة واحدة يجب أن تحتوي على محادثة واحدة بالضبط).',
		invalidRecord:
			'في هذا الملف بيانات غير صحيحة (مثلًا درجة ليست من 1 إلى 10، أو اسم طويل جدًا، أو تاريخ غير موجود).',
		duplicate: 'في هذا الملف بيانات غير صحيحة (المحادثة نفسها أو الإجابة نفسها موجودة فيه مرتين).',
		brokenReference:
			'في هذا الملف بيانات غير صحيحة (توجد إجابات أو خطة بدون المحادثة أو الشخص الذي تنتمي إليه).'
	},
	nothingChanged: 'لم يتغير شيء على هذا الجهاز.',
	restoreFailed: 'لم تنجح الاستعادة. لم يتغير شيء على هذا الجهاز. حاول مرة أخرى.',

	// Making a backup
	makeAll: 'أنشئ نسخة احتياطية من كل المحادثات',
	makeOne: 'أنشئ نسخة احتياطية من هذه المحادثة',
	made: 'تم إنشاء النسخة الاحتياطية. احفظ الملف في مكان آمن.',
	privacyNote:
		'في النسخة الاحتياطية أسماء ودرجات وملاحظات. لذلك تحميها بكلمة مرور. لا تشارك الملف إلا مع مَن يُسمح له برؤيته.',
	passphrase: 'كلمة مرور هذه النسخة الاحتياطية',
	passphraseRepeat: 'أعد كتابة كلمة المرور',
	passphraseHelp:
		'8 أحرف على الأقل. تحتاج إلى كلمة المرور هذه لاستعادة النسخة الاحتياطية. بدون كلمة المرور لا يستطيع أحد فتح النسخة الاحتياطية، ولا حتى نحن.',
	passphraseTooShort: 'يجب أن تتكون كلمة المرور من 8 أحرف على الأقل.',
	passphraseMismatch: 'كلمتا المرور غير متطابقتين.',
	encrypting: 'جارٍ حماية النسخة الاحتياطية…',
	download: 'احفظ النسخة الاحتياطية',
	openWithPassphrase: 'افتح',
	decrypting: 'جارٍ فتح النسخة الاحتياطية…',

	// Restoring
	restoreTitle: 'استعادة نسخة احتياطية',
	chooseFile: 'اختر ملف نسخة احتياطية',
	reading: 'جارٍ قراءة الملف…',
	madeOn: (date: string) => `نسخة احتياطية أُنشئت في ${date}`,
	contains: (n: number) => `في هذه النسخة الاحتياطية: ${plural(n, conversations)}`,
	statusNew: 'جديدة',
	statusExisting: 'موجودة بالفعل على هذا الجهاز',
	answers: (n: number) => plural(n, answers),
	withPlan: 'مع خطة',
	withoutPlan: 'بدون خطة',
	changedInBackup: (date: string) => `في النسخة الاحتياطية: آخر تحديث ${date}`,
	changedOnDevice: (date: string) => `على هذا الجهاز: آخر تحديث ${date}`,
	existingQuestion: (n: number) =>
		`توجد على هذا الجهاز بالفعل ${plural(n, conversationsInSentence)}. ماذا تريد أن تفعل ${
			n === 2 ? 'بهما' : 'بها'
		}؟`,
	choice: {
		skip: 'تخطَّ',
		replace: 'استبدل',
		'keep-both': 'احتفظ بالاثنتين'
	},
	choiceHelp: {
		skip: 'تبقى المحادثة على هذا الجهاز كما هي.',
		replace:
			'تُستبدل المحادثة على هذا الجهاز بالمحادثة من النسخة الاحتياطية. ستفقد ما غيّرته على هذا الجهاز.',
		'keep-both':
			'تحتفظ بالمحادثة على هذا الجهاز وتحصل أيضًا على المحادثة من النسخة الاحتياطية. لهما الاسم نفسه؛ التاريخ يساعدك على التمييز بينهما.'
	},
	restore: 'استعِد',
	cancel: 'إلغاء',
	result: {
		added: (n: number) => `تمت إضافة ${plural(n, conversationsGenitive)}.`,
		replaced: (n: number) => `تم استبدال ${plural(n, conversationsGenitive)}.`,
		skipped: (n: number) => `تم تخطي ${plural(n, conversationsGenitive)}.`,
		nothing: 'لم تتم استعادة أي شيء.'
	},
	/** One line for the result: only the counts that are not zero. */
	summary: (r: { added: number; replaced: number; skipped: number }): string => {
		const parts: string[] = [];
		if (r.added > 0) parts.push(backupAr.result.added(r.added));
		if (r.replaced > 0) parts.push(backupAr.result.replaced(r.replaced));
		if (r.skipped > 0) parts.push(backupAr.result.skipped(r.skipped));
		return parts.length > 0 ? parts.join(' ') : backupAr.result.nothing;
	}
};
