<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>AssetList</name>
    <message>
        <location filename="../studio/ui/panels.py" line="300"/>
        <source>image</source>
        <translation>afbeelding</translation>
    </message>
    <message>
        <location filename="../studio/ui/panels.py" line="301"/>
        <source>video</source>
        <translation>video</translation>
    </message>
    <message>
        <location filename="../studio/ui/panels.py" line="302"/>
        <source>sound</source>
        <translation>geluid</translation>
    </message>
    <message>
        <location filename="../studio/ui/panels.py" line="305"/>
        <source>{name}  ({kind}, {size} kB)</source>
        <translation>{name}  ({kind}, {size} kB)</translation>
    </message>
    <message>
        <location filename="../studio/ui/panels.py" line="331"/>
        <location filename="../studio/ui/panels.py" line="361"/>
        <source>Import media</source>
        <translation>Media importeren</translation>
    </message>
    <message>
        <location filename="../studio/ui/panels.py" line="339"/>
        <source>Remove media</source>
        <translation>Media verwijderen</translation>
    </message>
    <message>
        <location filename="../studio/ui/panels.py" line="351"/>
        <source>Place in Scene</source>
        <translation>In scène plaatsen</translation>
    </message>
    <message>
        <location filename="../studio/ui/panels.py" line="353"/>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <location filename="../studio/ui/panels.py" line="355"/>
        <source>Import Media…</source>
        <translation>Media importeren…</translation>
    </message>
    <message>
        <location filename="../studio/ui/panels.py" line="363"/>
        <source>Media ({patterns})</source>
        <translation>Media ({patterns})</translation>
    </message>
</context>
<context>
    <name>Autosaver</name>
    <message>
        <location filename="../studio/ui/recovery.py" line="366"/>
        <source>Autosave failed: {reason}. Helder Studio keeps trying; save your work to be safe.</source>
        <translation>Automatisch opslaan is mislukt: {reason}. Helder Studio blijft het proberen; sla uw werk voor de zekerheid op.</translation>
    </message>
</context>
<context>
    <name>Canvas</name>
    <message>
        <location filename="../studio/ui/canvas.py" line="626"/>
        <source>Move layer</source>
        <translation>Laag verplaatsen</translation>
    </message>
    <message>
        <location filename="../studio/ui/canvas.py" line="626"/>
        <source>Move layers</source>
        <translation>Lagen verplaatsen</translation>
    </message>
    <message>
        <location filename="../studio/ui/canvas.py" line="644"/>
        <source>Resize layer</source>
        <translation>Grootte van laag wijzigen</translation>
    </message>
    <message>
        <location filename="../studio/ui/canvas.py" line="655"/>
        <source>Rotate layer</source>
        <translation>Laag roteren</translation>
    </message>
    <message>
        <location filename="../studio/ui/canvas.py" line="666"/>
        <source>Nudge</source>
        <translation>Verschuiven</translation>
    </message>
    <message>
        <location filename="../studio/ui/canvas.py" line="679"/>
        <source>Align</source>
        <translation>Uitlijnen</translation>
    </message>
    <message>
        <location filename="../studio/ui/canvas.py" line="684"/>
        <source>Distribute</source>
        <translation>Verdelen</translation>
    </message>
    <message>
        <location filename="../studio/ui/canvas.py" line="700"/>
        <source>Delete layer</source>
        <translation>Laag verwijderen</translation>
    </message>
    <message>
        <location filename="../studio/ui/canvas.py" line="700"/>
        <source>Delete layers</source>
        <translation>Lagen verwijderen</translation>
    </message>
    <message>
        <location filename="../studio/ui/canvas.py" line="816"/>
        <source>Edit text</source>
        <translation>Tekst bewerken</translation>
    </message>
    <message>
        <location filename="../studio/ui/canvas.py" line="874"/>
        <source>Import media</source>
        <translation>Media importeren</translation>
    </message>
    <message>
        <location filename="../studio/ui/canvas.py" line="888"/>
        <source>Place media</source>
        <translation>Media plaatsen</translation>
    </message>
</context>
<context>
    <name>ColourEditor</name>
    <message>
        <location filename="../studio/ui/property_editors.py" line="699"/>
        <location filename="../studio/ui/property_editors.py" line="749"/>
        <source>Choose a colour</source>
        <translation>Kies een kleur</translation>
    </message>
    <message>
        <location filename="../studio/ui/property_editors.py" line="712"/>
        <source>No colour</source>
        <translation>Geen kleur</translation>
    </message>
    <message>
        <location filename="../studio/ui/property_editors.py" line="724"/>
        <source>None</source>
        <translation>Geen</translation>
    </message>
</context>
<context>
    <name>Easing</name>
    <message>
        <location filename="../studio/ui/easing_editor.py" line="34"/>
        <source>Linear</source>
        <translation>Lineair</translation>
    </message>
    <message>
        <location filename="../studio/ui/easing_editor.py" line="35"/>
        <source>Ease in</source>
        <translation>Langzaam in</translation>
    </message>
    <message>
        <location filename="../studio/ui/easing_editor.py" line="36"/>
        <source>Ease out</source>
        <translation>Langzaam uit</translation>
    </message>
    <message>
        <location filename="../studio/ui/easing_editor.py" line="37"/>
        <source>Ease in and out</source>
        <translation>Langzaam in en uit</translation>
    </message>
    <message>
        <location filename="../studio/ui/easing_editor.py" line="38"/>
        <source>Hold</source>
        <translation>Vasthouden</translation>
    </message>
    <message>
        <location filename="../studio/ui/easing_editor.py" line="39"/>
        <source>Bézier curve</source>
        <translation>Bézier-curve</translation>
    </message>
</context>
<context>
    <name>EasingEditor</name>
    <message>
        <location filename="../studio/ui/easing_editor.py" line="210"/>
        <source>Easing</source>
        <translation>Versnelling</translation>
    </message>
    <message>
        <location filename="../studio/ui/easing_editor.py" line="247"/>
        <source>{layer}: {property} at frame {frame}</source>
        <translation>{layer}: {property} bij frame {frame}</translation>
    </message>
    <message>
        <location filename="../studio/ui/easing_editor.py" line="255"/>
        <source>Drag the handles to shape the curve.</source>
        <translation>Sleep de grepen om de curve vorm te geven.</translation>
    </message>
    <message>
        <location filename="../studio/ui/easing_editor.py" line="270"/>
        <source>This is the last keyframe of its property: there is no movement after it to ease.</source>
        <translation>Dit is het laatste sleutelframe van deze eigenschap: daarna volgt geen beweging om te versnellen of te vertragen.</translation>
    </message>
    <message>
        <location filename="../studio/ui/easing_editor.py" line="275"/>
        <source>Select a keyframe to edit its easing.</source>
        <translation>Selecteer een sleutelframe om de versnelling ervan te bewerken.</translation>
    </message>
    <message>
        <location filename="../studio/ui/easing_editor.py" line="290"/>
        <source>Change easing</source>
        <translation>Versnelling wijzigen</translation>
    </message>
