<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it">
<context>
    <name>AllPortalsView</name>
    <message>
        <source>Keys of All Portals</source>
        <translation>Chiavi di tutti i portali</translation>
    </message>
    <message>
        <source>Search name, creator, ending, id or portal</source>
        <translation>Cerca nome, autore, parte finale, id o portale</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Scadute</translation>
    </message>
    <message>
        <source>Deactivated</source>
        <translation>Disattivate</translation>
    </message>
    <message>
        <source>Never used</source>
        <translation>Mai usate</translation>
    </message>
    <message>
        <source>Unused for</source>
        <translation>Inutilizzate da</translation>
    </message>
    <message>
        <source> days</source>
        <translation> giorni</translation>
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
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aggiorna</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>&amp;Esporta CSV…</translation>
    </message>
    <message>
        <source>Reading the tokens of the saved profiles…</source>
        <translation>Lettura dei token dei profili salvati…</translation>
    </message>
    <message>
        <source>There are no saved profiles yet.</source>
        <translation>Non ci sono ancora profili salvati.</translation>
    </message>
    <message>
        <source>“%1”: no saved token.</source>
        <translation>“%1”: nessun token salvato.</translation>
    </message>
    <message>
        <source>“%1”: %2</source>
        <translation>“%1”: %2</translation>
    </message>
    <message>
        <source>“%1” (%2): %3</source>
        <translation>“%1” (%2): %3</translation>
    </message>
    <message numerus="yes">
        <source>Listing the keys of %n portal(s)…</source>
        <translation>
            <numerusform>Elenco delle chiavi di %n portale…</numerusform>
            <numerusform>Elenco delle chiavi di %n portali…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n key(s) shown</source>
        <translation>
            <numerusform>%1 di %n chiave mostrate</numerusform>
            <numerusform>%1 di %n chiavi mostrate</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>on %n portal(s).</source>
        <translation>
            <numerusform>su %n portale.</numerusform>
            <numerusform>su %n portali.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not listed: %1</source>
        <translation>Non elencati: %1</translation>
    </message>
    <message>
        <source>Export Keys of All Portals</source>
        <translation>Esporta le chiavi di tutti i portali</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>File CSV (*.csv)</translation>
    </message>
    <message>
        <source>Not Exported</source>
        <translation>Non esportato</translation>
    </message>
    <message>
        <source>Cannot write %1: %2.</source>
        <translation>Impossibile scrivere %1: %2.</translation>
    </message>
