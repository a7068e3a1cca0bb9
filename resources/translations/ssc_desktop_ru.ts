<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About SSC Desktop</source>
        <translation>О программе SSC Desktop</translation>
    </message>
    <message>
        <source>SSC Desktop</source>
        <translation>SSC Desktop</translation>
    </message>
    <message>
        <source>The offline catalogue of Southern solutions: South-South and triangular cooperation good practices for UN country offices.</source>
        <translation>Автономный каталог решений стран Юга: передовая практика сотрудничества Юг-Юг и трехстороннего сотрудничества для страновых отделений ООН.</translation>
    </message>
    <message>
        <source>Versions and folders</source>
        <translation>Версии и папки</translation>
    </message>
    <message>
        <source>Open the data folder</source>
        <translation>Открыть папку данных</translation>
    </message>
    <message>
        <source>Open the &amp;data folder</source>
        <translation>Открыть папку &amp;данных</translation>
    </message>
    <message>
        <source>Copy these details</source>
        <translation>Скопировать эти сведения</translation>
    </message>
    <message>
        <source>&amp;Copy details</source>
        <translation>&amp;Скопировать сведения</translation>
    </message>
</context>
<context>
    <name>BasketController</name>
    <message numerus="yes">
        <source>Added %n solution(s) to the mission basket.</source>
        <translation>
            <numerusform>В корзину миссии добавлено %n решение.</numerusform>
            <numerusform>В корзину миссии добавлено %n решения.</numerusform>
            <numerusform>В корзину миссии добавлено %n решений.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Emptied the basket (%n solution(s)). Ctrl+Z puts them back.</source>
        <translation>
            <numerusform>Корзина очищена (%n решение). Ctrl+Z отменяет очистку.</numerusform>
            <numerusform>Корзина очищена (%n решения). Ctrl+Z отменяет очистку.</numerusform>
            <numerusform>Корзина очищена (%n решений). Ctrl+Z отменяет очистку.</numerusform>
        </translation>
    </message>
    <message>
        <source>Empty the basket</source>
        <translation>Очистка корзины</translation>
    </message>
    <message numerus="yes">
        <source>Add %n solution(s)</source>
        <translation>
            <numerusform>Добавление %n решения</numerusform>
            <numerusform>Добавление %n решений</numerusform>
            <numerusform>Добавление %n решений</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %n solution(s)</source>
        <translation>
            <numerusform>Удаление %n решения</numerusform>
            <numerusform>Удаление %n решений</numerusform>
            <numerusform>Удаление %n решений</numerusform>
        </translation>
    </message>
    <message>
        <source>Reorder the basket</source>
        <translation>Изменение порядка в корзине</translation>
    </message>
    <message>
        <source>Change the basket</source>
        <translation>Изменение корзины</translation>
    </message>
    <message>
        <source>mission-brief</source>
        <translation>spravka-missii</translation>
    </message>
    <message>
        <source>Save the mission brief</source>
        <translation>Сохранить справку для миссии</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Документы PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Making the brief…</source>
        <translation>Подготовка справки…</translation>
    </message>
    <message>
        <source>Making the brief… %1 of %2</source>
        <translation>Подготовка справки… %1 из %2</translation>
    </message>
    <message numerus="yes">
        <source>Brief saved (%Ln page(s)): %1</source>
        <translation>
            <numerusform>Справка сохранена (%Ln страница): %1</numerusform>
            <numerusform>Справка сохранена (%Ln страницы): %1</numerusform>
            <numerusform>Справка сохранена (%Ln страниц): %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Brief saved: %1</source>
        <translation>Справка сохранена: %1</translation>
    </message>
    <message>
        <source>The brief could not be made.</source>
        <translation>Не удалось подготовить справку.</translation>
    </message>
    <message>
        <source>Remove from basket</source>
        <translation>Убрать из корзины</translation>
    </message>
    <message>
        <source>Add to basket</source>
        <translation>В корзину</translation>
    </message>
    <message>
        <source>Remove from the mission basket</source>
        <translation>Убрать из корзины миссии</translation>
    </message>
    <message>
        <source>Add to the mission basket</source>
        <translation>Добавить в корзину миссии</translation>
    </message>
    <message>
        <source>&amp;Undo: %1</source>
        <translation>О&amp;тменить: %1</translation>
    </message>
    <message>
        <source>&amp;Undo basket change</source>
        <translation>О&amp;тменить изменение корзины</translation>
    </message>
    <message>
        <source>&amp;Redo: %1</source>
        <translation>Повто&amp;рить: %1</translation>
    </message>
    <message>
        <source>&amp;Redo basket change</source>
        <translation>Повто&amp;рить изменение корзины</translation>
    </message>
    <message>
        <source>Add solutions to the basket first.</source>
        <translation>Сначала добавьте решения в корзину.</translation>
    </message>
    <message>
        <source>Make a PDF brief of the basket (Ctrl+P).</source>
        <translation>Подготовить справку в формате PDF по содержимому корзины (Ctrl+P).</translation>
    </message>
    <message>
        <source>Mission basket</source>
        <translation>Корзина миссии</translation>
    </message>
    <message>
        <source>As the interface</source>
        <translation>Как в интерфейсе</translation>
    </message>
    <message>
        <source>Empty: add solutions with Ctrl+B or drag them here.</source>
        <translation>Корзина пуста: добавьте решения клавишами Ctrl+B или перетащите их сюда.</translation>
    </message>
</context>
<context>
    <name>BriefDialog</name>
    <message>
        <source>A4 (210 × 297 mm)</source>
        <translation>A4 (210 × 297 мм)</translation>
    </message>
    <message>
        <source>US Letter (8.5 × 11 in)</source>
        <translation>US Letter (8,5 × 11 дюймов)</translation>
    </message>
    <message numerus="yes">
        <source>%n solution(s) of the basket, in its order.</source>
        <translation>
            <numerusform>%n решение из корзины, в порядке корзины.</numerusform>
            <numerusform>%n решения из корзины, в порядке корзины.</numerusform>
            <numerusform>%n решений из корзины, в порядке корзины.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Save the PDF…</source>
        <translation>&amp;Сохранить PDF…</translation>
    </message>
    <message>
        <source>Make a mission brief</source>
        <translation>Подготовка справки для миссии</translation>
    </message>
    <message>
        <source>&amp;Paper size:</source>
        <translation>&amp;Формат бумаги:</translation>
    </message>
    <message>
        <source>Paper size</source>
        <translation>Формат бумаги</translation>
    </message>
    <message>
        <source>Prepared &amp;by:</source>
        <translation>Сос&amp;тавитель:</translation>
    </message>
    <message>
        <source>Prepared by (printed on the cover)</source>
        <translation>Составитель (печатается на обложке)</translation>
    </message>
    <message>
        <source>Your name and office (optional)</source>
        <translation>Ваше имя и отделение (необязательно)</translation>
    </message>
    <message>
        <source>&amp;Grayscale, for black-and-white printers</source>
        <translation>&amp;Оттенки серого, для черно-белых принтеров</translation>
    </message>
    <message>
        <source>&amp;Compact: at most one page per solution</source>
        <translation>&amp;Компактно: не более одной страницы на решение</translation>
    </message>
    <message>
        <source>&amp;Start each solution on a new page</source>
        <translation>Каждое решение с &amp;новой страницы</translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message>
        <source>Sync conflicts</source>
        <translation>Конфликты синхронизации</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Конфликты</translation>
    </message>
    <message>
        <source>Another office changed the same field while you were offline. Read both values, then keep yours or take the hub&apos;s; the decision goes to the hub with the next sync.</source>
        <translation>Другое отделение изменило то же поле, пока вы работали без связи. Сравните оба значения и оставьте свое или примите значение хаба; решение будет передано на хаб при следующей синхронизации.</translation>
    </message>
    <message>
        <source>My value</source>
        <translation>Мое значение</translation>
    </message>
    <message>
        <source>The hub&apos;s value</source>
        <translation>Значение хаба</translation>
    </message>
    <message>
        <source>&amp;Keep mine</source>
        <translation>&amp;Оставить мое</translation>
    </message>
    <message>
        <source>&amp;Take theirs</source>
        <translation>&amp;Принять значение хаба</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>Мое</translation>
    </message>
    <message>
        <source>Theirs (hub)</source>
        <translation>Хаба</translation>
    </message>
    <message>
        <source>Nothing to decide: no change of yours conflicts with the hub&apos;s.</source>
        <translation>Решать нечего: ни одно ваше изменение не конфликтует с изменениями хаба.</translation>
    </message>
</context>
<context>
    <name>ConflictsModel</name>
    <message>
        <source>Solution</source>
        <translation>Решение</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>Мое</translation>
    </message>
    <message>
        <source>Theirs (hub)</source>
        <translation>Хаба</translation>
    </message>
