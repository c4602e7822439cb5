# Rebound بالعربية. كل رسالة تترجم الرسالة ذات المعرّف نفسه في locales/en.ftl؛ والتعليقات
# هناك تشرح أين تظهر. النبرة: هادئة ولطيفة، بلا لوم ولا استعجال، بلغة عربية فصحى بسيطة.

## The shell: around every screen

skip-to-content = انتقل إلى المحتوى
nav-label = الخطة
nav-my-plan = خطتي
nav-share = المشاركة
nav-reviewing = المراجعات
nav-about = عن التطبيق
footer-private = تبقى خطتك على هذا الجهاز. لا يُرسَل أي شيء إلى أي مكان إلا إذا شاركته أنت.
theme-label = الألوان
theme-system = مثل جهازي
theme-light = فاتح
theme-dark = داكن
language-label = اللغة
language-unavailable = تعذّر تحميل { $language } الآن. يبقى Rebound باللغة التي كان بها؛ حاول مرة أخرى عندما تكون متصلًا بالإنترنت.
language-with-new-version = تحتاج { $language } إلى الإصدار الجديد من Rebound. أعد تحميل الصفحة لاستخدامها؛ ما كتبته محفوظ.
page-title = { $screen } · Rebound

## Getting support now (the support screen, a very low check-in, the footer link)

support-trusted = أخبر اليوم شخصًا تثق به كيف حالك: صديقًا، أو أحدًا من عائلتك، أو زميلًا ترتاح إليه. تكفي رسالة قصيرة، مثل: «يومي صعب. هل يمكن أن نتحدث؟»
support-emergency = إن كنت قد تكون في خطر، فاتصل الآن برقم الطوارئ المحلي.
support-helpline-before = لتجد خط مساعدة مجانيًا وسريًا في بلدك، زُر موقع{" "}
support-helpline-after = {" "}الذي يعرض هذه الخطوط بلدًا بلدًا؛ ويمكنك أيضًا أن تبحث عن «خط مساعدة» مع اسم بلدك.
support-doctor = يستطيع طبيبك أن يساعدك أيضًا، وليس في الطوارئ فقط.
support-now-title = لست مضطرًا إلى أن تحمل يومًا كهذا وحدك.

## The steps: the indicator at the top and the links at the foot of a screen

steps-label = الخطوات
steps-done = { $done ->
    [one] أُنجزت خطوة واحدة من 6
    [two] أُنجزت خطوتان من 6
   *[other] أُنجزت { $done } من 6 خطوات
}
step-of-six = الخطوة { $step } من 6
step-link-numbered = الخطوة { $step }: { $name }{ $done ->
    [yes] ، منجزة
   *[no] {""}
}
step-link = { $name }{ $done ->
    [yes] ، منجزة
   *[no] {""}
}
prev-next-label = الخطوة السابقة والتالية
previous-step = → { $name }
next-step = التالي: { $name } ←

## Choices: the options of the forms' lists (each list's options, in order)

stage-application = تقديم الطلب
stage-screening = مكالمة الفرز الأولي
stage-interview = المقابلة
stage-assessment = مهمة أو اختبار
stage-final-round = الجولة الأخيرة
stage-offer = مرحلة العرض
stage-other = أخرى

channel-email = البريد الإلكتروني
channel-call = مكالمة هاتفية
channel-portal = بوابة التوظيف
channel-in-person = شخصيًا
channel-ghosted = لا رد على الإطلاق

request-status-not-sent = لم يُرسَل بعد
request-status-sent = أُرسل، بانتظار الرد
request-status-answered = وصل رد
request-status-no-answer = لا رد
request-status-closed = مُغلق

feedback-category-preparation = الاستعداد
feedback-category-communication = التواصل
feedback-category-confidence = الثقة بالنفس
feedback-category-skills-gap = فجوة في المهارات أو الخبرة
feedback-category-motivation = الدافع
feedback-category-culture-fit = التوافق مع ثقافة الشركة
feedback-category-salary = الراتب
feedback-category-stronger-candidate = مرشح آخر أنسب
feedback-category-role-closed = أُغلقت الوظيفة أو عُلّقت
feedback-category-other = أخرى

certainty-fact = قالوا ذلك
certainty-guess = تخميني

level-entry = مستوى الدخول
level-junior = مبتدئ
level-mid = متوسط
level-senior = متقدم
level-lead = قائد فريق أو مدير
level-head = رئيس قسم أو مدير عام

cause-competition = منافسة قوية
cause-level = مستوى غير مناسب
cause-area = مجال غير مناسب
cause-not-sure = لست متأكدًا بعد

skill-category-technical = تقنية
skill-category-domain = معرفة بالمجال
skill-category-communication = التواصل
skill-category-leadership = القيادة
skill-category-interviewing = المقابلات
skill-category-other = أخرى

priority-high = عالية
priority-medium = متوسطة
priority-low = منخفضة

method-course = دورة
method-qualification = شهادة
method-project = مشروع
method-practice = تمرين

gap-status-not-started = لم تبدأ بعد
gap-status-in-progress = قيد العمل
gap-status-done = منجزة

app-kind-application = آخر موعد للتقديم
app-kind-interview = مقابلة
app-kind-follow-up = متابعة

## Lines the plan says of its items (in lists, the calendar, reviews)

calendar-name = خطة Rebound
action-application = { $kind }: { $role } في { $company }
suggestion-skill-gap = فجوة مهارية: { $skill } ({ $method })
suggestion-skill-gap-how = فجوة مهارية: { $skill } ({ $method }). الطريقة: { $how }
suggestion-role = وظيفة مستهدفة: { $title } ({ $level })
suggestion-search-change = تعديل على بحثك: { $text }
suggestion-prep = شيء تستعد له: { $text }

## Long lists, shown a page at a time

show-more = { $count ->
    [one] عرض عنصر آخر
    [two] عرض عنصرين آخرين
    [few] عرض { $count } عناصر أخرى
    [many] عرض { $count } عنصرًا آخر
   *[other] عرض { $count } عنصر آخر
}
show-fewer = عرض عدد أقل

## Form widgets shared by every screen

scale-option = { $n } · { $word }
mood-very-low = منخفض جدًا
mood-low = منخفض
mood-okay = لا بأس
mood-good = جيد
mood-great = ممتاز
skill-level-beginner = مبتدئ
skill-level-basic = أساسي
skill-level-working = عملي
skill-level-strong = متقدم
skill-level-expert = خبير

## The mood chart (Stay positive): what a screen reader says of it

mood-chart-summary = { $count ->
    [two] المزاج في تسجيلين
    [few] المزاج في { $count } تسجيلات
    [many] المزاج في { $count } تسجيلًا
   *[other] المزاج في { $count } تسجيل
}، من «{ $first }» في { $first_date } إلى «{ $last }» في { $last_date }
mood-chart-one = تسجيل واحد: «{ $mood }» في { $date }
mood-chart-none = لا توجد تسجيلات للمزاج بعد
mood-chart-dot = { $date }: { $mood }

## Screens: each screen's title (its heading and the browser tab), then its short name (the step indicator, "Next: …")

screen-start = ما الذي حدث
screen-feedback = استفد من الملاحظات
screen-search = حسّن بحثك
screen-skills = سدّ فجوات مهاراتك
screen-fun = افعل شيئًا ممتعًا
screen-positive = حافظ على تفاؤلك
screen-next-job = ركّز على الوظيفة التالية
screen-overview = خطتي
screen-share = المشاركة والنسخ الاحتياطي
screen-import = خطة لفتحها
screen-about = عن Rebound
screen-today = لهذا اليوم
screen-reviewing = مراجعة خطة
screen-review = مراجعة لخطتك
screen-support = هل تحتاج إلى التحدث مع أحد؟

short-start = البداية
short-feedback = الملاحظات
short-search = البحث
short-skills = المهارات
short-fun = المتعة
short-positive = التفاؤل
short-next-job = الوظيفة التالية
short-overview = خطتي
short-share = المشاركة
short-import = فتح
short-about = عن التطبيق
short-today = اليوم
short-reviewing = المراجعات
short-review = المراجعة
short-support = الدعم

## Screen: Start (src/ui/steps/start.rs)

tag-no-answer = بلا رد
start-title-your-rejections = حالات الرفض
start-title-add-another-rejection = أضف رفضًا آخر
start-legend-how-did-it-come = كيف وصلك الرفض؟
start-label-stage-reached = المرحلة التي بلغتها
start-label-contact-name = اسم جهة الاتصال
start-hint-the-recruiter-or-interviewer = مسؤول التوظيف أو من أجرى معك المقابلة، لطلب الملاحظات. لا يُضمَّن في الروابط المشتركة إلا إذا اخترت ذلك.
start-label-contact-email = البريد الإلكتروني لجهة الاتصال
start-label-their-message = رسالتهم
start-hint-private-it-stays-on = خاص: يبقى على هذا الجهاز ولا يُضمَّن في الروابط المشتركة إلا إذا اخترت ذلك.
start-add-another = أضف رفضًا آخر
start-cancel = إلغاء
start-remove-confirm = هل تريد حذف «{ $title }» مع ملاحظاته؟ تبقى فجوات المهارات وتغييرات البحث التي نشأت عنه.
start-last-heard = آخر تواصل منهم: { $date }
start-date-channel = { $date } · { $channel }
start-feedback-count = { $count ->
    [zero] لا ملاحظات
    [one] ملاحظة واحدة
    [two] ملاحظتان
    [few] { $count } ملاحظات
    [many] { $count } ملاحظة
   *[other] { $count } ملاحظة
}
start-in-focus = الخطوات تعمل على هذا الرفض
start-work-on-this = اعمل على هذا الرفض
start-edit = تعديل
start-remove = حذف
start-date-error = يُرجى إدخال التاريخ كاملًا.
start-date-of-no = تاريخ الرفض
start-date-last-heard = تاريخ آخر تواصل منهم
start-contact-more = جهة الاتصال والرسالة (اختياري)
start-save-changes = احفظ التغييرات
start-save-and-start = احفظ وابدأ خطتي
start-add-this = أضف هذا الرفض
lead-start = هذا ما سجّلته. تعمل الخطوات على رفضٍ واحد في كل مرة، وهو المعلَّم أدناه؛ أما المهارات والوظائف والخطط فمشتركة بينها جميعًا.

## Screen: Feedback (src/ui/steps/feedback.rs)

# طلب الملاحظات، موجَّه إلى جهة العمل بصيغة الجمع للاحترام.
feedback-request-greeting = مرحبًا { $name }،
feedback-request-greeting-no-name = تحية طيبة،
feedback-request-subject = ملاحظات حول طلبي: { $role } في { $company }
feedback-request-subject-ghosted = متابعة لطلبي: { $role } في { $company }
feedback-request-opening =
    { $stage ->
        [application] شكرًا لإبلاغي بقراركم بشأن طلبي لوظيفة { $role } في { $company }، ولتخصيصكم الوقت للنظر فيه.
        [screening] شكرًا لإبلاغي بقراركم بشأن وظيفة { $role } في { $company }، ولتخصيصكم الوقت للحديث معي.
        [interview] شكرًا لإبلاغي بقراركم بشأن وظيفة { $role } في { $company }، وللوقت الذي خصصتموه لي أنتم والفريق.
        [assessment] شكرًا لإبلاغي بقراركم بشأن وظيفة { $role } في { $company }، ولتخصيصكم الوقت للاطلاع على عملي.
        [final_round] شكرًا لإبلاغي بقراركم بشأن وظيفة { $role } في { $company }، وللوقت الذي خصصتموه لي أنتم والفريق.
        [offer] شكرًا لإبلاغي بقراركم بشأن وظيفة { $role } في { $company }، وللوقت الذي خصصتموه لي أنتم والفريق.
       *[other] شكرًا لإبلاغي بقراركم بشأن وظيفة { $role } في { $company }.
    }
feedback-request-opening-ghosted =
    { $stage ->
        [application] تقدّمت لوظيفة { $role } في { $company } ولم يصلني أي رد منذ ذلك الحين.
        [screening] أجريت مكالمة أولية بشأن وظيفة { $role } في { $company } ولم يصلني أي رد منذ ذلك الحين.
        [interview] أجريت مقابلة لوظيفة { $role } في { $company } ولم يصلني أي رد منذ ذلك الحين.
        [assessment] أنجزت المهمة المطلوبة لوظيفة { $role } في { $company } ولم يصلني أي رد منذ ذلك الحين.
        [final_round] أجريت المقابلة النهائية لوظيفة { $role } في { $company } ولم يصلني أي رد منذ ذلك الحين.
        [offer] وصلت إلى مرحلة العرض لوظيفة { $role } في { $company } ولم يصلني أي رد منذ ذلك الحين.
       *[other] شاركت في عملية التوظيف لوظيفة { $role } في { $company } ولم يصلني أي رد منذ ذلك الحين.
    } وإن كان القرار قد اتُّخذ، فأنا أتفهّم ذلك تمامًا.
feedback-request-stronger =
    { $stage ->
        [application] ما كان يمكن أن يجعل سيرتي الذاتية وطلبي أقوى
        [screening] ما كان يمكن أن يجعل طلبي ومكالمتنا أقوى
        [interview] ما كان يمكن أن يجعل مقابلتي أقوى
        [assessment] ما كان يمكن أن يجعل المهمة التي أنجزتها وطلبي أقوى
        [final_round] ما كان يمكن أن يجعل مقابلاتي أقوى
        [offer] ما كان بإمكاني أن أقدّمه بشكل أفضل في مرحلة العرض
       *[other] ما كان يمكن أن يجعل طلبي أقوى
    }
