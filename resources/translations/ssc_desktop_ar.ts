<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About SSC Desktop</source>
        <translation>حول SSC Desktop</translation>
    </message>
    <message>
        <source>SSC Desktop</source>
        <translation>SSC Desktop</translation>
    </message>
    <message>
        <source>The offline catalogue of Southern solutions: South-South and triangular cooperation good practices for UN country offices.</source>
        <translation>فهرس حلول بلدان الجنوب دون اتصال بالإنترنت: الممارسات الجيدة في مجال التعاون فيما بين بلدان الجنوب والتعاون الثلاثي، للمكاتب القطرية للأمم المتحدة.</translation>
    </message>
    <message>
        <source>Versions and folders</source>
        <translation>الإصدارات والمجلدات</translation>
    </message>
    <message>
        <source>Open the data folder</source>
        <translation>فتح مجلد البيانات</translation>
    </message>
    <message>
        <source>Open the &amp;data folder</source>
        <translation>فتح مجلد ال&amp;بيانات</translation>
    </message>
    <message>
        <source>Copy these details</source>
        <translation>نسخ هذه التفاصيل</translation>
    </message>
    <message>
        <source>&amp;Copy details</source>
        <translation>&amp;نسخ التفاصيل</translation>
    </message>
</context>
<context>
    <name>BasketController</name>
    <message numerus="yes">
        <source>Added %n solution(s) to the mission basket.</source>
        <translation>
            <numerusform>لم يُضف أي حل إلى سلة البعثة.</numerusform>
            <numerusform>أُضيف حل واحد إلى سلة البعثة.</numerusform>
            <numerusform>أُضيف حلان إلى سلة البعثة.</numerusform>
            <numerusform>أُضيفت %n حلول إلى سلة البعثة.</numerusform>
            <numerusform>أُضيف %n حلًا إلى سلة البعثة.</numerusform>
            <numerusform>أُضيف %n حل إلى سلة البعثة.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Emptied the basket (%n solution(s)). Ctrl+Z puts them back.</source>
        <translation>
            <numerusform>أُفرغت السلة (لم يكن فيها أي حل).</numerusform>
            <numerusform>أُفرغت السلة (حل واحد). يعيده Ctrl+Z إلى السلة.</numerusform>
            <numerusform>أُفرغت السلة (حلان). يعيدهما Ctrl+Z إلى السلة.</numerusform>
            <numerusform>أُفرغت السلة (%n حلول). يعيدها Ctrl+Z إلى السلة.</numerusform>
            <numerusform>أُفرغت السلة (%n حلًا). يعيدها Ctrl+Z إلى السلة.</numerusform>
            <numerusform>أُفرغت السلة (%n حل). يعيدها Ctrl+Z إلى السلة.</numerusform>
        </translation>
    </message>
    <message>
        <source>Empty the basket</source>
        <translation>إفراغ السلة</translation>
    </message>
    <message numerus="yes">
        <source>Add %n solution(s)</source>
        <translation>
            <numerusform>إضافة %n حل</numerusform>
            <numerusform>إضافة حل واحد</numerusform>
            <numerusform>إضافة حلَّين</numerusform>
            <numerusform>إضافة %n حلول</numerusform>
            <numerusform>إضافة %n حلًا</numerusform>
            <numerusform>إضافة %n حل</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %n solution(s)</source>
        <translation>
            <numerusform>إزالة %n حل</numerusform>
            <numerusform>إزالة حل واحد</numerusform>
            <numerusform>إزالة حلَّين</numerusform>
            <numerusform>إزالة %n حلول</numerusform>
            <numerusform>إزالة %n حلًا</numerusform>
            <numerusform>إزالة %n حل</numerusform>
        </translation>
    </message>
    <message>
        <source>Reorder the basket</source>
        <translation>إعادة ترتيب السلة</translation>
    </message>
    <message>
        <source>Change the basket</source>
        <translation>تغيير السلة</translation>
    </message>
    <message>
        <source>mission-brief</source>
        <translation>موجز-البعثة</translation>
    </message>
    <message>
        <source>Save the mission brief</source>
        <translation>حفظ موجز البعثة</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>مستندات PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Making the brief…</source>
        <translation>جارٍ إعداد الموجز…</translation>
    </message>
    <message>
        <source>Making the brief… %1 of %2</source>
        <translation>جارٍ إعداد الموجز… %1 من %2</translation>
    </message>
    <message numerus="yes">
        <source>Brief saved (%Ln page(s)): %1</source>
        <translation>
            <numerusform>حُفظ الموجز (%Ln صفحة): %1</numerusform>
            <numerusform>حُفظ الموجز (صفحة واحدة): %1</numerusform>
            <numerusform>حُفظ الموجز (صفحتان): %1</numerusform>
            <numerusform>حُفظ الموجز (%Ln صفحات): %1</numerusform>
            <numerusform>حُفظ الموجز (%Ln صفحة): %1</numerusform>
            <numerusform>حُفظ الموجز (%Ln صفحة): %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Brief saved: %1</source>
        <translation>حُفظ الموجز: %1</translation>
    </message>
    <message>
        <source>The brief could not be made.</source>
        <translation>تعذّر إعداد الموجز.</translation>
    </message>
    <message>
        <source>Remove from basket</source>
        <translation>إزالة من السلة</translation>
    </message>
    <message>
        <source>Add to basket</source>
        <translation>إضافة إلى السلة</translation>
    </message>
    <message>
        <source>Remove from the mission basket</source>
        <translation>إزالة من سلة البعثة</translation>
    </message>
    <message>
        <source>Add to the mission basket</source>
        <translation>إضافة إلى سلة البعثة</translation>
    </message>
    <message>
        <source>&amp;Undo: %1</source>
        <translation>&amp;تراجع: %1</translation>
    </message>
    <message>
        <source>&amp;Undo basket change</source>
        <translation>&amp;تراجع عن تغيير السلة</translation>
    </message>
    <message>
        <source>&amp;Redo: %1</source>
        <translation>&amp;إعادة: %1</translation>
    </message>
    <message>
        <source>&amp;Redo basket change</source>
        <translation>&amp;إعادة تغيير السلة</translation>
    </message>
    <message>
        <source>Add solutions to the basket first.</source>
        <translation>أضف حلولًا إلى السلة أولًا.</translation>
    </message>
    <message>
        <source>Make a PDF brief of the basket (Ctrl+P).</source>
        <translation>إعداد موجز PDF لمحتوى السلة (Ctrl+P).</translation>
    </message>
    <message>
        <source>Mission basket</source>
        <translation>سلة البعثة</translation>
    </message>
    <message>
        <source>As the interface</source>
        <translation>مثل لغة الواجهة</translation>
    </message>
    <message>
        <source>Empty: add solutions with Ctrl+B or drag them here.</source>
        <translation>فارغة: أضف حلولاً باستخدام Ctrl+B أو اسحبها إلى هنا.</translation>
    </message>
</context>
<context>
    <name>BriefDialog</name>
    <message>
        <source>A4 (210 × 297 mm)</source>
        <translation>A4 (210 × 297 مم)</translation>
    </message>
    <message>
        <source>US Letter (8.5 × 11 in)</source>
        <translation>Letter الأمريكي (8.5 × 11 بوصة)</translation>
    </message>
    <message numerus="yes">
        <source>%n solution(s) of the basket, in its order.</source>
        <translation>
            <numerusform>لا توجد حلول في السلة.</numerusform>
            <numerusform>حل واحد من السلة.</numerusform>
            <numerusform>حلان من السلة، بترتيبهما فيها.</numerusform>
            <numerusform>%n حلول من السلة، بترتيبها فيها.</numerusform>
            <numerusform>%n حلًا من السلة، بترتيبها فيها.</numerusform>
            <numerusform>%n حل من السلة، بترتيبها فيها.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Save the PDF…</source>
        <translation>ح&amp;فظ ملف PDF…</translation>
    </message>
    <message>
        <source>Make a mission brief</source>
        <translation>إعداد موجز البعثة</translation>
    </message>
    <message>
        <source>&amp;Paper size:</source>
        <translation>&amp;حجم الورق:</translation>
    </message>
    <message>
        <source>Paper size</source>
        <translation>حجم الورق</translation>
    </message>
    <message>
        <source>Prepared &amp;by:</source>
        <translation>من إ&amp;عداد:</translation>
    </message>
    <message>
        <source>Prepared by (printed on the cover)</source>
        <translation>من إعداد (يُطبع على الغلاف)</translation>
    </message>
    <message>
        <source>Your name and office (optional)</source>
        <translation>اسمك ومكتبك (اختياري)</translation>
    </message>
    <message>
        <source>&amp;Grayscale, for black-and-white printers</source>
        <translation>&amp;تدرّج الرمادي، للطابعات بالأبيض والأسود</translation>
    </message>
    <message>
        <source>&amp;Compact: at most one page per solution</source>
        <translation>&amp;مضغوط: صفحة واحدة على الأكثر لكل حل</translation>
    </message>
    <message>
        <source>&amp;Start each solution on a new page</source>
        <translation>بدء كل حل في &amp;صفحة جديدة</translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message>
        <source>Sync conflicts</source>
        <translation>تعارضات المزامنة</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>التعارضات</translation>
    </message>
    <message>
        <source>Another office changed the same field while you were offline. Read both values, then keep yours or take the hub&apos;s; the decision goes to the hub with the next sync.</source>
        <translation>غيّر مكتب آخر الحقل نفسه أثناء عملك دون اتصال. اقرأ القيمتين، ثم احتفظ بقيمتك أو خذ قيمة الخادم المركزي؛ ويُرسَل القرار إلى الخادم المركزي في المزامنة التالية.</translation>
    </message>
    <message>
        <source>My value</source>
        <translation>قيمتي</translation>
    </message>
    <message>
        <source>The hub&apos;s value</source>
        <translation>قيمة الخادم المركزي</translation>
    </message>
    <message>
        <source>&amp;Keep mine</source>
        <translation>ا&amp;حتفظ بقيمتي</translation>
    </message>
    <message>
        <source>&amp;Take theirs</source>
        <translation>&amp;خذ قيمتهم</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>قيمتي</translation>
    </message>
    <message>
        <source>Theirs (hub)</source>
        <translation>قيمتهم (الخادم المركزي)</translation>
    </message>
    <message>
        <source>Nothing to decide: no change of yours conflicts with the hub&apos;s.</source>
        <translation>لا يوجد ما يتطلب قرارًا: لا يتعارض أي من تغييراتك مع تغييرات الخادم المركزي.</translation>
    </message>
