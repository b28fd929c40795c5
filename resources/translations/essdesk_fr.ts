<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="fr">
    <context>
        <name>ActionDialog</name>
        <message numerus="yes">
            <source>%n leviers…</source>
            <translation>
                <numerusform>%n levier…</numerusform>
                <numerusform>%n leviers…</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n partenaires…</source>
            <translation>
                <numerusform>%n partenaire…</numerusform>
                <numerusform>%n partenaires…</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ActionsView</name>
        <message numerus="yes">
            <source>%n actions</source>
            <translation>
                <numerusform>%n action</numerusform>
                <numerusform>%n actions</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n réalisées</source>
            <translation>
                <numerusform>%n réalisée</numerusform>
                <numerusform>%n réalisées</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n en retard</source>
            <translation>
                <numerusform>%n en retard</numerusform>
                <numerusform>%n en retard</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ActorsView</name>
        <message numerus="yes">
            <source>%n acteurs affichés sur %1</source>
            <translation>
                <numerusform>%n acteur affiché sur %1</numerusform>
                <numerusform>%n acteurs affichés sur %1</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n acteurs</source>
            <translation>
                <numerusform>%n acteur</numerusform>
                <numerusform>%n acteurs</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>IndicatorsView</name>
        <message numerus="yes">
            <source>%n indicateurs</source>
            <translation>
                <numerusform>%n indicateur</numerusform>
                <numerusform>%n indicateurs</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n cibles atteintes</source>
            <translation>
                <numerusform>%n cible atteinte</numerusform>
                <numerusform>%n cibles atteintes</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>VotePanel</name>
        <message numerus="yes">
            <source>%n actions créées à partir des votes (Ctrl+Z pour annuler).</source>
            <translation>
                <numerusform>%n action créée à partir des votes (Ctrl+Z pour annuler).</numerusform>
                <numerusform>%n actions créées à partir des votes (Ctrl+Z pour annuler).</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>WorkshopMode</name>
        <message numerus="yes">
            <source>%n participants</source>
            <translation>
                <numerusform>%n participant</numerusform>
                <numerusform>%n participants</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n gommettes</source>
            <translation>
                <numerusform>%n gommette</numerusform>
                <numerusform>%n gommettes</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>DocumentTools</name>
        <message numerus="yes">
            <source>Le diagnostic présente %n problèmes. Enregistrez-le sous un autre nom, puis restaurez une sauvegarde (Fichier › Restaurer une sauvegarde…).

%1</source>
            <translation>
                <numerusform>Le diagnostic présente %n problème. Enregistrez-le sous un autre nom, puis restaurez une sauvegarde (Fichier › Restaurer une sauvegarde…).

%1</numerusform>
                <numerusform>Le diagnostic présente %n problèmes. Enregistrez-le sous un autre nom, puis restaurez une sauvegarde (Fichier › Restaurer une sauvegarde…).

%1</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Jalons</name>
        <message numerus="yes">
            <source>%n éléments</source>
            <translation>
                <numerusform>%n élément</numerusform>
                <numerusform>%n éléments</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n actions passées en retard : %1</source>
            <translation>
                <numerusform>%n action passée en retard : %1</numerusform>
                <numerusform>%n actions passées en retard : %1</numerusform>
            </translation>
        </message>
    </context>
</TS>
