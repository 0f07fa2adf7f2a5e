<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>ActionsModel</name>
    <message>
        <location filename="../../src/deskapp/ui/review/models.py" line="270"/>
        <source>Action</source>
        <translation>Maßnahme</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/review/models.py" line="271"/>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/review/models.py" line="272"/>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/review/models.py" line="273"/>
        <location filename="../../src/deskapp/ui/review/models.py" line="346"/>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/review/models.py" line="346"/>
        <source>Not done</source>
        <translation>Nicht erledigt</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/review/models.py" line="352"/>
        <source>Tick when the action has been carried out</source>
        <translation>Abhaken, wenn die Maßnahme umgesetzt ist</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/review/models.py" line="354"/>
        <source>Saved actions stay as written, for the record; tick Done when finished</source>
        <translation>Gespeicherte Maßnahmen bleiben zur Nachvollziehbarkeit unverändert; abhaken, wenn erledigt</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/review/models.py" line="355"/>
        <source>Not saved yet; double-click to change</source>
        <translation>Noch nicht gespeichert; zum Ändern doppelklicken</translation>
    </message>
</context>
<context>
    <name>AttachmentList</name>
    <message>
        <location filename="../../src/deskapp/ui/form/attachments.py" line="61"/>
        <source>Add files…</source>
        <translation>Dateien hinzufügen…</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/form/attachments.py" line="64"/>
        <source>Take screenshot</source>
        <translation>Bildschirmfoto aufnehmen</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/form/attachments.py" line="66"/>
        <source>This window hides for a moment while the screen is captured.</source>
        <translation>Dieses Fenster wird kurz ausgeblendet, während der Bildschirm aufgenommen wird.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/form/attachments.py" line="84"/>
        <source>Attach files</source>
        <translation>Dateien anhängen</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/form/attachments.py" line="86"/>
        <source>All files (*);;Pictures (*.png *.jpg *.jpeg *.gif *.bmp);;Documents (*.pdf *.txt *.docx *.xlsx)</source>
        <translation>Alle Dateien (*);;Bilder (*.png *.jpg *.jpeg *.gif *.bmp);;Dokumente (*.pdf *.txt *.docx *.xlsx)</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/form/attachments.py" line="150"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/form/attachments.py" line="151"/>
        <source>Don&apos;t send {name}</source>
        <translation>{name} nicht senden</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/form/attachments.py" line="152"/>
        <source>Remove {name}</source>
        <translation>{name} entfernen</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/form/attachments.py" line="164"/>
        <source>missing</source>
        <translation>fehlt</translation>
    </message>
</context>
<context>
    <name>AttachmentsPanel</name>
    <message>
        <location filename="../../src/deskapp/ui/detail/attachments.py" line="43"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/detail/attachments.py" line="43"/>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/detail/attachments.py" line="43"/>
        <source>Added</source>
        <translation>Hinzugefügt</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/detail/attachments.py" line="50"/>
        <source>Attachments</source>
        <translation>Anhänge</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/detail/attachments.py" line="51"/>
        <source>Double-click a file to open it. Drop files here to attach them.</source>
        <translation>Doppelklicken Sie auf eine Datei, um sie zu öffnen. Dateien hierher ziehen, um sie anzuhängen.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/detail/attachments.py" line="53"/>
        <source>Add file…</source>
        <translation>Datei hinzufügen…</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/detail/attachments.py" line="55"/>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/detail/attachments.py" line="81"/>
        <source>Attach files</source>
        <translation>Dateien anhängen</translation>
    </message>
</context>
<context>
    <name>BusinessHoursPage</name>
    <message>
        <location filename="../../src/deskapp/ui/settings/hours_page.py" line="114"/>
        <source>Monday</source>
        <translation>Montag</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/settings/hours_page.py" line="114"/>
        <source>Tuesday</source>
        <translation>Dienstag</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/settings/hours_page.py" line="114"/>
        <source>Wednesday</source>
        <translation>Mittwoch</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/settings/hours_page.py" line="114"/>
        <source>Thursday</source>
        <translation>Donnerstag</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/settings/hours_page.py" line="115"/>
        <source>Friday</source>
        <translation>Freitag</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/settings/hours_page.py" line="115"/>
        <source>Saturday</source>
        <translation>Samstag</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/settings/hours_page.py" line="115"/>
        <source>Sunday</source>
        <translation>Sonntag</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/settings/hours_page.py" line="118"/>
        <source>Office time zone</source>
        <translation>Zeitzone des Büros</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/settings/hours_page.py" line="122"/>
        <source>Calendar</source>
        <translation>Kalender</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/settings/hours_page.py" line="124"/>
        <source>Add…</source>
        <translation>Hinzufügen…</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/settings/hours_page.py" line="125"/>
        <source>Rename…</source>
        <translation>Umbenennen…</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/settings/hours_page.py" line="126"/>
        <location filename="../../src/deskapp/ui/settings/hours_page.py" line="171"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/settings/hours_page.py" line="130"/>
        <source>Calendar time zone</source>
        <translation>Zeitzone des Kalenders</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/settings/hours_page.py" line="132"/>
        <source>Open around the clock (24/7, no holidays)</source>
        <translation>Rund um die Uhr geöffnet (24/7, keine Feiertage)</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/settings/hours_page.py" line="141"/>
        <source>Closed</source>
        <translation>Geschlossen</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/settings/hours_page.py" line="142"/>
        <source>Working hours on {day}</source>
        <translation>Arbeitszeiten am {day}</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/settings/hours_page.py" line="143"/>
        <source>One or more spans, like 09:00-12:30, 13:30-17:30</source>
        <translation>Ein oder mehrere Zeiträume, etwa 09:00-12:30, 13:30-17:30</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/settings/hours_page.py" line="159"/>
        <location filename="../../src/deskapp/ui/settings/hours_page.py" line="195"/>
        <source>Holidays</source>
        <translation>Feiertage</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/settings/hours_page.py" line="166"/>
        <source>Holiday date</source>
        <translation>Datum des Feiertags</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/settings/hours_page.py" line="167"/>
        <source>Add date</source>
        <translation>Datum hinzufügen</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/settings/hours_page.py" line="168"/>
        <source>Import .ics…</source>
        <translation>.ics importieren…</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/settings/hours_page.py" line="169"/>
        <source>Add the days of the events in an iCalendar file as holidays</source>
        <translation>Die Tage der Termine aus einer iCalendar-Datei als Feiertage hinzufügen</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/settings/hours_page.py" line="170"/>
        <source>Add public holidays for country…</source>
        <translation>Gesetzliche Feiertage eines Landes hinzufügen…</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/settings/hours_page.py" line="176"/>
        <source>Stop adding them</source>
        <translation>Nicht mehr hinzufügen</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/settings/hours_page.py" line="201"/>
        <source>&amp;Time zone</source>
        <translation>&amp;Zeitzone</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/settings/hours_page.py" line="214"/>
        <source>Working hours</source>
        <translation>Arbeitszeiten</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/settings/hours_page.py" line="220"/>
        <source>&amp;Office time zone</source>
        <translation>Zeitzone des &amp;Büros</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/settings/hours_page.py" line="224"/>
        <source>New calendars start in this zone.</source>
        <translation>Neue Kalender beginnen in dieser Zeitzone.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/settings/hours_page.py" line="227"/>
        <source>&amp;Calendar</source>
        <translation>&amp;Kalender</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/settings/hours_page.py" line="237"/>
        <source>Business hours</source>
        <translation>Geschäftszeiten</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/settings/hours_page.py" line="241"/>
        <source>SLA clocks count business time only in the working hours of the policy&apos;s calendar, and not on its holidays.</source>
        <translation>SLA-Uhren zählen nur die Arbeitszeiten im Kalender der Richtlinie, nicht dessen Feiertage.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/settings/hours_page.py" line="386"/>
        <source>Calendar name:</source>
        <translation>Name des Kalenders:</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/settings/hours_page.py" line="391"/>
        <source>There is already a calendar named &apos;{name}&apos;.</source>
        <translation>Es gibt bereits einen Kalender namens „{name}“.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/settings/hours_page.py" line="396"/>
        <source>Add a calendar</source>
        <translation>Kalender hinzufügen</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/settings/hours_page.py" line="408"/>
        <source>Rename the calendar</source>
        <translation>Kalender umbenennen</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/settings/hours_page.py" line="424"/>
        <source>Policy {names} uses this calendar; choose another calendar there first.</source>
        <translation>Die Richtlinie {names} verwendet diesen Kalender; wählen Sie dort zuerst einen anderen Kalender.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/settings/hours_page.py" line="430"/>
        <source>The last calendar cannot be removed.</source>
        <translation>Der letzte Kalender kann nicht entfernt werden.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/settings/hours_page.py" line="460"/>
        <source>{day}  {name} (public holiday)</source>
        <translation>{day}  {name} (gesetzlicher Feiertag)</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/settings/hours_page.py" line="469"/>
        <source>No public holidays are added; add a country&apos;s to skip them too.</source>
        <translation>Es sind keine gesetzlichen Feiertage hinterlegt; fügen Sie die eines Landes hinzu, um auch sie auszulassen.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/settings/hours_page.py" line="473"/>
        <source>Public holidays of {country} are added for {first}–{last}, and again on each save.</source>
        <translation>Die gesetzlichen Feiertage von {country} sind für {first}–{last} hinterlegt und werden bei jedem Speichern ergänzt.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/settings/hours_page.py" line="493"/>
        <source>Looking up public holidays…</source>
        <translation>Gesetzliche Feiertage werden ermittelt…</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/settings/hours_page.py" line="519"/>
        <source>Import holidays</source>
        <translation>Feiertage importieren</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/settings/hours_page.py" line="519"/>
        <source>iCalendar files (*.ics);;All files (*)</source>
        <translation>iCalendar-Dateien (*.ics);;Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>ConversationView</name>
    <message>
        <location filename="../../src/deskapp/ui/detail/conversation.py" line="123"/>
        <source>No replies or notes yet. Write the first one below.</source>
        <translation>Noch keine Antworten oder Notizen. Schreiben Sie unten die erste.</translation>
    </message>
</context>
<context>
    <name>CountryDialog</name>
    <message>
        <location filename="../../src/deskapp/ui/settings/country.py" line="47"/>
        <source>Public holidays — deskapp</source>
        <translation>Gesetzliche Feiertage — deskapp</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/settings/country.py" line="53"/>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/settings/country.py" line="56"/>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/settings/country.py" line="62"/>
        <source>&amp;Country</source>
        <translation>&amp;Land</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/settings/country.py" line="63"/>
        <source>&amp;Region</source>
        <translation>&amp;Region</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/settings/country.py" line="66"/>
        <source>The calendar skips this country&apos;s public holidays, looked up for several years.</source>
        <translation>Der Kalender lässt die gesetzlichen Feiertage dieses Landes aus, ermittelt für mehrere Jahre.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/settings/country.py" line="72"/>
        <source>Loading countries…</source>
        <translation>Länder werden geladen…</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/settings/country.py" line="97"/>
        <source>Whole country</source>
        <translation>Ganzes Land</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/settings/country.py" line="116"/>
        <source>Choose a country from the list.</source>
        <translation>Wählen Sie ein Land aus der Liste.</translation>
    </message>