</context>
<context>
    <name>ContributionProblems</name>
    <message>
        <source>this is not an .xlsx workbook (an old .xls, a password-protected or damaged file?): save it as Excel Workbook (.xlsx) or as CSV UTF-8</source>
        <translation>это не книга .xlsx (старый файл .xls, файл, защищенный паролем, или поврежденный файл?): сохраните ее как «Книга Excel (.xlsx)» или «CSV UTF-8»</translation>
    </message>
    <message>
        <source>the file is damaged or not a workbook</source>
        <translation>файл поврежден или не является книгой Excel</translation>
    </message>
    <message>
        <source>the file is too large (the most read is %d)</source>
        <translation>файл слишком большой (читается не более %d)</translation>
    </message>
    <message>
        <source>the workbook contains macros, which are never opened: save it as Excel Workbook (.xlsx)</source>
        <translation>книга содержит макросы, а они никогда не открываются: сохраните ее как «Книга Excel (.xlsx)»</translation>
    </message>
    <message>
        <source>cells %v are merged: unmerge them, one value a cell</source>
        <translation>ячейки %v объединены: отмените объединение, по одному значению в ячейке</translation>
    </message>
    <message>
        <source>no sheet of this workbook is a contribution template: make one with File ▸ Contribution template</source>
        <translation>ни один лист этой книги не является шаблоном вкладов: создайте шаблон командой Файл ▸ Шаблон вкладов</translation>
    </message>
    <message>
        <source>the column %c is missing</source>
        <translation>отсутствует столбец %c</translation>
    </message>
    <message>
        <source>unknown column heading “%v”</source>
        <translation>неизвестный заголовок столбца «%v»</translation>
    </message>
    <message>
        <source>the column %c appears twice</source>
        <translation>столбец %c встречается дважды</translation>
    </message>
    <message>
        <source>the sheet has more than %d filled rows, the most one import takes: split it</source>
        <translation>на листе больше %d заполненных строк, а это предел одного импорта: разделите лист</translation>
    </message>
    <message>
        <source>the sheet has no filled row</source>
        <translation>на листе нет ни одной заполненной строки</translation>
    </message>
    <message>
        <source>the file is not UTF-8 text: save it as CSV UTF-8</source>
        <translation>файл не является текстом в кодировке UTF-8: сохраните его в формате CSV UTF-8</translation>
    </message>
    <message>
        <source>holds a formula (%v); formulas are never run: type the value itself</source>
        <translation>содержит формулу (%v); формулы никогда не вычисляются: введите само значение</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>обязательное поле</translation>
    </message>
    <message>
        <source>“%v” is not %d</source>
        <translation>«%v» — не %d</translation>
    </message>
    <message>
        <source>unknown country “%v”</source>
        <translation>неизвестная страна «%v»</translation>
    </message>
    <message>
        <source>unknown role “%v”</source>
        <translation>неизвестная роль «%v»</translation>
    </message>
    <message>
        <source>“%v” is not one of the list&apos;s values</source>
        <translation>«%v» нет среди значений списка</translation>
    </message>
    <message>
        <source>SDG %v does not exist (goals are 1 to 17)</source>
        <translation>ЦУР %v не существует (цели пронумерованы от 1 до 17)</translation>
    </message>
    <message>
        <source>“%v” is not in the form %d</source>
        <translation>«%v» не соответствует формату %d</translation>
    </message>
    <message>
        <source>“%v” needs its %d</source>
        <translation>для «%v» нужно указать %d</translation>
    </message>
    <message>
        <source>is longer than %d characters</source>
        <translation>длиннее %d символов</translation>
    </message>
    <message>
        <source>has more than %d words</source>
        <translation>больше %d слов</translation>
    </message>
    <message>
        <source>“%v” is not a year from %d</source>
        <translation>«%v» — не год в диапазоне %d</translation>
    </message>
    <message>
        <source>the end year is before the start year</source>
        <translation>год окончания раньше года начала</translation>
    </message>
    <message>
        <source>a budget needs a currency (such as USD)</source>
        <translation>для бюджета нужно указать валюту (например, USD)</translation>
    </message>
    <message>
        <source>“%v” is not a currency code (three letters such as USD)</source>
        <translation>«%v» — не код валюты (три буквы, например USD)</translation>
    </message>
    <message>
        <source>“%v” is not a web address</source>
        <translation>«%v» — не веб-адрес</translation>
    </message>
    <message>
        <source>“%v” is not an e-mail address</source>
        <translation>«%v» — не адрес электронной почты</translation>
    </message>
    <message>
        <source>“%v” is listed twice</source>
        <translation>«%v» указано дважды</translation>
    </message>
    <message>
        <source>contains a control character</source>
        <translation>содержит управляющий символ</translation>
    </message>
    <message>
        <source>the reference “%v” is already used by row %d</source>
        <translation>код «%v» уже используется в строке %d</translation>
    </message>
    <message>
        <source>a value in a column without a heading</source>
        <translation>значение в столбце без заголовка</translation>
    </message>
    <message>
        <source>not valid: %d</source>
        <translation>недопустимое значение: %d</translation>
    </message>
    <message>
        <source>a year</source>
        <translation>год</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>число</translation>
    </message>
    <message>
        <source>text</source>
        <translation>текст</translation>
    </message>
    <message>
        <source>an SDG number</source>
        <translation>номер ЦУР</translation>
    </message>
    <message>
        <source>role</source>
        <translation>роль</translation>
    </message>
    <message>
        <source>type</source>
        <translation>тип</translation>
    </message>
    <message>
        <source>row %1</source>
        <translation>строка %1</translation>
    </message>
    <message>
        <source>cell %1</source>
        <translation>ячейка %1</translation>
    </message>
    <message>
        <source>(and %1 more)</source>
        <translation>(и еще %1)</translation>
    </message>
</context>
<context>
    <name>Contributions</name>
    <message>
        <source>Waiting to be sent</source>
        <translation>Ожидает отправки</translation>
    </message>
    <message>
        <source>In review at the hub</source>
        <translation>Рассматривается на хабе</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Опубликован</translation>
    </message>
    <message>
        <source>Returned by the curator</source>
        <translation>Возвращен куратором</translation>
    </message>
    <message>
        <source>Replaced by a newer version</source>
        <translation>Заменен более новой версией</translation>
    </message>
</context>
<context>
    <name>ContributionsDialog</name>
    <message>
        <source>My contributions</source>
        <translation>Мои вклады</translation>
    </message>
    <message>
        <source>Contributions</source>
        <translation>Вклады</translation>
    </message>
    <message>
        <source>The solutions this office made or edited, and where each stands at the hub. A returned one is still yours: correct it (Edit) and it is sent at the next sync.</source>
        <translation>Решения, созданные или измененные этим отделением, и состояние каждого из них на хабе. Возвращенный вклад остается вашим: исправьте его («Изменить»), и он будет передан при следующей синхронизации.</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Показать:</translation>
    </message>
    <message>
        <source>No contributions yet: the solutions you add or edit are listed here, with where they stand at the hub.</source>
        <translation>Вкладов пока нет: здесь перечисляются решения, которые вы добавили или изменили, и их состояние на хабе.</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Открыть</translation>
    </message>
    <message>
        <source>Send &amp;again</source>
        <translation>Отправить по&amp;вторно</translation>
    </message>
    <message>
        <source>Send the returned contribution again as it is, at the next sync</source>
        <translation>Повторно отправить возвращенный вклад без изменений при следующей синхронизации</translation>
    </message>
    <message>
        <source>&amp;Copy for support</source>
        <translation>&amp;Скопировать для поддержки</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Все</translation>
    </message>
</context>
<context>
    <name>ContributionsModel</name>
    <message>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Your reference</source>
        <translation>Ваш код</translation>
    </message>
    <message>
        <source>Curator&apos;s comment</source>
        <translation>Комментарий куратора</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Дата отправки</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>Дата решения</translation>
    </message>
    <message>
        <source>(deleted)</source>
        <translation>(удалено)</translation>
    </message>
</context>
<context>
    <name>DetailController</name>
    <message>
        <source>It will be sent again at the next sync.</source>
        <extracomment>the solution shown changed (or was loaded): actions that depend on it are updated</extracomment>
        <translation>Он будет отправлен повторно при следующей синхронизации.</translation>
    </message>
    <message>
        <source>The contribution could not be sent again.</source>
        <translation>Не удалось повторно отправить вклад.</translation>
    </message>
    <message>
        <source>Saved. The change waits for the next sync.</source>
        <translation>Сохранено. Изменение ожидает следующей синхронизации.</translation>
    </message>
    <message>
        <source>The solution could not be saved.</source>
        <translation>Не удалось сохранить решение.</translation>
    </message>
