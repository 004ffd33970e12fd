<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="nl_NL">
<context>
    <name>FieldTable</name>
    <message>
        <location filename="../studio/ui/main_window.py" line="89" />
        <source>Field</source>
        <translation>Veld</translation>
    </message>
    <message>
        <location filename="../studio/ui/main_window.py" line="89" />
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <location filename="../studio/ui/main_window.py" line="89" />
        <source>Required</source>
        <translation>Verplicht</translation>
    </message>
    <message>
        <location filename="../studio/ui/main_window.py" line="89" />
        <source>Personal</source>
        <translation>Persoonlijk</translation>
    </message>
    <message>
        <location filename="../studio/ui/main_window.py" line="93" />
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location filename="../studio/ui/main_window.py" line="93" />
        <source>no</source>
        <translation>nee</translation>
    </message>
</context>
<context>
    <name>LayerTable</name>
    <message>
        <location filename="../studio/ui/main_window.py" line="64" />
        <source>Layer</source>
        <translation>Laag</translation>
    </message>
    <message>
        <location filename="../studio/ui/main_window.py" line="64" />
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <location filename="../studio/ui/main_window.py" line="64" />
        <source>In</source>
        <translation>In</translation>
    </message>
    <message>
        <location filename="../studio/ui/main_window.py" line="64" />
        <source>Out</source>
        <translation>Uit</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../studio/ui/main_window.py" line="133" />
        <source>Scenes</source>
        <translation>Scènes</translation>
    </message>
    <message>
        <location filename="../studio/ui/main_window.py" line="135" />
        <source>Layers</source>
        <translation>Lagen</translation>
    </message>
    <message>
        <location filename="../studio/ui/main_window.py" line="137" />
        <source>Fields</source>
        <translation>Velden</translation>
    </message>
    <message>
        <location filename="../studio/ui/main_window.py" line="155" />
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <location filename="../studio/ui/main_window.py" line="156" />
        <source>&amp;Open…</source>
        <translation>&amp;Openen…</translation>
    </message>
    <message>
        <location filename="../studio/ui/main_window.py" line="158" />
        <source>&amp;Save</source>
        <translation>Op&amp;slaan</translation>
    </message>
    <message>
        <location filename="../studio/ui/main_window.py" line="160" />
        <source>Save &amp;As…</source>
        <translation>Opslaan &amp;als…</translation>
    </message>
    <message>
        <location filename="../studio/ui/main_window.py" line="163" />
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <location filename="../studio/ui/main_window.py" line="165" />
        <source>&amp;View</source>
        <translation>Beel&amp;d</translation>
    </message>
    <message>
        <location filename="../studio/ui/main_window.py" line="182" />
        <source>Untitled</source>
        <translation>Naamloos</translation>
    </message>
    <message>
        <location filename="../studio/ui/main_window.py" line="184" />
        <source>{project} – {template} – Helder Studio</source>
        <translation>{project} – {template} – Helder Studio</translation>
    </message>
    <message>
        <location filename="../studio/ui/main_window.py" line="191" />
        <source>Open project</source>
        <translation>Project openen</translation>
    </message>
    <message>
        <location filename="../studio/ui/main_window.py" line="192" />
        <location filename="../studio/ui/main_window.py" line="212" />
        <source>Helder projects (*{suffix})</source>
        <translation>Helder-projecten (*{suffix})</translation>
    </message>
    <message>
        <location filename="../studio/ui/main_window.py" line="199" />
        <source>Cannot open</source>
        <translation>Kan niet openen</translation>
    </message>
    <message>
        <location filename="../studio/ui/main_window.py" line="211" />
        <source>Save project</source>
        <translation>Project opslaan</translation>
    </message>
    <message>
        <location filename="../studio/ui/main_window.py" line="224" />
        <source>Cannot save</source>
        <translation>Kan niet opslaan</translation>
    </message>
    <message>
        <location filename="../studio/ui/main_window.py" line="227" />
        <source>Saved {path}</source>
        <translation>Opgeslagen: {path}</translation>
    </message>
</context>
<context>
    <name>SceneList</name>
    <message>
        <location filename="../studio/ui/main_window.py" line="48" />
        <source>{name}  ({seconds:.1f} s)</source>
        <translation>{name}  ({seconds:.1f} s)</translation>
    </message>
</context>
<context>
    <name>TextTable</name>
    <message>
        <location filename="../studio/ui/main_window.py" line="110" />
        <source>Text</source>
        <translation>Tekst</translation>
    </message>
</context>
</TS>