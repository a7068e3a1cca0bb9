<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About SSC Desktop</source>
        <translation>Acerca de SSC Desktop</translation>
    </message>
    <message>
        <source>SSC Desktop</source>
        <translation>SSC Desktop</translation>
    </message>
    <message>
        <source>The offline catalogue of Southern solutions: South-South and triangular cooperation good practices for UN country offices.</source>
        <translation>El catálogo sin conexión de soluciones del Sur: buenas prácticas de cooperación Sur-Sur y triangular para las oficinas de país de las Naciones Unidas.</translation>
    </message>
    <message>
        <source>Versions and folders</source>
        <translation>Versiones y carpetas</translation>
    </message>
    <message>
        <source>Open the data folder</source>
        <translation>Abrir la carpeta de datos</translation>
    </message>
    <message>
        <source>Open the &amp;data folder</source>
        <translation>Abrir la carpeta de &amp;datos</translation>
    </message>
    <message>
        <source>Copy these details</source>
        <translation>Copiar estos detalles</translation>
    </message>
    <message>
        <source>&amp;Copy details</source>
        <translation>&amp;Copiar los detalles</translation>
    </message>
</context>
<context>
    <name>BasketController</name>
    <message numerus="yes">
        <source>Added %n solution(s) to the mission basket.</source>
        <translation>
            <numerusform>%n solución añadida a la cesta de la misión.</numerusform>
            <numerusform>%n soluciones añadidas a la cesta de la misión.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Emptied the basket (%n solution(s)). Ctrl+Z puts them back.</source>
        <translation>
            <numerusform>Cesta vaciada (%n solución). Ctrl+Z la devuelve.</numerusform>
            <numerusform>Cesta vaciada (%n soluciones). Ctrl+Z las devuelve.</numerusform>
        </translation>
    </message>
    <message>
        <source>Empty the basket</source>
        <translation>Vaciar la cesta</translation>
    </message>
    <message numerus="yes">
        <source>Add %n solution(s)</source>
        <translation>
            <numerusform>Añadir %n solución</numerusform>
            <numerusform>Añadir %n soluciones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %n solution(s)</source>
        <translation>
            <numerusform>Quitar %n solución</numerusform>
            <numerusform>Quitar %n soluciones</numerusform>
        </translation>
    </message>
    <message>
        <source>Reorder the basket</source>
        <translation>Reordenar la cesta</translation>
    </message>
    <message>
        <source>Change the basket</source>
        <translation>Modificar la cesta</translation>
    </message>
    <message>
        <source>mission-brief</source>
        <translation>nota-de-mision</translation>
    </message>
    <message>
        <source>Save the mission brief</source>
        <translation>Guardar la nota de misión</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documentos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Making the brief…</source>
        <translation>Preparando la nota…</translation>
    </message>
    <message>
        <source>Making the brief… %1 of %2</source>
        <translation>Preparando la nota… %1 de %2</translation>
    </message>
    <message numerus="yes">
        <source>Brief saved (%Ln page(s)): %1</source>
        <translation>
            <numerusform>Nota guardada (%Ln página): %1</numerusform>
            <numerusform>Nota guardada (%Ln páginas): %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Brief saved: %1</source>
        <translation>Nota guardada: %1</translation>
    </message>
    <message>
        <source>The brief could not be made.</source>
        <translation>No se pudo crear la nota.</translation>
    </message>
    <message>
        <source>Remove from basket</source>
        <translation>Quitar de la cesta</translation>
    </message>
    <message>
        <source>Add to basket</source>
        <translation>Añadir a la cesta</translation>
    </message>
    <message>
        <source>Remove from the mission basket</source>
        <translation>Quitar de la cesta de la misión</translation>
    </message>
    <message>
        <source>Add to the mission basket</source>
        <translation>Añadir a la cesta de la misión</translation>
    </message>
    <message>
        <source>&amp;Undo: %1</source>
        <translation>&amp;Deshacer: %1</translation>
    </message>
    <message>
        <source>&amp;Undo basket change</source>
        <translation>&amp;Deshacer el cambio de la cesta</translation>
    </message>
    <message>
        <source>&amp;Redo: %1</source>
        <translation>&amp;Rehacer: %1</translation>
    </message>
    <message>
        <source>&amp;Redo basket change</source>
        <translation>&amp;Rehacer el cambio de la cesta</translation>
    </message>
    <message>
        <source>Add solutions to the basket first.</source>
        <translation>Añada primero soluciones a la cesta.</translation>
    </message>
    <message>
        <source>Make a PDF brief of the basket (Ctrl+P).</source>
        <translation>Crear una nota PDF de la cesta (Ctrl+P).</translation>
    </message>
    <message>
        <source>Mission basket</source>
        <translation>Cesta de la misión</translation>
    </message>
    <message>
        <source>As the interface</source>
        <translation>Como la interfaz</translation>
    </message>
    <message>
        <source>Empty: add solutions with Ctrl+B or drag them here.</source>
        <translation>Vacía: añada soluciones con Ctrl+B o arrástrelas aquí.</translation>
    </message>
</context>
<context>
    <name>BriefDialog</name>
    <message>
        <source>A4 (210 × 297 mm)</source>
        <translation>A4 (210 × 297 mm)</translation>
    </message>
    <message>
        <source>US Letter (8.5 × 11 in)</source>
        <translation>Carta EE. UU. (8,5 × 11 pulg.)</translation>
    </message>
    <message numerus="yes">
        <source>%n solution(s) of the basket, in its order.</source>
        <translation>
            <numerusform>%n solución de la cesta, en su orden.</numerusform>
            <numerusform>%n soluciones de la cesta, en su orden.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Save the PDF…</source>
        <translation>&amp;Guardar el PDF…</translation>
    </message>
    <message>
        <source>Make a mission brief</source>
        <translation>Crear una nota de misión</translation>
    </message>
    <message>
        <source>&amp;Paper size:</source>
        <translation>Tamaño de &amp;papel:</translation>
    </message>
    <message>
        <source>Paper size</source>
        <translation>Tamaño de papel</translation>
    </message>
    <message>
        <source>Prepared &amp;by:</source>
        <translation>Preparada &amp;por:</translation>
    </message>
    <message>
        <source>Prepared by (printed on the cover)</source>
        <translation>Preparada por (impreso en la portada)</translation>
    </message>
    <message>
        <source>Your name and office (optional)</source>
        <translation>Su nombre y oficina (opcional)</translation>
    </message>
    <message>
        <source>&amp;Grayscale, for black-and-white printers</source>
        <translation>En &amp;escala de grises, para impresoras en blanco y negro</translation>
    </message>
    <message>
        <source>&amp;Compact: at most one page per solution</source>
        <translation>&amp;Compacta: como máximo una página por solución</translation>
    </message>
    <message>
        <source>&amp;Start each solution on a new page</source>
        <translation>Empezar cada &amp;solución en una página nueva</translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message>
        <source>Sync conflicts</source>
        <translation>Conflictos de sincronización</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Conflictos</translation>
    </message>
    <message>
        <source>Another office changed the same field while you were offline. Read both values, then keep yours or take the hub&apos;s; the decision goes to the hub with the next sync.</source>
        <translation>Otra oficina cambió el mismo campo mientras usted estaba sin conexión. Lea ambos valores y conserve el suyo o tome el del hub; la decisión se envía al hub en la próxima sincronización.</translation>
    </message>
    <message>
        <source>My value</source>
        <translation>Mi valor</translation>
    </message>
    <message>
        <source>The hub&apos;s value</source>
        <translation>El valor del hub</translation>
    </message>
    <message>
        <source>&amp;Keep mine</source>
        <translation>&amp;Conservar el mío</translation>
    </message>
    <message>
        <source>&amp;Take theirs</source>
        <translation>&amp;Tomar el del hub</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>El mío</translation>
    </message>
    <message>
        <source>Theirs (hub)</source>
        <translation>El del hub</translation>
    </message>
    <message>
        <source>Nothing to decide: no change of yours conflicts with the hub&apos;s.</source>
        <translation>Nada que decidir: ningún cambio suyo entra en conflicto con los del hub.</translation>
    </message>
</context>
<context>
    <name>ConflictsModel</name>
    <message>
        <source>Solution</source>
        <translation>Solución</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>El mío</translation>
    </message>
    <message>
        <source>Theirs (hub)</source>
        <translation>El del hub</translation>
    </message>
