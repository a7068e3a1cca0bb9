<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About SSC Desktop</source>
        <translation>À propos de SSC Desktop</translation>
    </message>
    <message>
        <source>SSC Desktop</source>
        <translation>SSC Desktop</translation>
    </message>
    <message>
        <source>The offline catalogue of Southern solutions: South-South and triangular cooperation good practices for UN country offices.</source>
        <translation>Le catalogue hors ligne des solutions du Sud : bonnes pratiques de coopération Sud-Sud et triangulaire pour les bureaux de pays des Nations Unies.</translation>
    </message>
    <message>
        <source>Versions and folders</source>
        <translation>Versions et dossiers</translation>
    </message>
    <message>
        <source>Open the data folder</source>
        <translation>Ouvrir le dossier des données</translation>
    </message>
    <message>
        <source>Open the &amp;data folder</source>
        <translation>Ouvrir le dossier des &amp;données</translation>
    </message>
    <message>
        <source>Copy these details</source>
        <translation>Copier ces détails</translation>
    </message>
    <message>
        <source>&amp;Copy details</source>
        <translation>&amp;Copier les détails</translation>
    </message>
</context>
<context>
    <name>BasketController</name>
    <message numerus="yes">
        <source>Added %n solution(s) to the mission basket.</source>
        <translation>
            <numerusform>%n solution ajoutée au panier de mission.</numerusform>
            <numerusform>%n solutions ajoutées au panier de mission.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Emptied the basket (%n solution(s)). Ctrl+Z puts them back.</source>
        <translation>
            <numerusform>Panier vidé (%n solution). Ctrl+Z la remet.</numerusform>
            <numerusform>Panier vidé (%n solutions). Ctrl+Z les remet.</numerusform>
        </translation>
    </message>
    <message>
        <source>Empty the basket</source>
        <translation>Vider le panier</translation>
    </message>
    <message numerus="yes">
        <source>Add %n solution(s)</source>
        <translation>
            <numerusform>Ajouter %n solution</numerusform>
            <numerusform>Ajouter %n solutions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %n solution(s)</source>
        <translation>
            <numerusform>Retirer %n solution</numerusform>
            <numerusform>Retirer %n solutions</numerusform>
        </translation>
    </message>
    <message>
        <source>Reorder the basket</source>
        <translation>Réordonner le panier</translation>
    </message>
    <message>
        <source>Change the basket</source>
        <translation>Modifier le panier</translation>
    </message>
    <message>
        <source>mission-brief</source>
        <translation>note-de-mission</translation>
    </message>
    <message>
        <source>Save the mission brief</source>
        <translation>Enregistrer la note de mission</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Making the brief…</source>
        <translation>Préparation de la note…</translation>
    </message>
    <message>
        <source>Making the brief… %1 of %2</source>
        <translation>Préparation de la note… %1 sur %2</translation>
    </message>
    <message numerus="yes">
        <source>Brief saved (%Ln page(s)): %1</source>
        <translation>
            <numerusform>Note enregistrée (%Ln page) : %1</numerusform>
            <numerusform>Note enregistrée (%Ln pages) : %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Brief saved: %1</source>
        <translation>Note enregistrée : %1</translation>
    </message>
    <message>
        <source>The brief could not be made.</source>
        <translation>La note n’a pas pu être créée.</translation>
    </message>
    <message>
        <source>Remove from basket</source>
        <translation>Retirer du panier</translation>
    </message>
    <message>
        <source>Add to basket</source>
        <translation>Ajouter au panier</translation>
    </message>
    <message>
        <source>Remove from the mission basket</source>
        <translation>Retirer du panier de mission</translation>
    </message>
    <message>
        <source>Add to the mission basket</source>
        <translation>Ajouter au panier de mission</translation>
    </message>
    <message>
        <source>&amp;Undo: %1</source>
        <translation>&amp;Annuler : %1</translation>
    </message>
    <message>
        <source>&amp;Undo basket change</source>
        <translation>&amp;Annuler la modification du panier</translation>
    </message>
    <message>
        <source>&amp;Redo: %1</source>
        <translation>&amp;Rétablir : %1</translation>
    </message>
    <message>
        <source>&amp;Redo basket change</source>
        <translation>&amp;Rétablir la modification du panier</translation>
    </message>
    <message>
        <source>Add solutions to the basket first.</source>
        <translation>Ajoutez d’abord des solutions au panier.</translation>
    </message>
    <message>
        <source>Make a PDF brief of the basket (Ctrl+P).</source>
        <translation>Faire une note PDF du panier (Ctrl+P).</translation>
    </message>
    <message>
        <source>Mission basket</source>
        <translation>Panier de mission</translation>
    </message>
    <message>
        <source>As the interface</source>
        <translation>Comme l’interface</translation>
    </message>
    <message>
        <source>Empty: add solutions with Ctrl+B or drag them here.</source>
        <translation>Vide&#xa0;: ajoutez des solutions avec Ctrl+B ou faites-les glisser ici.</translation>
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
        <translation>Lettre US (8,5 × 11 po)</translation>
    </message>
    <message numerus="yes">
        <source>%n solution(s) of the basket, in its order.</source>
        <translation>
            <numerusform>%n solution du panier, dans son ordre.</numerusform>
            <numerusform>%n solutions du panier, dans son ordre.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Save the PDF…</source>
        <translation>&amp;Enregistrer le PDF…</translation>
    </message>
    <message>
        <source>Make a mission brief</source>
        <translation>Faire une note de mission</translation>
    </message>
    <message>
        <source>&amp;Paper size:</source>
        <translation>Format de &amp;papier :</translation>
    </message>
    <message>
        <source>Paper size</source>
        <translation>Format de papier</translation>
    </message>
    <message>
        <source>Prepared &amp;by:</source>
        <translation>Préparée &amp;par :</translation>
    </message>
    <message>
        <source>Prepared by (printed on the cover)</source>
        <translation>Préparée par (imprimé en couverture)</translation>
    </message>
    <message>
        <source>Your name and office (optional)</source>
        <translation>Votre nom et bureau (facultatif)</translation>
    </message>
    <message>
        <source>&amp;Grayscale, for black-and-white printers</source>
        <translation>En &amp;niveaux de gris, pour imprimante noir et blanc</translation>
    </message>
    <message>
        <source>&amp;Compact: at most one page per solution</source>
        <translation>&amp;Compacte : une page au plus par solution</translation>
    </message>
    <message>
        <source>&amp;Start each solution on a new page</source>
        <translation>Commencer chaque &amp;solution sur une nouvelle page</translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message>
        <source>Sync conflicts</source>
        <translation>Conflits de synchronisation</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Conflits</translation>
    </message>
    <message>
        <source>Another office changed the same field while you were offline. Read both values, then keep yours or take the hub&apos;s; the decision goes to the hub with the next sync.</source>
        <translation>Un autre bureau a modifié le même champ pendant que vous étiez hors ligne. Lisez les deux valeurs, puis gardez la vôtre ou prenez celle du hub ; la décision part vers le hub à la prochaine synchronisation.</translation>
    </message>
    <message>
        <source>My value</source>
        <translation>Ma valeur</translation>
    </message>
    <message>
        <source>The hub&apos;s value</source>
        <translation>La valeur du hub</translation>
    </message>
    <message>
        <source>&amp;Keep mine</source>
        <translation>&amp;Garder la mienne</translation>
    </message>
    <message>
        <source>&amp;Take theirs</source>
        <translation>&amp;Prendre celle du hub</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>La mienne</translation>
    </message>
    <message>
        <source>Theirs (hub)</source>
        <translation>Celle du hub</translation>
    </message>
    <message>
        <source>Nothing to decide: no change of yours conflicts with the hub&apos;s.</source>
        <translation>Rien à décider : aucune de vos modifications n’entre en conflit avec celles du hub.</translation>
    </message>
</context>
<context>
    <name>ConflictsModel</name>
    <message>
        <source>Solution</source>
        <translation>Solution</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>La mienne</translation>
    </message>
    <message>
        <source>Theirs (hub)</source>
        <translation>Celle du hub</translation>
    </message>