</context>
<context>
    <name>ConflictsModel</name>
    <message>
        <source>Solution</source>
        <translation>الحل</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>الحقل</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>قيمتي</translation>
    </message>
    <message>
        <source>Theirs (hub)</source>
        <translation>قيمتهم (الخادم المركزي)</translation>
    </message>
</context>
<context>
    <name>ContributionProblems</name>
    <message>
        <source>this is not an .xlsx workbook (an old .xls, a password-protected or damaged file?): save it as Excel Workbook (.xlsx) or as CSV UTF-8</source>
        <translation>هذا ليس مصنفًا بصيغة .xlsx (هل هو ملف .xls قديم، أو ملف محمي بكلمة مرور أو تالف؟): احفظه بصيغة مصنف Excel (.xlsx) أو بصيغة CSV UTF-8</translation>
    </message>
    <message>
        <source>the file is damaged or not a workbook</source>
        <translation>الملف تالف أو ليس مصنفًا</translation>
    </message>
    <message>
        <source>the file is too large (the most read is %d)</source>
        <translation>الملف كبير جدًا (الحد الأقصى %d)</translation>
    </message>
    <message>
        <source>the workbook contains macros, which are never opened: save it as Excel Workbook (.xlsx)</source>
        <translation>يحتوي المصنف على وحدات ماكرو، وهي لا تُفتح أبدًا: احفظه بصيغة مصنف Excel (.xlsx)</translation>
    </message>
    <message>
        <source>cells %v are merged: unmerge them, one value a cell</source>
        <translation>الخلايا %v مدمجة: ألغِ دمجها، بقيمة واحدة في كل خلية</translation>
    </message>
    <message>
        <source>no sheet of this workbook is a contribution template: make one with File ▸ Contribution template</source>
        <translation>لا توجد في هذا المصنف ورقة تمثل نموذج مساهمات: أنشئ نموذجًا من ملف ◂ نموذج المساهمات</translation>
    </message>
    <message>
        <source>the column %c is missing</source>
        <translation>العمود %c غير موجود</translation>
    </message>
    <message>
        <source>unknown column heading “%v”</source>
        <translation>عنوان عمود غير معروف «%v»</translation>
    </message>
    <message>
        <source>the column %c appears twice</source>
        <translation>يظهر العمود %c مرتين</translation>
    </message>
    <message>
        <source>the sheet has more than %d filled rows, the most one import takes: split it</source>
        <translation>تحتوي الورقة على أكثر من %d صف مملوء، وهو الحد الأقصى لعملية استيراد واحدة: قسّمها</translation>
    </message>
    <message>
        <source>the sheet has no filled row</source>
        <translation>لا تحتوي الورقة على أي صف مملوء</translation>
    </message>
    <message>
        <source>the file is not UTF-8 text: save it as CSV UTF-8</source>
        <translation>الملف ليس نصًا بترميز UTF-8: احفظه بصيغة CSV UTF-8</translation>
    </message>
    <message>
        <source>holds a formula (%v); formulas are never run: type the value itself</source>
        <translation>يحتوي على صيغة (%v)؛ والصيغ لا تُحسب أبدًا: اكتب القيمة نفسها</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>حقل مطلوب</translation>
    </message>
    <message>
        <source>“%v” is not %d</source>
        <translation>«%v» ليس %d</translation>
    </message>
    <message>
        <source>unknown country “%v”</source>
        <translation>بلد غير معروف «%v»</translation>
    </message>
    <message>
        <source>unknown role “%v”</source>
        <translation>دور غير معروف «%v»</translation>
    </message>
    <message>
        <source>“%v” is not one of the list&apos;s values</source>
        <translation>«%v» ليس من قيم القائمة</translation>
    </message>
    <message>
        <source>SDG %v does not exist (goals are 1 to 17)</source>
        <translation>الهدف %v ليس من أهداف التنمية المستدامة (الأهداف من 1 إلى 17)</translation>
    </message>
    <message>
        <source>“%v” is not in the form %d</source>
        <translation>«%v» ليس بالصيغة %d</translation>
    </message>
    <message>
        <source>“%v” needs its %d</source>
        <translation>يلزم تحديد %d لـ«%v»</translation>
    </message>
    <message>
        <source>is longer than %d characters</source>
        <translation>يتجاوز الحد الأقصى لعدد الأحرف (%d)</translation>
    </message>
    <message>
        <source>has more than %d words</source>
        <translation>يتجاوز الحد الأقصى لعدد الكلمات (%d)</translation>
    </message>
    <message>
        <source>“%v” is not a year from %d</source>
        <translation>«%v» ليس سنة ضمن النطاق %d</translation>
    </message>
    <message>
        <source>the end year is before the start year</source>
        <translation>سنة الانتهاء تسبق سنة البدء</translation>
    </message>
    <message>
        <source>a budget needs a currency (such as USD)</source>
        <translation>يجب تحديد عملة الميزانية (مثل USD)</translation>
    </message>
    <message>
        <source>“%v” is not a currency code (three letters such as USD)</source>
        <translation>«%v» ليس رمز عملة (ثلاثة أحرف مثل USD)</translation>
    </message>
    <message>
        <source>“%v” is not a web address</source>
        <translation>«%v» ليس عنوان ويب</translation>
    </message>
    <message>
        <source>“%v” is not an e-mail address</source>
        <translation>«%v» ليس عنوان بريد إلكتروني</translation>
    </message>
    <message>
        <source>“%v” is listed twice</source>
        <translation>«%v» مذكور مرتين</translation>
    </message>
    <message>
        <source>contains a control character</source>
        <translation>يحتوي على حرف تحكم</translation>
    </message>
    <message>
        <source>the reference “%v” is already used by row %d</source>
        <translation>الرمز المرجعي «%v» مستخدم بالفعل في الصف %d</translation>
    </message>
    <message>
        <source>a value in a column without a heading</source>
        <translation>قيمة في عمود بلا عنوان</translation>
    </message>
    <message>
        <source>not valid: %d</source>
        <translation>غير صالح: %d</translation>
    </message>
    <message>
        <source>a year</source>
        <translation>سنة</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>رقمًا</translation>
    </message>
    <message>
        <source>text</source>
        <translation>نصًا</translation>
    </message>
    <message>
        <source>an SDG number</source>
        <translation>رقم هدف من أهداف التنمية المستدامة</translation>
    </message>
    <message>
        <source>role</source>
        <translation>الدور</translation>
    </message>
    <message>
        <source>type</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>row %1</source>
        <translation>الصف %1</translation>
    </message>
    <message>
        <source>cell %1</source>
        <translation>الخلية %1</translation>
    </message>
    <message>
        <source>(and %1 more)</source>
        <translation>(ومشكلات أخرى: %1)</translation>
    </message>
</context>
<context>
    <name>Contributions</name>
    <message>
        <source>Waiting to be sent</source>
        <translation>في انتظار الإرسال</translation>
    </message>
    <message>
        <source>In review at the hub</source>
        <translation>قيد المراجعة في الخادم المركزي</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>منشورة</translation>
    </message>
    <message>
        <source>Returned by the curator</source>
        <translation>أعادها المراجِع</translation>
    </message>
    <message>
        <source>Replaced by a newer version</source>
        <translation>استُبدلت بإصدار أحدث</translation>
    </message>
</context>
<context>
    <name>ContributionsDialog</name>
    <message>
        <source>My contributions</source>
        <translation>مساهماتي</translation>
    </message>
    <message>
        <source>Contributions</source>
        <translation>المساهمات</translation>
    </message>
    <message>
        <source>The solutions this office made or edited, and where each stands at the hub. A returned one is still yours: correct it (Edit) and it is sent at the next sync.</source>
        <translation>الحلول التي أعدّها هذا المكتب أو حرّرها، وحالة كل منها في الخادم المركزي. والمساهمة المُعادة تبقى لك: صحّحها (تحرير) فتُرسَل في المزامنة التالية.</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;عرض:</translation>
    </message>
    <message>
        <source>No contributions yet: the solutions you add or edit are listed here, with where they stand at the hub.</source>
        <translation>لا توجد مساهمات بعد: تُدرج هنا الحلول التي تضيفها أو تحرّرها، مع حالة كل منها في الخادم المركزي.</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;فتح</translation>
    </message>
    <message>
        <source>Send &amp;again</source>
        <translation>إعادة الإ&amp;رسال</translation>
    </message>
    <message>
        <source>Send the returned contribution again as it is, at the next sync</source>
        <translation>إعادة إرسال المساهمة المُعادة كما هي، في المزامنة التالية</translation>
    </message>
    <message>
        <source>&amp;Copy for support</source>
        <translation>&amp;نسخ لفريق الدعم</translation>
    </message>
    <message>
        <source>All</source>
        <translation>الكل</translation>
    </message>
</context>
<context>
    <name>ContributionsModel</name>
    <message>
        <source>State</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Your reference</source>
        <translation>رمزك المرجعي</translation>
    </message>
    <message>
        <source>Curator&apos;s comment</source>
        <translation>تعليق المراجِع</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>تاريخ الإرسال</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>تاريخ القرار</translation>
    </message>
    <message>
        <source>(deleted)</source>
        <translation>(محذوف)</translation>
    </message>
</context>
<context>
    <name>DetailController</name>
    <message>
        <source>It will be sent again at the next sync.</source>
        <extracomment>the solution shown changed (or was loaded): actions that depend on it are updated</extracomment>
        <translation>ستُرسَل مجددًا في المزامنة التالية.</translation>
    </message>
    <message>
        <source>The contribution could not be sent again.</source>
        <translation>تعذّرت إعادة إرسال المساهمة.</translation>
    </message>
    <message>
        <source>Saved. The change waits for the next sync.</source>
        <translation>حُفظ. ينتظر التغيير المزامنة التالية.</translation>
    </message>
    <message>
        <source>The solution could not be saved.</source>
        <translation>تعذّر حفظ الحل.</translation>
    </message>