</context>
<context>
    <name>DetailRenderer</name>
    <message>
        <source>Select a solution in the list to see everything about it here.</source>
        <translation>Выберите решение в списке, чтобы увидеть здесь все сведения о нем.</translation>
    </message>
    <message>
        <source>This solution is no longer in the catalogue.</source>
        <translation>Этого решения больше нет в каталоге.</translation>
    </message>
    <message>
        <source>English</source>
        <translation>английский</translation>
    </message>
    <message>
        <source>French</source>
        <translation>французский</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>испанский</translation>
    </message>
    <message>
        <source>Arabic</source>
        <translation>арабский</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>русский</translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation>китайский</translation>
    </message>
    <message>
        <source>machine translation, not reviewed</source>
        <translation>машинный перевод, не проверен</translation>
    </message>
    <message>
        <source>machine translation, reviewed by %1</source>
        <translation>машинный перевод, проверено: %1</translation>
    </message>
    <message>
        <source>machine translation, reviewed</source>
        <translation>машинный перевод, проверен</translation>
    </message>
    <message>
        <source>translated by the office %1</source>
        <translation>переведено отделением %1</translation>
    </message>
    <message>
        <source>translated by a country office</source>
        <translation>переведено страновым отделением</translation>
    </message>
    <message>
        <source>translated by %1</source>
        <translation>переведено: %1</translation>
    </message>
    <message>
        <source>translated by a person</source>
        <translation>переведено человеком</translation>
    </message>
    <message>
        <source>Show the original</source>
        <translation>Показать оригинал</translation>
    </message>
    <message>
        <source>Show the translation</source>
        <translation>Показать перевод</translation>
    </message>
    <message>
        <source>Translated from %1 (%2).</source>
        <translation>Перевод с языка оригинала: %1 (%2).</translation>
    </message>
    <message>
        <source>May be out of date: the original has changed since.</source>
        <translation>Возможно, перевод устарел: оригинал с тех пор изменился.</translation>
    </message>
    <message>
        <source>Original text in %1.</source>
        <translation>Текст на языке оригинала: %1.</translation>
    </message>
    <message>
        <source>Not translated into %1 yet.</source>
        <translation>Перевода на %1 пока нет.</translation>
    </message>
    <message>
        <source>Waiting to be sent</source>
        <translation>Ожидает отправки</translation>
    </message>
    <message>
        <source>Sent — in review at the hub</source>
        <translation>Отправлен — рассматривается на хабе</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Опубликован</translation>
    </message>
    <message>
        <source>Returned by the curator:</source>
        <translation>Возвращен куратором:</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Изменить</translation>
    </message>
    <message>
        <source>Send again as it is</source>
        <translation>Отправить повторно без изменений</translation>
    </message>
    <message>
        <source>Correct it and it is sent again at the next sync.</source>
        <translation>Исправьте его, и он будет отправлен повторно при следующей синхронизации.</translation>
    </message>
    <message>
        <source>Replaced at the hub by a newer version you sent</source>
        <translation>Заменен на хабе более новой версией, которую вы отправили</translation>
    </message>
    <message>
        <source>other</source>
        <translation>дополнительная</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Контакты</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>Ссылки</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Источники</translation>
    </message>
    <message>
        <source>link</source>
        <translation>ссылка</translation>
    </message>
    <message>
        <source>Made on this computer</source>
        <translation>Создано на этом компьютере</translation>
    </message>
    <message>
        <source>Local change waiting for sync</source>
        <translation>Локальное изменение ожидает синхронизации</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>Страны</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Организации</translation>
    </message>
    <message>
        <source>Cooperation</source>
        <translation>Сотрудничество</translation>
    </message>
    <message>
        <source>Modalities</source>
        <translation>Формы</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Years</source>
        <translation>Годы</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Бюджет</translation>
    </message>
    <message>
        <source>Funding</source>
        <translation>Финансирование</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>Темы</translation>
    </message>
    <message>
        <source>Keywords</source>
        <translation>Ключевые слова</translation>
    </message>
    <message>
        <source>Challenge</source>
        <translation>Проблема</translation>
    </message>
    <message>
        <source>Solution</source>
        <translation>Решение</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Результаты</translation>
    </message>
    <message>
        <source>Sustainability and replication</source>
        <translation>Устойчивость и тиражирование</translation>
    </message>
    <message numerus="yes">
        <source>%n private contact(s), kept on this computer (see Edit).</source>
        <translation>
            <numerusform>%n закрытый контакт хранится на этом компьютере (см. «Изменить»).</numerusform>
            <numerusform>%n закрытых контакта хранятся на этом компьютере (см. «Изменить»).</numerusform>
            <numerusform>%n закрытых контактов хранятся на этом компьютере (см. «Изменить»).</numerusform>
        </translation>
    </message>
    <message>
        <source>paragraph %1</source>
        <translation>пункт %1</translation>
    </message>
    <message>
        <source>Id %1 · revision %2 · updated %3</source>
        <translation>Идентификатор %1 · редакция %2 · обновлено %3</translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <source>SSC Desktop may not write there: %1</source>
        <translation>SSC Desktop не может записывать сюда: %1</translation>
    </message>
    <message>
        <source>A file could not be read or written: %1</source>
        <translation>Не удалось прочитать или записать файл: %1</translation>
    </message>
    <message>
        <source>An unexpected error happened (%1).</source>
        <translation>Произошла непредвиденная ошибка (%1).</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>Что-то пошло не так</translation>
    </message>
    <message>
        <source>&amp;Copy details</source>
        <translation>&amp;Скопировать сведения</translation>
    </message>
    <message>
        <source>Copy the error details</source>
        <translation>Скопировать сведения об ошибке</translation>
    </message>
    <message>
        <source>Error details</source>
        <translation>Сведения об ошибке</translation>
    </message>
    <message>
        <source>The window keeps working.</source>
        <translation>Окно продолжает работать.</translation>
    </message>
    <message>
        <source>The details are also in the log file %1.</source>
        <translation>Подробности есть также в файле журнала %1.</translation>
    </message>
    <message numerus="yes">
        <source>%1 (and %n more problem(s))</source>
        <translation>
            <numerusform>%1 (и еще %n проблема)</numerusform>
            <numerusform>%1 (и еще %n проблемы)</numerusform>
            <numerusform>%1 (и еще %n проблем)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FilesController</name>
    <message>
        <source>Import a catalogue file or USB bundle</source>
        <translation>Импорт файла каталога или пакета USB</translation>
    </message>
    <message>
        <source>Export my changes to a USB bundle</source>
        <translation>Экспорт моих изменений в пакет USB</translation>
    </message>
    <message>
        <source>USB bundles (*.sscbundle);;All files (*)</source>
        <translation>Пакеты USB (*.sscbundle);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Export the listed solutions</source>
        <translation>Экспорт решений из списка</translation>
    </message>
    <message>
        <source>Contribution &amp;template…</source>
        <translation>&amp;Шаблон вкладов…</translation>
    </message>
    <message>
        <source>Save a spreadsheet to fill with your office&apos;s solutions, then import it</source>
        <translation>Сохранить электронную таблицу, заполнить ее решениями вашего отделения, затем импортировать</translation>
    </message>
    <message>
        <source>Catalogue files, contribution templates and USB bundles (*.json *.csv *.xlsx *.sscbundle);;All files (*)</source>
        <translation>Файлы каталога, шаблоны вкладов и пакеты USB (*.json *.csv *.xlsx *.sscbundle);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Catalogue file, JSON (*.json);;Spreadsheet, CSV (*.csv);;Contribution sheet, Excel (*.xlsx)</source>
        <translation>Файл каталога, JSON (*.json);;Электронная таблица, CSV (*.csv);;Лист вкладов, Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Save a contribution template</source>
        <translation>Сохранение шаблона вкладов</translation>
    </message>
    <message>
        <source>contributions</source>
        <translation>вклады</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv)</source>
        <translation>Книга Excel (*.xlsx);;CSV, UTF-8 (*.csv)</translation>
    </message>
    <message>
        <source>Rows to correct</source>
        <translation>Строки для исправления</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) of %1 have problems; nothing was imported.</source>
        <translation>
            <numerusform>%n строка в %1 содержит ошибки; ничего не импортировано.</numerusform>
            <numerusform>%n строки в %1 содержат ошибки; ничего не импортировано.</numerusform>
            <numerusform>%n строк в %1 содержат ошибки; ничего не импортировано.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Correct them and import the file again, or import the %n good row(s) now and the others later.</source>
        <translation>
            <numerusform>Исправьте их и импортируйте файл снова или импортируйте сейчас %n строку без ошибок, а остальные — позже.</numerusform>
            <numerusform>Исправьте их и импортируйте файл снова или импортируйте сейчас %n строки без ошибок, а остальные — позже.</numerusform>
            <numerusform>Исправьте их и импортируйте файл снова или импортируйте сейчас %n строк без ошибок, а остальные — позже.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import the good rows</source>
        <translation>Импортировать строки без ошибок</translation>
    </message>
    <message>
        <source>Import nothing</source>
        <translation>Ничего не импортировать</translation>
    </message>
    <message>
        <source>Correct them and import the file again.</source>
        <translation>Исправьте их и импортируйте файл снова.</translation>
    </message>
    <message>
        <source>The file was not imported; nothing was changed: %1</source>
        <translation>Файл не импортирован; ничего не изменено: %1</translation>
    </message>
    <message>
        <source>The file was not imported; nothing was changed.</source>
        <translation>Файл не импортирован; ничего не изменено.</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>Импорт %1…</translation>
    </message>
    <message>
        <source>The hub&apos;s key</source>
        <translation>Ключ хаба</translation>
    </message>
    <message>
        <source>This catalogue has not met the hub that signed this bundle yet (its key&apos;s fingerprint: %1). Type the hub key your administrator gave you; compare the fingerprint with theirs.</source>
        <translation>Этот каталог еще не связывался с хабом, подписавшим пакет (отпечаток его ключа: %1). Введите ключ хаба, полученный от администратора, и сверьте отпечаток с его отпечатком.</translation>
    </message>
    <message>
        <source>Contributions imported: %1 new, %2 updated, %3 unchanged; they are sent at the next sync.</source>
        <translation>Вклады импортированы: новых — %1, обновлено — %2, без изменений — %3; они будут переданы при следующей синхронизации.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) left out, to correct.</source>
        <translation>
            <numerusform>%n строка пропущена, ее нужно исправить.</numerusform>
            <numerusform>%n строки пропущены, их нужно исправить.</numerusform>
            <numerusform>%n строк пропущено, их нужно исправить.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>USB bundle imported: %Ln solution(s) received.</source>
        <translation>
            <numerusform>Пакет USB импортирован: получено %Ln решение.</numerusform>
            <numerusform>Пакет USB импортирован: получено %Ln решения.</numerusform>
            <numerusform>Пакет USB импортирован: получено %Ln решений.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) wait for a decision (ssc-desktop conflicts).</source>
        <translation>
            <numerusform>%n конфликт ожидает решения (ssc-desktop conflicts).</numerusform>
            <numerusform>%n конфликта ожидают решения (ssc-desktop conflicts).</numerusform>
            <numerusform>%n конфликтов ожидают решения (ssc-desktop conflicts).</numerusform>
        </translation>
    </message>
    <message>
        <source>Imported: %1 new, %2 updated, %3 unchanged, %4 kept (local edits).</source>
        <translation>Импортировано: новых — %1, обновлено — %2, без изменений — %3, сохранено — %4 (локальные правки).</translation>
    </message>
    <message numerus="yes">
        <source>%n changed without a new revision: taken as your edit(s), sent at the next sync.</source>
        <translation>
            <numerusform>%n решение изменено без новой редакции: изменения считаются вашими правками и будут переданы при следующей синхронизации.</numerusform>
            <numerusform>%n решения изменены без новой редакции: изменения считаются вашими правками и будут переданы при следующей синхронизации.</numerusform>
            <numerusform>%n решений изменено без новой редакции: изменения считаются вашими правками и будут переданы при следующей синхронизации.</numerusform>
        </translation>
    </message>
    <message>
        <source>Template saved as %1: fill one row a solution, then File ▸ Import it.</source>
        <translation>Шаблон сохранен как %1: заполните по одной строке на каждое решение, затем импортируйте его через Файл ▸ Импорт.</translation>
    </message>
    <message>
        <source>The template was not saved.</source>
        <translation>Шаблон не сохранен.</translation>
    </message>
    <message>
        <source>The list is empty: nothing to export.</source>
        <translation>Список пуст: экспортировать нечего.</translation>
    </message>
    <message numerus="yes">
        <source>%n solution(s) written to %1.</source>
        <translation>
            <numerusform>%n решение записано в %1.</numerusform>
            <numerusform>%n решения записаны в %1.</numerusform>
            <numerusform>%n решений записано в %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The solutions were not written.</source>
        <translation>Решения не записаны.</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) written to %1: take it to the hub.</source>
        <translation>
            <numerusform>%n изменение записано в %1: передайте файл на хаб.</numerusform>
            <numerusform>%n изменения записаны в %1: передайте файл на хаб.</numerusform>
            <numerusform>%n изменений записано в %1: передайте файл на хаб.</numerusform>
        </translation>
    </message>
    <message>
        <source>No USB bundle was written.</source>
        <translation>Пакет USB не записан.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>The catalogue could not be opened.</source>
        <translation>Не удалось открыть каталог.</translation>
    </message>
    <message>
        <source>The catalogue could not be opened: %1</source>
        <translation>Не удалось открыть каталог: %1</translation>
    </message>
    <message>
        <source>Menu bar</source>
        <translation>Строка меню</translation>
    </message>
    <message>
        <source>Status bar</source>
        <translation>Строка состояния</translation>
    </message>
    <message>
        <source>SSC Desktop</source>
        <translation>SSC Desktop</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Поиск:</translation>
    </message>
    <message>
        <source>Search the catalogue</source>
        <translation>Поиск в каталоге</translation>
    </message>
    <message>
        <source>Words, &quot;a phrase&quot;, or -word to leave out. Results appear as you type.</source>
        <translation>Слова, «фраза» или -слово, чтобы исключить его. Результаты появляются по мере ввода.</translation>
    </message>
    <message>
        <source>Words, &quot;a phrase&quot;, -leave out</source>
        <translation>Слова, «фраза», -исключить</translation>
    </message>
    <message>
        <source>S&amp;ort:</source>
        <translation>Сор&amp;тировка:</translation>
    </message>
    <message>
        <source>Sort results by</source>
        <translation>Сортировать результаты по</translation>
    </message>
    <message>
        <source>Relevance</source>
        <translation>По релевантности</translation>
    </message>
    <message>
        <source>Newest</source>
        <translation>Сначала новые</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>По названию</translation>
    </message>
    <message>
        <source>Number of results</source>
        <translation>Число результатов</translation>
    </message>
    <message>
        <source>Search hint</source>
        <translation>Подсказка к поиску</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>Фильтры</translation>
    </message>
    <message>
        <source>Clear all filters</source>
        <translation>Сбросить все фильтры</translation>
    </message>
    <message>
        <source>C&amp;lear all</source>
        <translation>Сб&amp;росить все</translation>
    </message>
    <message>
        <source>Find a filter</source>
        <translation>Найти фильтр</translation>
    </message>
    <message>
        <source>Find a country, goal…</source>
        <translation>Найти страну, цель…</translation>
    </message>
    <message>
        <source>Tick values to narrow the results. Space ticks or unticks.</source>
        <translation>Отметьте значения, чтобы сузить результаты. Пробел ставит или снимает отметку.</translation>
    </message>
    <message>
        <source>Results as a list or a map</source>
        <translation>Результаты списком или на карте</translation>
    </message>
    <message>
        <source>List</source>
        <translation>Список</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Результаты</translation>
    </message>
    <message>
        <source>Solutions that match. Ctrl+B adds the selected one to the mission basket.</source>
        <translation>Подходящие решения. Ctrl+B добавляет выбранное в корзину миссии.</translation>
    </message>
    <message>
        <source>Ma&amp;p</source>
        <translation>&amp;Карта</translation>
    </message>
    <message>
        <source>Details of the selected solution</source>
        <translation>Сведения о выбранном решении</translation>
    </message>
    <message>
        <source>Add to the mission basket</source>
        <translation>Добавить в корзину миссии</translation>
    </message>
    <message>
        <source>Add to basket</source>
        <translation>В корзину</translation>
    </message>
    <message>
        <source>Edit this solution</source>
        <translation>Изменить это решение</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Изменить…</translation>
    </message>
    <message>
        <source>My private &amp;note:</source>
        <translation>Моя личная &amp;заметка:</translation>
    </message>
    <message>
        <source>Private note</source>
        <translation>Личная заметка</translation>
    </message>
    <message>
        <source>Never exported, synced or printed. Saved as you type.</source>
        <translation>Никогда не экспортируется, не синхронизируется и не печатается. Сохраняется по мере ввода.</translation>
    </message>
    <message>
        <source>Mission basket</source>
        <translation>Корзина миссии</translation>
    </message>
    <message>
        <source>&amp;Mission:</source>
        <translation>&amp;Миссия:</translation>
    </message>
    <message>
        <source>Mission title</source>
        <translation>Название миссии</translation>
    </message>
    <message>
        <source>e.g. Scoping mission on school feeding</source>
        <translation>например, ознакомительная миссия по школьному питанию</translation>
    </message>
    <message>
        <source>&amp;Destination:</source>
        <translation>Место &amp;назначения:</translation>
    </message>
    <message>
        <source>Mission destination</source>
        <translation>Место назначения миссии</translation>
    </message>
    <message>
        <source>e.g. Nairobi, Kenya</source>
        <translation>например, Найроби, Кения</translation>
    </message>
    <message>
        <source>D&amp;ates:</source>
        <translation>&amp;Даты:</translation>
    </message>
    <message>
        <source>Mission start date</source>
        <translation>Дата начала миссии</translation>
    </message>
    <message>
        <source>to</source>
        <translation>по</translation>
    </message>
    <message>
        <source>Mission end date</source>
        <translation>Дата окончания миссии</translation>
    </message>
    <message>
        <source>Brief lan&amp;guage:</source>
        <translation>&amp;Язык справки:</translation>
    </message>
    <message>
        <source>Language of the brief</source>
        <translation>Язык справки</translation>
    </message>
    <message>
        <source>Solutions in the mission basket</source>
        <translation>Решения в корзине миссии</translation>
    </message>
    <message>
        <source>Drag to reorder, or use Alt+Up and Alt+Down. Delete removes.</source>
        <translation>Перетаскивайте, чтобы изменить порядок, или используйте Alt+Up и Alt+Down. Delete удаляет.</translation>
    </message>
    <message>
        <source>Remove from the basket</source>
        <translation>Убрать из корзины</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Убрать</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Вверх</translation>
    </message>
    <message>
        <source>Move up (Alt+Up)</source>
        <translation>Вверх (Alt+Up)</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Вниз</translation>
    </message>
    <message>
        <source>Move down (Alt+Down)</source>
        <translation>Вниз (Alt+Down)</translation>
    </message>
    <message>
        <source>Make a mission brief</source>
        <translation>Подготовить справку для миссии</translation>
    </message>
    <message>
        <source>Make &amp;brief…</source>
        <translation>Подготовить с&amp;правку…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Поиск</translation>
    </message>
    <message>
        <source>&amp;Mission</source>
        <translation>&amp;Миссия</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <source>&amp;New local solution…</source>
        <translation>&amp;Новое локальное решение…</translation>
    </message>
    <message>
        <source>&amp;Edit solution…</source>
        <translation>&amp;Изменить решение…</translation>
    </message>
    <message>
        <source>Sync &amp;history…</source>
        <translation>&amp;Журнал синхронизации…</translation>
    </message>
    <message>
        <source>&amp;Import a catalogue file or USB bundle…</source>
        <translation>&amp;Импорт файла каталога или пакета USB…</translation>
    </message>
    <message>
        <source>Export the &amp;listed solutions to a file…</source>
        <translation>Экспорт решений из &amp;списка в файл…</translation>
    </message>
    <message>
        <source>E&amp;xport my changes to a USB bundle…</source>
        <translation>&amp;Экспорт моих изменений в пакет USB…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Настройки…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>В&amp;ыход</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Найти</translation>
    </message>
    <message>
        <source>&amp;Clear search</source>
        <translation>&amp;Очистить поиск</translation>
    </message>
    <message>
        <source>Clear all &amp;filters</source>
        <translation>Сбросить все &amp;фильтры</translation>
    </message>
    <message>
        <source>Sort by &amp;relevance</source>
        <translation>Сортировать по &amp;релевантности</translation>
    </message>
    <message>
        <source>Sort by &amp;newest</source>
        <translation>Сортировать по &amp;новизне</translation>
    </message>
    <message>
        <source>Sort by &amp;title</source>
        <translation>Сортировать по &amp;названию</translation>
    </message>
    <message>
        <source>&amp;Add to basket / remove</source>
        <translation>&amp;Добавить в корзину / убрать</translation>
    </message>
    <message>
        <source>&amp;Show basket</source>
        <translation>&amp;Показать корзину</translation>
    </message>
    <message>
        <source>&amp;Remove from basket</source>
        <translation>&amp;Убрать из корзины</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>В&amp;верх</translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation>В&amp;низ</translation>
    </message>
    <message>
        <source>&amp;Empty the basket</source>
        <translation>&amp;Очистить корзину</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>О&amp;тменить</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>Повто&amp;рить</translation>
    </message>
    <message>
        <source>&amp;Filters</source>
        <translation>&amp;Фильтры</translation>
    </message>
    <message>
        <source>&amp;Results</source>
        <translation>&amp;Результаты</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>&amp;Сведения</translation>
    </message>
    <message>
        <source>Mission &amp;basket</source>
        <translation>&amp;Корзина миссии</translation>
    </message>
    <message>
        <source>Reset &amp;layout</source>
        <translation>Сбросить &amp;расположение</translation>
    </message>
    <message>
        <source>Open the &amp;data folder</source>
        <translation>Открыть папку &amp;данных</translation>
    </message>
    <message>
        <source>Open the &amp;log file</source>
        <translation>Открыть файл &amp;журнала</translation>
    </message>
    <message>
        <source>S&amp;ync with the hub</source>
        <translation>&amp;Синхронизировать с хабом</translation>
    </message>
    <message>
        <source>Resolve sync &amp;conflicts…</source>
        <translation>Разрешить &amp;конфликты синхронизации…</translation>
    </message>
    <message>
        <source>&amp;Welcome and first steps</source>
        <translation>&amp;Начало работы</translation>
    </message>
    <message>
        <source>&amp;About SSC Desktop</source>
        <translation>&amp;О программе SSC Desktop</translation>
    </message>