</context>
<context>
    <name>ContributionProblems</name>
    <message>
        <source>this is not an .xlsx workbook (an old .xls, a password-protected or damaged file?): save it as Excel Workbook (.xlsx) or as CSV UTF-8</source>
        <translation>ce n’est pas un classeur .xlsx (un ancien .xls, un fichier protégé par mot de passe ou abîmé ?) : enregistrez-le en Classeur Excel (.xlsx) ou en CSV UTF-8</translation>
    </message>
    <message>
        <source>the file is damaged or not a workbook</source>
        <translation>le fichier est abîmé ou n’est pas un classeur</translation>
    </message>
    <message>
        <source>the file is too large (the most read is %d)</source>
        <translation>le fichier est trop gros (au plus %d)</translation>
    </message>
    <message>
        <source>the workbook contains macros, which are never opened: save it as Excel Workbook (.xlsx)</source>
        <translation>le classeur contient des macros, qui ne sont jamais ouvertes : enregistrez-le en Classeur Excel (.xlsx)</translation>
    </message>
    <message>
        <source>cells %v are merged: unmerge them, one value a cell</source>
        <translation>les cellules %v sont fusionnées : annulez la fusion, une valeur par cellule</translation>
    </message>
    <message>
        <source>no sheet of this workbook is a contribution template: make one with File ▸ Contribution template</source>
        <translation>aucune feuille de ce classeur n’est un modèle de contributions : créez-en un avec Fichier ▸ Modèle de contributions</translation>
    </message>
    <message>
        <source>the column %c is missing</source>
        <translation>la colonne %c manque</translation>
    </message>
    <message>
        <source>unknown column heading “%v”</source>
        <translation>en-tête de colonne inconnu « %v »</translation>
    </message>
    <message>
        <source>the column %c appears twice</source>
        <translation>la colonne %c apparaît deux fois</translation>
    </message>
    <message>
        <source>the sheet has more than %d filled rows, the most one import takes: split it</source>
        <translation>la feuille a plus de %d lignes remplies, le maximum d’une importation : divisez-la</translation>
    </message>
    <message>
        <source>the sheet has no filled row</source>
        <translation>la feuille n’a aucune ligne remplie</translation>
    </message>
    <message>
        <source>the file is not UTF-8 text: save it as CSV UTF-8</source>
        <translation>le fichier n’est pas du texte UTF-8 : enregistrez-le en CSV UTF-8</translation>
    </message>
    <message>
        <source>holds a formula (%v); formulas are never run: type the value itself</source>
        <translation>contient une formule (%v) ; les formules ne sont jamais calculées : tapez la valeur elle-même</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>est obligatoire</translation>
    </message>
    <message>
        <source>“%v” is not %d</source>
        <translation>« %v » n’est pas %d</translation>
    </message>
    <message>
        <source>unknown country “%v”</source>
        <translation>pays inconnu « %v »</translation>
    </message>
    <message>
        <source>unknown role “%v”</source>
        <translation>rôle inconnu « %v »</translation>
    </message>
    <message>
        <source>“%v” is not one of the list&apos;s values</source>
        <translation>« %v » n’est pas une des valeurs de la liste</translation>
    </message>
    <message>
        <source>SDG %v does not exist (goals are 1 to 17)</source>
        <translation>l’ODD %v n’existe pas (les objectifs vont de 1 à 17)</translation>
    </message>
    <message>
        <source>“%v” is not in the form %d</source>
        <translation>« %v » n’a pas la forme %d</translation>
    </message>
    <message>
        <source>“%v” needs its %d</source>
        <translation>« %v » : il manque son %d</translation>
    </message>
    <message>
        <source>is longer than %d characters</source>
        <translation>dépasse %d caractères</translation>
    </message>
    <message>
        <source>has more than %d words</source>
        <translation>a plus de %d mots</translation>
    </message>
    <message>
        <source>“%v” is not a year from %d</source>
        <translation>« %v » n’est pas une année de %d</translation>
    </message>
    <message>
        <source>the end year is before the start year</source>
        <translation>l’année de fin est avant l’année de début</translation>
    </message>
    <message>
        <source>a budget needs a currency (such as USD)</source>
        <translation>un budget a besoin d’une devise (par exemple USD)</translation>
    </message>
    <message>
        <source>“%v” is not a currency code (three letters such as USD)</source>
        <translation>« %v » n’est pas un code de devise (trois lettres comme USD)</translation>
    </message>
    <message>
        <source>“%v” is not a web address</source>
        <translation>« %v » n’est pas une adresse web</translation>
    </message>
    <message>
        <source>“%v” is not an e-mail address</source>
        <translation>« %v » n’est pas une adresse électronique</translation>
    </message>
    <message>
        <source>“%v” is listed twice</source>
        <translation>« %v » figure deux fois</translation>
    </message>
    <message>
        <source>contains a control character</source>
        <translation>contient un caractère de contrôle</translation>
    </message>
    <message>
        <source>the reference “%v” is already used by row %d</source>
        <translation>la référence « %v » est déjà celle de la ligne %d</translation>
    </message>
    <message>
        <source>a value in a column without a heading</source>
        <translation>une valeur dans une colonne sans en-tête</translation>
    </message>
    <message>
        <source>not valid: %d</source>
        <translation>pas valable : %d</translation>
    </message>
    <message>
        <source>a year</source>
        <translation>une année</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>un nombre</translation>
    </message>
    <message>
        <source>text</source>
        <translation>du texte</translation>
    </message>
    <message>
        <source>an SDG number</source>
        <translation>un numéro d’ODD</translation>
    </message>
    <message>
        <source>role</source>
        <translation>rôle</translation>
    </message>
    <message>
        <source>type</source>
        <translation>type</translation>
    </message>
    <message>
        <source>row %1</source>
        <translation>ligne %1</translation>
    </message>
    <message>
        <source>cell %1</source>
        <translation>cellule %1</translation>
    </message>
    <message>
        <source>(and %1 more)</source>
        <translation>(et %1 de plus)</translation>
    </message>
</context>
<context>
    <name>Contributions</name>
    <message>
        <source>Waiting to be sent</source>
        <translation>En attente d’envoi</translation>
    </message>
    <message>
        <source>In review at the hub</source>
        <translation>En examen au hub</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Publiée</translation>
    </message>
    <message>
        <source>Returned by the curator</source>
        <translation>Renvoyée par le curateur</translation>
    </message>
    <message>
        <source>Replaced by a newer version</source>
        <translation>Remplacée par une version plus récente</translation>
    </message>
</context>
<context>
    <name>ContributionsDialog</name>
    <message>
        <source>My contributions</source>
        <translation>Mes contributions</translation>
    </message>
    <message>
        <source>Contributions</source>
        <translation>Contributions</translation>
    </message>
    <message>
        <source>The solutions this office made or edited, and where each stands at the hub. A returned one is still yours: correct it (Edit) and it is sent at the next sync.</source>
        <translation>Les solutions que ce bureau a créées ou modifiées, et où en est chacune au hub. Une contribution renvoyée reste la vôtre : corrigez-la (Modifier) et elle part à la prochaine synchronisation.</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Afficher :</translation>
    </message>
    <message>
        <source>No contributions yet: the solutions you add or edit are listed here, with where they stand at the hub.</source>
        <translation>Aucune contribution pour l’instant : les solutions que vous ajoutez ou modifiez sont listées ici, avec où elles en sont au hub.</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message>
        <source>Send &amp;again</source>
        <translation>&amp;Renvoyer</translation>
    </message>
    <message>
        <source>Send the returned contribution again as it is, at the next sync</source>
        <translation>Renvoyer la contribution telle quelle, à la prochaine synchronisation</translation>
    </message>
    <message>
        <source>&amp;Copy for support</source>
        <translation>&amp;Copier pour l’assistance</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Toutes</translation>
    </message>
</context>
<context>
    <name>ContributionsModel</name>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Your reference</source>
        <translation>Votre référence</translation>
    </message>
    <message>
        <source>Curator&apos;s comment</source>
        <translation>Commentaire du curateur</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Envoyée</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>Décidée</translation>
    </message>
    <message>
        <source>(deleted)</source>
        <translation>(supprimée)</translation>
    </message>
</context>
<context>
    <name>DetailController</name>
    <message>
        <source>It will be sent again at the next sync.</source>
        <extracomment>the solution shown changed (or was loaded): actions that depend on it are updated</extracomment>
        <translation>Elle sera renvoyée à la prochaine synchronisation.</translation>
    </message>
    <message>
        <source>The contribution could not be sent again.</source>
        <translation>La contribution n’a pas pu être renvoyée.</translation>
    </message>
    <message>
        <source>Saved. The change waits for the next sync.</source>
        <translation>Enregistré. La modification attend la prochaine synchronisation.</translation>
    </message>
    <message>
        <source>The solution could not be saved.</source>
        <translation>La solution n’a pas pu être enregistrée.</translation>
    </message>
