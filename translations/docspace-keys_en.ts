<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AllPortalsView</name>
    <message>
        <source>Keys of All Portals</source>
        <translation>Keys of All Portals</translation>
    </message>
    <message>
        <source>Search name, creator, ending, id or portal</source>
        <translation>Search name, creator, ending, id or portal</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Expired</translation>
    </message>
    <message>
        <source>Deactivated</source>
        <translation>Deactivated</translation>
    </message>
    <message>
        <source>Never used</source>
        <translation>Never used</translation>
    </message>
    <message>
        <source>Unused for</source>
        <translation>Unused for</translation>
    </message>
    <message>
        <source> days</source>
        <translation> days</translation>
    </message>
    <message>
        <source>Portal</source>
        <translation>Portal</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profile</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Ending</source>
        <translation>Ending</translation>
    </message>
    <message>
        <source>Created by</source>
        <translation>Created by</translation>
    </message>
    <message>
        <source>Last used</source>
        <translation>Last used</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Expires</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Permissions</source>
        <translation>Permissions</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>&amp;Export CSV…</translation>
    </message>
    <message>
        <source>Reading the tokens of the saved profiles…</source>
        <translation>Reading the tokens of the saved profiles…</translation>
    </message>
    <message>
        <source>There are no saved profiles yet.</source>
        <translation>There are no saved profiles yet.</translation>
    </message>
    <message>
        <source>“%1”: no saved token.</source>
        <translation>“%1”: no saved token.</translation>
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
            <numerusform>Listing the keys of %n portal…</numerusform>
            <numerusform>Listing the keys of %n portals…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n key(s) shown</source>
        <translation>
            <numerusform>%1 of %n key shown</numerusform>
            <numerusform>%1 of %n keys shown</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>on %n portal(s).</source>
        <translation>
            <numerusform>on %n portal.</numerusform>
            <numerusform>on %n portals.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not listed: %1</source>
        <translation>Not listed: %1</translation>
    </message>
    <message>
        <source>Export Keys of All Portals</source>
        <translation>Export Keys of All Portals</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <source>Not Exported</source>
        <translation>Not Exported</translation>
    </message>
    <message>
        <source>Cannot write %1: %2.</source>
        <translation>Cannot write %1: %2.</translation>
    </message>
</context>
<context>
    <name>ApiCall</name>
    <message numerus="yes">
        <source>No data for %n second(s)</source>
        <translation>
            <numerusform>No data for %n second</numerusform>
            <numerusform>No data for %n seconds</numerusform>
        </translation>
    </message>
    <message>
        <source>the connection closed before the answer, and the request was sent again</source>
        <translation>the connection closed before the answer, and the request was sent again</translation>
    </message>
</context>
<context>
    <name>BatchConfirmDialog</name>
    <message>
        <source>Keys</source>
        <translation>Keys</translation>
    </message>
    <message>
        <source>To confirm, type the number of keys (%1):</source>
        <translation>To confirm, type the number of keys (%1):</translation>
    </message>
    <message>
        <source>Number of keys</source>
        <translation>Number of keys</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more key(s), not listed here but counted above</source>
        <translation>
            <numerusform>… and %n more key, not listed here but counted above</numerusform>
            <numerusform>… and %n more keys, not listed here but counted above</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BatchRunner</name>
    <message numerus="yes">
        <source>about %n s left</source>
        <translation>
            <numerusform>about %n s left</numerusform>
            <numerusform>about %n s left</numerusform>
        </translation>
    </message>
    <message>
        <source>about %1 min %2 s left</source>
        <translation>about %1 min %2 s left</translation>
    </message>
    <message>
        <source>Batch progress</source>
        <translation>Batch progress</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Send nothing more; requests already sent finish, the rest are reported cancelled</source>
        <translation>Send nothing more; requests already sent finish, the rest are reported cancelled</translation>
    </message>
    <message>
        <source>%1 done, %2 failed, %3 left</source>
        <translation>%1 done, %2 failed, %3 left</translation>
    </message>
    <message numerus="yes">
        <source>paused, resuming in %n s</source>
        <translation>
            <numerusform>paused, resuming in %n s</numerusform>
            <numerusform>paused, resuming in %n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Rate limited: paused for %n s.</source>
        <translation>
            <numerusform>Rate limited: paused for %n s.</numerusform>
            <numerusform>Rate limited: paused for %n s.</numerusform>
        </translation>
    </message>
    <message>
        <source>The portal asked to slow down; the batch resumes by itself.</source>
        <translation>The portal asked to slow down; the batch resumes by itself.</translation>
    </message>
    <message>
        <source>This key expired on %1 and cannot be reactivated: the portal refuses every change to an expired key. To let what used it work again, create a new key (Keys menu) and give it the new secret; then revoke this one.</source>
        <translation>This key expired on %1 and cannot be reactivated: the portal refuses every change to an expired key. To let what used it work again, create a new key (Keys menu) and give it the new secret; then revoke this one.</translation>
    </message>
    <message>
        <source>This key expired on %1 and no longer works; the portal refuses every change to an expired key, so it cannot be deactivated. Revoke it to remove it.</source>
        <translation>This key expired on %1 and no longer works; the portal refuses every change to an expired key, so it cannot be deactivated. Revoke it to remove it.</translation>
    </message>