</context>
<context>
    <name>MapController</name>
    <message>
        <source>The map could not be drawn.</source>
        <translation>Не удалось отобразить карту.</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Подсчет…</translation>
    </message>
    <message>
        <source>%1 solutions listed · %2 provider → recipient pairs</source>
        <translation>Решений в списке: %1 · пар «поставщик → получатель»: %2</translation>
    </message>
    <message>
        <source>(the %1 strongest drawn)</source>
        <translation>(на карте — %1 крупнейших)</translation>
    </message>
    <message>
        <source>%1 solutions · %2 countries</source>
        <translation>Решений: %1 · стран: %2</translation>
    </message>
    <message>
        <source>(counting…)</source>
        <translation>(подсчет…)</translation>
    </message>
    <message>
        <source>All roles</source>
        <translation>Все роли</translation>
    </message>
    <message>
        <source>Countries involved in any role</source>
        <translation>Страны, участвующие в любой роли</translation>
    </message>
    <message>
        <source>As provider</source>
        <translation>Поставщики</translation>
    </message>
    <message>
        <source>Countries sharing their solution</source>
        <translation>Страны, делящиеся своим решением</translation>
    </message>
    <message>
        <source>As recipient</source>
        <translation>Получатели</translation>
    </message>
    <message>
        <source>Countries taking a solution up</source>
        <translation>Страны, перенимающие решение</translation>
    </message>
    <message>
        <source>Exchanges</source>
        <translation>Обмены</translation>
    </message>
    <message>
        <source>Arcs from provider to recipient countries, thicker for more solutions</source>
        <translation>Дуги от стран-поставщиков к странам-получателям: чем больше решений, тем толще дуга</translation>
    </message>
    <message>
        <source>Zoom in (+ or the mouse wheel)</source>
        <translation>Увеличить (+ или колесико мыши)</translation>
    </message>
    <message>
        <source>Zoom out (-)</source>
        <translation>Уменьшить (-)</translation>
    </message>
    <message>
        <source>Whole world</source>
        <translation>Весь мир</translation>
    </message>
    <message>
        <source>Show the whole world (0)</source>
        <translation>Показать весь мир (0)</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>Карта</translation>
    </message>
    <message>
        <source>Solutions per country. Drag or use the arrow keys to move, + and - to zoom. The Filters panel (Ctrl+1) lists the same countries.</source>
        <translation>Решения по странам. Перетаскивайте карту или перемещайте ее клавишами со стрелками, + и - меняют масштаб. На панели «Фильтры» (Ctrl+1) перечислены те же страны.</translation>
    </message>