</context>
<context>
    <name>DetailRenderer</name>
    <message>
        <source>Select a solution in the list to see everything about it here.</source>
        <translation>اختر حلًا من القائمة لتظهر هنا جميع معلوماته.</translation>
    </message>
    <message>
        <source>This solution is no longer in the catalogue.</source>
        <translation>لم يعد هذا الحل موجودًا في الفهرس.</translation>
    </message>
    <message>
        <source>English</source>
        <translation>الإنكليزية</translation>
    </message>
    <message>
        <source>French</source>
        <translation>الفرنسية</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>الإسبانية</translation>
    </message>
    <message>
        <source>Arabic</source>
        <translation>العربية</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>الروسية</translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation>الصينية</translation>
    </message>
    <message>
        <source>machine translation, not reviewed</source>
        <translation>ترجمة آلية، غير مراجَعة</translation>
    </message>
    <message>
        <source>machine translation, reviewed by %1</source>
        <translation>ترجمة آلية، راجعها %1</translation>
    </message>
    <message>
        <source>machine translation, reviewed</source>
        <translation>ترجمة آلية، مراجَعة</translation>
    </message>
    <message>
        <source>translated by the office %1</source>
        <translation>ترجمة المكتب %1</translation>
    </message>
    <message>
        <source>translated by a country office</source>
        <translation>ترجمة مكتب قطري</translation>
    </message>
    <message>
        <source>translated by %1</source>
        <translation>ترجمة: %1</translation>
    </message>
    <message>
        <source>translated by a person</source>
        <translation>ترجمة بشرية</translation>
    </message>
    <message>
        <source>Show the original</source>
        <translation>عرض الأصل</translation>
    </message>
    <message>
        <source>Show the translation</source>
        <translation>عرض الترجمة</translation>
    </message>
    <message>
        <source>Translated from %1 (%2).</source>
        <translation>مترجَم من %1 (%2).</translation>
    </message>
    <message>
        <source>May be out of date: the original has changed since.</source>
        <translation>قد تكون الترجمة غير محدَّثة: فقد تغيّر الأصل منذ ذلك الحين.</translation>
    </message>
    <message>
        <source>Original text in %1.</source>
        <translation>النص الأصلي باللغة %1.</translation>
    </message>
    <message>
        <source>Not translated into %1 yet.</source>
        <translation>لم يُترجَم إلى %1 بعد.</translation>
    </message>
    <message>
        <source>Waiting to be sent</source>
        <translation>في انتظار الإرسال</translation>
    </message>
    <message>
        <source>Sent — in review at the hub</source>
        <translation>أُرسلت — قيد المراجعة في الخادم المركزي</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>منشورة</translation>
    </message>
    <message>
        <source>Returned by the curator:</source>
        <translation>أعادها المراجِع:</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>تحرير</translation>
    </message>
    <message>
        <source>Send again as it is</source>
        <translation>إعادة الإرسال كما هي</translation>
    </message>
    <message>
        <source>Correct it and it is sent again at the next sync.</source>
        <translation>صحّحها فتُرسَل مجددًا في المزامنة التالية.</translation>
    </message>
    <message>
        <source>Replaced at the hub by a newer version you sent</source>
        <translation>استُبدلت في الخادم المركزي بإصدار أحدث أرسلته</translation>
    </message>
    <message>
        <source>other</source>
        <translation>هدف آخر</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>جهات الاتصال</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>الروابط</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>المصادر</translation>
    </message>
    <message>
        <source>link</source>
        <translation>رابط</translation>
    </message>
    <message>
        <source>Made on this computer</source>
        <translation>أُعدّ على هذا الحاسوب</translation>
    </message>
    <message>
        <source>Local change waiting for sync</source>
        <translation>تغيير محلي ينتظر المزامنة</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>البلدان</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>المنظمات</translation>
    </message>
    <message>
        <source>Cooperation</source>
        <translation>التعاون</translation>
    </message>
    <message>
        <source>Modalities</source>
        <translation>الطرائق</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Years</source>
        <translation>السنوات</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>الميزانية</translation>
    </message>
    <message>
        <source>Funding</source>
        <translation>التمويل</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>المواضيع</translation>
    </message>
    <message>
        <source>Keywords</source>
        <translation>الكلمات الرئيسية</translation>
    </message>
    <message>
        <source>Challenge</source>
        <translation>التحدي</translation>
    </message>
    <message>
        <source>Solution</source>
        <translation>الحل</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>النتائج</translation>
    </message>
    <message>
        <source>Sustainability and replication</source>
        <translation>الاستدامة وإمكانية التكرار</translation>
    </message>
    <message numerus="yes">
        <source>%n private contact(s), kept on this computer (see Edit).</source>
        <translation>
            <numerusform>لا توجد جهات اتصال خاصة.</numerusform>
            <numerusform>جهة اتصال خاصة واحدة، محفوظة على هذا الحاسوب (انظر تحرير).</numerusform>
            <numerusform>جهتا اتصال خاصتان، محفوظتان على هذا الحاسوب (انظر تحرير).</numerusform>
            <numerusform>%n جهات اتصال خاصة، محفوظة على هذا الحاسوب (انظر تحرير).</numerusform>
            <numerusform>%n جهة اتصال خاصة، محفوظة على هذا الحاسوب (انظر تحرير).</numerusform>
            <numerusform>%n جهة اتصال خاصة، محفوظة على هذا الحاسوب (انظر تحرير).</numerusform>
        </translation>
    </message>
    <message>
        <source>paragraph %1</source>
        <translation>الفقرة %1</translation>
    </message>
    <message>
        <source>Id %1 · revision %2 · updated %3</source>
        <translation>المعرّف %1 · التنقيح %2 · التحديث %3</translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <source>SSC Desktop may not write there: %1</source>
        <translation>لا يُسمح لـ SSC Desktop بالكتابة هناك: %1</translation>
    </message>
    <message>
        <source>A file could not be read or written: %1</source>
        <translation>تعذّرت قراءة ملف أو الكتابة فيه: %1</translation>
    </message>
    <message>
        <source>An unexpected error happened (%1).</source>
        <translation>حدث خطأ غير متوقع (%1).</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>حدث خطأ ما</translation>
    </message>
    <message>
        <source>&amp;Copy details</source>
        <translation>&amp;نسخ التفاصيل</translation>
    </message>
    <message>
        <source>Copy the error details</source>
        <translation>نسخ تفاصيل الخطأ</translation>
    </message>
    <message>
        <source>Error details</source>
        <translation>تفاصيل الخطأ</translation>
    </message>
    <message>
        <source>The window keeps working.</source>
        <translation>تظل النافذة تعمل.</translation>
    </message>
    <message>
        <source>The details are also in the log file %1.</source>
        <translation>التفاصيل موجودة أيضًا في ملف السجل %1.</translation>
    </message>
    <message numerus="yes">
        <source>%1 (and %n more problem(s))</source>
        <translation>
            <numerusform>%1</numerusform>
            <numerusform>%1 (ومشكلة أخرى واحدة)</numerusform>
            <numerusform>%1 (ومشكلتان أخريان)</numerusform>
            <numerusform>%1 (و%n مشكلات أخرى)</numerusform>
            <numerusform>%1 (و%n مشكلة أخرى)</numerusform>
            <numerusform>%1 (و%n مشكلة أخرى)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FilesController</name>
    <message>
        <source>Import a catalogue file or USB bundle</source>
        <translation>استيراد ملف فهرس أو حزمة USB</translation>
    </message>
    <message>
        <source>Export my changes to a USB bundle</source>
        <translation>تصدير تغييراتي إلى حزمة USB</translation>
    </message>
    <message>
        <source>USB bundles (*.sscbundle);;All files (*)</source>
        <translation>حزم USB (*.sscbundle);;جميع الملفات (*)</translation>
    </message>
    <message>
        <source>Export the listed solutions</source>
        <translation>تصدير الحلول المعروضة</translation>
    </message>
    <message>
        <source>Contribution &amp;template…</source>
        <translation>نموذج المسا&amp;همات…</translation>
    </message>
    <message>
        <source>Save a spreadsheet to fill with your office&apos;s solutions, then import it</source>
        <translation>حفظ جدول بيانات لملئه بحلول مكتبك، ثم استيراده</translation>
    </message>
    <message>
        <source>Catalogue files, contribution templates and USB bundles (*.json *.csv *.xlsx *.sscbundle);;All files (*)</source>
        <translation>ملفات الفهرس ونماذج المساهمات وحزم USB (*.json *.csv *.xlsx *.sscbundle);;جميع الملفات (*)</translation>
    </message>
    <message>
        <source>Catalogue file, JSON (*.json);;Spreadsheet, CSV (*.csv);;Contribution sheet, Excel (*.xlsx)</source>
        <translation>ملف فهرس، JSON (*.json);;جدول بيانات، CSV (*.csv);;ورقة مساهمات، Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Save a contribution template</source>
        <translation>حفظ نموذج مساهمات</translation>
    </message>
    <message>
        <source>contributions</source>
        <translation>مساهمات</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv)</source>
        <translation>مصنف Excel (*.xlsx);;CSV بترميز UTF-8 (*.csv)</translation>
    </message>
    <message>
        <source>Rows to correct</source>
        <translation>صفوف يلزم تصحيحها</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) of %1 have problems; nothing was imported.</source>
        <translation>
            <numerusform>لا يوجد في %1 أي صف به مشكلات؛ ولم يُستورد أي شيء.</numerusform>
            <numerusform>صف واحد في %1 به مشكلات؛ ولم يُستورد أي شيء.</numerusform>
            <numerusform>صفان في %1 بهما مشكلات؛ ولم يُستورد أي شيء.</numerusform>
            <numerusform>%n صفوف في %1 بها مشكلات؛ ولم يُستورد أي شيء.</numerusform>
            <numerusform>%n صفًا في %1 بها مشكلات؛ ولم يُستورد أي شيء.</numerusform>
            <numerusform>%n صف في %1 بها مشكلات؛ ولم يُستورد أي شيء.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Correct them and import the file again, or import the %n good row(s) now and the others later.</source>
        <translation>
            <numerusform>صحّحها ثم استورد الملف مرة أخرى.</numerusform>
            <numerusform>صحّحها ثم استورد الملف مرة أخرى، أو استورد الآن الصف السليم الوحيد والصفوف الأخرى لاحقًا.</numerusform>
            <numerusform>صحّحها ثم استورد الملف مرة أخرى، أو استورد الآن الصفين السليمين والصفوف الأخرى لاحقًا.</numerusform>
            <numerusform>صحّحها ثم استورد الملف مرة أخرى، أو استورد الآن %n صفوف سليمة والصفوف الأخرى لاحقًا.</numerusform>
            <numerusform>صحّحها ثم استورد الملف مرة أخرى، أو استورد الآن %n صفًا سليمًا والصفوف الأخرى لاحقًا.</numerusform>
            <numerusform>صحّحها ثم استورد الملف مرة أخرى، أو استورد الآن %n صف سليم والصفوف الأخرى لاحقًا.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import the good rows</source>
        <translation>استيراد الصفوف السليمة</translation>
    </message>
    <message>
        <source>Import nothing</source>
        <translation>عدم استيراد أي شيء</translation>
    </message>
    <message>
        <source>Correct them and import the file again.</source>
        <translation>صحّحها ثم استورد الملف مرة أخرى.</translation>
    </message>
    <message>
        <source>The file was not imported; nothing was changed: %1</source>
        <translation>لم يُستورد الملف؛ ولم يتغير أي شيء: %1</translation>
    </message>
    <message>
        <source>The file was not imported; nothing was changed.</source>
        <translation>لم يُستورد الملف؛ ولم يتغير أي شيء.</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>جارٍ استيراد %1…</translation>
    </message>
    <message>
        <source>The hub&apos;s key</source>
        <translation>مفتاح الخادم المركزي</translation>
    </message>
    <message>
        <source>This catalogue has not met the hub that signed this bundle yet (its key&apos;s fingerprint: %1). Type the hub key your administrator gave you; compare the fingerprint with theirs.</source>
        <translation>لم يتصل هذا الفهرس بعد بالخادم المركزي الذي وقّع هذه الحزمة (بصمة مفتاحه: %1). اكتب مفتاح الخادم المركزي الذي أعطاك إياه المسؤول، وقارن البصمة ببصمته.</translation>
    </message>
    <message>
        <source>Contributions imported: %1 new, %2 updated, %3 unchanged; they are sent at the next sync.</source>
        <translation>استُوردت المساهمات: جديد %1، محدَّث %2، دون تغيير %3؛ وتُرسَل في المزامنة التالية.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) left out, to correct.</source>
        <translation>
            <numerusform>لم يُستبعد أي صف.</numerusform>
            <numerusform>استُبعد صف واحد، ويلزم تصحيحه.</numerusform>
            <numerusform>استُبعد صفان، ويلزم تصحيحهما.</numerusform>
            <numerusform>استُبعدت %n صفوف، ويلزم تصحيحها.</numerusform>
            <numerusform>استُبعد %n صفًا، ويلزم تصحيحها.</numerusform>
            <numerusform>استُبعد %n صف، ويلزم تصحيحها.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>USB bundle imported: %Ln solution(s) received.</source>
        <translation>
            <numerusform>استُوردت حزمة USB: لم يُستلم أي حل.</numerusform>
            <numerusform>استُوردت حزمة USB: استُلم حل واحد.</numerusform>
            <numerusform>استُوردت حزمة USB: استُلم حلان.</numerusform>
            <numerusform>استُوردت حزمة USB: استُلمت %Ln حلول.</numerusform>
            <numerusform>استُوردت حزمة USB: استُلم %Ln حلًا.</numerusform>
            <numerusform>استُوردت حزمة USB: استُلم %Ln حل.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) wait for a decision (ssc-desktop conflicts).</source>
        <translation>
            <numerusform>لا توجد تعارضات تنتظر قرارًا (ssc-desktop conflicts).</numerusform>
            <numerusform>تعارض واحد ينتظر قرارًا (ssc-desktop conflicts).</numerusform>
            <numerusform>تعارضان ينتظران قرارًا (ssc-desktop conflicts).</numerusform>
            <numerusform>%n تعارضات تنتظر قرارًا (ssc-desktop conflicts).</numerusform>
            <numerusform>%n تعارضًا تنتظر قرارًا (ssc-desktop conflicts).</numerusform>
            <numerusform>%n تعارض تنتظر قرارًا (ssc-desktop conflicts).</numerusform>
        </translation>
    </message>
    <message>
        <source>Imported: %1 new, %2 updated, %3 unchanged, %4 kept (local edits).</source>
        <translation>الاستيراد: جديد %1، محدَّث %2، دون تغيير %3، محتفَظ به %4 (تعديلات محلية).</translation>
    </message>
    <message numerus="yes">
        <source>%n changed without a new revision: taken as your edit(s), sent at the next sync.</source>
        <translation>
            <numerusform>لم يتغير أي حل دون تنقيح جديد.</numerusform>
            <numerusform>تغيّر حل واحد دون تنقيح جديد: اعتُبر تعديلًا منك، ويُرسَل في المزامنة التالية.</numerusform>
            <numerusform>تغيّر حلان دون تنقيح جديد: اعتُبرا تعديلين منك، ويُرسَلان في المزامنة التالية.</numerusform>
            <numerusform>تغيّرت %n حلول دون تنقيح جديد: اعتُبرت تعديلات منك، وتُرسَل في المزامنة التالية.</numerusform>
            <numerusform>تغيّر %n حلًا دون تنقيح جديد: اعتُبرت تعديلات منك، وتُرسَل في المزامنة التالية.</numerusform>
            <numerusform>تغيّر %n حل دون تنقيح جديد: اعتُبرت تعديلات منك، وتُرسَل في المزامنة التالية.</numerusform>
        </translation>
    </message>
    <message>
        <source>Template saved as %1: fill one row a solution, then File ▸ Import it.</source>
        <translation>حُفظ النموذج باسم %1: املأ صفًا واحدًا لكل حل، ثم استورده من ملف ◂ استيراد.</translation>
    </message>
    <message>
        <source>The template was not saved.</source>
        <translation>لم يُحفظ النموذج.</translation>
    </message>
    <message>
        <source>The list is empty: nothing to export.</source>
        <translation>القائمة فارغة: لا شيء للتصدير.</translation>
    </message>
    <message numerus="yes">
        <source>%n solution(s) written to %1.</source>
        <translation>
            <numerusform>لم يُكتب أي حل في %1.</numerusform>
            <numerusform>كُتب حل واحد في %1.</numerusform>
            <numerusform>كُتب حلان في %1.</numerusform>
            <numerusform>كُتبت %n حلول في %1.</numerusform>
            <numerusform>كُتب %n حلًا في %1.</numerusform>
            <numerusform>كُتب %n حل في %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The solutions were not written.</source>
        <translation>لم تُكتب الحلول.</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) written to %1: take it to the hub.</source>
        <translation>
            <numerusform>لم يُكتب أي تغيير في %1.</numerusform>
            <numerusform>كُتب تغيير واحد في %1: انقله إلى الخادم المركزي.</numerusform>
            <numerusform>كُتب تغييران في %1: انقله إلى الخادم المركزي.</numerusform>
            <numerusform>كُتبت %n تغييرات في %1: انقله إلى الخادم المركزي.</numerusform>
            <numerusform>كُتب %n تغييرًا في %1: انقله إلى الخادم المركزي.</numerusform>
            <numerusform>كُتب %n تغيير في %1: انقله إلى الخادم المركزي.</numerusform>
        </translation>
    </message>
    <message>
        <source>No USB bundle was written.</source>
        <translation>لم تُكتب أي حزمة USB.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>The catalogue could not be opened.</source>
        <translation>تعذّر فتح الفهرس.</translation>
    </message>
    <message>
        <source>The catalogue could not be opened: %1</source>
        <translation>تعذّر فتح الفهرس: %1</translation>
    </message>
    <message>
        <source>Menu bar</source>
        <translation>شريط القوائم</translation>
    </message>
    <message>
        <source>Status bar</source>
        <translation>شريط الحالة</translation>
    </message>
    <message>
        <source>SSC Desktop</source>
        <translation>SSC Desktop</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>ب&amp;حث:</translation>
    </message>
    <message>
        <source>Search the catalogue</source>
        <translation>البحث في الفهرس</translation>
    </message>
    <message>
        <source>Words, &quot;a phrase&quot;, or -word to leave out. Results appear as you type.</source>
        <translation>كلمات، أو &quot;عبارة&quot;، أو -كلمة لاستبعادها. تظهر النتائج أثناء الكتابة.</translation>
    </message>
    <message>
        <source>Words, &quot;a phrase&quot;, -leave out</source>
        <translation>كلمات، &quot;عبارة&quot;، -استبعاد</translation>
    </message>
    <message>
        <source>S&amp;ort:</source>
        <translation>ال&amp;ترتيب:</translation>
    </message>
    <message>
        <source>Sort results by</source>
        <translation>ترتيب النتائج حسب</translation>
    </message>
    <message>
        <source>Relevance</source>
        <translation>الصلة</translation>
    </message>
    <message>
        <source>Newest</source>
        <translation>الأحدث</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Number of results</source>
        <translation>عدد النتائج</translation>
    </message>
    <message>
        <source>Search hint</source>
        <translation>تلميح البحث</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>عوامل التصفية</translation>
    </message>
    <message>
        <source>Clear all filters</source>
        <translation>مسح جميع عوامل التصفية</translation>
    </message>
    <message>
        <source>C&amp;lear all</source>
        <translation>م&amp;سح الكل</translation>
    </message>
    <message>
        <source>Find a filter</source>
        <translation>البحث عن عامل تصفية</translation>
    </message>
    <message>
        <source>Find a country, goal…</source>
        <translation>ابحث عن بلد، هدف…</translation>
    </message>
    <message>
        <source>Tick values to narrow the results. Space ticks or unticks.</source>
        <translation>حدّد القيم لتضييق النتائج. يحدّد مفتاح المسافة القيمة أو يلغي تحديدها.</translation>
    </message>
    <message>
        <source>Results as a list or a map</source>
        <translation>النتائج في شكل قائمة أو خريطة</translation>
    </message>
    <message>
        <source>List</source>
        <translation>القائمة</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>النتائج</translation>
    </message>
    <message>
        <source>Solutions that match. Ctrl+B adds the selected one to the mission basket.</source>
        <translation>الحلول المطابقة. يضيف Ctrl+B الحل المحدد إلى سلة البعثة.</translation>
    </message>
    <message>
        <source>Ma&amp;p</source>
        <translation>ال&amp;خريطة</translation>
    </message>
    <message>
        <source>Details of the selected solution</source>
        <translation>تفاصيل الحل المحدد</translation>
    </message>
    <message>
        <source>Add to the mission basket</source>
        <translation>إضافة إلى سلة البعثة</translation>
    </message>
    <message>
        <source>Add to basket</source>
        <translation>إضافة إلى السلة</translation>
    </message>
    <message>
        <source>Edit this solution</source>
        <translation>تحرير هذا الحل</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>تحرير…</translation>
    </message>
    <message>
        <source>My private &amp;note:</source>
        <translation>ملاحظتي الخا&amp;صة:</translation>
    </message>
    <message>
        <source>Private note</source>
        <translation>ملاحظة خاصة</translation>
    </message>
    <message>
        <source>Never exported, synced or printed. Saved as you type.</source>
        <translation>لا تُصدَّر ولا تُزامَن ولا تُطبع أبدًا. تُحفظ أثناء الكتابة.</translation>
    </message>
    <message>
        <source>Mission basket</source>
        <translation>سلة البعثة</translation>
    </message>
    <message>
        <source>&amp;Mission:</source>
        <translation>ال&amp;بعثة:</translation>
    </message>
    <message>
        <source>Mission title</source>
        <translation>عنوان البعثة</translation>
    </message>
    <message>
        <source>e.g. Scoping mission on school feeding</source>
        <translation>مثال: بعثة استطلاعية بشأن التغذية المدرسية</translation>
    </message>
    <message>
        <source>&amp;Destination:</source>
        <translation>الو&amp;جهة:</translation>
    </message>
    <message>
        <source>Mission destination</source>
        <translation>وجهة البعثة</translation>
    </message>
    <message>
        <source>e.g. Nairobi, Kenya</source>
        <translation>مثال: نيروبي، كينيا</translation>
    </message>
    <message>
        <source>D&amp;ates:</source>
        <translation>التوا&amp;ريخ:</translation>
    </message>
    <message>
        <source>Mission start date</source>
        <translation>تاريخ بدء البعثة</translation>
    </message>
    <message>
        <source>to</source>
        <translation>إلى</translation>
    </message>
    <message>
        <source>Mission end date</source>
        <translation>تاريخ انتهاء البعثة</translation>
    </message>
    <message>
        <source>Brief lan&amp;guage:</source>
        <translation>ل&amp;غة الموجز:</translation>
    </message>
    <message>
        <source>Language of the brief</source>
        <translation>لغة الموجز</translation>
    </message>
    <message>
        <source>Solutions in the mission basket</source>
        <translation>الحلول في سلة البعثة</translation>
    </message>
    <message>
        <source>Drag to reorder, or use Alt+Up and Alt+Down. Delete removes.</source>
        <translation>اسحب لإعادة الترتيب، أو استخدم Alt+Up وAlt+Down. يزيل مفتاح Delete العنصر.</translation>
    </message>
    <message>
        <source>Remove from the basket</source>
        <translation>إزالة من السلة</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>إ&amp;زالة</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>نقل لأعلى</translation>
    </message>
    <message>
        <source>Move up (Alt+Up)</source>
        <translation>نقل لأعلى (Alt+Up)</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>نقل لأسفل</translation>
    </message>
    <message>
        <source>Move down (Alt+Down)</source>
        <translation>نقل لأسفل (Alt+Down)</translation>
    </message>
    <message>
        <source>Make a mission brief</source>
        <translation>إعداد موجز البعثة</translation>
    </message>
    <message>
        <source>Make &amp;brief…</source>
        <translation>إعداد ال&amp;موجز…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;ملف</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;بحث</translation>
    </message>
    <message>
        <source>&amp;Mission</source>
        <translation>ال&amp;بعثة</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;عرض</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>م&amp;ساعدة</translation>
    </message>
    <message>
        <source>&amp;New local solution…</source>
        <translation>حل محلي &amp;جديد…</translation>
    </message>
    <message>
        <source>&amp;Edit solution…</source>
        <translation>&amp;تحرير الحل…</translation>
    </message>
    <message>
        <source>Sync &amp;history…</source>
        <translation>&amp;سجل المزامنة…</translation>
    </message>
    <message>
        <source>&amp;Import a catalogue file or USB bundle…</source>
        <translation>ا&amp;ستيراد ملف فهرس أو حزمة USB…</translation>
    </message>
    <message>
        <source>Export the &amp;listed solutions to a file…</source>
        <translation>تصدير الحلول ال&amp;معروضة إلى ملف…</translation>
    </message>
    <message>
        <source>E&amp;xport my changes to a USB bundle…</source>
        <translation>ت&amp;صدير تغييراتي إلى حزمة USB…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>الإ&amp;عدادات…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>إ&amp;نهاء</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;بحث</translation>
    </message>
    <message>
        <source>&amp;Clear search</source>
        <translation>&amp;مسح البحث</translation>
    </message>
    <message>
        <source>Clear all &amp;filters</source>
        <translation>مسح جميع &amp;عوامل التصفية</translation>
    </message>
    <message>
        <source>Sort by &amp;relevance</source>
        <translation>الترتيب حسب ال&amp;صلة</translation>
    </message>
    <message>
        <source>Sort by &amp;newest</source>
        <translation>الترتيب حسب الأ&amp;حدث</translation>
    </message>
    <message>
        <source>Sort by &amp;title</source>
        <translation>الترتيب حسب ال&amp;عنوان</translation>
    </message>
    <message>
        <source>&amp;Add to basket / remove</source>
        <translation>إ&amp;ضافة إلى السلة / إزالة</translation>
    </message>
    <message>
        <source>&amp;Show basket</source>
        <translation>&amp;عرض السلة</translation>
    </message>
    <message>
        <source>&amp;Remove from basket</source>
        <translation>إ&amp;زالة من السلة</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>نقل لأ&amp;على</translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation>نقل لأ&amp;سفل</translation>
    </message>
    <message>
        <source>&amp;Empty the basket</source>
        <translation>إ&amp;فراغ السلة</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;تراجع</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;إعادة</translation>
    </message>
    <message>
        <source>&amp;Filters</source>
        <translation>&amp;عوامل التصفية</translation>
    </message>
    <message>
        <source>&amp;Results</source>
        <translation>ال&amp;نتائج</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>ال&amp;تفاصيل</translation>
    </message>
    <message>
        <source>Mission &amp;basket</source>
        <translation>&amp;سلة البعثة</translation>
    </message>
    <message>
        <source>Reset &amp;layout</source>
        <translation>إعادة ت&amp;عيين التخطيط</translation>
    </message>
    <message>
        <source>Open the &amp;data folder</source>
        <translation>فتح مجلد ال&amp;بيانات</translation>
    </message>
    <message>
        <source>Open the &amp;log file</source>
        <translation>فتح ملف ال&amp;سجل</translation>
    </message>
    <message>
        <source>S&amp;ync with the hub</source>
        <translation>م&amp;زامنة مع الخادم المركزي</translation>
    </message>
    <message>
        <source>Resolve sync &amp;conflicts…</source>
        <translation>حل &amp;تعارضات المزامنة…</translation>
    </message>
    <message>
        <source>&amp;Welcome and first steps</source>
        <translation>&amp;مرحبًا والخطوات الأولى</translation>
    </message>
    <message>
        <source>&amp;About SSC Desktop</source>
        <translation>&amp;حول SSC Desktop</translation>
    </message>
