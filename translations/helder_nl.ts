<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="nl_NL">
<context>
    <name>FieldTable</name>
    <message>
        <location filename="../studio/ui/main_window.py" line="101" />
        <source>Field</source>
        <translation>Veld</translation>
    </message>
    <message>
        <location filename="../studio/ui/main_window.py" line="102" />
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <location filename="../studio/ui/main_window.py" line="103" />
        <source>Required</source>
        <translation>Verplicht</translation>
    </message>
    <message>
        <location filename="../studio/ui/main_window.py" line="104" />
        <source>Personal</source>
        <translation>Persoonlijk</translation>
    </message>
    <message>
        <location filename="../studio/ui/main_window.py" line="108" />
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location filename="../studio/ui/main_window.py" line="108" />
        <source>no</source>
        <translation>nee</translation>
    </message>
</context>
<context>
    <name>FramePreview</name>
    <message>
        <location filename="../studio/ui/preview.py" line="102" />
        <source>No sample row</source>
        <translation>Geen voorbeeldrij</translation>
    </message>
    <message>
        <location filename="../studio/ui/preview.py" line="119" />
        <source>Sample row</source>
        <translation>Voorbeeldrij</translation>
    </message>
    <message>
        <location filename="../studio/ui/preview.py" line="120" />
        <source>Language</source>
        <translation>Taal</translation>
    </message>
</context>
<context>
    <name>LayerTable</name>
    <message>
        <location filename="../studio/ui/main_window.py" line="72" />
        <source>Layer</source>
        <translation>Laag</translation>
    </message>
    <message>
        <location filename="../studio/ui/main_window.py" line="72" />
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <location filename="../studio/ui/main_window.py" line="72" />
        <source>In</source>
        <translation>In</translation>
    </message>
    <message>
        <location filename="../studio/ui/main_window.py" line="72" />
        <source>Out</source>
        <translation>Uit</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../studio/ui/main_window.py" line="160" />
        <source>Scenes</source>
        <translation>Scènes</translation>
    </message>
    <message>
        <location filename="../studio/ui/main_window.py" line="166" />
        <source>Layers</source>
        <translation>Lagen</translation>
    </message>
    <message>
        <location filename="../studio/ui/main_window.py" line="172" />
        <source>Texts</source>
        <translation>Teksten</translation>
    </message>
    <message>
        <location filename="../studio/ui/main_window.py" line="178" />
        <source>Fields</source>
        <translation>Velden</translation>
    </message>
    <message>
        <location filename="../studio/ui/main_window.py" line="204" />
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <location filename="../studio/ui/main_window.py" line="207" />
        <source>&amp;Open…</source>
        <translation>&amp;Openen…</translation>
    </message>
    <message>
        <location filename="../studio/ui/main_window.py" line="212" />
        <source>&amp;Save</source>
        <translation>Op&amp;slaan</translation>
    </message>
    <message>
        <location filename="../studio/ui/main_window.py" line="216" />
        <source>Save &amp;As…</source>
        <translation>Opslaan &amp;als…</translation>
    </message>
    <message>
        <location filename="../studio/ui/main_window.py" line="222" />
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <location filename="../studio/ui/main_window.py" line="224" />
        <source>&amp;View</source>
        <translation>Beel&amp;d</translation>
    </message>
    <message>
        <location filename="../studio/ui/main_window.py" line="243" />
        <source>Untitled</source>
        <translation>Naamloos</translation>
    </message>
    <message>
        <location filename="../studio/ui/main_window.py" line="245" />
        <source>{project} – {template} – Helder Studio</source>
        <translation>{project} – {template} – Helder Studio</translation>
    </message>
    <message>
        <location filename="../studio/ui/main_window.py" line="253" />
        <source>Open project</source>
        <translation>Project openen</translation>
    </message>
    <message>
        <location filename="../studio/ui/main_window.py" line="255" />
        <location filename="../studio/ui/main_window.py" line="277" />
        <source>Helder projects (*{suffix})</source>
        <translation>Helder-projecten (*{suffix})</translation>
    </message>
    <message>
        <location filename="../studio/ui/main_window.py" line="262" />
        <source>Cannot open</source>
        <translation>Kan niet openen</translation>
    </message>
    <message>
        <location filename="../studio/ui/main_window.py" line="275" />
        <source>Save project</source>
        <translation>Project opslaan</translation>
    </message>
    <message>
        <location filename="../studio/ui/main_window.py" line="289" />
        <source>Cannot save</source>
        <translation>Kan niet opslaan</translation>
    </message>
    <message>
        <location filename="../studio/ui/main_window.py" line="292" />
        <source>Saved {path}</source>
        <translation>Opgeslagen: {path}</translation>
    </message>
</context>
<context>
    <name>SceneList</name>
    <message>
        <location filename="../studio/ui/main_window.py" line="56" />
        <source>{name}  ({seconds:.1f} s)</source>
        <translation>{name}  ({seconds:.1f} s)</translation>
    </message>
</context>
<context>
    <name>TextTable</name>
    <message>
        <location filename="../studio/ui/main_window.py" line="129" />
        <source>Text</source>
        <translation>Tekst</translation>
    </message>
</context>
</TS>