</context>
<context>
    <name>BatchSummary</name>
    <message numerus="yes">
        <source>Revoked %1 of %n key(s)</source>
        <translation>
            <numerusform>Revoked %1 of %n key</numerusform>
            <numerusform>Revoked %1 of %n keys</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deactivated %1 of %n key(s)</source>
        <translation>
            <numerusform>Deactivated %1 of %n key</numerusform>
            <numerusform>Deactivated %1 of %n keys</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reactivated %1 of %n key(s)</source>
        <translation>
            <numerusform>Reactivated %1 of %n key</numerusform>
            <numerusform>Reactivated %1 of %n keys</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n refused by the portal</source>
        <translation>
            <numerusform>%n refused by the portal</numerusform>
            <numerusform>%n refused by the portal</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not found on the portal (already revoked, or a wrong id)</source>
        <translation>
            <numerusform>%n not found on the portal (already revoked, or a wrong id)</numerusform>
            <numerusform>%n not found on the portal (already revoked, or a wrong id)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with an id that is not a key id</source>
        <translation>
            <numerusform>%n with an id that is not a key id</numerusform>
            <numerusform>%n with an id that is not a key id</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not changed because the portal did not accept the token</source>
        <translation>
            <numerusform>%n not changed because the portal did not accept the token</numerusform>
            <numerusform>%n not changed because the portal did not accept the token</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not changed because the token may not change keys</source>
        <translation>
            <numerusform>%n not changed because the token may not change keys</numerusform>
            <numerusform>%n not changed because the token may not change keys</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not changed because the portal is unavailable</source>
        <translation>
            <numerusform>%n not changed because the portal is unavailable</numerusform>
            <numerusform>%n not changed because the portal is unavailable</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not changed because the portal kept asking to slow down</source>
        <translation>
            <numerusform>%n not changed because the portal kept asking to slow down</numerusform>
            <numerusform>%n not changed because the portal kept asking to slow down</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed with an error on the portal</source>
        <translation>
            <numerusform>%n failed with an error on the portal</numerusform>
            <numerusform>%n failed with an error on the portal</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with an answer that could not be read</source>
        <translation>
            <numerusform>%n with an answer that could not be read</numerusform>
            <numerusform>%n with an answer that could not be read</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not sent because the portal could not be reached</source>
        <translation>
            <numerusform>%n not sent because the portal could not be reached</numerusform>
            <numerusform>%n not sent because the portal could not be reached</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n timed out</source>
        <translation>
            <numerusform>%n timed out</numerusform>
            <numerusform>%n timed out</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not sent because the certificate is not trusted</source>
        <translation>
            <numerusform>%n not sent because the certificate is not trusted</numerusform>
            <numerusform>%n not sent because the certificate is not trusted</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not sent over unencrypted HTTP</source>
        <translation>
            <numerusform>%n not sent over unencrypted HTTP</numerusform>
            <numerusform>%n not sent over unencrypted HTTP</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cancelled</source>
        <translation>
            <numerusform>%n cancelled</numerusform>
            <numerusform>%n cancelled</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with an unknown outcome (refresh the list to check)</source>
        <translation>
            <numerusform>%n with an unknown outcome (refresh the list to check)</numerusform>
            <numerusform>%n with an unknown outcome (refresh the list to check)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Portal address, e.g. https://portal.example.com.</source>
        <translation>Portal address, e.g. https://portal.example.com.</translation>
    </message>
    <message>
        <source>Use a saved profile (its portal, settings and keychain token) instead of --portal.</source>
        <translation>Use a saved profile (its portal, settings and keychain token) instead of --portal.</translation>
    </message>
    <message>
        <source>Read the access token from the first line of standard input instead of the DOCSPACE_TOKEN environment variable. Tokens are never accepted as arguments.</source>
        <translation>Read the access token from the first line of standard input instead of the DOCSPACE_TOKEN environment variable. Tokens are never accepted as arguments.</translation>
    </message>
    <message>
        <source>Also trust the certificate authorities in this PEM file (an internal CA).</source>
        <translation>Also trust the certificate authorities in this PEM file (an internal CA).</translation>
    </message>
    <message>
        <source>Trust exactly the server certificate with this SHA-256 fingerprint (hex, colons optional).</source>
        <translation>Trust exactly the server certificate with this SHA-256 fingerprint (hex, colons optional).</translation>
    </message>
    <message>
        <source>Allow plain http:// to a host that is not this computer (the token travels unencrypted).</source>
        <translation>Allow plain http:// to a host that is not this computer (the token travels unencrypted).</translation>
    </message>
    <message>
        <source>Give up when the portal sends nothing for this many seconds (default 30, or the profile&apos;s).</source>
        <translation>Give up when the portal sends nothing for this many seconds (default 30, or the profile&apos;s).</translation>
    </message>
    <message>
        <source>Invalid --timeout: give a number of seconds between 1 and 3600.</source>
        <translation>Invalid --timeout: give a number of seconds between 1 and 3600.</translation>
    </message>
    <message>
        <source>Invalid --trust-cert: %1</source>
        <translation>Invalid --trust-cert: %1</translation>
    </message>
    <message>
        <source>Give either --portal or --profile, not both.</source>
        <translation>Give either --portal or --profile, not both.</translation>
    </message>
    <message>
        <source>Missing --portal or --profile: give the portal address (e.g. --portal https://portal.example.com) or a saved profile&apos;s name.</source>
        <translation>Missing --portal or --profile: give the portal address (e.g. --portal https://portal.example.com) or a saved profile&apos;s name.</translation>
    </message>
    <message>
        <source>There is no profile named &quot;%1&quot;. &apos;docspace-keys-cli profiles list&apos; shows the saved ones.</source>
        <translation>There is no profile named &quot;%1&quot;. &apos;docspace-keys-cli profiles list&apos; shows the saved ones.</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot;: %2</source>
        <translation>Profile &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>Invalid --portal: %1</source>
        <translation>Invalid --portal: %1</translation>
    </message>
    <message>
        <source>No access token on standard input: pipe one line holding the token.</source>
        <translation>No access token on standard input: pipe one line holding the token.</translation>
    </message>
    <message>
        <source>No token is saved for profile &quot;%1&quot; (%2). Save one with &apos;profiles add --token-stdin&apos;, or set DOCSPACE_TOKEN.</source>
        <translation>No token is saved for profile &quot;%1&quot; (%2). Save one with &apos;profiles add --token-stdin&apos;, or set DOCSPACE_TOKEN.</translation>
    </message>
    <message>
        <source>No access token: set DOCSPACE_TOKEN, or pass --token-stdin and pipe it in.</source>
        <translation>No access token: set DOCSPACE_TOKEN, or pass --token-stdin and pipe it in.</translation>
    </message>
    <message>
        <source>Run &apos;docspace-keys-cli %1 --help&apos; for the options.</source>
        <translation>Run &apos;docspace-keys-cli %1 --help&apos; for the options.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; takes no arguments besides its options.</source>
        <translation>&apos;%1&apos; takes no arguments besides its options.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; (%2, ending %3), created by %4, %5</source>
        <translation>&quot;%1&quot; (%2, ending %3), created by %4, %5</translation>
    </message>
    <message>
        <source>all scopes</source>
        <translation>all scopes</translation>
    </message>
    <message>
        <source>Revoke leaked API-key secrets. Reads any text on standard input (a log, a diff, a chat export), finds every sk- secret in it, asks the portal which key each one is, and revokes it with YOUR token (--profile or DOCSPACE_TOKEN), never with the leaked one. The text and the secrets are kept in memory only. Without --yes it only reports.
Exit status: 0 every secret is revoked or no longer works, 1 otherwise, 2 usage error.</source>
        <translation>Revoke leaked API-key secrets. Reads any text on standard input (a log, a diff, a chat export), finds every sk- secret in it, asks the portal which key each one is, and revokes it with YOUR token (--profile or DOCSPACE_TOKEN), never with the leaked one. The text and the secrets are kept in memory only. Without --yes it only reports.
Exit status: 0 every secret is revoked or no longer works, 1 otherwise, 2 usage error.</translation>
    </message>
    <message>
        <source>Revoke the identified keys without asking.</source>
        <translation>Revoke the identified keys without asking.</translation>
    </message>
    <message>
        <source>Print one JSON object per secret.</source>
        <translation>Print one JSON object per secret.</translation>
    </message>
    <message>
        <source>Standard input holds the leaked text: give your own token in DOCSPACE_TOKEN or a profile.</source>
        <translation>Standard input holds the leaked text: give your own token in DOCSPACE_TOKEN or a profile.</translation>
    </message>
    <message>
        <source>No API-key secret found on standard input (sk- followed by 64 lower-case hexadecimal digits).</source>
        <translation>No API-key secret found on standard input (sk- followed by 64 lower-case hexadecimal digits).</translation>
    </message>
    <message>
        <source>%1 is key %2.</source>
        <translation>%1 is key %2.</translation>
    </message>
    <message>
        <source>Not revoked: pass --yes to revoke it.</source>
        <translation>Not revoked: pass --yes to revoke it.</translation>
    </message>
    <message>
        <source>candidate (same ending): %1</source>
        <translation>candidate (same ending): %1</translation>
    </message>
    <message>
        <source>Candidates are never revoked automatically: check them, then use &apos;docspace-keys-cli revoke ID&apos;.</source>
        <translation>Candidates are never revoked automatically: check them, then use &apos;docspace-keys-cli revoke ID&apos;.</translation>
    </message>
    <message>
        <source>The key-hygiene report: expired keys still present, deactivated keys, keys never used or unused for N days, keys without expiry, keys with every permission.</source>
        <translation>The key-hygiene report: expired keys still present, deactivated keys, keys never used or unused for N days, keys without expiry, keys with every permission.</translation>
    </message>
    <message>
        <source>Print the report as JSON.</source>
        <translation>Print the report as JSON.</translation>
    </message>
    <message>
        <source>Threshold for unused keys (default 90).</source>
        <translation>Threshold for unused keys (default 90).</translation>
    </message>
    <message>
        <source>Also write a printable HTML report to FILE.</source>
        <translation>Also write a printable HTML report to FILE.</translation>
    </message>
    <message>
        <source>Invalid --unused-days: give a whole number of days.</source>
        <translation>Invalid --unused-days: give a whole number of days.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Key hygiene on %1: %n key(s) examined.</source>
        <translation>
            <numerusform>Key hygiene on %1: %n key examined.</numerusform>
            <numerusform>Key hygiene on %1: %n keys examined.</numerusform>
        </translation>
    </message>
    <message>
        <source>portal: %1</source>
        <translation>portal: %1</translation>
    </message>
    <message>
        <source>Revoke (delete) DocSpace API keys by id.</source>
        <translation>Revoke (delete) DocSpace API keys by id.</translation>
    </message>
    <message>
        <source>Deactivate DocSpace API keys by id: they stop working until reactivated.</source>
        <translation>Deactivate DocSpace API keys by id: they stop working until reactivated.</translation>
    </message>
    <message>
        <source>Reactivate deactivated DocSpace API keys by id (expired keys cannot be).</source>
        <translation>Reactivate deactivated DocSpace API keys by id (expired keys cannot be).</translation>
    </message>
    <message>
        <source>Do not ask for confirmation (for scripts).</source>
        <translation>Do not ask for confirmation (for scripts).</translation>
    </message>
    <message>
        <source>Print one JSON object per id.</source>
        <translation>Print one JSON object per id.</translation>
    </message>
    <message>
        <source>Key ids (UUIDs), or - for standard input.</source>
        <translation>Key ids (UUIDs), or - for standard input.</translation>
    </message>
    <message>
        <source>Standard input cannot hold both the token (--token-stdin) and the ids (-): give the token in DOCSPACE_TOKEN or a profile.</source>
        <translation>Standard input cannot hold both the token (--token-stdin) and the ids (-): give the token in DOCSPACE_TOKEN or a profile.</translation>
    </message>
    <message>
        <source>Give at least one key id.</source>
        <translation>Give at least one key id.</translation>
    </message>
    <message>
        <source>Invalid --concurrency: give a number from 1 to %1.</source>
        <translation>Invalid --concurrency: give a number from 1 to %1.</translation>
    </message>
    <message>
        <source>Not revoking: no terminal to ask for confirmation on. Pass --yes to confirm in a script.</source>
        <translation>Not revoking: no terminal to ask for confirmation on. Pass --yes to confirm in a script.</translation>
    </message>
    <message numerus="yes">
        <source>Revoke %n key(s) on %1? This cannot be undone.</source>
        <translation>
            <numerusform>Revoke %n key on %1? This cannot be undone.</numerusform>
            <numerusform>Revoke %n keys on %1? This cannot be undone.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing revoked.</source>
        <translation>Nothing revoked.</translation>
    </message>
    <message numerus="yes">
        <source>Rate limited by the portal: pausing for %n second(s).</source>
        <translation>
            <numerusform>Rate limited by the portal: pausing for %n second.</numerusform>
            <numerusform>Rate limited by the portal: pausing for %n seconds.</numerusform>
        </translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>Unknown command &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Saved portal profiles, shared with the DocSpace Keys window. Tokens are kept in the system keychain, read from standard input (--token-stdin), never from arguments.

</source>
        <translation>Saved portal profiles, shared with the DocSpace Keys window. Tokens are kept in the system keychain, read from standard input (--token-stdin), never from arguments.

</translation>
    </message>
    <message>
        <source>Print a JSON array.</source>
        <translation>Print a JSON array.</translation>
    </message>
    <message>
        <source>&apos;profiles list&apos; takes no names.</source>
        <translation>&apos;profiles list&apos; takes no names.</translation>
    </message>
    <message>
        <source>No saved profiles. Add one with &apos;docspace-keys-cli profiles add NAME --portal URL --token-stdin&apos;.</source>
        <translation>No saved profiles. Add one with &apos;docspace-keys-cli profiles add NAME --portal URL --token-stdin&apos;.</translation>
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
        <translation>AUTH</translation>
    </message>
    <message>
        <source>TOKEN</source>
        <translation>TOKEN</translation>
    </message>
    <message>
        <source>saved</source>
        <translation>saved</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>&apos;profiles show&apos; takes one profile name.</source>
        <translation>&apos;profiles show&apos; takes one profile name.</translation>
    </message>
    <message>
        <source>There is no profile named &quot;%1&quot;.</source>
        <translation>There is no profile named &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Name:          %1</source>
        <translation>Name:          %1</translation>
    </message>
    <message>
        <source>Portal:        %1</source>
        <translation>Portal:        %1</translation>
    </message>
    <message>
        <source>Auth scheme:   %1</source>
        <translation>Auth scheme:   %1</translation>
    </message>
    <message>
        <source>Token:         %1</source>
        <translation>Token:         %1</translation>
    </message>
    <message>
        <source>saved in %1</source>
        <translation>saved in %1</translation>
    </message>
    <message>
        <source>not saved</source>
        <translation>not saved</translation>
    </message>
    <message>
        <source>Plain HTTP:    %1</source>
        <translation>Plain HTTP:    %1</translation>
    </message>
    <message>
        <source>ALLOWED (the token may travel unencrypted)</source>
        <translation>ALLOWED (the token may travel unencrypted)</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>refused</translation>
    </message>
    <message>
        <source>Trusted cert:  %1</source>
        <translation>Trusted cert:  %1</translation>
    </message>
    <message>
        <source>Extra CA file: %1</source>
        <translation>Extra CA file: %1</translation>
    </message>
    <message numerus="yes">
        <source>Timeout:       %n second(s)</source>
        <translation>
            <numerusform>Timeout:       %n second</numerusform>
            <numerusform>Timeout:       %n seconds</numerusform>
        </translation>
    </message>
    <message>
        <source>&apos;profiles add&apos; takes one name and --portal.</source>
        <translation>&apos;profiles add&apos; takes one name and --portal.</translation>
    </message>
    <message>
        <source>No system keychain is available (%1), so the token cannot be saved.</source>
        <translation>No system keychain is available (%1), so the token cannot be saved.</translation>
    </message>
    <message>
        <source>The profile was not added. Use DOCSPACE_TOKEN with --portal instead.</source>
        <translation>The profile was not added. Use DOCSPACE_TOKEN with --portal instead.</translation>
    </message>
    <message>
        <source>Added profile &quot;%1&quot; for %2%3.</source>
        <translation>Added profile &quot;%1&quot; for %2%3.</translation>
    </message>
    <message>
        <source> (no token saved)</source>
        <translation> (no token saved)</translation>
    </message>
    <message>
        <source>, token in the keychain</source>
        <translation>, token in the keychain</translation>
    </message>
    <message>
        <source>&apos;profiles remove&apos; takes one profile name.</source>
        <translation>&apos;profiles remove&apos; takes one profile name.</translation>
    </message>
    <message>
        <source>The profile was kept so that its token is not left behind unnoticed.</source>
        <translation>The profile was kept so that its token is not left behind unnoticed.</translation>
    </message>
    <message>
        <source>Removed profile &quot;%1&quot; and its token.</source>
        <translation>Removed profile &quot;%1&quot; and its token.</translation>
    </message>
    <message>
        <source>Unknown profiles action &quot;%1&quot;.</source>
        <translation>Unknown profiles action &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Print CSV with a header row.</source>
        <translation>Print CSV with a header row.</translation>
    </message>
    <message>
        <source>Only expired keys.</source>
        <translation>Only expired keys.</translation>
    </message>
    <message>
        <source>Only deactivated keys.</source>
        <translation>Only deactivated keys.</translation>
    </message>
    <message>
        <source>Only keys created by this user (name or id).</source>
        <translation>Only keys created by this user (name or id).</translation>
    </message>
    <message>
        <source>List the API keys the token can see: all of the portal&apos;s for an administrator, otherwise the caller&apos;s own.</source>
        <translation>List the API keys the token can see: all of the portal&apos;s for an administrator, otherwise the caller&apos;s own.</translation>
    </message>
    <message>
        <source>Choose --json or --csv, not both.</source>
        <translation>Choose --json or --csv, not both.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>ENDING</source>
        <translation>ENDING</translation>
    </message>
    <message>
        <source>CREATED BY</source>
        <translation>CREATED BY</translation>
    </message>
    <message>
        <source>CREATED</source>
        <translation>CREATED</translation>
    </message>
    <message>
        <source>LAST USED</source>
        <translation>LAST USED</translation>
    </message>
    <message>
        <source>EXPIRES</source>
        <translation>EXPIRES</translation>
    </message>
    <message>
        <source>STATE</source>
        <translation>STATE</translation>
    </message>
    <message>
        <source>PERMISSIONS</source>
        <translation>PERMISSIONS</translation>
    </message>
    <message>
        <source>never</source>
        <translation>never</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n key(s) shown.</source>
        <translation>
            <numerusform>%1 of %n key shown.</numerusform>
            <numerusform>%1 of %n keys shown.</numerusform>
        </translation>
    </message>
    <message>
        <source>Print a JSON object.</source>
        <translation>Print a JSON object.</translation>
    </message>
    <message>
        <source>Who the token signs in as, and for an API key, which key it is.</source>
        <translation>Who the token signs in as, and for an API key, which key it is.</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>warning: %1</translation>
    </message>
    <message>
        <source>Only records from this date or time on (ISO 8601).</source>
        <translation>Only records from this date or time on (ISO 8601).</translation>
    </message>
    <message>
        <source>Only records for this portal.</source>
        <translation>Only records for this portal.</translation>
    </message>
    <message>
        <source>Only records made with this profile.</source>
        <translation>Only records made with this profile.</translation>
    </message>
    <message>
        <source>Invalid --since: give a date such as 2026-07-01 or 2026-07-01T14:00.</source>
        <translation>Invalid --since: give a date such as 2026-07-01 or 2026-07-01T14:00.</translation>
    </message>
    <message>
        <source>No history yet (%1).</source>
        <translation>No history yet (%1).</translation>
    </message>
    <message>
        <source>TIME (UTC)</source>
        <translation>TIME (UTC)</translation>
    </message>
    <message>
        <source>OPERATION</source>
        <translation>OPERATION</translation>
    </message>
    <message>
        <source>KEY</source>
        <translation>KEY</translation>
    </message>
    <message>
        <source>OUTCOME</source>
        <translation>OUTCOME</translation>
    </message>
    <message>
        <source>HTTP</source>
        <translation>HTTP</translation>
    </message>
    <message>
        <source>BY</source>
        <translation>BY</translation>
    </message>
    <message>
        <source>At most this many requests at once (1-%1). Without it the batch finds how many the portal takes, up to %2. A rate limit from the portal slows them all.</source>
        <translation>At most this many requests at once (1-%1). Without it the batch finds how many the portal takes, up to %2. A rate limit from the portal slows them all.</translation>
    </message>
    <message>
        <source>How to send the token: auto (default; sk-... is an API key), apikey (&quot;Bearer &lt;token&gt;&quot;, also to force it for a session token; alias bearer) or session (as it is).</source>
        <translation>How to send the token: auto (default; sk-... is an API key), apikey (&quot;Bearer &lt;token&gt;&quot;, also to force it for a session token; alias bearer) or session (as it is).</translation>
    </message>
    <message>
        <source>Invalid --auth &quot;%1&quot;: use auto, apikey, bearer or session.</source>
        <translation>Invalid --auth &quot;%1&quot;: use auto, apikey, bearer or session.</translation>
    </message>
    <message>
        <source>Certificate SHA-256 fingerprint: %1</source>
        <translation>Certificate SHA-256 fingerprint: %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; (%2)</source>
        <translation>&quot;%1&quot; (%2)</translation>
    </message>
    <message>
        <source>created by %1</source>
        <translation>created by %1</translation>
    </message>
    <message>
        <source>Not deactivating: no terminal to ask for confirmation on. Pass --yes to confirm in a script.</source>
        <translation>Not deactivating: no terminal to ask for confirmation on. Pass --yes to confirm in a script.</translation>
    </message>
    <message>
        <source>Not reactivating: no terminal to ask for confirmation on. Pass --yes to confirm in a script.</source>
        <translation>Not reactivating: no terminal to ask for confirmation on. Pass --yes to confirm in a script.</translation>
    </message>
    <message numerus="yes">
        <source>... and %n more key(s)</source>
        <translation>
            <numerusform>... and %n more key</numerusform>
            <numerusform>... and %n more keys</numerusform>
        </translation>
    </message>
    <message>
        <source>(The key list could not be read to name the keys: %1)</source>
        <translation>(The key list could not be read to name the keys: %1)</translation>
    </message>
    <message numerus="yes">
        <source>Deactivate %n key(s) on %1? They stop working until reactivated.</source>
        <translation>
            <numerusform>Deactivate %n key on %1? It stops working until reactivated.</numerusform>
            <numerusform>Deactivate %n keys on %1? They stop working until reactivated.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reactivate %n key(s) on %1?</source>
        <translation>
            <numerusform>Reactivate %n key on %1?</numerusform>
            <numerusform>Reactivate %n keys on %1?</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing deactivated.</source>
        <translation>Nothing deactivated.</translation>
    </message>
    <message>
        <source>Nothing reactivated.</source>
        <translation>Nothing reactivated.</translation>
    </message>
    <message>
        <source>Revoke (delete) API keys by id</source>
        <translation>Revoke (delete) API keys by id</translation>
    </message>
    <message>
        <source>Deactivate keys (reversible)</source>
        <translation>Deactivate keys (reversible)</translation>
    </message>
    <message>
        <source>Reactivate deactivated keys</source>
        <translation>Reactivate deactivated keys</translation>
    </message>
    <message>
        <source>List the keys the token can see</source>
        <translation>List the keys the token can see</translation>
    </message>
    <message>
        <source>Who the token signs in as, and which key it is</source>
        <translation>Who the token signs in as, and which key it is</translation>
    </message>
    <message>
        <source>What was revoked from this computer, when, by whom and with what result</source>
        <translation>What was revoked from this computer, when, by whom and with what result</translation>
    </message>
    <message>
        <source>Find leaked sk- secrets in text on standard input and revoke them</source>
        <translation>Find leaked sk- secrets in text on standard input and revoke them</translation>
    </message>
    <message>
        <source>The key-hygiene report: expired, unused, unrestricted keys...</source>
        <translation>The key-hygiene report: expired, unused, unrestricted keys...</translation>
    </message>
    <message>
        <source>List, show, add and remove saved portal profiles</source>
        <translation>List, show, add and remove saved portal profiles</translation>
    </message>
    <message>
        <source>Usage: docspace-keys-cli &lt;command&gt; [options]</source>
        <translation>Usage: docspace-keys-cli &lt;command&gt; [options]</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Commands:</translation>
    </message>
    <message>
        <source>Run &apos;docspace-keys-cli &lt;command&gt; --help&apos; for a command&apos;s options.
The access token comes from DOCSPACE_TOKEN or --token-stdin, never from arguments.
Exit status: 0 success, 1 an operation failed, 2 usage error.
</source>
        <translation>Run &apos;docspace-keys-cli &lt;command&gt; --help&apos; for a command&apos;s options.
The access token comes from DOCSPACE_TOKEN or --token-stdin, never from arguments.
Exit status: 0 success, 1 an operation failed, 2 usage error.
</translation>
    </message>
    <message>
        <source>Also write the report as CSV to FILE (the same file as the window&apos;s export).</source>
        <translation>Also write the report as CSV to FILE (the same file as the window&apos;s export).</translation>
    </message>
    <message numerus="yes">
        <source>%n repeated id(s) on standard input skipped.</source>
        <translation>
            <numerusform>%n repeated id on standard input skipped.</numerusform>
            <numerusform>%n repeated ids on standard input skipped.</numerusform>
        </translation>
    </message>
    <message>
        <source>Each id gets one line of output, in the order given; every attempt is kept in the local history.
Without --yes, asks on the terminal, naming the portal and the keys.
Give - to read ids from standard input, one per line or a CSV export with an id column (blank lines and # comments are ignored).
Exit status: 0 every key changed, 1 at least one not, 2 usage error.</source>
        <translation>Each id gets one line of output, in the order given; every attempt is kept in the local history.
Without --yes, asks on the terminal, naming the portal and the keys.
Give - to read ids from standard input, one per line or a CSV export with an id column (blank lines and # comments are ignored).
Exit status: 0 every key changed, 1 at least one not, 2 usage error.</translation>
    </message>
    <message>
        <source>window</source>
        <translation>window</translation>
    </message>
    <message>
        <source>command line</source>
        <translation>command line</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>who acted (window or command line)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Invalid --expires-in-days: give a whole number of days from 1 to %1 (leave it out for a key that never expires).</source>
        <translation>Invalid --expires-in-days: give a whole number of days from 1 to %1 (leave it out for a key that never expires).</translation>
    </message>
    <message>
        <source>no token is saved for it (%1)</source>
        <translation>no token is saved for it (%1)</translation>
    </message>
    <message>
        <source>Create an API key (POST /api/2.0/keys). The new key&apos;s secret is printed once, alone on the first line of standard output, and kept nowhere: not in the history, not in any file. With --json a second line holds the key as a JSON object (without the secret).
Without --expires-in-days the key never expires. The portal lets each user create at most 5 keys in 15 minutes.
Exit status: 0 created, 1 not created, 2 usage error.</source>
        <translation>Create an API key (POST /api/2.0/keys). The new key&apos;s secret is printed once, alone on the first line of standard output, and kept nowhere: not in the history, not in any file. With --json a second line holds the key as a JSON object (without the secret).
Without --expires-in-days the key never expires. The portal lets each user create at most 5 keys in 15 minutes.
Exit status: 0 created, 1 not created, 2 usage error.</translation>
    </message>
    <message>
        <source>The key&apos;s name (at most %1 characters).</source>
        <translation>The key&apos;s name (at most %1 characters).</translation>
    </message>
    <message>
        <source>all (default), read-only, or a comma-separated list of files, rooms, profile, accounts each with :read or :write (write includes read), e.g. files:write,rooms:read.</source>
        <translation>all (default), read-only, or a comma-separated list of files, rooms, profile, accounts each with :read or :write (write includes read), e.g. files:write,rooms:read.</translation>
    </message>
    <message>
        <source>The key stops working after this many days (1-%1).</source>
        <translation>The key stops working after this many days (1-%1).</translation>
    </message>
    <message>
        <source>Also print the new key as a JSON object.</source>
        <translation>Also print the new key as a JSON object.</translation>
    </message>
    <message>
        <source>Give the key&apos;s name with --name.</source>
        <translation>Give the key&apos;s name with --name.</translation>
    </message>
    <message>
        <source>Created &quot;%1&quot; (%2, ending %3; permissions: %4; %5). The secret on standard output is shown only this once: store it now.</source>
        <translation>Created &quot;%1&quot; (%2, ending %3; permissions: %4; %5). The secret on standard output is shown only this once: store it now.</translation>
    </message>
    <message>
        <source>expires %1</source>
        <translation>expires %1</translation>
    </message>
    <message>
        <source>never expires</source>
        <translation>never expires</translation>
    </message>
    <message>
        <source>Change a key&apos;s name and/or permissions (PUT /api/2.0/keys/{id}). The key keeps its secret. Expired keys cannot be changed.
Exit status: 0 changed, 1 not changed, 2 usage error.</source>
        <translation>Change a key&apos;s name and/or permissions (PUT /api/2.0/keys/{id}). The key keeps its secret. Expired keys cannot be changed.
Exit status: 0 changed, 1 not changed, 2 usage error.</translation>
    </message>
    <message>
        <source>The new name (at most %1 characters).</source>
        <translation>The new name (at most %1 characters).</translation>
    </message>
    <message>
        <source>The new permissions: all, read-only, or e.g. files:write,rooms:read.</source>
        <translation>The new permissions: all, read-only, or e.g. files:write,rooms:read.</translation>
    </message>
    <message>
        <source>Print the outcome as a JSON object.</source>
        <translation>Print the outcome as a JSON object.</translation>
    </message>
    <message>
        <source>The key&apos;s id (UUID).</source>
        <translation>The key&apos;s id (UUID).</translation>
    </message>
    <message>
        <source>Give exactly one key id.</source>
        <translation>Give exactly one key id.</translation>
    </message>
    <message>
        <source>Rotate keys: create a replacement for each (the same name plus &quot; (rotated)&quot;, the same permissions, the same whole lifetime), then revoke the old keys. If any replacement cannot be created, no old key is revoked. One line per key: old id, outcome, new id, old key&apos;s state, and the new secret (shown only this once), unless --secrets-file.
Exit status: 0 every key rotated, 1 not all (the lines say which old keys still work), 2 usage error.</source>
        <translation>Rotate keys: create a replacement for each (the same name plus &quot; (rotated)&quot;, the same permissions, the same whole lifetime), then revoke the old keys. If any replacement cannot be created, no old key is revoked. One line per key: old id, outcome, new id, old key&apos;s state, and the new secret (shown only this once), unless --secrets-file.
Exit status: 0 every key rotated, 1 not all (the lines say which old keys still work), 2 usage error.</translation>
    </message>
    <message>
        <source>Do not ask before revoking the old keys (for scripts).</source>
        <translation>Do not ask before revoking the old keys (for scripts).</translation>
    </message>
    <message>
        <source>Print one JSON object per key.</source>
        <translation>Print one JSON object per key.</translation>
    </message>
    <message>
        <source>Write the new secrets to this file (readable by you only) instead of standard output.</source>
        <translation>Write the new secrets to this file (readable by you only) instead of standard output.</translation>
    </message>
    <message>
        <source>Key ids (UUIDs).</source>
        <translation>Key ids (UUIDs).</translation>
    </message>
    <message>
        <source>Not rotating: no terminal to confirm revoking the old keys on. Pass --yes to confirm in a script.</source>
        <translation>Not rotating: no terminal to confirm revoking the old keys on. Pass --yes to confirm in a script.</translation>
    </message>
    <message>
        <source>%1: the portal lists no such key (or not to this token); nothing was created or revoked.</source>
        <translation>%1: the portal lists no such key (or not to this token); nothing was created or revoked.</translation>
    </message>
    <message>
        <source>Cannot write the secrets file %1: %2. The new secrets are printed instead.</source>
        <translation>Cannot write the secrets file %1: %2. The new secrets are printed instead.</translation>
    </message>
    <message>
        <source>Old keys not revoked; they and their replacements all work.</source>
        <translation>Old keys not revoked; they and their replacements all work.</translation>
    </message>
    <message>
        <source>A replacement could not be created, so no old key was revoked.</source>
        <translation>A replacement could not be created, so no old key was revoked.</translation>
    </message>
    <message>
        <source>Not tried: an earlier replacement failed.</source>
        <translation>Not tried: an earlier replacement failed.</translation>
    </message>
    <message>
        <source>Replacement created; revoking the old key failed: %1</source>
        <translation>Replacement created; revoking the old key failed: %1</translation>
    </message>
    <message>
        <source>Replacement created, old key revoked.</source>
        <translation>Replacement created, old key revoked.</translation>
    </message>
    <message>
        <source>Replacement created; the old key still works.</source>
        <translation>Replacement created; the old key still works.</translation>
    </message>
    <message>
        <source>OLD ID</source>
        <translation>OLD ID</translation>
    </message>
    <message>
        <source>NEW ID</source>
        <translation>NEW ID</translation>
    </message>
    <message>
        <source>OLD KEY</source>
        <translation>OLD KEY</translation>
    </message>
    <message>
        <source>NEW SECRET (shown once)</source>
        <translation>NEW SECRET (shown once)</translation>
    </message>
    <message numerus="yes">
        <source>%n old key(s) still work:</source>
        <translation>
            <numerusform>%n old key still works:</numerusform>
            <numerusform>%n old keys still work:</numerusform>
        </translation>
    </message>
    <message>
        <source>REVOKE AFTER (UTC)</source>
        <translation>REVOKE AFTER (UTC)</translation>
    </message>
    <message>
        <source>NOTE</source>
        <translation>NOTE</translation>
    </message>
    <message>
        <source>Invalid --after-days: give a whole number of days from 0 to %1.</source>
        <translation>Invalid --after-days: give a whole number of days from 0 to %1.</translation>
    </message>
    <message>
        <source>Deactivated; revoked on or after %1 (UTC) unless reactivated, when &apos;docspace-keys-cli retire --due&apos; or the app runs.</source>
        <translation>Deactivated; revoked on or after %1 (UTC) unless reactivated, when &apos;docspace-keys-cli retire --due&apos; or the app runs.</translation>
    </message>
    <message>
        <source>Deactivated, but the plan could not be saved: %1</source>
        <translation>Deactivated, but the plan could not be saved: %1</translation>
    </message>
    <message>
        <source>%1: planned without a saved profile; run &apos;retire --due --portal %1&apos; with its token.</source>
        <translation>%1: planned without a saved profile; run &apos;retire --due --portal %1&apos; with its token.</translation>
    </message>
    <message>
        <source>%1 (profile &quot;%2&quot;): %3</source>
        <translation>%1 (profile &quot;%2&quot;): %3</translation>
    </message>
    <message>
        <source>the profile now points elsewhere</source>
        <translation>the profile now points elsewhere</translation>
    </message>
    <message>
        <source>skipped: %1</source>
        <translation>skipped: %1</translation>
    </message>
    <message>
        <source>Nothing is due.</source>
        <translation>Nothing is due.</translation>
    </message>
    <message>
        <source>Retire keys in stages.
  retire ID... --after-days N   deactivate now; revoke after N days unless reactivated
  retire --due                  revoke what is due (run it daily from a timer); a key reactivated meanwhile is left alone and the plan says so
  retire --list                 show the plan
  retire --cancel ID...         take keys out of the plan (they stay deactivated)
The plan is kept beside the history (%1) and never holds a token. --due uses each planned profile&apos;s keychain token, or the connection given with --portal/--profile.
Exit status: 0 all done, 1 something failed or is left for the next run, 2 usage error.</source>
        <translation>Retire keys in stages.
  retire ID... --after-days N   deactivate now; revoke after N days unless reactivated
  retire --due                  revoke what is due (run it daily from a timer); a key reactivated meanwhile is left alone and the plan says so
  retire --list                 show the plan
  retire --cancel ID...         take keys out of the plan (they stay deactivated)
The plan is kept beside the history (%1) and never holds a token. --due uses each planned profile&apos;s keychain token, or the connection given with --portal/--profile.
Exit status: 0 all done, 1 something failed or is left for the next run, 2 usage error.</translation>
    </message>
    <message>
        <source>Revoke after this many days.</source>
        <translation>Revoke after this many days.</translation>
    </message>
    <message>
        <source>Carry out what is due.</source>
        <translation>Carry out what is due.</translation>
    </message>
    <message>
        <source>Show the plan.</source>
        <translation>Show the plan.</translation>
    </message>
    <message>
        <source>Take the given keys out of the plan.</source>
        <translation>Take the given keys out of the plan.</translation>
    </message>
    <message>
        <source>JSON output.</source>
        <translation>JSON output.</translation>
    </message>
    <message>
        <source>Give exactly one of --after-days N (with ids), --due, --list or --cancel (with ids).</source>
        <translation>Give exactly one of --after-days N (with ids), --due, --list or --cancel (with ids).</translation>
    </message>
    <message>
        <source>--due and --list take no key ids.</source>
        <translation>--due and --list take no key ids.</translation>
    </message>
    <message numerus="yes">
        <source>%n key(s) taken out of the plan.</source>
        <translation>
            <numerusform>%n key taken out of the plan.</numerusform>
            <numerusform>%n keys taken out of the plan.</numerusform>
        </translation>
    </message>
    <message>
        <source>The retirement plan is empty (%1).</source>
        <translation>The retirement plan is empty (%1).</translation>
    </message>
    <message>
        <source>List the keys of every saved profile together, with the portal as a column, using each profile&apos;s keychain token. A portal that cannot be listed is reported and the others are still shown.
Exit status: 0 every portal listed, 1 at least one not, 2 usage error.</source>
        <translation>List the keys of every saved profile together, with the portal as a column, using each profile&apos;s keychain token. A portal that cannot be listed is reported and the others are still shown.
Exit status: 0 every portal listed, 1 at least one not, 2 usage error.</translation>
    </message>
    <message>
        <source>Every saved profile.</source>
        <translation>Every saved profile.</translation>
    </message>
    <message>
        <source>No saved profiles: add some with &apos;docspace-keys-cli profiles add&apos;.</source>
        <translation>No saved profiles: add some with &apos;docspace-keys-cli profiles add&apos;.</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; skipped: %2</source>
        <translation>Profile &quot;%1&quot; skipped: %2</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; (%2): %3</source>
        <translation>Profile &quot;%1&quot; (%2): %3</translation>
    </message>
    <message>
        <source>PROFILE</source>
        <translation>PROFILE</translation>
    </message>
    <message>
        <source>Create an API key (its secret is printed once)</source>
        <translation>Create an API key (its secret is printed once)</translation>
    </message>
    <message>
        <source>Change a key&apos;s name or permissions</source>
        <translation>Change a key&apos;s name or permissions</translation>
    </message>
    <message>
        <source>Replace keys with new ones, then revoke the old</source>
        <translation>Replace keys with new ones, then revoke the old</translation>
    </message>
    <message>
        <source>Deactivate now, revoke after N days unless reactivated</source>
        <translation>Deactivate now, revoke after N days unless reactivated</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n key(s) shown</source>
        <translation>
            <numerusform>%1 of %n key shown</numerusform>
            <numerusform>%1 of %n keys shown</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, from %n portal(s).</source>
        <translation>
            <numerusform>, from %n portal.</numerusform>
            <numerusform>, from %n portals.</numerusform>
        </translation>
    </message>
    <message>
        <source>(this token)</source>
        <translation>(this token)</translation>
    </message>
    <message>
        <source>Type the number of keys (%1) to confirm; anything else cancels: </source>
        <translation>Type the number of keys (%1) to confirm; anything else cancels: </translation>
    </message>
    <message>
        <source>The number was not typed.</source>
        <translation>The number was not typed.</translation>
    </message>
    <message>
        <source>%1 is the key this command signs in with on %2.</source>
        <translation>%1 is the key this command signs in with on %2.</translation>
    </message>
    <message>
        <source>Once it is revoked, this token can no longer list or change keys; revocation cannot be undone.</source>
        <translation>Once it is revoked, this token can no longer list or change keys; revocation cannot be undone.</translation>
    </message>
    <message>
        <source>While it is deactivated, this token cannot list, change or even reactivate keys.</source>
        <translation>While it is deactivated, this token cannot list, change or even reactivate keys.</translation>
    </message>
    <message>
        <source>Revoke it too (i), skip it and go on with the others (s), or cancel everything (c)? [i/s/C] </source>
        <translation>Revoke it too (i), skip it and go on with the others (s), or cancel everything (c)? [i/s/C] </translation>
    </message>
    <message>
        <source>Deactivate it too (i), skip it and go on with the others (s), or cancel everything (c)? [i/s/C] </source>
        <translation>Deactivate it too (i), skip it and go on with the others (s), or cancel everything (c)? [i/s/C] </translation>
    </message>
    <message>
        <source>Skipping the key of this token.</source>
        <translation>Skipping the key of this token.</translation>
    </message>
    <message>
        <source>Only keys unused for N days.</source>
        <translation>Only keys unused for N days.</translation>
    </message>
    <message>
        <source>Every replacement was created. Now the old keys:</source>
        <translation>Every replacement was created. Now the old keys:</translation>
    </message>
    <message>
        <source>Every creation, change, revocation, deactivation and reactivation attempted from this computer, oldest first: which key, who acted, and what the portal answered (an edit&apos;s outcome says what it changed). The history is local: it never holds tokens or secrets.</source>
        <translation>Every creation, change, revocation, deactivation and reactivation attempted from this computer, oldest first: which key, who acted, and what the portal answered (an edit&apos;s outcome says what it changed). The history is local: it never holds tokens or secrets.</translation>
    </message>
</context>
<context>
    <name>Cli::Invocation</name>
    <message>
        <source>Warning: sending the access token to %1 over unencrypted HTTP.</source>
        <translation>Warning: sending the access token to %1 over unencrypted HTTP.</translation>
    </message>
</context>
<context>
    <name>ConnectionReport</name>
    <message>
        <source>owner</source>
        <translation>owner</translation>
    </message>
    <message>
        <source>administrator</source>
        <translation>administrator</translation>
    </message>
    <message>
        <source>guest</source>
        <translation>guest</translation>
    </message>
    <message>
        <source>member</source>
        <translation>member</translation>
    </message>
    <message>
        <source>Signed in as %1 (%2)</source>
        <translation>Signed in as %1 (%2)</translation>
    </message>
    <message>
        <source>all scopes</source>
        <translation>all scopes</translation>
    </message>
    <message>
        <source>expires %1</source>
        <translation>expires %1</translation>
    </message>
    <message>
        <source>never expires</source>
        <translation>never expires</translation>
    </message>
    <message>
        <source>API key &quot;%1&quot;: %2; %3</source>
        <translation>API key &quot;%1&quot;: %2; %3</translation>
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
        <translation>Signing in to %1…</translation>
    </message>
    <message>
        <source>This token can revoke keys on %1.</source>
        <translation>This token can revoke keys on %1.</translation>
    </message>
    <message>
        <source>Could not sign in to %1: %2</source>
        <translation>Could not sign in to %1: %2</translation>
    </message>
    <message>
        <source>The portal said: %1</source>
        <translation>The portal said: %1</translation>
    </message>
    <message>
        <source>Certificate SHA-256 fingerprint: %1</source>
        <translation>Certificate SHA-256 fingerprint: %1</translation>
    </message>
    <message>
        <source>Trusted for this session: test the connection again.</source>
        <translation>Trusted for this session: test the connection again.</translation>
    </message>
    <message>
        <source>Tr&amp;ust This Certificate…</source>
        <translation>Tr&amp;ust This Certificate…</translation>
    </message>
</context>
<context>
    <name>ConnectionTest</name>
    <message>
        <source>This API key cannot revoke keys: it lacks the *:write scope.</source>
        <translation>This API key cannot revoke keys: it lacks the *:write scope.</translation>
    </message>
    <message numerus="yes">
        <source>This API key expires in %n day(s), on %1.</source>
        <translation>
            <numerusform>This API key expires in %n day, on %1.</numerusform>
            <numerusform>This API key expires in %n days, on %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The portal answered, but not with a user profile. Check that the address is a DocSpace portal.</source>
        <translation>The portal answered, but not with a user profile. Check that the address is a DocSpace portal.</translation>
    </message>
    <message>
        <source>You are not an administrator: you can revoke only the keys you created.</source>
        <translation>You are not an administrator: you can revoke only the keys you created.</translation>
    </message>
    <message>
        <source>The key&apos;s own details could not be read: %1</source>
        <translation>The key&apos;s own details could not be read: %1</translation>
    </message>
    <message>
        <source>The portal refused even to tell its version (HTTP 403 without a message): it is probably being moved, restored or encrypted. Try again later.</source>
        <translation>The portal refused even to tell its version (HTTP 403 without a message): it is probably being moved, restored or encrypted. Try again later.</translation>
    </message>
    <message>
        <source>The address answered, but not as a DocSpace portal: it does not say which DocSpace version it runs (HTTP %1 to /api/2.0/settings/version/build). Check that it is your portal&apos;s own address, not a login page, a proxy or another site.</source>
        <translation>The address answered, but not as a DocSpace portal: it does not say which DocSpace version it runs (HTTP %1 to /api/2.0/settings/version/build). Check that it is your portal&apos;s own address, not a login page, a proxy or another site.</translation>
    </message>
    <message>
        <source>This portal runs DocSpace %1, which has no API keys: they appeared in DocSpace 3.1. The portal must be updated before its keys can be managed.</source>
        <translation>This portal runs DocSpace %1, which has no API keys: they appeared in DocSpace 3.1. The portal must be updated before its keys can be managed.</translation>
    </message>
    <message>
        <source>DocSpace %1 lets any API key list, create, change and revoke keys, whatever its scopes (a key with only files:read can delete keys; fixed in 3.7.1). Treat every key of this portal as able to manage keys, and update the portal.</source>
        <translation>DocSpace %1 lets any API key list, create, change and revoke keys, whatever its scopes (a key with only files:read can delete keys; fixed in 3.7.1). Treat every key of this portal as able to manage keys, and update the portal.</translation>
    </message>
    <message>
        <source>DocSpace %1 is older than 3.7.1: its key routes do not check that an id is a UUID (a malformed id gets a validation error, not &quot;not found&quot;), and expired keys can still be changed and reactivated.</source>
        <translation>DocSpace %1 is older than 3.7.1: its key routes do not check that an id is a UUID (a malformed id gets a validation error, not &quot;not found&quot;), and expired keys can still be changed and reactivated.</translation>
    </message>
</context>
<context>
    <name>DocSpaceClient</name>
    <message>
        <source>No access token was given, so nothing was sent. Enter an API key or session token.</source>
        <translation>No access token was given, so nothing was sent. Enter an API key or session token.</translation>
    </message>
    <message>
        <source>The portal&apos;s answer held no key list. Check that the address is a DocSpace portal.</source>
        <translation>The portal&apos;s answer held no key list. Check that the address is a DocSpace portal.</translation>
    </message>
</context>
<context>
    <name>HistoryLog</name>
    <message>
        <source>The history file %1 is locked by another DocSpace Keys process.</source>
        <translation>The history file %1 is locked by another DocSpace Keys process.</translation>
    </message>
    <message>
        <source>Cannot write the history file %1: %2.</source>
        <translation>Cannot write the history file %1: %2.</translation>
    </message>
    <message>
        <source>Cannot read the history file %1: %2.</source>
        <translation>Cannot read the history file %1: %2.</translation>
    </message>
    <message>
        <source>Line %1 of the history file is incomplete or damaged and was skipped.</source>
        <translation>Line %1 of the history file is incomplete or damaged and was skipped.</translation>
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
        <translation>Revoke</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation>Deactivate</translation>
    </message>
    <message>
        <source>Reactivate</source>
        <translation>Reactivate</translation>
    </message>
    <message>
        <source>command line</source>
        <translation>command line</translation>
    </message>
    <message>
        <source>window</source>
        <translation>window</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Key id: %1</source>
        <translation>Key id: %1</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Portal</source>
        <translation>Portal</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profile</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>Operation</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Key</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>HTTP</source>
        <translation>HTTP</translation>
    </message>
    <message>
        <source>By</source>
        <translation>By</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>name</source>
        <translation>name</translation>
    </message>
    <message>
        <source>permissions</source>
        <translation>permissions</translation>
    </message>
    <message>
        <source>Edited: %1</source>
        <comment>what was changed: name, permissions</comment>
        <translation>Edited: %1</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Create</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Edit</translation>
    </message>
</context>
<context>
    <name>HistoryRecorder</name>
    <message>
        <source>This result was not recorded in the history. %1 Check that the folder is writable and that the disk is not full.</source>
        <translation>This result was not recorded in the history. %1 Check that the folder is writable and that the disk is not full.</translation>
    </message>
    <message>
        <source>Created with the permissions %1; it expires on %2 (UTC).</source>
        <translation>Created with the permissions %1; it expires on %2 (UTC).</translation>
    </message>
    <message>
        <source>Created with the permissions %1; it never expires.</source>
        <translation>Created with the permissions %1; it never expires.</translation>
    </message>
    <message>
        <source>Replacement for “%1” (%2), in a rotation.</source>
        <translation>Replacement for “%1” (%2), in a rotation.</translation>
    </message>
    <message>
        <source>Name “%1”, was “%2”.</source>
        <translation>Name “%1”, was “%2”.</translation>
    </message>
    <message>
        <source>Name “%1”.</source>
        <translation>Name “%1”.</translation>
    </message>
    <message>
        <source>Permissions %1.</source>
        <translation>Permissions %1.</translation>
    </message>
    <message>
        <source>Permissions %1, were %2.</source>
        <translation>Permissions %1, were %2.</translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Reload</translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation>E&amp;xport CSV…</translation>
    </message>
    <message>
        <source>Portal filter</source>
        <translation>Portal filter</translation>
    </message>
    <message>
        <source>Outcome filter</source>
        <translation>Outcome filter</translation>
    </message>
    <message>
        <source>Search key, message, user…</source>
        <translation>Search key, message, user…</translation>
    </message>
    <message>
        <source>Search the history</source>
        <translation>Search the history</translation>
    </message>
    <message>
        <source>Save the rows shown (after filtering) as a CSV file.</source>
        <translation>Save the rows shown (after filtering) as a CSV file.</translation>
    </message>
    <message numerus="yes">
        <source>…and %n more damaged line(s).</source>
        <translation>
            <numerusform>…and %n more damaged line.</numerusform>
            <numerusform>…and %n more damaged lines.</numerusform>
        </translation>
    </message>
    <message>
        <source>Some of the history could not be read, so it may be incomplete:
%1
The file is %2; the other records are shown. New records are still added.</source>
        <translation>Some of the history could not be read, so it may be incomplete:
%1
The file is %2; the other records are shown. New records are still added.</translation>
    </message>
    <message>
        <source>All portals</source>
        <translation>All portals</translation>
    </message>
    <message>
        <source>All outcomes</source>
        <translation>All outcomes</translation>
    </message>
    <message>
        <source>Nothing recorded yet. Every revocation, deactivation and reactivation made here or with docspace-keys-cli is listed here.</source>
        <translation>Nothing recorded yet. Every revocation, deactivation and reactivation made here or with docspace-keys-cli is listed here.</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s).</source>
        <translation>
            <numerusform>%n record.</numerusform>
            <numerusform>%n records.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n record(s) shown.</source>
        <translation>
            <numerusform>%1 of %n record shown.</numerusform>
            <numerusform>%1 of %n records shown.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export History</source>
        <translation>Export History</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV files (*.csv);;All files (*)</translation>
    </message>
    <message>
        <source>History Not Exported</source>
        <translation>History Not Exported</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>Cannot write %1.</translation>
    </message>
    <message>
        <source>%1
Choose another folder, or check that the disk is not full.</source>
        <translation>%1
Choose another folder, or check that the disk is not full.</translation>
    </message>
    <message>
        <source>Port&amp;al:</source>
        <translation>Port&amp;al:</translation>
    </message>
    <message>
        <source>O&amp;utcome:</source>
        <translation>O&amp;utcome:</translation>
    </message>
</context>
<context>
    <name>HygieneReport</name>
    <message>
        <source>Expired keys still present</source>
        <translation>Expired keys still present</translation>
    </message>
    <message>
        <source>They no longer work but still clutter the list and hide real problems; revoke them.</source>
        <translation>They no longer work but still clutter the list and hide real problems; revoke them.</translation>
    </message>
    <message>
        <source>Deactivated keys</source>
        <translation>Deactivated keys</translation>
    </message>
    <message>
        <source>Anyone who may change them can switch them back on; revoke those that are no longer needed.</source>
        <translation>Anyone who may change them can switch them back on; revoke those that are no longer needed.</translation>
    </message>
    <message>
        <source>Keys never used</source>
        <translation>Keys never used</translation>
    </message>
    <message>
        <source>Nothing depends on them yet; deactivate them until someone asks.</source>
        <translation>Nothing depends on them yet; deactivate them until someone asks.</translation>
    </message>
    <message>
        <source>Forgotten keys are the ones that leak unnoticed; deactivate them.</source>
        <translation>Forgotten keys are the ones that leak unnoticed; deactivate them.</translation>
    </message>
    <message>
        <source>Keys that never expire</source>
        <translation>Keys that never expire</translation>
    </message>
    <message>
        <source>A leaked key without an expiry date works until someone notices; replace them with keys that expire.</source>
        <translation>A leaked key without an expiry date works until someone notices; replace them with keys that expire.</translation>
    </message>
    <message>
        <source>Keys with every permission</source>
        <translation>Keys with every permission</translation>
    </message>
    <message>
        <source>They can do anything the owner can; give integrations only the scopes they need.</source>
        <translation>They can do anything the owner can; give integrations only the scopes they need.</translation>
    </message>
    <message>
        <source>API key hygiene report</source>
        <translation>API key hygiene report</translation>
    </message>
    <message>
        <source>Portal: %1</source>
        <translation>Portal: %1</translation>
    </message>
    <message>
        <source>Generated: %1 UTC</source>
        <translation>Generated: %1 UTC</translation>
    </message>
    <message numerus="yes">
        <source>Keys examined: %1; unused threshold: %n day(s)</source>
        <translation>
            <numerusform>Keys examined: %1; unused threshold: %n day</numerusform>
            <numerusform>Keys examined: %1; unused threshold: %n days</numerusform>
        </translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Finding</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Keys</translation>
    </message>
    <message>
        <source>Suggested action</source>
        <translation>Suggested action</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>Revoke</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation>Deactivate</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Ending</source>
        <translation>Ending</translation>
    </message>
    <message>
        <source>Created by</source>
        <translation>Created by</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Created</translation>
    </message>
    <message>
        <source>Last used</source>
        <translation>Last used</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Expires</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <source>never</source>
        <translation>never</translation>
    </message>
    <message>
        <source>Permissions</source>
        <translation>Permissions</translation>
    </message>
    <message>
        <source>all</source>
        <translation>all</translation>
    </message>
</context>
<context>
    <name>HygieneReportView</name>
    <message>
        <source>unknown</source>
        <translation>unknown</translation>
    </message>
    <message>
        <source>API key hygiene</source>
        <translation>API key hygiene</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>Export &amp;CSV…</translation>
    </message>
    <message>
        <source> days</source>
        <translation> days</translation>
    </message>
    <message>
        <source>Unused for more than this many days</source>
        <translation>Unused for more than this many days</translation>
    </message>
    <message>
        <source>Choose a portal profile to see its report.</source>
        <translation>Choose a portal profile to see its report.</translation>
    </message>
    <message>
        <source>Loading the key list from %1…</source>
        <translation>Loading the key list from %1…</translation>
    </message>
    <message>
        <source>The report could not be made: the key list did not load. %1</source>
        <translation>The report could not be made: the key list did not load. %1</translation>
    </message>
    <message>
        <source>Which keys of %1 are a risk before they leak. The report appears once the key list has loaded.</source>
        <translation>Which keys of %1 are a risk before they leak. The report appears once the key list has loaded.</translation>
    </message>
    <message>
        <source>the portal</source>
        <translation>the portal</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n key(s) examined · %2 · %3 of %4 findings need attention</source>
        <translation>
            <numerusform>%1 · %n key examined · %2 · %3 of %4 findings need attention</numerusform>
            <numerusform>%1 · %n keys examined · %2 · %3 of %4 findings need attention</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Revoke %n Key(s)…</source>
        <translation>
            <numerusform>Revoke %n Key…</numerusform>
            <numerusform>Revoke %n Keys…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deactivate %n Key(s)…</source>
        <translation>
            <numerusform>Deactivate %n Key…</numerusform>
            <numerusform>Deactivate %n Keys…</numerusform>
        </translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>Ending</source>
        <translation>Ending</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Created</translation>
    </message>
    <message>
        <source>Last used</source>
        <translation>Last used</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Expires</translation>
    </message>
    <message>
        <source>Scopes</source>
        <translation>Scopes</translation>
    </message>
    <message>
        <source>never</source>
        <translation>never</translation>
    </message>
    <message>
        <source>all</source>
        <translation>all</translation>
    </message>
    <message>
        <source>Key id: %1</source>
        <translation>Key id: %1</translation>
    </message>
    <message numerus="yes">
        <source>Hide the %n key(s)</source>
        <translation>
            <numerusform>Hide the %n key</numerusform>
            <numerusform>Hide the %n keys</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Show the %n key(s)</source>
        <translation>
            <numerusform>Show the %n key</numerusform>
            <numerusform>Show the %n keys</numerusform>
        </translation>
    </message>
    <message>
        <source>Revoking the keys under “%1”…</source>
        <translation>Revoking the keys under “%1”…</translation>
    </message>
    <message>
        <source>Deactivating the keys under “%1”…</source>
        <translation>Deactivating the keys under “%1”…</translation>
    </message>
    <message>
        <source>API key hygiene report</source>
        <translation>API key hygiene report</translation>
    </message>
    <message>
        <source>Report saved as %1.</source>
        <translation>Report saved as %1.</translation>
    </message>
    <message>
        <source>Report Not Exported</source>
        <translation>Report Not Exported</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>Cannot write %1.</translation>
    </message>
    <message>
        <source>%1
Choose another folder, or check that the disk is not full.</source>
        <translation>%1
Choose another folder, or check that the disk is not full.</translation>
    </message>
    <message>
        <source>Export Report as CSV</source>
        <translation>Export Report as CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV files (*.csv);;All files (*)</translation>
    </message>
    <message>
        <source>Export Report as HTML</source>
        <translation>Export Report as HTML</translation>
    </message>
    <message>
        <source>Web pages (*.html *.htm);;All files (*)</source>
        <translation>Web pages (*.html *.htm);;All files (*)</translation>
    </message>
    <message>
        <source>Export Report as PDF</source>
        <translation>Export Report as PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf);;All files (*)</source>
        <translation>PDF files (*.pdf);;All files (*)</translation>
    </message>
    <message>
        <source>Choose another folder, or check that the disk is not full.</source>
        <translation>Choose another folder, or check that the disk is not full.</translation>
    </message>
    <message>
        <source>These are the keys under “%1”.</source>
        <translation>These are the keys under “%1”.</translation>
    </message>
    <message>
        <source>&amp;Unused for:</source>
        <translation>&amp;Unused for:</translation>
    </message>
    <message>
        <source>Export H&amp;TML…</source>
        <translation>Export H&amp;TML…</translation>
    </message>
    <message>
        <source>Export P&amp;DF…</source>
        <translation>Export P&amp;DF…</translation>
    </message>
</context>
<context>
    <name>KeyBatch</name>
    <message>
        <source>Not sent: the batch was cancelled.</source>
        <translation>Not sent: the batch was cancelled.</translation>
    </message>
    <message>
        <source>Reading the key list to check failed too: %1</source>
        <translation>Reading the key list to check failed too: %1</translation>
    </message>
    <message>
        <source>The connection failed after the request was sent (%1); the key list read afterwards shows</source>
        <translation>The connection failed after the request was sent (%1); the key list read afterwards shows</translation>
    </message>
    <message>
        <source>Revoked (checked). %1 that the key is gone.</source>
        <translation>Revoked (checked). %1 that the key is gone.</translation>
    </message>
    <message>
        <source>Deactivated (checked). %1 the key inactive.</source>
        <translation>Deactivated (checked). %1 the key inactive.</translation>
    </message>
    <message>
        <source>Reactivated (checked). %1 the key active.</source>
        <translation>Reactivated (checked). %1 the key active.</translation>
    </message>
    <message>
        <source>Not found (checked). %1 no key with this id.</source>
        <translation>Not found (checked). %1 no key with this id.</translation>
    </message>
    <message>
        <source>Not revoked (checked). %1 the key still there, after two tries. Check the network to the portal, then try again.</source>
        <translation>Not revoked (checked). %1 the key still there, after two tries. Check the network to the portal, then try again.</translation>
    </message>
    <message>
        <source>Not changed (checked). %1 the key unchanged, after two tries. Check the network to the portal, then try again.</source>
        <translation>Not changed (checked). %1 the key unchanged, after two tries. Check the network to the portal, then try again.</translation>
    </message>
</context>
<context>
    <name>KeyChangeConfirmation</name>
    <message>
        <source>On %1.</source>
        <translation>On %1.</translation>
    </message>
    <message>
        <source>On %1, with the token of profile “%2”.</source>
        <translation>On %1, with the token of profile “%2”.</translation>
    </message>
    <message>
        <source>%1 (not in the list shown)</source>
        <translation>%1 (not in the list shown)</translation>
    </message>
    <message>
        <source>(this token)</source>
        <translation>(this token)</translation>
    </message>
    <message>
        <source>owner %1</source>
        <translation>owner %1</translation>
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
        <translation>Nothing was revoked.</translation>
    </message>
    <message>
        <source>Nothing was deactivated.</source>
        <translation>Nothing was deactivated.</translation>
    </message>
    <message>
        <source>Nothing was reactivated.</source>
        <translation>Nothing was reactivated.</translation>
    </message>
    <message>
        <source>Revoke API Keys</source>
        <translation>Revoke API Keys</translation>
    </message>
    <message>
        <source>Revoked keys stop working at once; this cannot be undone. Any script or integration using them will fail. Deactivate them instead to be able to bring them back.</source>
        <translation>Revoked keys stop working at once; this cannot be undone. Any script or integration using them will fail. Deactivate them instead to be able to bring them back.</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Revoke %n Key(s)</source>
        <translation>
            <numerusform>&amp;Revoke %n Key</numerusform>
            <numerusform>&amp;Revoke %n Keys</numerusform>
        </translation>
    </message>
    <message>
        <source>Deactivate API Keys</source>
        <translation>Deactivate API Keys</translation>
    </message>
    <message>
        <source>Anything using these keys stops working until they are reactivated.</source>
        <translation>Anything using these keys stops working until they are reactivated.</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Deactivate %n Key(s)</source>
        <translation>
            <numerusform>&amp;Deactivate %n Key</numerusform>
            <numerusform>&amp;Deactivate %n Keys</numerusform>
        </translation>
    </message>
    <message>
        <source>Reactivate API Keys</source>
        <translation>Reactivate API Keys</translation>
    </message>
    <message>
        <source>These keys work again at once: whoever holds their secret can use the portal with them again.</source>
        <translation>These keys work again at once: whoever holds their secret can use the portal with them again.</translation>
    </message>
    <message numerus="yes">
        <source>Re&amp;activate %n Key(s)</source>
        <translation>
            <numerusform>Re&amp;activate %n Key</numerusform>
            <numerusform>Re&amp;activate %n Keys</numerusform>
        </translation>
    </message>
    <message>
        <source>Revoke the Key of This Window?</source>
        <translation>Revoke the Key of This Window?</translation>
    </message>
    <message>
        <source>Deactivate the Key of This Window?</source>
        <translation>Deactivate the Key of This Window?</translation>
    </message>
    <message>
        <source>%1 is the token DocSpace Keys is signed in with on %2.</source>
        <translation>%1 is the token DocSpace Keys is signed in with on %2.</translation>
    </message>
    <message>
        <source>After it is revoked, DocSpace Keys loses access to the portal: it can no longer list or revoke keys until you enter another token. Revocation cannot be undone.</source>
        <translation>After it is revoked, DocSpace Keys loses access to the portal: it can no longer list or revoke keys until you enter another token. Revocation cannot be undone.</translation>
    </message>
    <message>
        <source>While it is deactivated, DocSpace Keys loses access to the portal: it cannot list, revoke or even reactivate keys until you enter another token.</source>
        <translation>While it is deactivated, DocSpace Keys loses access to the portal: it cannot list, revoke or even reactivate keys until you enter another token.</translation>
    </message>
    <message>
        <source>Revoke It &amp;Too</source>
        <translation>Revoke It &amp;Too</translation>
    </message>
    <message>
        <source>Deactivate It &amp;Too</source>
        <translation>Deactivate It &amp;Too</translation>
    </message>
    <message>
        <source>&amp;Skip My Key</source>
        <translation>&amp;Skip My Key</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <comment>the first names of a list, then how many others</comment>
        <translation>
            <numerusform>%1 and %n more</numerusform>
            <numerusform>%1 and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Revoke %n API key(s): %1?</source>
        <translation>
            <numerusform>Revoke %n API key: %1?</numerusform>
            <numerusform>Revoke %n API keys: %1?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deactivate %n API key(s): %1?</source>
        <translation>
            <numerusform>Deactivate %n API key: %1?</numerusform>
            <numerusform>Deactivate %n API keys: %1?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reactivate %n API key(s): %1?</source>
        <translation>
            <numerusform>Reactivate %n API key: %1?</numerusform>
            <numerusform>Reactivate %n API keys: %1?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>KeyCreateRequest</name>
    <message>
        <source>New secret key</source>
        <translation>New secret key</translation>
    </message>
    <message>
        <source>Give the key a name.</source>
        <translation>Give the key a name.</translation>
    </message>
    <message numerus="yes">
        <source>The name has %1 characters; the portal allows at most %n.</source>
        <translation>
            <numerusform>The name has %1 characters; the portal allows at most %n.</numerusform>
            <numerusform>The name has %1 characters; the portal allows at most %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The lifetime must be from 1 to %n day(s), or none.</source>
        <translation>
            <numerusform>The lifetime must be from 1 to %n day, or none.</numerusform>
            <numerusform>The lifetime must be from 1 to %n days, or none.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose at least one permission: a key restricted to nothing would get every permission.</source>
        <translation>Choose at least one permission: a key restricted to nothing would get every permission.</translation>
    </message>
</context>
<context>
    <name>KeyEditRequest</name>
    <message>
        <source>Nothing to change: give a new name, new permissions, or both.</source>
        <translation>Nothing to change: give a new name, new permissions, or both.</translation>
    </message>
    <message>
        <source>The name cannot be only spaces.</source>
        <translation>The name cannot be only spaces.</translation>
    </message>
    <message numerus="yes">
        <source>The name has %1 characters; the portal allows at most %n.</source>
        <translation>
            <numerusform>The name has %1 characters; the portal allows at most %n.</numerusform>
            <numerusform>The name has %1 characters; the portal allows at most %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose at least one permission: an empty list would leave the key unchanged.</source>
        <translation>Choose at least one permission: an empty list would leave the key unchanged.</translation>
    </message>
</context>
<context>
    <name>KeyFormDialog</name>
    <message>
        <source>Create API Key</source>
        <translation>Create API Key</translation>
    </message>
    <message>
        <source>Edit API Key</source>
        <translation>Edit API Key</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Permissions:</source>
        <translation>Permissions:</translation>
    </message>
    <message>
        <source>The key may do everything its owner may: read and change files, rooms, profile and accounts.</source>
        <translation>The key may do everything its owner may: read and change files, rooms, profile and accounts.</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>Read</translation>
    </message>
    <message>
        <source>Write</source>
        <translation>Write</translation>
    </message>
    <message>
        <source>%1: read</source>
        <translation>%1: read</translation>
    </message>
    <message>
        <source>%1: write</source>
        <translation>%1: write</translation>
    </message>
    <message>
        <source>The key may read everything its owner may, and change nothing (scope *:read).</source>
        <translation>The key may read everything its owner may, and change nothing (scope *:read).</translation>
    </message>
    <message>
        <source>All</source>
        <translation>All</translation>
    </message>
    <message>
        <source>Restricted</source>
        <translation>Restricted</translation>
    </message>
    <message>
        <source>Read only</source>
        <translation>Read only</translation>
    </message>
    <message>
        <source>&amp;Expires after</source>
        <translation>&amp;Expires after</translation>
    </message>
    <message>
        <source> days</source>
        <translation> days</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Create</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>Give the key a name.</source>
        <translation>Give the key a name.</translation>
    </message>
    <message>
        <source>Nothing changed yet.</source>
        <translation>Nothing changed yet.</translation>
    </message>
</context>
<context>
    <name>KeyId</name>
    <message>
        <source>Enter the id of the key to revoke (a UUID such as 3f2b6c1e-8a4d-4e9b-9c71-2d5e8f0a1b23).</source>
        <translation>Enter the id of the key to revoke (a UUID such as 3f2b6c1e-8a4d-4e9b-9c71-2d5e8f0a1b23).</translation>
    </message>
    <message>
        <source>This looks like a key&apos;s secret, not its id. Enter the key&apos;s UUID.</source>
        <translation>This looks like a key&apos;s secret, not its id. Enter the key&apos;s UUID.</translation>
    </message>
    <message>
        <source>A key id is a UUID of 32 hexadecimal digits in groups 8-4-4-4-12, for example 3f2b6c1e-8a4d-4e9b-9c71-2d5e8f0a1b23.</source>
        <translation>A key id is a UUID of 32 hexadecimal digits in groups 8-4-4-4-12, for example 3f2b6c1e-8a4d-4e9b-9c71-2d5e8f0a1b23.</translation>
    </message>
</context>
<context>
    <name>KeyIdList</name>
    <message>
        <source>No key id on this line.</source>
        <translation>No key id on this line.</translation>
    </message>
</context>
<context>
    <name>KeyListModel</name>
    <message>
        <source>active</source>
        <translation>active</translation>
    </message>
    <message>
        <source>deactivated</source>
        <translation>deactivated</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>expired</translation>
    </message>
    <message>
        <source>All</source>
        <translation>All</translation>
    </message>
    <message>
        <source>Read only</source>
        <translation>Read only</translation>
    </message>
    <message>
        <source>never</source>
        <translation>never</translation>
    </message>
    <message>
        <source>%1 (this token)</source>
        <translation>%1 (this token)</translation>
    </message>
    <message>
        <source>revoked</source>
        <translation>revoked</translation>
    </message>
    <message>
        <source>%1
Id: %2
The token this window signs in with: revoking or deactivating it cuts DocSpace Keys off from the portal.</source>
        <translation>%1
Id: %2
The token this window signs in with: revoking or deactivating it cuts DocSpace Keys off from the portal.</translation>
    </message>
    <message>
        <source>%1
Id: %2</source>
        <translation>%1
Id: %2</translation>
    </message>
    <message>
        <source>Never used</source>
        <translation>Never used</translation>
    </message>
    <message>
        <source>Never expires</source>
        <translation>Never expires</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Key</translation>
    </message>
    <message>
        <source>Created by</source>
        <translation>Created by</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Created</translation>
    </message>
    <message>
        <source>Last used</source>
        <translation>Last used</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Expires</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Permissions</source>
        <translation>Permissions</translation>
    </message>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <translation>
            <numerusform>in %n day</numerusform>
            <numerusform>in %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n hour(s)</source>
        <translation>
            <numerusform>in %n hour</numerusform>
            <numerusform>in %n hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n minute(s)</source>
        <translation>
            <numerusform>in %n minute</numerusform>
            <numerusform>in %n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>expired %n day(s) ago</source>
        <translation>
            <numerusform>expired %n day ago</numerusform>
            <numerusform>expired %n days ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>expired %n hour(s) ago</source>
        <translation>
            <numerusform>expired %n hour ago</numerusform>
            <numerusform>expired %n hours ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>expired %n minute(s) ago</source>
        <translation>
            <numerusform>expired %n minute ago</numerusform>
            <numerusform>expired %n minutes ago</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>KeyPermissions</name>
    <message>
        <source>Files</source>
        <translation>Files</translation>
    </message>
    <message>
        <source>Rooms</source>
        <translation>Rooms</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profile</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Accounts</translation>
    </message>
    <message numerus="yes">
        <source>This portal does not offer the permission(s) %1 (it offers: %2).</source>
        <translation>
            <numerusform>This portal does not offer the permission %1 (it offers: %2).</numerusform>
            <numerusform>This portal does not offer the permissions %1 (it offers: %2).</numerusform>
        </translation>
    </message>
    <message>
        <source>All</source>
        <translation>All</translation>
    </message>
    <message>
        <source>Read only</source>
        <translation>Read only</translation>
    </message>
    <message>
        <source>Restricted</source>
        <translation>Restricted</translation>
    </message>
    <message>
        <source>All: every resource, read and write.</source>
        <translation>All: every resource, read and write.</translation>
    </message>
    <message>
        <source>Read only: every resource, read (scope *:read).</source>
        <translation>Read only: every resource, read (scope *:read).</translation>
    </message>
    <message>
        <source>%1: read</source>
        <translation>%1: read</translation>
    </message>
    <message>
        <source>%1: read and write</source>
        <translation>%1: read and write</translation>
    </message>
    <message>
        <source>every resource: read</source>
        <translation>every resource: read</translation>
    </message>
    <message>
        <source>every resource: write</source>
        <translation>every resource: write</translation>
    </message>
    <message>
        <source>Restricted: nothing chosen.</source>
        <translation>Restricted: nothing chosen.</translation>
    </message>
    <message>
        <source>Restricted: %1 (scopes %2).</source>
        <translation>Restricted: %1 (scopes %2).</translation>
    </message>
    <message>
        <source>Invalid permission &quot;%1&quot;: give all, read-only, or a comma-separated list of files, rooms, profile or accounts, each with :read or :write (e.g. files:write,rooms:read).</source>
        <translation>Invalid permission &quot;%1&quot;: give all, read-only, or a comma-separated list of files, rooms, profile or accounts, each with :read or :write (e.g. files:write,rooms:read).</translation>
    </message>
    <message>
        <source>No permission given: a key restricted to nothing would get every permission. Give all, read-only, or e.g. files:read.</source>
        <translation>No permission given: a key restricted to nothing would get every permission. Give all, read-only, or e.g. files:read.</translation>
    </message>
</context>
<context>
    <name>KeyUsage</name>
    <message>
        <source>Not used in the last N days, counted from the last use, or from the creation for a key never used: a key created less than N days ago is not unused yet.</source>
        <translation>Not used in the last N days, counted from the last use, or from the creation for a key never used: a key created less than N days ago is not unused yet.</translation>
    </message>
    <message numerus="yes">
        <source>Not used in the last %n day(s)</source>
        <translation>
            <numerusform>Not used in the last %n day</numerusform>
            <numerusform>Not used in the last %n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>KeychainSecretStore</name>
    <message>
        <source>this build has no keychain support</source>
        <translation>this build has no keychain support</translation>
    </message>
    <message>
        <source>memory only, until DocSpace Keys closes (no system keychain: %1)</source>
        <translation>memory only, until DocSpace Keys closes (no system keychain: %1)</translation>
    </message>
    <message>
        <source>the system keychain</source>
        <translation>the system keychain</translation>
    </message>
    <message>
        <source>The keychain did not give the token: %1</source>
        <translation>The keychain did not give the token: %1</translation>
    </message>
    <message>
        <source>The keychain did not store the token: %1</source>
        <translation>The keychain did not store the token: %1</translation>
    </message>
    <message>
        <source>The keychain did not delete the token: %1</source>
        <translation>The keychain did not delete the token: %1</translation>
    </message>
</context>
<context>
    <name>KeysView</name>
    <message>
        <source>Filter by name, creator, ending or id</source>
        <translation>Filter by name, creator, ending or id</translation>
    </message>
    <message>
        <source>Filter keys</source>
        <translation>Filter keys</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Expired</translation>
    </message>
    <message>
        <source>Only keys past their expiry date</source>
        <translation>Only keys past their expiry date</translation>
    </message>
    <message>
        <source>Deactivated</source>
        <translation>Deactivated</translation>
    </message>
    <message>
        <source>Only deactivated keys</source>
        <translation>Only deactivated keys</translation>
    </message>
    <message>
        <source>Never used</source>
        <translation>Never used</translation>
    </message>
    <message>
        <source>Only keys never used</source>
        <translation>Only keys never used</translation>
    </message>
    <message>
        <source>Unused for</source>
        <translation>Unused for</translation>
    </message>
    <message>
        <source> days</source>
        <translation> days</translation>
    </message>
    <message>
        <source>Days unused</source>
        <translation>Days unused</translation>
    </message>
    <message>
        <source>Created by me</source>
        <translation>Created by me</translation>
    </message>
    <message>
        <source>Only keys created by the user the token signs in as</source>
        <translation>Only keys created by the user the token signs in as</translation>
    </message>
    <message>
        <source>Read the portal&apos;s keys again (F5); nothing is changed</source>
        <translation>Read the portal&apos;s keys again (F5); nothing is changed</translation>
    </message>
    <message>
        <source>API keys</source>
        <translation>API keys</translation>
    </message>
    <message>
        <source>Re&amp;voke Selected…</source>
        <translation>Re&amp;voke Selected…</translation>
    </message>
    <message>
        <source>Revoke the selected keys after a confirmation (Delete)</source>
        <translation>Revoke the selected keys after a confirmation (Delete)</translation>
    </message>
    <message>
        <source>&amp;Deactivate</source>
        <translation>&amp;Deactivate</translation>
    </message>
    <message>
        <source>Stop the selected keys from working, reversibly: Reactivate brings them back</source>
        <translation>Stop the selected keys from working, reversibly: Reactivate brings them back</translation>
    </message>
    <message>
        <source>Reactiv&amp;ate</source>
        <translation>Reactiv&amp;ate</translation>
    </message>
    <message>
        <source>Let the selected deactivated keys work again</source>
        <translation>Let the selected deactivated keys work again</translation>
    </message>
    <message>
        <source>Paste a list of key ids (or a CSV export) and revoke them</source>
        <translation>Paste a list of key ids (or a CSV export) and revoke them</translation>
    </message>
    <message>
        <source>&amp;Copy Id</source>
        <translation>&amp;Copy Id</translation>
    </message>
    <message>
        <source>Re&amp;voke…</source>
        <translation>Re&amp;voke…</translation>
    </message>
    <message>
        <source>Enter the portal address and an access token first.</source>
        <translation>Enter the portal address and an access token first.</translation>
    </message>
    <message>
        <source>Loading keys from %1…</source>
        <translation>Loading keys from %1…</translation>
    </message>
    <message>
        <source>Read %1 keys from %2.</source>
        <translation>Read %1 keys from %2.</translation>
    </message>
    <message>
        <source>Press Refresh (F5) to list the portal&apos;s keys.</source>
        <translation>Press Refresh (F5) to list the portal&apos;s keys.</translation>
    </message>
    <message>
        <source>%1 of %2 keys</source>
        <translation>%1 of %2 keys</translation>
    </message>
    <message>
        <source>Known once the keys are read or the connection is tested</source>
        <translation>Known once the keys are read or the connection is tested</translation>
    </message>
    <message>
        <source>Cancelling: requests already sent finish, nothing more is sent.</source>
        <translation>Cancelling: requests already sent finish, nothing more is sent.</translation>
    </message>
    <message>
        <source>%1 (%2 s)</source>
        <translation>%1 (%2 s)</translation>
    </message>
    <message>
        <source>The keys could not be read: %1. %2</source>
        <translation>The keys could not be read: %1. %2</translation>
    </message>
    <message>
        <source>Keys of %1:</source>
        <translation>Keys of %1:</translation>
    </message>
    <message>
        <source>Keys of %1 (profile “%2”):</source>
        <translation>Keys of %1 (profile “%2”):</translation>
    </message>
    <message>
        <source>The list shown was read from another portal or with another token. Press Refresh to read the keys of this one.</source>
        <translation>The list shown was read from another portal or with another token. Press Refresh to read the keys of this one.</translation>
    </message>
    <message numerus="yes">
        <source>%n key(s)</source>
        <translation>
            <numerusform>%n key</numerusform>
            <numerusform>%n keys</numerusform>
        </translation>
    </message>
    <message>
        <source>Deact&amp;ivate</source>
        <translation>Deact&amp;ivate</translation>
    </message>
    <message>
        <source>Revoke &amp;by Paste…</source>
        <translation>Revoke &amp;by Paste…</translation>
    </message>
    <message numerus="yes">
        <source>Copied %n key id(s): %1.</source>
        <translation>
            <numerusform>Copied %n key id: %1.</numerusform>
            <numerusform>Copied %n key ids: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <source>Re&amp;activate</source>
        <translation>Re&amp;activate</translation>
    </message>
</context>
<context>
    <name>LeakedSecretDialog</name>
    <message>
        <source>&amp;Find Keys</source>
        <translation>&amp;Find Keys</translation>
    </message>
    <message>
        <source>&amp;Revoke Selected…</source>
        <translation>&amp;Revoke Selected…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Revoke Leaked Secret</source>
        <translation>Revoke Leaked Secret</translation>
    </message>
    <message>
        <source>Paste a leaked secret (sk-…), or any text that holds some: a log, a diff, a chat export. Only the secrets are taken out of it; they stay in this window&apos;s memory until it closes. Each is looked up on the portal, and revoked with your own token once you have chosen it.</source>
        <translation>Paste a leaked secret (sk-…), or any text that holds some: a log, a diff, a chat export. Only the secrets are taken out of it; they stay in this window&apos;s memory until it closes. Each is looked up on the portal, and revoked with your own token once you have chosen it.</translation>
    </message>
    <message>
        <source>sk-… or a whole block of text</source>
        <translation>sk-… or a whole block of text</translation>
    </message>
    <message>
        <source>Text holding the leaked secrets</source>
        <translation>Text holding the leaked secrets</translation>
    </message>
    <message>
        <source>No API-key secret found. A DocSpace secret is sk- followed by 64 lower-case hexadecimal digits on one line; check that the paste is complete.</source>
        <translation>No API-key secret found. A DocSpace secret is sk- followed by 64 lower-case hexadecimal digits on one line; check that the paste is complete.</translation>
    </message>
    <message numerus="yes">
        <source>Found %n secret(s). The pasted text was cleared from this window.</source>
        <translation>
            <numerusform>Found %n secret. The pasted text was cleared from this window.</numerusform>
            <numerusform>Found %n secrets. The pasted text was cleared from this window.</numerusform>
        </translation>
    </message>
    <message>
        <source>Asking the portal which key this is…</source>
        <translation>Asking the portal which key this is…</translation>
    </message>
    <message>
        <source>active</source>
        <translation>active</translation>
    </message>
    <message>
        <source>deactivated</source>
        <translation>deactivated</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>expired</translation>
    </message>
    <message>
        <source>“%1”, owner %2, ending %3, %4</source>
        <translation>“%1”, owner %2, ending %3, %4</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unknown</translation>
    </message>
    <message>
        <source>Key:</source>
        <translation>Key:</translation>
    </message>
    <message>
        <source>Owner:</source>
        <translation>Owner:</translation>
    </message>
    <message>
        <source>Scopes:</source>
        <translation>Scopes:</translation>
    </message>
    <message>
        <source>all (unrestricted)</source>
        <translation>all (unrestricted)</translation>
    </message>
    <message>
        <source>Expires:</source>
        <translation>Expires:</translation>
    </message>
    <message>
        <source>never</source>
        <translation>never</translation>
    </message>
    <message>
        <source>Ending:</source>
        <translation>Ending:</translation>
    </message>
    <message>
        <source>Id:</source>
        <translation>Id:</translation>
    </message>
    <message>
        <source>Revoke this key</source>
        <translation>Revoke this key</translation>
    </message>
    <message>
        <source>Revoke %1</source>
        <translation>Revoke %1</translation>
    </message>
    <message>
        <source>Identified by the portal: this secret belongs to this key.</source>
        <translation>Identified by the portal: this secret belongs to this key.</translation>
    </message>
    <message>
        <source>No longer works.</source>
        <translation>No longer works.</translation>
    </message>
    <message>
        <source>Not identified.</source>
        <translation>Not identified.</translation>
    </message>
    <message>
        <source>None of the keys you can see ends in %1: nothing to revoke.</source>
        <translation>None of the keys you can see ends in %1: nothing to revoke.</translation>
    </message>
    <message>
        <source>Your keys ending in %1. The ending alone does not prove which key leaked: tick one only if you know it is the one.</source>
        <translation>Your keys ending in %1. The ending alone does not prove which key leaked: tick one only if you know it is the one.</translation>
    </message>
    <message>
        <source>They are revoked with your own token, not with the leaked secret.</source>
        <translation>They are revoked with your own token, not with the leaked secret.</translation>
    </message>
    <message>
        <source>They are revoked with the token of profile “%1”, not with the leaked secret.</source>
        <translation>They are revoked with the token of profile “%1”, not with the leaked secret.</translation>
    </message>
    <message>
        <source>Revoked: %1.</source>
        <translation>Revoked: %1.</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Revoke %n Key(s)…</source>
        <translation>
            <numerusform>&amp;Revoke %n Key…</numerusform>
            <numerusform>&amp;Revoke %n Keys…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LifecycleActions</name>
    <message>
        <source>&amp;Keys</source>
        <translation>&amp;Keys</translation>
    </message>
    <message>
        <source>&amp;Create Key…</source>
        <translation>&amp;Create Key…</translation>
    </message>
    <message>
        <source>&amp;Edit Selected Key…</source>
        <translation>&amp;Edit Selected Key…</translation>
    </message>
    <message>
        <source>&amp;Rotate Selected Keys…</source>
        <translation>&amp;Rotate Selected Keys…</translation>
    </message>
    <message>
        <source>Retire Selected Keys in &amp;Stages…</source>
        <translation>Retire Selected Keys in &amp;Stages…</translation>
    </message>
    <message>
        <source>Retirement &amp;Plan</source>
        <translation>Retirement &amp;Plan</translation>
    </message>
    <message>
        <source>Keys of &amp;All Portals</source>
        <translation>Keys of &amp;All Portals</translation>
    </message>
    <message>
        <source>Create API Key</source>
        <translation>Create API Key</translation>
    </message>
    <message>
        <source>Choose a profile or enter the portal address and token first.</source>
        <translation>Choose a profile or enter the portal address and token first.</translation>
    </message>
    <message>
        <source>Creating “%1”…</source>
        <translation>Creating “%1”…</translation>
    </message>
    <message>
        <source>Key Not Created</source>
        <translation>Key Not Created</translation>
    </message>
    <message>
        <source>The portal said: %1</source>
        <translation>The portal said: %1</translation>
    </message>
    <message>
        <source>Created “%1” (…%2).</source>
        <translation>Created “%1” (…%2).</translation>
    </message>
    <message>
        <source>Edit API Key</source>
        <translation>Edit API Key</translation>
    </message>
    <message>
        <source>Select one key in the list to edit it.</source>
        <translation>Select one key in the list to edit it.</translation>
    </message>
    <message>
        <source>Restrict Your Own Key?</source>
        <translation>Restrict Your Own Key?</translation>
    </message>
    <message>
        <source>Without *:write it can no longer change or revoke keys, and this window loses that too.</source>
        <translation>Without *:write it can no longer change or revoke keys, and this window loses that too.</translation>
    </message>
    <message>
        <source>Restrict It &amp;Anyway</source>
        <translation>Restrict It &amp;Anyway</translation>
    </message>
    <message>
        <source>“%1”: %2</source>
        <translation>“%1”: %2</translation>
    </message>
    <message>
        <source>Key Not Changed</source>
        <translation>Key Not Changed</translation>
    </message>
    <message>
        <source>Rotate Keys</source>
        <translation>Rotate Keys</translation>
    </message>
    <message>
        <source>Select the keys to rotate in the list.</source>
        <translation>Select the keys to rotate in the list.</translation>
    </message>
    <message numerus="yes">
        <source>Create a replacement for %n key(s)?</source>
        <translation>
            <numerusform>Create a replacement for %n key?</numerusform>
            <numerusform>Create replacements for %n keys?</numerusform>
        </translation>
    </message>
    <message>
        <source>%1

Each replacement gets the same name with “ (rotated)”, the same permissions and the same lifetime. The old keys keep working until you confirm their revocation after the new secrets are shown.</source>
        <translation>%1

Each replacement gets the same name with “ (rotated)”, the same permissions and the same lifetime. The old keys keep working until you confirm their revocation after the new secrets are shown.</translation>
    </message>
    <message>
        <source>&amp;Create Replacements</source>
        <translation>&amp;Create Replacements</translation>
    </message>
    <message numerus="yes">
        <source>Creating %n replacement(s)…</source>
        <translation>
            <numerusform>Creating %n replacement…</numerusform>
            <numerusform>Creating %n replacements…</numerusform>
        </translation>
    </message>
    <message>
        <source>Rotation Stopped</source>
        <translation>Rotation Stopped</translation>
    </message>
    <message>
        <source>A replacement could not be created, so no old key was revoked.</source>
        <translation>A replacement could not be created, so no old key was revoked.</translation>
    </message>
    <message numerus="yes">
        <source>%n replacement(s) created; the old keys still work until you confirm their revocation.</source>
        <translation>
            <numerusform>%n replacement created; the old key still works until you confirm its revocation.</numerusform>
            <numerusform>%n replacements created; the old keys still work until you confirm their revocation.</numerusform>
        </translation>
    </message>
    <message>
        <source>Rotation stopped: a replacement could not be created.</source>
        <translation>Rotation stopped: a replacement could not be created.</translation>
    </message>
    <message>
        <source>Old keys not revoked: they and their replacements all work.</source>
        <translation>Old keys not revoked: they and their replacements all work.</translation>
    </message>
    <message numerus="yes">
        <source>Rotated %n key(s): the old ones are revoked.</source>
        <translation>
            <numerusform>Rotated %n key: the old one is revoked.</numerusform>
            <numerusform>Rotated %n keys: the old ones are revoked.</numerusform>
        </translation>
    </message>
    <message>
        <source>Old Keys Still Work</source>
        <translation>Old Keys Still Work</translation>
    </message>
    <message numerus="yes">
        <source>%n old key(s) could not be revoked and still work:</source>
        <translation>
            <numerusform>%n old key could not be revoked and still works:</numerusform>
            <numerusform>%n old keys could not be revoked and still work:</numerusform>
        </translation>
    </message>
    <message>
        <source>Retire Keys</source>
        <translation>Retire Keys</translation>
    </message>
    <message>
        <source>Select the keys to retire in the list.</source>
        <translation>Select the keys to retire in the list.</translation>
    </message>
    <message>
        <source>Retire Keys in Stages</source>
        <translation>Retire Keys in Stages</translation>
    </message>
    <message numerus="yes">
        <source>%n key(s) are deactivated now and revoked after this many days, unless someone reactivates them meanwhile:</source>
        <translation>
            <numerusform>%n key is deactivated now and revoked after this many days, unless someone reactivates it meanwhile:</numerusform>
            <numerusform>%n keys are deactivated now and revoked after this many days, unless someone reactivates them meanwhile:</numerusform>
        </translation>
    </message>
    <message>
        <source>Plan Not Saved</source>
        <translation>Plan Not Saved</translation>
    </message>
    <message>
        <source>The keys were deactivated, but the plan could not be saved.</source>
        <translation>The keys were deactivated, but the plan could not be saved.</translation>
    </message>
    <message>
        <source>Some Keys Not Retired</source>
        <translation>Some Keys Not Retired</translation>
    </message>
    <message numerus="yes">
        <source>%n key(s) could not be deactivated and are not in the plan; the status panel and History say why.</source>
        <translation>
            <numerusform>%n key could not be deactivated and is not in the plan; the status panel and History say why.</numerusform>
            <numerusform>%n keys could not be deactivated and are not in the plan; the status panel and History say why.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n key(s) deactivated; see Keys ▸ Retirement Plan.</source>
        <translation>
            <numerusform>%n key deactivated; see Keys ▸ Retirement Plan.</numerusform>
            <numerusform>%n keys deactivated; see Keys ▸ Retirement Plan.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Retirement plan: %n due key(s) handled.</source>
        <translation>
            <numerusform>Retirement plan: %n due key handled.</numerusform>
            <numerusform>Retirement plan: %n due keys handled.</numerusform>
        </translation>
    </message>
    <message>
        <source>Every replacement was created; these are the old keys. Until they are revoked, the old keys and their replacements all work.</source>
        <translation>Every replacement was created; these are the old keys. Until they are revoked, the old keys and their replacements all work.</translation>
    </message>
    <message>
        <source>Kept as you chose, beside its replacement: %1. Switch the profile to the replacement before revoking it.</source>
        <translation>Kept as you chose, beside its replacement: %1. Switch the profile to the replacement before revoking it.</translation>
    </message>
    <message numerus="yes">
        <source>%n revoked</source>
        <translation>
            <numerusform>%n revoked</numerusform>
            <numerusform>%n revoked</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n left alone (active again)</source>
        <translation>
            <numerusform>%n left alone (active again)</numerusform>
            <numerusform>%n left alone (active again)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already gone</source>
        <translation>
            <numerusform>%n already gone</numerusform>
            <numerusform>%n already gone</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n still pending (not revoked; tried again next time)</source>
        <translation>
            <numerusform>%n still pending (not revoked; tried again next time)</numerusform>
            <numerusform>%n still pending (not revoked; tried again next time)</numerusform>
        </translation>
    </message>
    <message>
        <source>nothing was due</source>
        <translation>nothing was due</translation>
    </message>
    <message>
        <source>%1 (profile “%2”)</source>
        <translation>%1 (profile “%2”)</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n key(s)</source>
        <translation>
            <numerusform>%1: %n key</numerusform>
            <numerusform>%1: %n keys</numerusform>
        </translation>
    </message>
    <message>
        <source>Retirement Plan: Other Portals</source>
        <translation>Retirement Plan: Other Portals</translation>
    </message>
    <message numerus="yes">
        <source>%n planned revocation(s) are due on portals other than this one.</source>
        <translation>
            <numerusform>%n planned revocation is due on a portal other than this one.</numerusform>
            <numerusform>%n planned revocations are due on portals other than this one.</numerusform>
        </translation>
    </message>
    <message>
        <source>Each is revoked with its saved profile&apos;s token, unless it was reactivated meanwhile (then it is left alone). This cannot be undone.</source>
        <translation>Each is revoked with its saved profile&apos;s token, unless it was reactivated meanwhile (then it is left alone). This cannot be undone.</translation>
    </message>
    <message>
        <source>&amp;Carry Out on All Portals</source>
        <translation>&amp;Carry Out on All Portals</translation>
    </message>
    <message>
        <source>Retirement plan: the other portals&apos; due keys wait for the next time.</source>
        <translation>Retirement plan: the other portals&apos; due keys wait for the next time.</translation>
    </message>
    <message>
        <source>Retirement Plan Carried Out</source>
        <translation>Retirement Plan Carried Out</translation>
    </message>
    <message>
        <source>What was due on the other portals:</source>
        <translation>What was due on the other portals:</translation>
    </message>
    <message>
        <source>%1: not carried out: no saved profile for this portal; open it in the window or run “docspace-keys-cli retire --due --portal %2”.</source>
        <translation>%1: not carried out: no saved profile for this portal; open it in the window or run “docspace-keys-cli retire --due --portal %2”.</translation>
    </message>
    <message>
        <source>%1: not carried out: no saved token (%2).</source>
        <translation>%1: not carried out: no saved token (%2).</translation>
    </message>
    <message>
        <source>%1: not carried out: %2</source>
        <translation>%1: not carried out: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>They are revoked after %n day(s) unless someone reactivates them meanwhile (Keys ▸ Retirement Plan).</source>
        <translation>
            <numerusform>They are revoked after %n day unless someone reactivates them meanwhile (Keys ▸ Retirement Plan).</numerusform>
            <numerusform>They are revoked after %n days unless someone reactivates them meanwhile (Keys ▸ Retirement Plan).</numerusform>
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
        <translation>Settings problem</translation>
    </message>
    <message>
        <source>Keychain unavailable</source>
        <translation>Keychain unavailable</translation>
    </message>
    <message>
        <source>Revoke API keys of an ONLYOFFICE DocSpace portal: by id, or pick them from the portal&apos;s list. A revoked key stops working at once; this cannot be undone.</source>
        <translation>Revoke API keys of an ONLYOFFICE DocSpace portal: by id, or pick them from the portal&apos;s list. A revoked key stops working at once; this cannot be undone.</translation>
    </message>
    <message>
        <source>Saved portals: choosing one fills in its address, scheme and token</source>
        <translation>Saved portals: choosing one fills in its address, scheme and token</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profile</translation>
    </message>
    <message>
        <source>The saved portal to use. Choosing one fills in its address, authentication scheme and token.</source>
        <translation>The saved portal to use. Choosing one fills in its address, authentication scheme and token.</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;New…</translation>
    </message>
    <message>
        <source>Save a portal as a new profile</source>
        <translation>Save a portal as a new profile</translation>
    </message>
    <message>
        <source>New profile</source>
        <translation>New profile</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <source>Edit every setting of this profile</source>
        <translation>Edit every setting of this profile</translation>
    </message>
    <message>
        <source>Edit profile</source>
        <translation>Edit profile</translation>
    </message>
    <message>
        <source>&amp;More</source>
        <translation>&amp;More</translation>
    </message>
    <message>
        <source>Duplicate, rename or delete this profile</source>
        <translation>Duplicate, rename or delete this profile</translation>
    </message>
    <message>
        <source>More profile actions</source>
        <translation>More profile actions</translation>
    </message>
    <message>
        <source>&amp;Save to Profile</source>
        <translation>&amp;Save to Profile</translation>
    </message>
    <message>
        <source>Save the portal address, scheme and token into this profile (Ctrl+S)</source>
        <translation>Save the portal address, scheme and token into this profile (Ctrl+S)</translation>
    </message>
    <message>
        <source>Go back to the profile&apos;s saved address, scheme and token</source>
        <translation>Go back to the profile&apos;s saved address, scheme and token</translation>
    </message>
    <message>
        <source>https://portal.example.com</source>
        <translation>https://portal.example.com</translation>
    </message>
    <message>
        <source>The address of your DocSpace portal, as you open it in a browser</source>
        <translation>The address of your DocSpace portal, as you open it in a browser</translation>
    </message>
    <message>
        <source>Portal address</source>
        <translation>Portal address</translation>
    </message>
    <message>
        <source>The address of the DocSpace portal, for example https://portal.example.com</source>
        <translation>The address of the DocSpace portal, for example https://portal.example.com</translation>
    </message>
    <message>
        <source>Portal address problem</source>
        <translation>Portal address problem</translation>
    </message>
    <message>
        <source>Allow unencrypted HTTP</source>
        <translation>Allow unencrypted HTTP</translation>
    </message>
    <message>
        <source>The portal address uses plain HTTP to another machine. Anyone on the network path can read the access token. Tick only if you accept that risk.</source>
        <translation>The portal address uses plain HTTP to another machine. Anyone on the network path can read the access token. Tick only if you accept that risk.</translation>
    </message>
    <message>
        <source>sk-… API key with the *:write scope, or a session token</source>
        <translation>sk-… API key with the *:write scope, or a session token</translation>
    </message>
    <message>
        <source>Saved only in the system keychain, with its profile; never in a file, never logged</source>
        <translation>Saved only in the system keychain, with its profile; never in a file, never logged</translation>
    </message>
    <message>
        <source>Access token</source>
        <translation>Access token</translation>
    </message>
    <message>
        <source>An API key with write access to keys, or a session token of an administrator. It is never written to a file.</source>
        <translation>An API key with write access to keys, or a session token of an administrator. It is never written to a file.</translation>
    </message>
    <message>
        <source>Access token problem</source>
        <translation>Access token problem</translation>
    </message>
    <message>
        <source>Auto sends tokens starting with sk- as API keys and anything else as a session token</source>
        <translation>Auto sends tokens starting with sk- as API keys and anything else as a session token</translation>
    </message>
    <message>
        <source>Authentication scheme</source>
        <translation>Authentication scheme</translation>
    </message>
    <message>
        <source>How the token is sent to the portal. Auto decides from the token.</source>
        <translation>How the token is sent to the portal. Auto decides from the token.</translation>
    </message>
    <message>
        <source>Auto</source>
        <translation>Auto</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API key</translation>
    </message>
    <message>
        <source>Session token</source>
        <translation>Session token</translation>
    </message>
    <message>
        <source>e.g. 3f2504e0-4f89-11d3-9a0c-0305e82c3301</source>
        <translation>e.g. 3f2504e0-4f89-11d3-9a0c-0305e82c3301</translation>
    </message>
    <message>
        <source>The id (a UUID) of the API key to revoke, as listed under Developer Tools ▸ API keys</source>
        <translation>The id (a UUID) of the API key to revoke, as listed under Developer Tools ▸ API keys</translation>
    </message>
    <message>
        <source>Key id</source>
        <translation>Key id</translation>
    </message>
    <message>
        <source>The id of the API key to revoke, a UUID</source>
        <translation>The id of the API key to revoke, a UUID</translation>
    </message>
    <message>
        <source>Key id problem</source>
        <translation>Key id problem</translation>
    </message>
    <message>
        <source>Request in progress</source>
        <translation>Request in progress</translation>
    </message>
    <message>
        <source>&amp;Test Connection</source>
        <translation>&amp;Test Connection</translation>
    </message>
    <message>
        <source>Sign in with this token and show who it is and what it may do; nothing is changed</source>
        <translation>Sign in with this token and show who it is and what it may do; nothing is changed</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Test connection</translation>
    </message>
    <message>
        <source>Signs in to the portal with the token and reports the user, role and key, without changing anything</source>
        <translation>Signs in to the portal with the token and reports the user, role and key, without changing anything</translation>
    </message>
    <message>
        <source>Revoke the key (Ctrl+Return)</source>
        <translation>Revoke the key (Ctrl+Return)</translation>
    </message>
    <message>
        <source>Revoke key</source>
        <translation>Revoke key</translation>
    </message>
    <message>
        <source>Asks for confirmation, then revokes the API key on the portal</source>
        <translation>Asks for confirmation, then revokes the API key on the portal</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Stop the request in progress (Esc)</source>
        <translation>Stop the request in progress (Esc)</translation>
    </message>
    <message>
        <source>Cancel request</source>
        <translation>Cancel request</translation>
    </message>
    <message>
        <source>Stops the request in progress</source>
        <translation>Stops the request in progress</translation>
    </message>
    <message>
        <source>Connection test result</source>
        <translation>Connection test result</translation>
    </message>
    <message>
        <source>Portal keys</source>
        <translation>Portal keys</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Results</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Profile</source>
        <translation>&amp;Profile</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;Import Profiles…</source>
        <translation>&amp;Import Profiles…</translation>
    </message>
    <message>
        <source>Add the profiles of a JSON file shared by a colleague</source>
        <translation>Add the profiles of a JSON file shared by a colleague</translation>
    </message>
    <message>
        <source>&amp;Export Profiles…</source>
        <translation>&amp;Export Profiles…</translation>
    </message>
    <message>
        <source>Save the profiles as JSON to share them; tokens are never exported</source>
        <translation>Save the profiles as JSON to share them; tokens are never exported</translation>
    </message>
    <message>
        <source>&amp;New Profile…</source>
        <translation>&amp;New Profile…</translation>
    </message>
    <message>
        <source>&amp;Edit Profile…</source>
        <translation>&amp;Edit Profile…</translation>
    </message>
    <message>
        <source>&amp;Duplicate Profile</source>
        <translation>&amp;Duplicate Profile</translation>
    </message>
    <message>
        <source>&amp;Rename Profile…</source>
        <translation>&amp;Rename Profile…</translation>
    </message>
    <message>
        <source>De&amp;lete Profile…</source>
        <translation>De&amp;lete Profile…</translation>
    </message>
    <message>
        <source>&amp;Save Changes to Profile</source>
        <translation>&amp;Save Changes to Profile</translation>
    </message>
    <message>
        <source>Re&amp;vert Changes</source>
        <translation>Re&amp;vert Changes</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;About DocSpace Keys</source>
        <translation>&amp;About DocSpace Keys</translation>
    </message>
    <message>
        <source>Tokens starting with sk- are sent as API keys, anything else as a session token</source>
        <translation>Tokens starting with sk- are sent as API keys, anything else as a session token</translation>
    </message>
    <message>
        <source>Sent as it is, like the token from signing in to the portal</source>
        <translation>Sent as it is, like the token from signing in to the portal</translation>
    </message>
    <message>
        <source>Cannot Connect</source>
        <translation>Cannot Connect</translation>
    </message>
    <message>
        <source>The profile&apos;s connection settings cannot be used.</source>
        <translation>The profile&apos;s connection settings cannot be used.</translation>
    </message>
    <message>
        <source>Testing the connection to %1…</source>
        <translation>Testing the connection to %1…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelling…</translation>
    </message>
    <message>
        <source>Saving the token…</source>
        <translation>Saving the token…</translation>
    </message>
    <message>
        <source>Enter the access token: an API key with the *:write scope (sk-…) or a session token of an administrator.</source>
        <translation>Enter the access token: an API key with the *:write scope (sk-…) or a session token of an administrator.</translation>
    </message>
    <message>
        <source>This token will be sent as an API key.</source>
        <translation>This token will be sent as an API key.</translation>
    </message>
    <message>
        <source>This token will be sent as a session token.</source>
        <translation>This token will be sent as a session token.</translation>
    </message>
    <message>
        <source>Enter the portal address above to list its keys.</source>
        <translation>Enter the portal address above to list its keys.</translation>
    </message>
    <message>
        <source>Enter an access token above to list the portal&apos;s keys.</source>
        <translation>Enter an access token above to list the portal&apos;s keys.</translation>
    </message>
    <message>
        <source>Allow unencrypted HTTP above, or use an https:// address.</source>
        <translation>Allow unencrypted HTTP above, or use an https:// address.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelled.</translation>
    </message>
    <message>
        <source>Certificate trusted for this session. Test the connection or revoke again.</source>
        <translation>Certificate trusted for this session. Test the connection or revoke again.</translation>
    </message>
    <message>
        <source>The connection test failed: %1.</source>
        <translation>The connection test failed: %1.</translation>
    </message>
    <message>
        <source>History problem</source>
        <translation>History problem</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>Revoke</translation>
    </message>
    <message>
        <source>Revoke &amp;Leaked Secret…</source>
        <translation>Revoke &amp;Leaked Secret…</translation>
    </message>
    <message>
        <source>Paste a leaked sk- secret, or text holding some, to find its key and revoke it</source>
        <translation>Paste a leaked sk- secret, or text holding some, to find its key and revoke it</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Settings…</translation>
    </message>
    <message>
        <source>Sent as &quot;Authorization: Bearer &lt;token&gt;&quot;: API keys, or a session token you want sent that way</source>
        <translation>Sent as &quot;Authorization: Bearer &lt;token&gt;&quot;: API keys, or a session token you want sent that way</translation>
    </message>
    <message>
        <source>Send token as:</source>
        <translation>Send token as:</translation>
    </message>
    <message>
        <source>T&amp;ools</source>
        <translation>T&amp;ools</translation>
    </message>
    <message>
        <source>Auto: API key</source>
        <translation>Auto: API key</translation>
    </message>
    <message>
        <source>Auto: session token</source>
        <translation>Auto: session token</translation>
    </message>
    <message>
        <source>Profile:</source>
        <translation>Profile:</translation>
    </message>
    <message>
        <source>Revert Chan&amp;ges</source>
        <translation>Revert Chan&amp;ges</translation>
    </message>
    <message>
        <source>Portal address:</source>
        <translation>Portal address:</translation>
    </message>
    <message>
        <source>Allow unencrypted HTTP to this portal (the token travels in clear te&amp;xt)</source>
        <translation>Allow unencrypted HTTP to this portal (the token travels in clear te&amp;xt)</translation>
    </message>
    <message>
        <source>Access token:</source>
        <translation>Access token:</translation>
    </message>
    <message>
        <source>Key id:</source>
        <translation>Key id:</translation>
    </message>
    <message>
        <source>Revoke Ke&amp;y</source>
        <translation>Revoke Ke&amp;y</translation>
    </message>
    <message>
        <source>Revoke Leake&amp;d Secret…</source>
        <translation>Revoke Leake&amp;d Secret…</translation>
    </message>
</context>
<context>
    <name>MemorySecretStore</name>
    <message>
        <source>memory only, until DocSpace Keys closes</source>
        <translation>memory only, until DocSpace Keys closes</translation>
    </message>
</context>
<context>
    <name>MessageBox</name>
    <message>
        <source>&amp;Replace</source>
        <translation>&amp;Replace</translation>
    </message>
    <message>
        <source>&amp;Keep Both</source>
        <translation>&amp;Keep Both</translation>
    </message>
    <message>
        <source>&amp;Skip</source>
        <translation>&amp;Skip</translation>
    </message>
</context>
<context>
    <name>OneTimeSecretDialog</name>
    <message>
        <source>New Secret, Shown Once</source>
        <translation>New Secret, Shown Once</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Copy the secret(s) now: they will not be shown again.&lt;/b&gt; Neither the portal nor DocSpace Keys keeps them; once this window is closed, only whoever stored them has them. The clipboard is cleared of them when DocSpace Keys quits.</source>
        <translation>
            <numerusform>&lt;b&gt;Copy the secret now: it will not be shown again.&lt;/b&gt; Neither the portal nor DocSpace Keys keeps it; once this window is closed, only whoever stored it has it. The clipboard is cleared of it when DocSpace Keys quits.</numerusform>
            <numerusform>&lt;b&gt;Copy the secrets now: they will not be shown again.&lt;/b&gt; Neither the portal nor DocSpace Keys keeps them; once this window is closed, only whoever stored them has them. The clipboard is cleared of them when DocSpace Keys quits.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copy</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copied</translation>
    </message>
    <message>
        <source>&amp;Save to File…</source>
        <translation>&amp;Save to File…</translation>
    </message>
    <message>
        <source>Save the New Secrets</source>
        <translation>Save the New Secrets</translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation>Text files (*.txt)</translation>
    </message>
    <message>
        <source>Secrets Saved</source>
        <translation>Secrets Saved</translation>
    </message>
    <message>
        <source>Saved to %1, readable by you only. Move them into your secret manager and delete the file.</source>
        <translation>Saved to %1, readable by you only. Move them into your secret manager and delete the file.</translation>
    </message>
    <message>
        <source>Secrets Not Saved</source>
        <translation>Secrets Not Saved</translation>
    </message>
    <message>
        <source>Cannot write %1: %2.</source>
        <translation>Cannot write %1: %2.</translation>
    </message>
</context>
<context>
    <name>OutcomeClassifier</name>
    <message>
        <source>Not sent: the address uses plain HTTP to a host on the network, so the token would travel unencrypted. Use the portal&apos;s https:// address, or explicitly allow unencrypted HTTP for this portal if the network is trusted.</source>
        <translation>Not sent: the address uses plain HTTP to a host on the network, so the token would travel unencrypted. Use the portal&apos;s https:// address, or explicitly allow unencrypted HTTP for this portal if the network is trusted.</translation>
    </message>
    <message>
        <source>Cancelled. If the request had already reached the portal the key may still have been revoked; refresh the key list before trying again.</source>
        <translation>Cancelled. If the request had already reached the portal the key may still have been revoked; refresh the key list before trying again.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelled.</translation>
    </message>
    <message>
        <source>The portal did not answer in time. It may be overloaded or the network slow. The key may or may not have been revoked: check the key list, then try again or raise the timeout.</source>
        <translation>The portal did not answer in time. It may be overloaded or the network slow. The key may or may not have been revoked: check the key list, then try again or raise the timeout.</translation>
    </message>
    <message>
        <source>The portal did not answer in time. It may be overloaded or the network slow: try again, or raise the timeout.</source>
        <translation>The portal did not answer in time. It may be overloaded or the network slow: try again, or raise the timeout.</translation>
    </message>
    <message>
        <source>The portal&apos;s certificate is not trusted (%1), so nothing was sent. If this is your own on-premises portal, compare the fingerprint below with the one your server shows, then trust that certificate or add your internal CA file. Otherwise someone may be intercepting the connection.</source>
        <translation>The portal&apos;s certificate is not trusted (%1), so nothing was sent. If this is your own on-premises portal, compare the fingerprint below with the one your server shows, then trust that certificate or add your internal CA file. Otherwise someone may be intercepting the connection.</translation>
    </message>
    <message>
        <source>The portal redirected the request to another address (%1). DocSpace Keys never sends your token to another site, so the request went no further. If the portal has moved, enter its new address.</source>
        <translation>The portal redirected the request to another address (%1). DocSpace Keys never sends your token to another site, so the request went no further. If the portal has moved, enter its new address.</translation>
    </message>
    <message>
        <source>The portal kept redirecting the request, so it was given up. Check the portal address.</source>
        <translation>The portal kept redirecting the request, so it was given up. Check the portal address.</translation>
    </message>
    <message>
        <source>The portal&apos;s answer was cut off before it was complete, so it is unknown whether the key was revoked. Refresh the key list to check, then try again.</source>
        <translation>The portal&apos;s answer was cut off before it was complete, so it is unknown whether the key was revoked. Refresh the key list to check, then try again.</translation>
    </message>
    <message>
        <source>The portal&apos;s answer was cut off before it was complete. Try again; if it keeps happening, a proxy may be cutting answers short.</source>
        <translation>The portal&apos;s answer was cut off before it was complete. Try again; if it keeps happening, a proxy may be cutting answers short.</translation>
    </message>
    <message>
        <source>Could not reach the portal: %1. Check the address, your network connection, VPN or proxy, and try again.</source>
        <translation>Could not reach the portal: %1. Check the address, your network connection, VPN or proxy, and try again.</translation>
    </message>
    <message>
        <source>The portal did not accept the access token. It may be mistyped, expired, revoked or deactivated, or sent the wrong way (API keys starting with sk- must be sent as an API key: choose Auto or API key). Get a new token and try again.</source>
        <translation>The portal did not accept the access token. It may be mistyped, expired, revoked or deactivated, or sent the wrong way (API keys starting with sk- must be sent as an API key: choose Auto or API key). Get a new token and try again.</translation>
    </message>
    <message numerus="yes">
        <source>The portal is limiting requests and kept refusing after %n attempt(s). Wait a minute, then try again.</source>
        <translation>
            <numerusform>The portal is limiting requests and kept refusing after %n attempt. Wait a minute, then try again.</numerusform>
            <numerusform>The portal is limiting requests and kept refusing after %n attempts. Wait a minute, then try again.</numerusform>
        </translation>
    </message>
    <message>
        <source>The portal has no key with this id: it was already revoked, or the id is wrong. Nothing was changed.</source>
        <translation>The portal has no key with this id: it was already revoked, or the id is wrong. Nothing was changed.</translation>
    </message>
    <message>
        <source>The portal or the proxy in front of it failed (%1). This is usually temporary: try again in a minute. If it persists, the portal&apos;s administrator should check the server.</source>
        <translation>The portal or the proxy in front of it failed (%1). This is usually temporary: try again in a minute. If it persists, the portal&apos;s administrator should check the server.</translation>
    </message>
    <message>
        <source>The portal gave an unexpected answer (HTTP %1), so the key was not revoked. Check the address and the portal&apos;s message below.</source>
        <translation>The portal gave an unexpected answer (HTTP %1), so the key was not revoked. Check the address and the portal&apos;s message below.</translation>
    </message>
    <message>
        <source>The portal gave an unexpected answer (HTTP %1). Check the address and the portal&apos;s message below.</source>
        <translation>The portal gave an unexpected answer (HTTP %1). Check the address and the portal&apos;s message below.</translation>
    </message>
    <message>
        <source>a web page instead of JSON</source>
        <translation>a web page instead of JSON</translation>
    </message>
    <message>
        <source>an empty answer</source>
        <translation>an empty answer</translation>
    </message>
    <message>
        <source>an answer that is not JSON</source>
        <translation>an answer that is not JSON</translation>
    </message>
    <message>
        <source>The portal sent %1, so it is unknown whether the key was revoked. The address may point to a login page or proxy rather than the DocSpace API; check it, then refresh the key list.</source>
        <translation>The portal sent %1, so it is unknown whether the key was revoked. The address may point to a login page or proxy rather than the DocSpace API; check it, then refresh the key list.</translation>
    </message>
    <message>
        <source>The portal sent %1. The address may point to a login page or proxy rather than the DocSpace API; check it.</source>
        <translation>The portal sent %1. The address may point to a login page or proxy rather than the DocSpace API; check it.</translation>
    </message>
    <message>
        <source>The portal reported a failure inside a successful answer, so the key was not revoked. Read the portal&apos;s message below.</source>
        <translation>The portal reported a failure inside a successful answer, so the key was not revoked. Read the portal&apos;s message below.</translation>
    </message>
    <message>
        <source>The portal reported a failure inside a successful answer. Read the portal&apos;s message below.</source>
        <translation>The portal reported a failure inside a successful answer. Read the portal&apos;s message below.</translation>
    </message>
    <message>
        <source>The portal&apos;s answer did not say whether the key was changed. Refresh the key list to check.</source>
        <translation>The portal&apos;s answer did not say whether the key was changed. Refresh the key list to check.</translation>
    </message>
    <message>
        <source>Deactivated. The key stops working until it is reactivated.</source>
        <translation>Deactivated. The key stops working until it is reactivated.</translation>
    </message>
    <message>
        <source>Reactivated. The key works again.</source>
        <translation>Reactivated. The key works again.</translation>
    </message>
    <message>
        <source>The portal refused to reactivate this key. Expired keys cannot be reactivated, and only the key&apos;s creator or an administrator may change it.</source>
        <translation>The portal refused to reactivate this key. Expired keys cannot be reactivated, and only the key&apos;s creator or an administrator may change it.</translation>
    </message>
    <message>
        <source>The portal refused to deactivate this key. Only the key&apos;s creator or an administrator may change it.</source>
        <translation>The portal refused to deactivate this key. Only the key&apos;s creator or an administrator may change it.</translation>
    </message>
    <message>
        <source>Revoked. The key no longer works; anything that used it must get a new one.</source>
        <translation>Revoked. The key no longer works; anything that used it must get a new one.</translation>
    </message>
    <message>
        <source>The portal refused to revoke this key. Only its creator or a portal administrator may revoke it: sign in with an administrator&apos;s token, or ask the key&apos;s owner.</source>
        <translation>The portal refused to revoke this key. Only its creator or a portal administrator may revoke it: sign in with an administrator&apos;s token, or ask the key&apos;s owner.</translation>
    </message>
    <message>
        <source>The portal&apos;s answer did not say whether the key was revoked. Refresh the key list to check.</source>
        <translation>The portal&apos;s answer did not say whether the key was revoked. Refresh the key list to check.</translation>
    </message>
    <message>
        <source>The portal&apos;s answer had no content. Check that the address is a DocSpace portal.</source>
        <translation>The portal&apos;s answer had no content. Check that the address is a DocSpace portal.</translation>
    </message>
    <message>
        <source>The answer was far larger than a DocSpace answer can be, so reading stopped. Check that the address points to a DocSpace portal.</source>
        <translation>The answer was far larger than a DocSpace answer can be, so reading stopped. Check that the address points to a DocSpace portal.</translation>
    </message>
    <message>
        <source>Unknown: the connection failed after the request was sent (%1), so the portal may or may not have revoked the key. Refresh the key list to see whether it is still there.</source>
        <translation>Unknown: the connection failed after the request was sent (%1), so the portal may or may not have revoked the key. Refresh the key list to see whether it is still there.</translation>
    </message>
    <message>
        <source>Unknown: the connection failed after the request was sent (%1), so the portal may or may not have changed the key. Refresh the key list to see its state.</source>
        <translation>Unknown: the connection failed after the request was sent (%1), so the portal may or may not have changed the key. Refresh the key list to see its state.</translation>
    </message>
    <message>
        <source>The portal refused access: “%1”. It accepts calls only from certain IP addresses: connect from an allowed network or VPN, or ask the portal&apos;s administrator to allow your address. Nothing was changed.</source>
        <translation>The portal refused access: “%1”. It accepts calls only from certain IP addresses: connect from an allowed network or VPN, or ask the portal&apos;s administrator to allow your address. Nothing was changed.</translation>
    </message>
    <message>
        <source>The portal refused to create the key: “%1”. Guests cannot create API keys, and this portal may restrict developer tools to administrators: ask an administrator to create the key, or to allow developer tools for everyone.</source>
        <translation>The portal refused to create the key: “%1”. Guests cannot create API keys, and this portal may restrict developer tools to administrators: ask an administrator to create the key, or to allow developer tools for everyone.</translation>
    </message>
    <message>
        <source>The portal refused to revoke this key: “%1”. This user may not manage keys (guests cannot): use an administrator&apos;s token with the *:write scope.</source>
        <translation>The portal refused to revoke this key: “%1”. This user may not manage keys (guests cannot): use an administrator&apos;s token with the *:write scope.</translation>
    </message>
    <message>
        <source>The portal refused to change this key: “%1”. This user may not manage keys (guests cannot): use an administrator&apos;s token with the *:write scope.</source>
        <translation>The portal refused to change this key: “%1”. This user may not manage keys (guests cannot): use an administrator&apos;s token with the *:write scope.</translation>
    </message>
    <message>
        <source>The portal refused: “%1”. This user may not read this; use an administrator&apos;s token.</source>
        <translation>The portal refused: “%1”. This user may not read this; use an administrator&apos;s token.</translation>
    </message>
    <message>
        <source>If every call is refused this way, the portal may be being moved, restored or encrypted: try again later.</source>
        <translation>If every call is refused this way, the portal may be being moved, restored or encrypted: try again later.</translation>
    </message>
    <message>
        <source>The token is not allowed to revoke keys: it lacks the *:write scope. Use a token with write access (an administrator&apos;s, to revoke others&apos; keys). %1</source>
        <translation>The token is not allowed to revoke keys: it lacks the *:write scope. Use a token with write access (an administrator&apos;s, to revoke others&apos; keys). %1</translation>
    </message>
    <message>
        <source>The token is not allowed to change keys: it lacks the *:write scope. %1</source>
        <translation>The token is not allowed to change keys: it lacks the *:write scope. %1</translation>
    </message>
    <message>
        <source>The token is not allowed to create keys: it lacks the *:write scope. %1</source>
        <translation>The token is not allowed to create keys: it lacks the *:write scope. %1</translation>
    </message>
    <message>
        <source>The token is not allowed to read this: it lacks the scope needed (*:read, or accounts.self:read for the profile). %1</source>
        <translation>The token is not allowed to read this: it lacks the scope needed (*:read, or accounts.self:read for the profile). %1</translation>
    </message>
    <message>
        <source>The portal&apos;s subscription has lapsed (HTTP 402), so it answers no API calls and nothing was changed. The portal&apos;s owner must renew the payment in DocSpace (Payments); then try again.</source>
        <translation>The portal&apos;s subscription has lapsed (HTTP 402), so it answers no API calls and nothing was changed. The portal&apos;s owner must renew the payment in DocSpace (Payments); then try again.</translation>
    </message>
    <message>
        <source>The address answered that the DocSpace API is not there (HTTP 404): it is not a DocSpace portal with API keys, the portal is older than DocSpace 3.1, or it is suspended. Nothing was changed. Check the address; if it is right, ask the portal&apos;s owner whether the portal is suspended or needs an update.</source>
        <translation>The address answered that the DocSpace API is not there (HTTP 404): it is not a DocSpace portal with API keys, the portal is older than DocSpace 3.1, or it is suspended. Nothing was changed. Check the address; if it is right, ask the portal&apos;s owner whether the portal is suspended or needs an update.</translation>
    </message>
    <message>
        <source>The portal&apos;s certificate has changed since it was pinned, so nothing was sent. Pinned SHA-256: %1. The portal now shows: %2. If its certificate was renewed or replaced, check the new fingerprint with the server&apos;s administrator, then put it in the profile (Profile &gt; Edit). If nobody changed it, someone may be intercepting the connection: do not trust it.</source>
        <translation>The portal&apos;s certificate has changed since it was pinned, so nothing was sent. Pinned SHA-256: %1. The portal now shows: %2. If its certificate was renewed or replaced, check the new fingerprint with the server&apos;s administrator, then put it in the profile (Profile &gt; Edit). If nobody changed it, someone may be intercepting the connection: do not trust it.</translation>
    </message>
</context>
<context>
    <name>OutcomeStyle</name>
    <message>
        <source>Revoked</source>
        <translation>Revoked</translation>
    </message>
    <message>
        <source>Deactivated</source>
        <translation>Deactivated</translation>
    </message>
    <message>
        <source>Reactivated</source>
        <translation>Reactivated</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Refused</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Not found</translation>
    </message>
    <message>
        <source>Invalid key id</source>
        <translation>Invalid key id</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>Not signed in</translation>
    </message>
    <message>
        <source>Forbidden</source>
        <translation>Forbidden</translation>
    </message>
    <message>
        <source>Rate limited</source>
        <translation>Rate limited</translation>
    </message>
    <message>
        <source>Server error</source>
        <translation>Server error</translation>
    </message>
    <message>
        <source>Unexpected answer</source>
        <translation>Unexpected answer</translation>
    </message>
    <message>
        <source>Network error</source>
        <translation>Network error</translation>
    </message>
    <message>
        <source>Timed out</source>
        <translation>Timed out</translation>
    </message>
    <message>
        <source>Certificate problem</source>
        <translation>Certificate problem</translation>
    </message>
    <message>
        <source>Unencrypted HTTP refused</source>
        <translation>Unencrypted HTTP refused</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unknown</translation>
    </message>
    <message>
        <source>Portal unavailable</source>
        <translation>Portal unavailable</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Created</translation>
    </message>
    <message>
        <source>Edited</source>
        <translation>Edited</translation>
    </message>
</context>
<context>
    <name>PasteIdsDialog</name>
    <message>
        <source>Revoke Keys by Id</source>
        <translation>Revoke Keys by Id</translation>
    </message>
    <message>
        <source>Key ids</source>
        <translation>Key ids</translation>
    </message>
    <message>
        <source>3f2504e0-4f89-11d3-9a0c-0305e82c3301
…</source>
        <translation>3f2504e0-4f89-11d3-9a0c-0305e82c3301
…</translation>
    </message>
    <message>
        <source>Skipped lines</source>
        <translation>Skipped lines</translation>
    </message>
    <message>
        <source>&amp;Revoke…</source>
        <translation>&amp;Revoke…</translation>
    </message>
    <message>
        <source>Line %1: %2 — %3</source>
        <translation>Line %1: %2 — %3</translation>
    </message>
    <message numerus="yes">
        <source>%n key id(s)</source>
        <translation>
            <numerusform>%n key id</numerusform>
            <numerusform>%n key ids</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) skipped</source>
        <translation>
            <numerusform>%n line skipped</numerusform>
            <numerusform>%n lines skipped</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n repeat(s) ignored</source>
        <translation>
            <numerusform>%n repeat ignored</numerusform>
            <numerusform>%n repeats ignored</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Revoke %n Key(s)…</source>
        <translation>
            <numerusform>&amp;Revoke %n Key…</numerusform>
            <numerusform>&amp;Revoke %n Keys…</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Paste key ids, one per line, or a CSV export with an &quot;id&quot; column. Lines without a key id are shown below and skipped.</source>
        <translation>&amp;Paste key ids, one per line, or a CSV export with an &quot;id&quot; column. Lines without a key id are shown below and skipped.</translation>
    </message>
</context>
<context>
    <name>PortalAddress</name>
    <message>
        <source>Enter the portal address, for example https://portal.example.com.</source>
        <translation>Enter the portal address, for example https://portal.example.com.</translation>
    </message>
    <message>
        <source>A portal address cannot contain spaces.</source>
        <translation>A portal address cannot contain spaces.</translation>
    </message>
    <message>
        <source>This is not a valid web address.</source>
        <translation>This is not a valid web address.</translation>
    </message>
    <message>
        <source>Only https:// (or http://) portal addresses are supported, not %1://.</source>
        <translation>Only https:// (or http://) portal addresses are supported, not %1://.</translation>
    </message>
    <message>
        <source>Remove the user name or password from the address; the access token goes in its own field.</source>
        <translation>Remove the user name or password from the address; the access token goes in its own field.</translation>
    </message>
    <message>
        <source>The address has no host name.</source>
        <translation>The address has no host name.</translation>
    </message>
</context>
<context>
    <name>PortalProfile</name>
    <message>
        <source>Give the profile a name, for example &quot;Production&quot;.</source>
        <translation>Give the profile a name, for example &quot;Production&quot;.</translation>
    </message>
    <message>
        <source>The profile name is too long (at most %1 characters).</source>
        <translation>The profile name is too long (at most %1 characters).</translation>
    </message>
    <message>
        <source>The timeout must be between 1 and 3600 seconds.</source>
        <translation>The timeout must be between 1 and 3600 seconds.</translation>
    </message>
    <message>
        <source>The trusted certificate fingerprint must be a SHA-256 digest: 64 hexadecimal digits, with or without colons.</source>
        <translation>The trusted certificate fingerprint must be a SHA-256 digest: 64 hexadecimal digits, with or without colons.</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot;: unknown auth scheme &quot;%2&quot;.</source>
        <translation>Profile &quot;%1&quot;: unknown auth scheme &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot;: %2</source>
        <translation>Profile &quot;%1&quot;: %2</translation>
    </message>
</context>
<context>
    <name>ProfileController</name>
    <message>
        <source>Unsaved Changes</source>
        <translation>Unsaved Changes</translation>
    </message>
    <message>
        <source>Save the changes to the profile &quot;%1&quot;?</source>
        <translation>Save the changes to the profile &quot;%1&quot;?</translation>
    </message>
    <message>
        <source>The portal address, authentication scheme or token were changed here but not saved. Discarding them goes back to what the profile has saved.</source>
        <translation>The portal address, authentication scheme or token were changed here but not saved. Discarding them goes back to what the profile has saved.</translation>
    </message>
    <message>
        <source>Kept the unsaved changes.</source>
        <translation>Kept the unsaved changes.</translation>
    </message>
    <message>
        <source>No profile: nothing typed here is saved.</source>
        <translation>No profile: nothing typed here is saved.</translation>
    </message>
    <message>
        <source>Reading the token from %1…</source>
        <translation>Reading the token from %1…</translation>
    </message>
    <message>
        <source>No token is saved for &quot;%1&quot;: enter it, then choose Save to Profile.</source>
        <translation>No token is saved for &quot;%1&quot;: enter it, then choose Save to Profile.</translation>
    </message>
    <message>
        <source>The token of &quot;%1&quot; could not be read: %2 Enter it here to use it now, or check that the keychain is unlocked and choose the profile again.</source>
        <translation>The token of &quot;%1&quot; could not be read: %2 Enter it here to use it now, or check that the keychain is unlocked and choose the profile again.</translation>
    </message>
    <message>
        <source>Token Not Saved</source>
        <translation>Token Not Saved</translation>
    </message>
    <message>
        <source>The token of &quot;%1&quot; could not be saved.</source>
        <translation>The token of &quot;%1&quot; could not be saved.</translation>
    </message>
    <message>
        <source>(no profile)</source>
        <translation>(no profile)</translation>
    </message>
    <message>
        <source>Type a portal and token without saving them</source>
        <translation>Type a portal and token without saving them</translation>
    </message>
    <message>
        <source>portal address</source>
        <translation>portal address</translation>
    </message>
    <message>
        <source>scheme</source>
        <translation>scheme</translation>
    </message>
    <message>
        <source>plain HTTP</source>
        <translation>plain HTTP</translation>
    </message>
    <message>
        <source>token</source>
        <translation>token</translation>
    </message>
    <message>
        <source>Changed here, not yet saved in &quot;%1&quot;: %2.</source>
        <translation>Changed here, not yet saved in &quot;%1&quot;: %2.</translation>
    </message>
    <message>
        <source>Profile Not Saved</source>
        <translation>Profile Not Saved</translation>
    </message>
    <message>
        <source>The profile &quot;%1&quot; was not saved.</source>
        <translation>The profile &quot;%1&quot; was not saved.</translation>
    </message>
    <message>
        <source>Saved the profile &quot;%1&quot;.</source>
        <translation>Saved the profile &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Back to the saved profile.</source>
        <translation>Back to the saved profile.</translation>
    </message>
    <message>
        <source>Created the profile &quot;%1&quot;.</source>
        <translation>Created the profile &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The token is still being read; try again in a moment.</source>
        <translation>The token is still being read; try again in a moment.</translation>
    </message>
    <message>
        <source>Profile Not Duplicated</source>
        <translation>Profile Not Duplicated</translation>
    </message>
    <message>
        <source>The profile &quot;%1&quot; was not duplicated.</source>
        <translation>The profile &quot;%1&quot; was not duplicated.</translation>
    </message>
    <message>
        <source>Created &quot;%1&quot; as a copy of &quot;%2&quot;.</source>
        <translation>Created &quot;%1&quot; as a copy of &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>Rename Profile</source>
        <translation>Rename Profile</translation>
    </message>
    <message>
        <source>New name for &quot;%1&quot;:</source>
        <translation>New name for &quot;%1&quot;:</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>&amp;Rename</translation>
    </message>
    <message>
        <source>Profile Not Renamed</source>
        <translation>Profile Not Renamed</translation>
    </message>
    <message>
        <source>The profile &quot;%1&quot; was not renamed.</source>
        <translation>The profile &quot;%1&quot; was not renamed.</translation>
    </message>
    <message>
        <source>Renamed &quot;%1&quot; to &quot;%2&quot;.</source>
        <translation>Renamed &quot;%1&quot; to &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>Delete Profile</source>
        <translation>Delete Profile</translation>
    </message>
    <message>
        <source>Delete the profile &quot;%1&quot;?</source>
        <translation>Delete the profile &quot;%1&quot;?</translation>
    </message>
    <message>
        <source>Its settings and its saved token are deleted. This cannot be undone; the portal and its keys are not affected.</source>
        <translation>Its settings and its saved token are deleted. This cannot be undone; the portal and its keys are not affected.</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <source>Token Not Deleted</source>
        <translation>Token Not Deleted</translation>
    </message>
    <message>
        <source>The token of the deleted profile &quot;%1&quot; could not be removed from %2.</source>
        <translation>The token of the deleted profile &quot;%1&quot; could not be removed from %2.</translation>
    </message>
    <message>
        <source>Deleted the profile &quot;%1&quot; and its token.</source>
        <translation>Deleted the profile &quot;%1&quot; and its token.</translation>
    </message>
    <message>
        <source>Import Profiles</source>
        <translation>Import Profiles</translation>
    </message>
    <message>
        <source>Profiles (*.json);;All files (*)</source>
        <translation>Profiles (*.json);;All files (*)</translation>
    </message>
    <message>
        <source>Profiles Not Imported</source>
        <translation>Profiles Not Imported</translation>
    </message>
    <message>
        <source>Cannot read %1.</source>
        <translation>Cannot read %1.</translation>
    </message>
    <message>
        <source>%1. Check that the file exists and may be read.</source>
        <translation>%1. Check that the file exists and may be read.</translation>
    </message>
    <message>
        <source>%1 holds no profiles that can be imported.</source>
        <translation>%1 holds no profiles that can be imported.</translation>
    </message>
    <message>
        <source>Profiles Imported</source>
        <translation>Profiles Imported</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n profile(s) from %1.</source>
        <translation>
            <numerusform>Imported %n profile from %1.</numerusform>
            <numerusform>Imported %n profiles from %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Exports never contain tokens: choose each imported profile, enter its token and choose Save to Profile.</source>
        <translation>Exports never contain tokens: choose each imported profile, enter its token and choose Save to Profile.</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n profile(s).</source>
        <translation>
            <numerusform>Imported %n profile.</numerusform>
            <numerusform>Imported %n profiles.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to Export</source>
        <translation>Nothing to Export</translation>
    </message>
    <message>
        <source>There are no profiles yet.</source>
        <translation>There are no profiles yet.</translation>
    </message>
    <message>
        <source>Export Profiles (tokens are never exported)</source>
        <translation>Export Profiles (tokens are never exported)</translation>
    </message>
    <message>
        <source>Profiles (*.json)</source>
        <translation>Profiles (*.json)</translation>
    </message>
    <message>
        <source>Profiles Not Exported</source>
        <translation>Profiles Not Exported</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>Cannot write %1.</translation>
    </message>
    <message>
        <source>%1. Choose another folder.</source>
        <translation>%1. Choose another folder.</translation>
    </message>
    <message>
        <source>Profiles Exported</source>
        <translation>Profiles Exported</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n profile(s) to %1.</source>
        <translation>
            <numerusform>Exported %n profile to %1.</numerusform>
            <numerusform>Exported %n profiles to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The file holds portal addresses and settings only. Tokens are never exported: whoever imports it enters their own.</source>
        <translation>The file holds portal addresses and settings only. Tokens are never exported: whoever imports it enters their own.</translation>
    </message>
    <message>
        <source>Demo mode: tokens are kept in memory only, on purpose, and forgotten when DocSpace Keys closes. Nothing is written to the system keychain.</source>
        <translation>Demo mode: tokens are kept in memory only, on purpose, and forgotten when DocSpace Keys closes. Nothing is written to the system keychain.</translation>
    </message>
    <message>
        <source>No system keychain is available: tokens are kept only until DocSpace Keys closes.</source>
        <translation>No system keychain is available: tokens are kept only until DocSpace Keys closes.</translation>
    </message>
    <message>
        <source>Demo mode</source>
        <translation>Demo mode</translation>
    </message>
    <message>
        <source>Keychain unavailable</source>
        <translation>Keychain unavailable</translation>
    </message>
    <message>
        <source>Profile Name Exists</source>
        <translation>Profile Name Exists</translation>
    </message>
    <message>
        <source>A profile named &quot;%1&quot; exists already.</source>
        <translation>A profile named &quot;%1&quot; exists already.</translation>
    </message>
    <message>
        <source>Both are for %1. Replace keeps the saved token.</source>
        <translation>Both are for %1. Replace keeps the saved token.</translation>
    </message>
    <message>
        <source>The saved one is for %1, the imported one for %2. Replace deletes the saved token, which belongs to the other portal.</source>
        <translation>The saved one is for %1, the imported one for %2. Replace deletes the saved token, which belongs to the other portal.</translation>
    </message>
    <message>
        <source>Keep Both adds the imported one under a new name; Skip leaves it out.</source>
        <translation>Keep Both adds the imported one under a new name; Skip leaves it out.</translation>
    </message>
    <message numerus="yes">
        <source>Do the same for the other %n profile(s) whose name exists</source>
        <translation>
            <numerusform>Do the same for the other %n profile whose name exists</numerusform>
            <numerusform>Do the same for the other %n profiles whose names exist</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>Nothing was imported.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n of them replaced a profile of the same name</source>
        <translation>
            <numerusform>%n of them replaced a profile of the same name</numerusform>
            <numerusform>%n of them replaced a profile of the same name</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped because the name exists</source>
        <translation>
            <numerusform>%n skipped because the name exists</numerusform>
            <numerusform>%n skipped because the name exists</numerusform>
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
        <translation>e.g. Production</translation>
    </message>
    <message>
        <source>How this portal is listed in the profile selector</source>
        <translation>How this portal is listed in the profile selector</translation>
    </message>
    <message>
        <source>Profile name</source>
        <translation>Profile name</translation>
    </message>
    <message>
        <source>Profile name problem</source>
        <translation>Profile name problem</translation>
    </message>
    <message>
        <source>&amp;Portal address:</source>
        <translation>&amp;Portal address:</translation>
    </message>
    <message>
        <source>https://portal.example.com</source>
        <translation>https://portal.example.com</translation>
    </message>
    <message>
        <source>The address of the DocSpace portal, as you open it in a browser</source>
        <translation>The address of the DocSpace portal, as you open it in a browser</translation>
    </message>
    <message>
        <source>Portal address</source>
        <translation>Portal address</translation>
    </message>
    <message>
        <source>Portal address problem</source>
        <translation>Portal address problem</translation>
    </message>
    <message>
        <source>Send token &amp;as:</source>
        <translation>Send token &amp;as:</translation>
    </message>
    <message>
        <source>Auto sends tokens starting with sk- as API keys and anything else as a session token</source>
        <translation>Auto sends tokens starting with sk- as API keys and anything else as a session token</translation>
    </message>
    <message>
        <source>Authentication scheme</source>
        <translation>Authentication scheme</translation>
    </message>
    <message>
        <source>Auto</source>
        <translation>Auto</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API key</translation>
    </message>
    <message>
        <source>Session token</source>
        <translation>Session token</translation>
    </message>
    <message>
        <source>Access &amp;token:</source>
        <translation>Access &amp;token:</translation>
    </message>
    <message>
        <source>sk-… API key with the *:write scope, or a session token</source>
        <translation>sk-… API key with the *:write scope, or a session token</translation>
    </message>
    <message>
        <source>Stored in the system keychain, never in a file</source>
        <translation>Stored in the system keychain, never in a file</translation>
    </message>
    <message>
        <source>Access token</source>
        <translation>Access token</translation>
    </message>
    <message>
        <source>Where the token is kept</source>
        <translation>Where the token is kept</translation>
    </message>
    <message>
        <source>Allow unencrypted &amp;HTTP to this portal</source>
        <translation>Allow unencrypted &amp;HTTP to this portal</translation>
    </message>
    <message>
        <source>Needed only for a plain http:// address on another machine</source>
        <translation>Needed only for a plain http:// address on another machine</translation>
    </message>
    <message>
        <source>Allow unencrypted HTTP</source>
        <translation>Allow unencrypted HTTP</translation>
    </message>
    <message>
        <source>Unencrypted HTTP warning</source>
        <translation>Unencrypted HTTP warning</translation>
    </message>
    <message>
        <source>Trusted &amp;certificate:</source>
        <translation>Trusted &amp;certificate:</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint, e.g. AB:CD:…</source>
        <translation>SHA-256 fingerprint, e.g. AB:CD:…</translation>
    </message>
    <message>
        <source>Trust exactly this certificate (an on-premises portal with a self-signed certificate). Colons and case do not matter.</source>
        <translation>Trust exactly this certificate (an on-premises portal with a self-signed certificate). Colons and case do not matter.</translation>
    </message>
    <message>
        <source>Trusted certificate fingerprint</source>
        <translation>Trusted certificate fingerprint</translation>
    </message>
    <message>
        <source>Certificate fingerprint problem</source>
        <translation>Certificate fingerprint problem</translation>
    </message>
    <message>
        <source>Extra CA &amp;file:</source>
        <translation>Extra CA &amp;file:</translation>
    </message>
    <message>
        <source>PEM or DER file of an internal certificate authority</source>
        <translation>PEM or DER file of an internal certificate authority</translation>
    </message>
    <message>
        <source>Certificates of your organization&apos;s own certificate authority, trusted in addition to the system ones</source>
        <translation>Certificates of your organization&apos;s own certificate authority, trusted in addition to the system ones</translation>
    </message>
    <message>
        <source>Extra CA file</source>
        <translation>Extra CA file</translation>
    </message>
    <message>
        <source>Choose the CA file</source>
        <translation>Choose the CA file</translation>
    </message>
    <message>
        <source>CA file problem</source>
        <translation>CA file problem</translation>
    </message>
    <message>
        <source>Request t&amp;imeout:</source>
        <translation>Request t&amp;imeout:</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>A request that receives nothing for this long ends as a timeout</source>
        <translation>A request that receives nothing for this long ends as a timeout</translation>
    </message>
    <message>
        <source>Request timeout in seconds</source>
        <translation>Request timeout in seconds</translation>
    </message>
    <message>
        <source>Why the profile cannot be saved</source>
        <translation>Why the profile cannot be saved</translation>
    </message>
    <message>
        <source>&amp;Save Profile</source>
        <translation>&amp;Save Profile</translation>
    </message>
    <message>
        <source>The token will travel in clear text to a plain http:// address: anyone on the network path can read and use it. Use this only on a network you control.</source>
        <translation>The token will travel in clear text to a plain http:// address: anyone on the network path can read and use it. Use this only on a network you control.</translation>
    </message>
    <message>
        <source>New Profile</source>
        <translation>New Profile</translation>
    </message>
    <message>
        <source>Edit Profile</source>
        <translation>Edit Profile</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Not saved: %1</translation>
    </message>
    <message>
        <source>Stored in %1, never in a file. Leave empty to type it each time.</source>
        <translation>Stored in %1, never in a file. Leave empty to type it each time.</translation>
    </message>
    <message>
        <source>No system keychain is available: the token is kept only until DocSpace Keys closes.</source>
        <translation>No system keychain is available: the token is kept only until DocSpace Keys closes.</translation>
    </message>
    <message>
        <source>Choose the Extra CA File</source>
        <translation>Choose the Extra CA File</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer *.der);;All files (*)</source>
        <translation>Certificates (*.pem *.crt *.cer *.der);;All files (*)</translation>
    </message>
    <message>
        <source>Enter a name for this profile, e.g. the portal&apos;s purpose or customer.</source>
        <translation>Enter a name for this profile, e.g. the portal&apos;s purpose or customer.</translation>
    </message>
    <message>
        <source>Another profile is already called &quot;%1&quot;. Choose another name.</source>
        <translation>Another profile is already called &quot;%1&quot;. Choose another name.</translation>
    </message>
    <message>
        <source>This is not a SHA-256 fingerprint: expected 64 hexadecimal digits, with or without colons.</source>
        <translation>This is not a SHA-256 fingerprint: expected 64 hexadecimal digits, with or without colons.</translation>
    </message>
    <message>
        <source>There is no file at this path. Choose the CA certificate file again.</source>
        <translation>There is no file at this path. Choose the CA certificate file again.</translation>
    </message>
    <message>
        <source>This file cannot be read. Check its permissions or choose another file.</source>
        <translation>This file cannot be read. Check its permissions or choose another file.</translation>
    </message>
    <message>
        <source>This plain http:// address would send the token unencrypted. Use an https:// address, or tick &quot;%1&quot;.</source>
        <translation>This plain http:// address would send the token unencrypted. Use an https:// address, or tick &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Ch&amp;oose…</source>
        <translation>Ch&amp;oose…</translation>
    </message>
