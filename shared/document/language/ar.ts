import type { DocumentStrings } from './document-strings';

/** Arabic (Modern Standard), in the register of a ministry's media office. */
export const ar: DocumentStrings = {
  languageName: 'العربية',
  templates: {
    'meeting-readout': {
      lede: { heading: 'المقدمة', guidance: 'جملة واحدة: تاريخ اللقاء، والجانب المضيف (المنصب، البلد، الاسم)، والضيف (المنصب، الجهة، الاسم).' },
      occasion: { heading: 'مناسبة اللقاء', guidance: 'سبب انعقاد اللقاء وأهميته.' },
      'topics-discussed': { heading: 'القضايا التي جرى بحثها', guidance: 'الموضوعات التي بحثها الجانبان.' },
      'key-messages': { heading: 'الرسائل الرئيسية', guidance: 'ما أكده الجانب المضيف.' },
      'agreed-points': { heading: 'ما تم الاتفاق عليه', guidance: 'ما اتفق عليه الجانبان، بندًا في كل سطر.' },
      'follow-up': { heading: 'الخطوات التالية', guidance: 'الخطوات التالية والبنود الأخرى على جدول الأعمال.' },
    },
    'press-release': {
      body: { heading: 'النص', guidance: 'الخبر في الفقرة الأولى: من، ماذا، متى، أين، لماذا. ثم التفاصيل حسب أهميتها.' },
      quotes: { heading: 'تصريحات', guidance: 'كل تصريح في فقرة: الكلمات بين علامتي تنصيص، ثم قائلها ومنصبه.' },
      about: { heading: 'نبذة عن الجهة', guidance: 'الفقرة الثابتة التعريفية بالجهة.' },
      'end-mark': { heading: 'النهاية', guidance: 'انتهى' },
    },
    'talking-points': {
      'key-messages': { heading: 'الرسائل الرئيسية', guidance: 'ثلاث أو أربع نقاط يجب إيصالها، نقطة في كل سطر.' },
      'questions-and-answers': { heading: 'الأسئلة المتوقعة', guidance: 'كل سؤال عنوانًا فرعيًا، والإجابة تحته.' },
      'do-not-say': { heading: 'عبارات يجب تجنبها', guidance: 'العبارات التي ينبغي تجنبها، عبارة في كل سطر.' },
    },
    'press-conference-note': {
      'opening-statement': { heading: 'الكلمة الافتتاحية', guidance: 'ما قاله المتحدث الرئيسي في البداية.' },
      'key-announcements': { heading: 'أبرز الإعلانات', guidance: 'الأخبار المعلنة، خبرًا في كل سطر.' },
      'questions-and-answers': { heading: 'الأسئلة والأجوبة', guidance: 'كل سؤال (مع اسم الوسيلة الإعلامية) عنوانًا فرعيًا، والإجابة تحته.' },
    },
    blank: { body: { heading: '', guidance: 'ابدأ الكتابة…' } },
  },
  participants: {
    heading: 'المشاركون',
    columns: { name: 'الاسم', title: 'المنصب', organisation: 'الجهة', side: 'الجانب', role: 'الدور' },
    sides: { host: 'الجانب المضيف', guest: 'الجانب الضيف', other: 'آخرون' },
  },
  release: { immediate: 'للنشر الفوري', embargoed: 'محظور النشر', embargoedUntil: 'يُحظر النشر قبل {until}' },
  options: {
    releaseLine: { immediate: 'للنشر الفوري', embargoed: 'محظور النشر حتى موعد محدد' },
    classification: { public: 'عام', official: 'للاستخدام الرسمي', restricted: 'محدود التداول', confidential: 'سري' },
  },
  classification: { official: 'للاستخدام الرسمي', restricted: 'محدود التداول', confidential: 'سري' },
  draftMark: 'مسودة',
  pageOf: 'صفحة {page} من {pages}',
  contact: { contactName: 'للتواصل الإعلامي', contactPhone: 'الهاتف', contactEmail: 'البريد الإلكتروني' },
  plainText: { listSeparator: '، ', bullet: '-', photo: 'صورة' },
};
