<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>ActionEditor</name>
    <message>
        <location filename="../studio/ui/action_editor.py" line="106"/>
        <source>Go to scene</source>
        <translation>Naar scène</translation>
    </message>
    <message>
        <location filename="../studio/ui/action_editor.py" line="107"/>
        <source>Pay</source>
        <translation>Betalen</translation>
    </message>
    <message>
        <location filename="../studio/ui/action_editor.py" line="108"/>
        <source>Choose plan</source>
        <translation>Betalingsregeling kiezen</translation>
    </message>
    <message>
        <location filename="../studio/ui/action_editor.py" line="109"/>
        <source>Open help chat</source>
        <translation>Hulpchat openen</translation>
    </message>
    <message>
        <location filename="../studio/ui/action_editor.py" line="110"/>
        <source>Call</source>
        <translation>Bellen</translation>
    </message>
    <message>
        <location filename="../studio/ui/action_editor.py" line="111"/>
        <source>Open link</source>
        <translation>Link openen</translation>
    </message>
    <message>
        <location filename="../studio/ui/action_editor.py" line="159"/>
        <source>When pressed</source>
        <translation>Bij indrukken</translation>
    </message>
    <message>
        <location filename="../studio/ui/action_editor.py" line="160"/>
        <source>Scene</source>
        <translation>Scène</translation>
    </message>
    <message>
        <location filename="../studio/ui/action_editor.py" line="161"/>
        <source>Plan</source>
        <translation>Regeling</translation>
    </message>
    <message>
        <location filename="../studio/ui/action_editor.py" line="162"/>
        <source>Number to call</source>
        <translation>Te bellen nummer</translation>
    </message>
    <message>
        <location filename="../studio/ui/action_editor.py" line="163"/>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <location filename="../studio/ui/action_editor.py" line="164"/>
        <source>Link</source>
        <translation>Link</translation>
    </message>
    <message>
        <location filename="../studio/ui/action_editor.py" line="166"/>
        <source>Then go to</source>
        <translation>Daarna naar</translation>
    </message>
    <message>
        <location filename="../studio/ui/action_editor.py" line="181"/>
        <source>{count} terms</source>
        <translation>{count} termijnen</translation>
    </message>
    <message>
        <location filename="../studio/ui/action_editor.py" line="185"/>
        <source>A number</source>
        <translation>Een nummer</translation>
    </message>
    <message>
        <location filename="../studio/ui/action_editor.py" line="187"/>
        <source>Phone field {name}</source>
        <translation>Telefoonveld {name}</translation>
    </message>
    <message>
        <location filename="../studio/ui/action_editor.py" line="232"/>
        <source>Choose a scene</source>
        <translation>Kies een scène</translation>
    </message>
    <message>
        <location filename="../studio/ui/action_editor.py" line="257"/>
        <source>+31 20 123 4567, or 020 123 4567</source>
        <translation>+31 20 123 4567 of 020 123 4567</translation>
    </message>
    <message>
        <location filename="../studio/ui/action_editor.py" line="259"/>
        <source>https://…?reference={field}</source>
        <translation>https://…?reference={field}</translation>
    </message>
    <message>
        <location filename="../studio/ui/action_editor.py" line="261"/>
        <source>Hosts a link may go to: {hosts}</source>
        <translation>Toegestane hosts voor een link: {hosts}</translation>
    </message>
    <message>
        <location filename="../studio/ui/action_editor.py" line="269"/>
        <source>The template has no payment link yet</source>
        <translation>Het sjabloon heeft nog geen betaallink</translation>
    </message>
</context>
<context>
    <name>AssetList</name>
    <message>
        <location filename="../studio/ui/panels.py" line="315"/>
        <source>image</source>
        <translation>afbeelding</translation>
    </message>
    <message>
        <location filename="../studio/ui/panels.py" line="316"/>
        <source>video</source>
        <translation>video</translation>
    </message>
    <message>
        <location filename="../studio/ui/panels.py" line="317"/>
        <source>sound</source>
        <translation>geluid</translation>
    </message>
    <message>
        <location filename="../studio/ui/panels.py" line="320"/>
        <source>{name}  ({kind}, {size} kB)</source>
        <translation>{name}  ({kind}, {size} kB)</translation>
    </message>
    <message>
        <location filename="../studio/ui/panels.py" line="50"/>
        <location filename="../studio/ui/panels.py" line="346"/>
        <source>Import media</source>
        <translation>Media importeren</translation>
    </message>
    <message>
        <location filename="../studio/ui/panels.py" line="354"/>
        <source>Remove media</source>
        <translation>Media verwijderen</translation>
    </message>
    <message>
        <location filename="../studio/ui/panels.py" line="366"/>
        <source>Place in Scene</source>
        <translation>In scène plaatsen</translation>
    </message>
    <message>
        <location filename="../studio/ui/panels.py" line="368"/>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <location filename="../studio/ui/panels.py" line="370"/>
        <source>Import Media…</source>
        <translation>Media importeren…</translation>
    </message>
    <message>
        <location filename="../studio/ui/panels.py" line="52"/>
        <source>Media ({patterns})</source>
        <translation>Media ({patterns})</translation>
    </message>
</context>
<context>
    <name>Autosaver</name>
    <message>
        <location filename="../studio/ui/recovery.py" line="367"/>
        <source>Autosave failed: {reason}. Helder Studio keeps trying; save your work to be safe.</source>
        <translation>Automatisch opslaan is mislukt: {reason}. Helder Studio blijft het proberen; sla uw werk voor de zekerheid op.</translation>
    </message>
</context>
<context>
    <name>Canvas</name>
    <message>
        <location filename="../studio/ui/canvas.py" line="734"/>
        <source>Move layer</source>
        <translation>Laag verplaatsen</translation>
    </message>
    <message>
        <location filename="../studio/ui/canvas.py" line="734"/>
        <source>Move layers</source>
        <translation>Lagen verplaatsen</translation>
    </message>
    <message>
        <location filename="../studio/ui/canvas.py" line="752"/>
        <source>Resize layer</source>
        <translation>Grootte van laag wijzigen</translation>
    </message>
    <message>
        <location filename="../studio/ui/canvas.py" line="763"/>
        <source>Rotate layer</source>
        <translation>Laag roteren</translation>
    </message>
    <message>
        <location filename="../studio/ui/canvas.py" line="774"/>
        <source>Nudge</source>
        <translation>Verschuiven</translation>
    </message>
    <message>
        <location filename="../studio/ui/canvas.py" line="787"/>
        <source>Align</source>
        <translation>Uitlijnen</translation>
    </message>
    <message>
        <location filename="../studio/ui/canvas.py" line="792"/>
        <source>Distribute</source>
        <translation>Verdelen</translation>
    </message>
    <message>
        <location filename="../studio/ui/canvas.py" line="808"/>
        <source>Delete layer</source>
        <translation>Laag verwijderen</translation>
    </message>
    <message>
        <location filename="../studio/ui/canvas.py" line="808"/>
        <source>Delete layers</source>
        <translation>Lagen verwijderen</translation>
    </message>
    <message>
        <location filename="../studio/ui/canvas.py" line="937"/>
        <source>Edit text</source>
        <translation>Tekst bewerken</translation>
    </message>
</context>
<context>
    <name>ColourEditor</name>
    <message>
        <location filename="../studio/ui/property_widgets_colours.py" line="62"/>
        <location filename="../studio/ui/property_widgets_colours.py" line="112"/>
        <source>Choose a colour</source>
        <translation>Kies een kleur</translation>
    </message>
    <message>
        <location filename="../studio/ui/property_widgets_colours.py" line="75"/>
        <source>No colour</source>
        <translation>Geen kleur</translation>
    </message>
    <message>
        <location filename="../studio/ui/property_widgets_colours.py" line="87"/>
        <source>None</source>
        <translation>Geen</translation>
    </message>
</context>
<context>
    <name>ColumnMappingDialog</name>
    <message>
        <location filename="../studio/ui/mapping_dialog.py" line="92"/>
        <source>Match the columns</source>
        <translation>Kolommen koppelen</translation>
    </message>
    <message>
        <location filename="../studio/ui/mapping_dialog.py" line="100"/>
        <source>Choose the column of {file} that fills each field. Fields marked * are required.</source>
        <translation>Kies voor elk veld de kolom van {file} die het vult. Velden met een * zijn verplicht.</translation>
    </message>
    <message>
        <location filename="../studio/ui/mapping_dialog.py" line="112"/>
        <source>The first rows of the file:</source>
        <translation>De eerste rijen van het bestand:</translation>
    </message>
    <message>
        <location filename="../studio/ui/mapping_dialog.py" line="133"/>
        <source>(not in the file)</source>
        <translation>(niet in het bestand)</translation>
    </message>
    <message>
        <location filename="../studio/ui/mapping_dialog.py" line="183"/>
        <source>Choose a column for: {fields}</source>
        <translation>Kies een kolom voor: {fields}</translation>
    </message>
</context>
<context>
    <name>ConditionBuilder</name>
    <message>
        <location filename="../studio/ui/condition_builder.py" line="90"/>
        <location filename="../studio/ui/condition_rule_row.py" line="52"/>
        <source>Always shown</source>
        <translation>Altijd zichtbaar</translation>
    </message>
    <message>
        <location filename="../studio/ui/condition_builder.py" line="91"/>
        <source>Only when all of these hold</source>
        <translation>Alleen als al deze regels gelden</translation>
    </message>
    <message>
        <location filename="../studio/ui/condition_builder.py" line="92"/>
        <source>Only when any of these holds</source>
        <translation>Alleen als minstens één van deze regels geldt</translation>
    </message>
    <message>
        <location filename="../studio/ui/condition_builder.py" line="98"/>
        <source>Add rule</source>
        <translation>Regel toevoegen</translation>
    </message>
    <message>
        <location filename="../studio/ui/condition_builder.py" line="120"/>
        <source>This condition was written as JsonLogic and cannot be shown as rules. It stays as it is unless you replace it.</source>
        <translation>Deze voorwaarde is in JsonLogic geschreven en kan niet als regels worden getoond. Ze blijft zoals ze is, tenzij u haar vervangt.</translation>
    </message>
    <message>
        <location filename="../studio/ui/condition_builder.py" line="127"/>
        <source>Replace with rules</source>
        <translation>Vervangen door regels</translation>
    </message>
    <message>
        <location filename="../studio/ui/condition_builder.py" line="248"/>
        <source>Shown when the JsonLogic above holds</source>
        <translation>Zichtbaar als aan de JsonLogic hierboven is voldaan</translation>
    </message>
    <message>
        <location filename="../studio/ui/condition_builder.py" line="406"/>
        <source>Change scene condition</source>
        <translation>Voorwaarde van scène wijzigen</translation>
    </message>
    <message>
        <location filename="../studio/ui/condition_rule_row.py" line="53"/>
        <source>Shown when {rules}</source>
        <translation>Zichtbaar als {rules}</translation>
    </message>
    <message>
        <location filename="../studio/ui/condition_rule_row.py" line="54"/>
        <source>and</source>
        <translation>en</translation>
    </message>
    <message>
        <location filename="../studio/ui/condition_rule_row.py" line="55"/>
        <source>or</source>
        <translation>of</translation>
    </message>
    <message>
        <location filename="../studio/ui/condition_rule_row.py" line="56"/>
        <source>{field} = {value}</source>
        <translation>{field} = {value}</translation>
    </message>
    <message>
        <location filename="../studio/ui/condition_rule_row.py" line="57"/>
        <source>{field} ≠ {value}</source>
        <translation>{field} ≠ {value}</translation>
    </message>
    <message>
        <location filename="../studio/ui/condition_rule_row.py" line="58"/>
        <source>{field} &lt; {value}</source>
        <translation>{field} &lt; {value}</translation>
    </message>
    <message>
        <location filename="../studio/ui/condition_rule_row.py" line="59"/>
        <source>{field} ≤ {value}</source>
        <translation>{field} ≤ {value}</translation>
    </message>
    <message>
        <location filename="../studio/ui/condition_rule_row.py" line="60"/>
        <source>{field} &gt; {value}</source>
        <translation>{field} &gt; {value}</translation>
    </message>
    <message>
        <location filename="../studio/ui/condition_rule_row.py" line="61"/>
        <source>{field} ≥ {value}</source>
        <translation>{field} ≥ {value}</translation>
    </message>
    <message>
        <location filename="../studio/ui/condition_rule_row.py" line="62"/>
        <source>{field} is {value}</source>
        <translation>{field} is {value}</translation>
    </message>
    <message>
        <location filename="../studio/ui/condition_rule_row.py" line="63"/>
        <source>{field} is not {value}</source>
        <translation>{field} is niet {value}</translation>
    </message>
    <message>
        <location filename="../studio/ui/condition_rule_row.py" line="64"/>
        <source>{field} is empty</source>
        <translation>{field} is leeg</translation>
    </message>
    <message>
        <location filename="../studio/ui/condition_rule_row.py" line="65"/>
        <source>{field} is not empty</source>
        <translation>{field} is niet leeg</translation>
    </message>
    <message>
        <location filename="../studio/ui/condition_rule_row.py" line="66"/>
        <source>{field} is one of {value}</source>
        <translation>{field} is een van {value}</translation>
    </message>
    <message>
        <location filename="../studio/ui/condition_rule_row.py" line="67"/>
        <source>{field} is before {value}</source>
        <translation>{field} valt vóór {value}</translation>
    </message>
    <message>
        <location filename="../studio/ui/condition_rule_row.py" line="68"/>
        <source>{field} is after {value}</source>
        <translation>{field} valt na {value}</translation>
    </message>
    <message>
        <location filename="../studio/ui/condition_rule_row.py" line="69"/>
        <source>{field} is on {value}</source>
        <translation>{field} valt op {value}</translation>
    </message>
    <message>
        <location filename="../studio/ui/condition_rule_row.py" line="70"/>
        <source>{field} is true</source>
        <translation>{field} is waar</translation>
    </message>
    <message>
        <location filename="../studio/ui/condition_rule_row.py" line="71"/>
        <source>{field} is false</source>
        <translation>{field} is onwaar</translation>
    </message>