</context>
<context>
    <name>ContributionProblems</name>
    <message>
        <source>this is not an .xlsx workbook (an old .xls, a password-protected or damaged file?): save it as Excel Workbook (.xlsx) or as CSV UTF-8</source>
        <translation>no es un libro .xlsx (¿un .xls antiguo, un archivo protegido con contraseña o dañado?): guárdelo como Libro de Excel (.xlsx) o como CSV UTF-8</translation>
    </message>
    <message>
        <source>the file is damaged or not a workbook</source>
        <translation>el archivo está dañado o no es un libro</translation>
    </message>
    <message>
        <source>the file is too large (the most read is %d)</source>
        <translation>el archivo es demasiado grande (como máximo %d)</translation>
    </message>
    <message>
        <source>the workbook contains macros, which are never opened: save it as Excel Workbook (.xlsx)</source>
        <translation>el libro contiene macros, que nunca se abren: guárdelo como Libro de Excel (.xlsx)</translation>
    </message>
    <message>
        <source>cells %v are merged: unmerge them, one value a cell</source>
        <translation>las celdas %v están combinadas: sepárelas, un valor por celda</translation>
    </message>
    <message>
        <source>no sheet of this workbook is a contribution template: make one with File ▸ Contribution template</source>
        <translation>ninguna hoja de este libro es una plantilla de contribuciones: cree una con Archivo ▸ Plantilla de contribuciones</translation>
    </message>
    <message>
        <source>the column %c is missing</source>
        <translation>falta la columna %c</translation>
    </message>
    <message>
        <source>unknown column heading “%v”</source>
        <translation>encabezado de columna desconocido «%v»</translation>
    </message>
    <message>
        <source>the column %c appears twice</source>
        <translation>la columna %c aparece dos veces</translation>
    </message>
    <message>
        <source>the sheet has more than %d filled rows, the most one import takes: split it</source>
        <translation>la hoja tiene más de %d filas llenas, el máximo de una importación: divídala</translation>
    </message>
    <message>
        <source>the sheet has no filled row</source>
        <translation>la hoja no tiene ninguna fila llena</translation>
    </message>
    <message>
        <source>the file is not UTF-8 text: save it as CSV UTF-8</source>
        <translation>el archivo no es texto UTF-8: guárdelo como CSV UTF-8</translation>
    </message>
    <message>
        <source>holds a formula (%v); formulas are never run: type the value itself</source>
        <translation>contiene una fórmula (%v); las fórmulas nunca se calculan: escriba el valor mismo</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>es obligatorio</translation>
    </message>
    <message>
        <source>“%v” is not %d</source>
        <translation>«%v» no es %d</translation>
    </message>
    <message>
        <source>unknown country “%v”</source>
        <translation>país desconocido «%v»</translation>
    </message>
    <message>
        <source>unknown role “%v”</source>
        <translation>función desconocida «%v»</translation>
    </message>
    <message>
        <source>“%v” is not one of the list&apos;s values</source>
        <translation>«%v» no es uno de los valores de la lista</translation>
    </message>
    <message>
        <source>SDG %v does not exist (goals are 1 to 17)</source>
        <translation>el ODS %v no existe (los objetivos van del 1 al 17)</translation>
    </message>
    <message>
        <source>“%v” is not in the form %d</source>
        <translation>«%v» no tiene la forma %d</translation>
    </message>
    <message>
        <source>“%v” needs its %d</source>
        <translation>«%v»: falta su %d</translation>
    </message>
    <message>
        <source>is longer than %d characters</source>
        <translation>supera los %d caracteres</translation>
    </message>
    <message>
        <source>has more than %d words</source>
        <translation>tiene más de %d palabras</translation>
    </message>
    <message>
        <source>“%v” is not a year from %d</source>
        <translation>«%v» no es un año de %d</translation>
    </message>
    <message>
        <source>the end year is before the start year</source>
        <translation>el año de finalización es anterior al de inicio</translation>
    </message>
    <message>
        <source>a budget needs a currency (such as USD)</source>
        <translation>un presupuesto necesita una moneda (por ejemplo USD)</translation>
    </message>
    <message>
        <source>“%v” is not a currency code (three letters such as USD)</source>
        <translation>«%v» no es un código de moneda (tres letras como USD)</translation>
    </message>
    <message>
        <source>“%v” is not a web address</source>
        <translation>«%v» no es una dirección web</translation>
    </message>
    <message>
        <source>“%v” is not an e-mail address</source>
        <translation>«%v» no es una dirección de correo</translation>
    </message>
    <message>
        <source>“%v” is listed twice</source>
        <translation>«%v» figura dos veces</translation>
    </message>
    <message>
        <source>contains a control character</source>
        <translation>contiene un carácter de control</translation>
    </message>
    <message>
        <source>the reference “%v” is already used by row %d</source>
        <translation>la referencia «%v» ya es la de la fila %d</translation>
    </message>
    <message>
        <source>a value in a column without a heading</source>
        <translation>un valor en una columna sin encabezado</translation>
    </message>
    <message>
        <source>not valid: %d</source>
        <translation>no válido: %d</translation>
    </message>
    <message>
        <source>a year</source>
        <translation>un año</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>un número</translation>
    </message>
    <message>
        <source>text</source>
        <translation>texto</translation>
    </message>
    <message>
        <source>an SDG number</source>
        <translation>un número de ODS</translation>
    </message>
    <message>
        <source>role</source>
        <translation>función</translation>
    </message>
    <message>
        <source>type</source>
        <translation>tipo</translation>
    </message>
    <message>
        <source>row %1</source>
        <translation>fila %1</translation>
    </message>
    <message>
        <source>cell %1</source>
        <translation>celda %1</translation>
    </message>
    <message>
        <source>(and %1 more)</source>
        <translation>(y %1 más)</translation>
    </message>
</context>
<context>
    <name>Contributions</name>
    <message>
        <source>Waiting to be sent</source>
        <translation>Pendiente de envío</translation>
    </message>
    <message>
        <source>In review at the hub</source>
        <translation>En revisión en el hub</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Publicada</translation>
    </message>
    <message>
        <source>Returned by the curator</source>
        <translation>Devuelta por el curador</translation>
    </message>
    <message>
        <source>Replaced by a newer version</source>
        <translation>Sustituida por una versión más reciente</translation>
    </message>
</context>
<context>
    <name>ContributionsDialog</name>
    <message>
        <source>My contributions</source>
        <translation>Mis contribuciones</translation>
    </message>
    <message>
        <source>Contributions</source>
        <translation>Contribuciones</translation>
    </message>
    <message>
        <source>The solutions this office made or edited, and where each stands at the hub. A returned one is still yours: correct it (Edit) and it is sent at the next sync.</source>
        <translation>Las soluciones que esta oficina creó o modificó, y en qué punto está cada una en el hub. Una contribución devuelta sigue siendo suya: corríjala (Editar) y se enviará en la próxima sincronización.</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Mostrar:</translation>
    </message>
    <message>
        <source>No contributions yet: the solutions you add or edit are listed here, with where they stand at the hub.</source>
        <translation>Todavía no hay contribuciones: las soluciones que usted agregue o modifique aparecen aquí, con su estado en el hub.</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Abrir</translation>
    </message>
    <message>
        <source>Send &amp;again</source>
        <translation>&amp;Reenviar</translation>
    </message>
    <message>
        <source>Send the returned contribution again as it is, at the next sync</source>
        <translation>Reenviar la contribución devuelta tal como está, en la próxima sincronización</translation>
    </message>
    <message>
        <source>&amp;Copy for support</source>
        <translation>&amp;Copiar para soporte</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Todas</translation>
    </message>
</context>
<context>
    <name>ContributionsModel</name>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Your reference</source>
        <translation>Su referencia</translation>
    </message>
    <message>
        <source>Curator&apos;s comment</source>
        <translation>Comentario del curador</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Enviada</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>Decidida</translation>
    </message>
    <message>
        <source>(deleted)</source>
        <translation>(eliminada)</translation>
    </message>
</context>
<context>
    <name>DetailController</name>
    <message>
        <source>It will be sent again at the next sync.</source>
        <extracomment>the solution shown changed (or was loaded): actions that depend on it are updated</extracomment>
        <translation>Se reenviará en la próxima sincronización.</translation>
    </message>
    <message>
        <source>The contribution could not be sent again.</source>
        <translation>No se pudo reenviar la contribución.</translation>
    </message>
    <message>
        <source>Saved. The change waits for the next sync.</source>
        <translation>Guardado. El cambio espera a la próxima sincronización.</translation>
    </message>
    <message>
        <source>The solution could not be saved.</source>
        <translation>No se pudo guardar la solución.</translation>
    </message>