</context>
<context>
    <name>EntryCard</name>
    <message>
        <location filename="../../src/deskapp/ui/detail/conversation.py" line="45"/>
        <source>Event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/detail/conversation.py" line="47"/>
        <source>{text} — {who}, {when}</source>
        <translation>{text} — {who}, {when}</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/detail/conversation.py" line="58"/>
        <source>Internal note</source>
        <translation>Interne Notiz</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/detail/conversation.py" line="58"/>
        <source>Public reply</source>
        <translation>Antwort an Anforderer</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/detail/conversation.py" line="62"/>
        <source>Only agents see internal notes; the requester does not.</source>
        <translation>Interne Notizen sehen nur Bearbeiter, nicht der Anforderer.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/detail/conversation.py" line="63"/>
        <source>(unknown)</source>
        <translation>(unbekannt)</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../../src/deskapp/ui/queue/filters.py" line="31"/>
        <source>Search subject, description and conversation (Ctrl+F)</source>
        <translation>Betreff, Beschreibung und Konversation durchsuchen (Strg+F)</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/queue/filters.py" line="38"/>
        <source>Any status</source>
        <translation>Alle Status</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/queue/filters.py" line="39"/>
        <source>Any priority</source>
        <translation>Alle Prioritäten</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/queue/filters.py" line="40"/>
        <source>Any type</source>
        <translation>Alle Typen</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/queue/filters.py" line="41"/>
        <source>Any category</source>
        <translation>Alle Kategorien</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/queue/filters.py" line="42"/>
        <source>Anyone</source>
        <translation>Alle Bearbeiter</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/queue/filters.py" line="43"/>
        <source>Any group</source>
        <translation>Alle Gruppen</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/queue/filters.py" line="47"/>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/queue/filters.py" line="82"/>
        <source>Unassigned</source>
        <translation>Nicht zugewiesen</translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <location filename="../../src/deskapp/ui/detail/history.py" line="19"/>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
</context>
<context>
    <name>LinksPanel</name>
    <message>
        <location filename="../../src/deskapp/ui/detail/links.py" line="48"/>
        <source>Problem:</source>
        <translation>Problem:</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/detail/links.py" line="49"/>
        <source>Incidents:</source>
        <translation>Störungen:</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/detail/links.py" line="50"/>
        <source>Related:</source>
        <translation>Verwandt:</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/detail/links.py" line="51"/>
        <source>Merged from:</source>
        <translation>Zusammengeführt aus:</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/detail/links.py" line="52"/>
        <source>Merged into:</source>
        <translation>Zusammengeführt in:</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/detail/links.py" line="55"/>
        <source>Ticket number, e.g. INC-12</source>
        <translation>Ticketnummer, z. B. INC-12</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/detail/links.py" line="56"/>
        <source>Ticket number to link</source>
        <translation>Zu verknüpfende Ticketnummer</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/detail/links.py" line="57"/>
        <source>Link related ticket</source>
        <translation>Verwandtes Ticket verknüpfen</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/detail/links.py" line="60"/>
        <location filename="../../src/deskapp/ui/detail/links.py" line="123"/>
        <source>Link to problem…</source>
        <translation>Mit Problem verknüpfen…</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/detail/links.py" line="94"/>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/detail/links.py" line="104"/>
        <source>Unlink</source>
        <translation>Verknüpfung lösen</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/detail/links.py" line="105"/>
        <source>Unlink {ref}</source>
        <translation>Verknüpfung mit {ref} lösen</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/detail/links.py" line="123"/>
        <source>Change problem…</source>
        <translation>Problem ändern…</translation>
    </message>
</context>
<context>
    <name>LogCallDialog</name>
    <message>
        <location filename="../../src/deskapp/ui/form/log_call.py" line="83"/>
        <source>Log a call — deskapp</source>
        <translation>Anruf erfassen — deskapp</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/form/log_call.py" line="90"/>
        <source>Loading categories…</source>
        <translation>Kategorien werden geladen…</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/form/log_call.py" line="96"/>
        <source>Caller</source>
        <translation>Anrufer</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/form/log_call.py" line="97"/>
        <source>Name or email</source>
        <translation>Name oder E-Mail-Adresse</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/form/log_call.py" line="109"/>
        <source>What&apos;s wrong?</source>
        <translation>Was ist das Problem?</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/form/log_call.py" line="111"/>
        <source>In a few words</source>
        <translation>In wenigen Worten</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/form/log_call.py" line="114"/>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/form/log_call.py" line="115"/>
        <location filename="../../src/deskapp/ui/form/log_call.py" line="288"/>
        <source>Not sure</source>
        <translation>Weiß nicht</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/form/log_call.py" line="118"/>
        <source>Impact</source>
        <translation>Auswirkung</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/form/log_call.py" line="119"/>
        <source>Low — one person</source>
        <translation>Niedrig – eine Person</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/form/log_call.py" line="119"/>
        <source>Medium — a team</source>
        <translation>Mittel – ein Team</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/form/log_call.py" line="119"/>
        <source>High — whole office</source>
        <translation>Hoch – ganzes Büro</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/form/log_call.py" line="122"/>
        <source>Urgency</source>
        <translation>Dringlichkeit</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/form/log_call.py" line="123"/>
        <source>Low — can wait</source>
        <translation>Niedrig – kann warten</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/form/log_call.py" line="123"/>
        <source>Medium — slowed down</source>
        <translation>Mittel – behindert die Arbeit</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/form/log_call.py" line="123"/>
        <source>High — can&apos;t work</source>
        <translation>Hoch – Arbeit unmöglich</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/form/log_call.py" line="128"/>
        <source>From the priority matrix: impact × urgency</source>
        <translation>Aus der Prioritätsmatrix: Auswirkung × Dringlichkeit</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/form/log_call.py" line="131"/>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/form/log_call.py" line="133"/>
        <source>What the caller said, what you tried…</source>
        <translation>Was der Anrufer gesagt hat, was Sie schon versucht haben…</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/form/log_call.py" line="135"/>
        <source>Assign to me ({name})</source>
        <translation>Mir zuweisen ({name})</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/form/log_call.py" line="155"/>
        <source>&amp;Caller</source>
        <translation>&amp;Anrufer</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/form/log_call.py" line="156"/>
        <source>&amp;What&apos;s wrong?</source>
        <translation>&amp;Was ist das Problem?</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/form/log_call.py" line="161"/>
        <source>Ca&amp;tegory</source>
        <translation>&amp;Kategorie</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/form/log_call.py" line="162"/>
        <source>&amp;Impact</source>
        <translation>A&amp;uswirkung</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/form/log_call.py" line="163"/>
        <source>&amp;Urgency</source>
        <translation>&amp;Dringlichkeit</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/form/log_call.py" line="164"/>
        <source>Priority</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/form/log_call.py" line="175"/>
        <source>&amp;Notes (optional)</source>
        <translation>&amp;Notizen (optional)</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/form/log_call.py" line="185"/>
        <source>Log call</source>
        <translation>Anruf erfassen</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/form/log_call.py" line="187"/>
        <source>Log the call as a ticket (Enter)</source>
        <translation>Den Anruf als Ticket erfassen (Eingabetaste)</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/form/log_call.py" line="194"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/form/log_call.py" line="253"/>
        <source>Low</source>
        <translation>Niedrig</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/form/log_call.py" line="254"/>
        <source>Medium</source>
        <translation>Mittel</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/form/log_call.py" line="255"/>
        <source>High</source>
        <translation>Hoch</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/form/log_call.py" line="256"/>
        <source>Urgent</source>
        <translation>Dringend</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/form/log_call.py" line="259"/>
        <source>Priority: {priority}</source>
        <translation>Priorität: {priority}</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/form/log_call.py" line="343"/>
        <source>Who is calling? Type a name or an email address.</source>
        <translation>Wer ruft an? Geben Sie einen Namen oder eine E-Mail-Adresse ein.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/form/log_call.py" line="348"/>
        <source>That doesn&apos;t look like an email address (like name@example.com).</source>
        <translation>Das sieht nicht nach einer E-Mail-Adresse aus (etwa name@example.com).</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/form/log_call.py" line="350"/>
        <source>Say in a few words what&apos;s wrong.</source>
        <translation>Beschreiben Sie das Problem in wenigen Worten.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/form/log_call.py" line="384"/>
        <source>Logging the call…</source>
        <translation>Anruf wird erfasst…</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/form/log_call.py" line="395"/>
        <source>the caller</source>
        <translation>den Anrufer</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/form/log_call.py" line="398"/>
        <source>Logged {ref} for {who}, assigned to you.</source>
        <translation>{ref} für {who} erfasst und Ihnen zugewiesen.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/form/log_call.py" line="400"/>
        <source>Logged {ref} for {who}, not assigned yet.</source>
        <translation>{ref} für {who} erfasst, noch nicht zugewiesen.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/form/log_call.py" line="429"/>
        <source>The call could not be logged because of an internal error.</source>
        <translation>Der Anruf konnte wegen eines internen Fehlers nicht erfasst werden.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../src/deskapp/ui/main_window.py" line="51"/>
        <source>deskapp — {name}</source>
        <translation>deskapp — {name}</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/main_window.py" line="60"/>
        <source>Working…</source>
        <translation>Wird bearbeitet…</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/main_window.py" line="172"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/main_window.py" line="179"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/main_window.py" line="187"/>
        <source>&amp;Tickets</source>
        <translation>&amp;Tickets</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/main_window.py" line="189"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/main_window.py" line="193"/>
        <source>Main</source>
        <translation>Hauptleiste</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/main_window.py" line="203"/>
        <source>&amp;Assign to</source>
        <translation>&amp;Zuweisen an</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/main_window.py" line="205"/>
        <source>Set &amp;status</source>
        <translation>&amp;Status setzen</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/main_window.py" line="208"/>
        <source>Set &amp;priority</source>
        <translation>&amp;Priorität setzen</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/main_window.py" line="211"/>
        <source>Automatic (impact × urgency)</source>
        <translation>Automatisch (Auswirkung × Dringlichkeit)</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/main_window.py" line="223"/>
        <source>Nobody</source>
        <translation>Niemandem</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/main_window.py" line="242"/>
        <source>Resolved tickets and reviews to do</source>
        <translation>Gelöste Tickets und offene Nachbetrachtungen</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/main_window.py" line="272"/>
        <source>{count} tickets in this view</source>
        <translation>{count} Tickets in dieser Ansicht</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/main_window.py" line="350"/>
        <source>Select one or more tickets first.</source>
        <translation>Wählen Sie zuerst ein oder mehrere Tickets aus.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/main_window.py" line="362"/>
        <source>Updating {n} tickets…</source>
        <translation>{n} Tickets werden aktualisiert…</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/main_window.py" line="367"/>
        <source>Some tickets were not changed</source>
        <translation>Einige Tickets wurden nicht geändert</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/main_window.py" line="374"/>
        <source>Set priority</source>
        <translation>Priorität setzen</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/main_window.py" line="375"/>
        <source>Why is the priority {p}? (kept in the history)</source>
        <translation>Warum ist die Priorität {p}? (wird im Verlauf festgehalten)</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/main_window.py" line="381"/>
        <source>Add tag</source>
        <translation>Schlagwort hinzufügen</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/main_window.py" line="381"/>
        <source>Tag:</source>
        <translation>Schlagwort:</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/main_window.py" line="386"/>
        <source>Link to problem</source>
        <translation>Mit Problem verknüpfen</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/main_window.py" line="386"/>
        <source>Problem number (e.g. PRB-3):</source>
        <translation>Problemnummer (z. B. PRB-3):</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/main_window.py" line="395"/>
        <source>Create problem</source>
        <translation>Problem erstellen</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/main_window.py" line="395"/>
        <source>What is the underlying problem? (subject)</source>
        <translation>Was ist das zugrunde liegende Problem? (Betreff)</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/main_window.py" line="409"/>
        <source>Select the duplicates and the ticket to keep.</source>
        <translation>Wählen Sie die Duplikate und das Ticket aus, das erhalten bleiben soll.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/main_window.py" line="412"/>
        <source>Merge tickets</source>
        <translation>Tickets zusammenführen</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/main_window.py" line="412"/>
        <source>Keep which ticket? The others are merged into it.</source>
        <translation>Welches Ticket bleibt erhalten? Die anderen werden darin zusammengeführt.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/main_window.py" line="435"/>
        <source>Save view</source>
        <translation>Ansicht speichern</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/main_window.py" line="435"/>
        <source>Name of this view:</source>
        <translation>Name dieser Ansicht:</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/main_window.py" line="448"/>
        <source>Only saved views can be deleted.</source>
        <translation>Nur gespeicherte Ansichten können gelöscht werden.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/main_window.py" line="507"/>
        <location filename="../../src/deskapp/ui/tray.py" line="12"/>
        <source>deskapp</source>
        <translation>deskapp</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/main_window.py" line="510"/>
        <source>deskapp {version}
