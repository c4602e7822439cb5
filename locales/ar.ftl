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
next-job-when-at = { $date } الساعة { $time } · { $countdown }
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
overview-day-one-before = هل وصلك الرفض للتو؟ في صفحة{" "}
overview-day-one-after = {" "}تجد الأشياء القليلة التي تستحق أن تفعلها اليوم، ولا شيء أكثر.
overview-print = اطبع خطتي
overview-add-to-calendar = أضف المواعيد إلى تقويمي (ملف {"\u200E"}.ics)
overview-title-reviews-of-your-plan = مراجعات خطتك
overview-review-from = من { $name }
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