</context>
<context>
    <name>DetailRenderer</name>
    <message>
        <source>Select a solution in the list to see everything about it here.</source>
        <translation>Elija una solución en la lista para ver aquí toda su información.</translation>
    </message>
    <message>
        <source>This solution is no longer in the catalogue.</source>
        <translation>Esta solución ya no figura en el catálogo.</translation>
    </message>
    <message>
        <source>English</source>
        <translation>inglés</translation>
    </message>
    <message>
        <source>French</source>
        <translation>francés</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>español</translation>
    </message>
    <message>
        <source>Arabic</source>
        <translation>árabe</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>ruso</translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation>chino</translation>
    </message>
    <message>
        <source>machine translation, not reviewed</source>
        <translation>traducción automática, no revisada</translation>
    </message>
    <message>
        <source>machine translation, reviewed by %1</source>
        <translation>traducción automática, revisada por %1</translation>
    </message>
    <message>
        <source>machine translation, reviewed</source>
        <translation>traducción automática, revisada</translation>
    </message>
    <message>
        <source>translated by the office %1</source>
        <translation>traducido por la oficina %1</translation>
    </message>
    <message>
        <source>translated by a country office</source>
        <translation>traducido por una oficina en el país</translation>
    </message>
    <message>
        <source>translated by %1</source>
        <translation>traducido por %1</translation>
    </message>
    <message>
        <source>translated by a person</source>
        <translation>traducido por una persona</translation>
    </message>
    <message>
        <source>Show the original</source>
        <translation>Ver el original</translation>
    </message>
    <message>
        <source>Show the translation</source>
        <translation>Ver la traducción</translation>
    </message>
    <message>
        <source>Translated from %1 (%2).</source>
        <translation>Traducido del original en %1 (%2).</translation>
    </message>
    <message>
        <source>May be out of date: the original has changed since.</source>
        <translation>Puede estar desactualizada: el original ha cambiado desde entonces.</translation>
    </message>
    <message>
        <source>Original text in %1.</source>
        <translation>Texto original en %1.</translation>
    </message>
    <message>
        <source>Not translated into %1 yet.</source>
        <translation>Aún no traducido al %1.</translation>
    </message>
    <message>
        <source>Waiting to be sent</source>
        <translation>Pendiente de envío</translation>
    </message>
    <message>
        <source>Sent — in review at the hub</source>
        <translation>Enviada — en revisión en el hub</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Publicada</translation>
    </message>
    <message>
        <source>Returned by the curator:</source>
        <translation>Devuelta por el curador:</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Editar</translation>
    </message>
    <message>
        <source>Send again as it is</source>
        <translation>Reenviar tal como está</translation>
    </message>
    <message>
        <source>Correct it and it is sent again at the next sync.</source>
        <translation>Corríjala y se reenviará en la próxima sincronización.</translation>
    </message>
    <message>
        <source>Replaced at the hub by a newer version you sent</source>
        <translation>Sustituida en el hub por una versión más reciente que usted envió</translation>
    </message>
    <message>
        <source>other</source>
        <translation>secundario</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contactos</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>Enlaces</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Fuentes</translation>
    </message>
    <message>
        <source>link</source>
        <translation>enlace</translation>
    </message>
    <message>
        <source>Made on this computer</source>
        <translation>Creada en este equipo</translation>
    </message>
    <message>
        <source>Local change waiting for sync</source>
        <translation>Cambio local pendiente de sincronizar</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>Países</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Organizaciones</translation>
    </message>
    <message>
        <source>Cooperation</source>
        <translation>Cooperación</translation>
    </message>
    <message>
        <source>Modalities</source>
        <translation>Modalidades</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Years</source>
        <translation>Años</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Presupuesto</translation>
    </message>
    <message>
        <source>Funding</source>
        <translation>Financiación</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>Temas</translation>
    </message>
    <message>
        <source>Keywords</source>
        <translation>Palabras clave</translation>
    </message>
    <message>
        <source>Challenge</source>
        <translation>Desafío</translation>
    </message>
    <message>
        <source>Solution</source>
        <translation>Solución</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Resultados</translation>
    </message>
    <message>
        <source>Sustainability and replication</source>
        <translation>Sostenibilidad y réplica</translation>
    </message>
    <message numerus="yes">
        <source>%n private contact(s), kept on this computer (see Edit).</source>
        <translation>
            <numerusform>%n contacto privado, guardado en este equipo (véase Editar).</numerusform>
            <numerusform>%n contactos privados, guardados en este equipo (véase Editar).</numerusform>
        </translation>
    </message>
    <message>
        <source>paragraph %1</source>
        <translation>párrafo %1</translation>
    </message>
    <message>
        <source>Id %1 · revision %2 · updated %3</source>
        <translation>Id %1 · revisión %2 · actualizada el %3</translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <source>SSC Desktop may not write there: %1</source>
        <translation>SSC Desktop no puede escribir allí: %1</translation>
    </message>
    <message>
        <source>A file could not be read or written: %1</source>
        <translation>No se pudo leer o escribir un archivo: %1</translation>
    </message>
    <message>
        <source>An unexpected error happened (%1).</source>
        <translation>Se produjo un error inesperado (%1).</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>Algo salió mal</translation>
    </message>
    <message>
        <source>&amp;Copy details</source>
        <translation>&amp;Copiar los detalles</translation>
    </message>
    <message>
        <source>Copy the error details</source>
        <translation>Copiar los detalles del error</translation>
    </message>
    <message>
        <source>Error details</source>
        <translation>Detalles del error</translation>
    </message>
    <message>
        <source>The window keeps working.</source>
        <translation>La ventana sigue funcionando.</translation>
    </message>
    <message>
        <source>The details are also in the log file %1.</source>
        <translation>Los detalles también están en el registro %1.</translation>
    </message>
    <message numerus="yes">
        <source>%1 (and %n more problem(s))</source>
        <translation>
            <numerusform>%1 (y %n problema más)</numerusform>
            <numerusform>%1 (y %n problemas más)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FilesController</name>
    <message>
        <source>Import a catalogue file or USB bundle</source>
        <translation>Importar un archivo de catálogo o un paquete USB</translation>
    </message>
    <message>
        <source>Export my changes to a USB bundle</source>
        <translation>Exportar mis cambios a un paquete USB</translation>
    </message>
    <message>
        <source>USB bundles (*.sscbundle);;All files (*)</source>
        <translation>Paquetes USB (*.sscbundle);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Export the listed solutions</source>
        <translation>Exportar las soluciones de la lista</translation>
    </message>
    <message>
        <source>Contribution &amp;template…</source>
        <translation>&amp;Plantilla de contribuciones…</translation>
    </message>
    <message>
        <source>Save a spreadsheet to fill with your office&apos;s solutions, then import it</source>
        <translation>Guardar una hoja para rellenar con las soluciones de su oficina y luego importarla</translation>
    </message>
    <message>
        <source>Catalogue files, contribution templates and USB bundles (*.json *.csv *.xlsx *.sscbundle);;All files (*)</source>
        <translation>Archivos de catálogo, plantillas de contribuciones y paquetes USB (*.json *.csv *.xlsx *.sscbundle);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Catalogue file, JSON (*.json);;Spreadsheet, CSV (*.csv);;Contribution sheet, Excel (*.xlsx)</source>
        <translation>Archivo de catálogo, JSON (*.json);;Hoja de cálculo, CSV (*.csv);;Hoja de contribuciones, Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Save a contribution template</source>
        <translation>Guardar una plantilla de contribuciones</translation>
    </message>
    <message>
        <source>contributions</source>
        <translation>contribuciones</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv)</source>
        <translation>Libro de Excel (*.xlsx);;CSV, UTF-8 (*.csv)</translation>
    </message>
    <message>
        <source>Rows to correct</source>
        <translation>Filas por corregir</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) of %1 have problems; nothing was imported.</source>
        <translation>
            <numerusform>%n fila de %1 tiene problemas; no se importó nada.</numerusform>
            <numerusform>%n filas de %1 tienen problemas; no se importó nada.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Correct them and import the file again, or import the %n good row(s) now and the others later.</source>
        <translation>
            <numerusform>Corríjalas e importe el archivo de nuevo, o importe ahora la fila correcta y las demás más tarde.</numerusform>
            <numerusform>Corríjalas e importe el archivo de nuevo, o importe ahora las %n filas correctas y las demás más tarde.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import the good rows</source>
        <translation>Importar las filas correctas</translation>
    </message>
    <message>
        <source>Import nothing</source>
        <translation>No importar nada</translation>
    </message>
    <message>
        <source>Correct them and import the file again.</source>
        <translation>Corríjalas e importe el archivo de nuevo.</translation>
    </message>
    <message>
        <source>The file was not imported; nothing was changed: %1</source>
        <translation>El archivo no se importó; no se cambió nada: %1</translation>
    </message>
    <message>
        <source>The file was not imported; nothing was changed.</source>
        <translation>El archivo no se importó; no se cambió nada.</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>Importando %1…</translation>
    </message>
    <message>
        <source>The hub&apos;s key</source>
        <translation>La clave del hub</translation>
    </message>
    <message>
        <source>This catalogue has not met the hub that signed this bundle yet (its key&apos;s fingerprint: %1). Type the hub key your administrator gave you; compare the fingerprint with theirs.</source>
        <translation>Este catálogo aún no conoce el hub que firmó este paquete (huella de su clave: %1). Escriba la clave del hub que le dio su administrador; compare la huella con la suya.</translation>
    </message>
    <message>
        <source>Contributions imported: %1 new, %2 updated, %3 unchanged; they are sent at the next sync.</source>
        <translation>Contribuciones importadas: %1 nuevas, %2 actualizadas, %3 sin cambios; se envían en la próxima sincronización.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) left out, to correct.</source>
        <translation>
            <numerusform>%n fila omitida, por corregir.</numerusform>
            <numerusform>%n filas omitidas, por corregir.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>USB bundle imported: %Ln solution(s) received.</source>
        <translation>
            <numerusform>Paquete USB importado: %Ln solución recibida.</numerusform>
            <numerusform>Paquete USB importado: %Ln soluciones recibidas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) wait for a decision (ssc-desktop conflicts).</source>
        <translation>
            <numerusform>%n conflicto espera una decisión (ssc-desktop conflicts).</numerusform>
            <numerusform>%n conflictos esperan una decisión (ssc-desktop conflicts).</numerusform>
        </translation>
    </message>
    <message>
        <source>Imported: %1 new, %2 updated, %3 unchanged, %4 kept (local edits).</source>
        <translation>Importado: %1 nueva(s), %2 actualizada(s), %3 sin cambios, %4 conservada(s) (cambios locales).</translation>
    </message>
    <message numerus="yes">
        <source>%n changed without a new revision: taken as your edit(s), sent at the next sync.</source>
        <translation>
            <numerusform>%n cambiada sin nueva revisión: tomada como su edición, enviada en la próxima sincronización.</numerusform>
            <numerusform>%n cambiadas sin nueva revisión: tomadas como sus ediciones, enviadas en la próxima sincronización.</numerusform>
        </translation>
    </message>
    <message>
        <source>Template saved as %1: fill one row a solution, then File ▸ Import it.</source>
        <translation>Plantilla guardada como %1: una fila por solución, luego Archivo ▸ Importar.</translation>
    </message>
    <message>
        <source>The template was not saved.</source>
        <translation>La plantilla no se guardó.</translation>
    </message>
    <message>
        <source>The list is empty: nothing to export.</source>
        <translation>La lista está vacía: nada que exportar.</translation>
    </message>
    <message numerus="yes">
        <source>%n solution(s) written to %1.</source>
        <translation>
            <numerusform>%n solución escrita en %1.</numerusform>
            <numerusform>%n soluciones escritas en %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The solutions were not written.</source>
        <translation>No se escribieron las soluciones.</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) written to %1: take it to the hub.</source>
        <translation>
            <numerusform>%n cambio escrito en %1: llévelo al hub.</numerusform>
            <numerusform>%n cambios escritos en %1: llévelo al hub.</numerusform>
        </translation>
    </message>
    <message>
        <source>No USB bundle was written.</source>
        <translation>No se escribió ningún paquete USB.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>The catalogue could not be opened.</source>
        <translation>No se pudo abrir el catálogo.</translation>
    </message>
    <message>
        <source>The catalogue could not be opened: %1</source>
        <translation>No se pudo abrir el catálogo: %1</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>Filtros</translation>
    </message>
    <message>
        <source>My private &amp;note:</source>
        <translation>Mi &amp;nota privada:</translation>
    </message>
    <message>
        <source>S&amp;ync with the hub</source>
        <translation>Sincronizar con el &amp;hub</translation>
    </message>
    <message>
        <source>Add to basket</source>
        <translation>Añadir a la cesta</translation>
    </message>
    <message>
        <source>Add to the mission basket</source>
        <translation>Añadir a la cesta de la misión</translation>
    </message>
    <message>
        <source>Menu bar</source>
        <translation>Barra de menús</translation>
    </message>
    <message>
        <source>Status bar</source>
        <translation>Barra de estado</translation>
    </message>
    <message>
        <source>Mission basket</source>
        <translation>Cesta de la misión</translation>
    </message>
    <message>
        <source>SSC Desktop</source>
        <translation>SSC Desktop</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>Bus&amp;car:</translation>
    </message>
    <message>
        <source>Search the catalogue</source>
        <translation>Buscar en el catálogo</translation>
    </message>
    <message>
        <source>Words, &quot;a phrase&quot;, or -word to leave out. Results appear as you type.</source>
        <translation>Palabras, «una frase» o -palabra para excluirla. Los resultados aparecen mientras escribe.</translation>
    </message>
    <message>
        <source>Words, &quot;a phrase&quot;, -leave out</source>
        <translation>Palabras, «una frase», -excluir</translation>
    </message>
    <message>
        <source>S&amp;ort:</source>
        <translation>&amp;Ordenar:</translation>
    </message>
    <message>
        <source>Sort results by</source>
        <translation>Ordenar los resultados por</translation>
    </message>
    <message>
        <source>Relevance</source>
        <translation>Relevancia</translation>
    </message>
    <message>
        <source>Newest</source>
        <translation>Más recientes</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Number of results</source>
        <translation>Número de resultados</translation>
    </message>
    <message>
        <source>Search hint</source>
        <translation>Sugerencia de búsqueda</translation>
    </message>
    <message>
        <source>Clear all filters</source>
        <translation>Borrar todos los filtros</translation>
    </message>
    <message>
        <source>C&amp;lear all</source>
        <translation>Borrar &amp;todo</translation>
    </message>
    <message>
        <source>Find a filter</source>
        <translation>Buscar un filtro</translation>
    </message>
    <message>
        <source>Find a country, goal…</source>
        <translation>Buscar un país, un objetivo…</translation>
    </message>
    <message>
        <source>Tick values to narrow the results. Space ticks or unticks.</source>
        <translation>Marque valores para acotar los resultados. Espacio marca o desmarca.</translation>
    </message>
    <message>
        <source>Results as a list or a map</source>
        <translation>Resultados en lista o en un mapa</translation>
    </message>
    <message>
        <source>List</source>
        <translation>Lista</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Resultados</translation>
    </message>
    <message>
        <source>Solutions that match. Ctrl+B adds the selected one to the mission basket.</source>
        <translation>Soluciones que coinciden. Ctrl+B añade la elegida a la cesta de la misión.</translation>
    </message>
    <message>
        <source>Ma&amp;p</source>
        <translation>Ma&amp;pa</translation>
    </message>
    <message>
        <source>Details of the selected solution</source>
        <translation>Detalles de la solución elegida</translation>
    </message>
    <message>
        <source>Edit this solution</source>
        <translation>Editar esta solución</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <source>Private note</source>
        <translation>Nota privada</translation>
    </message>
    <message>
        <source>Never exported, synced or printed. Saved as you type.</source>
        <translation>Nunca se exporta, sincroniza ni imprime. Se guarda mientras escribe.</translation>
    </message>
    <message>
        <source>&amp;Mission:</source>
        <translation>Mis&amp;ión:</translation>
    </message>
    <message>
        <source>Mission title</source>
        <translation>Título de la misión</translation>
    </message>
    <message>
        <source>e.g. Scoping mission on school feeding</source>
        <translation>p. ej. Misión exploratoria sobre alimentación escolar</translation>
    </message>
    <message>
        <source>&amp;Destination:</source>
        <translation>&amp;Destino:</translation>
    </message>
    <message>
        <source>Mission destination</source>
        <translation>Destino de la misión</translation>
    </message>
    <message>
        <source>e.g. Nairobi, Kenya</source>
        <translation>p. ej. Nairobi, Kenia</translation>
    </message>
    <message>
        <source>D&amp;ates:</source>
        <translation>F&amp;echas:</translation>
    </message>
    <message>
        <source>Mission start date</source>
        <translation>Fecha de inicio de la misión</translation>
    </message>
    <message>
        <source>to</source>
        <translation>al</translation>
    </message>
    <message>
        <source>Mission end date</source>
        <translation>Fecha de fin de la misión</translation>
    </message>
    <message>
        <source>Brief lan&amp;guage:</source>
        <translation>Id&amp;ioma de la nota:</translation>
    </message>
    <message>
        <source>Language of the brief</source>
        <translation>Idioma de la nota</translation>
    </message>
    <message>
        <source>Solutions in the mission basket</source>
        <translation>Soluciones de la cesta de la misión</translation>
    </message>
    <message>
        <source>Drag to reorder, or use Alt+Up and Alt+Down. Delete removes.</source>
        <translation>Arrastre para reordenar, o use Alt+Arriba y Alt+Abajo. Supr quita.</translation>
    </message>
    <message>
        <source>Remove from the basket</source>
        <translation>Quitar de la cesta</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Subir</translation>
    </message>
    <message>
        <source>Move up (Alt+Up)</source>
        <translation>Subir (Alt+Arriba)</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Bajar</translation>
    </message>
    <message>
        <source>Move down (Alt+Down)</source>
        <translation>Bajar (Alt+Abajo)</translation>
    </message>
    <message>
        <source>Make a mission brief</source>
        <translation>Crear una nota de misión</translation>
    </message>
    <message>
        <source>Make &amp;brief…</source>
        <translation>&amp;Generar la nota…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Búsqueda</translation>
    </message>
    <message>
        <source>&amp;Mission</source>
        <translation>&amp;Misión</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>&amp;New local solution…</source>
        <translation>&amp;Nueva solución local…</translation>
    </message>
    <message>
        <source>&amp;Edit solution…</source>
        <translation>&amp;Editar la solución…</translation>
    </message>
    <message>
        <source>Sync &amp;history…</source>
        <translation>&amp;Historial de sincronizaciones…</translation>
    </message>
    <message>
        <source>&amp;Import a catalogue file or USB bundle…</source>
        <translation>&amp;Importar un archivo de catálogo o un paquete USB…</translation>
    </message>
    <message>
        <source>Export the &amp;listed solutions to a file…</source>
        <translation>Exportar las soluciones de la &amp;lista a un archivo…</translation>
    </message>
    <message>
        <source>E&amp;xport my changes to a USB bundle…</source>
        <translation>E&amp;xportar mis cambios a un paquete USB…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Configuración…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Buscar</translation>
    </message>
    <message>
        <source>&amp;Clear search</source>
        <translation>&amp;Limpiar la búsqueda</translation>
    </message>
    <message>
        <source>Clear all &amp;filters</source>
        <translation>Borrar todos los &amp;filtros</translation>
    </message>
    <message>
        <source>Sort by &amp;relevance</source>
        <translation>Ordenar por &amp;relevancia</translation>
    </message>
    <message>
        <source>Sort by &amp;newest</source>
        <translation>Ordenar por más re&amp;cientes</translation>
    </message>
    <message>
        <source>Sort by &amp;title</source>
        <translation>Ordenar por &amp;título</translation>
    </message>
    <message>
        <source>&amp;Add to basket / remove</source>
        <translation>&amp;Añadir a la cesta / quitar</translation>
    </message>
    <message>
        <source>&amp;Show basket</source>
        <translation>&amp;Mostrar la cesta</translation>
    </message>
    <message>
        <source>&amp;Remove from basket</source>
        <translation>&amp;Quitar de la cesta</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>&amp;Subir</translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation>&amp;Bajar</translation>
    </message>
    <message>
        <source>&amp;Empty the basket</source>
        <translation>&amp;Vaciar la cesta</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <source>&amp;Filters</source>
        <translation>&amp;Filtros</translation>
    </message>
    <message>
        <source>&amp;Results</source>
        <translation>&amp;Resultados</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>&amp;Detalles</translation>
    </message>
    <message>
        <source>Mission &amp;basket</source>
        <translation>&amp;Cesta de la misión</translation>
    </message>
    <message>
        <source>Reset &amp;layout</source>
        <translation>Restablecer la dis&amp;posición</translation>
    </message>
    <message>
        <source>Open the &amp;data folder</source>
        <translation>Abrir la carpeta de &amp;datos</translation>
    </message>
    <message>
        <source>Open the &amp;log file</source>
        <translation>Abrir el &amp;registro</translation>
    </message>
    <message>
        <source>Resolve sync &amp;conflicts…</source>
        <translation>Resolver con&amp;flictos de sincronización…</translation>
    </message>
    <message>
        <source>&amp;Welcome and first steps</source>
        <translation>&amp;Bienvenida y primeros pasos</translation>
    </message>
    <message>
        <source>&amp;About SSC Desktop</source>
        <translation>&amp;Acerca de SSC Desktop</translation>
    </message>