Database: {path}</source>
        <translation>deskapp {version}
Datenbank: {path}</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/main_window.py" line="151"/>
        <source>&amp;New ticket…</source>
        <translation>&amp;Neues Ticket…</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/main_window.py" line="152"/>
        <source>&amp;Log a call…</source>
        <translation>&amp;Anruf erfassen…</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/main_window.py" line="153"/>
        <source>Request &amp;form window</source>
        <translation>&amp;Meldeformular öffnen</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/main_window.py" line="154"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/main_window.py" line="156"/>
        <source>&amp;Search</source>
        <translation>&amp;Suchen</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/main_window.py" line="157"/>
        <source>Open in new &amp;window</source>
        <translation>In neuem &amp;Fenster öffnen</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/main_window.py" line="158"/>
        <source>Save view as…</source>
        <translation>Ansicht speichern unter…</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/main_window.py" line="159"/>
        <source>Delete saved view</source>
        <translation>Gespeicherte Ansicht löschen</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/main_window.py" line="160"/>
        <location filename="../../src/deskapp/ui/windows.py" line="29"/>
        <source>Clear filters</source>
        <translation>Filter zurücksetzen</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/main_window.py" line="161"/>
        <source>Ticket &amp;beside the queue</source>
        <translation>Ticket &amp;neben der Liste</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/main_window.py" line="163"/>
        <source>&amp;Back up database…</source>
        <translation>Datenbank &amp;sichern…</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/main_window.py" line="164"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/main_window.py" line="165"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/main_window.py" line="166"/>
        <source>&amp;About deskapp</source>
        <translation>Ü&amp;ber deskapp</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/main_window.py" line="202"/>
        <source>Assign to &amp;me</source>
        <translation>&amp;Mir zuweisen</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/main_window.py" line="212"/>
        <source>Add &amp;tag…</source>
        <translation>Schlag&amp;wort hinzufügen…</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/main_window.py" line="213"/>
        <source>&amp;Escalate to next tier</source>
        <translation>An nächsten Level &amp;eskalieren</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/main_window.py" line="215"/>
        <source>&amp;Link to problem…</source>
        <translation>Mit Problem &amp;verknüpfen…</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/main_window.py" line="216"/>
        <source>Create problem from selected…</source>
        <translation>Problem aus Auswahl erstellen…</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/main_window.py" line="217"/>
        <source>&amp;Merge selected into…</source>
        <translation>Auswahl zusammen&amp;führen in…</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/main_window.py" line="219"/>
        <source>Post-incident &amp;review…</source>
        <translation>Nach&amp;betrachtung…</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/tray.py" line="14"/>
        <source>Show deskapp</source>
        <translation>deskapp anzeigen</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/tray.py" line="21"/>
        <location filename="../../src/deskapp/ui/windows.py" line="46"/>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/windows.py" line="101"/>
        <source>Back up database</source>
        <translation>Datenbank sichern</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/windows.py" line="101"/>
        <source>deskapp backups (*.sqlite3)</source>
        <translation>deskapp-Sicherungen (*.sqlite3)</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/windows.py" line="116"/>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/windows.py" line="135"/>
        <source>About deskapp</source>
        <translation>Über deskapp</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/windows.py" line="111"/>
        <source>Backing up…</source>
        <translation>Wird gesichert…</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/windows.py" line="118"/>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/windows.py" line="118"/>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/windows.py" line="109"/>
        <source>Backup</source>
        <translation>Sicherung</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/windows.py" line="137"/>
        <source>&lt;h3&gt;deskapp {version}&lt;/h3&gt;&lt;p&gt;A desktop service desk for small offices.&lt;/p&gt;&lt;p&gt;Database: &lt;code&gt;{path}&lt;/code&gt;&lt;/p&gt;&lt;p&gt;MIT licence. Icons drawn for deskapp.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;deskapp {version}&lt;/h3&gt;&lt;p&gt;Ein Service Desk für den Desktop, gemacht für kleine Büros.&lt;/p&gt;&lt;p&gt;Datenbank: &lt;code&gt;{path}&lt;/code&gt;&lt;/p&gt;&lt;p&gt;MIT-Lizenz. Symbole eigens für deskapp gezeichnet.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/windows.py" line="109"/>
        <source>Saved and checked: {path}</source>
        <translation>Gesichert und geprüft: {path}</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/windows.py" line="26"/>
        <source>New ticket (request form)</source>
        <translation>Neues Ticket (Meldeformular)</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/windows.py" line="27"/>
        <source>Log a call</source>
        <translation>Anruf erfassen</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/windows.py" line="28"/>
        <source>Search</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/windows.py" line="30"/>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/windows.py" line="31"/>
        <source>Switch view (My open, Unassigned, All open, Pending, Resolved, Problems, All)</source>
        <translation>Ansicht wechseln (in der Reihenfolge der Seitenleiste)</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/windows.py" line="32"/>
        <source>Due soon: tickets at risk of missing their SLA</source>
        <translation>Bald fällig: Tickets, deren SLA gefährdet ist</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/windows.py" line="33"/>
        <source>Overdue: tickets past their SLA due time</source>
        <translation>Überfällig: Tickets, deren SLA-Frist überschritten ist</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/windows.py" line="34"/>
        <source>Open the selected ticket in its own window</source>
        <translation>Ausgewähltes Ticket in eigenem Fenster öffnen</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/windows.py" line="35"/>
        <source>Assign the selected tickets to me</source>
        <translation>Ausgewählte Tickets mir zuweisen</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/windows.py" line="36"/>
        <source>Save the ticket&apos;s edited fields</source>
        <translation>Geänderte Felder des Tickets speichern</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/windows.py" line="37"/>
        <source>Send the reply</source>
        <translation>Antwort senden</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/windows.py" line="38"/>
        <source>Add the internal note</source>
        <translation>Interne Notiz hinzufügen</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/windows.py" line="39"/>
        <source>Assign the open ticket to me</source>
        <translation>Geöffnetes Ticket mir zuweisen</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/windows.py" line="40"/>
        <source>Escalate to the next support tier</source>
        <translation>An den nächsten Support-Level eskalieren</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/windows.py" line="41"/>
        <source>Set pending</source>
        <translation>Auf „Wartend“ setzen</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/windows.py" line="42"/>
        <source>Resolve…</source>
        <translation>Lösen…</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/windows.py" line="43"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/windows.py" line="44"/>
        <source>Reopen</source>
        <translation>Wieder öffnen</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/windows.py" line="45"/>
        <source>This list</source>
        <translation>Diese Übersicht</translation>
    </message>
</context>
<context>
    <name>MatrixPage</name>
    <message>
        <location filename="../../src/deskapp/ui/settings/matrix_page.py" line="19"/>
        <source>Low — one person</source>
        <translation>Niedrig – eine Person</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/settings/matrix_page.py" line="20"/>
        <source>Medium — a team</source>
        <translation>Mittel – ein Team</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/settings/matrix_page.py" line="21"/>
        <source>High — whole office</source>
        <translation>Hoch – ganzes Büro</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/settings/matrix_page.py" line="24"/>
        <source>Low — can wait</source>
        <translation>Niedrig – kann warten</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/settings/matrix_page.py" line="25"/>
        <source>Medium — slowed down</source>
        <translation>Mittel – behindert die Arbeit</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/settings/matrix_page.py" line="26"/>
        <source>High — can&apos;t work</source>
        <translation>Hoch – Arbeit unmöglich</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/settings/matrix_page.py" line="29"/>
        <source>Low</source>
        <translation>Niedrig</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/settings/matrix_page.py" line="30"/>
        <source>Medium</source>
        <translation>Mittel</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/settings/matrix_page.py" line="31"/>
        <source>High</source>
        <translation>Hoch</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/settings/matrix_page.py" line="32"/>
        <source>Urgent</source>
        <translation>Dringend</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/settings/matrix_page.py" line="37"/>
        <source>Impact ↓   Urgency →</source>
        <translation>Auswirkung ↓   Dringlichkeit →</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/settings/matrix_page.py" line="49"/>
        <source>Priority for impact {impact} and urgency {urgency}</source>
        <translation>Priorität bei Auswirkung {impact} und Dringlichkeit {urgency}</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/settings/matrix_page.py" line="59"/>
        <source>Priority matrix</source>
        <translation>Prioritätsmatrix</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/settings/matrix_page.py" line="63"/>
        <source>A new ticket&apos;s priority comes from its impact (who is affected) and its urgency (how soon they need it). Changing the matrix does not change tickets already logged.</source>
        <translation>Die Priorität eines neuen Tickets ergibt sich aus seiner Auswirkung (wer betroffen ist) und seiner Dringlichkeit (wie schnell es gebraucht wird). Eine Änderung der Matrix ändert bereits erfasste Tickets nicht.</translation>
    </message>
</context>
<context>
    <name>Notifications</name>
    <message>
        <location filename="../../src/deskapp/ui/notifications.py" line="68"/>
        <source>Escalated ({level})</source>
        <translation>Eskaliert ({level})</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/notifications.py" line="114"/>
        <source>{count} SLA reminders: {tickets}{more}</source>
        <translation>{count} SLA-Erinnerungen: {tickets}{more}</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/notifications.py" line="115"/>
        <source>{count} tickets need attention</source>
        <translation>{count} Tickets brauchen Aufmerksamkeit</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/notifications.py" line="133"/>
        <source>Notifications</source>
        <translation>Benachrichtigungen</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/notifications.py" line="153"/>
        <source>Open ticket</source>
        <translation>Ticket öffnen</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/notifications.py" line="156"/>
        <source>Snooze</source>
        <translation>Erneut erinnern</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/notifications.py" line="165"/>
        <source>Tomorrow 9:00</source>
        <translation>Morgen 9:00</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/notifications.py" line="169"/>
        <source>Dismiss</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/notifications.py" line="185"/>
        <source>&amp;Notifications</source>
        <translation>&amp;Benachrichtigungen</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/notifications.py" line="333"/>
        <source>Show or hide the SLA reminders (Notifications panel)</source>
        <translation>SLA-Erinnerungen ein- oder ausblenden (Bereich Benachrichtigungen)</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/notifications.py" line="222"/>
        <source>No reminders. Tickets at risk of missing their SLA show up here.</source>
        <translation>Keine Erinnerungen. Tickets, deren SLA gefährdet ist, erscheinen hier.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/notifications.py" line="235"/>
        <source>{ref} · {what}
{subject}
{left} · reminded {when}</source>
        <translation>{ref} · {what}
{subject}
{left} · erinnert {when}</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/notifications.py" line="327"/>
        <source>Reminders</source>
        <translation>Erinnerungen</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/notifications.py" line="329"/>
        <source>1 new reminder</source>
        <translation>1 neue Erinnerung</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/notifications.py" line="106"/>
        <source>{ref}: {what}</source>
        <translation>{ref}: {what}</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/notifications.py" line="107"/>
        <source>{subject}
{left}</source>
        <translation>{subject}
{left}</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/notifications.py" line="219"/>
        <source>{count} reminders. Double-click one to open its ticket.</source>
        <translation>{count} Erinnerungen. Doppelklicken Sie auf eine, um das Ticket zu öffnen.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/notifications.py" line="327"/>
        <source>{n} new reminders</source>
        <translation>{n} neue Erinnerungen</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/notifications.py" line="47"/>
        <source>First response due soon</source>
        <translation>Erste Reaktion bald fällig</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/notifications.py" line="48"/>
        <source>First response overdue</source>
        <translation>Erste Reaktion überfällig</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/notifications.py" line="49"/>
        <source>Resolution due soon</source>
        <translation>Lösung bald fällig</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/notifications.py" line="50"/>
        <source>Resolution overdue</source>
        <translation>Lösung überfällig</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/notifications.py" line="41"/>
        <source>15 minutes</source>
        <translation>15 Minuten</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/notifications.py" line="41"/>
        <source>1 hour</source>
        <translation>1 Stunde</translation>
    </message>