</context>
<context>
    <name>ProfileStore</name>
    <message>
        <source>it cannot be read</source>
        <translation>it cannot be read</translation>
    </message>
    <message>
        <source>it is damaged</source>
        <translation>it is damaged</translation>
    </message>
    <message>
        <source>it was written by a newer version of DocSpace Keys</source>
        <translation>it was written by a newer version of DocSpace Keys</translation>
    </message>
    <message>
        <source>Your saved profiles could not be loaded: %1. The file was kept as %2, and DocSpace Keys starts without profiles.</source>
        <translation>Your saved profiles could not be loaded: %1. The file was kept as %2, and DocSpace Keys starts without profiles.</translation>
    </message>
    <message>
        <source>Your saved profiles could not be loaded: %1. The file %2 is left untouched and nothing will be saved this session; move it away to start afresh.</source>
        <translation>Your saved profiles could not be loaded: %1. The file %2 is left untouched and nothing will be saved this session; move it away to start afresh.</translation>
    </message>
    <message>
        <source>Your profiles could not be saved to %1. Check that the folder is writable and the disk is not full.</source>
        <translation>Your profiles could not be saved to %1. Check that the folder is writable and the disk is not full.</translation>
    </message>
    <message>
        <source>A profile named &quot;%1&quot; already exists. Choose another name.</source>
        <translation>A profile named &quot;%1&quot; already exists. Choose another name.</translation>
    </message>
    <message>
        <source>Portal</source>
        <translation>Portal</translation>
    </message>
    <message>
        <source>The file is not valid JSON (%1).</source>
        <translation>The file is not valid JSON (%1).</translation>
    </message>
    <message>
        <source>The file was exported by a newer version of DocSpace Keys.</source>
        <translation>The file was exported by a newer version of DocSpace Keys.</translation>
    </message>
    <message>
        <source>The file is not a DocSpace Keys profile export.</source>
        <translation>The file is not a DocSpace Keys profile export.</translation>
    </message>
