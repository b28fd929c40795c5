<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="fr">
    <context>
        <name>ActionDialog</name>
        <message>
            <location filename="../../essdesk/ui/action_dialog.py" line="49"></location>
            <source>Nouvelle action</source>
            <translation>New action</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/action_dialog.py" line="49"></location>
            <source>Modifier l'action</source>
            <translation>Edit action</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/action_dialog.py" line="63"></location>
            <source>— aucun —</source>
            <translation>— none —</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/action_dialog.py" line="70"></location>
            <source>ex. 12 500 ou 12 500,50</source>
            <translation>e.g. 12 500 or 12 500,50</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/action_dialog.py" line="81"></location>
            <source>&amp;Intitulé *</source>
            <translation>T&amp;itle *</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/action_dialog.py" line="81"></location>
            <source>&amp;Statut</source>
            <translation>&amp;Status</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/action_dialog.py" line="82"></location>
            <source>&amp;Priorité</source>
            <translation>&amp;Priority</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/action_dialog.py" line="82"></location>
            <source>Pi&amp;lote</source>
            <translation>&amp;Lead</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/action_dialog.py" line="83"></location>
            <source>&amp;Début</source>
            <translation>St&amp;art</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/action_dialog.py" line="83"></location>
            <source>&amp;Fin (échéance)</source>
            <translation>&amp;End (due date)</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/action_dialog.py" line="84"></location>
            <source>&amp;Budget (€)</source>
            <translation>&amp;Budget (€)</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/action_dialog.py" line="84"></location>
            <source>Fina&amp;ncement</source>
            <translation>&amp;Funding</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/action_dialog.py" line="85"></location>
            <source>Le&amp;viers liés</source>
            <translation>Linked le&amp;vers</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/action_dialog.py" line="86"></location>
            <source>P&amp;artenaires</source>
            <translation>Pa&amp;rtners</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/action_dialog.py" line="87"></location>
            <source>Indi&amp;cateur</source>
            <translation>Indi&amp;cator</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/action_dialog.py" line="87"></location>
            <source>No&amp;tes</source>
            <translation>No&amp;tes</translation>
        </message>
        <message numerus="yes">
            <location filename="../../essdesk/ui/action_dialog.py" line="123"></location>
            <source>%n leviers…</source>
            <translation>
                <numerusform>%n lever…</numerusform>
                <numerusform>%n levers…</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../essdesk/ui/action_dialog.py" line="124"></location>
            <source>%n partenaires…</source>
            <translation>
                <numerusform>%n partner…</numerusform>
                <numerusform>%n partners…</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/action_dialog.py" line="127"></location>
            <source>Leviers liés</source>
            <translation>Linked levers</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/action_dialog.py" line="133"></location>
            <source>Partenaires</source>
            <translation>Partners</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/action_dialog.py" line="142"></location>
            <source>Saisissez l'intitulé de l'action.</source>
            <translation>Enter the title of the action.</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/action_dialog.py" line="147"></location>
            <source>Montant invalide : saisissez un nombre d'euros, par exemple 12 500,50.</source>
            <translation>Invalid amount: enter a number of euros, for example 12 500,50.</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/action_dialog.py" line="151"></location>
            <source>La fin ne peut pas précéder le début.</source>
            <translation>The end cannot come before the start.</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/action_dialog.py" line="163"></location>
            <source>Ajouter l'action %1</source>
            <translation>Add action %1</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/action_dialog.py" line="170"></location>
            <source>Modifier l'action %1</source>
            <translation>Edit action %1</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/action_dialog.py" line="174"></location>
            <source>Validez de nouveau quand le serveur répond.</source>
            <translation>Confirm again once the server answers.</translation>
        </message>
    </context>
    <context>
        <name>ActionsModel</name>
        <message>
            <location filename="../../essdesk/ui/models/actions.py" line="37"></location>
            <source>Action</source>
            <translation>Action</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/models/actions.py" line="37"></location>
            <source>Statut</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/models/actions.py" line="37"></location>
            <source>Priorité</source>
            <translation>Priority</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/models/actions.py" line="37"></location>
            <source>Pilote</source>
            <translation>Lead</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/models/actions.py" line="38"></location>
            <source>Étapes</source>
            <translation>Steps</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/models/actions.py" line="38"></location>
            <source>Début</source>
            <translation>Start</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/models/actions.py" line="38"></location>
            <source>Échéance</source>
            <translation>Due date</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/models/actions.py" line="38"></location>
            <source>Budget</source>
            <translation>Budget</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/models/actions.py" line="84"></location>
            <source>En retard : l'échéance du %1 est passée.</source>
            <translation>Overdue: the due date of %1 has passed.</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/models/actions.py" line="86"></location>
            <source>Leviers : %1</source>
            <translation>Levers: %1</translation>
        </message>
    </context>
    <context>
        <name>ActionsView</name>
        <message>
            <location filename="../../essdesk/ui/actions_view.py" line="36"></location>
            <source>Plan d'action</source>
            <translation>Action plan</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/actions_view.py" line="42"></location>
            <source>Filtrer par statut</source>
            <translation>Filter by status</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/actions_view.py" line="42"></location>
            <source>Tous les statuts</source>
            <translation>All statuses</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/actions_view.py" line="44"></location>
            <source>Filtrer par étape</source>
            <translation>Filter by step</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/actions_view.py" line="44"></location>
            <source>Toutes les étapes</source>
            <translation>All steps</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/actions_view.py" line="46"></location>
            <source>Filtrer par priorité</source>
            <translation>Filter by priority</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/actions_view.py" line="46"></location>
            <source>Toutes les priorités</source>
            <translation>All priorities</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/actions_view.py" line="48"></location>
            <source>Filtrer par pilote</source>
            <translation>Filter by lead</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/actions_view.py" line="48"></location>
            <source>Tous les pilotes</source>
            <translation>All leads</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/actions_view.py" line="49"></location>
            <source>En retard seulement</source>
            <translation>Overdue only</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/actions_view.py" line="63"></location>
            <source>Tableau des actions</source>
            <translation>Table of actions</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/actions_view.py" line="84"></location>
            <source>Ajouter une action…</source>
            <translation>Add an action…</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/actions_view.py" line="86"></location>
            <source>Modifier…</source>
            <translation>Edit…</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/actions_view.py" line="87"></location>
            <source>Supprimer</source>
            <translation>Delete</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/actions_view.py" line="88"></location>
            <source>Les actions en retard sont surlignées en rouge.</source>
            <translation>Overdue actions are highlighted in red.</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/actions_view.py" line="140"></location>
            <source>Tous : %1</source>
            <translation>All %1</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/actions_view.py" line="141"></location>
            <source>Filtrer par %1</source>
            <translation>Filter by %1</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/actions_view.py" line="143"></location>
            <source>%1 %2</source>
            <translation>%1 %2</translation>
        </message>
        <message numerus="yes">
            <location filename="../../essdesk/ui/actions_view.py" line="190"></location>
            <source>%n actions</source>
            <translation>
                <numerusform>%n action</numerusform>
                <numerusform>%n actions</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../essdesk/ui/actions_view.py" line="190"></location>
            <source>%n réalisées</source>
            <translation>
                <numerusform>%n done</numerusform>
                <numerusform>%n done</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../essdesk/ui/actions_view.py" line="191"></location>
            <source>%n en retard</source>
            <translation>
                <numerusform>%n overdue</numerusform>
                <numerusform>%n overdue</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/actions_view.py" line="227"></location>
            <source>Supprimer l'action %1</source>
            <translation>Delete action %1</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/actions_view.py" line="229"></location>
            <source>Action supprimée (Ctrl+Z pour annuler).</source>
            <translation>Action deleted (Ctrl+Z to undo).</translation>
        </message>
    </context>
    <context>
        <name>ActorDialog</name>
        <message>
            <location filename="../../essdesk/ui/actor_dialog.py" line="36"></location>
            <source>Nouvel acteur</source>
            <translation>New actor</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/actor_dialog.py" line="36"></location>
            <source>Modifier l'acteur</source>
            <translation>Edit actor</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/actor_dialog.py" line="43"></location>
            <source>Structure de l'économie sociale et solidaire</source>
            <translation>Social and solidarity economy organisation</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/actor_dialog.py" line="62"></location>
            <source>&amp;Nom *</source>
            <translation>&amp;Name *</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/actor_dialog.py" line="62"></location>
            <source>ESS</source>
            <translation>SSE</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/actor_dialog.py" line="63"></location>
            <source>&amp;Catégorie</source>
            <translation>&amp;Category</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/actor_dialog.py" line="64"></location>
            <source>&amp;Maillon de la chaîne de valeur</source>
            <translation>Value chain &amp;link</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/actor_dialog.py" line="65"></location>
            <source>&amp;Rôle dans la filière</source>
            <translation>&amp;Role in the sector</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/actor_dialog.py" line="65"></location>
            <source>C&amp;ommune</source>
            <translation>&amp;Municipality</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/actor_dialog.py" line="66"></location>
            <source>&amp;Personne de contact</source>
            <translation>Contact &amp;person</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/actor_dialog.py" line="66"></location>
            <source>Co&amp;urriel</source>
            <translation>&amp;Email</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/actor_dialog.py" line="67"></location>
            <source>&amp;Téléphone</source>
            <translation>P&amp;hone</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/actor_dialog.py" line="67"></location>
            <source>No&amp;tes</source>
            <translation>No&amp;tes</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/actor_dialog.py" line="118"></location>
            <source>Saisissez le nom de l'acteur.</source>
            <translation>Enter the actor's name.</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/actor_dialog.py" line="124"></location>
            <source>Ajouter l'acteur %1</source>
            <translation>Add actor %1</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/actor_dialog.py" line="131"></location>
            <source>Modifier l'acteur %1</source>
            <translation>Edit actor %1</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/actor_dialog.py" line="135"></location>
            <source>Validez de nouveau quand le serveur répond.</source>
            <translation>Confirm again once the server answers.</translation>
        </message>
    </context>
    <context>
        <name>ActorsModel</name>
        <message>
            <location filename="../../essdesk/ui/models/actors.py" line="61"></location>
            <source>Nom</source>
            <translation>Name</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/models/actors.py" line="61"></location>
            <location filename="../../essdesk/ui/models/actors.py" line="69"></location>
            <source>ESS</source>
            <translation>SSE</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/models/actors.py" line="61"></location>
            <source>Catégorie</source>
            <translation>Category</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/models/actors.py" line="61"></location>
            <source>Maillon</source>
            <translation>Link</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/models/actors.py" line="62"></location>
            <source>Commune</source>
            <translation>Municipality</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/models/actors.py" line="62"></location>
            <source>Rôle</source>
            <translation>Role</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/models/actors.py" line="62"></location>
            <source>Contact</source>
            <translation>Contact</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/models/actors.py" line="69"></location>
            <source>Hors ESS</source>
            <translation>Non-SSE</translation>
        </message>
    </context>
    <context>
        <name>ActorsView</name>
        <message>
            <location filename="../../essdesk/ui/actors_view.py" line="81"></location>
            <source>Acteurs de la filière</source>
            <translation>Actors of the sector</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/actors_view.py" line="88"></location>
            <source>Rechercher dans toutes les colonnes…</source>
            <translation>Search all columns…</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/actors_view.py" line="90"></location>
            <source>Rechercher un acteur</source>
            <translation>Search for an actor</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/actors_view.py" line="93"></location>
            <source>Filtrer ESS ou hors ESS</source>
            <translation>Filter SSE or non-SSE</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/actors_view.py" line="94"></location>
            <source>ESS et hors ESS</source>
            <translation>SSE and non-SSE</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/actors_view.py" line="95"></location>
            <source>ESS seulement</source>
            <translation>SSE only</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/actors_view.py" line="96"></location>
            <source>Hors ESS seulement</source>
            <translation>Non-SSE only</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/actors_view.py" line="98"></location>
            <source>Filtrer par catégorie</source>
            <translation>Filter by category</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/actors_view.py" line="99"></location>
            <source>Toutes les catégories</source>
            <translation>All categories</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/actors_view.py" line="103"></location>
            <source>Filtrer par maillon</source>
            <translation>Filter by link</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/actors_view.py" line="104"></location>
            <source>Tous les maillons</source>
            <translation>All links</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/actors_view.py" line="115"></location>
            <source>Tableau des acteurs</source>
            <translation>Table of actors</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/actors_view.py" line="134"></location>
            <source>Tableau</source>
            <translation>Table</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/actors_view.py" line="135"></location>
            <source>Chaîne de valeur</source>
            <translation>Value chain</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/actors_view.py" line="139"></location>
            <source>Ajouter un acteur…</source>
            <translation>Add an actor…</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/actors_view.py" line="141"></location>
            <source>Modifier…</source>
            <translation>Edit…</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/actors_view.py" line="142"></location>
            <source>Supprimer</source>
            <translation>Delete</translation>
        </message>
        <message numerus="yes">
            <location filename="../../essdesk/ui/actors_view.py" line="169"></location>
            <source>%n acteurs affichés sur %1</source>
            <translation>
                <numerusform>%n of %1 actors shown</numerusform>
                <numerusform>%n of %1 actors shown</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../essdesk/ui/actors_view.py" line="202"></location>
            <source>%n acteurs</source>
            <translation>
                <numerusform>%n actor</numerusform>
                <numerusform>%n actors</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/actors_view.py" line="202"></location>
            <source>, dont %1 de l'ESS et %2 hors ESS.</source>
            <translation>: %1 SSE and %2 non-SSE.</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/actors_view.py" line="240"></location>
            <source>Supprimer l'acteur %1</source>
            <translation>Delete actor %1</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/actors_view.py" line="242"></location>
            <source>Acteur supprimé (Ctrl+Z pour annuler).</source>
            <translation>Actor deleted (Ctrl+Z to undo).</translation>
        </message>
    </context>
    <context>
        <name>ChangesModel</name>
        <message>
            <location filename="../../essdesk/ui/jalons_view.py" line="523"></location>
            <source>Étape</source>
            <translation>Step</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/jalons_view.py" line="524"></location>
            <source>Élément</source>
            <translation>Item</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/jalons_view.py" line="525"></location>
            <source>Champ</source>
            <translation>Field</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/jalons_view.py" line="526"></location>
            <source>Avant</source>
            <translation>Before</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/jalons_view.py" line="527"></location>
            <source>Après</source>
            <translation>After</translation>
        </message>
    </context>
    <context>
        <name>CheckListDialog</name>
        <message>
            <location filename="../../essdesk/ui/widgets.py" line="105"></location>
            <source>Rechercher…</source>
            <translation>Search…</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/widgets.py" line="107"></location>
            <source>Rechercher</source>
            <translation>Search</translation>
        </message>
    </context>
    <context>
        <name>ComparisonDialog</name>
        <message>
            <location filename="../../essdesk/ui/jalons_view.py" line="600"></location>
            <source>Comparaison</source>
            <translation>Comparison</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/jalons_view.py" line="602"></location>
            <location filename="../../essdesk/ui/jalons_view.py" line="609"></location>
            <source>« %1 » (%2)</source>
            <translation>“%1” (%2)</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/jalons_view.py" line="607"></location>
            <location filename="../../essdesk/ui/jalons_view.py" line="648"></location>
            <location filename="../../essdesk/ui/jalons_view.py" line="689"></location>
            <source>aujourd'hui</source>
            <translation>today</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/jalons_view.py" line="615"></location>
            <source>Du jalon %1 à %2 : maturité d'ensemble %3 → %4.</source>
            <translation>From milestone %1 to %2: overall maturity %3 → %4.</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/jalons_view.py" line="629"></location>
            <source>Aucune action passée en retard.</source>
            <translation>No action has become overdue.</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/jalons_view.py" line="645"></location>
            <source>&lt;span style='color:%1'&gt;━ %2&lt;/span&gt;&amp;nbsp;&amp;nbsp; &lt;span style='color:%3'&gt;╍ %4&lt;/span&gt;</source>
            <translation>&lt;span style='color:%1'&gt;━ %2&lt;/span&gt;&amp;nbsp;&amp;nbsp; &lt;span style='color:%3'&gt;╍ %4&lt;/span&gt;</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/jalons_view.py" line="678"></location>
            <source>Aucune modification entre ces deux états.</source>
            <translation>No change between these two states.</translation>
        </message>
    </context>
    <context>
        <name>ConflictDialog</name>
        <message>
            <location filename="../../essdesk/ui/conflict_dialog.py" line="47"></location>
            <source>Un collègue a modifié la même chose</source>
            <translation>A colleague changed the same thing</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/conflict_dialog.py" line="56"></location>
            <source>Champ</source>
            <translation>Field</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/conflict_dialog.py" line="56"></location>
            <source>Sa version</source>
            <translation>Their version</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/conflict_dialog.py" line="56"></location>
            <source>Votre version</source>
            <translation>Your version</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/conflict_dialog.py" line="65"></location>
            <source>Votre texte</source>
            <translation>Your text</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/conflict_dialog.py" line="69"></location>
            <source>Texte fusionné : %1</source>
            <translation>Merged text: %1</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/conflict_dialog.py" line="74"></location>
            <source>À modifier ici</source>
            <translation>Edit it here</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/conflict_dialog.py" line="80"></location>
            <source>Fusion à la main</source>
            <translation>Merge by hand</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/conflict_dialog.py" line="87"></location>
            <source>Garder &amp;sa version</source>
            <translation>Keep &amp;theirs</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/conflict_dialog.py" line="88"></location>
            <source>Garder la &amp;mienne</source>
            <translation>Keep &amp;mine</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/conflict_dialog.py" line="89"></location>
            <source>Garder le texte &amp;fusionné</source>
            <translation>Keep the &amp;merged text</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/conflict_dialog.py" line="102"></location>
            <source>Modifié par un collègue</source>
            <translation>Changed by a colleague</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/conflict_dialog.py" line="104"></location>
            <source>Modifié par %1 à %2</source>
            <translation>Changed by %1 at %2</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/conflict_dialog.py" line="145"></location>
            <source>oui</source>
            <translation>yes</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/conflict_dialog.py" line="146"></location>
            <source>non</source>
            <translation>no</translation>
        </message>
    </context>
    <context>
        <name>ConnectionBanner</name>
        <message>
            <location filename="../../essdesk/ui/connection_banner.py" line="25"></location>
            <source>&amp;Réessayer</source>
            <translation>&amp;Retry</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/connection_banner.py" line="26"></location>
            <source>Abandonner la modification</source>
            <translation>Give up the change</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/connection_banner.py" line="40"></location>
            <source>Lecture seule d'ici là.</source>
            <translation>Read-only until then.</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/connection_banner.py" line="42"></location>
            <source>Non enregistré : %1.</source>
            <translation>Not saved: %1.</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/connection_banner.py" line="45"></location>
            <source>Le serveur répond de nouveau.</source>
            <translation>The server answers again.</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/connection_banner.py" line="47"></location>
            <source>Non enregistré sur le serveur : %1. Réessayez pour l'enregistrer.</source>
            <translation>Not saved on the server: %1. Retry to save it.</translation>
        </message>
    </context>
    <context>
        <name>ConsolidationDialog</name>
        <message>
            <location filename="../../essdesk/ui/consolidation_view.py" line="205"></location>
            <location filename="../../essdesk/ui/consolidation_view.py" line="286"></location>
            <source>Comparer des diagnostics</source>
            <translation>Compare diagnostics</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/consolidation_view.py" line="209"></location>
            <source>Ajouter des &amp;fichiers…</source>
            <translation>Add &amp;files…</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/consolidation_view.py" line="210"></location>
            <source>Ajouter un &amp;dossier…</source>
            <translation>Add a &amp;folder…</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/consolidation_view.py" line="211"></location>
            <source>&amp;Anonymiser (animateurs, responsables, contacts)</source>
            <translation>&amp;Anonymise (facilitators, owners, contacts)</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/consolidation_view.py" line="212"></location>
            <source>Territoires remplacés par des &amp;lettres (A, B, C…)</source>
            <translation>Territories replaced by &amp;letters (A, B, C…)</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/consolidation_view.py" line="213"></location>
            <source>&amp;Comparer</source>
            <translation>&amp;Compare</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/consolidation_view.py" line="225"></location>
            <source>Ajoutez au moins deux diagnostics faits sur la même méthode, puis Comparer.</source>
            <translation>Add at least two diagnostics made with the same method, then Compare.</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/consolidation_view.py" line="229"></location>
            <source>Exporter en &amp;Excel…</source>
            <translation>Export to &amp;Excel…</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/consolidation_view.py" line="230"></location>
            <source>Exporter en &amp;PDF…</source>
            <translation>Export to &amp;PDF…</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/consolidation_view.py" line="258"></location>
            <source>Diagnostics à comparer</source>
            <translation>Diagnostics to compare</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/consolidation_view.py" line="260"></location>
            <source>Diagnostics essdesk (*.essdesk)</source>
            <translation>essdesk diagnostics (*.essdesk)</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/consolidation_view.py" line="266"></location>
            <source>Dossier de diagnostics</source>
            <translation>Folder of diagnostics</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/consolidation_view.py" line="285"></location>
            <source>Lecture des diagnostics…</source>
            <translation>Reading the diagnostics…</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/consolidation_view.py" line="297"></location>
            <source>Diagnostics</source>
            <translation>Diagnostics</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/consolidation_view.py" line="301"></location>
            <source>Carte des leviers</source>
            <translation>Lever map</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/consolidation_view.py" line="310"></location>
            <source>Pratiques inspirantes</source>
            <translation>Inspiring practices</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/consolidation_view.py" line="314"></location>
            <source>%1 diagnostics sur « %2 ». Les plus souvent prioritaires : %3.</source>
            <translation>%1 diagnostics on "%2". Most often a priority: %3.</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/consolidation_view.py" line="346"></location>
            <source>Classeur Excel (*.xlsx)</source>
            <translation>Excel workbook (*.xlsx)</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/consolidation_view.py" line="348"></location>
            <source>Document PDF (*.pdf)</source>
            <translation>PDF document (*.pdf)</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/consolidation_view.py" line="352"></location>
            <location filename="../../essdesk/ui/consolidation_view.py" line="364"></location>
            <source>Exporter la comparaison</source>
            <translation>Export the comparison</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/consolidation_view.py" line="363"></location>
            <source>Export en cours…</source>
            <translation>Exporting…</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/consolidation_view.py" line="370"></location>
            <source>Export terminé</source>
            <translation>Export finished</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/consolidation_view.py" line="370"></location>
            <source>Fichier écrit :</source>
            <translation>File written:</translation>
        </message>
    </context>
    <context>
        <name>CourseChart</name>
        <message>
            <location filename="../../essdesk/ui/indicators_view.py" line="119"></location>
            <source>Cible %1 ; valeurs : %2</source>
            <translation>Target %1; values: %2</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/indicators_view.py" line="139"></location>
            <source>Aucune valeur saisie : ajoutez-en une à une date.</source>
            <translation>No value entered yet: add one at a date.</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/indicators_view.py" line="155"></location>
            <location filename="../../essdesk/ui/indicators_view.py" line="182"></location>
            <source>cible</source>
            <translation>target</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/indicators_view.py" line="155"></location>
            <location filename="../../essdesk/ui/indicators_view.py" line="183"></location>
            <source>départ</source>
            <translation>baseline</translation>
        </message>
    </context>
    <context>
        <name>CourseModel</name>
        <message>
            <location filename="../../essdesk/ui/models/indicators.py" line="144"></location>
            <source>Indicateur</source>
            <translation>Indicator</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/models/indicators.py" line="147"></location>
            <source>Cible</source>
            <translation>Target</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/models/indicators.py" line="147"></location>
            <source>Avancement</source>
            <translation>Progress</translation>
        </message>
    </context>
    <context>
        <name>DiagnosticsModel</name>
        <message>
            <location filename="../../essdesk/ui/server_dialog.py" line="43"></location>
            <source>N°</source>
            <translation>No.</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/server_dialog.py" line="44"></location>
            <source>Titre</source>
            <translation>Title</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/server_dialog.py" line="45"></location>
            <source>Territoire</source>
            <translation>Territory</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/server_dialog.py" line="46"></location>
            <source>Dernière modification</source>
            <translation>Last change</translation>
        </message>
    </context>
    <context>
        <name>DocumentContext</name>
        <message>
            <location filename="../../essdesk/ui/context.py" line="110"></location>
            <source>Un jalon garde le diagnostic tel qu'il était : il ne se modifie pas. Faites la modification dans le diagnostic lui-même.</source>
            <extracomment>How often a lost server is asked again (ms). Lever statuses (code → status) of the diagnostics last compared with this one (Fichier › Comparer des diagnostics…): "réalisé dans 3 des 5 diagnostics comparés".</extracomment>
            <translation>A jalon keeps the diagnostic as it was: it cannot be changed. Make the change in the diagnostic itself.</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/context.py" line="114"></location>
            <source>Vous êtes membre de ce diagnostic en lecture seule : rien n'a été modifié. Demandez l'écriture à l'administrateur du serveur (essdesk server grant … --write).</source>
            <translation>You are a read-only member of this diagnostic: nothing was changed. Ask the server's administrator for write access (essdesk server grant … --write).</translation>
        </message>
    </context>
    <context>
        <name>ExportRun</name>
        <message>
            <location filename="../../essdesk/ui/export_worker.py" line="72"></location>
            <source>Export en cours…</source>
            <translation>Exporting…</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/export_worker.py" line="72"></location>
            <source>Annuler</source>
            <translation>Undo</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/export_worker.py" line="73"></location>
            <source>Exporter</source>
            <translation>Export</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/export_worker.py" line="98"></location>
            <source>Export terminé</source>
            <translation>Export finished</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/export_worker.py" line="99"></location>
            <source>Fichier écrit :</source>
            <translation>File written:</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/export_worker.py" line="100"></location>
            <source>Ouvrir le fichier</source>
            <translation>Open the file</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/export_worker.py" line="101"></location>
            <source>Ouvrir le dossier</source>
            <translation>Open the folder</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/export_worker.py" line="102"></location>
            <source>Fermer</source>
            <translation>Close</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/export_worker.py" line="111"></location>
            <source>Export impossible</source>
            <translation>Export failed</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/export_worker.py" line="116"></location>
            <source>Export annulé : aucun fichier modifié.</source>
            <translation>Export cancelled: no file changed.</translation>
        </message>
    </context>
    <context>
        <name>HeatModel</name>
        <message>
            <location filename="../../essdesk/ui/consolidation_view.py" line="121"></location>
            <source>Code</source>
            <translation>Code</translation>
        </message>
    </context>
    <context>
        <name>HistoryDialog</name>
        <message>
            <location filename="../../essdesk/ui/history_view.py" line="134"></location>
            <source>Historique des modifications</source>
            <translation>Change history</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/history_view.py" line="142"></location>
            <source>toutes les dates</source>
            <translation>all dates</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/history_view.py" line="144"></location>
            <source>Personne :</source>
            <translation>Person:</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/history_view.py" line="145"></location>
            <source>Étape :</source>
            <translation>Step:</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/history_view.py" line="146"></location>
            <source>Depuis le :</source>
            <translation>Since:</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/history_view.py" line="165"></location>
            <source>&amp;Annuler cette modification</source>
            <translation>&amp;Undo this change</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/history_view.py" line="167"></location>
            <source>Remet la valeur d'avant, comme une nouvelle modification.</source>
            <translation>Puts the previous value back, as a new change.</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/history_view.py" line="169"></location>
            <source>&amp;Fermer</source>
            <translation>&amp;Close</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/history_view.py" line="200"></location>
            <source>Tout le monde</source>
            <translation>Everyone</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/history_view.py" line="206"></location>
            <source>Toutes</source>
            <translation>All</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/history_view.py" line="216"></location>
            <source>Aucune modification enregistrée sur le serveur.</source>
            <translation>No change recorded on the server.</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/history_view.py" line="247"></location>
            <source>Annuler « %1 » du %2</source>
            <translation>Undo “%1” of %2</translation>
        </message>
    </context>
    <context>
        <name>HistoryModel</name>
        <message>
            <location filename="../../essdesk/ui/history_view.py" line="42"></location>
            <source>Quand</source>
            <translation>When</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/history_view.py" line="43"></location>
            <source>Qui</source>
            <translation>Who</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/history_view.py" line="44"></location>
            <location filename="../../essdesk/ui/history_view.py" line="52"></location>
            <source>Étape</source>
            <translation>Step</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/history_view.py" line="45"></location>
            <source>Élément</source>
            <translation>Item</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/history_view.py" line="46"></location>
            <source>Champ</source>
            <translation>Field</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/history_view.py" line="47"></location>
            <source>Avant</source>
            <translation>Before</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/history_view.py" line="48"></location>
            <source>Après</source>
            <translation>After</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/history_view.py" line="51"></location>
            <source>Diagnostic</source>
            <translation>Diagnostic</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/history_view.py" line="53"></location>
            <source>Levier</source>
            <translation>Lever</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/history_view.py" line="54"></location>
            <source>Acteur</source>
            <translation>Actor</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/history_view.py" line="55"></location>
            <source>Action</source>
            <translation>Action</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/history_view.py" line="56"></location>
            <source>Atelier</source>
            <translation>Workshop</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/history_view.py" line="57"></location>
            <source>Participant</source>
            <translation>Participant</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/history_view.py" line="58"></location>
            <source>Vote</source>
            <translation>Vote</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/history_view.py" line="59"></location>
            <source>Jalon</source>
            <translation>Milestone</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/history_view.py" line="60"></location>
            <source>Indicateur</source>
            <translation>Indicator</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/history_view.py" line="61"></location>
            <source>Valeur d'indicateur</source>
            <translation>Indicator value</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/history_view.py" line="98"></location>
            <source>création</source>
            <translation>creation</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/history_view.py" line="98"></location>
            <source>suppression</source>
            <translation>removal</translation>
        </message>
    </context>
    <context>
        <name>IndicatorDialog</name>
        <message>
            <location filename="../../essdesk/ui/indicator_dialog.py" line="61"></location>
            <source>Saisissez un nombre, par exemple 12 ou 3,5.</source>
            <translation>Enter a number, for example 12 or 3.5.</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/indicator_dialog.py" line="75"></location>
            <source>Validez de nouveau quand le serveur répond.</source>
            <translation>Confirm again once the server answers.</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/indicator_dialog.py" line="93"></location>
            <source>Nouvel indicateur</source>
            <translation>New indicator</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/indicator_dialog.py" line="95"></location>
            <source>Modifier l'indicateur</source>
            <translation>Edit the indicator</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/indicator_dialog.py" line="104"></location>
            <source>Choisissez dans le catalogue ou saisissez le vôtre</source>
            <translation>Pick one from the catalogue or type your own</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/indicator_dialog.py" line="112"></location>
            <source>ex. ETP, t, €, structures</source>
            <translation>e.g. FTE, t, €, organisations</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/indicator_dialog.py" line="116"></location>
            <source>— rien —</source>
            <translation>— nothing —</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/indicator_dialog.py" line="119"></location>
            <source>Levier %1 — %2</source>
            <translation>Lever %1 — %2</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/indicator_dialog.py" line="124"></location>
            <source>Action : %1</source>
            <translation>Action: %1</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/indicator_dialog.py" line="127"></location>
            <source>&amp;Nom *</source>
            <translation>&amp;Name *</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/indicator_dialog.py" line="128"></location>
            <source>&amp;Unité</source>
            <translation>&amp;Unit</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/indicator_dialog.py" line="129"></location>
            <source>Valeur de &amp;départ</source>
            <translation>&amp;Baseline</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/indicator_dialog.py" line="130"></location>
            <source>&amp;Cible</source>
            <translation>&amp;Target</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/indicator_dialog.py" line="131"></location>
            <source>&amp;Suit</source>
            <translation>&amp;Follows</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/indicator_dialog.py" line="170"></location>
            <source>Saisissez le nom de l'indicateur, ou choisissez-en un du catalogue.</source>
            <translation>Type the indicator's name, or pick one from the catalogue.</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/indicator_dialog.py" line="193"></location>
            <source>Ajouter l'indicateur %1</source>
            <translation>Add the indicator %1</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/indicator_dialog.py" line="205"></location>
            <source>Modifier l'indicateur %1</source>
            <translation>Edit the indicator %1</translation>
        </message>
    </context>
    <context>
        <name>IndicatorsModel</name>
        <message>
            <location filename="../../essdesk/ui/models/indicators.py" line="44"></location>
            <source>Indicateur</source>
            <translation>Indicator</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/models/indicators.py" line="45"></location>
            <source>Départ</source>
            <translation>Baseline</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/models/indicators.py" line="46"></location>
            <source>Dernière valeur</source>
            <translation>Latest value</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/models/indicators.py" line="47"></location>
            <source>Cible</source>
            <translation>Target</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/models/indicators.py" line="48"></location>
            <source>Avancement</source>
            <translation>Progress</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/models/indicators.py" line="49"></location>
            <source>Suit</source>
            <translation>Follows</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/models/indicators.py" line="65"></location>
            <source>Levier %1</source>
            <translation>Lever %1</translation>
        </message>
    </context>
    <context>
        <name>IndicatorsView</name>
        <message>
            <location filename="../../essdesk/ui/indicators_view.py" line="81"></location>
            <source>Indicateurs (dernière valeur à chaque date)</source>
            <translation>Indicators (latest value at each date)</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/indicators_view.py" line="206"></location>
            <source>Indicateurs</source>
            <translation>Indicators</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/indicators_view.py" line="215"></location>
            <source>Tableau des indicateurs</source>
            <translation>Indicators table</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/indicators_view.py" line="237"></location>
            <source>Ajouter un indicateur…</source>
            <translation>Add an indicator…</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/indicators_view.py" line="239"></location>
            <source>Modifier…</source>
            <translation>Edit…</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/indicators_view.py" line="240"></location>
            <source>Supprimer</source>
            <translation>Delete</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/indicators_view.py" line="251"></location>
            <source>Valeurs de l'indicateur</source>
            <translation>Values of the indicator</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/indicators_view.py" line="268"></location>
            <source>Saisir une valeur…</source>
            <translation>Enter a value…</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/indicators_view.py" line="269"></location>
            <source>Modifier la valeur…</source>
            <translation>Edit the value…</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/indicators_view.py" line="270"></location>
            <source>Supprimer la valeur</source>
            <translation>Delete the value</translation>
        </message>
        <message numerus="yes">
            <location filename="../../essdesk/ui/indicators_view.py" line="343"></location>
            <source>%n indicateurs</source>
            <translation>
                <numerusform>%n indicator</numerusform>
                <numerusform>%n indicators</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../essdesk/ui/indicators_view.py" line="345"></location>
            <source>%n cibles atteintes</source>
            <translation>
                <numerusform>%n target reached</numerusform>
                <numerusform>%n targets reached</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/indicators_view.py" line="348"></location>
            <source>Chaque valeur est saisie à une date ; les jalons gardent les valeurs du jour.</source>
            <translation>Each value is entered at a date; milestones keep the values of their day.</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/indicators_view.py" line="357"></location>
            <source>Sélectionnez un indicateur pour voir ses valeurs.</source>
            <translation>Select an indicator to see its values.</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/indicators_view.py" line="367"></location>
            <source>Valeurs de « %1 » — cible %2, avancement %3</source>
            <translation>Values of “%1” — target %2, progress %3</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/indicators_view.py" line="428"></location>
            <source>Supprimer l'indicateur %1</source>
            <translation>Delete the indicator %1</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/indicators_view.py" line="434"></location>
            <source>Indicateur supprimé (Ctrl+Z pour annuler).</source>
            <translation>Indicator deleted (Ctrl+Z to undo).</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/indicators_view.py" line="450"></location>
            <source>Supprimer une valeur d'indicateur</source>
            <translation>Delete an indicator value</translation>
        </message>
    </context>
    <context>
        <name>JalonsDialog</name>
        <message>
            <location filename="../../essdesk/ui/jalons_view.py" line="177"></location>
            <source>Jalons et comparaisons</source>
            <translation>Milestones and comparisons</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/jalons_view.py" line="191"></location>
            <source>Un jalon est un instantané daté du diagnostic : il ne change plus. Comparez-en un avec aujourd'hui, ou sélectionnez-en deux pour les comparer entre eux.</source>
            <translation>A milestone is a dated snapshot of the diagnostic: it never changes. Compare one with today, or select two to compare them with each other.</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/jalons_view.py" line="197"></location>
            <source>&amp;Poser un jalon…</source>
            <translation>Set a &amp;milestone…</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/jalons_view.py" line="198"></location>
            <source>&amp;Renommer…</source>
            <translation>&amp;Rename…</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/jalons_view.py" line="199"></location>
            <source>&amp;Supprimer</source>
            <translation>&amp;Delete</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/jalons_view.py" line="200"></location>
            <source>Comparer avec &amp;aujourd'hui</source>
            <translation>Compare with t&amp;oday</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/jalons_view.py" line="201"></location>
            <source>Comparer les &amp;deux jalons</source>
            <translation>Compare the &amp;two milestones</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/jalons_view.py" line="202"></location>
            <source>E&amp;xporter (JSON)…</source>
            <translation>E&amp;xport (JSON)…</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/jalons_view.py" line="204"></location>
            <source>Le diagnostic tel qu'il était à ce jalon, au format d'échange JSON.</source>
            <translation>The diagnostic as it was at this milestone, in the JSON interchange format.</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/jalons_view.py" line="206"></location>
            <source>&amp;Ouvrir en lecture seule</source>
            <translation>&amp;Open read-only</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/jalons_view.py" line="208"></location>
            <source>Le diagnostic tel qu'il était à ce jalon, dans une fenêtre à part : à consulter, exporter en Excel, PDF ou Word ; il ne se modifie pas.</source>
            <translation>The diagnostic as it was at this jalon, in a window of its own: to read and export to Excel, PDF or Word; it cannot be changed.</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/jalons_view.py" line="244"></location>
            <source>Indicateurs : valeur à chaque jalon et aujourd'hui</source>
            <translation>Indicators: value at each milestone and today</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/jalons_view.py" line="265"></location>
            <location filename="../../essdesk/ui/jalons_view.py" line="297"></location>
            <source>Aujourd'hui</source>
            <translation>Today</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/jalons_view.py" line="269"></location>
            <source>%1 %2</source>
            <translation>%1 %2</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/jalons_view.py" line="275"></location>
            <source>Ensemble</source>
            <translation>Overall</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/jalons_view.py" line="331"></location>
            <source>Ouvrir le jalon</source>
            <translation>Open the jalon</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/jalons_view.py" line="350"></location>
            <location filename="../../essdesk/ui/jalons_view.py" line="364"></location>
            <source>Renommer le jalon</source>
            <translation>Rename the milestone</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/jalons_view.py" line="359"></location>
            <source>Renommer le jalon « %1 »</source>
            <translation>Rename milestone “%1”</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/jalons_view.py" line="373"></location>
            <source>Supprimer le jalon « %1 »</source>
            <translation>Delete milestone “%1”</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/jalons_view.py" line="376"></location>
            <source>Jalon supprimé (Édition › Annuler le remet).</source>
            <translation>Milestone deleted (Edit › Undo brings it back).</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/jalons_view.py" line="388"></location>
            <location filename="../../essdesk/ui/jalons_view.py" line="398"></location>
            <source>Exporter le jalon en JSON</source>
            <translation>Export the milestone as JSON</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/jalons_view.py" line="390"></location>
            <source>Fichier JSON (*.json)</source>
            <translation>JSON file (*.json)</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/jalons_view.py" line="405"></location>
            <source>Export JSON en cours…</source>
            <translation>Exporting JSON…</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/jalons_view.py" line="405"></location>
            <source>Export impossible</source>
            <translation>Export failed</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/jalons_view.py" line="409"></location>
            <source>Exporté : %1</source>
            <translation>Exported: %1</translation>
        </message>
    </context>
    <context>
        <name>JalonsModel</name>
        <message>
            <location filename="../../essdesk/ui/jalons_view.py" line="149"></location>
            <source>N°</source>
            <translation>No.</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/jalons_view.py" line="149"></location>
            <source>Posé le</source>
            <translation>Set on</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/jalons_view.py" line="149"></location>
            <source>Nom</source>
            <translation>Name</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/jalons_view.py" line="149"></location>
            <source>Maturité</source>
            <translation>Maturity</translation>
        </message>
    </context>
    <context>
        <name>LeverCard</name>
        <message>
            <location filename="../../essdesk/ui/step_view.py" line="81"></location>
            <source>personnalisé</source>
            <translation>custom</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/step_view.py" line="85"></location>
            <source>Renommer…</source>
            <translation>Rename…</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/step_view.py" line="87"></location>
            <source>Renommer le levier personnalisé %1</source>
            <translation>Rename custom lever %1</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/step_view.py" line="93"></location>
            <source>Supprimer le levier personnalisé %1</source>
            <translation>Delete custom lever %1</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/step_view.py" line="114"></location>
            <source>Repères et exemples (%1)</source>
            <translation>Notes and examples (%1)</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/step_view.py" line="130"></location>
            <location filename="../../essdesk/ui/step_view.py" line="244"></location>
            <source>Statut</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/step_view.py" line="142"></location>
            <source>Statut du levier %1 : %2</source>
            <translation>Status of lever %1: %2</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/step_view.py" line="151"></location>
            <location filename="../../essdesk/ui/step_view.py" line="244"></location>
            <source>Priorité</source>
            <translation>Priority</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/step_view.py" line="153"></location>
            <source>Priorité du levier %1</source>
            <translation>Priority of lever %1</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/step_view.py" line="160"></location>
            <location filename="../../essdesk/ui/step_view.py" line="244"></location>
            <source>Qui</source>
            <translation>Who</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/step_view.py" line="162"></location>
            <source>Personne ou structure référente</source>
            <translation>Person or organisation in charge</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/step_view.py" line="163"></location>
            <source>Qui porte le levier %1</source>
            <translation>Who carries lever %1</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/step_view.py" line="166"></location>
            <location filename="../../essdesk/ui/step_view.py" line="245"></location>
            <source>Échéance</source>
            <translation>Due date</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/step_view.py" line="168"></location>
            <source>Échéance du levier %1</source>
            <translation>Due date of lever %1</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/step_view.py" line="175"></location>
            <source>Notes de l'atelier…</source>
            <translation>Workshop notes…</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/step_view.py" line="176"></location>
            <source>Notes du levier %1</source>
            <translation>Notes on lever %1</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/step_view.py" line="190"></location>
            <source>Créer une action</source>
            <translation>Create an action</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/step_view.py" line="191"></location>
            <source>Ajoute au plan d'action une action liée à ce levier, pré-remplie.</source>
            <translation>Adds a pre-filled action linked to this lever to the action plan.</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/step_view.py" line="232"></location>
            <source>Acteurs impliqués (%1)…</source>
            <translation>Actors involved (%1)…</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/step_view.py" line="234"></location>
            <source>Choisir les acteurs impliqués dans le levier %1</source>
            <translation>Choose the actors involved in lever %1</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/step_view.py" line="235"></location>
            <source>aucun acteur choisi</source>
            <translation>no actor chosen</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/step_view.py" line="245"></location>
            <source>Notes</source>
            <translation>Notes</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/step_view.py" line="246"></location>
            <source>%1 du levier %2</source>
            <translation>%1 of lever %2</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/step_view.py" line="254"></location>
            <source>Acteurs impliqués — levier %1</source>
            <translation>Actors involved — lever %1</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/step_view.py" line="261"></location>
            <source>Acteurs du levier %1</source>
            <translation>Actors of lever %1</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/step_view.py" line="267"></location>
            <source>Créer une action depuis le levier %1</source>
            <translation>Create an action from lever %1</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/step_view.py" line="269"></location>
            <source>Action ajoutée au plan d'action.</source>
            <translation>Action added to the action plan.</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/step_view.py" line="276"></location>
            <location filename="../../essdesk/ui/step_view.py" line="283"></location>
            <source>Renommer le levier %1</source>
            <translation>Rename lever %1</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/step_view.py" line="277"></location>
            <source>Intitulé du levier :</source>
            <translation>Title of the lever:</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/step_view.py" line="287"></location>
            <source>Supprimer le levier %1</source>
            <translation>Delete lever %1</translation>
        </message>
    </context>
    <context>
        <name>LeverGuidance</name>
        <message>
            <location filename="../../essdesk/ui/guidance.py" line="89"></location>
            <source>Portés d'habitude par : %1</source>
            <translation>Usually carried by: %1</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/guidance.py" line="98"></location>
            <source>Questions à se poser (%1)</source>
            <translation>Questions to ask (%1)</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/guidance.py" line="100"></location>
            <source>Ce que le groupe se demande avant de choisir un statut</source>
            <translation>What the group asks itself before choosing a status</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/guidance.py" line="124"></location>
            <source>proche de votre diagnostic</source>
            <translation>close to your diagnostic</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../../essdesk/ui/main_window.py" line="61"></location>
            <source>Navigation</source>
            <translation>Navigation</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/main_window.py" line="125"></location>
            <source>&amp;Fichier</source>
            <translation>&amp;File</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/main_window.py" line="126"></location>
            <source>&amp;Nouveau diagnostic…</source>
            <translation>&amp;New diagnostic…</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/main_window.py" line="127"></location>
            <source>&amp;Ouvrir…</source>
            <translation>&amp;Open…</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/main_window.py" line="128"></location>
            <source>Ouvrir depuis &amp;un serveur…</source>
            <translation>Open from a ser&amp;ver…</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/main_window.py" line="129"></location>
            <source>Ouvrir la &amp;démo</source>
            <translation>Open the &amp;demo</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/main_window.py" line="130"></location>
            <source>&amp;Importer (JSON)…</source>
            <translation>&amp;Import (JSON)…</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/main_window.py" line="131"></location>
            <source>Fichiers &amp;récents</source>
            <translation>&amp;Recent files</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/main_window.py" line="133"></location>
            <source>&amp;Enregistrer</source>
            <translation>&amp;Save</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/main_window.py" line="134"></location>
            <source>Enregistrer &amp;sous…</source>
            <translation>Save &amp;as…</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/main_window.py" line="136"></location>
            <source>&amp;Publier sur un serveur…</source>
            <translation>&amp;Publish to a server…</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/main_window.py" line="137"></location>
            <source>Enregistrer une copie &amp;hors ligne…</source>
            <translation>Save an o&amp;ffline copy…</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/main_window.py" line="138"></location>
            <source>Rapporter une copie hors ligne…</source>
            <translation>Return an offline copy…</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/main_window.py" line="139"></location>
            <source>E&amp;xporter</source>
            <translation>E&amp;xport</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/main_window.py" line="140"></location>
            <source>Classeur &amp;Excel…</source>
            <translation>&amp;Excel workbook…</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/main_window.py" line="141"></location>
            <source>Rapport &amp;PDF…</source>
            <translation>&amp;PDF report…</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/main_window.py" line="142"></location>
            <source>Rapport &amp;Word (DOCX)…</source>
            <translation>&amp;Word report (DOCX)…</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/main_window.py" line="143"></location>
            <source>Rapport Word sur un &amp;modèle…</source>
            <translation>Word report on a &amp;template…</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/main_window.py" line="147"></location>
            <source>Classeur Excel &amp;anonymisé…</source>
            <translation>&amp;Anonymised Excel workbook…</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/main_window.py" line="149"></location>
            <source>Rapport PDF a&amp;nonymisé…</source>
            <translation>Anonymised P&amp;DF report…</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/main_window.py" line="151"></location>
            <source>Rapport Word anon&amp;ymisé…</source>
            <translation>Anonymised W&amp;ord report…</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/main_window.py" line="153"></location>
            <source>Exporter (&amp;JSON)…</source>
            <translation>Export (&amp;JSON)…</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/main_window.py" line="159"></location>
            <source>Jalons et &amp;comparaisons…</source>
            <translation>Mi&amp;lestones and comparisons…</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/main_window.py" line="160"></location>
            <source>Comparer des diagnostics…</source>
            <translation>Compare diagnostics…</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/main_window.py" line="165"></location>
            <source>Mettre à jour le référentiel…</source>
            <translation>Update the referential…</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/main_window.py" line="169"></location>
            <source>&amp;Vérifier le diagnostic</source>
            <translation>C&amp;heck the diagnostic</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/main_window.py" line="170"></location>
            <source>Restaurer une sauve&amp;garde…</source>
            <translation>Restore a bac&amp;kup…</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/main_window.py" line="172"></location>
            <source>&amp;Fermer le diagnostic</source>
            <translation>&amp;Close diagnostic</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/main_window.py" line="174"></location>
            <source>&amp;Quitter</source>
            <translation>&amp;Quit</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/main_window.py" line="176"></location>
            <source>&amp;Édition</source>
            <translation>&amp;Edit</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/main_window.py" line="177"></location>
            <source>&amp;Affichage</source>
            <translation>&amp;View</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/main_window.py" line="178"></location>
            <source>Zoom &amp;avant</source>
            <translation>Zoom &amp;in</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/main_window.py" line="180"></location>
            <source>Zoom a&amp;rrière</source>
            <translation>Zoom &amp;out</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/main_window.py" line="181"></location>
            <source>&amp;Taille normale</source>
            <translation>&amp;Normal size</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/main_window.py" line="183"></location>
            <source>&amp;Langue</source>
            <translation>&amp;Language</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/main_window.py" line="190"></location>
            <source>A&amp;ller</source>
            <translation>&amp;Go</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/main_window.py" line="192"></location>
            <source>Étape &amp;précédente</source>
            <translation>&amp;Previous step</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/main_window.py" line="194"></location>
            <source>Étape &amp;suivante</source>
            <translation>&amp;Next step</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/main_window.py" line="199"></location>
            <source>Aid&amp;e</source>
            <translation>&amp;Help</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/main_window.py" line="200"></location>
            <source>À &amp;propos d'essdesk</source>
            <translation>&amp;About essdesk</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/main_window.py" line="203"></location>
            <source>Vue d'ensemble</source>
            <translation>Overview</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/main_window.py" line="207"></location>
            <source>Acteurs</source>
            <translation>Actors</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/main_window.py" line="207"></location>
            <source>Plan d'action</source>
            <translation>Action plan</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/main_window.py" line="207"></location>
            <source>Ateliers</source>
            <translation>Workshops</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/main_window.py" line="207"></location>
            <source>Indicateurs</source>
            <translation>Indicators</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/main_window.py" line="400"></location>
            <source>&amp;Historique…</source>
            <translation>&amp;History…</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/main_window.py" line="447"></location>
            <source>Fusionner avec la version d'un collègue</source>
            <translation>Merge with a colleague's version</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/main_window.py" line="486"></location>
            <source>Le serveur ne répond toujours pas.</source>
            <translation>The server still does not answer.</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/main_window.py" line="489"></location>
            <source>Modifications enregistrées sur le serveur.</source>
            <translation>Changes saved on the server.</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/main_window.py" line="518"></location>
            <source>Connexion perdue — lecture seule</source>
            <translation>Connection lost — read-only</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/main_window.py" line="520"></location>
            <source>Lecture seule (membre en lecture)</source>
            <translation>Read-only (reading member)</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/main_window.py" line="524"></location>
            <location filename="../../essdesk/ui/main_window.py" line="806"></location>
            <source>Enregistré sur le serveur</source>
            <translation>Saved on the server</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/main_window.py" line="526"></location>
            <source>Jalon — lecture seule</source>
            <translation>Jalon — read-only</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/main_window.py" line="599"></location>
            <source>Connexion au serveur…</source>
            <translation>Connecting to the server…</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/main_window.py" line="607"></location>
            <source>Ouvert depuis le serveur : chaque modification y est enregistrée aussitôt faite.</source>
            <translation>Opened from the server: every change is saved there as soon as it is made.</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/main_window.py" line="618"></location>
            <source>Publier sur un serveur</source>
            <translation>Publish to a server</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/main_window.py" line="619"></location>
            <source>« %1 » a des modifications non enregistrées. L'enregistrer d'abord ? Le serveur recevra le diagnostic tel qu'enregistré.</source>
            <translation>“%1” has unsaved changes. Save it first? The server receives the diagnostic as saved.</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/main_window.py" line="635"></location>
            <source>Publication sur le serveur…</source>
            <translation>Publishing to the server…</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/main_window.py" line="643"></location>
            <source>Diagnostic publié</source>
            <translation>Diagnostic published</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/main_window.py" line="644"></location>
            <source>Le diagnostic est sur le serveur, à l'adresse :