</context>
<context>
    <name>MapWidget</name>
    <message>
        <source>Solutions: %1</source>
        <extracomment>The polyline provider → recipient as segments: the first and the last (drawn with flat caps, so the arc ends where it should) and those between (square caps, which close the small gaps flat caps leave on the outside of each bend). What an arcs layer was drawn for: the arcs&apos; version, the widget&apos;s size, its pixel ratio and the view&apos;s transform (zoom and pan). How many times the arcs layer was drawn (a repaint that only blits it adds none).</extracomment>
        <translation>Решений: %1</translation>
    </message>
    <message>
        <source>as provider: %1</source>
        <translation>как страна-поставщик: %1</translation>
    </message>
    <message>
        <source>as recipient: %1</source>
        <translation>как страна-получатель: %1</translation>
    </message>
    <message>
        <source>as partner: %1</source>
        <translation>как партнер: %1</translation>
    </message>
    <message>
        <source>as funder: %1</source>
        <translation>как донор: %1</translation>
    </message>
    <message>
        <source>Exchanges: %1 out, %2 in</source>
        <translation>Обмены: исходящие — %1, входящие — %2</translation>
    </message>
    <message>
        <source>Filtered by this country (click to remove)</source>
        <translation>Отфильтровано по этой стране (щелкните, чтобы снять)</translation>
    </message>
    <message>
        <source>Click to filter by this country</source>
        <translation>Щелкните, чтобы отфильтровать по этой стране</translation>
    </message>
    <message>
        <source>Solutions per pair (provider → recipient)</source>
        <translation>Решения по парам (поставщик → получатель)</translation>
    </message>
    <message>
        <source>Solutions per country</source>
        <translation>Решения по странам</translation>
    </message>
    <message>
        <source>Solutions per country, as provider</source>
        <translation>Решения по странам-поставщикам</translation>
    </message>
    <message>
        <source>Solutions per country, as recipient</source>
        <translation>Решения по странам-получателям</translation>
    </message>
    <message>
        <source>no exchanges</source>
        <translation>обменов нет</translation>
    </message>
    <message>
        <source>none</source>
        <translation>нет</translation>
    </message>