</context>
<context>
    <name>ConditionDialog</name>
    <message>
        <location filename="../studio/ui/condition_builder.py" line="294"/>
        <source>Shown when</source>
        <translation>Zichtbaar als</translation>
    </message>
</context>
<context>
    <name>ConditionEditor</name>
    <message>
        <location filename="../studio/ui/condition_builder.py" line="347"/>
        <source>Edit…</source>
        <translation>Bewerken…</translation>
    </message>
</context>
<context>
    <name>DataPanel</name>
    <message>
        <location filename="../studio/ui/data_panel.py" line="434"/>
        <source>Import…</source>
        <translation>Importeren…</translation>
    </message>
    <message>
        <location filename="../studio/ui/data_panel.py" line="437"/>
        <source>Show personal data</source>
        <translation>Persoonsgegevens tonen</translation>
    </message>
    <message>
        <location filename="../studio/ui/data_panel.py" line="442"/>
        <source>Anonymise</source>
        <translation>Anonimiseren</translation>
    </message>
    <message>
        <location filename="../studio/ui/data_panel.py" line="446"/>
        <location filename="../studio/ui/data_panel.py" line="655"/>
        <source>Remove sample data</source>
        <translation>Voorbeeldgegevens verwijderen</translation>
    </message>
    <message>
        <location filename="../studio/ui/data_panel.py" line="460"/>
        <source>Choose a row to see its verdict.</source>
        <translation>Kies een rij om de beoordeling ervan te zien.</translation>
    </message>
    <message>
        <location filename="../studio/ui/data_panel.py" line="474"/>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <location filename="../studio/ui/data_panel.py" line="561"/>
        <source>No sample data. Import an Excel or CSV file of sample rows.</source>
        <translation>Geen voorbeeldgegevens. Importeer een Excel- of CSV-bestand met voorbeeldrijen.</translation>
    </message>
    <message>
        <location filename="../studio/ui/data_panel.py" line="565"/>
        <source>The sample data cannot be used: {problem}</source>
        <translation>De voorbeeldgegevens zijn niet bruikbaar: {problem}</translation>
    </message>
    <message>
        <location filename="../studio/ui/data_panel.py" line="569"/>
        <source>from {file}, anonymised</source>
        <translation>uit {file}, geanonimiseerd</translation>
    </message>
    <message>
        <location filename="../studio/ui/data_panel.py" line="571"/>
        <source>from {file}</source>
        <translation>uit {file}</translation>
    </message>
    <message>
        <location filename="../studio/ui/data_panel.py" line="581"/>
        <source>1 row: {ok} ok, {warnings} with warnings, {errors} with errors</source>
        <translation>1 rij: {ok} in orde, {warnings} met waarschuwingen, {errors} met fouten</translation>
    </message>
    <message>
        <location filename="../studio/ui/data_panel.py" line="585"/>
        <source>{rows} rows: {ok} ok, {warnings} with warnings, {errors} with errors</source>
        <translation>{rows} rijen: {ok} in orde, {warnings} met waarschuwingen, {errors} met fouten</translation>
    </message>
    <message>
        <location filename="../studio/ui/data_panel.py" line="616"/>
        <source>Row {row}</source>
        <translation>Rij {row}</translation>
    </message>
    <message>
        <location filename="../studio/ui/data_panel.py" line="620"/>
        <source>ok: shown on the canvas when chosen</source>
        <translation>in orde: wordt op het canvas getoond als u de rij kiest</translation>
    </message>
    <message>
        <location filename="../studio/ui/data_panel.py" line="622"/>
        <source>usable, with warnings:</source>
        <translation>bruikbaar, met waarschuwingen:</translation>
    </message>
    <message>
        <location filename="../studio/ui/data_panel.py" line="624"/>
        <source>not usable:</source>
        <translation>niet bruikbaar:</translation>
    </message>
    <message>
        <location filename="../studio/ui/data_panel.py" line="656"/>
        <source>Sample data removed</source>
        <translation>Voorbeeldgegevens verwijderd</translation>
    </message>
    <message>
        <location filename="../studio/ui/data_panel.py" line="678"/>
        <source>Anonymising…</source>
        <translation>Anonimiseren…</translation>
    </message>
    <message>
        <location filename="../studio/ui/data_panel.py" line="681"/>
        <source>Anonymising cancelled; nothing changed</source>
        <translation>Anonimiseren geannuleerd; er is niets gewijzigd</translation>
    </message>
    <message>
        <location filename="../studio/ui/data_panel.py" line="685"/>
        <source>Anonymise sample data</source>
        <translation>Voorbeeldgegevens anonimiseren</translation>
    </message>
    <message>
        <location filename="../studio/ui/data_panel.py" line="686"/>
        <source>Sample data anonymised</source>
        <translation>Voorbeeldgegevens geanonimiseerd</translation>
    </message>
    <message>
        <location filename="../studio/ui/data_panel.py" line="691"/>
        <source>Import sample rows</source>
        <translation>Voorbeeldrijen importeren</translation>
    </message>
    <message>
        <location filename="../studio/ui/data_panel.py" line="693"/>
        <source>Spreadsheets ({patterns})</source>
        <translation>Spreadsheets ({patterns})</translation>
    </message>
    <message>
        <location filename="../studio/ui/data_panel.py" line="706"/>
        <source>Reading {file}…</source>
        <translation>{file} wordt gelezen…</translation>
    </message>
    <message>
        <location filename="../studio/ui/data_panel.py" line="723"/>
        <location filename="../studio/ui/data_panel.py" line="780"/>
        <source>Import cancelled; nothing changed</source>
        <translation>Importeren geannuleerd; er is niets gewijzigd</translation>
    </message>
    <message>
        <location filename="../studio/ui/data_panel.py" line="745"/>
        <source>Checking {file}…</source>
        <translation>{file} wordt gecontroleerd…</translation>
    </message>
    <message>
        <location filename="../studio/ui/data_panel.py" line="752"/>
        <source>Import sample data</source>
        <translation>Voorbeeldgegevens importeren</translation>
    </message>
    <message>
        <location filename="../studio/ui/data_panel.py" line="754"/>
        <source>Imported {file}: {counts}</source>
        <translation>{file} geïmporteerd: {counts}</translation>
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
        <location filename="../studio/ui/document.py" line="36"/>
        <source>Change property</source>
        <translation>Eigenschap wijzigen</translation>
    </message>
    <message>
        <location filename="../studio/ui/document.py" line="37"/>
        <source>Change transform</source>
        <translation>Transformatie wijzigen</translation>
    </message>
    <message>
        <location filename="../studio/ui/document.py" line="38"/>
        <source>Delete keyframe</source>
        <translation>Sleutelframe verwijderen</translation>
    </message>
    <message>
        <location filename="../studio/ui/document.py" line="39"/>
        <source>Move keyframe</source>
        <translation>Sleutelframe verplaatsen</translation>
    </message>
    <message>
        <location filename="../studio/ui/document.py" line="40"/>
        <source>Restore</source>
        <translation>Herstellen</translation>
    </message>
    <message>
        <location filename="../studio/ui/document.py" line="41"/>
        <source>Edit text</source>
        <translation>Tekst bewerken</translation>
    </message>
    <message>
        <location filename="../studio/ui/document.py" line="42"/>
        <source>Add layer</source>
        <translation>Laag toevoegen</translation>
    </message>
    <message>
        <location filename="../studio/ui/document.py" line="43"/>
        <source>Delete layer</source>
        <translation>Laag verwijderen</translation>
    </message>
    <message>
        <location filename="../studio/ui/document.py" line="44"/>
        <source>Import media</source>
        <translation>Media importeren</translation>
    </message>
    <message>
        <location filename="../studio/ui/document.py" line="45"/>
        <source>Remove media</source>
        <translation>Media verwijderen</translation>
    </message>
    <message>
        <location filename="../studio/ui/document.py" line="46"/>
        <source>Edit</source>
        <translation>Bewerking</translation>
    </message>
    <message>
        <location filename="../studio/ui/document.py" line="47"/>
        <source>Add field</source>
        <translation>Veld toevoegen</translation>
    </message>
    <message>
        <location filename="../studio/ui/document.py" line="48"/>
        <source>Delete field</source>
        <translation>Veld verwijderen</translation>
    </message>
    <message>
        <location filename="../studio/ui/document.py" line="49"/>
        <source>Change field</source>
        <translation>Veld wijzigen</translation>
    </message>
    <message>
        <location filename="../studio/ui/document.py" line="50"/>
        <source>Rename field</source>
        <translation>Veld hernoemen</translation>
    </message>
    <message>
        <location filename="../studio/ui/document.py" line="51"/>
        <source>Change scene</source>
        <translation>Scène wijzigen</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../studio/ui/export_dialog.py" line="64"/>
        <location filename="../studio/ui/export_dialog.py" line="125"/>
        <source>Export video</source>
        <translation>Video exporteren</translation>
    </message>
    <message>
        <location filename="../studio/ui/export_dialog.py" line="76"/>
        <source>Choose…</source>
        <translation>Kiezen…</translation>
    </message>
    <message>
        <location filename="../studio/ui/export_dialog.py" line="83"/>
        <source>Export</source>
        <translation>Exporteren</translation>
    </message>
    <message>
        <location filename="../studio/ui/export_dialog.py" line="86"/>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <location filename="../studio/ui/export_dialog.py" line="88"/>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <location filename="../studio/ui/export_dialog.py" line="91"/>
        <source>Variant</source>
        <translation>Variant</translation>
    </message>
    <message>
        <location filename="../studio/ui/export_dialog.py" line="92"/>
        <source>Size</source>
        <translation>Grootte</translation>
    </message>
    <message>
        <location filename="../studio/ui/export_dialog.py" line="96"/>
        <source>File</source>
        <translation>Bestand</translation>
    </message>
    <message>
        <location filename="../studio/ui/export_dialog.py" line="112"/>
        <source>no sample row (placeholders shown)</source>
        <translation>geen voorbeeldrij (plaatshouders getoond)</translation>
    </message>
    <message>
        <location filename="../studio/ui/export_dialog.py" line="114"/>
        <source>{row}, in {language}</source>
        <translation>{row}, in {language}</translation>
    </message>
    <message>
        <location filename="../studio/ui/export_dialog.py" line="127"/>
        <source>MP4 video (*.mp4)</source>
        <translation>MP4-video (*.mp4)</translation>
    </message>
    <message>
        <location filename="../studio/ui/export_dialog.py" line="137"/>
        <source>Choose a file to export to.</source>
        <translation>Kies een bestand om naar te exporteren.</translation>
    </message>
    <message>
        <location filename="../studio/ui/export_dialog.py" line="42"/>
        <source>{folder} does not exist: choose another folder.</source>
        <translation>{folder} bestaat niet: kies een andere map.</translation>
    </message>
    <message>
        <location filename="../studio/ui/export_dialog.py" line="145"/>
        <source>Exported {path}</source>
        <translation>Geëxporteerd: {path}</translation>
    </message>
    <message>
        <location filename="../studio/ui/export_dialog.py" line="148"/>
        <source>Export failed: {why}</source>
        <translation>Exporteren is mislukt: {why}</translation>
    </message>
    <message>
        <location filename="../studio/ui/export_dialog.py" line="150"/>
        <source>Export cancelled</source>
        <translation>Exporteren geannuleerd</translation>
    </message>
    <message>
        <location filename="../studio/ui/export_dialog.py" line="153"/>
        <source>Exporting…</source>
        <translation>Exporteren…</translation>
    </message>