</context>
<context>
    <name>RetirementEntry</name>
    <message>
        <source>Taken out of the plan; the key stays deactivated.</source>
        <translation>Taken out of the plan; the key stays deactivated.</translation>
    </message>
    <message>
        <source>Deactivated, to be revoked</source>
        <translation>Deactivated, to be revoked</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Revoked</translation>
    </message>
    <message>
        <source>Reactivated meanwhile: left alone</source>
        <translation>Reactivated meanwhile: left alone</translation>
    </message>
    <message>
        <source>No longer on the portal</source>
        <translation>No longer on the portal</translation>
    </message>
    <message>
        <source>Taken out of the plan</source>
        <translation>Taken out of the plan</translation>
    </message>
    <message numerus="yes">
        <source>Deactivated; revoked after %n day(s) unless reactivated.</source>
        <translation>
            <numerusform>Deactivated; revoked after %n day unless reactivated.</numerusform>
            <numerusform>Deactivated; revoked after %n days unless reactivated.</numerusform>
        </translation>
    </message>
    <message>
        <source>The key was no longer on the portal when due: someone revoked it already.</source>
        <translation>The key was no longer on the portal when due: someone revoked it already.</translation>
    </message>
    <message>
        <source>The key was active again when due (reactivated on the portal), so it was left alone.</source>
        <translation>The key was active again when due (reactivated on the portal), so it was left alone.</translation>
    </message>
    <message>
        <source>Revoked as planned.</source>
        <translation>Revoked as planned.</translation>
    </message>
    <message>
        <source>The key was no longer on the portal when due.</source>
        <translation>The key was no longer on the portal when due.</translation>
    </message>
    <message>
        <source>Revoking failed (%1); tried again at the next run.</source>
        <translation>Revoking failed (%1); tried again at the next run.</translation>
    </message>