</context>
<context>
    <name>MapController</name>
    <message>
        <source>The map could not be drawn.</source>
        <translation>No se pudo dibujar el mapa.</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Contando…</translation>
    </message>
    <message>
        <source>%1 solutions listed · %2 provider → recipient pairs</source>
        <translation>%1 soluciones listadas · %2 pares proveedor → receptor</translation>
    </message>
    <message>
        <source>(the %1 strongest drawn)</source>
        <translation>(se dibujan los %1 más fuertes)</translation>
    </message>
    <message>
        <source>%1 solutions · %2 countries</source>
        <translation>%1 soluciones · %2 países</translation>
    </message>
    <message>
        <source>(counting…)</source>
        <translation>(contando…)</translation>
    </message>
    <message>
        <source>All roles</source>
        <translation>Todos los roles</translation>
    </message>
    <message>
        <source>Countries involved in any role</source>
        <translation>Países participantes, en cualquier rol</translation>
    </message>
    <message>
        <source>As provider</source>
        <translation>Como proveedor</translation>
    </message>
    <message>
        <source>Countries sharing their solution</source>
        <translation>Países que comparten su solución</translation>
    </message>
    <message>
        <source>As recipient</source>
        <translation>Como receptor</translation>
    </message>
    <message>
        <source>Countries taking a solution up</source>
        <translation>Países que adoptan una solución</translation>
    </message>
    <message>
        <source>Exchanges</source>
        <translation>Intercambios</translation>
    </message>
    <message>
        <source>Arcs from provider to recipient countries, thicker for more solutions</source>
        <translation>Arcos de los países proveedores a los receptores, más gruesos cuantas más soluciones</translation>
    </message>
    <message>
        <source>Zoom in (+ or the mouse wheel)</source>
        <translation>Acercar (+ o la rueda del ratón)</translation>
    </message>
    <message>
        <source>Zoom out (-)</source>
        <translation>Alejar (-)</translation>
    </message>
    <message>
        <source>Whole world</source>
        <translation>Todo el mundo</translation>
    </message>
    <message>
        <source>Show the whole world (0)</source>
        <translation>Mostrar todo el mundo (0)</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>Mapa</translation>
    </message>
    <message>
        <source>Solutions per country. Drag or use the arrow keys to move, + and - to zoom. The Filters panel (Ctrl+1) lists the same countries.</source>
        <translation>Soluciones por país. Arrastre o use las flechas para moverse, + y - para acercar o alejar. El panel Filtros (Ctrl+1) lista los mismos países.</translation>
    </message>