</context>
<context>
    <name>Edits</name>
    <message>
        <location filename="../studio/ui/document.py" line="34"/>
        <source>Change property</source>
        <translation>Eigenschap wijzigen</translation>
    </message>
    <message>
        <location filename="../studio/ui/document.py" line="35"/>
        <source>Change transform</source>
        <translation>Transformatie wijzigen</translation>
    </message>
    <message>
        <location filename="../studio/ui/document.py" line="36"/>
        <source>Delete keyframe</source>
        <translation>Sleutelframe verwijderen</translation>
    </message>
    <message>
        <location filename="../studio/ui/document.py" line="37"/>
        <source>Move keyframe</source>
        <translation>Sleutelframe verplaatsen</translation>
    </message>
    <message>
        <location filename="../studio/ui/document.py" line="38"/>
        <source>Restore</source>
        <translation>Herstellen</translation>
    </message>
    <message>
        <location filename="../studio/ui/document.py" line="39"/>
        <source>Edit text</source>
        <translation>Tekst bewerken</translation>
    </message>
    <message>
        <location filename="../studio/ui/document.py" line="40"/>
        <source>Add layer</source>
        <translation>Laag toevoegen</translation>
    </message>
    <message>
        <location filename="../studio/ui/document.py" line="41"/>
        <source>Delete layer</source>
        <translation>Laag verwijderen</translation>
    </message>
    <message>
        <location filename="../studio/ui/document.py" line="42"/>
        <source>Import media</source>
        <translation>Media importeren</translation>
    </message>
    <message>
        <location filename="../studio/ui/document.py" line="43"/>
        <source>Remove media</source>
        <translation>Media verwijderen</translation>
    </message>
    <message>
        <location filename="../studio/ui/document.py" line="44"/>
        <source>Edit</source>
        <translation>Bewerking</translation>
    </message>
</context>
<context>
    <name>FieldTable</name>
    <message>
        <location filename="../studio/ui/panels.py" line="394"/>
        <source>Field</source>
        <translation>Veld</translation>
    </message>
    <message>
        <location filename="../studio/ui/panels.py" line="395"/>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <location filename="../studio/ui/panels.py" line="396"/>
        <source>Required</source>
        <translation>Verplicht</translation>
    </message>
    <message>
        <location filename="../studio/ui/panels.py" line="397"/>
        <source>Personal</source>
        <translation>Persoonlijk</translation>
    </message>
    <message>
        <location filename="../studio/ui/panels.py" line="407"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location filename="../studio/ui/panels.py" line="407"/>
        <source>no</source>
        <translation>nee</translation>
    </message>
</context>
<context>
    <name>FrameEditor</name>
    <message>
        <location filename="../studio/ui/property_editors.py" line="585"/>
        <source>{seconds:.2f} s</source>
        <translation>{seconds:.2f} s</translation>
    </message>
