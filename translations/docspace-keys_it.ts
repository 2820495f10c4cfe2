<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="it">
<context>
    <name>ApiCall</name>
    <message numerus="yes">
        <source>No data for %n second(s)</source>
        <translation>
            <numerusform>Nessun dato per %n secondo</numerusform>
            <numerusform>Nessun dato per %n secondi</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BatchConfirmDialog</name>
    <message>
        <source>Keys</source>
        <translation>Chiavi</translation>
    </message>
    <message>
        <source>To confirm, type the number of keys (%1):</source>
        <translation>Per confermare, digita il numero di chiavi (%1):</translation>
    </message>
    <message>
        <source>Number of keys</source>
        <translation>Numero di chiavi</translation>
    </message>
</context>
<context>
    <name>BatchSummary</name>
    <message numerus="yes">
        <source>Revoked %1 of %n key(s)</source>
        <translation>
            <numerusform>Chiavi revocate: %1 su %n</numerusform>
            <numerusform>Chiavi revocate: %1 su %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deactivated %1 of %n key(s)</source>
        <translation>
            <numerusform>Chiavi disattivate: %1 su %n</numerusform>
            <numerusform>Chiavi disattivate: %1 su %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reactivated %1 of %n key(s)</source>
        <translation>
            <numerusform>Chiavi riattivate: %1 su %n</numerusform>
            <numerusform>Chiavi riattivate: %1 su %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Portal address, e.g. https://portal.example.com.</source>
        <translation>Indirizzo del portale, ad es. https://portal.example.com.</translation>
    </message>
    <message>
        <source>Use a saved profile (its portal, settings and keychain token) instead of --portal.</source>
        <translation>Usa un profilo salvato (il suo portale, le impostazioni e il token nel portachiavi) invece di --portal.</translation>
    </message>
    <message>
        <source>How to send the token: auto (default; sk-... is an API key), apikey or session.</source>
        <translation>Come inviare il token: auto (predefinito; sk-... è una chiave API), apikey o session.</translation>
    </message>
    <message>
        <source>Read the access token from the first line of standard input instead of the DOCSPACE_TOKEN environment variable. Tokens are never accepted as arguments.</source>
        <translation>Legge il token di accesso dalla prima riga dello standard input invece che dalla variabile d'ambiente DOCSPACE_TOKEN. I token non vengono mai accettati come argomenti.</translation>
    </message>
    <message>
        <source>Also trust the certificate authorities in this PEM file (an internal CA).</source>
        <translation>Considera attendibili anche le autorità di certificazione di questo file PEM (una CA interna).</translation>
    </message>
    <message>
        <source>Trust exactly the server certificate with this SHA-256 fingerprint (hex, colons optional).</source>
        <translation>Considera attendibile esattamente il certificato del server con questa impronta SHA-256 (esadecimale, due punti facoltativi).</translation>
    </message>
    <message>
        <source>Allow plain http:// to a host that is not this computer (the token travels unencrypted).</source>
        <translation>Consente http:// non cifrato verso un host diverso da questo computer (il token viaggia in chiaro).</translation>
    </message>
    <message>
        <source>Give up when the portal sends nothing for this many seconds (default 30, or the profile's).</source>
        <translation>Rinuncia quando il portale non invia nulla per questo numero di secondi (predefinito 30, o il valore del profilo).</translation>
    </message>
    <message>
        <source>Invalid --auth "%1": use auto, apikey or session.</source>
        <translation>--auth "%1" non valido: usa auto, apikey o session.</translation>
    </message>
    <message>
        <source>Invalid --timeout: give a number of seconds between 1 and 3600.</source>
        <translation>--timeout non valido: indica un numero di secondi tra 1 e 3600.</translation>
    </message>
    <message>
        <source>Invalid --trust-cert: %1</source>
        <translation>--trust-cert non valido: %1</translation>
    </message>
    <message>
        <source>Give either --portal or --profile, not both.</source>
        <translation>Indica --portal oppure --profile, non entrambi.</translation>
    </message>
    <message>
        <source>Missing --portal or --profile: give the portal address (e.g. --portal https://portal.example.com) or a saved profile's name.</source>
        <translation>Manca --portal o --profile: indica l'indirizzo del portale (ad es. --portal https://portal.example.com) o il nome di un profilo salvato.</translation>
    </message>
    <message>
        <source>There is no profile named "%1". 'docspace-keys-cli profiles list' shows the saved ones.</source>
        <translation>Non esiste un profilo denominato "%1". 'docspace-keys-cli profiles list' mostra quelli salvati.</translation>
    </message>
    <message>
        <source>Profile "%1": %2</source>
        <translation>Profilo "%1": %2</translation>
    </message>
    <message>
        <source>Invalid --portal: %1</source>
        <translation>--portal non valido: %1</translation>
    </message>
    <message>
        <source>No access token on standard input: pipe one line holding the token.</source>
        <translation>Nessun token di accesso nello standard input: invia tramite pipe una riga contenente il token.</translation>
    </message>
    <message>
        <source>No token is saved for profile "%1" (%2). Save one with 'profiles add --token-stdin', or set DOCSPACE_TOKEN.</source>
        <translation>Nessun token salvato per il profilo "%1" (%2). Salvane uno con 'profiles add --token-stdin' oppure imposta DOCSPACE_TOKEN.</translation>
    </message>
    <message>
        <source>No access token: set DOCSPACE_TOKEN, or pass --token-stdin and pipe it in.</source>
        <translation>Nessun token di accesso: imposta DOCSPACE_TOKEN oppure usa --token-stdin e invialo tramite pipe.</translation>
    </message>
    <message>
        <source>Run 'docspace-keys-cli %1 --help' for the options.</source>
        <translation>Esegui 'docspace-keys-cli %1 --help' per visualizzare le opzioni.</translation>
    </message>
    <message>
        <source>'%1' takes no arguments besides its options.</source>
        <translation>'%1' non accetta argomenti oltre alle sue opzioni.</translation>
    </message>
    <message>
        <source>"%1" (%2, ending %3), created by %4, %5</source>
        <translation>"%1" (%2, termina con %3), creata da %4, %5</translation>
    </message>
    <message>
        <source>all scopes</source>
        <translation>tutti gli ambiti</translation>
    </message>
    <message>
        <source>Revoke leaked API-key secrets. Reads any text on standard input (a log, a diff, a chat export), finds every sk- secret in it, asks the portal which key each one is, and revokes it with YOUR token (--profile or DOCSPACE_TOKEN), never with the leaked one. The text and the secrets are kept in memory only. Without --yes it only reports.
Exit status: 0 every secret is revoked or no longer works, 1 otherwise, 2 usage error.</source>
        <translation>Revoca i segreti di chiavi API trapelati. Legge qualsiasi testo dallo standard input (un log, un diff, un'esportazione di chat), vi trova ogni segreto sk-, chiede al portale a quale chiave corrisponde e la revoca con il TUO token (--profile o DOCSPACE_TOKEN), mai con quello trapelato. Il testo e i segreti restano solo in memoria. Senza --yes si limita a segnalarli.
Stato di uscita: 0 ogni segreto è stato revocato o non funziona più, 1 altrimenti, 2 errore di utilizzo.</translation>
    </message>
    <message>
        <source>Revoke the identified keys without asking.</source>
        <translation>Revoca le chiavi identificate senza chiedere conferma.</translation>
    </message>
    <message>
        <source>Print one JSON object per secret.</source>
        <translation>Stampa un oggetto JSON per ogni segreto.</translation>
    </message>
    <message>
        <source>Standard input holds the leaked text: give your own token in DOCSPACE_TOKEN or a profile.</source>
        <translation>Lo standard input contiene il testo trapelato: fornisci il tuo token in DOCSPACE_TOKEN o in un profilo.</translation>
    </message>
    <message>
        <source>No API-key secret found on standard input (sk- followed by 64 lower-case hexadecimal digits).</source>
        <translation>Nessun segreto di chiave API trovato nello standard input (sk- seguito da 64 cifre esadecimali minuscole).</translation>
    </message>
    <message>
        <source>%1 is key %2.</source>
        <translation>%1 è la chiave %2.</translation>
    </message>
    <message>
        <source>Not revoked: pass --yes to revoke it.</source>
        <translation>Non revocata: usa --yes per revocarla.</translation>
    </message>
    <message>
        <source>candidate (same ending): %1</source>
        <translation>candidata (stesso finale): %1</translation>
    </message>
    <message>
        <source>Candidates are never revoked automatically: check them, then use 'docspace-keys-cli revoke ID'.</source>
        <translation>Le candidate non vengono mai revocate automaticamente: verificale, poi usa 'docspace-keys-cli revoke ID'.</translation>
    </message>
    <message>
        <source>The key-hygiene report: expired keys still present, deactivated keys, keys never used or unused for N days, keys without expiry, keys with every permission.</source>
        <translation>Il report sull'igiene delle chiavi: chiavi scadute ancora presenti, chiavi disattivate, chiavi mai usate o inutilizzate da N giorni, chiavi senza scadenza, chiavi con tutte le autorizzazioni.</translation>
    </message>
    <message>
        <source>Print the report as JSON.</source>
        <translation>Stampa il report in formato JSON.</translation>
    </message>
    <message>
        <source>Threshold for unused keys (default 90).</source>
        <translation>Soglia per le chiavi inutilizzate (predefinita 90).</translation>
    </message>
    <message>
        <source>Also write a printable HTML report to FILE.</source>
        <translation>Scrive anche un report HTML stampabile in FILE.</translation>
    </message>
    <message>
        <source>Also write the keys of every finding as CSV to FILE.</source>
        <translation>Scrive anche le chiavi di ogni rilevamento in formato CSV in FILE.</translation>
    </message>
    <message>
        <source>Invalid --unused-days: give a whole number of days.</source>
        <translation>--unused-days non valido: indica un numero intero di giorni.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossibile scrivere %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Key hygiene on %1: %n key(s) examined.</source>
        <translation>
            <numerusform>Igiene delle chiavi su %1: %n chiave esaminata.</numerusform>
            <numerusform>Igiene delle chiavi su %1: %n chiavi esaminate.</numerusform>
        </translation>
    </message>
    <message>
        <source>portal: %1</source>
        <translation>portale: %1</translation>
    </message>
    <message>
        <source>Revoke (delete) DocSpace API keys by id.</source>
        <translation>Revoca (elimina) chiavi API di DocSpace in base all'id.</translation>
    </message>
    <message>
        <source>Deactivate DocSpace API keys by id: they stop working until reactivated.</source>
        <translation>Disattiva chiavi API di DocSpace in base all'id: smettono di funzionare finché non vengono riattivate.</translation>
    </message>
    <message>
        <source>Reactivate deactivated DocSpace API keys by id (expired keys cannot be).</source>
        <translation>Riattiva chiavi API di DocSpace disattivate in base all'id (le chiavi scadute non possono essere riattivate).</translation>
    </message>
    <message>
        <source>Each id gets one line of output, in the order given; every attempt is kept in the local history.
Give - to read ids from standard input, one per line (blank lines and # comments are ignored).
Exit status: 0 every key changed, 1 at least one not, 2 usage error.</source>
        <translation>Ogni id produce una riga di output, nell'ordine indicato; ogni tentativo viene registrato nella cronologia locale.
Indica - per leggere gli id dallo standard input, uno per riga (le righe vuote e i commenti # vengono ignorati).
Stato di uscita: 0 ogni chiave è stata modificata, 1 almeno una no, 2 errore di utilizzo.</translation>
    </message>
    <message>
        <source>Do not ask for confirmation (for scripts).</source>
        <translation>Non chiede conferma (per gli script).</translation>
    </message>
    <message>
        <source>Print one JSON object per id.</source>
        <translation>Stampa un oggetto JSON per ogni id.</translation>
    </message>
    <message>
        <source>How many requests may run at once (1-%1, default %2). A rate limit from the portal pauses them all.</source>
        <translation>Quante richieste possono essere eseguite contemporaneamente (1-%1, predefinito %2). Un limite di frequenza imposto dal portale le mette tutte in pausa.</translation>
    </message>
    <message>
        <source>Key ids (UUIDs), or - for standard input.</source>
        <translation>Id delle chiavi (UUID), oppure - per lo standard input.</translation>
    </message>
    <message>
        <source>Standard input cannot hold both the token (--token-stdin) and the ids (-): give the token in DOCSPACE_TOKEN or a profile.</source>
        <translation>Lo standard input non può contenere sia il token (--token-stdin) sia gli id (-): fornisci il token in DOCSPACE_TOKEN o in un profilo.</translation>
    </message>
    <message>
        <source>Give at least one key id.</source>
        <translation>Indica almeno un id di chiave.</translation>
    </message>
    <message>
        <source>Invalid --concurrency: give a number from 1 to %1.</source>
        <translation>--concurrency non valido: indica un numero da 1 a %1.</translation>
    </message>
    <message>
        <source>Warning: sending the access token to %1 over unencrypted HTTP.</source>
        <translation>Attenzione: invio del token di accesso a %1 tramite HTTP non cifrato.</translation>
    </message>
    <message>
        <source>Not revoking: no terminal to ask for confirmation on. Pass --yes to confirm in a script.</source>
        <translation>Nessuna revoca: non c'è un terminale in cui chiedere conferma. Usa --yes per confermare in uno script.</translation>
    </message>
    <message numerus="yes">
        <source>Revoke %n key(s) on %1? This cannot be undone.</source>
        <translation>
            <numerusform>Revocare %n chiave su %1? L'operazione non può essere annullata.</numerusform>
            <numerusform>Revocare %n chiavi su %1? L'operazione non può essere annullata.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing revoked.</source>
        <translation>Nessuna chiave revocata.</translation>
    </message>
    <message numerus="yes">
        <source>Rate limited by the portal: pausing for %n second(s).</source>
        <translation>
            <numerusform>Limite di frequenza raggiunto sul portale: pausa di %n secondo.</numerusform>
            <numerusform>Limite di frequenza raggiunto sul portale: pausa di %n secondi.</numerusform>
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
        <translation>Utilizzo: docspace-keys-cli &lt;comando&gt; [opzioni]

Comandi:
  revoke ID...      Revoca (elimina) chiavi API in base all'id
  deactivate ID...  Disattiva chiavi (reversibile)
  activate ID...    Riattiva chiavi disattivate
  list              Elenca le chiavi visibili al token
  whoami            Con quale utente accede il token e di quale chiave si tratta
  history           Cosa è stato revocato da questo computer, quando e con quale esito
  revoke-secret     Trova segreti sk- trapelati nel testo dello standard input e li revoca
  report            Il report sull'igiene delle chiavi: scadute, inutilizzate, senza restrizioni...
  profiles ...      Elenca, mostra, aggiunge e rimuove i profili di portale salvati

Esegui 'docspace-keys-cli &lt;comando&gt; --help' per le opzioni di un comando.
Il token di accesso proviene da DOCSPACE_TOKEN o da --token-stdin, mai dagli argomenti.
Stato di uscita: 0 operazione riuscita, 1 un'operazione non è riuscita, 2 errore di utilizzo.
</translation>
    </message>
    <message>
        <source>Unknown command "%1".</source>
        <translation>Comando sconosciuto "%1".</translation>
    </message>
    <message>
        <source>Saved portal profiles, shared with the DocSpace Keys window. Tokens are kept in the system keychain, read from standard input (--token-stdin), never from arguments.

</source>
        <translation>Profili di portale salvati, condivisi con la finestra di DocSpace Keys. I token sono conservati nel portachiavi di sistema e letti dallo standard input (--token-stdin), mai dagli argomenti.

</translation>
    </message>
    <message>
        <source>Print a JSON array.</source>
        <translation>Stampa un array JSON.</translation>
    </message>
    <message>
        <source>'profiles list' takes no names.</source>
        <translation>'profiles list' non accetta nomi.</translation>
    </message>
    <message>
        <source>No saved profiles. Add one with 'docspace-keys-cli profiles add NAME --portal URL --token-stdin'.</source>
        <translation>Nessun profilo salvato. Aggiungine uno con 'docspace-keys-cli profiles add NOME --portal URL --token-stdin'.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOME</translation>
    </message>
    <message>
        <source>PORTAL</source>
        <translation>PORTALE</translation>
    </message>
    <message>
        <source>AUTH</source>
        <translation>AUTENTICAZIONE</translation>
    </message>
    <message>
        <source>TOKEN</source>
        <translation>TOKEN</translation>
    </message>
    <message>
        <source>saved</source>
        <translation>salvato</translation>
    </message>
    <message>
        <source>none</source>
        <translation>nessuno</translation>
    </message>
    <message>
        <source>'profiles show' takes one profile name.</source>
        <translation>'profiles show' richiede il nome di un profilo.</translation>
    </message>
    <message>
        <source>There is no profile named "%1".</source>
        <translation>Non esiste un profilo denominato "%1".</translation>
    </message>
    <message>
        <source>Name:          %1</source>
        <translation>Nome:                    %1</translation>
    </message>
    <message>
        <source>Portal:        %1</source>
        <translation>Portale:                 %1</translation>
    </message>
    <message>
        <source>Auth scheme:   %1</source>
        <translation>Autenticazione:          %1</translation>
    </message>
    <message>
        <source>Token:         %1</source>
        <translation>Token:                   %1</translation>
    </message>
    <message>
        <source>saved in %1</source>
        <translation>salvato in %1</translation>
    </message>
    <message>
        <source>not saved</source>
        <translation>non salvato</translation>
    </message>
    <message>
        <source>Plain HTTP:    %1</source>
        <translation>HTTP non cifrato:        %1</translation>
    </message>
    <message>
        <source>ALLOWED (the token may travel unencrypted)</source>
        <translation>CONSENTITO (il token può viaggiare non cifrato)</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>rifiutato</translation>
    </message>
    <message>
        <source>Trusted cert:  %1</source>
        <translation>Certificato attendibile: %1</translation>
    </message>
    <message>
        <source>Extra CA file: %1</source>
        <translation>File CA aggiuntivo:      %1</translation>
    </message>
    <message numerus="yes">
        <source>Timeout:       %n second(s)</source>
        <translation>
            <numerusform>Timeout:                 %n secondo</numerusform>
            <numerusform>Timeout:                 %n secondi</numerusform>
        </translation>
    </message>
    <message>
        <source>'profiles add' takes one name and --portal.</source>
        <translation>'profiles add' richiede un nome e --portal.</translation>
    </message>
    <message>
        <source>No system keychain is available (%1), so the token cannot be saved.</source>
        <translation>Nessun portachiavi di sistema disponibile (%1), quindi il token non può essere salvato.</translation>
    </message>
    <message>
        <source>The profile was not added. Use DOCSPACE_TOKEN with --portal instead.</source>
        <translation>Il profilo non è stato aggiunto. Usa invece DOCSPACE_TOKEN con --portal.</translation>
    </message>
    <message>
        <source>Added profile "%1" for %2%3.</source>
        <translation>Profilo "%1" aggiunto per %2%3.</translation>
    </message>
    <message>
        <source> (no token saved)</source>
        <translation> (nessun token salvato)</translation>
    </message>
    <message>
        <source>, token in the keychain</source>
        <translation>, token nel portachiavi</translation>
    </message>
    <message>
        <source>'profiles remove' takes one profile name.</source>
        <translation>'profiles remove' richiede il nome di un profilo.</translation>
    </message>
    <message>
        <source>The profile was kept so that its token is not left behind unnoticed.</source>
        <translation>Il profilo è stato mantenuto, perché il suo token non resti nel portachiavi a tua insaputa.</translation>
    </message>
    <message>
        <source>Removed profile "%1" and its token.</source>
        <translation>Profilo "%1" rimosso insieme al relativo token.</translation>
    </message>
    <message>
        <source>Unknown profiles action "%1".</source>
        <translation>Azione "%1" sconosciuta per profiles.</translation>
    </message>
    <message>
        <source>Print CSV with a header row.</source>
        <translation>Stampa CSV con una riga di intestazione.</translation>
    </message>
    <message>
        <source>Only expired keys.</source>
        <translation>Solo chiavi scadute.</translation>
    </message>
    <message>
        <source>Only deactivated keys.</source>
        <translation>Solo chiavi disattivate.</translation>
    </message>
    <message>
        <source>Only keys not used for N days (never used counts).</source>
        <translation>Solo chiavi non usate da N giorni (incluse quelle mai usate).</translation>
    </message>
    <message>
        <source>Only keys created by this user (name or id).</source>
        <translation>Solo chiavi create da questo utente (nome o id).</translation>
    </message>
    <message>
        <source>List the API keys the token can see: all of the portal's for an administrator, otherwise the caller's own.</source>
        <translation>Elenca le chiavi API visibili al token: tutte quelle del portale per un amministratore, altrimenti solo quelle del chiamante.</translation>
    </message>
    <message>
        <source>Choose --json or --csv, not both.</source>
        <translation>Scegli --json o --csv, non entrambi.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>ENDING</source>
        <translation>FINALE</translation>
    </message>
    <message>
        <source>CREATED BY</source>
        <translation>CREATA DA</translation>
    </message>
    <message>
        <source>CREATED</source>
        <translation>CREATA</translation>
    </message>
    <message>
        <source>LAST USED</source>
        <translation>ULTIMO USO</translation>
    </message>
    <message>
        <source>EXPIRES</source>
        <translation>SCADENZA</translation>
    </message>
    <message>
        <source>STATE</source>
        <translation>STATO</translation>
    </message>
    <message>
        <source>PERMISSIONS</source>
        <translation>AUTORIZZAZIONI</translation>
    </message>
    <message>
        <source>never</source>
        <translation>mai</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n key(s) shown.</source>
        <translation>
            <numerusform>Chiavi mostrate: %1 su %n.</numerusform>
            <numerusform>Chiavi mostrate: %1 su %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>Print a JSON object.</source>
        <translation>Stampa un oggetto JSON.</translation>
    </message>
    <message>
        <source>Who the token signs in as, and for an API key, which key it is.</source>
        <translation>Con quale utente accede il token e, per una chiave API, di quale chiave si tratta.</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>avviso: %1</translation>
    </message>
    <message>
        <source>Only records from this date or time on (ISO 8601).</source>
        <translation>Solo record da questa data o ora in poi (ISO 8601).</translation>
    </message>
    <message>
        <source>Only records for this portal.</source>
        <translation>Solo record relativi a questo portale.</translation>
    </message>
    <message>
        <source>Only records made with this profile.</source>
        <translation>Solo record effettuati con questo profilo.</translation>
    </message>
    <message>
        <source>Every revocation, deactivation and reactivation attempted from this computer, oldest first. The history is local: it never holds tokens.</source>
        <translation>Ogni revoca, disattivazione e riattivazione tentata da questo computer, dalla meno recente. La cronologia è locale: non contiene mai token.</translation>
    </message>
    <message>
        <source>Invalid --since: give a date such as 2026-07-01 or 2026-07-01T14:00.</source>
        <translation>--since non valido: indica una data come 2026-07-01 o 2026-07-01T14:00.</translation>
    </message>
    <message>
        <source>No history yet (%1).</source>
        <translation>Ancora nessuna cronologia (%1).</translation>
    </message>
    <message>
        <source>TIME (UTC)</source>
        <translation>ORA (UTC)</translation>
    </message>
    <message>
        <source>OPERATION</source>
        <translation>OPERAZIONE</translation>
    </message>
    <message>
        <source>KEY</source>
        <translation>CHIAVE</translation>
    </message>
    <message>
        <source>OUTCOME</source>
        <translation>ESITO</translation>
    </message>
    <message>
        <source>HTTP</source>
        <translation>HTTP</translation>
    </message>
    <message>
        <source>BY</source>
        <translation>TRAMITE</translation>
    </message>
</context>
<context>
    <name>ConnectionReport</name>
    <message>
        <source>owner</source>
        <translation>proprietario</translation>
    </message>
    <message>
        <source>administrator</source>
        <translation>amministratore</translation>
    </message>
    <message>
        <source>guest</source>
        <translation>ospite</translation>
    </message>
    <message>
        <source>member</source>
        <translation>utente</translation>
    </message>
    <message>
        <source>Signed in as %1 (%2)</source>
        <translation>Accesso eseguito come %1 (%2)</translation>
    </message>
    <message>
        <source>all scopes</source>
        <translation>tutti gli ambiti</translation>
    </message>
    <message>
        <source>expires %1</source>
        <translation>scadenza: %1</translation>
    </message>
    <message>
        <source>never expires</source>
        <translation>non scade mai</translation>
    </message>
    <message>
        <source>API key "%1": %2; %3</source>
        <translation>Chiave API "%1": %2; %3</translation>
    </message>
</context>
<context>
    <name>ConnectionTest</name>
    <message>
        <source>This API key cannot revoke keys: it lacks the *:write scope.</source>
        <translation>Questa chiave API non può revocare chiavi: non ha l'ambito *:write.</translation>
    </message>
    <message numerus="yes">
        <source>This API key expires in %n day(s), on %1.</source>
        <translation>
            <numerusform>Questa chiave API scade tra %n giorno, il %1.</numerusform>
            <numerusform>Questa chiave API scade tra %n giorni, il %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The portal answered, but not with a user profile. Check that the address is a DocSpace portal.</source>
        <translation>Il portale ha risposto, ma non con un profilo utente. Verifica che l'indirizzo sia quello di un portale DocSpace.</translation>
    </message>
    <message>
        <source>You are not an administrator: you can revoke only the keys you created.</source>
        <translation>Non sei un amministratore: puoi revocare solo le chiavi che hai creato.</translation>
    </message>
    <message>
        <source>The key's own details could not be read: %1</source>
        <translation>Impossibile leggere i dettagli della chiave stessa: %1</translation>
    </message>
</context>
<context>
    <name>DocSpaceClient</name>
    <message>
        <source>No access token was given, so nothing was sent. Enter an API key or session token.</source>
        <translation>Non è stato fornito alcun token di accesso, quindi non è stato inviato nulla. Inserisci una chiave API o un token di sessione.</translation>
    </message>
    <message>
        <source>The portal's answer held no key list. Check that the address is a DocSpace portal.</source>
        <translation>La risposta del portale non conteneva un elenco di chiavi. Verifica che l'indirizzo sia quello di un portale DocSpace.</translation>
    </message>
</context>
<context>
    <name>HistoryLog</name>
    <message>
        <source>The history file %1 is locked by another DocSpace Keys process.</source>
        <translation>Il file della cronologia %1 è bloccato da un altro processo di DocSpace Keys.</translation>
    </message>
    <message>
        <source>Cannot write the history file %1: %2.</source>
        <translation>Impossibile scrivere il file della cronologia %1: %2.</translation>
    </message>
    <message>
        <source>Cannot read the history file %1: %2.</source>
        <translation>Impossibile leggere il file della cronologia %1: %2.</translation>
    </message>
    <message>
        <source>Line %1 of the history file is incomplete or damaged and was skipped.</source>
        <translation>La riga %1 del file della cronologia è incompleta o danneggiata ed è stata ignorata.</translation>
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
        <translation>Revoca</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation>Disattivazione</translation>
    </message>
    <message>
        <source>Reactivate</source>
        <translation>Riattivazione</translation>
    </message>
    <message>
        <source>command line</source>
        <translation>riga di comando</translation>
    </message>
    <message>
        <source>window</source>
        <translation>finestra</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Key id: %1</source>
        <translation>Id chiave: %1</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Ora</translation>
    </message>
    <message>
        <source>Portal</source>
        <translation>Portale</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profilo</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>Operazione</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Chiave</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Esito</translation>
    </message>
    <message>
        <source>HTTP</source>
        <translation>HTTP</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Tramite</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Messaggio</translation>
    </message>
</context>
<context>
    <name>HistoryRecorder</name>
    <message>
        <source>This result was not recorded in the history. %1 Check that the folder is writable and that the disk is not full.</source>
        <translation>Questo risultato non è stato registrato nella cronologia. %1 Verifica che la cartella sia scrivibile e che il disco non sia pieno.</translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Ricarica</translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation>Esporta &amp;CSV…</translation>
    </message>
    <message>
        <source>Portal filter</source>
        <translation>Filtro per portale</translation>
    </message>
    <message>
        <source>Outcome filter</source>
        <translation>Filtro per esito</translation>
    </message>
    <message>
        <source>Search key, message, user…</source>
        <translation>Cerca chiave, messaggio, utente…</translation>
    </message>
    <message>
        <source>Search the history</source>
        <translation>Cerca nella cronologia</translation>
    </message>
    <message>
        <source>Save the rows shown (after filtering) as a CSV file.</source>
        <translation>Salva le righe visualizzate (dopo il filtro) in un file CSV.</translation>
    </message>
    <message>
        <source>&amp;Portal:</source>
        <translation>&amp;Portale:</translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation>&amp;Esito:</translation>
    </message>
    <message numerus="yes">
        <source>…and %n more damaged line(s).</source>
        <translation>
            <numerusform>…e %n altra riga danneggiata.</numerusform>
            <numerusform>…e altre %n righe danneggiate.</numerusform>
        </translation>
    </message>
    <message>
        <source>Some of the history could not be read, so it may be incomplete:
%1
The file is %2; the other records are shown. New records are still added.</source>
        <translation>Non è stato possibile leggere parte della cronologia, che potrebbe quindi essere incompleta:
%1
Il file è %2; gli altri record vengono mostrati. I nuovi record continuano a essere aggiunti.</translation>
    </message>
    <message>
        <source>All portals</source>
        <translation>Tutti i portali</translation>
    </message>
    <message>
        <source>All outcomes</source>
        <translation>Tutti gli esiti</translation>
    </message>
    <message>
        <source>Nothing recorded yet. Every revocation, deactivation and reactivation made here or with docspace-keys-cli is listed here.</source>
        <translation>Ancora nessuna registrazione. Ogni revoca, disattivazione e riattivazione effettuata qui o con docspace-keys-cli viene elencata qui.</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s).</source>
        <translation>
            <numerusform>%n record.</numerusform>
            <numerusform>%n record.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n record(s) shown.</source>
        <translation>
            <numerusform>Record mostrati: %1 su %n.</numerusform>
            <numerusform>Record mostrati: %1 su %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export History</source>
        <translation>Esporta cronologia</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>File CSV (*.csv);;Tutti i file (*)</translation>
    </message>
    <message>
        <source>History Not Exported</source>
        <translation>Cronologia non esportata</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>Impossibile scrivere %1.</translation>
    </message>
    <message>
        <source>%1
Choose another folder, or check that the disk is not full.</source>
        <translation>%1
Scegli un'altra cartella oppure verifica che il disco non sia pieno.</translation>
    </message>
</context>
<context>
    <name>HygieneReport</name>
    <message>
        <source>Expired keys still present</source>
        <translation>Chiavi scadute ancora presenti</translation>
    </message>
    <message>
        <source>They no longer work but still clutter the list and hide real problems; revoke them.</source>
        <translation>Non funzionano più, ma ingombrano ancora l'elenco e nascondono i problemi reali; revocale.</translation>
    </message>
    <message>
        <source>Deactivated keys</source>
        <translation>Chiavi disattivate</translation>
    </message>
    <message>
        <source>Anyone who may change them can switch them back on; revoke those that are no longer needed.</source>
        <translation>Chiunque possa modificarle può riattivarle; revoca quelle che non servono più.</translation>
    </message>
    <message>
        <source>Keys never used</source>
        <translation>Chiavi mai usate</translation>
    </message>
    <message>
        <source>Nothing depends on them yet; deactivate them until someone asks.</source>
        <translation>Nulla dipende ancora da esse; disattivale finché qualcuno non le richiede.</translation>
    </message>
    <message numerus="yes">
        <source>Keys unused for more than %n day(s)</source>
        <translation>
            <numerusform>Chiavi inutilizzate da più di %n giorno</numerusform>
            <numerusform>Chiavi inutilizzate da più di %n giorni</numerusform>
        </translation>
    </message>
    <message>
        <source>Forgotten keys are the ones that leak unnoticed; deactivate them.</source>
        <translation>Le chiavi dimenticate sono quelle che trapelano senza che nessuno se ne accorga; disattivale.</translation>
    </message>
    <message>
        <source>Keys that never expire</source>
        <translation>Chiavi che non scadono mai</translation>
    </message>
    <message>
        <source>A leaked key without an expiry date works until someone notices; replace them with keys that expire.</source>
        <translation>Una chiave trapelata senza data di scadenza funziona finché qualcuno non se ne accorge; sostituiscile con chiavi che scadono.</translation>
    </message>
    <message>
        <source>Keys with every permission</source>
        <translation>Chiavi con tutte le autorizzazioni</translation>
    </message>
    <message>
        <source>They can do anything the owner can; give integrations only the scopes they need.</source>
        <translation>Possono fare tutto ciò che può fare il proprietario; concedi alle integrazioni solo gli ambiti di cui hanno bisogno.</translation>
    </message>
    <message>
        <source>API key hygiene report</source>
        <translation>Report sull'igiene delle chiavi API</translation>
    </message>
    <message>
        <source>Portal: %1</source>
        <translation>Portale: %1</translation>
    </message>
    <message>
        <source>Generated: %1 UTC</source>
        <translation>Generato: %1 UTC</translation>
    </message>
    <message numerus="yes">
        <source>Keys examined: %1; unused threshold: %n day(s)</source>
        <translation>
            <numerusform>Chiavi esaminate: %1; soglia di inutilizzo: %n giorno</numerusform>
            <numerusform>Chiavi esaminate: %1; soglia di inutilizzo: %n giorni</numerusform>
        </translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Rilevamento</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Chiavi</translation>
    </message>
    <message>
        <source>Suggested action</source>
        <translation>Azione suggerita</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>Revoca</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation>Disattiva</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Ending</source>
        <translation>Finale</translation>
    </message>
    <message>
        <source>Created by</source>
        <translation>Creata da</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Creata</translation>
    </message>
    <message>
        <source>Last used</source>
        <translation>Ultimo uso</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Scadenza</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <source>never</source>
        <translation>mai</translation>
    </message>
</context>
<context>
    <name>HygieneReportView</name>
    <message>
        <source>unknown</source>
        <translation>sconosciuto</translation>
    </message>
    <message>
        <source>API key hygiene</source>
        <translation>Igiene delle chiavi API</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aggiorna</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>Esporta &amp;CSV…</translation>
    </message>
    <message>
        <source>Export &amp;HTML…</source>
        <translation>Esporta &amp;HTML…</translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation>Esporta &amp;PDF…</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Interrompi</translation>
    </message>
    <message>
        <source> days</source>
        <translation> giorni</translation>
    </message>
    <message>
        <source>Unused for more than this many days</source>
        <translation>Inutilizzate da più di questo numero di giorni</translation>
    </message>
    <message>
        <source>&amp;Unused for more than:</source>
        <translation>&amp;Inutilizzate da più di:</translation>
    </message>
    <message>
        <source>Choose a portal profile to see its report.</source>
        <translation>Scegli un profilo di portale per visualizzarne il report.</translation>
    </message>
    <message>
        <source>Loading the key list from %1…</source>
        <translation>Caricamento dell'elenco delle chiavi da %1…</translation>
    </message>
    <message>
        <source>The report could not be made: the key list did not load. %1</source>
        <translation>Impossibile creare il report: l'elenco delle chiavi non è stato caricato. %1</translation>
    </message>
    <message>
        <source>Which keys of %1 are a risk before they leak. The report appears once the key list has loaded.</source>
        <translation>Quali chiavi di %1 rappresentano un rischio prima ancora di trapelare. Il report viene visualizzato non appena l'elenco delle chiavi è stato caricato.</translation>
    </message>
    <message>
        <source>the portal</source>
        <translation>questo portale</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n key(s) examined · %2 · %3 of %4 findings need attention</source>
        <translation>
            <numerusform>%1 · %n chiave esaminata · %2 · rilevamenti da verificare: %3 su %4</numerusform>
            <numerusform>%1 · %n chiavi esaminate · %2 · rilevamenti da verificare: %3 su %4</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Revoke %n Key(s)…</source>
        <translation>
            <numerusform>Revoca %n chiave…</numerusform>
            <numerusform>Revoca %n chiavi…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deactivate %n Key(s)…</source>
        <translation>
            <numerusform>Disattiva %n chiave…</numerusform>
            <numerusform>Disattiva %n chiavi…</numerusform>
        </translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Proprietario</translation>
    </message>
    <message>
        <source>Ending</source>
        <translation>Finale</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Creata</translation>
    </message>
    <message>
        <source>Last used</source>
        <translation>Ultimo uso</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Scadenza</translation>
    </message>
    <message>
        <source>Scopes</source>
        <translation>Ambiti</translation>
    </message>
    <message>
        <source>never</source>
        <translation>mai</translation>
    </message>
    <message>
        <source>all</source>
        <translation>tutti</translation>
    </message>
    <message>
        <source>Key id: %1</source>
        <translation>Id chiave: %1</translation>
    </message>
    <message numerus="yes">
        <source>Hide the %n key(s)</source>
        <translation>
            <numerusform>Nascondi %n chiave</numerusform>
            <numerusform>Nascondi le %n chiavi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Show the %n key(s)</source>
        <translation>
            <numerusform>Mostra %n chiave</numerusform>
            <numerusform>Mostra le %n chiavi</numerusform>
        </translation>
    </message>
    <message>
        <source>• “%1” — owner %2, ending %3</source>
        <translation>• “%1” — proprietario: %2, termina con %3</translation>
    </message>
    <message numerus="yes">
        <source>…and %n more.</source>
        <translation>
            <numerusform>…e %n altra.</numerusform>
            <numerusform>…e altre %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>This cannot be undone: anything still using these keys stops working.</source>
        <translation>L'operazione non può essere annullata: tutto ciò che usa ancora queste chiavi smetterà di funzionare.</translation>
    </message>
    <message>
        <source>Anything using these keys stops working until they are reactivated.</source>
        <translation>Tutto ciò che usa queste chiavi smetterà di funzionare finché non verranno riattivate.</translation>
    </message>
    <message>
        <source>Revoke Keys</source>
        <translation>Revoca chiavi</translation>
    </message>
    <message>
        <source>Deactivate Keys</source>
        <translation>Disattiva chiavi</translation>
    </message>
    <message numerus="yes">
        <source>Revoke the %n key(s) under “%1” on %2?</source>
        <translation>
            <numerusform>Revocare %n chiave elencata in “%1” su %2?</numerusform>
            <numerusform>Revocare le %n chiavi elencate in “%1” su %2?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deactivate the %n key(s) under “%1” on %2?</source>
        <translation>
            <numerusform>Disattivare %n chiave elencata in “%1” su %2?</numerusform>
            <numerusform>Disattivare le %n chiavi elencate in “%1” su %2?</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Revoke</source>
        <translation>&amp;Revoca</translation>
    </message>
    <message>
        <source>&amp;Deactivate</source>
        <translation>&amp;Disattiva</translation>
    </message>
    <message>
        <source>Nothing was revoked.</source>
        <translation>Non è stato revocato nulla.</translation>
    </message>
    <message>
        <source>Nothing was deactivated.</source>
        <translation>Non è stato disattivato nulla.</translation>
    </message>
    <message>
        <source>Revoking: %v of %m</source>
        <translation>Revoca in corso: %v su %m</translation>
    </message>
    <message>
        <source>Deactivating: %v of %m</source>
        <translation>Disattivazione in corso: %v su %m</translation>
    </message>
    <message>
        <source>Revoking the keys under “%1”…</source>
        <translation>Revoca delle chiavi elencate in “%1”…</translation>
    </message>
    <message>
        <source>Deactivating the keys under “%1”…</source>
        <translation>Disattivazione delle chiavi elencate in “%1”…</translation>
    </message>
    <message>
        <source>API key hygiene report</source>
        <translation>Report sull'igiene delle chiavi API</translation>
    </message>
    <message>
        <source>Report saved as %1.</source>
        <translation>Report salvato come %1.</translation>
    </message>
    <message>
        <source>Report Not Exported</source>
        <translation>Report non esportato</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>Impossibile scrivere %1.</translation>
    </message>
    <message>
        <source>%1
Choose another folder, or check that the disk is not full.</source>
        <translation>%1
Scegli un'altra cartella oppure verifica che il disco non sia pieno.</translation>
    </message>
    <message>
        <source>Export Report as CSV</source>
        <translation>Esporta report in formato CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>File CSV (*.csv);;Tutti i file (*)</translation>
    </message>
    <message>
        <source>Export Report as HTML</source>
        <translation>Esporta report in formato HTML</translation>
    </message>
    <message>
        <source>Web pages (*.html *.htm);;All files (*)</source>
        <translation>Pagine web (*.html *.htm);;Tutti i file (*)</translation>
    </message>
    <message>
        <source>Export Report as PDF</source>
        <translation>Esporta report in formato PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf);;All files (*)</source>
        <translation>File PDF (*.pdf);;Tutti i file (*)</translation>
    </message>
    <message>
        <source>Choose another folder, or check that the disk is not full.</source>
        <translation>Scegli un'altra cartella oppure verifica che il disco non sia pieno.</translation>
    </message>
</context>
<context>
    <name>KeyBatch</name>
    <message>
        <source>Not sent: the batch was cancelled.</source>
        <translation>Non inviata: l'operazione batch è stata annullata.</translation>
    </message>
</context>
<context>
    <name>KeyId</name>
    <message>
        <source>Enter the id of the key to revoke (a UUID such as 3f2b6c1e-8a4d-4e9b-9c71-2d5e8f0a1b23).</source>
        <translation>Inserisci l'id della chiave da revocare (un UUID come 3f2b6c1e-8a4d-4e9b-9c71-2d5e8f0a1b23).</translation>
    </message>
    <message>
        <source>This looks like a key's secret, not its id. Enter the key's UUID.</source>
        <translation>Sembra il segreto di una chiave, non il suo id. Inserisci l'UUID della chiave.</translation>
    </message>
    <message>
        <source>A key id is a UUID of 32 hexadecimal digits in groups 8-4-4-4-12, for example 3f2b6c1e-8a4d-4e9b-9c71-2d5e8f0a1b23.</source>
        <translation>L'id di una chiave è un UUID di 32 cifre esadecimali in gruppi 8-4-4-4-12, ad esempio 3f2b6c1e-8a4d-4e9b-9c71-2d5e8f0a1b23.</translation>
    </message>
</context>
<context>
    <name>KeyIdList</name>
    <message>
        <source>No key id on this line.</source>
        <translation>Nessun id di chiave in questa riga.</translation>
    </message>
</context>
<context>
    <name>KeyListModel</name>
    <message>
        <source>active</source>
        <translation>attiva</translation>
    </message>
    <message>
        <source>deactivated</source>
        <translation>disattivata</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>scaduta</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Tutte</translation>
    </message>
    <message>
        <source>Read only</source>
        <translation>Sola lettura</translation>
    </message>
    <message>
        <source>never</source>
        <translation>mai</translation>
    </message>
    <message>
        <source>in 1 day</source>
        <translation>tra 1 giorno</translation>
    </message>
    <message>
        <source>in %1 days</source>
        <translation>tra %1 giorni</translation>
    </message>
    <message>
        <source>in 1 hour</source>
        <translation>tra 1 ora</translation>
    </message>
    <message>
        <source>in %1 hours</source>
        <translation>tra %1 ore</translation>
    </message>
    <message>
        <source>in 1 minute</source>
        <translation>tra 1 minuto</translation>
    </message>
    <message>
        <source>in %1 minutes</source>
        <translation>tra %1 minuti</translation>
    </message>
    <message>
        <source>expired 1 day ago</source>
        <translation>scaduta 1 giorno fa</translation>
    </message>
    <message>
        <source>expired %1 days ago</source>
        <translation>scaduta %1 giorni fa</translation>
    </message>
    <message>
        <source>expired 1 hour ago</source>
        <translation>scaduta 1 ora fa</translation>
    </message>
    <message>
        <source>expired %1 hours ago</source>
        <translation>scaduta %1 ore fa</translation>
    </message>
    <message>
        <source>expired 1 minute ago</source>
        <translation>scaduta 1 minuto fa</translation>
    </message>
    <message>
        <source>expired %1 minutes ago</source>
        <translation>scaduta %1 minuti fa</translation>
    </message>
    <message>
        <source>%1 (this token)</source>
        <translation>%1 (questo token)</translation>
    </message>
    <message>
        <source>revoked</source>
        <translation>revocata</translation>
    </message>
    <message>
        <source>%1
Id: %2
The token this window signs in with: revoking or deactivating it cuts DocSpace Keys off from the portal.</source>
        <translation>%1
Id: %2
Il token con cui questa finestra ha eseguito l'accesso: revocarlo o disattivarlo esclude DocSpace Keys dal portale.</translation>
    </message>
    <message>
        <source>%1
Id: %2</source>
        <translation>%1
Id: %2</translation>
    </message>
    <message>
        <source>Never used</source>
        <translation>Mai usata</translation>
    </message>
    <message>
        <source>Never expires</source>
        <translation>Non scade mai</translation>
    </message>
    <message>
        <source>All scopes</source>
        <translation>Tutti gli ambiti</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Chiave</translation>
    </message>
    <message>
        <source>Created by</source>
        <translation>Creata da</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Creata</translation>
    </message>
    <message>
        <source>Last used</source>
        <translation>Ultimo uso</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Scadenza</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Permissions</source>
        <translation>Autorizzazioni</translation>
    </message>
</context>
<context>
    <name>KeychainSecretStore</name>
    <message>
        <source>this build has no keychain support</source>
        <translation>questa build non supporta il portachiavi</translation>
    </message>
    <message>
        <source>memory only, until DocSpace Keys closes (no system keychain: %1)</source>
        <translation>solo in memoria, fino alla chiusura di DocSpace Keys (nessun portachiavi di sistema: %1)</translation>
    </message>
    <message>
        <source>the system keychain</source>
        <translation>il portachiavi di sistema</translation>
    </message>
    <message>
        <source>The keychain did not give the token: %1</source>
        <translation>Il portachiavi non ha fornito il token: %1</translation>
    </message>
    <message>
        <source>The keychain did not store the token: %1</source>
        <translation>Il portachiavi non ha memorizzato il token: %1</translation>
    </message>
    <message>
        <source>The keychain did not delete the token: %1</source>
        <translation>Il portachiavi non ha eliminato il token: %1</translation>
    </message>
</context>
<context>
    <name>KeysView</name>
    <message>
        <source>about %1 s left</source>
        <translation>circa %1 s rimanenti</translation>
    </message>
    <message>
        <source>about %1 min %2 s left</source>
        <translation>circa %1 min %2 s rimanenti</translation>
    </message>
    <message>
        <source>Filter by name, creator, ending or id</source>
        <translation>Filtra per nome, autore, finale o id</translation>
    </message>
    <message>
        <source>Filter keys</source>
        <translation>Filtra chiavi</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Scadute</translation>
    </message>
    <message>
        <source>Only keys past their expiry date</source>
        <translation>Solo chiavi oltre la data di scadenza</translation>
    </message>
    <message>
        <source>Deactivated</source>
        <translation>Disattivate</translation>
    </message>
    <message>
        <source>Only deactivated keys</source>
        <translation>Solo chiavi disattivate</translation>
    </message>
    <message>
        <source>Never used</source>
        <translation>Mai usate</translation>
    </message>
    <message>
        <source>Only keys never used</source>
        <translation>Solo chiavi mai usate</translation>
    </message>
    <message>
        <source>Unused for</source>
        <translation>Inutilizzate da</translation>
    </message>
    <message>
        <source>Only keys not used for at least this many days (never used ones included)</source>
        <translation>Solo chiavi non usate da almeno questo numero di giorni (incluse quelle mai usate)</translation>
    </message>
    <message>
        <source> days</source>
        <translation> giorni</translation>
    </message>
    <message>
        <source>Days unused</source>
        <translation>Giorni di inutilizzo</translation>
    </message>
    <message>
        <source>Created by me</source>
        <translation>Create da me</translation>
    </message>
    <message>
        <source>Only keys created by the user the token signs in as</source>
        <translation>Solo chiavi create dall'utente con cui accede il token</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>&amp;Aggiorna</translation>
    </message>
    <message>
        <source>Read the portal's keys again (F5); nothing is changed</source>
        <translation>Rilegge le chiavi del portale (F5); non viene modificato nulla</translation>
    </message>
    <message>
        <source>API keys</source>
        <translation>Chiavi API</translation>
    </message>
    <message>
        <source>Re&amp;voke Selected…</source>
        <translation>Re&amp;voca selezionate…</translation>
    </message>
    <message>
        <source>Revoke the selected keys after a confirmation (Delete)</source>
        <translation>Revoca le chiavi selezionate dopo una conferma (Canc)</translation>
    </message>
    <message>
        <source>&amp;Deactivate</source>
        <translation>&amp;Disattiva</translation>
    </message>
    <message>
        <source>Stop the selected keys from working, reversibly: Reactivate brings them back</source>
        <translation>Impedisce alle chiavi selezionate di funzionare, in modo reversibile: Riattiva le ripristina</translation>
    </message>
    <message>
        <source>Reactiv&amp;ate</source>
        <translation>Ri&amp;attiva</translation>
    </message>
    <message>
        <source>Let the selected deactivated keys work again</source>
        <translation>Consente di nuovo alle chiavi disattivate selezionate di funzionare</translation>
    </message>
    <message>
        <source>Revoke by &amp;Paste…</source>
        <translation>Revoca da &amp;elenco incollato…</translation>
    </message>
    <message>
        <source>Paste a list of key ids (or a CSV export) and revoke them</source>
        <translation>Incolla un elenco di id di chiavi (o un'esportazione CSV) e revocale</translation>
    </message>
    <message>
        <source>Batch progress</source>
        <translation>Avanzamento dell'operazione batch</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <source>Send nothing more; requests already sent finish, the rest are reported cancelled</source>
        <translation>Non invia altro; le richieste già inviate terminano, le restanti risultano annullate</translation>
    </message>
    <message>
        <source>&amp;Copy Id</source>
        <translation>&amp;Copia id</translation>
    </message>
    <message>
        <source>Re&amp;voke…</source>
        <translation>Re&amp;voca…</translation>
    </message>
    <message>
        <source>Enter the portal address and an access token first.</source>
        <translation>Inserisci prima l'indirizzo del portale e un token di accesso.</translation>
    </message>
    <message>
        <source>Loading keys from %1…</source>
        <translation>Caricamento delle chiavi da %1…</translation>
    </message>
    <message>
        <source>Read %1 keys from %2.</source>
        <translation>Lette %1 chiavi da %2.</translation>
    </message>
    <message>
        <source>Press Refresh (F5) to list the portal's keys.</source>
        <translation>Premi Aggiorna (F5) per elencare le chiavi del portale.</translation>
    </message>
    <message>
        <source>1 key</source>
        <translation>1 chiave</translation>
    </message>
    <message>
        <source>%1 keys</source>
        <translation>%1 chiavi</translation>
    </message>
    <message>
        <source>%1 of %2 keys</source>
        <translation>%1 chiavi su %2</translation>
    </message>
    <message>
        <source>Known once the keys are read or the connection is tested</source>
        <translation>Noto dopo la lettura delle chiavi o la verifica della connessione</translation>
    </message>
    <message>
        <source>Copied the key id %1.</source>
        <translation>Id della chiave %1 copiato.</translation>
    </message>
    <message>
        <source>Copied %1 key ids.</source>
        <translation>%1 id di chiavi copiati.</translation>
    </message>
    <message>
        <source>%1 (not in the list shown)</source>
        <translation>%1 (non nell'elenco visualizzato)</translation>
    </message>
    <message>
        <source>(this token)</source>
        <translation>(questo token)</translation>
    </message>
    <message>
        <source>Revoke the Key of This Window?</source>
        <translation>Revocare la chiave di questa finestra?</translation>
    </message>
    <message>
        <source>Deactivate the Key of This Window?</source>
        <translation>Disattivare la chiave di questa finestra?</translation>
    </message>
    <message>
        <source>One of these keys is the token DocSpace Keys is signed in with.</source>
        <translation>Una di queste chiavi è il token con cui DocSpace Keys ha eseguito l'accesso.</translation>
    </message>
    <message>
        <source>After it is revoked, DocSpace Keys loses access to the portal: it can no longer list or revoke keys until you enter another token. Revocation cannot be undone.</source>
        <translation>Dopo la revoca, DocSpace Keys perde l'accesso al portale: non potrà più elencare né revocare chiavi finché non inserisci un altro token. La revoca non può essere annullata.</translation>
    </message>
    <message>
        <source>While it is deactivated, DocSpace Keys loses access to the portal: it cannot list, revoke or even reactivate keys until you enter another token.</source>
        <translation>Finché la chiave è disattivata, DocSpace Keys non ha accesso al portale: non può elencare, revocare e nemmeno riattivare chiavi finché non inserisci un altro token.</translation>
    </message>
    <message>
        <source>Revoke It &amp;Too</source>
        <translation>Revoca &amp;anche questa</translation>
    </message>
    <message>
        <source>Deactivate It &amp;Too</source>
        <translation>Disattiva &amp;anche questa</translation>
    </message>
    <message>
        <source>Nothing was revoked.</source>
        <translation>Non è stato revocato nulla.</translation>
    </message>
    <message>
        <source>Nothing was deactivated.</source>
        <translation>Non è stato disattivato nulla.</translation>
    </message>
    <message>
        <source>Revoke 1 API key?</source>
        <translation>Revocare 1 chiave API?</translation>
    </message>
    <message>
        <source>Revoke %1 API keys?</source>
        <translation>Revocare %1 chiavi API?</translation>
    </message>
    <message>
        <source>Revoke API Keys</source>
        <translation>Revoca chiavi API</translation>
    </message>
    <message>
        <source>Revoked keys stop working at once; this cannot be undone. Any script or integration using them will fail. Deactivate them instead to be able to bring them back.</source>
        <translation>Le chiavi revocate smettono subito di funzionare; l'operazione non può essere annullata. Qualsiasi script o integrazione che le usa non funzionerà più. Se vuoi poterle ripristinare, disattivale invece di revocarle.</translation>
    </message>
    <message>
        <source>&amp;Revoke 1 Key</source>
        <translation>&amp;Revoca 1 chiave</translation>
    </message>
    <message>
        <source>&amp;Revoke %1 Keys</source>
        <translation>&amp;Revoca %1 chiavi</translation>
    </message>
    <message>
        <source>Cancelling: requests already sent finish, nothing more is sent.</source>
        <translation>Annullamento in corso: le richieste già inviate terminano, non viene inviato altro.</translation>
    </message>
    <message>
        <source>%1 done, %2 failed, %3 left</source>
        <translation>%1 completate, %2 non riuscite, %3 rimanenti</translation>
    </message>
    <message>
        <source>Rate limited: paused for %1 s. The portal asked to slow down; the batch resumes by itself.</source>
        <translation>Limite di frequenza: pausa di %1 s. Il portale ha chiesto di rallentare; l'operazione riprende automaticamente.</translation>
    </message>
    <message>
        <source>%1 (%2 s)</source>
        <translation>%1 (%2 s)</translation>
    </message>
    <message>
        <source>The keys could not be read: %1. %2</source>
        <translation>Impossibile leggere le chiavi: %1. %2</translation>
    </message>
</context>
<context>
    <name>LeakedSecretDialog</name>
    <message>
        <source>&amp;Find Keys</source>
        <translation>&amp;Trova chiavi</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Interrompi</translation>
    </message>
    <message>
        <source>&amp;Revoke Selected…</source>
        <translation>&amp;Revoca selezionate…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Chiudi</translation>
    </message>
    <message>
        <source>Revoke Leaked Secret</source>
        <translation>Revoca segreto trapelato</translation>
    </message>
    <message>
        <source>Paste a leaked secret (sk-…), or any text that holds some: a log, a diff, a chat export. Only the secrets are taken out of it; they stay in this window's memory until it closes. Each is looked up on the portal, and revoked with your own token once you have chosen it.</source>
        <translation>Incolla un segreto trapelato (sk-…) o qualsiasi testo che ne contenga: un log, un diff, un'esportazione di chat. Vengono estratti solo i segreti, che restano nella memoria di questa finestra fino alla sua chiusura. Ognuno viene cercato sul portale e, una volta scelto, revocato con il tuo token.</translation>
    </message>
    <message>
        <source>sk-… or a whole block of text</source>
        <translation>sk-… o un intero blocco di testo</translation>
    </message>
    <message>
        <source>Text holding the leaked secrets</source>
        <translation>Testo contenente i segreti trapelati</translation>
    </message>
    <message>
        <source>No API-key secret found. A DocSpace secret is sk- followed by 64 lower-case hexadecimal digits on one line; check that the paste is complete.</source>
        <translation>Nessun segreto di chiave API trovato. Un segreto di DocSpace è sk- seguito da 64 cifre esadecimali minuscole su una sola riga; verifica che il testo incollato sia completo.</translation>
    </message>
    <message numerus="yes">
        <source>Found %n secret(s). The pasted text was cleared from this window.</source>
        <translation>
            <numerusform>Trovato %n segreto. Il testo incollato è stato cancellato da questa finestra.</numerusform>
            <numerusform>Trovati %n segreti. Il testo incollato è stato cancellato da questa finestra.</numerusform>
        </translation>
    </message>
    <message>
        <source>Asking the portal which key this is…</source>
        <translation>Richiesta al portale di quale chiave si tratta…</translation>
    </message>
    <message>
        <source>active</source>
        <translation>attiva</translation>
    </message>
    <message>
        <source>deactivated</source>
        <translation>disattivata</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>scaduta</translation>
    </message>
    <message>
        <source>“%1”, owner %2, ending %3, %4</source>
        <translation>“%1”, proprietario: %2, termina con %3, %4</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>sconosciuto</translation>
    </message>
    <message>
        <source>Key:</source>
        <translation>Chiave:</translation>
    </message>
    <message>
        <source>Owner:</source>
        <translation>Proprietario:</translation>
    </message>
    <message>
        <source>Scopes:</source>
        <translation>Ambiti:</translation>
    </message>
    <message>
        <source>all (unrestricted)</source>
        <translation>tutti (senza restrizioni)</translation>
    </message>
    <message>
        <source>Expires:</source>
        <translation>Scadenza:</translation>
    </message>
    <message>
        <source>never</source>
        <translation>mai</translation>
    </message>
    <message>
        <source>Ending:</source>
        <translation>Finale:</translation>
    </message>
    <message>
        <source>Id:</source>
        <translation>Id:</translation>
    </message>
    <message>
        <source>Revoke this key</source>
        <translation>Revoca questa chiave</translation>
    </message>
    <message>
        <source>Revoke %1</source>
        <translation>Revoca %1</translation>
    </message>
    <message>
        <source>Identified by the portal: this secret belongs to this key.</source>
        <translation>Identificata dal portale: questo segreto appartiene a questa chiave.</translation>
    </message>
    <message>
        <source>No longer works.</source>
        <translation>Non funziona più.</translation>
    </message>
    <message>
        <source>Not identified.</source>
        <translation>Non identificato.</translation>
    </message>
    <message>
        <source>None of the keys you can see ends in %1: nothing to revoke.</source>
        <translation>Nessuna delle chiavi visibili termina con %1: niente da revocare.</translation>
    </message>
    <message>
        <source>Your keys ending in %1. The ending alone does not prove which key leaked: tick one only if you know it is the one.</source>
        <translation>Le tue chiavi che terminano con %1. Il solo finale non dimostra quale chiave sia trapelata: selezionane una solo se sai che è quella giusta.</translation>
    </message>
    <message>
        <source>• “%1” — owner %2, ending %3</source>
        <translation>• “%1” — proprietario: %2, termina con %3</translation>
    </message>
    <message>
        <source>your own token</source>
        <translation>il tuo token</translation>
    </message>
    <message>
        <source>the token of profile “%1”</source>
        <translation>il token del profilo “%1”</translation>
    </message>
    <message>
        <source>Revoke Leaked Keys</source>
        <translation>Revoca chiavi trapelate</translation>
    </message>
    <message numerus="yes">
        <source>Revoke %n key(s)?</source>
        <translation>
            <numerusform>Revocare %n chiave?</numerusform>
            <numerusform>Revocare %n chiavi?</numerusform>
        </translation>
    </message>
    <message>
        <source>%1

They are revoked on %2 with %3, not with the leaked secret. This cannot be undone: anything still using these keys stops working.</source>
        <translation>%1

Verranno revocate su %2 con %3, non con il segreto trapelato. L'operazione non può essere annullata: tutto ciò che usa ancora queste chiavi smetterà di funzionare.</translation>
    </message>
    <message>
        <source>&amp;Revoke</source>
        <translation>&amp;Revoca</translation>
    </message>
    <message>
        <source>Nothing was revoked.</source>
        <translation>Non è stato revocato nulla.</translation>
    </message>
    <message>
        <source>Revoking: %v of %m</source>
        <translation>Revoca in corso: %v su %m</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Revoke %n Keys…</source>
        <translation>
            <numerusform>&amp;Revoca %n chiave…</numerusform>
            <numerusform>&amp;Revoca %n chiavi…</numerusform>
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
        <translation>Problema nelle impostazioni</translation>
    </message>
    <message>
        <source>Keychain unavailable</source>
        <translation>Portachiavi non disponibile</translation>
    </message>
    <message>
        <source>Revoke API keys of an ONLYOFFICE DocSpace portal: by id, or pick them from the portal's list. A revoked key stops working at once; this cannot be undone.</source>
        <translation>Revoca le chiavi API di un portale ONLYOFFICE DocSpace: in base all'id o scegliendole dall'elenco del portale. Una chiave revocata smette subito di funzionare; l'operazione non può essere annullata.</translation>
    </message>
    <message>
        <source>Pro&amp;file:</source>
        <translation>Pro&amp;filo:</translation>
    </message>
    <message>
        <source>Saved portals: choosing one fills in its address, scheme and token</source>
        <translation>Portali salvati: scegliendone uno vengono inseriti indirizzo, schema e token</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profilo</translation>
    </message>
    <message>
        <source>The saved portal to use. Choosing one fills in its address, authentication scheme and token.</source>
        <translation>Il portale salvato da usare. Scegliendone uno vengono inseriti indirizzo, schema di autenticazione e token.</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Nuovo…</translation>
    </message>
    <message>
        <source>Save a portal as a new profile</source>
        <translation>Salva un portale come nuovo profilo</translation>
    </message>
    <message>
        <source>New profile</source>
        <translation>Nuovo profilo</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifica…</translation>
    </message>
    <message>
        <source>Edit every setting of this profile</source>
        <translation>Modifica tutte le impostazioni di questo profilo</translation>
    </message>
    <message>
        <source>Edit profile</source>
        <translation>Modifica profilo</translation>
    </message>
    <message>
        <source>&amp;More</source>
        <translation>&amp;Altro</translation>
    </message>
    <message>
        <source>Duplicate, rename or delete this profile</source>
        <translation>Duplica, rinomina o elimina questo profilo</translation>
    </message>
    <message>
        <source>More profile actions</source>
        <translation>Altre azioni sul profilo</translation>
    </message>
    <message>
        <source>&amp;Save to Profile</source>
        <translation>&amp;Salva nel profilo</translation>
    </message>
    <message>
        <source>Save the portal address, scheme and token into this profile (Ctrl+S)</source>
        <translation>Salva l'indirizzo del portale, lo schema e il token in questo profilo (Ctrl+S)</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>Annu&amp;lla modifiche</translation>
    </message>
    <message>
        <source>Go back to the profile's saved address, scheme and token</source>
        <translation>Torna all'indirizzo, allo schema e al token salvati nel profilo</translation>
    </message>
    <message>
        <source>&amp;Portal address:</source>
        <translation>Indirizzo del &amp;portale:</translation>
    </message>
    <message>
        <source>https://portal.example.com</source>
        <translation>https://portal.example.com</translation>
    </message>
    <message>
        <source>The address of your DocSpace portal, as you open it in a browser</source>
        <translation>L'indirizzo del tuo portale DocSpace, come lo apri nel browser</translation>
    </message>
    <message>
        <source>Portal address</source>
        <translation>Indirizzo del portale</translation>
    </message>
    <message>
        <source>The address of the DocSpace portal, for example https://portal.example.com</source>
        <translation>L'indirizzo del portale DocSpace, ad esempio https://portal.example.com</translation>
    </message>
    <message>
        <source>Portal address problem</source>
        <translation>Problema con l'indirizzo del portale</translation>
    </message>
    <message>
        <source>Allow unencrypted HTTP to this portal (the token travels in clear text)</source>
        <translation>Consenti HTTP non cifrato verso questo portale (il token viaggia in chiaro)</translation>
    </message>
    <message>
        <source>Allow unencrypted HTTP</source>
        <translation>Consenti HTTP non cifrato</translation>
    </message>
    <message>
        <source>The portal address uses plain HTTP to another machine. Anyone on the network path can read the access token. Tick only if you accept that risk.</source>
        <translation>L'indirizzo del portale usa HTTP semplice verso un altro computer. Chiunque lungo il percorso di rete può leggere il token di accesso. Seleziona questa opzione solo se accetti il rischio.</translation>
    </message>
    <message>
        <source>Access &amp;token:</source>
        <translation>&amp;Token di accesso:</translation>
    </message>
    <message>
        <source>sk-… API key with the *:write scope, or a session token</source>
        <translation>Chiave API sk-… con ambito *:write, o un token di sessione</translation>
    </message>
    <message>
        <source>Saved only in the system keychain, with its profile; never in a file, never logged</source>
        <translation>Salvato solo nel portachiavi di sistema, con il suo profilo; mai in un file, mai nei log</translation>
    </message>
    <message>
        <source>Access token</source>
        <translation>Token di accesso</translation>
    </message>
    <message>
        <source>An API key with write access to keys, or a session token of an administrator. It is never written to a file.</source>
        <translation>Una chiave API con accesso in scrittura alle chiavi, o il token di sessione di un amministratore. Non viene mai scritto in un file.</translation>
    </message>
    <message>
        <source>Access token problem</source>
        <translation>Problema con il token di accesso</translation>
    </message>
    <message>
        <source>Send token &amp;as:</source>
        <translation>Invia token c&amp;ome:</translation>
    </message>
    <message>
        <source>Auto sends tokens starting with sk- as API keys and anything else as a session token</source>
        <translation>Con Automatico, i token che iniziano con sk- vengono inviati come chiavi API e tutti gli altri come token di sessione</translation>
    </message>
    <message>
        <source>Authentication scheme</source>
        <translation>Schema di autenticazione</translation>
    </message>
    <message>
        <source>How the token is sent to the portal. Auto decides from the token.</source>
        <translation>Come viene inviato il token al portale. Automatico decide in base al token.</translation>
    </message>
    <message>
        <source>Auto</source>
        <translation>Automatico</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>Chiave API</translation>
    </message>
    <message>
        <source>Session token</source>
        <translation>Token di sessione</translation>
    </message>
    <message>
        <source>&amp;Key id:</source>
        <translation>&amp;Id chiave:</translation>
    </message>
    <message>
        <source>e.g. 3f2504e0-4f89-11d3-9a0c-0305e82c3301</source>
        <translation>ad es. 3f2504e0-4f89-11d3-9a0c-0305e82c3301</translation>
    </message>
    <message>
        <source>The id (a UUID) of the API key to revoke, as listed under Developer Tools ▸ API keys</source>
        <translation>L'id (un UUID) della chiave API da revocare, come indicato in Strumenti per sviluppatori ▸ Chiavi API</translation>
    </message>
    <message>
        <source>Key id</source>
        <translation>Id chiave</translation>
    </message>
    <message>
        <source>The id of the API key to revoke, a UUID</source>
        <translation>L'id della chiave API da revocare, un UUID</translation>
    </message>
    <message>
        <source>Key id problem</source>
        <translation>Problema con l'id della chiave</translation>
    </message>
    <message>
        <source>Request in progress</source>
        <translation>Richiesta in corso</translation>
    </message>
    <message>
        <source>&amp;Test Connection</source>
        <translation>&amp;Verifica connessione</translation>
    </message>
    <message>
        <source>Sign in with this token and show who it is and what it may do; nothing is changed</source>
        <translation>Accede con questo token e mostra a chi appartiene e cosa può fare; non viene modificato nulla</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Verifica connessione</translation>
    </message>
    <message>
        <source>Signs in to the portal with the token and reports the user, role and key, without changing anything</source>
        <translation>Accede al portale con il token e indica utente, ruolo e chiave, senza modificare nulla</translation>
    </message>
    <message>
        <source>&amp;Revoke Key</source>
        <translation>&amp;Revoca chiave</translation>
    </message>
    <message>
        <source>Revoke the key (Ctrl+Return)</source>
        <translation>Revoca la chiave (Ctrl+Invio)</translation>
    </message>
    <message>
        <source>Revoke key</source>
        <translation>Revoca chiave</translation>
    </message>
    <message>
        <source>Asks for confirmation, then revokes the API key on the portal</source>
        <translation>Chiede conferma, poi revoca la chiave API sul portale</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <source>Stop the request in progress (Esc)</source>
        <translation>Interrompe la richiesta in corso (Esc)</translation>
    </message>
    <message>
        <source>Cancel request</source>
        <translation>Annulla richiesta</translation>
    </message>
    <message>
        <source>Stops the request in progress</source>
        <translation>Interrompe la richiesta in corso</translation>
    </message>
    <message>
        <source>Connection test result</source>
        <translation>Risultato della verifica della connessione</translation>
    </message>
    <message>
        <source>Portal &amp;keys</source>
        <translation>&amp;Chiavi del portale</translation>
    </message>
    <message>
        <source>Portal keys</source>
        <translation>Chiavi del portale</translation>
    </message>
    <message>
        <source>R&amp;esults</source>
        <translation>Ris&amp;ultati</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Risultati</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Profile</source>
        <translation>&amp;Profilo</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Guida</translation>
    </message>
    <message>
        <source>&amp;Import Profiles…</source>
        <translation>&amp;Importa profili…</translation>
    </message>
    <message>
        <source>Add the profiles of a JSON file shared by a colleague</source>
        <translation>Aggiunge i profili da un file JSON condiviso da un collega</translation>
    </message>
    <message>
        <source>&amp;Export Profiles…</source>
        <translation>Es&amp;porta profili…</translation>
    </message>
    <message>
        <source>Save the profiles as JSON to share them; tokens are never exported</source>
        <translation>Salva i profili in formato JSON per condividerli; i token non vengono mai esportati</translation>
    </message>
    <message>
        <source>&amp;New Profile…</source>
        <translation>&amp;Nuovo profilo…</translation>
    </message>
    <message>
        <source>&amp;Edit Profile…</source>
        <translation>&amp;Modifica profilo…</translation>
    </message>
    <message>
        <source>&amp;Duplicate Profile</source>
        <translation>&amp;Duplica profilo</translation>
    </message>
    <message>
        <source>&amp;Rename Profile…</source>
        <translation>&amp;Rinomina profilo…</translation>
    </message>
    <message>
        <source>De&amp;lete Profile…</source>
        <translation>&amp;Elimina profilo…</translation>
    </message>
    <message>
        <source>&amp;Save Changes to Profile</source>
        <translation>&amp;Salva modifiche nel profilo</translation>
    </message>
    <message>
        <source>Re&amp;vert Changes</source>
        <translation>Annu&amp;lla modifiche</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Esci</translation>
    </message>
    <message>
        <source>&amp;About DocSpace Keys</source>
        <translation>&amp;Informazioni su DocSpace Keys</translation>
    </message>
    <message>
        <source>Tokens starting with sk- are sent as API keys, anything else as a session token</source>
        <translation>I token che iniziano con sk- vengono inviati come chiavi API, tutti gli altri come token di sessione</translation>
    </message>
    <message>
        <source>Sent as "Authorization: Bearer &lt;token&gt;"</source>
        <translation>Inviato come "Authorization: Bearer &lt;token&gt;"</translation>
    </message>
    <message>
        <source>Sent as it is, like the token from signing in to the portal</source>
        <translation>Inviato così com'è, come il token ottenuto accedendo al portale</translation>
    </message>
    <message>
        <source>Revoke API Key</source>
        <translation>Revoca chiave API</translation>
    </message>
    <message>
        <source>Revoke API key %1?</source>
        <translation>Revocare la chiave API %1?</translation>
    </message>
    <message>
        <source>This cannot be undone. Any script or integration using this key will stop working.</source>
        <translation>L'operazione non può essere annullata. Qualsiasi script o integrazione che usa questa chiave smetterà di funzionare.</translation>
    </message>
    <message>
        <source>&amp;Revoke</source>
        <translation>&amp;Revoca</translation>
    </message>
    <message>
        <source>Nothing was revoked.</source>
        <translation>Non è stato revocato nulla.</translation>
    </message>
    <message>
        <source>Cannot Connect</source>
        <translation>Impossibile connettersi</translation>
    </message>
    <message>
        <source>The profile's connection settings cannot be used.</source>
        <translation>Impossibile usare le impostazioni di connessione del profilo.</translation>
    </message>
    <message>
        <source>Revoking key %1 on %2…</source>
        <translation>Revoca della chiave %1 su %2…</translation>
    </message>
    <message>
        <source>Signing in to %1…</source>
        <translation>Accesso a %1…</translation>
    </message>
    <message>
        <source>Testing the connection to %1…</source>
        <translation>Verifica della connessione a %1…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annullamento…</translation>
    </message>
    <message>
        <source>Saving the token…</source>
        <translation>Salvataggio del token…</translation>
    </message>
    <message>
        <source>Enter the access token: an API key with the *:write scope (sk-…) or a session token of an administrator.</source>
        <translation>Inserisci il token di accesso: una chiave API con ambito *:write (sk-…) o il token di sessione di un amministratore.</translation>
    </message>
    <message>
        <source>This token will be sent as an API key.</source>
        <translation>Questo token verrà inviato come chiave API.</translation>
    </message>
    <message>
        <source>This token will be sent as a session token.</source>
        <translation>Questo token verrà inviato come token di sessione.</translation>
    </message>
    <message>
        <source>Enter the portal address above to list its keys.</source>
        <translation>Inserisci l'indirizzo del portale qui sopra per elencarne le chiavi.</translation>
    </message>
    <message>
        <source>Enter an access token above to list the portal's keys.</source>
        <translation>Inserisci un token di accesso qui sopra per elencare le chiavi del portale.</translation>
    </message>
    <message>
        <source>Allow unencrypted HTTP above, or use an https:// address.</source>
        <translation>Consenti HTTP non cifrato qui sopra, oppure usa un indirizzo https://.</translation>
    </message>
    <message>
        <source>Key %1 was revoked.</source>
        <translation>La chiave %1 è stata revocata.</translation>
    </message>
    <message>
        <source>The portal's certificate is not trusted. See Results for its fingerprint.</source>
        <translation>Il certificato del portale non è attendibile. Vedi Risultati per la sua impronta.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Annullato.</translation>
    </message>
    <message>
        <source>Key %1 was not revoked: %2.</source>
        <translation>La chiave %1 non è stata revocata: %2.</translation>
    </message>
    <message>
        <source>Retrying…</source>
        <translation>Nuovo tentativo…</translation>
    </message>
    <message>
        <source>Rate limited by the portal, retrying in %1 s…</source>
        <translation>Limite di frequenza del portale raggiunto, nuovo tentativo tra %1 s…</translation>
    </message>
    <message>
        <source>Trust This Certificate?</source>
        <translation>Considerare attendibile questo certificato?</translation>
    </message>
    <message>
        <source>Trust the certificate presented by %1 for this session?</source>
        <translation>Considerare attendibile per questa sessione il certificato presentato da %1?</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint:
%1

Only do this if you have checked that this is your portal's certificate, for example with its administrator. If someone is intercepting the connection, trusting their certificate hands them your access token.

The certificate is trusted until DocSpace Keys quits; nothing is saved. To trust it for good, enter the fingerprint in the profile (Edit…).</source>
        <translation>Impronta SHA-256:
%1

Procedi solo se hai verificato che si tratta del certificato del tuo portale, ad esempio con il suo amministratore. Se qualcuno sta intercettando la connessione, considerando attendibile il suo certificato gli consegni il tuo token di accesso.

Il certificato resta attendibile fino alla chiusura di DocSpace Keys; non viene salvato nulla. Per considerarlo sempre attendibile, inserisci l'impronta nel profilo (Modifica…).</translation>
    </message>
    <message>
        <source>&amp;Trust for This Session</source>
        <translation>&amp;Considera attendibile per questa sessione</translation>
    </message>
    <message>
        <source>Certificate Not Trusted</source>
        <translation>Certificato non attendibile</translation>
    </message>
    <message>
        <source>The certificate could not be trusted.</source>
        <translation>Impossibile considerare attendibile il certificato.</translation>
    </message>
    <message>
        <source>Certificate trusted for this session. Test the connection or revoke again.</source>
        <translation>Certificato considerato attendibile per questa sessione. Verifica la connessione o riprova a revocare.</translation>
    </message>
    <message>
        <source>About DocSpace Keys</source>
        <translation>Informazioni su DocSpace Keys</translation>
    </message>
    <message>
        <source>DocSpace Keys %1

Revokes API keys of ONLYOFFICE DocSpace portals.
Tokens of saved profiles are kept in %2; never in a file, never logged.

Built with Qt %3, running on Qt %4.</source>
        <translation>DocSpace Keys %1

Revoca le chiavi API dei portali ONLYOFFICE DocSpace.
I token dei profili salvati sono conservati in %2; mai in un file, mai nei log.

Compilato con Qt %3, in esecuzione su Qt %4.</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>Modifiche non salvate</translation>
    </message>
    <message>
        <source>Save the changes to the profile "%1"?</source>
        <translation>Salvare le modifiche al profilo "%1"?</translation>
    </message>
    <message>
        <source>The portal address, authentication scheme or token were changed here but not saved. Discarding them goes back to what the profile has saved.</source>
        <translation>L'indirizzo del portale, lo schema di autenticazione o il token sono stati modificati qui ma non salvati. Se li scarti, torni ai valori salvati nel profilo.</translation>
    </message>
    <message>
        <source>Kept the unsaved changes.</source>
        <translation>Le modifiche non salvate sono state mantenute.</translation>
    </message>
    <message>
        <source>No profile: nothing typed here is saved.</source>
        <translation>Nessun profilo: nulla di ciò che digiti qui viene salvato.</translation>
    </message>
    <message>
        <source>Reading the token from %1…</source>
        <translation>Lettura del token da %1…</translation>
    </message>
    <message>
        <source>No token is saved for "%1": enter it, then choose Save to Profile.</source>
        <translation>Nessun token salvato per "%1": inseriscilo, poi scegli Salva nel profilo.</translation>
    </message>
    <message>
        <source>The token of "%1" could not be read: %2 Enter it here to use it now, or check that the keychain is unlocked and choose the profile again.</source>
        <translation>Impossibile leggere il token di "%1": %2 Inseriscilo qui per usarlo subito, oppure verifica che il portachiavi sia sbloccato e scegli di nuovo il profilo.</translation>
    </message>
    <message>
        <source>Token Not Saved</source>
        <translation>Token non salvato</translation>
    </message>
    <message>
        <source>The token of "%1" could not be saved.</source>
        <translation>Impossibile salvare il token di "%1".</translation>
    </message>
    <message>
        <source>(no profile)</source>
        <translation>(nessun profilo)</translation>
    </message>
    <message>
        <source>Type a portal and token without saving them</source>
        <translation>Digita un portale e un token senza salvarli</translation>
    </message>
    <message>
        <source>portal address</source>
        <translation>indirizzo del portale</translation>
    </message>
    <message>
        <source>scheme</source>
        <translation>schema</translation>
    </message>
    <message>
        <source>plain HTTP</source>
        <translation>HTTP non cifrato</translation>
    </message>
    <message>
        <source>token</source>
        <translation>token</translation>
    </message>
    <message>
        <source>Changed here, not yet saved in "%1": %2.</source>
        <translation>Modificato qui, non ancora salvato in "%1": %2.</translation>
    </message>
    <message>
        <source>Profile Not Saved</source>
        <translation>Profilo non salvato</translation>
    </message>
    <message>
        <source>The profile "%1" was not saved.</source>
        <translation>Il profilo "%1" non è stato salvato.</translation>
    </message>
    <message>
        <source>Saved the profile "%1".</source>
        <translation>Profilo "%1" salvato.</translation>
    </message>
    <message>
        <source>Back to the saved profile.</source>
        <translation>Ripristinato il profilo salvato.</translation>
    </message>
    <message>
        <source>Created the profile "%1".</source>
        <translation>Profilo "%1" creato.</translation>
    </message>
    <message>
        <source>The token is still being read; try again in a moment.</source>
        <translation>Lettura del token ancora in corso; riprova tra un momento.</translation>
    </message>
    <message>
        <source>Profile Not Duplicated</source>
        <translation>Profilo non duplicato</translation>
    </message>
    <message>
        <source>The profile "%1" was not duplicated.</source>
        <translation>Il profilo "%1" non è stato duplicato.</translation>
    </message>
    <message>
        <source>Created "%1" as a copy of "%2".</source>
        <translation>"%1" creato come copia di "%2".</translation>
    </message>
    <message>
        <source>Rename Profile</source>
        <translation>Rinomina profilo</translation>
    </message>
    <message>
        <source>New name for "%1":</source>
        <translation>Nuovo nome per "%1":</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>&amp;Rinomina</translation>
    </message>
    <message>
        <source>Profile Not Renamed</source>
        <translation>Profilo non rinominato</translation>
    </message>
    <message>
        <source>The profile "%1" was not renamed.</source>
        <translation>Il profilo "%1" non è stato rinominato.</translation>
    </message>
    <message>
        <source>Renamed "%1" to "%2".</source>
        <translation>"%1" rinominato in "%2".</translation>
    </message>
    <message>
        <source>Delete Profile</source>
        <translation>Elimina profilo</translation>
    </message>
    <message>
        <source>Delete the profile "%1"?</source>
        <translation>Eliminare il profilo "%1"?</translation>
    </message>
    <message>
        <source>Its settings and its saved token are deleted. This cannot be undone; the portal and its keys are not affected.</source>
        <translation>Le sue impostazioni e il token salvato verranno eliminati. L'operazione non può essere annullata; il portale e le sue chiavi non vengono modificati.</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Elimina</translation>
    </message>
    <message>
        <source>Token Not Deleted</source>
        <translation>Token non eliminato</translation>
    </message>
    <message>
        <source>The token of the deleted profile "%1" could not be removed from %2.</source>
        <translation>Impossibile rimuovere da %2 il token del profilo eliminato "%1".</translation>
    </message>
    <message>
        <source>Deleted the profile "%1" and its token.</source>
        <translation>Profilo "%1" eliminato insieme al relativo token.</translation>
    </message>
    <message>
        <source>Import Profiles</source>
        <translation>Importa profili</translation>
    </message>
    <message>
        <source>Profiles (*.json);;All files (*)</source>
        <translation>Profili (*.json);;Tutti i file (*)</translation>
    </message>
    <message>
        <source>Profiles Not Imported</source>
        <translation>Profili non importati</translation>
    </message>
    <message>
        <source>Cannot read %1.</source>
        <translation>Impossibile leggere %1.</translation>
    </message>
    <message>
        <source>%1. Check that the file exists and may be read.</source>
        <translation>%1. Verifica che il file esista e sia leggibile.</translation>
    </message>
    <message>
        <source>%1 holds no profiles that can be imported.</source>
        <translation>%1 non contiene profili importabili.</translation>
    </message>
    <message>
        <source>Profiles Imported</source>
        <translation>Profili importati</translation>
    </message>
    <message>
        <source>Imported 1 profile from %1.</source>
        <translation>Importato 1 profilo da %1.</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n profiles from %1.</source>
        <translation>
            <numerusform>Importato %n profilo da %1.</numerusform>
            <numerusform>Importati %n profili da %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Exports never contain tokens: choose each imported profile, enter its token and choose Save to Profile.</source>
        <translation>Le esportazioni non contengono mai token: scegli ogni profilo importato, inseriscine il token e scegli Salva nel profilo.</translation>
    </message>
    <message>
        <source>Imported 1 profile.</source>
        <translation>Importato 1 profilo.</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n profiles.</source>
        <translation>
            <numerusform>Importato %n profilo.</numerusform>
            <numerusform>Importati %n profili.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to Export</source>
        <translation>Niente da esportare</translation>
    </message>
    <message>
        <source>There are no profiles yet.</source>
        <translation>Non ci sono ancora profili.</translation>
    </message>
    <message>
        <source>Export Profiles (tokens are never exported)</source>
        <translation>Esporta profili (i token non vengono mai esportati)</translation>
    </message>
    <message>
        <source>Profiles (*.json)</source>
        <translation>Profili (*.json)</translation>
    </message>
    <message>
        <source>Profiles Not Exported</source>
        <translation>Profili non esportati</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>Impossibile scrivere %1.</translation>
    </message>
    <message>
        <source>%1. Choose another folder.</source>
        <translation>%1. Scegli un'altra cartella.</translation>
    </message>
    <message>
        <source>Profiles Exported</source>
        <translation>Profili esportati</translation>
    </message>
    <message>
        <source>Exported 1 profile to %1.</source>
        <translation>Esportato 1 profilo in %1.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n profiles to %1.</source>
        <translation>
            <numerusform>Esportato %n profilo in %1.</numerusform>
            <numerusform>Esportati %n profili in %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The file holds portal addresses and settings only. Tokens are never exported: whoever imports it enters their own.</source>
        <translation>Il file contiene solo indirizzi dei portali e impostazioni. I token non vengono mai esportati: chi lo importa inserisce i propri.</translation>
    </message>
    <message>
        <source>Demo mode: tokens are kept in memory only, on purpose, and forgotten when DocSpace Keys closes. Nothing is written to the system keychain.</source>
        <translation>Modalità demo: i token vengono volutamente conservati solo in memoria e dimenticati alla chiusura di DocSpace Keys. Nel portachiavi di sistema non viene scritto nulla.</translation>
    </message>
    <message>
        <source>No system keychain is available: tokens are kept only until DocSpace Keys closes.</source>
        <translation>Nessun portachiavi di sistema disponibile: i token vengono conservati solo fino alla chiusura di DocSpace Keys.</translation>
    </message>
    <message>
        <source>Demo mode</source>
        <translation>Modalità demo</translation>
    </message>
    <message>
        <source>The connection test failed: %1.</source>
        <translation>La verifica della connessione non è riuscita: %1.</translation>
    </message>
    <message>
        <source>This token can revoke keys on %1.</source>
        <translation>Questo token può revocare chiavi su %1.</translation>
    </message>
    <message>
        <source>Could not sign in to %1: %2</source>
        <translation>Impossibile accedere a %1: %2</translation>
    </message>
    <message>
        <source>The portal said: %1</source>
        <translation>Risposta del portale: %1</translation>
    </message>
    <message>
        <source>Certificate SHA-256 fingerprint: %1</source>
        <translation>Impronta SHA-256 del certificato: %1</translation>
    </message>
    <message>
        <source>Trusted for this session: test the connection again.</source>
        <translation>Attendibile per questa sessione: verifica di nuovo la connessione.</translation>
    </message>
    <message>
        <source>Trust This &amp;Certificate…</source>
        <translation>Considera attendibile questo &amp;certificato…</translation>
    </message>
    <message>
        <source>History problem</source>
        <translation>Problema con la cronologia</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>Revoca</translation>
    </message>
    <message>
        <source>Revoke &amp;Leaked Secret…</source>
        <translation>Revoca segreto &amp;trapelato…</translation>
    </message>
    <message>
        <source>Paste a leaked sk- secret, or text holding some, to find its key and revoke it</source>
        <translation>Incolla un segreto sk- trapelato, o un testo che ne contiene, per trovarne la chiave e revocarla</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Strumenti</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Impostazioni…</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Cronologia</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Report</translation>
    </message>
    <message>
        <source>Every revocation, deactivation and reactivation recorded on this computer, by the window and the command line</source>
        <translation>Ogni revoca, disattivazione e riattivazione registrata su questo computer, dalla finestra e dalla riga di comando</translation>
    </message>
    <message>
        <source>Which keys of the portal are a risk before they leak</source>
        <translation>Quali chiavi del portale sono un rischio prima che trapelino</translation>
    </message>
    <message>
        <source>Key hygiene report</source>
        <translation>Report sull'igiene delle chiavi</translation>
    </message>
</context>
<context>
    <name>MemorySecretStore</name>
    <message>
        <source>memory only, until DocSpace Keys closes</source>
        <translation>solo in memoria, fino alla chiusura di DocSpace Keys</translation>
    </message>
</context>
<context>
    <name>OutcomeClassifier</name>
    <message>
        <source>Not sent: the address uses plain HTTP to a host on the network, so the token would travel unencrypted. Use the portal's https:// address, or explicitly allow unencrypted HTTP for this portal if the network is trusted.</source>
        <translation>Non inviata: l'indirizzo usa HTTP semplice verso un host in rete, quindi il token viaggerebbe non cifrato. Usa l'indirizzo https:// del portale, oppure consenti esplicitamente HTTP non cifrato per questo portale se la rete è attendibile.</translation>
    </message>
    <message>
        <source>Cancelled. If the request had already reached the portal the key may still have been revoked; refresh the key list before trying again.</source>
        <translation>Annullato. Se la richiesta aveva già raggiunto il portale, la chiave potrebbe essere stata revocata comunque; aggiorna l'elenco delle chiavi prima di riprovare.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Annullato.</translation>
    </message>
    <message>
        <source>The portal did not answer in time. It may be overloaded or the network slow. The key may or may not have been revoked: check the key list, then try again or raise the timeout.</source>
        <translation>Il portale non ha risposto in tempo. Potrebbe essere sovraccarico o la rete potrebbe essere lenta. La chiave potrebbe essere stata revocata o meno: controlla l'elenco delle chiavi, poi riprova o aumenta il timeout.</translation>
    </message>
    <message>
        <source>The portal did not answer in time. It may be overloaded or the network slow: try again, or raise the timeout.</source>
        <translation>Il portale non ha risposto in tempo. Potrebbe essere sovraccarico o la rete potrebbe essere lenta: riprova o aumenta il timeout.</translation>
    </message>
    <message>
        <source>The portal's certificate is not trusted (%1), so nothing was sent. If this is your own on-premises portal, compare the fingerprint below with the one your server shows, then trust that certificate or add your internal CA file. Otherwise someone may be intercepting the connection.</source>
        <translation>Il certificato del portale non è attendibile (%1), quindi non è stato inviato nulla. Se si tratta del tuo portale on-premises, confronta l'impronta qui sotto con quella indicata dal server, poi considera attendibile quel certificato o aggiungi il file della tua CA interna. In caso contrario, qualcuno potrebbe intercettare la connessione.</translation>
    </message>
    <message>
        <source>The portal redirected the request to another address (%1). DocSpace Keys never sends your token to another site, so the request went no further. If the portal has moved, enter its new address.</source>
        <translation>Il portale ha reindirizzato la richiesta a un altro indirizzo (%1). DocSpace Keys non invia mai il tuo token a un altro sito, quindi la richiesta non è proseguita. Se il portale è stato spostato, inserisci il nuovo indirizzo.</translation>
    </message>
    <message>
        <source>The portal kept redirecting the request, so it was given up. Check the portal address.</source>
        <translation>Il portale ha continuato a reindirizzare la richiesta, che è stata quindi abbandonata. Verifica l'indirizzo del portale.</translation>
    </message>
    <message>
        <source>The portal's answer was cut off before it was complete, so it is unknown whether the key was revoked. Refresh the key list to check, then try again.</source>
        <translation>La risposta del portale si è interrotta prima di essere completa, quindi non è noto se la chiave sia stata revocata. Aggiorna l'elenco delle chiavi per verificarlo, poi riprova.</translation>
    </message>
    <message>
        <source>The portal's answer was cut off before it was complete. Try again; if it keeps happening, a proxy may be cutting answers short.</source>
        <translation>La risposta del portale si è interrotta prima di essere completa. Riprova; se il problema si ripete, un proxy potrebbe troncare le risposte.</translation>
    </message>
    <message>
        <source>Could not reach the portal: %1. Check the address, your network connection, VPN or proxy, and try again.</source>
        <translation>Impossibile raggiungere il portale: %1. Verifica l'indirizzo, la connessione di rete, la VPN o il proxy e riprova.</translation>
    </message>
    <message>
        <source>The portal did not accept the access token. It may be mistyped, expired, revoked or deactivated, or sent the wrong way (API keys starting with sk- must be sent as an API key: choose Auto or API key). Get a new token and try again.</source>
        <translation>Il portale non ha accettato il token di accesso. Potrebbe essere digitato male, scaduto, revocato o disattivato, oppure inviato nel modo sbagliato (le chiavi API che iniziano con sk- devono essere inviate come chiave API: scegli Automatico o Chiave API). Ottieni un nuovo token e riprova.</translation>
    </message>
    <message>
        <source>The token is not allowed to change keys: it lacks the *:write scope, or this portal restricts developer tools to administrators.</source>
        <translation>Il token non è autorizzato a modificare le chiavi: non ha l'ambito *:write, oppure questo portale riserva gli strumenti per sviluppatori agli amministratori.</translation>
    </message>
    <message>
        <source>The token is not allowed to revoke keys: it lacks the *:write scope, or this portal restricts developer tools to administrators. Use an administrator's token with write access.</source>
        <translation>Il token non è autorizzato a revocare le chiavi: non ha l'ambito *:write, oppure questo portale riserva gli strumenti per sviluppatori agli amministratori. Usa il token di un amministratore con accesso in scrittura.</translation>
    </message>
    <message>
        <source>The token is not allowed to read this: it lacks the scope needed (for example accounts.self:read), or this portal restricts developer tools to administrators.</source>
        <translation>Il token non è autorizzato a leggere questi dati: non ha l'ambito necessario (ad esempio accounts.self:read), oppure questo portale riserva gli strumenti per sviluppatori agli amministratori.</translation>
    </message>
    <message>
        <source>The portal does not recognise this as a key id. Check the id; if it is right, check that the address is the DocSpace portal itself.</source>
        <translation>Il portale non riconosce questo valore come id di chiave. Verifica l'id; se è corretto, verifica che l'indirizzo sia quello del portale DocSpace stesso.</translation>
    </message>
    <message>
        <source>The address answered that the DocSpace API is not there (HTTP 404). Check that it is the portal's own address, not a page on it or another site.</source>
        <translation>L'indirizzo ha risposto che l'API di DocSpace non si trova lì (HTTP 404). Verifica che sia l'indirizzo del portale stesso e non una sua pagina o un altro sito.</translation>
    </message>
    <message numerus="yes">
        <source>The portal is limiting requests and kept refusing after %n attempt(s). Wait a minute, then try again.</source>
        <translation>
            <numerusform>Il portale sta limitando le richieste e ha continuato a rifiutarle dopo %n tentativo. Attendi un minuto, poi riprova.</numerusform>
            <numerusform>Il portale sta limitando le richieste e ha continuato a rifiutarle dopo %n tentativi. Attendi un minuto, poi riprova.</numerusform>
        </translation>
    </message>
    <message>
        <source>The portal has no key with this id: it was already revoked, or the id is wrong. Nothing was changed.</source>
        <translation>Il portale non ha nessuna chiave con questo id: è già stata revocata oppure l'id è errato. Non è stato modificato nulla.</translation>
    </message>
    <message>
        <source>The portal or the proxy in front of it failed (%1). This is usually temporary: try again in a minute. If it persists, the portal's administrator should check the server.</source>
        <translation>Si è verificato un errore nel portale o nel proxy che lo precede (%1). Di solito è temporaneo: riprova tra un minuto. Se persiste, l'amministratore del portale dovrebbe controllare il server.</translation>
    </message>
    <message>
        <source>The portal gave an unexpected answer (HTTP %1), so the key was not revoked. Check the address and the portal's message below.</source>
        <translation>Il portale ha dato una risposta inattesa (HTTP %1), quindi la chiave non è stata revocata. Verifica l'indirizzo e il messaggio del portale qui sotto.</translation>
    </message>
    <message>
        <source>The portal gave an unexpected answer (HTTP %1). Check the address and the portal's message below.</source>
        <translation>Il portale ha dato una risposta inattesa (HTTP %1). Verifica l'indirizzo e il messaggio del portale qui sotto.</translation>
    </message>
    <message>
        <source>a web page instead of JSON</source>
        <translation>una pagina web invece di JSON</translation>
    </message>
    <message>
        <source>an empty answer</source>
        <translation>una risposta vuota</translation>
    </message>
    <message>
        <source>an answer that is not JSON</source>
        <translation>una risposta che non è JSON</translation>
    </message>
    <message>
        <source>The portal sent %1, so it is unknown whether the key was revoked. The address may point to a login page or proxy rather than the DocSpace API; check it, then refresh the key list.</source>
        <translation>Il portale ha inviato %1, quindi non è noto se la chiave sia stata revocata. L'indirizzo potrebbe puntare a una pagina di accesso o a un proxy anziché all'API di DocSpace; verificalo, poi aggiorna l'elenco delle chiavi.</translation>
    </message>
    <message>
        <source>The portal sent %1. The address may point to a login page or proxy rather than the DocSpace API; check it.</source>
        <translation>Il portale ha inviato %1. L'indirizzo potrebbe puntare a una pagina di accesso o a un proxy anziché all'API di DocSpace; verificalo.</translation>
    </message>
    <message>
        <source>The portal reported a failure inside a successful answer, so the key was not revoked. Read the portal's message below.</source>
        <translation>Il portale ha segnalato un errore all'interno di una risposta di successo, quindi la chiave non è stata revocata. Leggi il messaggio del portale qui sotto.</translation>
    </message>
    <message>
        <source>The portal reported a failure inside a successful answer. Read the portal's message below.</source>
        <translation>Il portale ha segnalato un errore all'interno di una risposta di successo. Leggi il messaggio del portale qui sotto.</translation>
    </message>
    <message>
        <source>The portal's answer did not say whether the key was changed. Refresh the key list to check.</source>
        <translation>La risposta del portale non indicava se la chiave è stata modificata. Aggiorna l'elenco delle chiavi per verificarlo.</translation>
    </message>
    <message>
        <source>Deactivated. The key stops working until it is reactivated.</source>
        <translation>Disattivata. La chiave non funziona finché non viene riattivata.</translation>
    </message>
    <message>
        <source>Reactivated. The key works again.</source>
        <translation>Riattivata. La chiave funziona di nuovo.</translation>
    </message>
    <message>
        <source>The portal refused to reactivate this key. Expired keys cannot be reactivated, and only the key's creator or an administrator may change it.</source>
        <translation>Il portale ha rifiutato di riattivare questa chiave. Le chiavi scadute non possono essere riattivate e solo l'autore della chiave o un amministratore può modificarla.</translation>
    </message>
    <message>
        <source>The portal refused to deactivate this key. Only the key's creator or an administrator may change it.</source>
        <translation>Il portale ha rifiutato di disattivare questa chiave. Solo l'autore della chiave o un amministratore può modificarla.</translation>
    </message>
    <message>
        <source>Revoked. The key no longer works; anything that used it must get a new one.</source>
        <translation>Revocata. La chiave non funziona più; tutto ciò che la usava deve ottenerne una nuova.</translation>
    </message>
    <message>
        <source>The portal refused to revoke this key. Only its creator or a portal administrator may revoke it: sign in with an administrator's token, or ask the key's owner.</source>
        <translation>Il portale ha rifiutato di revocare questa chiave. Solo il suo autore o un amministratore del portale può revocarla: accedi con il token di un amministratore o rivolgiti al proprietario della chiave.</translation>
    </message>
    <message>
        <source>The portal's answer did not say whether the key was revoked. Refresh the key list to check.</source>
        <translation>La risposta del portale non indicava se la chiave è stata revocata. Aggiorna l'elenco delle chiavi per verificarlo.</translation>
    </message>
    <message>
        <source>The portal's answer had no content. Check that the address is a DocSpace portal.</source>
        <translation>La risposta del portale era priva di contenuto. Verifica che l'indirizzo sia quello di un portale DocSpace.</translation>
    </message>
    <message>
        <source>The answer was far larger than a DocSpace answer can be, so reading stopped. Check that the address points to a DocSpace portal.</source>
        <translation>La risposta era molto più grande di quanto possa essere una risposta di DocSpace, quindi la lettura è stata interrotta. Verifica che l'indirizzo punti a un portale DocSpace.</translation>
    </message>
</context>
<context>
    <name>OutcomeStyle</name>
    <message>
        <source>Revoked</source>
        <translation>Revocata</translation>
    </message>
    <message>
        <source>Deactivated</source>
        <translation>Disattivata</translation>
    </message>
    <message>
        <source>Reactivated</source>
        <translation>Riattivata</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Rifiutata</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Non trovata</translation>
    </message>
    <message>
        <source>Invalid key id</source>
        <translation>Id chiave non valido</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>Accesso non eseguito</translation>
    </message>
    <message>
        <source>Forbidden</source>
        <translation>Accesso negato</translation>
    </message>
    <message>
        <source>Rate limited</source>
        <translation>Limite di frequenza</translation>
    </message>
    <message>
        <source>Server error</source>
        <translation>Errore del server</translation>
    </message>
    <message>
        <source>Unexpected answer</source>
        <translation>Risposta inattesa</translation>
    </message>
    <message>
        <source>Network error</source>
        <translation>Errore di rete</translation>
    </message>
    <message>
        <source>Timed out</source>
        <translation>Tempo scaduto</translation>
    </message>
    <message>
        <source>Certificate problem</source>
        <translation>Problema di certificato</translation>
    </message>
    <message>
        <source>Unencrypted HTTP refused</source>
        <translation>HTTP non cifrato rifiutato</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annullata</translation>
    </message>
</context>
<context>
    <name>PasteIdsDialog</name>
    <message>
        <source>Revoke Keys by Id</source>
        <translation>Revoca chiavi per id</translation>
    </message>
    <message>
        <source>Paste key ids, one per line, or a CSV export with an "id" column. Lines without a key id are shown below and skipped.</source>
        <translation>Incolla gli id delle chiavi, uno per riga, oppure un'esportazione CSV con una colonna "id". Le righe senza id di chiave vengono mostrate qui sotto e ignorate.</translation>
    </message>
    <message>
        <source>Key ids</source>
        <translation>Id delle chiavi</translation>
    </message>
    <message>
        <source>3f2504e0-4f89-11d3-9a0c-0305e82c3301
…</source>
        <translation>3f2504e0-4f89-11d3-9a0c-0305e82c3301
…</translation>
    </message>
    <message>
        <source>Skipped lines</source>
        <translation>Righe ignorate</translation>
    </message>
    <message>
        <source>&amp;Revoke…</source>
        <translation>&amp;Revoca…</translation>
    </message>
    <message>
        <source>1 key id</source>
        <translation>1 id di chiave</translation>
    </message>
    <message>
        <source>%1 key ids</source>
        <translation>%1 id di chiavi</translation>
    </message>
    <message>
        <source>1 line skipped</source>
        <translation>1 riga ignorata</translation>
    </message>
    <message>
        <source>%1 lines skipped</source>
        <translation>%1 righe ignorate</translation>
    </message>
    <message>
        <source>1 repeat ignored</source>
        <translation>1 duplicato ignorato</translation>
    </message>
    <message>
        <source>%1 repeats ignored</source>
        <translation>%1 duplicati ignorati</translation>
    </message>
    <message>
        <source>Line %1: %2 — %3</source>
        <translation>Riga %1: %2 — %3</translation>
    </message>
    <message>
        <source>&amp;Revoke 1 Key…</source>
        <translation>&amp;Revoca 1 chiave…</translation>
    </message>
    <message>
        <source>&amp;Revoke %1 Keys…</source>
        <translation>&amp;Revoca %1 chiavi…</translation>
    </message>
</context>
<context>
    <name>PortalAddress</name>
    <message>
        <source>Enter the portal address, for example https://portal.example.com.</source>
        <translation>Inserisci l'indirizzo del portale, ad esempio https://portal.example.com.</translation>
    </message>
    <message>
        <source>A portal address cannot contain spaces.</source>
        <translation>L'indirizzo di un portale non può contenere spazi.</translation>
    </message>
    <message>
        <source>This is not a valid web address.</source>
        <translation>Questo non è un indirizzo web valido.</translation>
    </message>
    <message>
        <source>Only https:// (or http://) portal addresses are supported, not %1://.</source>
        <translation>Sono supportati solo indirizzi di portale https:// (o http://), non %1://.</translation>
    </message>
    <message>
        <source>Remove the user name or password from the address; the access token goes in its own field.</source>
        <translation>Rimuovi il nome utente o la password dall'indirizzo; il token di accesso va inserito nel campo apposito.</translation>
    </message>
    <message>
        <source>The address has no host name.</source>
        <translation>L'indirizzo non contiene un nome host.</translation>
    </message>
</context>
<context>
    <name>PortalProfile</name>
    <message>
        <source>Give the profile a name, for example "Production".</source>
        <translation>Assegna un nome al profilo, ad esempio "Produzione".</translation>
    </message>
    <message>
        <source>The profile name is too long (at most %1 characters).</source>
        <translation>Il nome del profilo è troppo lungo (al massimo %1 caratteri).</translation>
    </message>
    <message>
        <source>The timeout must be between 1 and 3600 seconds.</source>
        <translation>Il timeout deve essere compreso tra 1 e 3600 secondi.</translation>
    </message>
    <message>
        <source>The trusted certificate fingerprint must be a SHA-256 digest: 64 hexadecimal digits, with or without colons.</source>
        <translation>L'impronta del certificato attendibile deve essere un digest SHA-256: 64 cifre esadecimali, con o senza due punti.</translation>
    </message>
    <message>
        <source>Profile "%1": unknown auth scheme "%2".</source>
        <translation>Profilo "%1": schema di autenticazione "%2" sconosciuto.</translation>
    </message>
    <message>
        <source>Profile "%1": %2</source>
        <translation>Profilo "%1": %2</translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nome:</translation>
    </message>
    <message>
        <source>e.g. Production</source>
        <translation>ad es. Produzione</translation>
    </message>
    <message>
        <source>How this portal is listed in the profile selector</source>
        <translation>Come questo portale viene indicato nel selettore dei profili</translation>
    </message>
    <message>
        <source>Profile name</source>
        <translation>Nome del profilo</translation>
    </message>
    <message>
        <source>Profile name problem</source>
        <translation>Problema con il nome del profilo</translation>
    </message>
    <message>
        <source>&amp;Portal address:</source>
        <translation>Indirizzo del &amp;portale:</translation>
    </message>
    <message>
        <source>https://portal.example.com</source>
        <translation>https://portal.example.com</translation>
    </message>
    <message>
        <source>The address of the DocSpace portal, as you open it in a browser</source>
        <translation>L'indirizzo del portale DocSpace, come lo apri nel browser</translation>
    </message>
    <message>
        <source>Portal address</source>
        <translation>Indirizzo del portale</translation>
    </message>
    <message>
        <source>Portal address problem</source>
        <translation>Problema con l'indirizzo del portale</translation>
    </message>
    <message>
        <source>Send token &amp;as:</source>
        <translation>Invia token c&amp;ome:</translation>
    </message>
    <message>
        <source>Auto sends tokens starting with sk- as API keys and anything else as a session token</source>
        <translation>Con Automatico, i token che iniziano con sk- vengono inviati come chiavi API e tutti gli altri come token di sessione</translation>
    </message>
    <message>
        <source>Authentication scheme</source>
        <translation>Schema di autenticazione</translation>
    </message>
    <message>
        <source>Auto</source>
        <translation>Automatico</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>Chiave API</translation>
    </message>
    <message>
        <source>Session token</source>
        <translation>Token di sessione</translation>
    </message>
    <message>
        <source>Access &amp;token:</source>
        <translation>&amp;Token di accesso:</translation>
    </message>
    <message>
        <source>sk-… API key with the *:write scope, or a session token</source>
        <translation>Chiave API sk-… con ambito *:write, o un token di sessione</translation>
    </message>
    <message>
        <source>Stored in the system keychain, never in a file</source>
        <translation>Memorizzato nel portachiavi di sistema, mai in un file</translation>
    </message>
    <message>
        <source>Access token</source>
        <translation>Token di accesso</translation>
    </message>
    <message>
        <source>Where the token is kept</source>
        <translation>Dove viene conservato il token</translation>
    </message>
    <message>
        <source>Allow unencrypted &amp;HTTP to this portal</source>
        <translation>Consenti &amp;HTTP non cifrato verso questo portale</translation>
    </message>
    <message>
        <source>Needed only for a plain http:// address on another machine</source>
        <translation>Necessario solo per un indirizzo http:// semplice su un altro computer</translation>
    </message>
    <message>
        <source>Allow unencrypted HTTP</source>
        <translation>Consenti HTTP non cifrato</translation>
    </message>
    <message>
        <source>Unencrypted HTTP warning</source>
        <translation>Avviso HTTP non cifrato</translation>
    </message>
    <message>
        <source>Trusted &amp;certificate:</source>
        <translation>&amp;Certificato attendibile:</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint, e.g. AB:CD:…</source>
        <translation>Impronta SHA-256, ad es. AB:CD:…</translation>
    </message>
    <message>
        <source>Trust exactly this certificate (an on-premises portal with a self-signed certificate). Colons and case do not matter.</source>
        <translation>Considera attendibile esattamente questo certificato (un portale on-premises con certificato autofirmato). I due punti e le maiuscole/minuscole sono indifferenti.</translation>
    </message>
    <message>
        <source>Trusted certificate fingerprint</source>
        <translation>Impronta del certificato attendibile</translation>
    </message>
    <message>
        <source>Certificate fingerprint problem</source>
        <translation>Problema con l'impronta del certificato</translation>
    </message>
    <message>
        <source>Extra CA &amp;file:</source>
        <translation>&amp;File CA aggiuntivo:</translation>
    </message>
    <message>
        <source>PEM or DER file of an internal certificate authority</source>
        <translation>File PEM o DER di un'autorità di certificazione interna</translation>
    </message>
    <message>
        <source>Certificates of your organization's own certificate authority, trusted in addition to the system ones</source>
        <translation>Certificati dell'autorità di certificazione della tua organizzazione, considerati attendibili in aggiunta a quelli di sistema</translation>
    </message>
    <message>
        <source>Extra CA file</source>
        <translation>File CA aggiuntivo</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>Sc&amp;egli…</translation>
    </message>
    <message>
        <source>Choose the CA file</source>
        <translation>Scegli il file CA</translation>
    </message>
    <message>
        <source>CA file problem</source>
        <translation>Problema con il file CA</translation>
    </message>
    <message>
        <source>Request t&amp;imeout:</source>
        <translation>T&amp;imeout della richiesta:</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>A request that receives nothing for this long ends as a timeout</source>
        <translation>Una richiesta che non riceve nulla per questo intervallo termina per timeout</translation>
    </message>
    <message>
        <source>Request timeout in seconds</source>
        <translation>Timeout della richiesta in secondi</translation>
    </message>
    <message>
        <source>Why the profile cannot be saved</source>
        <translation>Perché il profilo non può essere salvato</translation>
    </message>
    <message>
        <source>&amp;Save Profile</source>
        <translation>&amp;Salva profilo</translation>
    </message>
    <message>
        <source>The token will travel in clear text to a plain http:// address: anyone on the network path can read and use it. Use this only on a network you control.</source>
        <translation>Il token viaggerà in chiaro verso un indirizzo http:// semplice: chiunque lungo il percorso di rete può leggerlo e usarlo. Usa questa opzione solo su una rete che controlli.</translation>
    </message>
    <message>
        <source>New Profile</source>
        <translation>Nuovo profilo</translation>
    </message>
    <message>
        <source>Edit Profile</source>
        <translation>Modifica profilo</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Non salvato: %1</translation>
    </message>
    <message>
        <source>Stored in %1, never in a file. Leave empty to type it each time.</source>
        <translation>Memorizzato in %1, mai in un file. Lascia vuoto per digitarlo ogni volta.</translation>
    </message>
    <message>
        <source>No system keychain is available: the token is kept only until DocSpace Keys closes.</source>
        <translation>Nessun portachiavi di sistema disponibile: il token viene conservato solo fino alla chiusura di DocSpace Keys.</translation>
    </message>
    <message>
        <source>Choose the Extra CA File</source>
        <translation>Scegli il file CA aggiuntivo</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer *.der);;All files (*)</source>
        <translation>Certificati (*.pem *.crt *.cer *.der);;Tutti i file (*)</translation>
    </message>
    <message>
        <source>Enter a name for this profile, e.g. the portal's purpose or customer.</source>
        <translation>Inserisci un nome per questo profilo, ad es. lo scopo del portale o il cliente.</translation>
    </message>
    <message>
        <source>Another profile is already called "%1". Choose another name.</source>
        <translation>Esiste già un altro profilo denominato "%1". Scegli un altro nome.</translation>
    </message>
    <message>
        <source>This is not a SHA-256 fingerprint: expected 64 hexadecimal digits, with or without colons.</source>
        <translation>Questa non è un'impronta SHA-256: sono previste 64 cifre esadecimali, con o senza due punti.</translation>
    </message>
    <message>
        <source>There is no file at this path. Choose the CA certificate file again.</source>
        <translation>Nessun file in questo percorso. Scegli di nuovo il file del certificato CA.</translation>
    </message>
    <message>
        <source>This file cannot be read. Check its permissions or choose another file.</source>
        <translation>Impossibile leggere questo file. Verifica i permessi o scegli un altro file.</translation>
    </message>
</context>
<context>
    <name>ProfileStore</name>
    <message>
        <source>it cannot be read</source>
        <translation>non può essere letto</translation>
    </message>
    <message>
        <source>it is damaged</source>
        <translation>è danneggiato</translation>
    </message>
    <message>
        <source>it was written by a newer version of DocSpace Keys</source>
        <translation>è stato scritto da una versione più recente di DocSpace Keys</translation>
    </message>
    <message>
        <source>Your saved profiles could not be loaded: %1. The file was kept as %2, and DocSpace Keys starts without profiles.</source>
        <translation>Impossibile caricare i profili salvati: %1. Il file è stato conservato come %2 e DocSpace Keys si avvia senza profili.</translation>
    </message>
    <message>
        <source>Your saved profiles could not be loaded: %1. The file %2 is left untouched and nothing will be saved this session; move it away to start afresh.</source>
        <translation>Impossibile caricare i profili salvati: %1. Il file %2 non viene modificato e in questa sessione non verrà salvato nulla; spostalo altrove per ricominciare da zero.</translation>
    </message>
    <message>
        <source>Your profiles could not be saved to %1. Check that the folder is writable and the disk is not full.</source>
        <translation>Impossibile salvare i profili in %1. Verifica che la cartella sia scrivibile e che il disco non sia pieno.</translation>
    </message>
    <message>
        <source>A profile named "%1" already exists. Choose another name.</source>
        <translation>Esiste già un profilo denominato "%1". Scegli un altro nome.</translation>
    </message>
    <message>
        <source>Portal</source>
        <translation>Portale</translation>
    </message>
    <message>
        <source>The file is not valid JSON (%1).</source>
        <translation>Il file non è un JSON valido (%1).</translation>
    </message>
    <message>
        <source>The file was exported by a newer version of DocSpace Keys.</source>
        <translation>Il file è stato esportato da una versione più recente di DocSpace Keys.</translation>
    </message>
    <message>
        <source>The file is not a DocSpace Keys profile export.</source>
        <translation>Il file non è un'esportazione di profili di DocSpace Keys.</translation>
    </message>
</context>
<context>
    <name>SandboxDemo</name>
    <message>
        <source>Cannot read the sandbox info file %1: %2. Start docspace-sandbox with --info-file and pass the same path.</source>
        <translation>Impossibile leggere il file di informazioni della sandbox %1: %2. Avvia docspace-sandbox con --info-file e passa lo stesso percorso.</translation>
    </message>
    <message>
        <source>The sandbox info file is not valid JSON (%1).</source>
        <translation>Il file di informazioni della sandbox non è un JSON valido (%1).</translation>
    </message>
    <message>
        <source>The sandbox info file names no portal address (httpsUrl or httpUrl).</source>
        <translation>Il file di informazioni della sandbox non indica alcun indirizzo del portale (httpsUrl o httpUrl).</translation>
    </message>
    <message>
        <source>The sandbox info file has no "Admin console" key to sign in with.</source>
        <translation>Il file di informazioni della sandbox non contiene una chiave "Admin console" con cui accedere.</translation>
    </message>
    <message>
        <source>The sandbox info file has no other key of the owner to revoke.</source>
        <translation>Il file di informazioni della sandbox non contiene un'altra chiave del proprietario da revocare.</translation>
    </message>
    <message>
        <source>Sandbox portal (demo)</source>
        <translation>Portale sandbox (demo)</translation>
    </message>
    <message>
        <source>The demo token could not be stored: %1</source>
        <translation>Impossibile memorizzare il token demo: %1</translation>
    </message>
</context>
<context>
    <name>SecretIdentification</name>
    <message>
        <source>The portal answered, but not with a key.</source>
        <translation>Il portale ha risposto, ma non con una chiave.</translation>
    </message>
    <message>
        <source>The portal no longer accepts this secret: the key was already revoked, has expired or is deactivated. A deactivated key still exists and can be reactivated by its owner, so check the candidates below.</source>
        <translation>Il portale non accetta più questo segreto: la chiave è già stata revocata, è scaduta o è disattivata. Una chiave disattivata esiste ancora e può essere riattivata dal suo proprietario, quindi controlla le candidate qui sotto.</translation>
    </message>
</context>
<context>
    <name>SecretStore</name>
    <message>
        <source>The keychain did not answer.</source>
        <translation>Il portachiavi non ha risposto.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Impostazioni</translation>
    </message>
    <message>
        <source>These settings apply to DocSpace Keys on this computer.</source>
        <translation>Queste impostazioni valgono per DocSpace Keys su questo computer.</translation>
    </message>
    <message>
        <source>Interface &amp;language:</source>
        <translation>&amp;Lingua dell'interfaccia:</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>Lingua dell'interfaccia</translation>
    </message>
    <message>
        <source>The new language applies at once and is kept for the next start. Results already listed stay in the language they were made in.</source>
        <translation>La nuova lingua si applica subito e viene mantenuta al prossimo avvio. I risultati già elencati restano nella lingua in cui sono stati creati.</translation>
    </message>
    <message>
        <source>System default (%1)</source>
        <translation>Predefinita di sistema (%1)</translation>
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
        <translation>chiave %1</translation>
    </message>
    <message>
        <source>Portal: %1</source>
        <translation>Portale: %1</translation>
    </message>
    <message>
        <source>Result: %1</source>
        <translation>Risultato: %1</translation>
    </message>
    <message>
        <source>Portal's message: %1</source>
        <translation>Messaggio del portale: %1</translation>
    </message>
    <message numerus="yes">
        <source>Retry after: %n second(s)</source>
        <translation>
            <numerusform>Riprova tra: %n secondo</numerusform>
            <numerusform>Riprova tra: %n secondi</numerusform>
        </translation>
    </message>
    <message>
        <source>Detail: %1</source>
        <translation>Dettagli: %1</translation>
    </message>
    <message>
        <source>Certificate SHA-256: %1</source>
        <translation>SHA-256 del certificato: %1</translation>
    </message>
    <message>
        <source>This certificate is trusted for the rest of this session. Revoke again to retry.</source>
        <translation>Questo certificato è attendibile per il resto della sessione. Revoca di nuovo per riprovare.</translation>
    </message>
    <message>
        <source>If you recognise this fingerprint as your portal's certificate, use "Trust this certificate…" and revoke again.</source>
        <translation>Se riconosci questa impronta come quella del certificato del tuo portale, usa "Considera attendibile questo certificato…" e revoca di nuovo.</translation>
    </message>
    <message>
        <source>key “%1” (…%2)</source>
        <translation>chiave “%1” (…%2)</translation>
    </message>
    <message>
        <source>Key id: %1</source>
        <translation>ID della chiave: %1</translation>
    </message>
</context>
<context>
    <name>StatusPanel</name>
    <message>
        <source>The result of each revocation appears here.</source>
        <translation>Qui viene visualizzato il risultato di ogni revoca.</translation>
    </message>
    <message>
        <source>Tr&amp;ust this certificate…</source>
        <translation>Considera &amp;attendibile questo certificato…</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copia</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>&amp;Svuota</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Risultati</translation>
    </message>
    <message>
        <source>The result of each revocation, newest first. Press Space to show or hide details.</source>
        <translation>Il risultato di ogni revoca, dal più recente. Premi Spazio per mostrare o nascondere i dettagli.</translation>
    </message>
    <message>
        <source>Trust the certificate of the selected certificate problem for this session</source>
        <translation>Considera attendibile per questa sessione il certificato del problema selezionato</translation>
    </message>
    <message>
        <source>Remove all entries from the list</source>
        <translation>Rimuove tutte le voci dall'elenco</translation>
    </message>
    <message>
        <source>Copy the selected entries as plain text</source>
        <translation>Copia le voci selezionate come testo semplice</translation>
    </message>
    <message>
        <source>Copy all entries as plain text</source>
        <translation>Copia tutte le voci come testo semplice</translation>
    </message>
    <message>
        <source>Trust this certificate…</source>
        <translation>Considera attendibile questo certificato…</translation>
    </message>
    <message>
        <source>Copy Selected</source>
        <translation>Copia selezionate</translation>
    </message>
    <message>
        <source>Copy All</source>
        <translation>Copia tutte</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Svuota</translation>
    </message>
</context>
<context>
    <name>TlsTrust</name>
    <message>
        <source>Cannot read the CA file %1: %2.</source>
        <translation>Impossibile leggere il file CA %1: %2.</translation>
    </message>
    <message>
        <source>The file %1 holds no certificate in PEM or DER form.</source>
        <translation>Il file %1 non contiene alcun certificato in formato PEM o DER.</translation>
    </message>
    <message>
        <source>A certificate fingerprint is a SHA-256 digest: 64 hexadecimal digits, with or without colons.</source>
        <translation>L'impronta di un certificato è un digest SHA-256: 64 cifre esadecimali, con o senza due punti.</translation>
    </message>
</context>
<context>
    <name>TokenField</name>
    <message>
        <source>Hide token</source>
        <translation>Nascondi token</translation>
    </message>
    <message>
        <source>Show token</source>
        <translation>Mostra token</translation>
    </message>
    <message>
        <source>Hide the access token</source>
        <translation>Nascondi il token di accesso</translation>
    </message>
    <message>
        <source>Show the access token</source>
        <translation>Mostra il token di accesso</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Revoke ONLYOFFICE DocSpace API keys. The access token is never read from the command line; DOCSPACE_TOKEN in the environment may prefill it.</source>
        <translation>Revoca le chiavi API di ONLYOFFICE DocSpace. Il token di accesso non viene mai letto dalla riga di comando; DOCSPACE_TOKEN nell'ambiente può precompilarlo.</translation>
    </message>
    <message>
        <source>Prefill the portal address.</source>
        <translation>Precompila l'indirizzo del portale.</translation>
    </message>
    <message>
        <source>Prefill the key id.</source>
        <translation>Precompila l'id della chiave.</translation>
    </message>
    <message>
        <source>Demo mode: connect to the sandbox portal described by this docspace-sandbox --info-file.</source>
        <translation>Modalità demo: si connette al portale sandbox descritto da questo --info-file di docspace-sandbox.</translation>
    </message>
    <message>
        <source>Cannot create a temporary folder: %1</source>
        <translation>Impossibile creare una cartella temporanea: %1</translation>
    </message>
    <message>
        <source>Demo mode: the sandbox portal, with profiles and tokens kept in memory</source>
        <translation>Modalità demo: il portale sandbox, con profili e token conservati in memoria</translation>
    </message>
</context>
</TS>