</context>
<context>
    <name>MapWidget</name>
    <message>
        <source>Solutions: %1</source>
        <extracomment>The polyline provider → recipient as segments: the first and the last (drawn with flat caps, so the arc ends where it should) and those between (square caps, which close the small gaps flat caps leave on the outside of each bend). What an arcs layer was drawn for: the arcs&apos; version, the widget&apos;s size, its pixel ratio and the view&apos;s transform (zoom and pan). How many times the arcs layer was drawn (a repaint that only blits it adds none).</extracomment>
        <translation>Soluciones: %1</translation>
    </message>
    <message>
        <source>as provider: %1</source>
        <translation>como proveedor: %1</translation>
    </message>
    <message>
        <source>as recipient: %1</source>
        <translation>como receptor: %1</translation>
    </message>
    <message>
        <source>as partner: %1</source>
        <translation>como socio: %1</translation>
    </message>
    <message>
        <source>as funder: %1</source>
        <translation>como financiador: %1</translation>
    </message>
    <message>
        <source>Exchanges: %1 out, %2 in</source>
        <translation>Intercambios: %1 salientes, %2 entrantes</translation>
    </message>
    <message>
        <source>Filtered by this country (click to remove)</source>
        <translation>Filtrado por este país (clic para quitar)</translation>
    </message>
    <message>
        <source>Click to filter by this country</source>
        <translation>Clic para filtrar por este país</translation>
    </message>
    <message>
        <source>Solutions per pair (provider → recipient)</source>
        <translation>Soluciones por par (proveedor → receptor)</translation>
    </message>
    <message>
        <source>Solutions per country</source>
        <translation>Soluciones por país</translation>
    </message>
    <message>
        <source>Solutions per country, as provider</source>
        <translation>Soluciones por país, como proveedor</translation>
    </message>
    <message>
        <source>Solutions per country, as recipient</source>
        <translation>Soluciones por país, como receptor</translation>
    </message>
    <message>
        <source>no exchanges</source>
        <translation>ningún intercambio</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguna</translation>
    </message>