</context>
<context>
    <name>ApiCall</name>
    <message numerus="yes">
        <source>No data for %n second(s)</source>
        <translation>
            <numerusform>Nessun dato per %n secondo</numerusform>
            <numerusform>Nessun dato per %n secondi</numerusform>
        </translation>
    </message>
    <message>
        <source>the connection closed before the answer, and the request was sent again</source>
        <translation>la connessione si è chiusa prima della risposta e la richiesta è stata inviata di nuovo</translation>
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
    <message numerus="yes">
        <source>… and %n more key(s), not listed here but counted above</source>
        <translation>
            <numerusform>… e %n altra chiave, non elencata qui ma conteggiata sopra</numerusform>
            <numerusform>… e altre %n chiavi, non elencate qui ma conteggiate sopra</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BatchRunner</name>
    <message numerus="yes">
        <source>about %n s left</source>
        <translation>
            <numerusform>circa %n s rimanenti</numerusform>
            <numerusform>circa %n s rimanenti</numerusform>
        </translation>
    </message>
    <message>
        <source>about %1 min %2 s left</source>
        <translation>circa %1 min %2 s rimanenti</translation>
    </message>
    <message>
        <source>Batch progress</source>
        <translation>Avanzamento dell&apos;operazione batch</translation>
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
        <source>%1 done, %2 failed, %3 left</source>
        <translation>%1 completate, %2 non riuscite, %3 rimanenti</translation>
    </message>
    <message numerus="yes">
        <source>paused, resuming in %n s</source>
        <translation>
            <numerusform>in pausa, riprende tra %n s</numerusform>
            <numerusform>in pausa, riprende tra %n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Rate limited: paused for %n s.</source>
        <translation>
            <numerusform>Limite di frequenza: in pausa per %n s.</numerusform>
            <numerusform>Limite di frequenza: in pausa per %n s.</numerusform>
        </translation>
    </message>
    <message>
        <source>The portal asked to slow down; the batch resumes by itself.</source>
        <translation>Il portale ha chiesto di rallentare; l&apos;operazione in blocco riprende da sola.</translation>
    </message>
    <message>
        <source>This key expired on %1 and cannot be reactivated: the portal refuses every change to an expired key. To let what used it work again, create a new key (Keys menu) and give it the new secret; then revoke this one.</source>
        <translation>Questa chiave è scaduta il %1 e non può essere riattivata: il portale rifiuta qualsiasi modifica a una chiave scaduta. Per far funzionare di nuovo ciò che la usava, crea una nuova chiave (menu Chiavi) e fornisci il nuovo segreto; poi revoca questa.</translation>
    </message>
    <message>
        <source>This key expired on %1 and no longer works; the portal refuses every change to an expired key, so it cannot be deactivated. Revoke it to remove it.</source>
        <translation>Questa chiave è scaduta il %1 e non funziona più; il portale rifiuta qualsiasi modifica a una chiave scaduta, quindi non può essere disattivata. Revocala per rimuoverla.</translation>
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
    <message numerus="yes">
        <source>%n refused by the portal</source>
        <translation>
            <numerusform>%n rifiutata dal portale</numerusform>
            <numerusform>%n rifiutate dal portale</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not found on the portal (already revoked, or a wrong id)</source>
        <translation>
            <numerusform>%n non trovata sul portale (già revocata o id errato)</numerusform>
            <numerusform>%n non trovate sul portale (già revocate o id errato)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with an id that is not a key id</source>
        <translation>
            <numerusform>%n con un id che non è un id di chiave</numerusform>
            <numerusform>%n con un id che non è un id di chiave</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not changed because the portal did not accept the token</source>
        <translation>
            <numerusform>%n non modificata perché il portale non ha accettato il token</numerusform>
            <numerusform>%n non modificate perché il portale non ha accettato il token</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not changed because the token may not change keys</source>
        <translation>
            <numerusform>%n non modificata perché il token non può modificare chiavi</numerusform>
            <numerusform>%n non modificate perché il token non può modificare chiavi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not changed because the portal is unavailable</source>
        <translation>
            <numerusform>%n non modificata perché il portale non è disponibile</numerusform>
            <numerusform>%n non modificate perché il portale non è disponibile</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not changed because the portal kept asking to slow down</source>
        <translation>
            <numerusform>%n non modificata perché il portale ha continuato a chiedere di rallentare</numerusform>
            <numerusform>%n non modificate perché il portale ha continuato a chiedere di rallentare</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed with an error on the portal</source>
        <translation>
            <numerusform>%n non riuscita per un errore sul portale</numerusform>
            <numerusform>%n non riuscite per un errore sul portale</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with an answer that could not be read</source>
        <translation>
            <numerusform>%n con una risposta che non è stato possibile leggere</numerusform>
            <numerusform>%n con una risposta che non è stato possibile leggere</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not sent because the portal could not be reached</source>
        <translation>
            <numerusform>%n non inviata perché non è stato possibile raggiungere il portale</numerusform>
            <numerusform>%n non inviate perché non è stato possibile raggiungere il portale</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n timed out</source>
        <translation>
            <numerusform>%n scaduta per timeout</numerusform>
            <numerusform>%n scadute per timeout</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not sent because the certificate is not trusted</source>
        <translation>
            <numerusform>%n non inviata perché il certificato non è attendibile</numerusform>
            <numerusform>%n non inviate perché il certificato non è attendibile</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not sent over unencrypted HTTP</source>
        <translation>
            <numerusform>%n non inviata tramite HTTP non cifrato</numerusform>
            <numerusform>%n non inviate tramite HTTP non cifrato</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cancelled</source>
        <translation>
            <numerusform>%n annullata</numerusform>
            <numerusform>%n annullate</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with an unknown outcome (refresh the list to check)</source>
        <translation>
            <numerusform>%n con esito sconosciuto (aggiorna l&apos;elenco per verificare)</numerusform>
            <numerusform>%n con esito sconosciuto (aggiorna l&apos;elenco per verificare)</numerusform>
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
        <source>Read the access token from the first line of standard input instead of the DOCSPACE_TOKEN environment variable. Tokens are never accepted as arguments.</source>
        <translation>Legge il token di accesso dalla prima riga dello standard input invece che dalla variabile d&apos;ambiente DOCSPACE_TOKEN. I token non vengono mai accettati come argomenti.</translation>
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
        <source>Give up when the portal sends nothing for this many seconds (default 30, or the profile&apos;s).</source>
        <translation>Rinuncia quando il portale non invia nulla per questo numero di secondi (predefinito 30, o il valore del profilo).</translation>
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
        <source>Missing --portal or --profile: give the portal address (e.g. --portal https://portal.example.com) or a saved profile&apos;s name.</source>
        <translation>Manca --portal o --profile: indica l&apos;indirizzo del portale (ad es. --portal https://portal.example.com) o il nome di un profilo salvato.</translation>
    </message>
    <message>
        <source>There is no profile named &quot;%1&quot;. &apos;docspace-keys-cli profiles list&apos; shows the saved ones.</source>
        <translation>Non esiste un profilo denominato &quot;%1&quot;. &apos;docspace-keys-cli profiles list&apos; mostra quelli salvati.</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot;: %2</source>
        <translation>Profilo &quot;%1&quot;: %2</translation>
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
        <source>No token is saved for profile &quot;%1&quot; (%2). Save one with &apos;profiles add --token-stdin&apos;, or set DOCSPACE_TOKEN.</source>
        <translation>Nessun token salvato per il profilo &quot;%1&quot; (%2). Salvane uno con &apos;profiles add --token-stdin&apos; oppure imposta DOCSPACE_TOKEN.</translation>
    </message>
    <message>
        <source>No access token: set DOCSPACE_TOKEN, or pass --token-stdin and pipe it in.</source>
        <translation>Nessun token di accesso: imposta DOCSPACE_TOKEN oppure usa --token-stdin e invialo tramite pipe.</translation>
    </message>
    <message>
        <source>Run &apos;docspace-keys-cli %1 --help&apos; for the options.</source>
        <translation>Esegui &apos;docspace-keys-cli %1 --help&apos; per visualizzare le opzioni.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; takes no arguments besides its options.</source>
        <translation>&apos;%1&apos; non accetta argomenti oltre alle sue opzioni.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; (%2, ending %3), created by %4, %5</source>
        <translation>&quot;%1&quot; (%2, termina con %3), creata da %4, %5</translation>
    </message>
    <message>
        <source>all scopes</source>
        <translation>tutti gli ambiti</translation>
    </message>
    <message>
        <source>Revoke leaked API-key secrets. Reads any text on standard input (a log, a diff, a chat export), finds every sk- secret in it, asks the portal which key each one is, and revokes it with YOUR token (--profile or DOCSPACE_TOKEN), never with the leaked one. The text and the secrets are kept in memory only. Without --yes it only reports.
Exit status: 0 every secret is revoked or no longer works, 1 otherwise, 2 usage error.</source>
        <translation>Revoca i segreti di chiavi API trapelati. Legge qualsiasi testo dallo standard input (un log, un diff, un&apos;esportazione di chat), vi trova ogni segreto sk-, chiede al portale a quale chiave corrisponde e la revoca con il TUO token (--profile o DOCSPACE_TOKEN), mai con quello trapelato. Il testo e i segreti restano solo in memoria. Senza --yes si limita a segnalarli.
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
        <source>Candidates are never revoked automatically: check them, then use &apos;docspace-keys-cli revoke ID&apos;.</source>
        <translation>Le candidate non vengono mai revocate automaticamente: verificale, poi usa &apos;docspace-keys-cli revoke ID&apos;.</translation>
    </message>
    <message>
        <source>The key-hygiene report: expired keys still present, deactivated keys, keys never used or unused for N days, keys without expiry, keys with every permission.</source>
        <translation>Il report sull&apos;igiene delle chiavi: chiavi scadute ancora presenti, chiavi disattivate, chiavi mai usate o inutilizzate da N giorni, chiavi senza scadenza, chiavi con tutte le autorizzazioni.</translation>
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
        <translation>Revoca (elimina) chiavi API di DocSpace in base all&apos;id.</translation>
    </message>
    <message>
        <source>Deactivate DocSpace API keys by id: they stop working until reactivated.</source>
        <translation>Disattiva chiavi API di DocSpace in base all&apos;id: smettono di funzionare finché non vengono riattivate.</translation>
    </message>
    <message>
        <source>Reactivate deactivated DocSpace API keys by id (expired keys cannot be).</source>
        <translation>Riattiva chiavi API di DocSpace disattivate in base all&apos;id (le chiavi scadute non possono essere riattivate).</translation>
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
        <source>Not revoking: no terminal to ask for confirmation on. Pass --yes to confirm in a script.</source>
        <translation>Nessuna revoca: non c&apos;è un terminale in cui chiedere conferma. Usa --yes per confermare in uno script.</translation>
    </message>
    <message numerus="yes">
        <source>Revoke %n key(s) on %1? This cannot be undone.</source>
        <translation>
            <numerusform>Revocare %n chiave su %1? L&apos;operazione non può essere annullata.</numerusform>
            <numerusform>Revocare %n chiavi su %1? L&apos;operazione non può essere annullata.</numerusform>
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
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>Comando sconosciuto &quot;%1&quot;.</translation>
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
        <source>&apos;profiles list&apos; takes no names.</source>
        <translation>&apos;profiles list&apos; non accetta nomi.</translation>
    </message>
    <message>
        <source>No saved profiles. Add one with &apos;docspace-keys-cli profiles add NAME --portal URL --token-stdin&apos;.</source>
        <translation>Nessun profilo salvato. Aggiungine uno con &apos;docspace-keys-cli profiles add NOME --portal URL --token-stdin&apos;.</translation>
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
        <source>&apos;profiles show&apos; takes one profile name.</source>
        <translation>&apos;profiles show&apos; richiede il nome di un profilo.</translation>
    </message>
    <message>
        <source>There is no profile named &quot;%1&quot;.</source>
        <translation>Non esiste un profilo denominato &quot;%1&quot;.</translation>
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
        <source>&apos;profiles add&apos; takes one name and --portal.</source>
        <translation>&apos;profiles add&apos; richiede un nome e --portal.</translation>
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
        <source>Added profile &quot;%1&quot; for %2%3.</source>
        <translation>Profilo &quot;%1&quot; aggiunto per %2%3.</translation>
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
        <source>&apos;profiles remove&apos; takes one profile name.</source>
        <translation>&apos;profiles remove&apos; richiede il nome di un profilo.</translation>
    </message>
    <message>
        <source>The profile was kept so that its token is not left behind unnoticed.</source>
        <translation>Il profilo è stato mantenuto, perché il suo token non resti nel portachiavi a tua insaputa.</translation>
    </message>
    <message>
        <source>Removed profile &quot;%1&quot; and its token.</source>
        <translation>Profilo &quot;%1&quot; rimosso insieme al relativo token.</translation>
    </message>
    <message>
        <source>Unknown profiles action &quot;%1&quot;.</source>
        <translation>Azione &quot;%1&quot; sconosciuta per profiles.</translation>
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
        <source>Only keys created by this user (name or id).</source>
        <translation>Solo chiavi create da questo utente (nome o id).</translation>
    </message>
    <message>
        <source>List the API keys the token can see: all of the portal&apos;s for an administrator, otherwise the caller&apos;s own.</source>
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
    <message>
        <source>At most this many requests at once (1-%1). Without it the batch finds how many the portal takes, up to %2. A rate limit from the portal slows them all.</source>
        <translation>Al massimo questo numero di richieste contemporanee (1-%1). Senza questa opzione l&apos;operazione in blocco determina quante ne accetta il portale, fino a %2. Un limite di frequenza del portale le rallenta tutte.</translation>
    </message>
    <message>
        <source>How to send the token: auto (default; sk-... is an API key), apikey (&quot;Bearer &lt;token&gt;&quot;, also to force it for a session token; alias bearer) or session (as it is).</source>
        <translation>Come inviare il token: auto (predefinito; sk-... è una chiave API), apikey (&quot;Bearer &lt;token&gt;&quot;, anche per forzarlo con un token di sessione; alias bearer) o session (così com&apos;è).</translation>
    </message>
    <message>
        <source>Invalid --auth &quot;%1&quot;: use auto, apikey, bearer or session.</source>
        <translation>--auth &quot;%1&quot; non valido: usa auto, apikey, bearer o session.</translation>
    </message>
    <message>
        <source>Certificate SHA-256 fingerprint: %1</source>
        <translation>Impronta SHA-256 del certificato: %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; (%2)</source>
        <translation>&quot;%1&quot; (%2)</translation>
    </message>
    <message>
        <source>created by %1</source>
        <translation>creata da %1</translation>
    </message>
    <message>
        <source>Not deactivating: no terminal to ask for confirmation on. Pass --yes to confirm in a script.</source>
        <translation>Nessuna disattivazione: non c&apos;è un terminale su cui chiedere conferma. Usa --yes per confermare in uno script.</translation>
    </message>
    <message>
        <source>Not reactivating: no terminal to ask for confirmation on. Pass --yes to confirm in a script.</source>
        <translation>Nessuna riattivazione: non c&apos;è un terminale su cui chiedere conferma. Usa --yes per confermare in uno script.</translation>
    </message>
    <message numerus="yes">
        <source>... and %n more key(s)</source>
        <translation>
            <numerusform>... e %n altra chiave</numerusform>
            <numerusform>... e altre %n chiavi</numerusform>
        </translation>
    </message>
    <message>
        <source>(The key list could not be read to name the keys: %1)</source>
        <translation>(Impossibile leggere l&apos;elenco delle chiavi per indicarne i nomi: %1)</translation>
    </message>
    <message numerus="yes">
        <source>Deactivate %n key(s) on %1? They stop working until reactivated.</source>
        <translation>
            <numerusform>Disattivare %n chiave su %1? Smetterà di funzionare finché non verrà riattivata.</numerusform>
            <numerusform>Disattivare %n chiavi su %1? Smetteranno di funzionare finché non verranno riattivate.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reactivate %n key(s) on %1?</source>
        <translation>
            <numerusform>Riattivare %n chiave su %1?</numerusform>
            <numerusform>Riattivare %n chiavi su %1?</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing deactivated.</source>
        <translation>Nulla è stato disattivato.</translation>
    </message>
    <message>
        <source>Nothing reactivated.</source>
        <translation>Nulla è stato riattivato.</translation>
    </message>
    <message>
        <source>Revoke (delete) API keys by id</source>
        <translation>Revoca (elimina) chiavi API in base all&apos;id</translation>
    </message>
    <message>
        <source>Deactivate keys (reversible)</source>
        <translation>Disattiva chiavi (reversibile)</translation>
    </message>
    <message>
        <source>Reactivate deactivated keys</source>
        <translation>Riattiva chiavi disattivate</translation>
    </message>
    <message>
        <source>List the keys the token can see</source>
        <translation>Elenca le chiavi visibili al token</translation>
    </message>
    <message>
        <source>Who the token signs in as, and which key it is</source>
        <translation>Con quale utente accede il token e di quale chiave si tratta</translation>
    </message>
    <message>
        <source>What was revoked from this computer, when, by whom and with what result</source>
        <translation>Cosa è stato revocato da questo computer, quando, da chi e con quale esito</translation>
    </message>
    <message>
        <source>Find leaked sk- secrets in text on standard input and revoke them</source>
        <translation>Trova segreti sk- trapelati nel testo dello standard input e li revoca</translation>
    </message>
    <message>
        <source>The key-hygiene report: expired, unused, unrestricted keys...</source>
        <translation>Il report sull&apos;igiene delle chiavi: scadute, inutilizzate, senza restrizioni...</translation>
    </message>
    <message>
        <source>List, show, add and remove saved portal profiles</source>
        <translation>Elenca, mostra, aggiunge e rimuove i profili di portale salvati</translation>
    </message>
    <message>
        <source>Usage: docspace-keys-cli &lt;command&gt; [options]</source>
        <translation>Utilizzo: docspace-keys-cli &lt;comando&gt; [opzioni]</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Comandi:</translation>
    </message>
    <message>
        <source>Run &apos;docspace-keys-cli &lt;command&gt; --help&apos; for a command&apos;s options.
The access token comes from DOCSPACE_TOKEN or --token-stdin, never from arguments.
Exit status: 0 success, 1 an operation failed, 2 usage error.
</source>
        <translation>Esegui &apos;docspace-keys-cli &lt;comando&gt; --help&apos; per le opzioni di un comando.
Il token di accesso proviene da DOCSPACE_TOKEN o da --token-stdin, mai dagli argomenti.
Stato di uscita: 0 operazione riuscita, 1 un&apos;operazione non è riuscita, 2 errore di utilizzo.
</translation>
    </message>
    <message>
        <source>Also write the report as CSV to FILE (the same file as the window&apos;s export).</source>
        <translation>Scrive anche il report in formato CSV in FILE (lo stesso file dell&apos;esportazione dalla finestra).</translation>
    </message>
    <message numerus="yes">
        <source>%n repeated id(s) on standard input skipped.</source>
        <translation>
            <numerusform>%n id ripetuto nello standard input ignorato.</numerusform>
            <numerusform>%n id ripetuti nello standard input ignorati.</numerusform>
        </translation>
    </message>
    <message>
        <source>Each id gets one line of output, in the order given; every attempt is kept in the local history.
Without --yes, asks on the terminal, naming the portal and the keys.
Give - to read ids from standard input, one per line or a CSV export with an id column (blank lines and # comments are ignored).
Exit status: 0 every key changed, 1 at least one not, 2 usage error.</source>
        <translation>Ogni id produce una riga di output, nell&apos;ordine indicato; ogni tentativo viene registrato nella cronologia locale.
Senza --yes, chiede conferma sul terminale, indicando il portale e le chiavi.
Indica - per leggere gli id dallo standard input, uno per riga o un&apos;esportazione CSV con una colonna id (le righe vuote e i commenti # vengono ignorati).
Stato di uscita: 0 ogni chiave è stata modificata, 1 almeno una no, 2 errore di utilizzo.</translation>
    </message>
    <message>
        <source>window</source>
        <translation>finestra</translation>
    </message>
    <message>
        <source>command line</source>
        <translation>riga di comando</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>who acted (window or command line)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Invalid --expires-in-days: give a whole number of days from 1 to %1 (leave it out for a key that never expires).</source>
        <translation>--expires-in-days non valido: indica un numero intero di giorni da 1 a %1 (omettilo per una chiave che non scade mai).</translation>
    </message>
    <message>
        <source>no token is saved for it (%1)</source>
        <translation>nessun token salvato per questo profilo (%1)</translation>
    </message>
    <message>
        <source>Create an API key (POST /api/2.0/keys). The new key&apos;s secret is printed once, alone on the first line of standard output, and kept nowhere: not in the history, not in any file. With --json a second line holds the key as a JSON object (without the secret).
Without --expires-in-days the key never expires. The portal lets each user create at most 5 keys in 15 minutes.
Exit status: 0 created, 1 not created, 2 usage error.</source>
        <translation>Crea una chiave API (POST /api/2.0/keys). Il segreto della nuova chiave viene stampato una sola volta, da solo sulla prima riga dello standard output, e non viene conservato da nessuna parte: né nella cronologia né in alcun file. Con --json una seconda riga contiene la chiave come oggetto JSON (senza il segreto).
Senza --expires-in-days la chiave non scade mai. Il portale consente a ogni utente di creare al massimo 5 chiavi in 15 minuti.
Stato di uscita: 0 creata, 1 non creata, 2 errore di utilizzo.</translation>
    </message>
    <message>
        <source>The key&apos;s name (at most %1 characters).</source>
        <translation>Il nome della chiave (al massimo %1 caratteri).</translation>
    </message>
    <message>
        <source>all (default), read-only, or a comma-separated list of files, rooms, profile, accounts each with :read or :write (write includes read), e.g. files:write,rooms:read.</source>
        <translation>all (predefinito), read-only, o un elenco separato da virgole di files, rooms, profile, accounts, ciascuno con :read o :write (write include read), ad es. files:write,rooms:read.</translation>
    </message>
    <message>
        <source>The key stops working after this many days (1-%1).</source>
        <translation>La chiave smette di funzionare dopo questo numero di giorni (1-%1).</translation>
    </message>
    <message>
        <source>Also print the new key as a JSON object.</source>
        <translation>Stampa anche la nuova chiave come oggetto JSON.</translation>
    </message>
    <message>
        <source>Give the key&apos;s name with --name.</source>
        <translation>Indica il nome della chiave con --name.</translation>
    </message>
    <message>
        <source>Created &quot;%1&quot; (%2, ending %3; permissions: %4; %5). The secret on standard output is shown only this once: store it now.</source>
        <translation>Creata &quot;%1&quot; (%2, termina con %3; autorizzazioni: %4; %5). Il segreto nello standard output viene mostrato solo questa volta: conservalo ora.</translation>
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
        <source>Change a key&apos;s name and/or permissions (PUT /api/2.0/keys/{id}). The key keeps its secret. Expired keys cannot be changed.
Exit status: 0 changed, 1 not changed, 2 usage error.</source>
        <translation>Modifica il nome e/o le autorizzazioni di una chiave (PUT /api/2.0/keys/{id}). La chiave mantiene il suo segreto. Le chiavi scadute non possono essere modificate.
Stato di uscita: 0 modificata, 1 non modificata, 2 errore di utilizzo.</translation>
    </message>
    <message>
        <source>The new name (at most %1 characters).</source>
        <translation>Il nuovo nome (al massimo %1 caratteri).</translation>
    </message>
    <message>
        <source>The new permissions: all, read-only, or e.g. files:write,rooms:read.</source>
        <translation>Le nuove autorizzazioni: all, read-only o ad es. files:write,rooms:read.</translation>
    </message>
    <message>
        <source>Print the outcome as a JSON object.</source>
        <translation>Stampa l&apos;esito come oggetto JSON.</translation>
    </message>
    <message>
        <source>The key&apos;s id (UUID).</source>
        <translation>L&apos;id della chiave (UUID).</translation>
    </message>
    <message>
        <source>Give exactly one key id.</source>
        <translation>Indica esattamente un id di chiave.</translation>
    </message>
    <message>
        <source>Rotate keys: create a replacement for each (the same name plus &quot; (rotated)&quot;, the same permissions, the same whole lifetime), then revoke the old keys. If any replacement cannot be created, no old key is revoked. One line per key: old id, outcome, new id, old key&apos;s state, and the new secret (shown only this once), unless --secrets-file.
Exit status: 0 every key rotated, 1 not all (the lines say which old keys still work), 2 usage error.</source>
        <translation>Ruota le chiavi: crea una sostituta per ciascuna (lo stesso nome più &quot; (rotated)&quot;, le stesse autorizzazioni, la stessa durata complessiva), poi revoca le vecchie chiavi. Se una sostituta non può essere creata, nessuna vecchia chiave viene revocata. Una riga per chiave: vecchio id, esito, nuovo id, stato della vecchia chiave e il nuovo segreto (mostrato solo questa volta), salvo con --secrets-file.
Stato di uscita: 0 ogni chiave ruotata, 1 non tutte (le righe indicano quali vecchie chiavi funzionano ancora), 2 errore di utilizzo.</translation>
    </message>
    <message>
        <source>Do not ask before revoking the old keys (for scripts).</source>
        <translation>Non chiedere conferma prima di revocare le vecchie chiavi (per gli script).</translation>
    </message>
    <message>
        <source>Print one JSON object per key.</source>
        <translation>Stampa un oggetto JSON per ogni chiave.</translation>
    </message>
    <message>
        <source>Write the new secrets to this file (readable by you only) instead of standard output.</source>
        <translation>Scrive i nuovi segreti in questo file (leggibile solo da te) invece che nello standard output.</translation>
    </message>
    <message>
        <source>Key ids (UUIDs).</source>
        <translation>Id delle chiavi (UUID).</translation>
    </message>
    <message>
        <source>Not rotating: no terminal to confirm revoking the old keys on. Pass --yes to confirm in a script.</source>
        <translation>Nessuna rotazione: non c&apos;è un terminale su cui confermare la revoca delle vecchie chiavi. Usa --yes per confermare in uno script.</translation>
    </message>
    <message>
        <source>%1: the portal lists no such key (or not to this token); nothing was created or revoked.</source>
        <translation>%1: il portale non elenca alcuna chiave con questo id (o non per questo token); nulla è stato creato o revocato.</translation>
    </message>
    <message>
        <source>Cannot write the secrets file %1: %2. The new secrets are printed instead.</source>
        <translation>Impossibile scrivere il file dei segreti %1: %2. I nuovi segreti vengono stampati al suo posto.</translation>
    </message>
    <message>
        <source>Old keys not revoked; they and their replacements all work.</source>
        <translation>Vecchie chiavi non revocate; loro e le sostitute funzionano tutte.</translation>
    </message>
    <message>
        <source>A replacement could not be created, so no old key was revoked.</source>
        <translation>Non è stato possibile creare una sostituta, quindi nessuna vecchia chiave è stata revocata.</translation>
    </message>
    <message>
        <source>Not tried: an earlier replacement failed.</source>
        <translation>Non tentato: una sostituta precedente non è riuscita.</translation>
    </message>
    <message>
        <source>Replacement created; revoking the old key failed: %1</source>
        <translation>Sostituta creata; la revoca della vecchia chiave non è riuscita: %1</translation>
    </message>
    <message>
        <source>Replacement created, old key revoked.</source>
        <translation>Sostituta creata, vecchia chiave revocata.</translation>
    </message>
    <message>
        <source>Replacement created; the old key still works.</source>
        <translation>Sostituta creata; la vecchia chiave funziona ancora.</translation>
    </message>
    <message>
        <source>OLD ID</source>
        <translation>VECCHIO ID</translation>
    </message>
    <message>
        <source>NEW ID</source>
        <translation>NUOVO ID</translation>
    </message>
    <message>
        <source>OLD KEY</source>
        <translation>VECCHIA CHIAVE</translation>
    </message>
    <message>
        <source>NEW SECRET (shown once)</source>
        <translation>NUOVO SEGRETO (mostrato una volta)</translation>
    </message>
    <message numerus="yes">
        <source>%n old key(s) still work:</source>
        <translation>
            <numerusform>%n vecchia chiave funziona ancora:</numerusform>
            <numerusform>%n vecchie chiavi funzionano ancora:</numerusform>
        </translation>
    </message>
    <message>
        <source>REVOKE AFTER (UTC)</source>
        <translation>REVOCA DOPO (UTC)</translation>
    </message>
    <message>
        <source>NOTE</source>
        <translation>NOTA</translation>
    </message>
    <message>
        <source>Invalid --after-days: give a whole number of days from 0 to %1.</source>
        <translation>--after-days non valido: indica un numero intero di giorni da 0 a %1.</translation>
    </message>
    <message>
        <source>Deactivated; revoked on or after %1 (UTC) unless reactivated, when &apos;docspace-keys-cli retire --due&apos; or the app runs.</source>
        <translation>Disattivata; verrà revocata a partire dal %1 (UTC) salvo riattivazione, quando viene eseguito &apos;docspace-keys-cli retire --due&apos; o l&apos;app.</translation>
    </message>
    <message>
        <source>Deactivated, but the plan could not be saved: %1</source>
        <translation>Disattivata, ma non è stato possibile salvare il piano: %1</translation>
    </message>
    <message>
        <source>%1: planned without a saved profile; run &apos;retire --due --portal %1&apos; with its token.</source>
        <translation>%1: pianificata senza un profilo salvato; esegui &apos;retire --due --portal %1&apos; con il suo token.</translation>
    </message>
    <message>
        <source>%1 (profile &quot;%2&quot;): %3</source>
        <translation>%1 (profilo &quot;%2&quot;): %3</translation>
    </message>
    <message>
        <source>the profile now points elsewhere</source>
        <translation>il profilo ora punta altrove</translation>
    </message>
    <message>
        <source>skipped: %1</source>
        <translation>ignorato: %1</translation>
    </message>
    <message>
        <source>Nothing is due.</source>
        <translation>Nulla è in scadenza.</translation>
    </message>
    <message>
        <source>Retire keys in stages.
  retire ID... --after-days N   deactivate now; revoke after N days unless reactivated
  retire --due                  revoke what is due (run it daily from a timer); a key reactivated meanwhile is left alone and the plan says so
  retire --list                 show the plan
  retire --cancel ID...         take keys out of the plan (they stay deactivated)
The plan is kept beside the history (%1) and never holds a token. --due uses each planned profile&apos;s keychain token, or the connection given with --portal/--profile.
Exit status: 0 all done, 1 something failed or is left for the next run, 2 usage error.</source>
        <translation>Ritira le chiavi per fasi.
  retire ID... --after-days N   disattiva ora; revoca dopo N giorni salvo riattivazione
  retire --due                  revoca ciò che è in scadenza (eseguilo ogni giorno con un timer); una chiave riattivata nel frattempo viene lasciata com&apos;è e il piano lo indica
  retire --list                 mostra il piano
  retire --cancel ID...         toglie chiavi dal piano (restano disattivate)
Il piano è conservato accanto alla cronologia (%1) e non contiene mai un token. --due usa il token nel portachiavi di ogni profilo pianificato, oppure la connessione indicata con --portal/--profile.
Stato di uscita: 0 tutto fatto, 1 qualcosa non è riuscito o resta per la prossima esecuzione, 2 errore di utilizzo.</translation>
    </message>
    <message>
        <source>Revoke after this many days.</source>
        <translation>Revoca dopo questo numero di giorni.</translation>
    </message>
    <message>
        <source>Carry out what is due.</source>
        <translation>Esegue ciò che è in scadenza.</translation>
    </message>
    <message>
        <source>Show the plan.</source>
        <translation>Mostra il piano.</translation>
    </message>
    <message>
        <source>Take the given keys out of the plan.</source>
        <translation>Toglie dal piano le chiavi indicate.</translation>
    </message>
    <message>
        <source>JSON output.</source>
        <translation>Output JSON.</translation>
    </message>
    <message>
        <source>Give exactly one of --after-days N (with ids), --due, --list or --cancel (with ids).</source>
        <translation>Indica esattamente una tra --after-days N (con id), --due, --list o --cancel (con id).</translation>
    </message>
    <message>
        <source>--due and --list take no key ids.</source>
        <translation>--due e --list non accettano id di chiavi.</translation>
    </message>
    <message numerus="yes">
        <source>%n key(s) taken out of the plan.</source>
        <translation>
            <numerusform>%n chiave tolta dal piano.</numerusform>
            <numerusform>%n chiavi tolte dal piano.</numerusform>
        </translation>
    </message>
    <message>
        <source>The retirement plan is empty (%1).</source>
        <translation>Il piano di ritiro è vuoto (%1).</translation>
    </message>
    <message>
        <source>List the keys of every saved profile together, with the portal as a column, using each profile&apos;s keychain token. A portal that cannot be listed is reported and the others are still shown.
Exit status: 0 every portal listed, 1 at least one not, 2 usage error.</source>
        <translation>Elenca insieme le chiavi di tutti i profili salvati, con il portale come colonna, usando il token nel portachiavi di ogni profilo. Un portale che non può essere elencato viene segnalato e gli altri vengono comunque mostrati.
Stato di uscita: 0 ogni portale elencato, 1 almeno uno no, 2 errore di utilizzo.</translation>
    </message>
    <message>
        <source>Every saved profile.</source>
        <translation>Tutti i profili salvati.</translation>
    </message>
    <message>
        <source>No saved profiles: add some with &apos;docspace-keys-cli profiles add&apos;.</source>
        <translation>Nessun profilo salvato: aggiungine con &apos;docspace-keys-cli profiles add&apos;.</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; skipped: %2</source>
        <translation>Profilo &quot;%1&quot; ignorato: %2</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; (%2): %3</source>
        <translation>Profilo &quot;%1&quot; (%2): %3</translation>
    </message>
    <message>
        <source>PROFILE</source>
        <translation>PROFILO</translation>
    </message>
    <message>
        <source>Create an API key (its secret is printed once)</source>
        <translation>Crea una chiave API (il suo segreto viene stampato una volta)</translation>
    </message>
    <message>
        <source>Change a key&apos;s name or permissions</source>
        <translation>Modifica il nome o le autorizzazioni di una chiave</translation>
    </message>
    <message>
        <source>Replace keys with new ones, then revoke the old</source>
        <translation>Sostituisce chiavi con chiavi nuove, poi revoca le vecchie</translation>
    </message>
    <message>
        <source>Deactivate now, revoke after N days unless reactivated</source>
        <translation>Disattiva ora, revoca dopo N giorni salvo riattivazione</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n key(s) shown</source>
        <translation>
            <numerusform>%1 di %n chiave mostrate</numerusform>
            <numerusform>%1 di %n chiavi mostrate</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, from %n portal(s).</source>
        <translation>
            <numerusform>, da %n portale.</numerusform>
            <numerusform>, da %n portali.</numerusform>
        </translation>
    </message>
    <message>
        <source>(this token)</source>
        <translation>(questo token)</translation>
    </message>
    <message>
        <source>Type the number of keys (%1) to confirm; anything else cancels: </source>
        <translation>Digita il numero di chiavi (%1) per confermare; qualsiasi altro valore annulla: </translation>
    </message>
    <message>
        <source>The number was not typed.</source>
        <translation>Il numero non è stato digitato.</translation>
    </message>
    <message>
        <source>%1 is the key this command signs in with on %2.</source>
        <translation>%1 è la chiave con cui questo comando accede a %2.</translation>
    </message>
    <message>
        <source>Once it is revoked, this token can no longer list or change keys; revocation cannot be undone.</source>
        <translation>Una volta revocata, questo token non potrà più elencare né modificare chiavi; la revoca non può essere annullata.</translation>
    </message>
    <message>
        <source>While it is deactivated, this token cannot list, change or even reactivate keys.</source>
        <translation>Finché è disattivata, questo token non può elencare, modificare né riattivare chiavi.</translation>
    </message>
    <message>
        <source>Revoke it too (i), skip it and go on with the others (s), or cancel everything (c)? [i/s/C] </source>
        <translation>Revocare anche questa (i), ignorarla e procedere con le altre (s), o annullare tutto (c)? [i/s/C] </translation>
    </message>
    <message>
        <source>Deactivate it too (i), skip it and go on with the others (s), or cancel everything (c)? [i/s/C] </source>
        <translation>Disattivare anche questa (i), ignorarla e procedere con le altre (s), o annullare tutto (c)? [i/s/C] </translation>
    </message>
    <message>
        <source>Skipping the key of this token.</source>
        <translation>La chiave di questo token viene ignorata.</translation>
    </message>
    <message>
        <source>Only keys unused for N days.</source>
        <translation>Solo chiavi inutilizzate da N giorni.</translation>
    </message>
    <message>
        <source>Every replacement was created. Now the old keys:</source>
        <translation>Tutte le sostitute sono state create. Ora le vecchie chiavi:</translation>
    </message>
    <message>
        <source>Every creation, change, revocation, deactivation and reactivation attempted from this computer, oldest first: which key, who acted, and what the portal answered (an edit&apos;s outcome says what it changed). The history is local: it never holds tokens or secrets.</source>
        <translation>Ogni creazione, modifica, revoca, disattivazione e riattivazione tentata da questo computer, dalla meno recente: quale chiave, chi ha agito e cosa ha risposto il portale (l&apos;esito di una modifica indica cosa è stato modificato). La cronologia è locale: non contiene mai token né segreti.</translation>
    </message>
</context>
<context>
    <name>Cli::Invocation</name>
    <message>
        <source>Warning: sending the access token to %1 over unencrypted HTTP.</source>
        <translation>Attenzione: invio del token di accesso a %1 tramite HTTP non cifrato.</translation>
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
        <source>API key &quot;%1&quot;: %2; %3</source>
        <translation>Chiave API &quot;%1&quot;: %2; %3</translation>
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
        <translation>Accesso a %1…</translation>
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
        <source>Tr&amp;ust This Certificate…</source>
        <translation>Considera attendibile &amp;questo certificato…</translation>
    </message>
</context>
<context>
    <name>ConnectionTest</name>
    <message>
        <source>This API key cannot revoke keys: it lacks the *:write scope.</source>
        <translation>Questa chiave API non può revocare chiavi: non ha l&apos;ambito *:write.</translation>
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
        <translation>Il portale ha risposto, ma non con un profilo utente. Verifica che l&apos;indirizzo sia quello di un portale DocSpace.</translation>
    </message>
    <message>
        <source>You are not an administrator: you can revoke only the keys you created.</source>
        <translation>Non sei un amministratore: puoi revocare solo le chiavi che hai creato.</translation>
    </message>
    <message>
        <source>The key&apos;s own details could not be read: %1</source>
        <translation>Impossibile leggere i dettagli della chiave stessa: %1</translation>
    </message>
    <message>
        <source>The portal refused even to tell its version (HTTP 403 without a message): it is probably being moved, restored or encrypted. Try again later.</source>
        <translation>Il portale ha rifiutato perfino di indicare la sua versione (HTTP 403 senza messaggio): probabilmente è in fase di spostamento, ripristino o cifratura. Riprova più tardi.</translation>
    </message>
    <message>
        <source>The address answered, but not as a DocSpace portal: it does not say which DocSpace version it runs (HTTP %1 to /api/2.0/settings/version/build). Check that it is your portal&apos;s own address, not a login page, a proxy or another site.</source>
        <translation>L&apos;indirizzo ha risposto, ma non come un portale DocSpace: non indica quale versione di DocSpace esegue (HTTP %1 su /api/2.0/settings/version/build). Verifica che sia l&apos;indirizzo del tuo portale e non una pagina di accesso, un proxy o un altro sito.</translation>
    </message>
    <message>
        <source>This portal runs DocSpace %1, which has no API keys: they appeared in DocSpace 3.1. The portal must be updated before its keys can be managed.</source>
        <translation>Questo portale esegue DocSpace %1, che non ha chiavi API: sono state introdotte in DocSpace 3.1. Il portale deve essere aggiornato prima di poterne gestire le chiavi.</translation>
    </message>
    <message>
        <source>DocSpace %1 lets any API key list, create, change and revoke keys, whatever its scopes (a key with only files:read can delete keys; fixed in 3.7.1). Treat every key of this portal as able to manage keys, and update the portal.</source>
        <translation>DocSpace %1 consente a qualsiasi chiave API di elencare, creare, modificare e revocare chiavi, indipendentemente dai suoi ambiti (una chiave con solo files:read può eliminare chiavi; corretto nella 3.7.1). Considera ogni chiave di questo portale in grado di gestire chiavi e aggiorna il portale.</translation>
    </message>
    <message>
        <source>DocSpace %1 is older than 3.7.1: its key routes do not check that an id is a UUID (a malformed id gets a validation error, not &quot;not found&quot;), and expired keys can still be changed and reactivated.</source>
        <translation>DocSpace %1 è precedente alla 3.7.1: le sue route delle chiavi non verificano che un id sia un UUID (un id non valido produce un errore di convalida, non &quot;non trovato&quot;) e le chiavi scadute possono ancora essere modificate e riattivate.</translation>
    </message>
</context>
<context>
    <name>DocSpaceClient</name>
    <message>
        <source>No access token was given, so nothing was sent. Enter an API key or session token.</source>
        <translation>Non è stato fornito alcun token di accesso, quindi non è stato inviato nulla. Inserisci una chiave API o un token di sessione.</translation>
    </message>
    <message>
        <source>The portal&apos;s answer held no key list. Check that the address is a DocSpace portal.</source>
        <translation>La risposta del portale non conteneva un elenco di chiavi. Verifica che l&apos;indirizzo sia quello di un portale DocSpace.</translation>
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
    <message>
        <source>name</source>
        <translation>nome</translation>
    </message>
    <message>
        <source>permissions</source>
        <translation>autorizzazioni</translation>
    </message>
    <message>
        <source>Edited: %1</source>
        <comment>what was changed: name, permissions</comment>
        <translation>Modificato: %1</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Creazione</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Modifica</translation>
    </message>
</context>
<context>
    <name>HistoryRecorder</name>
    <message>
        <source>This result was not recorded in the history. %1 Check that the folder is writable and that the disk is not full.</source>
        <translation>Questo risultato non è stato registrato nella cronologia. %1 Verifica che la cartella sia scrivibile e che il disco non sia pieno.</translation>
    </message>
    <message>
        <source>Created with the permissions %1; it expires on %2 (UTC).</source>
        <translation>Creata con le autorizzazioni %1; scade il %2 (UTC).</translation>
    </message>
    <message>
        <source>Created with the permissions %1; it never expires.</source>
        <translation>Creata con le autorizzazioni %1; non scade mai.</translation>
    </message>
    <message>
        <source>Replacement for “%1” (%2), in a rotation.</source>
        <translation>Sostituta di “%1” (%2), in una rotazione.</translation>
    </message>
    <message>
        <source>Name “%1”, was “%2”.</source>
        <translation>Nome “%1”, in precedenza “%2”.</translation>
    </message>
    <message>
        <source>Name “%1”.</source>
        <translation>Nome “%1”.</translation>
    </message>
    <message>
        <source>Permissions %1.</source>
        <translation>Autorizzazioni %1.</translation>
    </message>
    <message>
        <source>Permissions %1, were %2.</source>
        <translation>Autorizzazioni %1, in precedenza %2.</translation>
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
        <translation>&amp;Esporta CSV…</translation>
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
Scegli un&apos;altra cartella oppure verifica che il disco non sia pieno.</translation>
    </message>
    <message>
        <source>Port&amp;al:</source>
        <translation>Port&amp;ale:</translation>
    </message>
    <message>
        <source>O&amp;utcome:</source>
        <translation>Es&amp;ito:</translation>
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
        <translation>Non funzionano più, ma ingombrano ancora l&apos;elenco e nascondono i problemi reali; revocale.</translation>
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
        <translation>Report sull&apos;igiene delle chiavi API</translation>
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
    <message>
        <source>Permissions</source>
        <translation>Autorizzazioni</translation>
    </message>
    <message>
        <source>all</source>
        <translation>tutti</translation>
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
        <translation>E&amp;sporta CSV…</translation>
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
        <source>Choose a portal profile to see its report.</source>
        <translation>Scegli un profilo di portale per visualizzarne il report.</translation>
    </message>
    <message>
        <source>Loading the key list from %1…</source>
        <translation>Caricamento dell&apos;elenco delle chiavi da %1…</translation>
    </message>
    <message>
        <source>The report could not be made: the key list did not load. %1</source>
        <translation>Impossibile creare il report: l&apos;elenco delle chiavi non è stato caricato. %1</translation>
    </message>
    <message>
        <source>Which keys of %1 are a risk before they leak. The report appears once the key list has loaded.</source>
        <translation>Quali chiavi di %1 rappresentano un rischio prima ancora di trapelare. Il report viene visualizzato non appena l&apos;elenco delle chiavi è stato caricato.</translation>
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
        <source>Revoking the keys under “%1”…</source>
        <translation>Revoca delle chiavi elencate in “%1”…</translation>
    </message>
    <message>
        <source>Deactivating the keys under “%1”…</source>
        <translation>Disattivazione delle chiavi elencate in “%1”…</translation>
    </message>
    <message>
        <source>API key hygiene report</source>
        <translation>Report sull&apos;igiene delle chiavi API</translation>
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
Scegli un&apos;altra cartella oppure verifica che il disco non sia pieno.</translation>
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
        <translation>Scegli un&apos;altra cartella oppure verifica che il disco non sia pieno.</translation>
    </message>
    <message>
        <source>These are the keys under “%1”.</source>
        <translation>Queste sono le chiavi elencate in “%1”.</translation>
    </message>
    <message>
        <source>&amp;Unused for:</source>
        <translation>&amp;Inutilizzate da:</translation>
    </message>
    <message>
        <source>Export H&amp;TML…</source>
        <translation>&amp;Esporta HTML…</translation>
    </message>
    <message>
        <source>Export P&amp;DF…</source>
        <translation>Esporta P&amp;DF…</translation>
    </message>
</context>
<context>
    <name>KeyBatch</name>
    <message>
        <source>Not sent: the batch was cancelled.</source>
        <translation>Non inviata: l&apos;operazione batch è stata annullata.</translation>
    </message>
    <message>
        <source>Reading the key list to check failed too: %1</source>
        <translation>Anche la lettura dell&apos;elenco delle chiavi per la verifica non è riuscita: %1</translation>
    </message>
    <message>
        <source>The connection failed after the request was sent (%1); the key list read afterwards shows</source>
        <translation>La connessione si è interrotta dopo l&apos;invio della richiesta (%1); l&apos;elenco delle chiavi letto in seguito mostra</translation>
    </message>
    <message>
        <source>Revoked (checked). %1 that the key is gone.</source>
        <translation>Revocata (verificato). %1 che la chiave non c&apos;è più.</translation>
    </message>
    <message>
        <source>Deactivated (checked). %1 the key inactive.</source>
        <translation>Disattivata (verificato). %1 la chiave inattiva.</translation>
    </message>
    <message>
        <source>Reactivated (checked). %1 the key active.</source>
        <translation>Riattivata (verificato). %1 la chiave attiva.</translation>
    </message>
    <message>
        <source>Not found (checked). %1 no key with this id.</source>
        <translation>Non trovata (verificato). %1 che non esiste alcuna chiave con questo id.</translation>
    </message>
    <message>
        <source>Not revoked (checked). %1 the key still there, after two tries. Check the network to the portal, then try again.</source>
        <translation>Non revocata (verificato). %1 la chiave ancora presente, dopo due tentativi. Controlla la rete verso il portale, poi riprova.</translation>
    </message>
    <message>
        <source>Not changed (checked). %1 the key unchanged, after two tries. Check the network to the portal, then try again.</source>
        <translation>Non modificata (verificato). %1 la chiave invariata, dopo due tentativi. Controlla la rete verso il portale, poi riprova.</translation>
    </message>
</context>
<context>
    <name>KeyChangeConfirmation</name>
    <message>
        <source>On %1.</source>
        <translation>Su %1.</translation>
    </message>
    <message>
        <source>On %1, with the token of profile “%2”.</source>
        <translation>Su %1, con il token del profilo “%2”.</translation>
    </message>
    <message>
        <source>%1 (not in the list shown)</source>
        <translation>%1 (non nell&apos;elenco visualizzato)</translation>
    </message>
    <message>
        <source>(this token)</source>
        <translation>(questo token)</translation>
    </message>
    <message>
        <source>owner %1</source>
        <translation>proprietario %1</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>“%1”</translation>
    </message>
    <message>
        <source>“%1” (…%2)</source>
        <translation>“%1” (…%2)</translation>
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
        <source>Nothing was reactivated.</source>
        <translation>Nulla è stato riattivato.</translation>
    </message>
    <message>
        <source>Revoke API Keys</source>
        <translation>Revoca chiavi API</translation>
    </message>
    <message>
        <source>Revoked keys stop working at once; this cannot be undone. Any script or integration using them will fail. Deactivate them instead to be able to bring them back.</source>
        <translation>Le chiavi revocate smettono subito di funzionare; l&apos;operazione non può essere annullata. Qualsiasi script o integrazione che le usa non funzionerà più. Se vuoi poterle ripristinare, disattivale invece di revocarle.</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Revoke %n Key(s)</source>
        <translation>
            <numerusform>&amp;Revoca %n chiave</numerusform>
            <numerusform>&amp;Revoca %n chiavi</numerusform>
        </translation>
    </message>
    <message>
        <source>Deactivate API Keys</source>
        <translation>Disattiva chiavi API</translation>
    </message>
    <message>
        <source>Anything using these keys stops working until they are reactivated.</source>
        <translation>Tutto ciò che usa queste chiavi smetterà di funzionare finché non verranno riattivate.</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Deactivate %n Key(s)</source>
        <translation>
            <numerusform>&amp;Disattiva %n chiave</numerusform>
            <numerusform>&amp;Disattiva %n chiavi</numerusform>
        </translation>
    </message>
    <message>
        <source>Reactivate API Keys</source>
        <translation>Riattiva chiavi API</translation>
    </message>
    <message>
        <source>These keys work again at once: whoever holds their secret can use the portal with them again.</source>
        <translation>Queste chiavi tornano subito a funzionare: chiunque ne possieda il segreto può di nuovo usare il portale con esse.</translation>
    </message>
    <message numerus="yes">
        <source>Re&amp;activate %n Key(s)</source>
        <translation>
            <numerusform>Ri&amp;attiva %n chiave</numerusform>
            <numerusform>Ri&amp;attiva %n chiavi</numerusform>
        </translation>
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
        <source>%1 is the token DocSpace Keys is signed in with on %2.</source>
        <translation>%1 è il token con cui DocSpace Keys ha effettuato l&apos;accesso a %2.</translation>
    </message>
    <message>
        <source>After it is revoked, DocSpace Keys loses access to the portal: it can no longer list or revoke keys until you enter another token. Revocation cannot be undone.</source>
        <translation>Dopo la revoca, DocSpace Keys perde l&apos;accesso al portale: non potrà più elencare né revocare chiavi finché non inserisci un altro token. La revoca non può essere annullata.</translation>
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
        <source>&amp;Skip My Key</source>
        <translation>&amp;Salta la mia chiave</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <comment>the first names of a list, then how many others</comment>
        <translation>
            <numerusform>%1 e %n altro</numerusform>
            <numerusform>%1 e altri %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Revoke %n API key(s): %1?</source>
        <translation>
            <numerusform>Revocare %n chiave API: %1?</numerusform>
            <numerusform>Revocare %n chiavi API: %1?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deactivate %n API key(s): %1?</source>
        <translation>
            <numerusform>Disattivare %n chiave API: %1?</numerusform>
            <numerusform>Disattivare %n chiavi API: %1?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reactivate %n API key(s): %1?</source>
        <translation>
            <numerusform>Riattivare %n chiave API: %1?</numerusform>
            <numerusform>Riattivare %n chiavi API: %1?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>KeyCreateRequest</name>
    <message>
        <source>New secret key</source>
        <translation>Nuova chiave segreta</translation>
    </message>
    <message>
        <source>Give the key a name.</source>
        <translation>Assegna un nome alla chiave.</translation>
    </message>
    <message numerus="yes">
        <source>The name has %1 characters; the portal allows at most %n.</source>
        <translation>
            <numerusform>Il nome ha %1 caratteri; il portale ne consente al massimo %n.</numerusform>
            <numerusform>Il nome ha %1 caratteri; il portale ne consente al massimo %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The lifetime must be from 1 to %n day(s), or none.</source>
        <translation>
            <numerusform>La durata deve essere da 1 a %n giorno, o nessuna.</numerusform>
            <numerusform>La durata deve essere da 1 a %n giorni, o nessuna.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose at least one permission: a key restricted to nothing would get every permission.</source>
        <translation>Scegli almeno un&apos;autorizzazione: una chiave limitata a nulla otterrebbe ogni autorizzazione.</translation>
    </message>
</context>
<context>
    <name>KeyEditRequest</name>
    <message>
        <source>Nothing to change: give a new name, new permissions, or both.</source>
        <translation>Nulla da modificare: indica un nuovo nome, nuove autorizzazioni o entrambi.</translation>
    </message>
    <message>
        <source>The name cannot be only spaces.</source>
        <translation>Il nome non può contenere solo spazi.</translation>
    </message>
    <message numerus="yes">
        <source>The name has %1 characters; the portal allows at most %n.</source>
        <translation>
            <numerusform>Il nome ha %1 caratteri; il portale ne consente al massimo %n.</numerusform>
            <numerusform>Il nome ha %1 caratteri; il portale ne consente al massimo %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose at least one permission: an empty list would leave the key unchanged.</source>
        <translation>Scegli almeno un&apos;autorizzazione: un elenco vuoto lascerebbe la chiave invariata.</translation>
    </message>
</context>
<context>
    <name>KeyFormDialog</name>
    <message>
        <source>Create API Key</source>
        <translation>Crea chiave API</translation>
    </message>
    <message>
        <source>Edit API Key</source>
        <translation>Modifica chiave API</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nome:</translation>
    </message>
    <message>
        <source>Permissions:</source>
        <translation>Autorizzazioni:</translation>
    </message>
    <message>
        <source>The key may do everything its owner may: read and change files, rooms, profile and accounts.</source>
        <translation>La chiave può fare tutto ciò che può fare il suo proprietario: leggere e modificare file, stanze, profilo e account.</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>Lettura</translation>
    </message>
    <message>
        <source>Write</source>
        <translation>Scrittura</translation>
    </message>
    <message>
        <source>%1: read</source>
        <translation>%1: lettura</translation>
    </message>
    <message>
        <source>%1: write</source>
        <translation>%1: scrittura</translation>
    </message>
    <message>
        <source>The key may read everything its owner may, and change nothing (scope *:read).</source>
        <translation>La chiave può leggere tutto ciò che può leggere il suo proprietario e non modificare nulla (ambito *:read).</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Tutte</translation>
    </message>
    <message>
        <source>Restricted</source>
        <translation>Limitate</translation>
    </message>
    <message>
        <source>Read only</source>
        <translation>Sola lettura</translation>
    </message>
    <message>
        <source>&amp;Expires after</source>
        <translation>&amp;Scade dopo</translation>
    </message>
    <message>
        <source> days</source>
        <translation> giorni</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Crea</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Salva</translation>
    </message>
    <message>
        <source>Give the key a name.</source>
        <translation>Assegna un nome alla chiave.</translation>
    </message>
    <message>
        <source>Nothing changed yet.</source>
        <translation>Ancora nessuna modifica.</translation>
    </message>
</context>
<context>
    <name>KeyId</name>
    <message>
        <source>Enter the id of the key to revoke (a UUID such as 3f2b6c1e-8a4d-4e9b-9c71-2d5e8f0a1b23).</source>
        <translation>Inserisci l&apos;id della chiave da revocare (un UUID come 3f2b6c1e-8a4d-4e9b-9c71-2d5e8f0a1b23).</translation>
    </message>
    <message>
        <source>This looks like a key&apos;s secret, not its id. Enter the key&apos;s UUID.</source>
        <translation>Sembra il segreto di una chiave, non il suo id. Inserisci l&apos;UUID della chiave.</translation>
    </message>
    <message>
        <source>A key id is a UUID of 32 hexadecimal digits in groups 8-4-4-4-12, for example 3f2b6c1e-8a4d-4e9b-9c71-2d5e8f0a1b23.</source>
        <translation>L&apos;id di una chiave è un UUID di 32 cifre esadecimali in gruppi 8-4-4-4-12, ad esempio 3f2b6c1e-8a4d-4e9b-9c71-2d5e8f0a1b23.</translation>
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
Il token con cui questa finestra ha eseguito l&apos;accesso: revocarlo o disattivarlo esclude DocSpace Keys dal portale.</translation>
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
    <message numerus="yes">
        <source>in %n day(s)</source>
        <translation>
            <numerusform>tra %n giorno</numerusform>
            <numerusform>tra %n giorni</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n hour(s)</source>
        <translation>
            <numerusform>tra %n ora</numerusform>
            <numerusform>tra %n ore</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n minute(s)</source>
        <translation>
            <numerusform>tra %n minuto</numerusform>
            <numerusform>tra %n minuti</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>expired %n day(s) ago</source>
        <translation>
            <numerusform>scaduta da %n giorno</numerusform>
            <numerusform>scaduta da %n giorni</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>expired %n hour(s) ago</source>
        <translation>
            <numerusform>scaduta da %n ora</numerusform>
            <numerusform>scaduta da %n ore</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>expired %n minute(s) ago</source>
        <translation>
            <numerusform>scaduta da %n minuto</numerusform>
            <numerusform>scaduta da %n minuti</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>KeyPermissions</name>
    <message>
        <source>Files</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Rooms</source>
        <translation>Stanze</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profilo</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Account</translation>
    </message>
    <message numerus="yes">
        <source>This portal does not offer the permission(s) %1 (it offers: %2).</source>
        <translation>
            <numerusform>Questo portale non offre l&apos;autorizzazione %1 (offre: %2).</numerusform>
            <numerusform>Questo portale non offre le autorizzazioni %1 (offre: %2).</numerusform>
        </translation>
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
        <source>Restricted</source>
        <translation>Limitate</translation>
    </message>
    <message>
        <source>All: every resource, read and write.</source>
        <translation>Tutte: ogni risorsa, lettura e scrittura.</translation>
    </message>
    <message>
        <source>Read only: every resource, read (scope *:read).</source>
        <translation>Sola lettura: ogni risorsa, lettura (ambito *:read).</translation>
    </message>
    <message>
        <source>%1: read</source>
        <translation>%1: lettura</translation>
    </message>
    <message>
        <source>%1: read and write</source>
        <translation>%1: lettura e scrittura</translation>
    </message>
    <message>
        <source>every resource: read</source>
        <translation>ogni risorsa: lettura</translation>
    </message>
    <message>
        <source>every resource: write</source>
        <translation>ogni risorsa: scrittura</translation>
    </message>
    <message>
        <source>Restricted: nothing chosen.</source>
        <translation>Limitate: nulla di scelto.</translation>
    </message>
    <message>
        <source>Restricted: %1 (scopes %2).</source>
        <translation>Limitate: %1 (ambiti %2).</translation>
    </message>
    <message>
        <source>Invalid permission &quot;%1&quot;: give all, read-only, or a comma-separated list of files, rooms, profile or accounts, each with :read or :write (e.g. files:write,rooms:read).</source>
        <translation>Autorizzazione &quot;%1&quot; non valida: indica all, read-only o un elenco separato da virgole di files, rooms, profile o accounts, ciascuno con :read o :write (ad es. files:write,rooms:read).</translation>
    </message>
    <message>
        <source>No permission given: a key restricted to nothing would get every permission. Give all, read-only, or e.g. files:read.</source>
        <translation>Nessuna autorizzazione indicata: una chiave limitata a nulla otterrebbe ogni autorizzazione. Indica all, read-only o ad es. files:read.</translation>
    </message>
</context>
<context>
    <name>KeyUsage</name>
    <message>
        <source>Not used in the last N days, counted from the last use, or from the creation for a key never used: a key created less than N days ago is not unused yet.</source>
        <translation>Non usata negli ultimi N giorni, a partire dall&apos;ultimo uso o, per una chiave mai usata, dalla creazione: una chiave creata meno di N giorni fa non è ancora inutilizzata.</translation>
    </message>
    <message numerus="yes">
        <source>Not used in the last %n day(s)</source>
        <translation>
            <numerusform>Non usata nell&apos;ultimo %n giorno</numerusform>
            <numerusform>Non usata negli ultimi %n giorni</numerusform>
        </translation>
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
        <translation>Solo chiavi create dall&apos;utente con cui accede il token</translation>
    </message>
    <message>
        <source>Read the portal&apos;s keys again (F5); nothing is changed</source>
        <translation>Rilegge le chiavi del portale (F5); non viene modificato nulla</translation>
    </message>
    <message>
        <source>API keys</source>
        <translation>Chiavi API</translation>
    </message>
    <message>
        <source>Re&amp;voke Selected…</source>
        <translation>Revoca sele&amp;zionate…</translation>
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
        <source>Paste a list of key ids (or a CSV export) and revoke them</source>
        <translation>Incolla un elenco di id di chiavi (o un&apos;esportazione CSV) e revocale</translation>
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
        <translation>Inserisci prima l&apos;indirizzo del portale e un token di accesso.</translation>
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
        <source>Press Refresh (F5) to list the portal&apos;s keys.</source>
        <translation>Premi Aggiorna (F5) per elencare le chiavi del portale.</translation>
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
        <source>Cancelling: requests already sent finish, nothing more is sent.</source>
        <translation>Annullamento in corso: le richieste già inviate terminano, non viene inviato altro.</translation>
    </message>
    <message>
        <source>%1 (%2 s)</source>
        <translation>%1 (%2 s)</translation>
    </message>
    <message>
        <source>The keys could not be read: %1. %2</source>
        <translation>Impossibile leggere le chiavi: %1. %2</translation>
    </message>
    <message>
        <source>Keys of %1:</source>
        <translation>Chiavi di %1:</translation>
    </message>
    <message>
        <source>Keys of %1 (profile “%2”):</source>
        <translation>Chiavi di %1 (profilo “%2”):</translation>
    </message>
    <message>
        <source>The list shown was read from another portal or with another token. Press Refresh to read the keys of this one.</source>
        <translation>L&apos;elenco mostrato è stato letto da un altro portale o con un altro token. Premi Aggiorna per leggere le chiavi di questo.</translation>
    </message>
    <message numerus="yes">
        <source>%n key(s)</source>
        <translation>
            <numerusform>%n chiave</numerusform>
            <numerusform>%n chiavi</numerusform>
        </translation>
    </message>
    <message>
        <source>Deact&amp;ivate</source>
        <translation>&amp;Disattiva</translation>
    </message>
    <message>
        <source>Revoke &amp;by Paste…</source>
        <translation>Revoca da elenco &amp;incollato…</translation>
    </message>
    <message numerus="yes">
        <source>Copied %n key id(s): %1.</source>
        <translation>
            <numerusform>%n id di chiave copiato: %1.</numerusform>
            <numerusform>%n id di chiave copiati: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aggiorna</translation>
    </message>
    <message>
        <source>Re&amp;activate</source>
        <translation>Ria&amp;bilita</translation>
    </message>
</context>
<context>
    <name>LeakedSecretDialog</name>
    <message>
        <source>&amp;Find Keys</source>
        <translation>&amp;Trova chiavi</translation>
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
        <source>Paste a leaked secret (sk-…), or any text that holds some: a log, a diff, a chat export. Only the secrets are taken out of it; they stay in this window&apos;s memory until it closes. Each is looked up on the portal, and revoked with your own token once you have chosen it.</source>
        <translation>Incolla un segreto trapelato (sk-…) o qualsiasi testo che ne contenga: un log, un diff, un&apos;esportazione di chat. Vengono estratti solo i segreti, che restano nella memoria di questa finestra fino alla sua chiusura. Ognuno viene cercato sul portale e, una volta scelto, revocato con il tuo token.</translation>
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
        <source>They are revoked with your own token, not with the leaked secret.</source>
        <translation>Vengono revocate con il tuo token, non con il segreto trapelato.</translation>
    </message>
    <message>
        <source>They are revoked with the token of profile “%1”, not with the leaked secret.</source>
        <translation>Vengono revocate con il token del profilo “%1”, non con il segreto trapelato.</translation>
    </message>
    <message>
        <source>Revoked: %1.</source>
        <translation>Revocate: %1.</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Revoke %n Key(s)…</source>
        <translation>
            <numerusform>&amp;Revoca %n chiave…</numerusform>
            <numerusform>&amp;Revoca %n chiavi…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LifecycleActions</name>
    <message>
        <source>&amp;Keys</source>
        <translation>&amp;Chiavi</translation>
    </message>
    <message>
        <source>&amp;Create Key…</source>
        <translation>&amp;Crea chiave…</translation>
    </message>
    <message>
        <source>&amp;Edit Selected Key…</source>
        <translation>&amp;Modifica la chiave selezionata…</translation>
    </message>
    <message>
        <source>&amp;Rotate Selected Keys…</source>
        <translation>&amp;Ruota le chiavi selezionate…</translation>
    </message>
    <message>
        <source>Retire Selected Keys in &amp;Stages…</source>
        <translation>Ritira le chiavi selezionate per &amp;fasi…</translation>
    </message>
    <message>
        <source>Retirement &amp;Plan</source>
        <translation>&amp;Piano di ritiro</translation>
    </message>
    <message>
        <source>Keys of &amp;All Portals</source>
        <translation>Chiavi di &amp;tutti i portali</translation>
    </message>
    <message>
        <source>Create API Key</source>
        <translation>Crea chiave API</translation>
    </message>
    <message>
        <source>Choose a profile or enter the portal address and token first.</source>
        <translation>Scegli prima un profilo o inserisci l&apos;indirizzo del portale e il token.</translation>
    </message>
    <message>
        <source>Creating “%1”…</source>
        <translation>Creazione di “%1”…</translation>
    </message>
    <message>
        <source>Key Not Created</source>
        <translation>Chiave non creata</translation>
    </message>
    <message>
        <source>The portal said: %1</source>
        <translation>Risposta del portale: %1</translation>
    </message>
    <message>
        <source>Created “%1” (…%2).</source>
        <translation>Creata “%1” (…%2).</translation>
    </message>
    <message>
        <source>Edit API Key</source>
        <translation>Modifica chiave API</translation>
    </message>
    <message>
        <source>Select one key in the list to edit it.</source>
        <translation>Seleziona una chiave nell&apos;elenco per modificarla.</translation>
    </message>
    <message>
        <source>Restrict Your Own Key?</source>
        <translation>Limitare la tua chiave?</translation>
    </message>
    <message>
        <source>Without *:write it can no longer change or revoke keys, and this window loses that too.</source>
        <translation>Senza *:write non potrà più modificare o revocare chiavi, e questa finestra perderà anche questa possibilità.</translation>
    </message>
    <message>
        <source>Restrict It &amp;Anyway</source>
        <translation>Limita &amp;comunque</translation>
    </message>
    <message>
        <source>“%1”: %2</source>
        <translation>“%1”: %2</translation>
    </message>
    <message>
        <source>Key Not Changed</source>
        <translation>Chiave non modificata</translation>
    </message>
    <message>
        <source>Rotate Keys</source>
        <translation>Ruota chiavi</translation>
    </message>
    <message>
        <source>Select the keys to rotate in the list.</source>
        <translation>Seleziona nell&apos;elenco le chiavi da ruotare.</translation>
    </message>
    <message numerus="yes">
        <source>Create a replacement for %n key(s)?</source>
        <translation>
            <numerusform>Creare una sostituta per %n chiave?</numerusform>
            <numerusform>Creare le sostitute per %n chiavi?</numerusform>
        </translation>
    </message>
    <message>
        <source>%1

Each replacement gets the same name with “ (rotated)”, the same permissions and the same lifetime. The old keys keep working until you confirm their revocation after the new secrets are shown.</source>
        <translation>%1

Ogni sostituta riceve lo stesso nome con “ (rotated)”, le stesse autorizzazioni e la stessa durata. Le vecchie chiavi continuano a funzionare finché non ne confermi la revoca, dopo che i nuovi segreti sono stati mostrati.</translation>
    </message>
    <message>
        <source>&amp;Create Replacements</source>
        <translation>&amp;Crea sostitute</translation>
    </message>
    <message numerus="yes">
        <source>Creating %n replacement(s)…</source>
        <translation>
            <numerusform>Creazione di %n sostituta…</numerusform>
            <numerusform>Creazione di %n sostitute…</numerusform>
        </translation>
    </message>
    <message>
        <source>Rotation Stopped</source>
        <translation>Rotazione interrotta</translation>
    </message>
    <message>
        <source>A replacement could not be created, so no old key was revoked.</source>
        <translation>Non è stato possibile creare una sostituta, quindi nessuna vecchia chiave è stata revocata.</translation>
    </message>
    <message numerus="yes">
        <source>%n replacement(s) created; the old keys still work until you confirm their revocation.</source>
        <translation>
            <numerusform>%n sostituta creata; la vecchia chiave funziona ancora finché non ne confermi la revoca.</numerusform>
            <numerusform>%n sostitute create; le vecchie chiavi funzionano ancora finché non ne confermi la revoca.</numerusform>
        </translation>
    </message>
    <message>
        <source>Rotation stopped: a replacement could not be created.</source>
        <translation>Rotazione interrotta: non è stato possibile creare una sostituta.</translation>
    </message>
    <message>
        <source>Old keys not revoked: they and their replacements all work.</source>
        <translation>Vecchie chiavi non revocate: loro e le sostitute funzionano tutte.</translation>
    </message>
    <message numerus="yes">
        <source>Rotated %n key(s): the old ones are revoked.</source>
        <translation>
            <numerusform>%n chiave ruotata: la vecchia è revocata.</numerusform>
            <numerusform>%n chiavi ruotate: le vecchie sono revocate.</numerusform>
        </translation>
    </message>
    <message>
        <source>Old Keys Still Work</source>
        <translation>Le vecchie chiavi funzionano ancora</translation>
    </message>
    <message numerus="yes">
        <source>%n old key(s) could not be revoked and still work:</source>
        <translation>
            <numerusform>Non è stato possibile revocare %n vecchia chiave, che funziona ancora:</numerusform>
            <numerusform>Non è stato possibile revocare %n vecchie chiavi, che funzionano ancora:</numerusform>
        </translation>
    </message>
    <message>
        <source>Retire Keys</source>
        <translation>Ritira chiavi</translation>
    </message>
    <message>
        <source>Select the keys to retire in the list.</source>
        <translation>Seleziona nell&apos;elenco le chiavi da ritirare.</translation>
    </message>
    <message>
        <source>Retire Keys in Stages</source>
        <translation>Ritira chiavi per fasi</translation>
    </message>
    <message numerus="yes">
        <source>%n key(s) are deactivated now and revoked after this many days, unless someone reactivates them meanwhile:</source>
        <translation>
            <numerusform>%n chiave viene disattivata ora e revocata dopo questo numero di giorni, a meno che qualcuno non la riattivi nel frattempo:</numerusform>
            <numerusform>%n chiavi vengono disattivate ora e revocate dopo questo numero di giorni, a meno che qualcuno non le riattivi nel frattempo:</numerusform>
        </translation>
    </message>
    <message>
        <source>Plan Not Saved</source>
        <translation>Piano non salvato</translation>
    </message>
    <message>
        <source>The keys were deactivated, but the plan could not be saved.</source>
        <translation>Le chiavi sono state disattivate, ma non è stato possibile salvare il piano.</translation>
    </message>
    <message>
        <source>Some Keys Not Retired</source>
        <translation>Alcune chiavi non ritirate</translation>
    </message>
    <message numerus="yes">
        <source>%n key(s) could not be deactivated and are not in the plan; the status panel and History say why.</source>
        <translation>
            <numerusform>Non è stato possibile disattivare %n chiave, che non è nel piano; il pannello di stato e la Cronologia ne indicano il motivo.</numerusform>
            <numerusform>Non è stato possibile disattivare %n chiavi, che non sono nel piano; il pannello di stato e la Cronologia ne indicano il motivo.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n key(s) deactivated; see Keys ▸ Retirement Plan.</source>
        <translation>
            <numerusform>%n chiave disattivata; vedi Chiavi ▸ Piano di ritiro.</numerusform>
            <numerusform>%n chiavi disattivate; vedi Chiavi ▸ Piano di ritiro.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Retirement plan: %n due key(s) handled.</source>
        <translation>
            <numerusform>Piano di ritiro: gestita %n chiave in scadenza.</numerusform>
            <numerusform>Piano di ritiro: gestite %n chiavi in scadenza.</numerusform>
        </translation>
    </message>
    <message>
        <source>Every replacement was created; these are the old keys. Until they are revoked, the old keys and their replacements all work.</source>
        <translation>Tutte le sostitute sono state create; queste sono le vecchie chiavi. Finché non vengono revocate, le vecchie chiavi e le loro sostitute funzionano tutte.</translation>
    </message>
    <message>
        <source>Kept as you chose, beside its replacement: %1. Switch the profile to the replacement before revoking it.</source>
        <translation>Mantenuta come hai scelto, accanto alla sua sostituta: %1. Passa il profilo alla sostituta prima di revocarla.</translation>
    </message>
    <message numerus="yes">
        <source>%n revoked</source>
        <translation>
            <numerusform>%n revocata</numerusform>
            <numerusform>%n revocate</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n left alone (active again)</source>
        <translation>
            <numerusform>%n lasciata com&apos;è (di nuovo attiva)</numerusform>
            <numerusform>%n lasciate come sono (di nuovo attive)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already gone</source>
        <translation>
            <numerusform>%n già rimossa</numerusform>
            <numerusform>%n già rimosse</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n still pending (not revoked; tried again next time)</source>
        <translation>
            <numerusform>%n ancora in sospeso (non revocata; nuovo tentativo la prossima volta)</numerusform>
            <numerusform>%n ancora in sospeso (non revocate; nuovo tentativo la prossima volta)</numerusform>
        </translation>
    </message>
    <message>
        <source>nothing was due</source>
        <translation>nulla era in scadenza</translation>
    </message>
    <message>
        <source>%1 (profile “%2”)</source>
        <translation>%1 (profilo “%2”)</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n key(s)</source>
        <translation>
            <numerusform>%1: %n chiave</numerusform>
            <numerusform>%1: %n chiavi</numerusform>
        </translation>
    </message>
    <message>
        <source>Retirement Plan: Other Portals</source>
        <translation>Piano di ritiro: altri portali</translation>
    </message>
    <message numerus="yes">
        <source>%n planned revocation(s) are due on portals other than this one.</source>
        <translation>
            <numerusform>%n revoca pianificata è in scadenza su portali diversi da questo.</numerusform>
            <numerusform>%n revoche pianificate sono in scadenza su portali diversi da questo.</numerusform>
        </translation>
    </message>
    <message>
        <source>Each is revoked with its saved profile&apos;s token, unless it was reactivated meanwhile (then it is left alone). This cannot be undone.</source>
        <translation>Ognuna viene revocata con il token del relativo profilo salvato, a meno che nel frattempo non sia stata riattivata (in tal caso viene lasciata com&apos;è). L&apos;operazione non può essere annullata.</translation>
    </message>
    <message>
        <source>&amp;Carry Out on All Portals</source>
        <translation>&amp;Esegui su tutti i portali</translation>
    </message>
    <message>
        <source>Retirement plan: the other portals&apos; due keys wait for the next time.</source>
        <translation>Piano di ritiro: le chiavi in scadenza degli altri portali attendono la prossima volta.</translation>
    </message>
    <message>
        <source>Retirement Plan Carried Out</source>
        <translation>Piano di ritiro eseguito</translation>
    </message>
    <message>
        <source>What was due on the other portals:</source>
        <translation>Cosa era in scadenza sugli altri portali:</translation>
    </message>
    <message>
        <source>%1: not carried out: no saved profile for this portal; open it in the window or run “docspace-keys-cli retire --due --portal %2”.</source>
        <translation>%1: non eseguito: nessun profilo salvato per questo portale; aprilo nella finestra o esegui “docspace-keys-cli retire --due --portal %2”.</translation>
    </message>
    <message>
        <source>%1: not carried out: no saved token (%2).</source>
        <translation>%1: non eseguito: nessun token salvato (%2).</translation>
    </message>
    <message>
        <source>%1: not carried out: %2</source>
        <translation>%1: non eseguito: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>They are revoked after %n day(s) unless someone reactivates them meanwhile (Keys ▸ Retirement Plan).</source>
        <translation>
            <numerusform>Vengono revocate dopo %n giorno, a meno che qualcuno non le riattivi nel frattempo (Chiavi ▸ Piano di ritiro).</numerusform>
            <numerusform>Vengono revocate dopo %n giorni, a meno che qualcuno non le riattivi nel frattempo (Chiavi ▸ Piano di ritiro).</numerusform>
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
        <source>Revoke API keys of an ONLYOFFICE DocSpace portal: by id, or pick them from the portal&apos;s list. A revoked key stops working at once; this cannot be undone.</source>
        <translation>Revoca le chiavi API di un portale ONLYOFFICE DocSpace: in base all&apos;id o scegliendole dall&apos;elenco del portale. Una chiave revocata smette subito di funzionare; l&apos;operazione non può essere annullata.</translation>
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
        <translation>N&amp;uovo…</translation>
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
        <translation>A&amp;ltro</translation>
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
        <translation>Salva &amp;nel profilo</translation>
    </message>
    <message>
        <source>Save the portal address, scheme and token into this profile (Ctrl+S)</source>
        <translation>Salva l&apos;indirizzo del portale, lo schema e il token in questo profilo (Ctrl+S)</translation>
    </message>
    <message>
        <source>Go back to the profile&apos;s saved address, scheme and token</source>
        <translation>Torna all&apos;indirizzo, allo schema e al token salvati nel profilo</translation>
    </message>
    <message>
        <source>https://portal.example.com</source>
        <translation>https://portal.example.com</translation>
    </message>
    <message>
        <source>The address of your DocSpace portal, as you open it in a browser</source>
        <translation>L&apos;indirizzo del tuo portale DocSpace, come lo apri nel browser</translation>
    </message>
    <message>
        <source>Portal address</source>
        <translation>Indirizzo del portale</translation>
    </message>
    <message>
        <source>The address of the DocSpace portal, for example https://portal.example.com</source>
        <translation>L&apos;indirizzo del portale DocSpace, ad esempio https://portal.example.com</translation>
    </message>
    <message>
        <source>Portal address problem</source>
        <translation>Problema con l&apos;indirizzo del portale</translation>
    </message>
    <message>
        <source>Allow unencrypted HTTP</source>
        <translation>Consenti HTTP non cifrato</translation>
    </message>
    <message>
        <source>The portal address uses plain HTTP to another machine. Anyone on the network path can read the access token. Tick only if you accept that risk.</source>
        <translation>L&apos;indirizzo del portale usa HTTP semplice verso un altro computer. Chiunque lungo il percorso di rete può leggere il token di accesso. Seleziona questa opzione solo se accetti il rischio.</translation>
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
        <source>e.g. 3f2504e0-4f89-11d3-9a0c-0305e82c3301</source>
        <translation>ad es. 3f2504e0-4f89-11d3-9a0c-0305e82c3301</translation>
    </message>
    <message>
        <source>The id (a UUID) of the API key to revoke, as listed under Developer Tools ▸ API keys</source>
        <translation>L&apos;id (un UUID) della chiave API da revocare, come indicato in Strumenti per sviluppatori ▸ Chiavi API</translation>
    </message>
    <message>
        <source>Key id</source>
        <translation>Id chiave</translation>
    </message>
    <message>
        <source>The id of the API key to revoke, a UUID</source>
        <translation>L&apos;id della chiave API da revocare, un UUID</translation>
    </message>
    <message>
        <source>Key id problem</source>
        <translation>Problema con l&apos;id della chiave</translation>
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
        <source>Portal keys</source>
        <translation>Chiavi del portale</translation>
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
        <source>Sent as it is, like the token from signing in to the portal</source>
        <translation>Inviato così com&apos;è, come il token ottenuto accedendo al portale</translation>
    </message>
    <message>
        <source>Cannot Connect</source>
        <translation>Impossibile connettersi</translation>
    </message>
    <message>
        <source>The profile&apos;s connection settings cannot be used.</source>
        <translation>Impossibile usare le impostazioni di connessione del profilo.</translation>
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
        <translation>Inserisci l&apos;indirizzo del portale qui sopra per elencarne le chiavi.</translation>
    </message>
    <message>
        <source>Enter an access token above to list the portal&apos;s keys.</source>
        <translation>Inserisci un token di accesso qui sopra per elencare le chiavi del portale.</translation>
    </message>
    <message>
        <source>Allow unencrypted HTTP above, or use an https:// address.</source>
        <translation>Consenti HTTP non cifrato qui sopra, oppure usa un indirizzo https://.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Annullato.</translation>
    </message>
    <message>
        <source>Certificate trusted for this session. Test the connection or revoke again.</source>
        <translation>Certificato considerato attendibile per questa sessione. Verifica la connessione o riprova a revocare.</translation>
    </message>
    <message>
        <source>The connection test failed: %1.</source>
        <translation>La verifica della connessione non è riuscita: %1.</translation>
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
        <source>&amp;Settings…</source>
        <translation>&amp;Impostazioni…</translation>
    </message>
    <message>
        <source>Sent as &quot;Authorization: Bearer &lt;token&gt;&quot;: API keys, or a session token you want sent that way</source>
        <translation>Inviato come &quot;Authorization: Bearer &lt;token&gt;&quot;: chiavi API, o un token di sessione che vuoi inviare in questo modo</translation>
    </message>
    <message>
        <source>Send token as:</source>
        <translation>Invia token come:</translation>
    </message>
    <message>
        <source>T&amp;ools</source>
        <translation>S&amp;trumenti</translation>
    </message>
    <message>
        <source>Auto: API key</source>
        <translation>Automatico: chiave API</translation>
    </message>
    <message>
        <source>Auto: session token</source>
        <translation>Automatico: token di sessione</translation>
    </message>
    <message>
        <source>Profile:</source>
        <translation>Profilo:</translation>
    </message>
    <message>
        <source>Revert Chan&amp;ges</source>
        <translation>Annulla modific&amp;he</translation>
    </message>
    <message>
        <source>Portal address:</source>
        <translation>Indirizzo del portale:</translation>
    </message>
    <message>
        <source>Allow unencrypted HTTP to this portal (the token travels in clear te&amp;xt)</source>
        <translation>Consenti HTTP non cifrato verso questo portale (il to&amp;ken viaggia in chiaro)</translation>
    </message>
    <message>
        <source>Access token:</source>
        <translation>Token di accesso:</translation>
    </message>
    <message>
        <source>Key id:</source>
        <translation>Id chiave:</translation>
    </message>
    <message>
        <source>Revoke Ke&amp;y</source>
        <translation>R&amp;evoca chiave</translation>
    </message>
    <message>
        <source>Revoke Leake&amp;d Secret…</source>
        <translation>&amp;Revoca segreto trapelato…</translation>
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
    <name>MessageBox</name>
    <message>
        <source>&amp;Replace</source>
        <translation>&amp;Sostituisci</translation>
    </message>
    <message>
        <source>&amp;Keep Both</source>
        <translation>&amp;Mantieni entrambi</translation>
    </message>
    <message>
        <source>&amp;Skip</source>
        <translation>&amp;Ignora</translation>
    </message>
</context>
<context>
    <name>OneTimeSecretDialog</name>
    <message>
        <source>New Secret, Shown Once</source>
        <translation>Nuovo segreto, mostrato una volta</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Copy the secret(s) now: they will not be shown again.&lt;/b&gt; Neither the portal nor DocSpace Keys keeps them; once this window is closed, only whoever stored them has them. The clipboard is cleared of them when DocSpace Keys quits.</source>
        <translation>
            <numerusform>&lt;b&gt;Copia subito il segreto: non verrà mostrato di nuovo.&lt;/b&gt; Né il portale né DocSpace Keys lo conservano; chiusa questa finestra, lo avrà solo chi l&apos;ha salvato. Gli appunti ne vengono svuotati quando DocSpace Keys si chiude.</numerusform>
            <numerusform>&lt;b&gt;Copia subito i segreti: non verranno mostrati di nuovo.&lt;/b&gt; Né il portale né DocSpace Keys li conservano; chiusa questa finestra, li avrà solo chi li ha salvati. Gli appunti ne vengono svuotati quando DocSpace Keys si chiude.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copia</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copiato</translation>
    </message>
    <message>
        <source>&amp;Save to File…</source>
        <translation>&amp;Salva su file…</translation>
    </message>
    <message>
        <source>Save the New Secrets</source>
        <translation>Salva i nuovi segreti</translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation>File di testo (*.txt)</translation>
    </message>
    <message>
        <source>Secrets Saved</source>
        <translation>Segreti salvati</translation>
    </message>
    <message>
        <source>Saved to %1, readable by you only. Move them into your secret manager and delete the file.</source>
        <translation>Salvati in %1, leggibile solo da te. Spostali nel tuo gestore di segreti ed elimina il file.</translation>
    </message>
    <message>
        <source>Secrets Not Saved</source>
        <translation>Segreti non salvati</translation>
    </message>
    <message>
        <source>Cannot write %1: %2.</source>
        <translation>Impossibile scrivere %1: %2.</translation>
    </message>
</context>
<context>
    <name>OutcomeClassifier</name>
    <message>
        <source>Not sent: the address uses plain HTTP to a host on the network, so the token would travel unencrypted. Use the portal&apos;s https:// address, or explicitly allow unencrypted HTTP for this portal if the network is trusted.</source>
        <translation>Non inviata: l&apos;indirizzo usa HTTP semplice verso un host in rete, quindi il token viaggerebbe non cifrato. Usa l&apos;indirizzo https:// del portale, oppure consenti esplicitamente HTTP non cifrato per questo portale se la rete è attendibile.</translation>
    </message>
    <message>
        <source>Cancelled. If the request had already reached the portal the key may still have been revoked; refresh the key list before trying again.</source>
        <translation>Annullato. Se la richiesta aveva già raggiunto il portale, la chiave potrebbe essere stata revocata comunque; aggiorna l&apos;elenco delle chiavi prima di riprovare.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Annullato.</translation>
    </message>
    <message>
        <source>The portal did not answer in time. It may be overloaded or the network slow. The key may or may not have been revoked: check the key list, then try again or raise the timeout.</source>
        <translation>Il portale non ha risposto in tempo. Potrebbe essere sovraccarico o la rete potrebbe essere lenta. La chiave potrebbe essere stata revocata o meno: controlla l&apos;elenco delle chiavi, poi riprova o aumenta il timeout.</translation>
    </message>
    <message>
        <source>The portal did not answer in time. It may be overloaded or the network slow: try again, or raise the timeout.</source>
        <translation>Il portale non ha risposto in tempo. Potrebbe essere sovraccarico o la rete potrebbe essere lenta: riprova o aumenta il timeout.</translation>
    </message>
    <message>
        <source>The portal&apos;s certificate is not trusted (%1), so nothing was sent. If this is your own on-premises portal, compare the fingerprint below with the one your server shows, then trust that certificate or add your internal CA file. Otherwise someone may be intercepting the connection.</source>
        <translation>Il certificato del portale non è attendibile (%1), quindi non è stato inviato nulla. Se si tratta del tuo portale on-premises, confronta l&apos;impronta qui sotto con quella indicata dal server, poi considera attendibile quel certificato o aggiungi il file della tua CA interna. In caso contrario, qualcuno potrebbe intercettare la connessione.</translation>
    </message>
    <message>
        <source>The portal redirected the request to another address (%1). DocSpace Keys never sends your token to another site, so the request went no further. If the portal has moved, enter its new address.</source>
        <translation>Il portale ha reindirizzato la richiesta a un altro indirizzo (%1). DocSpace Keys non invia mai il tuo token a un altro sito, quindi la richiesta non è proseguita. Se il portale è stato spostato, inserisci il nuovo indirizzo.</translation>
    </message>
    <message>
        <source>The portal kept redirecting the request, so it was given up. Check the portal address.</source>
        <translation>Il portale ha continuato a reindirizzare la richiesta, che è stata quindi abbandonata. Verifica l&apos;indirizzo del portale.</translation>
    </message>
    <message>
        <source>The portal&apos;s answer was cut off before it was complete, so it is unknown whether the key was revoked. Refresh the key list to check, then try again.</source>
        <translation>La risposta del portale si è interrotta prima di essere completa, quindi non è noto se la chiave sia stata revocata. Aggiorna l&apos;elenco delle chiavi per verificarlo, poi riprova.</translation>
    </message>
    <message>
        <source>The portal&apos;s answer was cut off before it was complete. Try again; if it keeps happening, a proxy may be cutting answers short.</source>
        <translation>La risposta del portale si è interrotta prima di essere completa. Riprova; se il problema si ripete, un proxy potrebbe troncare le risposte.</translation>
    </message>
    <message>
        <source>Could not reach the portal: %1. Check the address, your network connection, VPN or proxy, and try again.</source>
        <translation>Impossibile raggiungere il portale: %1. Verifica l&apos;indirizzo, la connessione di rete, la VPN o il proxy e riprova.</translation>
    </message>
    <message>
        <source>The portal did not accept the access token. It may be mistyped, expired, revoked or deactivated, or sent the wrong way (API keys starting with sk- must be sent as an API key: choose Auto or API key). Get a new token and try again.</source>
        <translation>Il portale non ha accettato il token di accesso. Potrebbe essere digitato male, scaduto, revocato o disattivato, oppure inviato nel modo sbagliato (le chiavi API che iniziano con sk- devono essere inviate come chiave API: scegli Automatico o Chiave API). Ottieni un nuovo token e riprova.</translation>
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
        <translation>Il portale non ha nessuna chiave con questo id: è già stata revocata oppure l&apos;id è errato. Non è stato modificato nulla.</translation>
    </message>
    <message>
        <source>The portal or the proxy in front of it failed (%1). This is usually temporary: try again in a minute. If it persists, the portal&apos;s administrator should check the server.</source>
        <translation>Si è verificato un errore nel portale o nel proxy che lo precede (%1). Di solito è temporaneo: riprova tra un minuto. Se persiste, l&apos;amministratore del portale dovrebbe controllare il server.</translation>
    </message>
    <message>
        <source>The portal gave an unexpected answer (HTTP %1), so the key was not revoked. Check the address and the portal&apos;s message below.</source>
        <translation>Il portale ha dato una risposta inattesa (HTTP %1), quindi la chiave non è stata revocata. Verifica l&apos;indirizzo e il messaggio del portale qui sotto.</translation>
    </message>
    <message>
        <source>The portal gave an unexpected answer (HTTP %1). Check the address and the portal&apos;s message below.</source>
        <translation>Il portale ha dato una risposta inattesa (HTTP %1). Verifica l&apos;indirizzo e il messaggio del portale qui sotto.</translation>
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
        <translation>Il portale ha inviato %1, quindi non è noto se la chiave sia stata revocata. L&apos;indirizzo potrebbe puntare a una pagina di accesso o a un proxy anziché all&apos;API di DocSpace; verificalo, poi aggiorna l&apos;elenco delle chiavi.</translation>
    </message>
    <message>
        <source>The portal sent %1. The address may point to a login page or proxy rather than the DocSpace API; check it.</source>
        <translation>Il portale ha inviato %1. L&apos;indirizzo potrebbe puntare a una pagina di accesso o a un proxy anziché all&apos;API di DocSpace; verificalo.</translation>
    </message>
    <message>
        <source>The portal reported a failure inside a successful answer, so the key was not revoked. Read the portal&apos;s message below.</source>
        <translation>Il portale ha segnalato un errore all&apos;interno di una risposta di successo, quindi la chiave non è stata revocata. Leggi il messaggio del portale qui sotto.</translation>
    </message>
    <message>
        <source>The portal reported a failure inside a successful answer. Read the portal&apos;s message below.</source>
        <translation>Il portale ha segnalato un errore all&apos;interno di una risposta di successo. Leggi il messaggio del portale qui sotto.</translation>
    </message>
    <message>
        <source>The portal&apos;s answer did not say whether the key was changed. Refresh the key list to check.</source>
        <translation>La risposta del portale non indicava se la chiave è stata modificata. Aggiorna l&apos;elenco delle chiavi per verificarlo.</translation>
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
        <source>The portal refused to reactivate this key. Expired keys cannot be reactivated, and only the key&apos;s creator or an administrator may change it.</source>
        <translation>Il portale ha rifiutato di riattivare questa chiave. Le chiavi scadute non possono essere riattivate e solo l&apos;autore della chiave o un amministratore può modificarla.</translation>
    </message>
    <message>
        <source>The portal refused to deactivate this key. Only the key&apos;s creator or an administrator may change it.</source>
        <translation>Il portale ha rifiutato di disattivare questa chiave. Solo l&apos;autore della chiave o un amministratore può modificarla.</translation>
    </message>
    <message>
        <source>Revoked. The key no longer works; anything that used it must get a new one.</source>
        <translation>Revocata. La chiave non funziona più; tutto ciò che la usava deve ottenerne una nuova.</translation>
    </message>
    <message>
        <source>The portal refused to revoke this key. Only its creator or a portal administrator may revoke it: sign in with an administrator&apos;s token, or ask the key&apos;s owner.</source>
        <translation>Il portale ha rifiutato di revocare questa chiave. Solo il suo autore o un amministratore del portale può revocarla: accedi con il token di un amministratore o rivolgiti al proprietario della chiave.</translation>
    </message>
    <message>
        <source>The portal&apos;s answer did not say whether the key was revoked. Refresh the key list to check.</source>
        <translation>La risposta del portale non indicava se la chiave è stata revocata. Aggiorna l&apos;elenco delle chiavi per verificarlo.</translation>
    </message>
    <message>
        <source>The portal&apos;s answer had no content. Check that the address is a DocSpace portal.</source>
        <translation>La risposta del portale era priva di contenuto. Verifica che l&apos;indirizzo sia quello di un portale DocSpace.</translation>
    </message>
    <message>
        <source>The answer was far larger than a DocSpace answer can be, so reading stopped. Check that the address points to a DocSpace portal.</source>
        <translation>La risposta era molto più grande di quanto possa essere una risposta di DocSpace, quindi la lettura è stata interrotta. Verifica che l&apos;indirizzo punti a un portale DocSpace.</translation>
    </message>
    <message>
        <source>Unknown: the connection failed after the request was sent (%1), so the portal may or may not have revoked the key. Refresh the key list to see whether it is still there.</source>
        <translation>Sconosciuto: la connessione si è interrotta dopo l&apos;invio della richiesta (%1), quindi il portale potrebbe aver revocato la chiave oppure no. Aggiorna l&apos;elenco delle chiavi per vedere se è ancora presente.</translation>
    </message>
    <message>
        <source>Unknown: the connection failed after the request was sent (%1), so the portal may or may not have changed the key. Refresh the key list to see its state.</source>
        <translation>Sconosciuto: la connessione si è interrotta dopo l&apos;invio della richiesta (%1), quindi il portale potrebbe aver modificato la chiave oppure no. Aggiorna l&apos;elenco delle chiavi per vederne lo stato.</translation>
    </message>
    <message>
        <source>The portal refused access: “%1”. It accepts calls only from certain IP addresses: connect from an allowed network or VPN, or ask the portal&apos;s administrator to allow your address. Nothing was changed.</source>
        <translation>Il portale ha negato l&apos;accesso: “%1”. Accetta chiamate solo da determinati indirizzi IP: connettiti da una rete o VPN consentita, oppure chiedi all&apos;amministratore del portale di consentire il tuo indirizzo. Nulla è stato modificato.</translation>
    </message>
    <message>
        <source>The portal refused to create the key: “%1”. Guests cannot create API keys, and this portal may restrict developer tools to administrators: ask an administrator to create the key, or to allow developer tools for everyone.</source>
        <translation>Il portale ha rifiutato di creare la chiave: “%1”. Gli ospiti non possono creare chiavi API e questo portale potrebbe riservare gli strumenti per sviluppatori agli amministratori: chiedi a un amministratore di creare la chiave o di abilitare gli strumenti per sviluppatori per tutti.</translation>
    </message>
    <message>
        <source>The portal refused to revoke this key: “%1”. This user may not manage keys (guests cannot): use an administrator&apos;s token with the *:write scope.</source>
        <translation>Il portale ha rifiutato di revocare questa chiave: “%1”. Questo utente potrebbe non poter gestire chiavi (gli ospiti non possono): usa il token di un amministratore con l&apos;ambito *:write.</translation>
    </message>
    <message>
        <source>The portal refused to change this key: “%1”. This user may not manage keys (guests cannot): use an administrator&apos;s token with the *:write scope.</source>
        <translation>Il portale ha rifiutato di modificare questa chiave: “%1”. Questo utente potrebbe non poter gestire chiavi (gli ospiti non possono): usa il token di un amministratore con l&apos;ambito *:write.</translation>
    </message>
    <message>
        <source>The portal refused: “%1”. This user may not read this; use an administrator&apos;s token.</source>
        <translation>Il portale ha rifiutato: “%1”. Questo utente non può leggere questi dati; usa il token di un amministratore.</translation>
    </message>
    <message>
        <source>If every call is refused this way, the portal may be being moved, restored or encrypted: try again later.</source>
        <translation>Se ogni chiamata viene rifiutata in questo modo, il portale potrebbe essere in fase di spostamento, ripristino o cifratura: riprova più tardi.</translation>
    </message>
    <message>
        <source>The token is not allowed to revoke keys: it lacks the *:write scope. Use a token with write access (an administrator&apos;s, to revoke others&apos; keys). %1</source>
        <translation>Il token non è autorizzato a revocare chiavi: non ha l&apos;ambito *:write. Usa un token con accesso in scrittura (quello di un amministratore, per revocare le chiavi di altri). %1</translation>
    </message>
    <message>
        <source>The token is not allowed to change keys: it lacks the *:write scope. %1</source>
        <translation>Il token non è autorizzato a modificare chiavi: non ha l&apos;ambito *:write. %1</translation>
    </message>
    <message>
        <source>The token is not allowed to create keys: it lacks the *:write scope. %1</source>
        <translation>Il token non è autorizzato a creare chiavi: non ha l&apos;ambito *:write. %1</translation>
    </message>
    <message>
        <source>The token is not allowed to read this: it lacks the scope needed (*:read, or accounts.self:read for the profile). %1</source>
        <translation>Il token non è autorizzato a leggere questi dati: non ha l&apos;ambito necessario (*:read, o accounts.self:read per il profilo). %1</translation>
    </message>
    <message>
        <source>The portal&apos;s subscription has lapsed (HTTP 402), so it answers no API calls and nothing was changed. The portal&apos;s owner must renew the payment in DocSpace (Payments); then try again.</source>
        <translation>L&apos;abbonamento del portale è scaduto (HTTP 402), quindi non risponde ad alcuna chiamata API e nulla è stato modificato. Il proprietario del portale deve rinnovare il pagamento in DocSpace (Pagamenti); poi riprova.</translation>
    </message>
    <message>
        <source>The address answered that the DocSpace API is not there (HTTP 404): it is not a DocSpace portal with API keys, the portal is older than DocSpace 3.1, or it is suspended. Nothing was changed. Check the address; if it is right, ask the portal&apos;s owner whether the portal is suspended or needs an update.</source>
        <translation>L&apos;indirizzo ha risposto che l&apos;API di DocSpace non è presente (HTTP 404): non è un portale DocSpace con chiavi API, il portale è precedente a DocSpace 3.1 oppure è sospeso. Nulla è stato modificato. Verifica l&apos;indirizzo; se è corretto, chiedi al proprietario del portale se il portale è sospeso o necessita di un aggiornamento.</translation>
    </message>
    <message>
        <source>The portal&apos;s certificate has changed since it was pinned, so nothing was sent. Pinned SHA-256: %1. The portal now shows: %2. If its certificate was renewed or replaced, check the new fingerprint with the server&apos;s administrator, then put it in the profile (Profile &gt; Edit). If nobody changed it, someone may be intercepting the connection: do not trust it.</source>
        <translation>Il certificato del portale è cambiato da quando è stato fissato, quindi non è stato inviato nulla. SHA-256 fissato: %1. Ora il portale mostra: %2. Se il certificato è stato rinnovato o sostituito, verifica la nuova impronta con l&apos;amministratore del server, poi inseriscila nel profilo (Profilo &gt; Modifica). Se nessuno l&apos;ha cambiato, qualcuno potrebbe intercettare la connessione: non considerarla attendibile.</translation>
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
    <message>
        <source>Unknown</source>
        <translation>Sconosciuto</translation>
    </message>
    <message>
        <source>Portal unavailable</source>
        <translation>Portale non disponibile</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Creata</translation>
    </message>
    <message>
        <source>Edited</source>
        <translation>Modificata</translation>
    </message>
</context>
<context>
    <name>PasteIdsDialog</name>
    <message>
        <source>Revoke Keys by Id</source>
        <translation>Revoca chiavi per id</translation>
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
        <source>Line %1: %2 — %3</source>
        <translation>Riga %1: %2 — %3</translation>
    </message>
    <message numerus="yes">
        <source>%n key id(s)</source>
        <translation>
            <numerusform>%n id di chiave</numerusform>
            <numerusform>%n id di chiave</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) skipped</source>
        <translation>
            <numerusform>%n riga saltata</numerusform>
            <numerusform>%n righe saltate</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n repeat(s) ignored</source>
        <translation>
            <numerusform>%n ripetizione ignorata</numerusform>
            <numerusform>%n ripetizioni ignorate</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Revoke %n Key(s)…</source>
        <translation>
            <numerusform>&amp;Revoca %n chiave…</numerusform>
            <numerusform>&amp;Revoca %n chiavi…</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Paste key ids, one per line, or a CSV export with an &quot;id&quot; column. Lines without a key id are shown below and skipped.</source>
        <translation>&amp;Incolla gli id delle chiavi, uno per riga, o un&apos;esportazione CSV con una colonna &quot;id&quot;. Le righe senza un id di chiave vengono mostrate qui sotto e ignorate.</translation>
    </message>
</context>
<context>
    <name>PortalAddress</name>
    <message>
        <source>Enter the portal address, for example https://portal.example.com.</source>
        <translation>Inserisci l&apos;indirizzo del portale, ad esempio https://portal.example.com.</translation>
    </message>
    <message>
        <source>A portal address cannot contain spaces.</source>
        <translation>L&apos;indirizzo di un portale non può contenere spazi.</translation>
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
        <translation>Rimuovi il nome utente o la password dall&apos;indirizzo; il token di accesso va inserito nel campo apposito.</translation>
    </message>
    <message>
        <source>The address has no host name.</source>
        <translation>L&apos;indirizzo non contiene un nome host.</translation>
    </message>
</context>
<context>
    <name>PortalProfile</name>
    <message>
        <source>Give the profile a name, for example &quot;Production&quot;.</source>
        <translation>Assegna un nome al profilo, ad esempio &quot;Produzione&quot;.</translation>
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
        <translation>L&apos;impronta del certificato attendibile deve essere un digest SHA-256: 64 cifre esadecimali, con o senza due punti.</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot;: unknown auth scheme &quot;%2&quot;.</source>
        <translation>Profilo &quot;%1&quot;: schema di autenticazione &quot;%2&quot; sconosciuto.</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot;: %2</source>
        <translation>Profilo &quot;%1&quot;: %2</translation>
    </message>
</context>
<context>
    <name>ProfileController</name>
    <message>
        <source>Unsaved Changes</source>
        <translation>Modifiche non salvate</translation>
    </message>
    <message>
        <source>Save the changes to the profile &quot;%1&quot;?</source>
        <translation>Salvare le modifiche al profilo &quot;%1&quot;?</translation>
    </message>
    <message>
        <source>The portal address, authentication scheme or token were changed here but not saved. Discarding them goes back to what the profile has saved.</source>
        <translation>L&apos;indirizzo del portale, lo schema di autenticazione o il token sono stati modificati qui ma non salvati. Se li scarti, torni ai valori salvati nel profilo.</translation>
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
        <source>No token is saved for &quot;%1&quot;: enter it, then choose Save to Profile.</source>
        <translation>Nessun token salvato per &quot;%1&quot;: inseriscilo, poi scegli Salva nel profilo.</translation>
    </message>
    <message>
        <source>The token of &quot;%1&quot; could not be read: %2 Enter it here to use it now, or check that the keychain is unlocked and choose the profile again.</source>
        <translation>Impossibile leggere il token di &quot;%1&quot;: %2 Inseriscilo qui per usarlo subito, oppure verifica che il portachiavi sia sbloccato e scegli di nuovo il profilo.</translation>
    </message>
    <message>
        <source>Token Not Saved</source>
        <translation>Token non salvato</translation>
    </message>
    <message>
        <source>The token of &quot;%1&quot; could not be saved.</source>
        <translation>Impossibile salvare il token di &quot;%1&quot;.</translation>
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
        <source>Changed here, not yet saved in &quot;%1&quot;: %2.</source>
        <translation>Modificato qui, non ancora salvato in &quot;%1&quot;: %2.</translation>
    </message>
    <message>
        <source>Profile Not Saved</source>
        <translation>Profilo non salvato</translation>
    </message>
    <message>
        <source>The profile &quot;%1&quot; was not saved.</source>
        <translation>Il profilo &quot;%1&quot; non è stato salvato.</translation>
    </message>
    <message>
        <source>Saved the profile &quot;%1&quot;.</source>
        <translation>Profilo &quot;%1&quot; salvato.</translation>
    </message>
    <message>
        <source>Back to the saved profile.</source>
        <translation>Ripristinato il profilo salvato.</translation>
    </message>
    <message>
        <source>Created the profile &quot;%1&quot;.</source>
        <translation>Profilo &quot;%1&quot; creato.</translation>
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
        <source>The profile &quot;%1&quot; was not duplicated.</source>
        <translation>Il profilo &quot;%1&quot; non è stato duplicato.</translation>
    </message>
    <message>
        <source>Created &quot;%1&quot; as a copy of &quot;%2&quot;.</source>
        <translation>&quot;%1&quot; creato come copia di &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>Rename Profile</source>
        <translation>Rinomina profilo</translation>
    </message>
    <message>
        <source>New name for &quot;%1&quot;:</source>
        <translation>Nuovo nome per &quot;%1&quot;:</translation>
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
        <source>The profile &quot;%1&quot; was not renamed.</source>
        <translation>Il profilo &quot;%1&quot; non è stato rinominato.</translation>
    </message>
    <message>
        <source>Renamed &quot;%1&quot; to &quot;%2&quot;.</source>
        <translation>&quot;%1&quot; rinominato in &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>Delete Profile</source>
        <translation>Elimina profilo</translation>
    </message>
    <message>
        <source>Delete the profile &quot;%1&quot;?</source>
        <translation>Eliminare il profilo &quot;%1&quot;?</translation>
    </message>
    <message>
        <source>Its settings and its saved token are deleted. This cannot be undone; the portal and its keys are not affected.</source>
        <translation>Le sue impostazioni e il token salvato verranno eliminati. L&apos;operazione non può essere annullata; il portale e le sue chiavi non vengono modificati.</translation>
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
        <source>The token of the deleted profile &quot;%1&quot; could not be removed from %2.</source>
        <translation>Impossibile rimuovere da %2 il token del profilo eliminato &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Deleted the profile &quot;%1&quot; and its token.</source>
        <translation>Profilo &quot;%1&quot; eliminato insieme al relativo token.</translation>
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
    <message numerus="yes">
        <source>Imported %n profile(s) from %1.</source>
        <translation>
            <numerusform>Importato %n profilo da %1.</numerusform>
            <numerusform>Importati %n profili da %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Exports never contain tokens: choose each imported profile, enter its token and choose Save to Profile.</source>
        <translation>Le esportazioni non contengono mai token: scegli ogni profilo importato, inseriscine il token e scegli Salva nel profilo.</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n profile(s).</source>
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
        <translation>%1. Scegli un&apos;altra cartella.</translation>
    </message>
    <message>
        <source>Profiles Exported</source>
        <translation>Profili esportati</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n profile(s) to %1.</source>
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
        <source>Keychain unavailable</source>
        <translation>Portachiavi non disponibile</translation>
    </message>
    <message>
        <source>Profile Name Exists</source>
        <translation>Nome profilo già esistente</translation>
    </message>
    <message>
        <source>A profile named &quot;%1&quot; exists already.</source>
        <translation>Esiste già un profilo denominato &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Both are for %1. Replace keeps the saved token.</source>
        <translation>Entrambi sono per %1. Sostituisci mantiene il token salvato.</translation>
    </message>
    <message>
        <source>The saved one is for %1, the imported one for %2. Replace deletes the saved token, which belongs to the other portal.</source>
        <translation>Quello salvato è per %1, quello importato per %2. Sostituisci elimina il token salvato, che appartiene all&apos;altro portale.</translation>
    </message>
    <message>
        <source>Keep Both adds the imported one under a new name; Skip leaves it out.</source>
        <translation>Mantieni entrambi aggiunge quello importato con un nuovo nome; Ignora lo tralascia.</translation>
    </message>
    <message numerus="yes">
        <source>Do the same for the other %n profile(s) whose name exists</source>
        <translation>
            <numerusform>Fai lo stesso per l&apos;altro %n profilo il cui nome esiste già</numerusform>
            <numerusform>Fai lo stesso per gli altri %n profili il cui nome esiste già</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>Non è stato importato nulla.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n of them replaced a profile of the same name</source>
        <translation>
            <numerusform>%n di essi ha sostituito un profilo con lo stesso nome</numerusform>
            <numerusform>%n di essi hanno sostituito un profilo con lo stesso nome</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped because the name exists</source>
        <translation>
            <numerusform>%n ignorato perché il nome esiste già</numerusform>
            <numerusform>%n ignorati perché il nome esiste già</numerusform>
        </translation>
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
        <translation>L&apos;indirizzo del portale DocSpace, come lo apri nel browser</translation>
    </message>
    <message>
        <source>Portal address</source>
        <translation>Indirizzo del portale</translation>
    </message>
    <message>
        <source>Portal address problem</source>
        <translation>Problema con l&apos;indirizzo del portale</translation>
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
        <translation>Problema con l&apos;impronta del certificato</translation>
    </message>
    <message>
        <source>Extra CA &amp;file:</source>
        <translation>&amp;File CA aggiuntivo:</translation>
    </message>
    <message>
        <source>PEM or DER file of an internal certificate authority</source>
        <translation>File PEM o DER di un&apos;autorità di certificazione interna</translation>
    </message>
    <message>
        <source>Certificates of your organization&apos;s own certificate authority, trusted in addition to the system ones</source>
        <translation>Certificati dell&apos;autorità di certificazione della tua organizzazione, considerati attendibili in aggiunta a quelli di sistema</translation>
    </message>
    <message>
        <source>Extra CA file</source>
        <translation>File CA aggiuntivo</translation>
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
        <source>Enter a name for this profile, e.g. the portal&apos;s purpose or customer.</source>
        <translation>Inserisci un nome per questo profilo, ad es. lo scopo del portale o il cliente.</translation>
    </message>
    <message>
        <source>Another profile is already called &quot;%1&quot;. Choose another name.</source>
        <translation>Esiste già un altro profilo denominato &quot;%1&quot;. Scegli un altro nome.</translation>
    </message>
    <message>
        <source>This is not a SHA-256 fingerprint: expected 64 hexadecimal digits, with or without colons.</source>
        <translation>Questa non è un&apos;impronta SHA-256: sono previste 64 cifre esadecimali, con o senza due punti.</translation>
    </message>
    <message>
        <source>There is no file at this path. Choose the CA certificate file again.</source>
        <translation>Nessun file in questo percorso. Scegli di nuovo il file del certificato CA.</translation>
    </message>
    <message>
        <source>This file cannot be read. Check its permissions or choose another file.</source>
        <translation>Impossibile leggere questo file. Verifica i permessi o scegli un altro file.</translation>
    </message>
    <message>
        <source>This plain http:// address would send the token unencrypted. Use an https:// address, or tick &quot;%1&quot;.</source>
        <translation>Questo indirizzo http:// non cifrato invierebbe il token in chiaro. Usa un indirizzo https:// oppure seleziona “%1”.</translation>
    </message>
    <message>
        <source>Ch&amp;oose…</source>
        <translation>Sc&amp;egli…</translation>
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
        <source>A profile named &quot;%1&quot; already exists. Choose another name.</source>
        <translation>Esiste già un profilo denominato &quot;%1&quot;. Scegli un altro nome.</translation>
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
        <translation>Il file non è un&apos;esportazione di profili di DocSpace Keys.</translation>
    </message>
</context>
<context>
    <name>RetirementEntry</name>
    <message>
        <source>Taken out of the plan; the key stays deactivated.</source>
        <translation>Tolta dal piano; la chiave resta disattivata.</translation>
    </message>
    <message>
        <source>Deactivated, to be revoked</source>
        <translation>Disattivata, da revocare</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Revocata</translation>
    </message>
    <message>
        <source>Reactivated meanwhile: left alone</source>
        <translation>Riattivata nel frattempo: lasciata com&apos;è</translation>
    </message>
    <message>
        <source>No longer on the portal</source>
        <translation>Non più presente sul portale</translation>
    </message>
    <message>
        <source>Taken out of the plan</source>
        <translation>Tolta dal piano</translation>
    </message>
    <message numerus="yes">
        <source>Deactivated; revoked after %n day(s) unless reactivated.</source>
        <translation>
            <numerusform>Disattivata; verrà revocata dopo %n giorno salvo riattivazione.</numerusform>
            <numerusform>Disattivata; verrà revocata dopo %n giorni salvo riattivazione.</numerusform>
        </translation>
    </message>
    <message>
        <source>The key was no longer on the portal when due: someone revoked it already.</source>
        <translation>Alla scadenza la chiave non era più presente sul portale: qualcuno l&apos;aveva già revocata.</translation>
    </message>
    <message>
        <source>The key was active again when due (reactivated on the portal), so it was left alone.</source>
        <translation>Alla scadenza la chiave era di nuovo attiva (riattivata sul portale), quindi è stata lasciata com&apos;è.</translation>
    </message>
    <message>
        <source>Revoked as planned.</source>
        <translation>Revocata come pianificato.</translation>
    </message>
    <message>
        <source>The key was no longer on the portal when due.</source>
        <translation>Alla scadenza la chiave non era più presente sul portale.</translation>
    </message>
    <message>
        <source>Revoking failed (%1); tried again at the next run.</source>
        <translation>Revoca non riuscita (%1); verrà ritentata alla prossima esecuzione.</translation>
    </message>
</context>
<context>
    <name>RetirementPlan</name>
    <message>
        <source>Cannot read the retirement plan %1: %2.</source>
        <translation>Impossibile leggere il piano di ritiro %1: %2.</translation>
    </message>
    <message>
        <source>The retirement plan %1 is damaged or from another version; it was left as it is. Move it aside to start a new plan.</source>
        <translation>Il piano di ritiro %1 è danneggiato o proviene da un&apos;altra versione; è stato lasciato com&apos;è. Spostalo altrove per iniziare un nuovo piano.</translation>
    </message>
    <message>
        <source>The retirement plan %1 is locked by another DocSpace Keys process.</source>
        <translation>Il piano di ritiro %1 è bloccato da un altro processo di DocSpace Keys.</translation>
    </message>
    <message>
        <source>Cannot write the retirement plan %1: %2.</source>
        <translation>Impossibile scrivere il piano di ritiro %1: %2.</translation>
    </message>
</context>
<context>
    <name>RetirementPlanView</name>
    <message>
        <source>Retirement Plan</source>
        <translation>Piano di ritiro</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Chiave</translation>
    </message>
    <message>
        <source>Portal</source>
        <translation>Portale</translation>
    </message>
    <message>
        <source>Deactivated</source>
        <translation>Disattivazione</translation>
    </message>
    <message>
        <source>Revoke after</source>
        <translation>Revoca dopo</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Carry Out &amp;Due Now</source>
        <translation>Esegui ora ciò che è in &amp;scadenza</translation>
    </message>
    <message>
        <source>&amp;Take Out of Plan</source>
        <translation>&amp;Togli dal piano</translation>
    </message>
    <message>
        <source>Due now</source>
        <translation>In scadenza ora</translation>
    </message>
    <message>
        <source>Plan Not Changed</source>
        <translation>Piano non modificato</translation>
    </message>
    <message numerus="yes">
        <source>%n key(s) waiting to be revoked. Due keys are revoked when DocSpace Keys lists their portal&apos;s keys (those of the other saved profiles&apos; portals after one question), on Carry Out Due Now, or when &apos;docspace-keys-cli retire --due&apos; runs (see the README for a daily timer). A key reactivated meanwhile is left alone.</source>
        <translation>
            <numerusform>%n chiave in attesa di revoca. Le chiavi in scadenza vengono revocate quando DocSpace Keys elenca le chiavi del loro portale (quelle dei portali degli altri profili salvati dopo una domanda), con Esegui ora ciò che è in scadenza, oppure quando viene eseguito &apos;docspace-keys-cli retire --due&apos; (vedi il README per un timer giornaliero). Una chiave riattivata nel frattempo viene lasciata com&apos;è.</numerusform>
            <numerusform>%n chiavi in attesa di revoca. Le chiavi in scadenza vengono revocate quando DocSpace Keys elenca le chiavi del loro portale (quelle dei portali degli altri profili salvati dopo una domanda), con Esegui ora ciò che è in scadenza, oppure quando viene eseguito &apos;docspace-keys-cli retire --due&apos; (vedi il README per un timer giornaliero). Una chiave riattivata nel frattempo viene lasciata com&apos;è.</numerusform>
        </translation>
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
        <source>The sandbox info file has no &quot;Admin console&quot; key to sign in with.</source>
        <translation>Il file di informazioni della sandbox non contiene una chiave &quot;Admin console&quot; con cui accedere.</translation>
    </message>
    <message>
        <source>The sandbox info file has no other key of the owner to revoke.</source>
        <translation>Il file di informazioni della sandbox non contiene un&apos;altra chiave del proprietario da revocare.</translation>
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
    <name>SessionTrust</name>
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

Only do this if you have checked that this is your portal&apos;s certificate, for example with its administrator. If someone is intercepting the connection, trusting their certificate hands them your access token.

The certificate is trusted until DocSpace Keys quits; nothing is saved. To trust it for good, enter the fingerprint in the profile (Edit…).</source>
        <translation>Impronta SHA-256:
%1

Procedi solo se hai verificato che si tratta del certificato del tuo portale, ad esempio con il suo amministratore. Se qualcuno sta intercettando la connessione, considerando attendibile il suo certificato gli consegni il tuo token di accesso.

Il certificato resta attendibile fino alla chiusura di DocSpace Keys; non viene salvato nulla. Per considerarlo sempre attendibile, inserisci l&apos;impronta nel profilo (Modifica…).</translation>
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
        <translation>&amp;Lingua dell&apos;interfaccia:</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>Lingua dell&apos;interfaccia</translation>
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
    <name>SingleRevoke</name>
    <message>
        <source>Revoking key %1 on %2…</source>
        <translation>Revoca della chiave %1 su %2…</translation>
    </message>
    <message>
        <source>Key %1 was revoked.</source>
        <translation>La chiave %1 è stata revocata.</translation>
    </message>
    <message>
        <source>The portal&apos;s certificate is not trusted. See Results for its fingerprint.</source>
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
        <source>Portal&apos;s message: %1</source>
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
        <source>If you recognise this fingerprint as your portal&apos;s certificate, use &quot;Trust this certificate…&quot; and revoke again.</source>
        <translation>Se riconosci questa impronta come quella del certificato del tuo portale, usa &quot;Considera attendibile questo certificato…&quot; e revoca di nuovo.</translation>
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
        <translation>Considera attendibile &amp;questo certificato…</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>C&amp;opia</translation>
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
        <translation>Rimuove tutte le voci dall&apos;elenco</translation>
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
        <source>C&amp;lear</source>
        <translation>&amp;Svuota</translation>
    </message>
    <message>
        <source>&amp;Copy Selected</source>
        <translation>Copia selezionate</translation>
    </message>
    <message>
        <source>&amp;Copy All</source>
        <translation>Copia tutte</translation>
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
        <translation>L&apos;impronta di un certificato è un digest SHA-256: 64 cifre esadecimali, con o senza due punti.</translation>
    </message>
    <message>
        <source>The certificate fingerprint holds &quot;%1&quot; (U+%2), which is not a hexadecimal digit: use only 0-9 and A-F (ASCII), with or without colons.</source>
        <translation>L&apos;impronta digitale del certificato contiene &quot;%1&quot; (U+%2), che non è una cifra esadecimale: usa solo 0-9 e A-F (ASCII), con o senza due punti.</translation>
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
    <name>ToolsController</name>
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
        <translation>Report sull&apos;igiene delle chiavi</translation>
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
</context>
<context>
    <name>main</name>
    <message>
        <source>Revoke ONLYOFFICE DocSpace API keys. The access token is never read from the command line; DOCSPACE_TOKEN in the environment may prefill it.</source>
        <translation>Revoca le chiavi API di ONLYOFFICE DocSpace. Il token di accesso non viene mai letto dalla riga di comando; DOCSPACE_TOKEN nell&apos;ambiente può precompilarlo.</translation>
    </message>
    <message>
        <source>Prefill the portal address.</source>
        <translation>Precompila l&apos;indirizzo del portale.</translation>
    </message>
    <message>
        <source>Prefill the key id.</source>
        <translation>Precompila l&apos;id della chiave.</translation>
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