feedback-request-ask = سأقدّر كثيرًا بعض الملاحظات حول { $stronger }. فأي ملاحظة، ولو قصيرة، ستساعدني على الاستعداد للفرصة القادمة.
feedback-request-ask-ghosted = هل يمكنكم إعلامي بما وصلت إليه الأمور؟ وإن لم يكن الاختيار من نصيبي، فبعض الكلمات حول { $stronger } ستساعدني كثيرًا على الاستعداد للفرصة القادمة.
feedback-request-keep-in-mind = لا يزال اهتمامي بشركة { $company } كبيرًا، وسيسعدني أن تأخذوني بعين الاعتبار للوظائف المشابهة.
feedback-request-closing = شكرًا لوقتكم، وأتمنى أن تجمعنا فرصة أخرى في المستقبل.
feedback-request-sign-off =
    مع أطيب التحيات،
    { $name }
feedback-request-sign-off-no-name = مع أطيب التحيات
feedback-request-subject-line = الموضوع: { $subject }
feedback-request-language = لغة الطلب
feedback-request-language-hint = إن كانوا يقرؤون لغة أخرى، يمكن كتابة الطلب بها. الطلب وحده هو الذي يتغيّر.
feedback-request-language-unavailable = تعذّر تحميل { $language } الآن، لذا يبقى الطلب بلغة { $current }. حاول مرة أخرى عند اتصالك بالإنترنت.
feedback-request-language-with-new-version = تحتاج { $language } إلى الإصدار الجديد من Rebound. أعد تحميل الصفحة لكتابة الطلب بها؛ ما كتبته محفوظ. وحتى ذلك الحين يبقى الطلب بلغة { $current }.
feedback-about-this-no = عن هذا الرفض
feedback-one-thing-for-next-time = أمر واحد للمرة القادمة:{" "}
feedback-fairness = إن كنت تظن أن القرار كان بسبب عمرك، أو إعاقة، أو حمل، أو عرقك، أو أي صفة أخرى يحميها القانون، فبإمكان جهة استشارية في حقوق العمل في بلدك أن توضح لك مجانًا موقفك القانوني.
feedback-later-thought = فكرة لوقت لاحق
feedback-later-thought-intro = فكرة لوقتٍ يخفّ فيه الألم:
feedback-later-thought-quote = «اختر ألّا تتأذى، ولن تشعر بالأذى.»
feedback-later-thought-source = ماركوس أوريليوس، التأملات 4.7 (مترجمة هنا عن الترجمة الإنجليزية لغريغوري هايز)
feedback-composer-hint = الرسالة القصيرة المهذبة هي الأفضل. فهي تذكر الوظيفة والشركة، ليعرف من يقرؤها أي طلب تقصد. عدّلها كما تشاء قبل الإرسال: كلماتك محفوظة.
feedback-keep-in-mind = اطلب منهم أن يأخذوني بعين الاعتبار لوظائف مشابهة
feedback-edited = لقد عدّلت هذا الطلب؛ كلماتك محفوظة.{" "}
feedback-use-suggested = استخدم النص المقترح مرة أخرى
feedback-copy-request = انسخ الطلب
feedback-open-in-email = افتحه في تطبيق البريد
feedback-copied = تم النسخ. الصقه في بريد إلكتروني أو رسالة.
feedback-copy-failed = لم يسمح المتصفح بالنسخ. يمكنك تحديد النص ونسخه بنفسك.
feedback-name-first = أضف اسمك أولًا في «{ $field }»: يُوقَّع الطلب به، ليعرفوا من يسأل.
feedback-sent-on-date = {" "}· أُرسل في { $date }
feedback-i-sent-it = أرسلته
feedback-reminder-due =
    { $days ->
        [zero] لم يمضِ أي يوم عمل
        [one] مضى يوم عمل واحد
        [two] مضى يوما عمل
        [few] مضت { $days } أيام عمل
        [many] مضى { $days } يوم عمل
       *[other] مضى { $days } يوم عمل
    }: حان وقت تذكير ودّي واحد ({ $date }).
feedback-reminder-on =
    إن لم يصلك رد، أرسل تذكيرًا ودّيًا واحدًا في { $date } ({ $days ->
        [1] غدًا
        [2] بعد يومين
        [few] بعد { $days } أيام
        [many] بعد { $days } يومًا
       *[other] بعد { $days } يوم
    }).
feedback-i-sent-the-reminder = أرسلت التذكير
feedback-let-it-go = أُرسل التذكير. إن لم يصل شيء بحلول { $date }، فدَع الطلب وامضِ قُدمًا: صمتهم لا علاقة له بك.
feedback-they-answered = ردّوا
feedback-no-answer = لا رد
feedback-stop-waiting = توقّف عن الانتظار
feedback-answered-note = جيد: أضف ما قالوه أدناه، نقطة تلو الأخرى.
feedback-done-with-request = انتهيت من هذا الطلب
feedback-you-asked = لقد سألت، وهذا ما كان يهم. لا يزال بإمكانك أن تدوّن أدناه قراءتك الخاصة لما جرى.
feedback-start-over = ابدأ من جديد
feedback-add-a-point = أضف نقطة
feedback-add-feedback = أضف الملاحظة
feedback-about-role-closed = أُغلقت الوظيفة أو عُلّقت: قرار يخص خططهم، لا يخصك. إن كان ما قالوه يذكر شيئًا تريد تطويره على أي حال، فلا يزال بإمكانك الاحتفاظ به أدناه.
feedback-about-stronger-candidate = كان شخص آخر أنسب هذه المرة: هذا قرارهم، وليس عيبًا فيك عليك إصلاحه. إن كان ما قالوه يذكر شيئًا تريد تطويره على أي حال، فلا يزال بإمكانك الاحتفاظ به أدناه.
feedback-about-culture-fit = التوافق الثقافي يتعلق بالانسجام بينك وبين هذا الفريق، لا بمهارة تحتاج إلى بنائها. غيّر بحثك إن كان يخبرك بما يناسبك، أو اسألهم عمّا قصدوه: فالمثال يسهّل الحكم.
feedback-about-salary = الأجر أيضًا مسألة توافق، لا مهارة. غيّر بحثك إن كان نطاق الأجر غير مناسب، أو اطّلع على نطاقات الأجور لهذه الوظيفة (تُظهرها إعلانات الوظائف واستطلاعات الرواتب) قبل طلبك القادم.
feedback-became-skill-gap = ← فجوة مهارية: { $skill }
feedback-became-search-change = ← تغيير في البحث: { $change }
feedback-make-skill-gap = اجعلها فجوة مهارية
feedback-change-my-search = غيّر بحثي
feedback-confirm-remove = أتريد حذف هذه الملاحظة؟
feedback-remove = احذف
feedback-remove-label = احذف الملاحظة: { $text }
request-status-prefix = الحالة:{" "}
tag-hunch = حدسك، يحتاج إلى تحقق
tag-outside-your-control = خارج عن إرادتك
feedback-title-ask-for-feedback = اطلب ملاحظات
feedback-label-your-name-for-the = اسمك (للتوقيع)
feedback-label-subject = الموضوع
feedback-label-your-request = طلبك
feedback-title-track-your-request = تابع طلبك
feedback-label-sent-on = أُرسل في
feedback-hint-leave-empty-for-today = اتركه فارغًا إن كان اليوم.
feedback-title-what-they-said = ما قالوه
feedback-text-no-feedback-yet-when = لا ملاحظات بعد. عندما تصلك، أضف كل نقطة على حدة، لتتمكن من العمل عليها. قراءتك الخاصة مهمة أيضًا: علّمها على أنها تخمين.
feedback-label-what-did-they-say = ماذا قالوا؟
feedback-label-category = الفئة
feedback-label-which-stage-was-it = عن أي مرحلة كانت؟
feedback-legend-is-this = هل هذا…
feedback-showing = المعروض: { $shown } من { $total }.

lead-feedback = الرفض القصير أو الجاهز سبب وجيه لطلب المزيد. الملاحظات معلومات لطلبك القادم، لا حكم عليك.

## Screen: Search (src/ui/steps/search.rs)

search-idea-lower-level = التقدّم أيضًا لوظائف أدنى بمستوى واحد
search-idea-wider-area = توسيع المجال الذي أبحث فيه
search-idea-must-haves = التقدّم فقط حيث أستوفي معظم المتطلبات الأساسية
search-idea-cv-look-over = أن أطلب من شخص في المجال أن يلقي نظرة على سيرتي الذاتية
search-idea-tailor-cv = تكييف سيرتي الذاتية مع أهم ثلاثة متطلبات في كل وظيفة
search-ideas = أفكار:
search-add-change = أضف التغيير
search-thinking-about = نفكّر الآن في { $rejection }.
search-cause-competition-advice = إذن واصل التقدّم هنا. المنافسة القوية تعني أنك كنت في السباق الصحيح.
search-cause-level-advice = فكّر في وظائف أقرب إلى مستوى خبرتك، أو ابنِ ما ينقصك أولًا.
search-cause-area-advice = انظر أين تُقدَّر نقاط قوتك أكثر، وعدّل المجال الذي تبحث فيه.
search-cause-not-sure-advice = لا بأس. قد تخبرك الملاحظات بالمزيد إن وصلت.
search-save-skills = احفظ مهاراتي
search-skills-saved = تم الحفظ. مقارنة التوافق أدناه محدَّثة الآن.
search-add-role-title = أضف وظيفة مستهدفة
search-add-role = أضف الوظيفة
search-confirm-remove-role = هل تريد إزالة هذه الوظيفة المستهدفة؟
search-remove = إزالة
search-remove-role-label = إزالة الوظيفة { $role }
search-remove-change-label = إزالة التغيير: { $change }
search-level-unknown = احفظ مستواك في الأعلى لتتمكن من المقارنة.
search-level-below = أدنى من مستواك: يمكنك أن تطمح إلى أعلى.
search-level-fits = يناسب مستواك.
search-level-stretch = أعلى من مستواك بخطوة واحدة.
search-level-big-stretch = أعلى من مستواك بخطوتين أو أكثر.
search-match-detail = {" "}· { $percent ->
    [0] لا تملك بعد أيًّا من المهارات المذكورة
   *[other] لديك { $percent }٪ من المهارات المذكورة
} · { $level }
search-you-have = لديك: { $skills }
search-list-separator = {"، "}
search-to-build = مهارات يمكنك بناؤها:
search-chip-planned = { $skill } ✓ ضمن خطتك
search-chip-add-gap = + { $skill } كفجوة في المهارات
search-gap-evidence = مطلوبة في وظائف { $role }
search-from-feedback = من ملاحظات { $company }
lead-search = أحيانًا لا يعني الرفض إلا أن شخصًا آخر كان أنسب بقليل. وأحيانًا يكون إشارة إلى أن مستوى الوظيفة أو مجالها لا يناسبك بعد. تحقق من الأمرين بهدوء.
search-title-what-was-it-about = ما الذي كان وراء ذلك؟
search-legend-mostly = في الغالب…
search-label-why-do-you-think = لماذا تظن ذلك؟
search-title-your-skills-and-experience = مهاراتك وخبرتك
search-label-your-skills = مهاراتك
search-hint-your-skills = افصل بينها بفواصل، مثل: SQL، Figma، التفاوض.
search-label-your-level = المستوى الذي تؤهلك له خبرتك
search-title-target-roles = الوظائف المستهدفة
search-label-role-title = المسمى الوظيفي
search-label-area = المجال
search-hint-industry-or-field = القطاع أو التخصص
search-label-level = المستوى
search-label-skills-it-asks-for = المهارات التي تطلبها
search-hint-role-skills = افصل بينها بفواصل.
search-title-changes-to-my-search = تغييرات على بحثي
search-label-another-change = تغيير آخر
search-empty-roles = أضف نوع الوظيفة التي تطمح إليها، مع المهارات التي تطلبها إعلانات مثلها. يتحقق Rebound من مدى ملاءمتها لك.
search-empty-changes = اكتب تغييرًا أو تغييرين محددين. يمكن أن تصل نقاط الملاحظات إلى هنا بلمسة واحدة من الخطوة 1.

## Screen: Skills (src/ui/steps/skills.rs)

skills-glance-gaps = {" "}{ $count ->
    [one] فجوة
    [two] فجوتان
    [few] فجوات
    [many] فجوة
   *[other] فجوة
}
skills-glance-done = {" "}{ $count ->
    [one] سُدّت
    [two] سُدّتا
    [few] سُدّت
    [many] سُدّت
   *[other] سُدّت
}
skills-glance-past-date = {" "}{ $count ->
    [one] تجاوزت الموعد الذي حدّدته
    [two] تجاوزتا الموعد الذي حدّدته
    [few] تجاوزت الموعد الذي حدّدته
    [many] تجاوزت الموعد الذي حدّدته
   *[other] تجاوزت الموعد الذي حدّدته
}
skills-progress-overall-label = التقدّم العام في سدّ الفجوات
skills-progress-overall = قطعت { $percent }٪ من الطريق إجمالًا
skills-closed = تم سدّها. هذا أمر آخر يمكنك أن تتحدث عنه بثقة في مقابلتك القادمة، ودليل على أنك تواصل التعلّم.
skills-progress-label = التقدّم في { $skill }
skills-by-date = {" "}· بحلول { $date } ({ $countdown })
skills-cost = {" "}· التكلفة { $cost }
skills-why = السبب: { $evidence }
skills-from-feedback = من ملاحظات { $company }
skills-status-of = حالة { $skill }
skills-edit = تعديل
skills-remove = إزالة
skills-remove-label = إزالة الفجوة { $skill }
skills-confirm-remove = هل تريد إزالة الفجوة «{ $skill }»؟
skills-if-then-legend = الخطوة التالية على شكل خطة «إذا… فإنني…»
skills-if-then-hint = اربط الخطوة بلحظة محددة: «إذا كان صباح السبت، فإنني أنجز وحدة دراسية واحدة». الخطط المصوغة بهذه الطريقة تساعد الناس على اتخاذ خطوات نحو أهدافهم (Gollwitzer & Sheeran, 2006؛ انظر «عن التطبيق»).
skills-cost-not-whole = يُرجى كتابة التكلفة عددًا صحيحًا.
skills-submit-save = احفظ الفجوة
skills-submit-add = أضف الفجوة
skills-cancel = إلغاء
lead-skills = إن كانت الوظائف التي تريدها تطلب شيئًا لا تملكه بعد، فخطّط لاكتسابه: دورة، أو شهادة، أو مشروع، أو مجرد تمرين. كل فجوة تسدّها تقوّي طلبك، وتمنحك شيئًا تتحدث عنه بثقة.
tag-priority = الأولوية: { $priority }
tag-date-passed = مضى الموعد: غيّره متى شئت
skills-title-at-a-glance = نظرة سريعة
skills-empty = لا توجد فجوات بعد. أضف واحدة أدناه، أو حوّل بلمسة واحدة نقطةً من الملاحظات أو مهارةً تطلبها وظيفة ولا تملكها بعد إلى فجوة.
skills-title-your-skill-gaps = فجوات مهاراتك
skills-label-skill = المهارة
skills-label-if = إذا…
skills-placeholder-it-is-saturday-morning = كان صباح السبت
skills-label-then-i = فإنني…
skills-placeholder-do-one-module = أنجز وحدة دراسية واحدة
skills-label-skill-category = فئة المهارة
skills-label-priority = الأولوية
skills-label-what-showed-this-gap = ما الذي كشف هذه الفجوة؟
skills-hint-what-showed-gap = الملاحظات أو الوظيفة التي أشارت إليها.
skills-legend-current-level = المستوى الحالي
skills-legend-target-level = المستوى المستهدف
skills-label-how-to-close-it = كيف تسدّها
skills-label-cost = التكلفة
skills-hint-optional-in-your-currency = اختياري، بعملتك
skills-label-target-date = التاريخ المستهدف
skills-showing = عرض { $shown } من { $total } { $total ->
    [one] فجوة
    [two] فجوتين
    [few] فجوات
    [many] فجوة
   *[other] فجوة
}.
skills-edit-gap = تعديل الفجوة
skills-add-gap = أضف فجوة
skills-level-line = المستوى { $current } ← { $target } ({ $word })

