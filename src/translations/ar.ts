import type { Translation, TranslationPart } from './translation.js';

const onDate = (date: string) => `في ${date}`;

/** The strings of <kq-relative-time> alone, so that its standalone bundle carries no others. */
export const relativeTime: TranslationPart = { $code: 'ar', onDate };

const plural = (count: number, one: string, two: string, few: string, many: string) => {
  const rule = new Intl.PluralRules('ar').select(count);
  return rule === 'one'
    ? one
    : rule === 'two'
      ? two
      : rule === 'few'
        ? few.replace('#', String(count))
        : many.replace('#', String(count));
};

/** Arabic: the right-to-left reference locale of the library (used by the RTL stories and tests). */
const ar: Translation = {
  $code: 'ar',
  $name: 'العربية',
  $dir: 'rtl',

  onDate,

  writeTo: 'راسله:',
  copyAddress: 'نسخ العنوان',
  addressCopied: 'تم نسخ العنوان',
  copyFailed: 'تعذر النسخ: حدد العنوان لنسخه',

  byAuthor: (name) => `بقلم ${name}`,
  readingTime: (minutes) => `${new Intl.NumberFormat('ar').format(minutes)} د قراءة`,
  updatedOn: (date) => `حُدّث ${date}`,
  photoCredit: (credit) => `© ${credit}`,

  relatedHeading: 'اقرأ أيضًا',
  loading: 'جارٍ التحميل…',
  emptyArticles: 'لا توجد مقالات حاليًا.',
  loadError: 'تعذر التحميل.',
  retry: 'إعادة المحاولة',

  commentCount: (count) =>
    count === 0 ? 'لا تعليقات' : plural(count, 'تعليق واحد', 'تعليقان', '# تعليقات', '# تعليقًا'),
  commentsHeading: 'التعليقات',
  loadMoreComments: 'عرض المزيد من التعليقات',
  reply: 'رد',
  inReplyTo: (name) => `ردًا على ${name}`,
  pending: 'بانتظار المراجعة',
  deleted: 'حُذف هذا التعليق.',
  showReplies: (count) => `عرض الردود (${count})`,
  hideReplies: (count) => `إخفاء الردود (${count})`,
  sortBy: 'ترتيب حسب',
  sortOldest: 'الأقدم',
  sortNewest: 'الأحدث',
  sortTop: 'الأكثر تفاعلًا',
  yourName: 'اسمك',
  yourComment: 'تعليقك',
  publish: 'نشر',
  cancel: 'إلغاء',
  nameRequired: 'أدخل اسمك.',
  bodyRequired: 'اكتب تعليقك.',
  sendFailed: 'تعذر الإرسال. نصك محفوظ.',
  unauthorized: 'سجّل الدخول للتعليق.',
  sendRejected: 'لم يُقبل تعليقك. نصك محفوظ.',
  sendDuplicate: 'لقد أرسلت هذا التعليق من قبل.',
  closed: 'التعليقات مغلقة.',
  copyLink: 'نسخ الرابط',
  linkCopied: 'تم نسخ الرابط',
  linkCopyFailed: 'تعذر النسخ: الرابط في شريط العنوان',
  noComments: 'لا توجد تعليقات بعد.',
  likes: (count) => `${count} إعجاب`,
  anonymous: 'مجهول',
  you: 'أنت',
};

export default ar;
