<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>AllPortalsView</name>
    <message>
        <source>Keys of All Portals</source>
        <translation>Schlüssel aller Portale</translation>
    </message>
    <message>
        <source>Search name, creator, ending, id or portal</source>
        <translation>Name, Ersteller, Endung, ID oder Portal suchen</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Abgelaufen</translation>
    </message>
    <message>
        <source>Deactivated</source>
        <translation>Deaktiviert</translation>
    </message>
    <message>
        <source>Never used</source>
        <translation>Nie verwendet</translation>
    </message>
    <message>
        <source>Unused for</source>
        <translation>Ungenutzt seit</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tagen</translation>
    </message>
    <message>
        <source>Portal</source>
        <translation>Portal</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Ending</source>
        <translation>Endung</translation>
    </message>
    <message>
        <source>Created by</source>
        <translation>Erstellt von</translation>
    </message>
    <message>
        <source>Last used</source>
        <translation>Zuletzt verwendet</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Läuft ab</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Permissions</source>
        <translation>Berechtigungen</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>CSV &amp;exportieren…</translation>
    </message>
    <message>
        <source>Reading the tokens of the saved profiles…</source>
        <translation>Die Tokens der gespeicherten Profile werden gelesen…</translation>
    </message>
    <message>
        <source>There are no saved profiles yet.</source>
        <translation>Es gibt noch keine gespeicherten Profile.</translation>
    </message>
    <message>
        <source>“%1”: no saved token.</source>
        <translation>„%1“: kein Token gespeichert.</translation>
    </message>
    <message>
        <source>“%1”: %2</source>
        <translation>„%1“: %2</translation>
    </message>
    <message>
        <source>“%1” (%2): %3</source>
        <translation>„%1“ (%2): %3</translation>
    </message>
    <message numerus="yes">
        <source>Listing the keys of %n portal(s)…</source>
        <translation>
            <numerusform>Die Schlüssel von %n Portal werden aufgelistet…</numerusform>
            <numerusform>Die Schlüssel von %n Portalen werden aufgelistet…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n key(s) shown</source>
        <translation>
            <numerusform>%1 von %n Schlüssel angezeigt</numerusform>
            <numerusform>%1 von %n Schlüsseln angezeigt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>on %n portal(s).</source>
        <translation>
            <numerusform>auf %n Portal.</numerusform>
            <numerusform>auf %n Portalen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not listed: %1</source>
        <translation>Nicht aufgelistet: %1</translation>
    </message>
    <message>
        <source>Export Keys of All Portals</source>
        <translation>Schlüssel aller Portale exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Not Exported</source>
        <translation>Nicht exportiert</translation>
    </message>
    <message>
        <source>Cannot write %1: %2.</source>
        <translation>%1 kann nicht geschrieben werden: %2.</translation>
    </message>
</context>
<context>
    <name>ApiCall</name>
    <message numerus="yes">
        <source>No data for %n second(s)</source>
        <translation>
            <numerusform>Seit %n Sekunde keine Daten</numerusform>
            <numerusform>Seit %n Sekunden keine Daten</numerusform>
        </translation>
    </message>
    <message>
        <source>the connection closed before the answer, and the request was sent again</source>
        <translation>die Verbindung wurde vor der Antwort geschlossen, und die Anfrage wurde erneut gesendet</translation>
    </message>
</context>
<context>
    <name>BatchConfirmDialog</name>
    <message>
        <source>Keys</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>To confirm, type the number of keys (%1):</source>
        <translation>Geben Sie zur Bestätigung die Anzahl der Schlüssel ein (%1):</translation>
    </message>
    <message>
        <source>Number of keys</source>
        <translation>Anzahl der Schlüssel</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more key(s), not listed here but counted above</source>
        <translation>
            <numerusform>… und %n weiterer Schlüssel, hier nicht aufgeführt, aber oben mitgezählt</numerusform>
            <numerusform>… und %n weitere Schlüssel, hier nicht aufgeführt, aber oben mitgezählt</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BatchRunner</name>
    <message numerus="yes">
        <source>about %n s left</source>
        <translation>
            <numerusform>noch etwa %n s</numerusform>
            <numerusform>noch etwa %n s</numerusform>
        </translation>
    </message>
    <message>
        <source>about %1 min %2 s left</source>
        <translation>noch etwa %1 min %2 s</translation>
    </message>
    <message>
        <source>Batch progress</source>
        <translation>Fortschritt des Stapelvorgangs</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Send nothing more; requests already sent finish, the rest are reported cancelled</source>
        <translation>Nichts weiter senden; bereits gesendete Anfragen werden abgeschlossen, der Rest wird als abgebrochen gemeldet</translation>
    </message>
    <message>
        <source>%1 done, %2 failed, %3 left</source>
        <translation>%1 erledigt, %2 fehlgeschlagen, %3 ausstehend</translation>
    </message>
    <message numerus="yes">
        <source>paused, resuming in %n s</source>
        <translation>
            <numerusform>pausiert, geht in %n s weiter</numerusform>
            <numerusform>pausiert, geht in %n s weiter</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Rate limited: paused for %n s.</source>
        <translation>
            <numerusform>Ratenbegrenzung: %n s pausiert.</numerusform>
            <numerusform>Ratenbegrenzung: %n s pausiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>The portal asked to slow down; the batch resumes by itself.</source>
        <translation>Das Portal hat um eine langsamere Gangart gebeten; der Stapelvorgang wird von selbst fortgesetzt.</translation>
    </message>
    <message>
        <source>This key expired on %1 and cannot be reactivated: the portal refuses every change to an expired key. To let what used it work again, create a new key (Keys menu) and give it the new secret; then revoke this one.</source>
        <translation>Dieser Schlüssel ist am %1 abgelaufen und kann nicht reaktiviert werden: Das Portal lehnt jede Änderung an einem abgelaufenen Schlüssel ab. Damit alles, was ihn verwendet hat, wieder funktioniert, erstellen Sie einen neuen Schlüssel (Menü „Schlüssel“) und hinterlegen Sie dort das neue Secret; widerrufen Sie danach diesen Schlüssel.</translation>
    </message>
    <message>
        <source>This key expired on %1 and no longer works; the portal refuses every change to an expired key, so it cannot be deactivated. Revoke it to remove it.</source>
        <translation>Dieser Schlüssel ist am %1 abgelaufen und funktioniert nicht mehr; das Portal lehnt jede Änderung an einem abgelaufenen Schlüssel ab, daher kann er nicht deaktiviert werden. Widerrufen Sie ihn, um ihn zu entfernen.</translation>
    </message>