</context>
<context>
    <name>FieldForm</name>
    <message>
        <location filename="../studio/ui/field_form.py" line="68"/>
        <source>Change field kind</source>
        <translation>Soort van veld wijzigen</translation>
    </message>
    <message>
        <location filename="../studio/ui/field_form.py" line="69"/>
        <source>Change field label</source>
        <translation>Label van veld wijzigen</translation>
    </message>
    <message>
        <location filename="../studio/ui/field_form.py" line="70"/>
        <source>Change field description</source>
        <translation>Beschrijving van veld wijzigen</translation>
    </message>
    <message>
        <location filename="../studio/ui/field_form.py" line="71"/>
        <source>Make field required or optional</source>
        <translation>Veld verplicht of optioneel maken</translation>
    </message>
    <message>
        <location filename="../studio/ui/field_form.py" line="72"/>
        <source>Mark field as personal data or not</source>
        <translation>Veld al dan niet als persoonsgegevens markeren</translation>
    </message>
    <message>
        <location filename="../studio/ui/field_form.py" line="73"/>
        <source>Change field fallback</source>
        <translation>Terugvalwaarde van veld wijzigen</translation>
    </message>
    <message>
        <location filename="../studio/ui/field_form.py" line="74"/>
        <source>Change shortest length</source>
        <translation>Minimale lengte wijzigen</translation>
    </message>
    <message>
        <location filename="../studio/ui/field_form.py" line="75"/>
        <source>Change longest length</source>
        <translation>Maximale lengte wijzigen</translation>
    </message>
    <message>
        <location filename="../studio/ui/field_form.py" line="76"/>
        <source>Change currency</source>
        <translation>Valuta wijzigen</translation>
    </message>
    <message>
        <location filename="../studio/ui/field_form.py" line="77"/>
        <source>Change minimum</source>
        <translation>Minimum wijzigen</translation>
    </message>
    <message>
        <location filename="../studio/ui/field_form.py" line="78"/>
        <source>Change maximum</source>
        <translation>Maximum wijzigen</translation>
    </message>
    <message>
        <location filename="../studio/ui/field_form.py" line="79"/>
        <source>Change choices</source>
        <translation>Keuzes wijzigen</translation>
    </message>
    <message>
        <location filename="../studio/ui/field_form.py" line="93"/>
        <source>Add a field, or choose one in the list</source>
        <translation>Voeg een veld toe of kies er een in de lijst</translation>
    </message>
    <message>
        <location filename="../studio/ui/field_form.py" line="108"/>
        <source>Preview</source>
        <translation>Voorvertoning</translation>
    </message>
    <message>
        <location filename="../studio/ui/field_form.py" line="158"/>
        <source>Lowercase letters, digits and _; texts insert it as {name}</source>
        <translation>Kleine letters, cijfers en _; teksten voegen het veld in als {name}</translation>
    </message>
    <message>
        <location filename="../studio/ui/field_form.py" line="166"/>
        <source>As the designer reads it</source>
        <translation>Zoals de ontwerper het leest</translation>
    </message>
    <message>
        <location filename="../studio/ui/field_form.py" line="169"/>
        <source>What it holds, for colleagues</source>
        <translation>Wat het bevat, voor collega&apos;s</translation>
    </message>
    <message>
        <location filename="../studio/ui/field_form.py" line="172"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location filename="../studio/ui/field_form.py" line="173"/>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <location filename="../studio/ui/field_form.py" line="174"/>
        <source>Label</source>
        <translation>Label</translation>
    </message>
    <message>
        <location filename="../studio/ui/field_form.py" line="175"/>
        <source>Description</source>
        <translation>Beschrijving</translation>
    </message>
    <message>
        <location filename="../studio/ui/field_form.py" line="180"/>
        <source>Required</source>
        <translation>Verplicht</translation>
    </message>
    <message>
        <location filename="../studio/ui/field_form.py" line="181"/>
        <source>Every sample row must have a value</source>
        <translation>Elke voorbeeldrij moet een waarde hebben</translation>
    </message>
    <message>
        <location filename="../studio/ui/field_form.py" line="184"/>
        <source>Personal data</source>
        <translation>Persoonsgegevens</translation>
    </message>
    <message>
        <location filename="../studio/ui/field_form.py" line="186"/>
        <source>Never logged, never packaged</source>
        <translation>Nooit gelogd, nooit in een pakket opgenomen</translation>
    </message>
    <message>
        <location filename="../studio/ui/field_form.py" line="200"/>
        <location filename="../studio/ui/field_form.py" line="211"/>
        <source>No minimum</source>
        <translation>Geen minimum</translation>
    </message>
    <message>
        <location filename="../studio/ui/field_form.py" line="203"/>
        <source>No limit</source>
        <translation>Geen limiet</translation>
    </message>
    <message>
        <location filename="../studio/ui/field_form.py" line="214"/>
        <source>No maximum</source>
        <translation>Geen maximum</translation>
    </message>
    <message>
        <location filename="../studio/ui/field_form.py" line="217"/>
        <source>nl, en, tr</source>
        <translation>nl, en, tr</translation>
    </message>
    <message>
        <location filename="../studio/ui/field_form.py" line="220"/>
        <source>The values a cell may hold, separated by commas</source>
        <translation>De waarden die een cel mag bevatten, gescheiden door komma&apos;s</translation>
    </message>
    <message>
        <location filename="../studio/ui/field_form.py" line="225"/>
        <source>Fallback</source>
        <translation>Terugvalwaarde</translation>
    </message>
    <message>
        <location filename="../studio/ui/field_form.py" line="226"/>
        <source>Length</source>
        <translation>Lengte</translation>
    </message>
    <message>
        <location filename="../studio/ui/field_form.py" line="227"/>
        <source>Currency</source>
        <translation>Valuta</translation>
    </message>
    <message>
        <location filename="../studio/ui/field_form.py" line="228"/>
        <source>Range</source>
        <translation>Bereik</translation>
    </message>
    <message>
        <location filename="../studio/ui/field_form.py" line="229"/>
        <source>Choices</source>
        <translation>Keuzes</translation>
    </message>
    <message>
        <location filename="../studio/ui/field_form.py" line="238"/>
        <source>to</source>
        <translation>tot</translation>
    </message>
    <message>
        <location filename="../studio/ui/field_form.py" line="246"/>
        <source> characters</source>
        <translation> tekens</translation>
    </message>
    <message>
        <location filename="../studio/ui/field_form.py" line="260"/>
        <source>Type a value as a cell would hold it</source>
        <translation>Typ een waarde zoals die in een cel zou staan</translation>
    </message>
    <message>
        <location filename="../studio/ui/field_form.py" line="275"/>
        <source>Try a value</source>
        <translation>Waarde proberen</translation>
    </message>
    <message>
        <location filename="../studio/ui/field_form.py" line="282"/>
        <source>Reads as</source>
        <translation>Wordt weergegeven als</translation>
    </message>
    <message>
        <location filename="../studio/ui/field_form.py" line="319"/>
        <source>Only optional fields have a fallback</source>
        <translation>Alleen optionele velden hebben een terugvalwaarde</translation>
    </message>
    <message>
        <location filename="../studio/ui/field_form.py" line="321"/>
        <source>Used when a cell is empty</source>
        <translation>Gebruikt als een cel leeg is</translation>
    </message>
    <message>
        <location filename="../studio/ui/field_form.py" line="374"/>
        <source>as typed, in {language}</source>
        <translation>zoals getypt, in {language}</translation>
    </message>
    <message>
        <location filename="../studio/ui/field_form.py" line="379"/>
        <source>from the sample row, in {language}</source>
        <translation>uit de voorbeeldrij, in {language}</translation>
    </message>
    <message>
        <location filename="../studio/ui/field_form.py" line="383"/>
        <source>the fallback, in {language}</source>
        <translation>de terugvalwaarde, in {language}</translation>
    </message>
    <message>
        <location filename="../studio/ui/field_form.py" line="386"/>
        <location filename="../studio/ui/field_form.py" line="393"/>
        <source>Type a value to see how it reads</source>
        <translation>Typ een waarde om te zien hoe die wordt weergegeven</translation>
    </message>
    <message>
        <location filename="../studio/ui/field_form.py" line="388"/>
        <source>This value cannot be used</source>
        <translation>Deze waarde kan niet worden gebruikt</translation>
    </message>
    <message>
        <location filename="../studio/ui/field_form.py" line="394"/>
        <source>(empty)</source>
        <translation>(leeg)</translation>
    </message>
</context>
<context>
    <name>FieldsPanel</name>
    <message>
        <location filename="../studio/ui/fields_panel.py" line="113"/>
        <location filename="../studio/ui/fields_panel.py" line="172"/>
        <location filename="../studio/ui/fields_panel.py" line="275"/>
        <source>Add field</source>
        <translation>Veld toevoegen</translation>
    </message>
    <message>
        <location filename="../studio/ui/fields_panel.py" line="130"/>
        <location filename="../studio/ui/fields_panel.py" line="176"/>
        <location filename="../studio/ui/fields_panel.py" line="259"/>
        <location filename="../studio/ui/fields_panel.py" line="273"/>
        <location filename="../studio/ui/fields_panel.py" line="370"/>
        <source>Delete field</source>
        <translation>Veld verwijderen</translation>
    </message>
    <message>
        <location filename="../studio/ui/fields_panel.py" line="137"/>
        <source>Rename field</source>
        <translation>Veld hernoemen</translation>
    </message>
    <message>
        <location filename="../studio/ui/fields_panel.py" line="173"/>
        <source>Add a text field to the template</source>
        <translation>Een tekstveld aan het sjabloon toevoegen</translation>
    </message>
    <message>
        <location filename="../studio/ui/fields_panel.py" line="178"/>
        <source>Delete the chosen field</source>
        <translation>Het gekozen veld verwijderen</translation>
    </message>
    <message>
        <location filename="../studio/ui/fields_panel.py" line="228"/>
        <source>Field</source>
        <translation>Veld</translation>
    </message>
    <message>
        <location filename="../studio/ui/fields_panel.py" line="229"/>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <location filename="../studio/ui/fields_panel.py" line="230"/>
        <source>Required</source>
        <translation>Verplicht</translation>
    </message>
    <message>
        <location filename="../studio/ui/fields_panel.py" line="231"/>
        <source>Personal</source>
        <translation>Persoonlijk</translation>
    </message>
    <message>
        <location filename="../studio/ui/fields_panel.py" line="235"/>
        <source>Every sample row must have a value</source>
        <translation>Elke voorbeeldrij moet een waarde hebben</translation>
    </message>
    <message>
        <location filename="../studio/ui/fields_panel.py" line="238"/>
        <source>Data about a person: never logged, never packaged</source>
        <translation>Gegevens over een persoon: nooit gelogd, nooit in een pakket opgenomen</translation>
    </message>
    <message>
        <location filename="../studio/ui/fields_panel.py" line="272"/>
        <source>Rename</source>
        <translation>Hernoemen</translation>
    </message>
    <message>
        <location filename="../studio/ui/fields_panel.py" line="280"/>
        <source>Text</source>
        <translation>Tekst</translation>
    </message>
    <message>
        <location filename="../studio/ui/fields_panel.py" line="281"/>
        <source>Person&apos;s name</source>
        <translation>Naam van een persoon</translation>
    </message>
    <message>
        <location filename="../studio/ui/fields_panel.py" line="282"/>
        <source>Amount of money</source>
        <translation>Geldbedrag</translation>
    </message>
    <message>
        <location filename="../studio/ui/fields_panel.py" line="283"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../studio/ui/fields_panel.py" line="284"/>
        <source>Whole number</source>
        <translation>Geheel getal</translation>
    </message>
    <message>
        <location filename="../studio/ui/fields_panel.py" line="285"/>
        <source>Choice</source>
        <translation>Keuze</translation>
    </message>
    <message>
        <location filename="../studio/ui/fields_panel.py" line="286"/>
        <source>Yes or no</source>
        <translation>Ja of nee</translation>
    </message>
    <message>
        <location filename="../studio/ui/fields_panel.py" line="287"/>
        <source>Phone number</source>
        <translation>Telefoonnummer</translation>
    </message>
    <message>
        <location filename="../studio/ui/fields_panel.py" line="288"/>
        <source>Email address</source>
        <translation>E-mailadres</translation>
    </message>
    <message>
        <location filename="../studio/ui/fields_panel.py" line="289"/>
        <source>Web address</source>
        <translation>Webadres</translation>
    </message>
    <message>
        <location filename="../studio/ui/fields_panel.py" line="306"/>
        <source>Fields: {count}</source>
        <translation>Velden: {count}</translation>
    </message>
    <message>
        <location filename="../studio/ui/fields_panel.py" line="374"/>
        <source>Delete anyway</source>
        <translation>Toch verwijderen</translation>
    </message>
    <message>
        <location filename="../studio/ui/fields_panel.py" line="387"/>
        <source>… and {count} more</source>
        <translation>… en nog {count}</translation>
    </message>
    <message>
        <location filename="../studio/ui/fields_panel.py" line="388"/>
        <source>The field “{name}” is still used here:</source>
        <translation>Het veld “{name}” wordt hier nog gebruikt:</translation>
    </message>
    <message>
        <location filename="../studio/ui/fields_panel.py" line="390"/>
        <source>Delete it anyway? Its placeholders and conditions stay and show as unknown fields until you change them.</source>
        <translation>Toch verwijderen? De plaatshouders en voorwaarden met dit veld blijven staan en worden als onbekende velden getoond totdat u ze wijzigt.</translation>
    </message>
    <message>
        <location filename="../studio/ui/fields_panel.py" line="398"/>
        <source>Text “{key}” ({language})</source>
        <translation>Tekst “{key}” ({language})</translation>
    </message>
    <message>
        <location filename="../studio/ui/fields_panel.py" line="402"/>
        <source>Condition of scene “{scene}”</source>
        <translation>Voorwaarde van scène “{scene}”</translation>
    </message>
    <message>
        <location filename="../studio/ui/fields_panel.py" line="404"/>
        <source>Condition of layer “{layer}” in scene “{scene}”</source>
        <translation>Voorwaarde van laag “{layer}” in scène “{scene}”</translation>
    </message>
    <message>
        <location filename="../studio/ui/fields_panel.py" line="408"/>
        <source>Target of button “{layer}” in scene “{scene}”</source>
        <translation>Doel van knop “{layer}” in scène “{scene}”</translation>
    </message>
    <message>
        <location filename="../studio/ui/fields_panel.py" line="412"/>
        <source>Settings: the row id of the sample rows</source>
        <translation>Instellingen: de rij-id van de voorbeeldrijen</translation>
    </message>
    <message>
        <location filename="../studio/ui/fields_panel.py" line="413"/>
        <source>Settings: the amount that instalment plans split</source>
        <translation>Instellingen: het bedrag dat een betalingsregeling over de termijnen verdeelt</translation>
    </message>
</context>
<context>
    <name>FrameEditor</name>
    <message>
        <location filename="../studio/ui/property_widgets_numbers.py" line="251"/>
        <source>{seconds:.2f} s</source>
        <translation>{seconds:.2f} s</translation>
    </message>