</context>
<context>
    <name>DetailRenderer</name>
    <message>
        <source>Select a solution in the list to see everything about it here.</source>
        <translation>Choisissez une solution dans la liste pour tout voir d’elle ici.</translation>
    </message>
    <message>
        <source>This solution is no longer in the catalogue.</source>
        <translation>Cette solution ne figure plus dans le catalogue.</translation>
    </message>
    <message>
        <source>English</source>
        <translation>anglais</translation>
    </message>
    <message>
        <source>French</source>
        <translation>français</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>espagnol</translation>
    </message>
    <message>
        <source>Arabic</source>
        <translation>arabe</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>russe</translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation>chinois</translation>
    </message>
    <message>
        <source>machine translation, not reviewed</source>
        <translation>traduction automatique, non révisée</translation>
    </message>
    <message>
        <source>machine translation, reviewed by %1</source>
        <translation>traduction automatique, révisée par %1</translation>
    </message>
    <message>
        <source>machine translation, reviewed</source>
        <translation>traduction automatique, révisée</translation>
    </message>
    <message>
        <source>translated by the office %1</source>
        <translation>traduit par le bureau %1</translation>
    </message>
    <message>
        <source>translated by a country office</source>
        <translation>traduit par un bureau de pays</translation>
    </message>
    <message>
        <source>translated by %1</source>
        <translation>traduit par %1</translation>
    </message>
    <message>
        <source>translated by a person</source>
        <translation>traduit par une personne</translation>
    </message>
    <message>
        <source>Show the original</source>
        <translation>Voir l’original</translation>
    </message>
    <message>
        <source>Show the translation</source>
        <translation>Voir la traduction</translation>
    </message>
    <message>
        <source>Translated from %1 (%2).</source>
        <translation>Traduit de l’original en %1 (%2).</translation>
    </message>
    <message>
        <source>May be out of date: the original has changed since.</source>
        <translation>Peut-être plus à jour : l’original a changé depuis.</translation>
    </message>
    <message>
        <source>Original text in %1.</source>
        <translation>Texte original en %1.</translation>
    </message>
    <message>
        <source>Not translated into %1 yet.</source>
        <translation>Pas encore traduit en %1.</translation>
    </message>
    <message>
        <source>Waiting to be sent</source>
        <translation>En attente d’envoi</translation>
    </message>
    <message>
        <source>Sent — in review at the hub</source>
        <translation>Envoyée — en examen au hub</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Publiée</translation>
    </message>
    <message>
        <source>Returned by the curator:</source>
        <translation>Renvoyée par le curateur :</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Modifier</translation>
    </message>
    <message>
        <source>Send again as it is</source>
        <translation>Renvoyer telle quelle</translation>
    </message>
    <message>
        <source>Correct it and it is sent again at the next sync.</source>
        <translation>Corrigez-la et elle sera renvoyée à la prochaine synchronisation.</translation>
    </message>
    <message>
        <source>Replaced at the hub by a newer version you sent</source>
        <translation>Remplacée au hub par une version plus récente que vous avez envoyée</translation>
    </message>
    <message>
        <source>other</source>
        <translation>secondaire</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>Liens</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <source>link</source>
        <translation>lien</translation>
    </message>
    <message>
        <source>Made on this computer</source>
        <translation>Créée sur cet ordinateur</translation>
    </message>
    <message>
        <source>Local change waiting for sync</source>
        <translation>Modification locale en attente de synchronisation</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Organisations</translation>
    </message>
    <message>
        <source>Cooperation</source>
        <translation>Coopération</translation>
    </message>
    <message>
        <source>Modalities</source>
        <translation>Modalités</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Years</source>
        <translation>Années</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>Funding</source>
        <translation>Financement</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>Thèmes</translation>
    </message>
    <message>
        <source>Keywords</source>
        <translation>Mots-clés</translation>
    </message>
    <message>
        <source>Challenge</source>
        <translation>Défi</translation>
    </message>
    <message>
        <source>Solution</source>
        <translation>Solution</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Résultats</translation>
    </message>
    <message>
        <source>Sustainability and replication</source>
        <translation>Durabilité et reproduction</translation>
    </message>
    <message numerus="yes">
        <source>%n private contact(s), kept on this computer (see Edit).</source>
        <translation>
            <numerusform>%n contact privé, conservé sur cet ordinateur (voir Modifier).</numerusform>
            <numerusform>%n contacts privés, conservés sur cet ordinateur (voir Modifier).</numerusform>
        </translation>
    </message>
    <message>
        <source>paragraph %1</source>
        <translation>paragraphe %1</translation>
    </message>
    <message>
        <source>Id %1 · revision %2 · updated %3</source>
        <translation>Id %1 · révision %2 · mise à jour le %3</translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <source>SSC Desktop may not write there: %1</source>
        <translation>SSC Desktop n’a pas le droit d’écrire ici : %1</translation>
    </message>
    <message>
        <source>A file could not be read or written: %1</source>
        <translation>Un fichier n’a pas pu être lu ou écrit : %1</translation>
    </message>
    <message>
        <source>An unexpected error happened (%1).</source>
        <translation>Une erreur inattendue s’est produite (%1).</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>Un problème est survenu</translation>
    </message>
    <message>
        <source>&amp;Copy details</source>
        <translation>&amp;Copier les détails</translation>
    </message>
    <message>
        <source>Copy the error details</source>
        <translation>Copier les détails de l’erreur</translation>
    </message>
    <message>
        <source>Error details</source>
        <translation>Détails de l’erreur</translation>
    </message>
    <message>
        <source>The window keeps working.</source>
        <translation>La fenêtre continue de fonctionner.</translation>
    </message>
    <message>
        <source>The details are also in the log file %1.</source>
        <translation>Les détails figurent aussi dans le journal %1.</translation>
    </message>
    <message numerus="yes">
        <source>%1 (and %n more problem(s))</source>
        <translation>
            <numerusform>%1 (et %n autre problème)</numerusform>
            <numerusform>%1 (et %n autres problèmes)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FilesController</name>
    <message>
        <source>Import a catalogue file or USB bundle</source>
        <translation>Importer un fichier de catalogue ou un paquet USB</translation>
    </message>
    <message>
        <source>Export my changes to a USB bundle</source>
        <translation>Exporter mes modifications dans un paquet USB</translation>
    </message>
    <message>
        <source>USB bundles (*.sscbundle);;All files (*)</source>
        <translation>Paquets USB (*.sscbundle);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Export the listed solutions</source>
        <translation>Exporter les solutions listées</translation>
    </message>
    <message>
        <source>Contribution &amp;template…</source>
        <translation>&amp;Modèle de contributions…</translation>
    </message>
    <message>
        <source>Save a spreadsheet to fill with your office&apos;s solutions, then import it</source>
        <translation>Enregistrer une feuille à remplir avec les solutions de votre bureau, puis l’importer</translation>
    </message>
    <message>
        <source>Catalogue files, contribution templates and USB bundles (*.json *.csv *.xlsx *.sscbundle);;All files (*)</source>
        <translation>Fichiers de catalogue, modèles de contributions et paquets USB (*.json *.csv *.xlsx *.sscbundle);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Catalogue file, JSON (*.json);;Spreadsheet, CSV (*.csv);;Contribution sheet, Excel (*.xlsx)</source>
        <translation>Fichier de catalogue, JSON (*.json);;Tableur, CSV (*.csv);;Feuille de contributions, Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Save a contribution template</source>
        <translation>Enregistrer un modèle de contributions</translation>
    </message>
    <message>
        <source>contributions</source>
        <translation>contributions</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv)</source>
        <translation>Classeur Excel (*.xlsx);;CSV, UTF-8 (*.csv)</translation>
    </message>
    <message>
        <source>Rows to correct</source>
        <translation>Lignes à corriger</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) of %1 have problems; nothing was imported.</source>
        <translation>
            <numerusform>%n ligne de %1 a des problèmes ; rien n’a été importé.</numerusform>
            <numerusform>%n lignes de %1 ont des problèmes ; rien n’a été importé.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Correct them and import the file again, or import the %n good row(s) now and the others later.</source>
        <translation>
            <numerusform>Corrigez-les et importez de nouveau le fichier, ou importez maintenant la bonne ligne et les autres plus tard.</numerusform>
            <numerusform>Corrigez-les et importez de nouveau le fichier, ou importez maintenant les %n bonnes lignes et les autres plus tard.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import the good rows</source>
        <translation>Importer les bonnes lignes</translation>
    </message>
    <message>
        <source>Import nothing</source>
        <translation>Ne rien importer</translation>
    </message>
    <message>
        <source>Correct them and import the file again.</source>
        <translation>Corrigez-les et importez de nouveau le fichier.</translation>
    </message>
    <message>
        <source>The file was not imported; nothing was changed: %1</source>
        <translation>Le fichier n’a pas été importé ; rien n’a changé : %1</translation>
    </message>
    <message>
        <source>The file was not imported; nothing was changed.</source>
        <translation>Le fichier n’a pas été importé ; rien n’a été modifié.</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>Importation de %1…</translation>
    </message>
    <message>
        <source>The hub&apos;s key</source>
        <translation>La clé du hub</translation>
    </message>
    <message>
        <source>This catalogue has not met the hub that signed this bundle yet (its key&apos;s fingerprint: %1). Type the hub key your administrator gave you; compare the fingerprint with theirs.</source>
        <translation>Ce catalogue ne connaît pas encore le hub qui a signé ce paquet (empreinte de sa clé : %1). Saisissez la clé du hub donnée par votre administrateur ; comparez l’empreinte avec la sienne.</translation>
    </message>
    <message>
        <source>Contributions imported: %1 new, %2 updated, %3 unchanged; they are sent at the next sync.</source>
        <translation>Contributions importées : %1 nouvelles, %2 mises à jour, %3 inchangées ; elles partent à la prochaine synchronisation.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) left out, to correct.</source>
        <translation>
            <numerusform>%n ligne laissée de côté, à corriger.</numerusform>
            <numerusform>%n lignes laissées de côté, à corriger.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>USB bundle imported: %Ln solution(s) received.</source>
        <translation>
            <numerusform>Paquet USB importé : %Ln solution reçue.</numerusform>
            <numerusform>Paquet USB importé : %Ln solutions reçues.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) wait for a decision (ssc-desktop conflicts).</source>
        <translation>
            <numerusform>%n conflit attend une décision (ssc-desktop conflicts).</numerusform>
            <numerusform>%n conflits attendent une décision (ssc-desktop conflicts).</numerusform>
        </translation>
    </message>
    <message>
        <source>Imported: %1 new, %2 updated, %3 unchanged, %4 kept (local edits).</source>
        <translation>Importé : %1 nouvelle(s), %2 mise(s) à jour, %3 inchangée(s), %4 conservée(s) (modifications locales).</translation>
    </message>
    <message numerus="yes">
        <source>%n changed without a new revision: taken as your edit(s), sent at the next sync.</source>
        <translation>
            <numerusform>%n modifiée sans nouvelle révision : prise comme votre modification, envoyée à la prochaine synchronisation.</numerusform>
            <numerusform>%n modifiées sans nouvelle révision : prises comme vos modifications, envoyées à la prochaine synchronisation.</numerusform>
        </translation>
    </message>
    <message>
        <source>Template saved as %1: fill one row a solution, then File ▸ Import it.</source>
        <translation>Modèle enregistré sous %1 : une ligne par solution, puis Fichier ▸ Importer.</translation>
    </message>
    <message>
        <source>The template was not saved.</source>
        <translation>Le modèle n’a pas été enregistré.</translation>
    </message>
    <message>
        <source>The list is empty: nothing to export.</source>
        <translation>La liste est vide : rien à exporter.</translation>
    </message>
    <message numerus="yes">
        <source>%n solution(s) written to %1.</source>
        <translation>
            <numerusform>%n solution écrite dans %1.</numerusform>
            <numerusform>%n solutions écrites dans %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The solutions were not written.</source>
        <translation>Les solutions n’ont pas été écrites.</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) written to %1: take it to the hub.</source>
        <translation>
            <numerusform>%n modification écrite dans %1 : portez-le au hub.</numerusform>
            <numerusform>%n modifications écrites dans %1 : portez-le au hub.</numerusform>
        </translation>
    </message>
    <message>
        <source>No USB bundle was written.</source>
        <translation>Aucun paquet USB n’a été écrit.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>The catalogue could not be opened.</source>
        <translation>Le catalogue n’a pas pu être ouvert.</translation>
    </message>
    <message>
        <source>The catalogue could not be opened: %1</source>
        <translation>Le catalogue n’a pas pu être ouvert : %1</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>Filtres</translation>
    </message>
    <message>
        <source>My private &amp;note:</source>
        <translation>Ma &amp;note privée :</translation>
    </message>
    <message>
        <source>S&amp;ync with the hub</source>
        <translation>&amp;Synchroniser avec le hub</translation>
    </message>
    <message>
        <source>Add to basket</source>
        <translation>Ajouter au panier</translation>
    </message>
    <message>
        <source>Add to the mission basket</source>
        <translation>Ajouter au panier de mission</translation>
    </message>
    <message>
        <source>Menu bar</source>
        <translation>Barre de menus</translation>
    </message>
    <message>
        <source>Status bar</source>
        <translation>Barre d’état</translation>
    </message>
    <message>
        <source>Mission basket</source>
        <translation>Panier de mission</translation>
    </message>
    <message>
        <source>SSC Desktop</source>
        <translation>SSC Desktop</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Chercher :</translation>
    </message>
    <message>
        <source>Search the catalogue</source>
        <translation>Rechercher dans le catalogue</translation>
    </message>
    <message>
        <source>Words, &quot;a phrase&quot;, or -word to leave out. Results appear as you type.</source>
        <translation>Des mots, « une expression » ou -mot pour l’exclure. Les résultats s’affichent au fil de la saisie.</translation>
    </message>
    <message>
        <source>Words, &quot;a phrase&quot;, -leave out</source>
        <translation>Mots, « une expression », -exclure</translation>
    </message>
    <message>
        <source>S&amp;ort:</source>
        <translation>&amp;Trier :</translation>
    </message>
    <message>
        <source>Sort results by</source>
        <translation>Trier les résultats par</translation>
    </message>
    <message>
        <source>Relevance</source>
        <translation>Pertinence</translation>
    </message>
    <message>
        <source>Newest</source>
        <translation>Plus récentes</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Number of results</source>
        <translation>Nombre de résultats</translation>
    </message>
    <message>
        <source>Search hint</source>
        <translation>Conseil de recherche</translation>
    </message>
    <message>
        <source>Clear all filters</source>
        <translation>Effacer tous les filtres</translation>
    </message>
    <message>
        <source>C&amp;lear all</source>
        <translation>Effacer to&amp;ut</translation>
    </message>
    <message>
        <source>Find a filter</source>
        <translation>Trouver un filtre</translation>
    </message>
    <message>
        <source>Find a country, goal…</source>
        <translation>Trouver un pays, un objectif…</translation>
    </message>
    <message>
        <source>Tick values to narrow the results. Space ticks or unticks.</source>
        <translation>Cochez des valeurs pour affiner les résultats. Espace coche ou décoche.</translation>
    </message>
    <message>
        <source>Results as a list or a map</source>
        <translation>Résultats en liste ou sur une carte</translation>
    </message>
    <message>
        <source>List</source>
        <translation>Liste</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Résultats</translation>
    </message>
    <message>
        <source>Solutions that match. Ctrl+B adds the selected one to the mission basket.</source>
        <translation>Solutions correspondantes. Ctrl+B ajoute celle choisie au panier de mission.</translation>
    </message>
    <message>
        <source>Ma&amp;p</source>
        <translation>Car&amp;te</translation>
    </message>
    <message>
        <source>Details of the selected solution</source>
        <translation>Détails de la solution choisie</translation>
    </message>
    <message>
        <source>Edit this solution</source>
        <translation>Modifier cette solution</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <source>Private note</source>
        <translation>Note privée</translation>
    </message>
    <message>
        <source>Never exported, synced or printed. Saved as you type.</source>
        <translation>Jamais exportée, synchronisée ni imprimée. Enregistrée au fil de la saisie.</translation>
    </message>
    <message>
        <source>&amp;Mission:</source>
        <translation>Missi&amp;on :</translation>
    </message>
    <message>
        <source>Mission title</source>
        <translation>Titre de la mission</translation>
    </message>
    <message>
        <source>e.g. Scoping mission on school feeding</source>
        <translation>par ex. Mission exploratoire sur l’alimentation scolaire</translation>
    </message>
    <message>
        <source>&amp;Destination:</source>
        <translation>&amp;Destination :</translation>
    </message>
    <message>
        <source>Mission destination</source>
        <translation>Destination de la mission</translation>
    </message>
    <message>
        <source>e.g. Nairobi, Kenya</source>
        <translation>par ex. Nairobi, Kenya</translation>
    </message>
    <message>
        <source>D&amp;ates:</source>
        <translation>Date&amp;s :</translation>
    </message>
    <message>
        <source>Mission start date</source>
        <translation>Date de début de la mission</translation>
    </message>
    <message>
        <source>to</source>
        <translation>au</translation>
    </message>
    <message>
        <source>Mission end date</source>
        <translation>Date de fin de la mission</translation>
    </message>
    <message>
        <source>Brief lan&amp;guage:</source>
        <translation>Lan&amp;gue de la note :</translation>
    </message>
    <message>
        <source>Language of the brief</source>
        <translation>Langue de la note</translation>
    </message>
    <message>
        <source>Solutions in the mission basket</source>
        <translation>Solutions du panier de mission</translation>
    </message>
    <message>
        <source>Drag to reorder, or use Alt+Up and Alt+Down. Delete removes.</source>
        <translation>Faites glisser pour réordonner, ou utilisez Alt+Haut et Alt+Bas. Suppr retire.</translation>
    </message>
    <message>
        <source>Remove from the basket</source>
        <translation>Retirer du panier</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>Ret&amp;irer</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <source>Move up (Alt+Up)</source>
        <translation>Monter (Alt+Haut)</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <source>Move down (Alt+Down)</source>
        <translation>Descendre (Alt+Bas)</translation>
    </message>
    <message>
        <source>Make a mission brief</source>
        <translation>Faire une note de mission</translation>
    </message>
    <message>
        <source>Make &amp;brief…</source>
        <translation>&amp;Générer la note…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Recherche</translation>
    </message>
    <message>
        <source>&amp;Mission</source>
        <translation>&amp;Mission</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <source>&amp;New local solution…</source>
        <translation>&amp;Nouvelle solution locale…</translation>
    </message>
    <message>
        <source>&amp;Edit solution…</source>
        <translation>&amp;Modifier la solution…</translation>
    </message>
    <message>
        <source>Sync &amp;history…</source>
        <translation>&amp;Historique des synchronisations…</translation>
    </message>
    <message>
        <source>&amp;Import a catalogue file or USB bundle…</source>
        <translation>&amp;Importer un fichier de catalogue ou un paquet USB…</translation>
    </message>
    <message>
        <source>Export the &amp;listed solutions to a file…</source>
        <translation>Exporter les solutions &amp;listées dans un fichier…</translation>
    </message>
    <message>
        <source>E&amp;xport my changes to a USB bundle…</source>
        <translation>E&amp;xporter mes modifications dans un paquet USB…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Rechercher</translation>
    </message>
    <message>
        <source>&amp;Clear search</source>
        <translation>&amp;Effacer la recherche</translation>
    </message>
    <message>
        <source>Clear all &amp;filters</source>
        <translation>Effacer tous les &amp;filtres</translation>
    </message>
    <message>
        <source>Sort by &amp;relevance</source>
        <translation>Trier par &amp;pertinence</translation>
    </message>
    <message>
        <source>Sort by &amp;newest</source>
        <translation>Trier par les plus ré&amp;centes</translation>
    </message>
    <message>
        <source>Sort by &amp;title</source>
        <translation>Trier par &amp;titre</translation>
    </message>
    <message>
        <source>&amp;Add to basket / remove</source>
        <translation>&amp;Ajouter au panier / retirer</translation>
    </message>
    <message>
        <source>&amp;Show basket</source>
        <translation>Afficher le &amp;panier</translation>
    </message>
    <message>
        <source>&amp;Remove from basket</source>
        <translation>&amp;Retirer du panier</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>&amp;Monter</translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation>&amp;Descendre</translation>
    </message>
    <message>
        <source>&amp;Empty the basket</source>
        <translation>&amp;Vider le panier</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>&amp;Filters</source>
        <translation>&amp;Filtres</translation>
    </message>
    <message>
        <source>&amp;Results</source>
        <translation>&amp;Résultats</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>&amp;Détails</translation>
    </message>
    <message>
        <source>Mission &amp;basket</source>
        <translation>&amp;Panier de mission</translation>
    </message>
    <message>
        <source>Reset &amp;layout</source>
        <translation>Réinitialiser la dispositi&amp;on</translation>
    </message>
    <message>
        <source>Open the &amp;data folder</source>
        <translation>Ouvrir le dossier des &amp;données</translation>
    </message>
    <message>
        <source>Open the &amp;log file</source>
        <translation>Ouvrir le &amp;journal</translation>
    </message>
    <message>
        <source>Resolve sync &amp;conflicts…</source>
        <translation>Résoudre les &amp;conflits de synchronisation…</translation>
    </message>
    <message>
        <source>&amp;Welcome and first steps</source>
        <translation>&amp;Bienvenue et premiers pas</translation>
    </message>
    <message>
        <source>&amp;About SSC Desktop</source>
        <translation>À &amp;propos de SSC Desktop</translation>
    </message>