</context>
<context>
    <name>RetirementPlan</name>
    <message>
        <source>Cannot read the retirement plan %1: %2.</source>
        <translation>Cannot read the retirement plan %1: %2.</translation>
    </message>
    <message>
        <source>The retirement plan %1 is damaged or from another version; it was left as it is. Move it aside to start a new plan.</source>
        <translation>The retirement plan %1 is damaged or from another version; it was left as it is. Move it aside to start a new plan.</translation>
    </message>
    <message>
        <source>The retirement plan %1 is locked by another DocSpace Keys process.</source>
        <translation>The retirement plan %1 is locked by another DocSpace Keys process.</translation>
    </message>
    <message>
        <source>Cannot write the retirement plan %1: %2.</source>
        <translation>Cannot write the retirement plan %1: %2.</translation>
    </message>
</context>
<context>
    <name>RetirementPlanView</name>
    <message>
        <source>Retirement Plan</source>
        <translation>Retirement Plan</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Key</translation>
    </message>
    <message>
        <source>Portal</source>
        <translation>Portal</translation>
    </message>
    <message>
        <source>Deactivated</source>
        <translation>Deactivated</translation>
    </message>
    <message>
        <source>Revoke after</source>
        <translation>Revoke after</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Carry Out &amp;Due Now</source>
        <translation>Carry Out &amp;Due Now</translation>
    </message>
    <message>
        <source>&amp;Take Out of Plan</source>
        <translation>&amp;Take Out of Plan</translation>
    </message>
    <message>
        <source>Due now</source>
        <translation>Due now</translation>
    </message>
    <message>
        <source>Plan Not Changed</source>
        <translation>Plan Not Changed</translation>
    </message>
    <message numerus="yes">
        <source>%n key(s) waiting to be revoked. Due keys are revoked when DocSpace Keys lists their portal&apos;s keys (those of the other saved profiles&apos; portals after one question), on Carry Out Due Now, or when &apos;docspace-keys-cli retire --due&apos; runs (see the README for a daily timer). A key reactivated meanwhile is left alone.</source>
        <translation>
            <numerusform>%n key waiting to be revoked. Due keys are revoked when DocSpace Keys lists their portal&apos;s keys (those of the other saved profiles&apos; portals after one question), on Carry Out Due Now, or when &apos;docspace-keys-cli retire --due&apos; runs (see the README for a daily timer). A key reactivated meanwhile is left alone.</numerusform>
            <numerusform>%n keys waiting to be revoked. Due keys are revoked when DocSpace Keys lists their portal&apos;s keys (those of the other saved profiles&apos; portals after one question), on Carry Out Due Now, or when &apos;docspace-keys-cli retire --due&apos; runs (see the README for a daily timer). A key reactivated meanwhile is left alone.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SandboxDemo</name>
    <message>
        <source>Cannot read the sandbox info file %1: %2. Start docspace-sandbox with --info-file and pass the same path.</source>
        <translation>Cannot read the sandbox info file %1: %2. Start docspace-sandbox with --info-file and pass the same path.</translation>
    </message>
    <message>
        <source>The sandbox info file is not valid JSON (%1).</source>
        <translation>The sandbox info file is not valid JSON (%1).</translation>
    </message>
    <message>
        <source>The sandbox info file names no portal address (httpsUrl or httpUrl).</source>
        <translation>The sandbox info file names no portal address (httpsUrl or httpUrl).</translation>
    </message>
    <message>
        <source>The sandbox info file has no &quot;Admin console&quot; key to sign in with.</source>
        <translation>The sandbox info file has no &quot;Admin console&quot; key to sign in with.</translation>
    </message>
    <message>
        <source>The sandbox info file has no other key of the owner to revoke.</source>
        <translation>The sandbox info file has no other key of the owner to revoke.</translation>
    </message>
    <message>
        <source>Sandbox portal (demo)</source>
        <translation>Sandbox portal (demo)</translation>
    </message>
    <message>
        <source>The demo token could not be stored: %1</source>
        <translation>The demo token could not be stored: %1</translation>
    </message>