</context>
<context>
    <name>Ops</name>
    <message>
        <location filename="../../src/deskapp/ui/ops.py" line="146"/>
        <source>Working…</source>
        <translation>Wird bearbeitet…</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/ops.py" line="146"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/ops.py" line="147"/>
        <source>deskapp</source>
        <translation>deskapp</translation>
    </message>
</context>
<context>
    <name>PoliciesPage</name>
    <message>
        <location filename="../../src/deskapp/ui/settings/policies_page.py" line="135"/>
        <source>Policies, first match wins</source>
        <translation>Richtlinien, die erste passende gilt</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/settings/policies_page.py" line="137"/>
        <source>Up</source>
        <translation>Nach oben</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/settings/policies_page.py" line="138"/>
        <source>Down</source>
        <translation>Nach unten</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/settings/policies_page.py" line="139"/>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/settings/policies_page.py" line="140"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/settings/policies_page.py" line="153"/>
        <source>Policy name</source>
        <translation>Name der Richtlinie</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/settings/policies_page.py" line="156"/>
        <source>Calendar</source>
        <translation>Kalender</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/settings/policies_page.py" line="159"/>
        <source>Incidents</source>
        <translation>Störungen</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/settings/policies_page.py" line="160"/>
        <source>Service requests</source>
        <translation>Serviceanfragen</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/settings/policies_page.py" line="161"/>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/settings/policies_page.py" line="164"/>
        <source>Categories</source>
        <translation>Kategorien</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/settings/policies_page.py" line="165"/>
        <source>Any category</source>
        <translation>Alle Kategorien</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/settings/policies_page.py" line="169"/>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/settings/policies_page.py" line="170"/>
        <source>At risk after this share of the target</source>
        <translation>Gefährdet ab diesem Anteil des Ziels</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/settings/policies_page.py" line="174"/>
        <location filename="../../src/deskapp/ui/settings/policies_page.py" line="257"/>
        <source>Targets</source>
        <translation>Ziele</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/settings/policies_page.py" line="175"/>
        <location filename="../../src/deskapp/ui/settings/policies_page.py" line="529"/>
        <source>First response</source>
        <translation>Erste Reaktion</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/settings/policies_page.py" line="175"/>
        <location filename="../../src/deskapp/ui/settings/policies_page.py" line="530"/>
        <source>Resolution</source>
        <translation>Lösung</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/settings/policies_page.py" line="177"/>
        <source>Urgent</source>
        <translation>Dringend</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/settings/policies_page.py" line="177"/>
        <source>High</source>
        <translation>Hoch</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/settings/policies_page.py" line="178"/>
        <source>Medium</source>
        <translation>Mittel</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/settings/policies_page.py" line="178"/>
        <source>Low</source>
        <translation>Niedrig</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/settings/policies_page.py" line="189"/>
        <source>Escalation levels</source>
        <translation>Eskalationsstufen</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/settings/policies_page.py" line="192"/>
        <source>Clock</source>
        <translation>Uhr</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/settings/policies_page.py" line="192"/>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/settings/policies_page.py" line="192"/>
        <source>Notify
assignee</source>
        <translation>Bearbeiter
benachrichtigen</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/settings/policies_page.py" line="192"/>
        <source>Notify
admin</source>
        <translation>Admin
benachrichtigen</translation>
    </message>
    <message>
        <source>Tell assignee</source>
        <translation type="vanished">Bearbeiter benachrichtigen</translation>
    </message>
    <message>
        <source>Tell admin</source>
        <translation type="vanished">Admin benachrichtigen</translation>
    </message>
    <message>
        <source>Raise priority</source>
        <translation type="vanished">Priorität erhöhen</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/settings/policies_page.py" line="193"/>
        <source>Reassign to group</source>
        <translation>Neu zuweisen an Gruppe</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/settings/policies_page.py" line="193"/>
        <source>Raise
priority</source>
        <translation>Priorität
erhöhen</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/settings/policies_page.py" line="204"/>
        <source>Add level</source>
        <translation>Stufe hinzufügen</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/settings/policies_page.py" line="205"/>
        <source>Remove level</source>
        <translation>Stufe entfernen</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/settings/policies_page.py" line="217"/>
        <source>Top-level categories, separated by commas (e.g. Hardware, Network).</source>
        <translation>Kategorien der obersten Ebene, durch Kommas getrennt (z. B. Hardware, Network).</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/settings/policies_page.py" line="221"/>
        <source>of the target: the ticket shows as at risk</source>
        <translation>des Ziels: Das Ticket wird dann als gefährdet angezeigt</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/settings/policies_page.py" line="225"/>
        <source>Like 4 business hours, 30 minutes, 1 business day or 2 calendar days.</source>
        <translation>Eingabe wie „4 business hours“, „30 minutes“, „1 business day“ oder „2 calendar days“.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/settings/policies_page.py" line="236"/>
        <source>When: a share of the target (50%), at breach, or a time after it (1 h after breach).</source>
        <translation>Wann: ein Anteil des Ziels („50%“), bei Überschreitung („at breach“) oder eine Zeit danach („1 h after breach“).</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/settings/policies_page.py" line="242"/>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/settings/policies_page.py" line="244"/>
        <source>&amp;Calendar</source>
        <translation>&amp;Kalender</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/settings/policies_page.py" line="247"/>
        <source>Applies to</source>
        <translation>Gilt für</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/settings/policies_page.py" line="249"/>
        <source>&amp;At risk at</source>
        <translation>&amp;Gefährdet ab</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/settings/policies_page.py" line="260"/>
        <source>Escalation</source>
        <translation>Eskalation</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/settings/policies_page.py" line="272"/>
        <source>SLA policies</source>
        <translation>SLA-Richtlinien</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/settings/policies_page.py" line="276"/>
        <source>The first policy that matches a ticket sets its response and resolution targets. The last policy applies to every other ticket.</source>
        <translation>Die erste Richtlinie, die auf ein Ticket passt, legt seine Reaktions- und Lösungsziele fest. Die letzte Richtlinie gilt für alle übrigen Tickets.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/settings/policies_page.py" line="465"/>
        <source>New policy {number}</source>
        <translation>Neue Richtlinie {number}</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/settings/policies_page.py" line="493"/>
        <source>A policy applies to at least one ticket type.</source>
        <translation>Eine Richtlinie gilt für mindestens einen Tickettyp.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/settings/policies_page.py" line="512"/>
        <source>{priority}, {clock}: &apos;{text}&apos; is not a target like 4 business hours</source>
        <translation>{priority}, {clock}: „{text}“ ist kein Ziel wie „4 business hours“</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/settings/policies_page.py" line="564"/>
        <source>Level {n}</source>
        <translation>Stufe {n}</translation>
    </message>
</context>
<context>
    <name>QueueModel</name>
    <message>
        <location filename="../../src/deskapp/ui/queue/model.py" line="128"/>
        <source>Loading tickets…</source>
        <translation>Tickets werden geladen…</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/queue/model.py" line="50"/>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/queue/model.py" line="51"/>
        <source>Subject</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/queue/model.py" line="52"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/queue/model.py" line="53"/>
        <source>Priority</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/queue/model.py" line="54"/>
        <source>Response due</source>
        <translation>Reaktion fällig</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/queue/model.py" line="55"/>
        <source>Resolution due</source>
        <translation>Lösung fällig</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/queue/model.py" line="56"/>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/queue/model.py" line="57"/>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/queue/model.py" line="58"/>
        <source>Requester</source>
        <translation>Anforderer</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/queue/model.py" line="59"/>
        <source>Assignee</source>
        <translation>Bearbeiter</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/queue/model.py" line="60"/>
        <source>Support group</source>
        <translation>Supportgruppe</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/queue/model.py" line="61"/>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/queue/model.py" line="62"/>
        <source>Updated</source>
        <translation>Aktualisiert</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/queue/model.py" line="63"/>
        <source>Matching text</source>
        <translation>Fundstelle</translation>
    </message>
</context>
<context>
    <name>ReplyBox</name>
    <message>
        <location filename="../../src/deskapp/ui/detail/conversation.py" line="176"/>
        <source>Reply or note</source>
        <translation>Antwort oder Notiz</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/detail/conversation.py" line="177"/>
        <source>Write a reply to the requester, or an internal note for colleagues…</source>
        <translation>Antwort an den Anforderer oder interne Notiz für Kollegen schreiben…</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/detail/conversation.py" line="182"/>
        <location filename="../../src/deskapp/ui/detail/conversation.py" line="184"/>
        <source>Send reply</source>
        <translation>Antwort senden</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/detail/conversation.py" line="183"/>
        <location filename="../../src/deskapp/ui/detail/conversation.py" line="187"/>
        <source>Add internal note</source>
        <translation>Interne Notiz hinzufügen</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/detail/conversation.py" line="185"/>
        <source>Visible to the requester (Ctrl+Return)</source>
        <translation>Für den Anforderer sichtbar (Strg+Eingabe)</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/detail/conversation.py" line="188"/>
        <source>Only agents see it (Ctrl+Shift+Return)</source>
        <translation>Nur für Bearbeiter sichtbar (Strg+Umschalt+Eingabe)</translation>
    </message>