</context>
<context>
    <name>MapController</name>
    <message>
        <source>The map could not be drawn.</source>
        <translation>La carte n’a pas pu être dessinée.</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Décompte…</translation>
    </message>
    <message>
        <source>%1 solutions listed · %2 provider → recipient pairs</source>
        <translation>%1 solutions listées · %2 paires fournisseur → bénéficiaire</translation>
    </message>
    <message>
        <source>(the %1 strongest drawn)</source>
        <translation>(les %1 plus fortes dessinées)</translation>
    </message>
    <message>
        <source>%1 solutions · %2 countries</source>
        <translation>%1 solutions · %2 pays</translation>
    </message>
    <message>
        <source>(counting…)</source>
        <translation>(décompte…)</translation>
    </message>
    <message>
        <source>All roles</source>
        <translation>Tous les rôles</translation>
    </message>
    <message>
        <source>Countries involved in any role</source>
        <translation>Pays concernés, quel que soit leur rôle</translation>
    </message>
    <message>
        <source>As provider</source>
        <translation>Comme fournisseur</translation>
    </message>
    <message>
        <source>Countries sharing their solution</source>
        <translation>Pays qui partagent leur solution</translation>
    </message>
    <message>
        <source>As recipient</source>
        <translation>Comme bénéficiaire</translation>
    </message>
    <message>
        <source>Countries taking a solution up</source>
        <translation>Pays qui adoptent une solution</translation>
    </message>
    <message>
        <source>Exchanges</source>
        <translation>Échanges</translation>
    </message>
    <message>
        <source>Arcs from provider to recipient countries, thicker for more solutions</source>
        <translation>Arcs des pays fournisseurs vers les pays bénéficiaires, plus épais pour plus de solutions</translation>
    </message>
    <message>
        <source>Zoom in (+ or the mouse wheel)</source>
        <translation>Zoom avant (+ ou la molette)</translation>
    </message>
    <message>
        <source>Zoom out (-)</source>
        <translation>Zoom arrière (-)</translation>
    </message>
    <message>
        <source>Whole world</source>
        <translation>Monde entier</translation>
    </message>
    <message>
        <source>Show the whole world (0)</source>
        <translation>Afficher le monde entier (0)</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>Carte</translation>
    </message>
    <message>
        <source>Solutions per country. Drag or use the arrow keys to move, + and - to zoom. The Filters panel (Ctrl+1) lists the same countries.</source>
        <translation>Solutions par pays. Faites glisser ou utilisez les flèches pour vous déplacer, + et - pour zoomer. Le panneau Filtres (Ctrl+1) liste les mêmes pays.</translation>
    </message>