</context>
<context>
    <name>InsertFieldButton</name>
    <message>
        <location filename="../studio/ui/placeholder_highlight.py" line="188"/>
        <source>Insert field</source>
        <translation>Veld invoegen</translation>
    </message>
    <message>
        <location filename="../studio/ui/placeholder_highlight.py" line="189"/>
        <source>Type a field of the template at the cursor</source>
        <translation>Een veld van het sjabloon bij de cursor invoegen</translation>
    </message>
    <message>
        <location filename="../studio/ui/placeholder_highlight.py" line="204"/>
        <source>The template has no fields yet</source>
        <translation>Het sjabloon heeft nog geen velden</translation>
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
        <location filename="../studio/ui/property_names.py" line="38"/>
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
        <location filename="../studio/ui/property_names.py" line="51"/>
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
        <location filename="../studio/ui/inspector.py" line="343"/>
        <source>Plan picker</source>
        <translation>Regelingkiezer</translation>
    </message>
    <message>
        <location filename="../studio/ui/inspector.py" line="463"/>
        <source>{kind} layer · locked</source>
        <translation>Laag: {kind} · vergrendeld</translation>
    </message>
    <message>
        <location filename="../studio/ui/inspector.py" line="466"/>
        <source>{kind} layer</source>
        <translation>Laag: {kind}</translation>
    </message>
    <message>
        <location filename="../studio/ui/inspector.py" line="468"/>
        <source>{count} layers</source>
        <translation>{count} lagen</translation>
    </message>
    <message>
        <location filename="../studio/ui/inspector.py" line="470"/>
        <source>Their shared properties; “—” where they differ</source>
        <translation>Hun gemeenschappelijke eigenschappen; “—” waar ze verschillen</translation>
    </message>
    <message>
        <location filename="../studio/ui/inspector.py" line="499"/>
        <location filename="../studio/ui/inspector.py" line="518"/>
        <source>Change {property}</source>
        <translation>{property} wijzigen</translation>
    </message>
    <message>
        <location filename="../studio/ui/inspector.py" line="564"/>
        <source>Add keyframe</source>
        <translation>Sleutelframe toevoegen</translation>
    </message>
    <message>
        <location filename="../studio/ui/inspector.py" line="564"/>
        <source>Delete keyframe</source>
        <translation>Sleutelframe verwijderen</translation>
    </message>
    <message>
        <location filename="../studio/ui/property_names.py" line="26"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location filename="../studio/ui/property_names.py" line="27"/>
        <source>In point</source>
        <translation>Beginpunt</translation>
    </message>
    <message>
        <location filename="../studio/ui/property_names.py" line="28"/>
        <source>Out point</source>
        <translation>Eindpunt</translation>
    </message>
    <message>
        <location filename="../studio/ui/property_names.py" line="29"/>
        <source>Hidden</source>
        <translation>Verborgen</translation>
    </message>
    <message>
        <location filename="../studio/ui/property_names.py" line="30"/>
        <source>Locked</source>
        <translation>Vergrendeld</translation>
    </message>
    <message>
        <location filename="../studio/ui/property_names.py" line="31"/>
        <source>Shown when</source>
        <translation>Zichtbaar als</translation>
    </message>
    <message>
        <location filename="../studio/ui/property_names.py" line="32"/>
        <source>Position</source>
        <translation>Positie</translation>
    </message>
    <message>
        <location filename="../studio/ui/property_names.py" line="33"/>
        <source>Size</source>
        <translation>Grootte</translation>
    </message>
    <message>
        <location filename="../studio/ui/property_names.py" line="34"/>
        <source>Anchor point</source>
        <translation>Ankerpunt</translation>
    </message>
    <message>
        <location filename="../studio/ui/property_names.py" line="35"/>
        <source>Rotation</source>
        <translation>Rotatie</translation>
    </message>
    <message>
        <location filename="../studio/ui/property_names.py" line="36"/>
        <source>Scale</source>
        <translation>Schaal</translation>
    </message>
    <message>
        <location filename="../studio/ui/property_names.py" line="37"/>
        <source>Opacity</source>
        <translation>Dekking</translation>
    </message>
    <message>
        <location filename="../studio/ui/property_names.py" line="39"/>
        <source>Label</source>
        <translation>Label</translation>
    </message>
    <message>
        <location filename="../studio/ui/property_names.py" line="40"/>
        <source>Font</source>
        <translation>Lettertype</translation>
    </message>
    <message>
        <location filename="../studio/ui/property_names.py" line="41"/>
        <source>Font size</source>
        <translation>Tekengrootte</translation>
    </message>
    <message>
        <location filename="../studio/ui/property_names.py" line="42"/>
        <source>Weight</source>
        <translation>Letterdikte</translation>
    </message>
    <message>
        <location filename="../studio/ui/property_names.py" line="43"/>
        <source>Colour</source>
        <translation>Kleur</translation>
    </message>
    <message>
        <location filename="../studio/ui/property_names.py" line="44"/>
        <source>Alignment</source>
        <translation>Uitlijning</translation>
    </message>
    <message>
        <location filename="../studio/ui/property_names.py" line="45"/>
        <source>Vertical alignment</source>
        <translation>Verticale uitlijning</translation>
    </message>
    <message>
        <location filename="../studio/ui/property_names.py" line="46"/>
        <source>Line height</source>
        <translation>Regelhoogte</translation>
    </message>
    <message>
        <location filename="../studio/ui/property_names.py" line="47"/>
        <source>Fit</source>
        <translation>Inpassen</translation>
    </message>
    <message>
        <location filename="../studio/ui/property_names.py" line="48"/>
        <source>Maximum lines</source>
        <translation>Maximaal aantal regels</translation>
    </message>
    <message>
        <location filename="../studio/ui/property_names.py" line="49"/>
        <source>Smallest size</source>
        <translation>Kleinste tekengrootte</translation>
    </message>
    <message>
        <location filename="../studio/ui/property_names.py" line="50"/>
        <source>Media</source>
        <translation>Media</translation>
    </message>
    <message>
        <location filename="../studio/ui/property_names.py" line="52"/>
        <source>Fill</source>
        <translation>Vulling</translation>
    </message>
    <message>
        <location filename="../studio/ui/property_names.py" line="53"/>
        <source>Stroke</source>
        <translation>Lijn</translation>
    </message>
    <message>
        <location filename="../studio/ui/property_names.py" line="54"/>
        <source>Stroke width</source>
        <translation>Lijndikte</translation>
    </message>
    <message>
        <location filename="../studio/ui/property_names.py" line="55"/>
        <source>Corner radius</source>
        <translation>Hoekstraal</translation>
    </message>
    <message>
        <location filename="../studio/ui/property_names.py" line="56"/>
        <source>Action</source>
        <translation>Actie</translation>
    </message>
    <message>
        <location filename="../studio/ui/property_names.py" line="57"/>
        <source>Text colour</source>
        <translation>Tekstkleur</translation>
    </message>
    <message>
        <location filename="../studio/ui/property_names.py" line="58"/>
        <source>Clip start</source>
        <translation>Begin in clip</translation>
    </message>
    <message>
        <location filename="../studio/ui/property_names.py" line="59"/>
        <source>Muted</source>
        <translation>Gedempt</translation>
    </message>
    <message>
        <location filename="../studio/ui/property_names.py" line="60"/>
        <source>Volume</source>
        <translation>Volume</translation>
    </message>
    <message>
        <location filename="../studio/ui/property_names.py" line="61"/>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <location filename="../studio/ui/property_names.py" line="62"/>
        <source>Style</source>
        <translation>Stijl</translation>
    </message>
    <message>
        <location filename="../studio/ui/property_names.py" line="63"/>
        <source>Wait for a choice</source>
        <translation>Op keuze wachten</translation>
    </message>
    <message>
        <location filename="../studio/ui/property_names.py" line="64"/>
        <source>Keyboard order</source>
        <translation>Toetsenbordvolgorde</translation>
    </message>
    <message>
        <location filename="../studio/ui/property_names.py" line="65"/>
        <source>Then go to</source>
        <translation>Daarna naar</translation>
    </message>
    <message>
        <location filename="../studio/ui/property_names.py" line="66"/>
        <source>Gap between options</source>
        <translation>Ruimte tussen opties</translation>
    </message>
    <message>
        <location filename="../studio/ui/property_names.py" line="71"/>
        <source>Start</source>
        <translation>Begin</translation>
    </message>
    <message>
        <location filename="../studio/ui/property_names.py" line="72"/>
        <source>Centre</source>
        <translation>Midden</translation>
    </message>
    <message>
        <location filename="../studio/ui/property_names.py" line="73"/>
        <source>End</source>
        <translation>Einde</translation>
    </message>
    <message>
        <location filename="../studio/ui/property_names.py" line="74"/>
        <source>Top</source>
        <translation>Boven</translation>
    </message>
    <message>
        <location filename="../studio/ui/property_names.py" line="75"/>
        <source>Middle</source>
        <translation>Midden</translation>
    </message>
    <message>
        <location filename="../studio/ui/property_names.py" line="76"/>
        <source>Bottom</source>
        <translation>Onder</translation>
    </message>
    <message>
        <location filename="../studio/ui/property_names.py" line="77"/>
        <source>Shrink to fit</source>
        <translation>Verkleinen tot het past</translation>
    </message>
    <message>
        <location filename="../studio/ui/property_names.py" line="78"/>
        <source>Wrap</source>
        <translation>Terugloop</translation>
    </message>
    <message>
        <location filename="../studio/ui/property_names.py" line="79"/>
        <source>Wrap, end with …</source>
        <translation>Terugloop, afkappen met …</translation>
    </message>
    <message>
        <location filename="../studio/ui/property_names.py" line="80"/>
        <source>Contain</source>
        <translation>Binnen kader</translation>
    </message>
    <message>
        <location filename="../studio/ui/property_names.py" line="81"/>
        <source>Cover</source>
        <translation>Kader vullen</translation>
    </message>
    <message>
        <location filename="../studio/ui/property_names.py" line="82"/>
        <source>Stretch</source>
        <translation>Uitrekken</translation>
    </message>
    <message>
        <location filename="../studio/ui/property_names.py" line="83"/>
        <source>Rectangle</source>
        <translation>Rechthoek</translation>
    </message>
    <message>
        <location filename="../studio/ui/property_names.py" line="84"/>
        <source>Rounded rectangle</source>
        <translation>Afgeronde rechthoek</translation>
    </message>
    <message>
        <location filename="../studio/ui/property_names.py" line="85"/>
        <source>Ellipse</source>
        <translation>Ellips</translation>
    </message>
    <message>
        <location filename="../studio/ui/property_names.py" line="86"/>
        <source>Line</source>
        <translation>Lijn</translation>
    </message>
    <message>
        <location filename="../studio/ui/property_names.py" line="87"/>
        <source>Primary (filled)</source>
        <translation>Primair (gevuld)</translation>
    </message>
    <message>
        <location filename="../studio/ui/property_names.py" line="88"/>
        <source>Secondary (outlined)</source>
        <translation>Secundair (omlijnd)</translation>
    </message>
    <message>
        <location filename="../studio/ui/property_names.py" line="89"/>
        <source>Quiet (underlined text)</source>
        <translation>Subtiel (onderstreepte tekst)</translation>
    </message>
    <message>
        <location filename="../studio/ui/property_widgets_choices.py" line="27"/>
        <source>Thin</source>
        <translation>Dun</translation>
    </message>
    <message>
        <location filename="../studio/ui/property_widgets_choices.py" line="28"/>
        <source>Extra light</source>
        <translation>Extra licht</translation>
    </message>
    <message>
        <location filename="../studio/ui/property_widgets_choices.py" line="29"/>
        <source>Light</source>
        <translation>Licht</translation>
    </message>
    <message>
        <location filename="../studio/ui/property_widgets_choices.py" line="30"/>
        <source>Regular</source>
        <translation>Normaal</translation>
    </message>
    <message>
        <location filename="../studio/ui/property_widgets_choices.py" line="31"/>
        <source>Medium</source>
        <translation>Medium</translation>
    </message>
    <message>
        <location filename="../studio/ui/property_widgets_choices.py" line="32"/>
        <source>Semibold</source>
        <translation>Halfvet</translation>
    </message>
    <message>
        <location filename="../studio/ui/property_widgets_choices.py" line="33"/>
        <source>Bold</source>
        <translation>Vet</translation>
    </message>
    <message>
        <location filename="../studio/ui/property_widgets_choices.py" line="34"/>
        <source>Extra bold</source>
        <translation>Extra vet</translation>
    </message>
    <message>
        <location filename="../studio/ui/property_widgets_choices.py" line="35"/>
        <source>Black</source>
        <translation>Zwaar</translation>
    </message>
    <message>
        <location filename="../studio/ui/property_widgets_choices.py" line="153"/>
        <source>(end the video)</source>
        <translation>(video beëindigen)</translation>
    </message>
    <message>
        <location filename="../studio/ui/property_widgets_numbers.py" line="27"/>
        <source>Scene end</source>
        <translation>Einde van scène</translation>
    </message>
    <message>
        <location filename="../studio/ui/property_widgets_numbers.py" line="28"/>
        <source>No limit</source>
        <translation>Geen limiet</translation>
    </message>
    <message>
        <location filename="../studio/ui/property_widgets_numbers.py" line="29"/>
        <source>Automatic</source>
        <translation>Automatisch</translation>
    </message>
    <message>
        <location filename="../studio/ui/property_widgets_numbers.py" line="31"/>
        <source>None</source>
        <translation>Geen</translation>
    </message>
    <message>
        <location filename="../studio/ui/property_widgets_numbers.py" line="33"/>
        <source>X</source>
        <translation>X</translation>
    </message>
    <message>
        <location filename="../studio/ui/property_widgets_numbers.py" line="33"/>
        <source>Y</source>
        <translation>Y</translation>
    </message>
    <message>
        <location filename="../studio/ui/property_widgets_numbers.py" line="34"/>
        <source>W</source>
        <translation>B</translation>
    </message>
    <message>
        <location filename="../studio/ui/property_widgets_numbers.py" line="34"/>
        <source>H</source>
        <translation>H</translation>
    </message>
    <message>
        <location filename="../studio/ui/property_widgets_text.py" line="39"/>
        <source>Number of terms</source>
        <translation>Aantal termijnen</translation>
    </message>
    <message>
        <location filename="../studio/ui/property_widgets_text.py" line="42"/>
        <source>Amount of the first term</source>
        <translation>Bedrag van de eerste termijn</translation>
    </message>
    <message>
        <location filename="../studio/ui/property_widgets_text.py" line="46"/>
        <source>Date the first term is due</source>
        <translation>Vervaldatum van de eerste termijn</translation>
    </message>
    <message>
        <location filename="../studio/ui/property_widgets_text.py" line="177"/>
        <source>Go to scene “{target}”</source>
        <translation>Naar scène “{target}”</translation>
    </message>
    <message>
        <location filename="../studio/ui/property_widgets_text.py" line="178"/>
        <source>Pay now</source>
        <translation>Nu betalen</translation>
    </message>
    <message>
        <location filename="../studio/ui/property_widgets_text.py" line="179"/>
        <source>Choose a plan</source>
        <translation>Betalingsregeling kiezen</translation>
    </message>
    <message>
        <location filename="../studio/ui/property_widgets_text.py" line="180"/>
        <source>Open the chat</source>
        <translation>Chat openen</translation>
    </message>
    <message>
        <location filename="../studio/ui/property_widgets_text.py" line="181"/>
        <source>Call {target}</source>
        <translation>{target} bellen</translation>
    </message>
    <message>
        <location filename="../studio/ui/property_widgets_text.py" line="182"/>
        <source>Open {target}</source>
        <translation>{target} openen</translation>
    </message>
    <message>
        <location filename="../studio/ui/property_widgets_text.py" line="184"/>
        <source>Choose a plan of {terms} terms</source>
        <translation>Betalingsregeling van {terms} termijnen kiezen</translation>
    </message>
    <message>
        <location filename="../studio/ui/property_widgets_text.py" line="185"/>
        <source>Always</source>
        <translation>Altijd</translation>
    </message>
    <message>
        <location filename="../studio/ui/property_widgets_choices.py" line="149"/>
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
    <name>LayerFactory</name>
    <message>
        <location filename="../studio/ui/layer_factory.py" line="38"/>
        <source>Text</source>
        <translation>Tekst</translation>
    </message>
    <message>
        <location filename="../studio/ui/layer_factory.py" line="39"/>
        <source>Button</source>
        <translation>Knop</translation>
    </message>
    <message>
        <location filename="../studio/ui/layer_factory.py" line="40"/>
        <source>Shape</source>
        <translation>Vorm</translation>
    </message>
    <message>
        <location filename="../studio/ui/layer_factory.py" line="41"/>
        <source>Plan picker</source>
        <translation>Regelingkiezer</translation>
    </message>
    <message>
        <location filename="../studio/ui/layer_factory.py" line="44"/>
        <source>Add text</source>
        <translation>Tekst toevoegen</translation>
    </message>
    <message>
        <location filename="../studio/ui/layer_factory.py" line="45"/>
        <source>Add button</source>
        <translation>Knop toevoegen</translation>
    </message>
    <message>
        <location filename="../studio/ui/layer_factory.py" line="46"/>
        <source>Add shape</source>
        <translation>Vorm toevoegen</translation>
    </message>
    <message>
        <location filename="../studio/ui/layer_factory.py" line="47"/>
        <source>Add plan picker</source>
        <translation>Regelingkiezer toevoegen</translation>
    </message>
    <message>
        <location filename="../studio/ui/layer_factory.py" line="50"/>
        <source>Add &amp;Text</source>
        <translation>&amp;Tekst toevoegen</translation>
    </message>
    <message>
        <location filename="../studio/ui/layer_factory.py" line="51"/>
        <source>Add &amp;Button</source>
        <translation>&amp;Knop toevoegen</translation>
    </message>
    <message>
        <location filename="../studio/ui/layer_factory.py" line="52"/>
        <source>Add &amp;Shape</source>
        <translation>&amp;Vorm toevoegen</translation>
    </message>
    <message>
        <location filename="../studio/ui/layer_factory.py" line="53"/>
        <source>Add &amp;Plan Picker</source>
        <translation>&amp;Regelingkiezer toevoegen</translation>
    </message>