## Screen: Fun (src/ui/steps/fun.rs)

lead-fun = بعد الرفض مباشرة، افعل شيئًا تستمتع به، ويُفضَّل مع أناس تحبهم، خلال يوم أو يومين. في برامج امتدت عدة أسابيع، حسّن التخطيطُ لأشياء ممتعة من رفاه الناس: هذا ما وجدته مراجعة لعشرين تجربة (انظر «عن التطبيق»). أمسية واحدة أقل من ذلك، ومع ذلك تستحق.
fun-title-planned = ما خططت له
fun-empty = لا شيء مخطط له بعد. اختر شيئًا صغيرًا ممتعًا لليومين القادمين.
fun-title-plan = خطط لشيء ممتع
fun-ideas = أفكار، معظمها مجاني. اختر واحدة، ثم اجعلها على طريقتك:
fun-idea-walk = نزهة مع صديق
fun-idea-call = مكالمة مع شخص تحبه
fun-idea-good-at = شيء تجيده
fun-idea-matters = شيء يهمك
fun-idea-cook = طبق تحبه تطبخه بنفسك
fun-idea-game-night = سهرة ألعاب
fun-idea-film = فيلم أو حفلة موسيقية
fun-label-what = ماذا ستفعل؟
fun-label-with-whom = مع من
fun-hint-optional = اختياري
fun-label-when = متى
fun-legend-mood-before = كيف تشعر في هذه اللحظة؟
fun-plan-it = خطط له
fun-pick-time = من فضلك اختر يومًا ووقتًا.
at-time = { $hour ->
   *[other] الساعة
} { $time }
fun-when = { $date } { $at } ({ $countdown })
tag-done = تم
fun-mood-before-after = المزاج قبله: { $before } · بعده: { $after }
fun-mood-before = المزاج قبله: { $before }
fun-mood-after = المزاج بعده: { $after }
fun-done-note = سجّلناه. حدث شيء جميل هذا الأسبوع، وهذا له قيمته.
fun-legend-mood-after = كيف تشعر الآن؟
fun-save-done = احفظ وعلّمه منجزًا
fun-cancel = إلغاء
fun-label-new-time = وقت جديد
fun-save-time = احفظ الوقت الجديد
fun-did-it-happen = هل حدث ذلك؟ إن حدث، فقل كيف كان.
fun-it-happened = حدث
fun-it-happened-named = حدث: { $title }
fun-not-yet = ليس بعد: اختر وقتًا آخر
fun-let-go = دعه يمضي
fun-let-go-confirm = هل تدع هذه الخطة تمضي؟
fun-mark-done = علّمه منجزًا
fun-mark-done-named = علّمه منجزًا: { $title }
fun-move = غيّر موعده
fun-remove = إزالة
fun-remove-confirm = هل تريد إزالة هذه الخطة؟

## Screen: Positive (src/ui/steps/positive.rs)

lead-positive = امنح نفسك وقتًا لتتعافى، ثم حين تكون مستعدًا، ابدأ صفحة جديدة كي لا يرافقك الرفض الأخير إلى المقابلة التالية. ما تدوّنه هنا خاص: يبقى على هذا الجهاز، ولا يتضمنه رابط المشاركة إلا إذا اخترته في صفحة المشاركة، وما تكتبه لا يدخل أي رابط أبدًا.
positive-title-check-in = كيف حالك اليوم؟
positive-legend-mood = مزاجك اليوم
positive-pick-mood = اختر ما تشعر به، من 1 إلى 5.
positive-label-mood-note = كلمة عن ذلك (اختياري)
positive-check-in = سجّل
positive-checked-in-low = سُجّل مزاجك لهذا اليوم. شكرًا لأنك قلت ما تشعر به حقًا.
positive-checked-in = سُجّل مزاجك لهذا اليوم. شكرًا لانتباهك إلى ما تشعر به.
positive-small-step-title = شيء صغير لهذا اليوم:{" "}
positive-small-step = { $step }. وهذا يكفي.
positive-empty-check-ins = سجّل مزاجك مرة في اليوم؛ وبعد بضعة أيام سترى كيف يتغير.
positive-check-ins = ما سجّلته من قبل
positive-check-in-line = { $date }: { $mood } · { $word }
positive-remove-check-in = إزالة تسجيل يوم { $date }
positive-low-days-title = مرّت بك أيام صعبة عدة في الأسبوعين الماضيين.
positive-low-days-talk = هذا أمر يستحق أن تتحدث عنه مع طبيبك، أو مع شخص تثق به. لا يلزم أن تصل إلى أقصى احتمالك كي تطلب الدعم: فالرفض قد يكون أثقل مما يبدو.
positive-low-days-helpline-before = إن شعرت يومًا أنك قد تكون في خطر، فاتصل الآن برقم الطوارئ المحلي. ولتجد خط مساعدة مجانيًا وسريًا في بلدك، زُر موقع{" "}
positive-low-days-helpline-after = .
positive-title-write-it-out = اكتب ما في نفسك
positive-writing-how = اكتب بحرية عن هذا الرفض: ما الذي حدث، وبماذا تشعر، وما الذي يمسّه في بقية حياتك. لا يهم الإملاء ولا الترتيب.
positive-writing-private = يبقى ما تكتبه في هذا المتصفح على هذا الجهاز، لذا يستطيع أي شخص يستخدم هذا المتصفح هنا أن يفتحه. لا يدخل أبدًا في رابط مشاركة؛ أما ملف النسخة الاحتياطية فيحتفظ به، لك أنت.
positive-writing-low = من الشائع أن يهبط المزاج قليلًا بعد الكتابة بهذه الطريقة مباشرة، ثم يزول ذلك. يمكنك أن تتوقف، أو تغيّر الموضوع، في أي وقت.
positive-writing-study = هذا مستوحى من دراسة كتب فيها أشخاص فقدوا وظائفهم بهذه الطريقة 20 دقيقة في اليوم (Spera, Buhrfeind & Pennebaker, 1994؛ انظر «عن التطبيق»).
positive-writing-none = الكتابة عن رفض واحد في كل مرة: سجّل أولًا ما حدث، في شاشة البداية.
positive-writing-about = عن: { $title }
positive-writing-session = اليوم هي الجلسة { $session } من { $sessions } كحدّ أقصى، كل واحدة في يوم مختلف. لا درجات ولا أيام متتالية مطلوبة: اليوم الذي تتخطاه هو ببساطة يوم راحة.
positive-label-writing = كتابة اليوم
positive-earlier-sessions = جلسات سابقة
positive-earlier-session-unlinked = { $date } (كُتبت قبل أن يحفظ Rebound الكتابة لكل رفض على حدة)
positive-remove-writing = إزالة كتابة يوم { $date }
positive-timer = مؤقت هادئ، إن كان يساعدك (اختياري):
positive-timer-minutes = { $minutes ->
    [one] دقيقة واحدة
    [two] دقيقتان
    [few] { $minutes } دقائق
    [many] { $minutes } دقيقة
   *[other] { $minutes } دقيقة
}
positive-timer-done = انتهى الوقت. أكمل فكرتك، وتوقف متى كنت مستعدًا.
positive-timer-close = أغلق المؤقت
positive-timer-left = { $minutes ->
    [one] بقيت دقيقة واحدة تقريبًا
    [two] بقيت دقيقتان تقريبًا
    [few] بقيت { $minutes } دقائق تقريبًا
    [many] بقيت { $minutes } دقيقة تقريبًا
   *[other] بقيت { $minutes } دقيقة تقريبًا
}
positive-timer-stop = أوقف المؤقت
positive-title-reframe = انظر إلى فكرة من زاوية أخرى
positive-reframe-how = اكتب الفكرة القاسية كما تأتيك، ثم أجب عنها كما يفعل صديق طيب: بلطف، وبإنصاف للوقائع.
positive-label-thought = الفكرة
positive-placeholder-thought = لن أحصل أبدًا على وظيفة كهذه
positive-label-kinder = نظرة ألطف ومتوازنة
positive-placeholder-kinder = وصلت إلى المرحلة الأخيرة، إذن أنا قريب
positive-save-reframe = احفظ النظرة الجديدة
positive-reframe-kinder = ← { $kinder }
positive-remove-reframe = إزالة الفكرة: { $thought }
positive-title-went-well = ما سار على ما يرام
positive-went-well-how = حتى في عملية انتهت بالرفض، سارت بعض الأشياء على ما يرام. دوّنها: إنها لك، تحتفظ بها.
positive-label-went-well = شيء سار على ما يرام
positive-add = أضف
positive-went-well-day = { $date }
positive-remove-went-well = إزالة: { $text }
positive-title-setback = إن تلقيت رفضًا آخر…
positive-setback-how = قرّر الآن، وأنت هادئ، ماذا ستفعل في المرة القادمة. في برنامج JOBS II، ظهرت علامات اكتئاب أقل لدى الباحثين عن عمل الذين تدرّبوا على التعامل مع التعثرات ثم فقدوا وظيفة جديدة لاحقًا، مقارنة بغيرهم (انظر «عن التطبيق»). يستعير Rebound هذه الفكرة؛ وأنت تكتب خطتك بنفسك.
positive-label-setback = إن تلقيت رفضًا آخر، فسوف…
positive-placeholder-setback = أتمشى قليلًا، وأتصل بصديق، وأنظر في خطتي صباح اليوم التالي
positive-save-setback = احفظ خطتي
positive-saved = حُفظت.
positive-slate-title = ابدأ صفحة جديدة
positive-slate-before = حين تشعر أنك مستعد، لا قبل ذلك، سجّل هذه اللحظة. ما تعلّمته يبقى؛ أما الألم فيمكنه أن يمضي.
positive-slate-button = ابدأ صفحة جديدة
positive-slate-wiped = بدأت صفحة جديدة في { $date }.
positive-slate-after = الرفض الأخير صار خلفك. ما تعلّمته يرافقك إلى المقابلة التالية؛ والباقي يمكن أن يبقى هنا. وإن بقي يؤلمك في بعض الأيام، فهذا طبيعي، ولا يلغي هذه الخطوة.

## Screen: Next job (src/ui/steps/next_job.rs)

lead-next-job = الوظيفة الوحيدة المهمة الآن هي التالية. أدخل المواعيد، ودع القائمة تنقل ما تعلّمته إلى استعدادك.
next-job-title-your-weekly-rhythm = إيقاعك الأسبوعي
next-job-rhythm-hint = الأسبوع الهادئ المنتظم أنفع من الأسبوع المتعجّل. اربط بحثك بلحظة محددة، على هيئة خطة «إذا… فسوف…»: «إذا كان صباح الاثنين، فسوف أقرأ الإعلانات الجديدة وأتقدّم إلى واحدة منها.»
next-job-label-if = إذا…
next-job-placeholder-if = كان صباح الاثنين
next-job-label-then-i = فسوف…
next-job-placeholder-then = أقرأ الإعلانات الجديدة وأتقدّم إلى واحدة منها
next-job-save-rhythm = احفظ إيقاعي
next-job-rhythm-saved = حُفظ.
next-job-this-week = الطلبات المؤرّخة في هذا الأسبوع: { $count }
next-job-title-coming-up = ما هو قادم
next-job-text-nothing-dated-yet = لا شيء له تاريخ بعد. أضف أدناه الموعد النهائي لطلبك التالي أو موعد مقابلتك التالية.
next-job-earlier = مواعيد مضت
next-job-countdown-unit = { $count ->
    [zero] يوم
    [one] يوم
    [two] يومان
    [few] أيام
    [many] يومًا
   *[other] يوم
}
next-job-role-at-company = { $role } في { $company }
next-job-when = { $date } · { $countdown }
next-job-when-at = { $date } { $at } · { $countdown }
next-job-remove-application = إزالة { $role } في { $company }
next-job-title-add-application = أضف طلبًا أو مقابلة
next-job-label-company = الشركة
next-job-label-role = الوظيفة
next-job-label-what-is-it = ما نوعه؟
next-job-label-date = التاريخ
next-job-label-time = الوقت
next-job-hint-optional = اختياري
next-job-label-notes = ملاحظات
next-job-pick-date = اختر التاريخ من فضلك.
next-job-add-to-plan = أضف إلى خطتي
next-job-title-preparation-checklist = قائمة الاستعداد
next-job-checklist-hint = الأساسيات، وما تطلبه الملاحظات التي تلقيتها وفجوات مهاراتك.
next-job-checklist-none-ready = ضع علامة على كل بند حين يصبح جاهزًا.
next-job-checklist-ready = الجاهز: { $ready } من { $total }
next-job-remove-prep = إزالة من القائمة: { $item }
next-job-from-feedback = من الملاحظات
next-job-from-skill-gaps = من فجوات المهارات
next-job-showing-upcoming = يُعرض { $shown } من { $total } من المواعيد القادمة.
next-job-showing-earlier = يُعرض { $shown } من { $total } من المواعيد التي مضت.
next-job-showing-checklist = يُعرض { $shown } من { $total } من بنود القائمة.