</context>
<context>
    <name>RequestForm</name>
    <message>
        <location filename="../../src/deskapp/ui/form/request_form.py" line="112"/>
        <source>Report a problem</source>
        <translation>Problem melden</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/form/request_form.py" line="117"/>
        <source>Tell us what&apos;s wrong and the IT admin will get back to you. Only your name, your email and what&apos;s wrong are needed.</source>
        <translation>Beschreiben Sie das Problem, und die IT-Administration meldet sich bei Ihnen. Nötig sind nur Ihr Name, Ihre E-Mail-Adresse und was nicht funktioniert.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/form/request_form.py" line="126"/>
        <source>Your name</source>
        <translation>Ihr Name</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/form/request_form.py" line="129"/>
        <source>Your email</source>
        <translation>Ihre E-Mail-Adresse</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/form/request_form.py" line="130"/>
        <source>name@example.com</source>
        <translation>name@example.com</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/form/request_form.py" line="136"/>
        <source>Your &amp;name</source>
        <translation>Ihr &amp;Name</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/form/request_form.py" line="137"/>
        <source>Your &amp;email</source>
        <translation>Ihre &amp;E-Mail-Adresse</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/form/request_form.py" line="143"/>
        <source>What&apos;s wrong?</source>
        <translation>Was ist das Problem?</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/form/request_form.py" line="145"/>
        <source>In a few words, e.g. “The printer by the kitchen won&apos;t print”</source>
        <translation>In wenigen Worten, z. B. „Der Drucker an der Küche druckt nicht“</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/form/request_form.py" line="147"/>
        <source>&amp;What&apos;s wrong?</source>
        <translation>&amp;Was ist das Problem?</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/form/request_form.py" line="150"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/form/request_form.py" line="153"/>
        <source>What were you doing when it happened? Did you see an error message? Since when?</source>
        <translation>Was haben Sie gerade gemacht, als es passiert ist? Gab es eine Fehlermeldung? Seit wann?</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/form/request_form.py" line="156"/>
        <source>&amp;Details</source>
        <translation>&amp;Details</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/form/request_form.py" line="161"/>
        <source>Just me</source>
        <translation>Nur mich</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/form/request_form.py" line="162"/>
        <source>My team</source>
        <translation>Mein Team</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/form/request_form.py" line="163"/>
        <source>The whole office</source>
        <translation>Das ganze Büro</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/form/request_form.py" line="167"/>
        <source>Who is affected?</source>
        <translation>Wer ist betroffen?</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/form/request_form.py" line="169"/>
        <source>Who is &amp;affected?</source>
        <translation>Wer ist &amp;betroffen?</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/form/request_form.py" line="173"/>
        <source>It can wait</source>
        <translation>Es kann warten</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/form/request_form.py" line="174"/>
        <source>Soon, it slows me down</source>
        <translation>Bald, es hält mich auf</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/form/request_form.py" line="175"/>
        <source>Now, I can&apos;t work</source>
        <translation>Sofort, ich kann nicht arbeiten</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/form/request_form.py" line="179"/>
        <source>How urgent is it?</source>
        <translation>Wie dringend ist es?</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/form/request_form.py" line="181"/>
        <source>How &amp;urgent is it?</source>
        <translation>Wie drin&amp;gend ist es?</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/form/request_form.py" line="186"/>
        <location filename="../../src/deskapp/ui/form/request_form.py" line="188"/>
        <source>Attach a file or screenshot</source>
        <translation>Datei oder Bildschirmfoto anhängen</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/form/request_form.py" line="207"/>
        <location filename="../../src/deskapp/ui/form/request_form.py" line="489"/>
        <source>Send request</source>
        <translation>Meldung senden</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/form/request_form.py" line="210"/>
        <source>Send it to the IT admin (Ctrl+Enter)</source>
        <translation>An die IT-Administration senden (Strg+Eingabe)</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/form/request_form.py" line="243"/>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/form/request_form.py" line="245"/>
        <source>Subcategory</source>
        <translation>Unterkategorie</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/form/request_form.py" line="252"/>
        <source>What is it &amp;about?</source>
        <translation>W&amp;orum geht es?</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/form/request_form.py" line="255"/>
        <source>Pick “Not sure” if you don&apos;t know; the IT admin will sort it.</source>
        <translation>Wählen Sie „Weiß nicht“, wenn Sie unsicher sind; die IT-Administration ordnet es zu.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/form/request_form.py" line="275"/>
        <source>Sent</source>
        <translation>Gesendet</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/form/request_form.py" line="285"/>
        <source>Report another problem</source>
        <translation>Weiteres Problem melden</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/form/request_form.py" line="323"/>
        <source>Loading categories…</source>
        <translation>Kategorien werden geladen…</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/form/request_form.py" line="336"/>
        <location filename="../../src/deskapp/ui/form/request_form.py" line="344"/>
        <source>Not sure</source>
        <translation>Weiß nicht</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/form/request_form.py" line="344"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/form/request_form.py" line="418"/>
        <source>Please tell us your name.</source>
        <translation>Bitte geben Sie Ihren Namen an.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/form/request_form.py" line="421"/>
        <source>Please give your email, so the IT admin can reply.</source>
        <translation>Bitte geben Sie Ihre E-Mail-Adresse an, damit die IT-Administration antworten kann.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/form/request_form.py" line="426"/>
        <source>That doesn&apos;t look like an email address (like name@example.com).</source>
        <translation>Das sieht nicht nach einer E-Mail-Adresse aus (etwa name@example.com).</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/form/request_form.py" line="428"/>
        <source>Please say in a few words what&apos;s wrong.</source>
        <translation>Bitte beschreiben Sie das Problem in wenigen Worten.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/form/request_form.py" line="433"/>
        <source>This file can no longer be found: {names}. Remove it or add it again.</source>
        <translation>Diese Datei ist nicht mehr auffindbar: {names}. Entfernen Sie sie oder fügen Sie sie erneut hinzu.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/form/request_form.py" line="482"/>
        <source>Sending your request…</source>
        <translation>Ihre Meldung wird gesendet…</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/form/request_form.py" line="489"/>
        <source>Sending…</source>
        <translation>Wird gesendet…</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/form/request_form.py" line="499"/>
        <source>Thanks! Your request is {ref}.</source>
        <translation>Danke! Ihre Meldung hat die Nummer {ref}.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/form/request_form.py" line="502"/>
        <source>The IT admin has been told. You&apos;ll get a reply by email at {email}.

You can check the status of your request with this number: {ref}. Keep it handy if you call.</source>
        <translation>Die IT-Administration ist informiert. Sie erhalten eine Antwort per E-Mail an {email}.

Mit dieser Nummer können Sie den Stand Ihrer Meldung erfragen: {ref}. Halten Sie sie bereit, wenn Sie anrufen.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/form/request_form.py" line="508"/>
        <source>These files could not be attached (your request was sent without them):
{files}</source>
        <translation>Diese Dateien konnten nicht angehängt werden (Ihre Meldung wurde ohne sie gesendet):
{files}</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/form/request_form.py" line="530"/>
        <source>Sorry, deskapp could not send your request because of an internal error. Please try again, or call the IT admin.</source>
        <translation>deskapp konnte Ihre Meldung wegen eines internen Fehlers leider nicht senden. Bitte versuchen Sie es erneut oder rufen Sie die IT-Administration an.</translation>
    </message>
</context>
<context>
    <name>RequestFormWindow</name>
    <message>
        <location filename="../../src/deskapp/ui/form/request_form.py" line="563"/>
        <source>Report a problem — deskapp</source>
        <translation>Problem melden — deskapp</translation>
    </message>
</context>
<context>
    <name>ResolveDialog</name>
    <message>
        <location filename="../../src/deskapp/ui/detail/resolve.py" line="33"/>
        <source>Resolve {ref}</source>
        <translation>{ref} lösen</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/detail/resolve.py" line="35"/>
        <source>What was done to fix it, or the answer given to the requester</source>
        <translation>Was zur Behebung getan wurde, oder die Antwort an den Anforderer</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/detail/resolve.py" line="48"/>
        <source>Also resolve 1 linked incident</source>
        <translation>Auch die verknüpfte Störung lösen</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/deskapp/ui/detail/resolve.py" line="50"/>
        <source>Also resolve %n linked incidents</source>
        <translation>
            <numerusform>Auch %n verknüpfte Störung lösen</numerusform>
            <numerusform>Auch die %n verknüpften Störungen lösen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/detail/resolve.py" line="61"/>
        <source>Resolution &amp;notes:</source>
        <translation>&amp;Lösungsbeschreibung:</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/detail/resolve.py" line="64"/>
        <source>Resolution &amp;code:</source>
        <translation>Lösungs&amp;code:</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/detail/resolve.py" line="68"/>
        <source>Resolve</source>
        <translation>Lösen</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/detail/resolve.py" line="82"/>
        <source>Write what was done, so the requester and colleagues know.</source>
        <translation>Beschreiben Sie, was getan wurde, damit Anforderer und Kollegen Bescheid wissen.</translation>
    </message>
</context>
<context>
    <name>ResolvedModel</name>
    <message>
        <location filename="../../src/deskapp/ui/review/models.py" line="73"/>
        <source>Ticket</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/review/models.py" line="74"/>
        <source>Subject</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/review/models.py" line="75"/>
        <source>Requester</source>
        <translation>Anforderer</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/review/models.py" line="76"/>
        <source>Resolved</source>
        <translation>Gelöst</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/review/models.py" line="77"/>
        <source>Resolution notes</source>
        <translation>Lösungsbeschreibung</translation>
    </message>
</context>
<context>
    <name>ReviewForm</name>
    <message>
        <location filename="../../src/deskapp/ui/review/form.py" line="95"/>
        <source>Post-incident review — {ref}</source>
        <translation>Nachbetrachtung — {ref}</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/review/form.py" line="140"/>
        <source>Mark review complete</source>
        <translation>Nachbetrachtung abschließen</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/review/form.py" line="141"/>
        <source>A complete review leaves the Reviews to do list; it needs a summary</source>
        <translation>Eine abgeschlossene Nachbetrachtung verschwindet aus der Liste der offenen; sie braucht eine Zusammenfassung</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/review/form.py" line="143"/>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/review/form.py" line="144"/>
        <source>Save the review ({key})</source>
        <translation>Nachbetrachtung speichern ({key})</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/review/form.py" line="145"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/review/form.py" line="172"/>
        <source>&amp;Summary</source>
        <translation>&amp;Zusammenfassung</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/review/form.py" line="173"/>
        <source>&amp;Timeline</source>
        <translation>&amp;Chronologie</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/review/form.py" line="174"/>
        <source>&amp;Root cause</source>
        <translation>&amp;Ursache</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/review/form.py" line="175"/>
        <source>What went &amp;well</source>
        <translation>Was lief &amp;gut</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/review/form.py" line="176"/>
        <source>What went &amp;badly</source>
        <translation>Was lief &amp;schlecht</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/review/form.py" line="179"/>
        <source>What happened and what it meant for people, in a few sentences.</source>
        <translation>Was passiert ist und was es für die Leute bedeutet hat, in wenigen Sätzen.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/review/form.py" line="181"/>
        <source>One line per step, with times: when it started, when we noticed, what we did, when it was back.</source>
        <translation>Eine Zeile pro Schritt, mit Uhrzeit: wann es anfing, wann wir es bemerkt haben, was wir getan haben, wann alles wieder lief.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/review/form.py" line="183"/>
        <source>Why it happened. Keep asking “why?” until you reach something we can fix.</source>
        <translation>Warum es passiert ist. Fragen Sie so lange „Warum?“, bis Sie auf etwas stoßen, das wir beheben können.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/review/form.py" line="184"/>
        <source>What helped: quick detection, clear updates to staff, a workaround that held…</source>
        <translation>Was geholfen hat: schnelles Erkennen, klare Informationen an die Belegschaft, ein Workaround, der gehalten hat…</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/review/form.py" line="185"/>
        <source>What slowed us down or made it worse.</source>
        <translation>Was uns aufgehalten oder es verschlimmert hat.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/review/form.py" line="213"/>
        <source>Action items</source>
        <translation>Maßnahmen</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/review/form.py" line="223"/>
        <source>What needs doing, e.g. “Add a second internet line”</source>
        <translation>Was zu tun ist, z. B. „Zweite Internetleitung einrichten“</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/review/form.py" line="224"/>
        <source>New action</source>
        <translation>Neue Maßnahme</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/review/form.py" line="226"/>
        <source>Who will do it</source>
        <translation>Wer sich darum kümmert</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/review/form.py" line="227"/>
        <source>Owner of the new action</source>
        <translation>Verantwortlich für die neue Maßnahme</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/review/form.py" line="230"/>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/review/form.py" line="233"/>
        <source>Due date of the new action</source>
        <translation>Fälligkeitsdatum der neuen Maßnahme</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/review/form.py" line="235"/>
        <source>Add action</source>
        <translation>Maßnahme hinzufügen</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/review/form.py" line="236"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/review/form.py" line="237"/>
        <source>Remove an action that is not saved yet</source>
        <translation>Eine noch nicht gespeicherte Maßnahme entfernen</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/review/form.py" line="259"/>
        <source>&amp;Action items</source>
        <translation>&amp;Maßnahmen</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/review/form.py" line="302"/>
        <source>Opening the review of {ref}…</source>
        <translation>Nachbetrachtung zu {ref} wird geöffnet…</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/review/form.py" line="307"/>
        <source>{ref}: {subject}</source>
        <translation>{ref}: {subject}</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/review/form.py" line="313"/>
        <source>{ref} is not a major incident or a problem, so it has no post-incident review. Mark it as a major incident first if it deserves one.</source>
        <translation>{ref} ist weder eine Großstörung noch ein Problem und hat daher keine Nachbetrachtung. Markieren Sie das Ticket zuerst als Großstörung, wenn es eine verdient.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/review/form.py" line="339"/>
        <source>No review yet — write what happened, then save.</source>
        <translation>Noch keine Nachbetrachtung – schreiben Sie auf, was passiert ist, und speichern Sie.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/review/form.py" line="341"/>
        <source>Completed {when}.</source>
        <translation>Abgeschlossen am {when}.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/review/form.py" line="343"/>
        <source>Draft, last saved {ago}.</source>
        <translation>Entwurf, zuletzt gespeichert {ago}.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/review/form.py" line="345"/>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/review/form.py" line="345"/>
        <source>Major incident</source>
        <translation>Großstörung</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/review/form.py" line="346"/>
        <source>{kind} · {status} · {state}</source>
        <translation>{kind} · {status} · {state}</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/review/form.py" line="356"/>
        <source>Say what needs doing.</source>
        <translation>Geben Sie an, was zu tun ist.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/review/form.py" line="358"/>
        <source>Say who will do it.</source>
        <translation>Geben Sie an, wer sich darum kümmert.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/review/form.py" line="407"/>
        <source>Action {n} needs a description and an owner.</source>
        <translation>Maßnahme {n} braucht eine Beschreibung und einen Verantwortlichen.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/review/form.py" line="409"/>
        <source>Action {n} needs a description.</source>
        <translation>Maßnahme {n} braucht eine Beschreibung.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/review/form.py" line="411"/>
        <source>Action {n} needs an owner.</source>
        <translation>Maßnahme {n} braucht einen Verantwortlichen.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/review/form.py" line="418"/>
        <source>Write a summary before marking the review complete: what happened, in a few sentences.</source>
        <translation>Schreiben Sie eine Zusammenfassung, bevor Sie die Nachbetrachtung abschließen: was passiert ist, in wenigen Sätzen.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/review/form.py" line="442"/>
        <source>Saving the review of {ref}…</source>
        <translation>Nachbetrachtung zu {ref} wird gespeichert…</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/review/form.py" line="452"/>
        <source>Saved at {time}.</source>
        <translation>Gespeichert um {time}.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/review/form.py" line="487"/>
        <source>Unsaved changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/review/form.py" line="488"/>
        <source>The review has changes that are not saved. Close it and lose them?</source>
        <translation>Die Nachbetrachtung hat ungespeicherte Änderungen. Trotzdem schließen und die Änderungen verwerfen?</translation>
    </message>