</context>
<context>
    <name>Inspector</name>
    <message>
        <location filename="../studio/ui/inspector.py" line="218"/>
        <source>Select a layer on the canvas or in the timeline</source>
        <translation>Selecteer een laag op het canvas of in de tijdlijn</translation>
    </message>
    <message>
        <location filename="../studio/ui/inspector.py" line="273"/>
        <source>Nothing selected</source>
        <translation>Niets geselecteerd</translation>
    </message>
    <message>
        <location filename="../studio/ui/inspector.py" line="302"/>
        <source>Shared</source>
        <translation>Gemeenschappelijk</translation>
    </message>
    <message>
        <location filename="../studio/ui/inspector.py" line="306"/>
        <source>Layer</source>
        <translation>Laag</translation>
    </message>
    <message>
        <location filename="../studio/ui/inspector.py" line="307"/>
        <source>Transform</source>
        <translation>Transformatie</translation>
    </message>
    <message>
        <location filename="../studio/ui/inspector.py" line="337"/>
        <location filename="../studio/ui/property_editors.py" line="239"/>
        <source>Text</source>
        <translation>Tekst</translation>
    </message>
    <message>
        <location filename="../studio/ui/inspector.py" line="338"/>
        <source>Button</source>
        <translation>Knop</translation>
    </message>
    <message>
        <location filename="../studio/ui/inspector.py" line="339"/>
        <location filename="../studio/ui/property_editors.py" line="252"/>
        <source>Shape</source>
        <translation>Vorm</translation>
    </message>
    <message>
        <location filename="../studio/ui/inspector.py" line="340"/>
        <source>Image</source>
        <translation>Afbeelding</translation>
    </message>
    <message>
        <location filename="../studio/ui/inspector.py" line="341"/>
        <source>Video</source>
        <translation>Video</translation>
    </message>
    <message>
        <location filename="../studio/ui/inspector.py" line="342"/>
        <source>Audio</source>
        <translation>Audio</translation>
    </message>
    <message>
        <location filename="../studio/ui/inspector.py" line="461"/>
        <source>{kind} layer · locked</source>
        <translation>Laag: {kind} · vergrendeld</translation>
    </message>
    <message>
        <location filename="../studio/ui/inspector.py" line="464"/>
        <source>{kind} layer</source>
        <translation>Laag: {kind}</translation>
    </message>
    <message>
        <location filename="../studio/ui/inspector.py" line="466"/>
        <source>{count} layers</source>
        <translation>{count} lagen</translation>
    </message>
    <message>
        <location filename="../studio/ui/inspector.py" line="468"/>
        <source>Their shared properties; “—” where they differ</source>
        <translation>Hun gemeenschappelijke eigenschappen; “—” waar ze verschillen</translation>
    </message>
    <message>
        <location filename="../studio/ui/inspector.py" line="497"/>
        <location filename="../studio/ui/inspector.py" line="516"/>
        <source>Change {property}</source>
        <translation>{property} wijzigen</translation>
    </message>
    <message>
        <location filename="../studio/ui/inspector.py" line="562"/>
        <source>Add keyframe</source>
        <translation>Sleutelframe toevoegen</translation>
    </message>
    <message>
        <location filename="../studio/ui/inspector.py" line="562"/>
        <source>Delete keyframe</source>
        <translation>Sleutelframe verwijderen</translation>
    </message>
    <message>
        <location filename="../studio/ui/property_editors.py" line="227"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location filename="../studio/ui/property_editors.py" line="228"/>
        <source>In point</source>
        <translation>Beginpunt</translation>
    </message>
    <message>
        <location filename="../studio/ui/property_editors.py" line="229"/>
        <source>Out point</source>
        <translation>Eindpunt</translation>
    </message>
    <message>
        <location filename="../studio/ui/property_editors.py" line="230"/>
        <source>Hidden</source>
        <translation>Verborgen</translation>
    </message>
    <message>
        <location filename="../studio/ui/property_editors.py" line="231"/>
        <source>Locked</source>
        <translation>Vergrendeld</translation>
    </message>
    <message>
        <location filename="../studio/ui/property_editors.py" line="232"/>
        <source>Shown when</source>
        <translation>Zichtbaar als</translation>
    </message>
    <message>
        <location filename="../studio/ui/property_editors.py" line="233"/>
        <source>Position</source>
        <translation>Positie</translation>
    </message>
    <message>
        <location filename="../studio/ui/property_editors.py" line="234"/>
        <source>Size</source>
        <translation>Grootte</translation>
    </message>
    <message>
        <location filename="../studio/ui/property_editors.py" line="235"/>
        <source>Anchor point</source>
        <translation>Ankerpunt</translation>
    </message>
    <message>
        <location filename="../studio/ui/property_editors.py" line="236"/>
        <source>Rotation</source>
        <translation>Rotatie</translation>
    </message>
    <message>
        <location filename="../studio/ui/property_editors.py" line="237"/>
        <source>Scale</source>
        <translation>Schaal</translation>
    </message>
    <message>
        <location filename="../studio/ui/property_editors.py" line="238"/>
        <source>Opacity</source>
        <translation>Dekking</translation>
    </message>
    <message>
        <location filename="../studio/ui/property_editors.py" line="240"/>
        <source>Label</source>
        <translation>Label</translation>
    </message>
    <message>
        <location filename="../studio/ui/property_editors.py" line="241"/>
        <source>Font</source>
        <translation>Lettertype</translation>
    </message>
    <message>
        <location filename="../studio/ui/property_editors.py" line="242"/>
        <source>Font size</source>
        <translation>Tekengrootte</translation>
    </message>
    <message>
        <location filename="../studio/ui/property_editors.py" line="243"/>
        <source>Weight</source>
        <translation>Letterdikte</translation>
    </message>
    <message>
        <location filename="../studio/ui/property_editors.py" line="244"/>
        <source>Colour</source>
        <translation>Kleur</translation>
    </message>
    <message>
        <location filename="../studio/ui/property_editors.py" line="245"/>
        <source>Alignment</source>
        <translation>Uitlijning</translation>
    </message>
    <message>
        <location filename="../studio/ui/property_editors.py" line="246"/>
        <source>Vertical alignment</source>
        <translation>Verticale uitlijning</translation>
    </message>
    <message>
        <location filename="../studio/ui/property_editors.py" line="247"/>
        <source>Line height</source>
        <translation>Regelhoogte</translation>
    </message>
    <message>
        <location filename="../studio/ui/property_editors.py" line="248"/>
        <source>Fit</source>
        <translation>Inpassen</translation>
    </message>
    <message>
        <location filename="../studio/ui/property_editors.py" line="249"/>
        <source>Maximum lines</source>
        <translation>Maximaal aantal regels</translation>
    </message>
    <message>
        <location filename="../studio/ui/property_editors.py" line="250"/>
        <source>Smallest size</source>
        <translation>Kleinste tekengrootte</translation>
    </message>
    <message>
        <location filename="../studio/ui/property_editors.py" line="251"/>
        <source>Media</source>
        <translation>Media</translation>
    </message>
    <message>
        <location filename="../studio/ui/property_editors.py" line="253"/>
        <source>Fill</source>
        <translation>Vulling</translation>
    </message>
    <message>
        <location filename="../studio/ui/property_editors.py" line="254"/>
        <source>Stroke</source>
        <translation>Lijn</translation>
    </message>
    <message>
        <location filename="../studio/ui/property_editors.py" line="255"/>
        <source>Stroke width</source>
        <translation>Lijndikte</translation>
    </message>
    <message>
        <location filename="../studio/ui/property_editors.py" line="256"/>
        <source>Corner radius</source>
        <translation>Hoekstraal</translation>
    </message>
    <message>
        <location filename="../studio/ui/property_editors.py" line="257"/>
        <source>Action</source>
        <translation>Actie</translation>
    </message>
    <message>
        <location filename="../studio/ui/property_editors.py" line="258"/>
        <source>Text colour</source>
        <translation>Tekstkleur</translation>
    </message>
    <message>
        <location filename="../studio/ui/property_editors.py" line="259"/>
        <source>Clip start</source>
        <translation>Begin in clip</translation>
    </message>
    <message>
        <location filename="../studio/ui/property_editors.py" line="260"/>
        <source>Muted</source>
        <translation>Gedempt</translation>
    </message>
    <message>
        <location filename="../studio/ui/property_editors.py" line="261"/>
        <source>Volume</source>
        <translation>Volume</translation>
    </message>
    <message>
        <location filename="../studio/ui/property_editors.py" line="262"/>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <location filename="../studio/ui/property_editors.py" line="267"/>
        <source>Start</source>
        <translation>Begin</translation>
    </message>
    <message>
        <location filename="../studio/ui/property_editors.py" line="268"/>
        <source>Centre</source>
        <translation>Midden</translation>
    </message>
    <message>
        <location filename="../studio/ui/property_editors.py" line="269"/>
        <source>End</source>
        <translation>Einde</translation>
    </message>
    <message>
        <location filename="../studio/ui/property_editors.py" line="270"/>
        <source>Top</source>
        <translation>Boven</translation>
    </message>
    <message>
        <location filename="../studio/ui/property_editors.py" line="271"/>
        <source>Middle</source>
        <translation>Midden</translation>
    </message>
    <message>
        <location filename="../studio/ui/property_editors.py" line="272"/>
        <source>Bottom</source>
        <translation>Onder</translation>
    </message>
    <message>
        <location filename="../studio/ui/property_editors.py" line="273"/>
        <source>Shrink to fit</source>
        <translation>Verkleinen tot het past</translation>
    </message>
    <message>
        <location filename="../studio/ui/property_editors.py" line="274"/>
        <source>Wrap</source>
        <translation>Terugloop</translation>
    </message>
    <message>
        <location filename="../studio/ui/property_editors.py" line="275"/>
        <source>Wrap, end with …</source>
        <translation>Terugloop, afkappen met …</translation>
    </message>
    <message>
        <location filename="../studio/ui/property_editors.py" line="276"/>
        <source>Contain</source>
        <translation>Binnen kader</translation>
    </message>
    <message>
        <location filename="../studio/ui/property_editors.py" line="277"/>
        <source>Cover</source>
        <translation>Kader vullen</translation>
    </message>
    <message>
        <location filename="../studio/ui/property_editors.py" line="278"/>
        <source>Stretch</source>
        <translation>Uitrekken</translation>
    </message>
    <message>
        <location filename="../studio/ui/property_editors.py" line="279"/>
        <source>Rectangle</source>
        <translation>Rechthoek</translation>
    </message>
    <message>
        <location filename="../studio/ui/property_editors.py" line="280"/>
        <source>Rounded rectangle</source>
        <translation>Afgeronde rechthoek</translation>
    </message>
    <message>
        <location filename="../studio/ui/property_editors.py" line="281"/>
        <source>Ellipse</source>
        <translation>Ellips</translation>
    </message>
    <message>
        <location filename="../studio/ui/property_editors.py" line="282"/>
        <source>Line</source>
        <translation>Lijn</translation>
    </message>
    <message>
        <location filename="../studio/ui/property_editors.py" line="286"/>
        <source>Thin</source>
        <translation>Dun</translation>
    </message>
    <message>
        <location filename="../studio/ui/property_editors.py" line="287"/>
        <source>Extra light</source>
        <translation>Extra licht</translation>
    </message>
    <message>
        <location filename="../studio/ui/property_editors.py" line="288"/>
        <source>Light</source>
        <translation>Licht</translation>
    </message>
    <message>
        <location filename="../studio/ui/property_editors.py" line="289"/>
        <source>Regular</source>
        <translation>Normaal</translation>
    </message>
    <message>
        <location filename="../studio/ui/property_editors.py" line="290"/>
        <source>Medium</source>
        <translation>Medium</translation>
    </message>
    <message>
        <location filename="../studio/ui/property_editors.py" line="291"/>
        <source>Semibold</source>
        <translation>Halfvet</translation>
    </message>
    <message>
        <location filename="../studio/ui/property_editors.py" line="292"/>
        <source>Bold</source>
        <translation>Vet</translation>
    </message>
    <message>
        <location filename="../studio/ui/property_editors.py" line="293"/>
        <source>Extra bold</source>
        <translation>Extra vet</translation>
    </message>
    <message>
        <location filename="../studio/ui/property_editors.py" line="294"/>
        <source>Black</source>
        <translation>Zwaar</translation>
    </message>
    <message>
        <location filename="../studio/ui/property_editors.py" line="298"/>
        <source>Scene end</source>
        <translation>Einde van scène</translation>
    </message>
    <message>
        <location filename="../studio/ui/property_editors.py" line="299"/>
        <source>No limit</source>
        <translation>Geen limiet</translation>
    </message>
    <message>
        <location filename="../studio/ui/property_editors.py" line="301"/>
        <source>None</source>
        <translation>Geen</translation>
    </message>
    <message>
        <location filename="../studio/ui/property_editors.py" line="303"/>
        <source>X</source>
        <translation>X</translation>
    </message>
    <message>
        <location filename="../studio/ui/property_editors.py" line="303"/>
        <source>Y</source>
        <translation>Y</translation>
    </message>
    <message>
        <location filename="../studio/ui/property_editors.py" line="304"/>
        <source>W</source>
        <translation>B</translation>
    </message>
    <message>
        <location filename="../studio/ui/property_editors.py" line="304"/>
        <source>H</source>
        <translation>H</translation>
    </message>
    <message>
        <location filename="../studio/ui/property_editors.py" line="871"/>
        <source>Go to scene “{target}”</source>
        <translation>Naar scène “{target}”</translation>
    </message>
    <message>
        <location filename="../studio/ui/property_editors.py" line="872"/>
        <source>Pay now</source>
        <translation>Nu betalen</translation>
    </message>
    <message>
        <location filename="../studio/ui/property_editors.py" line="873"/>
        <source>Choose a plan</source>
        <translation>Betalingsregeling kiezen</translation>
    </message>
    <message>
        <location filename="../studio/ui/property_editors.py" line="874"/>
        <source>Open the chat</source>
        <translation>Chat openen</translation>
    </message>
    <message>
        <location filename="../studio/ui/property_editors.py" line="875"/>
        <source>Call {target}</source>
        <translation>{target} bellen</translation>
    </message>
    <message>
        <location filename="../studio/ui/property_editors.py" line="876"/>
        <source>Open {target}</source>
        <translation>{target} openen</translation>
    </message>
    <message>
        <location filename="../studio/ui/property_editors.py" line="878"/>
        <source>Choose a plan of {terms} terms</source>
        <translation>Betalingsregeling van {terms} termijnen kiezen</translation>
    </message>
    <message>
        <location filename="../studio/ui/property_editors.py" line="879"/>
        <source>Always</source>
        <translation>Altijd</translation>
    </message>
    <message>
        <location filename="../studio/ui/property_editors.py" line="957"/>
        <source>All languages</source>
        <translation>Alle talen</translation>
    </message>
