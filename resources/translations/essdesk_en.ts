<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en" sourcelanguage="fr">
<context>
    <name>ActionDialog</name>
    <message>
        <location filename="../../essdesk/ui/action_dialog.py" line="47" />
        <source>Nouvelle action</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../essdesk/ui/action_dialog.py" line="47" />
        <source>Modifier l'action</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../essdesk/ui/action_dialog.py" line="60" />
        <source>— aucun —</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../essdesk/ui/action_dialog.py" line="67" />
        <source>ex. 12 500 ou 12 500,50</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../essdesk/ui/action_dialog.py" line="78" />
        <source>&amp;Intitulé *</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../essdesk/ui/action_dialog.py" line="78" />
        <source>&amp;Statut</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../essdesk/ui/action_dialog.py" line="79" />
        <source>&amp;Priorité</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../essdesk/ui/action_dialog.py" line="79" />
        <source>Pi&amp;lote</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../essdesk/ui/action_dialog.py" line="80" />
        <source>&amp;Début</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../essdesk/ui/action_dialog.py" line="80" />
        <source>&amp;Fin (échéance)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../essdesk/ui/action_dialog.py" line="81" />
        <source>&amp;Budget (€)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../essdesk/ui/action_dialog.py" line="81" />
        <source>Fina&amp;ncement</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../essdesk/ui/action_dialog.py" line="82" />
        <source>Le&amp;viers liés</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../essdesk/ui/action_dialog.py" line="83" />
        <source>P&amp;artenaires</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../essdesk/ui/action_dialog.py" line="84" />
        <source>Indi&amp;cateur</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../essdesk/ui/action_dialog.py" line="84" />
        <source>No&amp;tes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../essdesk/ui/action_dialog.py" line="120" />
        <source>%1 levier(s)…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../essdesk/ui/action_dialog.py" line="121" />
        <source>%1 partenaire(s)…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../essdesk/ui/action_dialog.py" line="124" />
        <source>Leviers liés</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../essdesk/ui/action_dialog.py" line="130" />
        <source>Partenaires</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../essdesk/ui/action_dialog.py" line="139" />
        <source>Saisissez l'intitulé de l'action.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../essdesk/ui/action_dialog.py" line="144" />
        <source>Montant invalide : saisissez un nombre d'euros, par exemple 12 500,50.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../essdesk/ui/action_dialog.py" line="148" />
        <source>La fin ne peut pas précéder le début.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../essdesk/ui/action_dialog.py" line="160" />
        <source>Ajouter l'action %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../essdesk/ui/action_dialog.py" line="167" />
        <source>Modifier l'action %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ActionsModel</name>
    <message>
        <location filename="../../essdesk/ui/models/actions.py" line="36" />
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../essdesk/ui/models/actions.py" line="36" />
        <source>Statut</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../essdesk/ui/models/actions.py" line="36" />
        <source>Priorité</source>
        <translation>Priority</translation>
    </message>
    <message>
        <location filename="../../essdesk/ui/models/actions.py" line="36" />
        <source>Pilote</source>
        <translation>Lead</translation>
    </message>
    <message>
        <location filename="../../essdesk/ui/models/actions.py" line="37" />
        <source>Étapes</source>
        <translation>Steps</translation>
    </message>
    <message>
        <location filename="../../essdesk/ui/models/actions.py" line="37" />
        <source>Début</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../../essdesk/ui/models/actions.py" line="37" />
        <source>Échéance</source>
        <translation>Due date</translation>
    </message>
    <message>
        <location filename="../../essdesk/ui/models/actions.py" line="37" />
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <location filename="../../essdesk/ui/models/actions.py" line="80" />
        <source>En retard : l'échéance du %1 est passée.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../essdesk/ui/models/actions.py" line="82" />
        <source>Leviers : %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ActionsView</name>
    <message>
        <location filename="../../essdesk/ui/actions_view.py" line="38" />
        <source>Plan d'action</source>
        <translation>Action plan</translation>
    </message>
    <message>
        <location filename="../../essdesk/ui/actions_view.py" line="46" />
        <source>Filtrer par statut</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../essdesk/ui/actions_view.py" line="46" />
        <source>Tous les statuts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../essdesk/ui/actions_view.py" line="48" />
        <source>Filtrer par étape</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../essdesk/ui/actions_view.py" line="48" />
        <source>Toutes les étapes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../essdesk/ui/actions_view.py" line="49" />
        <source>Étape %1</source>
        <translation>Step %1</translation>
    </message>
    <message>
        <location filename="../../essdesk/ui/actions_view.py" line="50" />
        <source>Filtrer par priorité</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../essdesk/ui/actions_view.py" line="50" />
        <source>Toutes les priorités</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../essdesk/ui/actions_view.py" line="52" />
        <source>Filtrer par pilote</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../essdesk/ui/actions_view.py" line="52" />
        <source>Tous les pilotes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../essdesk/ui/actions_view.py" line="53" />
        <source>En retard seulement</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../essdesk/ui/actions_view.py" line="67" />
        <source>Tableau des actions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../essdesk/ui/actions_view.py" line="84" />
        <source>Ajouter une action…</source>
        <translation>Add an action…</translation>
    </message>
    <message>
        <location filename="../../essdesk/ui/actions_view.py" line="86" />
        <source>Modifier…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <location filename="../../essdesk/ui/actions_view.py" line="87" />
        <source>Supprimer</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../essdesk/ui/actions_view.py" line="88" />
        <source>Les actions en retard sont surlignées en rouge.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../essdesk/ui/actions_view.py" line="146" />
        <source>%1 actions, %2 réalisées, %3 en retard.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../essdesk/ui/actions_view.py" line="182" />
        <source>Supprimer l'action %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../essdesk/ui/actions_view.py" line="183" />
        <source>Action supprimée (Ctrl+Z pour annuler).</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ActorDialog</name>
    <message>
        <location filename="../../essdesk/ui/actor_dialog.py" line="34" />
        <source>Nouvel acteur</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../essdesk/ui/actor_dialog.py" line="34" />
        <source>Modifier l'acteur</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../essdesk/ui/actor_dialog.py" line="40" />
        <source>Structure de l'économie sociale et solidaire</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../essdesk/ui/actor_dialog.py" line="59" />
        <source>&amp;Nom *</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../essdesk/ui/actor_dialog.py" line="59" />
        <source>ESS</source>
        <translation>SSE</translation>
    </message>
    <message>
        <location filename="../../essdesk/ui/actor_dialog.py" line="60" />
        <source>&amp;Catégorie</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../essdesk/ui/actor_dialog.py" line="61" />
        <source>&amp;Maillon de la chaîne de valeur</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../essdesk/ui/actor_dialog.py" line="62" />
        <source>&amp;Rôle dans la filière</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../essdesk/ui/actor_dialog.py" line="62" />
        <source>C&amp;ommune</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../essdesk/ui/actor_dialog.py" line="63" />
        <source>&amp;Personne de contact</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../essdesk/ui/actor_dialog.py" line="63" />
        <source>Co&amp;urriel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../essdesk/ui/actor_dialog.py" line="64" />
        <source>&amp;Téléphone</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../essdesk/ui/actor_dialog.py" line="64" />
        <source>No&amp;tes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../essdesk/ui/actor_dialog.py" line="115" />
        <source>Saisissez le nom de l'acteur.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../essdesk/ui/actor_dialog.py" line="121" />
        <source>Ajouter l'acteur %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../essdesk/ui/actor_dialog.py" line="128" />
        <source>Modifier l'acteur %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ActorsModel</name>
    <message>
        <location filename="../../essdesk/ui/models/actors.py" line="34" />
        <source>Nom</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../essdesk/ui/models/actors.py" line="34" />
        <location filename="../../essdesk/ui/models/actors.py" line="42" />
        <source>ESS</source>
        <translation>SSE</translation>
    </message>
    <message>
        <location filename="../../essdesk/ui/models/actors.py" line="34" />
        <source>Catégorie</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../essdesk/ui/models/actors.py" line="34" />
        <source>Maillon</source>
        <translation>Link</translation>
    </message>
    <message>
        <location filename="../../essdesk/ui/models/actors.py" line="35" />
        <source>Commune</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <location filename="../../essdesk/ui/models/actors.py" line="35" />
        <source>Rôle</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../essdesk/ui/models/actors.py" line="35" />
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location filename="../../essdesk/ui/models/actors.py" line="42" />
        <source>Hors ESS</source>
        <translation>Non-SSE</translation>
    </message>