</context>
<context>
    <name>ReviewView</name>
    <message>
        <location filename="../../src/deskapp/ui/review/view.py" line="91"/>
        <source>Resolved — waiting for confirmation</source>
        <translation>Gelöst – wartet auf Bestätigung</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/review/view.py" line="93"/>
        <source>Resolved tickets</source>
        <translation>Gelöste Tickets</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/review/view.py" line="95"/>
        <source>Nothing is waiting: every resolved ticket has been confirmed and closed.</source>
        <translation>Nichts steht aus: Alle gelösten Tickets sind bestätigt und geschlossen.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/review/view.py" line="98"/>
        <source>Select all</source>
        <translation>Alle auswählen</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/review/view.py" line="100"/>
        <location filename="../../src/deskapp/ui/review/view.py" line="250"/>
        <source>Close selected</source>
        <translation>Auswahl schließen</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/review/view.py" line="101"/>
        <source>Close the ticked tickets: the requesters confirmed they are fixed</source>
        <translation>Die angehakten Tickets schließen: Die Anforderer haben die Lösung bestätigt</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/review/view.py" line="102"/>
        <source>Reopen…</source>
        <translation>Wieder öffnen…</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/review/view.py" line="103"/>
        <source>The problem is not fixed after all: put the ticket back in the queue</source>
        <translation>Das Problem ist doch nicht behoben: Ticket zurück in die Liste stellen</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/review/view.py" line="104"/>
        <location filename="../../src/deskapp/ui/review/view.py" line="155"/>
        <source>Open ticket</source>
        <translation>Ticket öffnen</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/review/view.py" line="108"/>
        <source> days</source>
        <translation> Tagen</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/review/view.py" line="109"/>
        <source>Days since resolved</source>
        <translation>Tage seit der Lösung</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/review/view.py" line="110"/>
        <source>Close them all…</source>
        <translation>Alle schließen…</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/review/view.py" line="112"/>
        <source>Close every ticket resolved longer ago than this, confirmed or not (each one is recorded)</source>
        <translation>Jedes Ticket schließen, das vor längerer Zeit gelöst wurde, ob bestätigt oder nicht (wird bei jedem Ticket vermerkt)</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/review/view.py" line="119"/>
        <source>Resolved more than</source>
        <translation>Vor mehr als</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/review/view.py" line="121"/>
        <source>ago:</source>
        <translation>gelöst:</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/review/view.py" line="128"/>
        <source>These tickets are fixed. Close them once the requester confirms, or reopen one that isn&apos;t.</source>
        <translation>Diese Tickets sind gelöst. Schließen Sie sie, sobald der Anforderer bestätigt, oder öffnen Sie eines wieder, das nicht behoben ist.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/review/view.py" line="150"/>
        <location filename="../../src/deskapp/ui/review/view.py" line="152"/>
        <source>Reviews to do</source>
        <translation>Offene Nachbetrachtungen</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/review/view.py" line="153"/>
        <source>No reviews to do.</source>
        <translation>Keine offenen Nachbetrachtungen.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/review/view.py" line="154"/>
        <source>Open review…</source>
        <translation>Nachbetrachtung öffnen…</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/review/view.py" line="167"/>
        <source>Major incidents and problems that are over but whose post-incident review is not finished: what happened, why, and what we will do so it doesn&apos;t happen again.</source>
        <translation>Großstörungen und Probleme, die vorbei sind, deren Nachbetrachtung aber noch fehlt: was passiert ist, warum, und was wir tun, damit es nicht wieder vorkommt.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/review/view.py" line="195"/>
        <source>Loading resolved tickets…</source>
        <translation>Gelöste Tickets werden geladen…</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/review/view.py" line="208"/>
        <source>Resolved — waiting for confirmation ({n})</source>
        <translation>Gelöst – wartet auf Bestätigung ({n})</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/review/view.py" line="209"/>
        <source>Reviews to do ({n})</source>
        <translation>Offene Nachbetrachtungen ({n})</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/review/view.py" line="214"/>
        <source>Could not load the lists: {error}</source>
        <translation>Die Listen konnten nicht geladen werden: {error}</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/review/view.py" line="250"/>
        <source>Close selected ({n})</source>
        <translation>Auswahl schließen ({n})</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/review/view.py" line="284"/>
        <source>No ticket was resolved more than {days} days ago.</source>
        <translation>Kein Ticket wurde vor mehr als {days} Tagen gelöst.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/review/view.py" line="287"/>
        <source>Close the one ticket resolved more than {days} days ago?</source>
        <translation>Das eine Ticket schließen, das vor mehr als {days} Tagen gelöst wurde?</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/review/view.py" line="289"/>
        <source>Close the {n} tickets resolved more than {days} days ago?</source>
        <translation>Die {n} Tickets schließen, die vor mehr als {days} Tagen gelöst wurden?</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/review/view.py" line="298"/>
        <source>Closing {ref} ({n} of {total})…</source>
        <translation>{ref} wird geschlossen ({n} von {total})…</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/review/view.py" line="311"/>
        <source>Closing tickets…</source>
        <translation>Tickets werden geschlossen…</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/review/view.py" line="318"/>
        <location filename="../../src/deskapp/ui/review/view.py" line="322"/>
        <source>Closed {refs}.</source>
        <translation>Geschlossen: {refs}.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/review/view.py" line="318"/>
        <source>Nothing closed.</source>
        <translation>Nichts geschlossen.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/review/view.py" line="321"/>
        <source>{ref} was not closed: {why}</source>
        <translation>{ref} wurde nicht geschlossen: {why}</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/review/view.py" line="338"/>
        <source>{ref} is open again.</source>
        <translation>{ref} ist wieder offen.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/review/view.py" line="340"/>
        <source>{ref} was not reopened: {why}</source>
        <translation>{ref} wurde nicht wieder geöffnet: {why}</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/review/view.py" line="343"/>
        <source>Reopening {ref}…</source>
        <translation>{ref} wird wieder geöffnet…</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/review/view.py" line="350"/>
        <source>Reopen {ref}</source>
        <translation>{ref} wieder öffnen</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/review/view.py" line="351"/>
        <source>What is still wrong? (optional; added to the ticket as a note)</source>
        <translation>Was ist noch nicht in Ordnung? (optional; wird als Notiz zum Ticket hinzugefügt)</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/review/view.py" line="357"/>
        <source>Close tickets</source>
        <translation>Tickets schließen</translation>
    </message>
</context>
<context>
    <name>ReviewsToDoModel</name>
    <message>
        <location filename="../../src/deskapp/ui/review/models.py" line="173"/>
        <source>Ticket</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/review/models.py" line="174"/>
        <source>Subject</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/review/models.py" line="175"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/review/models.py" line="176"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/review/models.py" line="177"/>
        <location filename="../../src/deskapp/ui/review/models.py" line="218"/>
        <source>Resolved</source>
        <translation>Gelöst</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/review/models.py" line="178"/>
        <source>Review</source>
        <translation>Nachbetrachtung</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/review/models.py" line="216"/>
        <source>Major incident</source>
        <translation>Großstörung</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/review/models.py" line="216"/>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/review/models.py" line="218"/>
        <source>Closed</source>
        <translation>Geschlossen</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/review/models.py" line="225"/>
        <source>Not started</source>
        <translation>Nicht begonnen</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/review/models.py" line="226"/>
        <source>Draft, edited {ago}</source>
        <translation>Entwurf, bearbeitet {ago}</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/review/models.py" line="228"/>
        <source> · 1 action open</source>
        <translation> · 1 Maßnahme offen</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/review/models.py" line="230"/>
        <source> · {n} actions open</source>
        <translation> · {n} Maßnahmen offen</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../src/deskapp/ui/settings/dialog.py" line="67"/>
        <source>Settings — deskapp</source>
        <translation>Einstellungen — deskapp</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/settings/dialog.py" line="72"/>
        <location filename="../../src/deskapp/ui/settings/dialog.py" line="77"/>
        <source>Loading the settings…</source>
        <translation>Einstellungen werden geladen…</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/settings/dialog.py" line="93"/>
        <source>Settings pages</source>
        <translation>Einstellungsseiten</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/settings/dialog.py" line="95"/>
        <source>Priority matrix</source>
        <translation>Prioritätsmatrix</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/settings/dialog.py" line="95"/>
        <source>Business hours</source>
        <translation>Geschäftszeiten</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/settings/dialog.py" line="95"/>
        <source>SLA policies</source>
        <translation>SLA-Richtlinien</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/settings/dialog.py" line="96"/>
        <source>Tickets</source>
        <translation>Tickets</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/settings/dialog.py" line="106"/>
        <source>Import…</source>
        <translation>Importieren…</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/settings/dialog.py" line="107"/>
        <source>Load settings from a TOML file; nothing is saved until OK</source>
        <translation>Einstellungen aus einer TOML-Datei laden; gespeichert wird erst mit OK</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/settings/dialog.py" line="108"/>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/settings/dialog.py" line="109"/>
        <source>Write these settings to a TOML file</source>
        <translation>Diese Einstellungen in eine TOML-Datei schreiben</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/settings/dialog.py" line="113"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/settings/dialog.py" line="160"/>
        <source>The settings could not be read: {error}</source>
        <translation>Die Einstellungen konnten nicht gelesen werden: {error}</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/settings/dialog.py" line="186"/>
        <source>Not saved: fix the fields marked in red first.</source>
        <translation>Nicht gespeichert: Korrigieren Sie zuerst die rot markierten Felder.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/settings/dialog.py" line="201"/>
        <source>Not saved: {message}</source>
        <translation>Nicht gespeichert: {message}</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/settings/dialog.py" line="220"/>
        <source>Saving…</source>
        <translation>Wird gespeichert…</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/settings/dialog.py" line="226"/>
        <source>Saving the settings…</source>
        <translation>Einstellungen werden gespeichert…</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/settings/dialog.py" line="241"/>
        <source>Not saved: {error}</source>
        <translation>Nicht gespeichert: {error}</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/settings/dialog.py" line="247"/>
        <source>Import settings</source>
        <translation>Einstellungen importieren</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/settings/dialog.py" line="247"/>
        <source>Settings files (*.toml);;All files (*)</source>
        <translation>Einstellungsdateien (*.toml);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/settings/dialog.py" line="258"/>
        <source>Loaded {name}. Check the pages, then press OK to save.</source>
        <translation>{name} geladen. Prüfen Sie die Seiten und klicken Sie dann zum Speichern auf OK.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/settings/dialog.py" line="265"/>
        <source>{name} line {line}: {detail}</source>
        <translation>{name} Zeile {line}: {detail}</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/settings/dialog.py" line="270"/>
        <source>Not imported: {message}</source>
        <translation>Nicht importiert: {message}</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/settings/dialog.py" line="274"/>
        <source>Reading settings…</source>
        <translation>Einstellungen werden gelesen…</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/settings/dialog.py" line="281"/>
        <source>Export settings</source>
        <translation>Einstellungen exportieren</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/settings/dialog.py" line="281"/>
        <source>Settings files (*.toml)</source>
        <translation>Einstellungsdateien (*.toml)</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/settings/dialog.py" line="293"/>
        <source>Exported to {path}.</source>
        <translation>Exportiert nach {path}.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/settings/dialog.py" line="294"/>
        <source>Not exported: {error}</source>
        <translation>Nicht exportiert: {error}</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/settings/dialog.py" line="295"/>
        <source>Exporting settings…</source>
        <translation>Einstellungen werden exportiert…</translation>
    </message>