## Screen: Overview (src/ui/steps/overview.rs)

lead-overview = كل شيء في مكان واحد: ما قطعته من طريق، وما الخطوة التالية، وكل موعد في خطتك.
tag-keeps-coming-back = يتكرر
feedback-with-category = { $text } [{ $category }]
role-with-level = { $title } ({ $level })
stage-and-date = {" "}({ $stage }، { $date })
overview-day-one = هل وصلك الرفض للتو؟ الأشياء القليلة التي تستحق أن تفعلها اليوم، ولا شيء أكثر، تجدها في صفحة واحدة:
overview-print = اطبع خطتي
overview-add-to-calendar = أضف المواعيد إلى تقويمي (ملف {"\u200E"}.ics)
overview-title-reviews-of-your-plan = مراجعات خطتك
overview-review-from = من { $name }
overview-review-from-unsigned = من مراجعك
overview-review-suggestions-open = { $count ->
    [one] اقتراح واحد للاطلاع عليه
    [two] اقتراحان للاطلاع عليهما
    [few] { $count } اقتراحات للاطلاع عليها
    [many] { $count } اقتراحًا للاطلاع عليها
   *[other] { $count } اقتراح للاطلاع عليه
}
overview-review-suggestions-accepted = قبلت { $accepted } من أصل { $count ->
    [one] اقتراح واحد
    [two] اقتراحين
    [few] { $count } اقتراحات
    [many] { $count } اقتراحًا
   *[other] { $count } اقتراح
}
overview-review-comments-kept = { $count ->
    [one] تعليق واحد محفوظ
    [two] تعليقان محفوظان
    [few] { $count } تعليقات محفوظة
    [many] { $count } تعليقًا محفوظًا
   *[other] { $count } تعليق محفوظ
}
overview-title-progress = التقدّم
overview-done = تمّ
overview-date-time = { $date }، { $time }
overview-passed = مضى موعده
overview-passed-follow-up = حان وقت التذكير
overview-passed-close-loop = حان وقت طيّ هذه الصفحة
overview-passed-skill-gap = مضى التاريخ: انقله إلى يوم آخر متى شئت
overview-passed-fun = هل حدث ذلك؟ دوّن كيف كان
overview-title-due-next = ما يحين قريبًا
overview-text-nothing-waiting = لا شيء له تاريخ ينتظرك. أضف متابعة أو هدفًا لمهارة أو مقابلة، وسيظهر هنا.
overview-title-not-the-only-one = لست وحدك في هذا
overview-several-noes = يسمع معظم الناس «لا» عدة مرات قبل أن يسمعوا «نعم». كل رفض قرار يخص وظيفة واحدة، ووصولك إلى المقابلة أصلًا يعني أن طلبك نجح.
overview-same-stage = جاء عدد من حالات الرفض في المرحلة نفسها ({ $stage }). هذه لحظة مناسبة لتتحدث عن الأمر مع شخص ما: خدمة إرشاد مهني، أو مرشد، أو شخص يستطيع أن يجري معك مقابلة تجريبية.
overview-title-patterns-in-your-feedback = أنماط في الملاحظات التي تلقيتها
overview-patterns-hint = عبر { $count ->
    [one] رفض واحد
    [two] رفضين
    [few] { $count } حالات رفض
    [many] { $count } حالة رفض
   *[other] { $count } حالة رفض
}. الموضوع الذي يتكرر يستحق أن تجعل منه فجوة مهارة تعمل عليها أو تغييرًا في بحثك.
overview-pattern-said = : { $points ->
    [one] ملاحظة واحدة
    [two] ملاحظتان
    [few] { $points } ملاحظات
    [many] { $points } ملاحظة
   *[other] { $points } ملاحظة
} من { $employers ->
    [one] جهة عمل واحدة
    [two] جهتي عمل
    [few] { $employers } جهات عمل
    [many] { $employers } جهة عمل
   *[other] { $employers } جهة عمل
}
overview-pattern-hunches = : { $count ->
    [one] تخمين واحد منك
    [two] تخمينان منك
    [few] { $count } تخمينات منك
    [many] { $count } تخمينًا منك
   *[other] { $count } تخمين منك
}
overview-pattern-hunches-too = ، و{ $count ->
    [one] تخمين واحد منك
    [two] تخمينان منك
    [few] { $count } تخمينات منك
    [many] { $count } تخمينًا منك
   *[other] { $count } تخمين منك
}
overview-title-all-dates = كل المواعيد
overview-text-no-dates-yet = لا مواعيد بعد.
overview-title-my-plan-in-brief = خطتي باختصار
overview-brief-in-focus = الرفض الذي تتناوله هذه الخطوات:
overview-showing-dates = يُعرض { $shown } من { $total } من المواعيد.
overview-brief-feedback = الملاحظات
overview-showing-feedback = يُعرض { $shown } من { $total } من الملاحظات.
overview-brief-roles = الوظائف المستهدفة
overview-showing-roles = يُعرض { $shown } من { $total } من الوظائف.
overview-brief-search-changes = تغييرات في البحث
overview-showing-search-changes = يُعرض { $shown } من { $total } من تغييرات البحث.
overview-brief-skill-gaps = فجوات المهارات
overview-showing-skill-gaps = يُعرض { $shown } من { $total } من فجوات المهارات.
overview-brief-fun = شيء ممتع
overview-showing-fun = يُعرض { $shown } من { $total } من الخطط الممتعة.
overview-brief-done = (تمّ)
overview-brief-rhythm = إيقاعي الأسبوعي
overview-brief-setback = إذا تلقيت رفضًا آخر

## Screen: Today (src/ui/steps/today.rs)

today-title-ask-for-feedback = اطلب الملاحظات
today-label-your-name-for-the = اسمك (للتوقيع)
today-title-plan-one-good-thing = خطّط لشيء جميل واحد
today-write-before = أو، إن كانت الكلمات تساعدك أكثر من الأرقام:{" "}
today-write-link = اكتب ما تشعر به
today-write-after = ، لنفسك وحدك، في «حافظ على تفاؤلك».
today-request-ready = طلب قصير ومهذّب إلى { $company } جاهز، كُتب بناءً على ما سجّلته. أرسله خلال يوم أو يومين، ولا داعي لإرساله اليوم إلا إن شعرت بأنك قادر على ذلك.
today-copy = انسخ الطلب
today-open-email = افتحه في تطبيق البريد
today-copied = تم النسخ. الصقه في بريد إلكتروني أو رسالة، ثم عد لتعلّم أنه أُرسل.
today-sent = أرسلته
today-read-first = اقرأ الطلب أو عدّله أولًا
today-request-sent = أُرسل الطلب { $when }. إن لم يصلك رد، فسيقترح عليك Rebound تذكيرًا لطيفًا واحدًا يوم { $date }.
today-asked-before = لقد طلبت الملاحظات.{" "}
today-asked-link = اطّلع على ما وصل إليه طلبك
today-planned = خطّطت لما يلي: { $what }، { $when } { $at }. استمتع بوقتك.
today-fun-hint = شيء تستمتع به خلال يوم أو يومين: نزهة، أو وجبة مع صديق، أو فيلم. اختر فكرة، ثم خطّط لها.
today-enough-title = هذا يكفي لليوم
today-enough-close = يمكنك إغلاق Rebound الآن. كل شيء محفوظ على هذا الجهاز.
today-useful-again = سيفيدك Rebound مجددًا { $when } ({ $date }): { $what }.
today-useful-again-fun = سيفيدك Rebound مجددًا { $when } ({ $date }): { $what }، وبعد ذلك لحظة لتدوّن كيف كان.
today-nothing-dated = لا شيء له موعد بعد. حين ترسل الطلب، سيحسب Rebound متى يحين موعد التذكير.
today-other-steps-before = الخطوات الأخرى (بحثك ومهاراتك) تفيد أكثر بعد وصول الملاحظات، فلا داعي لبدئها اليوم. حين تكون مستعدًا:{" "}
today-other-steps-link = خطتي
today-other-steps-after = .
lead-today = لقد كتبت ما حدث، وهذه خطوة أولى حقيقية. اليوم لا يهم إلا بضعة أشياء صغيرة. افعل أيًّا منها، أو لا شيء، وتوقف متى شئت.

## Screen: Share (src/ui/steps/share.rs)