</context>
<context>
    <name>LayerTable</name>
    <message>
        <location filename="../studio/ui/panels.py" line="143"/>
        <location filename="../studio/ui/panels.py" line="200"/>
        <source>Shown</source>
        <translation>Zichtbaar</translation>
    </message>
    <message>
        <location filename="../studio/ui/panels.py" line="144"/>
        <location filename="../studio/ui/panels.py" line="201"/>
        <source>Locked</source>
        <translation>Vergrendeld</translation>
    </message>
    <message>
        <location filename="../studio/ui/panels.py" line="145"/>
        <source>Layer</source>
        <translation>Laag</translation>
    </message>
    <message>
        <location filename="../studio/ui/panels.py" line="146"/>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <location filename="../studio/ui/panels.py" line="147"/>
        <source>In</source>
        <translation>In</translation>
    </message>
    <message>
        <location filename="../studio/ui/panels.py" line="147"/>
        <source>In point</source>
        <translation>Beginpunt</translation>
    </message>
    <message>
        <location filename="../studio/ui/panels.py" line="148"/>
        <source>Out</source>
        <translation>Uit</translation>
    </message>
    <message>
        <location filename="../studio/ui/panels.py" line="148"/>
        <source>Out point</source>
        <translation>Eindpunt</translation>
    </message>
    <message>
        <location filename="../studio/ui/panels.py" line="158"/>
        <source>text</source>
        <translation>tekst</translation>
    </message>
    <message>
        <location filename="../studio/ui/panels.py" line="159"/>
        <source>image</source>
        <translation>afbeelding</translation>
    </message>
    <message>
        <location filename="../studio/ui/panels.py" line="160"/>
        <source>shape</source>
        <translation>vorm</translation>
    </message>
    <message>
        <location filename="../studio/ui/panels.py" line="161"/>
        <source>button</source>
        <translation>knop</translation>
    </message>
    <message>
        <location filename="../studio/ui/panels.py" line="162"/>
        <source>video</source>
        <translation>video</translation>
    </message>
    <message>
        <location filename="../studio/ui/panels.py" line="163"/>
        <source>sound</source>
        <translation>geluid</translation>
    </message>
    <message>
        <location filename="../studio/ui/panels.py" line="164"/>
        <source>plan picker</source>
        <translation>regelingkiezer</translation>
    </message>
    <message>
        <location filename="../studio/ui/panels.py" line="238"/>
        <source>Show or hide layer</source>
        <translation>Laag tonen of verbergen</translation>
    </message>
    <message>
        <location filename="../studio/ui/panels.py" line="245"/>
        <source>Lock or unlock layer</source>
        <translation>Laag vergrendelen of ontgrendelen</translation>
    </message>
    <message>
        <location filename="../studio/ui/panels.py" line="253"/>
        <source>Rename layer</source>
        <translation>Laag hernoemen</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../studio/ui/main_window.py" line="188"/>
        <source>Scenes</source>
        <translation>Scènes</translation>
    </message>
    <message>
        <location filename="../studio/ui/main_window.py" line="189"/>
        <source>Layers</source>
        <translation>Lagen</translation>
    </message>
    <message>
        <location filename="../studio/ui/main_window.py" line="201"/>
        <source>Texts</source>
        <translation>Teksten</translation>
    </message>
    <message>
        <location filename="../studio/ui/main_window.py" line="194"/>
        <source>Fields</source>
        <translation>Velden</translation>
    </message>
    <message>
        <location filename="../studio/ui/main_window.py" line="121"/>
        <source>Already open</source>
        <translation>Al geopend</translation>
    </message>
    <message>
        <location filename="../studio/ui/main_window.py" line="179"/>
        <source>Recovered unsaved work: save it to keep it</source>
        <translation>Niet-opgeslagen werk hersteld: sla het op om het te bewaren</translation>
    </message>
    <message>
        <location filename="../studio/ui/main_window.py" line="190"/>
        <source>Media</source>
        <translation>Media</translation>
    </message>
    <message>
        <location filename="../studio/ui/main_window.py" line="192"/>
        <source>Inspector</source>
        <translation>Inspector</translation>
    </message>
    <message>
        <location filename="../studio/ui/main_window.py" line="197"/>
        <source>Timeline</source>
        <translation>Tijdlijn</translation>
    </message>
    <message>
        <location filename="../studio/ui/main_window.py" line="199"/>
        <source>Easing</source>
        <translation>Versnelling</translation>
    </message>
    <message>
        <location filename="../studio/ui/main_window.py" line="204"/>
        <source>Texts That Do Not Fit</source>
        <translation>Teksten die niet passen</translation>
    </message>
    <message>
        <location filename="../studio/ui/main_window.py" line="234"/>
        <source>Preview</source>
        <translation>Voorvertoning</translation>
    </message>
    <message>
        <location filename="../studio/ui/main_window.py" line="262"/>
        <source>Stress: the longest values</source>
        <translation>Stresstest: de langste waarden</translation>
    </message>
    <message>
        <location filename="../studio/ui/main_window.py" line="263"/>
        <source>Stress: the largest amount</source>
        <translation>Stresstest: het grootste bedrag</translation>
    </message>
    <message>
        <location filename="../studio/ui/main_window.py" line="264"/>
        <source>Stress: the smallest amount</source>
        <translation>Stresstest: het kleinste bedrag</translation>
    </message>
    <message>
        <location filename="../studio/ui/main_window.py" line="265"/>
        <source>Stress: every optional field empty</source>
        <translation>Stresstest: alle optionele velden leeg</translation>
    </message>
    <message>
        <location filename="../studio/ui/main_window.py" line="266"/>
        <source>Stress: a name in Arabic script</source>
        <translation>Stresstest: een naam in Arabisch schrift</translation>
    </message>
    <message>
        <location filename="../studio/ui/main_window.py" line="271"/>
        <source>No sample row</source>
        <translation>Geen voorbeeldrij</translation>
    </message>
    <message>
        <location filename="../studio/ui/main_window.py" line="244"/>
        <source>Sample row</source>
        <translation>Voorbeeldrij</translation>
    </message>
    <message>
        <location filename="../studio/ui/main_window.py" line="202"/>
        <source>Sample Data</source>
        <translation>Voorbeeldgegevens</translation>
    </message>
    <message>
        <location filename="../studio/ui/main_window.py" line="210"/>
        <source>Story Map</source>
        <translation>Verhaalkaart</translation>
    </message>
    <message>
        <location filename="../studio/ui/main_window.py" line="247"/>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <location filename="../studio/ui/main_window.py" line="305"/>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <location filename="../studio/ui/main_window.py" line="351"/>
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <location filename="../studio/ui/main_window.py" line="352"/>
        <source>&amp;New</source>
        <translation>&amp;Nieuw</translation>
    </message>
    <message>
        <location filename="../studio/ui/main_window.py" line="354"/>
        <source>From the &amp;Sample</source>
        <translation>Op basis van het &amp;voorbeeld</translation>
    </message>
    <message>
        <location filename="../studio/ui/main_window.py" line="356"/>
        <source>&amp;Empty Project</source>
        <translation>&amp;Leeg project</translation>
    </message>
    <message>
        <location filename="../studio/ui/main_window.py" line="357"/>
        <source>&amp;Open…</source>
        <translation>&amp;Openen…</translation>
    </message>
    <message>
        <location filename="../studio/ui/main_window.py" line="358"/>
        <source>Open &amp;Recent</source>
        <translation>&amp;Recente bestanden openen</translation>
    </message>
    <message>
        <location filename="../studio/ui/main_window.py" line="361"/>
        <source>&amp;Save</source>
        <translation>Op&amp;slaan</translation>
    </message>
    <message>
        <location filename="../studio/ui/main_window.py" line="362"/>
        <source>Save &amp;As…</source>
        <translation>Opslaan &amp;als…</translation>
    </message>
    <message>
        <location filename="../studio/ui/main_window.py" line="364"/>
        <source>&amp;Import Media…</source>
        <translation>Media &amp;importeren…</translation>
    </message>
    <message>
        <location filename="../studio/ui/main_window.py" line="366"/>
        <source>&amp;Export Video…</source>
        <translation>Video &amp;exporteren…</translation>
    </message>
    <message>
        <location filename="../studio/ui/main_window.py" line="370"/>
        <source>Export &amp;Package…</source>
        <translation>&amp;Pakket exporteren…</translation>
    </message>
    <message>
        <location filename="../studio/ui/main_window.py" line="376"/>
        <source>P&amp;ublish…</source>
        <translation>&amp;Publiceren…</translation>
    </message>
    <message>
        <location filename="../studio/ui/main_window.py" line="381"/>
        <source>&amp;Close</source>
        <translation>Sl&amp;uiten</translation>
    </message>
    <message>
        <location filename="../studio/ui/main_window.py" line="383"/>
        <source>&amp;Quit</source>
        <translation>A&amp;fsluiten</translation>
    </message>
    <message>
        <location filename="../studio/ui/main_window.py" line="386"/>
        <source>&amp;Edit</source>
        <translation>Be&amp;werken</translation>
    </message>
    <message>
        <location filename="../studio/ui/main_window.py" line="387"/>
        <source>&amp;Undo</source>
        <translation>&amp;Ongedaan maken</translation>
    </message>
    <message>
        <location filename="../studio/ui/main_window.py" line="389"/>
        <source>&amp;Redo</source>
        <translation>O&amp;pnieuw</translation>
    </message>
    <message>
        <location filename="../studio/ui/main_window.py" line="393"/>
        <source>&amp;Delete</source>
        <translation>&amp;Verwijderen</translation>
    </message>
    <message>
        <location filename="../studio/ui/main_window.py" line="396"/>
        <source>Select &amp;All</source>
        <translation>&amp;Alles selecteren</translation>
    </message>
    <message>
        <location filename="../studio/ui/main_window.py" line="401"/>
        <source>&amp;View</source>
        <translation>Beel&amp;d</translation>
    </message>
    <message>
        <location filename="../studio/ui/main_window.py" line="403"/>
        <source>Zoom &amp;In</source>
        <translation>&amp;Inzoomen</translation>
    </message>
    <message>
        <location filename="../studio/ui/main_window.py" line="406"/>
        <source>Zoom &amp;Out</source>
        <translation>&amp;Uitzoomen</translation>
    </message>
    <message>
        <location filename="../studio/ui/main_window.py" line="409"/>
        <source>&amp;Fit to Window</source>
        <translation>&amp;Passend in venster</translation>
    </message>
    <message>
        <location filename="../studio/ui/main_window.py" line="412"/>
        <source>&amp;Actual Size</source>
        <translation>&amp;Werkelijke grootte</translation>
    </message>
    <message>
        <location filename="../studio/ui/main_window.py" line="417"/>
        <source>&amp;Snap</source>
        <translation>&amp;Magnetisch uitlijnen</translation>
    </message>
    <message>
        <location filename="../studio/ui/main_window.py" line="424"/>
        <source>Add &amp;Vertical Guide</source>
        <translation>&amp;Verticale hulplijn toevoegen</translation>
    </message>
    <message>
        <location filename="../studio/ui/main_window.py" line="429"/>
        <source>Add &amp;Horizontal Guide</source>
        <translation>&amp;Horizontale hulplijn toevoegen</translation>
    </message>
    <message>
        <location filename="../studio/ui/main_window.py" line="432"/>
        <source>&amp;Clear Guides</source>
        <translation>Hulplijnen wi&amp;ssen</translation>
    </message>
    <message>
        <location filename="../studio/ui/main_window.py" line="434"/>
        <source>A&amp;ppearance</source>
        <translation>Ui&amp;terlijk</translation>
    </message>
    <message>
        <location filename="../studio/ui/main_window.py" line="437"/>
        <source>Follow the &amp;System</source>
        <translation>&amp;Systeeminstelling volgen</translation>
    </message>
    <message>
        <location filename="../studio/ui/main_window.py" line="438"/>
        <source>&amp;Light</source>
        <translation>&amp;Licht</translation>
    </message>
    <message>
        <location filename="../studio/ui/main_window.py" line="439"/>
        <source>&amp;Dark</source>
        <translation>&amp;Donker</translation>
    </message>
    <message>
        <location filename="../studio/ui/main_window.py" line="447"/>
        <source>&amp;Panels</source>
        <translation>Pa&amp;nelen</translation>
    </message>
    <message>
        <location filename="../studio/ui/main_window.py" line="451"/>
        <source>&amp;Layer</source>
        <translation>&amp;Laag</translation>
    </message>
    <message>
        <location filename="../studio/ui/main_window.py" line="456"/>
        <source>S&amp;cene</source>
        <translation>S&amp;cène</translation>
    </message>
    <message>
        <location filename="../studio/ui/main_window.py" line="461"/>
        <source>&amp;Shown When…</source>
        <translation>&amp;Zichtbaar als…</translation>
    </message>
    <message>
        <location filename="../studio/ui/main_window.py" line="465"/>
        <source>&amp;Arrange</source>
        <translation>&amp;Schikken</translation>
    </message>
    <message>
        <location filename="../studio/ui/main_window.py" line="467"/>
        <source>Align &amp;Left</source>
        <translation>&amp;Links uitlijnen</translation>
    </message>
    <message>
        <location filename="../studio/ui/main_window.py" line="468"/>
        <source>Align &amp;Centre</source>
        <translation>Horizontaal &amp;centreren</translation>
    </message>
    <message>
        <location filename="../studio/ui/main_window.py" line="469"/>
        <source>Align &amp;Right</source>
        <translation>&amp;Rechts uitlijnen</translation>
    </message>
    <message>
        <location filename="../studio/ui/main_window.py" line="470"/>
        <source>Align &amp;Top</source>
        <translation>&amp;Boven uitlijnen</translation>
    </message>
    <message>
        <location filename="../studio/ui/main_window.py" line="471"/>
        <source>Align &amp;Middle</source>
        <translation>&amp;Verticaal centreren</translation>
    </message>
    <message>
        <location filename="../studio/ui/main_window.py" line="472"/>
        <source>Align &amp;Bottom</source>
        <translation>&amp;Onder uitlijnen</translation>
    </message>
    <message>
        <location filename="../studio/ui/main_window.py" line="478"/>
        <source>Distribute &amp;Horizontally</source>
        <translation>&amp;Horizontaal verdelen</translation>
    </message>
    <message>
        <location filename="../studio/ui/main_window.py" line="483"/>
        <source>Distribute &amp;Vertically</source>
        <translation>Verticaal ver&amp;delen</translation>
    </message>
    <message>
        <location filename="../studio/ui/main_window.py" line="487"/>
        <source>&amp;Playback</source>
        <translation>&amp;Afspelen</translation>
    </message>
    <message>
        <location filename="../studio/ui/main_window.py" line="489"/>
        <source>&amp;Play or Pause</source>
        <translation>&amp;Afspelen of pauzeren</translation>
    </message>
    <message>
        <location filename="../studio/ui/main_window.py" line="492"/>
        <source>&amp;Loop Scene</source>
        <translation>Scène &amp;herhalen</translation>
    </message>
    <message>
        <location filename="../studio/ui/main_window.py" line="500"/>
        <source>Play &amp;On into the Next Scene</source>
        <translation>D&amp;oorspelen naar de volgende scène</translation>
    </message>
    <message>
        <location filename="../studio/ui/main_window.py" line="507"/>
        <source>&amp;Back to the Last Choice</source>
        <translation>&amp;Terug naar de laatste keuze</translation>
    </message>
    <message>
        <location filename="../studio/ui/main_window.py" line="516"/>
        <source>Next &amp;Frame</source>
        <translation>&amp;Volgend frame</translation>
    </message>
    <message>
        <location filename="../studio/ui/main_window.py" line="522"/>
        <source>Previous F&amp;rame</source>
        <translation>Vo&amp;rig frame</translation>
    </message>
    <message>
        <location filename="../studio/ui/main_window.py" line="528"/>
        <source>Scene &amp;Start</source>
        <translation>&amp;Begin van scène</translation>
    </message>
    <message>
        <location filename="../studio/ui/main_window.py" line="544"/>
        <source>Untitled</source>
        <translation>Naamloos</translation>
    </message>
    <message>
        <location filename="../studio/ui/main_window.py" line="583"/>
        <source>Customer number</source>
        <translation>Klantnummer</translation>
    </message>
    <message>
        <location filename="../studio/ui/main_window.py" line="584"/>
        <source>First name</source>
        <translation>Voornaam</translation>
    </message>
    <message>
        <location filename="../studio/ui/main_window.py" line="585"/>
        <source>Amount due</source>
        <translation>Openstaand bedrag</translation>
    </message>
    <message>
        <location filename="../studio/ui/main_window.py" line="586"/>
        <source>Due date</source>
        <translation>Vervaldatum</translation>
    </message>
    <message>
        <location filename="../studio/ui/main_window.py" line="698"/>
        <source>Wait for the running task, or cancel it</source>
        <translation>Wacht tot de lopende taak klaar is, of annuleer hem</translation>
    </message>
    <message numerus="yes">
        <location filename="../studio/ui/main_window.py" line="703"/>
        <source>Imported %n file(s)</source>
        <translation>
            <numerusform>%n bestand geïmporteerd</numerusform>
            <numerusform>%n bestanden geïmporteerd</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../studio/ui/main_window.py" line="707"/>
        <source>Import cancelled</source>
        <translation>Importeren geannuleerd</translation>
    </message>
    <message>
        <location filename="../studio/ui/main_window.py" line="708"/>
        <source>Importing %p%</source>
        <translation>Importeren %p%</translation>
    </message>
    <message>
        <location filename="../studio/ui/main_window.py" line="781"/>
        <source>Unsaved changes</source>
        <translation>Niet-opgeslagen wijzigingen</translation>
    </message>
    <message>
        <location filename="../studio/ui/main_window.py" line="783"/>
        <source>Save the changes to “{template}” before closing?</source>
        <translation>Wijzigingen in “{template}” opslaan voordat u sluit?</translation>
    </message>
    <message>
        <location filename="../studio/ui/main_window.py" line="788"/>
        <source>Your changes are lost if you don&apos;t save them.</source>
        <translation>Uw wijzigingen gaan verloren als u ze niet opslaat.</translation>
    </message>
    <message>
        <location filename="../studio/ui/main_window.py" line="594"/>
        <source>Open project</source>
        <translation>Project openen</translation>
    </message>
    <message>
        <location filename="../studio/ui/main_window.py" line="596"/>
        <location filename="../studio/ui/main_window.py" line="633"/>
        <source>Helder projects (*{suffix})</source>
        <translation>Helder-projecten (*{suffix})</translation>
    </message>
    <message>
        <location filename="../studio/ui/main_window.py" line="576"/>
        <location filename="../studio/ui/main_window.py" line="610"/>
        <source>Cannot open</source>
        <translation>Kan niet openen</translation>
    </message>
    <message>
        <location filename="../studio/ui/main_window.py" line="546"/>
        <source>{name} (not saved yet)</source>
        <translation>{name} (nog niet opgeslagen)</translation>
    </message>
    <message>
        <location filename="../studio/ui/main_window.py" line="548"/>
        <source>{project}[*] – {template} – Helder Studio</source>
        <translation>{project}[*] – {template} – Helder Studio</translation>
    </message>
    <message>
        <location filename="../studio/ui/main_window.py" line="588"/>
        <source>New template</source>
        <translation>Nieuw sjabloon</translation>
    </message>
    <message>
        <location filename="../studio/ui/main_window.py" line="588"/>
        <source>Scene 1</source>
        <translation>Scène 1</translation>
    </message>
    <message>
        <location filename="../studio/ui/main_window.py" line="621"/>
        <source>No recent projects</source>
        <translation>Geen recente projecten</translation>
    </message>
    <message>
        <location filename="../studio/ui/main_window.py" line="631"/>
        <source>Save project</source>
        <translation>Project opslaan</translation>
    </message>
    <message>
        <location filename="../studio/ui/main_window.py" line="645"/>
        <location filename="../studio/ui/main_window.py" line="652"/>
        <source>Cannot save</source>
        <translation>Kan niet opslaan</translation>
    </message>
    <message>
        <location filename="../studio/ui/main_window.py" line="659"/>
        <source>Saved {path}</source>
        <translation>Opgeslagen: {path}</translation>
    </message>