</context>
<context>
    <name>SearchController</name>
    <message>
        <source>The search index is ready.</source>
        <translation>El índice de búsqueda está listo.</translation>
    </message>
    <message>
        <source>The search index could not be built; words are matched simply for now.</source>
        <translation>No se pudo construir el índice de búsqueda; por ahora las palabras se buscan de forma sencilla.</translation>
    </message>
    <message>
        <source>The search failed.</source>
        <translation>La búsqueda falló.</translation>
    </message>
    <message numerus="yes">
        <source>Showing the best %1 of %Ln solution(s)</source>
        <translation>
            <numerusform>Las %1 mejores de %Ln solución</numerusform>
            <numerusform>Las %1 mejores de %Ln soluciones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln solution(s)</source>
        <translation>
            <numerusform>%Ln solución</numerusform>
            <numerusform>%Ln soluciones</numerusform>
        </translation>
    </message>
    <message>
        <source>Did you mean %1?</source>
        <translation>¿Quiso decir %1?</translation>
    </message>
    <message>
        <source>Search %1 instead?</source>
        <translation>¿Buscar %1 en su lugar?</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>Filtros</translation>
    </message>
    <message>
        <source>(counting…)</source>
        <translation>(contando…)</translation>
    </message>
    <message>
        <source>No filter matches “%1”.</source>
        <translation>Ningún filtro coincide con «%1».</translation>
    </message>
    <message>
        <source>Goals (SDGs)</source>
        <translation>Objetivos (ODS)</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Región</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organización</translation>
    </message>
    <message>
        <source>Modality</source>
        <translation>Modalidad</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Año</translation>
    </message>
    <message>
        <source>Local</source>
        <translation>Local</translation>
    </message>
    <message>
        <source>Waiting for sync</source>
        <translation>Pendiente de sincronizar</translation>
    </message>
    <message>
        <source>In basket</source>
        <translation>En la cesta</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
</context>
<context>
    <name>SearchNotices</name>
    <message>
        <source>Nothing matches the words as typed; showing results for “%1”.</source>
        <translation>Nada coincide con las palabras tal como se escribieron; resultados para «%1».</translation>
    </message>
    <message>
        <source>No solution has all these words; showing those with some.</source>
        <translation>Ninguna solución tiene todas estas palabras; se muestran las que tienen algunas.</translation>
    </message>
    <message>
        <source>Nothing matches. Try fewer or other words, or clear filters.</source>
        <translation>Sin resultados. Pruebe con menos palabras u otras, o borre los filtros.</translation>
    </message>
    <message>
        <source>Type a word to search.</source>
        <translation>Escriba una palabra para buscar.</translation>
    </message>
    <message>
        <source>The search index is being prepared: simple word matching.</source>
        <translation>El índice de búsqueda se está preparando: búsqueda sencilla de palabras.</translation>
    </message>
    <message>
        <source>The search index is being built; results will appear in a moment.</source>
        <translation>El índice de búsqueda se está construyendo; los resultados aparecerán en un momento.</translation>
    </message>
    <message>
        <source>The search index is not ready yet.</source>
        <translation>El índice de búsqueda aún no está listo.</translation>
    </message>
    <message>
        <source>Nothing is called “%1” in %2:; did you mean “%3”?</source>
        <translation>Nada se llama «%1» en %2:; ¿quiso decir «%3»?</translation>
    </message>
    <message>
        <source>Nothing is called “%1” in %2:.</source>
        <translation>Nada se llama «%1» en %2:.</translation>
    </message>
    <message>
        <source>There is no %1: filter (filters: %2).</source>
        <translation>No existe el filtro %1: (filtros: %2).</translation>
    </message>
    <message>
        <source>%1: needs a value, for example %1:%2.</source>
        <translation>%1: necesita un valor, por ejemplo %1:%2.</translation>
    </message>
    <message>
        <source>Only the first %1 characters of the query were used.</source>
        <translation>Solo se usaron los primeros %1 caracteres de la búsqueda.</translation>
    </message>
    <message>
        <source>No solution in the catalogue involves %1 yet.</source>
        <translation>Ninguna solución del catálogo se refiere todavía a %1.</translation>
    </message>
    <message>
        <source>Only the first %1 words were used.</source>
        <translation>Solo se usaron las primeras %1 palabras.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>System default</source>
        <translation>La del sistema</translation>
    </message>
    <message>
        <source>A4 (210 × 297 mm)</source>
        <translation>A4 (210 × 297 mm)</translation>
    </message>
    <message>
        <source>US Letter (8.5 × 11 in)</source>
        <translation>Carta EE. UU. (8,5 × 11 pulg.)</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>Sin límite</translation>
    </message>
    <message>
        <source>%1 MB, then the rest next time</source>
        <translation>%1 MB, y el resto la próxima vez</translation>
    </message>
    <message>
        <source>A token is remembered; type a new one only to replace it</source>
        <translation>Token guardado; escriba otro para reemplazarlo</translation>
    </message>
    <message>
        <source>The token your hub administrator gave this office</source>
        <translation>El token que el administrador del hub dio a esta oficina</translation>
    </message>
    <message>
        <source>Off (sync only when I ask, F9)</source>
        <translation>Desactivada (sincronizar solo cuando lo pida, F9)</translation>
    </message>
    <message numerus="yes">
        <source>Every %n hour(s) while the hub answers</source>
        <translation>
            <numerusform>Cada hora mientras el hub responda</numerusform>
            <numerusform>Cada %n horas mientras el hub responda</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Every %n minute(s) while the hub answers</source>
        <translation>
            <numerusform>Cada %n minuto mientras el hub responda</numerusform>
            <numerusform>Cada %n minutos mientras el hub responda</numerusform>
        </translation>
    </message>
    <message>
        <source>Give the hub&apos;s address, e.g. https://hub.example.org.</source>
        <translation>Indique la dirección del hub, p. ej. https://hub.example.org.</translation>
    </message>
    <message>
        <source>Will be saved as %1</source>
        <translation>Se guardará como %1</translation>
    </message>
    <message>
        <source>From your hub administrator; https:// is added when left out.</source>
        <translation>La da el administrador del hub; si falta, se añade https://.</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <source>Sync with the hub</source>
        <translation>Sincronización con el hub</translation>
    </message>
    <message>
        <source>&amp;Hub address:</source>
        <translation>Dirección del &amp;hub:</translation>
    </message>
    <message>
        <source>Hub address</source>
        <translation>Dirección del hub</translation>
    </message>
    <message>
        <source>https://hub.example.org</source>
        <translation>https://hub.example.org</translation>
    </message>
    <message>
        <source>Office &amp;token:</source>
        <translation>&amp;Token de la oficina:</translation>
    </message>
    <message>
        <source>Office token</source>
        <translation>Token de la oficina</translation>
    </message>
    <message>
        <source>&amp;Automatic sync:</source>
        <translation>Sincronización &amp;automática:</translation>
    </message>
    <message>
        <source>Automatic sync</source>
        <translation>Sincronización automática</translation>
    </message>
    <message>
        <source>&amp;Data per sync:</source>
        <translation>&amp;Datos por sincronización:</translation>
    </message>
    <message>
        <source>Most data one sync may use</source>
        <translation>Datos máximos por sincronización</translation>
    </message>
    <message>
        <source>Interface and briefs</source>
        <translation>Interfaz y notas</translation>
    </message>
    <message>
        <source>Interface &amp;language:</source>
        <translation>&amp;Idioma de la interfaz:</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>Idioma de la interfaz</translation>
    </message>
    <message>
        <source>&amp;Paper size for briefs:</source>
        <translation>Tamaño de &amp;papel de las notas:</translation>
    </message>
    <message>
        <source>Paper size for briefs</source>
        <translation>Tamaño de papel de las notas</translation>
    </message>