share-title-link = المشاركة برابط
share-title-back-up = النسخ الاحتياطي
share-title-before-import = خطتك قبل آخر استيراد
share-title-delete-everything = حذف كل شيء من هذا الجهاز
share-empty-plan = خطتك فارغة حتى الآن، فلن يحمل الرابط شيئًا بعد. سجّل ما حدث أولًا، ثم عُد إلى هنا.
share-private-legend = أجزاء خاصة، لا يتضمنها الرابط إلا إذا اخترتها
share-include-moods = تضمين تسجيلات مزاجي
share-include-reframes = تضمين الأفكار التي أعدت صياغتها
share-include-messages = تضمين رسائل الرفض
share-include-contacts = تضمين أسماء جهات الاتصال وعناوين بريدها
share-include-went-well = تضمين ما سار على ما يرام
share-include-setback-plan = تضمين خطتي للتعثر القادم
share-include-slate = تضمين اليوم الذي بدأت فيه صفحة جديدة
share-never-in-a-link = ما تكتبه في تمرين الكتابة، والنص المكتوب في نموذج من دون حفظه، لا يدخلان أي رابط أبدًا.
share-contains-title = يحتوي هذا الرابط على
share-contains-nothing = لا شيء بعد.
share-contains-label = ما يحتويه الرابط
share-carries-rejections = الشركات والوظائف التي سجّلتها، وإلى أين وصلت في كل منها ومتى
share-carries-contacts = أسماء جهات الاتصال وعناوين البريد الإلكتروني التي سجّلتها
share-carries-name = اسمك، كما توقّع به طلب الملاحظات
share-carries-skills = مهاراتك ومستواك
share-carries-reading = قراءتك لسبب كل رفض
share-count-messages = { $count ->
    [zero] لا رسائل رفض
    [one] رسالة رفض واحدة
    [two] رسالتا رفض
    [few] { $count } رسائل رفض
    [many] { $count } رسالة رفض
   *[other] { $count } رسالة رفض
}
share-count-feedback = { $count ->
    [zero] لا ملاحظات
    [one] ملاحظة واحدة
    [two] ملاحظتان
    [few] { $count } ملاحظات
    [many] { $count } ملاحظة
   *[other] { $count } ملاحظة
}
share-count-roles = { $count ->
    [zero] لا وظائف مستهدفة
    [one] وظيفة مستهدفة واحدة
    [two] وظيفتان مستهدفتان
    [few] { $count } وظائف مستهدفة
    [many] { $count } وظيفة مستهدفة
   *[other] { $count } وظيفة مستهدفة
}
share-count-search-changes = { $count ->
    [zero] لا تغييرات في البحث
    [one] تغيير واحد في البحث
    [two] تغييران في البحث
    [few] { $count } تغييرات في البحث
    [many] { $count } تغييرًا في البحث
   *[other] { $count } تغيير في البحث
}
share-count-skill-gaps = { $count ->
    [zero] لا فجوات في المهارات
    [one] فجوة واحدة في المهارات
    [two] فجوتان في المهارات
    [few] { $count } فجوات في المهارات
    [many] { $count } فجوة في المهارات
   *[other] { $count } فجوة في المهارات
}
share-count-fun = { $count ->
    [zero] لا خطط ممتعة
    [one] خطة ممتعة واحدة
    [two] خطتان ممتعتان
    [few] { $count } خطط ممتعة
    [many] { $count } خطة ممتعة
   *[other] { $count } خطة ممتعة
}
share-count-moods = { $count ->
    [zero] لا تسجيلات للمزاج
    [one] تسجيل واحد للمزاج
    [two] تسجيلان للمزاج
    [few] { $count } تسجيلات للمزاج
    [many] { $count } تسجيلًا للمزاج
   *[other] { $count } تسجيل للمزاج
}
share-count-reframes = { $count ->
    [zero] لا أفكار أعيدت صياغتها
    [one] فكرة واحدة أعيدت صياغتها
    [two] فكرتان أعيدت صياغتهما
    [few] { $count } أفكار أعيدت صياغتها
    [many] { $count } فكرة أعيدت صياغتها
   *[other] { $count } فكرة أعيدت صياغتها
}
share-count-went-well = { $count ->
    [zero] لا أمور سارت على ما يرام
    [one] أمر واحد سار على ما يرام
    [two] أمران سارا على ما يرام
    [few] { $count } أمور سارت على ما يرام
    [many] { $count } أمرًا سار على ما يرام
   *[other] { $count } أمر سار على ما يرام
}
share-count-writing = { $count ->
    [zero] لا جلسات كتابة
    [one] جلسة كتابة واحدة
    [two] جلستا كتابة
    [few] { $count } جلسات كتابة
    [many] { $count } جلسة كتابة
   *[other] { $count } جلسة كتابة
}
share-count-applications = { $count ->
    [zero] لا طلبات ولا مقابلات
    [one] طلب توظيف أو مقابلة واحدة
    [two] اثنان من الطلبات والمقابلات
    [few] { $count } من الطلبات والمقابلات
    [many] { $count } من الطلبات والمقابلات
   *[other] { $count } من الطلبات والمقابلات
}
share-carries-setback-plan = خطتك للتعثر القادم
share-carries-slate = اليوم الذي بدأت فيه صفحة جديدة
share-left-out = ما بقي خارج الرابط: { $parts }.
share-left-out-separator = {"؛ "}
share-left-out-moods = تسجيلات مزاجك
share-left-out-reframes = الأفكار التي أعدت صياغتها
share-left-out-messages = رسائل الرفض
share-left-out-went-well = ما سار على ما يرام
share-left-out-setback-plan = خطتك للتعثر القادم
share-left-out-contacts = أسماء جهات اتصالك وعناوين بريدهم
share-left-out-writing = ما كتبته
share-left-out-rhythm = إيقاعك الأسبوعي
share-left-out-drafts = النص المكتوب من دون حفظ
share-left-out-slate = اليوم الذي بدأت فيه صفحة جديدة
share-link-label = رابط المشاركة الخاص بك
share-sheet-title = خطتي في Rebound
share-qr-hint = امسحه بكاميرا هاتف آخر لتفتح الخطة هناك.
share-qr-label = رمز QR لرابط المشاركة الخاص بك
share-backup-text = يضم ملف النسخة الاحتياطية خطتك كاملة، بما فيها الأجزاء الخاصة. احفظه في مكان آمن.
share-backup-export = تصدير ملف نسخة احتياطية
share-backup-restore = الاستعادة من ملف نسخة احتياطية
share-backup-saved = حُفظ ملف النسخة الاحتياطية في التنزيلات.
share-before-import-kept = حُفظت في { $date }. يمكنك أن تلقي عليها نظرة وتستعيدها.
share-before-import-restore = استعادة خطتي السابقة
share-delete-what = يمكنك أن تحذف كل ما يحفظه Rebound في هذا المتصفح: خطتك، والنص المكتوب في نموذج من دون حفظه، وما كتبته، والمراجعات التي تكتبها لأشخاص آخرين، والنسخ المحفوظة جانبًا، ومواعيد التذكير بالنسخ الاحتياطي، واختيارك للألوان. أما الروابط التي أرسلتها وملفات النسخ الاحتياطية التي حفظتها فلا يمسّها شيء.
share-delete-start = حذف كل شيء…
share-delete-cannot-undo = لا يمكن التراجع عن هذا.
share-delete-backup-first = بعد الحذف لا يستطيع Rebound أن يعيد شيئًا. إن كنت قد تحتاج إلى خطتك مرة أخرى، فصدّر نسخة احتياطية أولًا: يمكنك فتحها هنا لاحقًا، أو على جهاز آخر.
share-delete-export = تصدير نسخة احتياطية أولًا
share-delete-confirm = نعم، احذف كل شيء
share-delete-cancel = إلغاء، أبقِ كل شيء
share-gone-title = حُذف كل شيء
share-gone-lead = لم يبق شيء مما كان Rebound يحفظه على هذا الجهاز: خطتك، ومسوداتك وما كتبته، والمراجعات التي كنت تكتبها، والنسخ المحفوظة جانبًا. لن تحفظ علامة التبويب هذه شيئًا بعد الآن.
share-gone-elsewhere-lead = لم يبق شيء مما كان Rebound يحفظه على هذا الجهاز: حُذف من علامة تبويب أخرى. لن تحفظ علامة التبويب هذه شيئًا بعد الآن، فلن يعود شيء.
share-gone-backup = إن كنت قد حفظت ملف نسخة احتياطية، يمكنك فتحه من صفحة المشاركة متى أردته مرة أخرى. ومتى كنت مستعدًا، يمكنك أن تبدأ من جديد.
share-gone-start-fresh = البدء من جديد
share-gone-partly-title = تعذّر حذف كل شيء
share-gone-partly-lead = حذف Rebound ما استطاع حذفه من هذا الجهاز، ولن تحفظ علامة التبويب هذه شيئًا بعد الآن.
share-gone-try-again = حاول مرة أخرى
lead-share = أرسل خطتك إلى مرشد أو صديق أو إلى جهازك الآخر، أو احتفظ بملف نسخة احتياطية. تنتقل الخطة داخل الرابط نفسه، بعد العلامة #، وهو جزء لا ترسله المتصفحات أبدًا إلى الموقع الذي يقدّم Rebound. وما ينقل الرابط (تطبيق محادثة، بريد إلكتروني) ينقل كل ما فيه، فلا ترسله إلا لمن تثق بهم.

## Screen: Import (src/ui/steps/import.rs)

import-title-target-roles = الوظائف المستهدفة
import-title-search-changes = تغييرات البحث
import-title-skill-gaps = فجوات المهارات
import-title-something-fun = شيء ممتع
import-title-applications-and-interviews = الطلبات والمقابلات
import-title-reframed-thoughts = أفكار بنظرة جديدة
import-go-to-plan = اذهب إلى خطتي
import-not-changed = لم تتغير خطتك.
import-nothing-imported = لم يُستورد أي شيء.
import-from-link = شارك { $name } خطة معك
import-from-file = حفظ { $name } هذه الخطة في ملف نسخة احتياطية
import-from-link-unnamed = شارك أحدهم خطة معك
import-from-file-unnamed = حفظ أحدهم هذه الخطة في ملف نسخة احتياطية
import-empty = إنها فارغة.
import-holds = تحتوي على:
import-choice-title = ماذا تودّ أن تفعل؟
import-open = افتح هذه الخطة
import-not-now = ليس الآن
import-have-plan = لديك خطة على هذا الجهاز بالفعل.
import-replace = استبدل خطتي
import-replace-hint = تُحفظ خطتك الحالية جانبًا، ويمكن استعادتها من صفحة المشاركة.
import-keep-mine = أبقِ خطتي
import-keep-mine-hint = لا يتغير شيء.
import-keep-both = أبقِ الاثنتين
import-keep-both-hint = تُضاف العناصر المشتركة إلى جانب عناصرك.
import-review = راجع هذه الخطة
import-review-hint = علّق عليها واقترح أشياء، ثم أرسل مراجعتك في رابط. لن تُمسّ خطتك.
import-review-old = هذا الرابط من إصدار أقدم من Rebound، فلن تجد المراجعة طريقها إلى صاحب الخطة. اطلب رابطًا جديدًا لمراجعتها.
import-preview-title = الخطة، للقراءة فقط
import-rejections = حالات الرفض
import-stage-date = {" "}· { $stage } · { $date }
import-gap-plan = { $skill }: { $plan }
import-application = { $role } في { $company } · { $date }
import-reframe = { $thought } ← { $kinder }
lead-import-none = لا توجد هنا خطة مشتركة بانتظارك.
lead-import-refused = لا يمكن فتح هذه الخطة.
lead-import = ألقِ نظرة أولًا. لا يُحفظ شيء حتى تختار أدناه.

## Screen: About (src/ui/steps/about.rs)

about-title-who = من تابعت الدراسات
about-who-intro = لم تبحث أي منها في أشخاص يستخدمون تطبيقًا وحدهم بعد رفض واحد. تابع معظمها أشخاصًا فقدوا عملهم أو كانوا بلا عمل، كثير منهم في برامج يديرها مدرّبون، على مدى عدة جلسات أو أسابيع. ما ساعدهم قد يساعدك بقدر أقل، أو بطريقة مختلفة.
about-studied-writing = الكتابة عن فقدان الوظيفة: 63 مهنيًا سُرّحوا من عملهم.
about-studied-jobs = تجارب Michigan JOBS: أشخاص عاطلون عن العمل في جلسات جماعية يقودها مدرّبون.
about-studied-job-search = مراجعة 47 برنامجًا للبحث عن عمل: أشخاص يبحثون عن عمل، في برامج منظّمة، يقود المدرّبون معظمها.
about-studied-pleasant = مراجعة 20 تجربة عن الأنشطة الممتعة: أشخاص في برامج امتدت عدة أسابيع.
about-studied-if-then = مراجعة خطط «إذا… فسوف…»: أشخاص يسعون إلى أهداف شتى، وليسوا باحثين عن عمل تحديدًا.
about-title-support = الدعم
about-support-text = إن كان الرفض، أو أي أمر آخر، يثقل عليك، فقد يساعدك أن تتواصل مع أحد اليوم.{" "}
about-title-your-data = بياناتك
about-data-where = تُحفظ خطتك في مساحة التخزين الخاصة بهذا المتصفح على هذا الجهاز. لا يوجد حساب ولا خادم: لا يرسل التطبيق شيئًا إلى أي مكان، ولا يحمّل خطوطًا خارجية ولا أدوات تتبّع أو تحليلات.
about-data-saving = تُحفظ تلقائيًا أولًا بأول، بما في ذلك ما تكتبه في نموذج قبل أن تضغط زره. لتبقى في أمان، صدّر ملف نسخة احتياطية بين حين وآخر من صفحة المشاركة: فالمتصفحات قد تمسح بيانات موقع ما، وبعضها يفعل ذلك بعد أسبوع بلا زيارة. يضم ملف النسخة الاحتياطية كل شيء، بما في ذلك ما كتبته.
about-data-links = حين تشارك رابطًا، تنتقل الخطة داخل الرابط نفسه، وما ينقل الرابط (تطبيق محادثة، بريد إلكتروني) ينقل ما فيه. الأجزاء الخاصة (تسجيلات مزاجك، والأفكار التي أعدت صياغتها، وما سار على ما يرام، وخطتك للتعثر القادم، ورسائل الرفض، وأسماء من تواصلت معهم وعناوين بريدهم) لا يتضمنها الرابط إلا إذا اخترتها؛ أما ما كتبته والنص غير المحفوظ فلا يدخلان أي رابط أبدًا. تعرض صفحة المشاركة ما يحتويه الرابط قبل أن ترسله.
about-title-research = الأبحاث وراء الخطوات
about-who-took-part = من شارك: { $who }
about-used-in = مستخدمة في
about-writing-claim = الأشخاص الذين كتبوا عن أفكارهم ومشاعرهم إزاء فقدان عملهم، 20 دقيقة يوميًا لمدة خمسة أيام، كانت نسبة من عاد منهم إلى العمل بعد ثمانية أشهر أعلى: 53%، مقابل 24% و14% في مجموعتي المقارنة. لم يتقدّم الكاتبون إلى وظائف أكثر من غيرهم؛ بل تغيّرت مواقفهم.
about-writing-who = 63 مهنيًا سُرّحوا من عملهم، في دراسة صغيرة. إحدى مجموعتي المقارنة لم تُشكَّل بالتوزيع العشوائي، لذا ربما اختلفت عن الكاتبين منذ البداية.
about-pleasant-claim = البرامج التي خطّط فيها الناس لأنشطة ممتعة ومارسوها رفعت من رفاههم: عبر 20 تجربة، بلغ متوسط حجم الأثر g = 0.52.
about-pleasant-plain = بعبارة بسيطة: أثر متوسط. بعد برنامج كهذا، كان الشخص المتوسط يشعر بحال أفضل من نحو 7 من كل 10 أشخاص في مجموعات المقارنة. والأمسية الواحدة المخطط لها أصغر بكثير من برنامج يمتد عدة أسابيع.
about-pleasant-who = أشخاص في برامج للأنشطة الممتعة امتدت عدة أسابيع.
about-pleasant-source = { $source }، مراجعة لتجارب التنشيط السلوكي (التخطيط لأنشطة مجزية)
about-if-then-claim = ساعد وضع خطط «إذا… فسوف…» («نوايا التنفيذ») الناس على اتخاذ خطوات نحو أهدافهم: عبر 94 اختبارًا، بلغ متوسط حجم الأثر d = 0.65.
about-if-then-plain = بعبارة بسيطة: أثر متوسط إلى كبير. الشخص المتوسط الذي وضع خطط «إذا… فسوف…» اتخذ خطوات نحو هدفه أكثر من نحو 3 من كل 4 أشخاص لم يضعوها.
about-if-then-who = أشخاص يسعون إلى أهداف شتى، وليسوا باحثين عن عمل تحديدًا.
about-job-search-claim = عبر 47 برنامجًا للبحث عن عمل، كانت أرجحية (odds) إيجاد المشاركين عملًا 2.67 مرة قدر أرجحية الأشخاص في مجموعات المقارنة (نسبة أرجحية، أو odds ratio، قدرها 2.67).
about-job-search-plain = بعبارة بسيطة: الأرجحية تقارن بين من وجدوا عملًا ومن لم يجدوا. فحيث وجد نصف مجموعة المقارنة عملًا (أرجحية 1 إلى 1)، تعني أرجحية أعلى بمقدار 2.67 مرة أن نحو 73 من كل 100 مشارك يجدون عملًا، بدلًا من 50 من كل 100.
about-job-search-who = أشخاص يبحثون عن عمل، في برامج منظّمة، يقود المدرّبون معظمها.
about-job-search-what-worked = نتيجة منفصلة من المراجعة نفسها: نجحت البرامج حين بنت مهارات البحث عن عمل والدافعية معًا: تقديم النفس، والثقة بالقدرات الذاتية، والمبادرة، ووضع الأهداف، والدعم من الآخرين.
about-jobs-claim = بين الأشخاص الذين كانوا ما زالوا يبحثون عن عمل، رفع برنامج Michigan JOBS في مجمله دافعيتهم إلى البحث.
about-jobs-who = أشخاص عاطلون عن العمل في برنامج JOBS: سلسلة من الجلسات الجماعية يقودها مدرّبون.
about-jobs2-claim = في JOBS II، تدرّب الناس على الطريقة التي سيتعاملون بها مع التعثرات. ومن فقد منهم وظيفة جديدة لاحقًا ظهرت عليه علامات اكتئاب أقل (أعراض اكتئابية) من الأشخاص في مجموعة المقارنة. تتعلق هذه النتيجة بالمزاج بعد التعثر، لا بالدافعية.
about-jobs2-who = أشخاص عاطلون عن العمل في JOBS II، التجربة الثانية للبرنامج، في جلسات جماعية يقودها مدرّبون أيضًا.
about-title-advice = نصائح، لا نتائج أبحاث
about-advice-reminder = تذكير مهذّب واحد بعد نحو خمسة أيام عمل من طلب الملاحظات، ثم المضي قدمًا، عُرف شائع في التوظيف، لا نتيجة بحثية.
about-advice-fun = التخطيط لشيء ممتع في اليوم التالي أو الذي يليه، والقائمة القصيرة للأشياء في يوم الرفض، اقتراحان من Rebound.
about-advice-writing = يستعير تمرين الكتابة شكل الدراسة بتصرّف: طلبت الدراسة 20 دقيقة يوميًا على مدى خمسة أيام، ويقدّم Rebound ما يصل إلى أربع جلسات ومؤقتًا اختياريًا لمدة 15 أو 20 دقيقة.
about-advice-setback = تستعير خطة التعثر القادم فكرة من JOBS II، حيث تدرّب الناس عليها في جلسات جماعية مع مدرّبين؛ أما هنا فتكتبها بنفسك.
about-advice-care = الخطوة الصغيرة المقترحة في يوم صعب، والملاحظة بعد عدة أيام صعبة، والكلمات عن طلب الدعم الآن، كلها عناية عادية، وليست علاجًا. Rebound ليس بديلًا عن الطبيب.
lead-about = Rebound أداة صغيرة ومجانية للأيام التي تلي رفض طلب عمل، صُممت لتكون هادئة، وسريعة على أي هاتف، وتحافظ على خصوصيتك. تستعير خطواتها أفكارًا من الدراسات المذكورة في هذه الصفحة، لكن Rebound نفسه لم يُختبر: لم تبحث أي دراسة فيما إذا كان استخدامه يساعد.

