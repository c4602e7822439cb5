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

## Screen: Overview (src/ui/steps/overview.rs)

lead-overview = كل شيء في مكان واحد: ما قطعته من طريق، وما الخطوة التالية، وكل موعد في خطتك.

## Screen: Today (src/ui/steps/today.rs)

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
about-support-text = إن كان الرفض يثقل عليك، أو أي شيء آخر، فقد يساعدك أن تتواصل مع أحد اليوم.{" "}
about-title-your-data = بياناتك
about-data-where = تعيش خطتك في مساحة التخزين الخاصة بهذا المتصفح على هذا الجهاز. لا يوجد حساب ولا خادم: لا يرسل التطبيق شيئًا إلى أي مكان، ولا يحمّل خطوطًا خارجية ولا أدوات تتبّع أو تحليلات.
about-data-saving = تُحفظ تلقائيًا أولًا بأول، بما في ذلك ما تكتبه في نموذج قبل أن تضغط زره. لتبقى في أمان، صدّر ملف نسخة احتياطية بين حين وآخر من صفحة المشاركة: فالمتصفحات قد تمسح بيانات موقع ما، وبعضها يفعل ذلك بعد أسبوع بلا زيارة. يضم ملف النسخة الاحتياطية كل شيء، بما في ذلك ما كتبته.
about-data-links = حين تشارك رابطًا، تنتقل الخطة داخل الرابط نفسه، وما ينقل الرابط (تطبيق محادثة، بريد إلكتروني) ينقل ما فيه. الأجزاء الخاصة (تسجيلات مزاجك، والأفكار التي أعدت صياغتها، وما سار على ما يرام، وخطتك للتعثر القادم، ورسائل الرفض، وأسماء من تواصلت معهم وعناوين بريدهم) لا يتضمنها الرابط إلا إذا اخترتها؛ أما ما كتبته والنص غير المحفوظ فلا يدخلان أي رابط أبدًا. تعرض صفحة المشاركة ما يحتويه الرابط قبل أن ترسله.
about-title-research = الأبحاث وراء الخطوات
about-who-took-part = من شارك: { $who }
about-used-in = مستخدمة في
about-writing-claim = الأشخاص الذين كتبوا عن أفكارهم ومشاعرهم بعد فقدان عملهم، 20 دقيقة يوميًا لمدة خمسة أيام، عاد منهم إلى العمل عدد أكبر بعد ثمانية أشهر: 53%، مقابل 24% و14% في مجموعتي المقارنة. لم يتقدّم الكاتبون إلى وظائف أكثر من غيرهم، بل تغيّرت مواقفهم.
about-writing-who = 63 مهنيًا سُرّحوا من عملهم، في دراسة صغيرة. إحدى مجموعتي المقارنة لم تُشكَّل بالتوزيع العشوائي، لذا ربما اختلفت عن الكاتبين منذ البداية.
about-pleasant-claim = البرامج التي خطّط فيها الناس لأنشطة ممتعة ومارسوها رفعت من رفاههم: عبر 20 تجربة، بلغ متوسط حجم الأثر g = 0.52.
about-pleasant-plain = بعبارة بسيطة: أثر متوسط. بعد برنامج كهذا، كان الشخص المتوسط يشعر بحال أفضل من نحو 7 من كل 10 أشخاص في مجموعات المقارنة. والأمسية الواحدة المخطط لها أصغر بكثير من برنامج يمتد عدة أسابيع.
about-pleasant-who = أشخاص في برامج للأنشطة الممتعة امتدت عدة أسابيع.
about-pleasant-source = { $source }، مراجعة لتجارب التنشيط السلوكي (التخطيط لأنشطة مجزية)
about-if-then-claim = ساعد وضع خطط «إذا… فسوف…» («نوايا التنفيذ») الناس على التصرف وفق أهدافهم: عبر 94 اختبارًا، بلغ متوسط حجم الأثر d = 0.65.
about-if-then-plain = بعبارة بسيطة: أثر متوسط إلى كبير. الشخص المتوسط الذي وضع خطط «إذا… فسوف…» تصرّف وفق هدفه أكثر من نحو 3 من كل 4 أشخاص لم يضعوها.
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
about-advice-care = الخطوة الصغيرة المقترحة في يوم صعب، والملاحظة بعد عدة أيام صعبة، والكلمات عن طلب الدعم الآن، كلها رعاية عادية، لا علاج. Rebound ليس بديلًا عن الطبيب.
lead-about = Rebound أداة صغيرة ومجانية للأيام التي تلي رفض طلب عمل، صُممت لتكون هادئة وسريعة على أي هاتف وخاصة. تستعير خطواتها أفكارًا من الدراسات المذكورة في هذه الصفحة، لكن Rebound نفسه لم يُختبر: لم تبحث أي دراسة فيما إذا كان استخدامه يساعد.

## Screen: Reviewing (src/ui/steps/reviewing.rs)

reviewing-empty = أنت لا تراجع خطة أحد الآن. حين يشاركك أحدهم خطته، افتح رابطه واختر «راجع هذه الخطة».
reviewing-row-sent = {" "}· أُرسلت في { $date }
reviewing-row-started = {" "}· بدأت في { $date }
reviewing-owner = خطة { $name }
reviewing-owner-unsigned = خطة
reviewing-eyebrow = مراجعة
reviewing-lead = علّق على ما تشاء، واقترح ما قد يفيد، وأضف ملاحظة. تُحفظ مراجعتك على هذا الجهاز، منفصلة عن خطتك، فيمكنك إغلاق علامة التبويب هذه والعودة إليها من «المراجعات» في الأعلى. لا يُرسَل شيء حتى ترسله أنت.
reviewing-tone-label = قبل أن تكتب
reviewing-tone = كلمة عن النبرة: من أعدّ هذه الخطة رُفض للتو في طلب عمل. ابدأ بما يسير جيدًا، ثم اقترح من شيء إلى ثلاثة أشياء تفيد أكثر من غيرها. وإن أظهرت الخطة أمورًا خاصة، مثل المزاج أو الملاحظات الشخصية، فدعها جانبًا.
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

lead-support = قد يكون الرفض مؤلمًا، وبعض الأيام أثقل من غيرها. طلب العون طريقة من طرق الاعتناء بنفسك. هذه الكلمات هنا متى احتجت إليها، بالاتصال بالإنترنت أو من دونه.

## Boot screen (index.html): shown while the app loads

## Widgets: notices, prompts, saving and the browser (src/ui/widgets, src/ui/app.rs, src/web)

## Core: what the plan and its insights say (src/core: insights, plan, review, dates, steps)

## Errors: what forms, imports and storage say when something is refused (src/core, src/ui/widgets/form.rs, src/ui/state.rs)
