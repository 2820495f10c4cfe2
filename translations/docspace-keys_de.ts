<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="de">
<context>
    <name>ApiCall</name>
    <message numerus="yes">
        <source>No data for %n second(s)</source>
        <translation>
            <numerusform>Seit %n Sekunde keine Daten</numerusform>
            <numerusform>Seit %n Sekunden keine Daten</numerusform>
        </translation>
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
        <source>How to send the token: auto (default; sk-... is an API key), apikey or session.</source>
        <translation>Wie das Token gesendet wird: auto (Standard; sk-... ist ein API-Schlüssel), apikey oder session.</translation>
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
        <source>Give up when the portal sends nothing for this many seconds (default 30, or the profile's).</source>
        <translation>Aufgeben, wenn das Portal so viele Sekunden lang nichts sendet (Standard 30 oder der Wert des Profils).</translation>
    </message>
    <message>
        <source>Invalid --auth "%1": use auto, apikey or session.</source>
        <translation>Ungültiges --auth „%1“: Verwenden Sie auto, apikey oder session.</translation>
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
        <source>Missing --portal or --profile: give the portal address (e.g. --portal https://portal.example.com) or a saved profile's name.</source>
        <translation>--portal oder --profile fehlt: Geben Sie die Portaladresse (z. B. --portal https://portal.example.com) oder den Namen eines gespeicherten Profils an.</translation>
    </message>
    <message>
        <source>There is no profile named "%1". 'docspace-keys-cli profiles list' shows the saved ones.</source>
        <translation>Es gibt kein Profil namens „%1“. 'docspace-keys-cli profiles list' zeigt die gespeicherten Profile.</translation>
    </message>
    <message>
        <source>Profile "%1": %2</source>
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
        <source>No token is saved for profile "%1" (%2). Save one with 'profiles add --token-stdin', or set DOCSPACE_TOKEN.</source>
        <translation>Für das Profil „%1“ ist kein Token gespeichert (%2). Speichern Sie eines mit 'profiles add --token-stdin' oder setzen Sie DOCSPACE_TOKEN.</translation>
    </message>
    <message>
        <source>No access token: set DOCSPACE_TOKEN, or pass --token-stdin and pipe it in.</source>
        <translation>Kein Zugriffstoken: Setzen Sie DOCSPACE_TOKEN oder geben Sie --token-stdin an und leiten Sie das Token per Pipe weiter.</translation>
    </message>
    <message>
        <source>Run 'docspace-keys-cli %1 --help' for the options.</source>
        <translation>Die Optionen zeigt 'docspace-keys-cli %1 --help'.</translation>
    </message>
    <message>
        <source>'%1' takes no arguments besides its options.</source>
        <translation>'%1' akzeptiert außer seinen Optionen keine Argumente.</translation>
    </message>
    <message>
        <source>"%1" (%2, ending %3), created by %4, %5</source>
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
        <source>Candidates are never revoked automatically: check them, then use 'docspace-keys-cli revoke ID'.</source>
        <translation>Kandidaten werden nie automatisch widerrufen: Prüfen Sie sie und verwenden Sie dann 'docspace-keys-cli revoke ID'.</translation>
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
        <source>Also write the keys of every finding as CSV to FILE.</source>
        <translation>Zusätzlich die Schlüssel aller Befunde als CSV in FILE schreiben.</translation>
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
        <source>Each id gets one line of output, in the order given; every attempt is kept in the local history.
Give - to read ids from standard input, one per line (blank lines and # comments are ignored).
Exit status: 0 every key changed, 1 at least one not, 2 usage error.</source>
        <translation>Jede ID erhält eine Ausgabezeile, in der angegebenen Reihenfolge; jeder Versuch wird im lokalen Verlauf festgehalten.
Geben Sie - an, um IDs aus der Standardeingabe zu lesen, eine pro Zeile (Leerzeilen und #-Kommentare werden ignoriert).
Exit-Status: 0 jeder Schlüssel wurde geändert, 1 mindestens einer nicht, 2 Aufruffehler.</translation>
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
        <source>How many requests may run at once (1-%1, default %2). A rate limit from the portal pauses them all.</source>
        <translation>Wie viele Anfragen gleichzeitig laufen dürfen (1-%1, Standard %2). Eine Ratenbegrenzung durch das Portal hält alle an.</translation>
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
        <source>Warning: sending the access token to %1 over unencrypted HTTP.</source>
        <translation>Warnung: Das Zugriffstoken wird unverschlüsselt per HTTP an %1 gesendet.</translation>
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
        <source>Usage: docspace-keys-cli &lt;command&gt; [options]

Commands:
  revoke ID...      Revoke (delete) API keys by id
  deactivate ID...  Deactivate keys (reversible)
  activate ID...    Reactivate deactivated keys
  list              List the keys the token can see
  whoami            Who the token signs in as, and which key it is
  history           What was revoked from this computer, when and with what result
  revoke-secret     Find leaked sk- secrets in text on standard input and revoke them
  report            The key-hygiene report: expired, unused, unrestricted keys...
  profiles ...      List, show, add and remove saved portal profiles

Run 'docspace-keys-cli &lt;command&gt; --help' for a command's options.
The access token comes from DOCSPACE_TOKEN or --token-stdin, never from arguments.
Exit status: 0 success, 1 an operation failed, 2 usage error.
</source>
        <translation>Verwendung: docspace-keys-cli &lt;Befehl&gt; [Optionen]

Befehle:
  revoke ID...      API-Schlüssel anhand der ID widerrufen (löschen)
  deactivate ID...  Schlüssel deaktivieren (umkehrbar)
  activate ID...    Deaktivierte Schlüssel reaktivieren
  list              Die Schlüssel auflisten, die das Token sehen kann
  whoami            Als wer das Token angemeldet ist und welcher Schlüssel es ist
  history           Was von diesem Computer aus widerrufen wurde, wann und mit welchem Ergebnis
  revoke-secret     Geleakte sk-Secrets in Text aus der Standardeingabe finden und widerrufen
  report            Bericht zur Schlüsselhygiene: abgelaufene, ungenutzte, uneingeschränkte Schlüssel...
  profiles ...      Gespeicherte Portalprofile auflisten, anzeigen, hinzufügen und entfernen

Die Optionen eines Befehls zeigt 'docspace-keys-cli &lt;Befehl&gt; --help'.
Das Zugriffstoken kommt aus DOCSPACE_TOKEN oder --token-stdin, nie aus Argumenten.
Exit-Status: 0 Erfolg, 1 ein Vorgang ist fehlgeschlagen, 2 Aufruffehler.
</translation>
    </message>
    <message>
        <source>Unknown command "%1".</source>
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
        <source>'profiles list' takes no names.</source>
        <translation>'profiles list' akzeptiert keine Namen.</translation>
    </message>
    <message>
        <source>No saved profiles. Add one with 'docspace-keys-cli profiles add NAME --portal URL --token-stdin'.</source>
        <translation>Keine gespeicherten Profile. Fügen Sie eines mit 'docspace-keys-cli profiles add NAME --portal URL --token-stdin' hinzu.</translation>
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
        <source>'profiles show' takes one profile name.</source>
        <translation>'profiles show' erwartet genau einen Profilnamen.</translation>
    </message>
    <message>
        <source>There is no profile named "%1".</source>
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
        <source>'profiles add' takes one name and --portal.</source>
        <translation>'profiles add' erwartet einen Namen und --portal.</translation>
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
        <source>Added profile "%1" for %2%3.</source>
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
        <source>'profiles remove' takes one profile name.</source>
        <translation>'profiles remove' erwartet genau einen Profilnamen.</translation>
    </message>
    <message>
        <source>The profile was kept so that its token is not left behind unnoticed.</source>
        <translation>Das Profil wurde behalten, damit sein Token nicht unbemerkt zurückbleibt.</translation>
    </message>
    <message>
        <source>Removed profile "%1" and its token.</source>
        <translation>Profil „%1“ und sein Token wurden entfernt.</translation>
    </message>
    <message>
        <source>Unknown profiles action "%1".</source>
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
        <source>Only keys not used for N days (never used counts).</source>
        <translation>Nur Schlüssel, die seit N Tagen nicht verwendet wurden (nie verwendete zählen mit).</translation>
    </message>
    <message>
        <source>Only keys created by this user (name or id).</source>
        <translation>Nur Schlüssel, die dieser Benutzer erstellt hat (Name oder ID).</translation>
    </message>
    <message>
        <source>List the API keys the token can see: all of the portal's for an administrator, otherwise the caller's own.</source>
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
        <source>Every revocation, deactivation and reactivation attempted from this computer, oldest first. The history is local: it never holds tokens.</source>
        <translation>Jeder Widerruf, jede Deaktivierung und jede Reaktivierung, die von diesem Computer aus versucht wurde, die älteste zuerst. Der Verlauf ist lokal: Er enthält nie Tokens.</translation>
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
        <source>API key "%1": %2; %3</source>
        <translation>API-Schlüssel „%1“: %2; %3</translation>
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
        <source>The key's own details could not be read: %1</source>
        <translation>Die Angaben zum Schlüssel selbst konnten nicht gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>DocSpaceClient</name>
    <message>
        <source>No access token was given, so nothing was sent. Enter an API key or session token.</source>
        <translation>Es wurde kein Zugriffstoken angegeben, daher wurde nichts gesendet. Geben Sie einen API-Schlüssel oder ein Sitzungstoken ein.</translation>
    </message>
    <message>
        <source>The portal's answer held no key list. Check that the address is a DocSpace portal.</source>
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
</context>
<context>
    <name>HistoryRecorder</name>
    <message>
        <source>This result was not recorded in the history. %1 Check that the folder is writable and that the disk is not full.</source>
        <translation>Dieses Ergebnis wurde nicht im Verlauf gespeichert. %1 Prüfen Sie, ob der Ordner beschreibbar und der Datenträger nicht voll ist.</translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Neu laden</translation>
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
    <message>
        <source>&amp;Portal:</source>
        <translation>&amp;Portal:</translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation>&amp;Ergebnis:</translation>
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
    <message numerus="yes">
        <source>Keys unused for more than %n day(s)</source>
        <translation>
            <numerusform>Seit mehr als %n Tag ungenutzte Schlüssel</numerusform>
            <numerusform>Seit mehr als %n Tagen ungenutzte Schlüssel</numerusform>
        </translation>
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
        <source>Export &amp;HTML…</source>
        <translation>&amp;HTML exportieren…</translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation>&amp;PDF exportieren…</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stoppen</translation>
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
        <source>&amp;Unused for more than:</source>
        <translation>&amp;Ungenutzt seit mehr als:</translation>
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
        <source>• “%1” — owner %2, ending %3</source>
        <translation>• „%1“ — Besitzer %2, Endung %3</translation>
    </message>
    <message numerus="yes">
        <source>…and %n more.</source>
        <translation>
            <numerusform>…und %n weiterer Schlüssel.</numerusform>
            <numerusform>…und %n weitere Schlüssel.</numerusform>
        </translation>
    </message>
    <message>
        <source>This cannot be undone: anything still using these keys stops working.</source>
        <translation>Dies kann nicht rückgängig gemacht werden: Alles, was diese Schlüssel noch verwendet, funktioniert dann nicht mehr.</translation>
    </message>
    <message>
        <source>Anything using these keys stops working until they are reactivated.</source>
        <translation>Alles, was diese Schlüssel verwendet, funktioniert nicht mehr, bis sie reaktiviert werden.</translation>
    </message>
    <message>
        <source>Revoke Keys</source>
        <translation>Schlüssel widerrufen</translation>
    </message>
    <message>
        <source>Deactivate Keys</source>
        <translation>Schlüssel deaktivieren</translation>
    </message>
    <message numerus="yes">
        <source>Revoke the %n key(s) under “%1” on %2?</source>
        <translation>
            <numerusform>Den %n Schlüssel unter „%1“ auf %2 widerrufen?</numerusform>
            <numerusform>Die %n Schlüssel unter „%1“ auf %2 widerrufen?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deactivate the %n key(s) under “%1” on %2?</source>
        <translation>
            <numerusform>Den %n Schlüssel unter „%1“ auf %2 deaktivieren?</numerusform>
            <numerusform>Die %n Schlüssel unter „%1“ auf %2 deaktivieren?</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Revoke</source>
        <translation>&amp;Widerrufen</translation>
    </message>
    <message>
        <source>&amp;Deactivate</source>
        <translation>&amp;Deaktivieren</translation>
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
        <source>Revoking: %v of %m</source>
        <translation>Widerruf: %v von %m</translation>
    </message>
    <message>
        <source>Deactivating: %v of %m</source>
        <translation>Deaktivierung: %v von %m</translation>
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
</context>
<context>
    <name>KeyBatch</name>
    <message>
        <source>Not sent: the batch was cancelled.</source>
        <translation>Nicht gesendet: Der Stapelvorgang wurde abgebrochen.</translation>
    </message>
</context>
<context>
    <name>KeyId</name>
    <message>
        <source>Enter the id of the key to revoke (a UUID such as 3f2b6c1e-8a4d-4e9b-9c71-2d5e8f0a1b23).</source>
        <translation>Geben Sie die ID des zu widerrufenden Schlüssels ein (eine UUID wie 3f2b6c1e-8a4d-4e9b-9c71-2d5e8f0a1b23).</translation>
    </message>
    <message>
        <source>This looks like a key's secret, not its id. Enter the key's UUID.</source>
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
        <source>in 1 day</source>
        <translation>in 1 Tag</translation>
    </message>
    <message>
        <source>in %1 days</source>
        <translation>in %1 Tagen</translation>
    </message>
    <message>
        <source>in 1 hour</source>
        <translation>in 1 Stunde</translation>
    </message>
    <message>
        <source>in %1 hours</source>
        <translation>in %1 Stunden</translation>
    </message>
    <message>
        <source>in 1 minute</source>
        <translation>in 1 Minute</translation>
    </message>
    <message>
        <source>in %1 minutes</source>
        <translation>in %1 Minuten</translation>
    </message>
    <message>
        <source>expired 1 day ago</source>
        <translation>vor 1 Tag abgelaufen</translation>
    </message>
    <message>
        <source>expired %1 days ago</source>
        <translation>vor %1 Tagen abgelaufen</translation>
    </message>
    <message>
        <source>expired 1 hour ago</source>
        <translation>vor 1 Stunde abgelaufen</translation>
    </message>
    <message>
        <source>expired %1 hours ago</source>
        <translation>vor %1 Stunden abgelaufen</translation>
    </message>
    <message>
        <source>expired 1 minute ago</source>
        <translation>vor 1 Minute abgelaufen</translation>
    </message>
    <message>
        <source>expired %1 minutes ago</source>
        <translation>vor %1 Minuten abgelaufen</translation>
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
        <source>All scopes</source>
        <translation>Alle Bereiche</translation>
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
        <source>about %1 s left</source>
        <translation>noch etwa %1 s</translation>
    </message>
    <message>
        <source>about %1 min %2 s left</source>
        <translation>noch etwa %1 min %2 s</translation>
    </message>
    <message>
        <source>Filter by name, creator, ending or id</source>
        <translation>Nach Name, Ersteller, Endung oder ID filtern</translation>
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
        <source>Only keys not used for at least this many days (never used ones included)</source>
        <translation>Nur Schlüssel, die mindestens so viele Tage nicht verwendet wurden (nie verwendete eingeschlossen)</translation>
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
        <source>Re&amp;fresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>Read the portal's keys again (F5); nothing is changed</source>
        <translation>Die Schlüssel des Portals erneut lesen (F5); es wird nichts geändert</translation>
    </message>
    <message>
        <source>API keys</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <source>Re&amp;voke Selected…</source>
        <translation>Ausgewählte &amp;widerrufen…</translation>
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
        <source>Revoke by &amp;Paste…</source>
        <translation>Per &amp;Einfügen widerrufen…</translation>
    </message>
    <message>
        <source>Paste a list of key ids (or a CSV export) and revoke them</source>
        <translation>Eine Liste von Schlüssel-IDs (oder einen CSV-Export) einfügen und diese Schlüssel widerrufen</translation>
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
        <source>Press Refresh (F5) to list the portal's keys.</source>
        <translation>Drücken Sie „Aktualisieren“ (F5), um die Schlüssel des Portals aufzulisten.</translation>
    </message>
    <message>
        <source>1 key</source>
        <translation>1 Schlüssel</translation>
    </message>
    <message>
        <source>%1 keys</source>
        <translation>%1 Schlüssel</translation>
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
        <source>Copied the key id %1.</source>
        <translation>Schlüssel-ID %1 kopiert.</translation>
    </message>
    <message>
        <source>Copied %1 key ids.</source>
        <translation>%1 Schlüssel-IDs kopiert.</translation>
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
        <source>Revoke the Key of This Window?</source>
        <translation>Schlüssel dieses Fensters widerrufen?</translation>
    </message>
    <message>
        <source>Deactivate the Key of This Window?</source>
        <translation>Schlüssel dieses Fensters deaktivieren?</translation>
    </message>
    <message>
        <source>One of these keys is the token DocSpace Keys is signed in with.</source>
        <translation>Einer dieser Schlüssel ist das Token, mit dem DocSpace Keys angemeldet ist.</translation>
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
        <source>Nothing was revoked.</source>
        <translation>Es wurde nichts widerrufen.</translation>
    </message>
    <message>
        <source>Nothing was deactivated.</source>
        <translation>Es wurde nichts deaktiviert.</translation>
    </message>
    <message>
        <source>Revoke 1 API key?</source>
        <translation>1 API-Schlüssel widerrufen?</translation>
    </message>
    <message>
        <source>Revoke %1 API keys?</source>
        <translation>%1 API-Schlüssel widerrufen?</translation>
    </message>
    <message>
        <source>Revoke API Keys</source>
        <translation>API-Schlüssel widerrufen</translation>
    </message>
    <message>
        <source>Revoked keys stop working at once; this cannot be undone. Any script or integration using them will fail. Deactivate them instead to be able to bring them back.</source>
        <translation>Widerrufene Schlüssel funktionieren sofort nicht mehr; dies kann nicht rückgängig gemacht werden. Jedes Skript und jede Integration, die sie verwendet, schlägt fehl. Deaktivieren Sie sie stattdessen, wenn Sie sie später wieder aktivieren möchten.</translation>
    </message>
    <message>
        <source>&amp;Revoke 1 Key</source>
        <translation>1 Schlüssel &amp;widerrufen</translation>
    </message>
    <message>
        <source>&amp;Revoke %1 Keys</source>
        <translation>%1 Schlüssel &amp;widerrufen</translation>
    </message>
    <message>
        <source>Cancelling: requests already sent finish, nothing more is sent.</source>
        <translation>Wird abgebrochen: Bereits gesendete Anfragen werden abgeschlossen, es wird nichts mehr gesendet.</translation>
    </message>
    <message>
        <source>%1 done, %2 failed, %3 left</source>
        <translation>%1 erledigt, %2 fehlgeschlagen, %3 ausstehend</translation>
    </message>
    <message>
        <source>Rate limited: paused for %1 s. The portal asked to slow down; the batch resumes by itself.</source>
        <translation>Ratenbegrenzung: %1 s pausiert. Das Portal hat um langsamere Anfragen gebeten; der Stapelvorgang wird automatisch fortgesetzt.</translation>
    </message>
    <message>
        <source>%1 (%2 s)</source>
        <translation>%1 (%2 s)</translation>
    </message>
    <message>
        <source>The keys could not be read: %1. %2</source>
        <translation>Die Schlüssel konnten nicht gelesen werden: %1. %2</translation>
    </message>
</context>
<context>
    <name>LeakedSecretDialog</name>
    <message>
        <source>&amp;Find Keys</source>
        <translation>Schlüssel &amp;finden</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stoppen</translation>
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
        <source>Paste a leaked secret (sk-…), or any text that holds some: a log, a diff, a chat export. Only the secrets are taken out of it; they stay in this window's memory until it closes. Each is looked up on the portal, and revoked with your own token once you have chosen it.</source>
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
        <source>• “%1” — owner %2, ending %3</source>
        <translation>• „%1“ — Besitzer %2, Endung %3</translation>
    </message>
    <message>
        <source>your own token</source>
        <translation>Ihrem eigenen Token</translation>
    </message>
    <message>
        <source>the token of profile “%1”</source>
        <translation>dem Token des Profils „%1“</translation>
    </message>
    <message>
        <source>Revoke Leaked Keys</source>
        <translation>Geleakte Schlüssel widerrufen</translation>
    </message>
    <message numerus="yes">
        <source>Revoke %n key(s)?</source>
        <translation>
            <numerusform>%n Schlüssel widerrufen?</numerusform>
            <numerusform>%n Schlüssel widerrufen?</numerusform>
        </translation>
    </message>
    <message>
        <source>%1

They are revoked on %2 with %3, not with the leaked secret. This cannot be undone: anything still using these keys stops working.</source>
        <translation>%1

Sie werden auf %2 mit %3 widerrufen, nicht mit dem geleakten Secret. Dies kann nicht rückgängig gemacht werden: Alles, was diese Schlüssel noch verwendet, funktioniert dann nicht mehr.</translation>
    </message>
    <message>
        <source>&amp;Revoke</source>
        <translation>&amp;Widerrufen</translation>
    </message>
    <message>
        <source>Nothing was revoked.</source>
        <translation>Es wurde nichts widerrufen.</translation>
    </message>
    <message>
        <source>Revoking: %v of %m</source>
        <translation>Widerruf: %v von %m</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Revoke %n Keys…</source>
        <translation>
            <numerusform>%n Schlüssel &amp;widerrufen…</numerusform>
            <numerusform>%n Schlüssel &amp;widerrufen…</numerusform>
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
        <source>Revoke API keys of an ONLYOFFICE DocSpace portal: by id, or pick them from the portal's list. A revoked key stops working at once; this cannot be undone.</source>
        <translation>API-Schlüssel eines ONLYOFFICE DocSpace-Portals widerrufen: anhand der ID oder durch Auswahl aus der Schlüsselliste des Portals. Ein widerrufener Schlüssel funktioniert sofort nicht mehr; dies kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>Pro&amp;file:</source>
        <translation>Pro&amp;fil:</translation>
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
        <translation>Im Profil &amp;speichern</translation>
    </message>
    <message>
        <source>Save the portal address, scheme and token into this profile (Ctrl+S)</source>
        <translation>Portaladresse, Schema und Token in diesem Profil speichern (Strg+S)</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>&amp;Zurücksetzen</translation>
    </message>
    <message>
        <source>Go back to the profile's saved address, scheme and token</source>
        <translation>Zu Adresse, Schema und Token zurückkehren, die im Profil gespeichert sind</translation>
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
        <source>Allow unencrypted HTTP to this portal (the token travels in clear text)</source>
        <translation>Unverschlüsseltes HTTP zu diesem Portal erlauben (das Token wird im Klartext übertragen)</translation>
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
        <source>Access &amp;token:</source>
        <translation>Zugriffs&amp;token:</translation>
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
        <source>&amp;Key id:</source>
        <translation>Schlüssel-&amp;ID:</translation>
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
        <source>&amp;Revoke Key</source>
        <translation>Schlüssel &amp;widerrufen</translation>
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
        <source>Portal &amp;keys</source>
        <translation>Portal&amp;schlüssel</translation>
    </message>
    <message>
        <source>Portal keys</source>
        <translation>Portalschlüssel</translation>
    </message>
    <message>
        <source>R&amp;esults</source>
        <translation>&amp;Ergebnisse</translation>
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
        <source>Sent as "Authorization: Bearer &lt;token&gt;"</source>
        <translation>Gesendet als „Authorization: Bearer &lt;token&gt;“</translation>
    </message>
    <message>
        <source>Sent as it is, like the token from signing in to the portal</source>
        <translation>Unverändert gesendet, wie das Token aus der Anmeldung am Portal</translation>
    </message>
    <message>
        <source>Revoke API Key</source>
        <translation>API-Schlüssel widerrufen</translation>
    </message>
    <message>
        <source>Revoke API key %1?</source>
        <translation>API-Schlüssel %1 widerrufen?</translation>
    </message>
    <message>
        <source>This cannot be undone. Any script or integration using this key will stop working.</source>
        <translation>Dies kann nicht rückgängig gemacht werden. Jedes Skript und jede Integration, die diesen Schlüssel verwendet, funktioniert dann nicht mehr.</translation>
    </message>
    <message>
        <source>&amp;Revoke</source>
        <translation>&amp;Widerrufen</translation>
    </message>
    <message>
        <source>Nothing was revoked.</source>
        <translation>Es wurde nichts widerrufen.</translation>
    </message>
    <message>
        <source>Cannot Connect</source>
        <translation>Verbindung nicht möglich</translation>
    </message>
    <message>
        <source>The profile's connection settings cannot be used.</source>
        <translation>Die Verbindungseinstellungen des Profils können nicht verwendet werden.</translation>
    </message>
    <message>
        <source>Revoking key %1 on %2…</source>
        <translation>Schlüssel %1 auf %2 wird widerrufen…</translation>
    </message>
    <message>
        <source>Signing in to %1…</source>
        <translation>Anmeldung bei %1…</translation>
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
        <source>Enter an access token above to list the portal's keys.</source>
        <translation>Geben Sie oben ein Zugriffstoken ein, um die Schlüssel des Portals aufzulisten.</translation>
    </message>
    <message>
        <source>Allow unencrypted HTTP above, or use an https:// address.</source>
        <translation>Erlauben Sie oben unverschlüsseltes HTTP oder verwenden Sie eine https://-Adresse.</translation>
    </message>
    <message>
        <source>Key %1 was revoked.</source>
        <translation>Schlüssel %1 wurde widerrufen.</translation>
    </message>
    <message>
        <source>The portal's certificate is not trusted. See Results for its fingerprint.</source>
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

Only do this if you have checked that this is your portal's certificate, for example with its administrator. If someone is intercepting the connection, trusting their certificate hands them your access token.

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
    <message>
        <source>Certificate trusted for this session. Test the connection or revoke again.</source>
        <translation>Dem Zertifikat wird für diese Sitzung vertraut. Testen Sie die Verbindung oder widerrufen Sie erneut.</translation>
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
    <message>
        <source>Unsaved Changes</source>
        <translation>Nicht gespeicherte Änderungen</translation>
    </message>
    <message>
        <source>Save the changes to the profile "%1"?</source>
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
        <source>No token is saved for "%1": enter it, then choose Save to Profile.</source>
        <translation>Für „%1“ ist kein Token gespeichert: Geben Sie es ein und wählen Sie dann „Im Profil speichern“.</translation>
    </message>
    <message>
        <source>The token of "%1" could not be read: %2 Enter it here to use it now, or check that the keychain is unlocked and choose the profile again.</source>
        <translation>Das Token von „%1“ konnte nicht gelesen werden: %2 Geben Sie es hier ein, um es jetzt zu verwenden, oder prüfen Sie, ob der Schlüsselbund entsperrt ist, und wählen Sie das Profil erneut.</translation>
    </message>
    <message>
        <source>Token Not Saved</source>
        <translation>Token nicht gespeichert</translation>
    </message>
    <message>
        <source>The token of "%1" could not be saved.</source>
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
        <source>Changed here, not yet saved in "%1": %2.</source>
        <translation>Hier geändert, noch nicht in „%1“ gespeichert: %2.</translation>
    </message>
    <message>
        <source>Profile Not Saved</source>
        <translation>Profil nicht gespeichert</translation>
    </message>
    <message>
        <source>The profile "%1" was not saved.</source>
        <translation>Das Profil „%1“ wurde nicht gespeichert.</translation>
    </message>
    <message>
        <source>Saved the profile "%1".</source>
        <translation>Profil „%1“ gespeichert.</translation>
    </message>
    <message>
        <source>Back to the saved profile.</source>
        <translation>Zurück zum gespeicherten Profil.</translation>
    </message>
    <message>
        <source>Created the profile "%1".</source>
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
        <source>The profile "%1" was not duplicated.</source>
        <translation>Das Profil „%1“ wurde nicht dupliziert.</translation>
    </message>
    <message>
        <source>Created "%1" as a copy of "%2".</source>
        <translation>„%1“ als Kopie von „%2“ erstellt.</translation>
    </message>
    <message>
        <source>Rename Profile</source>
        <translation>Profil umbenennen</translation>
    </message>
    <message>
        <source>New name for "%1":</source>
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
        <source>The profile "%1" was not renamed.</source>
        <translation>Das Profil „%1“ wurde nicht umbenannt.</translation>
    </message>
    <message>
        <source>Renamed "%1" to "%2".</source>
        <translation>„%1“ in „%2“ umbenannt.</translation>
    </message>
    <message>
        <source>Delete Profile</source>
        <translation>Profil löschen</translation>
    </message>
    <message>
        <source>Delete the profile "%1"?</source>
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
        <source>The token of the deleted profile "%1" could not be removed from %2.</source>
        <translation>Das Token des gelöschten Profils „%1“ konnte nicht entfernt werden (%2).</translation>
    </message>
    <message>
        <source>Deleted the profile "%1" and its token.</source>
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
    <message>
        <source>Imported 1 profile from %1.</source>
        <translation>1 Profil aus %1 importiert.</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n profiles from %1.</source>
        <translation>
            <numerusform>%n Profil aus %1 importiert.</numerusform>
            <numerusform>%n Profile aus %1 importiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Exports never contain tokens: choose each imported profile, enter its token and choose Save to Profile.</source>
        <translation>Exporte enthalten nie Tokens: Wählen Sie jedes importierte Profil, geben Sie sein Token ein und wählen Sie „Im Profil speichern“.</translation>
    </message>
    <message>
        <source>Imported 1 profile.</source>
        <translation>1 Profil importiert.</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n profiles.</source>
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
    <message>
        <source>Exported 1 profile to %1.</source>
        <translation>1 Profil nach %1 exportiert.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n profiles to %1.</source>
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
        <source>The connection test failed: %1.</source>
        <translation>Der Verbindungstest ist fehlgeschlagen: %1.</translation>
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
        <source>Trust This &amp;Certificate…</source>
        <translation>Diesem &amp;Zertifikat vertrauen…</translation>
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
        <source>&amp;Tools</source>
        <translation>&amp;Werkzeuge</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
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
</context>
<context>
    <name>MemorySecretStore</name>
    <message>
        <source>memory only, until DocSpace Keys closes</source>
        <translation>nur im Arbeitsspeicher, bis DocSpace Keys beendet wird</translation>
    </message>
</context>
<context>
    <name>OutcomeClassifier</name>
    <message>
        <source>Not sent: the address uses plain HTTP to a host on the network, so the token would travel unencrypted. Use the portal's https:// address, or explicitly allow unencrypted HTTP for this portal if the network is trusted.</source>
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
        <source>The portal's certificate is not trusted (%1), so nothing was sent. If this is your own on-premises portal, compare the fingerprint below with the one your server shows, then trust that certificate or add your internal CA file. Otherwise someone may be intercepting the connection.</source>
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
        <source>The portal's answer was cut off before it was complete, so it is unknown whether the key was revoked. Refresh the key list to check, then try again.</source>
        <translation>Die Antwort des Portals brach ab, bevor sie vollständig war; daher ist unbekannt, ob der Schlüssel widerrufen wurde. Aktualisieren Sie die Schlüsselliste, um das zu prüfen, und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>The portal's answer was cut off before it was complete. Try again; if it keeps happening, a proxy may be cutting answers short.</source>
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
    <message>
        <source>The token is not allowed to change keys: it lacks the *:write scope, or this portal restricts developer tools to administrators.</source>
        <translation>Das Token darf keine Schlüssel ändern: Ihm fehlt der Bereich *:write, oder dieses Portal beschränkt die Entwicklertools auf Administratoren.</translation>
    </message>
    <message>
        <source>The token is not allowed to revoke keys: it lacks the *:write scope, or this portal restricts developer tools to administrators. Use an administrator's token with write access.</source>
        <translation>Das Token darf keine Schlüssel widerrufen: Ihm fehlt der Bereich *:write, oder dieses Portal beschränkt die Entwicklertools auf Administratoren. Verwenden Sie das Token eines Administrators mit Schreibzugriff.</translation>
    </message>
    <message>
        <source>The token is not allowed to read this: it lacks the scope needed (for example accounts.self:read), or this portal restricts developer tools to administrators.</source>
        <translation>Das Token darf dies nicht lesen: Ihm fehlt der nötige Bereich (zum Beispiel accounts.self:read), oder dieses Portal beschränkt die Entwicklertools auf Administratoren.</translation>
    </message>
    <message>
        <source>The portal does not recognise this as a key id. Check the id; if it is right, check that the address is the DocSpace portal itself.</source>
        <translation>Das Portal erkennt dies nicht als Schlüssel-ID. Prüfen Sie die ID; wenn sie stimmt, prüfen Sie, ob die Adresse die des DocSpace-Portals selbst ist.</translation>
    </message>
    <message>
        <source>The address answered that the DocSpace API is not there (HTTP 404). Check that it is the portal's own address, not a page on it or another site.</source>
        <translation>Die Adresse hat geantwortet, dass es dort keine DocSpace-API gibt (HTTP 404). Prüfen Sie, ob es die Adresse des Portals selbst ist und nicht die einer Seite darauf oder einer anderen Website.</translation>
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
        <source>The portal or the proxy in front of it failed (%1). This is usually temporary: try again in a minute. If it persists, the portal's administrator should check the server.</source>
        <translation>Das Portal oder der vorgeschaltete Proxy hat einen Fehler gemeldet (%1). Das ist meist vorübergehend: Versuchen Sie es in einer Minute erneut. Wenn der Fehler bestehen bleibt, sollte der Administrator des Portals den Server prüfen.</translation>
    </message>
    <message>
        <source>The portal gave an unexpected answer (HTTP %1), so the key was not revoked. Check the address and the portal's message below.</source>
        <translation>Das Portal hat unerwartet geantwortet (HTTP %1), daher wurde der Schlüssel nicht widerrufen. Prüfen Sie die Adresse und die Meldung des Portals unten.</translation>
    </message>
    <message>
        <source>The portal gave an unexpected answer (HTTP %1). Check the address and the portal's message below.</source>
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
        <source>The portal reported a failure inside a successful answer, so the key was not revoked. Read the portal's message below.</source>
        <translation>Das Portal hat innerhalb einer erfolgreichen Antwort einen Fehler gemeldet, daher wurde der Schlüssel nicht widerrufen. Lesen Sie die Meldung des Portals unten.</translation>
    </message>
    <message>
        <source>The portal reported a failure inside a successful answer. Read the portal's message below.</source>
        <translation>Das Portal hat innerhalb einer erfolgreichen Antwort einen Fehler gemeldet. Lesen Sie die Meldung des Portals unten.</translation>
    </message>
    <message>
        <source>The portal's answer did not say whether the key was changed. Refresh the key list to check.</source>
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
        <source>The portal refused to reactivate this key. Expired keys cannot be reactivated, and only the key's creator or an administrator may change it.</source>
        <translation>Das Portal hat die Reaktivierung dieses Schlüssels abgelehnt. Abgelaufene Schlüssel können nicht reaktiviert werden, und nur der Ersteller des Schlüssels oder ein Administrator darf ihn ändern.</translation>
    </message>
    <message>
        <source>The portal refused to deactivate this key. Only the key's creator or an administrator may change it.</source>
        <translation>Das Portal hat die Deaktivierung dieses Schlüssels abgelehnt. Nur der Ersteller des Schlüssels oder ein Administrator darf ihn ändern.</translation>
    </message>
    <message>
        <source>Revoked. The key no longer works; anything that used it must get a new one.</source>
        <translation>Widerrufen. Der Schlüssel funktioniert nicht mehr; alles, was ihn verwendet hat, braucht einen neuen.</translation>
    </message>
    <message>
        <source>The portal refused to revoke this key. Only its creator or a portal administrator may revoke it: sign in with an administrator's token, or ask the key's owner.</source>
        <translation>Das Portal hat den Widerruf dieses Schlüssels abgelehnt. Nur sein Ersteller oder ein Administrator des Portals darf ihn widerrufen: Melden Sie sich mit dem Token eines Administrators an oder wenden Sie sich an den Besitzer des Schlüssels.</translation>
    </message>
    <message>
        <source>The portal's answer did not say whether the key was revoked. Refresh the key list to check.</source>
        <translation>Die Antwort des Portals ließ offen, ob der Schlüssel widerrufen wurde. Aktualisieren Sie die Schlüsselliste, um das zu prüfen.</translation>
    </message>
    <message>
        <source>The portal's answer had no content. Check that the address is a DocSpace portal.</source>
        <translation>Die Antwort des Portals hatte keinen Inhalt. Prüfen Sie, ob die Adresse zu einem DocSpace-Portal gehört.</translation>
    </message>
    <message>
        <source>The answer was far larger than a DocSpace answer can be, so reading stopped. Check that the address points to a DocSpace portal.</source>
        <translation>Die Antwort war weit größer, als eine DocSpace-Antwort sein kann, daher wurde das Lesen abgebrochen. Prüfen Sie, ob die Adresse auf ein DocSpace-Portal verweist.</translation>
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
</context>
<context>
    <name>PasteIdsDialog</name>
    <message>
        <source>Revoke Keys by Id</source>
        <translation>Schlüssel anhand der ID widerrufen</translation>
    </message>
    <message>
        <source>Paste key ids, one per line, or a CSV export with an "id" column. Lines without a key id are shown below and skipped.</source>
        <translation>Fügen Sie Schlüssel-IDs ein, eine pro Zeile, oder einen CSV-Export mit einer Spalte „id“. Zeilen ohne Schlüssel-ID werden unten angezeigt und übersprungen.</translation>
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
        <source>1 key id</source>
        <translation>1 Schlüssel-ID</translation>
    </message>
    <message>
        <source>%1 key ids</source>
        <translation>%1 Schlüssel-IDs</translation>
    </message>
    <message>
        <source>1 line skipped</source>
        <translation>1 Zeile übersprungen</translation>
    </message>
    <message>
        <source>%1 lines skipped</source>
        <translation>%1 Zeilen übersprungen</translation>
    </message>
    <message>
        <source>1 repeat ignored</source>
        <translation>1 Wiederholung ignoriert</translation>
    </message>
    <message>
        <source>%1 repeats ignored</source>
        <translation>%1 Wiederholungen ignoriert</translation>
    </message>
    <message>
        <source>Line %1: %2 — %3</source>
        <translation>Zeile %1: %2 — %3</translation>
    </message>
    <message>
        <source>&amp;Revoke 1 Key…</source>
        <translation>1 Schlüssel &amp;widerrufen…</translation>
    </message>
    <message>
        <source>&amp;Revoke %1 Keys…</source>
        <translation>%1 Schlüssel &amp;widerrufen…</translation>
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
        <source>Give the profile a name, for example "Production".</source>
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
        <source>Profile "%1": unknown auth scheme "%2".</source>
        <translation>Profil „%1“: unbekanntes Authentifizierungsschema „%2“.</translation>
    </message>
    <message>
        <source>Profile "%1": %2</source>
        <translation>Profil „%1“: %2</translation>
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
        <source>Certificates of your organization's own certificate authority, trusted in addition to the system ones</source>
        <translation>Zertifikate der eigenen Zertifizierungsstelle Ihrer Organisation, denen zusätzlich zu denen des Systems vertraut wird</translation>
    </message>
    <message>
        <source>Extra CA file</source>
        <translation>Zusätzliche CA-Datei</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>&amp;Auswählen…</translation>
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
        <source>Enter a name for this profile, e.g. the portal's purpose or customer.</source>
        <translation>Geben Sie einen Namen für dieses Profil ein, z. B. den Zweck des Portals oder den Kunden.</translation>
    </message>
    <message>
        <source>Another profile is already called "%1". Choose another name.</source>
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
        <source>A profile named "%1" already exists. Choose another name.</source>
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
        <source>The sandbox info file has no "Admin console" key to sign in with.</source>
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
        <source>Portal's message: %1</source>
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
        <source>If you recognise this fingerprint as your portal's certificate, use "Trust this certificate…" and revoke again.</source>
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
        <translation>Diesem Zertifikat &amp;vertrauen…</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>&amp;Leeren</translation>
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
        <source>Trust this certificate…</source>
        <translation>Diesem Zertifikat vertrauen…</translation>
    </message>
    <message>
        <source>Copy Selected</source>
        <translation>Auswahl kopieren</translation>
    </message>
    <message>
        <source>Copy All</source>
        <translation>Alle kopieren</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Leeren</translation>
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