## Screen: Reviewing (src/ui/steps/reviewing.rs)

reviewing-empty = أنت لا تراجع خطة أحد الآن. حين يشاركك أحدهم خطته، افتح رابطه واختر «راجع هذه الخطة».
reviewing-row-sent = {" "}· أُرسلت في { $date }
reviewing-row-started = {" "}· بدأت في { $date }
reviewing-owner = خطة { $name }
reviewing-owner-unsigned = خطة
reviewing-eyebrow = مراجعة
reviewing-lead = علّق على ما تشاء، واقترح ما قد يفيد، وأضف ملاحظة. تُحفظ مراجعتك على هذا الجهاز، منفصلة عن خطتك، فيمكنك إغلاق علامة التبويب هذه والعودة إليها من «المراجعات» في الأعلى. لا يُرسَل شيء حتى ترسله أنت.
reviewing-tone-label = قبل أن تكتب
reviewing-tone = كلمة عن النبرة: من أعدّ هذه الخطة تلقّى للتو رفضًا لطلب عمل. ابدأ بما يسير جيدًا، ثم اقترح أمرًا واحدًا إلى ثلاثة أمور هي الأنفع. وإن ظهرت في الخطة أمور خاصة، مثل المزاج أو الملاحظات الشخصية، فلا تتطرّق إليها.
reviewing-plan-unreadable = لم يعد من الممكن قراءة الخطة في هذه المراجعة. اطلب رابطًا جديدًا لها.
reviewing-title-plan = الخطة
reviewing-plan-empty = لا يوجد في هذه الخطة بعد ما يمكن التعليق عليه. ما زال بإمكانك أن تقترح أشياء وتكتب ملاحظة أدناه.
reviewing-title-plan-with-comments = الخطة، للقراءة فقط، مع تعليقاتك
reviewing-comments-hint = اترك الخانة فارغة حيث لا يكون لديك ما تقوله.
reviewing-comment-on = تعليق على: { $item }
reviewing-comment-placeholder = تعليقك
reviewing-title-suggest = اقترح شيئًا جديدًا
reviewing-suggestions-label = اقتراحاتك
reviewing-remove-suggestion = إزالة الاقتراح: { $suggestion }
reviewing-kind-label = نوع الاقتراح
reviewing-kind-gap = فجوة في المهارات يمكن سدّها
reviewing-kind-role = وظيفة يمكن السعي إليها
reviewing-kind-search = تغيير في البحث
reviewing-kind-prep = شيء يُستعد به للمقابلات
reviewing-what-gap = المهارة
reviewing-what-role = المسمى الوظيفي
reviewing-what-search = التغيير
reviewing-what-prep = ما يُستعد له
reviewing-label-method = طريقة اكتسابها
reviewing-label-how = كيف كنت ستسدّ هذه الفجوة
reviewing-hint-how = اختياري: دورة، أو مشروع، أو شخص يمكن سؤاله.
reviewing-label-level = المستوى
reviewing-add-suggestion = أضف الاقتراح
reviewing-title-note-and-name = ملاحظتك واسمك
reviewing-label-note = ملاحظة لصاحب الخطة
reviewing-hint-note = بضع جمل عن الخطة كلها: ما الذي يسير جيدًا، وبماذا كنت ستبدأ.
reviewing-label-name = اسمك
reviewing-hint-name = ليعرف صاحب الخطة من راجعها.
reviewing-title-send = أرسل مراجعتك
reviewing-send-hint = تعود مراجعتك على شكل رابط، كما وصلتك الخطة. وهي تحمل تعليقاتك واقتراحاتك وملاحظتك واسمك، ولا شيء غير ذلك.
reviewing-sent-on = أُرسلت في { $date }. أي تغيير من الآن يُرسَل جولةً جديدة.
reviewing-send = أرسل مراجعتي
reviewing-remove = أزل هذه المراجعة
reviewing-nothing-to-send = اكتب تعليقًا أو اقتراحًا أو ملاحظة أولًا: لا يوجد بعد ما يُرسَل.
reviewing-remove-confirm = أتزيل هذه المراجعة من هذا الجهاز؟ سيضيع ما كتبته فيها.
reviewing-link-label = رابط مراجعتك
reviewing-sheet-title = مراجعتي لخطتك في Rebound
reviewing-qr-hint = ليمسحه صاحب الخطة بكاميرا هاتفه فتُفتح مراجعتك هناك.
reviewing-qr-label = رمز QR لرابط مراجعتك
reviewing-desk-full = أنت تكتب الآن مراجعات كثيرة. أنهِ واحدة أو أزلها أولًا.
reviewing-desk-unreadable = حدث خطأ: { $error }. ما كان محفوظًا وُضع جانبًا على هذا الجهاز.
reviewing-desk-not-saved = تعذّر حفظ مراجعتك على هذا الجهاز: { $error }.
lead-reviewing = مراجعات تكتبها لخطط أشخاص آخرين. تبقى على هذا الجهاز، منفصلة عن خطتك، حتى ترسلها.

## Screen: Review (src/ui/steps/review.rs)

review-eyebrow = رأي ثانٍ
review-who = مراجعة لخطتك من { $name }
review-who-unsigned = وصلتك مراجعة لخطتك
review-pending = لن يتغير شيء في خطتك حتى تختار أدناه.
review-received-on = وصلت في { $date }.
review-plan-changed = تغيّرت خطتك منذ أن رُوجعت. التعليقات على أشياء حذفتها منذ ذلك الحين معروضة على حدة، في النهاية.
review-title-note = الملاحظة المرفقة
review-title-comments = تعليقات على خطتك
review-comments-hint = احتفظ بتعليق لتراه على بطاقة ذلك البند، ودعه جانبًا إن لم يكن مفيدًا لك.
review-title-suggestions = اقتراحات
review-suggestions-hint = اقبل اقتراحًا لتضيفه إلى خطتك، مع الإشارة إلى صاحبه. الرفض لا يغيّر شيئًا.
review-title-removed = عن أشياء لم تعد في خطتك
review-keep-for-later = الاحتفاظ بهذه المراجعة والقرار لاحقًا
review-not-now = ليس الآن
review-comment-about = بخصوص{" "}
review-comment-about-removed = بخصوص «{ $item }»، ولم يعد في خطتك
review-comment-kept = محفوظ على بطاقته.
review-comment-let-go = تُرك جانبًا.
review-keep = احتفظ به
review-let-go = دعه جانبًا
review-accepted = مقبول: صار في خطتك.{" "}
review-see-it = اعرضه
review-declined = مرفوض.
review-accept-after-all = اقبله رغم ذلك
review-accept = اقبل
review-decline = ارفض
review-go-to-plan = اذهب إلى خطتي
review-plan-unchanged = لم تتغيّر خطتك أنت.
review-not-in-plan = لم تعد هذه المراجعة في خطتك.
lead-review-none = لا توجد هنا مراجعة لعرضها.
lead-review-refused = لا يمكن فتح هذه المراجعة.

## Screen: Support (src/ui/steps/support.rs)

support-title-getting-support-now = الحصول على الدعم الآن
support-cannot-contact = يحفظ Rebound كل شيء على هذا الجهاز، ولا يستطيع التواصل مع أحد نيابة عنك.
lead-support = قد يكون الرفض مؤلمًا، وبعض الأيام أثقل من غيرها. طلب العون طريقة من طرق الاعتناء بنفسك. هذه الكلمات هنا متى احتجت إليها، بالاتصال بالإنترنت أو من دونه.

## The installed app (pwa/manifest.webmanifest)

manifest-description = خطة هادئة وخاصة للأيام التي تلي رفضًا بعد مقابلة عمل. تعمل دون اتصال بالإنترنت، ويبقى كل شيء على هذا الجهاز.

## Boot screen (index.html): shown while the app loads

boot-page-title = Rebound: لتنهض من جديد بعد رفض طلب عمل
boot-nav-label = الخطة
boot-nav-my-plan = خطتي
boot-nav-share = المشاركة
boot-nav-about = عن التطبيق
boot-steps-label = الخطوات
boot-step-start = البداية
boot-step-feedback = الملاحظات
boot-step-feedback-link = الخطوة 1: الملاحظات
boot-step-search = البحث
boot-step-search-link = الخطوة 2: البحث
boot-step-skills = المهارات
boot-step-skills-link = الخطوة 3: المهارات
boot-step-fun = المتعة
boot-step-fun-link = الخطوة 4: المتعة
boot-step-positive = التفاؤل
boot-step-positive-link = الخطوة 5: التفاؤل
boot-step-next-job = الوظيفة التالية
boot-step-next-job-link = الخطوة 6: الوظيفة التالية
boot-step-my-plan = خطتي
boot-welcome-title = خطة هادئة لما بعد «لا» في طلب عمل
boot-welcome-lead = أن تُرفَض أمر مؤلم، لكنه يقول عنك أقل مما يبدو لك اليوم. يرافقك Rebound في ست خطوات صغيرة لتتعلم منه ما تستطيع، وتعتني بنفسك، وتستعد للفرصة التالية.
boot-welcome-feedback = استفد من الملاحظات
boot-welcome-search = حسّن بحثك
boot-welcome-skills = سدّ فجوات مهاراتك
boot-welcome-fun = افعل شيئًا ممتعًا
boot-welcome-positive = حافظ على تفاؤلك
boot-welcome-next-job = ركّز على الوظيفة التالية
boot-welcome-privacy = لا حساب، ولا شيء لتثبيته. ما تكتبه يبقى على هذا الجهاز إلا إذا اخترت مشاركته.
boot-what-happened = ما الذي حدث؟
boot-what-hint = تكفي بضعة تفاصيل. يمكنك تغييرها لاحقًا.
boot-company = الشركة
boot-role = الوظيفة
boot-opening = جارٍ فتح خطتك…

## Widgets: notices, prompts, saving and the browser (src/ui/widgets, src/ui/app.rs, src/web)