</context>
<context>
    <name>MapController</name>
    <message>
        <source>The map could not be drawn.</source>
        <translation>تعذّر رسم الخريطة.</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>جارٍ العد…</translation>
    </message>
    <message>
        <source>%1 solutions listed · %2 provider → recipient pairs</source>
        <translation>الحلول المعروضة: %1 · أزواج البلد المقدِّم ← البلد المستفيد: %2</translation>
    </message>
    <message>
        <source>(the %1 strongest drawn)</source>
        <translation>(رُسمت الأزواج الأقوى فقط، وعددها %1)</translation>
    </message>
    <message>
        <source>%1 solutions · %2 countries</source>
        <translation>الحلول: %1 · البلدان: %2</translation>
    </message>
    <message>
        <source>(counting…)</source>
        <translation>(جارٍ العد…)</translation>
    </message>
    <message>
        <source>All roles</source>
        <translation>جميع الأدوار</translation>
    </message>
    <message>
        <source>Countries involved in any role</source>
        <translation>البلدان المشاركة بأي دور</translation>
    </message>
    <message>
        <source>As provider</source>
        <translation>البلدان المقدِّمة</translation>
    </message>
    <message>
        <source>Countries sharing their solution</source>
        <translation>البلدان التي تتقاسم حلولها</translation>
    </message>
    <message>
        <source>As recipient</source>
        <translation>البلدان المستفيدة</translation>
    </message>
    <message>
        <source>Countries taking a solution up</source>
        <translation>البلدان التي تعتمد حلًا</translation>
    </message>
    <message>
        <source>Exchanges</source>
        <translation>التبادلات</translation>
    </message>
    <message>
        <source>Arcs from provider to recipient countries, thicker for more solutions</source>
        <translation>أقواس من البلدان المقدِّمة إلى البلدان المستفيدة، تزداد سماكتها بازدياد عدد الحلول</translation>
    </message>
    <message>
        <source>Zoom in (+ or the mouse wheel)</source>
        <translation>تكبير (+ أو عجلة الفأرة)</translation>
    </message>
    <message>
        <source>Zoom out (-)</source>
        <translation>تصغير (-)</translation>
    </message>
    <message>
        <source>Whole world</source>
        <translation>العالم كله</translation>
    </message>
    <message>
        <source>Show the whole world (0)</source>
        <translation>عرض العالم كله (0)</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>الخريطة</translation>
    </message>
    <message>
        <source>Solutions per country. Drag or use the arrow keys to move, + and - to zoom. The Filters panel (Ctrl+1) lists the same countries.</source>
        <translation>الحلول حسب البلد. اسحب الخريطة أو استخدم مفاتيح الأسهم للتنقل، و+ و- للتكبير والتصغير. وتعرض لوحة عوامل التصفية (Ctrl+1) البلدان نفسها.</translation>
    </message>