</context>
<context>
    <name>SearchController</name>
    <message>
        <source>The search index is ready.</source>
        <translation>Поисковый индекс готов.</translation>
    </message>
    <message>
        <source>The search index could not be built; words are matched simply for now.</source>
        <translation>Не удалось построить поисковый индекс; пока используется простое сопоставление слов.</translation>
    </message>
    <message>
        <source>The search failed.</source>
        <translation>Поиск не удался.</translation>
    </message>
    <message numerus="yes">
        <source>Showing the best %1 of %Ln solution(s)</source>
        <translation>
            <numerusform>Показаны лучшие %1 из %Ln решения</numerusform>
            <numerusform>Показаны лучшие %1 из %Ln решений</numerusform>
            <numerusform>Показаны лучшие %1 из %Ln решений</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln solution(s)</source>
        <translation>
            <numerusform>%Ln решение</numerusform>
            <numerusform>%Ln решения</numerusform>
            <numerusform>%Ln решений</numerusform>
        </translation>
    </message>
    <message>
        <source>Did you mean %1?</source>
        <translation>Возможно, вы имели в виду %1?</translation>
    </message>
    <message>
        <source>Search %1 instead?</source>
        <translation>Искать вместо этого: %1?</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>Фильтры</translation>
    </message>
    <message>
        <source>(counting…)</source>
        <translation>(подсчет…)</translation>
    </message>
    <message>
        <source>No filter matches “%1”.</source>
        <translation>Нет фильтров, соответствующих «%1».</translation>
    </message>
    <message>
        <source>Goals (SDGs)</source>
        <translation>Цели (ЦУР)</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Регион</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Организация</translation>
    </message>
    <message>
        <source>Modality</source>
        <translation>Форма</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Год</translation>
    </message>
    <message>
        <source>Local</source>
        <translation>Локальные</translation>
    </message>
    <message>
        <source>Waiting for sync</source>
        <translation>Ожидают синхронизации</translation>
    </message>
    <message>
        <source>In basket</source>
        <translation>В корзине</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Загрузка…</translation>
    </message>
</context>
<context>
    <name>SearchNotices</name>
    <message>
        <source>Nothing matches the words as typed; showing results for “%1”.</source>
        <translation>По введенным словам ничего не найдено; показаны результаты для «%1».</translation>
    </message>
    <message>
        <source>No solution has all these words; showing those with some.</source>
        <translation>Нет решений со всеми этими словами; показаны решения с некоторыми из них.</translation>
    </message>
    <message>
        <source>Nothing matches. Try fewer or other words, or clear filters.</source>
        <translation>Ничего не найдено. Попробуйте меньше слов или другие слова либо сбросьте фильтры.</translation>
    </message>
    <message>
        <source>Type a word to search.</source>
        <translation>Введите слово для поиска.</translation>
    </message>
    <message>
        <source>The search index is being prepared: simple word matching.</source>
        <translation>Поисковый индекс готовится: простое сопоставление слов.</translation>
    </message>
    <message>
        <source>The search index is being built; results will appear in a moment.</source>
        <translation>Поисковый индекс строится; результаты скоро появятся.</translation>
    </message>
    <message>
        <source>The search index is not ready yet.</source>
        <translation>Поисковый индекс еще не готов.</translation>
    </message>
    <message>
        <source>Nothing is called “%1” in %2:; did you mean “%3”?</source>
        <translation>В %2: нет значения «%1»; возможно, вы имели в виду «%3»?</translation>
    </message>
    <message>
        <source>Nothing is called “%1” in %2:.</source>
        <translation>В %2: нет значения «%1».</translation>
    </message>
    <message>
        <source>There is no %1: filter (filters: %2).</source>
        <translation>Фильтра %1: нет (фильтры: %2).</translation>
    </message>
    <message>
        <source>%1: needs a value, for example %1:%2.</source>
        <translation>Для %1: нужно значение, например %1:%2.</translation>
    </message>
    <message>
        <source>Only the first %1 characters of the query were used.</source>
        <translation>Использованы только первые символы запроса (%1).</translation>
    </message>
    <message>
        <source>No solution in the catalogue involves %1 yet.</source>
        <translation>%1: в каталоге пока нет решений с участием этой страны.</translation>
    </message>
    <message>
        <source>Only the first %1 words were used.</source>
        <translation>Использованы только первые слова запроса (%1).</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>System default</source>
        <translation>Как в системе</translation>
    </message>
    <message>
        <source>A4 (210 × 297 mm)</source>
        <translation>A4 (210 × 297 мм)</translation>
    </message>
    <message>
        <source>US Letter (8.5 × 11 in)</source>
        <translation>US Letter (8,5 × 11 дюймов)</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>Без ограничения</translation>
    </message>
    <message>
        <source>%1 MB, then the rest next time</source>
        <translation>%1 МБ, остальное в следующий раз</translation>
    </message>
    <message>
        <source>A token is remembered; type a new one only to replace it</source>
        <translation>Токен сохранен; вводите новый, только чтобы заменить его</translation>
    </message>
    <message>
        <source>The token your hub administrator gave this office</source>
        <translation>Токен, выданный этому отделению администратором хаба</translation>
    </message>
    <message>
        <source>Off (sync only when I ask, F9)</source>
        <translation>Выкл. (синхронизация только по запросу, F9)</translation>
    </message>
    <message numerus="yes">
        <source>Every %n hour(s) while the hub answers</source>
        <translation>
            <numerusform>Каждый %n час, пока хаб отвечает</numerusform>
            <numerusform>Каждые %n часа, пока хаб отвечает</numerusform>
            <numerusform>Каждые %n часов, пока хаб отвечает</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Every %n minute(s) while the hub answers</source>
        <translation>
            <numerusform>Каждую %n минуту, пока хаб отвечает</numerusform>
            <numerusform>Каждые %n минуты, пока хаб отвечает</numerusform>
            <numerusform>Каждые %n минут, пока хаб отвечает</numerusform>
        </translation>
    </message>
    <message>
        <source>Give the hub&apos;s address, e.g. https://hub.example.org.</source>
        <translation>Укажите адрес хаба, например https://hub.example.org.</translation>
    </message>
    <message>
        <source>Will be saved as %1</source>
        <translation>Будет сохранен как %1</translation>
    </message>
    <message>
        <source>From your hub administrator; https:// is added when left out.</source>
        <translation>Выдается администратором хаба; если https:// не указан, он будет добавлен.</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <source>Sync with the hub</source>
        <translation>Синхронизация с хабом</translation>
    </message>
    <message>
        <source>&amp;Hub address:</source>
        <translation>&amp;Адрес хаба:</translation>
    </message>
    <message>
        <source>Hub address</source>
        <translation>Адрес хаба</translation>
    </message>
    <message>
        <source>https://hub.example.org</source>
        <translation>https://hub.example.org</translation>
    </message>
    <message>
        <source>Office &amp;token:</source>
        <translation>&amp;Токен отделения:</translation>
    </message>
    <message>
        <source>Office token</source>
        <translation>Токен отделения</translation>
    </message>
    <message>
        <source>&amp;Automatic sync:</source>
        <translation>Автоматическая &amp;синхронизация:</translation>
    </message>
    <message>
        <source>Automatic sync</source>
        <translation>Автоматическая синхронизация</translation>
    </message>
    <message>
        <source>&amp;Data per sync:</source>
        <translation>&amp;Объем данных за сеанс:</translation>
    </message>
    <message>
        <source>Most data one sync may use</source>
        <translation>Наибольший объем данных за один сеанс синхронизации</translation>
    </message>
    <message>
        <source>Interface and briefs</source>
        <translation>Интерфейс и справки</translation>
    </message>
    <message>
        <source>Interface &amp;language:</source>
        <translation>&amp;Язык интерфейса:</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>Язык интерфейса</translation>
    </message>
    <message>
        <source>&amp;Paper size for briefs:</source>
        <translation>&amp;Формат бумаги для справок:</translation>
    </message>
    <message>
        <source>Paper size for briefs</source>
        <translation>Формат бумаги для справок</translation>
    </message>