</context>
<context>
    <name>KeyframeToggle</name>
    <message>
        <location filename="../studio/ui/inspector.py" line="119"/>
        <source>Delete the keyframe at the playhead</source>
        <translation>Sleutelframe bij de afspeelkop verwijderen</translation>
    </message>
    <message>
        <location filename="../studio/ui/inspector.py" line="121"/>
        <source>Add a keyframe at the playhead</source>
        <translation>Sleutelframe bij de afspeelkop toevoegen</translation>
    </message>
</context>
<context>
    <name>LayerTable</name>
    <message>
        <location filename="../studio/ui/panels.py" line="129"/>
        <location filename="../studio/ui/panels.py" line="185"/>
        <source>Shown</source>
        <translation>Zichtbaar</translation>
    </message>
    <message>
        <location filename="../studio/ui/panels.py" line="130"/>
        <location filename="../studio/ui/panels.py" line="186"/>
        <source>Locked</source>
        <translation>Vergrendeld</translation>
    </message>
    <message>
        <location filename="../studio/ui/panels.py" line="131"/>
        <source>Layer</source>
        <translation>Laag</translation>
    </message>
    <message>
        <location filename="../studio/ui/panels.py" line="132"/>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <location filename="../studio/ui/panels.py" line="133"/>
        <source>In</source>
        <translation>In</translation>
    </message>
    <message>
        <location filename="../studio/ui/panels.py" line="133"/>
        <source>In point</source>
        <translation>Beginpunt</translation>
    </message>
    <message>
        <location filename="../studio/ui/panels.py" line="134"/>
        <source>Out</source>
        <translation>Uit</translation>
    </message>
    <message>
        <location filename="../studio/ui/panels.py" line="134"/>
        <source>Out point</source>
        <translation>Eindpunt</translation>
    </message>
    <message>
        <location filename="../studio/ui/panels.py" line="144"/>
        <source>text</source>
        <translation>tekst</translation>
    </message>
    <message>
        <location filename="../studio/ui/panels.py" line="145"/>
        <source>image</source>
        <translation>afbeelding</translation>
    </message>
    <message>
        <location filename="../studio/ui/panels.py" line="146"/>
        <source>shape</source>
        <translation>vorm</translation>
    </message>
    <message>
        <location filename="../studio/ui/panels.py" line="147"/>
        <source>button</source>
        <translation>knop</translation>
    </message>
    <message>
        <location filename="../studio/ui/panels.py" line="148"/>
        <source>video</source>
        <translation>video</translation>
    </message>
    <message>
        <location filename="../studio/ui/panels.py" line="149"/>
        <source>sound</source>
        <translation>geluid</translation>
    </message>
    <message>
        <location filename="../studio/ui/panels.py" line="223"/>
        <source>Show or hide layer</source>
        <translation>Laag tonen of verbergen</translation>
    </message>
    <message>
        <location filename="../studio/ui/panels.py" line="230"/>
        <source>Lock or unlock layer</source>
        <translation>Laag vergrendelen of ontgrendelen</translation>
    </message>
    <message>
        <location filename="../studio/ui/panels.py" line="238"/>
        <source>Rename layer</source>
        <translation>Laag hernoemen</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../studio/ui/main_window.py" line="163"/>
        <source>Scenes</source>
        <translation>Scènes</translation>
    </message>
    <message>
        <location filename="../studio/ui/main_window.py" line="164"/>
        <source>Layers</source>
        <translation>Lagen</translation>
    </message>
    <message>
        <location filename="../studio/ui/main_window.py" line="175"/>
        <source>Texts</source>
        <translation>Teksten</translation>
    </message>
    <message>
        <location filename="../studio/ui/main_window.py" line="169"/>
        <source>Fields</source>
        <translation>Velden</translation>
    </message>
    <message>
        <location filename="../studio/ui/main_window.py" line="106"/>
        <source>Already open</source>
        <translation>Al geopend</translation>
    </message>
    <message>
        <location filename="../studio/ui/main_window.py" line="154"/>
        <source>Recovered unsaved work: save it to keep it</source>
        <translation>Niet-opgeslagen werk hersteld: sla het op om het te bewaren</translation>
    </message>
    <message>
        <location filename="../studio/ui/main_window.py" line="165"/>
        <source>Media</source>
        <translation>Media</translation>
    </message>
    <message>
        <location filename="../studio/ui/main_window.py" line="167"/>
        <source>Inspector</source>
        <translation>Inspector</translation>
    </message>
    <message>
        <location filename="../studio/ui/main_window.py" line="171"/>
        <source>Timeline</source>
        <translation>Tijdlijn</translation>
    </message>
    <message>
        <location filename="../studio/ui/main_window.py" line="173"/>
        <source>Easing</source>
        <translation>Versnelling</translation>
    </message>
    <message>
        <location filename="../studio/ui/main_window.py" line="199"/>
        <source>Preview</source>
        <translation>Voorvertoning</translation>
    </message>
    <message>
        <location filename="../studio/ui/main_window.py" line="202"/>
        <source>No sample row</source>
        <translation>Geen voorbeeldrij</translation>
    </message>
    <message>
        <location filename="../studio/ui/main_window.py" line="212"/>
        <source>Sample row</source>
        <translation>Voorbeeldrij</translation>
    </message>
    <message>
        <location filename="../studio/ui/main_window.py" line="215"/>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <location filename="../studio/ui/main_window.py" line="557"/>
        <source>Exporting %p%</source>
        <translation>Exporteren %p%</translation>
    </message>
    <message>
        <location filename="../studio/ui/main_window.py" line="241"/>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <location filename="../studio/ui/main_window.py" line="279"/>
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <location filename="../studio/ui/main_window.py" line="280"/>
        <source>&amp;New</source>
        <translation>&amp;Nieuw</translation>
    </message>
    <message>
        <location filename="../studio/ui/main_window.py" line="282"/>
        <source>From the &amp;Sample</source>
        <translation>Op basis van het &amp;voorbeeld</translation>
    </message>
    <message>
        <location filename="../studio/ui/main_window.py" line="284"/>
        <source>&amp;Empty Project</source>
        <translation>&amp;Leeg project</translation>
    </message>
    <message>
        <location filename="../studio/ui/main_window.py" line="285"/>
        <source>&amp;Open…</source>
        <translation>&amp;Openen…</translation>
    </message>
    <message>
        <location filename="../studio/ui/main_window.py" line="286"/>
        <source>Open &amp;Recent</source>
        <translation>&amp;Recente bestanden openen</translation>
    </message>
    <message>
        <location filename="../studio/ui/main_window.py" line="289"/>
        <source>&amp;Save</source>
        <translation>Op&amp;slaan</translation>
    </message>
    <message>
        <location filename="../studio/ui/main_window.py" line="290"/>
        <source>Save &amp;As…</source>
        <translation>Opslaan &amp;als…</translation>
    </message>
    <message>
        <location filename="../studio/ui/main_window.py" line="292"/>
        <source>&amp;Import Media…</source>
        <translation>Media &amp;importeren…</translation>
    </message>
    <message>
        <location filename="../studio/ui/main_window.py" line="294"/>
        <source>&amp;Export Video…</source>
        <translation>Video &amp;exporteren…</translation>
    </message>
    <message>
        <location filename="../studio/ui/main_window.py" line="297"/>
        <source>&amp;Close</source>
        <translation>Sl&amp;uiten</translation>
    </message>
    <message>
        <location filename="../studio/ui/main_window.py" line="299"/>
        <source>&amp;Quit</source>
        <translation>A&amp;fsluiten</translation>
    </message>
    <message>
        <location filename="../studio/ui/main_window.py" line="302"/>
        <source>&amp;Edit</source>
        <translation>Be&amp;werken</translation>
    </message>
    <message>
        <location filename="../studio/ui/main_window.py" line="303"/>
        <source>&amp;Undo</source>
        <translation>&amp;Ongedaan maken</translation>
    </message>
    <message>
        <location filename="../studio/ui/main_window.py" line="305"/>
        <source>&amp;Redo</source>
        <translation>O&amp;pnieuw</translation>
    </message>
    <message>
        <location filename="../studio/ui/main_window.py" line="309"/>
        <source>&amp;Delete</source>
        <translation>&amp;Verwijderen</translation>
    </message>
    <message>
        <location filename="../studio/ui/main_window.py" line="312"/>
        <source>Select &amp;All</source>
        <translation>&amp;Alles selecteren</translation>
    </message>
    <message>
        <location filename="../studio/ui/main_window.py" line="317"/>
        <source>&amp;View</source>
        <translation>Beel&amp;d</translation>
    </message>
    <message>
        <location filename="../studio/ui/main_window.py" line="319"/>
        <source>Zoom &amp;In</source>
        <translation>&amp;Inzoomen</translation>
    </message>
    <message>
        <location filename="../studio/ui/main_window.py" line="322"/>
        <source>Zoom &amp;Out</source>
        <translation>&amp;Uitzoomen</translation>
    </message>
    <message>
        <location filename="../studio/ui/main_window.py" line="325"/>
        <source>&amp;Fit to Window</source>
        <translation>&amp;Passend in venster</translation>
    </message>
    <message>
        <location filename="../studio/ui/main_window.py" line="328"/>
        <source>&amp;Actual Size</source>
        <translation>&amp;Werkelijke grootte</translation>
    </message>
    <message>
        <location filename="../studio/ui/main_window.py" line="333"/>
        <source>&amp;Snap</source>
        <translation>&amp;Magnetisch uitlijnen</translation>
    </message>
    <message>
        <location filename="../studio/ui/main_window.py" line="340"/>
        <source>Add &amp;Vertical Guide</source>
        <translation>&amp;Verticale hulplijn toevoegen</translation>
    </message>
    <message>
        <location filename="../studio/ui/main_window.py" line="345"/>
        <source>Add &amp;Horizontal Guide</source>
        <translation>&amp;Horizontale hulplijn toevoegen</translation>
    </message>
    <message>
        <location filename="../studio/ui/main_window.py" line="348"/>
        <source>&amp;Clear Guides</source>
        <translation>Hulplijnen wi&amp;ssen</translation>
    </message>
    <message>
        <location filename="../studio/ui/main_window.py" line="350"/>
        <source>A&amp;ppearance</source>
        <translation>Ui&amp;terlijk</translation>
    </message>
    <message>
        <location filename="../studio/ui/main_window.py" line="353"/>
        <source>Follow the &amp;System</source>
        <translation>&amp;Systeeminstelling volgen</translation>
    </message>
    <message>
        <location filename="../studio/ui/main_window.py" line="354"/>
        <source>&amp;Light</source>
        <translation>&amp;Licht</translation>
    </message>
    <message>
        <location filename="../studio/ui/main_window.py" line="355"/>
        <source>&amp;Dark</source>
        <translation>&amp;Donker</translation>
    </message>
    <message>
        <location filename="../studio/ui/main_window.py" line="363"/>
        <source>&amp;Panels</source>
        <translation>Pa&amp;nelen</translation>
    </message>
    <message>
        <location filename="../studio/ui/main_window.py" line="367"/>
        <source>&amp;Arrange</source>
        <translation>&amp;Schikken</translation>
    </message>
    <message>
        <location filename="../studio/ui/main_window.py" line="369"/>
        <source>Align &amp;Left</source>
        <translation>&amp;Links uitlijnen</translation>
    </message>
    <message>
        <location filename="../studio/ui/main_window.py" line="370"/>
        <source>Align &amp;Centre</source>
        <translation>Horizontaal &amp;centreren</translation>
    </message>
    <message>
        <location filename="../studio/ui/main_window.py" line="371"/>
        <source>Align &amp;Right</source>
        <translation>&amp;Rechts uitlijnen</translation>
    </message>
    <message>
        <location filename="../studio/ui/main_window.py" line="372"/>
        <source>Align &amp;Top</source>
        <translation>&amp;Boven uitlijnen</translation>
    </message>
    <message>
        <location filename="../studio/ui/main_window.py" line="373"/>
        <source>Align &amp;Middle</source>
        <translation>&amp;Verticaal centreren</translation>
    </message>
    <message>
        <location filename="../studio/ui/main_window.py" line="374"/>
        <source>Align &amp;Bottom</source>
        <translation>&amp;Onder uitlijnen</translation>
    </message>
    <message>
        <location filename="../studio/ui/main_window.py" line="380"/>
        <source>Distribute &amp;Horizontally</source>
        <translation>&amp;Horizontaal verdelen</translation>
    </message>
    <message>
        <location filename="../studio/ui/main_window.py" line="385"/>
        <source>Distribute &amp;Vertically</source>
        <translation>Verticaal ver&amp;delen</translation>
    </message>
    <message>
        <location filename="../studio/ui/main_window.py" line="389"/>
        <source>&amp;Playback</source>
        <translation>&amp;Afspelen</translation>
    </message>
    <message>
        <location filename="../studio/ui/main_window.py" line="393"/>
        <source>&amp;Play or Pause</source>
        <translation>&amp;Afspelen of pauzeren</translation>
    </message>
    <message>
        <location filename="../studio/ui/main_window.py" line="397"/>
        <source>Next &amp;Frame</source>
        <translation>&amp;Volgend frame</translation>
    </message>
    <message>
        <location filename="../studio/ui/main_window.py" line="403"/>
        <source>Previous F&amp;rame</source>
        <translation>Vo&amp;rig frame</translation>
    </message>
    <message>
        <location filename="../studio/ui/main_window.py" line="409"/>
        <source>Scene &amp;Start</source>
        <translation>&amp;Begin van scène</translation>
    </message>
    <message>
        <location filename="../studio/ui/main_window.py" line="418"/>
        <source>Untitled</source>
        <translation>Naamloos</translation>
    </message>
    <message>
        <location filename="../studio/ui/main_window.py" line="448"/>
        <source>Customer number</source>
        <translation>Klantnummer</translation>
    </message>
    <message>
        <location filename="../studio/ui/main_window.py" line="449"/>
        <source>First name</source>
        <translation>Voornaam</translation>
    </message>
    <message>
        <location filename="../studio/ui/main_window.py" line="450"/>
        <source>Amount due</source>
        <translation>Openstaand bedrag</translation>
    </message>
    <message>
        <location filename="../studio/ui/main_window.py" line="451"/>
        <source>Due date</source>
        <translation>Vervaldatum</translation>
    </message>
    <message>
        <location filename="../studio/ui/main_window.py" line="530"/>
        <source>Import media</source>
        <translation>Media importeren</translation>
    </message>
    <message>
        <location filename="../studio/ui/main_window.py" line="532"/>
        <source>Media ({patterns})</source>
        <translation>Media ({patterns})</translation>
    </message>
    <message>
        <location filename="../studio/ui/main_window.py" line="544"/>
        <source>Export video</source>
        <translation>Video exporteren</translation>
    </message>
    <message>
        <location filename="../studio/ui/main_window.py" line="544"/>
        <source>MP4 video (*.mp4)</source>
        <translation>MP4-video (*.mp4)</translation>
    </message>
    <message>
        <location filename="../studio/ui/main_window.py" line="551"/>
        <source>Exported {path}</source>
        <translation>Geëxporteerd: {path}</translation>
    </message>
    <message>
        <location filename="../studio/ui/main_window.py" line="554"/>
        <source>Export failed: {why}</source>
        <translation>Exporteren is mislukt: {why}</translation>
    </message>
    <message>
        <location filename="../studio/ui/main_window.py" line="556"/>
        <source>Export cancelled</source>
        <translation>Exporteren geannuleerd</translation>
    </message>
    <message>
        <location filename="../studio/ui/main_window.py" line="563"/>
        <source>Wait for the running task, or cancel it</source>
        <translation>Wacht tot de lopende taak klaar is, of annuleer hem</translation>
    </message>
    <message numerus="yes">
        <location filename="../studio/ui/main_window.py" line="568"/>
        <source>Imported %n file(s)</source>
        <translation>
            <numerusform>%n bestand geïmporteerd</numerusform>
            <numerusform>%n bestanden geïmporteerd</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../studio/ui/main_window.py" line="572"/>
        <source>Import cancelled</source>
        <translation>Importeren geannuleerd</translation>
    </message>
    <message>
        <location filename="../studio/ui/main_window.py" line="573"/>
        <source>Importing %p%</source>
        <translation>Importeren %p%</translation>
    </message>
    <message>
        <location filename="../studio/ui/main_window.py" line="644"/>
        <source>Unsaved changes</source>
        <translation>Niet-opgeslagen wijzigingen</translation>
    </message>
    <message>
        <location filename="../studio/ui/main_window.py" line="646"/>
        <source>Save the changes to “{template}” before closing?</source>
        <translation>Wijzigingen in “{template}” opslaan voordat u sluit?</translation>
    </message>
    <message>
        <location filename="../studio/ui/main_window.py" line="651"/>
        <source>Your changes are lost if you don&apos;t save them.</source>
        <translation>Uw wijzigingen gaan verloren als u ze niet opslaat.</translation>
    </message>
    <message>
        <location filename="../studio/ui/main_window.py" line="459"/>
        <source>Open project</source>
        <translation>Project openen</translation>
    </message>
    <message>
        <location filename="../studio/ui/main_window.py" line="461"/>
        <location filename="../studio/ui/main_window.py" line="498"/>
        <source>Helder projects (*{suffix})</source>
        <translation>Helder-projecten (*{suffix})</translation>
    </message>
    <message>
        <location filename="../studio/ui/main_window.py" line="441"/>
        <location filename="../studio/ui/main_window.py" line="475"/>
        <source>Cannot open</source>
        <translation>Kan niet openen</translation>
    </message>
    <message>
        <location filename="../studio/ui/main_window.py" line="420"/>
        <source>{name} (not saved yet)</source>
        <translation>{name} (nog niet opgeslagen)</translation>
    </message>
    <message>
        <location filename="../studio/ui/main_window.py" line="422"/>
        <source>{project}[*] – {template} – Helder Studio</source>
        <translation>{project}[*] – {template} – Helder Studio</translation>
    </message>
    <message>
        <location filename="../studio/ui/main_window.py" line="453"/>
        <source>New template</source>
        <translation>Nieuw sjabloon</translation>
    </message>
    <message>
        <location filename="../studio/ui/main_window.py" line="453"/>
        <source>Scene 1</source>
        <translation>Scène 1</translation>
    </message>
    <message>
        <location filename="../studio/ui/main_window.py" line="486"/>
        <source>No recent projects</source>
        <translation>Geen recente projecten</translation>
    </message>
    <message>
        <location filename="../studio/ui/main_window.py" line="496"/>
        <source>Save project</source>
        <translation>Project opslaan</translation>
    </message>
    <message>
        <location filename="../studio/ui/main_window.py" line="510"/>
        <location filename="../studio/ui/main_window.py" line="517"/>
        <source>Cannot save</source>
        <translation>Kan niet opslaan</translation>
    </message>
    <message>
        <location filename="../studio/ui/main_window.py" line="524"/>
        <source>Saved {path}</source>
        <translation>Opgeslagen: {path}</translation>
    </message>