</context>
<context>
    <name>MapContent</name>
    <message>
        <location filename="../studio/ui/story_map_content.py" line="45"/>
        <source>entry</source>
        <translation>begin</translation>
    </message>
    <message>
        <location filename="../studio/ui/story_map_content.py" line="47"/>
        <source>end</source>
        <translation>einde</translation>
    </message>
    <message>
        <location filename="../studio/ui/story_map_content.py" line="49"/>
        <source>choice</source>
        <translation>keuze</translation>
    </message>
    <message>
        <location filename="../studio/ui/story_map_content.py" line="51"/>
        <source>condition</source>
        <translation>voorwaarde</translation>
    </message>
    <message>
        <location filename="../studio/ui/story_map_content.py" line="52"/>
        <source>{seconds:.1f} s</source>
        <translation>{seconds:.1f} s</translation>
    </message>
    <message>
        <location filename="../studio/ui/story_map_content.py" line="72"/>
        <source>{name}: leads to no scene</source>
        <translation>{name}: leidt niet naar een scène</translation>
    </message>
    <message>
        <location filename="../studio/ui/story_map_content.py" line="74"/>
        <source>{name}: goes on to scene “{scene}”</source>
        <translation>{name}: gaat verder naar scène “{scene}”</translation>
    </message>
    <message>
        <location filename="../studio/ui/story_map_content.py" line="83"/>
        <location filename="../studio/ui/story_map_content.py" line="111"/>
        <source>Drag to a scene to link it</source>
        <translation>Sleep naar een scène om te koppelen</translation>
    </message>
    <message>
        <location filename="../studio/ui/story_map_content.py" line="95"/>
        <source>Next scene: none; the video ends here unless a choice leads on</source>
        <translation>Volgende scène: geen; de video eindigt hier, tenzij een keuze verder leidt</translation>
    </message>
    <message>
        <location filename="../studio/ui/story_map_content.py" line="98"/>
        <source>Next scene: “{scene}”</source>
        <translation>Volgende scène: “{scene}”</translation>
    </message>
    <message>
        <location filename="../studio/ui/story_map_content.py" line="100"/>
        <source>unused</source>
        <translation>ongebruikt</translation>
    </message>
    <message>
        <location filename="../studio/ui/story_map_content.py" line="102"/>
        <source>Next scene: “{scene}”, but the scene waits for a choice, so it never goes on by itself</source>
        <translation>Volgende scène: “{scene}”, maar de scène wacht op een keuze en gaat dus nooit vanzelf verder</translation>
    </message>
    <message>
        <location filename="../studio/ui/story_map_content.py" line="107"/>
        <source>next</source>
        <translation>volgende</translation>
    </message>
    <message>
        <location filename="../studio/ui/story_map_content.py" line="116"/>
        <source>Entry: the video starts here</source>
        <translation>Begin: hier start de video</translation>
    </message>
    <message>
        <location filename="../studio/ui/story_map_content.py" line="117"/>
        <source>End: nowhere to go from here</source>
        <translation>Einde: vanaf hier gaat het nergens meer heen</translation>
    </message>
    <message>
        <location filename="../studio/ui/story_map_content.py" line="118"/>
        <source>Choice: the viewer chooses here</source>
        <translation>Keuze: hier kiest de kijker</translation>
    </message>
    <message>
        <location filename="../studio/ui/story_map_content.py" line="119"/>
        <source>Condition: shown only to some rows</source>
        <translation>Voorwaarde: alleen zichtbaar voor sommige rijen</translation>
    </message>
    <message>
        <location filename="../studio/ui/story_map_content.py" line="125"/>
        <source>go to</source>
        <translation>naar</translation>
    </message>
    <message>
        <location filename="../studio/ui/story_map_content.py" line="126"/>
        <source>pay</source>
        <translation>betalen</translation>
    </message>
    <message>
        <location filename="../studio/ui/story_map_content.py" line="127"/>
        <source>plan</source>
        <translation>regeling</translation>
    </message>
    <message>
        <location filename="../studio/ui/story_map_content.py" line="128"/>
        <source>chat</source>
        <translation>chat</translation>
    </message>
    <message>
        <location filename="../studio/ui/story_map_content.py" line="129"/>
        <source>call</source>
        <translation>bellen</translation>
    </message>
    <message>
        <location filename="../studio/ui/story_map_content.py" line="130"/>
        <source>link</source>
        <translation>link</translation>
    </message>