</context>
<context>
    <name>SecretIdentification</name>
    <message>
        <source>The portal answered, but not with a key.</source>
        <translation>The portal answered, but not with a key.</translation>
    </message>
    <message>
        <source>The portal no longer accepts this secret: the key was already revoked, has expired or is deactivated. A deactivated key still exists and can be reactivated by its owner, so check the candidates below.</source>
        <translation>The portal no longer accepts this secret: the key was already revoked, has expired or is deactivated. A deactivated key still exists and can be reactivated by its owner, so check the candidates below.</translation>
    </message>
</context>
<context>
    <name>SecretStore</name>
    <message>
        <source>The keychain did not answer.</source>
        <translation>The keychain did not answer.</translation>
    </message>
</context>
<context>
    <name>SessionTrust</name>
    <message>
        <source>Trust This Certificate?</source>
        <translation>Trust This Certificate?</translation>
    </message>
    <message>
        <source>Trust the certificate presented by %1 for this session?</source>
        <translation>Trust the certificate presented by %1 for this session?</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint:
%1

Only do this if you have checked that this is your portal&apos;s certificate, for example with its administrator. If someone is intercepting the connection, trusting their certificate hands them your access token.

The certificate is trusted until DocSpace Keys quits; nothing is saved. To trust it for good, enter the fingerprint in the profile (Edit…).</source>
        <translation>SHA-256 fingerprint:
%1

Only do this if you have checked that this is your portal&apos;s certificate, for example with its administrator. If someone is intercepting the connection, trusting their certificate hands them your access token.

The certificate is trusted until DocSpace Keys quits; nothing is saved. To trust it for good, enter the fingerprint in the profile (Edit…).</translation>
    </message>
    <message>
        <source>&amp;Trust for This Session</source>
        <translation>&amp;Trust for This Session</translation>
    </message>
    <message>
        <source>Certificate Not Trusted</source>
        <translation>Certificate Not Trusted</translation>
    </message>
    <message>
        <source>The certificate could not be trusted.</source>
        <translation>The certificate could not be trusted.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>These settings apply to DocSpace Keys on this computer.</source>
        <translation>These settings apply to DocSpace Keys on this computer.</translation>
    </message>
    <message>
        <source>Interface &amp;language:</source>
        <translation>Interface &amp;language:</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>Interface language</translation>
    </message>
    <message>
        <source>The new language applies at once and is kept for the next start. Results already listed stay in the language they were made in.</source>
        <translation>The new language applies at once and is kept for the next start. Results already listed stay in the language they were made in.</translation>
    </message>
    <message>
        <source>System default (%1)</source>
        <translation>System default (%1)</translation>
    </message>
</context>
<context>
    <name>SingleRevoke</name>
    <message>
        <source>Revoking key %1 on %2…</source>
        <translation>Revoking key %1 on %2…</translation>
    </message>
    <message>
        <source>Key %1 was revoked.</source>
        <translation>Key %1 was revoked.</translation>
    </message>
    <message>
        <source>The portal&apos;s certificate is not trusted. See Results for its fingerprint.</source>
        <translation>The portal&apos;s certificate is not trusted. See Results for its fingerprint.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelled.</translation>
    </message>
    <message>
        <source>Key %1 was not revoked: %2.</source>
        <translation>Key %1 was not revoked: %2.</translation>
    </message>
    <message>
        <source>Retrying…</source>
        <translation>Retrying…</translation>
    </message>
    <message>
        <source>Rate limited by the portal, retrying in %1 s…</source>
        <translation>Rate limited by the portal, retrying in %1 s…</translation>
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
        <translation>key %1</translation>
    </message>
    <message>
        <source>Portal: %1</source>
        <translation>Portal: %1</translation>
    </message>
    <message>
        <source>Result: %1</source>
        <translation>Result: %1</translation>
    </message>
    <message>
        <source>Portal&apos;s message: %1</source>
        <translation>Portal&apos;s message: %1</translation>
    </message>
    <message numerus="yes">
        <source>Retry after: %n second(s)</source>
        <translation>
            <numerusform>Retry after: %n second</numerusform>
            <numerusform>Retry after: %n seconds</numerusform>
        </translation>
    </message>
    <message>
        <source>Detail: %1</source>
        <translation>Detail: %1</translation>
    </message>
    <message>
        <source>Certificate SHA-256: %1</source>
        <translation>Certificate SHA-256: %1</translation>
    </message>
    <message>
        <source>This certificate is trusted for the rest of this session. Revoke again to retry.</source>
        <translation>This certificate is trusted for the rest of this session. Revoke again to retry.</translation>
    </message>
    <message>
        <source>If you recognise this fingerprint as your portal&apos;s certificate, use &quot;Trust this certificate…&quot; and revoke again.</source>
        <translation>If you recognise this fingerprint as your portal&apos;s certificate, use &quot;Trust this certificate…&quot; and revoke again.</translation>
    </message>
    <message>
        <source>key “%1” (…%2)</source>
        <translation>key “%1” (…%2)</translation>
    </message>
    <message>
        <source>Key id: %1</source>
        <translation>Key id: %1</translation>
    </message>