</context>
<context>
    <name>Recovery</name>
    <message>
        <location filename="../studio/ui/recovery.py" line="176"/>
        <source>{file} is open in another Helder Studio window (process {pid} on {host}).</source>
        <translation>{file} is geopend in een ander venster van Helder Studio (proces {pid} op {host}).</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <location filename="../studio/ui/recovery.py" line="429"/>
        <source>Recover unsaved work</source>
        <translation>Niet-opgeslagen werk herstellen</translation>
    </message>
    <message>
        <location filename="../studio/ui/recovery.py" line="434"/>
        <source>Helder Studio did not close properly. The changes below were not saved. Recover opens them; save them to keep them. Discard deletes them for good. Later keeps them for the next start.</source>
        <translation>Helder Studio is niet goed afgesloten. De onderstaande wijzigingen zijn niet opgeslagen. Herstellen opent ze; sla ze daarna op om ze te bewaren. Weggooien verwijdert ze definitief. Later bewaart ze tot de volgende keer dat u Helder Studio start.</translation>
    </message>
    <message>
        <location filename="../studio/ui/recovery.py" line="464"/>
        <source>&amp;Recover</source>
        <translation>&amp;Herstellen</translation>
    </message>
    <message>
        <location filename="../studio/ui/recovery.py" line="467"/>
        <source>&amp;Discard</source>
        <translation>&amp;Weggooien</translation>
    </message>
    <message>
        <location filename="../studio/ui/recovery.py" line="469"/>
        <source>&amp;Later</source>
        <translation>&amp;Later</translation>
    </message>
    <message>
        <location filename="../studio/ui/recovery.py" line="494"/>
        <source>File: {file}</source>
        <translation>Bestand: {file}</translation>
    </message>
    <message>
        <location filename="../studio/ui/recovery.py" line="497"/>
        <source>Opened from: {folder} (not yet saved as a project file)</source>
        <translation>Geopend vanuit: {folder} (nog niet opgeslagen als projectbestand)</translation>
    </message>
    <message>
        <location filename="../studio/ui/recovery.py" line="499"/>
        <source>File: none (never saved)</source>
        <translation>Bestand: geen (nooit opgeslagen)</translation>
    </message>
    <message>
        <location filename="../studio/ui/recovery.py" line="503"/>
        <source>the copy is missing</source>
        <translation>de kopie ontbreekt</translation>
    </message>
    <message>
        <location filename="../studio/ui/recovery.py" line="504"/>
        <source>its details are missing or unreadable</source>
        <translation>de gegevens ervan ontbreken of zijn onleesbaar</translation>
    </message>
    <message>
        <location filename="../studio/ui/recovery.py" line="505"/>
        <source>the copy cannot be opened</source>
        <translation>de kopie kan niet worden geopend</translation>
    </message>
    <message>
        <location filename="../studio/ui/recovery.py" line="507"/>
        <source>{file} cannot be recovered: {reason}.</source>
        <translation>{file} kan niet worden hersteld: {reason}.</translation>
    </message>
    <message>
        <location filename="../studio/ui/recovery.py" line="528"/>
        <source>Template: {name}</source>
        <translation>Sjabloon: {name}</translation>
    </message>
    <message>
        <location filename="../studio/ui/recovery.py" line="531"/>
        <source>Autosaved: {time}</source>
        <translation>Automatisch opgeslagen: {time}</translation>
    </message>
    <message>
        <location filename="../studio/ui/recovery.py" line="549"/>
        <source>{file} could not be deleted: {reason}</source>
        <translation>{file} kon niet worden verwijderd: {reason}</translation>
    </message>