%1

L'ouvrir depuis le serveur ? Le fichier reste tel quel ; les modifications faites sur le serveur n'y vont pas.</source>
            <translation>The diagnostic is on the server, at:
%1

Open it from the server? The file stays as it is; changes made on the server do not go into it.</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/main_window.py" line="657"></location>
            <source>Enregistrer une copie hors ligne</source>
            <translation>Save an offline copy</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/main_window.py" line="671"></location>
            <source>Copie hors ligne en cours…</source>
            <translation>Copying for offline use…</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/main_window.py" line="686"></location>
            <source>Copie hors ligne enregistrée : %1</source>
            <translation>Offline copy saved: %1</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/main_window.py" line="692"></location>
            <source>Rapporter une copie hors ligne</source>
            <translation>Return an offline copy</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/main_window.py" line="700"></location>
            <source>Retour de la copie hors ligne…</source>
            <translation>Returning the offline copy…</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/main_window.py" line="709"></location>
            <source>Copie rapportée sur %1 : %2 modification(s) hors ligne, %3 sur le serveur depuis la copie ; %4 appliquée(s), %5 en conflit (gardées telles que sur le serveur).</source>
            <translation>Copy returned to %1: %2 change(s) offline, %3 on the server since the copy; %4 applied, %5 in conflict (kept as on the server).</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/main_window.py" line="723"></location>
            <source>Copie hors ligne rapportée</source>
            <translation>Offline copy returned</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/main_window.py" line="879"></location>
            <source>Ces modifications n'ont pas été enregistrées sur le serveur :