</context>
<context>
    <name>SolutionForm</name>
    <message>
        <source>Countries: %1</source>
        <extracomment>The languages a translation can be edited in (the record&apos;s own is &quot;the original&quot;). The translatable texts: the form&apos;s widget keys (``TRANSLATABLE_FIELDS``). Each language named in itself, as the selector lists it.</extracomment>
        <translation>Страны: %1</translation>
    </message>
    <message>
        <source>ISO codes or names, e.g. KEN, Brazil</source>
        <translation>Коды ISO или названия, например KEN, Бразилия</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Acronym</source>
        <translation>Аббревиатура</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Должность</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Организация</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>Public</source>
        <translation>Открытый</translation>
    </message>
    <message>
        <source>Address (https://…)</source>
        <translation>Адрес (https://…)</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Подпись</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Документ</translation>
    </message>
    <message>
        <source>Paragraph</source>
        <translation>Пункт</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Добавить</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Original (%1)</source>
        <translation>Оригинал (%1)</translation>
    </message>
    <message>
        <source>%1 translation</source>
        <translation>Перевод: %1</translation>
    </message>
    <message>
        <source>%1 translation (new)</source>
        <translation>Перевод: %1 (новый)</translation>
    </message>
    <message>
        <source>You are editing the %1 translation of the texts (the original&apos;s are shown in grey in empty fields). The other fields are the same in every language; a translation with every text empty is removed.</source>
        <translation>Вы редактируете перевод текстов (%1); в пустых полях серым показан текст оригинала. Остальные поля одинаковы для всех языков; перевод, все тексты которого пусты, удаляется.</translation>
    </message>
    <message>
        <source>A translation needs a title.</source>
        <translation>У перевода должно быть название.</translation>
    </message>
    <message>
        <source>Unknown country: “%1”. Use an ISO 3166 code (e.g. KEN) or a name.</source>
        <translation>Неизвестная страна: «%1». Укажите код ISO 3166 (например, KEN) или название.</translation>
    </message>
    <message>
        <source>“%1” is not an SDG: goals are numbered 1 to 17.</source>
        <translation>«%1» — не ЦУР: цели пронумерованы от 1 до 17.</translation>
    </message>
    <message>
        <source>The budget must be a number, e.g. 250000.</source>
        <translation>Бюджет должен быть числом, например 250000.</translation>
    </message>
    <message>
        <source>A title is required.</source>
        <translation>Необходимо название.</translation>
    </message>
    <message>
        <source>row %1: %2</source>
        <translation>строка %1: %2</translation>
    </message>
    <message>
        <source>Original: %1</source>
        <translation>Оригинал: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) to fix before saving. First: %1</source>
        <translation>
            <numerusform>Перед сохранением нужно исправить %n проблему. Первая: %1</numerusform>
            <numerusform>Перед сохранением нужно исправить %n проблемы. Первая: %1</numerusform>
            <numerusform>Перед сохранением нужно исправить %n проблем. Первая: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Discard changes?</source>
        <translation>Отменить изменения?</translation>
    </message>
    <message>
        <source>Close the form without saving your changes?</source>
        <translation>Закрыть форму, не сохранив изменения?</translation>
    </message>
    <message>
        <source>New local solution</source>
        <translation>Новое локальное решение</translation>
    </message>
    <message>
        <source>Edit solution</source>
        <translation>Изменение решения</translation>
    </message>
    <message>
        <source>Solution</source>
        <translation>Решение</translation>
    </message>
    <message>
        <source>Fields marked * are required. Your changes are kept on this computer and sent to the hub at the next sync.</source>
        <translation>Поля, отмеченные *, обязательны. Изменения хранятся на этом компьютере и передаются на хаб при следующей синхронизации.</translation>
    </message>
    <message>
        <source>Te&amp;xts in:</source>
        <translation>&amp;Язык текстов:</translation>
    </message>
    <message>
        <source>Language of the texts being edited</source>
        <translation>Язык редактируемых текстов</translation>
    </message>
    <message>
        <source>Edit the original texts, or add or correct their translation into another language. The other fields are the same in every language.</source>
        <translation>Измените тексты оригинала либо добавьте или исправьте их перевод на другой язык. Остальные поля одинаковы для всех языков.</translation>
    </message>
    <message>
        <source>Translated &amp;by:</source>
        <translation>&amp;Переводчик:</translation>
    </message>
    <message>
        <source>Translated by (your name; blank: your office)</source>
        <translation>Переводчик (ваше имя; если пусто — ваше отделение)</translation>
    </message>
    <message>
        <source>Your name (blank: your office)</source>
        <translation>Ваше имя (если пусто — ваше отделение)</translation>
    </message>
    <message>
        <source>Solution fields</source>
        <translation>Поля решения</translation>
    </message>
    <message>
        <source>Title *</source>
        <translation>Название *</translation>
    </message>
    <message>
        <source>Title (required)</source>
        <translation>Название (обязательно)</translation>
    </message>
    <message>
        <source>What the solution is called</source>
        <translation>Как называется решение</translation>
    </message>
    <message>
        <source>Subtitle</source>
        <translation>Подзаголовок</translation>
    </message>
    <message>
        <source>One line</source>
        <translation>Одна строка</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Краткое описание</translation>
    </message>
    <message>
        <source>Summary (at most 60 words)</source>
        <translation>Краткое описание (не более 60 слов)</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>Страны</translation>
    </message>
    <message>
        <source>The countries involved, by role: ISO codes (e.g. KEN) or names, separated by commas.</source>
        <translation>Участвующие страны по ролям: коды ISO (например, KEN) или названия через запятую.</translation>
    </message>
    <message>
        <source>Countries by role</source>
        <translation>Страны по ролям</translation>
    </message>
    <message>
        <source>Main SDGs</source>
        <translation>Основные ЦУР</translation>
    </message>
    <message>
        <source>Main Sustainable Development Goals</source>
        <translation>Основные цели в области устойчивого развития</translation>
    </message>
    <message>
        <source>Goal numbers 1 to 17, e.g. 2, 7</source>
        <translation>Номера целей от 1 до 17, например 2, 7</translation>
    </message>
    <message>
        <source>Other SDGs</source>
        <translation>Другие ЦУР</translation>
    </message>
    <message>
        <source>Other Sustainable Development Goals</source>
        <translation>Другие цели в области устойчивого развития</translation>
    </message>
    <message>
        <source>e.g. 13</source>
        <translation>например, 13</translation>
    </message>
    <message>
        <source>Cooperation type</source>
        <translation>Вид сотрудничества</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Modalities</source>
        <translation>Формы</translation>
    </message>
    <message>
        <source>Years</source>
        <translation>Годы</translation>
    </message>
    <message>
        <source>Start year</source>
        <translation>Год начала</translation>
    </message>
    <message>
        <source>to</source>
        <translation>по</translation>
    </message>
    <message>
        <source>End year</source>
        <translation>Год окончания</translation>
    </message>
    <message>
        <source>Challenge</source>
        <translation>Проблема</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Результаты</translation>
    </message>
    <message>
        <source>Sustainability and replication</source>
        <translation>Устойчивость и тиражирование</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Организации</translation>
    </message>
    <message>
        <source>Funding mechanism</source>
        <translation>Механизм финансирования</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Бюджет</translation>
    </message>
    <message>
        <source>Budget amount</source>
        <translation>Сумма бюджета</translation>
    </message>
    <message>
        <source>e.g. 250000</source>
        <translation>например, 250000</translation>
    </message>
    <message>
        <source>Currency:</source>
        <translation>Валюта:</translation>
    </message>
    <message>
        <source>Currency (ISO 4217 code)</source>
        <translation>Валюта (код ISO 4217)</translation>
    </message>
    <message>
        <source>USD</source>
        <translation>USD</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>Темы</translation>
    </message>
    <message>
        <source>Separate with commas</source>
        <translation>Через запятую</translation>
    </message>
    <message>
        <source>Keywords</source>
        <translation>Ключевые слова</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Контакты</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>Ссылки</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Источники</translation>
    </message>
    <message>
        <source>Problems to fix before saving</source>
        <translation>Что исправить перед сохранением</translation>
    </message>
</context>
<context>
    <name>StatusBar</name>
    <message numerus="yes">
        <source>%Ln solution(s) in the catalogue</source>
        <translation>
            <numerusform>В каталоге %Ln решение</numerusform>
            <numerusform>В каталоге %Ln решения</numerusform>
            <numerusform>В каталоге %Ln решений</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln change(s) waiting for sync</source>
        <translation>
            <numerusform>%Ln изменение ожидает синхронизации</numerusform>
            <numerusform>%Ln изменения ожидают синхронизации</numerusform>
            <numerusform>%Ln изменений ожидают синхронизации</numerusform>
        </translation>
    </message>
    <message>
        <source>Opening the catalogue…</source>
        <translation>Открытие каталога…</translation>
    </message>
    <message>
        <source>Last sync: %1</source>
        <translation>Последняя синхронизация: %1</translation>
    </message>
    <message>
        <source>Last sync: never</source>
        <translation>Последняя синхронизация: не было</translation>
    </message>
    <message>
        <source>Hub: not configured</source>
        <translation>Хаб: не настроен</translation>
    </message>
    <message>
        <source>Hub: checking…</source>
        <translation>Хаб: проверка…</translation>
    </message>
    <message>
        <source>Hub: reachable</source>
        <translation>Хаб: доступен</translation>
    </message>
    <message>
        <source>Hub: unreachable</source>
        <translation>Хаб: недоступен</translation>
    </message>
    <message>
        <source>Hub: a sign-in page is in the way</source>
        <translation>Хаб: мешает страница входа в сеть</translation>
    </message>
    <message>
        <source>Hub: versions do not match</source>
        <translation>Хаб: версии не совпадают</translation>
    </message>
    <message>
        <source>Hub: insecure address</source>
        <translation>Хаб: небезопасный адрес</translation>
    </message>
    <message>
        <source>To sync, give the hub address and your office token in Settings.</source>
        <translation>Для синхронизации укажите в настройках адрес хаба и токен вашего отделения.</translation>
    </message>
    <message>
        <source>Opening…</source>
        <translation>Открытие…</translation>
    </message>
    <message>
        <source>Preparing the search index…</source>
        <translation>Подготовка поискового индекса…</translation>
    </message>
    <message>
        <source>Search index unavailable</source>
        <translation>Поисковый индекс недоступен</translation>
    </message>
    <message>
        <source>Catalogue size</source>
        <translation>Размер каталога</translation>
    </message>
    <message>
        <source>Last sync</source>
        <translation>Последняя синхронизация</translation>
    </message>
    <message>
        <source>Hub connection</source>
        <translation>Связь с хабом</translation>
    </message>
    <message>
        <source>Search index state</source>
        <translation>Состояние поискового индекса</translation>
    </message>
    <message>
        <source>Cancel sync</source>
        <translation>Отменить синхронизацию</translation>
    </message>
    <message>
        <source>Cancel the sync</source>
        <translation>Отменить синхронизацию</translation>
    </message>
</context>
<context>
    <name>SyncController</name>
    <message>
        <source>&amp;My contributions…</source>
        <extracomment>Settings should open (the sync needs a hub address and token)</extracomment>
        <translation>Мои &amp;вклады…</translation>
    </message>
    <message>
        <source>Where each solution you added or edited stands at the hub</source>
        <translation>Состояние на хабе каждого решения, которое вы добавили или изменили</translation>
    </message>
    <message>
        <source>Cancelling the sync…</source>
        <translation>Отмена синхронизации…</translation>
    </message>
    <message>
        <source>Applying the new sync settings…</source>
        <translation>Применение новых настроек синхронизации…</translation>
    </message>
    <message>
        <source>Syncing: %1 received, %2 sent, %3 KB</source>
        <translation>Синхронизация: получено — %1, отправлено — %2, %3 КБ</translation>
    </message>
    <message>
        <source>Cancel the sync</source>
        <translation>Отменить синхронизацию</translation>
    </message>
    <message>
        <source>Syncing with the hub…</source>
        <translation>Синхронизация с хабом…</translation>
    </message>
    <message>
        <source>The sync stopped; what arrived is kept.</source>
        <translation>Синхронизация прервана; полученные данные сохранены.</translation>
    </message>
    <message>
        <source>Synced: %1 received, %2 sent.</source>
        <translation>Синхронизировано: получено — %1, отправлено — %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) wait for a decision (ssc-desktop conflicts).</source>
        <translation>
            <numerusform>%n конфликт ожидает решения (ssc-desktop conflicts).</numerusform>
            <numerusform>%n конфликта ожидают решения (ssc-desktop conflicts).</numerusform>
            <numerusform>%n конфликтов ожидают решения (ssc-desktop conflicts).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contribution(s) returned by a curator: see File ▸ My contributions.</source>
        <translation>
            <numerusform>%n вклад возвращен куратором: см. Файл ▸ Мои вклады.</numerusform>
            <numerusform>%n вклада возвращены куратором: см. Файл ▸ Мои вклады.</numerusform>
            <numerusform>%n вкладов возвращено куратором: см. Файл ▸ Мои вклады.</numerusform>
        </translation>
    </message>
    <message>
        <source>To sync, give the hub address and your office token in Settings.</source>
        <translation>Для синхронизации укажите в настройках адрес хаба и токен вашего отделения.</translation>
    </message>
    <message>
        <source>The sync did not complete; nothing was lost.</source>
        <translation>Синхронизация не завершена; ничего не потеряно.</translation>
    </message>
    <message>
        <source>S&amp;ync with the hub</source>
        <translation>&amp;Синхронизировать с хабом</translation>
    </message>
    <message>
        <source>The office token was not kept.</source>
        <translation>Токен отделения не сохранен.</translation>
    </message>
    <message>
        <source>The conflict could not be resolved.</source>
        <translation>Не удалось разрешить конфликт.</translation>
    </message>
    <message>
        <source>It will be sent again at the next sync.</source>
        <translation>Он будет отправлен повторно при следующей синхронизации.</translation>
    </message>
    <message>
        <source>The contribution could not be sent again.</source>
        <translation>Не удалось повторно отправить вклад.</translation>
    </message>
