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

today-title-ask-for-feedback = اطلب الملاحظات
today-label-your-name-for-the = اسمك (للتوقيع)
today-title-plan-one-good-thing = خطّط لشيء جميل واحد
today-write-before = أو، إن كانت الكلمات تساعدك أكثر من الأرقام:{" "}
today-write-link = اكتب ما تشعر به
today-write-after = ، لنفسك وحدك، في «حافظ على تفاؤلك».
today-request-ready = طلب قصير ومهذّب إلى { $company } جاهز، كُتب مما سجّلته. أرسله خلال يوم أو يومين؛ واليوم فقط إن شعرت بأنك قادر على ذلك.
today-copy = انسخ الطلب
today-open-email = افتحه في تطبيق البريد
today-copied = تم النسخ. الصقه في بريد إلكتروني أو رسالة، ثم عد لتعلّم أنه أُرسل.
today-sent = أرسلته
today-read-first = اقرأ الطلب أو عدّله أولًا
today-request-sent = أُرسل الطلب { $when }. إن لم يصلك رد، فسيقترح عليك Rebound تذكيرًا لطيفًا واحدًا يوم { $date }.
today-asked-before = لقد طلبت الملاحظات.{" "}
today-asked-link = اطّلع على ما وصل إليه طلبك
today-planned = خطّطت لما يلي: { $what }، { $when } الساعة { $time }. استمتع بوقتك.
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

lead-about = Rebound أداة صغيرة ومجانية للأيام التي تلي رفض طلب عمل، صُممت لتكون هادئة وسريعة على أي هاتف وخاصة. تستعير خطواتها أفكارًا من الدراسات المذكورة في هذه الصفحة، لكن Rebound نفسه لم يُختبر: لم تبحث أي دراسة فيما إذا كان استخدامه يساعد.

## Screen: Reviewing (src/ui/steps/reviewing.rs)

lead-reviewing = مراجعات تكتبها لخطط أشخاص آخرين. تبقى على هذا الجهاز، منفصلة عن خطتك، حتى ترسلها.

## Screen: Review (src/ui/steps/review.rs)

lead-review-none = لا توجد هنا مراجعة لعرضها.
lead-review-refused = لا يمكن فتح هذه المراجعة.

## Screen: Support (src/ui/steps/support.rs)

support-title-getting-support-now = الحصول على الدعم الآن
support-cannot-contact = يحفظ Rebound كل شيء على هذا الجهاز، ولا يستطيع التواصل مع أحد نيابة عنك.
lead-support = قد يكون الرفض مؤلمًا، وبعض الأيام أثقل من غيرها. طلب العون طريقة من طرق الاعتناء بنفسك. هذه الكلمات هنا متى احتجت إليها، بالاتصال بالإنترنت أو من دونه.

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
boot-welcome-lead = أن تُرفَض أمر مؤلم، وهو يقول عنك أقل مما تشعر به اليوم. يرافقك Rebound في ست خطوات صغيرة لتتعلم منه ما تستطيع، وتعتني بنفسك، وتستعد للفرصة التالية.
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

## Core: what the plan and its insights say (src/core: insights, plan, review, dates, steps)

## Errors: what forms, imports and storage say when something is refused (src/core, src/ui/widgets/form.rs, src/ui/state.rs)