</context>
<context>
    <name>Sidebar</name>
    <message>
        <location filename="../../src/deskapp/ui/sidebar.py" line="13"/>
        <source>My open</source>
        <translation>Meine offenen</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/sidebar.py" line="14"/>
        <source>Unassigned</source>
        <translation>Nicht zugewiesen</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/sidebar.py" line="15"/>
        <source>All open</source>
        <translation>Alle offenen</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/sidebar.py" line="16"/>
        <source>Pending</source>
        <translation>Wartend</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/sidebar.py" line="17"/>
        <source>Resolved, to review</source>
        <translation>Gelöst, zu prüfen</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/sidebar.py" line="18"/>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/sidebar.py" line="19"/>
        <source>All tickets</source>
        <translation>Alle Tickets</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/sidebar.py" line="20"/>
        <source>Due soon</source>
        <translation>Bald fällig</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/sidebar.py" line="21"/>
        <source>Overdue</source>
        <translation>Überfällig</translation>
    </message>
</context>
<context>
    <name>Sla</name>
    <message>
        <location filename="../../src/deskapp/ui/sla.py" line="92"/>
        <source>no target</source>
        <translation>kein Ziel</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/sla.py" line="101"/>
        <source>{state} · done {done} (due {due})</source>
        <translation>{state} · erledigt {done} (fällig {due})</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/sla.py" line="106"/>
        <source>{clock}: {detail}</source>
        <translation>{clock}: {detail}</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/sla.py" line="95"/>
        <source>{state} · {left} (due {due})</source>
        <translation>{state} · {left} (fällig {due})</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/sla.py" line="99"/>
        <source>paused while pending (due {due} before the pause)</source>
        <translation>angehalten, solange wartend (vor der Pause fällig {due})</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/sla.py" line="105"/>
        <source>{clock}: no target</source>
        <translation>{clock}: kein Ziel</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/sla.py" line="38"/>
        <source>on track</source>
        <translation>im Plan</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/sla.py" line="39"/>
        <source>at risk</source>
        <translation>gefährdet</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/sla.py" line="40"/>
        <source>breached</source>
        <translation>überschritten</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/sla.py" line="41"/>
        <source>paused</source>
        <translation>angehalten</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/sla.py" line="42"/>
        <source>met</source>
        <translation>eingehalten</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/sla.py" line="43"/>
        <source>missed</source>
        <translation>verfehlt</translation>
    </message>
</context>
<context>
    <name>SlaClocks</name>
    <message>
        <location filename="../../src/deskapp/ui/detail/header.py" line="79"/>
        <source>Response</source>
        <translation>Reaktion</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/detail/header.py" line="80"/>
        <source>Resolution</source>
        <translation>Lösung</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/detail/header.py" line="96"/>
        <source>SLA policy: {name}</source>
        <translation>SLA-Richtlinie: {name}</translation>
    </message>
</context>
<context>
    <name>TicketActions</name>
    <message>
        <location filename="../../src/deskapp/ui/detail/actions.py" line="18"/>
        <source>Assign to me</source>
        <translation>Mir zuweisen</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/detail/actions.py" line="18"/>
        <source>Take this ticket</source>
        <translation>Dieses Ticket übernehmen</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/detail/actions.py" line="20"/>
        <source>Escalate</source>
        <translation>Eskalieren</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/detail/actions.py" line="20"/>
        <source>Hand the ticket to the next support tier</source>
        <translation>Ticket an den nächsten Support-Level übergeben</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/detail/actions.py" line="23"/>
        <source>Pending</source>
        <translation>Wartend</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/detail/actions.py" line="23"/>
        <source>Waiting for the requester or a supplier</source>
        <translation>Warten auf den Anforderer oder einen Lieferanten</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/detail/actions.py" line="25"/>
        <source>Resolve…</source>
        <translation>Lösen…</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/detail/actions.py" line="25"/>
        <source>Record how it was solved</source>
        <translation>Festhalten, wie es gelöst wurde</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/detail/actions.py" line="26"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/detail/actions.py" line="26"/>
        <source>Close the resolved ticket</source>
        <translation>Das gelöste Ticket schließen</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/detail/actions.py" line="27"/>
        <source>Reopen</source>
        <translation>Wieder öffnen</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/detail/actions.py" line="27"/>
        <source>Open the ticket again</source>
        <translation>Das Ticket wieder öffnen</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/detail/actions.py" line="28"/>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/detail/actions.py" line="28"/>
        <source>Save the edited fields</source>
        <translation>Die geänderten Felder speichern</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/detail/actions.py" line="29"/>
        <source>Revert</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/detail/actions.py" line="29"/>
        <source>Discard the edits of the fields</source>
        <translation>Die Änderungen an den Feldern verwerfen</translation>
    </message>
</context>
<context>
    <name>TicketDetail</name>
    <message>
        <location filename="../../src/deskapp/ui/detail/format.py" line="35"/>
        <source>Subject</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/detail/format.py" line="36"/>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/detail/format.py" line="37"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/detail/format.py" line="38"/>
        <source>Impact</source>
        <translation>Auswirkung</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/detail/format.py" line="39"/>
        <source>Urgency</source>
        <translation>Dringlichkeit</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/detail/format.py" line="40"/>
        <source>Priority</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/detail/format.py" line="41"/>
        <source>Priority reason</source>
        <translation>Begründung der Priorität</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/detail/format.py" line="42"/>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/detail/format.py" line="43"/>
        <source>Subcategory</source>
        <translation>Unterkategorie</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/detail/format.py" line="44"/>
        <source>Requester</source>
        <translation>Anforderer</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/detail/format.py" line="45"/>
        <source>Assignee</source>
        <translation>Bearbeiter</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/detail/format.py" line="46"/>
        <source>Support group</source>
        <translation>Supportgruppe</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/detail/format.py" line="47"/>
        <source>Major incident</source>
        <translation>Großstörung</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/detail/format.py" line="48"/>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/detail/format.py" line="49"/>
        <source>Root cause</source>
        <translation>Grundursache</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/detail/format.py" line="50"/>
        <source>Resolution code</source>
        <translation>Lösungscode</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/detail/format.py" line="51"/>
        <source>Resolution notes</source>
        <translation>Lösungsbeschreibung</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/detail/format.py" line="52"/>
        <source>First response</source>
        <translation>Erste Reaktion</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/detail/format.py" line="53"/>
        <source>Resolved time</source>
        <translation>Lösungszeitpunkt</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/detail/format.py" line="54"/>
        <source>Closed time</source>
        <translation>Schließzeitpunkt</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/detail/format.py" line="55"/>
        <source>Response due</source>
        <translation>Reaktion fällig</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/detail/format.py" line="56"/>
        <source>Resolution due</source>
        <translation>Lösung fällig</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/detail/format.py" line="57"/>
        <source>Times reopened</source>
        <translation>Anzahl Wiedereröffnungen</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/detail/format.py" line="58"/>
        <source>Post-incident review</source>
        <translation>Nachbetrachtung</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/detail/format.py" line="59"/>
        <source>Attachment</source>
        <translation>Anhang</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/detail/format.py" line="79"/>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/detail/format.py" line="125"/>
        <source>Ticket logged</source>
        <translation>Ticket erfasst</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/detail/format.py" line="92"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/detail/format.py" line="92"/>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/detail/format.py" line="118"/>
        <location filename="../../src/deskapp/ui/detail/format.py" line="113"/>
        <source>{field} changed from {old} to {new}</source>
        <translation>{field} von {old} auf {new} geändert</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/detail/format.py" line="147"/>
        <source>Marked as a major incident</source>
        <translation>Als Großstörung markiert</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/detail/format.py" line="147"/>
        <source>No longer a major incident</source>
        <translation>Keine Großstörung mehr</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/detail/format.py" line="156"/>
        <source>Tags changed</source>
        <translation>Schlagwörter geändert</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/detail/format.py" line="171"/>
        <source>{what} by {who} — {when}</source>
        <translation>{what} — {who}, {when}</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/detail/format.py" line="23"/>
        <source>{n} bytes</source>
        <translation>{n} Byte</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/detail/format.py" line="111"/>
        <location filename="../../src/deskapp/ui/detail/format.py" line="115"/>
        <source>{field} set to {value}</source>
        <translation>{field} auf {value} gesetzt</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/detail/format.py" line="117"/>
        <source>{field} cleared (was {value})</source>
        <translation>{field} geleert (vorher {value})</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/detail/format.py" line="127"/>
        <source>{ref} merged into this ticket</source>
        <translation>{ref} in dieses Ticket zusammengeführt</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/detail/format.py" line="129"/>
        <source>Merged into {ref}</source>
        <translation>In {ref} zusammengeführt</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/detail/format.py" line="133"/>
        <source>Unlinked from related ticket {ref}</source>
        <translation>Verknüpfung mit verwandtem Ticket {ref} gelöst</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/detail/format.py" line="139"/>
        <source>Unlinked from problem {ref}</source>
        <translation>Verknüpfung mit Problem {ref} gelöst</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/detail/format.py" line="172"/>
        <source>deskapp</source>
        <translation>deskapp</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/detail/format.py" line="110"/>
        <location filename="../../src/deskapp/ui/detail/format.py" line="159"/>
        <source>{field} cleared</source>
        <translation>{field} geleert</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/detail/format.py" line="132"/>
        <source>Linked to related ticket {ref}</source>
        <translation>Mit verwandtem Ticket {ref} verknüpft</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/detail/format.py" line="136"/>
        <source>Moved from problem {old} to problem {new}</source>
        <translation>Von Problem {old} zu Problem {new} verschoben</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/detail/format.py" line="138"/>
        <source>Linked to problem {ref}</source>
        <translation>Mit Problem {ref} verknüpft</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/detail/format.py" line="141"/>
        <source>File attached: {name}</source>
        <translation>Datei angehängt: {name}</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/detail/format.py" line="141"/>
        <source>File removed: {name}</source>
        <translation>Datei entfernt: {name}</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/detail/format.py" line="144"/>
        <source>Reassigned from {old} to {new}</source>
        <translation>Neu zugewiesen von {old} an {new}</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/detail/format.py" line="145"/>
        <source>Assigned to {name}</source>
        <translation>{name} zugewiesen</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/detail/format.py" line="145"/>
        <source>Unassigned (was {name})</source>
        <translation>Zuweisung aufgehoben (vorher {name})</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/detail/format.py" line="159"/>
        <source>{field} recorded</source>
        <translation>{field} erfasst</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/detail/format.py" line="162"/>
        <source>Post-incident review started</source>
        <translation>Nachbetrachtung begonnen</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/detail/format.py" line="163"/>
        <source>Post-incident review completed</source>
        <translation>Nachbetrachtung abgeschlossen</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/detail/format.py" line="164"/>
        <source>Post-incident review reopened</source>
        <translation>Nachbetrachtung wieder geöffnet</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/detail/format.py" line="153"/>
        <source>Tags added: {tags}</source>
        <translation>Schlagwörter hinzugefügt: {tags}</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/detail/format.py" line="155"/>
        <source>Tags removed: {tags}</source>
        <translation>Schlagwörter entfernt: {tags}</translation>
    </message>
