// CONCEPT TRANSLATION — to be checked by a native speaker before use.
// Simple Modern Standard Arabic for the printed and shared plan, after export.nl.ts; the child
// version in simpler words.
import type { exportNl } from './export.nl';

export const exportAr: typeof exportNl = {
	title: 'الخطة المشتركة',
	conversationOf: (date: string) => `محادثة بتاريخ ${date}`,
	generatedAt: (date: string) => `أُنشئت في ${date}`,
	statusLabel: 'الحالة',
	status: { concept: 'مسودة', agreed: 'متفق عليها' },
	statusHelp: {
		concept: 'لم يقل الجميع بعد إنهم يدعمون هذه الخطة.',
		agreed: 'الجميع يدعمون هذه الخطة.'
	},
	participants: 'مَن يشارك',
	regisseur: 'المنسّق (يتابع الخطة)',
	noRegisseur: 'لم يُختَر بعد',
	wheel: 'دائرة الفرص',
	wheelAlt: (title: string) => `دائرة الفرص (${title}): درجات كل شخص في كل عنصر`,
	legend: 'مَن هو مَن',
	noScores: '(لا توجد إجابة بعد)',
	strengths: 'ما الذي يسير بشكل جيد',
	worries: 'مخاوف',
	nothing: 'لم يُكتب شيء.',
	/** Where a strength or worry came from: "نور، في أن يُسمَع صوتك". */
	source: (by?: string, element?: string) =>
		by && element ? `${by}، في ${element}` : (by ?? (element ? `في ${element}` : '')),
	focus: 'محاور التركيز',
	noFocus: 'لم تُختَر محاور تركيز بعد.',
	goal: 'الهدف',
	noGoal: 'لم يُكتب هدف بعد.',
	actions: 'الإجراءات',
	actionsFor: (element: string) => `الإجراءات في ${element}`,
	noActions: 'لا توجد إجراءات بعد.',
	what: 'ماذا',
	who: 'مَن',
	when: 'متى',
	support: 'الدعم',
	planB: 'إذا سارت الأمور بشكل مختلف',
	safety: 'اتفاقات حول الأمان',
	evaluation: 'نراجع الخطة معًا في',
	noEvaluation: 'لم يُختَر تاريخ بعد',
	agreement: 'الموافقة',
	agreed: 'أنا أدعم هذه الخطة',
	agreedOn: (date: string) => `أنا أدعم هذه الخطة (${date})`,
	notYet: 'ليس بعد',
	page: (n: number, total: number) => `الصفحة ${n} من ${total}`,
	empty: '–',
	child: {
		title: 'خطتي',
		intro: 'هذا ما اتفقنا عليه معًا.',
		mine: 'هذا ما سأفعله',
		noMine: 'لا يوجد شيء لك بعد. اسأل ماذا تستطيع أن تفعل.',
		others: 'هذا ما يفعله الآخرون',
		noOthers: 'لا شيء بعد.',
		focus: 'هذا ما نعمل عليه',
		strengths: 'هذا يسير جيدًا من الآن',
		planB: 'إذا لم ينجح الأمر',
		safety: 'هكذا يبقى الجميع في أمان',
		evaluation: 'متى ننظر مرة أخرى؟',
		noEvaluation: 'سنتفق على ذلك لاحقًا.',
		together: 'مَن يشارك',
		agreement: 'مَن يدعم الخطة؟',
		agreed: 'نعم، أنا أدعمها',
		notYet: 'ليس بعد',
		when: 'متى',
		helper: (name: string) => `بمساعدة ${name}`
	}
};