</context>
<context>
    <name>SceneList</name>
    <message>
        <location filename="../studio/ui/panels.py" line="89"/>
        <source>{name}  ({seconds:.1f} s)</source>
        <translation>{name}  ({seconds:.1f} s)</translation>
    </message>
</context>
<context>
    <name>SceneStrip</name>
    <message>
        <location filename="../studio/ui/timeline_panel.py" line="277"/>
        <source>{name}  {seconds:.1f} s</source>
        <translation>{name}  {seconds:.1f} s</translation>
    </message>
</context>
<context>
    <name>TextKeyEditor</name>
    <message>
        <location filename="../studio/ui/property_editors.py" line="831"/>
        <source>No words in {language} yet</source>
        <translation>Nog geen tekst in {language}</translation>
    </message>
</context>
<context>
    <name>TextTable</name>
    <message>
        <location filename="../studio/ui/panels.py" line="430"/>
        <source>Text</source>
        <translation>Tekst</translation>
    </message>
</context>
<context>
    <name>TimelinePanel</name>
    <message>
        <location filename="../studio/ui/timeline_panel.py" line="1282"/>
        <source>Go to start</source>
        <translation>Naar begin</translation>
    </message>
    <message>
        <location filename="../studio/ui/timeline_panel.py" line="1289"/>
        <source>One frame back</source>
        <translation>Eén frame terug</translation>
    </message>
    <message>
        <location filename="../studio/ui/timeline_panel.py" line="1296"/>
        <location filename="../studio/ui/timeline_panel.py" line="1374"/>
        <source>Play</source>
        <translation>Afspelen</translation>
    </message>
    <message>
        <location filename="../studio/ui/timeline_panel.py" line="1303"/>
        <source>One frame forward</source>
        <translation>Eén frame vooruit</translation>
    </message>
    <message>
        <location filename="../studio/ui/timeline_panel.py" line="1310"/>
        <source>Zoom out</source>
        <translation>Uitzoomen</translation>
    </message>
    <message>
        <location filename="../studio/ui/timeline_panel.py" line="1313"/>
        <source>Fit</source>
        <translation>Passend</translation>
    </message>
    <message>
        <location filename="../studio/ui/timeline_panel.py" line="1315"/>
        <source>Show the whole scene (0)</source>
        <translation>Hele scène tonen (0)</translation>
    </message>
    <message>
        <location filename="../studio/ui/timeline_panel.py" line="1317"/>
        <source>Zoom in</source>
        <translation>Inzoomen</translation>
    </message>
    <message>
        <location filename="../studio/ui/timeline_panel.py" line="1342"/>
        <source>Zoom</source>
        <translation>Zoom</translation>
    </message>
    <message>
        <location filename="../studio/ui/timeline_panel.py" line="1374"/>
        <source>Pause</source>
        <translation>Pauzeren</translation>
    </message>
    <message>
        <location filename="../studio/ui/timeline_panel.py" line="1388"/>
        <source>{time} / {length}   frame {frame}</source>
        <translation>{time} / {length}   frame {frame}</translation>
    </message>