</context>
<context>
    <name>BatchSummary</name>
    <message numerus="yes">
        <source>Revoked %1 of %n key(s)</source>
        <translation>
            <numerusform>%1 von %n Schlüssel widerrufen</numerusform>
            <numerusform>%1 von %n Schlüsseln widerrufen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deactivated %1 of %n key(s)</source>
        <translation>
            <numerusform>%1 von %n Schlüssel deaktiviert</numerusform>
            <numerusform>%1 von %n Schlüsseln deaktiviert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reactivated %1 of %n key(s)</source>
        <translation>
            <numerusform>%1 von %n Schlüssel reaktiviert</numerusform>
            <numerusform>%1 von %n Schlüsseln reaktiviert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n refused by the portal</source>
        <translation>
            <numerusform>%n vom Portal abgelehnt</numerusform>
            <numerusform>%n vom Portal abgelehnt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not found on the portal (already revoked, or a wrong id)</source>
        <translation>
            <numerusform>%n nicht auf dem Portal gefunden (bereits widerrufen oder falsche ID)</numerusform>
            <numerusform>%n nicht auf dem Portal gefunden (bereits widerrufen oder falsche ID)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with an id that is not a key id</source>
        <translation>
            <numerusform>%n mit einer ID, die keine Schlüssel-ID ist</numerusform>
            <numerusform>%n mit einer ID, die keine Schlüssel-ID ist</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not changed because the portal did not accept the token</source>
        <translation>
            <numerusform>%n nicht geändert, weil das Portal das Token nicht akzeptiert hat</numerusform>
            <numerusform>%n nicht geändert, weil das Portal das Token nicht akzeptiert hat</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not changed because the token may not change keys</source>
        <translation>
            <numerusform>%n nicht geändert, weil das Token keine Schlüssel ändern darf</numerusform>
            <numerusform>%n nicht geändert, weil das Token keine Schlüssel ändern darf</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not changed because the portal is unavailable</source>
        <translation>
            <numerusform>%n nicht geändert, weil das Portal nicht verfügbar ist</numerusform>
            <numerusform>%n nicht geändert, weil das Portal nicht verfügbar ist</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not changed because the portal kept asking to slow down</source>
        <translation>
            <numerusform>%n nicht geändert, weil das Portal wiederholt um eine langsamere Gangart gebeten hat</numerusform>
            <numerusform>%n nicht geändert, weil das Portal wiederholt um eine langsamere Gangart gebeten hat</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed with an error on the portal</source>
        <translation>
            <numerusform>%n mit einem Fehler auf dem Portal fehlgeschlagen</numerusform>
            <numerusform>%n mit einem Fehler auf dem Portal fehlgeschlagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with an answer that could not be read</source>
        <translation>
            <numerusform>%n mit einer Antwort, die nicht gelesen werden konnte</numerusform>
            <numerusform>%n mit einer Antwort, die nicht gelesen werden konnte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not sent because the portal could not be reached</source>
        <translation>
            <numerusform>%n nicht gesendet, weil das Portal nicht erreichbar war</numerusform>
            <numerusform>%n nicht gesendet, weil das Portal nicht erreichbar war</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n timed out</source>
        <translation>
            <numerusform>%n mit Zeitüberschreitung</numerusform>
            <numerusform>%n mit Zeitüberschreitung</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not sent because the certificate is not trusted</source>
        <translation>
            <numerusform>%n nicht gesendet, weil das Zertifikat nicht vertrauenswürdig ist</numerusform>
            <numerusform>%n nicht gesendet, weil das Zertifikat nicht vertrauenswürdig ist</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not sent over unencrypted HTTP</source>
        <translation>
            <numerusform>%n nicht über unverschlüsseltes HTTP gesendet</numerusform>
            <numerusform>%n nicht über unverschlüsseltes HTTP gesendet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cancelled</source>
        <translation>
            <numerusform>%n abgebrochen</numerusform>
            <numerusform>%n abgebrochen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with an unknown outcome (refresh the list to check)</source>
        <translation>
            <numerusform>%n mit unbekanntem Ergebnis (aktualisieren Sie die Liste, um es zu prüfen)</numerusform>
            <numerusform>%n mit unbekanntem Ergebnis (aktualisieren Sie die Liste, um es zu prüfen)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Portal address, e.g. https://portal.example.com.</source>
        <translation>Portaladresse, z. B. https://portal.example.com.</translation>
    </message>
    <message>
        <source>Use a saved profile (its portal, settings and keychain token) instead of --portal.</source>
        <translation>Ein gespeichertes Profil (mit Portal, Einstellungen und Token aus dem Schlüsselbund) statt --portal verwenden.</translation>
    </message>
    <message>
        <source>Read the access token from the first line of standard input instead of the DOCSPACE_TOKEN environment variable. Tokens are never accepted as arguments.</source>
        <translation>Das Zugriffstoken aus der ersten Zeile der Standardeingabe lesen statt aus der Umgebungsvariablen DOCSPACE_TOKEN. Tokens werden nie als Argumente angenommen.</translation>
    </message>
    <message>
        <source>Also trust the certificate authorities in this PEM file (an internal CA).</source>
        <translation>Zusätzlich den Zertifizierungsstellen in dieser PEM-Datei vertrauen (eine interne CA).</translation>
    </message>
    <message>
        <source>Trust exactly the server certificate with this SHA-256 fingerprint (hex, colons optional).</source>
        <translation>Genau dem Serverzertifikat mit diesem SHA-256-Fingerabdruck vertrauen (hexadezimal, Doppelpunkte optional).</translation>
    </message>
    <message>
        <source>Allow plain http:// to a host that is not this computer (the token travels unencrypted).</source>
        <translation>Unverschlüsseltes http:// zu einem Host erlauben, der nicht dieser Computer ist (das Token wird unverschlüsselt übertragen).</translation>
    </message>
    <message>
        <source>Give up when the portal sends nothing for this many seconds (default 30, or the profile&apos;s).</source>
        <translation>Aufgeben, wenn das Portal so viele Sekunden lang nichts sendet (Standard 30 oder der Wert des Profils).</translation>
    </message>
    <message>
        <source>Invalid --timeout: give a number of seconds between 1 and 3600.</source>
        <translation>Ungültiges --timeout: Geben Sie eine Anzahl Sekunden zwischen 1 und 3600 an.</translation>
    </message>
    <message>
        <source>Invalid --trust-cert: %1</source>
        <translation>Ungültiges --trust-cert: %1</translation>
    </message>
    <message>
        <source>Give either --portal or --profile, not both.</source>
        <translation>Geben Sie entweder --portal oder --profile an, nicht beides.</translation>
    </message>
    <message>
        <source>Missing --portal or --profile: give the portal address (e.g. --portal https://portal.example.com) or a saved profile&apos;s name.</source>
        <translation>--portal oder --profile fehlt: Geben Sie die Portaladresse (z. B. --portal https://portal.example.com) oder den Namen eines gespeicherten Profils an.</translation>
    </message>
    <message>
        <source>There is no profile named &quot;%1&quot;. &apos;docspace-keys-cli profiles list&apos; shows the saved ones.</source>
        <translation>Es gibt kein Profil namens „%1“. &apos;docspace-keys-cli profiles list&apos; zeigt die gespeicherten Profile.</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot;: %2</source>
        <translation>Profil „%1“: %2</translation>
    </message>
    <message>
        <source>Invalid --portal: %1</source>
        <translation>Ungültiges --portal: %1</translation>
    </message>
    <message>
        <source>No access token on standard input: pipe one line holding the token.</source>
        <translation>Kein Zugriffstoken in der Standardeingabe: Leiten Sie eine Zeile mit dem Token per Pipe weiter.</translation>
    </message>
    <message>
        <source>No token is saved for profile &quot;%1&quot; (%2). Save one with &apos;profiles add --token-stdin&apos;, or set DOCSPACE_TOKEN.</source>
        <translation>Für das Profil „%1“ ist kein Token gespeichert (%2). Speichern Sie eines mit &apos;profiles add --token-stdin&apos; oder setzen Sie DOCSPACE_TOKEN.</translation>
    </message>
    <message>
        <source>No access token: set DOCSPACE_TOKEN, or pass --token-stdin and pipe it in.</source>
        <translation>Kein Zugriffstoken: Setzen Sie DOCSPACE_TOKEN oder geben Sie --token-stdin an und leiten Sie das Token per Pipe weiter.</translation>
    </message>
    <message>
        <source>Run &apos;docspace-keys-cli %1 --help&apos; for the options.</source>
        <translation>Die Optionen zeigt &apos;docspace-keys-cli %1 --help&apos;.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; takes no arguments besides its options.</source>
        <translation>&apos;%1&apos; akzeptiert außer seinen Optionen keine Argumente.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; (%2, ending %3), created by %4, %5</source>
        <translation>„%1“ (%2, Endung %3), erstellt von %4, %5</translation>
    </message>
    <message>
        <source>all scopes</source>
        <translation>alle Bereiche</translation>
    </message>
    <message>
        <source>Revoke leaked API-key secrets. Reads any text on standard input (a log, a diff, a chat export), finds every sk- secret in it, asks the portal which key each one is, and revokes it with YOUR token (--profile or DOCSPACE_TOKEN), never with the leaked one. The text and the secrets are kept in memory only. Without --yes it only reports.
Exit status: 0 every secret is revoked or no longer works, 1 otherwise, 2 usage error.</source>
        <translation>Geleakte Secrets von API-Schlüsseln widerrufen. Liest beliebigen Text aus der Standardeingabe (ein Protokoll, ein Diff, einen Chat-Export), findet darin jedes sk-Secret, fragt das Portal, zu welchem Schlüssel es gehört, und widerruft diesen mit IHREM Token (--profile oder DOCSPACE_TOKEN), niemals mit dem geleakten. Text und Secrets werden nur im Arbeitsspeicher gehalten. Ohne --yes wird nur berichtet.
Exit-Status: 0 jedes Secret ist widerrufen oder funktioniert nicht mehr, 1 andernfalls, 2 Aufruffehler.</translation>
    </message>
    <message>
        <source>Revoke the identified keys without asking.</source>
        <translation>Die ermittelten Schlüssel ohne Rückfrage widerrufen.</translation>
    </message>
    <message>
        <source>Print one JSON object per secret.</source>
        <translation>Ein JSON-Objekt pro Secret ausgeben.</translation>
    </message>
    <message>
        <source>Standard input holds the leaked text: give your own token in DOCSPACE_TOKEN or a profile.</source>
        <translation>Die Standardeingabe enthält den geleakten Text: Geben Sie Ihr eigenes Token in DOCSPACE_TOKEN oder über ein Profil an.</translation>
    </message>
    <message>
        <source>No API-key secret found on standard input (sk- followed by 64 lower-case hexadecimal digits).</source>
        <translation>Kein Secret eines API-Schlüssels in der Standardeingabe gefunden (sk- gefolgt von 64 kleingeschriebenen Hexadezimalziffern).</translation>
    </message>
    <message>
        <source>%1 is key %2.</source>
        <translation>%1 ist Schlüssel %2.</translation>
    </message>
    <message>
        <source>Not revoked: pass --yes to revoke it.</source>
        <translation>Nicht widerrufen: Geben Sie --yes an, um ihn zu widerrufen.</translation>
    </message>
    <message>
        <source>candidate (same ending): %1</source>
        <translation>Kandidat (gleiche Endung): %1</translation>
    </message>
    <message>
        <source>Candidates are never revoked automatically: check them, then use &apos;docspace-keys-cli revoke ID&apos;.</source>
        <translation>Kandidaten werden nie automatisch widerrufen: Prüfen Sie sie und verwenden Sie dann &apos;docspace-keys-cli revoke ID&apos;.</translation>
    </message>
    <message>
        <source>The key-hygiene report: expired keys still present, deactivated keys, keys never used or unused for N days, keys without expiry, keys with every permission.</source>
        <translation>Der Bericht zur Schlüsselhygiene: abgelaufene, aber noch vorhandene Schlüssel, deaktivierte Schlüssel, nie oder seit N Tagen nicht verwendete Schlüssel, Schlüssel ohne Ablaufdatum, Schlüssel mit allen Berechtigungen.</translation>
    </message>
    <message>
        <source>Print the report as JSON.</source>
        <translation>Den Bericht als JSON ausgeben.</translation>
    </message>
    <message>
        <source>Threshold for unused keys (default 90).</source>
        <translation>Schwellenwert für ungenutzte Schlüssel (Standard 90).</translation>
    </message>
    <message>
        <source>Also write a printable HTML report to FILE.</source>
        <translation>Zusätzlich einen druckbaren HTML-Bericht in FILE schreiben.</translation>
    </message>
    <message>
        <source>Invalid --unused-days: give a whole number of days.</source>
        <translation>Ungültiges --unused-days: Geben Sie eine ganze Zahl von Tagen an.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message numerus="yes">
        <source>Key hygiene on %1: %n key(s) examined.</source>
        <translation>
            <numerusform>Schlüsselhygiene auf %1: %n Schlüssel geprüft.</numerusform>
            <numerusform>Schlüsselhygiene auf %1: %n Schlüssel geprüft.</numerusform>
        </translation>
    </message>
    <message>
        <source>portal: %1</source>
        <translation>Portal: %1</translation>
    </message>
    <message>
        <source>Revoke (delete) DocSpace API keys by id.</source>
        <translation>DocSpace-API-Schlüssel anhand der ID widerrufen (löschen).</translation>
    </message>
    <message>
        <source>Deactivate DocSpace API keys by id: they stop working until reactivated.</source>
        <translation>DocSpace-API-Schlüssel anhand der ID deaktivieren: Sie funktionieren erst nach einer Reaktivierung wieder.</translation>
    </message>
    <message>
        <source>Reactivate deactivated DocSpace API keys by id (expired keys cannot be).</source>
        <translation>Deaktivierte DocSpace-API-Schlüssel anhand der ID reaktivieren (abgelaufene Schlüssel lassen sich nicht reaktivieren).</translation>
    </message>
    <message>
        <source>Do not ask for confirmation (for scripts).</source>
        <translation>Nicht um Bestätigung bitten (für Skripte).</translation>
    </message>
    <message>
        <source>Print one JSON object per id.</source>
        <translation>Ein JSON-Objekt pro ID ausgeben.</translation>
    </message>
    <message>
        <source>Key ids (UUIDs), or - for standard input.</source>
        <translation>Schlüssel-IDs (UUIDs) oder - für die Standardeingabe.</translation>
    </message>
    <message>
        <source>Standard input cannot hold both the token (--token-stdin) and the ids (-): give the token in DOCSPACE_TOKEN or a profile.</source>
        <translation>Die Standardeingabe kann nicht zugleich das Token (--token-stdin) und die IDs (-) enthalten: Geben Sie das Token in DOCSPACE_TOKEN oder über ein Profil an.</translation>
    </message>
    <message>
        <source>Give at least one key id.</source>
        <translation>Geben Sie mindestens eine Schlüssel-ID an.</translation>
    </message>
    <message>
        <source>Invalid --concurrency: give a number from 1 to %1.</source>
        <translation>Ungültiges --concurrency: Geben Sie eine Zahl von 1 bis %1 an.</translation>
    </message>
    <message>
        <source>Not revoking: no terminal to ask for confirmation on. Pass --yes to confirm in a script.</source>
        <translation>Kein Widerruf: Es gibt kein Terminal für die Bestätigungsabfrage. Geben Sie --yes an, um in einem Skript zu bestätigen.</translation>
    </message>
    <message numerus="yes">
        <source>Revoke %n key(s) on %1? This cannot be undone.</source>
        <translation>
            <numerusform>%n Schlüssel auf %1 widerrufen? Dies kann nicht rückgängig gemacht werden.</numerusform>
            <numerusform>%n Schlüssel auf %1 widerrufen? Dies kann nicht rückgängig gemacht werden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing revoked.</source>
        <translation>Nichts widerrufen.</translation>
    </message>
    <message numerus="yes">
        <source>Rate limited by the portal: pausing for %n second(s).</source>
        <translation>
            <numerusform>Ratenbegrenzung durch das Portal: Pause für %n Sekunde.</numerusform>
            <numerusform>Ratenbegrenzung durch das Portal: Pause für %n Sekunden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>Unbekannter Befehl „%1“.</translation>
    </message>
    <message>
        <source>Saved portal profiles, shared with the DocSpace Keys window. Tokens are kept in the system keychain, read from standard input (--token-stdin), never from arguments.

</source>
        <translation>Gespeicherte Portalprofile, gemeinsam mit dem Fenster von DocSpace Keys genutzt. Tokens werden im Schlüsselbund des Systems aufbewahrt und aus der Standardeingabe gelesen (--token-stdin), nie aus Argumenten.

</translation>
    </message>
    <message>
        <source>Print a JSON array.</source>
        <translation>Ein JSON-Array ausgeben.</translation>
    </message>
    <message>
        <source>&apos;profiles list&apos; takes no names.</source>
        <translation>&apos;profiles list&apos; akzeptiert keine Namen.</translation>
    </message>
    <message>
        <source>No saved profiles. Add one with &apos;docspace-keys-cli profiles add NAME --portal URL --token-stdin&apos;.</source>
        <translation>Keine gespeicherten Profile. Fügen Sie eines mit &apos;docspace-keys-cli profiles add NAME --portal URL --token-stdin&apos; hinzu.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>PORTAL</source>
        <translation>PORTAL</translation>
    </message>
    <message>
        <source>AUTH</source>
        <translation>SCHEMA</translation>
    </message>
    <message>
        <source>TOKEN</source>
        <translation>TOKEN</translation>
    </message>
    <message>
        <source>saved</source>
        <translation>gespeichert</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keines</translation>
    </message>
    <message>
        <source>&apos;profiles show&apos; takes one profile name.</source>
        <translation>&apos;profiles show&apos; erwartet genau einen Profilnamen.</translation>
    </message>
    <message>
        <source>There is no profile named &quot;%1&quot;.</source>
        <translation>Es gibt kein Profil namens „%1“.</translation>
    </message>
    <message>
        <source>Name:          %1</source>
        <translation>Name:                  %1</translation>
    </message>
    <message>
        <source>Portal:        %1</source>
        <translation>Portal:                %1</translation>
    </message>
    <message>
        <source>Auth scheme:   %1</source>
        <translation>Auth-Schema:           %1</translation>
    </message>
    <message>
        <source>Token:         %1</source>
        <translation>Token:                 %1</translation>
    </message>
    <message>
        <source>saved in %1</source>
        <translation>gespeichert: %1</translation>
    </message>
    <message>
        <source>not saved</source>
        <translation>nicht gespeichert</translation>
    </message>
    <message>
        <source>Plain HTTP:    %1</source>
        <translation>Klartext-HTTP:         %1</translation>
    </message>
    <message>
        <source>ALLOWED (the token may travel unencrypted)</source>
        <translation>ERLAUBT (das Token kann unverschlüsselt übertragen werden)</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>abgelehnt</translation>
    </message>
    <message>
        <source>Trusted cert:  %1</source>
        <translation>Vertrautes Zertifikat: %1</translation>
    </message>
    <message>
        <source>Extra CA file: %1</source>
        <translation>Zusätzl. CA-Datei:     %1</translation>
    </message>
    <message numerus="yes">
        <source>Timeout:       %n second(s)</source>
        <translation>
            <numerusform>Zeitlimit:             %n Sekunde</numerusform>
            <numerusform>Zeitlimit:             %n Sekunden</numerusform>
        </translation>
    </message>
    <message>
        <source>&apos;profiles add&apos; takes one name and --portal.</source>
        <translation>&apos;profiles add&apos; erwartet einen Namen und --portal.</translation>
    </message>
    <message>
        <source>No system keychain is available (%1), so the token cannot be saved.</source>
        <translation>Kein Schlüsselbund des Systems verfügbar (%1), daher kann das Token nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>The profile was not added. Use DOCSPACE_TOKEN with --portal instead.</source>
        <translation>Das Profil wurde nicht hinzugefügt. Verwenden Sie stattdessen DOCSPACE_TOKEN mit --portal.</translation>
    </message>
    <message>
        <source>Added profile &quot;%1&quot; for %2%3.</source>
        <translation>Profil „%1“ für %2%3 hinzugefügt.</translation>
    </message>
    <message>
        <source> (no token saved)</source>
        <translation> (kein Token gespeichert)</translation>
    </message>
    <message>
        <source>, token in the keychain</source>
        <translation>, Token im Schlüsselbund</translation>
    </message>
    <message>
        <source>&apos;profiles remove&apos; takes one profile name.</source>
        <translation>&apos;profiles remove&apos; erwartet genau einen Profilnamen.</translation>
    </message>
    <message>
        <source>The profile was kept so that its token is not left behind unnoticed.</source>
        <translation>Das Profil wurde behalten, damit sein Token nicht unbemerkt zurückbleibt.</translation>
    </message>
    <message>
        <source>Removed profile &quot;%1&quot; and its token.</source>
        <translation>Profil „%1“ und sein Token wurden entfernt.</translation>
    </message>
    <message>
        <source>Unknown profiles action &quot;%1&quot;.</source>
        <translation>Unbekannte Profilaktion „%1“.</translation>
    </message>
    <message>
        <source>Print CSV with a header row.</source>
        <translation>CSV mit Kopfzeile ausgeben.</translation>
    </message>
    <message>
        <source>Only expired keys.</source>
        <translation>Nur abgelaufene Schlüssel.</translation>
    </message>
    <message>
        <source>Only deactivated keys.</source>
        <translation>Nur deaktivierte Schlüssel.</translation>
    </message>
    <message>
        <source>Only keys created by this user (name or id).</source>
        <translation>Nur Schlüssel, die dieser Benutzer erstellt hat (Name oder ID).</translation>
    </message>
    <message>
        <source>List the API keys the token can see: all of the portal&apos;s for an administrator, otherwise the caller&apos;s own.</source>
        <translation>Die API-Schlüssel auflisten, die das Token sehen kann: für einen Administrator alle des Portals, sonst nur die eigenen.</translation>
    </message>
    <message>
        <source>Choose --json or --csv, not both.</source>
        <translation>Wählen Sie --json oder --csv, nicht beides.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>ENDING</source>
        <translation>ENDUNG</translation>
    </message>
    <message>
        <source>CREATED BY</source>
        <translation>ERSTELLT VON</translation>
    </message>
    <message>
        <source>CREATED</source>
        <translation>ERSTELLT</translation>
    </message>
    <message>
        <source>LAST USED</source>
        <translation>ZULETZT VERWENDET</translation>
    </message>
    <message>
        <source>EXPIRES</source>
        <translation>LÄUFT AB</translation>
    </message>
    <message>
        <source>STATE</source>
        <translation>STATUS</translation>
    </message>
    <message>
        <source>PERMISSIONS</source>
        <translation>BERECHTIGUNGEN</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n key(s) shown.</source>
        <translation>
            <numerusform>%1 von %n Schlüssel angezeigt.</numerusform>
            <numerusform>%1 von %n Schlüsseln angezeigt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Print a JSON object.</source>
        <translation>Ein JSON-Objekt ausgeben.</translation>
    </message>
    <message>
        <source>Who the token signs in as, and for an API key, which key it is.</source>
        <translation>Als wer das Token angemeldet ist und, bei einem API-Schlüssel, welcher Schlüssel es ist.</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <source>Only records from this date or time on (ISO 8601).</source>
        <translation>Nur Einträge ab diesem Datum oder Zeitpunkt (ISO 8601).</translation>
    </message>
    <message>
        <source>Only records for this portal.</source>
        <translation>Nur Einträge für dieses Portal.</translation>
    </message>
    <message>
        <source>Only records made with this profile.</source>
        <translation>Nur Einträge, die mit diesem Profil erstellt wurden.</translation>
    </message>
    <message>
        <source>Invalid --since: give a date such as 2026-07-01 or 2026-07-01T14:00.</source>
        <translation>Ungültiges --since: Geben Sie ein Datum wie 2026-07-01 oder 2026-07-01T14:00 an.</translation>
    </message>
    <message>
        <source>No history yet (%1).</source>
        <translation>Noch kein Verlauf (%1).</translation>
    </message>
    <message>
        <source>TIME (UTC)</source>
        <translation>ZEIT (UTC)</translation>
    </message>
    <message>
        <source>OPERATION</source>
        <translation>VORGANG</translation>
    </message>
    <message>
        <source>KEY</source>
        <translation>SCHLÜSSEL</translation>
    </message>
    <message>
        <source>OUTCOME</source>
        <translation>ERGEBNIS</translation>
    </message>
    <message>
        <source>HTTP</source>
        <translation>HTTP</translation>
    </message>
    <message>
        <source>BY</source>
        <translation>ÜBER</translation>
    </message>
    <message>
        <source>At most this many requests at once (1-%1). Without it the batch finds how many the portal takes, up to %2. A rate limit from the portal slows them all.</source>
        <translation>Höchstens so viele Anfragen gleichzeitig (1-%1). Ohne diese Option ermittelt der Stapelvorgang, wie viele das Portal annimmt, bis zu %2. Eine Ratenbegrenzung des Portals verlangsamt alle.</translation>
    </message>
    <message>
        <source>How to send the token: auto (default; sk-... is an API key), apikey (&quot;Bearer &lt;token&gt;&quot;, also to force it for a session token; alias bearer) or session (as it is).</source>
        <translation>Wie das Token gesendet wird: auto (Standard; sk-... ist ein API-Schlüssel), apikey („Bearer &lt;token&gt;“, auch um dies für ein Sitzungstoken zu erzwingen; Alias bearer) oder session (unverändert).</translation>
    </message>
    <message>
        <source>Invalid --auth &quot;%1&quot;: use auto, apikey, bearer or session.</source>
        <translation>Ungültiges --auth „%1“: Verwenden Sie auto, apikey, bearer oder session.</translation>
    </message>
    <message>
        <source>Certificate SHA-256 fingerprint: %1</source>
        <translation>SHA-256-Fingerabdruck des Zertifikats: %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; (%2)</source>
        <translation>„%1“ (%2)</translation>
    </message>
    <message>
        <source>created by %1</source>
        <translation>erstellt von %1</translation>
    </message>
    <message>
        <source>Not deactivating: no terminal to ask for confirmation on. Pass --yes to confirm in a script.</source>
        <translation>Keine Deaktivierung: Es gibt kein Terminal, um nach einer Bestätigung zu fragen. Geben Sie --yes an, um in einem Skript zu bestätigen.</translation>
    </message>
    <message>
        <source>Not reactivating: no terminal to ask for confirmation on. Pass --yes to confirm in a script.</source>
        <translation>Keine Reaktivierung: Es gibt kein Terminal, um nach einer Bestätigung zu fragen. Geben Sie --yes an, um in einem Skript zu bestätigen.</translation>
    </message>
    <message numerus="yes">
        <source>... and %n more key(s)</source>
        <translation>
            <numerusform>... und %n weiterer Schlüssel</numerusform>
            <numerusform>... und %n weitere Schlüssel</numerusform>
        </translation>
    </message>
    <message>
        <source>(The key list could not be read to name the keys: %1)</source>
        <translation>(Die Schlüsselliste konnte nicht gelesen werden, um die Schlüssel zu benennen: %1)</translation>
    </message>
    <message numerus="yes">
        <source>Deactivate %n key(s) on %1? They stop working until reactivated.</source>
        <translation>
            <numerusform>%n Schlüssel auf %1 deaktivieren? Er funktioniert erst nach einer Reaktivierung wieder.</numerusform>
            <numerusform>%n Schlüssel auf %1 deaktivieren? Sie funktionieren erst nach einer Reaktivierung wieder.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reactivate %n key(s) on %1?</source>
        <translation>
            <numerusform>%n Schlüssel auf %1 reaktivieren?</numerusform>
            <numerusform>%n Schlüssel auf %1 reaktivieren?</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing deactivated.</source>
        <translation>Es wurde nichts deaktiviert.</translation>
    </message>
    <message>
        <source>Nothing reactivated.</source>
        <translation>Es wurde nichts reaktiviert.</translation>
    </message>
    <message>
        <source>Revoke (delete) API keys by id</source>
        <translation>API-Schlüssel anhand der ID widerrufen (löschen)</translation>
    </message>
    <message>
        <source>Deactivate keys (reversible)</source>
        <translation>Schlüssel deaktivieren (umkehrbar)</translation>
    </message>
    <message>
        <source>Reactivate deactivated keys</source>
        <translation>Deaktivierte Schlüssel reaktivieren</translation>
    </message>
    <message>
        <source>List the keys the token can see</source>
        <translation>Die Schlüssel auflisten, die das Token sehen kann</translation>
    </message>
    <message>
        <source>Who the token signs in as, and which key it is</source>
        <translation>Als wer das Token angemeldet ist und welcher Schlüssel es ist</translation>
    </message>
    <message>
        <source>What was revoked from this computer, when, by whom and with what result</source>
        <translation>Was von diesem Computer aus widerrufen wurde, wann, von wem und mit welchem Ergebnis</translation>
    </message>
    <message>
        <source>Find leaked sk- secrets in text on standard input and revoke them</source>
        <translation>Geleakte sk-Secrets in Text aus der Standardeingabe finden und widerrufen</translation>
    </message>
    <message>
        <source>The key-hygiene report: expired, unused, unrestricted keys...</source>
        <translation>Bericht zur Schlüsselhygiene: abgelaufene, ungenutzte, uneingeschränkte Schlüssel...</translation>
    </message>
    <message>
        <source>List, show, add and remove saved portal profiles</source>
        <translation>Gespeicherte Portalprofile auflisten, anzeigen, hinzufügen und entfernen</translation>
    </message>
    <message>
        <source>Usage: docspace-keys-cli &lt;command&gt; [options]</source>
        <translation>Verwendung: docspace-keys-cli &lt;Befehl&gt; [Optionen]</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Befehle:</translation>
    </message>
    <message>
        <source>Run &apos;docspace-keys-cli &lt;command&gt; --help&apos; for a command&apos;s options.
The access token comes from DOCSPACE_TOKEN or --token-stdin, never from arguments.
Exit status: 0 success, 1 an operation failed, 2 usage error.
</source>
        <translation>Die Optionen eines Befehls zeigt &apos;docspace-keys-cli &lt;Befehl&gt; --help&apos;.
Das Zugriffstoken kommt aus DOCSPACE_TOKEN oder --token-stdin, nie aus Argumenten.
Exit-Status: 0 Erfolg, 1 ein Vorgang ist fehlgeschlagen, 2 Aufruffehler.
</translation>
    </message>
    <message>
        <source>Also write the report as CSV to FILE (the same file as the window&apos;s export).</source>
        <translation>Den Bericht zusätzlich als CSV in FILE schreiben (dieselbe Datei wie beim Export im Fenster).</translation>
    </message>
    <message numerus="yes">
        <source>%n repeated id(s) on standard input skipped.</source>
        <translation>
            <numerusform>%n wiederholte ID in der Standardeingabe übersprungen.</numerusform>
            <numerusform>%n wiederholte IDs in der Standardeingabe übersprungen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Each id gets one line of output, in the order given; every attempt is kept in the local history.
Without --yes, asks on the terminal, naming the portal and the keys.
Give - to read ids from standard input, one per line or a CSV export with an id column (blank lines and # comments are ignored).
Exit status: 0 every key changed, 1 at least one not, 2 usage error.</source>
        <translation>Jede ID erhält eine Ausgabezeile, in der angegebenen Reihenfolge; jeder Versuch wird im lokalen Verlauf festgehalten.
Ohne --yes wird im Terminal nachgefragt, unter Nennung des Portals und der Schlüssel.
Geben Sie - an, um IDs aus der Standardeingabe zu lesen, eine pro Zeile oder als CSV-Export mit einer Spalte id (Leerzeilen und #-Kommentare werden ignoriert).
Exit-Status: 0 jeder Schlüssel wurde geändert, 1 mindestens einer nicht, 2 Aufruffehler.</translation>
    </message>
    <message>
        <source>window</source>
        <translation>Fenster</translation>
    </message>
    <message>
        <source>command line</source>
        <translation>Befehlszeile</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>who acted (window or command line)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Invalid --expires-in-days: give a whole number of days from 1 to %1 (leave it out for a key that never expires).</source>
        <translation>Ungültiges --expires-in-days: Geben Sie eine ganze Zahl von Tagen von 1 bis %1 an (lassen Sie die Option weg für einen Schlüssel, der nie abläuft).</translation>
    </message>
    <message>
        <source>no token is saved for it (%1)</source>
        <translation>für das Profil ist kein Token gespeichert (%1)</translation>
    </message>
    <message>
        <source>Create an API key (POST /api/2.0/keys). The new key&apos;s secret is printed once, alone on the first line of standard output, and kept nowhere: not in the history, not in any file. With --json a second line holds the key as a JSON object (without the secret).
Without --expires-in-days the key never expires. The portal lets each user create at most 5 keys in 15 minutes.
Exit status: 0 created, 1 not created, 2 usage error.</source>
        <translation>Einen API-Schlüssel erstellen (POST /api/2.0/keys). Das Secret des neuen Schlüssels wird einmal ausgegeben, allein in der ersten Zeile der Standardausgabe, und nirgends aufbewahrt: weder im Verlauf noch in einer Datei. Mit --json enthält eine zweite Zeile den Schlüssel als JSON-Objekt (ohne das Secret).
Ohne --expires-in-days läuft der Schlüssel nie ab. Das Portal erlaubt jedem Benutzer höchstens 5 neue Schlüssel in 15 Minuten.
Exit-Status: 0 erstellt, 1 nicht erstellt, 2 Aufruffehler.</translation>
    </message>
    <message>
        <source>The key&apos;s name (at most %1 characters).</source>
        <translation>Der Name des Schlüssels (höchstens %1 Zeichen).</translation>
    </message>
    <message>
        <source>all (default), read-only, or a comma-separated list of files, rooms, profile, accounts each with :read or :write (write includes read), e.g. files:write,rooms:read.</source>
        <translation>all (Standard), read-only oder eine durch Kommas getrennte Liste aus files, rooms, profile, accounts, jeweils mit :read oder :write (write schließt read ein), z. B. files:write,rooms:read.</translation>
    </message>
    <message>
        <source>The key stops working after this many days (1-%1).</source>
        <translation>Der Schlüssel funktioniert nach so vielen Tagen nicht mehr (1-%1).</translation>
    </message>
    <message>
        <source>Also print the new key as a JSON object.</source>
        <translation>Den neuen Schlüssel zusätzlich als JSON-Objekt ausgeben.</translation>
    </message>
    <message>
        <source>Give the key&apos;s name with --name.</source>
        <translation>Geben Sie den Namen des Schlüssels mit --name an.</translation>
    </message>
    <message>
        <source>Created &quot;%1&quot; (%2, ending %3; permissions: %4; %5). The secret on standard output is shown only this once: store it now.</source>
        <translation>„%1“ erstellt (%2, Endung %3; Berechtigungen: %4; %5). Das Secret in der Standardausgabe wird nur dieses eine Mal angezeigt: Bewahren Sie es jetzt auf.</translation>
    </message>
    <message>
        <source>expires %1</source>
        <translation>läuft am %1 ab</translation>
    </message>
    <message>
        <source>never expires</source>
        <translation>läuft nie ab</translation>
    </message>
    <message>
        <source>Change a key&apos;s name and/or permissions (PUT /api/2.0/keys/{id}). The key keeps its secret. Expired keys cannot be changed.
Exit status: 0 changed, 1 not changed, 2 usage error.</source>
        <translation>Name und/oder Berechtigungen eines Schlüssels ändern (PUT /api/2.0/keys/{id}). Der Schlüssel behält sein Secret. Abgelaufene Schlüssel können nicht geändert werden.
Exit-Status: 0 geändert, 1 nicht geändert, 2 Aufruffehler.</translation>
    </message>
    <message>
        <source>The new name (at most %1 characters).</source>
        <translation>Der neue Name (höchstens %1 Zeichen).</translation>
    </message>
    <message>
        <source>The new permissions: all, read-only, or e.g. files:write,rooms:read.</source>
        <translation>Die neuen Berechtigungen: all, read-only oder z. B. files:write,rooms:read.</translation>
    </message>
    <message>
        <source>Print the outcome as a JSON object.</source>
        <translation>Das Ergebnis als JSON-Objekt ausgeben.</translation>
    </message>
    <message>
        <source>The key&apos;s id (UUID).</source>
        <translation>Die ID des Schlüssels (UUID).</translation>
    </message>
    <message>
        <source>Give exactly one key id.</source>
        <translation>Geben Sie genau eine Schlüssel-ID an.</translation>
    </message>
    <message>
        <source>Rotate keys: create a replacement for each (the same name plus &quot; (rotated)&quot;, the same permissions, the same whole lifetime), then revoke the old keys. If any replacement cannot be created, no old key is revoked. One line per key: old id, outcome, new id, old key&apos;s state, and the new secret (shown only this once), unless --secrets-file.
Exit status: 0 every key rotated, 1 not all (the lines say which old keys still work), 2 usage error.</source>
        <translation>Schlüssel rotieren: für jeden einen Ersatz erstellen (derselbe Name mit „ (rotated)“, dieselben Berechtigungen, dieselbe Gesamtlaufzeit) und dann die alten Schlüssel widerrufen. Kann ein Ersatz nicht erstellt werden, wird kein alter Schlüssel widerrufen. Eine Zeile pro Schlüssel: alte ID, Ergebnis, neue ID, Zustand des alten Schlüssels und das neue Secret (nur dieses eine Mal angezeigt), außer mit --secrets-file.
Exit-Status: 0 jeder Schlüssel rotiert, 1 nicht alle (die Zeilen nennen die alten Schlüssel, die noch funktionieren), 2 Aufruffehler.</translation>
    </message>
    <message>
        <source>Do not ask before revoking the old keys (for scripts).</source>
        <translation>Vor dem Widerruf der alten Schlüssel nicht nachfragen (für Skripte).</translation>
    </message>
    <message>
        <source>Print one JSON object per key.</source>
        <translation>Ein JSON-Objekt pro Schlüssel ausgeben.</translation>
    </message>
    <message>
        <source>Write the new secrets to this file (readable by you only) instead of standard output.</source>
        <translation>Die neuen Secrets in diese Datei schreiben (nur für Sie lesbar) statt in die Standardausgabe.</translation>
    </message>
    <message>
        <source>Key ids (UUIDs).</source>
        <translation>Schlüssel-IDs (UUIDs).</translation>
    </message>
    <message>
        <source>Not rotating: no terminal to confirm revoking the old keys on. Pass --yes to confirm in a script.</source>
        <translation>Keine Rotation: Es gibt kein Terminal, um den Widerruf der alten Schlüssel zu bestätigen. Geben Sie --yes an, um in einem Skript zu bestätigen.</translation>
    </message>
    <message>
        <source>%1: the portal lists no such key (or not to this token); nothing was created or revoked.</source>
        <translation>%1: Das Portal führt keinen solchen Schlüssel (oder nicht für dieses Token); es wurde nichts erstellt oder widerrufen.</translation>
    </message>
    <message>
        <source>Cannot write the secrets file %1: %2. The new secrets are printed instead.</source>
        <translation>Die Secrets-Datei %1 kann nicht geschrieben werden: %2. Die neuen Secrets werden stattdessen ausgegeben.</translation>
    </message>
    <message>
        <source>Old keys not revoked; they and their replacements all work.</source>
        <translation>Alte Schlüssel nicht widerrufen; sie und ihre Ersatzschlüssel funktionieren alle.</translation>
    </message>
    <message>
        <source>A replacement could not be created, so no old key was revoked.</source>
        <translation>Ein Ersatz konnte nicht erstellt werden, daher wurde kein alter Schlüssel widerrufen.</translation>
    </message>
    <message>
        <source>Not tried: an earlier replacement failed.</source>
        <translation>Nicht versucht: Ein früherer Ersatz ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>Replacement created; revoking the old key failed: %1</source>
        <translation>Ersatz erstellt; der Widerruf des alten Schlüssels ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Replacement created, old key revoked.</source>
        <translation>Ersatz erstellt, alter Schlüssel widerrufen.</translation>
    </message>
    <message>
        <source>Replacement created; the old key still works.</source>
        <translation>Ersatz erstellt; der alte Schlüssel funktioniert noch.</translation>
    </message>
    <message>
        <source>OLD ID</source>
        <translation>ALTE ID</translation>
    </message>
    <message>
        <source>NEW ID</source>
        <translation>NEUE ID</translation>
    </message>
    <message>
        <source>OLD KEY</source>
        <translation>ALTER SCHLÜSSEL</translation>
    </message>
    <message>
        <source>NEW SECRET (shown once)</source>
        <translation>NEUES SECRET (einmalig angezeigt)</translation>
    </message>
    <message numerus="yes">
        <source>%n old key(s) still work:</source>
        <translation>
            <numerusform>%n alter Schlüssel funktioniert noch:</numerusform>
            <numerusform>%n alte Schlüssel funktionieren noch:</numerusform>
        </translation>
    </message>
    <message>
        <source>REVOKE AFTER (UTC)</source>
        <translation>WIDERRUF AB (UTC)</translation>
    </message>
    <message>
        <source>NOTE</source>
        <translation>HINWEIS</translation>
    </message>
    <message>
        <source>Invalid --after-days: give a whole number of days from 0 to %1.</source>
        <translation>Ungültiges --after-days: Geben Sie eine ganze Zahl von Tagen von 0 bis %1 an.</translation>
    </message>
    <message>
        <source>Deactivated; revoked on or after %1 (UTC) unless reactivated, when &apos;docspace-keys-cli retire --due&apos; or the app runs.</source>
        <translation>Deaktiviert; wird am oder nach dem %1 (UTC) widerrufen, sofern nicht reaktiviert, wenn &apos;docspace-keys-cli retire --due&apos; oder die App läuft.</translation>
    </message>
    <message>
        <source>Deactivated, but the plan could not be saved: %1</source>
        <translation>Deaktiviert, aber der Plan konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>%1: planned without a saved profile; run &apos;retire --due --portal %1&apos; with its token.</source>
        <translation>%1: ohne gespeichertes Profil geplant; führen Sie &apos;retire --due --portal %1&apos; mit seinem Token aus.</translation>
    </message>
    <message>
        <source>%1 (profile &quot;%2&quot;): %3</source>
        <translation>%1 (Profil „%2“): %3</translation>
    </message>
    <message>
        <source>the profile now points elsewhere</source>
        <translation>das Profil verweist inzwischen woandershin</translation>
    </message>
    <message>
        <source>skipped: %1</source>
        <translation>übersprungen: %1</translation>
    </message>
    <message>
        <source>Nothing is due.</source>
        <translation>Nichts ist fällig.</translation>
    </message>
    <message>
        <source>Retire keys in stages.
  retire ID... --after-days N   deactivate now; revoke after N days unless reactivated
  retire --due                  revoke what is due (run it daily from a timer); a key reactivated meanwhile is left alone and the plan says so
  retire --list                 show the plan
  retire --cancel ID...         take keys out of the plan (they stay deactivated)
The plan is kept beside the history (%1) and never holds a token. --due uses each planned profile&apos;s keychain token, or the connection given with --portal/--profile.
Exit status: 0 all done, 1 something failed or is left for the next run, 2 usage error.</source>
        <translation>Schlüssel schrittweise stilllegen.
  retire ID... --after-days N   jetzt deaktivieren; nach N Tagen widerrufen, sofern nicht reaktiviert
  retire --due                  Fälliges widerrufen (täglich per Timer ausführen); ein inzwischen reaktivierter Schlüssel bleibt unberührt, und der Plan vermerkt dies
  retire --list                 den Plan anzeigen
  retire --cancel ID...         Schlüssel aus dem Plan nehmen (sie bleiben deaktiviert)
Der Plan liegt neben dem Verlauf (%1) und enthält nie ein Token. --due verwendet das Schlüsselbund-Token jedes geplanten Profils oder die mit --portal/--profile angegebene Verbindung.
Exit-Status: 0 alles erledigt, 1 etwas ist fehlgeschlagen oder bleibt für den nächsten Lauf, 2 Aufruffehler.</translation>
    </message>
    <message>
        <source>Revoke after this many days.</source>
        <translation>Nach so vielen Tagen widerrufen.</translation>
    </message>
    <message>
        <source>Carry out what is due.</source>
        <translation>Das Fällige ausführen.</translation>
    </message>
    <message>
        <source>Show the plan.</source>
        <translation>Den Plan anzeigen.</translation>
    </message>
    <message>
        <source>Take the given keys out of the plan.</source>
        <translation>Die angegebenen Schlüssel aus dem Plan nehmen.</translation>
    </message>
    <message>
        <source>JSON output.</source>
        <translation>JSON-Ausgabe.</translation>
    </message>
    <message>
        <source>Give exactly one of --after-days N (with ids), --due, --list or --cancel (with ids).</source>
        <translation>Geben Sie genau eine der Optionen --after-days N (mit IDs), --due, --list oder --cancel (mit IDs) an.</translation>
    </message>
    <message>
        <source>--due and --list take no key ids.</source>
        <translation>--due und --list nehmen keine Schlüssel-IDs an.</translation>
    </message>
    <message numerus="yes">
        <source>%n key(s) taken out of the plan.</source>
        <translation>
            <numerusform>%n Schlüssel aus dem Plan genommen.</numerusform>
            <numerusform>%n Schlüssel aus dem Plan genommen.</numerusform>
        </translation>
    </message>
    <message>
        <source>The retirement plan is empty (%1).</source>
        <translation>Der Stilllegungsplan ist leer (%1).</translation>
    </message>
    <message>
        <source>List the keys of every saved profile together, with the portal as a column, using each profile&apos;s keychain token. A portal that cannot be listed is reported and the others are still shown.
Exit status: 0 every portal listed, 1 at least one not, 2 usage error.</source>
        <translation>Die Schlüssel aller gespeicherten Profile gemeinsam auflisten, mit dem Portal als Spalte, jeweils mit dem Schlüsselbund-Token des Profils. Ein Portal, das nicht aufgelistet werden kann, wird gemeldet, und die anderen werden trotzdem angezeigt.
Exit-Status: 0 jedes Portal aufgelistet, 1 mindestens eines nicht, 2 Aufruffehler.</translation>
    </message>
    <message>
        <source>Every saved profile.</source>
        <translation>Jedes gespeicherte Profil.</translation>
    </message>
    <message>
        <source>No saved profiles: add some with &apos;docspace-keys-cli profiles add&apos;.</source>
        <translation>Keine gespeicherten Profile: Fügen Sie welche mit &apos;docspace-keys-cli profiles add&apos; hinzu.</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; skipped: %2</source>
        <translation>Profil „%1“ übersprungen: %2</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; (%2): %3</source>
        <translation>Profil „%1“ (%2): %3</translation>
    </message>
    <message>
        <source>PROFILE</source>
        <translation>PROFIL</translation>
    </message>
    <message>
        <source>Create an API key (its secret is printed once)</source>
        <translation>Einen API-Schlüssel erstellen (sein Secret wird einmal ausgegeben)</translation>
    </message>
    <message>
        <source>Change a key&apos;s name or permissions</source>
        <translation>Name oder Berechtigungen eines Schlüssels ändern</translation>
    </message>
    <message>
        <source>Replace keys with new ones, then revoke the old</source>
        <translation>Schlüssel durch neue ersetzen, dann die alten widerrufen</translation>
    </message>
    <message>
        <source>Deactivate now, revoke after N days unless reactivated</source>
        <translation>Jetzt deaktivieren, nach N Tagen widerrufen, sofern nicht reaktiviert</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n key(s) shown</source>
        <translation>
            <numerusform>%1 von %n Schlüssel angezeigt</numerusform>
            <numerusform>%1 von %n Schlüsseln angezeigt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, from %n portal(s).</source>
        <translation>
            <numerusform>, von %n Portal.</numerusform>
            <numerusform>, von %n Portalen.</numerusform>
        </translation>
    </message>
    <message>
        <source>(this token)</source>
        <translation>(dieses Token)</translation>
    </message>
    <message>
        <source>Type the number of keys (%1) to confirm; anything else cancels: </source>
        <translation>Geben Sie zur Bestätigung die Anzahl der Schlüssel (%1) ein; jede andere Eingabe bricht ab: </translation>
    </message>
    <message>
        <source>The number was not typed.</source>
        <translation>Die Anzahl wurde nicht eingegeben.</translation>
    </message>
    <message>
        <source>%1 is the key this command signs in with on %2.</source>
        <translation>%1 ist der Schlüssel, mit dem sich dieser Befehl bei %2 anmeldet.</translation>
    </message>
    <message>
        <source>Once it is revoked, this token can no longer list or change keys; revocation cannot be undone.</source>
        <translation>Nach dem Widerruf kann dieses Token keine Schlüssel mehr auflisten oder ändern; der Widerruf kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>While it is deactivated, this token cannot list, change or even reactivate keys.</source>
        <translation>Solange er deaktiviert ist, kann dieses Token keine Schlüssel auflisten, ändern oder auch nur reaktivieren.</translation>
    </message>
    <message>
        <source>Revoke it too (i), skip it and go on with the others (s), or cancel everything (c)? [i/s/C] </source>
        <translation>Ihn ebenfalls widerrufen (i), ihn überspringen und mit den anderen fortfahren (s) oder alles abbrechen (c)? [i/s/C] </translation>
    </message>
    <message>
        <source>Deactivate it too (i), skip it and go on with the others (s), or cancel everything (c)? [i/s/C] </source>
        <translation>Ihn ebenfalls deaktivieren (i), ihn überspringen und mit den anderen fortfahren (s) oder alles abbrechen (c)? [i/s/C] </translation>
    </message>
    <message>
        <source>Skipping the key of this token.</source>
        <translation>Der Schlüssel dieses Tokens wird übersprungen.</translation>
    </message>
    <message>
        <source>Only keys unused for N days.</source>
        <translation>Nur Schlüssel, die seit N Tagen ungenutzt sind.</translation>
    </message>
    <message>
        <source>Every replacement was created. Now the old keys:</source>
        <translation>Jeder Ersatz wurde erstellt. Nun die alten Schlüssel:</translation>
    </message>
    <message>
        <source>Every creation, change, revocation, deactivation and reactivation attempted from this computer, oldest first: which key, who acted, and what the portal answered (an edit&apos;s outcome says what it changed). The history is local: it never holds tokens or secrets.</source>
        <translation>Jede Erstellung, jede Änderung, jeder Widerruf, jede Deaktivierung und jede Reaktivierung, die von diesem Computer aus versucht wurde, die älteste zuerst: welcher Schlüssel, wer gehandelt hat und was das Portal geantwortet hat (das Ergebnis einer Bearbeitung gibt an, was sie geändert hat). Der Verlauf ist lokal: Er enthält nie Tokens oder Secrets.</translation>
    </message>
</context>
<context>
    <name>Cli::Invocation</name>
    <message>
        <source>Warning: sending the access token to %1 over unencrypted HTTP.</source>
        <translation>Warnung: Das Zugriffstoken wird unverschlüsselt per HTTP an %1 gesendet.</translation>
    </message>
</context>
<context>
    <name>ConnectionReport</name>
    <message>
        <source>owner</source>
        <translation>Besitzer</translation>
    </message>
    <message>
        <source>administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>guest</source>
        <translation>Gast</translation>
    </message>
    <message>
        <source>member</source>
        <translation>Mitglied</translation>
    </message>
    <message>
        <source>Signed in as %1 (%2)</source>
        <translation>Angemeldet als %1 (%2)</translation>
    </message>
    <message>
        <source>all scopes</source>
        <translation>alle Bereiche</translation>
    </message>
    <message>
        <source>expires %1</source>
        <translation>läuft am %1 ab</translation>
    </message>
    <message>
        <source>never expires</source>
        <translation>läuft nie ab</translation>
    </message>
    <message>
        <source>API key &quot;%1&quot;: %2; %3</source>
        <translation>API-Schlüssel „%1“: %2; %3</translation>
    </message>
    <message>
        <source>DocSpace %1</source>
        <translation>DocSpace %1</translation>
    </message>
</context>
<context>
    <name>ConnectionResultView</name>
    <message>
        <source>Signing in to %1…</source>
        <translation>Anmeldung bei %1…</translation>
    </message>
    <message>
        <source>This token can revoke keys on %1.</source>
        <translation>Dieses Token kann auf %1 Schlüssel widerrufen.</translation>
    </message>
    <message>
        <source>Could not sign in to %1: %2</source>
        <translation>Anmeldung bei %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>The portal said: %1</source>
        <translation>Das Portal meldete: %1</translation>
    </message>
    <message>
        <source>Certificate SHA-256 fingerprint: %1</source>
        <translation>SHA-256-Fingerabdruck des Zertifikats: %1</translation>
    </message>
    <message>
        <source>Trusted for this session: test the connection again.</source>
        <translation>Für diese Sitzung vertraut: Testen Sie die Verbindung erneut.</translation>
    </message>
    <message>
        <source>Tr&amp;ust This Certificate…</source>
        <translation>Diesem &amp;Zertifikat vertrauen…</translation>
    </message>
</context>
<context>
    <name>ConnectionTest</name>
    <message>
        <source>This API key cannot revoke keys: it lacks the *:write scope.</source>
        <translation>Dieser API-Schlüssel kann keine Schlüssel widerrufen: Ihm fehlt der Bereich *:write.</translation>
    </message>
    <message numerus="yes">
        <source>This API key expires in %n day(s), on %1.</source>
        <translation>
            <numerusform>Dieser API-Schlüssel läuft in %n Tag ab, am %1.</numerusform>
            <numerusform>Dieser API-Schlüssel läuft in %n Tagen ab, am %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The portal answered, but not with a user profile. Check that the address is a DocSpace portal.</source>
        <translation>Das Portal hat geantwortet, aber nicht mit einem Benutzerprofil. Prüfen Sie, ob die Adresse zu einem DocSpace-Portal gehört.</translation>
    </message>
    <message>
        <source>You are not an administrator: you can revoke only the keys you created.</source>
        <translation>Sie sind kein Administrator: Sie können nur die Schlüssel widerrufen, die Sie erstellt haben.</translation>
    </message>
    <message>
        <source>The key&apos;s own details could not be read: %1</source>
        <translation>Die Angaben zum Schlüssel selbst konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The portal refused even to tell its version (HTTP 403 without a message): it is probably being moved, restored or encrypted. Try again later.</source>
        <translation>Das Portal hat sogar die Auskunft über seine Version verweigert (HTTP 403 ohne Meldung): Es wird wahrscheinlich gerade verschoben, wiederhergestellt oder verschlüsselt. Versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>The address answered, but not as a DocSpace portal: it does not say which DocSpace version it runs (HTTP %1 to /api/2.0/settings/version/build). Check that it is your portal&apos;s own address, not a login page, a proxy or another site.</source>
        <translation>Die Adresse hat geantwortet, aber nicht wie ein DocSpace-Portal: Sie nennt keine DocSpace-Version (HTTP %1 auf /api/2.0/settings/version/build). Prüfen Sie, ob es die Adresse Ihres Portals selbst ist und keine Anmeldeseite, kein Proxy und keine andere Website.</translation>
    </message>
    <message>
        <source>This portal runs DocSpace %1, which has no API keys: they appeared in DocSpace 3.1. The portal must be updated before its keys can be managed.</source>
        <translation>Dieses Portal läuft mit DocSpace %1, das keine API-Schlüssel kennt: Sie kamen mit DocSpace 3.1. Das Portal muss aktualisiert werden, bevor seine Schlüssel verwaltet werden können.</translation>
    </message>
    <message>
        <source>DocSpace %1 lets any API key list, create, change and revoke keys, whatever its scopes (a key with only files:read can delete keys; fixed in 3.7.1). Treat every key of this portal as able to manage keys, and update the portal.</source>
        <translation>DocSpace %1 erlaubt jedem API-Schlüssel, Schlüssel aufzulisten, zu erstellen, zu ändern und zu widerrufen, unabhängig von seinen Bereichen (ein Schlüssel mit nur files:read kann Schlüssel löschen; behoben in 3.7.1). Betrachten Sie jeden Schlüssel dieses Portals als fähig, Schlüssel zu verwalten, und aktualisieren Sie das Portal.</translation>
    </message>
    <message>
        <source>DocSpace %1 is older than 3.7.1: its key routes do not check that an id is a UUID (a malformed id gets a validation error, not &quot;not found&quot;), and expired keys can still be changed and reactivated.</source>
        <translation>DocSpace %1 ist älter als 3.7.1: Seine Schlüssel-Routen prüfen nicht, ob eine ID eine UUID ist (eine fehlerhafte ID ergibt einen Validierungsfehler statt „nicht gefunden“), und abgelaufene Schlüssel können weiterhin geändert und reaktiviert werden.</translation>
    </message>
</context>
<context>
    <name>DocSpaceClient</name>
    <message>
        <source>No access token was given, so nothing was sent. Enter an API key or session token.</source>
        <translation>Es wurde kein Zugriffstoken angegeben, daher wurde nichts gesendet. Geben Sie einen API-Schlüssel oder ein Sitzungstoken ein.</translation>
    </message>
    <message>
        <source>The portal&apos;s answer held no key list. Check that the address is a DocSpace portal.</source>
        <translation>Die Antwort des Portals enthielt keine Schlüsselliste. Prüfen Sie, ob die Adresse zu einem DocSpace-Portal gehört.</translation>
    </message>
</context>
<context>
    <name>HistoryLog</name>
    <message>
        <source>The history file %1 is locked by another DocSpace Keys process.</source>
        <translation>Die Verlaufsdatei %1 ist von einem anderen Prozess von DocSpace Keys gesperrt.</translation>
    </message>
    <message>
        <source>Cannot write the history file %1: %2.</source>
        <translation>Die Verlaufsdatei %1 kann nicht geschrieben werden: %2.</translation>
    </message>
    <message>
        <source>Cannot read the history file %1: %2.</source>
        <translation>Die Verlaufsdatei %1 kann nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <source>Line %1 of the history file is incomplete or damaged and was skipped.</source>
        <translation>Zeile %1 der Verlaufsdatei ist unvollständig oder beschädigt und wurde übersprungen.</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <source>%1 (…%2)</source>
        <translation>%1 (…%2)</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>Widerruf</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation>Deaktivierung</translation>
    </message>
    <message>
        <source>Reactivate</source>
        <translation>Reaktivierung</translation>
    </message>
    <message>
        <source>command line</source>
        <translation>Befehlszeile</translation>
    </message>
    <message>
        <source>window</source>
        <translation>Fenster</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Key id: %1</source>
        <translation>Schlüssel-ID: %1</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Portal</source>
        <translation>Portal</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>Vorgang</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>HTTP</source>
        <translation>HTTP</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Über</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>permissions</source>
        <translation>Berechtigungen</translation>
    </message>
    <message>
        <source>Edited: %1</source>
        <comment>what was changed: name, permissions</comment>
        <translation>Bearbeitet: %1</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Erstellung</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Bearbeitung</translation>
    </message>
</context>
<context>
    <name>HistoryRecorder</name>
    <message>
        <source>This result was not recorded in the history. %1 Check that the folder is writable and that the disk is not full.</source>
        <translation>Dieses Ergebnis wurde nicht im Verlauf gespeichert. %1 Prüfen Sie, ob der Ordner beschreibbar und der Datenträger nicht voll ist.</translation>
    </message>
    <message>
        <source>Created with the permissions %1; it expires on %2 (UTC).</source>
        <translation>Erstellt mit den Berechtigungen %1; läuft am %2 (UTC) ab.</translation>
    </message>
    <message>
        <source>Created with the permissions %1; it never expires.</source>
        <translation>Erstellt mit den Berechtigungen %1; läuft nie ab.</translation>
    </message>
    <message>
        <source>Replacement for “%1” (%2), in a rotation.</source>
        <translation>Ersatz für „%1“ (%2), im Rahmen einer Rotation.</translation>
    </message>
    <message>
        <source>Name “%1”, was “%2”.</source>
        <translation>Name „%1“, vorher „%2“.</translation>
    </message>
    <message>
        <source>Name “%1”.</source>
        <translation>Name „%1“.</translation>
    </message>
    <message>
        <source>Permissions %1.</source>
        <translation>Berechtigungen %1.</translation>
    </message>
    <message>
        <source>Permissions %1, were %2.</source>
        <translation>Berechtigungen %1, vorher %2.</translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <source>&amp;Reload</source>
        <translation>Neu &amp;laden</translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation>CSV e&amp;xportieren…</translation>
    </message>
    <message>
        <source>Portal filter</source>
        <translation>Portalfilter</translation>
    </message>
    <message>
        <source>Outcome filter</source>
        <translation>Ergebnisfilter</translation>
    </message>
    <message>
        <source>Search key, message, user…</source>
        <translation>Schlüssel, Meldung, Benutzer suchen…</translation>
    </message>
    <message>
        <source>Search the history</source>
        <translation>Verlauf durchsuchen</translation>
    </message>
    <message>
        <source>Save the rows shown (after filtering) as a CSV file.</source>
        <translation>Die angezeigten Zeilen (nach dem Filtern) als CSV-Datei speichern.</translation>
    </message>
    <message numerus="yes">
        <source>…and %n more damaged line(s).</source>
        <translation>
            <numerusform>…und %n weitere beschädigte Zeile.</numerusform>
            <numerusform>…und %n weitere beschädigte Zeilen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Some of the history could not be read, so it may be incomplete:
%1
The file is %2; the other records are shown. New records are still added.</source>
        <translation>Ein Teil des Verlaufs konnte nicht gelesen werden, er ist daher möglicherweise unvollständig:
%1
Datei: %2; die übrigen Einträge werden angezeigt. Neue Einträge werden weiterhin hinzugefügt.</translation>
    </message>
    <message>
        <source>All portals</source>
        <translation>Alle Portale</translation>
    </message>
    <message>
        <source>All outcomes</source>
        <translation>Alle Ergebnisse</translation>
    </message>
    <message>
        <source>Nothing recorded yet. Every revocation, deactivation and reactivation made here or with docspace-keys-cli is listed here.</source>
        <translation>Noch nichts aufgezeichnet. Hier wird jeder Widerruf, jede Deaktivierung und jede Reaktivierung aufgeführt, die hier oder mit docspace-keys-cli vorgenommen wird.</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s).</source>
        <translation>
            <numerusform>%n Eintrag.</numerusform>
            <numerusform>%n Einträge.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n record(s) shown.</source>
        <translation>
            <numerusform>%1 von %n Eintrag angezeigt.</numerusform>
            <numerusform>%1 von %n Einträgen angezeigt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export History</source>
        <translation>Verlauf exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV-Dateien (*.csv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>History Not Exported</source>
        <translation>Verlauf nicht exportiert</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>%1 kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>%1
Choose another folder, or check that the disk is not full.</source>
        <translation>%1
Wählen Sie einen anderen Ordner oder prüfen Sie, ob der Datenträger voll ist.</translation>
    </message>
    <message>
        <source>Port&amp;al:</source>
        <translation>Port&amp;al:</translation>
    </message>
    <message>
        <source>O&amp;utcome:</source>
        <translation>E&amp;rgebnis:</translation>
    </message>
</context>
<context>
    <name>HygieneReport</name>
    <message>
        <source>Expired keys still present</source>
        <translation>Abgelaufene, noch vorhandene Schlüssel</translation>
    </message>
    <message>
        <source>They no longer work but still clutter the list and hide real problems; revoke them.</source>
        <translation>Sie funktionieren nicht mehr, machen die Liste aber unübersichtlich und verdecken echte Probleme; widerrufen Sie sie.</translation>
    </message>
    <message>
        <source>Deactivated keys</source>
        <translation>Deaktivierte Schlüssel</translation>
    </message>
    <message>
        <source>Anyone who may change them can switch them back on; revoke those that are no longer needed.</source>
        <translation>Jeder, der sie ändern darf, kann sie wieder einschalten; widerrufen Sie die, die nicht mehr benötigt werden.</translation>
    </message>
    <message>
        <source>Keys never used</source>
        <translation>Nie verwendete Schlüssel</translation>
    </message>
    <message>
        <source>Nothing depends on them yet; deactivate them until someone asks.</source>
        <translation>Noch hängt nichts von ihnen ab; deaktivieren Sie sie, bis jemand nachfragt.</translation>
    </message>
    <message>
        <source>Forgotten keys are the ones that leak unnoticed; deactivate them.</source>
        <translation>Vergessene Schlüssel sind die, die unbemerkt geleakt werden; deaktivieren Sie sie.</translation>
    </message>
    <message>
        <source>Keys that never expire</source>
        <translation>Schlüssel ohne Ablaufdatum</translation>
    </message>
    <message>
        <source>A leaked key without an expiry date works until someone notices; replace them with keys that expire.</source>
        <translation>Ein geleakter Schlüssel ohne Ablaufdatum funktioniert, bis es jemand bemerkt; ersetzen Sie diese Schlüssel durch solche mit Ablaufdatum.</translation>
    </message>
    <message>
        <source>Keys with every permission</source>
        <translation>Schlüssel mit allen Berechtigungen</translation>
    </message>
    <message>
        <source>They can do anything the owner can; give integrations only the scopes they need.</source>
        <translation>Sie können alles, was der Besitzer kann; geben Sie Integrationen nur die Bereiche, die sie benötigen.</translation>
    </message>
    <message>
        <source>API key hygiene report</source>
        <translation>Bericht zur Hygiene der API-Schlüssel</translation>
    </message>
    <message>
        <source>Portal: %1</source>
        <translation>Portal: %1</translation>
    </message>
    <message>
        <source>Generated: %1 UTC</source>
        <translation>Erstellt: %1 UTC</translation>
    </message>
    <message numerus="yes">
        <source>Keys examined: %1; unused threshold: %n day(s)</source>
        <translation>
            <numerusform>Geprüfte Schlüssel: %1; Schwellenwert für ungenutzte: %n Tag</numerusform>
            <numerusform>Geprüfte Schlüssel: %1; Schwellenwert für ungenutzte: %n Tage</numerusform>
        </translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Befund</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Suggested action</source>
        <translation>Empfohlene Maßnahme</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>Widerrufen</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation>Deaktivieren</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Ending</source>
        <translation>Endung</translation>
    </message>
    <message>
        <source>Created by</source>
        <translation>Erstellt von</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Last used</source>
        <translation>Zuletzt verwendet</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Läuft ab</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>Permissions</source>
        <translation>Berechtigungen</translation>
    </message>
    <message>
        <source>all</source>
        <translation>alle</translation>
    </message>
</context>
<context>
    <name>HygieneReportView</name>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>API key hygiene</source>
        <translation>Hygiene der API-Schlüssel</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>&amp;CSV exportieren…</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tagen</translation>
    </message>
    <message>
        <source>Unused for more than this many days</source>
        <translation>Seit mehr als so vielen Tagen ungenutzt</translation>
    </message>
    <message>
        <source>Choose a portal profile to see its report.</source>
        <translation>Wählen Sie ein Portalprofil, um seinen Bericht zu sehen.</translation>
    </message>
    <message>
        <source>Loading the key list from %1…</source>
        <translation>Schlüsselliste wird von %1 geladen…</translation>
    </message>
    <message>
        <source>The report could not be made: the key list did not load. %1</source>
        <translation>Der Bericht konnte nicht erstellt werden: Die Schlüsselliste wurde nicht geladen. %1</translation>
    </message>
    <message>
        <source>Which keys of %1 are a risk before they leak. The report appears once the key list has loaded.</source>
        <translation>Welche Schlüssel auf %1 ein Risiko darstellen, noch bevor sie geleakt werden. Der Bericht erscheint, sobald die Schlüsselliste geladen ist.</translation>
    </message>
    <message>
        <source>the portal</source>
        <translation>dem Portal</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n key(s) examined · %2 · %3 of %4 findings need attention</source>
        <translation>
            <numerusform>%1 · %n Schlüssel geprüft · %2 · %3 von %4 Befunden erfordern Aufmerksamkeit</numerusform>
            <numerusform>%1 · %n Schlüssel geprüft · %2 · %3 von %4 Befunden erfordern Aufmerksamkeit</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Revoke %n Key(s)…</source>
        <translation>
            <numerusform>%n Schlüssel widerrufen…</numerusform>
            <numerusform>%n Schlüssel widerrufen…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deactivate %n Key(s)…</source>
        <translation>
            <numerusform>%n Schlüssel deaktivieren…</numerusform>
            <numerusform>%n Schlüssel deaktivieren…</numerusform>
        </translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Besitzer</translation>
    </message>
    <message>
        <source>Ending</source>
        <translation>Endung</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Last used</source>
        <translation>Zuletzt verwendet</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Läuft ab</translation>
    </message>
    <message>
        <source>Scopes</source>
        <translation>Bereiche</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>all</source>
        <translation>alle</translation>
    </message>
    <message>
        <source>Key id: %1</source>
        <translation>Schlüssel-ID: %1</translation>
    </message>
    <message numerus="yes">
        <source>Hide the %n key(s)</source>
        <translation>
            <numerusform>Den %n Schlüssel ausblenden</numerusform>
            <numerusform>Die %n Schlüssel ausblenden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Show the %n key(s)</source>
        <translation>
            <numerusform>Den %n Schlüssel anzeigen</numerusform>
            <numerusform>Die %n Schlüssel anzeigen</numerusform>
        </translation>
    </message>
    <message>
        <source>Revoking the keys under “%1”…</source>
        <translation>Die Schlüssel unter „%1“ werden widerrufen…</translation>
    </message>
    <message>
        <source>Deactivating the keys under “%1”…</source>
        <translation>Die Schlüssel unter „%1“ werden deaktiviert…</translation>
    </message>
    <message>
        <source>API key hygiene report</source>
        <translation>Bericht zur Hygiene der API-Schlüssel</translation>
    </message>
    <message>
        <source>Report saved as %1.</source>
        <translation>Bericht als %1 gespeichert.</translation>
    </message>
    <message>
        <source>Report Not Exported</source>
        <translation>Bericht nicht exportiert</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>%1 kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>%1
Choose another folder, or check that the disk is not full.</source>
        <translation>%1
Wählen Sie einen anderen Ordner oder prüfen Sie, ob der Datenträger voll ist.</translation>
    </message>
    <message>
        <source>Export Report as CSV</source>
        <translation>Bericht als CSV exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV-Dateien (*.csv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Export Report as HTML</source>
        <translation>Bericht als HTML exportieren</translation>
    </message>
    <message>
        <source>Web pages (*.html *.htm);;All files (*)</source>
        <translation>Webseiten (*.html *.htm);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Export Report as PDF</source>
        <translation>Bericht als PDF exportieren</translation>
    </message>
    <message>
        <source>PDF files (*.pdf);;All files (*)</source>
        <translation>PDF-Dateien (*.pdf);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Choose another folder, or check that the disk is not full.</source>
        <translation>Wählen Sie einen anderen Ordner oder prüfen Sie, ob der Datenträger voll ist.</translation>
    </message>
    <message>
        <source>These are the keys under “%1”.</source>
        <translation>Dies sind die Schlüssel unter „%1“.</translation>
    </message>
    <message>
        <source>&amp;Unused for:</source>
        <translation>&amp;Ungenutzt seit:</translation>
    </message>
    <message>
        <source>Export H&amp;TML…</source>
        <translation>H&amp;TML exportieren…</translation>
    </message>
    <message>
        <source>Export P&amp;DF…</source>
        <translation>PD&amp;F exportieren…</translation>
    </message>
</context>
<context>
    <name>KeyBatch</name>
    <message>
        <source>Not sent: the batch was cancelled.</source>
        <translation>Nicht gesendet: Der Stapelvorgang wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Reading the key list to check failed too: %1</source>
        <translation>Auch das Lesen der Schlüsselliste zur Prüfung ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>The connection failed after the request was sent (%1); the key list read afterwards shows</source>
        <translation>Die Verbindung ist nach dem Senden der Anfrage abgebrochen (%1); die danach gelesene Schlüsselliste zeigt</translation>
    </message>
    <message>
        <source>Revoked (checked). %1 that the key is gone.</source>
        <translation>Widerrufen (geprüft). %1, dass der Schlüssel nicht mehr vorhanden ist.</translation>
    </message>
    <message>
        <source>Deactivated (checked). %1 the key inactive.</source>
        <translation>Deaktiviert (geprüft). %1 den Schlüssel als inaktiv.</translation>
    </message>
    <message>
        <source>Reactivated (checked). %1 the key active.</source>
        <translation>Reaktiviert (geprüft). %1 den Schlüssel als aktiv.</translation>
    </message>
    <message>
        <source>Not found (checked). %1 no key with this id.</source>
        <translation>Nicht gefunden (geprüft). %1 keinen Schlüssel mit dieser ID.</translation>
    </message>
    <message>
        <source>Not revoked (checked). %1 the key still there, after two tries. Check the network to the portal, then try again.</source>
        <translation>Nicht widerrufen (geprüft). %1 den Schlüssel nach zwei Versuchen immer noch. Prüfen Sie das Netzwerk zum Portal und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>Not changed (checked). %1 the key unchanged, after two tries. Check the network to the portal, then try again.</source>
        <translation>Nicht geändert (geprüft). %1 den Schlüssel nach zwei Versuchen unverändert. Prüfen Sie das Netzwerk zum Portal und versuchen Sie es dann erneut.</translation>
    </message>
</context>
<context>
    <name>KeyChangeConfirmation</name>
    <message>
        <source>On %1.</source>
        <translation>Auf %1.</translation>
    </message>
    <message>
        <source>On %1, with the token of profile “%2”.</source>
        <translation>Auf %1, mit dem Token des Profils „%2“.</translation>
    </message>
    <message>
        <source>%1 (not in the list shown)</source>
        <translation>%1 (nicht in der angezeigten Liste)</translation>
    </message>
    <message>
        <source>(this token)</source>
        <translation>(dieses Token)</translation>
    </message>
    <message>
        <source>owner %1</source>
        <translation>Besitzer %1</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>„%1“</translation>
    </message>
    <message>
        <source>“%1” (…%2)</source>
        <translation>„%1“ (…%2)</translation>
    </message>
    <message>
        <source>Nothing was revoked.</source>
        <translation>Es wurde nichts widerrufen.</translation>
    </message>
    <message>
        <source>Nothing was deactivated.</source>
        <translation>Es wurde nichts deaktiviert.</translation>
    </message>
    <message>
        <source>Nothing was reactivated.</source>
        <translation>Es wurde nichts reaktiviert.</translation>
    </message>
    <message>
        <source>Revoke API Keys</source>
        <translation>API-Schlüssel widerrufen</translation>
    </message>
    <message>
        <source>Revoked keys stop working at once; this cannot be undone. Any script or integration using them will fail. Deactivate them instead to be able to bring them back.</source>
        <translation>Widerrufene Schlüssel funktionieren sofort nicht mehr; dies kann nicht rückgängig gemacht werden. Jedes Skript und jede Integration, die sie verwendet, schlägt fehl. Deaktivieren Sie sie stattdessen, wenn Sie sie später wieder aktivieren möchten.</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Revoke %n Key(s)</source>
        <translation>
            <numerusform>%n Schlüssel &amp;widerrufen</numerusform>
            <numerusform>%n Schlüssel &amp;widerrufen</numerusform>
        </translation>
    </message>
    <message>
        <source>Deactivate API Keys</source>
        <translation>API-Schlüssel deaktivieren</translation>
    </message>
    <message>
        <source>Anything using these keys stops working until they are reactivated.</source>
        <translation>Alles, was diese Schlüssel verwendet, funktioniert nicht mehr, bis sie reaktiviert werden.</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Deactivate %n Key(s)</source>
        <translation>
            <numerusform>%n Schlüssel &amp;deaktivieren</numerusform>
            <numerusform>%n Schlüssel &amp;deaktivieren</numerusform>
        </translation>
    </message>
    <message>
        <source>Reactivate API Keys</source>
        <translation>API-Schlüssel reaktivieren</translation>
    </message>
    <message>
        <source>These keys work again at once: whoever holds their secret can use the portal with them again.</source>
        <translation>Diese Schlüssel funktionieren sofort wieder: Wer ihr Secret besitzt, kann damit wieder auf das Portal zugreifen.</translation>
    </message>
    <message numerus="yes">
        <source>Re&amp;activate %n Key(s)</source>
        <translation>
            <numerusform>%n Schlüssel re&amp;aktivieren</numerusform>
            <numerusform>%n Schlüssel re&amp;aktivieren</numerusform>
        </translation>
    </message>
    <message>
        <source>Revoke the Key of This Window?</source>
        <translation>Schlüssel dieses Fensters widerrufen?</translation>
    </message>
    <message>
        <source>Deactivate the Key of This Window?</source>
        <translation>Schlüssel dieses Fensters deaktivieren?</translation>
    </message>
    <message>
        <source>%1 is the token DocSpace Keys is signed in with on %2.</source>
        <translation>%1 ist das Token, mit dem DocSpace Keys bei %2 angemeldet ist.</translation>
    </message>
    <message>
        <source>After it is revoked, DocSpace Keys loses access to the portal: it can no longer list or revoke keys until you enter another token. Revocation cannot be undone.</source>
        <translation>Nach dem Widerruf verliert DocSpace Keys den Zugriff auf das Portal: Es kann keine Schlüssel mehr auflisten oder widerrufen, bis Sie ein anderes Token eingeben. Der Widerruf kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>While it is deactivated, DocSpace Keys loses access to the portal: it cannot list, revoke or even reactivate keys until you enter another token.</source>
        <translation>Solange er deaktiviert ist, hat DocSpace Keys keinen Zugriff auf das Portal: Es kann keine Schlüssel auflisten, widerrufen oder auch nur reaktivieren, bis Sie ein anderes Token eingeben.</translation>
    </message>
    <message>
        <source>Revoke It &amp;Too</source>
        <translation>Ihn &amp;ebenfalls widerrufen</translation>
    </message>
    <message>
        <source>Deactivate It &amp;Too</source>
        <translation>Ihn &amp;ebenfalls deaktivieren</translation>
    </message>
    <message>
        <source>&amp;Skip My Key</source>
        <translation>Meinen Schlüssel &amp;überspringen</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <comment>the first names of a list, then how many others</comment>
        <translation>
            <numerusform>%1 und %n weiterer</numerusform>
            <numerusform>%1 und %n weitere</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Revoke %n API key(s): %1?</source>
        <translation>
            <numerusform>%n API-Schlüssel widerrufen: %1?</numerusform>
            <numerusform>%n API-Schlüssel widerrufen: %1?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deactivate %n API key(s): %1?</source>
        <translation>
            <numerusform>%n API-Schlüssel deaktivieren: %1?</numerusform>
            <numerusform>%n API-Schlüssel deaktivieren: %1?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reactivate %n API key(s): %1?</source>
        <translation>
            <numerusform>%n API-Schlüssel reaktivieren: %1?</numerusform>
            <numerusform>%n API-Schlüssel reaktivieren: %1?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>KeyCreateRequest</name>
    <message>
        <source>New secret key</source>
        <translation>Neuer geheimer Schlüssel</translation>
    </message>
    <message>
        <source>Give the key a name.</source>
        <translation>Geben Sie dem Schlüssel einen Namen.</translation>
    </message>
    <message numerus="yes">
        <source>The name has %1 characters; the portal allows at most %n.</source>
        <translation>
            <numerusform>Der Name hat %1 Zeichen; das Portal erlaubt höchstens %n.</numerusform>
            <numerusform>Der Name hat %1 Zeichen; das Portal erlaubt höchstens %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The lifetime must be from 1 to %n day(s), or none.</source>
        <translation>
            <numerusform>Die Laufzeit muss zwischen 1 und %n Tag liegen oder leer sein.</numerusform>
            <numerusform>Die Laufzeit muss zwischen 1 und %n Tagen liegen oder leer sein.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose at least one permission: a key restricted to nothing would get every permission.</source>
        <translation>Wählen Sie mindestens eine Berechtigung: Ein auf nichts beschränkter Schlüssel erhielte jede Berechtigung.</translation>
    </message>
</context>
<context>
    <name>KeyEditRequest</name>
    <message>
        <source>Nothing to change: give a new name, new permissions, or both.</source>
        <translation>Nichts zu ändern: Geben Sie einen neuen Namen, neue Berechtigungen oder beides an.</translation>
    </message>
    <message>
        <source>The name cannot be only spaces.</source>
        <translation>Der Name darf nicht nur aus Leerzeichen bestehen.</translation>
    </message>
    <message numerus="yes">
        <source>The name has %1 characters; the portal allows at most %n.</source>
        <translation>
            <numerusform>Der Name hat %1 Zeichen; das Portal erlaubt höchstens %n.</numerusform>
            <numerusform>Der Name hat %1 Zeichen; das Portal erlaubt höchstens %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose at least one permission: an empty list would leave the key unchanged.</source>
        <translation>Wählen Sie mindestens eine Berechtigung: Eine leere Liste ließe den Schlüssel unverändert.</translation>
    </message>
</context>
<context>
    <name>KeyFormDialog</name>
    <message>
        <source>Create API Key</source>
        <translation>API-Schlüssel erstellen</translation>
    </message>
    <message>
        <source>Edit API Key</source>
        <translation>API-Schlüssel bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Permissions:</source>
        <translation>Berechtigungen:</translation>
    </message>
    <message>
        <source>The key may do everything its owner may: read and change files, rooms, profile and accounts.</source>
        <translation>Der Schlüssel darf alles, was sein Besitzer darf: Dateien, Räume, Profil und Konten lesen und ändern.</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>Lesen</translation>
    </message>
    <message>
        <source>Write</source>
        <translation>Schreiben</translation>
    </message>
    <message>
        <source>%1: read</source>
        <translation>%1: lesen</translation>
    </message>
    <message>
        <source>%1: write</source>
        <translation>%1: schreiben</translation>
    </message>
    <message>
        <source>The key may read everything its owner may, and change nothing (scope *:read).</source>
        <translation>Der Schlüssel darf alles lesen, was sein Besitzer lesen darf, und nichts ändern (Bereich *:read).</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Restricted</source>
        <translation>Eingeschränkt</translation>
    </message>
    <message>
        <source>Read only</source>
        <translation>Nur Lesen</translation>
    </message>
    <message>
        <source>&amp;Expires after</source>
        <translation>&amp;Läuft ab nach</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tagen</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Erstellen</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Give the key a name.</source>
        <translation>Geben Sie dem Schlüssel einen Namen.</translation>
    </message>
    <message>
        <source>Nothing changed yet.</source>
        <translation>Noch nichts geändert.</translation>
    </message>
</context>
<context>
    <name>KeyId</name>
    <message>
        <source>Enter the id of the key to revoke (a UUID such as 3f2b6c1e-8a4d-4e9b-9c71-2d5e8f0a1b23).</source>
        <translation>Geben Sie die ID des zu widerrufenden Schlüssels ein (eine UUID wie 3f2b6c1e-8a4d-4e9b-9c71-2d5e8f0a1b23).</translation>
    </message>
    <message>
        <source>This looks like a key&apos;s secret, not its id. Enter the key&apos;s UUID.</source>
        <translation>Das sieht nach dem Secret eines Schlüssels aus, nicht nach seiner ID. Geben Sie die UUID des Schlüssels ein.</translation>
    </message>
    <message>
        <source>A key id is a UUID of 32 hexadecimal digits in groups 8-4-4-4-12, for example 3f2b6c1e-8a4d-4e9b-9c71-2d5e8f0a1b23.</source>
        <translation>Eine Schlüssel-ID ist eine UUID aus 32 Hexadezimalziffern in Gruppen 8-4-4-4-12, zum Beispiel 3f2b6c1e-8a4d-4e9b-9c71-2d5e8f0a1b23.</translation>
    </message>
</context>
<context>
    <name>KeyIdList</name>
    <message>
        <source>No key id on this line.</source>
        <translation>Keine Schlüssel-ID in dieser Zeile.</translation>
    </message>
</context>
<context>
    <name>KeyListModel</name>
    <message>
        <source>active</source>
        <translation>aktiv</translation>
    </message>
    <message>
        <source>deactivated</source>
        <translation>deaktiviert</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>abgelaufen</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Read only</source>
        <translation>Nur Lesen</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>%1 (this token)</source>
        <translation>%1 (dieses Token)</translation>
    </message>
    <message>
        <source>revoked</source>
        <translation>widerrufen</translation>
    </message>
    <message>
        <source>%1
Id: %2
The token this window signs in with: revoking or deactivating it cuts DocSpace Keys off from the portal.</source>
        <translation>%1
ID: %2
Das Token, mit dem dieses Fenster angemeldet ist: Wenn Sie es widerrufen oder deaktivieren, verliert DocSpace Keys den Zugriff auf das Portal.</translation>
    </message>
    <message>
        <source>%1
Id: %2</source>
        <translation>%1
ID: %2</translation>
    </message>
    <message>
        <source>Never used</source>
        <translation>Nie verwendet</translation>
    </message>
    <message>
        <source>Never expires</source>
        <translation>Läuft nie ab</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Created by</source>
        <translation>Erstellt von</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Last used</source>
        <translation>Zuletzt verwendet</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Läuft ab</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Permissions</source>
        <translation>Berechtigungen</translation>
    </message>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <translation>
            <numerusform>in %n Tag</numerusform>
            <numerusform>in %n Tagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n hour(s)</source>
        <translation>
            <numerusform>in %n Stunde</numerusform>
            <numerusform>in %n Stunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n minute(s)</source>
        <translation>
            <numerusform>in %n Minute</numerusform>
            <numerusform>in %n Minuten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>expired %n day(s) ago</source>
        <translation>
            <numerusform>vor %n Tag abgelaufen</numerusform>
            <numerusform>vor %n Tagen abgelaufen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>expired %n hour(s) ago</source>
        <translation>
            <numerusform>vor %n Stunde abgelaufen</numerusform>
            <numerusform>vor %n Stunden abgelaufen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>expired %n minute(s) ago</source>
        <translation>
            <numerusform>vor %n Minute abgelaufen</numerusform>
            <numerusform>vor %n Minuten abgelaufen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>KeyPermissions</name>
    <message>
        <source>Files</source>
        <translation>Dateien</translation>
    </message>
    <message>
        <source>Rooms</source>
        <translation>Räume</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Konten</translation>
    </message>
    <message numerus="yes">
        <source>This portal does not offer the permission(s) %1 (it offers: %2).</source>
        <translation>
            <numerusform>Dieses Portal bietet die Berechtigung %1 nicht an (es bietet: %2).</numerusform>
            <numerusform>Dieses Portal bietet die Berechtigungen %1 nicht an (es bietet: %2).</numerusform>
        </translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Read only</source>
        <translation>Nur Lesen</translation>
    </message>
    <message>
        <source>Restricted</source>
        <translation>Eingeschränkt</translation>
    </message>
    <message>
        <source>All: every resource, read and write.</source>
        <translation>Alle: jede Ressource, lesen und schreiben.</translation>
    </message>
    <message>
        <source>Read only: every resource, read (scope *:read).</source>
        <translation>Nur Lesen: jede Ressource, lesen (Bereich *:read).</translation>
    </message>
    <message>
        <source>%1: read</source>
        <translation>%1: lesen</translation>
    </message>
    <message>
        <source>%1: read and write</source>
        <translation>%1: lesen und schreiben</translation>
    </message>
    <message>
        <source>every resource: read</source>
        <translation>jede Ressource: lesen</translation>
    </message>
    <message>
        <source>every resource: write</source>
        <translation>jede Ressource: schreiben</translation>
    </message>
    <message>
        <source>Restricted: nothing chosen.</source>
        <translation>Eingeschränkt: nichts ausgewählt.</translation>
    </message>
    <message>
        <source>Restricted: %1 (scopes %2).</source>
        <translation>Eingeschränkt: %1 (Bereiche %2).</translation>
    </message>
    <message>
        <source>Invalid permission &quot;%1&quot;: give all, read-only, or a comma-separated list of files, rooms, profile or accounts, each with :read or :write (e.g. files:write,rooms:read).</source>
        <translation>Ungültige Berechtigung „%1“: Geben Sie all, read-only oder eine durch Kommas getrennte Liste aus files, rooms, profile oder accounts an, jeweils mit :read oder :write (z. B. files:write,rooms:read).</translation>
    </message>
    <message>
        <source>No permission given: a key restricted to nothing would get every permission. Give all, read-only, or e.g. files:read.</source>
        <translation>Keine Berechtigung angegeben: Ein auf nichts beschränkter Schlüssel erhielte jede Berechtigung. Geben Sie all, read-only oder z. B. files:read an.</translation>
    </message>
</context>
<context>
    <name>KeyUsage</name>
    <message>
        <source>Not used in the last N days, counted from the last use, or from the creation for a key never used: a key created less than N days ago is not unused yet.</source>
        <translation>In den letzten N Tagen nicht verwendet, gezählt ab der letzten Verwendung oder, bei einem nie verwendeten Schlüssel, ab der Erstellung: Ein Schlüssel, der vor weniger als N Tagen erstellt wurde, gilt noch nicht als ungenutzt.</translation>
    </message>
    <message numerus="yes">
        <source>Not used in the last %n day(s)</source>
        <translation>
            <numerusform>Seit %n Tag nicht verwendet</numerusform>
            <numerusform>Seit %n Tagen nicht verwendet</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>KeychainSecretStore</name>
    <message>
        <source>this build has no keychain support</source>
        <translation>dieser Build unterstützt keinen Schlüsselbund</translation>
    </message>
    <message>
        <source>memory only, until DocSpace Keys closes (no system keychain: %1)</source>
        <translation>nur im Arbeitsspeicher, bis DocSpace Keys beendet wird (kein Schlüsselbund des Systems: %1)</translation>
    </message>
    <message>
        <source>the system keychain</source>
        <translation>Schlüsselbund des Systems</translation>
    </message>
    <message>
        <source>The keychain did not give the token: %1</source>
        <translation>Der Schlüsselbund hat das Token nicht herausgegeben: %1</translation>
    </message>
    <message>
        <source>The keychain did not store the token: %1</source>
        <translation>Der Schlüsselbund hat das Token nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>The keychain did not delete the token: %1</source>
        <translation>Der Schlüsselbund hat das Token nicht gelöscht: %1</translation>
    </message>
</context>
<context>
    <name>KeysView</name>
    <message>
        <source>Filter by name, creator, ending or id</source>
        <translation>Name, Ersteller, Endung oder ID</translation>
    </message>
    <message>
        <source>Filter keys</source>
        <translation>Schlüssel filtern</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Abgelaufen</translation>
    </message>
    <message>
        <source>Only keys past their expiry date</source>
        <translation>Nur Schlüssel, deren Ablaufdatum überschritten ist</translation>
    </message>
    <message>
        <source>Deactivated</source>
        <translation>Deaktiviert</translation>
    </message>
    <message>
        <source>Only deactivated keys</source>
        <translation>Nur deaktivierte Schlüssel</translation>
    </message>
    <message>
        <source>Never used</source>
        <translation>Nie verwendet</translation>
    </message>
    <message>
        <source>Only keys never used</source>
        <translation>Nur nie verwendete Schlüssel</translation>
    </message>
    <message>
        <source>Unused for</source>
        <translation>Ungenutzt seit</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tagen</translation>
    </message>
    <message>
        <source>Days unused</source>
        <translation>Tage ungenutzt</translation>
    </message>
    <message>
        <source>Created by me</source>
        <translation>Von mir erstellt</translation>
    </message>
    <message>
        <source>Only keys created by the user the token signs in as</source>
        <translation>Nur Schlüssel, die der Benutzer erstellt hat, als der das Token angemeldet ist</translation>
    </message>
    <message>
        <source>Read the portal&apos;s keys again (F5); nothing is changed</source>
        <translation>Die Schlüssel des Portals erneut lesen (F5); es wird nichts geändert</translation>
    </message>
    <message>
        <source>API keys</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <source>Re&amp;voke Selected…</source>
        <translation>A&amp;usgewählte widerrufen…</translation>
    </message>
    <message>
        <source>Revoke the selected keys after a confirmation (Delete)</source>
        <translation>Die ausgewählten Schlüssel nach einer Bestätigung widerrufen (Entf)</translation>
    </message>
    <message>
        <source>&amp;Deactivate</source>
        <translation>&amp;Deaktivieren</translation>
    </message>
    <message>
        <source>Stop the selected keys from working, reversibly: Reactivate brings them back</source>
        <translation>Die ausgewählten Schlüssel umkehrbar außer Betrieb setzen: „Reaktivieren“ macht sie wieder nutzbar</translation>
    </message>
    <message>
        <source>Reactiv&amp;ate</source>
        <translation>&amp;Reaktivieren</translation>
    </message>
    <message>
        <source>Let the selected deactivated keys work again</source>
        <translation>Die ausgewählten deaktivierten Schlüssel wieder funktionieren lassen</translation>
    </message>
    <message>
        <source>Paste a list of key ids (or a CSV export) and revoke them</source>
        <translation>Eine Liste von Schlüssel-IDs (oder einen CSV-Export) einfügen und diese Schlüssel widerrufen</translation>
    </message>
    <message>
        <source>&amp;Copy Id</source>
        <translation>ID &amp;kopieren</translation>
    </message>
    <message>
        <source>Re&amp;voke…</source>
        <translation>&amp;Widerrufen…</translation>
    </message>
    <message>
        <source>Enter the portal address and an access token first.</source>
        <translation>Geben Sie zuerst die Portaladresse und ein Zugriffstoken ein.</translation>
    </message>
    <message>
        <source>Loading keys from %1…</source>
        <translation>Schlüssel werden von %1 geladen…</translation>
    </message>
    <message>
        <source>Read %1 keys from %2.</source>
        <translation>%1 Schlüssel von %2 gelesen.</translation>
    </message>
    <message>
        <source>Press Refresh (F5) to list the portal&apos;s keys.</source>
        <translation>Drücken Sie „Aktualisieren“ (F5), um die Schlüssel des Portals aufzulisten.</translation>
    </message>
    <message>
        <source>%1 of %2 keys</source>
        <translation>%1 von %2 Schlüsseln</translation>
    </message>
    <message>
        <source>Known once the keys are read or the connection is tested</source>
        <translation>Bekannt, sobald die Schlüssel gelesen oder die Verbindung getestet wurde</translation>
    </message>
    <message>
        <source>Cancelling: requests already sent finish, nothing more is sent.</source>
        <translation>Wird abgebrochen: Bereits gesendete Anfragen werden abgeschlossen, es wird nichts mehr gesendet.</translation>
    </message>
    <message>
        <source>%1 (%2 s)</source>
        <translation>%1 (%2 s)</translation>
    </message>
    <message>
        <source>The keys could not be read: %1. %2</source>
        <translation>Die Schlüssel konnten nicht gelesen werden: %1. %2</translation>
    </message>
    <message>
        <source>Keys of %1:</source>
        <translation>Schlüssel von %1:</translation>
    </message>
    <message>
        <source>Keys of %1 (profile “%2”):</source>
        <translation>Schlüssel von %1 (Profil „%2“):</translation>
    </message>
    <message>
        <source>The list shown was read from another portal or with another token. Press Refresh to read the keys of this one.</source>
        <translation>Die angezeigte Liste wurde von einem anderen Portal oder mit einem anderen Token gelesen. Klicken Sie auf „Aktualisieren“, um die Schlüssel dieses Portals zu lesen.</translation>
    </message>
    <message numerus="yes">
        <source>%n key(s)</source>
        <translation>
            <numerusform>%n Schlüssel</numerusform>
            <numerusform>%n Schlüssel</numerusform>
        </translation>
    </message>
    <message>
        <source>Deact&amp;ivate</source>
        <translation>Deakt&amp;ivieren</translation>
    </message>
    <message>
        <source>Revoke &amp;by Paste…</source>
        <translation>Per Ein&amp;fügen widerrufen…</translation>
    </message>
    <message numerus="yes">
        <source>Copied %n key id(s): %1.</source>
        <translation>
            <numerusform>%n Schlüssel-ID kopiert: %1.</numerusform>
            <numerusform>%n Schlüssel-IDs kopiert: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>Re&amp;activate</source>
        <translation>&amp;Reaktivieren</translation>
    </message>
</context>
<context>
    <name>LeakedSecretDialog</name>
    <message>
        <source>&amp;Find Keys</source>
        <translation>Schlüssel &amp;finden</translation>
    </message>
    <message>
        <source>&amp;Revoke Selected…</source>
        <translation>Ausgewählte &amp;widerrufen…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Revoke Leaked Secret</source>
        <translation>Geleaktes Secret widerrufen</translation>
    </message>
    <message>
        <source>Paste a leaked secret (sk-…), or any text that holds some: a log, a diff, a chat export. Only the secrets are taken out of it; they stay in this window&apos;s memory until it closes. Each is looked up on the portal, and revoked with your own token once you have chosen it.</source>
        <translation>Fügen Sie ein geleaktes Secret (sk-…) oder einen beliebigen Text ein, der Secrets enthält: ein Protokoll, ein Diff, einen Chat-Export. Nur die Secrets werden daraus entnommen; sie bleiben im Arbeitsspeicher dieses Fensters, bis es geschlossen wird. Jedes Secret wird auf dem Portal nachgeschlagen und mit Ihrem eigenen Token widerrufen, sobald Sie es ausgewählt haben.</translation>
    </message>
    <message>
        <source>sk-… or a whole block of text</source>
        <translation>sk-… oder ein ganzer Textblock</translation>
    </message>
    <message>
        <source>Text holding the leaked secrets</source>
        <translation>Text mit den geleakten Secrets</translation>
    </message>
    <message>
        <source>No API-key secret found. A DocSpace secret is sk- followed by 64 lower-case hexadecimal digits on one line; check that the paste is complete.</source>
        <translation>Kein Secret eines API-Schlüssels gefunden. Ein DocSpace-Secret ist sk- gefolgt von 64 kleingeschriebenen Hexadezimalziffern in einer Zeile; prüfen Sie, ob der eingefügte Text vollständig ist.</translation>
    </message>
    <message numerus="yes">
        <source>Found %n secret(s). The pasted text was cleared from this window.</source>
        <translation>
            <numerusform>%n Secret gefunden. Der eingefügte Text wurde aus diesem Fenster entfernt.</numerusform>
            <numerusform>%n Secrets gefunden. Der eingefügte Text wurde aus diesem Fenster entfernt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Asking the portal which key this is…</source>
        <translation>Das Portal wird gefragt, welcher Schlüssel dies ist…</translation>
    </message>
    <message>
        <source>active</source>
        <translation>aktiv</translation>
    </message>
    <message>
        <source>deactivated</source>
        <translation>deaktiviert</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>abgelaufen</translation>
    </message>
    <message>
        <source>“%1”, owner %2, ending %3, %4</source>
        <translation>„%1“, Besitzer %2, Endung %3, %4</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>Key:</source>
        <translation>Schlüssel:</translation>
    </message>
    <message>
        <source>Owner:</source>
        <translation>Besitzer:</translation>
    </message>
    <message>
        <source>Scopes:</source>
        <translation>Bereiche:</translation>
    </message>
    <message>
        <source>all (unrestricted)</source>
        <translation>alle (uneingeschränkt)</translation>
    </message>
    <message>
        <source>Expires:</source>
        <translation>Läuft ab:</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>Ending:</source>
        <translation>Endung:</translation>
    </message>
    <message>
        <source>Id:</source>
        <translation>ID:</translation>
    </message>
    <message>
        <source>Revoke this key</source>
        <translation>Diesen Schlüssel widerrufen</translation>
    </message>
    <message>
        <source>Revoke %1</source>
        <translation>%1 widerrufen</translation>
    </message>
    <message>
        <source>Identified by the portal: this secret belongs to this key.</source>
        <translation>Vom Portal ermittelt: Dieses Secret gehört zu diesem Schlüssel.</translation>
    </message>
    <message>
        <source>No longer works.</source>
        <translation>Funktioniert nicht mehr.</translation>
    </message>
    <message>
        <source>Not identified.</source>
        <translation>Nicht ermittelt.</translation>
    </message>
    <message>
        <source>None of the keys you can see ends in %1: nothing to revoke.</source>
        <translation>Keiner der Schlüssel, die Sie sehen können, endet auf %1: Es gibt nichts zu widerrufen.</translation>
    </message>
    <message>
        <source>Your keys ending in %1. The ending alone does not prove which key leaked: tick one only if you know it is the one.</source>
        <translation>Ihre Schlüssel, die auf %1 enden. Die Endung allein beweist nicht, welcher Schlüssel geleakt wurde: Markieren Sie einen nur, wenn Sie wissen, dass er es ist.</translation>
    </message>
    <message>
        <source>They are revoked with your own token, not with the leaked secret.</source>
        <translation>Sie werden mit Ihrem eigenen Token widerrufen, nicht mit dem geleakten Secret.</translation>
    </message>
    <message>
        <source>They are revoked with the token of profile “%1”, not with the leaked secret.</source>
        <translation>Sie werden mit dem Token des Profils „%1“ widerrufen, nicht mit dem geleakten Secret.</translation>
    </message>
    <message>
        <source>Revoked: %1.</source>
        <translation>Widerrufen: %1.</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Revoke %n Key(s)…</source>
        <translation>
            <numerusform>%n Schlüssel &amp;widerrufen…</numerusform>
            <numerusform>%n Schlüssel &amp;widerrufen…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LifecycleActions</name>
    <message>
        <source>&amp;Keys</source>
        <translation>&amp;Schlüssel</translation>
    </message>
    <message>
        <source>&amp;Create Key…</source>
        <translation>Schlüssel &amp;erstellen…</translation>
    </message>
    <message>
        <source>&amp;Edit Selected Key…</source>
        <translation>Ausgewählten Schlüssel &amp;bearbeiten…</translation>
    </message>
    <message>
        <source>&amp;Rotate Selected Keys…</source>
        <translation>Ausgewählte Schlüssel &amp;rotieren…</translation>
    </message>
    <message>
        <source>Retire Selected Keys in &amp;Stages…</source>
        <translation>Ausgewählte Schlüssel &amp;schrittweise stilllegen…</translation>
    </message>
    <message>
        <source>Retirement &amp;Plan</source>
        <translation>Stilllegungs&amp;plan</translation>
    </message>
    <message>
        <source>Keys of &amp;All Portals</source>
        <translation>Schlüssel &amp;aller Portale</translation>
    </message>
    <message>
        <source>Create API Key</source>
        <translation>API-Schlüssel erstellen</translation>
    </message>
    <message>
        <source>Choose a profile or enter the portal address and token first.</source>
        <translation>Wählen Sie zuerst ein Profil, oder geben Sie die Portaladresse und das Token ein.</translation>
    </message>
    <message>
        <source>Creating “%1”…</source>
        <translation>„%1“ wird erstellt…</translation>
    </message>
    <message>
        <source>Key Not Created</source>
        <translation>Schlüssel nicht erstellt</translation>
    </message>
    <message>
        <source>The portal said: %1</source>
        <translation>Das Portal meldete: %1</translation>
    </message>
    <message>
        <source>Created “%1” (…%2).</source>
        <translation>„%1“ (…%2) erstellt.</translation>
    </message>
    <message>
        <source>Edit API Key</source>
        <translation>API-Schlüssel bearbeiten</translation>
    </message>
    <message>
        <source>Select one key in the list to edit it.</source>
        <translation>Wählen Sie einen Schlüssel in der Liste aus, um ihn zu bearbeiten.</translation>
    </message>
    <message>
        <source>Restrict Your Own Key?</source>
        <translation>Eigenen Schlüssel einschränken?</translation>
    </message>
    <message>
        <source>Without *:write it can no longer change or revoke keys, and this window loses that too.</source>
        <translation>Ohne *:write kann er keine Schlüssel mehr ändern oder widerrufen, und dieses Fenster verliert diese Möglichkeit ebenfalls.</translation>
    </message>
    <message>
        <source>Restrict It &amp;Anyway</source>
        <translation>&amp;Trotzdem einschränken</translation>
    </message>
    <message>
        <source>“%1”: %2</source>
        <translation>„%1“: %2</translation>
    </message>
    <message>
        <source>Key Not Changed</source>
        <translation>Schlüssel nicht geändert</translation>
    </message>
    <message>
        <source>Rotate Keys</source>
        <translation>Schlüssel rotieren</translation>
    </message>
    <message>
        <source>Select the keys to rotate in the list.</source>
        <translation>Wählen Sie die zu rotierenden Schlüssel in der Liste aus.</translation>
    </message>
    <message numerus="yes">
        <source>Create a replacement for %n key(s)?</source>
        <translation>
            <numerusform>Einen Ersatz für %n Schlüssel erstellen?</numerusform>
            <numerusform>Ersatzschlüssel für %n Schlüssel erstellen?</numerusform>
        </translation>
    </message>
    <message>
        <source>%1

Each replacement gets the same name with “ (rotated)”, the same permissions and the same lifetime. The old keys keep working until you confirm their revocation after the new secrets are shown.</source>
        <translation>%1

Jeder Ersatz erhält denselben Namen mit „ (rotated)“, dieselben Berechtigungen und dieselbe Laufzeit. Die alten Schlüssel funktionieren weiter, bis Sie ihren Widerruf bestätigen, nachdem die neuen Secrets angezeigt wurden.</translation>
    </message>
    <message>
        <source>&amp;Create Replacements</source>
        <translation>Ersatzschlüssel &amp;erstellen</translation>
    </message>
    <message numerus="yes">
        <source>Creating %n replacement(s)…</source>
        <translation>
            <numerusform>%n Ersatzschlüssel wird erstellt…</numerusform>
            <numerusform>%n Ersatzschlüssel werden erstellt…</numerusform>
        </translation>
    </message>
    <message>
        <source>Rotation Stopped</source>
        <translation>Rotation abgebrochen</translation>
    </message>
    <message>
        <source>A replacement could not be created, so no old key was revoked.</source>
        <translation>Ein Ersatz konnte nicht erstellt werden, daher wurde kein alter Schlüssel widerrufen.</translation>
    </message>
    <message numerus="yes">
        <source>%n replacement(s) created; the old keys still work until you confirm their revocation.</source>
        <translation>
            <numerusform>%n Ersatzschlüssel erstellt; die alten Schlüssel funktionieren weiter, bis Sie ihren Widerruf bestätigen.</numerusform>
            <numerusform>%n Ersatzschlüssel erstellt; die alten Schlüssel funktionieren weiter, bis Sie ihren Widerruf bestätigen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Rotation stopped: a replacement could not be created.</source>
        <translation>Rotation abgebrochen: Ein Ersatz konnte nicht erstellt werden.</translation>
    </message>
    <message>
        <source>Old keys not revoked: they and their replacements all work.</source>
        <translation>Alte Schlüssel nicht widerrufen: Sie und ihre Ersatzschlüssel funktionieren alle.</translation>
    </message>
    <message numerus="yes">
        <source>Rotated %n key(s): the old ones are revoked.</source>
        <translation>
            <numerusform>%n Schlüssel rotiert: Der alte ist widerrufen.</numerusform>
            <numerusform>%n Schlüssel rotiert: Die alten sind widerrufen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Old Keys Still Work</source>
        <translation>Alte Schlüssel funktionieren noch</translation>
    </message>
    <message numerus="yes">
        <source>%n old key(s) could not be revoked and still work:</source>
        <translation>
            <numerusform>%n alter Schlüssel konnte nicht widerrufen werden und funktioniert noch:</numerusform>
            <numerusform>%n alte Schlüssel konnten nicht widerrufen werden und funktionieren noch:</numerusform>
        </translation>
    </message>
    <message>
        <source>Retire Keys</source>
        <translation>Schlüssel stilllegen</translation>
    </message>
    <message>
        <source>Select the keys to retire in the list.</source>
        <translation>Wählen Sie die stillzulegenden Schlüssel in der Liste aus.</translation>
    </message>
    <message>
        <source>Retire Keys in Stages</source>
        <translation>Schlüssel schrittweise stilllegen</translation>
    </message>
    <message numerus="yes">
        <source>%n key(s) are deactivated now and revoked after this many days, unless someone reactivates them meanwhile:</source>
        <translation>
            <numerusform>%n Schlüssel wird jetzt deaktiviert und nach so vielen Tagen widerrufen, sofern ihn nicht zwischenzeitlich jemand reaktiviert:</numerusform>
            <numerusform>%n Schlüssel werden jetzt deaktiviert und nach so vielen Tagen widerrufen, sofern sie nicht zwischenzeitlich jemand reaktiviert:</numerusform>
        </translation>
    </message>
    <message>
        <source>Plan Not Saved</source>
        <translation>Plan nicht gespeichert</translation>
    </message>
    <message>
        <source>The keys were deactivated, but the plan could not be saved.</source>
        <translation>Die Schlüssel wurden deaktiviert, aber der Plan konnte nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>Some Keys Not Retired</source>
        <translation>Einige Schlüssel nicht stillgelegt</translation>
    </message>
    <message numerus="yes">
        <source>%n key(s) could not be deactivated and are not in the plan; the status panel and History say why.</source>
        <translation>
            <numerusform>%n Schlüssel konnte nicht deaktiviert werden und ist nicht im Plan; Statusbereich und Verlauf nennen den Grund.</numerusform>
            <numerusform>%n Schlüssel konnten nicht deaktiviert werden und sind nicht im Plan; Statusbereich und Verlauf nennen den Grund.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n key(s) deactivated; see Keys ▸ Retirement Plan.</source>
        <translation>
            <numerusform>%n Schlüssel deaktiviert; siehe Schlüssel ▸ Stilllegungsplan.</numerusform>
            <numerusform>%n Schlüssel deaktiviert; siehe Schlüssel ▸ Stilllegungsplan.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Retirement plan: %n due key(s) handled.</source>
        <translation>
            <numerusform>Stilllegungsplan: %n fälliger Schlüssel bearbeitet.</numerusform>
            <numerusform>Stilllegungsplan: %n fällige Schlüssel bearbeitet.</numerusform>
        </translation>
    </message>
    <message>
        <source>Every replacement was created; these are the old keys. Until they are revoked, the old keys and their replacements all work.</source>
        <translation>Jeder Ersatz wurde erstellt; dies sind die alten Schlüssel. Bis sie widerrufen sind, funktionieren sowohl die alten Schlüssel als auch ihre Ersatzschlüssel.</translation>
    </message>
    <message>
        <source>Kept as you chose, beside its replacement: %1. Switch the profile to the replacement before revoking it.</source>
        <translation>Wie gewählt neben seinem Ersatz beibehalten: %1. Stellen Sie das Profil auf den Ersatz um, bevor Sie ihn widerrufen.</translation>
    </message>
    <message numerus="yes">
        <source>%n revoked</source>
        <translation>
            <numerusform>%n widerrufen</numerusform>
            <numerusform>%n widerrufen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n left alone (active again)</source>
        <translation>
            <numerusform>%n unberührt gelassen (wieder aktiv)</numerusform>
            <numerusform>%n unberührt gelassen (wieder aktiv)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already gone</source>
        <translation>
            <numerusform>%n bereits nicht mehr vorhanden</numerusform>
            <numerusform>%n bereits nicht mehr vorhanden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n still pending (not revoked; tried again next time)</source>
        <translation>
            <numerusform>%n noch ausstehend (nicht widerrufen; wird beim nächsten Mal erneut versucht)</numerusform>
            <numerusform>%n noch ausstehend (nicht widerrufen; werden beim nächsten Mal erneut versucht)</numerusform>
        </translation>
    </message>
    <message>
        <source>nothing was due</source>
        <translation>nichts war fällig</translation>
    </message>
    <message>
        <source>%1 (profile “%2”)</source>
        <translation>%1 (Profil „%2“)</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n key(s)</source>
        <translation>
            <numerusform>%1: %n Schlüssel</numerusform>
            <numerusform>%1: %n Schlüssel</numerusform>
        </translation>
    </message>
    <message>
        <source>Retirement Plan: Other Portals</source>
        <translation>Stilllegungsplan: Andere Portale</translation>
    </message>
    <message numerus="yes">
        <source>%n planned revocation(s) are due on portals other than this one.</source>
        <translation>
            <numerusform>%n geplanter Widerruf ist auf einem anderen Portal als diesem fällig.</numerusform>
            <numerusform>%n geplante Widerrufe sind auf anderen Portalen als diesem fällig.</numerusform>
        </translation>
    </message>
    <message>
        <source>Each is revoked with its saved profile&apos;s token, unless it was reactivated meanwhile (then it is left alone). This cannot be undone.</source>
        <translation>Jeder Schlüssel wird mit dem Token seines gespeicherten Profils widerrufen, sofern er nicht zwischenzeitlich reaktiviert wurde (dann bleibt er unberührt). Dies kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>&amp;Carry Out on All Portals</source>
        <translation>Auf allen Portalen &amp;ausführen</translation>
    </message>
    <message>
        <source>Retirement plan: the other portals&apos; due keys wait for the next time.</source>
        <translation>Stilllegungsplan: Die fälligen Schlüssel der anderen Portale warten bis zum nächsten Mal.</translation>
    </message>
    <message>
        <source>Retirement Plan Carried Out</source>
        <translation>Stilllegungsplan ausgeführt</translation>
    </message>
    <message>
        <source>What was due on the other portals:</source>
        <translation>Was auf den anderen Portalen fällig war:</translation>
    </message>
    <message>
        <source>%1: not carried out: no saved profile for this portal; open it in the window or run “docspace-keys-cli retire --due --portal %2”.</source>
        <translation>%1: nicht ausgeführt: kein gespeichertes Profil für dieses Portal; öffnen Sie es im Fenster oder führen Sie „docspace-keys-cli retire --due --portal %2“ aus.</translation>
    </message>
    <message>
        <source>%1: not carried out: no saved token (%2).</source>
        <translation>%1: nicht ausgeführt: kein gespeichertes Token (%2).</translation>
    </message>
    <message>
        <source>%1: not carried out: %2</source>
        <translation>%1: nicht ausgeführt: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>They are revoked after %n day(s) unless someone reactivates them meanwhile (Keys ▸ Retirement Plan).</source>
        <translation>
            <numerusform>Sie werden nach %n Tag widerrufen, sofern sie nicht zwischenzeitlich jemand reaktiviert (Schlüssel ▸ Stilllegungsplan).</numerusform>
            <numerusform>Sie werden nach %n Tagen widerrufen, sofern sie nicht zwischenzeitlich jemand reaktiviert (Schlüssel ▸ Stilllegungsplan).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>DocSpace Keys</source>
        <translation>DocSpace Keys</translation>
    </message>
    <message>
        <source>Settings problem</source>
        <translation>Problem mit den Einstellungen</translation>
    </message>
    <message>
        <source>Keychain unavailable</source>
        <translation>Schlüsselbund nicht verfügbar</translation>
    </message>
    <message>
        <source>Revoke API keys of an ONLYOFFICE DocSpace portal: by id, or pick them from the portal&apos;s list. A revoked key stops working at once; this cannot be undone.</source>
        <translation>API-Schlüssel eines ONLYOFFICE DocSpace-Portals widerrufen: anhand der ID oder durch Auswahl aus der Schlüsselliste des Portals. Ein widerrufener Schlüssel funktioniert sofort nicht mehr; dies kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>Saved portals: choosing one fills in its address, scheme and token</source>
        <translation>Gespeicherte Portale: Die Auswahl füllt Adresse, Schema und Token aus</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>The saved portal to use. Choosing one fills in its address, authentication scheme and token.</source>
        <translation>Das zu verwendende gespeicherte Portal. Die Auswahl füllt seine Adresse, sein Authentifizierungsschema und sein Token aus.</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Neu…</translation>
    </message>
    <message>
        <source>Save a portal as a new profile</source>
        <translation>Ein Portal als neues Profil speichern</translation>
    </message>
    <message>
        <source>New profile</source>
        <translation>Neues Profil</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>Edit every setting of this profile</source>
        <translation>Alle Einstellungen dieses Profils bearbeiten</translation>
    </message>
    <message>
        <source>Edit profile</source>
        <translation>Profil bearbeiten</translation>
    </message>
    <message>
        <source>&amp;More</source>
        <translation>&amp;Mehr</translation>
    </message>
    <message>
        <source>Duplicate, rename or delete this profile</source>
        <translation>Dieses Profil duplizieren, umbenennen oder löschen</translation>
    </message>
    <message>
        <source>More profile actions</source>
        <translation>Weitere Profilaktionen</translation>
    </message>
    <message>
        <source>&amp;Save to Profile</source>
        <translation>Im Pr&amp;ofil speichern</translation>
    </message>
    <message>
        <source>Save the portal address, scheme and token into this profile (Ctrl+S)</source>
        <translation>Portaladresse, Schema und Token in diesem Profil speichern (Strg+S)</translation>
    </message>
    <message>
        <source>Go back to the profile&apos;s saved address, scheme and token</source>
        <translation>Zu Adresse, Schema und Token zurückkehren, die im Profil gespeichert sind</translation>
    </message>
    <message>
        <source>https://portal.example.com</source>
        <translation>https://portal.example.com</translation>
    </message>
    <message>
        <source>The address of your DocSpace portal, as you open it in a browser</source>
        <translation>Die Adresse Ihres DocSpace-Portals, wie Sie sie im Browser öffnen</translation>
    </message>
    <message>
        <source>Portal address</source>
        <translation>Portaladresse</translation>
    </message>
    <message>
        <source>The address of the DocSpace portal, for example https://portal.example.com</source>
        <translation>Die Adresse des DocSpace-Portals, zum Beispiel https://portal.example.com</translation>
    </message>
    <message>
        <source>Portal address problem</source>
        <translation>Problem mit der Portaladresse</translation>
    </message>
    <message>
        <source>Allow unencrypted HTTP</source>
        <translation>Unverschlüsseltes HTTP erlauben</translation>
    </message>
    <message>
        <source>The portal address uses plain HTTP to another machine. Anyone on the network path can read the access token. Tick only if you accept that risk.</source>
        <translation>Die Portaladresse verwendet unverschlüsseltes HTTP zu einem anderen Rechner. Jeder auf dem Netzwerkpfad kann das Zugriffstoken mitlesen. Aktivieren Sie dies nur, wenn Sie dieses Risiko akzeptieren.</translation>
    </message>
    <message>
        <source>sk-… API key with the *:write scope, or a session token</source>
        <translation>API-Schlüssel (sk-…) mit dem Bereich *:write oder ein Sitzungstoken</translation>
    </message>
    <message>
        <source>Saved only in the system keychain, with its profile; never in a file, never logged</source>
        <translation>Nur im Schlüsselbund des Systems gespeichert, zusammen mit seinem Profil; nie in einer Datei, nie protokolliert</translation>
    </message>
    <message>
        <source>Access token</source>
        <translation>Zugriffstoken</translation>
    </message>
    <message>
        <source>An API key with write access to keys, or a session token of an administrator. It is never written to a file.</source>
        <translation>Ein API-Schlüssel mit Schreibzugriff auf Schlüssel oder ein Sitzungstoken eines Administrators. Es wird nie in eine Datei geschrieben.</translation>
    </message>
    <message>
        <source>Access token problem</source>
        <translation>Problem mit dem Zugriffstoken</translation>
    </message>
    <message>
        <source>Auto sends tokens starting with sk- as API keys and anything else as a session token</source>
        <translation>„Automatisch“ sendet Tokens, die mit sk- beginnen, als API-Schlüssel und alles andere als Sitzungstoken</translation>
    </message>
    <message>
        <source>Authentication scheme</source>
        <translation>Authentifizierungsschema</translation>
    </message>
    <message>
        <source>How the token is sent to the portal. Auto decides from the token.</source>
        <translation>Wie das Token an das Portal gesendet wird. „Automatisch“ entscheidet anhand des Tokens.</translation>
    </message>
    <message>
        <source>Auto</source>
        <translation>Automatisch</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <source>Session token</source>
        <translation>Sitzungstoken</translation>
    </message>
    <message>
        <source>e.g. 3f2504e0-4f89-11d3-9a0c-0305e82c3301</source>
        <translation>z. B. 3f2504e0-4f89-11d3-9a0c-0305e82c3301</translation>
    </message>
    <message>
        <source>The id (a UUID) of the API key to revoke, as listed under Developer Tools ▸ API keys</source>
        <translation>Die ID (eine UUID) des zu widerrufenden API-Schlüssels, wie unter Entwicklertools ▸ API-Schlüssel aufgeführt</translation>
    </message>
    <message>
        <source>Key id</source>
        <translation>Schlüssel-ID</translation>
    </message>
    <message>
        <source>The id of the API key to revoke, a UUID</source>
        <translation>Die ID des zu widerrufenden API-Schlüssels, eine UUID</translation>
    </message>
    <message>
        <source>Key id problem</source>
        <translation>Problem mit der Schlüssel-ID</translation>
    </message>
    <message>
        <source>Request in progress</source>
        <translation>Anfrage läuft</translation>
    </message>
    <message>
        <source>&amp;Test Connection</source>
        <translation>Verbindung &amp;testen</translation>
    </message>
    <message>
        <source>Sign in with this token and show who it is and what it may do; nothing is changed</source>
        <translation>Mit diesem Token anmelden und anzeigen, wem es gehört und was es darf; es wird nichts geändert</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Verbindung testen</translation>
    </message>
    <message>
        <source>Signs in to the portal with the token and reports the user, role and key, without changing anything</source>
        <translation>Meldet sich mit dem Token beim Portal an und zeigt Benutzer, Rolle und Schlüssel, ohne etwas zu ändern</translation>
    </message>
    <message>
        <source>Revoke the key (Ctrl+Return)</source>
        <translation>Den Schlüssel widerrufen (Strg+Eingabe)</translation>
    </message>
    <message>
        <source>Revoke key</source>
        <translation>Schlüssel widerrufen</translation>
    </message>
    <message>
        <source>Asks for confirmation, then revokes the API key on the portal</source>
        <translation>Fragt nach einer Bestätigung und widerruft dann den API-Schlüssel auf dem Portal</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Stop the request in progress (Esc)</source>
        <translation>Die laufende Anfrage abbrechen (Esc)</translation>
    </message>
    <message>
        <source>Cancel request</source>
        <translation>Anfrage abbrechen</translation>
    </message>
    <message>
        <source>Stops the request in progress</source>
        <translation>Bricht die laufende Anfrage ab</translation>
    </message>
    <message>
        <source>Connection test result</source>
        <translation>Ergebnis des Verbindungstests</translation>
    </message>
    <message>
        <source>Portal keys</source>
        <translation>Portalschlüssel</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Ergebnisse</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Profile</source>
        <translation>&amp;Profil</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;Import Profiles…</source>
        <translation>Profile &amp;importieren…</translation>
    </message>
    <message>
        <source>Add the profiles of a JSON file shared by a colleague</source>
        <translation>Die Profile aus einer JSON-Datei hinzufügen, die ein Kollege weitergegeben hat</translation>
    </message>
    <message>
        <source>&amp;Export Profiles…</source>
        <translation>Profile &amp;exportieren…</translation>
    </message>
    <message>
        <source>Save the profiles as JSON to share them; tokens are never exported</source>
        <translation>Die Profile als JSON speichern, um sie weiterzugeben; Tokens werden nie exportiert</translation>
    </message>
    <message>
        <source>&amp;New Profile…</source>
        <translation>&amp;Neues Profil…</translation>
    </message>
    <message>
        <source>&amp;Edit Profile…</source>
        <translation>Profil &amp;bearbeiten…</translation>
    </message>
    <message>
        <source>&amp;Duplicate Profile</source>
        <translation>Profil &amp;duplizieren</translation>
    </message>
    <message>
        <source>&amp;Rename Profile…</source>
        <translation>Profil &amp;umbenennen…</translation>
    </message>
    <message>
        <source>De&amp;lete Profile…</source>
        <translation>Profil &amp;löschen…</translation>
    </message>
    <message>
        <source>&amp;Save Changes to Profile</source>
        <translation>Änderungen im Profil &amp;speichern</translation>
    </message>
    <message>
        <source>Re&amp;vert Changes</source>
        <translation>Änderungen &amp;verwerfen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;About DocSpace Keys</source>
        <translation>&amp;Über DocSpace Keys</translation>
    </message>
    <message>
        <source>Tokens starting with sk- are sent as API keys, anything else as a session token</source>
        <translation>Tokens, die mit sk- beginnen, werden als API-Schlüssel gesendet, alles andere als Sitzungstoken</translation>
    </message>
    <message>
        <source>Sent as it is, like the token from signing in to the portal</source>
        <translation>Unverändert gesendet, wie das Token aus der Anmeldung am Portal</translation>
    </message>
    <message>
        <source>Cannot Connect</source>
        <translation>Verbindung nicht möglich</translation>
    </message>
    <message>
        <source>The profile&apos;s connection settings cannot be used.</source>
        <translation>Die Verbindungseinstellungen des Profils können nicht verwendet werden.</translation>
    </message>
    <message>
        <source>Testing the connection to %1…</source>
        <translation>Verbindung zu %1 wird getestet…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
    <message>
        <source>Saving the token…</source>
        <translation>Token wird gespeichert…</translation>
    </message>
    <message>
        <source>Enter the access token: an API key with the *:write scope (sk-…) or a session token of an administrator.</source>
        <translation>Geben Sie das Zugriffstoken ein: einen API-Schlüssel mit dem Bereich *:write (sk-…) oder ein Sitzungstoken eines Administrators.</translation>
    </message>
    <message>
        <source>This token will be sent as an API key.</source>
        <translation>Dieses Token wird als API-Schlüssel gesendet.</translation>
    </message>
    <message>
        <source>This token will be sent as a session token.</source>
        <translation>Dieses Token wird als Sitzungstoken gesendet.</translation>
    </message>
    <message>
        <source>Enter the portal address above to list its keys.</source>
        <translation>Geben Sie oben die Portaladresse ein, um seine Schlüssel aufzulisten.</translation>
    </message>
    <message>
        <source>Enter an access token above to list the portal&apos;s keys.</source>
        <translation>Geben Sie oben ein Zugriffstoken ein, um die Schlüssel des Portals aufzulisten.</translation>
    </message>
    <message>
        <source>Allow unencrypted HTTP above, or use an https:// address.</source>
        <translation>Erlauben Sie oben unverschlüsseltes HTTP oder verwenden Sie eine https://-Adresse.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>Certificate trusted for this session. Test the connection or revoke again.</source>
        <translation>Dem Zertifikat wird für diese Sitzung vertraut. Testen Sie die Verbindung oder widerrufen Sie erneut.</translation>
    </message>
    <message>
        <source>The connection test failed: %1.</source>
        <translation>Der Verbindungstest ist fehlgeschlagen: %1.</translation>
    </message>
    <message>
        <source>History problem</source>
        <translation>Problem mit dem Verlauf</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>Widerrufen</translation>
    </message>
    <message>
        <source>Revoke &amp;Leaked Secret…</source>
        <translation>Ge&amp;leaktes Secret widerrufen…</translation>
    </message>
    <message>
        <source>Paste a leaked sk- secret, or text holding some, to find its key and revoke it</source>
        <translation>Ein geleaktes sk-Secret oder Text, der welche enthält, einfügen, um den Schlüssel zu finden und zu widerrufen</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>Sent as &quot;Authorization: Bearer &lt;token&gt;&quot;: API keys, or a session token you want sent that way</source>
        <translation>Gesendet als „Authorization: Bearer &lt;token&gt;“: API-Schlüssel oder ein Sitzungstoken, das auf diese Weise gesendet werden soll</translation>
    </message>
    <message>
        <source>Send token as:</source>
        <translation>Token senden als:</translation>
    </message>
    <message>
        <source>T&amp;ools</source>
        <translation>W&amp;erkzeuge</translation>
    </message>
    <message>
        <source>Auto: API key</source>
        <translation>Automatisch: API-Schlüssel</translation>
    </message>
    <message>
        <source>Auto: session token</source>
        <translation>Automatisch: Sitzungstoken</translation>
    </message>
    <message>
        <source>Profile:</source>
        <translation>Profil:</translation>
    </message>
    <message>
        <source>Revert Chan&amp;ges</source>
        <translation>Änderungen &amp;verwerfen</translation>
    </message>
    <message>
        <source>Portal address:</source>
        <translation>Portaladresse:</translation>
    </message>
    <message>
        <source>Allow unencrypted HTTP to this portal (the token travels in clear te&amp;xt)</source>
        <translation>Unvers&amp;chlüsseltes HTTP zu diesem Portal erlauben (das Token wird im Klartext übertragen)</translation>
    </message>
    <message>
        <source>Access token:</source>
        <translation>Zugriffstoken:</translation>
    </message>
    <message>
        <source>Key id:</source>
        <translation>Schlüssel-ID:</translation>
    </message>
    <message>
        <source>Revoke Ke&amp;y</source>
        <translation>Schlüssel &amp;widerrufen</translation>
    </message>
    <message>
        <source>Revoke Leake&amp;d Secret…</source>
        <translation>&amp;Geleaktes Secret widerrufen…</translation>
    </message>
</context>
<context>
    <name>MemorySecretStore</name>
    <message>
        <source>memory only, until DocSpace Keys closes</source>
        <translation>nur im Arbeitsspeicher, bis DocSpace Keys beendet wird</translation>
    </message>
</context>
<context>
    <name>MessageBox</name>
    <message>
        <source>&amp;Replace</source>
        <translation>&amp;Ersetzen</translation>
    </message>
    <message>
        <source>&amp;Keep Both</source>
        <translation>&amp;Beide behalten</translation>
    </message>
    <message>
        <source>&amp;Skip</source>
        <translation>&amp;Überspringen</translation>
    </message>
</context>
<context>
    <name>OneTimeSecretDialog</name>
    <message>
        <source>New Secret, Shown Once</source>
        <translation>Neues Secret, einmalig angezeigt</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Copy the secret(s) now: they will not be shown again.&lt;/b&gt; Neither the portal nor DocSpace Keys keeps them; once this window is closed, only whoever stored them has them. The clipboard is cleared of them when DocSpace Keys quits.</source>
        <translation>
            <numerusform>&lt;b&gt;Kopieren Sie das Secret jetzt: Es wird nicht noch einmal angezeigt.&lt;/b&gt; Weder das Portal noch DocSpace Keys bewahrt es auf; sobald dieses Fenster geschlossen ist, hat es nur noch, wer es gespeichert hat. Die Zwischenablage wird beim Beenden von DocSpace Keys davon geleert.</numerusform>
            <numerusform>&lt;b&gt;Kopieren Sie die Secrets jetzt: Sie werden nicht noch einmal angezeigt.&lt;/b&gt; Weder das Portal noch DocSpace Keys bewahrt sie auf; sobald dieses Fenster geschlossen ist, hat sie nur noch, wer sie gespeichert hat. Die Zwischenablage wird beim Beenden von DocSpace Keys davon geleert.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Kopiert</translation>
    </message>
    <message>
        <source>&amp;Save to File…</source>
        <translation>In Datei &amp;speichern…</translation>
    </message>
    <message>
        <source>Save the New Secrets</source>
        <translation>Die neuen Secrets speichern</translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation>Textdateien (*.txt)</translation>
    </message>
    <message>
        <source>Secrets Saved</source>
        <translation>Secrets gespeichert</translation>
    </message>
    <message>
        <source>Saved to %1, readable by you only. Move them into your secret manager and delete the file.</source>
        <translation>In %1 gespeichert, nur für Sie lesbar. Übertragen Sie sie in Ihren Secret-Manager und löschen Sie die Datei.</translation>
    </message>
    <message>
        <source>Secrets Not Saved</source>
        <translation>Secrets nicht gespeichert</translation>
    </message>
    <message>
        <source>Cannot write %1: %2.</source>
        <translation>%1 kann nicht geschrieben werden: %2.</translation>
    </message>
</context>
<context>
    <name>OutcomeClassifier</name>
    <message>
        <source>Not sent: the address uses plain HTTP to a host on the network, so the token would travel unencrypted. Use the portal&apos;s https:// address, or explicitly allow unencrypted HTTP for this portal if the network is trusted.</source>
        <translation>Nicht gesendet: Die Adresse verwendet unverschlüsseltes HTTP zu einem Host im Netzwerk, das Token würde also unverschlüsselt übertragen. Verwenden Sie die https://-Adresse des Portals oder erlauben Sie ausdrücklich unverschlüsseltes HTTP für dieses Portal, wenn das Netzwerk vertrauenswürdig ist.</translation>
    </message>
    <message>
        <source>Cancelled. If the request had already reached the portal the key may still have been revoked; refresh the key list before trying again.</source>
        <translation>Abgebrochen. Falls die Anfrage das Portal bereits erreicht hatte, wurde der Schlüssel möglicherweise trotzdem widerrufen; aktualisieren Sie die Schlüsselliste, bevor Sie es erneut versuchen.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>The portal did not answer in time. It may be overloaded or the network slow. The key may or may not have been revoked: check the key list, then try again or raise the timeout.</source>
        <translation>Das Portal hat nicht rechtzeitig geantwortet. Es ist möglicherweise überlastet oder das Netzwerk ist langsam. Der Schlüssel wurde vielleicht widerrufen, vielleicht auch nicht: Prüfen Sie die Schlüsselliste und versuchen Sie es dann erneut oder erhöhen Sie das Zeitlimit.</translation>
    </message>
    <message>
        <source>The portal did not answer in time. It may be overloaded or the network slow: try again, or raise the timeout.</source>
        <translation>Das Portal hat nicht rechtzeitig geantwortet. Es ist möglicherweise überlastet oder das Netzwerk ist langsam: Versuchen Sie es erneut oder erhöhen Sie das Zeitlimit.</translation>
    </message>
    <message>
        <source>The portal&apos;s certificate is not trusted (%1), so nothing was sent. If this is your own on-premises portal, compare the fingerprint below with the one your server shows, then trust that certificate or add your internal CA file. Otherwise someone may be intercepting the connection.</source>
        <translation>Dem Zertifikat des Portals wird nicht vertraut (%1), daher wurde nichts gesendet. Wenn dies Ihr eigenes, selbst betriebenes Portal ist, vergleichen Sie den Fingerabdruck unten mit dem, den Ihr Server anzeigt, und vertrauen Sie dann diesem Zertifikat oder fügen Sie die Datei Ihrer internen CA hinzu. Andernfalls fängt möglicherweise jemand die Verbindung ab.</translation>
    </message>
    <message>
        <source>The portal redirected the request to another address (%1). DocSpace Keys never sends your token to another site, so the request went no further. If the portal has moved, enter its new address.</source>
        <translation>Das Portal hat die Anfrage an eine andere Adresse umgeleitet (%1). DocSpace Keys sendet Ihr Token nie an eine andere Website, daher wurde die Anfrage nicht weitergeführt. Wenn das Portal umgezogen ist, geben Sie seine neue Adresse ein.</translation>
    </message>
    <message>
        <source>The portal kept redirecting the request, so it was given up. Check the portal address.</source>
        <translation>Das Portal hat die Anfrage immer wieder umgeleitet, daher wurde sie aufgegeben. Prüfen Sie die Portaladresse.</translation>
    </message>
    <message>
        <source>The portal&apos;s answer was cut off before it was complete, so it is unknown whether the key was revoked. Refresh the key list to check, then try again.</source>
        <translation>Die Antwort des Portals brach ab, bevor sie vollständig war; daher ist unbekannt, ob der Schlüssel widerrufen wurde. Aktualisieren Sie die Schlüsselliste, um das zu prüfen, und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>The portal&apos;s answer was cut off before it was complete. Try again; if it keeps happening, a proxy may be cutting answers short.</source>
        <translation>Die Antwort des Portals brach ab, bevor sie vollständig war. Versuchen Sie es erneut; wenn das wiederholt passiert, kürzt möglicherweise ein Proxy die Antworten.</translation>
    </message>
    <message>
        <source>Could not reach the portal: %1. Check the address, your network connection, VPN or proxy, and try again.</source>
        <translation>Das Portal ist nicht erreichbar: %1. Prüfen Sie die Adresse, Ihre Netzwerkverbindung, VPN oder Proxy und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The portal did not accept the access token. It may be mistyped, expired, revoked or deactivated, or sent the wrong way (API keys starting with sk- must be sent as an API key: choose Auto or API key). Get a new token and try again.</source>
        <translation>Das Portal hat das Zugriffstoken nicht akzeptiert. Es ist möglicherweise falsch eingegeben, abgelaufen, widerrufen oder deaktiviert oder wurde auf die falsche Art gesendet (API-Schlüssel, die mit sk- beginnen, müssen als API-Schlüssel gesendet werden: Wählen Sie „Automatisch“ oder „API-Schlüssel“). Besorgen Sie ein neues Token und versuchen Sie es erneut.</translation>
    </message>
    <message numerus="yes">
        <source>The portal is limiting requests and kept refusing after %n attempt(s). Wait a minute, then try again.</source>
        <translation>
            <numerusform>Das Portal begrenzt die Anfragen und hat sie nach %n Versuch weiterhin abgelehnt. Warten Sie eine Minute und versuchen Sie es dann erneut.</numerusform>
            <numerusform>Das Portal begrenzt die Anfragen und hat sie nach %n Versuchen weiterhin abgelehnt. Warten Sie eine Minute und versuchen Sie es dann erneut.</numerusform>
        </translation>
    </message>
    <message>
        <source>The portal has no key with this id: it was already revoked, or the id is wrong. Nothing was changed.</source>
        <translation>Das Portal hat keinen Schlüssel mit dieser ID: Er wurde bereits widerrufen, oder die ID ist falsch. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>The portal or the proxy in front of it failed (%1). This is usually temporary: try again in a minute. If it persists, the portal&apos;s administrator should check the server.</source>
        <translation>Das Portal oder der vorgeschaltete Proxy hat einen Fehler gemeldet (%1). Das ist meist vorübergehend: Versuchen Sie es in einer Minute erneut. Wenn der Fehler bestehen bleibt, sollte der Administrator des Portals den Server prüfen.</translation>
    </message>
    <message>
        <source>The portal gave an unexpected answer (HTTP %1), so the key was not revoked. Check the address and the portal&apos;s message below.</source>
        <translation>Das Portal hat unerwartet geantwortet (HTTP %1), daher wurde der Schlüssel nicht widerrufen. Prüfen Sie die Adresse und die Meldung des Portals unten.</translation>
    </message>
    <message>
        <source>The portal gave an unexpected answer (HTTP %1). Check the address and the portal&apos;s message below.</source>
        <translation>Das Portal hat unerwartet geantwortet (HTTP %1). Prüfen Sie die Adresse und die Meldung des Portals unten.</translation>
    </message>
    <message>
        <source>a web page instead of JSON</source>
        <translation>eine Webseite statt JSON</translation>
    </message>
    <message>
        <source>an empty answer</source>
        <translation>eine leere Antwort</translation>
    </message>
    <message>
        <source>an answer that is not JSON</source>
        <translation>eine Antwort, die kein JSON ist</translation>
    </message>
    <message>
        <source>The portal sent %1, so it is unknown whether the key was revoked. The address may point to a login page or proxy rather than the DocSpace API; check it, then refresh the key list.</source>
        <translation>Das Portal hat %1 gesendet, daher ist unbekannt, ob der Schlüssel widerrufen wurde. Die Adresse verweist möglicherweise auf eine Anmeldeseite oder einen Proxy statt auf die DocSpace-API; prüfen Sie sie und aktualisieren Sie dann die Schlüsselliste.</translation>
    </message>
    <message>
        <source>The portal sent %1. The address may point to a login page or proxy rather than the DocSpace API; check it.</source>
        <translation>Das Portal hat %1 gesendet. Die Adresse verweist möglicherweise auf eine Anmeldeseite oder einen Proxy statt auf die DocSpace-API; prüfen Sie sie.</translation>
    </message>
    <message>
        <source>The portal reported a failure inside a successful answer, so the key was not revoked. Read the portal&apos;s message below.</source>
        <translation>Das Portal hat innerhalb einer erfolgreichen Antwort einen Fehler gemeldet, daher wurde der Schlüssel nicht widerrufen. Lesen Sie die Meldung des Portals unten.</translation>
    </message>
    <message>
        <source>The portal reported a failure inside a successful answer. Read the portal&apos;s message below.</source>
        <translation>Das Portal hat innerhalb einer erfolgreichen Antwort einen Fehler gemeldet. Lesen Sie die Meldung des Portals unten.</translation>
    </message>
    <message>
        <source>The portal&apos;s answer did not say whether the key was changed. Refresh the key list to check.</source>
        <translation>Die Antwort des Portals ließ offen, ob der Schlüssel geändert wurde. Aktualisieren Sie die Schlüsselliste, um das zu prüfen.</translation>
    </message>
    <message>
        <source>Deactivated. The key stops working until it is reactivated.</source>
        <translation>Deaktiviert. Der Schlüssel funktioniert nicht mehr, bis er reaktiviert wird.</translation>
    </message>
    <message>
        <source>Reactivated. The key works again.</source>
        <translation>Reaktiviert. Der Schlüssel funktioniert wieder.</translation>
    </message>
    <message>
        <source>The portal refused to reactivate this key. Expired keys cannot be reactivated, and only the key&apos;s creator or an administrator may change it.</source>
        <translation>Das Portal hat die Reaktivierung dieses Schlüssels abgelehnt. Abgelaufene Schlüssel können nicht reaktiviert werden, und nur der Ersteller des Schlüssels oder ein Administrator darf ihn ändern.</translation>
    </message>
    <message>
        <source>The portal refused to deactivate this key. Only the key&apos;s creator or an administrator may change it.</source>
        <translation>Das Portal hat die Deaktivierung dieses Schlüssels abgelehnt. Nur der Ersteller des Schlüssels oder ein Administrator darf ihn ändern.</translation>
    </message>
    <message>
        <source>Revoked. The key no longer works; anything that used it must get a new one.</source>
        <translation>Widerrufen. Der Schlüssel funktioniert nicht mehr; alles, was ihn verwendet hat, braucht einen neuen.</translation>
    </message>
    <message>
        <source>The portal refused to revoke this key. Only its creator or a portal administrator may revoke it: sign in with an administrator&apos;s token, or ask the key&apos;s owner.</source>
        <translation>Das Portal hat den Widerruf dieses Schlüssels abgelehnt. Nur sein Ersteller oder ein Administrator des Portals darf ihn widerrufen: Melden Sie sich mit dem Token eines Administrators an oder wenden Sie sich an den Besitzer des Schlüssels.</translation>
    </message>
    <message>
        <source>The portal&apos;s answer did not say whether the key was revoked. Refresh the key list to check.</source>
        <translation>Die Antwort des Portals ließ offen, ob der Schlüssel widerrufen wurde. Aktualisieren Sie die Schlüsselliste, um das zu prüfen.</translation>
    </message>
    <message>
        <source>The portal&apos;s answer had no content. Check that the address is a DocSpace portal.</source>
        <translation>Die Antwort des Portals hatte keinen Inhalt. Prüfen Sie, ob die Adresse zu einem DocSpace-Portal gehört.</translation>
    </message>
    <message>
        <source>The answer was far larger than a DocSpace answer can be, so reading stopped. Check that the address points to a DocSpace portal.</source>
        <translation>Die Antwort war weit größer, als eine DocSpace-Antwort sein kann, daher wurde das Lesen abgebrochen. Prüfen Sie, ob die Adresse auf ein DocSpace-Portal verweist.</translation>
    </message>
    <message>
        <source>Unknown: the connection failed after the request was sent (%1), so the portal may or may not have revoked the key. Refresh the key list to see whether it is still there.</source>
        <translation>Unbekannt: Die Verbindung ist nach dem Senden der Anfrage abgebrochen (%1), daher hat das Portal den Schlüssel möglicherweise widerrufen oder auch nicht. Aktualisieren Sie die Schlüsselliste, um zu sehen, ob er noch vorhanden ist.</translation>
    </message>
    <message>
        <source>Unknown: the connection failed after the request was sent (%1), so the portal may or may not have changed the key. Refresh the key list to see its state.</source>
        <translation>Unbekannt: Die Verbindung ist nach dem Senden der Anfrage abgebrochen (%1), daher hat das Portal den Schlüssel möglicherweise geändert oder auch nicht. Aktualisieren Sie die Schlüsselliste, um seinen Zustand zu sehen.</translation>
    </message>
    <message>
        <source>The portal refused access: “%1”. It accepts calls only from certain IP addresses: connect from an allowed network or VPN, or ask the portal&apos;s administrator to allow your address. Nothing was changed.</source>
        <translation>Das Portal hat den Zugriff verweigert: „%1“. Es nimmt Aufrufe nur von bestimmten IP-Adressen an: Verbinden Sie sich aus einem zugelassenen Netzwerk oder VPN, oder bitten Sie den Administrator des Portals, Ihre Adresse zuzulassen. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>The portal refused to create the key: “%1”. Guests cannot create API keys, and this portal may restrict developer tools to administrators: ask an administrator to create the key, or to allow developer tools for everyone.</source>
        <translation>Das Portal hat das Erstellen des Schlüssels verweigert: „%1“. Gäste können keine API-Schlüssel erstellen, und dieses Portal beschränkt die Entwicklertools möglicherweise auf Administratoren: Bitten Sie einen Administrator, den Schlüssel zu erstellen oder die Entwicklertools für alle freizugeben.</translation>
    </message>
    <message>
        <source>The portal refused to revoke this key: “%1”. This user may not manage keys (guests cannot): use an administrator&apos;s token with the *:write scope.</source>
        <translation>Das Portal hat den Widerruf dieses Schlüssels verweigert: „%1“. Dieser Benutzer darf keine Schlüssel verwalten (Gäste dürfen es nicht): Verwenden Sie das Token eines Administrators mit dem Bereich *:write.</translation>
    </message>
    <message>
        <source>The portal refused to change this key: “%1”. This user may not manage keys (guests cannot): use an administrator&apos;s token with the *:write scope.</source>
        <translation>Das Portal hat die Änderung dieses Schlüssels verweigert: „%1“. Dieser Benutzer darf keine Schlüssel verwalten (Gäste dürfen es nicht): Verwenden Sie das Token eines Administrators mit dem Bereich *:write.</translation>
    </message>
    <message>
        <source>The portal refused: “%1”. This user may not read this; use an administrator&apos;s token.</source>
        <translation>Das Portal hat verweigert: „%1“. Dieser Benutzer darf dies nicht lesen; verwenden Sie das Token eines Administrators.</translation>
    </message>
    <message>
        <source>If every call is refused this way, the portal may be being moved, restored or encrypted: try again later.</source>
        <translation>Werden alle Aufrufe auf diese Weise verweigert, wird das Portal möglicherweise gerade verschoben, wiederhergestellt oder verschlüsselt: Versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>The token is not allowed to revoke keys: it lacks the *:write scope. Use a token with write access (an administrator&apos;s, to revoke others&apos; keys). %1</source>
        <translation>Das Token darf keine Schlüssel widerrufen: Ihm fehlt der Bereich *:write. Verwenden Sie ein Token mit Schreibzugriff (das eines Administrators, um Schlüssel anderer zu widerrufen). %1</translation>
    </message>
    <message>
        <source>The token is not allowed to change keys: it lacks the *:write scope. %1</source>
        <translation>Das Token darf keine Schlüssel ändern: Ihm fehlt der Bereich *:write. %1</translation>
    </message>
    <message>
        <source>The token is not allowed to create keys: it lacks the *:write scope. %1</source>
        <translation>Das Token darf keine Schlüssel erstellen: Ihm fehlt der Bereich *:write. %1</translation>
    </message>
    <message>
        <source>The token is not allowed to read this: it lacks the scope needed (*:read, or accounts.self:read for the profile). %1</source>
        <translation>Das Token darf dies nicht lesen: Ihm fehlt der nötige Bereich (*:read oder accounts.self:read für das Profil). %1</translation>
    </message>
    <message>
        <source>The portal&apos;s subscription has lapsed (HTTP 402), so it answers no API calls and nothing was changed. The portal&apos;s owner must renew the payment in DocSpace (Payments); then try again.</source>
        <translation>Das Abonnement des Portals ist abgelaufen (HTTP 402), daher beantwortet es keine API-Aufrufe, und es wurde nichts geändert. Der Besitzer des Portals muss die Zahlung in DocSpace erneuern (Zahlungen); versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>The address answered that the DocSpace API is not there (HTTP 404): it is not a DocSpace portal with API keys, the portal is older than DocSpace 3.1, or it is suspended. Nothing was changed. Check the address; if it is right, ask the portal&apos;s owner whether the portal is suspended or needs an update.</source>
        <translation>Die Adresse hat geantwortet, dass die DocSpace-API dort nicht vorhanden ist (HTTP 404): Es ist kein DocSpace-Portal mit API-Schlüsseln, das Portal ist älter als DocSpace 3.1, oder es ist gesperrt. Es wurde nichts geändert. Prüfen Sie die Adresse; ist sie richtig, fragen Sie den Besitzer des Portals, ob das Portal gesperrt ist oder ein Update braucht.</translation>
    </message>
    <message>
        <source>The portal&apos;s certificate has changed since it was pinned, so nothing was sent. Pinned SHA-256: %1. The portal now shows: %2. If its certificate was renewed or replaced, check the new fingerprint with the server&apos;s administrator, then put it in the profile (Profile &gt; Edit). If nobody changed it, someone may be intercepting the connection: do not trust it.</source>
        <translation>Das Zertifikat des Portals hat sich geändert, seit es hinterlegt wurde, daher wurde nichts gesendet. Hinterlegtes SHA-256: %1. Das Portal zeigt jetzt: %2. Wenn sein Zertifikat erneuert oder ersetzt wurde, prüfen Sie den neuen Fingerabdruck beim Administrator des Servers und tragen Sie ihn dann im Profil ein (Profil &gt; Bearbeiten). Wenn niemand es geändert hat, fängt möglicherweise jemand die Verbindung ab: Vertrauen Sie ihr nicht.</translation>
    </message>
</context>
<context>
    <name>OutcomeStyle</name>
    <message>
        <source>Revoked</source>
        <translation>Widerrufen</translation>
    </message>
    <message>
        <source>Deactivated</source>
        <translation>Deaktiviert</translation>
    </message>
    <message>
        <source>Reactivated</source>
        <translation>Reaktiviert</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Nicht gefunden</translation>
    </message>
    <message>
        <source>Invalid key id</source>
        <translation>Ungültige Schlüssel-ID</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>Nicht angemeldet</translation>
    </message>
    <message>
        <source>Forbidden</source>
        <translation>Keine Berechtigung</translation>
    </message>
    <message>
        <source>Rate limited</source>
        <translation>Ratenbegrenzung</translation>
    </message>
    <message>
        <source>Server error</source>
        <translation>Serverfehler</translation>
    </message>
    <message>
        <source>Unexpected answer</source>
        <translation>Unerwartete Antwort</translation>
    </message>
    <message>
        <source>Network error</source>
        <translation>Netzwerkfehler</translation>
    </message>
    <message>
        <source>Timed out</source>
        <translation>Zeitüberschreitung</translation>
    </message>
    <message>
        <source>Certificate problem</source>
        <translation>Zertifikatsproblem</translation>
    </message>
    <message>
        <source>Unencrypted HTTP refused</source>
        <translation>Unverschlüsseltes HTTP abgelehnt</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>Portal unavailable</source>
        <translation>Portal nicht verfügbar</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Edited</source>
        <translation>Bearbeitet</translation>
    </message>
</context>
<context>
    <name>PasteIdsDialog</name>
    <message>
        <source>Revoke Keys by Id</source>
        <translation>Schlüssel anhand der ID widerrufen</translation>
    </message>
    <message>
        <source>Key ids</source>
        <translation>Schlüssel-IDs</translation>
    </message>
    <message>
        <source>3f2504e0-4f89-11d3-9a0c-0305e82c3301
…</source>
        <translation>3f2504e0-4f89-11d3-9a0c-0305e82c3301
…</translation>
    </message>
    <message>
        <source>Skipped lines</source>
        <translation>Übersprungene Zeilen</translation>
    </message>
    <message>
        <source>&amp;Revoke…</source>
        <translation>&amp;Widerrufen…</translation>
    </message>
    <message>
        <source>Line %1: %2 — %3</source>
        <translation>Zeile %1: %2 — %3</translation>
    </message>
    <message numerus="yes">
        <source>%n key id(s)</source>
        <translation>
            <numerusform>%n Schlüssel-ID</numerusform>
            <numerusform>%n Schlüssel-IDs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) skipped</source>
        <translation>
            <numerusform>%n Zeile übersprungen</numerusform>
            <numerusform>%n Zeilen übersprungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n repeat(s) ignored</source>
        <translation>
            <numerusform>%n Wiederholung ignoriert</numerusform>
            <numerusform>%n Wiederholungen ignoriert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Revoke %n Key(s)…</source>
        <translation>
            <numerusform>%n Schlüssel &amp;widerrufen…</numerusform>
            <numerusform>%n Schlüssel &amp;widerrufen…</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Paste key ids, one per line, or a CSV export with an &quot;id&quot; column. Lines without a key id are shown below and skipped.</source>
        <translation>&amp;Fügen Sie Schlüssel-IDs ein, eine pro Zeile, oder einen CSV-Export mit einer Spalte „id“. Zeilen ohne Schlüssel-ID werden unten angezeigt und übersprungen.</translation>
    </message>
</context>
<context>
    <name>PortalAddress</name>
    <message>
        <source>Enter the portal address, for example https://portal.example.com.</source>
        <translation>Geben Sie die Portaladresse ein, zum Beispiel https://portal.example.com.</translation>
    </message>
    <message>
        <source>A portal address cannot contain spaces.</source>
        <translation>Eine Portaladresse darf keine Leerzeichen enthalten.</translation>
    </message>
    <message>
        <source>This is not a valid web address.</source>
        <translation>Dies ist keine gültige Webadresse.</translation>
    </message>
    <message>
        <source>Only https:// (or http://) portal addresses are supported, not %1://.</source>
        <translation>Nur Portaladressen mit https:// (oder http://) werden unterstützt, nicht %1://.</translation>
    </message>
    <message>
        <source>Remove the user name or password from the address; the access token goes in its own field.</source>
        <translation>Entfernen Sie Benutzername oder Passwort aus der Adresse; das Zugriffstoken gehört in sein eigenes Feld.</translation>
    </message>
    <message>
        <source>The address has no host name.</source>
        <translation>Die Adresse enthält keinen Hostnamen.</translation>
    </message>
</context>
<context>
    <name>PortalProfile</name>
    <message>
        <source>Give the profile a name, for example &quot;Production&quot;.</source>
        <translation>Geben Sie dem Profil einen Namen, zum Beispiel „Produktion“.</translation>
    </message>
    <message>
        <source>The profile name is too long (at most %1 characters).</source>
        <translation>Der Profilname ist zu lang (höchstens %1 Zeichen).</translation>
    </message>
    <message>
        <source>The timeout must be between 1 and 3600 seconds.</source>
        <translation>Das Zeitlimit muss zwischen 1 und 3600 Sekunden liegen.</translation>
    </message>
    <message>
        <source>The trusted certificate fingerprint must be a SHA-256 digest: 64 hexadecimal digits, with or without colons.</source>
        <translation>Der Fingerabdruck des vertrauenswürdigen Zertifikats muss ein SHA-256-Hash sein: 64 Hexadezimalziffern, mit oder ohne Doppelpunkte.</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot;: unknown auth scheme &quot;%2&quot;.</source>
        <translation>Profil „%1“: unbekanntes Authentifizierungsschema „%2“.</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot;: %2</source>
        <translation>Profil „%1“: %2</translation>
    </message>
</context>
<context>
    <name>ProfileController</name>
    <message>
        <source>Unsaved Changes</source>
        <translation>Nicht gespeicherte Änderungen</translation>
    </message>
    <message>
        <source>Save the changes to the profile &quot;%1&quot;?</source>
        <translation>Änderungen im Profil „%1“ speichern?</translation>
    </message>
    <message>
        <source>The portal address, authentication scheme or token were changed here but not saved. Discarding them goes back to what the profile has saved.</source>
        <translation>Portaladresse, Authentifizierungsschema oder Token wurden hier geändert, aber nicht gespeichert. Wenn Sie sie verwerfen, gilt wieder der im Profil gespeicherte Stand.</translation>
    </message>
    <message>
        <source>Kept the unsaved changes.</source>
        <translation>Die nicht gespeicherten Änderungen wurden beibehalten.</translation>
    </message>
    <message>
        <source>No profile: nothing typed here is saved.</source>
        <translation>Kein Profil: Was hier eingegeben wird, wird nicht gespeichert.</translation>
    </message>
    <message>
        <source>Reading the token from %1…</source>
        <translation>Token wird gelesen (%1)…</translation>
    </message>
    <message>
        <source>No token is saved for &quot;%1&quot;: enter it, then choose Save to Profile.</source>
        <translation>Für „%1“ ist kein Token gespeichert: Geben Sie es ein und wählen Sie dann „Im Profil speichern“.</translation>
    </message>
    <message>
        <source>The token of &quot;%1&quot; could not be read: %2 Enter it here to use it now, or check that the keychain is unlocked and choose the profile again.</source>
        <translation>Das Token von „%1“ konnte nicht gelesen werden: %2 Geben Sie es hier ein, um es jetzt zu verwenden, oder prüfen Sie, ob der Schlüsselbund entsperrt ist, und wählen Sie das Profil erneut.</translation>
    </message>
    <message>
        <source>Token Not Saved</source>
        <translation>Token nicht gespeichert</translation>
    </message>
    <message>
        <source>The token of &quot;%1&quot; could not be saved.</source>
        <translation>Das Token von „%1“ konnte nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>(no profile)</source>
        <translation>(kein Profil)</translation>
    </message>
    <message>
        <source>Type a portal and token without saving them</source>
        <translation>Portal und Token eingeben, ohne sie zu speichern</translation>
    </message>
    <message>
        <source>portal address</source>
        <translation>Portaladresse</translation>
    </message>
    <message>
        <source>scheme</source>
        <translation>Schema</translation>
    </message>
    <message>
        <source>plain HTTP</source>
        <translation>unverschlüsseltes HTTP</translation>
    </message>
    <message>
        <source>token</source>
        <translation>Token</translation>
    </message>
    <message>
        <source>Changed here, not yet saved in &quot;%1&quot;: %2.</source>
        <translation>Hier geändert, noch nicht in „%1“ gespeichert: %2.</translation>
    </message>
    <message>
        <source>Profile Not Saved</source>
        <translation>Profil nicht gespeichert</translation>
    </message>
    <message>
        <source>The profile &quot;%1&quot; was not saved.</source>
        <translation>Das Profil „%1“ wurde nicht gespeichert.</translation>
    </message>
    <message>
        <source>Saved the profile &quot;%1&quot;.</source>
        <translation>Profil „%1“ gespeichert.</translation>
    </message>
    <message>
        <source>Back to the saved profile.</source>
        <translation>Zurück zum gespeicherten Profil.</translation>
    </message>
    <message>
        <source>Created the profile &quot;%1&quot;.</source>
        <translation>Profil „%1“ erstellt.</translation>
    </message>
    <message>
        <source>The token is still being read; try again in a moment.</source>
        <translation>Das Token wird noch gelesen; versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>Profile Not Duplicated</source>
        <translation>Profil nicht dupliziert</translation>
    </message>
    <message>
        <source>The profile &quot;%1&quot; was not duplicated.</source>
        <translation>Das Profil „%1“ wurde nicht dupliziert.</translation>
    </message>
    <message>
        <source>Created &quot;%1&quot; as a copy of &quot;%2&quot;.</source>
        <translation>„%1“ als Kopie von „%2“ erstellt.</translation>
    </message>
    <message>
        <source>Rename Profile</source>
        <translation>Profil umbenennen</translation>
    </message>
    <message>
        <source>New name for &quot;%1&quot;:</source>
        <translation>Neuer Name für „%1“:</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>&amp;Umbenennen</translation>
    </message>
    <message>
        <source>Profile Not Renamed</source>
        <translation>Profil nicht umbenannt</translation>
    </message>
    <message>
        <source>The profile &quot;%1&quot; was not renamed.</source>
        <translation>Das Profil „%1“ wurde nicht umbenannt.</translation>
    </message>
    <message>
        <source>Renamed &quot;%1&quot; to &quot;%2&quot;.</source>
        <translation>„%1“ in „%2“ umbenannt.</translation>
    </message>
    <message>
        <source>Delete Profile</source>
        <translation>Profil löschen</translation>
    </message>
    <message>
        <source>Delete the profile &quot;%1&quot;?</source>
        <translation>Das Profil „%1“ löschen?</translation>
    </message>
    <message>
        <source>Its settings and its saved token are deleted. This cannot be undone; the portal and its keys are not affected.</source>
        <translation>Seine Einstellungen und sein gespeichertes Token werden gelöscht. Dies kann nicht rückgängig gemacht werden; das Portal und seine Schlüssel sind nicht betroffen.</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Token Not Deleted</source>
        <translation>Token nicht gelöscht</translation>
    </message>
    <message>
        <source>The token of the deleted profile &quot;%1&quot; could not be removed from %2.</source>
        <translation>Das Token des gelöschten Profils „%1“ konnte nicht entfernt werden (%2).</translation>
    </message>
    <message>
        <source>Deleted the profile &quot;%1&quot; and its token.</source>
        <translation>Profil „%1“ und sein Token wurden gelöscht.</translation>
    </message>
    <message>
        <source>Import Profiles</source>
        <translation>Profile importieren</translation>
    </message>
    <message>
        <source>Profiles (*.json);;All files (*)</source>
        <translation>Profile (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Profiles Not Imported</source>
        <translation>Profile nicht importiert</translation>
    </message>
    <message>
        <source>Cannot read %1.</source>
        <translation>%1 kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>%1. Check that the file exists and may be read.</source>
        <translation>%1. Prüfen Sie, ob die Datei existiert und gelesen werden darf.</translation>
    </message>
    <message>
        <source>%1 holds no profiles that can be imported.</source>
        <translation>%1 enthält keine Profile, die importiert werden können.</translation>
    </message>
    <message>
        <source>Profiles Imported</source>
        <translation>Profile importiert</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n profile(s) from %1.</source>
        <translation>
            <numerusform>%n Profil aus %1 importiert.</numerusform>
            <numerusform>%n Profile aus %1 importiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Exports never contain tokens: choose each imported profile, enter its token and choose Save to Profile.</source>
        <translation>Exporte enthalten nie Tokens: Wählen Sie jedes importierte Profil, geben Sie sein Token ein und wählen Sie „Im Profil speichern“.</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n profile(s).</source>
        <translation>
            <numerusform>%n Profil importiert.</numerusform>
            <numerusform>%n Profile importiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to Export</source>
        <translation>Nichts zu exportieren</translation>
    </message>
    <message>
        <source>There are no profiles yet.</source>
        <translation>Es gibt noch keine Profile.</translation>
    </message>
    <message>
        <source>Export Profiles (tokens are never exported)</source>
        <translation>Profile exportieren (Tokens werden nie exportiert)</translation>
    </message>
    <message>
        <source>Profiles (*.json)</source>
        <translation>Profile (*.json)</translation>
    </message>
    <message>
        <source>Profiles Not Exported</source>
        <translation>Profile nicht exportiert</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>%1 kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>%1. Choose another folder.</source>
        <translation>%1. Wählen Sie einen anderen Ordner.</translation>
    </message>
    <message>
        <source>Profiles Exported</source>
        <translation>Profile exportiert</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n profile(s) to %1.</source>
        <translation>
            <numerusform>%n Profil nach %1 exportiert.</numerusform>
            <numerusform>%n Profile nach %1 exportiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>The file holds portal addresses and settings only. Tokens are never exported: whoever imports it enters their own.</source>
        <translation>Die Datei enthält nur Portaladressen und Einstellungen. Tokens werden nie exportiert: Wer sie importiert, gibt sein eigenes ein.</translation>
    </message>
    <message>
        <source>Demo mode: tokens are kept in memory only, on purpose, and forgotten when DocSpace Keys closes. Nothing is written to the system keychain.</source>
        <translation>Demomodus: Tokens werden absichtlich nur im Arbeitsspeicher gehalten und beim Beenden von DocSpace Keys verworfen. In den Schlüsselbund des Systems wird nichts geschrieben.</translation>
    </message>
    <message>
        <source>No system keychain is available: tokens are kept only until DocSpace Keys closes.</source>
        <translation>Kein Schlüsselbund des Systems verfügbar: Tokens werden nur aufbewahrt, bis DocSpace Keys beendet wird.</translation>
    </message>
    <message>
        <source>Demo mode</source>
        <translation>Demomodus</translation>
    </message>
    <message>
        <source>Keychain unavailable</source>
        <translation>Schlüsselbund nicht verfügbar</translation>
    </message>
    <message>
        <source>Profile Name Exists</source>
        <translation>Profilname existiert bereits</translation>
    </message>
    <message>
        <source>A profile named &quot;%1&quot; exists already.</source>
        <translation>Ein Profil namens „%1“ existiert bereits.</translation>
    </message>
    <message>
        <source>Both are for %1. Replace keeps the saved token.</source>
        <translation>Beide gelten für %1. „Ersetzen“ behält das gespeicherte Token.</translation>
    </message>
    <message>
        <source>The saved one is for %1, the imported one for %2. Replace deletes the saved token, which belongs to the other portal.</source>
        <translation>Das gespeicherte gilt für %1, das importierte für %2. „Ersetzen“ löscht das gespeicherte Token, das zum anderen Portal gehört.</translation>
    </message>
    <message>
        <source>Keep Both adds the imported one under a new name; Skip leaves it out.</source>
        <translation>„Beide behalten“ fügt das importierte unter einem neuen Namen hinzu; „Überspringen“ lässt es aus.</translation>
    </message>
    <message numerus="yes">
        <source>Do the same for the other %n profile(s) whose name exists</source>
        <translation>
            <numerusform>Ebenso für das weitere %n Profil verfahren, dessen Name existiert</numerusform>
            <numerusform>Ebenso für die weiteren %n Profile verfahren, deren Name existiert</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>Es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n of them replaced a profile of the same name</source>
        <translation>
            <numerusform>%n davon hat ein Profil mit demselben Namen ersetzt</numerusform>
            <numerusform>%n davon haben ein Profil mit demselben Namen ersetzt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped because the name exists</source>
        <translation>
            <numerusform>%n übersprungen, weil der Name existiert</numerusform>
            <numerusform>%n übersprungen, weil der Name existiert</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>e.g. Production</source>
        <translation>z. B. Produktion</translation>
    </message>
    <message>
        <source>How this portal is listed in the profile selector</source>
        <translation>Wie dieses Portal in der Profilauswahl angezeigt wird</translation>
    </message>
    <message>
        <source>Profile name</source>
        <translation>Profilname</translation>
    </message>
    <message>
        <source>Profile name problem</source>
        <translation>Problem mit dem Profilnamen</translation>
    </message>
    <message>
        <source>&amp;Portal address:</source>
        <translation>&amp;Portaladresse:</translation>
    </message>
    <message>
        <source>https://portal.example.com</source>
        <translation>https://portal.example.com</translation>
    </message>
    <message>
        <source>The address of the DocSpace portal, as you open it in a browser</source>
        <translation>Die Adresse des DocSpace-Portals, wie Sie sie im Browser öffnen</translation>
    </message>
    <message>
        <source>Portal address</source>
        <translation>Portaladresse</translation>
    </message>
    <message>
        <source>Portal address problem</source>
        <translation>Problem mit der Portaladresse</translation>
    </message>
    <message>
        <source>Send token &amp;as:</source>
        <translation>Token senden &amp;als:</translation>
    </message>
    <message>
        <source>Auto sends tokens starting with sk- as API keys and anything else as a session token</source>
        <translation>„Automatisch“ sendet Tokens, die mit sk- beginnen, als API-Schlüssel und alles andere als Sitzungstoken</translation>
    </message>
    <message>
        <source>Authentication scheme</source>
        <translation>Authentifizierungsschema</translation>
    </message>
    <message>
        <source>Auto</source>
        <translation>Automatisch</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <source>Session token</source>
        <translation>Sitzungstoken</translation>
    </message>
    <message>
        <source>Access &amp;token:</source>
        <translation>Zugriffs&amp;token:</translation>
    </message>
    <message>
        <source>sk-… API key with the *:write scope, or a session token</source>
        <translation>API-Schlüssel (sk-…) mit dem Bereich *:write oder ein Sitzungstoken</translation>
    </message>
    <message>
        <source>Stored in the system keychain, never in a file</source>
        <translation>Im Schlüsselbund des Systems gespeichert, nie in einer Datei</translation>
    </message>
    <message>
        <source>Access token</source>
        <translation>Zugriffstoken</translation>
    </message>
    <message>
        <source>Where the token is kept</source>
        <translation>Wo das Token aufbewahrt wird</translation>
    </message>
    <message>
        <source>Allow unencrypted &amp;HTTP to this portal</source>
        <translation>Unverschlüsseltes &amp;HTTP zu diesem Portal erlauben</translation>
    </message>
    <message>
        <source>Needed only for a plain http:// address on another machine</source>
        <translation>Nur für eine unverschlüsselte http://-Adresse auf einem anderen Rechner nötig</translation>
    </message>
    <message>
        <source>Allow unencrypted HTTP</source>
        <translation>Unverschlüsseltes HTTP erlauben</translation>
    </message>
    <message>
        <source>Unencrypted HTTP warning</source>
        <translation>Warnung zu unverschlüsseltem HTTP</translation>
    </message>
    <message>
        <source>Trusted &amp;certificate:</source>
        <translation>Vertrauenswürdiges &amp;Zertifikat:</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint, e.g. AB:CD:…</source>
        <translation>SHA-256-Fingerabdruck, z. B. AB:CD:…</translation>
    </message>
    <message>
        <source>Trust exactly this certificate (an on-premises portal with a self-signed certificate). Colons and case do not matter.</source>
        <translation>Genau diesem Zertifikat vertrauen (ein selbst betriebenes Portal mit selbstsigniertem Zertifikat). Doppelpunkte sowie Groß- und Kleinschreibung spielen keine Rolle.</translation>
    </message>
    <message>
        <source>Trusted certificate fingerprint</source>
        <translation>Fingerabdruck des vertrauenswürdigen Zertifikats</translation>
    </message>
    <message>
        <source>Certificate fingerprint problem</source>
        <translation>Problem mit dem Zertifikatsfingerabdruck</translation>
    </message>
    <message>
        <source>Extra CA &amp;file:</source>
        <translation>Zusätzliche CA-&amp;Datei:</translation>
    </message>
    <message>
        <source>PEM or DER file of an internal certificate authority</source>
        <translation>PEM- oder DER-Datei einer internen Zertifizierungsstelle</translation>
    </message>
    <message>
        <source>Certificates of your organization&apos;s own certificate authority, trusted in addition to the system ones</source>
        <translation>Zertifikate der eigenen Zertifizierungsstelle Ihrer Organisation, denen zusätzlich zu denen des Systems vertraut wird</translation>
    </message>
    <message>
        <source>Extra CA file</source>
        <translation>Zusätzliche CA-Datei</translation>
    </message>
    <message>
        <source>Choose the CA file</source>
        <translation>Die CA-Datei auswählen</translation>
    </message>
    <message>
        <source>CA file problem</source>
        <translation>Problem mit der CA-Datei</translation>
    </message>
    <message>
        <source>Request t&amp;imeout:</source>
        <translation>Zeitl&amp;imit für Anfragen:</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>A request that receives nothing for this long ends as a timeout</source>
        <translation>Eine Anfrage, die so lange nichts empfängt, endet mit einer Zeitüberschreitung</translation>
    </message>
    <message>
        <source>Request timeout in seconds</source>
        <translation>Zeitlimit für Anfragen in Sekunden</translation>
    </message>
    <message>
        <source>Why the profile cannot be saved</source>
        <translation>Warum das Profil nicht gespeichert werden kann</translation>
    </message>
    <message>
        <source>&amp;Save Profile</source>
        <translation>Profil &amp;speichern</translation>
    </message>
    <message>
        <source>The token will travel in clear text to a plain http:// address: anyone on the network path can read and use it. Use this only on a network you control.</source>
        <translation>Das Token wird im Klartext an eine unverschlüsselte http://-Adresse übertragen: Jeder auf dem Netzwerkpfad kann es mitlesen und verwenden. Verwenden Sie dies nur in einem Netzwerk, das Sie kontrollieren.</translation>
    </message>
    <message>
        <source>New Profile</source>
        <translation>Neues Profil</translation>
    </message>
    <message>
        <source>Edit Profile</source>
        <translation>Profil bearbeiten</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>Stored in %1, never in a file. Leave empty to type it each time.</source>
        <translation>Speicherort: %1, nie in einer Datei. Leer lassen, um es jedes Mal einzugeben.</translation>
    </message>
    <message>
        <source>No system keychain is available: the token is kept only until DocSpace Keys closes.</source>
        <translation>Kein Schlüsselbund des Systems verfügbar: Das Token wird nur aufbewahrt, bis DocSpace Keys beendet wird.</translation>
    </message>
    <message>
        <source>Choose the Extra CA File</source>
        <translation>Zusätzliche CA-Datei auswählen</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer *.der);;All files (*)</source>
        <translation>Zertifikate (*.pem *.crt *.cer *.der);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Enter a name for this profile, e.g. the portal&apos;s purpose or customer.</source>
        <translation>Geben Sie einen Namen für dieses Profil ein, z. B. den Zweck des Portals oder den Kunden.</translation>
    </message>
    <message>
        <source>Another profile is already called &quot;%1&quot;. Choose another name.</source>
        <translation>Ein anderes Profil heißt bereits „%1“. Wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <source>This is not a SHA-256 fingerprint: expected 64 hexadecimal digits, with or without colons.</source>
        <translation>Dies ist kein SHA-256-Fingerabdruck: Erwartet werden 64 Hexadezimalziffern, mit oder ohne Doppelpunkte.</translation>
    </message>
    <message>
        <source>There is no file at this path. Choose the CA certificate file again.</source>
        <translation>Unter diesem Pfad gibt es keine Datei. Wählen Sie die CA-Zertifikatsdatei erneut aus.</translation>
    </message>
    <message>
        <source>This file cannot be read. Check its permissions or choose another file.</source>
        <translation>Diese Datei kann nicht gelesen werden. Prüfen Sie ihre Berechtigungen oder wählen Sie eine andere Datei.</translation>
    </message>
    <message>
        <source>This plain http:// address would send the token unencrypted. Use an https:// address, or tick &quot;%1&quot;.</source>
        <translation>Diese einfache http://-Adresse würde das Token unverschlüsselt senden. Verwenden Sie eine https://-Adresse, oder aktivieren Sie „%1“.</translation>
    </message>
    <message>
        <source>Ch&amp;oose…</source>
        <translation>Aus&amp;wählen…</translation>
    </message>
</context>
<context>
    <name>ProfileStore</name>
    <message>
        <source>it cannot be read</source>
        <translation>sie kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>it is damaged</source>
        <translation>sie ist beschädigt</translation>
    </message>
    <message>
        <source>it was written by a newer version of DocSpace Keys</source>
        <translation>sie wurde von einer neueren Version von DocSpace Keys geschrieben</translation>
    </message>
    <message>
        <source>Your saved profiles could not be loaded: %1. The file was kept as %2, and DocSpace Keys starts without profiles.</source>
        <translation>Ihre gespeicherten Profile konnten nicht geladen werden: %1. Die Datei wurde als %2 aufbewahrt, und DocSpace Keys startet ohne Profile.</translation>
    </message>
    <message>
        <source>Your saved profiles could not be loaded: %1. The file %2 is left untouched and nothing will be saved this session; move it away to start afresh.</source>
        <translation>Ihre gespeicherten Profile konnten nicht geladen werden: %1. Die Datei %2 bleibt unverändert, und in dieser Sitzung wird nichts gespeichert; verschieben Sie sie, um neu zu beginnen.</translation>
    </message>
    <message>
        <source>Your profiles could not be saved to %1. Check that the folder is writable and the disk is not full.</source>
        <translation>Ihre Profile konnten nicht in %1 gespeichert werden. Prüfen Sie, ob der Ordner beschreibbar und der Datenträger nicht voll ist.</translation>
    </message>
    <message>
        <source>A profile named &quot;%1&quot; already exists. Choose another name.</source>
        <translation>Ein Profil namens „%1“ existiert bereits. Wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <source>Portal</source>
        <translation>Portal</translation>
    </message>
    <message>
        <source>The file is not valid JSON (%1).</source>
        <translation>Die Datei ist kein gültiges JSON (%1).</translation>
    </message>
    <message>
        <source>The file was exported by a newer version of DocSpace Keys.</source>
        <translation>Die Datei wurde von einer neueren Version von DocSpace Keys exportiert.</translation>
    </message>
    <message>
        <source>The file is not a DocSpace Keys profile export.</source>
        <translation>Die Datei ist kein Profilexport von DocSpace Keys.</translation>
    </message>
</context>
<context>
    <name>RetirementEntry</name>
    <message>
        <source>Taken out of the plan; the key stays deactivated.</source>
        <translation>Aus dem Plan genommen; der Schlüssel bleibt deaktiviert.</translation>
    </message>
    <message>
        <source>Deactivated, to be revoked</source>
        <translation>Deaktiviert, Widerruf geplant</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Widerrufen</translation>
    </message>
    <message>
        <source>Reactivated meanwhile: left alone</source>
        <translation>Zwischenzeitlich reaktiviert: unberührt gelassen</translation>
    </message>
    <message>
        <source>No longer on the portal</source>
        <translation>Nicht mehr auf dem Portal</translation>
    </message>
    <message>
        <source>Taken out of the plan</source>
        <translation>Aus dem Plan genommen</translation>
    </message>
    <message numerus="yes">
        <source>Deactivated; revoked after %n day(s) unless reactivated.</source>
        <translation>
            <numerusform>Deaktiviert; wird nach %n Tag widerrufen, sofern nicht reaktiviert.</numerusform>
            <numerusform>Deaktiviert; wird nach %n Tagen widerrufen, sofern nicht reaktiviert.</numerusform>
        </translation>
    </message>
    <message>
        <source>The key was no longer on the portal when due: someone revoked it already.</source>
        <translation>Der Schlüssel war bei Fälligkeit nicht mehr auf dem Portal: Jemand hat ihn bereits widerrufen.</translation>
    </message>
    <message>
        <source>The key was active again when due (reactivated on the portal), so it was left alone.</source>
        <translation>Der Schlüssel war bei Fälligkeit wieder aktiv (auf dem Portal reaktiviert) und wurde daher unberührt gelassen.</translation>
    </message>
    <message>
        <source>Revoked as planned.</source>
        <translation>Wie geplant widerrufen.</translation>
    </message>
    <message>
        <source>The key was no longer on the portal when due.</source>
        <translation>Der Schlüssel war bei Fälligkeit nicht mehr auf dem Portal.</translation>
    </message>
    <message>
        <source>Revoking failed (%1); tried again at the next run.</source>
        <translation>Widerruf fehlgeschlagen (%1); wird beim nächsten Lauf erneut versucht.</translation>
    </message>
</context>
<context>
    <name>RetirementPlan</name>
    <message>
        <source>Cannot read the retirement plan %1: %2.</source>
        <translation>Der Stilllegungsplan %1 kann nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <source>The retirement plan %1 is damaged or from another version; it was left as it is. Move it aside to start a new plan.</source>
        <translation>Der Stilllegungsplan %1 ist beschädigt oder stammt aus einer anderen Version; er wurde unverändert gelassen. Verschieben Sie ihn, um einen neuen Plan zu beginnen.</translation>
    </message>
    <message>
        <source>The retirement plan %1 is locked by another DocSpace Keys process.</source>
        <translation>Der Stilllegungsplan %1 ist von einem anderen Prozess von DocSpace Keys gesperrt.</translation>
    </message>
    <message>
        <source>Cannot write the retirement plan %1: %2.</source>
        <translation>Der Stilllegungsplan %1 kann nicht geschrieben werden: %2.</translation>
    </message>
</context>
<context>
    <name>RetirementPlanView</name>
    <message>
        <source>Retirement Plan</source>
        <translation>Stilllegungsplan</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Portal</source>
        <translation>Portal</translation>
    </message>
    <message>
        <source>Deactivated</source>
        <translation>Deaktiviert am</translation>
    </message>
    <message>
        <source>Revoke after</source>
        <translation>Widerruf ab</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>Carry Out &amp;Due Now</source>
        <translation>&amp;Fälliges jetzt ausführen</translation>
    </message>
    <message>
        <source>&amp;Take Out of Plan</source>
        <translation>Aus dem Plan &amp;nehmen</translation>
    </message>
    <message>
        <source>Due now</source>
        <translation>Jetzt fällig</translation>
    </message>
    <message>
        <source>Plan Not Changed</source>
        <translation>Plan nicht geändert</translation>
    </message>
    <message numerus="yes">
        <source>%n key(s) waiting to be revoked. Due keys are revoked when DocSpace Keys lists their portal&apos;s keys (those of the other saved profiles&apos; portals after one question), on Carry Out Due Now, or when &apos;docspace-keys-cli retire --due&apos; runs (see the README for a daily timer). A key reactivated meanwhile is left alone.</source>
        <translation>
            <numerusform>%n Schlüssel wartet auf den Widerruf. Fällige Schlüssel werden widerrufen, wenn DocSpace Keys die Schlüssel ihres Portals auflistet (die der Portale der anderen gespeicherten Profile nach einer Rückfrage), bei „Fälliges jetzt ausführen“ oder wenn &apos;docspace-keys-cli retire --due&apos; läuft (siehe README für einen täglichen Timer). Ein zwischenzeitlich reaktivierter Schlüssel bleibt unberührt.</numerusform>
            <numerusform>%n Schlüssel warten auf den Widerruf. Fällige Schlüssel werden widerrufen, wenn DocSpace Keys die Schlüssel ihres Portals auflistet (die der Portale der anderen gespeicherten Profile nach einer Rückfrage), bei „Fälliges jetzt ausführen“ oder wenn &apos;docspace-keys-cli retire --due&apos; läuft (siehe README für einen täglichen Timer). Ein zwischenzeitlich reaktivierter Schlüssel bleibt unberührt.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SandboxDemo</name>
    <message>
        <source>Cannot read the sandbox info file %1: %2. Start docspace-sandbox with --info-file and pass the same path.</source>
        <translation>Die Infodatei der Sandbox %1 kann nicht gelesen werden: %2. Starten Sie docspace-sandbox mit --info-file und übergeben Sie denselben Pfad.</translation>
    </message>
    <message>
        <source>The sandbox info file is not valid JSON (%1).</source>
        <translation>Die Infodatei der Sandbox ist kein gültiges JSON (%1).</translation>
    </message>
    <message>
        <source>The sandbox info file names no portal address (httpsUrl or httpUrl).</source>
        <translation>Die Infodatei der Sandbox nennt keine Portaladresse (httpsUrl oder httpUrl).</translation>
    </message>
    <message>
        <source>The sandbox info file has no &quot;Admin console&quot; key to sign in with.</source>
        <translation>Die Infodatei der Sandbox enthält keinen Schlüssel „Admin console“ zum Anmelden.</translation>
    </message>
    <message>
        <source>The sandbox info file has no other key of the owner to revoke.</source>
        <translation>Die Infodatei der Sandbox enthält keinen weiteren Schlüssel des Besitzers, der widerrufen werden kann.</translation>
    </message>
    <message>
        <source>Sandbox portal (demo)</source>
        <translation>Sandbox-Portal (Demo)</translation>
    </message>
    <message>
        <source>The demo token could not be stored: %1</source>
        <translation>Das Demo-Token konnte nicht gespeichert werden: %1</translation>
    </message>
</context>
<context>
    <name>SecretIdentification</name>
    <message>
        <source>The portal answered, but not with a key.</source>
        <translation>Das Portal hat geantwortet, aber nicht mit einem Schlüssel.</translation>
    </message>
    <message>
        <source>The portal no longer accepts this secret: the key was already revoked, has expired or is deactivated. A deactivated key still exists and can be reactivated by its owner, so check the candidates below.</source>
        <translation>Das Portal akzeptiert dieses Secret nicht mehr: Der Schlüssel wurde bereits widerrufen, ist abgelaufen oder deaktiviert. Ein deaktivierter Schlüssel existiert noch und kann von seinem Besitzer reaktiviert werden; prüfen Sie daher die Kandidaten unten.</translation>
    </message>
</context>
<context>
    <name>SecretStore</name>
    <message>
        <source>The keychain did not answer.</source>
        <translation>Der Schlüsselbund hat nicht geantwortet.</translation>
    </message>
</context>
<context>
    <name>SessionTrust</name>
    <message>
        <source>Trust This Certificate?</source>
        <translation>Diesem Zertifikat vertrauen?</translation>
    </message>
    <message>
        <source>Trust the certificate presented by %1 for this session?</source>
        <translation>Dem von %1 vorgelegten Zertifikat für diese Sitzung vertrauen?</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint:
%1

Only do this if you have checked that this is your portal&apos;s certificate, for example with its administrator. If someone is intercepting the connection, trusting their certificate hands them your access token.

The certificate is trusted until DocSpace Keys quits; nothing is saved. To trust it for good, enter the fingerprint in the profile (Edit…).</source>
        <translation>SHA-256-Fingerabdruck:
%1

Tun Sie dies nur, wenn Sie geprüft haben, dass es das Zertifikat Ihres Portals ist, zum Beispiel mit dessen Administrator. Wenn jemand die Verbindung abfängt, geben Sie ihm mit dem Vertrauen in sein Zertifikat Ihr Zugriffstoken preis.

Dem Zertifikat wird vertraut, bis DocSpace Keys beendet wird; es wird nichts gespeichert. Um ihm dauerhaft zu vertrauen, geben Sie den Fingerabdruck im Profil ein („Bearbeiten…“).</translation>
    </message>
    <message>
        <source>&amp;Trust for This Session</source>
        <translation>Für diese &amp;Sitzung vertrauen</translation>
    </message>
    <message>
        <source>Certificate Not Trusted</source>
        <translation>Zertifikat nicht vertrauenswürdig</translation>
    </message>
    <message>
        <source>The certificate could not be trusted.</source>
        <translation>Dem Zertifikat konnte nicht vertraut werden.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>These settings apply to DocSpace Keys on this computer.</source>
        <translation>Diese Einstellungen gelten für DocSpace Keys auf diesem Computer.</translation>
    </message>
    <message>
        <source>Interface &amp;language:</source>
        <translation>&amp;Sprache der Oberfläche:</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>Sprache der Oberfläche</translation>
    </message>
    <message>
        <source>The new language applies at once and is kept for the next start. Results already listed stay in the language they were made in.</source>
        <translation>Die neue Sprache gilt sofort und bleibt beim nächsten Start erhalten. Bereits angezeigte Ergebnisse bleiben in ihrer Sprache.</translation>
    </message>
    <message>
        <source>System default (%1)</source>
        <translation>Systemstandard (%1)</translation>
    </message>
</context>
<context>
    <name>SingleRevoke</name>
    <message>
        <source>Revoking key %1 on %2…</source>
        <translation>Schlüssel %1 auf %2 wird widerrufen…</translation>
    </message>
    <message>
        <source>Key %1 was revoked.</source>
        <translation>Schlüssel %1 wurde widerrufen.</translation>
    </message>
    <message>
        <source>The portal&apos;s certificate is not trusted. See Results for its fingerprint.</source>
        <translation>Dem Zertifikat des Portals wird nicht vertraut. Den Fingerabdruck finden Sie unter „Ergebnisse“.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>Key %1 was not revoked: %2.</source>
        <translation>Schlüssel %1 wurde nicht widerrufen: %2.</translation>
    </message>
    <message>
        <source>Retrying…</source>
        <translation>Neuer Versuch…</translation>
    </message>
    <message>
        <source>Rate limited by the portal, retrying in %1 s…</source>
        <translation>Ratenbegrenzung durch das Portal, neuer Versuch in %1 s…</translation>
    </message>
</context>
<context>
    <name>StatusModel</name>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>key %1</source>
        <translation>Schlüssel %1</translation>
    </message>
    <message>
        <source>Portal: %1</source>
        <translation>Portal: %1</translation>
    </message>
    <message>
        <source>Result: %1</source>
        <translation>Ergebnis: %1</translation>
    </message>
    <message>
        <source>Portal&apos;s message: %1</source>
        <translation>Meldung des Portals: %1</translation>
    </message>
    <message numerus="yes">
        <source>Retry after: %n second(s)</source>
        <translation>
            <numerusform>Erneuter Versuch nach: %n Sekunde</numerusform>
            <numerusform>Erneuter Versuch nach: %n Sekunden</numerusform>
        </translation>
    </message>
    <message>
        <source>Detail: %1</source>
        <translation>Details: %1</translation>
    </message>
    <message>
        <source>Certificate SHA-256: %1</source>
        <translation>SHA-256 des Zertifikats: %1</translation>
    </message>
    <message>
        <source>This certificate is trusted for the rest of this session. Revoke again to retry.</source>
        <translation>Diesem Zertifikat wird für den Rest dieser Sitzung vertraut. Widerrufen Sie erneut, um es noch einmal zu versuchen.</translation>
    </message>
    <message>
        <source>If you recognise this fingerprint as your portal&apos;s certificate, use &quot;Trust this certificate…&quot; and revoke again.</source>
        <translation>Wenn Sie diesen Fingerabdruck als den des Zertifikats Ihres Portals erkennen, verwenden Sie „Diesem Zertifikat vertrauen…“ und widerrufen Sie erneut.</translation>
    </message>
    <message>
        <source>key “%1” (…%2)</source>
        <translation>Schlüssel „%1“ (…%2)</translation>
    </message>
    <message>
        <source>Key id: %1</source>
        <translation>Schlüssel-ID: %1</translation>
    </message>
</context>
<context>
    <name>StatusPanel</name>
    <message>
        <source>The result of each revocation appears here.</source>
        <translation>Hier erscheint das Ergebnis jedes Widerrufs.</translation>
    </message>
    <message>
        <source>Tr&amp;ust this certificate…</source>
        <translation>Diesem &amp;Zertifikat vertrauen…</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Ergebnisse</translation>
    </message>
    <message>
        <source>The result of each revocation, newest first. Press Space to show or hide details.</source>
        <translation>Das Ergebnis jedes Widerrufs, neueste zuerst. Drücken Sie die Leertaste, um Details ein- oder auszublenden.</translation>
    </message>
    <message>
        <source>Trust the certificate of the selected certificate problem for this session</source>
        <translation>Dem Zertifikat des ausgewählten Zertifikatsproblems für diese Sitzung vertrauen</translation>
    </message>
    <message>
        <source>Remove all entries from the list</source>
        <translation>Alle Einträge aus der Liste entfernen</translation>
    </message>
    <message>
        <source>Copy the selected entries as plain text</source>
        <translation>Die ausgewählten Einträge als reinen Text kopieren</translation>
    </message>
    <message>
        <source>Copy all entries as plain text</source>
        <translation>Alle Einträge als reinen Text kopieren</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>&amp;Leeren</translation>
    </message>
    <message>
        <source>&amp;Copy Selected</source>
        <translation>Auswahl kopieren</translation>
    </message>
    <message>
        <source>&amp;Copy All</source>
        <translation>Alle kopieren</translation>
    </message>
</context>
<context>
    <name>TlsTrust</name>
    <message>
        <source>Cannot read the CA file %1: %2.</source>
        <translation>Die CA-Datei %1 kann nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <source>The file %1 holds no certificate in PEM or DER form.</source>
        <translation>Die Datei %1 enthält kein Zertifikat im PEM- oder DER-Format.</translation>
    </message>
    <message>
        <source>A certificate fingerprint is a SHA-256 digest: 64 hexadecimal digits, with or without colons.</source>
        <translation>Ein Zertifikatsfingerabdruck ist ein SHA-256-Hash: 64 Hexadezimalziffern, mit oder ohne Doppelpunkte.</translation>
    </message>
    <message>
        <source>The certificate fingerprint holds &quot;%1&quot; (U+%2), which is not a hexadecimal digit: use only 0-9 and A-F (ASCII), with or without colons.</source>
        <translation>Der Zertifikat-Fingerabdruck enthält „%1“ (U+%2), das keine Hexadezimalziffer ist: Verwenden Sie nur 0-9 und A-F (ASCII), mit oder ohne Doppelpunkte.</translation>
    </message>
</context>
<context>
    <name>TokenField</name>
    <message>
        <source>Hide token</source>
        <translation>Token ausblenden</translation>
    </message>
    <message>
        <source>Show token</source>
        <translation>Token anzeigen</translation>
    </message>
    <message>
        <source>Hide the access token</source>
        <translation>Das Zugriffstoken ausblenden</translation>
    </message>
    <message>
        <source>Show the access token</source>
        <translation>Das Zugriffstoken anzeigen</translation>
    </message>
</context>
<context>
    <name>ToolsController</name>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Bericht</translation>
    </message>
    <message>
        <source>Every revocation, deactivation and reactivation recorded on this computer, by the window and the command line</source>
        <translation>Jeder Widerruf, jede Deaktivierung und Reaktivierung auf diesem Computer, aus dem Fenster und der Befehlszeile</translation>
    </message>
    <message>
        <source>Which keys of the portal are a risk before they leak</source>
        <translation>Welche Schlüssel des Portals ein Risiko sind, bevor sie geleakt werden</translation>
    </message>
    <message>
        <source>Key hygiene report</source>
        <translation>Bericht zur Schlüsselhygiene</translation>
    </message>
    <message>
        <source>About DocSpace Keys</source>
        <translation>Über DocSpace Keys</translation>
    </message>
    <message>
        <source>DocSpace Keys %1

Revokes API keys of ONLYOFFICE DocSpace portals.
Tokens of saved profiles are kept in %2; never in a file, never logged.

Built with Qt %3, running on Qt %4.</source>
        <translation>DocSpace Keys %1

Widerruft API-Schlüssel von ONLYOFFICE DocSpace-Portalen.
Speicherort für Tokens gespeicherter Profile: %2; nie in einer Datei, nie protokolliert.

Erstellt mit Qt %3, läuft mit Qt %4.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Revoke ONLYOFFICE DocSpace API keys. The access token is never read from the command line; DOCSPACE_TOKEN in the environment may prefill it.</source>
        <translation>ONLYOFFICE DocSpace-API-Schlüssel widerrufen. Das Zugriffstoken wird nie von der Befehlszeile gelesen; DOCSPACE_TOKEN in der Umgebung kann es vorausfüllen.</translation>
    </message>
    <message>
        <source>Prefill the portal address.</source>
        <translation>Die Portaladresse vorausfüllen.</translation>
    </message>
    <message>
        <source>Prefill the key id.</source>
        <translation>Die Schlüssel-ID vorausfüllen.</translation>
    </message>
    <message>
        <source>Demo mode: connect to the sandbox portal described by this docspace-sandbox --info-file.</source>
        <translation>Demomodus: Mit dem Sandbox-Portal verbinden, das in dieser Datei von docspace-sandbox --info-file beschrieben ist.</translation>
    </message>
    <message>
        <source>Cannot create a temporary folder: %1</source>
        <translation>Temporärer Ordner kann nicht erstellt werden: %1</translation>
    </message>
    <message>
        <source>Demo mode: the sandbox portal, with profiles and tokens kept in memory</source>
        <translation>Demomodus: das Sandbox-Portal, mit Profilen und Tokens im Arbeitsspeicher</translation>
    </message>
</context>
</TS>