</context>
<context>
    <name>SyncHistoryDialog</name>
    <message>
        <source>Sync history</source>
        <translation>Журнал синхронизации</translation>
    </message>
    <message>
        <source>The last syncs of this catalogue, newest first. Copy them for support.</source>
        <translation>Последние синхронизации этого каталога, начиная с новых. Их можно скопировать для службы поддержки.</translation>
    </message>
    <message>
        <source>This catalogue has not synced yet.</source>
        <translation>Этот каталог еще не синхронизировался.</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Столбцы</translation>
    </message>
    <message>
        <source>Copy for support</source>
        <translation>Скопировать для поддержки</translation>
    </message>
</context>
<context>
    <name>SyncHistoryModel</name>
    <message>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Итог</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Получено</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Отправлено</translation>
    </message>
    <message>
        <source>KB moved</source>
        <translation>Передано, КБ</translation>
    </message>
    <message>
        <source>Seconds</source>
        <translation>Секунды</translation>
    </message>
    <message>
        <source>Retries</source>
        <translation>Повторы</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Сообщение</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Выполнено</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Прервано</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Сбой</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <source>Welcome to SSC Desktop</source>
        <translation>Добро пожаловать в SSC Desktop</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>Добро пожаловать</translation>
    </message>
    <message>
        <source>Everything works offline</source>
        <translation>Все работает без связи</translation>
    </message>
    <message>
        <source>The whole catalogue of Southern solutions is on this computer: search it, filter it and read every solution with its sources without any connection.</source>
        <translation>Весь каталог решений стран Юга находится на этом компьютере: ищите, фильтруйте и читайте каждое решение вместе с источниками без всякой связи.</translation>
    </message>
    <message>
        <source>Connect to a catalogue hub</source>
        <translation>Подключение к хабу каталога</translation>
    </message>
    <message>
        <source>Give the hub address and the office token from your hub administrator in Settings: whenever a connection appears, new solutions come in and yours go out by themselves (or press F9). Without any connection, changes travel on a USB stick: File, Import a catalogue file or USB bundle, and File, Export my changes to a USB bundle.</source>
        <translation>Укажите в настройках адрес хаба и токен отделения, полученные от администратора хаба: как только появляется связь, новые решения поступают, а ваши отправляются сами (или нажмите F9). Без связи изменения переносятся на USB-накопителе: Файл, Импорт файла каталога или пакета USB и Файл, Экспорт моих изменений в пакет USB.</translation>
    </message>
    <message>
        <source>Print a mission brief</source>
        <translation>Печать справки для миссии</translation>
    </message>
    <message>
        <source>Add solutions to the mission basket (Ctrl+B), give the mission a title, destination and dates, then choose Make brief (Ctrl+P) to get a PDF that prints well on any office printer.</source>
        <translation>Добавьте решения в корзину миссии (Ctrl+B), укажите название миссии, место назначения и даты, затем выберите «Подготовить справку» (Ctrl+P), чтобы получить PDF, который хорошо печатается на любом офисном принтере.</translation>
    </message>
    <message>
        <source>Welcome text</source>
        <translation>Текст приветствия</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Начать</translation>
    </message>
</context>
</TS>
