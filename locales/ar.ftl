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

## Form widgets shared by every screen

## The mood chart (Stay positive): what a screen reader says of it

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

## Core: what the plan and its insights say (src/core: insights, plan, review, dates, steps)

core-verdict-big-step = قفزة كبيرة: فكّر في وظيفة أدنى بمستوى واحد
core-verdict-good = تناسبك جيدًا
core-verdict-step-up = في متناولك: خطوة إلى الأمام
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
core-stage-offer-line = الرفض في مرحلة العرض يتوقف عادةً على التفاصيل الأخيرة: المراجع، والراتب، وموعد البدء.
core-stage-offer-next = تأكد مما سيقوله مراجعوك، واعرف نطاق الراتب الذي تريده قبل حديث العرض القادم.
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
core-prep-hunch = تحقّق من انطباعك عن { $company }: { $text }
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
core-small-step-shower = خذ حمّامًا، والبس شيئًا مريحًا
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