</context>
<context>
    <name>MapWidget</name>
    <message>
        <source>Solutions: %1</source>
        <extracomment>The polyline provider → recipient as segments: the first and the last (drawn with flat caps, so the arc ends where it should) and those between (square caps, which close the small gaps flat caps leave on the outside of each bend). What an arcs layer was drawn for: the arcs&apos; version, the widget&apos;s size, its pixel ratio and the view&apos;s transform (zoom and pan). How many times the arcs layer was drawn (a repaint that only blits it adds none).</extracomment>
        <translation>Solutions : %1</translation>
    </message>
    <message>
        <source>as provider: %1</source>
        <translation>comme fournisseur : %1</translation>
    </message>
    <message>
        <source>as recipient: %1</source>
        <translation>comme bénéficiaire : %1</translation>
    </message>
    <message>
        <source>as partner: %1</source>
        <translation>comme partenaire : %1</translation>
    </message>
    <message>
        <source>as funder: %1</source>
        <translation>comme bailleur : %1</translation>
    </message>
    <message>
        <source>Exchanges: %1 out, %2 in</source>
        <translation>Échanges : %1 sortants, %2 entrants</translation>
    </message>
    <message>
        <source>Filtered by this country (click to remove)</source>
        <translation>Filtré sur ce pays (cliquer pour retirer)</translation>
    </message>
    <message>
        <source>Click to filter by this country</source>
        <translation>Cliquer pour filtrer sur ce pays</translation>
    </message>
    <message>
        <source>Solutions per pair (provider → recipient)</source>
        <translation>Solutions par paire (fournisseur → bénéficiaire)</translation>
    </message>
    <message>
        <source>Solutions per country</source>
        <translation>Solutions par pays</translation>
    </message>
    <message>
        <source>Solutions per country, as provider</source>
        <translation>Solutions par pays, comme fournisseur</translation>
    </message>
    <message>
        <source>Solutions per country, as recipient</source>
        <translation>Solutions par pays, comme bénéficiaire</translation>
    </message>
    <message>
        <source>no exchanges</source>
        <translation>aucun échange</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