%1

Fermer quand même et les perdre ?</source>
            <translation>These changes were not saved on the server:
%1

Close anyway and lose them?</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/main_window.py" line="989"></location>
            <source>Importé depuis %1 : enregistrez-le pour en faire un diagnostic essdesk.</source>
            <translation>Imported from %1: save it to make it an essdesk diagnostic.</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/main_window.py" line="1027"></location>
            <source>Mettre à jour vers la version %1…</source>
            <translation>Update to version %1…</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/main_window.py" line="387"></location>
            <source>Modification refusée</source>
            <translation>Change refused</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/main_window.py" line="393"></location>
            <location filename="../../essdesk/ui/main_window.py" line="453"></location>
            <source>Annuler</source>
            <translation>Undo</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/main_window.py" line="394"></location>
            <location filename="../../essdesk/ui/main_window.py" line="454"></location>
            <source>Rétablir</source>
            <translation>Redo</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/main_window.py" line="528"></location>
            <source>Lecture seule</source>
            <translation>Read-only</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/main_window.py" line="522"></location>
            <location filename="../../essdesk/ui/main_window.py" line="530"></location>
            <location filename="../../essdesk/ui/main_window.py" line="868"></location>
            <location filename="../../essdesk/ui/main_window.py" line="878"></location>
            <source>Modifications non enregistrées</source>
            <translation>Unsaved changes</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/main_window.py" line="154"></location>
            <source>Envoyer un c&amp;ahier de saisie…</source>
            <translation>Send a data-entry &amp;workbook…</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/main_window.py" line="155"></location>
            <source>Impor&amp;ter un cahier de saisie…</source>
            <translation>Impor&amp;t a data-entry workbook…</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/main_window.py" line="158"></location>
            <source>Poser un ja&amp;lon…</source>
            <translation>Set a &amp;milestone…</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/main_window.py" line="163"></location>
            <source>Référentiels…</source>
            <translation>Referentials…</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/main_window.py" line="205"></location>
            <location filename="../../essdesk/ui/main_window.py" line="241"></location>
            <source>%1 %2 · %3</source>
            <translation>%1 %2 · %3</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/main_window.py" line="239"></location>
            <source>%1/%2 %3</source>
            <translation>%1/%2 %3</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/main_window.py" line="376"></location>
            <source>%1 &amp;précédente</source>
            <translation>&amp;Previous %1</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/main_window.py" line="376"></location>
            <source>%1 &amp;précédent</source>
            <translation>&amp;Previous %1</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/main_window.py" line="378"></location>
            <source>%1 &amp;suivante</source>
            <translation>&amp;Next %1</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/main_window.py" line="378"></location>
            <source>%1 &amp;suivant</source>
            <translation>&amp;Next %1</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/main_window.py" line="532"></location>
            <source>Enregistré</source>
            <translation>Saved</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/main_window.py" line="539"></location>
            <source>essdesk</source>
            <translation>essdesk</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/main_window.py" line="555"></location>
            <source>Ouvrir un diagnostic</source>
            <translation>Open a diagnostic</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/main_window.py" line="556"></location>
            <location filename="../../essdesk/ui/main_window.py" line="659"></location>
            <location filename="../../essdesk/ui/main_window.py" line="694"></location>
            <location filename="../../essdesk/ui/main_window.py" line="852"></location>
            <source>Diagnostics essdesk (*%1)</source>
            <translation>essdesk diagnostics (*%1)</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/main_window.py" line="737"></location>
            <source>La démo n'a pas pu être préparée : %1</source>
            <translation>The demo could not be prepared: %1</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/main_window.py" line="770"></location>
            <source>Diagnostic récupéré : enregistrez-le pour garder ces modifications.</source>
            <translation>Diagnostic recovered: save it to keep these changes.</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/main_window.py" line="775"></location>
            <location filename="../../essdesk/ui/main_window.py" line="833"></location>
            <source>Sans titre</source>
            <translation>Untitled</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/main_window.py" line="776"></location>
            <source>Récupérer un diagnostic</source>
            <translation>Recover a diagnostic</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/main_window.py" line="777"></location>
            <source>Le diagnostic « %1 » n'a pas été fermé normalement. Voulez-vous récupérer ses dernières modifications ?</source>
            <translation>The diagnostic “%1” was not closed properly. Do you want to recover its latest changes?</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/main_window.py" line="779"></location>
            <source>Récupérer</source>
            <translation>Recover</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/main_window.py" line="780"></location>
            <source>Supprimer la copie</source>
            <translation>Delete the copy</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/main_window.py" line="781"></location>
            <source>Plus tard</source>
            <translation>Later</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/main_window.py" line="815"></location>
            <source>Enregistré dans %1</source>
            <translation>Saved to %1</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/main_window.py" line="851"></location>
            <source>Enregistrer le diagnostic</source>
            <translation>Save the diagnostic</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/main_window.py" line="869"></location>
            <source>« %1 » a des modifications non enregistrées. Les enregistrer avant de fermer ?</source>
            <translation>“%1” has unsaved changes. Save them before closing?</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/main_window.py" line="924"></location>
            <source>Zoom : %1 %</source>
            <translation>Zoom: %1%</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/main_window.py" line="928"></location>
            <source>La langue choisie s'appliquera au prochain démarrage d'essdesk.</source>
            <translation>The chosen language will apply the next time essdesk starts.</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/export_worker.py" line="124"></location>
            <source>Choisir le modèle Word du rapport</source>
            <translation>Choose the report's Word template</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/export_worker.py" line="125"></location>
            <source>Modèle ou document Word (*.docx *.dotx)</source>
            <translation>Word template or document (*.docx *.dotx)</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/export_worker.py" line="140"></location>
            <source>Exporter le classeur Excel</source>
            <translation>Export the Excel workbook</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/export_worker.py" line="140"></location>
            <source>Exporter le rapport PDF</source>
            <translation>Export the PDF report</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/export_worker.py" line="141"></location>
            <source>Exporter le rapport Word</source>
            <translation>Export the Word report</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/export_worker.py" line="142"></location>
            <source>Classeur Excel (*.xlsx)</source>
            <translation>Excel workbook (*.xlsx)</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/export_worker.py" line="142"></location>
            <source>Document PDF (*.pdf)</source>
            <translation>PDF document (*.pdf)</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/export_worker.py" line="143"></location>
            <source>Document Word (*.docx)</source>
            <translation>Word document (*.docx)</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/json_worker.py" line="127"></location>
            <source>Exporter le diagnostic en JSON</source>
            <translation>Export the diagnostic as JSON</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/json_worker.py" line="129"></location>
            <source>Fichier JSON (*.json)</source>
            <translation>JSON file (*.json)</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/json_worker.py" line="141"></location>
            <source>Export JSON en cours…</source>
            <translation>Exporting JSON…</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/json_worker.py" line="142"></location>
            <source>Export impossible</source>
            <translation>Export failed</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/json_worker.py" line="148"></location>
            <source>Exporté : %1</source>
            <translation>Exported: %1</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/json_worker.py" line="161"></location>
            <source>Importer un diagnostic JSON</source>
            <translation>Import a JSON diagnostic</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/json_worker.py" line="174"></location>
            <source>Import JSON en cours…</source>
            <translation>Importing JSON…</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/json_worker.py" line="175"></location>
            <source>Import impossible</source>
            <translation>Import failed</translation>
        </message>
    </context>
    <context>
        <name>NewDiagnosticWizard</name>
        <message>
            <location filename="../../essdesk/ui/new_wizard.py" line="35"></location>
            <source>Nouveau diagnostic</source>
            <translation>New diagnostic</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/new_wizard.py" line="41"></location>
            <source>Le territoire</source>
            <translation>The territory</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/new_wizard.py" line="42"></location>
            <source>La méthode suivie et le territoire qui mène le diagnostic.</source>
            <translation>The method followed and the territory leading the diagnostic.</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/new_wizard.py" line="46"></location>
            <source>ex. Communauté de communes du Haut-Val</source>
            <translation>e.g. Haut-Val community of municipalities</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/new_wizard.py" line="55"></location>
            <source>&amp;Nom du territoire *</source>
            <translation>&amp;Territory name *</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/new_wizard.py" line="56"></location>
            <source>&amp;Type de territoire</source>
            <translation>Territory t&amp;ype</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/new_wizard.py" line="57"></location>
            <source>&amp;Animateur ou animatrice</source>
            <translation>&amp;Facilitator</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/new_wizard.py" line="58"></location>
            <source>&amp;Date de début</source>
            <translation>&amp;Start date</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/new_wizard.py" line="63"></location>
            <source>La filière</source>
            <translation>The sector</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/new_wizard.py" line="64"></location>
            <source>Choisissez une filière du catalogue ou saisissez la vôtre.</source>
            <translation>Choose a sector from the catalogue or type your own.</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/new_wizard.py" line="81"></location>
            <source>ex. Laine, Réemploi, Alimentation…</source>
            <translation>e.g. Wool, Reuse, Food…</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/new_wizard.py" line="87"></location>
            <source>&amp;Filière *</source>
            <translation>&amp;Sector *</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/new_wizard.py" line="91"></location>
            <source>Sens donné à la filière</source>
            <translation>Meaning given to the sector</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/new_wizard.py" line="93"></location>
            <source>Scénario d'intervention de la collectivité</source>
            <translation>The local authority's intervention scenario</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/new_wizard.py" line="98"></location>
            <source>Le diagnostic</source>
            <translation>The diagnostic</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/new_wizard.py" line="99"></location>
            <source>Son titre figure en tête du rapport et nomme le fichier.</source>
            <translation>Its title heads the report and names the file.</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/new_wizard.py" line="103"></location>
            <source>&amp;Titre du diagnostic *</source>
            <translation>&amp;Title of the diagnostic *</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/new_wizard.py" line="104"></location>
            <source>Au premier enregistrement (Ctrl+S), essdesk vous demandera où ranger le fichier ; il propose votre dossier Documents.</source>
            <translation>When you first save (Ctrl+S), essdesk asks where to put the file; it suggests your Documents folder.</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/new_wizard.py" line="124"></location>
            <source>%1 — version %2</source>
            <translation>%1 — version %2</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/new_wizard.py" line="128"></location>
            <source>Fichier › Référentiels… en installe d'autres.</source>
            <translation>File › Referentials… installs others.</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/new_wizard.py" line="132"></location>
            <source>&amp;Référentiel</source>
            <translation>&amp;Referential</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/new_wizard.py" line="141"></location>
            <source>%1 ; %2 %3, %4 %5.</source>
            <translation>%1; %2 %3, %4 %5.</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/new_wizard.py" line="166"></location>
            <source>Filière %1 — %2</source>
            <translation>Sector %1 — %2</translation>
        </message>
    </context>
    <context>
        <name>NextLeversCard</name>
        <message>
            <location filename="../../essdesk/ui/guidance.py" line="143"></location>
            <location filename="../../essdesk/ui/guidance.py" line="147"></location>
            <source>Leviers à regarder ensuite</source>
            <translation>Levers to look at next</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/guidance.py" line="167"></location>
            <source>Rien à signaler pour l'instant : les règles du référentiel ne proposent aucun levier.</source>
            <translation>Nothing to report for now: the guide's rules suggest no lever.</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/guidance.py" line="172"></location>
            <source>Le référentiel de ce diagnostic ne donne pas de règles pour proposer des leviers.</source>
            <translation>This diagnostic's guide gives no rules to suggest levers.</translation>
        </message>
    </context>
    <context>
        <name>OptionalDateEdit</name>
        <message>
            <location filename="../../essdesk/ui/widgets.py" line="37"></location>
            <source>Aucune</source>
            <translation>None</translation>
        </message>
    </context>
    <context>
        <name>OverviewView</name>
        <message>
            <location filename="../../essdesk/ui/overview.py" line="94"></location>
            <source>Maturité globale</source>
            <translation>Overall maturity</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/overview.py" line="95"></location>
            <source>Leviers renseignés</source>
            <translation>Levers assessed</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/overview.py" line="96"></location>
            <source>Leviers prioritaires à traiter</source>
            <translation>Priority levers to address</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/overview.py" line="97"></location>
            <source>Actions en cours ou à venir</source>
            <translation>Current or upcoming actions</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/overview.py" line="98"></location>
            <source>Actions en retard</source>
            <translation>Overdue actions</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/overview.py" line="105"></location>
            <source>Maturité par étape</source>
            <translation>Maturity by step</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/overview.py" line="108"></location>
            <source>Radar de maturité par étape</source>
            <translation>Maturity radar by step</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/overview.py" line="109"></location>
            <location filename="../../essdesk/ui/overview.py" line="115"></location>
            <source>Cliquez sur une étape pour l'ouvrir.</source>
            <translation>Click a step to open it.</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/overview.py" line="111"></location>
            <source>Maturité et complétude par étape</source>
            <translation>Maturity and completion by step</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/overview.py" line="114"></location>
            <source>Barres de maturité et de complétude par étape</source>
            <translation>Maturity and completion bars by step</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/overview.py" line="127"></location>
            <source>Leviers à haute priorité pas encore réalisés</source>
            <translation>High-priority levers not yet done</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/overview.py" line="130"></location>
            <source>Leviers à haute priorité</source>
            <translation>High-priority levers</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/overview.py" line="135"></location>
            <source>Prochaines actions par échéance</source>
            <translation>Next actions by due date</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/overview.py" line="137"></location>
            <source>Prochaines actions</source>
            <translation>Next actions</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/overview.py" line="183"></location>
            <source>Filière : %1</source>
            <translation>Sector: %1</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/overview.py" line="187"></location>
            <source>Animation : %1</source>
            <translation>Facilitation: %1</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/overview.py" line="189"></location>
            <source>Depuis le %1</source>
            <translation>Since %1</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/overview.py" line="199"></location>
            <source>%1 par %2</source>
            <translation>%1 by %2</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/overview.py" line="201"></location>
            <source>Maturité</source>
            <translation>Maturity</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/overview.py" line="202"></location>
            <source>Maturité et complétude</source>
            <translation>Maturity and completion</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/overview.py" line="213"></location>
            <source>%1 avec un statut</source>
            <translation>%1 with a status</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/overview.py" line="214"></location>
            <location filename="../../essdesk/ui/overview.py" line="215"></location>
            <source>%1 de priorité haute à traiter</source>
            <translation>High-priority %1 to act on</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/overview.py" line="232"></location>
            <source>Rien de priorité haute en attente.</source>
            <translation>Nothing of high priority pending.</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/overview.py" line="247"></location>
            <source>sans échéance</source>
            <translation>no due date</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/overview.py" line="253"></location>
            <source>En retard</source>
            <translation>Overdue</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/overview.py" line="256"></location>
            <source>Aucune action en attente. Créez-en depuis un levier.</source>
            <translation>No pending actions. Create some from a lever.</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/overview.py" line="227"></location>
            <source>échéance</source>
            <translation>due</translation>
        </message>
    </context>
    <context>
        <name>ParticipantsModel</name>
        <message>
            <location filename="../../essdesk/ui/models/participants.py" line="59"></location>
            <source>Nom</source>
            <translation>Name</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/models/participants.py" line="59"></location>
            <source>Organisation</source>
            <translation>Organisation</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/models/participants.py" line="83"></location>
            <source>Chaque participant doit avoir un nom : le nom précédent est gardé.</source>
            <translation>Every participant needs a name: the previous name is kept.</translation>
        </message>
    </context>
    <context>
        <name>PhoneVoteDialog</name>
        <message>
            <location filename="../../essdesk/ui/phone_vote.py" line="157"></location>
            <location filename="../../essdesk/ui/phone_vote.py" line="259"></location>
            <source>Vote sur téléphones</source>
            <extracomment>No phone after this long: most often the laptop's firewall or a guest Wi-Fi that keeps devices apart, which the facilitator can fix (the hint says how).</extracomment>
            <translation>Vote on phones</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/phone_vote.py" line="164"></location>
            <source>L'adresse de cet ordinateur sur le réseau de la salle (127.0.0.1 : cet ordinateur seulement)</source>
            <translation>This computer's address on the room's network (127.0.0.1: this computer only)</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/phone_vote.py" line="171"></location>
            <source>&amp;Ouvrir le vote</source>
            <translation>&amp;Open the vote</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/phone_vote.py" line="174"></location>
            <source>Adresse :</source>
            <translation>Address:</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/phone_vote.py" line="174"></location>
            <source>Port :</source>
            <translation>Port:</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/phone_vote.py" line="185"></location>
            <source>Choisissez l'adresse, puis ouvrez le vote.</source>
            <translation>Choose the address, then open the vote.</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/phone_vote.py" line="209"></location>
            <source>Résultats masqués</source>
            <translation>Results hidden</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/phone_vote.py" line="223"></location>
            <source>Une question aux participants, par exemple : Quel maillon manque le plus ?</source>
            <translation>A question for the participants, for example: Which link is most missing?</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/phone_vote.py" line="225"></location>
            <source>&amp;Poser la question</source>
            <translation>&amp;Ask the question</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/phone_vote.py" line="227"></location>
            <location filename="../../essdesk/ui/phone_vote.py" line="318"></location>
            <source>&amp;Masquer les résultats</source>
            <translation>&amp;Hide the results</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/phone_vote.py" line="230"></location>
            <source>&amp;Clore le vote</source>
            <translation>&amp;Close the vote</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/phone_vote.py" line="269"></location>
            <source>Code : %1</source>
            <translation>Code: %1</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/phone_vote.py" line="279"></location>
            <source>Aucun téléphone n'a encore rejoint le vote. Vérifiez que les téléphones sont sur le même réseau Wi-Fi que cet ordinateur (pas un réseau « invités » qui isole les appareils), et que le pare-feu de l'ordinateur autorise essdesk à recevoir des connexions sur le port %1 (sous Windows, répondez « Autoriser l'accès » quand il le demande). Ou saisissez l'adresse %2 à la main dans le navigateur du téléphone.</source>
            <translation>No phone has joined the vote yet. Check that the phones are on the same Wi-Fi network as this computer (not a "guest" network that keeps devices apart), and that the computer's firewall lets essdesk receive connections on port %1 (on Windows, answer "Allow access" when asked). Or type the address %2 by hand in the phone's browser.</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/phone_vote.py" line="303"></location>
            <source>Vote sur téléphones (%1 bulletins)</source>
            <translation>Vote on phones (%1 ballots)</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/phone_vote.py" line="318"></location>
            <source>&amp;Afficher les résultats</source>
            <translation>&amp;Show the results</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/phone_vote.py" line="340"></location>
            <source>Téléphones : %1 · votes : %2 · idées : %3</source>
            <translation>Phones: %1 · votes: %2 · ideas: %3</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/workshop_menu.py" line="33"></location>
            <source>Vote sur &amp;téléphones…</source>
            <translation>Vote on p&amp;hones…</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/phone_vote.py" line="363"></location>
            <source>Créez d'abord un atelier dans la vue « Ateliers ».</source>
            <translation>First create a workshop in the “Workshops” view.</translation>
        </message>
    </context>
    <context>
        <name>PracticesModel</name>
        <message>
            <location filename="../../essdesk/ui/consolidation_view.py" line="169"></location>
            <source>Code</source>
            <translation>Code</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/consolidation_view.py" line="169"></location>
            <source>Réalisé à</source>
            <translation>Done in</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/consolidation_view.py" line="169"></location>
            <source>Encore ouvert à</source>
            <translation>Still open in</translation>
        </message>
    </context>
    <context>
        <name>RadarChart</name>
        <message>
            <location filename="../../essdesk/ui/charts.py" line="85"></location>
            <source>%1 %2</source>
            <translation>%1 %2</translation>
        </message>
    </context>
    <context>
        <name>ReferentialsDialog</name>
        <message>
            <location filename="../../essdesk/ui/referentials_dialog.py" line="93"></location>
            <source>Référentiels</source>
            <translation>Referentials</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/referentials_dialog.py" line="97"></location>
            <source>Les méthodes sur lesquelles un nouveau diagnostic peut être fait. Un diagnostic garde sa copie de la sienne : supprimer un référentiel ne change aucun diagnostic.</source>
            <translation>The methods a new diagnostic can follow. A diagnostic keeps its own copy of its method: removing a referential changes no diagnostic.</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/referentials_dialog.py" line="125"></location>
            <source>&amp;Installer…</source>
            <translation>&amp;Install…</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/referentials_dialog.py" line="127"></location>
            <source>&amp;Supprimer</source>
            <translation>&amp;Delete</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/referentials_dialog.py" line="129"></location>
            <source>&amp;Modèle de tableur…</source>
            <translation>Spreadsheet &amp;template…</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/referentials_dialog.py" line="157"></location>
            <source>Installer un référentiel</source>
            <translation>Install a referential</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/referentials_dialog.py" line="159"></location>
            <source>Référentiel (*.json *.xlsx);;Tableur (*.xlsx);;JSON (*.json)</source>
            <translation>Referential (*.json *.xlsx);;Spreadsheet (*.xlsx);;JSON (*.json)</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/referentials_dialog.py" line="172"></location>
            <source>« %1 » n'a pas été installé : corrigez ces problèmes dans le tableur, puis réessayez.</source>
            <translation>“%1” was not installed: correct these problems in the spreadsheet, then try again.</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/referentials_dialog.py" line="179"></location>
            <source>« %1 » n'a pas été installé.</source>
            <translation>“%1” was not installed.</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/referentials_dialog.py" line="185"></location>
            <source>Installé : « %1 », version %2.</source>
            <translation>Installed: “%1”, version %2.</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/referentials_dialog.py" line="201"></location>
            <source>Supprimer un référentiel</source>
            <translation>Remove a referential</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/referentials_dialog.py" line="203"></location>
            <source>Supprimer « %1 » ? Les diagnostics faits avec lui en gardent leur copie ; on ne pourra plus en commencer de nouveaux.</source>
            <translation>Remove “%1”? Diagnostics made on it keep their copy; no new one can be started on it.</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/referentials_dialog.py" line="216"></location>
            <source>Supprimé : « %1 ».</source>
            <translation>Removed: “%1”.</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/referentials_dialog.py" line="222"></location>
            <source>Modèle de tableur</source>
            <translation>Spreadsheet template</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/referentials_dialog.py" line="223"></location>
            <source>modele-referentiel.xlsx</source>
            <translation>referential-template.xlsx</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/referentials_dialog.py" line="224"></location>
            <source>Tableur (*.xlsx)</source>
            <translation>Spreadsheet (*.xlsx)</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/referentials_dialog.py" line="241"></location>
            <source>Modèle écrit : %1. Remplissez-le dans Excel ou LibreOffice, puis « Installer… ».</source>
            <translation>Template written: %1. Fill it in with Excel or LibreOffice, then “Install…”.</translation>
        </message>
    </context>
    <context>
        <name>ReferentialsModel</name>
        <message>
            <location filename="../../essdesk/ui/referentials_dialog.py" line="41"></location>
            <source>Nom</source>
            <translation>Name</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/referentials_dialog.py" line="42"></location>
            <source>Version</source>
            <translation>Version</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/referentials_dialog.py" line="43"></location>
            <source>Auteur</source>
            <translation>Author</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/referentials_dialog.py" line="44"></location>
            <source>Parties</source>
            <translation>Parts</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/referentials_dialog.py" line="45"></location>
            <source>Leviers</source>
            <translation>Levers</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/referentials_dialog.py" line="46"></location>
            <source>Origine</source>
            <translation>Origin</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/referentials_dialog.py" line="81"></location>
            <source>livré avec essdesk</source>
            <translation>shipped with essdesk</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/referentials_dialog.py" line="81"></location>
            <source>installé</source>
            <translation>installed</translation>
        </message>
    </context>
    <context>
        <name>ServerDialog</name>
        <message>
            <location filename="../../essdesk/ui/server_dialog.py" line="100"></location>
            <source>Publier sur un serveur</source>
            <translation>Publish to a server</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/server_dialog.py" line="100"></location>
            <source>Ouvrir depuis un serveur</source>
            <translation>Open from a server</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/server_dialog.py" line="105"></location>
            <source>Serveurs déjà utilisés</source>
            <translation>Servers used before</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/server_dialog.py" line="107"></location>
            <source>Nouveau serveur…</source>
            <translation>New server…</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/server_dialog.py" line="111"></location>
            <source>&amp;Profil :</source>
            <translation>&amp;Profile:</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/server_dialog.py" line="117"></location>
            <source>&amp;Serveur :</source>
            <translation>&amp;Server:</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/server_dialog.py" line="118"></location>
            <source>Po&amp;rt :</source>
            <translation>Po&amp;rt:</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/server_dialog.py" line="119"></location>
            <source>&amp;Base de données :</source>
            <translation>&amp;Database:</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/server_dialog.py" line="120"></location>
            <source>&amp;Utilisateur :</source>
            <translation>&amp;User:</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/server_dialog.py" line="121"></location>
            <source>Sc&amp;héma essdesk :</source>
            <translation>essdesk sc&amp;hema:</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/server_dialog.py" line="124"></location>
            <source>nom ou adresse (vide : ce poste)</source>
            <translation>name or address (empty: this computer)</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/server_dialog.py" line="127"></location>
            <source>votre nom d'utilisateur PostgreSQL</source>
            <translation>your PostgreSQL user name</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/server_dialog.py" line="137"></location>
            <source>Chiffrement</source>
            <translation>Encryption</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/server_dialog.py" line="139"></location>
            <source>par défaut (si le serveur le propose)</source>
            <translation>default (if the server offers it)</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/server_dialog.py" line="140"></location>
            <source>aucun</source>
            <translation>none</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/server_dialog.py" line="141"></location>
            <source>exigé</source>
            <translation>required</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/server_dialog.py" line="142"></location>
            <source>exigé, certificat vérifié</source>
            <translation>required, certificate verified</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/server_dialog.py" line="143"></location>
            <source>exigé, certificat et nom vérifiés</source>
            <translation>required, certificate and name verified</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/server_dialog.py" line="147"></location>
            <source>&amp;Chiffrement :</source>
            <translation>&amp;Encryption:</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/server_dialog.py" line="151"></location>
            <source>Le mot de passe n'est jamais enregistré : essdesk le demande quand le serveur l'exige, ou le lit dans ~/.pgpass.</source>
            <translation>The password is never saved: essdesk asks for it when the server requires one, or reads it from ~/.pgpass.</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/server_dialog.py" line="168"></location>
            <source>Diagnostics du serveur</source>
            <translation>The server's diagnostics</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/server_dialog.py" line="180"></location>
            <source>Se co&amp;nnecter</source>
            <translation>Co&amp;nnect</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/server_dialog.py" line="193"></location>
            <source>Publi&amp;er</source>
            <translation>Pu&amp;blish</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/server_dialog.py" line="193"></location>
            <source>&amp;Ouvrir</source>
            <translation>&amp;Open</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/server_dialog.py" line="279"></location>
            <source>Connexion au serveur…</source>
            <translation>Connecting to the server…</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/server_dialog.py" line="297"></location>
            <source>Aucun diagnostic sur ce serveur (ou aucun que vous ayez le droit de lire) : publiez-en un avec Fichier › Publier sur un serveur…</source>
            <translation>No diagnostic on this server (or none you may read): publish one with File › Publish to a server…</translation>
        </message>
    </context>
    <context>
        <name>StepBars</name>
        <message>
            <location filename="../../essdesk/ui/charts.py" line="223"></location>
            <source>Maturité</source>
            <translation>Maturity</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/charts.py" line="223"></location>
            <source>Complétude</source>
            <translation>Completion</translation>
        </message>
    </context>
    <context>
        <name>StepView</name>
        <message>
            <location filename="../../essdesk/ui/step_view.py" line="335"></location>
            <source>Ajouter un levier personnalisé…</source>
            <translation>Add a custom lever…</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/step_view.py" line="344"></location>
            <source>Synthèse de l'étape</source>
            <translation>Step summary</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/step_view.py" line="323"></location>
            <source>Conseils du guide</source>
            <translation>Guidance from the guide</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/step_view.py" line="339"></location>
            <source>Synthèse</source>
            <translation>Summary</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/step_view.py" line="343"></location>
            <source>Ce que le groupe retient : constats, points de vigilance, suites…</source>
            <translation>What the group takes away: findings, points to watch, next steps…</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/step_view.py" line="379"></location>
            <source>%1 %2 — %3</source>
            <translation>%1 %2 — %3</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/step_view.py" line="381"></location>
            <source>Synthèse — %1</source>
            <translation>Summary — %1</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/step_view.py" line="382"></location>
            <source>Ajouter (%1 du groupe)…</source>
            <translation>Add (the group's own %1)…</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/step_view.py" line="392"></location>
            <location filename="../../essdesk/ui/step_view.py" line="394"></location>
            <source>%1 %2</source>
            <translation>%1 %2</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/step_view.py" line="420"></location>
            <source>%1/%2 %3</source>
            <translation>%1/%2 %3</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/step_view.py" line="421"></location>
            <source>maturité %1</source>
            <translation>maturity %1</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/step_view.py" line="447"></location>
            <source>Synthèse de l'étape %1</source>
            <translation>Summary of step %1</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/step_view.py" line="451"></location>
            <source>Ajouter un levier personnalisé</source>
            <translation>Add a custom lever</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/step_view.py" line="452"></location>
            <source>Intitulé du levier propre à votre territoire :</source>
            <translation>Title of the lever specific to your territory:</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/step_view.py" line="456"></location>
            <source>Ajouter un levier à l'étape %1</source>
            <translation>Add a lever to step %1</translation>
        </message>
    </context>
    <context>
        <name>TerritoriesModel</name>
        <message>
            <location filename="../../essdesk/ui/consolidation_view.py" line="48"></location>
            <source>Territoire</source>
            <translation>Territory</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/consolidation_view.py" line="49"></location>
            <source>Filière</source>
            <translation>Sector</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/consolidation_view.py" line="50"></location>
            <source>Début</source>
            <translation>Start</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/consolidation_view.py" line="52"></location>
            <source>Ensemble</source>
            <translation>Overall</translation>
        </message>
    </context>
    <context>
        <name>UpdatePreviewDialog</name>
        <message>
            <location filename="../../essdesk/ui/referential_update_view.py" line="65"></location>
            <source>Mettre à jour vers la version %1</source>
            <translation>Update to version %1</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/referential_update_view.py" line="69"></location>
            <source>« %1 » a une version plus récente. Voici ce qui changera dans ce diagnostic. Aucune évaluation n'est perdue : un levier retiré qui a été évalué reste, comme levier personnalisé. Un jalon garde l'état d'avant ; Édition › Annuler défait la mise à jour.</source>
            <translation>“%1” has a newer version. Here is what will change in this diagnostic. No assessment is lost: a removed lever that was assessed stays, as a custom lever. A milestone keeps the state before; Edit › Undo reverts the update.</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/referential_update_view.py" line="85"></location>
            <source>&amp;Mettre à jour</source>
            <translation>&amp;Update</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/referential_update_view.py" line="98"></location>
            <source>Mise à jour du référentiel vers la version %1</source>
            <translation>Referential update to version %1</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/referential_update_view.py" line="99"></location>
            <source>Avant la mise à jour vers la version %1</source>
            <translation>Before the update to version %1</translation>
        </message>
    </context>
    <context>
        <name>ValueChainView</name>
        <message>
            <location filename="../../essdesk/ui/actors_view.py" line="71"></location>
            <source>%1 ESS · %2 hors ESS</source>
            <translation>%1 SSE · %2 non-SSE</translation>
        </message>
    </context>
    <context>
        <name>ValueDialog</name>
        <message>
            <location filename="../../essdesk/ui/indicator_dialog.py" line="224"></location>
            <source>Nouvelle valeur de « %1 »</source>
            <translation>New value of “%1”</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/indicator_dialog.py" line="226"></location>
            <source>Modifier une valeur de « %1 »</source>
            <translation>Edit a value of “%1”</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/indicator_dialog.py" line="239"></location>
            <source>&amp;Date *</source>
            <translation>&amp;Date *</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/indicator_dialog.py" line="240"></location>
            <source>&amp;Valeur *</source>
            <translation>&amp;Value *</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/indicator_dialog.py" line="241"></location>
            <source>&amp;Commentaire</source>
            <translation>&amp;Comment</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/indicator_dialog.py" line="260"></location>
            <source>Saisissez la valeur mesurée.</source>
            <translation>Enter the measured value.</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/indicator_dialog.py" line="275"></location>
            <source>Ajouter une valeur d'indicateur</source>
            <translation>Add an indicator value</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/indicator_dialog.py" line="287"></location>
            <source>Modifier une valeur d'indicateur</source>
            <translation>Edit an indicator value</translation>
        </message>
    </context>
    <context>
        <name>ValuesModel</name>
        <message>
            <location filename="../../essdesk/ui/models/indicators.py" line="101"></location>
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/models/indicators.py" line="101"></location>
            <source>Valeur</source>
            <translation>Value</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/models/indicators.py" line="101"></location>
            <source>Commentaire</source>
            <translation>Comment</translation>
        </message>
    </context>
    <context>
        <name>VoteChart</name>
        <message>
            <location filename="../../essdesk/ui/vote_chart.py" line="47"></location>
            <source>Aucun vote pour l'instant</source>
            <translation>No votes yet</translation>
        </message>
    </context>
    <context>
        <name>VoteDialog</name>
        <message>
            <location filename="../../essdesk/ui/vote_panel.py" line="314"></location>
            <source>Vote à gommettes</source>
            <translation>Dot voting</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/vote_panel.py" line="321"></location>
            <source>Cliquez une case puis + ou − (Espace / Retour arrière), ou tapez un nombre. La colonne « Groupe » reçoit les totaux comptés sur un mur de gommettes. Un clic sur une barre ajoute une gommette au groupe, un clic droit en retire une.</source>
            <translation>Click a cell then + or − (Space / Backspace), or type a number. The “Group” column takes the totals counted on a dot wall. Clicking a bar adds a dot for the group; right-clicking removes one.</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/vote_panel.py" line="328"></location>
            <location filename="../../essdesk/ui/vote_panel.py" line="331"></location>
            <location filename="../../essdesk/ui/vote_panel.py" line="445"></location>
            <source>Gommettes par participant</source>
            <translation>Dots per participant</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/vote_panel.py" line="333"></location>
            <source>Ajouter des acteurs comme participants…</source>
            <translation>Add actors as participants…</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/vote_panel.py" line="351"></location>
            <source>Votes par levier et par participant</source>
            <translation>Votes by lever and participant</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/vote_panel.py" line="368"></location>
            <source>Résultat du vote</source>
            <translation>Voting result</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/vote_panel.py" line="374"></location>
            <source>Transformer en plan d'action</source>
            <translation>Turn into an action plan</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/vote_panel.py" line="377"></location>
            <source>Les %1 leviers les plus votés passent en priorité haute et reçoivent chacun une action à compléter.</source>
            <translation>The %1 levers with the most votes move to high priority and each get an action to complete.</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/vote_panel.py" line="402"></location>
            <source>Atelier du %1 — %2</source>
            <translation>Workshop on %1 — %2</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/vote_panel.py" line="403"></location>
            <source>lieu non précisé</source>
            <translation>place not given</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/vote_panel.py" line="454"></location>
            <source>Acteurs présents</source>
            <translation>Actors present</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/vote_panel.py" line="468"></location>
            <source>Participants de l'atelier</source>
            <translation>Workshop participants</translation>
        </message>
    </context>
    <context>
        <name>VotePanel</name>
        <message>
            <location filename="../../essdesk/ui/vote_panel.py" line="128"></location>
            <source>Vote pour le levier %1</source>
            <translation>Vote for lever %1</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/vote_panel.py" line="128"></location>
            <source>Vote retiré du levier %1</source>
            <translation>Vote removed from lever %1</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/vote_panel.py" line="136"></location>
            <source>Gommettes placées : %1</source>
            <translation>Dots placed: %1</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/vote_panel.py" line="137"></location>
            <source>%1 / %2 gommettes placées</source>
            <translation>%1 / %2 dots placed</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/vote_panel.py" line="146"></location>
            <source>Vote refusé — %1</source>
            <translation>Vote refused — %1</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/vote_panel.py" line="162"></location>
            <source>Aucun vote à transformer : saisissez d'abord les votes.</source>
            <translation>No votes to turn into actions: enter the votes first.</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/vote_panel.py" line="166"></location>
            <source>Transformer les votes en plan d'action</source>
            <translation>Turn the votes into an action plan</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/vote_panel.py" line="172"></location>
            <source>Priorité du levier %1</source>
            <translation>Priority of lever %1</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/vote_panel.py" line="174"></location>
            <source>Action pour le levier %1</source>
            <translation>Action for lever %1</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/vote_panel.py" line="159"></location>
            <source>Plan d'action issu du vote : leviers %1 en priorité haute, actions à compléter.</source>
            <translation>Action plan from the vote: levers %1 set to high priority, actions to complete.</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/vote_panel.py" line="179"></location>
            <source>Décisions de l'atelier</source>
            <translation>Workshop decisions</translation>
        </message>
        <message numerus="yes">
            <location filename="../../essdesk/ui/vote_panel.py" line="182"></location>
            <source>%n actions créées à partir des votes (Ctrl+Z pour annuler).</source>
            <translation>
                <numerusform>%n action created from the votes (Ctrl+Z to undo).</numerusform>
                <numerusform>%n actions created from the votes (Ctrl+Z to undo).</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>VotesModel</name>
        <message>
            <location filename="../../essdesk/ui/vote_panel.py" line="230"></location>
            <source>Levier</source>
            <translation>Lever</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/vote_panel.py" line="232"></location>
            <source>Groupe</source>
            <translation>Group</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/vote_panel.py" line="234"></location>
            <source>Total</source>
            <translation>Total</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/vote_panel.py" line="238"></location>
            <source>Gommettes comptées pour le groupe (vote sur un mur, à main levée…)</source>
            <translation>Dots counted for the group (on a wall, by show of hands…)</translation>
        </message>
    </context>
    <context>
        <name>WelcomePage</name>
        <message>
            <location filename="../../essdesk/ui/welcome.py" line="40"></location>
            <source>essdesk</source>
            <translation>essdesk</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/welcome.py" line="43"></location>
            <source>Diagnostic de filière de territoire avec et pour l'ESS, en atelier, selon la méthode du guide RTES « RepèrESS Filières &amp; ESS » ou toute autre méthode décrite en référentiel.</source>
            <translation>Workshop-based diagnostic of a territorial sector with and for the SSE, following the method of the RTES guide “RepèrESS Filières &amp; ESS” or any other method written as a referential.</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/welcome.py" line="55"></location>
            <source>Récupérer</source>
            <translation>Recover</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/welcome.py" line="64"></location>
            <source>Nouveau diagnostic…</source>
            <translation>New diagnostic…</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/welcome.py" line="66"></location>
            <source>Ouvrir…</source>
            <translation>Open…</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/welcome.py" line="67"></location>
            <source>Ouvrir la démo</source>
            <translation>Open the demo</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/welcome.py" line="68"></location>
            <source>Un diagnostic d'exemple : la filière laine d'un territoire rural.</source>
            <translation>A sample diagnostic: the wool sector of a rural territory.</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/welcome.py" line="78"></location>
            <location filename="../../essdesk/ui/welcome.py" line="82"></location>
            <source>Diagnostics récents</source>
            <translation>Recent diagnostics</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/welcome.py" line="88"></location>
            <source>Astuce : Ctrl+N nouveau, Ctrl+O ouvrir, Ctrl++ / Ctrl+- pour agrandir au vidéoprojecteur.</source>
            <translation>Tip: Ctrl+N new, Ctrl+O open, Ctrl++ / Ctrl+- to zoom for a projector.</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/welcome.py" line="101"></location>
            <source>introuvable</source>
            <translation>not found</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/welcome.py" line="105"></location>
            <source>Aucun diagnostic récent : créez-en un ou ouvrez la démo.</source>
            <translation>No recent diagnostics: create one or open the demo.</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/welcome.py" line="115"></location>
            <source>Sans titre</source>
            <translation>Untitled</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/welcome.py" line="117"></location>
            <source>Le diagnostic « %1 » n'a pas été fermé normalement (%2). Ses dernières modifications sont conservées dans une copie de travail.</source>
            <translation>The diagnostic “%1” was not closed properly (%2). Its latest changes are kept in a working copy.</translation>
        </message>
    </context>
    <context>
        <name>WorkshopEditor</name>
        <message>
            <location filename="../../essdesk/ui/workshops_view.py" line="61"></location>
            <source>&amp;Date</source>
            <translation>&amp;Date</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/workshops_view.py" line="62"></location>
            <source>&amp;Lieu</source>
            <translation>&amp;Place</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/workshops_view.py" line="63"></location>
            <source>Étapes abordées</source>
            <translation>Steps covered</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/workshops_view.py" line="66"></location>
            <location filename="../../essdesk/ui/workshops_view.py" line="77"></location>
            <source>Participants</source>
            <translation>Participants</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/workshops_view.py" line="96"></location>
            <source>&amp;Notes</source>
            <translation>&amp;Notes</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/workshops_view.py" line="103"></location>
            <source>Dé&amp;cisions</source>
            <translation>De&amp;cisions</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/workshops_view.py" line="110"></location>
            <source>Chaque modification est gardée au fil de la frappe (Ctrl+Z pour annuler).</source>
            <translation>Every change is kept as you type (Ctrl+Z to undo).</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/workshops_view.py" line="120"></location>
            <source>Date de l'atelier</source>
            <translation>Workshop date</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/workshops_view.py" line="122"></location>
            <source>Lieu de l'atelier</source>
            <translation>Workshop place</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/workshops_view.py" line="183"></location>
            <source>abordée</source>
            <translation>covered</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/workshops_view.py" line="183"></location>
            <source>abordé</source>
            <translation>covered</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/workshops_view.py" line="186"></location>
            <source>%1 %2 %3</source>
            <translation>%1 %2 %3</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/workshops_view.py" line="194"></location>
            <source>%1 abordées</source>
            <translation>%1 covered</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/workshops_view.py" line="196"></location>
            <source>%1 abordés</source>
            <translation>%1 covered</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/workshops_view.py" line="202"></location>
            <source>Étapes de l'atelier</source>
            <translation>Workshop steps</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/workshops_view.py" line="209"></location>
            <source>Participants de l'atelier</source>
            <translation>Workshop participants</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/workshops_view.py" line="217"></location>
            <source>Participant %1</source>
            <translation>Participant %1</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/workshops_view.py" line="81"></location>
            <source>Ajouter un participant</source>
            <translation>Add a participant</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/workshops_view.py" line="82"></location>
            <source>Retirer le participant</source>
            <translation>Remove the participant</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/workshops_view.py" line="99"></location>
            <location filename="../../essdesk/ui/workshops_view.py" line="124"></location>
            <source>Notes de l'atelier</source>
            <translation>Workshop notes</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/workshops_view.py" line="106"></location>
            <location filename="../../essdesk/ui/workshops_view.py" line="127"></location>
            <source>Décisions de l'atelier</source>
            <translation>Workshop decisions</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/workshops_view.py" line="248"></location>
            <source>Choisissez un atelier dans la liste, ou créez-en un.</source>
            <translation>Choose a workshop from the list, or create one.</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/workshops_view.py" line="252"></location>
            <source>Atelier du %1</source>
            <translation>Workshop on %1</translation>
        </message>
    </context>
    <context>
        <name>WorkshopMode</name>
        <message>
            <location filename="../../essdesk/ui/workshop_mode.py" line="90"></location>
            <source>Mode atelier — essdesk</source>
            <extracomment>Number keys on a French (AZERTY) keyboard without Shift: &amp; é " ' ( - → 1–6.</extracomment>
            <translation>Workshop mode — essdesk</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/workshop_mode.py" line="216"></location>
            <source>Durée de la séquence (minutes)</source>
            <translation>Session length (minutes)</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/workshop_mode.py" line="224"></location>
            <source>↑ ↓ ou chiffres, Entrée pour valider, Échap pour annuler</source>
            <translation>↑ ↓ or digits, Enter to confirm, Esc to cancel</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/workshop_mode.py" line="236"></location>
            <source>levier suivant</source>
            <translation>next lever</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/workshop_mode.py" line="236"></location>
            <source>→  PageSuivante  Espace</source>
            <translation>→  PageDown  Space</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/workshop_mode.py" line="237"></location>
            <source>levier précédent</source>
            <translation>previous lever</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/workshop_mode.py" line="237"></location>
            <source>←  PagePrécédente</source>
            <translation>←  PageUp</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/workshop_mode.py" line="238"></location>
            <source>statut du levier (1 Non évalué … 5 Réalisé, 6 Non concerné)</source>
            <translation>lever status (1 Not assessed … 5 Done, 6 Not applicable)</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/workshop_mode.py" line="239"></location>
            <source>notes du levier ou de l'étape</source>
            <translation>lever or step notes</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/workshop_mode.py" line="241"></location>
            <source>décisions de l'atelier</source>
            <translation>workshop decisions</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/workshop_mode.py" line="242"></location>
            <source>vote à gommettes : ↑ ↓ choisir, + − gommette, P plan d'action</source>
            <translation>dot voting: ↑ ↓ choose, + − dot, P action plan</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/workshop_mode.py" line="243"></location>
            <source>vote sur téléphones : QR code, adresse et code pour les participants</source>
            <translation>vote on phones: QR code, address and code for the participants</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/workshop_mode.py" line="244"></location>
            <source>minuteur : démarrer/pause, remettre à zéro, durée</source>
            <translation>timer: start/pause, reset, length</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/workshop_mode.py" line="245"></location>
            <source>annuler, rétablir</source>
            <translation>undo, redo</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/workshop_mode.py" line="246"></location>
            <source>revenir, puis quitter le mode atelier</source>
            <translation>go back, then leave workshop mode</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/workshop_mode.py" line="246"></location>
            <source>Échap</source>
            <translation>Esc</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/workshop_mode.py" line="254"></location>
            <source>Temps écoulé</source>
            <translation>Time's up</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/workshop_mode.py" line="258"></location>
            <source>← →  naviguer · 1–6  statut · N  notes · Q  questions · D  décisions · V  vote · W  téléphones · T  minuteur · H  aide · Échap  quitter</source>
            <translation>← →  navigate · 1–6  status · N  notes · Q  questions · D  decisions · V  vote · W  phones · T  timer · H  help · Esc  quit</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/workshop_mode.py" line="340"></location>
            <source>%1 %2 · %3</source>
            <translation>%1 %2 · %3</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/workshop_mode.py" line="343"></location>
            <source>%1 %2 / %3</source>
            <translation>%1 %2 / %3</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/workshop_mode.py" line="344"></location>
            <source>%1 %2</source>
            <translation>%1 %2</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/workshop_mode.py" line="364"></location>
            <source>Synthèse</source>
            <translation>Summary</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/workshop_mode.py" line="365"></location>
            <source>N : écrire la synthèse</source>
            <translation>N: write the summary</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/workshop_mode.py" line="490"></location>
            <source>%1 %2 — synthèse</source>
            <translation>%1 %2 — summary</translation>
        </message>
        <message numerus="yes">
            <location filename="../../essdesk/ui/workshop_mode.py" line="440"></location>
            <source>%n participants</source>
            <translation>
                <numerusform>%n participant</numerusform>
                <numerusform>%n participants</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../essdesk/ui/workshop_mode.py" line="440"></location>
            <source>%n gommettes</source>
            <translation>
                <numerusform>%n dot</numerusform>
                <numerusform>%n dots</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/workshop_mode.py" line="240"></location>
            <source>questions à se poser sur le levier (afficher, masquer)</source>
            <translation>questions to ask about the lever (show, hide)</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/workshop_mode.py" line="388"></location>
            <source>Notes du groupe</source>
            <translation>Group notes</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/workshop_mode.py" line="389"></location>
            <source>N : écrire les notes du groupe</source>
            <translation>N: write the group notes</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/workshop_mode.py" line="419"></location>
            <source>Le référentiel ne propose pas de questions pour ce levier.</source>
            <translation>The guide offers no questions for this lever.</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/workshop_mode.py" line="429"></location>
            <source>Vote à gommettes</source>
            <translation>Dot voting</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/workshop_mode.py" line="430"></location>
            <source>Aucun atelier choisi : quittez le mode (Échap), créez ou sélectionnez un atelier dans « Ateliers », puis relancez F5.</source>
            <translation>No workshop chosen: leave the mode (Esc), create or select a workshop in “Workshops”, then press F5 again.</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/workshop_mode.py" line="438"></location>
            <source>Vote à gommettes — %1</source>
            <translation>Dot voting — %1</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/workshop_mode.py" line="441"></location>
            <source>Totaux du groupe</source>
            <translation>Group totals</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/workshop_mode.py" line="442"></location>
            <source>  ·  ↑ ↓ choisir · + − gommette · P plan d'action</source>
            <translation>  ·  ↑ ↓ choose · + − dot · P action plan</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/workshop_mode.py" line="476"></location>
            <source>Statut du levier %1 : %2</source>
            <translation>Status of lever %1: %2</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/workshop_mode.py" line="483"></location>
            <source>Aucun atelier choisi : les décisions s'écrivent dans un atelier.</source>
            <translation>No workshop chosen: decisions are written in a workshop.</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/workshop_mode.py" line="486"></location>
            <source>Décisions de l'atelier du %1</source>
            <translation>Decisions of the workshop on %1</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/workshop_mode.py" line="498"></location>
            <source>Échap ou Ctrl+Entrée : enregistrer et revenir</source>
            <translation>Esc or Ctrl+Enter: save and go back</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/workshop_mode.py" line="533"></location>
            <source>Notes du levier %1</source>
            <translation>Notes on lever %1</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/workshop_mode.py" line="538"></location>
            <source>Synthèse de l'étape %1</source>
            <translation>Summary of step %1</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/workshop_mode.py" line="543"></location>
            <source>Décisions de l'atelier</source>
            <translation>Workshop decisions</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/workshop_menu.py" line="27"></location>
            <source>A&amp;telier</source>
            <translation>&amp;Workshop</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/workshop_menu.py" line="28"></location>
            <source>&amp;Mode atelier (projection)</source>
            <translation>&amp;Workshop mode (projector)</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/workshop_menu.py" line="31"></location>
            <source>&amp;Voter…</source>
            <translation>&amp;Vote…</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/workshop_menu.py" line="35"></location>
            <source>&amp;Compte rendu PDF…</source>
            <translation>&amp;Minutes (PDF)…</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/workshop_menu.py" line="41"></location>
            <source>&amp;Écran de projection</source>
            <translation>&amp;Projector screen</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/workshop_mode.py" line="391"></location>
            <source>Questions à se poser</source>
            <translation>Questions to ask</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/workshop_mode.py" line="838"></location>
            <source>Poser un jalon ?</source>
            <translation>Set a milestone?</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/workshop_mode.py" line="838"></location>
            <source>La séance a modifié le diagnostic. Poser un jalon pour garder son état d'aujourd'hui et le comparer plus tard ?</source>
            <translation>The session changed the diagnostic. Set a milestone to keep today's state and compare it later?</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/workshop_mode.py" line="847"></location>
            <source>Atelier du %1</source>
            <translation>Workshop on %1</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/workshop_mode.py" line="860"></location>
            <source>Créez d'abord un atelier dans la vue « Ateliers ». </source>
            <translation>First create a workshop in the “Workshops” view. </translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/workshop_mode.py" line="871"></location>
            <source>Compte rendu</source>
            <translation>Minutes</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/workshop_mode.py" line="871"></location>
            <source>Choisissez d'abord un atelier.</source>
            <translation>Choose a workshop first.</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/workshop_mode.py" line="877"></location>
            <source>Compte rendu PDF de l'atelier</source>
            <translation>Workshop minutes (PDF)</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/workshop_mode.py" line="878"></location>
            <source>PDF (*.pdf)</source>
            <translation>PDF (*.pdf)</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/workshop_mode.py" line="892"></location>
            <source>Compte rendu enregistré : %1</source>
            <translation>Minutes saved: %1</translation>
        </message>
    </context>
    <context>
        <name>WorkshopsModel</name>
        <message>
            <location filename="../../essdesk/ui/models/workshops.py" line="24"></location>
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/models/workshops.py" line="24"></location>
            <source>Lieu</source>
            <translation>Place</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/models/workshops.py" line="24"></location>
            <source>Étapes</source>
            <translation>Steps</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/models/workshops.py" line="24"></location>
            <source>Participants</source>
            <translation>Participants</translation>
        </message>
    </context>
    <context>
        <name>WorkshopsView</name>
        <message>
            <location filename="../../essdesk/ui/workshops_view.py" line="268"></location>
            <source>Ateliers</source>
            <translation>Workshops</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/workshops_view.py" line="269"></location>
            <source>Les séances de travail avec les acteurs : date, lieu, étapes abordées, participants, décisions.</source>
            <translation>Working sessions with the actors: date, place, steps covered, participants, decisions.</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/workshops_view.py" line="280"></location>
            <source>Liste des ateliers</source>
            <translation>List of workshops</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/workshops_view.py" line="294"></location>
            <location filename="../../essdesk/ui/workshops_view.py" line="369"></location>
            <source>Nouvel atelier</source>
            <translation>New workshop</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/workshops_view.py" line="296"></location>
            <source>Supprimer</source>
            <translation>Delete</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/workshops_view.py" line="299"></location>
            <source>Voter…</source>
            <translation>Vote…</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/workshops_view.py" line="300"></location>
            <source>Vote à gommettes des participants sur les leviers</source>
            <translation>Participants' dot voting on the levers</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/workshops_view.py" line="301"></location>
            <source>Compte rendu PDF…</source>
            <translation>Minutes (PDF)…</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/workshops_view.py" line="341"></location>
            <source>%1 abordées</source>
            <translation>%1 covered</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/workshops_view.py" line="341"></location>
            <source>%1 abordés</source>
            <translation>%1 covered</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/workshops_view.py" line="342"></location>
            <source>Les séances de travail avec les acteurs : date, lieu, %1, participants, décisions.</source>
            <translation>The working sessions with the actors: date, place, %1, participants, decisions.</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/workshops_view.py" line="378"></location>
            <source>Supprimer l'atelier</source>
            <translation>Delete the workshop</translation>
        </message>
    </context>
    <context>
        <name>AboutDialog</name>
        <message>
            <location filename="../../essdesk/ui/about_dialog.py" line="36"></location>
            <source>À propos d'essdesk</source>
            <translation>About essdesk</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/about_dialog.py" line="44"></location>
            <source>Ouvrir le dossier des sauvegardes</source>
            <translation>Open the backups folder</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/about_dialog.py" line="45"></location>
            <source>Ouvrir le dossier des données</source>
            <translation>Open the data folder</translation>
        </message>
    </context>
    <context>
        <name>DocumentTools</name>
        <message>
            <location filename="../../essdesk/ui/document_tools.py" line="32"></location>
            <source>Vérifier le diagnostic</source>
            <translation>Check the diagnostic</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/document_tools.py" line="35"></location>
            <source>Le diagnostic est sain : le serveur garantit chacune de ses règles.</source>
            <translation>The diagnostic is sound: the server enforces each of its rules.</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/document_tools.py" line="37"></location>
            <source>Le diagnostic est sain : aucune erreur détectée dans le fichier de travail.</source>
            <translation>The diagnostic is sound: no error found in the working file.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../essdesk/ui/document_tools.py" line="41"></location>
            <source>Le diagnostic présente %n problèmes. Enregistrez-le sous un autre nom, puis restaurez une sauvegarde (Fichier › Restaurer une sauvegarde…).

%1</source>
            <translation>
                <numerusform>The diagnostic has %n problem. Save it under another name, then restore a backup (File › Restore a backup…).

%1</numerusform>
                <numerusform>The diagnostic has %n problems. Save it under another name, then restore a backup (File › Restore a backup…).

%1</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/document_tools.py" line="55"></location>
            <source>Restaurer une sauvegarde</source>
            <translation>Restore a backup</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/document_tools.py" line="55"></location>
            <source>Ce diagnostic n'a pas encore été enregistré : il n'a pas de sauvegarde.</source>
            <translation>This diagnostic has never been saved: it has no backup.</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/document_tools.py" line="60"></location>
            <source>Aucune sauvegarde pour « %1 » : une sauvegarde est faite à chaque enregistrement qui remplace une version précédente.</source>
            <translation>No backup of “%1”: a backup is made each time a save replaces an earlier version.</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/document_tools.py" line="64"></location>
            <source>Sauvegarde du %1</source>
            <translation>Backup of %1</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/document_tools.py" line="67"></location>
            <source>Version de « %1 » à remettre en place (la plus récente en premier) :</source>
            <translation>Version of “%1” to put back (most recent first):</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/document_tools.py" line="74"></location>
            <source>Remplacer « %1 » par la sauvegarde du %2 ? La version actuelle du fichier est elle-même gardée parmi les sauvegardes.</source>
            <translation>Replace “%1” with the backup of %2? The file's current version is itself kept among the backups.</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/document_tools.py" line="89"></location>
            <source>Sauvegarde du %1 restaurée.</source>
            <translation>Backup of %1 restored.</translation>
        </message>
    </context>
    <context>
        <name>errors</name>
        <message>
            <location filename="../../essdesk/ui/i18n.py" line="145"></location>
            <source>%1 : %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <source>ce champ est obligatoire.</source>
            <extracomment>ValidationError.reason</extracomment>
            <translation>this field is required.</translation>
        </message>
        <message>
            <source>le texte dépasse %1 caractères ; raccourcissez-le.</source>
            <extracomment>ValidationError.reason</extracomment>
            <translation>the text exceeds %1 characters; shorten it.</translation>
        </message>
        <message>
            <source>le montant ne peut pas être négatif.</source>
            <extracomment>ValidationError.reason</extracomment>
            <translation>the amount cannot be negative.</translation>
        </message>
        <message>
            <source>date invalide ; saisissez une date au format JJ/MM/AAAA.</source>
            <extracomment>ValidationError.reason</extracomment>
            <translation>invalid date; enter a date as DD/MM/YYYY.</translation>
        </message>
        <message>
            <source>valeur inconnue ; choisissez parmi : %1.</source>
            <extracomment>ValidationError.reason</extracomment>
            <translation>unknown value; choose from: %1.</translation>
        </message>
        <message>
            <source>saisissez un nombre entier de 0 à %1.</source>
            <extracomment>ValidationError.reason</extracomment>
            <translation>enter a whole number from 0 to %1.</translation>
        </message>
        <message>
            <source>saisissez un montant positif en euros.</source>
            <extracomment>ValidationError.reason</extracomment>
            <translation>enter a positive amount in euros.</translation>
        </message>
        <message>
            <source>saisissez oui ou non.</source>
            <extracomment>ValidationError.reason</extracomment>
            <translation>enter yes or no.</translation>
        </message>
        <message>
            <source>saisissez du texte.</source>
            <extracomment>ValidationError.reason</extracomment>
            <translation>enter some text.</translation>
        </message>
        <message>
            <source>adresse invalide ; exemple : prenom.nom@exemple.fr.</source>
            <extracomment>ValidationError.reason</extracomment>
            <translation>invalid address; example: firstname.lastname@example.org.</translation>
        </message>
        <message>
            <source>champ inconnu.</source>
            <extracomment>ValidationError.reason</extracomment>
            <translation>unknown field.</translation>
        </message>
        <message>
            <source>l'intitulé d'un levier du référentiel ne se modifie pas ; ajoutez un levier personnalisé, ou notez la nuance dans les notes.</source>
            <extracomment>ValidationError.reason</extracomment>
            <translation>the title of a lever from the guide cannot be changed; add a custom lever, or note the nuance in the notes.</translation>
        </message>
        <message>
            <source>les leviers du référentiel ne se suppriment pas ; marquez-le « Non concerné ».</source>
            <extracomment>ValidationError.reason</extracomment>
            <translation>levers from the guide cannot be deleted; mark it “Not applicable”.</translation>
        </message>
        <message>
            <source>la fin ne peut pas précéder le début.</source>
            <extracomment>ValidationError.reason</extracomment>
            <translation>the end cannot come before the start.</translation>
        </message>
        <message>
            <source>le texte est vide.</source>
            <extracomment>ValidationError.reason</extracomment>
            <translation>the text is empty.</translation>
        </message>
        <message>
            <source>saisissez un nombre de 1 à 100.</source>
            <extracomment>ValidationError.reason</extracomment>
            <translation>enter a number from 1 to 100.</translation>
        </message>
        <message>
            <source>saisissez un nombre entier positif.</source>
            <extracomment>ValidationError.reason</extracomment>
            <translation>enter a positive whole number.</translation>
        </message>
        <message>
            <source>ce participant n'est pas inscrit à l'atelier.</source>
            <extracomment>ValidationError.reason</extracomment>
            <translation>this participant is not registered for the workshop.</translation>
        </message>
        <message>
            <source>chaque participant dispose de %1 gommettes ; retirez-en une avant d'en placer une autre.</source>
            <extracomment>ValidationError.reason</extracomment>
            <translation>each participant has %1 dots; remove one before placing another.</translation>
        </message>
        <message>
            <source>l'atelier en compte %1 au plus (participants × gommettes par participant).</source>
            <extracomment>ValidationError.reason</extracomment>
            <translation>the workshop holds at most %1 (participants × dots per participant).</translation>
        </message>
        <message>
            <source>saisissez un nombre (par exemple 12 ou 3,5).</source>
            <extracomment>ValidationError.reason</extracomment>
            <translation>enter a number (for example 12 or 3.5).</translation>
        </message>
        <message>
            <source>un indicateur suit un levier ou une action, pas les deux ; choisissez-en un.</source>
            <extracomment>ValidationError.reason</extracomment>
            <translation>an indicator follows a lever or an action, not both; choose one.</translation>
        </message>
    </context>
    <context>
        <name>Jalons</name>
        <message>
            <location filename="../../essdesk/ui/jalons_view.py" line="61"></location>
            <source>Nom du jalon :</source>
            <translation>Milestone name:</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/jalons_view.py" line="80"></location>
            <source>Poser un jalon</source>
            <translation>Set a milestone</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/jalons_view.py" line="82"></location>
            <source>Jalon du %1</source>
            <translation>Milestone of %1</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/jalons_view.py" line="96"></location>
            <source>Jalon en cours…</source>
            <translation>Setting the milestone…</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/jalons_view.py" line="97"></location>
            <source>Jalon impossible</source>
            <translation>Milestone failed</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/jalons_view.py" line="107"></location>
            <source>Poser le jalon « %1 »</source>
            <translation>Set milestone “%1”</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/jalons_view.py" line="114"></location>
            <source>Jalon « %1 » posé.</source>
            <translation>Milestone “%1” set.</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/jalons_view.py" line="452"></location>
            <source>Diagnostic</source>
            <translation>Diagnostic</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/jalons_view.py" line="453"></location>
            <source>Étape</source>
            <translation>Step</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/jalons_view.py" line="454"></location>
            <source>Levier</source>
            <translation>Lever</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/jalons_view.py" line="455"></location>
            <source>Acteur</source>
            <translation>Actor</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/jalons_view.py" line="456"></location>
            <source>Action</source>
            <translation>Action</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/jalons_view.py" line="457"></location>
            <source>Atelier</source>
            <translation>Workshop</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/jalons_view.py" line="458"></location>
            <source>Indicateur</source>
            <translation>Indicator</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/jalons_view.py" line="459"></location>
            <source>Mesure</source>
            <translation>Measure</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/jalons_view.py" line="468"></location>
            <source>Acteurs</source>
            <translation>Actors</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/jalons_view.py" line="469"></location>
            <source>Leviers</source>
            <translation>Levers</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/jalons_view.py" line="470"></location>
            <source>Pilote</source>
            <translation>Lead</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/jalons_view.py" line="471"></location>
            <source>Partenaires</source>
            <translation>Partners</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/jalons_view.py" line="472"></location>
            <source>Budget (€)</source>
            <translation>Budget (€)</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/jalons_view.py" line="473"></location>
            <source>Étapes</source>
            <translation>Steps</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/jalons_view.py" line="474"></location>
            <source>Participants</source>
            <translation>Participants</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/jalons_view.py" line="475"></location>
            <source>Votes</source>
            <translation>Votes</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/jalons_view.py" line="476"></location>
            <source>Gommettes par participant</source>
            <translation>Dots per participant</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/jalons_view.py" line="477"></location>
            <source>Personnalisé</source>
            <translation>Custom</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/jalons_view.py" line="492"></location>
            <source>oui</source>
            <translation>yes</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/jalons_view.py" line="492"></location>
            <source>non</source>
            <translation>no</translation>
        </message>
        <message numerus="yes">
            <location filename="../../essdesk/ui/jalons_view.py" line="494"></location>
            <source>%n éléments</source>
            <translation>
                <numerusform>%n item</numerusform>
                <numerusform>%n items</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/jalons_view.py" line="538"></location>
            <source>Ensemble</source>
            <translation>Overall</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/jalons_view.py" line="560"></location>
            <source>ajouté</source>
            <translation>added</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/jalons_view.py" line="560"></location>
            <source>retiré</source>
            <translation>removed</translation>
        </message>
        <message numerus="yes">
            <location filename="../../essdesk/ui/jalons_view.py" line="625"></location>
            <source>%n actions passées en retard : %1</source>
            <translation>
                <numerusform>%n action now overdue: %1</numerusform>
                <numerusform>%n actions now overdue: %1</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ServerTasks</name>
        <message>
            <location filename="../../essdesk/ui/server_tasks.py" line="49"></location>
            <source>Serveur</source>
            <translation>Server</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/server_tasks.py" line="68"></location>
            <source>votre utilisateur</source>
            <translation>your user</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/server_tasks.py" line="69"></location>
            <source>ce poste</source>
            <translation>this computer</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/server_tasks.py" line="71"></location>
            <source>Mot de passe de %1 sur le serveur %2 (base %3) :</source>
            <translation>Password of %1 on the server %2 (database %3):</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/server_tasks.py" line="77"></location>
            <source>Mot de passe refusé : vérifiez-le et réessayez.</source>
            <translation>Password refused: check it and try again.</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/server_tasks.py" line="78"></location>
            <source>Il n'est pas enregistré : essdesk le redemandera au prochain démarrage.</source>
            <translation>It is not saved: essdesk will ask for it again next time it starts.</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/server_tasks.py" line="80"></location>
            <source>Mot de passe du serveur</source>
            <translation>Server password</translation>
        </message>
    </context>
    <context>
        <name>workbook</name>
        <message>
            <location filename="../../essdesk/ui/workbook_dialog.py" line="59"></location>
            <source>Cahier de saisie</source>
            <translation>Data-entry workbook</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/workbook_dialog.py" line="62"></location>
            <source>Envoyer un cahier de saisie</source>
            <translation>Send a data-entry workbook</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/workbook_dialog.py" line="62"></location>
            <source>Classeur Excel (*.xlsx)</source>
            <translation>Excel workbook (*.xlsx)</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/workbook_dialog.py" line="78"></location>
            <source>Écriture du cahier de saisie…</source>
            <translation>Writing the data-entry workbook…</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/workbook_dialog.py" line="79"></location>
            <source>Cahier de saisie impossible</source>
            <translation>Data-entry workbook not written</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/workbook_dialog.py" line="85"></location>
            <source>Cahier de saisie écrit : %1 — envoyez-le à vos partenaires.</source>
            <translation>Data-entry workbook written: %1 — send it to your partners.</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/workbook_dialog.py" line="106"></location>
            <source>Importer un cahier de saisie</source>
            <translation>Import a data-entry workbook</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/workbook_dialog.py" line="108"></location>
            <source>Classeur (*.xlsx *.ods)</source>
            <translation>Workbook (*.xlsx *.ods)</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/workbook_dialog.py" line="122"></location>
            <source>Lecture du cahier de saisie…</source>
            <translation>Reading the data-entry workbook…</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/workbook_dialog.py" line="123"></location>
            <source>Import du cahier impossible</source>
            <translation>Workbook not imported</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/workbook_dialog.py" line="132"></location>
            <source>Avant l'import de %1</source>
            <translation>Before importing %1</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/workbook_dialog.py" line="138"></location>
            <source>Importer le cahier %1</source>
            <translation>Import the workbook %1</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/workbook_dialog.py" line="142"></location>
            <source>Cahier repris ; l'état d'avant est gardé dans un jalon.</source>
            <translation>Workbook imported; the state before is kept in a milestone.</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/workbook_dialog.py" line="172"></location>
            <source>Feuille</source>
            <translation>Sheet</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/workbook_dialog.py" line="173"></location>
            <source>Cellule</source>
            <translation>Cell</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/workbook_dialog.py" line="174"></location>
            <source>Champ</source>
            <translation>Field</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/workbook_dialog.py" line="175"></location>
            <source>À l'envoi</source>
            <translation>When sent</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/workbook_dialog.py" line="176"></location>
            <source>Dans essdesk</source>
            <translation>In essdesk</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/workbook_dialog.py" line="177"></location>
            <source>Dans le cahier</source>
            <translation>In the workbook</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/workbook_dialog.py" line="211"></location>
            <source>ligne %1</source>
            <translation>row %1</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/workbook_dialog.py" line="212"></location>
            <source>Nouvelle ligne</source>
            <translation>New row</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/workbook_dialog.py" line="219"></location>
            <source>Absent du cahier (rien n'est supprimé)</source>
            <translation>Missing from the workbook (nothing is deleted)</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/workbook_dialog.py" line="276"></location>
            <source>%1 modification(s), %2 nouvelle(s) ligne(s), %3 conflit(s).</source>
            <translation>%1 change(s), %2 new row(s), %3 conflict(s).</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/workbook_dialog.py" line="282"></location>
            <source>Un conflit (en orange) n'est appliqué que si vous cochez la valeur du cahier.</source>
            <translation>A conflict (in orange) is applied only if you tick the workbook's value.</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/workbook_dialog.py" line="296"></location>
            <source>Corrigez ces cellules dans le cahier, puis importez-le à nouveau : rien n'est appliqué tant qu'il reste une erreur.</source>
            <translation>Correct these cells in the workbook, then import it again: nothing is applied while an error remains.</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/workbook_dialog.py" line="316"></location>
            <source>Appliquer</source>
            <translation>Apply</translation>
        </message>
        <message>
            <location filename="../../essdesk/ui/workbook_dialog.py" line="318"></location>
            <source>Annuler</source>
            <translation>Cancel</translation>
        </message>
    </context>
    <context>
        <name>enums</name>
        <message>
            <source>À venir</source>
            <extracomment>ActionStatus</extracomment>
            <translation>To do</translation>
        </message>
        <message>
            <source>En cours</source>
            <extracomment>ActionStatus, LeverStatus</extracomment>
            <translation>In progress</translation>
        </message>
        <message>
            <source>Réalisé</source>
            <extracomment>ActionStatus, LeverStatus</extracomment>
            <translation>Done</translation>
        </message>
        <message>
            <source>En pause</source>
            <extracomment>ActionStatus</extracomment>
            <translation>Paused</translation>
        </message>
        <message>
            <source>Abandonné</source>
            <extracomment>ActionStatus</extracomment>
            <translation>Abandoned</translation>
        </message>
        <message>
            <source>Association</source>
            <extracomment>ActorCategory</extracomment>
            <translation>Association</translation>
        </message>
        <message>
            <source>Coopérative</source>
            <extracomment>ActorCategory</extracomment>
            <translation>Cooperative</translation>
        </message>
        <message>
            <source>SCIC</source>
            <extracomment>ActorCategory</extracomment>
            <translation>SCIC co-op</translation>
        </message>
        <message>
            <source>Mutuelle</source>
            <extracomment>ActorCategory</extracomment>
            <translation>Mutual</translation>
        </message>
        <message>
            <source>Fondation</source>
            <extracomment>ActorCategory</extracomment>
            <translation>Foundation</translation>
        </message>
        <message>
            <source>SIAE</source>
            <extracomment>ActorCategory</extracomment>
            <translation>Work integration</translation>
        </message>
        <message>
            <source>ESAT</source>
            <extracomment>ActorCategory</extracomment>
            <translation>Sheltered employment</translation>
        </message>
        <message>
            <source>Entreprise de l'ESS</source>
            <extracomment>ActorCategory</extracomment>
            <translation>SSE enterprise</translation>
        </message>
        <message>
            <source>Entreprise hors ESS</source>
            <extracomment>ActorCategory</extracomment>
            <translation>Non-SSE business</translation>
        </message>
        <message>
            <source>Collectivité</source>
            <extracomment>ActorCategory</extracomment>
            <translation>Local authority</translation>
        </message>
        <message>
            <source>État ou agence</source>
            <extracomment>ActorCategory</extracomment>
            <translation>State or agency</translation>
        </message>
        <message>
            <source>Chambre consulaire</source>
            <extracomment>ActorCategory</extracomment>
            <translation>Consular chamber</translation>
        </message>
        <message>
            <source>Réseau ou fédération</source>
            <extracomment>ActorCategory</extracomment>
            <translation>Network or federation</translation>
        </message>
        <message>
            <source>Recherche ou enseignement</source>
            <extracomment>ActorCategory</extracomment>
            <translation>Research or education</translation>
        </message>
        <message>
            <source>Financeur</source>
            <extracomment>ActorCategory</extracomment>
            <translation>Funder</translation>
        </message>
        <message>
            <source>Autre</source>
            <extracomment>ActorCategory, TerritoryKind</extracomment>
            <translation>Other</translation>
        </message>
        <message>
            <source>Ressource / amont</source>
            <extracomment>ChainLink</extracomment>
            <translation>Resource / upstream</translation>
        </message>
        <message>
            <source>Production</source>
            <extracomment>ChainLink</extracomment>
            <translation>Production</translation>
        </message>
        <message>
            <source>Transformation</source>
            <extracomment>ChainLink</extracomment>
            <translation>Processing</translation>
        </message>
        <message>
            <source>Distribution</source>
            <extracomment>ChainLink</extracomment>
            <translation>Distribution</translation>
        </message>
        <message>
            <source>Usage</source>
            <extracomment>ChainLink</extracomment>
            <translation>Use</translation>
        </message>
        <message>
            <source>Collecte / réemploi / recyclage</source>
            <extracomment>ChainLink</extracomment>
            <translation>Collection / reuse / recycling</translation>
        </message>
        <message>
            <source>Accompagnement</source>
            <extracomment>ChainLink</extracomment>
            <translation>Support</translation>
        </message>
        <message>
            <source>Chaîne de valeur</source>
            <extracomment>FiliereMeaning</extracomment>
            <translation>Value chain</translation>
        </message>
        <message>
            <source>Écosystème d'acteurs</source>
            <extracomment>FiliereMeaning</extracomment>
            <translation>Ecosystem of actors</translation>
        </message>
        <message>
            <source>Non évalué</source>
            <extracomment>LeverStatus</extracomment>
            <translation>Not assessed</translation>
        </message>
        <message>
            <source>Pas commencé</source>
            <extracomment>LeverStatus</extracomment>
            <translation>Not started</translation>
        </message>
        <message>
            <source>Prévu</source>
            <extracomment>LeverStatus</extracomment>
            <translation>Planned</translation>
        </message>
        <message>
            <source>Non concerné</source>
            <extracomment>LeverStatus</extracomment>
            <translation>Not applicable</translation>
        </message>
        <message>
            <source>Haute</source>
            <extracomment>Priority</extracomment>
            <translation>High</translation>
        </message>
        <message>
            <source>Moyenne</source>
            <extracomment>Priority</extracomment>
            <translation>Medium</translation>
        </message>
        <message>
            <source>Basse</source>
            <extracomment>Priority</extracomment>
            <translation>Low</translation>
        </message>
        <message>
            <source>Aucune</source>
            <extracomment>Priority</extracomment>
            <translation>None</translation>
        </message>
        <message>
            <source>La collectivité initie la filière</source>
            <extracomment>Scenario</extracomment>
            <translation>The local authority initiates the sector</translation>
        </message>
        <message>
            <source>La collectivité soutient un projet existant</source>
            <extracomment>Scenario</extracomment>
            <translation>The local authority supports an existing project</translation>
        </message>
        <message>
            <source>Commune</source>
            <extracomment>TerritoryKind</extracomment>
            <translation>Municipality</translation>
        </message>
        <message>
            <source>Communauté de communes</source>
            <extracomment>TerritoryKind</extracomment>
            <translation>Community of municipalities</translation>
        </message>
        <message>
            <source>Communauté d'agglomération</source>
            <extracomment>TerritoryKind</extracomment>
            <translation>Conurbation community</translation>
        </message>
        <message>
            <source>Communauté urbaine</source>
            <extracomment>TerritoryKind</extracomment>
            <translation>Urban community</translation>
        </message>
        <message>
            <source>Métropole</source>
            <extracomment>TerritoryKind</extracomment>
            <translation>Metropolis</translation>
        </message>
        <message>
            <source>Département</source>
            <extracomment>TerritoryKind</extracomment>
            <translation>Département</translation>
        </message>
        <message>
            <source>Région</source>
            <extracomment>TerritoryKind</extracomment>
            <translation>Region</translation>
        </message>
        <message>
            <source>Parc naturel régional (PNR)</source>
            <extracomment>TerritoryKind</extracomment>
            <translation>Regional nature park (PNR)</translation>
        </message>
        <message>
            <source>PETR / Pays</source>
            <extracomment>TerritoryKind</extracomment>
            <translation>PETR / Pays</translation>
        </message>
    </context>
    <context>
        <name>fields</name>
        <message>
            <source>Intitulé de l'action</source>
            <extracomment>ACTION_FIELDS['title']</extracomment>
            <translation>Action title</translation>
        </message>
        <message>
            <source>Début</source>
            <extracomment>ACTION_FIELDS['start']</extracomment>
            <translation>Start</translation>
        </message>
        <message>
            <source>Fin</source>
            <extracomment>ACTION_FIELDS['end']</extracomment>
            <translation>End</translation>
        </message>
        <message>
            <source>Budget (€)</source>
            <extracomment>ACTION_FIELDS['budget_cents']</extracomment>
            <translation>Budget (€)</translation>
        </message>
        <message>
            <source>Source de financement</source>
            <extracomment>ACTION_FIELDS['funding']</extracomment>
            <translation>Funding source</translation>
        </message>
        <message>
            <source>Statut</source>
            <extracomment>ACTION_FIELDS['status'], LEVER_FIELDS['status']</extracomment>
            <translation>Status</translation>
        </message>
        <message>
            <source>Priorité</source>
            <extracomment>ACTION_FIELDS['priority'], LEVER_FIELDS['priority']</extracomment>
            <translation>Priority</translation>
        </message>
        <message>
            <source>Indicateur</source>
            <extracomment>ACTION_FIELDS['indicator']</extracomment>
            <translation>Indicator</translation>
        </message>
        <message>
            <source>Notes</source>
            <extracomment>ACTION_FIELDS['notes'], ACTOR_FIELDS['notes'], LEVER_FIELDS['notes'], WORKSHOP_FIELDS['notes']</extracomment>
            <translation>Notes</translation>
        </message>
        <message>
            <source>Nom</source>
            <extracomment>ACTOR_FIELDS['name']</extracomment>
            <translation>Name</translation>
        </message>
        <message>
            <source>Acteur de l'ESS</source>
            <extracomment>ACTOR_FIELDS['ess']</extracomment>
            <translation>SSE actor</translation>
        </message>
        <message>
            <source>Catégorie</source>
            <extracomment>ACTOR_FIELDS['category']</extracomment>
            <translation>Category</translation>
        </message>
        <message>
            <source>Maillon de la chaîne de valeur</source>
            <extracomment>ACTOR_FIELDS['chain_link']</extracomment>
            <translation>Value chain link</translation>
        </message>
        <message>
            <source>Rôle</source>
            <extracomment>ACTOR_FIELDS['role']</extracomment>
            <translation>Role</translation>
        </message>
        <message>
            <source>Commune</source>
            <extracomment>ACTOR_FIELDS['commune']</extracomment>
            <translation>Municipality</translation>
        </message>
        <message>
            <source>Personne de contact</source>
            <extracomment>ACTOR_FIELDS['contact']</extracomment>
            <translation>Contact person</translation>
        </message>
        <message>
            <source>Courriel</source>
            <extracomment>ACTOR_FIELDS['email']</extracomment>
            <translation>Email</translation>
        </message>
        <message>
            <source>Téléphone</source>
            <extracomment>ACTOR_FIELDS['phone']</extracomment>
            <translation>Phone</translation>
        </message>
        <message>
            <source>Titre du diagnostic</source>
            <extracomment>DIAGNOSTIC_FIELDS['title']</extracomment>
            <translation>Diagnostic title</translation>
        </message>
        <message>
            <source>Territoire</source>
            <extracomment>DIAGNOSTIC_FIELDS['territory_name']</extracomment>
            <translation>Territory</translation>
        </message>
        <message>
            <source>Type de territoire</source>
            <extracomment>DIAGNOSTIC_FIELDS['territory_kind']</extracomment>
            <translation>Territory type</translation>
        </message>
        <message>
            <source>Filière</source>
            <extracomment>DIAGNOSTIC_FIELDS['filiere_name']</extracomment>
            <translation>Sector</translation>
        </message>
        <message>
            <source>Sens de la filière</source>
            <extracomment>DIAGNOSTIC_FIELDS['filiere_meaning']</extracomment>
            <translation>Meaning of the sector</translation>
        </message>
        <message>
            <source>Secteur</source>
            <extracomment>DIAGNOSTIC_FIELDS['filiere_sector']</extracomment>
            <translation>Industry</translation>
        </message>
        <message>
            <source>Scénario d'intervention</source>
            <extracomment>DIAGNOSTIC_FIELDS['scenario']</extracomment>
            <translation>Intervention scenario</translation>
        </message>
        <message>
            <source>Animateur ou animatrice</source>
            <extracomment>DIAGNOSTIC_FIELDS['facilitator']</extracomment>
            <translation>Facilitator</translation>
        </message>
        <message>
            <source>Date de début</source>
            <extracomment>DIAGNOSTIC_FIELDS['start_date']</extracomment>
            <translation>Start date</translation>
        </message>
        <message>
            <source>Contexte</source>
            <extracomment>DIAGNOSTIC_FIELDS['context']</extracomment>
            <translation>Context</translation>
        </message>
        <message>
            <source>Nom de l'indicateur</source>
            <extracomment>INDICATOR_FIELDS['name']</extracomment>
            <translation>Indicator name</translation>
        </message>
        <message>
            <source>Unité</source>
            <extracomment>INDICATOR_FIELDS['unit']</extracomment>
            <translation>Unit</translation>
        </message>
        <message>
            <source>Valeur de départ</source>
            <extracomment>INDICATOR_FIELDS['baseline']</extracomment>
            <translation>Baseline</translation>
        </message>
        <message>
            <source>Cible</source>
            <extracomment>INDICATOR_FIELDS['target']</extracomment>
            <translation>Target</translation>
        </message>
        <message>
            <source>Date de la mesure</source>
            <extracomment>INDICATOR_VALUE_FIELDS['date']</extracomment>
            <translation>Date of the measure</translation>
        </message>
        <message>
            <source>Valeur mesurée</source>
            <extracomment>INDICATOR_VALUE_FIELDS['value']</extracomment>
            <translation>Measured value</translation>
        </message>
        <message>
            <source>Commentaire</source>
            <extracomment>INDICATOR_VALUE_FIELDS['note']</extracomment>
            <translation>Comment</translation>
        </message>
        <message>
            <source>Nom du jalon</source>
            <extracomment>JALON_FIELDS['label']</extracomment>
            <translation>Milestone name</translation>
        </message>
        <message>
            <source>Intitulé du levier</source>
            <extracomment>LEVER_FIELDS['label']</extracomment>
            <translation>Lever title</translation>
        </message>
        <message>
            <source>Poids</source>
            <extracomment>LEVER_FIELDS['weight']</extracomment>
            <translation>Weight</translation>
        </message>
        <message>
            <source>Qui</source>
            <extracomment>LEVER_FIELDS['owner']</extracomment>
            <translation>Who</translation>
        </message>
        <message>
            <source>Échéance</source>
            <extracomment>LEVER_FIELDS['due']</extracomment>
            <translation>Due date</translation>
        </message>
        <message>
            <source>Nom du participant</source>
            <extracomment>PARTICIPANT_FIELDS['name']</extracomment>
            <translation>Participant's name</translation>
        </message>
        <message>
            <source>Organisation</source>
            <extracomment>PARTICIPANT_FIELDS['organisation']</extracomment>
            <translation>Organisation</translation>
        </message>
        <message>
            <source>Synthèse de l'étape</source>
            <extracomment>STEP_FIELDS['notes']</extracomment>
            <translation>Step summary</translation>
        </message>
        <message>
            <source>Date</source>
            <extracomment>WORKSHOP_FIELDS['date']</extracomment>
            <translation>Date</translation>
        </message>
        <message>
            <source>Lieu</source>
            <extracomment>WORKSHOP_FIELDS['place']</extracomment>
            <translation>Place</translation>
        </message>
        <message>
            <source>Décisions</source>
            <extracomment>WORKSHOP_FIELDS['decisions']</extracomment>
            <translation>Decisions</translation>
        </message>
        <message>
            <source>Levier</source>
            <extracomment>ValidationError.field</extracomment>
            <translation>Lever</translation>
        </message>
        <message>
            <source>Participant</source>
            <extracomment>ValidationError.field</extracomment>
            <translation>Participant</translation>
        </message>
        <message>
            <source>Gommettes</source>
            <extracomment>ValidationError.field</extracomment>
            <translation>Dots</translation>
        </message>
        <message>
            <source>Gommettes par participant</source>
            <extracomment>ValidationError.field</extracomment>
            <translation>Dots per participant</translation>
        </message>
        <message>
            <source>Lien de l'indicateur</source>
            <extracomment>ValidationError.field</extracomment>
            <translation>Indicator's link</translation>
        </message>
    </context>
    <context>
        <name>referential</name>
        <message>
            <source>Diagnostic territorial</source>
            <extracomment>step 1, step 1 (short)</extracomment>
            <translation>Territorial diagnostic</translation>
        </message>
        <message>
            <source>Organisation interne de la collectivité</source>
            <extracomment>step 2</extracomment>
            <translation>Internal organisation of the local authority</translation>
        </message>
        <message>
            <source>Animation du collectif d'acteurs</source>
            <extracomment>step 3</extracomment>
            <translation>Facilitating the group of actors</translation>
        </message>
        <message>
            <source>Financement</source>
            <extracomment>step 4, step 4 (short)</extracomment>
            <translation>Funding</translation>
        </message>
        <message>
            <source>Communication</source>
            <extracomment>step 5, step 5 (short)</extracomment>
            <translation>Communication</translation>
        </message>
        <message>
            <source>Soutien au développement économique</source>
            <extracomment>step 6</extracomment>
            <translation>Support for economic development</translation>
        </message>
        <message>
            <source>Formation aux nouveaux métiers et le développement de la recherche</source>
            <extracomment>step 7</extracomment>
            <translation>Training for new occupations and developing research</translation>
        </message>
        <message>
            <source>Organisation interne</source>
            <extracomment>step 2 (short)</extracomment>
            <translation>Internal organisation</translation>
        </message>
        <message>
            <source>Animation des acteurs</source>
            <extracomment>step 3 (short)</extracomment>
            <translation>Actor facilitation</translation>
        </message>
        <message>
            <source>Développement économique</source>
            <extracomment>step 6 (short)</extracomment>
            <translation>Economic development</translation>
        </message>
        <message>
            <source>Formation et recherche</source>
            <extracomment>step 7 (short)</extracomment>
            <translation>Training and research</translation>
        </message>
        <message>
            <source>étape</source>
            <extracomment>words</extracomment>
            <translation>step</translation>
        </message>
        <message>
            <source>étapes</source>
            <extracomment>words</extracomment>
            <translation>steps</translation>
        </message>
        <message>
            <source>levier</source>
            <extracomment>words</extracomment>
            <translation>lever</translation>
        </message>
        <message>
            <source>leviers</source>
            <extracomment>words</extracomment>
            <translation>levers</translation>
        </message>
    </context>
</TS>