</context>
<context>
    <name>MapWidget</name>
    <message>
        <source>Solutions: %1</source>
        <extracomment>The polyline provider → recipient as segments: the first and the last (drawn with flat caps, so the arc ends where it should) and those between (square caps, which close the small gaps flat caps leave on the outside of each bend). What an arcs layer was drawn for: the arcs&apos; version, the widget&apos;s size, its pixel ratio and the view&apos;s transform (zoom and pan). How many times the arcs layer was drawn (a repaint that only blits it adds none).</extracomment>
        <translation>الحلول: %1</translation>
    </message>
    <message>
        <source>as provider: %1</source>
        <translation>بوصفه البلد المقدِّم: %1</translation>
    </message>
    <message>
        <source>as recipient: %1</source>
        <translation>بوصفه البلد المستفيد: %1</translation>
    </message>
    <message>
        <source>as partner: %1</source>
        <translation>بوصفه شريكًا: %1</translation>
    </message>
    <message>
        <source>as funder: %1</source>
        <translation>بوصفه جهة مموِّلة: %1</translation>
    </message>
    <message>
        <source>Exchanges: %1 out, %2 in</source>
        <translation>التبادلات: الصادرة %1، الواردة %2</translation>
    </message>
    <message>
        <source>Filtered by this country (click to remove)</source>
        <translation>مصفّاة حسب هذا البلد (انقر للإزالة)</translation>
    </message>
    <message>
        <source>Click to filter by this country</source>
        <translation>انقر للتصفية حسب هذا البلد</translation>
    </message>
    <message>
        <source>Solutions per pair (provider → recipient)</source>
        <translation>الحلول لكل زوج (البلد المقدِّم ← البلد المستفيد)</translation>
    </message>
    <message>
        <source>Solutions per country</source>
        <translation>الحلول حسب البلد</translation>
    </message>
    <message>
        <source>Solutions per country, as provider</source>
        <translation>الحلول حسب البلد المقدِّم</translation>
    </message>
    <message>
        <source>Solutions per country, as recipient</source>
        <translation>الحلول حسب البلد المستفيد</translation>
    </message>
    <message>
        <source>no exchanges</source>
        <translation>لا توجد تبادلات</translation>
    </message>
    <message>
        <source>none</source>
        <translation>لا توجد حلول</translation>
    </message>
