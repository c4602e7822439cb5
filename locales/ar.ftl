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
feedback-request-closing = شكرًا لوقتكم، وأتمنى أن تجمعنا الطرق في المستقبل.
feedback-request-sign-off =
    مع أطيب التحيات،
    { $name }
feedback-request-sign-off-no-name = مع أطيب التحيات
feedback-request-subject-line = الموضوع: { $subject }
feedback-request-language = لغة الطلب
feedback-request-language-hint = إن كانوا يقرؤون لغة أخرى، يمكن كتابة الطلب بها. الطلب وحده هو الذي يتغيّر.
feedback-request-language-unavailable = تعذّر تحميل { $language } الآن، لذا يبقى الطلب بلغة { $current }. حاول مرة أخرى عند اتصالك بالإنترنت.
feedback-about-this-no = عن هذا الرفض
feedback-one-thing-for-next-time = أمر واحد للمرة القادمة:{" "}
feedback-fairness = إن كنت تظن أن القرار كان بسبب عمرك أو إعاقة أو حمل أو عرقك أو صفة أخرى يحميها القانون، فبإمكان جهة استشارية في حقوق العمل في بلدك أن تخبرك مجانًا بموقفك.
feedback-later-thought = فكرة لوقت لاحق
feedback-later-thought-intro = فكرة لحين يخفّ الألم:
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

## Errors: what forms, imports and storage say when something is refused (src/core, src/ui/widgets/form.rs, src/ui/state.rs)