</context>
<context>
    <name>ActorsView</name>
    <message>
        <location filename="../../essdesk/ui/actors_view.py" line="84" />
        <source>Acteurs de la filière</source>
        <translation>Actors of the filière</translation>
    </message>
    <message>
        <location filename="../../essdesk/ui/actors_view.py" line="93" />
        <source>Rechercher dans toutes les colonnes…</source>
        <translation>Search all columns…</translation>
    </message>
    <message>
        <location filename="../../essdesk/ui/actors_view.py" line="95" />
        <source>Rechercher un acteur</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../essdesk/ui/actors_view.py" line="98" />
        <source>Filtrer ESS ou hors ESS</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../essdesk/ui/actors_view.py" line="99" />
        <source>ESS et hors ESS</source>
        <translation>SSE and non-SSE</translation>
    </message>
    <message>
        <location filename="../../essdesk/ui/actors_view.py" line="100" />
        <source>ESS seulement</source>
        <translation>SSE only</translation>
    </message>
    <message>
        <location filename="../../essdesk/ui/actors_view.py" line="101" />
        <source>Hors ESS seulement</source>
        <translation>Non-SSE only</translation>
    </message>
    <message>
        <location filename="../../essdesk/ui/actors_view.py" line="103" />
        <source>Filtrer par catégorie</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../essdesk/ui/actors_view.py" line="104" />
        <source>Toutes les catégories</source>
        <translation>All categories</translation>
    </message>
    <message>
        <location filename="../../essdesk/ui/actors_view.py" line="108" />
        <source>Filtrer par maillon</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../essdesk/ui/actors_view.py" line="109" />
        <source>Tous les maillons</source>
        <translation>All links</translation>
    </message>
    <message>
        <location filename="../../essdesk/ui/actors_view.py" line="121" />
        <source>Tableau des acteurs</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../essdesk/ui/actors_view.py" line="140" />
        <source>Tableau</source>
        <translation>Table</translation>
    </message>
    <message>
        <location filename="../../essdesk/ui/actors_view.py" line="141" />
        <source>Chaîne de valeur</source>
        <translation>Value chain</translation>
    </message>
    <message>
        <location filename="../../essdesk/ui/actors_view.py" line="145" />
        <source>Ajouter un acteur…</source>
        <translation>Add an actor…</translation>
    </message>
    <message>
        <location filename="../../essdesk/ui/actors_view.py" line="147" />
        <source>Modifier…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <location filename="../../essdesk/ui/actors_view.py" line="148" />
        <source>Supprimer</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../essdesk/ui/actors_view.py" line="175" />
        <source>%1 acteurs affichés sur %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../essdesk/ui/actors_view.py" line="200" />
        <source>%1 acteurs, dont %2 de l'ESS et %3 hors ESS.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../essdesk/ui/actors_view.py" line="237" />
        <source>Supprimer l'acteur %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../essdesk/ui/actors_view.py" line="238" />
        <source>Acteur supprimé (Ctrl+Z pour annuler).</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CheckListDialog</name>
    <message>
        <location filename="../../essdesk/ui/widgets.py" line="105" />
        <source>Rechercher…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../essdesk/ui/widgets.py" line="107" />
        <source>Rechercher</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ExportRun</name>
    <message>
        <location filename="../../essdesk/ui/export_worker.py" line="63" />
        <source>Export en cours…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../essdesk/ui/export_worker.py" line="63" />
        <source>Annuler</source>
        <translation>Undo</translation>
    </message>
    <message>
        <location filename="../../essdesk/ui/export_worker.py" line="64" />
        <source>Exporter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../essdesk/ui/export_worker.py" line="89" />
        <source>Export terminé</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../essdesk/ui/export_worker.py" line="90" />
        <source>Fichier écrit :</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../essdesk/ui/export_worker.py" line="94" />
        <source>Export impossible</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../essdesk/ui/export_worker.py" line="99" />
        <source>Export annulé : aucun fichier modifié.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>LeverCard</name>
    <message>
        <location filename="../../essdesk/ui/step_view.py" line="88" />
        <source>personnalisé</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../essdesk/ui/step_view.py" line="93" />
        <source>Supprimer le levier personnalisé %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../essdesk/ui/step_view.py" line="111" />
        <source>Repères du guide et exemples (%1)</source>
        <translation>Guide notes and examples (%1)</translation>
    </message>
    <message>
        <location filename="../../essdesk/ui/step_view.py" line="129" />
        <location filename="../../essdesk/ui/step_view.py" line="237" />
        <source>Statut</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../essdesk/ui/step_view.py" line="141" />
        <source>Statut du levier %1 : %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../essdesk/ui/step_view.py" line="151" />
        <location filename="../../essdesk/ui/step_view.py" line="237" />
        <source>Priorité</source>
        <translation>Priority</translation>
    </message>
    <message>
        <location filename="../../essdesk/ui/step_view.py" line="153" />
        <source>Priorité du levier %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../essdesk/ui/step_view.py" line="160" />
        <location filename="../../essdesk/ui/step_view.py" line="237" />
        <source>Qui</source>
        <translation>Who</translation>
    </message>
    <message>
        <location filename="../../essdesk/ui/step_view.py" line="162" />
        <source>Personne ou structure référente</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../essdesk/ui/step_view.py" line="163" />
        <source>Qui porte le levier %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../essdesk/ui/step_view.py" line="166" />
        <location filename="../../essdesk/ui/step_view.py" line="238" />
        <source>Échéance</source>
        <translation>Due date</translation>
    </message>
    <message>
        <location filename="../../essdesk/ui/step_view.py" line="168" />
        <source>Échéance du levier %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../essdesk/ui/step_view.py" line="175" />
        <source>Notes de l'atelier sur ce levier…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../essdesk/ui/step_view.py" line="176" />
        <source>Notes du levier %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../essdesk/ui/step_view.py" line="190" />
        <source>Créer une action</source>
        <translation>Create an action</translation>
    </message>
    <message>
        <location filename="../../essdesk/ui/step_view.py" line="191" />
        <source>Ajoute au plan d'action une action liée à ce levier, pré-remplie.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../essdesk/ui/step_view.py" line="225" />
        <source>Acteurs impliqués (%1)…</source>
        <translation>Actors involved (%1)…</translation>
    </message>
    <message>
        <location filename="../../essdesk/ui/step_view.py" line="227" />
        <source>Choisir les acteurs impliqués dans le levier %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../essdesk/ui/step_view.py" line="228" />
        <source>aucun acteur choisi</source>
        <translation>no actor chosen</translation>
    </message>
    <message>
        <location filename="../../essdesk/ui/step_view.py" line="238" />
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../essdesk/ui/step_view.py" line="239" />
        <source>%1 du levier %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../essdesk/ui/step_view.py" line="247" />
        <source>Acteurs impliqués — levier %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../essdesk/ui/step_view.py" line="254" />
        <source>Acteurs du levier %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../essdesk/ui/step_view.py" line="260" />
        <source>Créer une action depuis le levier %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../essdesk/ui/step_view.py" line="262" />
        <source>Action ajoutée au plan d'action.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../essdesk/ui/step_view.py" line="266" />
        <source>Supprimer le levier %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../essdesk/ui/main_window.py" line="50" />
        <source>Navigation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../essdesk/ui/main_window.py" line="91" />
        <source>&amp;Fichier</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../essdesk/ui/main_window.py" line="92" />
        <source>&amp;Nouveau diagnostic…</source>
        <translation>&amp;New diagnostic…</translation>
    </message>
    <message>
        <location filename="../../essdesk/ui/main_window.py" line="93" />
        <source>&amp;Ouvrir…</source>
        <translation>&amp;Open…</translation>
    </message>
    <message>
        <location filename="../../essdesk/ui/main_window.py" line="94" />
        <source>Ouvrir la &amp;démo</source>
        <translation>Open the &amp;demo</translation>
    </message>
    <message>
        <location filename="../../essdesk/ui/main_window.py" line="95" />
        <source>Fichiers &amp;récents</source>
        <translation>&amp;Recent files</translation>
    </message>
    <message>
        <location filename="../../essdesk/ui/main_window.py" line="97" />
        <source>&amp;Enregistrer</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location filename="../../essdesk/ui/main_window.py" line="98" />
        <source>Enregistrer &amp;sous…</source>
        <translation>Save &amp;as…</translation>
    </message>
    <message>
        <location filename="../../essdesk/ui/main_window.py" line="100" />
        <source>E&amp;xporter</source>
        <translation>E&amp;xport</translation>
    </message>
    <message>
        <location filename="../../essdesk/ui/main_window.py" line="101" />
        <source>Classeur &amp;Excel…</source>
        <translation>&amp;Excel workbook…</translation>
    </message>
    <message>
        <location filename="../../essdesk/ui/main_window.py" line="102" />
        <source>Rapport &amp;PDF…</source>
        <translation>&amp;PDF report…</translation>
    </message>
    <message>
        <location filename="../../essdesk/ui/main_window.py" line="104" />
        <source>&amp;Fermer le diagnostic</source>
        <translation>&amp;Close diagnostic</translation>
    </message>
    <message>
        <location filename="../../essdesk/ui/main_window.py" line="106" />
        <source>&amp;Quitter</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../essdesk/ui/main_window.py" line="108" />
        <source>&amp;Édition</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../../essdesk/ui/main_window.py" line="109" />
        <source>&amp;Affichage</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../essdesk/ui/main_window.py" line="110" />
        <source>Zoom &amp;avant</source>
        <translation>Zoom &amp;in</translation>
    </message>
    <message>
        <location filename="../../essdesk/ui/main_window.py" line="112" />
        <source>Zoom a&amp;rrière</source>
        <translation>Zoom &amp;out</translation>
    </message>
    <message>
        <location filename="../../essdesk/ui/main_window.py" line="113" />
        <source>&amp;Taille normale</source>
        <translation>&amp;Normal size</translation>
    </message>
    <message>
        <location filename="../../essdesk/ui/main_window.py" line="115" />
        <source>&amp;Langue</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <location filename="../../essdesk/ui/main_window.py" line="122" />
        <source>A&amp;ller</source>
        <translation>&amp;Go</translation>
    </message>
    <message>
        <location filename="../../essdesk/ui/main_window.py" line="123" />
        <source>Étape &amp;précédente</source>
        <translation>&amp;Previous step</translation>
    </message>
    <message>
        <location filename="../../essdesk/ui/main_window.py" line="124" />
        <source>Étape &amp;suivante</source>
        <translation>&amp;Next step</translation>
    </message>
    <message>
        <location filename="../../essdesk/ui/main_window.py" line="125" />
        <source>Aid&amp;e</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../essdesk/ui/main_window.py" line="126" />
        <source>À &amp;propos d'essdesk</source>
        <translation>&amp;About essdesk</translation>
    </message>
    <message>
        <location filename="../../essdesk/ui/main_window.py" line="129" />
        <source>Vue d'ensemble</source>
        <translation>Overview</translation>
    </message>
    <message>
        <location filename="../../essdesk/ui/main_window.py" line="130" />
        <location filename="../../essdesk/ui/main_window.py" line="152" />
        <source>Étape %1 · %2</source>
        <translation>Step %1 · %2</translation>
    </message>
    <message>
        <location filename="../../essdesk/ui/main_window.py" line="132" />
        <source>Acteurs</source>
        <translation>Actors</translation>
    </message>
    <message>
        <location filename="../../essdesk/ui/main_window.py" line="132" />
        <source>Plan d'action</source>
        <translation>Action plan</translation>
    </message>
    <message>
        <location filename="../../essdesk/ui/main_window.py" line="132" />
        <source>Ateliers</source>
        <translation>Workshops</translation>
    </message>
    <message>
        <location filename="../../essdesk/ui/main_window.py" line="153" />
        <source>leviers renseignés</source>
        <translation>levers assessed</translation>
    </message>
    <message>
        <location filename="../../essdesk/ui/main_window.py" line="223" />
        <source>Modification refusée</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../essdesk/ui/main_window.py" line="226" />
        <source>Annuler</source>
        <translation>Undo</translation>
    </message>
    <message>
        <location filename="../../essdesk/ui/main_window.py" line="228" />
        <source>Rétablir</source>
        <translation>Redo</translation>
    </message>
    <message>
        <location filename="../../essdesk/ui/main_window.py" line="259" />
        <source>Lecture seule</source>
        <translation>Read-only</translation>
    </message>
    <message>
        <location filename="../../essdesk/ui/main_window.py" line="261" />
        <location filename="../../essdesk/ui/main_window.py" line="376" />
        <source>Modifications non enregistrées</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <location filename="../../essdesk/ui/main_window.py" line="263" />
        <source>Enregistré</source>
        <translation>Saved</translation>
    </message>
    <message>
        <location filename="../../essdesk/ui/main_window.py" line="269" />
        <source>essdesk</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../essdesk/ui/main_window.py" line="284" />
        <source>Ouvrir un diagnostic</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../essdesk/ui/main_window.py" line="285" />
        <location filename="../../essdesk/ui/main_window.py" line="360" />
        <source>Diagnostics essdesk (*%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../essdesk/ui/main_window.py" line="295" />
        <source>La démo n'a pas pu être préparée : %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../essdesk/ui/main_window.py" line="323" />
        <source>Diagnostic récupéré : enregistrez-le pour garder ces modifications.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../essdesk/ui/main_window.py" line="328" />
        <source>Sans titre</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../essdesk/ui/main_window.py" line="329" />
        <source>Récupérer un diagnostic</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../essdesk/ui/main_window.py" line="330" />
        <source>Le diagnostic « %1 » n'a pas été fermé normalement. Voulez-vous récupérer ses dernières modifications ?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../essdesk/ui/main_window.py" line="332" />
        <source>Récupérer</source>
        <translation>Recover</translation>
    </message>
    <message>
        <location filename="../../essdesk/ui/main_window.py" line="333" />
        <source>Supprimer la copie</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../essdesk/ui/main_window.py" line="334" />
        <source>Plus tard</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../essdesk/ui/main_window.py" line="352" />
        <source>Enregistré dans %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../essdesk/ui/main_window.py" line="359" />
        <source>Enregistrer le diagnostic</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../essdesk/ui/main_window.py" line="377" />
        <source>« %1 » a des modifications non enregistrées. Les enregistrer avant de fermer ?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../essdesk/ui/main_window.py" line="421" />
        <source>Zoom : %1 %</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../essdesk/ui/main_window.py" line="425" />
        <source>La langue choisie s'appliquera au prochain démarrage d'essdesk.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../essdesk/ui/main_window.py" line="429" />
        <source>À propos d'essdesk</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../essdesk/ui/main_window.py" line="430" />
        <source>&lt;h3&gt;essdesk&lt;/h3&gt;&lt;p&gt;Diagnostic de filière de territoire avec et pour l'ESS, selon le guide du RTES « RepèrESS Filières &amp;amp; ESS ».&lt;/p&gt;&lt;p&gt;Logiciel libre (GPL-3.0), hors ligne.&lt;/p&gt;</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>NewDiagnosticWizard</name>
    <message>
        <location filename="../../essdesk/ui/new_wizard.py" line="32" />
        <source>Nouveau diagnostic</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../essdesk/ui/new_wizard.py" line="38" />
        <source>Le territoire</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../essdesk/ui/new_wizard.py" line="39" />
        <source>Quel territoire mène le diagnostic ?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../essdesk/ui/new_wizard.py" line="42" />
        <source>ex. Communauté de communes du Haut-Val</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../essdesk/ui/new_wizard.py" line="51" />
        <source>&amp;Nom du territoire *</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../essdesk/ui/new_wizard.py" line="52" />
        <source>&amp;Type de territoire</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../essdesk/ui/new_wizard.py" line="53" />
        <source>&amp;Animateur ou animatrice</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../essdesk/ui/new_wizard.py" line="54" />
        <source>&amp;Date de début</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../essdesk/ui/new_wizard.py" line="59" />
        <source>La filière</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../essdesk/ui/new_wizard.py" line="60" />
        <source>Choisissez une filière du catalogue ou saisissez la vôtre.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../essdesk/ui/new_wizard.py" line="69" />
        <source>ex. Laine, Réemploi, Alimentation…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../essdesk/ui/new_wizard.py" line="75" />
        <source>&amp;Filière *</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../essdesk/ui/new_wizard.py" line="79" />
        <source>Sens donné à la filière</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../essdesk/ui/new_wizard.py" line="81" />
        <source>Scénario d'intervention de la collectivité</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../essdesk/ui/new_wizard.py" line="112" />
        <source>Filière %1 — %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>OptionalDateEdit</name>
    <message>
        <location filename="../../essdesk/ui/widgets.py" line="37" />
        <source>Aucune</source>
        <translation>None</translation>
    </message>
</context>
<context>
    <name>OverviewView</name>
    <message>
        <location filename="../../essdesk/ui/overview.py" line="95" />
        <source>Maturité globale</source>
        <translation>Overall maturity</translation>
    </message>
    <message>
        <location filename="../../essdesk/ui/overview.py" line="96" />
        <source>Leviers renseignés</source>
        <translation>Levers assessed</translation>
    </message>
    <message>
        <location filename="../../essdesk/ui/overview.py" line="97" />
        <source>Leviers prioritaires à traiter</source>
        <translation>Priority levers to address</translation>
    </message>
    <message>
        <location filename="../../essdesk/ui/overview.py" line="98" />
        <source>Actions en cours ou à venir</source>
        <translation>Current or upcoming actions</translation>
    </message>
    <message>
        <location filename="../../essdesk/ui/overview.py" line="99" />
        <source>Actions en retard</source>
        <translation>Overdue actions</translation>
    </message>
    <message>
        <location filename="../../essdesk/ui/overview.py" line="106" />
        <source>Maturité par étape</source>
        <translation>Maturity by step</translation>
    </message>
    <message>
        <location filename="../../essdesk/ui/overview.py" line="108" />
        <source>Radar de maturité par étape</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../essdesk/ui/overview.py" line="109" />
        <location filename="../../essdesk/ui/overview.py" line="114" />
        <source>Cliquez sur une étape pour l'ouvrir.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../essdesk/ui/overview.py" line="111" />
        <source>Maturité et complétude par étape</source>
        <translation>Maturity and completion by step</translation>
    </message>
    <message>
        <location filename="../../essdesk/ui/overview.py" line="113" />
        <source>Barres de maturité et de complétude par étape</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../essdesk/ui/overview.py" line="125" />
        <source>Leviers à haute priorité pas encore réalisés</source>
        <translation>High-priority levers not yet done</translation>
    </message>
    <message>
        <location filename="../../essdesk/ui/overview.py" line="127" />
        <source>Leviers à haute priorité</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../essdesk/ui/overview.py" line="132" />
        <source>Prochaines actions par échéance</source>
        <translation>Next actions by due date</translation>
    </message>
    <message>
        <location filename="../../essdesk/ui/overview.py" line="134" />
        <source>Prochaines actions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../essdesk/ui/overview.py" line="167" />
        <source>Filière : %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../essdesk/ui/overview.py" line="171" />
        <source>Animation : %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../essdesk/ui/overview.py" line="173" />
        <source>Depuis le %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../essdesk/ui/overview.py" line="207" />
        <source>Aucun levier à haute priorité en attente.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../essdesk/ui/overview.py" line="210" />
        <source>sans échéance</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../essdesk/ui/overview.py" line="216" />
        <source>En retard</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../essdesk/ui/overview.py" line="219" />
        <source>Aucune action en attente. Créez-en depuis un levier.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>StepBars</name>
    <message>
        <location filename="../../essdesk/ui/charts.py" line="186" />
        <source>Maturité</source>
        <translation>Maturity</translation>
    </message>
    <message>
        <location filename="../../essdesk/ui/charts.py" line="186" />
        <location filename="../../essdesk/ui/charts.py" line="187" />
        <source>Complétude</source>
        <translation>Completion</translation>
    </message>
</context>
<context>
    <name>StepView</name>
    <message>
        <location filename="../../essdesk/ui/step_view.py" line="302" />
        <source>Conseils du guide pour cette étape</source>
        <translation>Guide advice for this step</translation>
    </message>
    <message>
        <location filename="../../essdesk/ui/step_view.py" line="314" />
        <source>Ajouter un levier personnalisé…</source>
        <translation>Add a custom lever…</translation>
    </message>
    <message>
        <location filename="../../essdesk/ui/step_view.py" line="318" />
        <location filename="../../essdesk/ui/step_view.py" line="323" />
        <source>Synthèse de l'étape</source>
        <translation>Step summary</translation>
    </message>
    <message>
        <location filename="../../essdesk/ui/step_view.py" line="322" />
        <source>Ce que le groupe retient de cette étape : constats, points de vigilance, suites…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../essdesk/ui/step_view.py" line="362" />
        <source>Étape %1 — %2</source>
        <translation>Step %1 — %2</translation>
    </message>
    <message>
        <location filename="../../essdesk/ui/step_view.py" line="369" />
        <location filename="../../essdesk/ui/step_view.py" line="371" />
        <source>Étape %1</source>
        <translation>Step %1</translation>
    </message>
    <message>
        <location filename="../../essdesk/ui/step_view.py" line="395" />
        <source>%1/%2 leviers renseignés</source>
        <translation>%1/%2 levers assessed</translation>
    </message>
    <message>
        <location filename="../../essdesk/ui/step_view.py" line="396" />
        <source>maturité %1</source>
        <translation>maturity %1</translation>
    </message>
    <message>
        <location filename="../../essdesk/ui/step_view.py" line="422" />
        <source>Synthèse de l'étape %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../essdesk/ui/step_view.py" line="426" />
        <source>Ajouter un levier personnalisé</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../essdesk/ui/step_view.py" line="427" />
        <source>Intitulé du levier propre à votre territoire :</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../essdesk/ui/step_view.py" line="431" />
        <source>Ajouter un levier à l'étape %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ValueChainView</name>
    <message>
        <location filename="../../essdesk/ui/actors_view.py" line="70" />
        <source>%1 ESS · %2 hors ESS</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../../essdesk/ui/welcome.py" line="40" />
        <source>essdesk</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../essdesk/ui/welcome.py" line="43" />
        <source>Diagnostic de filière de territoire avec et pour l'ESS, en atelier, selon la méthode du guide RTES « RepèrESS Filières &amp; ESS » : 7 étapes, 40 leviers.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../essdesk/ui/welcome.py" line="55" />
        <source>Récupérer</source>
        <translation>Recover</translation>
    </message>
    <message>
        <location filename="../../essdesk/ui/welcome.py" line="64" />
        <source>Nouveau diagnostic…</source>
        <translation>New diagnostic…</translation>
    </message>
    <message>
        <location filename="../../essdesk/ui/welcome.py" line="66" />
        <source>Ouvrir…</source>
        <translation>Open…</translation>
    </message>
    <message>
        <location filename="../../essdesk/ui/welcome.py" line="67" />
        <source>Ouvrir la démo</source>
        <translation>Open the demo</translation>
    </message>
    <message>
        <location filename="../../essdesk/ui/welcome.py" line="68" />
        <source>Un diagnostic d'exemple : la filière laine d'un territoire rural.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../essdesk/ui/welcome.py" line="78" />
        <location filename="../../essdesk/ui/welcome.py" line="82" />
        <source>Diagnostics récents</source>
        <translation>Recent diagnostics</translation>
    </message>
    <message>
        <location filename="../../essdesk/ui/welcome.py" line="88" />
        <source>Astuce : Ctrl+N nouveau, Ctrl+O ouvrir, Ctrl++ / Ctrl+- pour agrandir au vidéoprojecteur.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../essdesk/ui/welcome.py" line="101" />
        <source>introuvable</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../essdesk/ui/welcome.py" line="105" />
        <source>Aucun diagnostic récent : créez-en un ou ouvrez la démo.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../essdesk/ui/welcome.py" line="115" />
        <source>Sans titre</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../essdesk/ui/welcome.py" line="117" />
        <source>Le diagnostic « %1 » n'a pas été fermé normalement (%2). Ses dernières modifications sont conservées dans une copie de travail.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>WorkshopEditor</name>
    <message>
        <location filename="../../essdesk/ui/workshops_view.py" line="56" />
        <source>Étape %1 abordée</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../essdesk/ui/workshops_view.py" line="60" />
        <source>&amp;Date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../essdesk/ui/workshops_view.py" line="61" />
        <source>&amp;Lieu</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../essdesk/ui/workshops_view.py" line="62" />
        <source>Étapes abordées</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../essdesk/ui/workshops_view.py" line="65" />
        <location filename="../../essdesk/ui/workshops_view.py" line="70" />
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <location filename="../../essdesk/ui/workshops_view.py" line="67" />
        <source>Nom</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../essdesk/ui/workshops_view.py" line="67" />
        <source>Organisation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../essdesk/ui/workshops_view.py" line="74" />
        <source>Ajouter un participant</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../essdesk/ui/workshops_view.py" line="75" />
        <source>Retirer le participant</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../essdesk/ui/workshops_view.py" line="88" />
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../essdesk/ui/workshops_view.py" line="90" />
        <source>Notes de l'atelier</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../essdesk/ui/workshops_view.py" line="92" />
        <source>Décisions</source>
        <translation>Decisions</translation>
    </message>
    <message>
        <location filename="../../essdesk/ui/workshops_view.py" line="94" />
        <source>Décisions de l'atelier</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../essdesk/ui/workshops_view.py" line="96" />
        <source>Enregistrer l'atelier</source>
        <translation>Save workshop</translation>
    </message>
    <message>
        <location filename="../../essdesk/ui/workshops_view.py" line="117" />
        <source>Choisissez un atelier dans la liste, ou créez-en un.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../essdesk/ui/workshops_view.py" line="120" />
        <source>Atelier du %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../essdesk/ui/workshops_view.py" line="159" />
        <source>Chaque participant doit avoir un nom.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../essdesk/ui/workshops_view.py" line="165" />
        <source>Modifier l'atelier du %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>WorkshopsModel</name>
    <message>
        <location filename="../../essdesk/ui/models/workshops.py" line="23" />
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../essdesk/ui/models/workshops.py" line="23" />
        <source>Lieu</source>
        <translation>Place</translation>
    </message>
    <message>
        <location filename="../../essdesk/ui/models/workshops.py" line="23" />
        <source>Étapes</source>
        <translation>Steps</translation>
    </message>
    <message>
        <location filename="../../essdesk/ui/models/workshops.py" line="23" />
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
</context>
<context>
    <name>WorkshopsView</name>
    <message>
        <location filename="../../essdesk/ui/workshops_view.py" line="181" />
        <source>Ateliers</source>
        <translation>Workshops</translation>
    </message>
    <message>
        <location filename="../../essdesk/ui/workshops_view.py" line="184" />
        <source>Les séances de travail avec les acteurs : date, lieu, étapes abordées, participants, décisions.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../essdesk/ui/workshops_view.py" line="195" />
        <source>Liste des ateliers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../essdesk/ui/workshops_view.py" line="206" />
        <location filename="../../essdesk/ui/workshops_view.py" line="254" />
        <source>Nouvel atelier</source>
        <translation>New workshop</translation>
    </message>
    <message>
        <location filename="../../essdesk/ui/workshops_view.py" line="208" />
        <source>Supprimer</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../essdesk/ui/workshops_view.py" line="261" />
        <source>Supprimer l'atelier</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>widget</name>
    <message>
        <location filename="../../essdesk/ui/overview.py" line="28" />
        <source>Diagnostic territorial</source>
        <translation>Territorial diagnosis</translation>
    </message>
    <message>
        <location filename="../../essdesk/ui/overview.py" line="29" />
        <source>Organisation interne</source>
        <translation>Internal organisation</translation>
    </message>
    <message>
        <location filename="../../essdesk/ui/overview.py" line="30" />
        <source>Animation des acteurs</source>
        <translation>Bringing actors together</translation>
    </message>
    <message>
        <location filename="../../essdesk/ui/overview.py" line="31" />
        <source>Financement</source>
        <translation>Funding</translation>
    </message>
    <message>
        <location filename="../../essdesk/ui/overview.py" line="32" />
        <source>Communication</source>
        <translation>Communication</translation>
    </message>
    <message>
        <location filename="../../essdesk/ui/overview.py" line="33" />
        <source>Développement économique</source>
        <translation>Economic development</translation>
    </message>
    <message>
        <location filename="../../essdesk/ui/overview.py" line="34" />
        <source>Formation et recherche</source>
        <translation>Training and research</translation>
    </message>
</context>
<context>
    <name>window</name>
    <message>
        <location filename="../../essdesk/ui/export_worker.py" line="107" />
        <source>Exporter le classeur Excel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../essdesk/ui/export_worker.py" line="107" />
        <source>Exporter le rapport PDF</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../essdesk/ui/export_worker.py" line="108" />
        <source>Classeur Excel (*.xlsx)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../essdesk/ui/export_worker.py" line="108" />
        <source>Document PDF (*.pdf)</source>
        <translation type="unfinished" />
    </message>
</context>
<context><name>enums</name><message><source>À venir</source><translation type="unfinished" /></message><message><source>En cours</source><translation type="unfinished" /></message><message><source>Réalisé</source><translation type="unfinished" /></message><message><source>En pause</source><translation type="unfinished" /></message><message><source>Abandonné</source><translation type="unfinished" /></message><message><source>Association</source><translation type="unfinished" /></message><message><source>Coopérative</source><translation type="unfinished" /></message><message><source>SCIC</source><translation type="unfinished" /></message><message><source>Mutuelle</source><translation type="unfinished" /></message><message><source>Fondation</source><translation type="unfinished" /></message><message><source>SIAE</source><translation type="unfinished" /></message><message><source>ESAT</source><translation type="unfinished" /></message><message><source>Entreprise de l'ESS</source><translation type="unfinished" /></message><message><source>Entreprise hors ESS</source><translation type="unfinished" /></message><message><source>Collectivité</source><translation type="unfinished" /></message><message><source>État ou agence</source><translation type="unfinished" /></message><message><source>Chambre consulaire</source><translation type="unfinished" /></message><message><source>Réseau ou fédération</source><translation type="unfinished" /></message><message><source>Recherche ou enseignement</source><translation type="unfinished" /></message><message><source>Financeur</source><translation type="unfinished" /></message><message><source>Autre</source><translation type="unfinished" /></message><message><source>Ressource / amont</source><translation type="unfinished" /></message><message><source>Production</source><translation type="unfinished" /></message><message><source>Transformation</source><translation type="unfinished" /></message><message><source>Distribution</source><translation type="unfinished" /></message><message><source>Usage</source><translation type="unfinished" /></message><message><source>Collecte / réemploi / recyclage</source><translation type="unfinished" /></message><message><source>Accompagnement</source><translation type="unfinished" /></message><message><source>Chaîne de valeur</source><translation>Value chain</translation></message><message><source>Écosystème d'acteurs</source><translation type="unfinished" /></message><message><source>Non évalué</source><translation type="unfinished" /></message><message><source>Pas commencé</source><translation type="unfinished" /></message><message><source>Prévu</source><translation type="unfinished" /></message><message><source>Non concerné</source><translation type="unfinished" /></message><message><source>Haute</source><translation type="unfinished" /></message><message><source>Moyenne</source><translation type="unfinished" /></message><message><source>Basse</source><translation type="unfinished" /></message><message><source>Aucune</source><translation>None</translation></message><message><source>La collectivité initie la filière</source><translation type="unfinished" /></message><message><source>La collectivité soutient un projet existant</source><translation type="unfinished" /></message><message><source>Commune</source><translation>Municipality</translation></message><message><source>Communauté de communes</source><translation type="unfinished" /></message><message><source>Communauté d'agglomération</source><translation type="unfinished" /></message><message><source>Communauté urbaine</source><translation type="unfinished" /></message><message><source>Métropole</source><translation type="unfinished" /></message><message><source>Département</source><translation type="unfinished" /></message><message><source>Région</source><translation type="unfinished" /></message><message><source>Parc naturel régional (PNR)</source><translation type="unfinished" /></message><message><source>PETR / Pays</source><translation type="unfinished" /></message></context></TS>