widget-save-saved = محفوظ على هذا الجهاز
widget-save-pending = جارٍ الحفظ…
widget-save-failed = غير محفوظ
widget-save-read-only = للقراءة فقط
widget-save-memory-only = غير محفوظ: في علامة التبويب هذه فقط
widget-unreadable-title = تعذّرت قراءة خطة محفوظة.
widget-unreadable-restored = فتح Rebound بدلًا منها آخر نسخة سليمة لديك.
widget-unreadable-kept = نصّها الأصلي محفوظ بأمان على هذا الجهاز، دون أي تغيير. يمكنك تنزيله لنفسك أو لشخص يستطيع المساعدة.
widget-unreadable-download = تنزيل النص الأصلي
widget-unreadable-delete-confirm = هل تريد حذف النص غير المقروء من هذا الجهاز؟ نزّله أولًا إن كنت قد تحتاج إليه.
widget-unreadable-delete = احذفه
widget-newer-title = حُفظت هذه الخطة بإصدار أحدث من Rebound.
widget-newer-text = حفاظًا عليها، لن يغيّرها هذا الإصدار. أعد تحميل الصفحة لتحصل على أحدث إصدار.
widget-export-backup = تصدير نسخة احتياطية
widget-save-what-to-do = ماذا يمكنك أن تفعل
widget-backup-reminder = مرّ أكثر من أسبوع على آخر نسخة احتياطية. بعض المتصفحات تمسح بيانات الموقع بعد أسبوع بلا زيارة، لذا من المفيد أن تحتفظ بنسخة من خطتك.
widget-not-now = ليس الآن
widget-update-ready = إصدار جديد من Rebound جاهز.
widget-update-reloading = جارٍ إعادة التحميل…
widget-update-reload = إعادة التحميل
widget-storage-label = التخزين على هذا الجهاز:{" "}
widget-storage-checking = جارٍ التحقق…
widget-storage-granted = محفوظ. وافق متصفحك على ألّا يمسح بيانات Rebound لإفساح المجال.
widget-storage-not-granted = دون ضمان. قد يمسح متصفحك البيانات إذا ضاقت مساحة الجهاز، فصدّر نسخة احتياطية من صفحة المشاركة بين حين وآخر.
widget-storage-not-supported = لا يذكر هذا المتصفح إن كان سيحتفظ بالبيانات. صدّر نسخة احتياطية من صفحة المشاركة بين حين وآخر.
widget-link-length = { $count ->
    [one] حرف واحد
    [two] حرفان
    [few] { $count } أحرف
    [many] { $count } حرفًا
   *[other] { $count } حرف
}
widget-link-long = طول هذا الرابط أكثر من { $max } حرف. بعض تطبيقات المحادثة تقصّ الروابط الطويلة، ويصعب مسح رموز QR الكثيفة. يصبح الرابط أقصر إذا تركت الأجزاء الخاصة أو العناصر القديمة؛ أما ملف النسخة الاحتياطية فلا حدّ لحجمه.
widget-share = مشاركة…
widget-copy-link = نسخ الرابط
widget-link-copied = نُسخ الرابط. الصقه في رسالة أو بريد إلكتروني.
widget-show-qr = عرض رمز QR
widget-qr-too-long = هذا الرابط أطول من أن يتسع له رمز QR. اترك بعض الأجزاء، أو أرسل الرابط نفسه.
widget-needs-rejection = تنطلق هذه الخطوة مما حدث. ابدأ بتسجيل الرفض: لن يستغرق ذلك سوى دقيقة.
widget-record-what-happened = سجّل ما حدث
widget-waits-for-feedback = تفيد هذه الخطوة أكثر بعد وصول الملاحظات. إن لم تصل بعد، فلا داعي للبدء من هنا: ستبقى هذه الخطوة هنا حين تصل.
widget-remove = إزالة
widget-remove-confirm = هل تريد إزالة هذا؟
widget-keep-date = نعم، أبقِ هذا التاريخ
widget-suggested-by = اقتراح من { $name }
widget-suggested-by-unsigned = اقتراح من مراجعك
widget-review-comments = تعليقات من المراجعات
widget-review-comment = { $who }: { $text }
widget-imported-nothing = بقيت خطتك كما كانت. لم يُستورد شيء.
widget-imported-opened = فُتحت الخطة.
widget-imported-kept-aside = فُتحت الخطة. خطتك السابقة محفوظة: يمكنك استعادتها من صفحة المشاركة.
widget-imported-beside = أُضيفت العناصر المشتركة إلى جانب عناصرك.

## Core: what the plan and its insights say (src/core: insights, plan, review, dates, steps)

core-verdict-big-step = قفزة كبيرة: فكّر في وظيفة أدنى بمستوى واحد
core-verdict-good = تناسبك جيدًا
core-verdict-step-up = في متناولك: خطوة إلى أعلى
core-verdict-partial = تناسبك جزئيًا: بضع فجوات لتسدّها
core-verdict-far = بعيدة عن مهاراتك الحالية
core-stage-ghosted-line = ألّا يصلك أي رد أمر شائع للأسف. وهو يقول عن طريقة عملهم أكثر مما يقول عنك.
core-stage-ghosted-next = واصل بحثك وأنت تنتظر؛ تكفي رسالة متابعة لطيفة واحدة.
core-stage-application-line = الرفض في مرحلة السيرة الذاتية يُحسم غالبًا في ثوانٍ، بمقارنتها بقائمة من الشروط الأساسية.
core-stage-application-next = في المرة القادمة، قارن سيرتك الذاتية بأهم ثلاثة متطلبات في الإعلان، وبكلماته نفسها.
core-stage-screening-line = مكالمة الفرز الأولي فحص سريع للأساسيات: الراتب، والمواعيد، والمتطلبات الرئيسية.
core-stage-screening-next = جهّز إجابة قصيرة عن سبب اختيارك هذه الوظيفة، وعن الراتب الذي تتطلع إليه.
core-stage-interview-line = وصولك إلى المقابلة يعني أن طلبك نجح: أرادوا أن يلتقوا بك.
core-stage-interview-next = تدرّب على إجاباتك بصوت مسموع، مع أحد أو وحدك؛ فهذا يختلف عن التفكير فيها.
core-stage-final-round-line = في الجولة الأخيرة تكون المنافسة متقاربة في الغالب، وقد يكون الفرق بين آخر المتقدمين صغيرًا.
core-stage-final-round-next = إن طلبت ملاحظات، فاسأل عمّا رجّح الكفة: هذا أنفع ما يمكن أن تعرفه.
core-stage-offer-line = الرفض في مرحلة العرض يتوقف عادةً على التفاصيل الأخيرة: التزكيات المهنية، والراتب، وموعد البدء.
core-stage-offer-next = تأكد مما سيقوله عنك من يزكّونك، واعرف نطاق الراتب الذي تريده قبل مناقشة العرض القادم.
core-stage-other-line = الرفض قرارهم بشأن هذه الوظيفة الشاغرة، وليس مقياسًا لقيمتك.
core-stage-other-next = دوّن ما كنت ستفعله بالطريقة نفسها مرة أخرى، وشيئًا واحدًا كنت ستغيّره.
core-prep-research = اقرأ عن الشركة: ما تقدّمه، وأخبارها، وقيمها
core-prep-stories = جهّز ثلاث قصص قصيرة تُظهر أفضل ما أنجزت
core-prep-practice = تدرّب على إجاباتك بصوت مسموع، ويُفضَّل مع أحد
core-prep-questions = اكتب سؤالين أو ثلاثة لتطرحها عليهم
core-prep-logistics = تحقّق في اليوم السابق من الموعد أو المكان أو رابط الفيديو
core-prep-learning = كن مستعدًا للحديث عمّا تعلّمته منذ آخر رفض: إظهار أنك تواصل التطور يجعل طلبك أكثر جاذبية
core-prep-learning-named = كن مستعدًا للحديث عمّا تعلّمته منذ آخر رفض ({ $skills }): إظهار أنك تواصل التطور يجعل طلبك أكثر جاذبية
core-prep-feedback = اعمل على ملاحظات { $company }: { $text }
core-prep-hunch = تحقّق من حدسك بشأن { $company }: { $text }
core-prep-gap-plan = { $skill }: { $plan }
core-prep-keep-building = واصل تنمية { $skill }
core-action-follow-up = أرسل تذكيرًا لطيفًا واحدًا إلى { $company } بشأن الملاحظات
core-action-close-loop = لا رد بعد من { $company }: حان وقت طيّ صفحة هذا الطلب
core-action-skill-target = هدف مهارة: { $skill }
core-fun-with = { $what } مع { $who }
core-small-step-water = اشرب كوبًا من الماء، ثم اخرج لخمس دقائق
core-small-step-message = أرسل رسالة واحدة إلى شخص تحبه؛ ولا يلزم أن تكون عن هذا الأمر
core-small-step-eat = كُل شيئًا بسيطًا ودافئًا، بعيدًا عن الشاشة
core-small-step-walk = تمشَّ عشر دقائق، بالسرعة التي تريحك
core-small-step-song = شغّل أغنية تحبها واستمع إليها حتى نهايتها
core-small-step-shower = استحمّ، والبس شيئًا مريحًا
core-countdown-today = اليوم
core-countdown-tomorrow = غدًا
core-countdown-yesterday = أمس
core-countdown-in-days = { $count ->
    [zero] بعد { $count } يوم
    [one] بعد يوم واحد
    [two] بعد يومين
    [few] بعد { $count } أيام
    [many] بعد { $count } يومًا
   *[other] بعد { $count } يوم
}
core-countdown-days-ago = { $count ->
    [zero] قبل { $count } يوم
    [one] قبل يوم واحد
    [two] قبل يومين
    [few] قبل { $count } أيام
    [many] قبل { $count } يومًا
   *[other] قبل { $count } يوم
}
core-role-at-company = { $role } في { $company }
core-if-then = إذا { $cue }، فإنني { $action }.
core-evidence-from-feedback = ملاحظات من { $company }: { $text }
core-search-change-from-feedback = تعديل البحث: { $text }
core-your-reviewer = مراجعك
core-item-role = الوظيفة: { $title }
core-item-setback-plan = إن تلقيت رفضًا آخر: { $plan }
core-held-rejections = { $count ->
    [zero] لا حالات رفض
    [one] حالة رفض واحدة
    [two] حالتا رفض
    [few] { $count } حالات رفض
    [many] { $count } حالة رفض
   *[other] { $count } حالة رفض
}
core-held-rejection-messages = { $count ->
    [zero] لا رسائل رفض
    [one] رسالة رفض واحدة
    [two] رسالتا رفض
    [few] { $count } رسائل رفض
    [many] { $count } رسالة رفض
   *[other] { $count } رسالة رفض
}
core-held-contacts = { $count ->
    [zero] لا جهات اتصال
    [one] جهة اتصال واحدة
    [two] جهتا اتصال
    [few] { $count } جهات اتصال
    [many] { $count } جهة اتصال
   *[other] { $count } جهة اتصال
}
core-held-feedback-points = { $count ->
    [zero] لا ملاحظات
    [one] ملاحظة واحدة
    [two] ملاحظتان
    [few] { $count } ملاحظات
    [many] { $count } ملاحظة
   *[other] { $count } ملاحظة
}
core-held-target-roles = { $count ->
    [zero] لا وظائف مستهدفة
    [one] وظيفة مستهدفة واحدة
    [two] وظيفتان مستهدفتان
    [few] { $count } وظائف مستهدفة
    [many] { $count } وظيفة مستهدفة
   *[other] { $count } وظيفة مستهدفة
}
core-held-search-changes = { $count ->
    [zero] لا تعديلات على البحث
    [one] تعديل واحد على البحث
    [two] تعديلان على البحث
    [few] { $count } تعديلات على البحث
    [many] { $count } تعديلًا على البحث
   *[other] { $count } تعديل على البحث
}
core-held-skill-gaps = { $count ->
    [zero] لا فجوات مهارية
    [one] فجوة مهارية واحدة
    [two] فجوتان مهاريتان
    [few] { $count } فجوات مهارية
    [many] { $count } فجوة مهارية
   *[other] { $count } فجوة مهارية
}
core-held-fun-plans = { $count ->
    [zero] لا خطط ممتعة
    [one] خطة ممتعة واحدة
    [two] خطتان ممتعتان
    [few] { $count } خطط ممتعة
    [many] { $count } خطة ممتعة
   *[other] { $count } خطة ممتعة
}
core-held-mood-check-ins = { $count ->
    [zero] لا تسجيلات للمزاج
    [one] تسجيل واحد للمزاج
    [two] تسجيلان للمزاج
    [few] { $count } تسجيلات للمزاج
    [many] { $count } تسجيلًا للمزاج
   *[other] { $count } تسجيل للمزاج
}
core-held-reframed-thoughts = { $count ->
    [zero] لا أفكار أُعيدت صياغتها
    [one] فكرة واحدة أُعيدت صياغتها
    [two] فكرتان أُعيدت صياغتهما
    [few] { $count } أفكار أُعيدت صياغتها
    [many] { $count } فكرة أُعيدت صياغتها
   *[other] { $count } فكرة أُعيدت صياغتها
}
core-held-went-well = { $count ->
    [zero] لا أمور جرت على ما يرام
    [one] أمر واحد جرى على ما يرام
    [two] أمران جريا على ما يرام
    [few] { $count } أمور جرت على ما يرام
    [many] { $count } أمرًا جرى على ما يرام
   *[other] { $count } أمر جرى على ما يرام
}
core-held-writing-sessions = { $count ->
    [zero] لا جلسات كتابة
    [one] جلسة كتابة واحدة
    [two] جلستا كتابة
    [few] { $count } جلسات كتابة
    [many] { $count } جلسة كتابة
   *[other] { $count } جلسة كتابة
}
core-held-applications = { $count ->
    [zero] لا مواعيد لطلبات أو مقابلات
    [one] موعد واحد لطلب أو مقابلة
    [two] موعدان لطلبات أو مقابلات
    [few] { $count } مواعيد لطلبات ومقابلات
    [many] { $count } موعدًا لطلبات ومقابلات
   *[other] { $count } موعد لطلبات ومقابلات
}

## Errors: what forms, imports and storage say when something is refused (src/core, src/ui/widgets/form.rs, src/ui/state.rs)