</context>
<context>
    <name>SearchController</name>
    <message>
        <source>The search index is ready.</source>
        <translation>L’index de recherche est prêt.</translation>
    </message>
    <message>
        <source>The search index could not be built; words are matched simply for now.</source>
        <translation>L’index de recherche n’a pas pu être construit ; les mots sont cherchés simplement pour l’instant.</translation>
    </message>
    <message>
        <source>The search failed.</source>
        <translation>La recherche a échoué.</translation>
    </message>
    <message numerus="yes">
        <source>Showing the best %1 of %Ln solution(s)</source>
        <translation>
            <numerusform>Les %1 meilleures sur %Ln solution</numerusform>
            <numerusform>Les %1 meilleures sur %Ln solutions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln solution(s)</source>
        <translation>
            <numerusform>%Ln solution</numerusform>
            <numerusform>%Ln solutions</numerusform>
        </translation>
    </message>
    <message>
        <source>Did you mean %1?</source>
        <translation>Vouliez-vous dire %1 ?</translation>
    </message>
    <message>
        <source>Search %1 instead?</source>
        <translation>Chercher plutôt %1&#xa0;?</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>Filtres</translation>
    </message>
    <message>
        <source>(counting…)</source>
        <translation>(décompte…)</translation>
    </message>
    <message>
        <source>No filter matches “%1”.</source>
        <translation>Aucun filtre ne correspond à « %1 ».</translation>
    </message>
    <message>
        <source>Goals (SDGs)</source>
        <translation>Objectifs (ODD)</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Modality</source>
        <translation>Modalité</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Année</translation>
    </message>
    <message>
        <source>Local</source>
        <translation>Locale</translation>
    </message>
    <message>
        <source>Waiting for sync</source>
        <translation>En attente de synchro</translation>
    </message>
    <message>
        <source>In basket</source>
        <translation>Dans le panier</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
</context>
<context>
    <name>SearchNotices</name>
    <message>
        <source>Nothing matches the words as typed; showing results for “%1”.</source>
        <translation>Rien ne correspond aux mots tels que saisis ; résultats pour « %1 ».</translation>
    </message>
    <message>
        <source>No solution has all these words; showing those with some.</source>
        <translation>Aucune solution n’a tous ces mots ; voici celles qui en ont certains.</translation>
    </message>
    <message>
        <source>Nothing matches. Try fewer or other words, or clear filters.</source>
        <translation>Aucun résultat. Essayez moins de mots ou d’autres mots, ou effacez les filtres.</translation>
    </message>
    <message>
        <source>Type a word to search.</source>
        <translation>Tapez un mot pour chercher.</translation>
    </message>
    <message>
        <source>The search index is being prepared: simple word matching.</source>
        <translation>L’index de recherche est en préparation : recherche simple des mots.</translation>
    </message>
    <message>
        <source>The search index is being built; results will appear in a moment.</source>
        <translation>L’index de recherche est en construction ; les résultats vont apparaître dans un instant.</translation>
    </message>
    <message>
        <source>The search index is not ready yet.</source>
        <translation>L’index de recherche n’est pas encore prêt.</translation>
    </message>
    <message>
        <source>Nothing is called “%1” in %2:; did you mean “%3”?</source>
        <translation>Rien ne s’appelle « %1 » dans %2: ; vouliez-vous dire « %3 » ?</translation>
    </message>
    <message>
        <source>Nothing is called “%1” in %2:.</source>
        <translation>Rien ne s’appelle « %1 » dans %2:.</translation>
    </message>
    <message>
        <source>There is no %1: filter (filters: %2).</source>
        <translation>Il n’y a pas de filtre %1: (filtres : %2).</translation>
    </message>
    <message>
        <source>%1: needs a value, for example %1:%2.</source>
        <translation>%1: attend une valeur, par exemple %1:%2.</translation>
    </message>
    <message>
        <source>Only the first %1 characters of the query were used.</source>
        <translation>Seuls les %1 premiers caractères de la recherche ont été utilisés.</translation>
    </message>
    <message>
        <source>No solution in the catalogue involves %1 yet.</source>
        <translation>Aucune solution du catalogue ne concerne encore %1.</translation>
    </message>
    <message>
        <source>Only the first %1 words were used.</source>
        <translation>Seuls les %1 premiers mots ont été utilisés.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>System default</source>
        <translation>Celle du système</translation>
    </message>
    <message>
        <source>A4 (210 × 297 mm)</source>
        <translation>A4 (210 × 297 mm)</translation>
    </message>
    <message>
        <source>US Letter (8.5 × 11 in)</source>
        <translation>Lettre US (8,5 × 11 po)</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>Sans limite</translation>
    </message>
    <message>
        <source>%1 MB, then the rest next time</source>
        <translation>%1 Mo, puis le reste la fois suivante</translation>
    </message>
    <message>
        <source>A token is remembered; type a new one only to replace it</source>
        <translation>Jeton enregistré ; en saisir un autre pour le remplacer</translation>
    </message>
    <message>
        <source>The token your hub administrator gave this office</source>
        <translation>Le jeton remis à ce bureau par l’administrateur du hub</translation>
    </message>
    <message>
        <source>Off (sync only when I ask, F9)</source>
        <translation>Désactivée (synchroniser seulement à la demande, F9)</translation>
    </message>
    <message numerus="yes">
        <source>Every %n hour(s) while the hub answers</source>
        <translation>
            <numerusform>Toutes les heures tant que le hub répond</numerusform>
            <numerusform>Toutes les %n heures tant que le hub répond</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Every %n minute(s) while the hub answers</source>
        <translation>
            <numerusform>Toutes les %n minute tant que le hub répond</numerusform>
            <numerusform>Toutes les %n minutes tant que le hub répond</numerusform>
        </translation>
    </message>
    <message>
        <source>Give the hub&apos;s address, e.g. https://hub.example.org.</source>
        <translation>Indiquez l’adresse du hub, par ex. https://hub.example.org.</translation>
    </message>
    <message>
        <source>Will be saved as %1</source>
        <translation>Sera enregistrée ainsi : %1</translation>
    </message>
    <message>
        <source>From your hub administrator; https:// is added when left out.</source>
        <translation>Donnée par l’administrateur du hub ; https:// est ajouté s’il manque.</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Sync with the hub</source>
        <translation>Synchronisation avec le hub</translation>
    </message>
    <message>
        <source>&amp;Hub address:</source>
        <translation>Adresse du &amp;hub :</translation>
    </message>
    <message>
        <source>Hub address</source>
        <translation>Adresse du hub</translation>
    </message>
    <message>
        <source>https://hub.example.org</source>
        <translation>https://hub.example.org</translation>
    </message>
    <message>
        <source>Office &amp;token:</source>
        <translation>&amp;Jeton du bureau :</translation>
    </message>
    <message>
        <source>Office token</source>
        <translation>Jeton du bureau</translation>
    </message>
    <message>
        <source>&amp;Automatic sync:</source>
        <translation>Synchronisation &amp;automatique :</translation>
    </message>
    <message>
        <source>Automatic sync</source>
        <translation>Synchronisation automatique</translation>
    </message>
    <message>
        <source>&amp;Data per sync:</source>
        <translation>&amp;Données par synchronisation :</translation>
    </message>
    <message>
        <source>Most data one sync may use</source>
        <translation>Données maximales par synchronisation</translation>
    </message>
    <message>
        <source>Interface and briefs</source>
        <translation>Interface et notes</translation>
    </message>
    <message>
        <source>Interface &amp;language:</source>
        <translation>&amp;Langue de l’interface :</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>Langue de l’interface</translation>
    </message>
    <message>
        <source>&amp;Paper size for briefs:</source>
        <translation>Format de &amp;papier des notes :</translation>
    </message>
    <message>
        <source>Paper size for briefs</source>
        <translation>Format de papier des notes</translation>
    </message>
