<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>BasketController</name>
    <message numerus="yes">
        <source>Added %n solution(s) to the mission basket.</source>
        <translation>
            <numerusform>Added %n solution to the mission basket.</numerusform>
            <numerusform>Added %n solutions to the mission basket.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Emptied the basket (%n solution(s)). Ctrl+Z puts them back.</source>
        <translation>
            <numerusform>Emptied the basket (%n solution). Ctrl+Z puts it back.</numerusform>
            <numerusform>Emptied the basket (%n solutions). Ctrl+Z puts them back.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Add %n solution(s)</source>
        <translation>
            <numerusform>Add %n solution</numerusform>
            <numerusform>Add %n solutions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %n solution(s)</source>
        <translation>
            <numerusform>Remove %n solution</numerusform>
            <numerusform>Remove %n solutions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Brief saved (%Ln page(s)): %1</source>
        <translation>
            <numerusform>Brief saved (%Ln page): %1</numerusform>
            <numerusform>Brief saved (%Ln pages): %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BriefDialog</name>
    <message numerus="yes">
        <source>%n solution(s) of the basket, in its order.</source>
        <translation>
            <numerusform>%n solution of the basket.</numerusform>
            <numerusform>%n solutions of the basket, in its order.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DetailRenderer</name>
    <message numerus="yes">
        <source>%n private contact(s), kept on this computer (see Edit).</source>
        <translation>
            <numerusform>%n private contact, kept on this computer (see Edit).</numerusform>
            <numerusform>%n private contacts, kept on this computer (see Edit).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message numerus="yes">
        <source>%1 (and %n more problem(s))</source>
        <translation>
            <numerusform>%1 (and %n more problem)</numerusform>
            <numerusform>%1 (and %n more problems)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FilesController</name>
    <message numerus="yes">
        <source>%n row(s) of %1 have problems; nothing was imported.</source>
        <translation>
            <numerusform>%n row of %1 has problems; nothing was imported.</numerusform>
            <numerusform>%n rows of %1 have problems; nothing was imported.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Correct them and import the file again, or import the %n good row(s) now and the others later.</source>
        <translation>
            <numerusform>Correct them and import the file again, or import the good row now and the others later.</numerusform>
            <numerusform>Correct them and import the file again, or import the %n good rows now and the others later.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) left out, to correct.</source>
        <translation>
            <numerusform>%n row left out, to correct.</numerusform>
            <numerusform>%n rows left out, to correct.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>USB bundle imported: %Ln solution(s) received.</source>
        <translation>
            <numerusform>USB bundle imported: %Ln solution received.</numerusform>
            <numerusform>USB bundle imported: %Ln solutions received.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) wait for a decision (ssc-desktop conflicts).</source>
        <translation>
            <numerusform>%n conflict waits for a decision (ssc-desktop conflicts).</numerusform>
            <numerusform>%n conflicts wait for a decision (ssc-desktop conflicts).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changed without a new revision: taken as your edit(s), sent at the next sync.</source>
        <translation>
            <numerusform>%n changed without a new revision: taken as your edit, sent at the next sync.</numerusform>
            <numerusform>%n changed without a new revision: taken as your edits, sent at the next sync.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n solution(s) written to %1.</source>
        <translation>
            <numerusform>%n solution written to %1.</numerusform>
            <numerusform>%n solutions written to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) written to %1: take it to the hub.</source>
        <translation>
            <numerusform>%n change written to %1: take it to the hub.</numerusform>
            <numerusform>%n changes written to %1: take it to the hub.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SearchController</name>
    <message numerus="yes">
        <source>Showing the best %1 of %Ln solution(s)</source>
        <translation>
            <numerusform>Showing the best %1 of %Ln solution</numerusform>
            <numerusform>Showing the best %1 of %Ln solutions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln solution(s)</source>
        <translation>
            <numerusform>%Ln solution</numerusform>
            <numerusform>%Ln solutions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message numerus="yes">
        <source>Every %n hour(s) while the hub answers</source>
        <translation>
            <numerusform>Every hour while the hub answers</numerusform>
            <numerusform>Every %n hours while the hub answers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Every %n minute(s) while the hub answers</source>
        <translation>
            <numerusform>Every %n minute while the hub answers</numerusform>
            <numerusform>Every %n minutes while the hub answers</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SolutionForm</name>
    <message numerus="yes">
        <source>%n problem(s) to fix before saving. First: %1</source>
        <translation>
            <numerusform>%n problem to fix before saving. First: %1</numerusform>
            <numerusform>%n problems to fix before saving. First: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StatusBar</name>
    <message numerus="yes">
        <source>%Ln solution(s) in the catalogue</source>
        <translation>
            <numerusform>%Ln solution in the catalogue</numerusform>
            <numerusform>%Ln solutions in the catalogue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln change(s) waiting for sync</source>
        <translation>
            <numerusform>%Ln change waiting for sync</numerusform>
            <numerusform>%Ln changes waiting for sync</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncController</name>
    <message numerus="yes">
        <source>%n conflict(s) wait for a decision (ssc-desktop conflicts).</source>
        <translation>
            <numerusform>%n conflict waits for a decision (ssc-desktop conflicts).</numerusform>
            <numerusform>%n conflicts wait for a decision (ssc-desktop conflicts).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contribution(s) returned by a curator: see File ▸ My contributions.</source>
        <translation>
            <numerusform>%n contribution returned by a curator: see File ▸ My contributions.</numerusform>
            <numerusform>%n contributions returned by a curator: see File ▸ My contributions.</numerusform>
        </translation>
    </message>
</context>
</TS>