</context>
<context>
    <name>TicketDetailWidget</name>
    <message>
        <location filename="../../src/deskapp/ui/detail/widget.py" line="137"/>
        <location filename="../../src/deskapp/ui/detail/widget.py" line="302"/>
        <source>Select a ticket</source>
        <translation>Ticket auswählen</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/detail/widget.py" line="141"/>
        <location filename="../../src/deskapp/ui/detail/widget.py" line="303"/>
        <source>Choose a ticket in the list to read its conversation and work on it.</source>
        <translation>Wählen Sie ein Ticket in der Liste, um die Konversation zu lesen und es zu bearbeiten.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/detail/widget.py" line="192"/>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/detail/widget.py" line="210"/>
        <source>Conversation</source>
        <translation>Konversation</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/detail/widget.py" line="211"/>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/detail/widget.py" line="212"/>
        <location filename="../../src/deskapp/ui/detail/widget.py" line="364"/>
        <source>Links</source>
        <translation>Verknüpfungen</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/detail/widget.py" line="213"/>
        <location filename="../../src/deskapp/ui/detail/widget.py" line="367"/>
        <source>Attachments</source>
        <translation>Anhänge</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/detail/widget.py" line="225"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/detail/widget.py" line="239"/>
        <source>Unsaved changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/detail/widget.py" line="241"/>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/detail/widget.py" line="245"/>
        <source>Revert</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/detail/widget.py" line="318"/>
        <source>Opening {ref}</source>
        <translation>{ref} wird geöffnet</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/detail/widget.py" line="335"/>
        <source>{ref} cannot be shown</source>
        <translation>{ref} kann nicht angezeigt werden</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/detail/widget.py" line="363"/>
        <source>Conversation ({n})</source>
        <translation>Konversation ({n})</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/detail/widget.py" line="364"/>
        <source>Links ({n})</source>
        <translation>Verknüpfungen ({n})</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/detail/widget.py" line="367"/>
        <source>Attachments ({n})</source>
        <translation>Anhänge ({n})</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/detail/widget.py" line="597"/>
        <source>Link to problem</source>
        <translation>Mit Problem verknüpfen</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/detail/widget.py" line="598"/>
        <source>Problem number (e.g. PRB-3):</source>
        <translation>Problemnummer (z. B. PRB-3):</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/detail/widget.py" line="637"/>
        <source>Attaching files to {ref}</source>
        <translation>Dateien werden an {ref} angehängt</translation>
    </message>
</context>
<context>
    <name>TicketFields</name>
    <message>
        <location filename="../../src/deskapp/ui/detail/fields.py" line="175"/>
        <location filename="../../src/deskapp/ui/detail/fields.py" line="176"/>
        <source>Subject</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/detail/fields.py" line="178"/>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/detail/fields.py" line="179"/>
        <source>No description yet</source>
        <translation>Noch keine Beschreibung</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/detail/fields.py" line="187"/>
        <source>Why this priority instead of the automatic one?</source>
        <translation>Warum diese statt der automatischen Priorität?</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/detail/fields.py" line="193"/>
        <source>e.g. vpn, laptop</source>
        <translation>z. B. vpn, laptop</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/detail/fields.py" line="194"/>
        <source>Major incident</source>
        <translation>Großstörung</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/detail/fields.py" line="196"/>
        <source>e.g. PRB-3</source>
        <translation>z. B. PRB-3</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/detail/fields.py" line="199"/>
        <source>What really caused it</source>
        <translation>Was es wirklich verursacht hat</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/detail/fields.py" line="240"/>
        <location filename="../../src/deskapp/ui/detail/fields.py" line="413"/>
        <source>Automatic (from impact × urgency)</source>
        <translation>Automatisch (aus Auswirkung × Dringlichkeit)</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/detail/fields.py" line="250"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/detail/fields.py" line="251"/>
        <source>Impact</source>
        <translation>Auswirkung</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/detail/fields.py" line="252"/>
        <source>Urgency</source>
        <translation>Dringlichkeit</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/detail/fields.py" line="253"/>
        <source>Priority</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/detail/fields.py" line="254"/>
        <source>Reason</source>
        <translation>Begründung</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/detail/fields.py" line="255"/>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/detail/fields.py" line="256"/>
        <source>Subcategory</source>
        <translation>Unterkategorie</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/detail/fields.py" line="257"/>
        <source>Assignee</source>
        <translation>Bearbeiter</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/detail/fields.py" line="258"/>
        <source>Support group</source>
        <translation>Supportgruppe</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/detail/fields.py" line="259"/>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/detail/fields.py" line="261"/>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/detail/fields.py" line="262"/>
        <source>Root cause</source>
        <translation>Grundursache</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/detail/fields.py" line="331"/>
        <source>Unassigned</source>
        <translation>Nicht zugewiesen</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/detail/fields.py" line="336"/>
        <source>{name} (inactive)</source>
        <translation>{name} (inaktiv)</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/detail/fields.py" line="339"/>
        <location filename="../../src/deskapp/ui/detail/fields.py" line="346"/>
        <location filename="../../src/deskapp/ui/detail/fields.py" line="355"/>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/detail/fields.py" line="341"/>
        <source>{name} (tier {tier})</source>
        <translation>{name} (Level {tier})</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/detail/fields.py" line="411"/>
        <source>Automatic: {priority}</source>
        <translation>Automatisch: {priority}</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/detail/fields.py" line="412"/>
        <source>Automatic</source>
        <translation>Automatisch</translation>
    </message>
</context>
<context>
    <name>TicketHeader</name>
    <message>
        <location filename="../../src/deskapp/ui/detail/header.py" line="150"/>
        <source>{type} · via {source}</source>
        <translation>{type} · via {source}</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/detail/header.py" line="152"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/detail/header.py" line="154"/>
        <source>{priority} priority</source>
        <translation>Priorität {priority}</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/detail/header.py" line="156"/>
        <source>Priority</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/detail/header.py" line="158"/>
        <source>Major incident</source>
        <translation>Großstörung</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/detail/header.py" line="161"/>
        <source>Merged into {ref}: work on that ticket instead.</source>
        <translation>In {ref} zusammengeführt: Bitte dort weiterarbeiten.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/detail/header.py" line="180"/>
        <source>No requester recorded</source>
        <translation>Kein Anforderer erfasst</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/detail/header.py" line="183"/>
        <source>Requested by {name} ({details})</source>
        <translation>Angefordert von {name} ({details})</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/detail/header.py" line="184"/>
        <source>Requested by {name}</source>
        <translation>Angefordert von {name}</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/detail/header.py" line="188"/>
        <source>Logged {when}</source>
        <translation>Erfasst: {when}</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/detail/header.py" line="189"/>
        <source>Updated {when}</source>
        <translation>Aktualisiert: {when}</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/detail/header.py" line="193"/>
        <source>First response {when}</source>
        <translation>Erste Reaktion: {when}</translation>
    </message>
    <message>
        <source>Response due {when}</source>
        <translation type="vanished">Reaktion fällig: {when}</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/detail/header.py" line="195"/>
        <source>Resolved {when}</source>
        <translation>Gelöst: {when}</translation>
    </message>
    <message>
        <source>Resolution due {when}</source>
        <translation type="vanished">Lösung fällig: {when}</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/detail/header.py" line="197"/>
        <source>Closed {when}</source>
        <translation>Geschlossen: {when}</translation>
    </message>
</context>
<context>
    <name>TicketWindow</name>
    <message>
        <location filename="../../src/deskapp/ui/detail/window.py" line="32"/>
        <source>{ref} — {subject}</source>
        <translation>{ref} — {subject}</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/detail/window.py" line="38"/>
        <source>Unsaved changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/detail/window.py" line="39"/>
        <source>The edited fields of {ref} are not saved. Close anyway and lose them?</source>
        <translation>Die geänderten Felder von {ref} sind nicht gespeichert. Trotzdem schließen und Änderungen verwerfen?</translation>
    </message>
</context>
<context>
    <name>TicketsPage</name>
    <message>
        <location filename="../../src/deskapp/ui/settings/tickets_page.py" line="27"/>
        <source> days</source>
        <translation> Tagen</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/settings/tickets_page.py" line="28"/>
        <source>Reopen window in days</source>
        <translation>Frist für das Wiedereröffnen in Tagen</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/settings/tickets_page.py" line="31"/>
        <source> MB</source>
        <translation> MB</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/settings/tickets_page.py" line="32"/>
        <source>Largest attachment in MB</source>
        <translation>Größter Anhang in MB</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/settings/tickets_page.py" line="40"/>
        <source>&amp;Reopen closed tickets for</source>
        <translation>&amp;Wiedereröffnen geschlossener Tickets innerhalb von</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/settings/tickets_page.py" line="44"/>
        <source>After this, a requester&apos;s problem gets a new ticket instead. 0 = never reopen.</source>
        <translation>Danach bekommt das Anliegen eines Anforderers stattdessen ein neues Ticket. 0 = nie wieder öffnen.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/settings/tickets_page.py" line="48"/>
        <source>&amp;Largest attachment</source>
        <translation>&amp;Größter Anhang</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/settings/tickets_page.py" line="52"/>
        <source>Files above this size are refused when attached to a ticket.</source>
        <translation>Größere Dateien werden beim Anhängen an ein Ticket abgelehnt.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/settings/tickets_page.py" line="56"/>
        <source>Tickets</source>
        <translation>Tickets</translation>
    </message>
</context>
<context>
    <name>Time</name>
    <message>
        <location filename="../../src/deskapp/ui/timefmt.py" line="36"/>
        <source>{date} {time}</source>
        <translation>{date} {time}</translation>
    </message>
</context>
<context>
    <name>deskapp.review</name>
    <message>
        <location filename="../../src/deskapp/ui/review/common.py" line="36"/>
        <source>just now</source>
        <translation>gerade eben</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/review/common.py" line="42"/>
        <source>yesterday</source>
        <translation>gestern</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/review/common.py" line="38"/>
        <source>1 minute ago</source>
        <translation>vor 1 Minute</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/review/common.py" line="40"/>
        <source>1 hour ago</source>
        <translation>vor 1 Stunde</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/review/common.py" line="45"/>
        <source>{n} months ago</source>
        <translation>vor {n} Monaten</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/review/common.py" line="52"/>
        <source>{ago} ({when})</source>
        <translation>{ago} ({when})</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/review/common.py" line="44"/>
        <source>{n} days ago</source>
        <translation>vor {n} Tagen</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/review/common.py" line="38"/>
        <source>{n} minutes ago</source>
        <translation>vor {n} Minuten</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/review/common.py" line="40"/>
        <source>{n} hours ago</source>
        <translation>vor {n} Stunden</translation>
    </message>
</context>
</TS>