</context>
<context>
    <name>SolutionForm</name>
    <message>
        <source>Unknown country: “%1”. Use an ISO 3166 code (e.g. KEN) or a name.</source>
        <translation>Pays inconnu : « %1 ». Indiquez un code ISO 3166 (par ex. KEN) ou un nom.</translation>
    </message>
    <message>
        <source>“%1” is not an SDG: goals are numbered 1 to 17.</source>
        <translation>« %1 » n’est pas un ODD : les objectifs sont numérotés de 1 à 17.</translation>
    </message>
    <message>
        <source>The budget must be a number, e.g. 250000.</source>
        <translation>Le budget doit être un nombre, par ex. 250000.</translation>
    </message>
    <message>
        <source>A title is required.</source>
        <translation>Un titre est obligatoire.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Countries: %1</source>
        <extracomment>The languages a translation can be edited in (the record&apos;s own is &quot;the original&quot;). The translatable texts: the form&apos;s widget keys (``TRANSLATABLE_FIELDS``). Each language named in itself, as the selector lists it.</extracomment>
        <translation>Pays : %1</translation>
    </message>
    <message>
        <source>ISO codes or names, e.g. KEN, Brazil</source>
        <translation>Codes ISO ou noms, par ex. KEN, Brésil</translation>
    </message>
    <message>
        <source>Acronym</source>
        <translation>Sigle</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Public</source>
        <translation>Public</translation>
    </message>
    <message>
        <source>Address (https://…)</source>
        <translation>Adresse (https://…)</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Libellé</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Paragraph</source>
        <translation>Paragraphe</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Original (%1)</source>
        <translation>Original (%1)</translation>
    </message>
    <message>
        <source>%1 translation</source>
        <translation>Traduction : %1</translation>
    </message>
    <message>
        <source>%1 translation (new)</source>
        <translation>Traduction : %1 (nouvelle)</translation>
    </message>
    <message>
        <source>You are editing the %1 translation of the texts (the original&apos;s are shown in grey in empty fields). The other fields are the same in every language; a translation with every text empty is removed.</source>
        <translation>Vous modifiez la traduction des textes (%1) ; ceux de l’original apparaissent en gris dans les champs vides. Les autres champs sont les mêmes dans toutes les langues ; une traduction dont tous les textes sont vides est supprimée.</translation>
    </message>
    <message>
        <source>A translation needs a title.</source>
        <translation>Une traduction doit avoir un titre.</translation>
    </message>
    <message>
        <source>row %1: %2</source>
        <translation>ligne %1 : %2</translation>
    </message>
    <message>
        <source>Original: %1</source>
        <translation>Original : %1</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) to fix before saving. First: %1</source>
        <translation>
            <numerusform>%n problème à corriger avant d’enregistrer. Le premier : %1</numerusform>
            <numerusform>%n problèmes à corriger avant d’enregistrer. Le premier : %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Discard changes?</source>
        <translation>Abandonner les modifications ?</translation>
    </message>
    <message>
        <source>Close the form without saving your changes?</source>
        <translation>Fermer le formulaire sans enregistrer vos modifications ?</translation>
    </message>
    <message>
        <source>New local solution</source>
        <translation>Nouvelle solution locale</translation>
    </message>
    <message>
        <source>Edit solution</source>
        <translation>Modifier la solution</translation>
    </message>
    <message>
        <source>Solution</source>
        <translation>Solution</translation>
    </message>
    <message>
        <source>Fields marked * are required. Your changes are kept on this computer and sent to the hub at the next sync.</source>
        <translation>Les champs marqués * sont obligatoires. Vos modifications restent sur cet ordinateur et partent vers le hub à la prochaine synchronisation.</translation>
    </message>
    <message>
        <source>Te&amp;xts in:</source>
        <translation>Te&amp;xtes en :</translation>
    </message>
    <message>
        <source>Language of the texts being edited</source>
        <translation>Langue des textes modifiés</translation>
    </message>
    <message>
        <source>Edit the original texts, or add or correct their translation into another language. The other fields are the same in every language.</source>
        <translation>Modifier les textes originaux, ou ajouter ou corriger leur traduction dans une autre langue. Les autres champs sont les mêmes dans toutes les langues.</translation>
    </message>
    <message>
        <source>Translated &amp;by:</source>
        <translation>Traduit &amp;par :</translation>
    </message>
    <message>
        <source>Translated by (your name; blank: your office)</source>
        <translation>Traduit par (votre nom ; vide : votre bureau)</translation>
    </message>
    <message>
        <source>Your name (blank: your office)</source>
        <translation>Votre nom (vide : votre bureau)</translation>
    </message>
    <message>
        <source>Solution fields</source>
        <translation>Champs de la solution</translation>
    </message>
    <message>
        <source>Title *</source>
        <translation>Titre *</translation>
    </message>
    <message>
        <source>Title (required)</source>
        <translation>Titre (obligatoire)</translation>
    </message>
    <message>
        <source>What the solution is called</source>
        <translation>Le nom de la solution</translation>
    </message>
    <message>
        <source>Subtitle</source>
        <translation>Sous-titre</translation>
    </message>
    <message>
        <source>One line</source>
        <translation>Une ligne</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <source>Summary (at most 60 words)</source>
        <translation>Résumé (60 mots au plus)</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>The countries involved, by role: ISO codes (e.g. KEN) or names, separated by commas.</source>
        <translation>Les pays concernés, par rôle : codes ISO (par ex. KEN) ou noms, séparés par des virgules.</translation>
    </message>
    <message>
        <source>Countries by role</source>
        <translation>Pays par rôle</translation>
    </message>
    <message>
        <source>Main SDGs</source>
        <translation>ODD principaux</translation>
    </message>
    <message>
        <source>Main Sustainable Development Goals</source>
        <translation>Objectifs de développement durable principaux</translation>
    </message>
    <message>
        <source>Goal numbers 1 to 17, e.g. 2, 7</source>
        <translation>Numéros d’objectif de 1 à 17, par ex. 2, 7</translation>
    </message>
    <message>
        <source>Other SDGs</source>
        <translation>Autres ODD</translation>
    </message>
    <message>
        <source>Other Sustainable Development Goals</source>
        <translation>Autres objectifs de développement durable</translation>
    </message>
    <message>
        <source>e.g. 13</source>
        <translation>par ex. 13</translation>
    </message>
    <message>
        <source>Cooperation type</source>
        <translation>Type de coopération</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Modalities</source>
        <translation>Modalités</translation>
    </message>
    <message>
        <source>Years</source>
        <translation>Années</translation>
    </message>
    <message>
        <source>Start year</source>
        <translation>Année de début</translation>
    </message>
    <message>
        <source>to</source>
        <translation>à</translation>
    </message>
    <message>
        <source>End year</source>
        <translation>Année de fin</translation>
    </message>
    <message>
        <source>Challenge</source>
        <translation>Défi</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Résultats</translation>
    </message>
    <message>
        <source>Sustainability and replication</source>
        <translation>Durabilité et reproduction</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Organisations</translation>
    </message>
    <message>
        <source>Funding mechanism</source>
        <translation>Mécanisme de financement</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>Budget amount</source>
        <translation>Montant du budget</translation>
    </message>
    <message>
        <source>e.g. 250000</source>
        <translation>par ex. 250000</translation>
    </message>
    <message>
        <source>Currency:</source>
        <translation>Devise :</translation>
    </message>
    <message>
        <source>Currency (ISO 4217 code)</source>
        <translation>Devise (code ISO 4217)</translation>
    </message>
    <message>
        <source>USD</source>
        <translation>USD</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>Thèmes</translation>
    </message>
    <message>
        <source>Separate with commas</source>
        <translation>Séparez par des virgules</translation>
    </message>
    <message>
        <source>Keywords</source>
        <translation>Mots-clés</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>Liens</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <source>Problems to fix before saving</source>
        <translation>Problèmes à corriger avant d’enregistrer</translation>
    </message>
</context>
<context>
    <name>StatusBar</name>
    <message numerus="yes">
        <source>%Ln solution(s) in the catalogue</source>
        <translation>
            <numerusform>%Ln solution dans le catalogue</numerusform>
            <numerusform>%Ln solutions dans le catalogue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln change(s) waiting for sync</source>
        <translation>
            <numerusform>%Ln modification en attente de synchronisation</numerusform>
            <numerusform>%Ln modifications en attente de synchronisation</numerusform>
        </translation>
    </message>
    <message>
        <source>Opening the catalogue…</source>
        <translation>Ouverture du catalogue…</translation>
    </message>
    <message>
        <source>Last sync: %1</source>
        <translation>Dernière synchro : %1</translation>
    </message>
    <message>
        <source>Last sync: never</source>
        <translation>Dernière synchro : jamais</translation>
    </message>
    <message>
        <source>Hub: not configured</source>
        <translation>Hub : non configuré</translation>
    </message>
    <message>
        <source>Hub: checking…</source>
        <translation>Hub : vérification…</translation>
    </message>
    <message>
        <source>Hub: reachable</source>
        <translation>Hub : accessible</translation>
    </message>
    <message>
        <source>Hub: unreachable</source>
        <translation>Hub : inaccessible</translation>
    </message>
    <message>
        <source>Hub: a sign-in page is in the way</source>
        <translation>Hub : une page de connexion fait obstacle</translation>
    </message>
    <message>
        <source>Hub: versions do not match</source>
        <translation>Hub : versions incompatibles</translation>
    </message>
    <message>
        <source>Hub: insecure address</source>
        <translation>Hub : adresse non sécurisée</translation>
    </message>
    <message>
        <source>To sync, give the hub address and your office token in Settings.</source>
        <translation>Pour synchroniser, indiquez l’adresse du hub et le jeton du bureau dans les Paramètres.</translation>
    </message>
    <message>
        <source>Opening…</source>
        <translation>Ouverture…</translation>
    </message>
    <message>
        <source>Preparing the search index…</source>
        <translation>Préparation de l’index de recherche…</translation>
    </message>
    <message>
        <source>Search index unavailable</source>
        <translation>Index de recherche indisponible</translation>
    </message>
    <message>
        <source>Catalogue size</source>
        <translation>Taille du catalogue</translation>
    </message>
    <message>
        <source>Last sync</source>
        <translation>Dernière synchronisation</translation>
    </message>
    <message>
        <source>Hub connection</source>
        <translation>Connexion au hub</translation>
    </message>
    <message>
        <source>Search index state</source>
        <translation>État de l’index de recherche</translation>
    </message>
    <message>
        <source>Cancel sync</source>
        <translation>Annuler la synchro</translation>
    </message>
    <message>
        <source>Cancel the sync</source>
        <translation>Annuler la synchronisation</translation>
    </message>
</context>
<context>
    <name>SyncController</name>
    <message>
        <source>Cancelling the sync…</source>
        <translation>Annulation de la synchronisation…</translation>
    </message>
    <message>
        <source>Applying the new sync settings…</source>
        <translation>Application des nouveaux réglages de synchronisation…</translation>
    </message>
    <message>
        <source>Cancel the sync</source>
        <translation>Annuler la synchronisation</translation>
    </message>
    <message>
        <source>Syncing with the hub…</source>
        <translation>Synchronisation avec le hub…</translation>
    </message>
    <message>
        <source>Syncing: %1 received, %2 sent, %3 KB</source>
        <translation>Synchronisation : %1 reçues, %2 envoyées, %3 Ko</translation>
    </message>
    <message>
        <source>&amp;My contributions…</source>
        <extracomment>Settings should open (the sync needs a hub address and token)</extracomment>
        <translation>Mes &amp;contributions…</translation>
    </message>
    <message>
        <source>Where each solution you added or edited stands at the hub</source>
        <translation>Où en est au hub chaque solution que vous avez ajoutée ou modifiée</translation>
    </message>
    <message>
        <source>The sync stopped; what arrived is kept.</source>
        <translation>La synchronisation s’est arrêtée ; ce qui est arrivé est conservé.</translation>
    </message>
    <message>
        <source>Synced: %1 received, %2 sent.</source>
        <translation>Synchronisé : %1 reçues, %2 envoyées.</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) wait for a decision (ssc-desktop conflicts).</source>
        <translation>
            <numerusform>%n conflit attend une décision (ssc-desktop conflicts).</numerusform>
            <numerusform>%n conflits attendent une décision (ssc-desktop conflicts).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contribution(s) returned by a curator: see File ▸ My contributions.</source>
        <translation>
            <numerusform>%n contribution renvoyée par un curateur : voir Fichier ▸ Mes contributions.</numerusform>
            <numerusform>%n contributions renvoyées par un curateur : voir Fichier ▸ Mes contributions.</numerusform>
        </translation>
    </message>
    <message>
        <source>To sync, give the hub address and your office token in Settings.</source>
        <translation>Pour synchroniser, indiquez l’adresse du hub et le jeton du bureau dans les Paramètres.</translation>
    </message>
    <message>
        <source>The sync did not complete; nothing was lost.</source>
        <translation>La synchronisation n’a pas abouti ; rien n’a été perdu.</translation>
    </message>
    <message>
        <source>S&amp;ync with the hub</source>
        <translation>&amp;Synchroniser avec le hub</translation>
    </message>
    <message>
        <source>The office token was not kept.</source>
        <translation>Le jeton du bureau n’a pas été enregistré.</translation>
    </message>
    <message>
        <source>The conflict could not be resolved.</source>
        <translation>Le conflit n’a pas pu être résolu.</translation>
    </message>
    <message>
        <source>It will be sent again at the next sync.</source>
        <translation>Elle sera renvoyée à la prochaine synchronisation.</translation>
    </message>
    <message>
        <source>The contribution could not be sent again.</source>
        <translation>La contribution n’a pas pu être renvoyée.</translation>
    </message>