</context>
<context>
    <name>SolutionForm</name>
    <message>
        <source>Unknown country: “%1”. Use an ISO 3166 code (e.g. KEN) or a name.</source>
        <translation>País desconocido: «%1». Indique un código ISO 3166 (p. ej. KEN) o un nombre.</translation>
    </message>
    <message>
        <source>“%1” is not an SDG: goals are numbered 1 to 17.</source>
        <translation>«%1» no es un ODS: los objetivos se numeran del 1 al 17.</translation>
    </message>
    <message>
        <source>The budget must be a number, e.g. 250000.</source>
        <translation>El presupuesto debe ser un número, p. ej. 250000.</translation>
    </message>
    <message>
        <source>A title is required.</source>
        <translation>El título es obligatorio.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Countries: %1</source>
        <extracomment>The languages a translation can be edited in (the record&apos;s own is &quot;the original&quot;). The translatable texts: the form&apos;s widget keys (``TRANSLATABLE_FIELDS``). Each language named in itself, as the selector lists it.</extracomment>
        <translation>Países: %1</translation>
    </message>
    <message>
        <source>ISO codes or names, e.g. KEN, Brazil</source>
        <translation>Códigos ISO o nombres, p. ej. KEN, Brasil</translation>
    </message>
    <message>
        <source>Acronym</source>
        <translation>Sigla</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Función</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Cargo</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organización</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Public</source>
        <translation>Público</translation>
    </message>
    <message>
        <source>Address (https://…)</source>
        <translation>Dirección (https://…)</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Etiqueta</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Documento</translation>
    </message>
    <message>
        <source>Paragraph</source>
        <translation>Párrafo</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Original (%1)</source>
        <translation>Original (%1)</translation>
    </message>
    <message>
        <source>%1 translation</source>
        <translation>Traducción: %1</translation>
    </message>
    <message>
        <source>%1 translation (new)</source>
        <translation>Traducción: %1 (nueva)</translation>
    </message>
    <message>
        <source>You are editing the %1 translation of the texts (the original&apos;s are shown in grey in empty fields). The other fields are the same in every language; a translation with every text empty is removed.</source>
        <translation>Está editando la traducción de los textos (%1); los del original aparecen en gris en los campos vacíos. Los demás campos son iguales en todos los idiomas; una traducción con todos los textos vacíos se elimina.</translation>
    </message>
    <message>
        <source>A translation needs a title.</source>
        <translation>Una traducción necesita un título.</translation>
    </message>
    <message>
        <source>row %1: %2</source>
        <translation>fila %1: %2</translation>
    </message>
    <message>
        <source>Original: %1</source>
        <translation>Original: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) to fix before saving. First: %1</source>
        <translation>
            <numerusform>%n problema que corregir antes de guardar. El primero: %1</numerusform>
            <numerusform>%n problemas que corregir antes de guardar. El primero: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Discard changes?</source>
        <translation>¿Descartar los cambios?</translation>
    </message>
    <message>
        <source>Close the form without saving your changes?</source>
        <translation>¿Cerrar el formulario sin guardar los cambios?</translation>
    </message>
    <message>
        <source>New local solution</source>
        <translation>Nueva solución local</translation>
    </message>
    <message>
        <source>Edit solution</source>
        <translation>Editar la solución</translation>
    </message>
    <message>
        <source>Solution</source>
        <translation>Solución</translation>
    </message>
    <message>
        <source>Fields marked * are required. Your changes are kept on this computer and sent to the hub at the next sync.</source>
        <translation>Los campos marcados con * son obligatorios. Sus cambios se guardan en este equipo y se envían al hub en la próxima sincronización.</translation>
    </message>
    <message>
        <source>Te&amp;xts in:</source>
        <translation>Te&amp;xtos en:</translation>
    </message>
    <message>
        <source>Language of the texts being edited</source>
        <translation>Idioma de los textos que se editan</translation>
    </message>
    <message>
        <source>Edit the original texts, or add or correct their translation into another language. The other fields are the same in every language.</source>
        <translation>Editar los textos originales, o añadir o corregir su traducción a otro idioma. Los demás campos son iguales en todos los idiomas.</translation>
    </message>
    <message>
        <source>Translated &amp;by:</source>
        <translation>Traducido &amp;por:</translation>
    </message>
    <message>
        <source>Translated by (your name; blank: your office)</source>
        <translation>Traducido por (su nombre; vacío: su oficina)</translation>
    </message>
    <message>
        <source>Your name (blank: your office)</source>
        <translation>Su nombre (vacío: su oficina)</translation>
    </message>
    <message>
        <source>Solution fields</source>
        <translation>Campos de la solución</translation>
    </message>
    <message>
        <source>Title *</source>
        <translation>Título *</translation>
    </message>
    <message>
        <source>Title (required)</source>
        <translation>Título (obligatorio)</translation>
    </message>
    <message>
        <source>What the solution is called</source>
        <translation>El nombre de la solución</translation>
    </message>
    <message>
        <source>Subtitle</source>
        <translation>Subtítulo</translation>
    </message>
    <message>
        <source>One line</source>
        <translation>Una línea</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>Summary (at most 60 words)</source>
        <translation>Resumen (60 palabras como máximo)</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>Países</translation>
    </message>
    <message>
        <source>The countries involved, by role: ISO codes (e.g. KEN) or names, separated by commas.</source>
        <translation>Los países implicados, por función: códigos ISO (p. ej. KEN) o nombres, separados por comas.</translation>
    </message>
    <message>
        <source>Countries by role</source>
        <translation>Países por función</translation>
    </message>
    <message>
        <source>Main SDGs</source>
        <translation>ODS principales</translation>
    </message>
    <message>
        <source>Main Sustainable Development Goals</source>
        <translation>Objetivos de Desarrollo Sostenible principales</translation>
    </message>
    <message>
        <source>Goal numbers 1 to 17, e.g. 2, 7</source>
        <translation>Números de objetivo del 1 al 17, p. ej. 2, 7</translation>
    </message>
    <message>
        <source>Other SDGs</source>
        <translation>Otros ODS</translation>
    </message>
    <message>
        <source>Other Sustainable Development Goals</source>
        <translation>Otros Objetivos de Desarrollo Sostenible</translation>
    </message>
    <message>
        <source>e.g. 13</source>
        <translation>p. ej. 13</translation>
    </message>
    <message>
        <source>Cooperation type</source>
        <translation>Tipo de cooperación</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Modalities</source>
        <translation>Modalidades</translation>
    </message>
    <message>
        <source>Years</source>
        <translation>Años</translation>
    </message>
    <message>
        <source>Start year</source>
        <translation>Año de inicio</translation>
    </message>
    <message>
        <source>to</source>
        <translation>a</translation>
    </message>
    <message>
        <source>End year</source>
        <translation>Año de fin</translation>
    </message>
    <message>
        <source>Challenge</source>
        <translation>Desafío</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Resultados</translation>
    </message>
    <message>
        <source>Sustainability and replication</source>
        <translation>Sostenibilidad y réplica</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Organizaciones</translation>
    </message>
    <message>
        <source>Funding mechanism</source>
        <translation>Mecanismo de financiación</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Presupuesto</translation>
    </message>
    <message>
        <source>Budget amount</source>
        <translation>Importe del presupuesto</translation>
    </message>
    <message>
        <source>e.g. 250000</source>
        <translation>p. ej. 250000</translation>
    </message>
    <message>
        <source>Currency:</source>
        <translation>Moneda:</translation>
    </message>
    <message>
        <source>Currency (ISO 4217 code)</source>
        <translation>Moneda (código ISO 4217)</translation>
    </message>
    <message>
        <source>USD</source>
        <translation>USD</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>Temas</translation>
    </message>
    <message>
        <source>Separate with commas</source>
        <translation>Separe con comas</translation>
    </message>
    <message>
        <source>Keywords</source>
        <translation>Palabras clave</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contactos</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>Enlaces</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Fuentes</translation>
    </message>
    <message>
        <source>Problems to fix before saving</source>
        <translation>Problemas que corregir antes de guardar</translation>
    </message>
</context>
<context>
    <name>StatusBar</name>
    <message numerus="yes">
        <source>%Ln solution(s) in the catalogue</source>
        <translation>
            <numerusform>%Ln solución en el catálogo</numerusform>
            <numerusform>%Ln soluciones en el catálogo</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln change(s) waiting for sync</source>
        <translation>
            <numerusform>%Ln cambio pendiente de sincronizar</numerusform>
            <numerusform>%Ln cambios pendientes de sincronizar</numerusform>
        </translation>
    </message>
    <message>
        <source>Opening the catalogue…</source>
        <translation>Abriendo el catálogo…</translation>
    </message>
    <message>
        <source>Last sync: %1</source>
        <translation>Última sincronización: %1</translation>
    </message>
    <message>
        <source>Last sync: never</source>
        <translation>Última sincronización: nunca</translation>
    </message>
    <message>
        <source>Hub: not configured</source>
        <translation>Hub: sin configurar</translation>
    </message>
    <message>
        <source>Hub: checking…</source>
        <translation>Hub: comprobando…</translation>
    </message>
    <message>
        <source>Hub: reachable</source>
        <translation>Hub: accesible</translation>
    </message>
    <message>
        <source>Hub: unreachable</source>
        <translation>Hub: inaccesible</translation>
    </message>
    <message>
        <source>Hub: a sign-in page is in the way</source>
        <translation>Hub: una página de inicio de sesión se interpone</translation>
    </message>
    <message>
        <source>Hub: versions do not match</source>
        <translation>Hub: versiones incompatibles</translation>
    </message>
    <message>
        <source>Hub: insecure address</source>
        <translation>Hub: dirección no segura</translation>
    </message>
    <message>
        <source>To sync, give the hub address and your office token in Settings.</source>
        <translation>Para sincronizar, indique la dirección del hub y el token de la oficina en la Configuración.</translation>
    </message>
    <message>
        <source>Opening…</source>
        <translation>Abriendo…</translation>
    </message>
    <message>
        <source>Preparing the search index…</source>
        <translation>Preparando el índice de búsqueda…</translation>
    </message>
    <message>
        <source>Search index unavailable</source>
        <translation>Índice de búsqueda no disponible</translation>
    </message>
    <message>
        <source>Catalogue size</source>
        <translation>Tamaño del catálogo</translation>
    </message>
    <message>
        <source>Last sync</source>
        <translation>Última sincronización</translation>
    </message>
    <message>
        <source>Hub connection</source>
        <translation>Conexión con el hub</translation>
    </message>
    <message>
        <source>Search index state</source>
        <translation>Estado del índice de búsqueda</translation>
    </message>
    <message>
        <source>Cancel sync</source>
        <translation>Cancelar la sincronización</translation>
    </message>
    <message>
        <source>Cancel the sync</source>
        <translation>Cancelar la sincronización</translation>
    </message>
</context>
<context>
    <name>SyncController</name>
    <message>
        <source>Cancelling the sync…</source>
        <translation>Cancelando la sincronización…</translation>
    </message>
    <message>
        <source>Applying the new sync settings…</source>
        <translation>Aplicando la nueva configuración de sincronización…</translation>
    </message>
    <message>
        <source>Cancel the sync</source>
        <translation>Cancelar la sincronización</translation>
    </message>
    <message>
        <source>Syncing with the hub…</source>
        <translation>Sincronizando con el hub…</translation>
    </message>
    <message>
        <source>Syncing: %1 received, %2 sent, %3 KB</source>
        <translation>Sincronizando: %1 recibidas, %2 enviadas, %3 KB</translation>
    </message>
    <message>
        <source>&amp;My contributions…</source>
        <extracomment>Settings should open (the sync needs a hub address and token)</extracomment>
        <translation>Mis &amp;contribuciones…</translation>
    </message>
    <message>
        <source>Where each solution you added or edited stands at the hub</source>
        <translation>En qué punto está en el hub cada solución que usted agregó o modificó</translation>
    </message>
    <message>
        <source>The sync stopped; what arrived is kept.</source>
        <translation>La sincronización se detuvo; lo recibido se conserva.</translation>
    </message>
    <message>
        <source>Synced: %1 received, %2 sent.</source>
        <translation>Sincronizado: %1 recibidas, %2 enviadas.</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) wait for a decision (ssc-desktop conflicts).</source>
        <translation>
            <numerusform>%n conflicto espera una decisión (ssc-desktop conflicts).</numerusform>
            <numerusform>%n conflictos esperan una decisión (ssc-desktop conflicts).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contribution(s) returned by a curator: see File ▸ My contributions.</source>
        <translation>
            <numerusform>%n contribución devuelta por un curador: vea Archivo ▸ Mis contribuciones.</numerusform>
            <numerusform>%n contribuciones devueltas por un curador: vea Archivo ▸ Mis contribuciones.</numerusform>
        </translation>
    </message>
    <message>
        <source>To sync, give the hub address and your office token in Settings.</source>
        <translation>Para sincronizar, indique la dirección del hub y el token de la oficina en la Configuración.</translation>
    </message>
    <message>
        <source>The sync did not complete; nothing was lost.</source>
        <translation>La sincronización no terminó; no se perdió nada.</translation>
    </message>
    <message>
        <source>S&amp;ync with the hub</source>
        <translation>Sincronizar con el &amp;hub</translation>
    </message>
    <message>
        <source>The office token was not kept.</source>
        <translation>No se guardó el token de la oficina.</translation>
    </message>
    <message>
        <source>The conflict could not be resolved.</source>
        <translation>No se pudo resolver el conflicto.</translation>
    </message>
    <message>
        <source>It will be sent again at the next sync.</source>
        <translation>Se reenviará en la próxima sincronización.</translation>
    </message>
    <message>
        <source>The contribution could not be sent again.</source>
        <translation>No se pudo reenviar la contribución.</translation>
    </message>