</context>
<context>
    <name>StatusPanel</name>
    <message>
        <source>The result of each revocation appears here.</source>
        <translation>The result of each revocation appears here.</translation>
    </message>
    <message>
        <source>Tr&amp;ust this certificate…</source>
        <translation>Tr&amp;ust this certificate…</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copy</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Results</translation>
    </message>
    <message>
        <source>The result of each revocation, newest first. Press Space to show or hide details.</source>
        <translation>The result of each revocation, newest first. Press Space to show or hide details.</translation>
    </message>
    <message>
        <source>Trust the certificate of the selected certificate problem for this session</source>
        <translation>Trust the certificate of the selected certificate problem for this session</translation>
    </message>
    <message>
        <source>Remove all entries from the list</source>
        <translation>Remove all entries from the list</translation>
    </message>
    <message>
        <source>Copy the selected entries as plain text</source>
        <translation>Copy the selected entries as plain text</translation>
    </message>
    <message>
        <source>Copy all entries as plain text</source>
        <translation>Copy all entries as plain text</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>C&amp;lear</translation>
    </message>
    <message>
        <source>&amp;Copy Selected</source>
        <translation>&amp;Copy Selected</translation>
    </message>
    <message>
        <source>&amp;Copy All</source>
        <translation>&amp;Copy All</translation>
    </message>
</context>
<context>
    <name>TlsTrust</name>
    <message>
        <source>Cannot read the CA file %1: %2.</source>
        <translation>Cannot read the CA file %1: %2.</translation>
    </message>
    <message>
        <source>The file %1 holds no certificate in PEM or DER form.</source>
        <translation>The file %1 holds no certificate in PEM or DER form.</translation>
    </message>
    <message>
        <source>A certificate fingerprint is a SHA-256 digest: 64 hexadecimal digits, with or without colons.</source>
        <translation>A certificate fingerprint is a SHA-256 digest: 64 hexadecimal digits, with or without colons.</translation>
    </message>
    <message>
        <source>The certificate fingerprint holds &quot;%1&quot; (U+%2), which is not a hexadecimal digit: use only 0-9 and A-F (ASCII), with or without colons.</source>
        <translation>The certificate fingerprint holds &quot;%1&quot; (U+%2), which is not a hexadecimal digit: use only 0-9 and A-F (ASCII), with or without colons.</translation>
    </message>
</context>
<context>
    <name>TokenField</name>
    <message>
        <source>Hide token</source>
        <translation>Hide token</translation>
    </message>
    <message>
        <source>Show token</source>
        <translation>Show token</translation>
    </message>
    <message>
        <source>Hide the access token</source>
        <translation>Hide the access token</translation>
    </message>
    <message>
        <source>Show the access token</source>
        <translation>Show the access token</translation>
    </message>
</context>
<context>
    <name>ToolsController</name>
    <message>
        <source>History</source>
        <translation>History</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Report</translation>
    </message>
    <message>
        <source>Every revocation, deactivation and reactivation recorded on this computer, by the window and the command line</source>
        <translation>Every revocation, deactivation and reactivation recorded on this computer, by the window and the command line</translation>
    </message>
    <message>
        <source>Which keys of the portal are a risk before they leak</source>
        <translation>Which keys of the portal are a risk before they leak</translation>
    </message>
    <message>
        <source>Key hygiene report</source>
        <translation>Key hygiene report</translation>
    </message>
    <message>
        <source>About DocSpace Keys</source>
        <translation>About DocSpace Keys</translation>
    </message>
    <message>
        <source>DocSpace Keys %1

Revokes API keys of ONLYOFFICE DocSpace portals.
Tokens of saved profiles are kept in %2; never in a file, never logged.

Built with Qt %3, running on Qt %4.</source>
        <translation>DocSpace Keys %1

Revokes API keys of ONLYOFFICE DocSpace portals.
Tokens of saved profiles are kept in %2; never in a file, never logged.

Built with Qt %3, running on Qt %4.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Revoke ONLYOFFICE DocSpace API keys. The access token is never read from the command line; DOCSPACE_TOKEN in the environment may prefill it.</source>
        <translation>Revoke ONLYOFFICE DocSpace API keys. The access token is never read from the command line; DOCSPACE_TOKEN in the environment may prefill it.</translation>
    </message>
    <message>
        <source>Prefill the portal address.</source>
        <translation>Prefill the portal address.</translation>
    </message>
    <message>
        <source>Prefill the key id.</source>
        <translation>Prefill the key id.</translation>
    </message>
    <message>
        <source>Demo mode: connect to the sandbox portal described by this docspace-sandbox --info-file.</source>
        <translation>Demo mode: connect to the sandbox portal described by this docspace-sandbox --info-file.</translation>
    </message>
    <message>
        <source>Cannot create a temporary folder: %1</source>
        <translation>Cannot create a temporary folder: %1</translation>
    </message>
    <message>
        <source>Demo mode: the sandbox portal, with profiles and tokens kept in memory</source>
        <translation>Demo mode: the sandbox portal, with profiles and tokens kept in memory</translation>
    </message>
</context>
</TS>