</context>
<context>
    <name>TrackView</name>
    <message>
        <location filename="../studio/ui/timeline_panel.py" line="539"/>
        <source>Layers</source>
        <translation>Lagen</translation>
    </message>
    <message>
        <location filename="../studio/ui/timeline_panel.py" line="564"/>
        <source>{frames}f</source>
        <translation>{frames}f</translation>
    </message>
    <message>
        <location filename="../studio/ui/timeline_panel.py" line="567"/>
        <source>{seconds}s</source>
        <translation>{seconds}s</translation>
    </message>
    <message>
        <location filename="../studio/ui/timeline_panel.py" line="886"/>
        <source>Layer {name} is locked</source>
        <translation>Laag {name} is vergrendeld</translation>
    </message>
    <message>
        <location filename="../studio/ui/timeline_panel.py" line="1034"/>
        <source>Change in point</source>
        <translation>Beginpunt wijzigen</translation>
    </message>
    <message>
        <location filename="../studio/ui/timeline_panel.py" line="1041"/>
        <source>Change out point</source>
        <translation>Eindpunt wijzigen</translation>
    </message>
    <message>
        <location filename="../studio/ui/timeline_panel.py" line="1054"/>
        <source>Move layer</source>
        <translation>Laag verplaatsen</translation>
    </message>
    <message>
        <location filename="../studio/ui/timeline_panel.py" line="1084"/>
        <source>Move keyframes</source>
        <translation>Sleutelframes verplaatsen</translation>
    </message>
    <message>
        <location filename="../studio/ui/timeline_panel.py" line="1086"/>
        <source>Move keyframe</source>
        <translation>Sleutelframe verplaatsen</translation>
    </message>
    <message>
        <location filename="../studio/ui/timeline_panel.py" line="1164"/>
        <source>Add keyframe</source>
        <translation>Sleutelframe toevoegen</translation>
    </message>
    <message>
        <location filename="../studio/ui/timeline_panel.py" line="1175"/>
        <location filename="../studio/ui/timeline_panel.py" line="1210"/>
        <source>Delete keyframes</source>
        <translation>Sleutelframes verwijderen</translation>
    </message>
    <message>
        <location filename="../studio/ui/timeline_panel.py" line="1175"/>
        <location filename="../studio/ui/timeline_panel.py" line="1212"/>
        <source>Delete keyframe</source>
        <translation>Sleutelframe verwijderen</translation>
    </message>
    <message>
        <location filename="../studio/ui/timeline_panel.py" line="1195"/>
        <source>Change easing</source>
        <translation>Versnelling wijzigen</translation>
    </message>