</context>
<context>
    <name>SearchController</name>
    <message>
        <source>The search index is ready.</source>
        <translation>فهرس البحث جاهز.</translation>
    </message>
    <message>
        <source>The search index could not be built; words are matched simply for now.</source>
        <translation>تعذّر إنشاء فهرس البحث؛ تجري مطابقة الكلمات بطريقة بسيطة حاليًا.</translation>
    </message>
    <message>
        <source>The search failed.</source>
        <translation>فشل البحث.</translation>
    </message>
    <message numerus="yes">
        <source>Showing the best %1 of %Ln solution(s)</source>
        <translation>
            <numerusform>عرض أفضل %1 من أصل %Ln حل</numerusform>
            <numerusform>عرض أفضل %1 من أصل حل واحد</numerusform>
            <numerusform>عرض أفضل %1 من أصل حلين</numerusform>
            <numerusform>عرض أفضل %1 من أصل %Ln حلول</numerusform>
            <numerusform>عرض أفضل %1 من أصل %Ln حلًا</numerusform>
            <numerusform>عرض أفضل %1 من أصل %Ln حل</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln solution(s)</source>
        <translation>
            <numerusform>لا توجد حلول</numerusform>
            <numerusform>حل واحد</numerusform>
            <numerusform>حلان</numerusform>
            <numerusform>%Ln حلول</numerusform>
            <numerusform>%Ln حلًا</numerusform>
            <numerusform>%Ln حل</numerusform>
        </translation>
    </message>
    <message>
        <source>Did you mean %1?</source>
        <translation>هل تقصد %1؟</translation>
    </message>
    <message>
        <source>Search %1 instead?</source>
        <translation>هل تريد البحث عن %1 بدلًا من ذلك؟</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>عوامل التصفية</translation>
    </message>
    <message>
        <source>(counting…)</source>
        <translation>(جارٍ العد…)</translation>
    </message>
    <message>
        <source>No filter matches “%1”.</source>
        <translation>لا يوجد عامل تصفية يطابق «%1».</translation>
    </message>
    <message>
        <source>Goals (SDGs)</source>
        <translation>الأهداف (أهداف التنمية المستدامة)</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>المنطقة</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>البلد</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>المنظمة</translation>
    </message>
    <message>
        <source>Modality</source>
        <translation>الطريقة</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>السنة</translation>
    </message>
    <message>
        <source>Local</source>
        <translation>محلي</translation>
    </message>
    <message>
        <source>Waiting for sync</source>
        <translation>ينتظر المزامنة</translation>
    </message>
    <message>
        <source>In basket</source>
        <translation>في السلة</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>جارٍ التحميل…</translation>
    </message>
</context>
<context>
    <name>SearchNotices</name>
    <message>
        <source>Nothing matches the words as typed; showing results for “%1”.</source>
        <translation>لا شيء يطابق الكلمات كما كُتبت؛ تُعرض نتائج «%1».</translation>
    </message>
    <message>
        <source>No solution has all these words; showing those with some.</source>
        <translation>لا يوجد حل يتضمن كل هذه الكلمات؛ تُعرض الحلول التي تتضمن بعضها.</translation>
    </message>
    <message>
        <source>Nothing matches. Try fewer or other words, or clear filters.</source>
        <translation>لا توجد نتائج مطابقة. جرّب كلمات أقل أو مختلفة، أو امسح عوامل التصفية.</translation>
    </message>
    <message>
        <source>Type a word to search.</source>
        <translation>اكتب كلمة للبحث.</translation>
    </message>
    <message>
        <source>The search index is being prepared: simple word matching.</source>
        <translation>يجري إعداد فهرس البحث: مطابقة بسيطة للكلمات.</translation>
    </message>
    <message>
        <source>The search index is being built; results will appear in a moment.</source>
        <translation>يجري إنشاء فهرس البحث؛ ستظهر النتائج بعد لحظات.</translation>
    </message>
    <message>
        <source>The search index is not ready yet.</source>
        <translation>فهرس البحث ليس جاهزًا بعد.</translation>
    </message>
    <message>
        <source>Nothing is called “%1” in %2:; did you mean “%3”?</source>
        <translation>لا يوجد ما يسمى «%1» في %2:؛ هل تقصد «%3»؟</translation>
    </message>
    <message>
        <source>Nothing is called “%1” in %2:.</source>
        <translation>لا يوجد ما يسمى «%1» في %2:.</translation>
    </message>
    <message>
        <source>There is no %1: filter (filters: %2).</source>
        <translation>لا يوجد عامل التصفية %1: (عوامل التصفية: %2).</translation>
    </message>
    <message>
        <source>%1: needs a value, for example %1:%2.</source>
        <translation>يحتاج %1: إلى قيمة، مثل %1:%2.</translation>
    </message>
    <message>
        <source>Only the first %1 characters of the query were used.</source>
        <translation>لم يُستخدم إلا أول %1 حرف من الاستعلام.</translation>
    </message>
    <message>
        <source>No solution in the catalogue involves %1 yet.</source>
        <translation>لا يوجد في الفهرس بعد أي حل يشمل %1.</translation>
    </message>
    <message>
        <source>Only the first %1 words were used.</source>
        <translation>لم تُستخدم إلا أول %1 كلمة.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>System default</source>
        <translation>الإعداد الافتراضي للنظام</translation>
    </message>
    <message>
        <source>A4 (210 × 297 mm)</source>
        <translation>A4 (210 × 297 مم)</translation>
    </message>
    <message>
        <source>US Letter (8.5 × 11 in)</source>
        <translation>Letter الأمريكي (8.5 × 11 بوصة)</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>بلا حد</translation>
    </message>
    <message>
        <source>%1 MB, then the rest next time</source>
        <translation>%1 ميغابايت، ثم الباقي في المرة التالية</translation>
    </message>
    <message>
        <source>A token is remembered; type a new one only to replace it</source>
        <translation>هناك رمز محفوظ؛ لا تكتب رمزًا جديدًا إلا لاستبداله</translation>
    </message>
    <message>
        <source>The token your hub administrator gave this office</source>
        <translation>الرمز الذي أعطاه مسؤول الخادم المركزي لهذا المكتب</translation>
    </message>
    <message>
        <source>Off (sync only when I ask, F9)</source>
        <translation>معطّلة (المزامنة عند الطلب فقط، F9)</translation>
    </message>
    <message numerus="yes">
        <source>Every %n hour(s) while the hub answers</source>
        <translation>
            <numerusform>كل %n ساعة ما دام الخادم المركزي يستجيب</numerusform>
            <numerusform>كل ساعة ما دام الخادم المركزي يستجيب</numerusform>
            <numerusform>كل ساعتين ما دام الخادم المركزي يستجيب</numerusform>
            <numerusform>كل %n ساعات ما دام الخادم المركزي يستجيب</numerusform>
            <numerusform>كل %n ساعة ما دام الخادم المركزي يستجيب</numerusform>
            <numerusform>كل %n ساعة ما دام الخادم المركزي يستجيب</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Every %n minute(s) while the hub answers</source>
        <translation>
            <numerusform>كل %n دقيقة ما دام الخادم المركزي يستجيب</numerusform>
            <numerusform>كل دقيقة ما دام الخادم المركزي يستجيب</numerusform>
            <numerusform>كل دقيقتين ما دام الخادم المركزي يستجيب</numerusform>
            <numerusform>كل %n دقائق ما دام الخادم المركزي يستجيب</numerusform>
            <numerusform>كل %n دقيقة ما دام الخادم المركزي يستجيب</numerusform>
            <numerusform>كل %n دقيقة ما دام الخادم المركزي يستجيب</numerusform>
        </translation>
    </message>
    <message>
        <source>Give the hub&apos;s address, e.g. https://hub.example.org.</source>
        <translation>أدخل عنوان الخادم المركزي، مثل https://hub.example.org.</translation>
    </message>
    <message>
        <source>Will be saved as %1</source>
        <translation>سيُحفظ بالصيغة: %1</translation>
    </message>
    <message>
        <source>From your hub administrator; https:// is added when left out.</source>
        <translation>يقدّمه مسؤول الخادم المركزي؛ وتُضاف https:// إذا أُغفلت.</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>الإعدادات</translation>
    </message>
    <message>
        <source>Sync with the hub</source>
        <translation>المزامنة مع الخادم المركزي</translation>
    </message>
    <message>
        <source>&amp;Hub address:</source>
        <translation>عنوان الخادم الم&amp;ركزي:</translation>
    </message>
    <message>
        <source>Hub address</source>
        <translation>عنوان الخادم المركزي</translation>
    </message>
    <message>
        <source>https://hub.example.org</source>
        <translation>https://hub.example.org</translation>
    </message>
    <message>
        <source>Office &amp;token:</source>
        <translation>&amp;رمز المكتب:</translation>
    </message>
    <message>
        <source>Office token</source>
        <translation>رمز المكتب</translation>
    </message>
    <message>
        <source>&amp;Automatic sync:</source>
        <translation>المزامنة ال&amp;تلقائية:</translation>
    </message>
    <message>
        <source>Automatic sync</source>
        <translation>المزامنة التلقائية</translation>
    </message>
    <message>
        <source>&amp;Data per sync:</source>
        <translation>ال&amp;بيانات لكل مزامنة:</translation>
    </message>
    <message>
        <source>Most data one sync may use</source>
        <translation>أقصى قدر من البيانات لمزامنة واحدة</translation>
    </message>
    <message>
        <source>Interface and briefs</source>
        <translation>الواجهة والموجزات</translation>
    </message>
    <message>
        <source>Interface &amp;language:</source>
        <translation>&amp;لغة الواجهة:</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>لغة الواجهة</translation>
    </message>
    <message>
        <source>&amp;Paper size for briefs:</source>
        <translation>&amp;حجم الورق للموجزات:</translation>
    </message>
    <message>
        <source>Paper size for briefs</source>
        <translation>حجم الورق للموجزات</translation>
    </message>