error-empty = يُرجى ملء حقل «{ $field }».
error-too-long = حقل «{ $field }» أطول من اللازم (الحد الأقصى { $max ->
    [one] حرف واحد
    [two] حرفان
    [few] { $max } أحرف
    [many] { $max } حرفًا
   *[other] { $max } حرف
}).
error-out-of-range = يجب أن تكون قيمة «{ $field }» بين 1 و5.
error-not-found = لم يعد هذا العنصر موجودًا.
error-no-longer-in-plan = لم يعد هذا في خطتك. ربما أُزيل في علامة تبويب أخرى.
error-list-full = هذه القائمة ممتلئة ({ $count ->
    [one] عنصر واحد
    [two] عنصران
    [few] { $count } عناصر
    [many] { $count } عنصرًا
   *[other] { $count } عنصر
}). أزل بعض العناصر القديمة أولًا.
error-writing-done = كتبت في { $count ->
    [one] يوم واحد
    [two] يومين
    [few] { $count } أيام
    [many] { $count } يومًا
   *[other] { $count } يوم
}، وهذا هو التمرين كله. ما كتبته محفوظ أدناه، لك وحدك.
error-not-a-skill = التوافق مع ثقافة الشركة والراتب يتعلقان بمدى التلاؤم بينك وبين صاحب العمل هذا، لا بمهارة تكتسبها: الأنسب أن تجعل ذلك تغييرًا في بحثك.
error-date-future = هذا التاريخ في المستقبل. هل هو صحيح؟
error-date-before-rejection = هذا التاريخ المستهدف يسبق آخر رفض تلقيته. هل هو صحيح؟
error-time-passed = هذا الوقت مضى بالفعل. هل تريد إبقاءه مع ذلك؟
error-time-far = هذا بعد أكثر من يومين. يقترح Rebound شيئًا أقرب، لكن القرار لك. هل تريد إبقاء هذا الوقت؟
error-date-passed = هذا التاريخ مضى بالفعل. هل تريد إضافته مع ذلك؟
error-field-company = الشركة
error-field-role = الوظيفة
error-field-contact-name = اسم جهة الاتصال
error-field-contact-email = بريد جهة الاتصال
error-field-message = الرسالة
error-field-note = الملاحظة
error-field-feedback = الملاحظات
error-field-evidence = ما كشف الفجوة
error-field-name = الاسم
error-field-role-title = المسمى الوظيفي
error-field-area = المجال
error-field-current-level = المستوى الحالي
error-field-target-level = المستوى المستهدف
error-field-skill = المهارة
error-field-change = التغيير
error-field-if-part = إذا…
error-field-then-part = فإنني…
error-field-plan = الخطة
error-field-who = مع من
error-field-mood = المزاج
error-field-thought = الفكرة
error-field-kinder-view = نظرة ألطف
error-field-what-went-well = ما سار على ما يرام
error-field-setback-plan = خطتك إن جاء رفض آخر
error-field-writing = الكتابة
error-field-comment = التعليق
error-field-how = الطريقة
error-field-preparation-item = بند التحضير
error-field-reviewer-name = اسم المراجِع
error-field-review-note = ملاحظة المراجعة
error-field-comment-item = العنصر المعلَّق عليه
error-field-checklist-key = مفتاح قائمة التحقق
error-field-suggestion = الاقتراح
error-field-requirement = المتطلب
error-field-search-change = تغيير في البحث
error-field-fun-plan = الخطة الممتعة
error-field-mood-note = ملاحظة المزاج
error-field-went-well-note = ملاحظة عما سار جيدًا
error-field-draft-name = اسم المسودة
error-field-draft = المسودة
error-field-checklist-item = بند قائمة التحقق
error-field-text = النص
error-items-comments = التعليقات
error-items-suggestions = الاقتراحات
error-items-rejections = حالات الرفض
error-items-feedback = نقاط الملاحظات
error-items-skills = المهارات
error-items-target-roles = الوظائف المستهدفة
error-items-requirements = المتطلبات
error-items-search-changes = تغييرات البحث
error-items-skill-gaps = فجوات المهارات
error-items-fun-plans = الخطط الممتعة
error-items-mood-check-ins = تسجيلات المزاج
error-items-reframes = الأفكار المعاد صياغتها
error-items-went-well-notes = ملاحظات ما سار جيدًا
error-items-writing-sessions = جلسات الكتابة
error-items-applications = الطلبات
error-items-checklist-ticks = علامات قائمة التحقق
error-items-drafts = المسودات
error-items-checklist-items = بنود قائمة التحقق
error-items-reviews = المراجعات
error-items-other = العناصر
error-invalid-too-many = عدد كبير جدًا في «{ $what }» ({ $count }، والحد الأقصى { $max })
error-invalid-too-long = نص أطول من اللازم في «{ $what }»
error-invalid-empty = نص فارغ في «{ $what }»
error-invalid-out-of-range = مستوى أو مزاج خارج النطاق من 1 إلى 5
error-invalid-duplicate-id = معرّف مستخدَم مرتين
error-invalid-date = تاريخ خارج السنوات من 1900 إلى 2200
error-invalid-control = حرف غير مسموح به في النص
error-link-empty = لا يحتوي هذا الرابط على أي خطة. انسخ الرابط كاملًا وحاول مرة أخرى.
error-link-not-a-plan-link = لا يبدو هذا رابط خطة من Rebound. تأكد من نسخ الرابط كاملًا.
error-link-too-long = هذا الرابط أطول بكثير من أي رابط خطة يصنعه Rebound، لذا لم يُفتح.
error-link-newer = صُنع هذا الرابط بإصدار أحدث من Rebound. أعد تحميل الصفحة لتحديث التطبيق، ثم افتح الرابط مرة أخرى.
error-link-unknown-version = يستخدم هذا الرابط صيغة لا يعرفها Rebound، لذا لم يُفتح.
error-link-cut-short = يبدو أن هذا الرابط مقطوع. انسخ الرابط كاملًا (قد يكون طويلًا) وحاول مرة أخرى.
error-link-not-base64 = في هذا الرابط أحرف لا مكان لها في رابط خطة. ربما تغيّر أثناء نسخه؛ انسخه مرة أخرى من الرسالة الأصلية.
error-link-damaged = هذا الرابط تالف، لذا تتعذر قراءة الخطة التي فيه. اطلب الرابط مرة أخرى.
error-link-too-big = يحمل هذا الرابط أكثر مما يستطيع Rebound فتحه بأمان، لذا لم يُفتح.
error-link-too-deep = بنية هذا الرابط لا تشبه بنية خطة (فهو متداخل بعمق مفرط)، لذا لم يُفتح.
error-link-bad-date = يحتوي هذا الرابط على تاريخ غير موجود (مثل 30 فبراير)، لذا لم يُفتح.
error-link-not-a-plan = لا يحتوي هذا الرابط على خطة يستطيع Rebound قراءتها.
error-link-invalid = لا يمكن فتح هذه الخطة. السبب: { $reason }.
error-reply-empty = لا يحتوي هذا الرابط على أي مراجعة. انسخ الرابط كاملًا وحاول مرة أخرى.
error-reply-not-a-reply-link = لا يبدو هذا رابط مراجعة من Rebound. تأكد من نسخ الرابط كاملًا.
error-reply-too-long = هذا الرابط أطول بكثير من أي رابط مراجعة يصنعه Rebound، لذا لم يُفتح.
error-reply-newer = صُنعت هذه المراجعة بإصدار أحدث من Rebound. أعد تحميل الصفحة لتحديث التطبيق، ثم افتح الرابط مرة أخرى.
error-reply-unknown-version = يستخدم رابط المراجعة هذا صيغة لا يعرفها Rebound، لذا لم يُفتح.
error-reply-not-base64 = في هذا الرابط أحرف لا مكان لها في رابط مراجعة. ربما تغيّر أثناء نسخه؛ انسخه مرة أخرى من الرسالة الأصلية.
error-reply-damaged = هذا الرابط تالف، لذا تتعذر قراءة المراجعة التي فيه. اطلب الرابط مرة أخرى.
error-reply-too-deep = بنية هذا الرابط لا تشبه بنية مراجعة (فهو متداخل بعمق مفرط)، لذا لم يُفتح.
error-reply-not-a-review = لا يحتوي هذا الرابط على مراجعة يستطيع Rebound قراءتها.
error-reply-invalid = لا يمكن فتح هذه المراجعة. السبب: { $reason }.
error-backup-empty = هذا الملف فارغ. اختر ملف JSON الذي حفظه Rebound كنسخة احتياطية.
error-backup-too-large = هذا الملف أكبر مما يمكن أن تكون عليه نسخة Rebound الاحتياطية (الحد الأقصى { $max } بايت)، لذا لم يُفتح.
error-backup-cut-short = يبدو أن هذا الملف مقطوع. احفظ النسخة الاحتياطية مرة أخرى واستورد الملف الجديد.
error-backup-not-json = هذا الملف ليس نسخة احتياطية من Rebound. اختر ملف JSON الذي حفظه Rebound كنسخة احتياطية.
error-backup-too-deep = بنية هذا الملف لا تشبه بنية نسخة Rebound الاحتياطية (فهو متداخل بعمق مفرط).
error-backup-no-version = هذا الملف ليس نسخة احتياطية من Rebound: لا يذكر رقم إصدار لصيغته.
error-backup-newer = صُنعت هذه النسخة الاحتياطية بإصدار أحدث من Rebound. أعد تحميل الصفحة لتحديث التطبيق، ثم استوردها مرة أخرى.
error-backup-unknown-version = تستخدم هذه النسخة الاحتياطية صيغة لا يعرفها Rebound، لذا لم تُفتح.
error-backup-bad-date = تحتوي هذه النسخة الاحتياطية على تاريخ غير موجود (مثل 30 فبراير)، لذا لم تُفتح.
error-backup-not-a-plan = لا يحتوي هذا الملف على خطة يستطيع Rebound قراءتها.
error-backup-invalid = لا يمكن استيراد هذه النسخة الاحتياطية. السبب: { $reason }.
error-import-nothing-waiting = لا توجد خطة بانتظار فتحها.
error-import-not-kept-aside = تعذّر حفظ خطتك جانبًا، لذا لم تُستبدل. السبب: { $reason }.
error-import-too-big = ستكون الخطتان معًا أكبر مما يستطيع Rebound حفظه ({ $reason }). لم يتغير شيء.
error-import-no-plan = تعذّر تغيير خطتك.
error-import-stopped = لم يعد Rebound يحفظ شيئًا في علامة التبويب هذه: حُذف كل ما كان يحتفظ به.
error-storage-full = مساحة التخزين ممتلئة
error-storage-unavailable = التخزين غير متاح
error-storage-failed = تعطّل التخزين: { $detail }
error-save-headline-unavailable = هذا المتصفح لا يسمح لـ Rebound بالحفظ.
error-save-headline-read-only = لا تستطيع علامة التبويب هذه حفظ خطتك.
error-save-headline-not-saved = لم تُحفظ تغييراتك الأخيرة بعد.
error-save-full = مساحة التخزين على هذا الجهاز ممتلئة.
error-save-unavailable = ربما هذه نافذة خاصة، أو أن بيانات المواقع معطّلة: خطتك موجودة الآن في علامة التبويب هذه فقط.
error-save-not-read-back = لم يثبت الحفظ: أعاد المتصفح شيئًا مختلفًا.
error-save-read-only = حفظ إصدار أحدث من Rebound خطتك، لذا يتركها هذا الإصدار كما هي.
error-save-storage = لم ينجح الحفظ: أبلغ المتصفح عن خطأ ({ $detail }).
error-save-way-out-full = لن يضيع شيء ما دامت علامة التبويب هذه مفتوحة. صدّر نسخة احتياطية لتحتفظ بنسخة الآن؛ وسيعود الحفظ من تلقاء نفسه حالما تتوفر مساحة.
error-save-way-out-unavailable = ستختفي عند إغلاق علامة التبويب هذه. صدّر نسخة احتياطية لتحتفظ بها؛ يمكنك فتحها مرة أخرى من صفحة المشاركة، هنا أو على جهاز آخر.
error-save-way-out-not-read-back = لن يضيع شيء ما دامت علامة التبويب هذه مفتوحة. صدّر نسخة احتياطية لتحتفظ بنسخة الآن؛ سيحاول Rebound مرة أخرى بعد لحظة.
error-save-way-out-read-only = ما تغيّره هنا لا يُحفظ. صدّر نسخة احتياطية لتحتفظ به، ثم أعد تحميل الصفحة لتحصل على أحدث إصدار.
error-save-way-out-storage = لن يضيع شيء ما دامت علامة التبويب هذه مفتوحة. صدّر نسخة احتياطية لتحتفظ بنسخة الآن؛ سيحاول Rebound مرة أخرى مع تغييرك التالي.
error-kept-text-gone = لم يعد النص المحفوظ على هذا الجهاز.
error-kept-text-unreadable = تعذّرت قراءة النص المحفوظ ({ $reason }).
error-delete-not-listed = لم يسمح هذا المتصفح لـ Rebound بالاطلاع على ما يحتفظ به هنا، لذا لم يُحذف شيء.
error-delete-not-removed = لم يسمح هذا المتصفح لـ Rebound بإزالة جزء مما يحتفظ به ({ $key })، لذا ما زال هذا الجزء على هذا الجهاز.
error-delete-still-there = كُتب جزء مما يحتفظ به Rebound ({ $key }) من جديد بعد إزالته مباشرة، لذا ما زال على هذا الجهاز.
error-delete-not-checked = أزال Rebound ما يحتفظ به، لكن هذا المتصفح لم يسمح له بالتأكد من زوال كل شيء.
error-delete-way-out-unchanged = خطتك كما كانت. يمكنك المحاولة مرة أخرى، أو مسح بيانات هذا الموقع من إعدادات متصفحك.
error-delete-way-out-partly = يمكنك المحاولة مرة أخرى (بعد إغلاق أي علامة تبويب أخرى فُتح فيها Rebound)، أو مسح بيانات هذا الموقع من إعدادات متصفحك.
error-reviewing-too-large = المراجعات التي كنت تكتبها أكبر مما يستطيع Rebound قراءته
error-reviewing-newer = المراجعات التي كنت تكتبها من إصدار أحدث من Rebound
error-reviewing-unreadable = تعذّرت قراءة المراجعات التي كنت تكتبها
error-reviewing-invalid = لم تجتز المراجعات التي كنت تكتبها أحد الفحوص: { $reason }
error-reviewing-storage = تعذّر حفظ المراجعات التي تكتبها: { $reason }
error-reviewing-not-kept-aside = تعذّرت هنا قراءة مراجعات محفوظة من قبل، لذا لا يُكتب شيء فوقها
error-reviewing-not-read-back = لم تُقرأ المراجعات التي تكتبها كما كُتبت
error-browser-no-clipboard = لا توجد حافظة هنا.
error-browser-copy-refused = لم يسمح المتصفح بالنسخ. يمكنك تحديد النص ونسخه بنفسك.
error-browser-no-share-sheet = لا توجد قائمة مشاركة هنا.
error-browser-share-cancelled = أُلغيت المشاركة.
error-browser-download-refused = لم يسمح المتصفح بالتنزيل.
error-browser-no-document = لا يوجد مستند.
error-browser-no-link-element = لا يوجد عنصر رابط.
error-browser-no-file = لم يُختر أي ملف.
error-browser-file-unreadable = تعذّرت قراءة الملف.
error-browser-not-text = الملف ليس نصًا.