</context>
<context>
    <name>MediaImporter</name>
    <message>
        <location filename="../studio/ui/media_import.py" line="96"/>
        <source>Import media</source>
        <translation>Media importeren</translation>
    </message>
    <message>
        <location filename="../studio/ui/media_import.py" line="110"/>
        <source>Place media</source>
        <translation>Media plaatsen</translation>
    </message>
</context>
<context>
    <name>OverflowPanel</name>
    <message>
        <location filename="../studio/ui/overflow_panel.py" line="61"/>
        <source>Scene</source>
        <translation>Scène</translation>
    </message>
    <message>
        <location filename="../studio/ui/overflow_panel.py" line="62"/>
        <source>Layer</source>
        <translation>Laag</translation>
    </message>
    <message>
        <location filename="../studio/ui/overflow_panel.py" line="63"/>
        <source>Row</source>
        <translation>Rij</translation>
    </message>
    <message>
        <location filename="../studio/ui/overflow_panel.py" line="64"/>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <location filename="../studio/ui/overflow_panel.py" line="65"/>
        <source>What is wrong</source>
        <translation>Wat er mis is</translation>
    </message>
    <message>
        <location filename="../studio/ui/overflow_panel.py" line="112"/>
        <source>Cut off: it does not fit its box</source>
        <translation>Afgekapt: de tekst past niet in het kader</translation>
    </message>
    <message>
        <location filename="../studio/ui/overflow_panel.py" line="114"/>
        <source>Set smaller than the layer&apos;s smallest size</source>
        <translation>Kleiner gezet dan de kleinste tekengrootte van de laag</translation>
    </message>
    <message>
        <location filename="../studio/ui/overflow_panel.py" line="115"/>
        <source>A value is missing: {detail}</source>
        <translation>Er ontbreekt een waarde: {detail}</translation>
    </message>
    <message>
        <location filename="../studio/ui/overflow_panel.py" line="126"/>
        <source>every row</source>
        <translation>elke rij</translation>
    </message>
    <message numerus="yes">
        <location filename="../studio/ui/overflow_panel.py" line="138"/>
        <source>%n text(s) do not fit for some row or language.</source>
        <translation>
            <numerusform>%n tekst past niet voor ten minste één rij of taal.</numerusform>
            <numerusform>%n teksten passen niet voor ten minste één rij of taal.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../studio/ui/overflow_panel.py" line="145"/>
        <source>Every text fits, for every row and language.</source>
        <translation>Alle teksten passen, voor elke rij en elke taal.</translation>
    </message>
</context>
<context>
    <name>PlaceholderHighlighter</name>
    <message>
        <location filename="../studio/ui/placeholder_highlight.py" line="106"/>
        <source>A single “{brace}”: write it twice for a brace in the words</source>
        <translation>Een losse “{brace}”: typ het teken twee keer voor een accolade in de tekst</translation>
    </message>
    <message>
        <location filename="../studio/ui/placeholder_highlight.py" line="109"/>
        <source>“{name}” is not a field of this template</source>
        <translation>“{name}” is geen veld van dit sjabloon</translation>
    </message>
</context>
<context>
    <name>PreviewChoices</name>
    <message>
        <location filename="../studio/ui/preview_choices.py" line="302"/>
        <source>No choice to go back to</source>
        <translation>Geen keuze om naar terug te gaan</translation>
    </message>
    <message>
        <location filename="../studio/ui/preview_choices.py" line="314"/>
        <source>Pay: the template has no payment page</source>
        <translation>Betalen: het sjabloon heeft geen betaalpagina</translation>
    </message>
    <message>
        <location filename="../studio/ui/preview_choices.py" line="315"/>
        <source>Pay: opens the payment page on {host}</source>
        <translation>Betalen: opent de betaalpagina op {host}</translation>
    </message>
    <message>
        <location filename="../studio/ui/preview_choices.py" line="318"/>
        <source>A plan is chosen</source>
        <translation>Er wordt een betalingsregeling gekozen</translation>
    </message>
    <message numerus="yes">
        <location filename="../studio/ui/preview_choices.py" line="319"/>
        <source>Plan of %n terms chosen</source>
        <translation>
            <numerusform>Betalingsregeling van %n termijn gekozen</numerusform>
            <numerusform>Betalingsregeling van %n termijnen gekozen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../studio/ui/preview_choices.py" line="323"/>
        <source>Opens the help chat</source>
        <translation>Opent de hulpchat</translation>
    </message>
    <message>
        <location filename="../studio/ui/preview_choices.py" line="324"/>
        <source>Opens the help chat on {host}</source>
        <translation>Opent de hulpchat op {host}</translation>
    </message>
    <message>
        <location filename="../studio/ui/preview_choices.py" line="330"/>
        <source>Opens a link that is not a valid address</source>
        <translation>Opent een link die geen geldig adres is</translation>
    </message>
    <message>
        <location filename="../studio/ui/preview_choices.py" line="331"/>
        <source>Opens a page on {host}</source>
        <translation>Opent een pagina op {host}</translation>
    </message>
    <message>
        <location filename="../studio/ui/preview_choices.py" line="337"/>
        <source>Calls the row&apos;s phone number</source>
        <translation>Belt het telefoonnummer van de rij</translation>
    </message>
    <message>
        <location filename="../studio/ui/preview_choices.py" line="339"/>
        <source>Calls: no number is set</source>
        <translation>Bellen: er is geen nummer ingesteld</translation>
    </message>
    <message>
        <location filename="../studio/ui/preview_choices.py" line="341"/>
        <source>Calls {number}</source>
        <translation>Belt {number}</translation>
    </message>
</context>
<context>
    <name>PublishDialog</name>
    <message>
        <location filename="../studio/ui/publish_dialog.py" line="59"/>
        <source>Export and publish package</source>
        <translation>Pakket exporteren en publiceren</translation>
    </message>
    <message>
        <location filename="../studio/ui/publish_dialog.py" line="67"/>
        <source>Choose…</source>
        <translation>Kiezen…</translation>
    </message>
    <message>
        <location filename="../studio/ui/publish_dialog.py" line="69"/>
        <source>Publish to a delivery server</source>
        <translation>Publiceren op een afleverserver</translation>
    </message>
    <message>
        <location filename="../studio/ui/publish_dialog.py" line="77"/>
        <source>Remember the token on this computer</source>
        <translation>Het token op deze computer onthouden</translation>
    </message>
    <message>
        <location filename="../studio/ui/publish_dialog.py" line="80"/>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <location filename="../studio/ui/publish_dialog.py" line="81"/>
        <source>Token</source>
        <translation>Token</translation>
    </message>
    <message>
        <location filename="../studio/ui/publish_dialog.py" line="94"/>
        <source>Start</source>
        <translation>Starten</translation>
    </message>
    <message>
        <location filename="../studio/ui/publish_dialog.py" line="97"/>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <location filename="../studio/ui/publish_dialog.py" line="99"/>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <location filename="../studio/ui/publish_dialog.py" line="106"/>
        <source>Package file</source>
        <translation>Pakketbestand</translation>
    </message>
    <message>
        <location filename="../studio/ui/publish_dialog.py" line="135"/>
        <source>Export package</source>
        <translation>Pakket exporteren</translation>
    </message>
    <message>
        <location filename="../studio/ui/publish_dialog.py" line="137"/>
        <source>Template package (*.zip)</source>
        <translation>Sjabloonpakket (*.zip)</translation>
    </message>
    <message>
        <location filename="../studio/ui/publish_dialog.py" line="152"/>
        <source>Choose a file to export the package to.</source>
        <translation>Kies een bestand om het pakket naartoe te exporteren.</translation>
    </message>
    <message>
        <location filename="../studio/ui/publish_dialog.py" line="161"/>
        <source>Give the server&apos;s address and its token.</source>
        <translation>Vul het adres van de server en het token in.</translation>
    </message>
    <message>
        <location filename="../studio/ui/publish_dialog.py" line="177"/>
        <source>Not done: {why}</source>
        <translation>Niet gelukt: {why}</translation>
    </message>
    <message>
        <location filename="../studio/ui/publish_dialog.py" line="179"/>
        <source>Cancelled</source>
        <translation>Geannuleerd</translation>
    </message>
    <message>
        <location filename="../studio/ui/publish_dialog.py" line="183"/>
        <source>Rendering the base media…</source>
        <translation>De basismedia worden gerenderd…</translation>
    </message>
    <message>
        <location filename="../studio/ui/publish_dialog.py" line="199"/>
        <source>Uploading to the server…</source>
        <translation>Uploaden naar de server…</translation>
    </message>
    <message>
        <location filename="../studio/ui/publish_dialog.py" line="205"/>
        <source>Attempt {attempt} failed ({why}); trying again in {wait} s.</source>
        <translation>Poging {attempt} mislukt ({why}); opnieuw over {wait} s.</translation>
    </message>
    <message>
        <location filename="../studio/ui/publish_dialog.py" line="210"/>
        <source>Package written: {path}</source>
        <translation>Pakket geschreven: {path}</translation>
    </message>
    <message>
        <location filename="../studio/ui/publish_dialog.py" line="218"/>
        <source>The server already had this package: {package}</source>
        <translation>De server had dit pakket al: {package}</translation>
    </message>
    <message>
        <location filename="../studio/ui/publish_dialog.py" line="220"/>
        <source>Published as {package} (version {version})</source>
        <translation>Gepubliceerd als {package} (versie {version})</translation>
    </message>
</context>
<context>
    <name>Recovery</name>
    <message>
        <location filename="../studio/ui/recovery.py" line="177"/>
        <source>{file} is open in another Helder Studio window (process {pid} on {host}).</source>
        <translation>{file} is geopend in een ander venster van Helder Studio (proces {pid} op {host}).</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <location filename="../studio/ui/recovery.py" line="430"/>
        <source>Recover unsaved work</source>
        <translation>Niet-opgeslagen werk herstellen</translation>
    </message>
    <message>
        <location filename="../studio/ui/recovery.py" line="435"/>
        <source>Helder Studio did not close properly. The changes below were not saved. Recover opens them; save them to keep them. Discard deletes them for good. Later keeps them for the next start.</source>
        <translation>Helder Studio is niet goed afgesloten. De onderstaande wijzigingen zijn niet opgeslagen. Herstellen opent ze; sla ze daarna op om ze te bewaren. Weggooien verwijdert ze definitief. Later bewaart ze tot de volgende keer dat u Helder Studio start.</translation>
    </message>
    <message>
        <location filename="../studio/ui/recovery.py" line="465"/>
        <source>&amp;Recover</source>
        <translation>&amp;Herstellen</translation>
    </message>
    <message>
        <location filename="../studio/ui/recovery.py" line="468"/>
        <source>&amp;Discard</source>
        <translation>&amp;Weggooien</translation>
    </message>
    <message>
        <location filename="../studio/ui/recovery.py" line="470"/>
        <source>&amp;Later</source>
        <translation>&amp;Later</translation>
    </message>
    <message>
        <location filename="../studio/ui/recovery.py" line="495"/>
        <source>File: {file}</source>
        <translation>Bestand: {file}</translation>
    </message>
    <message>
        <location filename="../studio/ui/recovery.py" line="498"/>
        <source>Opened from: {folder} (not yet saved as a project file)</source>
        <translation>Geopend vanuit: {folder} (nog niet opgeslagen als projectbestand)</translation>
    </message>
    <message>
        <location filename="../studio/ui/recovery.py" line="500"/>
        <source>File: none (never saved)</source>
        <translation>Bestand: geen (nooit opgeslagen)</translation>
    </message>
    <message>
        <location filename="../studio/ui/recovery.py" line="504"/>
        <source>the copy is missing</source>
        <translation>de kopie ontbreekt</translation>
    </message>
    <message>
        <location filename="../studio/ui/recovery.py" line="505"/>
        <source>its details are missing or unreadable</source>
        <translation>de gegevens ervan ontbreken of zijn onleesbaar</translation>
    </message>
    <message>
        <location filename="../studio/ui/recovery.py" line="506"/>
        <source>the copy cannot be opened</source>
        <translation>de kopie kan niet worden geopend</translation>
    </message>
    <message>
        <location filename="../studio/ui/recovery.py" line="508"/>
        <source>{file} cannot be recovered: {reason}.</source>
        <translation>{file} kan niet worden hersteld: {reason}.</translation>
    </message>
    <message>
        <location filename="../studio/ui/recovery.py" line="529"/>
        <source>Template: {name}</source>
        <translation>Sjabloon: {name}</translation>
    </message>
    <message>
        <location filename="../studio/ui/recovery.py" line="532"/>
        <source>Autosaved: {time}</source>
        <translation>Automatisch opgeslagen: {time}</translation>
    </message>
    <message>
        <location filename="../studio/ui/recovery.py" line="550"/>
        <source>{file} could not be deleted: {reason}</source>
        <translation>{file} kon niet worden verwijderd: {reason}</translation>
    </message>