</context>
<context>
    <name>SyncHistoryDialog</name>
    <message>
        <source>Sync history</source>
        <translation>Historique des synchronisations</translation>
    </message>
    <message>
        <source>The last syncs of this catalogue, newest first. Copy them for support.</source>
        <translation>Les dernières synchronisations de ce catalogue, les plus récentes d’abord. Copiez-les pour l’assistance.</translation>
    </message>
    <message>
        <source>This catalogue has not synced yet.</source>
        <translation>Ce catalogue ne s’est encore jamais synchronisé.</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Colonnes</translation>
    </message>
    <message>
        <source>Copy for support</source>
        <translation>Copier pour l’assistance</translation>
    </message>
</context>
<context>
    <name>SyncHistoryModel</name>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Reçues</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Envoyées</translation>
    </message>
    <message>
        <source>KB moved</source>
        <translation>Ko échangés</translation>
    </message>
    <message>
        <source>Seconds</source>
        <translation>Secondes</translation>
    </message>
    <message>
        <source>Retries</source>
        <translation>Reprises</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminée</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Arrêtée</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échouée</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <source>Welcome to SSC Desktop</source>
        <translation>Bienvenue dans SSC Desktop</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>Bienvenue</translation>
    </message>
    <message>
        <source>Everything works offline</source>
        <translation>Tout fonctionne hors ligne</translation>
    </message>
    <message>
        <source>The whole catalogue of Southern solutions is on this computer: search it, filter it and read every solution with its sources without any connection.</source>
        <translation>Tout le catalogue des solutions du Sud est sur cet ordinateur : cherchez, filtrez et lisez chaque solution avec ses sources, sans aucune connexion.</translation>
    </message>
    <message>
        <source>Connect to a catalogue hub</source>
        <translation>Se connecter à un hub de catalogue</translation>
    </message>
    <message>
        <source>Give the hub address and the office token from your hub administrator in Settings: whenever a connection appears, new solutions come in and yours go out by themselves (or press F9). Without any connection, changes travel on a USB stick: File, Import a catalogue file or USB bundle, and File, Export my changes to a USB bundle.</source>
        <translation>Indiquez dans les Paramètres l’adresse du hub et le jeton du bureau fournis par l’administrateur du hub : dès qu’une connexion apparaît, les nouvelles solutions arrivent et les vôtres partent d’elles-mêmes (ou appuyez sur F9). Sans connexion, les modifications voyagent sur une clé USB : Fichier, Importer un fichier de catalogue ou un paquet USB, et Fichier, Exporter mes modifications dans un paquet USB.</translation>
    </message>
    <message>
        <source>Print a mission brief</source>
        <translation>Imprimer une note de mission</translation>
    </message>
    <message>
        <source>Add solutions to the mission basket (Ctrl+B), give the mission a title, destination and dates, then choose Make brief (Ctrl+P) to get a PDF that prints well on any office printer.</source>
        <translation>Ajoutez des solutions au panier de mission (Ctrl+B), donnez à la mission un titre, une destination et des dates, puis choisissez Générer la note (Ctrl+P) pour obtenir un PDF qui s’imprime bien sur n’importe quelle imprimante de bureau.</translation>
    </message>
    <message>
        <source>Welcome text</source>
        <translation>Texte de bienvenue</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Commencer</translation>
    </message>
</context>
</TS>