</context>
<context>
    <name>SolutionForm</name>
    <message>
        <source>Countries: %1</source>
        <extracomment>The languages a translation can be edited in (the record&apos;s own is &quot;the original&quot;). The translatable texts: the form&apos;s widget keys (``TRANSLATABLE_FIELDS``). Each language named in itself, as the selector lists it.</extracomment>
        <translation>البلدان: %1</translation>
    </message>
    <message>
        <source>ISO codes or names, e.g. KEN, Brazil</source>
        <translation>رموز ISO أو أسماء، مثل: KEN, البرازيل</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Acronym</source>
        <translation>المختصر</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>الدور</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>المسمى الوظيفي</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>المنظمة</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>الهاتف</translation>
    </message>
    <message>
        <source>Public</source>
        <translation>عام</translation>
    </message>
    <message>
        <source>Address (https://…)</source>
        <translation>العنوان (https://…)</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>التسمية</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>الوثيقة</translation>
    </message>
    <message>
        <source>Paragraph</source>
        <translation>الفقرة</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>إضافة</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>إزالة</translation>
    </message>
    <message>
        <source>Original (%1)</source>
        <translation>الأصل (%1)</translation>
    </message>
    <message>
        <source>%1 translation</source>
        <translation>الترجمة: %1</translation>
    </message>
    <message>
        <source>%1 translation (new)</source>
        <translation>الترجمة: %1 (جديدة)</translation>
    </message>
    <message>
        <source>You are editing the %1 translation of the texts (the original&apos;s are shown in grey in empty fields). The other fields are the same in every language; a translation with every text empty is removed.</source>
        <translation>أنت تحرّر ترجمة النصوص إلى %1 (تظهر نصوص الأصل باللون الرمادي في الحقول الفارغة). الحقول الأخرى هي نفسها في جميع اللغات؛ وتُحذف الترجمة التي تكون جميع نصوصها فارغة.</translation>
    </message>
    <message>
        <source>A translation needs a title.</source>
        <translation>يجب أن يكون للترجمة عنوان.</translation>
    </message>
    <message>
        <source>Unknown country: “%1”. Use an ISO 3166 code (e.g. KEN) or a name.</source>
        <translation>بلد غير معروف: «%1». استخدم رمز ISO 3166 (مثل KEN) أو اسمًا.</translation>
    </message>
    <message>
        <source>“%1” is not an SDG: goals are numbered 1 to 17.</source>
        <translation>«%1» ليس من أهداف التنمية المستدامة: الأهداف مرقّمة من 1 إلى 17.</translation>
    </message>
    <message>
        <source>The budget must be a number, e.g. 250000.</source>
        <translation>يجب أن تكون الميزانية رقمًا، مثل 250000.</translation>
    </message>
    <message>
        <source>A title is required.</source>
        <translation>العنوان مطلوب.</translation>
    </message>
    <message>
        <source>row %1: %2</source>
        <translation>الصف %1: %2</translation>
    </message>
    <message>
        <source>Original: %1</source>
        <translation>الأصل: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) to fix before saving. First: %1</source>
        <translation>
            <numerusform>%n مشكلة يجب إصلاحها قبل الحفظ. الأولى: %1</numerusform>
            <numerusform>مشكلة واحدة يجب إصلاحها قبل الحفظ: %1</numerusform>
            <numerusform>مشكلتان يجب إصلاحهما قبل الحفظ. الأولى: %1</numerusform>
            <numerusform>%n مشكلات يجب إصلاحها قبل الحفظ. الأولى: %1</numerusform>
            <numerusform>%n مشكلة يجب إصلاحها قبل الحفظ. الأولى: %1</numerusform>
            <numerusform>%n مشكلة يجب إصلاحها قبل الحفظ. الأولى: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Discard changes?</source>
        <translation>تجاهل التغييرات؟</translation>
    </message>
    <message>
        <source>Close the form without saving your changes?</source>
        <translation>إغلاق النموذج دون حفظ تغييراتك؟</translation>
    </message>
    <message>
        <source>New local solution</source>
        <translation>حل محلي جديد</translation>
    </message>
    <message>
        <source>Edit solution</source>
        <translation>تحرير الحل</translation>
    </message>
    <message>
        <source>Solution</source>
        <translation>الحل</translation>
    </message>
    <message>
        <source>Fields marked * are required. Your changes are kept on this computer and sent to the hub at the next sync.</source>
        <translation>الحقول المعلّمة بـ * مطلوبة. تُحفظ تغييراتك على هذا الحاسوب وتُرسَل إلى الخادم المركزي في المزامنة التالية.</translation>
    </message>
    <message>
        <source>Te&amp;xts in:</source>
        <translation>لغة ال&amp;نصوص:</translation>
    </message>
    <message>
        <source>Language of the texts being edited</source>
        <translation>لغة النصوص قيد التحرير</translation>
    </message>
    <message>
        <source>Edit the original texts, or add or correct their translation into another language. The other fields are the same in every language.</source>
        <translation>حرّر النصوص الأصلية، أو أضف ترجمتها إلى لغة أخرى أو صحّحها. الحقول الأخرى هي نفسها في جميع اللغات.</translation>
    </message>
    <message>
        <source>Translated &amp;by:</source>
        <translation>ال&amp;مترجم:</translation>
    </message>
    <message>
        <source>Translated by (your name; blank: your office)</source>
        <translation>المترجم (اسمك؛ إذا تُرك فارغًا: مكتبك)</translation>
    </message>
    <message>
        <source>Your name (blank: your office)</source>
        <translation>اسمك (إذا تُرك فارغًا: مكتبك)</translation>
    </message>
    <message>
        <source>Solution fields</source>
        <translation>حقول الحل</translation>
    </message>
    <message>
        <source>Title *</source>
        <translation>العنوان *</translation>
    </message>
    <message>
        <source>Title (required)</source>
        <translation>العنوان (مطلوب)</translation>
    </message>
    <message>
        <source>What the solution is called</source>
        <translation>اسم الحل</translation>
    </message>
    <message>
        <source>Subtitle</source>
        <translation>العنوان الفرعي</translation>
    </message>
    <message>
        <source>One line</source>
        <translation>سطر واحد</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>الملخص</translation>
    </message>
    <message>
        <source>Summary (at most 60 words)</source>
        <translation>الملخص (60 كلمة على الأكثر)</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>البلدان</translation>
    </message>
    <message>
        <source>The countries involved, by role: ISO codes (e.g. KEN) or names, separated by commas.</source>
        <translation>البلدان المشاركة، حسب الدور: رموز ISO (مثل KEN) أو أسماء، مفصولة بفواصل (,).</translation>
    </message>
    <message>
        <source>Countries by role</source>
        <translation>البلدان حسب الدور</translation>
    </message>
    <message>
        <source>Main SDGs</source>
        <translation>أهداف التنمية المستدامة الرئيسية</translation>
    </message>
    <message>
        <source>Main Sustainable Development Goals</source>
        <translation>أهداف التنمية المستدامة الرئيسية</translation>
    </message>
    <message>
        <source>Goal numbers 1 to 17, e.g. 2, 7</source>
        <translation>أرقام الأهداف من 1 إلى 17، مثل 2، 7</translation>
    </message>
    <message>
        <source>Other SDGs</source>
        <translation>أهداف التنمية المستدامة الأخرى</translation>
    </message>
    <message>
        <source>Other Sustainable Development Goals</source>
        <translation>أهداف التنمية المستدامة الأخرى</translation>
    </message>
    <message>
        <source>e.g. 13</source>
        <translation>مثال: 13</translation>
    </message>
    <message>
        <source>Cooperation type</source>
        <translation>نوع التعاون</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Modalities</source>
        <translation>الطرائق</translation>
    </message>
    <message>
        <source>Years</source>
        <translation>السنوات</translation>
    </message>
    <message>
        <source>Start year</source>
        <translation>سنة البدء</translation>
    </message>
    <message>
        <source>to</source>
        <translation>إلى</translation>
    </message>
    <message>
        <source>End year</source>
        <translation>سنة الانتهاء</translation>
    </message>
    <message>
        <source>Challenge</source>
        <translation>التحدي</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>النتائج</translation>
    </message>
    <message>
        <source>Sustainability and replication</source>
        <translation>الاستدامة وإمكانية التكرار</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>المنظمات</translation>
    </message>
    <message>
        <source>Funding mechanism</source>
        <translation>آلية التمويل</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>الميزانية</translation>
    </message>
    <message>
        <source>Budget amount</source>
        <translation>مبلغ الميزانية</translation>
    </message>
    <message>
        <source>e.g. 250000</source>
        <translation>مثال: 250000</translation>
    </message>
    <message>
        <source>Currency:</source>
        <translation>العملة:</translation>
    </message>
    <message>
        <source>Currency (ISO 4217 code)</source>
        <translation>العملة (رمز ISO 4217)</translation>
    </message>
    <message>
        <source>USD</source>
        <translation>USD</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>المواضيع</translation>
    </message>
    <message>
        <source>Separate with commas</source>
        <translation>افصل بفواصل</translation>
    </message>
    <message>
        <source>Keywords</source>
        <translation>الكلمات الرئيسية</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>جهات الاتصال</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>الروابط</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>المصادر</translation>
    </message>
    <message>
        <source>Problems to fix before saving</source>
        <translation>مشكلات يجب إصلاحها قبل الحفظ</translation>
    </message>
</context>
<context>
    <name>StatusBar</name>
    <message numerus="yes">
        <source>%Ln solution(s) in the catalogue</source>
        <translation>
            <numerusform>لا توجد حلول في الفهرس</numerusform>
            <numerusform>حل واحد في الفهرس</numerusform>
            <numerusform>حلان في الفهرس</numerusform>
            <numerusform>%Ln حلول في الفهرس</numerusform>
            <numerusform>%Ln حلًا في الفهرس</numerusform>
            <numerusform>%Ln حل في الفهرس</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln change(s) waiting for sync</source>
        <translation>
            <numerusform>لا توجد تغييرات تنتظر المزامنة</numerusform>
            <numerusform>تغيير واحد ينتظر المزامنة</numerusform>
            <numerusform>تغييران ينتظران المزامنة</numerusform>
            <numerusform>%Ln تغييرات تنتظر المزامنة</numerusform>
            <numerusform>%Ln تغييرًا ينتظر المزامنة</numerusform>
            <numerusform>%Ln تغيير ينتظر المزامنة</numerusform>
        </translation>
    </message>
    <message>
        <source>Opening the catalogue…</source>
        <translation>جارٍ فتح الفهرس…</translation>
    </message>
    <message>
        <source>Last sync: %1</source>
        <translation>آخر مزامنة: %1</translation>
    </message>
    <message>
        <source>Last sync: never</source>
        <translation>آخر مزامنة: لم تحدث بعد</translation>
    </message>
    <message>
        <source>Hub: not configured</source>
        <translation>الخادم المركزي: غير مُعدّ</translation>
    </message>
    <message>
        <source>Hub: checking…</source>
        <translation>الخادم المركزي: جارٍ التحقق…</translation>
    </message>
    <message>
        <source>Hub: reachable</source>
        <translation>الخادم المركزي: متاح</translation>
    </message>
    <message>
        <source>Hub: unreachable</source>
        <translation>الخادم المركزي: غير متاح</translation>
    </message>
    <message>
        <source>Hub: a sign-in page is in the way</source>
        <translation>الخادم المركزي: تعترضه صفحة تسجيل دخول</translation>
    </message>
    <message>
        <source>Hub: versions do not match</source>
        <translation>الخادم المركزي: الإصدارات غير متوافقة</translation>
    </message>
    <message>
        <source>Hub: insecure address</source>
        <translation>الخادم المركزي: عنوان غير آمن</translation>
    </message>
    <message>
        <source>To sync, give the hub address and your office token in Settings.</source>
        <translation>للمزامنة، أدخل عنوان الخادم المركزي ورمز مكتبك في الإعدادات.</translation>
    </message>
    <message>
        <source>Opening…</source>
        <translation>جارٍ الفتح…</translation>
    </message>
    <message>
        <source>Preparing the search index…</source>
        <translation>جارٍ إعداد فهرس البحث…</translation>
    </message>
    <message>
        <source>Search index unavailable</source>
        <translation>فهرس البحث غير متاح</translation>
    </message>
    <message>
        <source>Catalogue size</source>
        <translation>حجم الفهرس</translation>
    </message>
    <message>
        <source>Last sync</source>
        <translation>آخر مزامنة</translation>
    </message>
    <message>
        <source>Hub connection</source>
        <translation>الاتصال بالخادم المركزي</translation>
    </message>
    <message>
        <source>Search index state</source>
        <translation>حالة فهرس البحث</translation>
    </message>
    <message>
        <source>Cancel sync</source>
        <translation>إلغاء المزامنة</translation>
    </message>
    <message>
        <source>Cancel the sync</source>
        <translation>إلغاء المزامنة</translation>
    </message>
</context>
<context>
    <name>SyncController</name>
    <message>
        <source>&amp;My contributions…</source>
        <extracomment>Settings should open (the sync needs a hub address and token)</extracomment>
        <translation>مس&amp;اهماتي…</translation>
    </message>
    <message>
        <source>Where each solution you added or edited stands at the hub</source>
        <translation>حالة كل حل أضفته أو حرّرته في الخادم المركزي</translation>
    </message>
    <message>
        <source>Cancelling the sync…</source>
        <translation>جارٍ إلغاء المزامنة…</translation>
    </message>
    <message>
        <source>Applying the new sync settings…</source>
        <translation>جارٍ تطبيق إعدادات المزامنة الجديدة…</translation>
    </message>
    <message>
        <source>Syncing: %1 received, %2 sent, %3 KB</source>
        <translation>المزامنة: المستلَم %1، المرسَل %2، %3 كيلوبايت</translation>
    </message>
    <message>
        <source>Cancel the sync</source>
        <translation>إلغاء المزامنة</translation>
    </message>
    <message>
        <source>Syncing with the hub…</source>
        <translation>جارٍ المزامنة مع الخادم المركزي…</translation>
    </message>
    <message>
        <source>The sync stopped; what arrived is kept.</source>
        <translation>توقفت المزامنة؛ وحُفظ ما وصل.</translation>
    </message>
    <message>
        <source>Synced: %1 received, %2 sent.</source>
        <translation>اكتملت المزامنة: المستلَم %1، المرسَل %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) wait for a decision (ssc-desktop conflicts).</source>
        <translation>
            <numerusform>لا توجد تعارضات تنتظر قرارًا (ssc-desktop conflicts).</numerusform>
            <numerusform>تعارض واحد ينتظر قرارًا (ssc-desktop conflicts).</numerusform>
            <numerusform>تعارضان ينتظران قرارًا (ssc-desktop conflicts).</numerusform>
            <numerusform>%n تعارضات تنتظر قرارًا (ssc-desktop conflicts).</numerusform>
            <numerusform>%n تعارضًا تنتظر قرارًا (ssc-desktop conflicts).</numerusform>
            <numerusform>%n تعارض تنتظر قرارًا (ssc-desktop conflicts).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contribution(s) returned by a curator: see File ▸ My contributions.</source>
        <translation>
            <numerusform>لم يُعِد المراجِع أي مساهمة.</numerusform>
            <numerusform>أعاد المراجِع مساهمة واحدة: انظر ملف ◂ مساهماتي.</numerusform>
            <numerusform>أعاد المراجِع مساهمتين: انظر ملف ◂ مساهماتي.</numerusform>
            <numerusform>أعاد المراجِع %n مساهمات: انظر ملف ◂ مساهماتي.</numerusform>
            <numerusform>أعاد المراجِع %n مساهمةً: انظر ملف ◂ مساهماتي.</numerusform>
            <numerusform>أعاد المراجِع %n مساهمة: انظر ملف ◂ مساهماتي.</numerusform>
        </translation>
    </message>
    <message>
        <source>To sync, give the hub address and your office token in Settings.</source>
        <translation>للمزامنة، أدخل عنوان الخادم المركزي ورمز مكتبك في الإعدادات.</translation>
    </message>
    <message>
        <source>The sync did not complete; nothing was lost.</source>
        <translation>لم تكتمل المزامنة؛ ولم يُفقد أي شيء.</translation>
    </message>
    <message>
        <source>S&amp;ync with the hub</source>
        <translation>م&amp;زامنة مع الخادم المركزي</translation>
    </message>
    <message>
        <source>The office token was not kept.</source>
        <translation>لم يُحفظ رمز المكتب.</translation>
    </message>
    <message>
        <source>The conflict could not be resolved.</source>
        <translation>تعذّر حل التعارض.</translation>
    </message>
    <message>
        <source>It will be sent again at the next sync.</source>
        <translation>ستُرسَل مجددًا في المزامنة التالية.</translation>
    </message>
    <message>
        <source>The contribution could not be sent again.</source>
        <translation>تعذّرت إعادة إرسال المساهمة.</translation>
    </message>
