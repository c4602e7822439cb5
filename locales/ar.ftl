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
page-title = { $screen } · Rebound

## Getting support now (the support screen, a very low check-in, the footer link)

support-trusted = أخبر اليوم شخصًا تثق به بما تشعر: صديقًا، أو أحدًا من عائلتك، أو زميلًا ترتاح إليه. تكفي رسالة قصيرة، مثل: «يوم صعب. هل نتحدث؟»
support-emergency = إن كنت قد لا تكون في أمان، فاتصل الآن برقم الطوارئ في بلدك.
support-helpline-before = لتجد خط مساعدة مجانيًا وسريًا في بلدك، يجمع موقع{" "}
support-helpline-after = {" "}هذه الخطوط بلدًا بلدًا؛ ويمكنك أيضًا أن تبحث عن «خط مساعدة» مع اسم بلدك.
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

## Lines the plan says of its items (in lists, the calendar, reviews)

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
screen-today = لليوم
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

lead-start = هذا ما سجّلته. تعمل الخطوات على رفضٍ واحد في كل مرة، وهو المعلَّم أدناه؛ أما المهارات والوظائف والخطط فمشتركة بينها جميعًا.

## Screen: Feedback (src/ui/steps/feedback.rs)

lead-feedback = الرفض القصير أو الجاهز سبب وجيه لطلب المزيد. الملاحظات معلومات لطلبك القادم، لا حكم عليك.

## Screen: Search (src/ui/steps/search.rs)

lead-search = أحيانًا لا يعني الرفض إلا أن شخصًا آخر كان أنسب بقليل. وأحيانًا يكون إشارة إلى أن مستوى الوظيفة أو مجالها لا يناسبك بعد. تحقق من الأمرين بهدوء.

## Screen: Skills (src/ui/steps/skills.rs)

lead-skills = إن كانت الوظائف التي تريدها تطلب شيئًا لا تملكه بعد، فخطّط لاكتسابه: دورة، أو شهادة، أو مشروع، أو مجرد تمرين. كل فجوة تسدّها تقوّي طلبك، وتمنحك شيئًا تتحدث عنه بثقة.

## Screen: Fun (src/ui/steps/fun.rs)

lead-fun = بعد الرفض مباشرة، افعل شيئًا تستمتع به، ويُفضَّل مع أناس تحبهم، خلال يوم أو يومين. في برامج امتدت عدة أسابيع، حسّن التخطيطُ لأشياء ممتعة من رفاه الناس: هذا ما وجدته مراجعة لعشرين تجربة (انظر «عن التطبيق»). أمسية واحدة أقل من ذلك، ومع ذلك تستحق.

## Screen: Positive (src/ui/steps/positive.rs)

lead-positive = امنح نفسك وقتًا لتتعافى، ثم حين تكون مستعدًا، ابدأ صفحة جديدة كي لا يرافقك الرفض الأخير إلى المقابلة التالية. ما تدوّنه هنا خاص: يبقى على هذا الجهاز، ولا يتضمنه رابط المشاركة إلا إذا اخترته في صفحة المشاركة، وما تكتبه لا يدخل أي رابط أبدًا.

## Screen: Next job (src/ui/steps/next_job.rs)

lead-next-job = الوظيفة الوحيدة المهمة الآن هي التالية. أدخل المواعيد، ودع القائمة تنقل ما تعلّمته إلى استعدادك.

## Screen: Overview (src/ui/steps/overview.rs)

lead-overview = كل شيء في مكان واحد: ما قطعته من طريق، وما الخطوة التالية، وكل موعد في خطتك.

## Screen: Today (src/ui/steps/today.rs)

lead-today = لقد كتبت ما حدث، وهذه خطوة أولى حقيقية. اليوم لا يهم إلا بضعة أشياء صغيرة. افعل أيًّا منها، أو لا شيء، وتوقف متى شئت.

## Screen: Share (src/ui/steps/share.rs)

lead-share = أرسل خطتك إلى مرشد أو صديق أو إلى جهازك الآخر، أو احتفظ بملف نسخة احتياطية. تنتقل الخطة داخل الرابط نفسه، بعد العلامة #، وهو جزء لا ترسله المتصفحات أبدًا إلى الموقع الذي يقدّم Rebound. وما ينقل الرابط (تطبيق محادثة، بريد إلكتروني) ينقل كل ما فيه، فلا ترسله إلا لمن تثق بهم.

## Screen: Import (src/ui/steps/import.rs)

lead-import-none = لا توجد هنا خطة مشتركة بانتظارك.
lead-import-refused = لا يمكن فتح هذه الخطة.
lead-import = ألقِ نظرة أولًا. لا يُحفظ شيء حتى تختار أدناه.

## Screen: About (src/ui/steps/about.rs)

lead-about = Rebound أداة صغيرة ومجانية للأيام التي تلي رفض طلب عمل، صُممت لتكون هادئة وسريعة على أي هاتف وخاصة. تستعير خطواتها أفكارًا من الدراسات المذكورة في هذه الصفحة، لكن Rebound نفسه لم يُختبر: لم تبحث أي دراسة فيما إذا كان استخدامه يساعد.

## Screen: Reviewing (src/ui/steps/reviewing.rs)

lead-reviewing = مراجعات تكتبها لخطط أشخاص آخرين. تبقى على هذا الجهاز، منفصلة عن خطتك، حتى ترسلها.

## Screen: Review (src/ui/steps/review.rs)

lead-review-none = لا توجد هنا مراجعة لعرضها.
lead-review-refused = لا يمكن فتح هذه المراجعة.

## Screen: Support (src/ui/steps/support.rs)

lead-support = قد يكون الرفض مؤلمًا، وبعض الأيام أثقل من غيرها. طلب العون طريقة من طرق الاعتناء بنفسك. هذه الكلمات هنا متى احتجت إليها، بالاتصال بالإنترنت أو من دونه.

## Boot screen (index.html): shown while the app loads

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
widget-suggested-by = اقتراح من { $who }
widget-review-comments = تعليقات من المراجعات
widget-review-comment = { $who }: { $text }
widget-imported-nothing = بقيت خطتك كما كانت. لم يُستورد شيء.
widget-imported-opened = فُتحت الخطة.
widget-imported-kept-aside = فُتحت الخطة. خطتك السابقة محفوظة: يمكنك استعادتها من صفحة المشاركة.
widget-imported-beside = أُضيفت العناصر المشتركة إلى جانب عناصرك.

## Core: what the plan and its insights say (src/core: insights, plan, review, dates, steps)

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