</context>
<context>
    <name>Transform</name>
    <message>
        <location filename="../studio/ui/easing_editor.py" line="44"/>
        <source>Position</source>
        <translation>Positie</translation>
    </message>
    <message>
        <location filename="../studio/ui/easing_editor.py" line="45"/>
        <source>Size</source>
        <translation>Grootte</translation>
    </message>
    <message>
        <location filename="../studio/ui/easing_editor.py" line="46"/>
        <source>Anchor</source>
        <translation>Ankerpunt</translation>
    </message>
    <message>
        <location filename="../studio/ui/easing_editor.py" line="47"/>
        <source>Rotation</source>
        <translation>Rotatie</translation>
    </message>
    <message>
        <location filename="../studio/ui/easing_editor.py" line="48"/>
        <source>Scale</source>
        <translation>Schaal</translation>
    </message>
    <message>
        <location filename="../studio/ui/easing_editor.py" line="49"/>
        <source>Opacity</source>
        <translation>Dekking</translation>
    </message>
</context>
<context>
    <name>Transport</name>
    <message>
        <location filename="../studio/ui/transport.py" line="300"/>
        <location filename="../studio/ui/transport.py" line="361"/>
        <source>No sound output: playing without sound</source>
        <translation>Geen geluidsuitvoer: er wordt afgespeeld zonder geluid</translation>
    </message>
    <message>
        <location filename="../studio/ui/transport.py" line="342"/>
        <source>The sound could not be mixed: {error}</source>
        <translation>Het geluid kon niet worden gemixt: {error}</translation>
    </message>
</context>
</TS>