</context>
<context>
    <name>RuleRow</name>
    <message>
        <location filename="../studio/ui/condition_rule_row.py" line="121"/>
        <source>Remove this rule</source>
        <translation>Deze regel verwijderen</translation>
    </message>
    <message>
        <location filename="../studio/ui/condition_rule_row.py" line="198"/>
        <source>tick at least one choice</source>
        <translation>vink minstens één keuze aan</translation>
    </message>
    <message>
        <location filename="../studio/ui/condition_rule_row.py" line="206"/>
        <source>type the text to compare with, or choose “{empty}”</source>
        <translation>typ de tekst om mee te vergelijken, of kies “{empty}”</translation>
    </message>
</context>
<context>
    <name>SampleRowsModel</name>
    <message>
        <location filename="../studio/ui/data_panel.py" line="112"/>
        <source>ok</source>
        <translation>in orde</translation>
    </message>
    <message>
        <location filename="../studio/ui/data_panel.py" line="113"/>
        <source>warnings</source>
        <translation>waarschuwingen</translation>
    </message>
    <message>
        <location filename="../studio/ui/data_panel.py" line="114"/>
        <source>errors</source>
        <translation>fouten</translation>
    </message>
    <message>
        <location filename="../studio/ui/data_panel.py" line="165"/>
        <source>Verdict</source>
        <translation>Beoordeling</translation>
    </message>
    <message>
        <location filename="../studio/ui/data_panel.py" line="184"/>
        <source>Not in the file: every row takes the fallback</source>
        <translation>Niet in het bestand: elke rij krijgt de terugvalwaarde</translation>
    </message>
    <message>
        <location filename="../studio/ui/data_panel.py" line="212"/>
        <source>(formula)</source>
        <translation>(formule)</translation>
    </message>
    <message>
        <location filename="../studio/ui/data_panel.py" line="231"/>
        <source>the value was refused; show personal data to read why</source>
        <translation>de waarde is geweigerd; toon de persoonsgegevens om te zien waarom</translation>
    </message>
</context>
<context>
    <name>SceneCommands</name>
    <message>
        <location filename="../studio/ui/scene_commands.py" line="41"/>
        <source>&amp;New Scene</source>
        <translation>&amp;Nieuwe scène</translation>
    </message>
    <message>
        <location filename="../studio/ui/scene_commands.py" line="43"/>
        <source>&amp;Duplicate Scene</source>
        <translation>Scène &amp;dupliceren</translation>
    </message>
    <message>
        <location filename="../studio/ui/scene_commands.py" line="46"/>
        <source>De&amp;lete Scene</source>
        <translation>Scène &amp;verwijderen</translation>
    </message>
    <message>
        <location filename="../studio/ui/scene_commands.py" line="49"/>
        <source>Move Scene &amp;Up</source>
        <translation>Scène om&amp;hoog verplaatsen</translation>
    </message>
    <message>
        <location filename="../studio/ui/scene_commands.py" line="52"/>
        <source>Move Scene Do&amp;wn</source>
        <translation>Scène om&amp;laag verplaatsen</translation>
    </message>
    <message>
        <location filename="../studio/ui/scene_commands.py" line="84"/>
        <location filename="../studio/ui/scene_commands.py" line="86"/>
        <source>Scene {number}</source>
        <translation>Scène {number}</translation>
    </message>
    <message>
        <location filename="../studio/ui/scene_commands.py" line="88"/>
        <source>New scene</source>
        <translation>Nieuwe scène</translation>
    </message>
    <message>
        <location filename="../studio/ui/scene_commands.py" line="100"/>
        <source>{name} (copy)</source>
        <translation>{name} (kopie)</translation>
    </message>
    <message>
        <location filename="../studio/ui/scene_commands.py" line="102"/>
        <source>Duplicate scene</source>
        <translation>Scène dupliceren</translation>
    </message>
    <message>
        <location filename="../studio/ui/scene_commands.py" line="120"/>
        <location filename="../studio/ui/scene_commands.py" line="168"/>
        <source>Delete scene</source>
        <translation>Scène verwijderen</translation>
    </message>
    <message>
        <location filename="../studio/ui/scene_commands.py" line="134"/>
        <source>Move scene</source>
        <translation>Scène verplaatsen</translation>
    </message>
    <message>
        <location filename="../studio/ui/scene_commands.py" line="173"/>
        <source>Delete the scene “{name}”? These still lead to it:
{uses}

After deleting they lead nowhere until you choose another scene.</source>
        <translation>De scène “{name}” verwijderen? Deze onderdelen leiden er nog naartoe:
{uses}

Na het verwijderen leiden ze nergens meer heen, totdat u een andere scène kiest.</translation>
    </message>
    <message>
        <location filename="../studio/ui/scene_commands.py" line="181"/>
        <source>Delete</source>
        <translation>Verwijderen</translation>
    </message>
</context>
<context>
    <name>SceneList</name>
    <message>
        <location filename="../studio/ui/panels.py" line="103"/>
        <source>{name}  ({seconds:.1f} s)</source>
        <translation>{name}  ({seconds:.1f} s)</translation>
    </message>
</context>
<context>
    <name>SceneStrip</name>
    <message>
        <location filename="../studio/ui/timeline_strip.py" line="66"/>
        <source>{name}  {seconds:.1f} s</source>
        <translation>{name}  {seconds:.1f} s</translation>
    </message>
</context>
<context>
    <name>StoryMap</name>
    <message>
        <location filename="../studio/ui/story_map.py" line="160"/>
        <source>Fit to View</source>
        <translation>Passend in beeld</translation>
    </message>
    <message>
        <location filename="../studio/ui/story_map.py" line="162"/>
        <source>Lay Out Again</source>
        <translation>Opnieuw indelen</translation>
    </message>
    <message numerus="yes">
        <location filename="../studio/ui/story_map.py" line="276"/>
        <source>%n problem(s) in the story; choose one to go to it.</source>
        <translation>
            <numerusform>%n probleem in het verhaal; kies het om ernaartoe te gaan.</numerusform>
            <numerusform>%n problemen in het verhaal; kies er een om ernaartoe te gaan.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../studio/ui/story_map.py" line="284"/>
        <source>No problems: every scene is reachable, every path ends, and help is one step away from every choice.</source>
        <translation>Geen problemen: elke scène is bereikbaar, elk pad heeft een einde en vanuit elke keuze is hulp één stap verwijderd.</translation>
    </message>
    <message>
        <location filename="../studio/ui/story_map.py" line="319"/>
        <location filename="../studio/ui/story_map.py" line="345"/>
        <source>Clear Link</source>
        <translation>Koppeling wissen</translation>
    </message>
    <message>
        <location filename="../studio/ui/story_map.py" line="321"/>
        <source>Set Next Scene</source>
        <translation>Volgende scène instellen</translation>
    </message>
    <message>
        <location filename="../studio/ui/story_map.py" line="323"/>
        <source>Link Choice</source>
        <translation>Keuze koppelen</translation>
    </message>
    <message>
        <location filename="../studio/ui/story_map.py" line="365"/>
        <location filename="../studio/ui/story_map.py" line="388"/>
        <source>Make Entry Scene</source>
        <translation>Als beginscène instellen</translation>
    </message>
    <message>
        <location filename="../studio/ui/story_map.py" line="369"/>
        <location filename="../studio/ui/story_map.py" line="415"/>
        <source>Delete Scene</source>
        <translation>Scène verwijderen</translation>
    </message>
    <message>
        <location filename="../studio/ui/story_map.py" line="376"/>
        <location filename="../studio/ui/story_map.py" line="398"/>
        <source>New Scene</source>
        <translation>Nieuwe scène</translation>
    </message>
    <message>
        <location filename="../studio/ui/story_map.py" line="395"/>
        <location filename="../studio/ui/story_map.py" line="397"/>
        <source>Scene {number}</source>
        <translation>Scène {number}</translation>
    </message>
</context>
<context>
    <name>TextKeyEditor</name>
    <message>
        <location filename="../studio/ui/property_widgets_text.py" line="125"/>
        <source>No words in {language} yet</source>
        <translation>Nog geen tekst in {language}</translation>
    </message>
</context>
<context>
    <name>TextTable</name>
    <message>
        <location filename="../studio/ui/panels.py" line="404"/>
        <source>Text</source>
        <translation>Tekst</translation>
    </message>
</context>
<context>
    <name>TimelinePanel</name>
    <message>
        <location filename="../studio/ui/timeline_panel.py" line="155"/>
        <source>Go to start</source>
        <translation>Naar begin</translation>
    </message>
    <message>
        <location filename="../studio/ui/timeline_panel.py" line="162"/>
        <source>One frame back</source>
        <translation>Eén frame terug</translation>
    </message>
    <message>
        <location filename="../studio/ui/timeline_panel.py" line="169"/>
        <location filename="../studio/ui/timeline_panel.py" line="247"/>
        <source>Play</source>
        <translation>Afspelen</translation>
    </message>
    <message>
        <location filename="../studio/ui/timeline_panel.py" line="176"/>
        <source>One frame forward</source>
        <translation>Eén frame vooruit</translation>
    </message>
    <message>
        <location filename="../studio/ui/timeline_panel.py" line="183"/>
        <source>Zoom out</source>
        <translation>Uitzoomen</translation>
    </message>
    <message>
        <location filename="../studio/ui/timeline_panel.py" line="186"/>
        <source>Fit</source>
        <translation>Passend</translation>
    </message>
    <message>
        <location filename="../studio/ui/timeline_panel.py" line="188"/>
        <source>Show the whole scene (0)</source>
        <translation>Hele scène tonen (0)</translation>
    </message>
    <message>
        <location filename="../studio/ui/timeline_panel.py" line="190"/>
        <source>Zoom in</source>
        <translation>Inzoomen</translation>
    </message>
    <message>
        <location filename="../studio/ui/timeline_panel.py" line="215"/>
        <source>Zoom</source>
        <translation>Zoom</translation>
    </message>
    <message>
        <location filename="../studio/ui/timeline_panel.py" line="247"/>
        <source>Pause</source>
        <translation>Pauzeren</translation>
    </message>
    <message>
        <location filename="../studio/ui/timeline_panel.py" line="261"/>
        <source>{time} / {length}   frame {frame}</source>
        <translation>{time} / {length}   frame {frame}</translation>
    </message>
</context>
<context>
    <name>TrackView</name>
    <message>
        <location filename="../studio/ui/timeline_paint.py" line="295"/>
        <source>Layers</source>
        <translation>Lagen</translation>
    </message>
    <message>
        <location filename="../studio/ui/timeline_paint.py" line="320"/>
        <source>{frames}f</source>
        <translation>{frames}f</translation>
    </message>
    <message>
        <location filename="../studio/ui/timeline_paint.py" line="323"/>
        <source>{seconds}s</source>
        <translation>{seconds}s</translation>
    </message>
    <message>
        <location filename="../studio/ui/timeline_tracks.py" line="243"/>
        <source>Layer {name} is locked</source>
        <translation>Laag {name} is vergrendeld</translation>
    </message>
    <message>
        <location filename="../studio/ui/timeline_tracks.py" line="391"/>
        <source>Change in point</source>
        <translation>Beginpunt wijzigen</translation>
    </message>
    <message>
        <location filename="../studio/ui/timeline_tracks.py" line="398"/>
        <source>Change out point</source>
        <translation>Eindpunt wijzigen</translation>
    </message>
    <message>
        <location filename="../studio/ui/timeline_tracks.py" line="411"/>
        <source>Move layer</source>
        <translation>Laag verplaatsen</translation>
    </message>
    <message>
        <location filename="../studio/ui/timeline_tracks.py" line="441"/>
        <source>Move keyframes</source>
        <translation>Sleutelframes verplaatsen</translation>
    </message>
    <message>
        <location filename="../studio/ui/timeline_tracks.py" line="443"/>
        <source>Move keyframe</source>
        <translation>Sleutelframe verplaatsen</translation>
    </message>
    <message>
        <location filename="../studio/ui/timeline_tracks.py" line="521"/>
        <source>Add keyframe</source>
        <translation>Sleutelframe toevoegen</translation>
    </message>
    <message>
        <location filename="../studio/ui/timeline_tracks.py" line="532"/>
        <location filename="../studio/ui/timeline_tracks.py" line="567"/>
        <source>Delete keyframes</source>
        <translation>Sleutelframes verwijderen</translation>
    </message>
    <message>
        <location filename="../studio/ui/timeline_tracks.py" line="532"/>
        <location filename="../studio/ui/timeline_tracks.py" line="569"/>
        <source>Delete keyframe</source>
        <translation>Sleutelframe verwijderen</translation>
    </message>
    <message>
        <location filename="../studio/ui/timeline_tracks.py" line="552"/>
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
        <location filename="../studio/ui/transport.py" line="291"/>
        <source>Waiting for a choice</source>
        <translation>Wacht op een keuze</translation>
    </message>
    <message>
        <location filename="../studio/ui/transport.py" line="471"/>
        <location filename="../studio/ui/transport.py" line="532"/>
        <source>No sound output: playing without sound</source>
        <translation>Geen geluidsuitvoer: er wordt afgespeeld zonder geluid</translation>
    </message>
    <message>
        <location filename="../studio/ui/transport.py" line="513"/>
        <source>The sound could not be mixed: {error}</source>
        <translation>Het geluid kon niet worden gemixt: {error}</translation>
    </message>
</context>
</TS>