</context>
<context>
    <name>SyncHistoryDialog</name>
    <message>
        <source>Sync history</source>
        <translation>سجل المزامنة</translation>
    </message>
    <message>
        <source>The last syncs of this catalogue, newest first. Copy them for support.</source>
        <translation>آخر عمليات المزامنة لهذا الفهرس، الأحدث أولًا. انسخها لفريق الدعم.</translation>
    </message>
    <message>
        <source>This catalogue has not synced yet.</source>
        <translation>لم تجرِ مزامنة هذا الفهرس بعد.</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>الأعمدة</translation>
    </message>
    <message>
        <source>Copy for support</source>
        <translation>نسخ لفريق الدعم</translation>
    </message>
</context>
<context>
    <name>SyncHistoryModel</name>
    <message>
        <source>When</source>
        <translation>الوقت</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>النتيجة</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>المستلَم</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>المرسَل</translation>
    </message>
    <message>
        <source>KB moved</source>
        <translation>كيلوبايت منقولة</translation>
    </message>
    <message>
        <source>Seconds</source>
        <translation>الثواني</translation>
    </message>
    <message>
        <source>Retries</source>
        <translation>المحاولات المتكررة</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>الرسالة</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>تمت</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>توقفت</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>فشلت</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <source>Welcome to SSC Desktop</source>
        <translation>مرحبًا بك في SSC Desktop</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>مرحبًا</translation>
    </message>
    <message>
        <source>Everything works offline</source>
        <translation>كل شيء يعمل دون اتصال</translation>
    </message>
    <message>
        <source>The whole catalogue of Southern solutions is on this computer: search it, filter it and read every solution with its sources without any connection.</source>
        <translation>فهرس حلول بلدان الجنوب كله موجود على هذا الحاسوب: ابحث فيه وصفِّه واقرأ كل حل مع مصادره دون أي اتصال.</translation>
    </message>
    <message>
        <source>Connect to a catalogue hub</source>
        <translation>الاتصال بخادم مركزي للفهرس</translation>
    </message>
    <message>
        <source>Give the hub address and the office token from your hub administrator in Settings: whenever a connection appears, new solutions come in and yours go out by themselves (or press F9). Without any connection, changes travel on a USB stick: File, Import a catalogue file or USB bundle, and File, Export my changes to a USB bundle.</source>
        <translation>أدخل في الإعدادات عنوان الخادم المركزي ورمز المكتب اللذين أعطاك إياهما مسؤول الخادم المركزي: كلما توفر اتصال، تصل الحلول الجديدة وتُرسَل حلولك تلقائيًا (أو اضغط F9). ودون أي اتصال، تنتقل التغييرات على ذاكرة USB: ملف، استيراد ملف فهرس أو حزمة USB، وملف، تصدير تغييراتي إلى حزمة USB.</translation>
    </message>
    <message>
        <source>Print a mission brief</source>
        <translation>طباعة موجز البعثة</translation>
    </message>
    <message>
        <source>Add solutions to the mission basket (Ctrl+B), give the mission a title, destination and dates, then choose Make brief (Ctrl+P) to get a PDF that prints well on any office printer.</source>
        <translation>أضف حلولًا إلى سلة البعثة (Ctrl+B)، وحدد للبعثة عنوانًا ووجهة وتواريخ، ثم اختر إعداد الموجز (Ctrl+P) للحصول على ملف PDF يُطبع جيدًا على أي طابعة مكتبية.</translation>
    </message>
    <message>
        <source>Welcome text</source>
        <translation>نص الترحيب</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>ابدأ</translation>
    </message>
</context>
</TS>