</context>
<context>
    <name>SyncHistoryDialog</name>
    <message>
        <source>Sync history</source>
        <translation>Historial de sincronizaciones</translation>
    </message>
    <message>
        <source>The last syncs of this catalogue, newest first. Copy them for support.</source>
        <translation>Las últimas sincronizaciones de este catálogo, las más recientes primero. Cópielas para el soporte.</translation>
    </message>
    <message>
        <source>This catalogue has not synced yet.</source>
        <translation>Este catálogo aún no se ha sincronizado.</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Columnas</translation>
    </message>
    <message>
        <source>Copy for support</source>
        <translation>Copiar para el soporte</translation>
    </message>
</context>
<context>
    <name>SyncHistoryModel</name>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Recibidos</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Enviados</translation>
    </message>
    <message>
        <source>KB moved</source>
        <translation>KB transferidos</translation>
    </message>
    <message>
        <source>Seconds</source>
        <translation>Segundos</translation>
    </message>
    <message>
        <source>Retries</source>
        <translation>Reintentos</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Completada</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Detenida</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fallida</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <source>Welcome to SSC Desktop</source>
        <translation>Bienvenido a SSC Desktop</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>Bienvenida</translation>
    </message>
    <message>
        <source>Everything works offline</source>
        <translation>Todo funciona sin conexión</translation>
    </message>
    <message>
        <source>The whole catalogue of Southern solutions is on this computer: search it, filter it and read every solution with its sources without any connection.</source>
        <translation>Todo el catálogo de soluciones del Sur está en este equipo: búsquelo, fíltrelo y lea cada solución con sus fuentes sin ninguna conexión.</translation>
    </message>
    <message>
        <source>Connect to a catalogue hub</source>
        <translation>Conectarse a un hub del catálogo</translation>
    </message>
    <message>
        <source>Give the hub address and the office token from your hub administrator in Settings: whenever a connection appears, new solutions come in and yours go out by themselves (or press F9). Without any connection, changes travel on a USB stick: File, Import a catalogue file or USB bundle, and File, Export my changes to a USB bundle.</source>
        <translation>Indique en la Configuración la dirección del hub y el token de la oficina que le dio el administrador del hub: en cuanto haya conexión, las soluciones nuevas llegan y las suyas salen solas (o pulse F9). Sin ninguna conexión, los cambios viajan en una memoria USB: Archivo, Importar un archivo de catálogo o un paquete USB, y Archivo, Exportar mis cambios a un paquete USB.</translation>
    </message>
    <message>
        <source>Print a mission brief</source>
        <translation>Imprimir una nota de misión</translation>
    </message>
    <message>
        <source>Add solutions to the mission basket (Ctrl+B), give the mission a title, destination and dates, then choose Make brief (Ctrl+P) to get a PDF that prints well on any office printer.</source>
        <translation>Añada soluciones a la cesta de la misión (Ctrl+B), dé a la misión un título, un destino y fechas, y elija Generar la nota (Ctrl+P) para obtener un PDF que se imprime bien en cualquier impresora de oficina.</translation>
    </message>
    <message>
        <source>Welcome text</source>
        <translation>Texto de bienvenida</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Empezar</translation>
    </message>
</context>
</TS>
