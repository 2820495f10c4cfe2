<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>AllPortalsView</name>
    <message>
        <source>Keys of All Portals</source>
        <translation>Clés de tous les portails</translation>
    </message>
    <message>
        <source>Search name, creator, ending, id or portal</source>
        <translation>Rechercher un nom, un créateur, une fin, un ID ou un portail</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Expirées</translation>
    </message>
    <message>
        <source>Deactivated</source>
        <translation>Désactivées</translation>
    </message>
    <message>
        <source>Never used</source>
        <translation>Jamais utilisées</translation>
    </message>
    <message>
        <source>Unused for</source>
        <translation>Inutilisées depuis</translation>
    </message>
    <message>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <source>Portal</source>
        <translation>Portail</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Ending</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Created by</source>
        <translation>Créée par</translation>
    </message>
    <message>
        <source>Last used</source>
        <translation>Dernière utilisation</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Expiration</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Permissions</source>
        <translation>Autorisations</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>&amp;Exporter en CSV…</translation>
    </message>
    <message>
        <source>Reading the tokens of the saved profiles…</source>
        <translation>Lecture des jetons des profils enregistrés…</translation>
    </message>
    <message>
        <source>There are no saved profiles yet.</source>
        <translation>Aucun profil enregistré pour l&apos;instant.</translation>
    </message>
    <message>
        <source>“%1”: no saved token.</source>
        <translation>«&#xa0;%1&#xa0;»&#xa0;: aucun jeton enregistré.</translation>
    </message>
    <message>
        <source>“%1”: %2</source>
        <translation>«&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>“%1” (%2): %3</source>
        <translation>«&#xa0;%1&#xa0;» (%2)&#xa0;: %3</translation>
    </message>
    <message numerus="yes">
        <source>Listing the keys of %n portal(s)…</source>
        <translation>
            <numerusform>Liste des clés de %n portail…</numerusform>
            <numerusform>Liste des clés de %n portails…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n key(s) shown</source>
        <translation>
            <numerusform>%1 clé affichée sur %n</numerusform>
            <numerusform>%1 clés affichées sur %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>on %n portal(s).</source>
        <translation>
            <numerusform>sur %n portail.</numerusform>
            <numerusform>sur %n portails.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not listed: %1</source>
        <translation>Non listés&#xa0;: %1</translation>
    </message>
    <message>
        <source>Export Keys of All Portals</source>
        <translation>Exporter les clés de tous les portails</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Not Exported</source>
        <translation>Non exporté</translation>
    </message>
    <message>
        <source>Cannot write %1: %2.</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2.</translation>
    </message>
</context>
<context>
    <name>ApiCall</name>
    <message numerus="yes">
        <source>No data for %n second(s)</source>
        <translation>
            <numerusform>Aucune donnée depuis %n seconde</numerusform>
            <numerusform>Aucune donnée depuis %n secondes</numerusform>
        </translation>
    </message>
    <message>
        <source>the connection closed before the answer, and the request was sent again</source>
        <translation>la connexion s&apos;est fermée avant la réponse, et la requête a été renvoyée</translation>
    </message>
</context>
<context>
    <name>BatchConfirmDialog</name>
    <message>
        <source>Keys</source>
        <translation>Clés</translation>
    </message>
    <message>
        <source>To confirm, type the number of keys (%1):</source>
        <translation>Pour confirmer, saisissez le nombre de clés (%1)&#xa0;:</translation>
    </message>
    <message>
        <source>Number of keys</source>
        <translation>Nombre de clés</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more key(s), not listed here but counted above</source>
        <translation>
            <numerusform>… et %n autre clé, non listée ici mais comptée ci-dessus</numerusform>
            <numerusform>… et %n autres clés, non listées ici mais comptées ci-dessus</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BatchRunner</name>
    <message numerus="yes">
        <source>about %n s left</source>
        <translation>
            <numerusform>environ %n s restantes</numerusform>
            <numerusform>environ %n s restantes</numerusform>
        </translation>
    </message>
    <message>
        <source>about %1 min %2 s left</source>
        <translation>encore environ %1 min %2 s</translation>
    </message>
    <message>
        <source>Batch progress</source>
        <translation>Progression du lot</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Send nothing more; requests already sent finish, the rest are reported cancelled</source>
        <translation>Ne plus rien envoyer&#xa0;; les requêtes déjà envoyées se terminent, les autres sont signalées comme annulées</translation>
    </message>
    <message>
        <source>%1 done, %2 failed, %3 left</source>
        <translation>%1 terminées, %2 en échec, %3 restantes</translation>
    </message>
    <message numerus="yes">
        <source>paused, resuming in %n s</source>
        <translation>
            <numerusform>en pause, reprise dans %n s</numerusform>
            <numerusform>en pause, reprise dans %n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Rate limited: paused for %n s.</source>
        <translation>
            <numerusform>Limite de débit&#xa0;: pause de %n s.</numerusform>
            <numerusform>Limite de débit&#xa0;: pause de %n s.</numerusform>
        </translation>
    </message>
    <message>
        <source>The portal asked to slow down; the batch resumes by itself.</source>
        <translation>Le portail a demandé de ralentir&#xa0;; le lot reprend de lui-même.</translation>
    </message>
    <message>
        <source>This key expired on %1 and cannot be reactivated: the portal refuses every change to an expired key. To let what used it work again, create a new key (Keys menu) and give it the new secret; then revoke this one.</source>
        <translation>Cette clé a expiré le %1 et ne peut pas être réactivée : le portail refuse toute modification d&apos;une clé expirée. Pour que ce qui l&apos;utilisait fonctionne de nouveau, créez une nouvelle clé (menu Clés) et fournissez-lui le nouveau secret, puis révoquez celle-ci.</translation>
    </message>
    <message>
        <source>This key expired on %1 and no longer works; the portal refuses every change to an expired key, so it cannot be deactivated. Revoke it to remove it.</source>
        <translation>Cette clé a expiré le %1 et ne fonctionne plus ; le portail refuse toute modification d&apos;une clé expirée, elle ne peut donc pas être désactivée. Révoquez-la pour la supprimer.</translation>
    </message>
</context>
<context>
    <name>BatchSummary</name>
    <message numerus="yes">
        <source>Revoked %1 of %n key(s)</source>
        <translation>
            <numerusform>Clés révoquées&#xa0;: %1 sur %n</numerusform>
            <numerusform>Clés révoquées&#xa0;: %1 sur %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deactivated %1 of %n key(s)</source>
        <translation>
            <numerusform>Clés désactivées&#xa0;: %1 sur %n</numerusform>
            <numerusform>Clés désactivées&#xa0;: %1 sur %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reactivated %1 of %n key(s)</source>
        <translation>
            <numerusform>Clés réactivées&#xa0;: %1 sur %n</numerusform>
            <numerusform>Clés réactivées&#xa0;: %1 sur %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n refused by the portal</source>
        <translation>
            <numerusform>%n refusée par le portail</numerusform>
            <numerusform>%n refusées par le portail</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not found on the portal (already revoked, or a wrong id)</source>
        <translation>
            <numerusform>%n introuvable sur le portail (déjà révoquée, ou ID erroné)</numerusform>
            <numerusform>%n introuvables sur le portail (déjà révoquées, ou ID erroné)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with an id that is not a key id</source>
        <translation>
            <numerusform>%n avec un ID qui n&apos;est pas un ID de clé</numerusform>
            <numerusform>%n avec un ID qui n&apos;est pas un ID de clé</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not changed because the portal did not accept the token</source>
        <translation>
            <numerusform>%n non modifiée car le portail n&apos;a pas accepté le jeton</numerusform>
            <numerusform>%n non modifiées car le portail n&apos;a pas accepté le jeton</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not changed because the token may not change keys</source>
        <translation>
            <numerusform>%n non modifiée car le jeton n&apos;est pas autorisé à modifier des clés</numerusform>
            <numerusform>%n non modifiées car le jeton n&apos;est pas autorisé à modifier des clés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not changed because the portal is unavailable</source>
        <translation>
            <numerusform>%n non modifiée car le portail est indisponible</numerusform>
            <numerusform>%n non modifiées car le portail est indisponible</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not changed because the portal kept asking to slow down</source>
        <translation>
            <numerusform>%n non modifiée car le portail demandait sans cesse de ralentir</numerusform>
            <numerusform>%n non modifiées car le portail demandait sans cesse de ralentir</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed with an error on the portal</source>
        <translation>
            <numerusform>%n en échec à cause d&apos;une erreur sur le portail</numerusform>
            <numerusform>%n en échec à cause d&apos;une erreur sur le portail</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with an answer that could not be read</source>
        <translation>
            <numerusform>%n avec une réponse illisible</numerusform>
            <numerusform>%n avec une réponse illisible</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not sent because the portal could not be reached</source>
        <translation>
            <numerusform>%n non envoyée car le portail était injoignable</numerusform>
            <numerusform>%n non envoyées car le portail était injoignable</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n timed out</source>
        <translation>
            <numerusform>%n sans réponse dans le délai imparti</numerusform>
            <numerusform>%n sans réponse dans le délai imparti</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not sent because the certificate is not trusted</source>
        <translation>
            <numerusform>%n non envoyée car le certificat n&apos;est pas approuvé</numerusform>
            <numerusform>%n non envoyées car le certificat n&apos;est pas approuvé</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not sent over unencrypted HTTP</source>
        <translation>
            <numerusform>%n non envoyée en HTTP non chiffré</numerusform>
            <numerusform>%n non envoyées en HTTP non chiffré</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cancelled</source>
        <translation>
            <numerusform>%n annulée</numerusform>
            <numerusform>%n annulées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with an unknown outcome (refresh the list to check)</source>
        <translation>
            <numerusform>%n au résultat inconnu (actualisez la liste pour vérifier)</numerusform>
            <numerusform>%n au résultat inconnu (actualisez la liste pour vérifier)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Portal address, e.g. https://portal.example.com.</source>
        <translation>Adresse du portail, par exemple https://portal.example.com.</translation>
    </message>
    <message>
        <source>Use a saved profile (its portal, settings and keychain token) instead of --portal.</source>
        <translation>Utiliser un profil enregistré (son portail, ses paramètres et le jeton du trousseau) au lieu de --portal.</translation>
    </message>
    <message>
        <source>Read the access token from the first line of standard input instead of the DOCSPACE_TOKEN environment variable. Tokens are never accepted as arguments.</source>
        <translation>Lire le jeton d&apos;accès sur la première ligne de l&apos;entrée standard au lieu de la variable d&apos;environnement DOCSPACE_TOKEN. Les jetons ne sont jamais acceptés en argument.</translation>
    </message>
    <message>
        <source>Also trust the certificate authorities in this PEM file (an internal CA).</source>
        <translation>Faire aussi confiance aux autorités de certification de ce fichier PEM (une AC interne).</translation>
    </message>
    <message>
        <source>Trust exactly the server certificate with this SHA-256 fingerprint (hex, colons optional).</source>
        <translation>Faire confiance uniquement au certificat de serveur ayant cette empreinte SHA-256 (hexadécimale, deux-points facultatifs).</translation>
    </message>
    <message>
        <source>Allow plain http:// to a host that is not this computer (the token travels unencrypted).</source>
        <translation>Autoriser le http:// simple vers un hôte autre que cet ordinateur (le jeton circule sans chiffrement).</translation>
    </message>
    <message>
        <source>Give up when the portal sends nothing for this many seconds (default 30, or the profile&apos;s).</source>
        <translation>Abandonner quand le portail n&apos;envoie rien pendant ce nombre de secondes (30 par défaut, ou la valeur du profil).</translation>
    </message>
    <message>
        <source>Invalid --timeout: give a number of seconds between 1 and 3600.</source>
        <translation>--timeout non valide&#xa0;: indiquez un nombre de secondes compris entre 1 et 3600.</translation>
    </message>
    <message>
        <source>Invalid --trust-cert: %1</source>
        <translation>--trust-cert non valide&#xa0;: %1</translation>
    </message>
    <message>
        <source>Give either --portal or --profile, not both.</source>
        <translation>Indiquez --portal ou --profile, mais pas les deux.</translation>
    </message>
    <message>
        <source>Missing --portal or --profile: give the portal address (e.g. --portal https://portal.example.com) or a saved profile&apos;s name.</source>
        <translation>--portal ou --profile manquant&#xa0;: indiquez l&apos;adresse du portail (par exemple --portal https://portal.example.com) ou le nom d&apos;un profil enregistré.</translation>
    </message>
    <message>
        <source>There is no profile named &quot;%1&quot;. &apos;docspace-keys-cli profiles list&apos; shows the saved ones.</source>
        <translation>Il n&apos;existe aucun profil nommé «&#xa0;%1&#xa0;». &apos;docspace-keys-cli profiles list&apos; affiche les profils enregistrés.</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot;: %2</source>
        <translation>Profil «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>Invalid --portal: %1</source>
        <translation>--portal non valide&#xa0;: %1</translation>
    </message>
    <message>
        <source>No access token on standard input: pipe one line holding the token.</source>
        <translation>Aucun jeton d&apos;accès sur l&apos;entrée standard&#xa0;: transmettez par un tube une ligne contenant le jeton.</translation>
    </message>
    <message>
        <source>No token is saved for profile &quot;%1&quot; (%2). Save one with &apos;profiles add --token-stdin&apos;, or set DOCSPACE_TOKEN.</source>
        <translation>Aucun jeton n&apos;est enregistré pour le profil «&#xa0;%1&#xa0;» (%2). Enregistrez-en un avec &apos;profiles add --token-stdin&apos; ou définissez DOCSPACE_TOKEN.</translation>
    </message>
    <message>
        <source>No access token: set DOCSPACE_TOKEN, or pass --token-stdin and pipe it in.</source>
        <translation>Aucun jeton d&apos;accès&#xa0;: définissez DOCSPACE_TOKEN, ou indiquez --token-stdin et transmettez-le par un tube.</translation>
    </message>
    <message>
        <source>Run &apos;docspace-keys-cli %1 --help&apos; for the options.</source>
        <translation>Exécutez &apos;docspace-keys-cli %1 --help&apos; pour connaître les options.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; takes no arguments besides its options.</source>
        <translation>&apos;%1&apos; n&apos;accepte aucun argument en dehors de ses options.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; (%2, ending %3), created by %4, %5</source>
        <translation>«&#xa0;%1&#xa0;» (%2, se terminant par %3), créée par %4, %5</translation>
    </message>
    <message>
        <source>all scopes</source>
        <translation>toutes les étendues</translation>
    </message>
    <message>
        <source>Revoke leaked API-key secrets. Reads any text on standard input (a log, a diff, a chat export), finds every sk- secret in it, asks the portal which key each one is, and revokes it with YOUR token (--profile or DOCSPACE_TOKEN), never with the leaked one. The text and the secrets are kept in memory only. Without --yes it only reports.
Exit status: 0 every secret is revoked or no longer works, 1 otherwise, 2 usage error.</source>
        <translation>Révoque les secrets de clés API divulgués. Lit n&apos;importe quel texte sur l&apos;entrée standard (un journal, un diff, un export de discussion), y trouve chaque secret sk-, demande au portail à quelle clé il correspond et la révoque avec VOTRE jeton (--profile ou DOCSPACE_TOKEN), jamais avec le jeton divulgué. Le texte et les secrets restent uniquement en mémoire. Sans --yes, la commande se contente d&apos;un rapport.
Code de sortie&#xa0;: 0 si chaque secret est révoqué ou ne fonctionne plus, 1 sinon, 2 en cas d&apos;erreur d&apos;utilisation.</translation>
    </message>
    <message>
        <source>Revoke the identified keys without asking.</source>
        <translation>Révoquer les clés identifiées sans demander de confirmation.</translation>
    </message>
    <message>
        <source>Print one JSON object per secret.</source>
        <translation>Afficher un objet JSON par secret.</translation>
    </message>
    <message>
        <source>Standard input holds the leaked text: give your own token in DOCSPACE_TOKEN or a profile.</source>
        <translation>L&apos;entrée standard contient le texte divulgué&#xa0;: fournissez votre propre jeton dans DOCSPACE_TOKEN ou via un profil.</translation>
    </message>
    <message>
        <source>No API-key secret found on standard input (sk- followed by 64 lower-case hexadecimal digits).</source>
        <translation>Aucun secret de clé API trouvé sur l&apos;entrée standard (sk- suivi de 64 chiffres hexadécimaux en minuscules).</translation>
    </message>
    <message>
        <source>%1 is key %2.</source>
        <translation>%1 est la clé %2.</translation>
    </message>
    <message>
        <source>Not revoked: pass --yes to revoke it.</source>
        <translation>Non révoquée&#xa0;: indiquez --yes pour la révoquer.</translation>
    </message>
    <message>
        <source>candidate (same ending): %1</source>
        <translation>candidate (même fin)&#xa0;: %1</translation>
    </message>
    <message>
        <source>Candidates are never revoked automatically: check them, then use &apos;docspace-keys-cli revoke ID&apos;.</source>
        <translation>Les candidates ne sont jamais révoquées automatiquement&#xa0;: vérifiez-les, puis utilisez &apos;docspace-keys-cli revoke ID&apos;.</translation>
    </message>
    <message>
        <source>The key-hygiene report: expired keys still present, deactivated keys, keys never used or unused for N days, keys without expiry, keys with every permission.</source>
        <translation>Le rapport d&apos;hygiène des clés&#xa0;: clés expirées encore présentes, clés désactivées, clés jamais utilisées ou inutilisées depuis N jours, clés sans expiration, clés disposant de toutes les autorisations.</translation>
    </message>
    <message>
        <source>Print the report as JSON.</source>
        <translation>Afficher le rapport au format JSON.</translation>
    </message>
    <message>
        <source>Threshold for unused keys (default 90).</source>
        <translation>Seuil des clés inutilisées, en jours (90 par défaut).</translation>
    </message>
    <message>
        <source>Also write a printable HTML report to FILE.</source>
        <translation>Écrire aussi un rapport HTML imprimable dans FILE.</translation>
    </message>
    <message>
        <source>Invalid --unused-days: give a whole number of days.</source>
        <translation>--unused-days non valide&#xa0;: indiquez un nombre entier de jours.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <source>Key hygiene on %1: %n key(s) examined.</source>
        <translation>
            <numerusform>Hygiène des clés sur %1&#xa0;: %n clé examinée.</numerusform>
            <numerusform>Hygiène des clés sur %1&#xa0;: %n clés examinées.</numerusform>
        </translation>
    </message>
    <message>
        <source>portal: %1</source>
        <translation>portail&#xa0;: %1</translation>
    </message>
    <message>
        <source>Revoke (delete) DocSpace API keys by id.</source>
        <translation>Révoquer (supprimer) des clés API DocSpace par ID.</translation>
    </message>
    <message>
        <source>Deactivate DocSpace API keys by id: they stop working until reactivated.</source>
        <translation>Désactiver des clés API DocSpace par ID&#xa0;: elles cessent de fonctionner jusqu&apos;à leur réactivation.</translation>
    </message>
    <message>
        <source>Reactivate deactivated DocSpace API keys by id (expired keys cannot be).</source>
        <translation>Réactiver des clés API DocSpace désactivées par ID (impossible pour les clés expirées).</translation>
    </message>
    <message>
        <source>Do not ask for confirmation (for scripts).</source>
        <translation>Ne pas demander de confirmation (pour les scripts).</translation>
    </message>
    <message>
        <source>Print one JSON object per id.</source>
        <translation>Afficher un objet JSON par ID.</translation>
    </message>
    <message>
        <source>Key ids (UUIDs), or - for standard input.</source>
        <translation>ID de clés (UUID), ou - pour l&apos;entrée standard.</translation>
    </message>
    <message>
        <source>Standard input cannot hold both the token (--token-stdin) and the ids (-): give the token in DOCSPACE_TOKEN or a profile.</source>
        <translation>L&apos;entrée standard ne peut pas contenir à la fois le jeton (--token-stdin) et les ID (-)&#xa0;: fournissez le jeton dans DOCSPACE_TOKEN ou via un profil.</translation>
    </message>
    <message>
        <source>Give at least one key id.</source>
        <translation>Indiquez au moins un ID de clé.</translation>
    </message>
    <message>
        <source>Invalid --concurrency: give a number from 1 to %1.</source>
        <translation>--concurrency non valide&#xa0;: indiquez un nombre de 1 à %1.</translation>
    </message>
    <message>
        <source>Not revoking: no terminal to ask for confirmation on. Pass --yes to confirm in a script.</source>
        <translation>Aucune révocation&#xa0;: aucun terminal pour demander confirmation. Indiquez --yes pour confirmer dans un script.</translation>
    </message>
    <message numerus="yes">
        <source>Revoke %n key(s) on %1? This cannot be undone.</source>
        <translation>
            <numerusform>Révoquer %n clé sur %1&#xa0;? Cette action est irréversible.</numerusform>
            <numerusform>Révoquer %n clés sur %1&#xa0;? Cette action est irréversible.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing revoked.</source>
        <translation>Aucune clé révoquée.</translation>
    </message>
    <message numerus="yes">
        <source>Rate limited by the portal: pausing for %n second(s).</source>
        <translation>
            <numerusform>Limite de débit du portail atteinte&#xa0;: pause de %n seconde.</numerusform>
            <numerusform>Limite de débit du portail atteinte&#xa0;: pause de %n secondes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>Commande inconnue «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Saved portal profiles, shared with the DocSpace Keys window. Tokens are kept in the system keychain, read from standard input (--token-stdin), never from arguments.

</source>
        <translation>Profils de portail enregistrés, partagés avec la fenêtre de DocSpace Keys. Les jetons sont conservés dans le trousseau du système et lus sur l&apos;entrée standard (--token-stdin), jamais depuis les arguments.

</translation>
    </message>
    <message>
        <source>Print a JSON array.</source>
        <translation>Afficher un tableau JSON.</translation>
    </message>
    <message>
        <source>&apos;profiles list&apos; takes no names.</source>
        <translation>&apos;profiles list&apos; n&apos;accepte aucun nom.</translation>
    </message>
    <message>
        <source>No saved profiles. Add one with &apos;docspace-keys-cli profiles add NAME --portal URL --token-stdin&apos;.</source>
        <translation>Aucun profil enregistré. Ajoutez-en un avec &apos;docspace-keys-cli profiles add NAME --portal URL --token-stdin&apos;.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOM</translation>
    </message>
    <message>
        <source>PORTAL</source>
        <translation>PORTAIL</translation>
    </message>
    <message>
        <source>AUTH</source>
        <translation>AUTH</translation>
    </message>
    <message>
        <source>TOKEN</source>
        <translation>JETON</translation>
    </message>
    <message>
        <source>saved</source>
        <translation>enregistré</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>&apos;profiles show&apos; takes one profile name.</source>
        <translation>&apos;profiles show&apos; attend un seul nom de profil.</translation>
    </message>
    <message>
        <source>There is no profile named &quot;%1&quot;.</source>
        <translation>Il n&apos;existe aucun profil nommé «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Name:          %1</source>
        <translation>Nom&#xa0;:                  %1</translation>
    </message>
    <message>
        <source>Portal:        %1</source>
        <translation>Portail&#xa0;:              %1</translation>
    </message>
    <message>
        <source>Auth scheme:   %1</source>
        <translation>Authentification&#xa0;:     %1</translation>
    </message>
    <message>
        <source>Token:         %1</source>
        <translation>Jeton&#xa0;:                %1</translation>
    </message>
    <message>
        <source>saved in %1</source>
        <translation>enregistré dans %1</translation>
    </message>
    <message>
        <source>not saved</source>
        <translation>non enregistré</translation>
    </message>
    <message>
        <source>Plain HTTP:    %1</source>
        <translation>HTTP simple&#xa0;:          %1</translation>
    </message>
    <message>
        <source>ALLOWED (the token may travel unencrypted)</source>
        <translation>AUTORISÉ (le jeton peut circuler sans chiffrement)</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>refusé</translation>
    </message>
    <message>
        <source>Trusted cert:  %1</source>
        <translation>Certificat approuvé&#xa0;:  %1</translation>
    </message>
    <message>
        <source>Extra CA file: %1</source>
        <translation>Fichier d&apos;AC suppl.&#xa0;:  %1</translation>
    </message>
    <message numerus="yes">
        <source>Timeout:       %n second(s)</source>
        <translation>
            <numerusform>Délai d&apos;expiration&#xa0;:   %n seconde</numerusform>
            <numerusform>Délai d&apos;expiration&#xa0;:   %n secondes</numerusform>
        </translation>
    </message>
    <message>
        <source>&apos;profiles add&apos; takes one name and --portal.</source>
        <translation>&apos;profiles add&apos; attend un nom et --portal.</translation>
    </message>
    <message>
        <source>No system keychain is available (%1), so the token cannot be saved.</source>
        <translation>Aucun trousseau système n&apos;est disponible (%1)&#xa0;: le jeton ne peut donc pas être enregistré.</translation>
    </message>
    <message>
        <source>The profile was not added. Use DOCSPACE_TOKEN with --portal instead.</source>
        <translation>Le profil n&apos;a pas été ajouté. Utilisez plutôt DOCSPACE_TOKEN avec --portal.</translation>
    </message>
    <message>
        <source>Added profile &quot;%1&quot; for %2%3.</source>
        <translation>Profil «&#xa0;%1&#xa0;» ajouté pour %2%3.</translation>
    </message>
    <message>
        <source> (no token saved)</source>
        <translation> (aucun jeton enregistré)</translation>
    </message>
    <message>
        <source>, token in the keychain</source>
        <translation>, jeton dans le trousseau</translation>
    </message>
    <message>
        <source>&apos;profiles remove&apos; takes one profile name.</source>
        <translation>&apos;profiles remove&apos; attend un seul nom de profil.</translation>
    </message>
    <message>
        <source>The profile was kept so that its token is not left behind unnoticed.</source>
        <translation>Le profil a été conservé afin que son jeton ne reste pas oublié à l&apos;insu de tous.</translation>
    </message>
    <message>
        <source>Removed profile &quot;%1&quot; and its token.</source>
        <translation>Profil «&#xa0;%1&#xa0;» et son jeton supprimés.</translation>
    </message>
    <message>
        <source>Unknown profiles action &quot;%1&quot;.</source>
        <translation>Action de profils inconnue «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Print CSV with a header row.</source>
        <translation>Afficher au format CSV avec une ligne d&apos;en-tête.</translation>
    </message>
    <message>
        <source>Only expired keys.</source>
        <translation>Uniquement les clés expirées.</translation>
    </message>
    <message>
        <source>Only deactivated keys.</source>
        <translation>Uniquement les clés désactivées.</translation>
    </message>
    <message>
        <source>Only keys created by this user (name or id).</source>
        <translation>Uniquement les clés créées par cet utilisateur (nom ou ID).</translation>
    </message>
    <message>
        <source>List the API keys the token can see: all of the portal&apos;s for an administrator, otherwise the caller&apos;s own.</source>
        <translation>Lister les clés API visibles par le jeton&#xa0;: toutes celles du portail pour un administrateur, sinon celles de l&apos;appelant.</translation>
    </message>
    <message>
        <source>Choose --json or --csv, not both.</source>
        <translation>Choisissez --json ou --csv, mais pas les deux.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>ENDING</source>
        <translation>FIN</translation>
    </message>
    <message>
        <source>CREATED BY</source>
        <translation>CRÉÉE PAR</translation>
    </message>
    <message>
        <source>CREATED</source>
        <translation>CRÉÉE LE</translation>
    </message>
    <message>
        <source>LAST USED</source>
        <translation>DERNIÈRE UTILISATION</translation>
    </message>
    <message>
        <source>EXPIRES</source>
        <translation>EXPIRATION</translation>
    </message>
    <message>
        <source>STATE</source>
        <translation>ÉTAT</translation>
    </message>
    <message>
        <source>PERMISSIONS</source>
        <translation>AUTORISATIONS</translation>
    </message>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n key(s) shown.</source>
        <translation>
            <numerusform>%1 sur %n clé affichée.</numerusform>
            <numerusform>%1 sur %n clés affichées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Print a JSON object.</source>
        <translation>Afficher un objet JSON.</translation>
    </message>
    <message>
        <source>Who the token signs in as, and for an API key, which key it is.</source>
        <translation>Sous quelle identité le jeton se connecte et, pour une clé API, de quelle clé il s&apos;agit.</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>avertissement&#xa0;: %1</translation>
    </message>
    <message>
        <source>Only records from this date or time on (ISO 8601).</source>
        <translation>Uniquement les enregistrements à partir de cette date ou heure (ISO 8601).</translation>
    </message>
    <message>
        <source>Only records for this portal.</source>
        <translation>Uniquement les enregistrements de ce portail.</translation>
    </message>
    <message>
        <source>Only records made with this profile.</source>
        <translation>Uniquement les enregistrements effectués avec ce profil.</translation>
    </message>
    <message>
        <source>Invalid --since: give a date such as 2026-07-01 or 2026-07-01T14:00.</source>
        <translation>--since non valide&#xa0;: indiquez une date telle que 2026-07-01 ou 2026-07-01T14:00.</translation>
    </message>
    <message>
        <source>No history yet (%1).</source>
        <translation>Aucun historique pour l&apos;instant (%1).</translation>
    </message>
    <message>
        <source>TIME (UTC)</source>
        <translation>HEURE (UTC)</translation>
    </message>
    <message>
        <source>OPERATION</source>
        <translation>OPÉRATION</translation>
    </message>
    <message>
        <source>KEY</source>
        <translation>CLÉ</translation>
    </message>
    <message>
        <source>OUTCOME</source>
        <translation>RÉSULTAT</translation>
    </message>
    <message>
        <source>HTTP</source>
        <translation>HTTP</translation>
    </message>
    <message>
        <source>BY</source>
        <translation>PAR</translation>
    </message>
    <message>
        <source>At most this many requests at once (1-%1). Without it the batch finds how many the portal takes, up to %2. A rate limit from the portal slows them all.</source>
        <translation>Au plus ce nombre de requêtes simultanées (1-%1). Sans cette option, le lot détermine combien le portail en accepte, jusqu&apos;à %2. Une limite de débit du portail les ralentit toutes.</translation>
    </message>
    <message>
        <source>How to send the token: auto (default; sk-... is an API key), apikey (&quot;Bearer &lt;token&gt;&quot;, also to force it for a session token; alias bearer) or session (as it is).</source>
        <translation>Mode d&apos;envoi du jeton&#xa0;: auto (par défaut&#xa0;; sk-... est une clé API), apikey («&#xa0;Bearer &lt;token&gt;&#xa0;», aussi pour l&apos;imposer à un jeton de session&#xa0;; alias bearer) ou session (tel quel).</translation>
    </message>
    <message>
        <source>Invalid --auth &quot;%1&quot;: use auto, apikey, bearer or session.</source>
        <translation>--auth «&#xa0;%1&#xa0;» non valide&#xa0;: utilisez auto, apikey, bearer ou session.</translation>
    </message>
    <message>
        <source>Certificate SHA-256 fingerprint: %1</source>
        <translation>Empreinte SHA-256 du certificat&#xa0;: %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; (%2)</source>
        <translation>«&#xa0;%1&#xa0;» (%2)</translation>
    </message>
    <message>
        <source>created by %1</source>
        <translation>créée par %1</translation>
    </message>
    <message>
        <source>Not deactivating: no terminal to ask for confirmation on. Pass --yes to confirm in a script.</source>
        <translation>Aucune désactivation&#xa0;: aucun terminal pour demander confirmation. Indiquez --yes pour confirmer dans un script.</translation>
    </message>
    <message>
        <source>Not reactivating: no terminal to ask for confirmation on. Pass --yes to confirm in a script.</source>
        <translation>Aucune réactivation&#xa0;: aucun terminal pour demander confirmation. Indiquez --yes pour confirmer dans un script.</translation>
    </message>
    <message numerus="yes">
        <source>... and %n more key(s)</source>
        <translation>
            <numerusform>... et %n autre clé</numerusform>
            <numerusform>... et %n autres clés</numerusform>
        </translation>
    </message>
    <message>
        <source>(The key list could not be read to name the keys: %1)</source>
        <translation>(La liste des clés n&apos;a pas pu être lue pour nommer les clés&#xa0;: %1)</translation>
    </message>
    <message numerus="yes">
        <source>Deactivate %n key(s) on %1? They stop working until reactivated.</source>
        <translation>
            <numerusform>Désactiver %n clé sur %1&#xa0;? Elle ne fonctionnera plus jusqu&apos;à sa réactivation.</numerusform>
            <numerusform>Désactiver %n clés sur %1&#xa0;? Elles ne fonctionneront plus jusqu&apos;à leur réactivation.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reactivate %n key(s) on %1?</source>
        <translation>
            <numerusform>Réactiver %n clé sur %1&#xa0;?</numerusform>
            <numerusform>Réactiver %n clés sur %1&#xa0;?</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing deactivated.</source>
        <translation>Rien n&apos;a été désactivé.</translation>
    </message>
    <message>
        <source>Nothing reactivated.</source>
        <translation>Rien n&apos;a été réactivé.</translation>
    </message>
    <message>
        <source>Revoke (delete) API keys by id</source>
        <translation>Révoquer (supprimer) des clés API par ID</translation>
    </message>
    <message>
        <source>Deactivate keys (reversible)</source>
        <translation>Désactiver des clés (réversible)</translation>
    </message>
    <message>
        <source>Reactivate deactivated keys</source>
        <translation>Réactiver des clés désactivées</translation>
    </message>
    <message>
        <source>List the keys the token can see</source>
        <translation>Lister les clés visibles par le jeton</translation>
    </message>
    <message>
        <source>Who the token signs in as, and which key it is</source>
        <translation>Sous quelle identité le jeton se connecte, et de quelle clé il s&apos;agit</translation>
    </message>
    <message>
        <source>What was revoked from this computer, when, by whom and with what result</source>
        <translation>Ce qui a été révoqué depuis cet ordinateur, quand, par qui et avec quel résultat</translation>
    </message>
    <message>
        <source>Find leaked sk- secrets in text on standard input and revoke them</source>
        <translation>Trouver les secrets sk- divulgués dans un texte sur l&apos;entrée standard et les révoquer</translation>
    </message>
    <message>
        <source>The key-hygiene report: expired, unused, unrestricted keys...</source>
        <translation>Le rapport d&apos;hygiène des clés&#xa0;: clés expirées, inutilisées, sans restriction...</translation>
    </message>
    <message>
        <source>List, show, add and remove saved portal profiles</source>
        <translation>Lister, afficher, ajouter et supprimer des profils de portail enregistrés</translation>
    </message>
    <message>
        <source>Usage: docspace-keys-cli &lt;command&gt; [options]</source>
        <translation>Utilisation&#xa0;: docspace-keys-cli &lt;commande&gt; [options]</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Commandes&#xa0;:</translation>
    </message>
    <message>
        <source>Run &apos;docspace-keys-cli &lt;command&gt; --help&apos; for a command&apos;s options.
The access token comes from DOCSPACE_TOKEN or --token-stdin, never from arguments.
Exit status: 0 success, 1 an operation failed, 2 usage error.
</source>
        <translation>Exécutez &apos;docspace-keys-cli &lt;commande&gt; --help&apos; pour connaître les options d&apos;une commande.
Le jeton d&apos;accès provient de DOCSPACE_TOKEN ou de --token-stdin, jamais des arguments.
Code de sortie&#xa0;: 0 en cas de succès, 1 si une opération a échoué, 2 en cas d&apos;erreur d&apos;utilisation.
</translation>
    </message>
    <message>
        <source>Also write the report as CSV to FILE (the same file as the window&apos;s export).</source>
        <translation>Écrire aussi le rapport au format CSV dans FILE (le même fichier que l&apos;export de la fenêtre).</translation>
    </message>
    <message numerus="yes">
        <source>%n repeated id(s) on standard input skipped.</source>
        <translation>
            <numerusform>%n ID répété sur l&apos;entrée standard ignoré.</numerusform>
            <numerusform>%n ID répétés sur l&apos;entrée standard ignorés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Each id gets one line of output, in the order given; every attempt is kept in the local history.
Without --yes, asks on the terminal, naming the portal and the keys.
Give - to read ids from standard input, one per line or a CSV export with an id column (blank lines and # comments are ignored).
Exit status: 0 every key changed, 1 at least one not, 2 usage error.</source>
        <translation>Chaque ID produit une ligne de sortie, dans l&apos;ordre indiqué&#xa0;; chaque tentative est conservée dans l&apos;historique local.
Sans --yes, une confirmation est demandée dans le terminal, en nommant le portail et les clés.
Indiquez - pour lire les ID sur l&apos;entrée standard, un par ligne ou un export CSV avec une colonne id (les lignes vides et les commentaires # sont ignorés).
Code de sortie&#xa0;: 0 si chaque clé a été modifiée, 1 si au moins une ne l&apos;a pas été, 2 en cas d&apos;erreur d&apos;utilisation.</translation>
    </message>
    <message>
        <source>window</source>
        <translation>fenêtre</translation>
    </message>
    <message>
        <source>command line</source>
        <translation>ligne de commande</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>who acted (window or command line)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Invalid --expires-in-days: give a whole number of days from 1 to %1 (leave it out for a key that never expires).</source>
        <translation>--expires-in-days non valide&#xa0;: indiquez un nombre entier de jours de 1 à %1 (omettez-le pour une clé qui n&apos;expire jamais).</translation>
    </message>
    <message>
        <source>no token is saved for it (%1)</source>
        <translation>aucun jeton n&apos;est enregistré pour ce profil (%1)</translation>
    </message>
    <message>
        <source>Create an API key (POST /api/2.0/keys). The new key&apos;s secret is printed once, alone on the first line of standard output, and kept nowhere: not in the history, not in any file. With --json a second line holds the key as a JSON object (without the secret).
Without --expires-in-days the key never expires. The portal lets each user create at most 5 keys in 15 minutes.
Exit status: 0 created, 1 not created, 2 usage error.</source>
        <translation>Créer une clé API (POST /api/2.0/keys). Le secret de la nouvelle clé est affiché une seule fois, seul sur la première ligne de la sortie standard, et conservé nulle part&#xa0;: ni dans l&apos;historique, ni dans aucun fichier. Avec --json, une deuxième ligne contient la clé sous forme d&apos;objet JSON (sans le secret).
Sans --expires-in-days, la clé n&apos;expire jamais. Le portail permet à chaque utilisateur de créer au plus 5 clés en 15 minutes.
Code de sortie&#xa0;: 0 créée, 1 non créée, 2 en cas d&apos;erreur d&apos;utilisation.</translation>
    </message>
    <message>
        <source>The key&apos;s name (at most %1 characters).</source>
        <translation>Le nom de la clé (au plus %1 caractères).</translation>
    </message>
    <message>
        <source>all (default), read-only, or a comma-separated list of files, rooms, profile, accounts each with :read or :write (write includes read), e.g. files:write,rooms:read.</source>
        <translation>all (par défaut), read-only, ou une liste séparée par des virgules de files, rooms, profile, accounts, chacun avec&#xa0;:read ou&#xa0;:write (write inclut read), par ex. files:write,rooms:read.</translation>
    </message>
    <message>
        <source>The key stops working after this many days (1-%1).</source>
        <translation>La clé cesse de fonctionner après ce nombre de jours (1-%1).</translation>
    </message>
    <message>
        <source>Also print the new key as a JSON object.</source>
        <translation>Afficher aussi la nouvelle clé sous forme d&apos;objet JSON.</translation>
    </message>
    <message>
        <source>Give the key&apos;s name with --name.</source>
        <translation>Indiquez le nom de la clé avec --name.</translation>
    </message>
    <message>
        <source>Created &quot;%1&quot; (%2, ending %3; permissions: %4; %5). The secret on standard output is shown only this once: store it now.</source>
        <translation>«&#xa0;%1&#xa0;» créée (%2, se terminant par %3&#xa0;; autorisations&#xa0;: %4&#xa0;; %5). Le secret sur la sortie standard n&apos;est affiché que cette fois&#xa0;: conservez-le maintenant.</translation>
    </message>
    <message>
        <source>expires %1</source>
        <translation>expire le %1</translation>
    </message>
    <message>
        <source>never expires</source>
        <translation>n&apos;expire jamais</translation>
    </message>
    <message>
        <source>Change a key&apos;s name and/or permissions (PUT /api/2.0/keys/{id}). The key keeps its secret. Expired keys cannot be changed.
Exit status: 0 changed, 1 not changed, 2 usage error.</source>
        <translation>Modifier le nom et/ou les autorisations d&apos;une clé (PUT /api/2.0/keys/{id}). La clé garde son secret. Les clés expirées ne peuvent pas être modifiées.
Code de sortie&#xa0;: 0 modifiée, 1 non modifiée, 2 en cas d&apos;erreur d&apos;utilisation.</translation>
    </message>
    <message>
        <source>The new name (at most %1 characters).</source>
        <translation>Le nouveau nom (au plus %1 caractères).</translation>
    </message>
    <message>
        <source>The new permissions: all, read-only, or e.g. files:write,rooms:read.</source>
        <translation>Les nouvelles autorisations&#xa0;: all, read-only, ou par ex. files:write,rooms:read.</translation>
    </message>
    <message>
        <source>Print the outcome as a JSON object.</source>
        <translation>Afficher le résultat sous forme d&apos;objet JSON.</translation>
    </message>
    <message>
        <source>The key&apos;s id (UUID).</source>
        <translation>L&apos;ID de la clé (UUID).</translation>
    </message>
    <message>
        <source>Give exactly one key id.</source>
        <translation>Indiquez exactement un ID de clé.</translation>
    </message>
    <message>
        <source>Rotate keys: create a replacement for each (the same name plus &quot; (rotated)&quot;, the same permissions, the same whole lifetime), then revoke the old keys. If any replacement cannot be created, no old key is revoked. One line per key: old id, outcome, new id, old key&apos;s state, and the new secret (shown only this once), unless --secrets-file.
Exit status: 0 every key rotated, 1 not all (the lines say which old keys still work), 2 usage error.</source>
        <translation>Renouveler des clés&#xa0;: créer une remplaçante pour chacune (le même nom suivi de «&#xa0;(rotated)&#xa0;», les mêmes autorisations, la même durée de vie totale), puis révoquer les anciennes clés. Si une remplaçante ne peut pas être créée, aucune ancienne clé n&apos;est révoquée. Une ligne par clé&#xa0;: ancien ID, résultat, nouvel ID, état de l&apos;ancienne clé et nouveau secret (affiché cette seule fois), sauf avec --secrets-file.
Code de sortie&#xa0;: 0 toutes les clés renouvelées, 1 pas toutes (les lignes indiquent quelles anciennes clés fonctionnent encore), 2 en cas d&apos;erreur d&apos;utilisation.</translation>
    </message>
    <message>
        <source>Do not ask before revoking the old keys (for scripts).</source>
        <translation>Ne pas demander de confirmation avant de révoquer les anciennes clés (pour les scripts).</translation>
    </message>
    <message>
        <source>Print one JSON object per key.</source>
        <translation>Afficher un objet JSON par clé.</translation>
    </message>
    <message>
        <source>Write the new secrets to this file (readable by you only) instead of standard output.</source>
        <translation>Écrire les nouveaux secrets dans ce fichier (lisible par vous seul) au lieu de la sortie standard.</translation>
    </message>
    <message>
        <source>Key ids (UUIDs).</source>
        <translation>ID des clés (UUID).</translation>
    </message>
    <message>
        <source>Not rotating: no terminal to confirm revoking the old keys on. Pass --yes to confirm in a script.</source>
        <translation>Aucun renouvellement&#xa0;: aucun terminal pour confirmer la révocation des anciennes clés. Indiquez --yes pour confirmer dans un script.</translation>
    </message>
    <message>
        <source>%1: the portal lists no such key (or not to this token); nothing was created or revoked.</source>
        <translation>%1&#xa0;: le portail ne liste aucune clé de ce type (ou pas pour ce jeton)&#xa0;; rien n&apos;a été créé ni révoqué.</translation>
    </message>
    <message>
        <source>Cannot write the secrets file %1: %2. The new secrets are printed instead.</source>
        <translation>Impossible d&apos;écrire le fichier de secrets %1&#xa0;: %2. Les nouveaux secrets sont affichés à la place.</translation>
    </message>
    <message>
        <source>Old keys not revoked; they and their replacements all work.</source>
        <translation>Anciennes clés non révoquées&#xa0;; elles et leurs remplaçantes fonctionnent toutes.</translation>
    </message>
    <message>
        <source>A replacement could not be created, so no old key was revoked.</source>
        <translation>Une remplaçante n&apos;a pas pu être créée&#xa0;: aucune ancienne clé n&apos;a donc été révoquée.</translation>
    </message>
    <message>
        <source>Not tried: an earlier replacement failed.</source>
        <translation>Non tenté&#xa0;: une remplaçante précédente a échoué.</translation>
    </message>
    <message>
        <source>Replacement created; revoking the old key failed: %1</source>
        <translation>Remplaçante créée&#xa0;; la révocation de l&apos;ancienne clé a échoué&#xa0;: %1</translation>
    </message>
    <message>
        <source>Replacement created, old key revoked.</source>
        <translation>Remplaçante créée, ancienne clé révoquée.</translation>
    </message>
    <message>
        <source>Replacement created; the old key still works.</source>
        <translation>Remplaçante créée&#xa0;; l&apos;ancienne clé fonctionne encore.</translation>
    </message>
    <message>
        <source>OLD ID</source>
        <translation>ANCIEN ID</translation>
    </message>
    <message>
        <source>NEW ID</source>
        <translation>NOUVEL ID</translation>
    </message>
    <message>
        <source>OLD KEY</source>
        <translation>ANCIENNE CLÉ</translation>
    </message>
    <message>
        <source>NEW SECRET (shown once)</source>
        <translation>NOUVEAU SECRET (affiché une fois)</translation>
    </message>
    <message numerus="yes">
        <source>%n old key(s) still work:</source>
        <translation>
            <numerusform>%n ancienne clé fonctionne encore&#xa0;:</numerusform>
            <numerusform>%n anciennes clés fonctionnent encore&#xa0;:</numerusform>
        </translation>
    </message>
    <message>
        <source>REVOKE AFTER (UTC)</source>
        <translation>RÉVOQUER APRÈS (UTC)</translation>
    </message>
    <message>
        <source>NOTE</source>
        <translation>REMARQUE</translation>
    </message>
    <message>
        <source>Invalid --after-days: give a whole number of days from 0 to %1.</source>
        <translation>--after-days non valide&#xa0;: indiquez un nombre entier de jours de 0 à %1.</translation>
    </message>
    <message>
        <source>Deactivated; revoked on or after %1 (UTC) unless reactivated, when &apos;docspace-keys-cli retire --due&apos; or the app runs.</source>
        <translation>Désactivée&#xa0;; révoquée à partir du %1 (UTC) sauf réactivation, lors de l&apos;exécution de &apos;docspace-keys-cli retire --due&apos; ou de l&apos;application.</translation>
    </message>
    <message>
        <source>Deactivated, but the plan could not be saved: %1</source>
        <translation>Désactivée, mais le plan n&apos;a pas pu être enregistré&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1: planned without a saved profile; run &apos;retire --due --portal %1&apos; with its token.</source>
        <translation>%1&#xa0;: planifiée sans profil enregistré&#xa0;; exécutez &apos;retire --due --portal %1&apos; avec son jeton.</translation>
    </message>
    <message>
        <source>%1 (profile &quot;%2&quot;): %3</source>
        <translation>%1 (profil «&#xa0;%2&#xa0;»)&#xa0;: %3</translation>
    </message>
    <message>
        <source>the profile now points elsewhere</source>
        <translation>le profil pointe désormais ailleurs</translation>
    </message>
    <message>
        <source>skipped: %1</source>
        <translation>ignoré&#xa0;: %1</translation>
    </message>
    <message>
        <source>Nothing is due.</source>
        <translation>Rien n&apos;est échu.</translation>
    </message>
    <message>
        <source>Retire keys in stages.
  retire ID... --after-days N   deactivate now; revoke after N days unless reactivated
  retire --due                  revoke what is due (run it daily from a timer); a key reactivated meanwhile is left alone and the plan says so
  retire --list                 show the plan
  retire --cancel ID...         take keys out of the plan (they stay deactivated)
The plan is kept beside the history (%1) and never holds a token. --due uses each planned profile&apos;s keychain token, or the connection given with --portal/--profile.
Exit status: 0 all done, 1 something failed or is left for the next run, 2 usage error.</source>
        <translation>Retirer des clés par étapes.
  retire ID... --after-days N   désactiver maintenant&#xa0;; révoquer après N jours sauf réactivation
  retire --due                  révoquer ce qui est échu (à exécuter chaque jour par un minuteur)&#xa0;; une clé réactivée entre-temps est laissée telle quelle et le plan l&apos;indique
  retire --list                 afficher le plan
  retire --cancel ID...         retirer des clés du plan (elles restent désactivées)
Le plan est conservé à côté de l&apos;historique (%1) et ne contient jamais de jeton. --due utilise le jeton du trousseau de chaque profil planifié, ou la connexion indiquée avec --portal/--profile.
Code de sortie&#xa0;: 0 tout est fait, 1 un échec ou un reste pour la prochaine exécution, 2 en cas d&apos;erreur d&apos;utilisation.</translation>
    </message>
    <message>
        <source>Revoke after this many days.</source>
        <translation>Révoquer après ce nombre de jours.</translation>
    </message>
    <message>
        <source>Carry out what is due.</source>
        <translation>Exécuter ce qui est échu.</translation>
    </message>
    <message>
        <source>Show the plan.</source>
        <translation>Afficher le plan.</translation>
    </message>
    <message>
        <source>Take the given keys out of the plan.</source>
        <translation>Retirer du plan les clés indiquées.</translation>
    </message>
    <message>
        <source>JSON output.</source>
        <translation>Sortie JSON.</translation>
    </message>
    <message>
        <source>Give exactly one of --after-days N (with ids), --due, --list or --cancel (with ids).</source>
        <translation>Indiquez exactement une option parmi --after-days N (avec des ID), --due, --list ou --cancel (avec des ID).</translation>
    </message>
    <message>
        <source>--due and --list take no key ids.</source>
        <translation>--due et --list n&apos;acceptent pas d&apos;ID de clé.</translation>
    </message>
    <message numerus="yes">
        <source>%n key(s) taken out of the plan.</source>
        <translation>
            <numerusform>%n clé retirée du plan.</numerusform>
            <numerusform>%n clés retirées du plan.</numerusform>
        </translation>
    </message>
    <message>
        <source>The retirement plan is empty (%1).</source>
        <translation>Le plan de retrait est vide (%1).</translation>
    </message>
    <message>
        <source>List the keys of every saved profile together, with the portal as a column, using each profile&apos;s keychain token. A portal that cannot be listed is reported and the others are still shown.
Exit status: 0 every portal listed, 1 at least one not, 2 usage error.</source>
        <translation>Lister ensemble les clés de tous les profils enregistrés, avec le portail en colonne, en utilisant le jeton du trousseau de chaque profil. Un portail qui ne peut pas être listé est signalé et les autres sont tout de même affichés.
Code de sortie&#xa0;: 0 tous les portails listés, 1 au moins un non, 2 en cas d&apos;erreur d&apos;utilisation.</translation>
    </message>
    <message>
        <source>Every saved profile.</source>
        <translation>Tous les profils enregistrés.</translation>
    </message>
    <message>
        <source>No saved profiles: add some with &apos;docspace-keys-cli profiles add&apos;.</source>
        <translation>Aucun profil enregistré&#xa0;: ajoutez-en avec &apos;docspace-keys-cli profiles add&apos;.</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; skipped: %2</source>
        <translation>Profil «&#xa0;%1&#xa0;» ignoré&#xa0;: %2</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; (%2): %3</source>
        <translation>Profil «&#xa0;%1&#xa0;» (%2)&#xa0;: %3</translation>
    </message>
    <message>
        <source>PROFILE</source>
        <translation>PROFIL</translation>
    </message>
    <message>
        <source>Create an API key (its secret is printed once)</source>
        <translation>Créer une clé API (son secret est affiché une fois)</translation>
    </message>
    <message>
        <source>Change a key&apos;s name or permissions</source>
        <translation>Modifier le nom ou les autorisations d&apos;une clé</translation>
    </message>
    <message>
        <source>Replace keys with new ones, then revoke the old</source>
        <translation>Remplacer des clés par de nouvelles, puis révoquer les anciennes</translation>
    </message>
    <message>
        <source>Deactivate now, revoke after N days unless reactivated</source>
        <translation>Désactiver maintenant, révoquer après N jours sauf réactivation</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n key(s) shown</source>
        <translation>
            <numerusform>%1 clé affichée sur %n</numerusform>
            <numerusform>%1 clés affichées sur %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, from %n portal(s).</source>
        <translation>
            <numerusform>, depuis %n portail.</numerusform>
            <numerusform>, depuis %n portails.</numerusform>
        </translation>
    </message>
    <message>
        <source>(this token)</source>
        <translation>(ce jeton)</translation>
    </message>
    <message>
        <source>Type the number of keys (%1) to confirm; anything else cancels: </source>
        <translation>Saisissez le nombre de clés (%1) pour confirmer ; toute autre saisie annule : </translation>
    </message>
    <message>
        <source>The number was not typed.</source>
        <translation>Le nombre n&apos;a pas été saisi.</translation>
    </message>
    <message>
        <source>%1 is the key this command signs in with on %2.</source>
        <translation>%1 est la clé avec laquelle cette commande se connecte à %2.</translation>
    </message>
    <message>
        <source>Once it is revoked, this token can no longer list or change keys; revocation cannot be undone.</source>
        <translation>Une fois celle-ci révoquée, ce jeton ne peut plus lister ni modifier de clés ; la révocation est irréversible.</translation>
    </message>
    <message>
        <source>While it is deactivated, this token cannot list, change or even reactivate keys.</source>
        <translation>Tant que celle-ci est désactivée, ce jeton ne peut ni lister, ni modifier, ni même réactiver de clés.</translation>
    </message>
    <message>
        <source>Revoke it too (i), skip it and go on with the others (s), or cancel everything (c)? [i/s/C] </source>
        <translation>La révoquer aussi (i), l&apos;ignorer et continuer avec les autres (s), ou tout annuler (c) ? [i/s/C] </translation>
    </message>
    <message>
        <source>Deactivate it too (i), skip it and go on with the others (s), or cancel everything (c)? [i/s/C] </source>
        <translation>La désactiver aussi (i), l&apos;ignorer et continuer avec les autres (s), ou tout annuler (c) ? [i/s/C] </translation>
    </message>
    <message>
        <source>Skipping the key of this token.</source>
        <translation>Clé de ce jeton ignorée.</translation>
    </message>
    <message>
        <source>Only keys unused for N days.</source>
        <translation>Uniquement les clés inutilisées depuis N jours.</translation>
    </message>
    <message>
        <source>Every replacement was created. Now the old keys:</source>
        <translation>Toutes les remplaçantes ont été créées. Passons aux anciennes clés :</translation>
    </message>
    <message>
        <source>Every creation, change, revocation, deactivation and reactivation attempted from this computer, oldest first: which key, who acted, and what the portal answered (an edit&apos;s outcome says what it changed). The history is local: it never holds tokens or secrets.</source>
        <translation>Chaque création, modification, révocation, désactivation et réactivation tentée depuis cet ordinateur, de la plus ancienne à la plus récente : quelle clé, qui a agi et ce que le portail a répondu (le résultat d&apos;une modification indique ce qu&apos;elle a changé). L&apos;historique est local : il ne contient jamais de jetons ni de secrets.</translation>
    </message>
</context>
<context>
    <name>Cli::Invocation</name>
    <message>
        <source>Warning: sending the access token to %1 over unencrypted HTTP.</source>
        <translation>Avertissement&#xa0;: envoi du jeton d&apos;accès à %1 en HTTP non chiffré.</translation>
    </message>
</context>
<context>
    <name>ConnectionReport</name>
    <message>
        <source>owner</source>
        <translation>propriétaire</translation>
    </message>
    <message>
        <source>administrator</source>
        <translation>administrateur</translation>
    </message>
    <message>
        <source>guest</source>
        <translation>invité</translation>
    </message>
    <message>
        <source>member</source>
        <translation>membre</translation>
    </message>
    <message>
        <source>Signed in as %1 (%2)</source>
        <translation>Connecté en tant que %1 (%2)</translation>
    </message>
    <message>
        <source>all scopes</source>
        <translation>toutes les étendues</translation>
    </message>
    <message>
        <source>expires %1</source>
        <translation>expire le %1</translation>
    </message>
    <message>
        <source>never expires</source>
        <translation>n&apos;expire jamais</translation>
    </message>
    <message>
        <source>API key &quot;%1&quot;: %2; %3</source>
        <translation>Clé API «&#xa0;%1&#xa0;»&#xa0;: %2&#xa0;; %3</translation>
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
        <translation>Connexion à %1…</translation>
    </message>
    <message>
        <source>This token can revoke keys on %1.</source>
        <translation>Ce jeton peut révoquer des clés sur %1.</translation>
    </message>
    <message>
        <source>Could not sign in to %1: %2</source>
        <translation>Impossible de se connecter à %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The portal said: %1</source>
        <translation>Message du portail&#xa0;: %1</translation>
    </message>
    <message>
        <source>Certificate SHA-256 fingerprint: %1</source>
        <translation>Empreinte SHA-256 du certificat&#xa0;: %1</translation>
    </message>
    <message>
        <source>Trusted for this session: test the connection again.</source>
        <translation>Approuvé pour cette session&#xa0;: testez à nouveau la connexion.</translation>
    </message>
    <message>
        <source>Tr&amp;ust This Certificate…</source>
        <translation>Faire confiance &amp;à ce certificat…</translation>
    </message>
</context>
<context>
    <name>ConnectionTest</name>
    <message>
        <source>This API key cannot revoke keys: it lacks the *:write scope.</source>
        <translation>Cette clé API ne peut pas révoquer de clés&#xa0;: il lui manque l&apos;étendue *:write.</translation>
    </message>
    <message numerus="yes">
        <source>This API key expires in %n day(s), on %1.</source>
        <translation>
            <numerusform>Cette clé API expire dans %n jour, le %1.</numerusform>
            <numerusform>Cette clé API expire dans %n jours, le %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The portal answered, but not with a user profile. Check that the address is a DocSpace portal.</source>
        <translation>Le portail a répondu, mais pas avec un profil utilisateur. Vérifiez que l&apos;adresse est celle d&apos;un portail DocSpace.</translation>
    </message>
    <message>
        <source>You are not an administrator: you can revoke only the keys you created.</source>
        <translation>Vous n&apos;êtes pas administrateur&#xa0;: vous ne pouvez révoquer que les clés que vous avez créées.</translation>
    </message>
    <message>
        <source>The key&apos;s own details could not be read: %1</source>
        <translation>Les détails de la clé elle-même n&apos;ont pas pu être lus&#xa0;: %1</translation>
    </message>
    <message>
        <source>The portal refused even to tell its version (HTTP 403 without a message): it is probably being moved, restored or encrypted. Try again later.</source>
        <translation>Le portail a refusé jusqu&apos;à indiquer sa version (HTTP 403 sans message)&#xa0;: il est probablement en cours de déplacement, de restauration ou de chiffrement. Réessayez plus tard.</translation>
    </message>
    <message>
        <source>The address answered, but not as a DocSpace portal: it does not say which DocSpace version it runs (HTTP %1 to /api/2.0/settings/version/build). Check that it is your portal&apos;s own address, not a login page, a proxy or another site.</source>
        <translation>L&apos;adresse a répondu, mais pas comme un portail DocSpace&#xa0;: elle n&apos;indique pas quelle version de DocSpace elle exécute (HTTP %1 sur /api/2.0/settings/version/build). Vérifiez qu&apos;il s&apos;agit bien de l&apos;adresse de votre portail, et non d&apos;une page de connexion, d&apos;un proxy ou d&apos;un autre site.</translation>
    </message>
    <message>
        <source>This portal runs DocSpace %1, which has no API keys: they appeared in DocSpace 3.1. The portal must be updated before its keys can be managed.</source>
        <translation>Ce portail exécute DocSpace %1, qui n&apos;a pas de clés API&#xa0;: elles sont apparues dans DocSpace 3.1. Le portail doit être mis à jour avant que ses clés puissent être gérées.</translation>
    </message>
    <message>
        <source>DocSpace %1 lets any API key list, create, change and revoke keys, whatever its scopes (a key with only files:read can delete keys; fixed in 3.7.1). Treat every key of this portal as able to manage keys, and update the portal.</source>
        <translation>DocSpace %1 permet à toute clé API de lister, créer, modifier et révoquer des clés, quelles que soient ses étendues (une clé avec seulement files:read peut supprimer des clés&#xa0;; corrigé en 3.7.1). Considérez que chaque clé de ce portail peut gérer des clés, et mettez le portail à jour.</translation>
    </message>
    <message>
        <source>DocSpace %1 is older than 3.7.1: its key routes do not check that an id is a UUID (a malformed id gets a validation error, not &quot;not found&quot;), and expired keys can still be changed and reactivated.</source>
        <translation>DocSpace %1 est antérieur à 3.7.1&#xa0;: ses routes de clés ne vérifient pas qu&apos;un ID est un UUID (un ID mal formé provoque une erreur de validation, et non «&#xa0;introuvable&#xa0;»), et les clés expirées peuvent encore être modifiées et réactivées.</translation>
    </message>
</context>
<context>
    <name>DocSpaceClient</name>
    <message>
        <source>No access token was given, so nothing was sent. Enter an API key or session token.</source>
        <translation>Aucun jeton d&apos;accès n&apos;a été fourni, rien n&apos;a donc été envoyé. Saisissez une clé API ou un jeton de session.</translation>
    </message>
    <message>
        <source>The portal&apos;s answer held no key list. Check that the address is a DocSpace portal.</source>
        <translation>La réponse du portail ne contenait aucune liste de clés. Vérifiez que l&apos;adresse est celle d&apos;un portail DocSpace.</translation>
    </message>
</context>
<context>
    <name>HistoryLog</name>
    <message>
        <source>The history file %1 is locked by another DocSpace Keys process.</source>
        <translation>Le fichier d&apos;historique %1 est verrouillé par un autre processus DocSpace Keys.</translation>
    </message>
    <message>
        <source>Cannot write the history file %1: %2.</source>
        <translation>Impossible d&apos;écrire le fichier d&apos;historique %1&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Cannot read the history file %1: %2.</source>
        <translation>Impossible de lire le fichier d&apos;historique %1&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Line %1 of the history file is incomplete or damaged and was skipped.</source>
        <translation>La ligne %1 du fichier d&apos;historique est incomplète ou endommagée&#xa0;; elle a été ignorée.</translation>
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
        <translation>Révocation</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation>Désactivation</translation>
    </message>
    <message>
        <source>Reactivate</source>
        <translation>Réactivation</translation>
    </message>
    <message>
        <source>command line</source>
        <translation>ligne de commande</translation>
    </message>
    <message>
        <source>window</source>
        <translation>fenêtre</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Key id: %1</source>
        <translation>ID de la clé&#xa0;: %1</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Portal</source>
        <translation>Portail</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>Opération</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Clé</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>HTTP</source>
        <translation>HTTP</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Par</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <source>permissions</source>
        <translation>autorisations</translation>
    </message>
    <message>
        <source>Edited: %1</source>
        <comment>what was changed: name, permissions</comment>
        <translation>Modifiée : %1</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Création</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Modification</translation>
    </message>
</context>
<context>
    <name>HistoryRecorder</name>
    <message>
        <source>This result was not recorded in the history. %1 Check that the folder is writable and that the disk is not full.</source>
        <translation>Ce résultat n&apos;a pas été enregistré dans l&apos;historique. %1 Vérifiez que le dossier est accessible en écriture et que le disque n&apos;est pas plein.</translation>
    </message>
    <message>
        <source>Created with the permissions %1; it expires on %2 (UTC).</source>
        <translation>Créée avec les autorisations %1 ; elle expire le %2 (UTC).</translation>
    </message>
    <message>
        <source>Created with the permissions %1; it never expires.</source>
        <translation>Créée avec les autorisations %1 ; elle n&apos;expire jamais.</translation>
    </message>
    <message>
        <source>Replacement for “%1” (%2), in a rotation.</source>
        <translation>Remplaçante de « %1 » (%2), lors d&apos;un renouvellement.</translation>
    </message>
    <message>
        <source>Name “%1”, was “%2”.</source>
        <translation>Nom « %1 », auparavant « %2 ».</translation>
    </message>
    <message>
        <source>Name “%1”.</source>
        <translation>Nom « %1 ».</translation>
    </message>
    <message>
        <source>Permissions %1.</source>
        <translation>Autorisations %1.</translation>
    </message>
    <message>
        <source>Permissions %1, were %2.</source>
        <translation>Autorisations %1, auparavant %2.</translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <source>&amp;Reload</source>
        <translation>R&amp;echarger</translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation>E&amp;xporter en CSV…</translation>
    </message>
    <message>
        <source>Portal filter</source>
        <translation>Filtre de portail</translation>
    </message>
    <message>
        <source>Outcome filter</source>
        <translation>Filtre de résultat</translation>
    </message>
    <message>
        <source>Search key, message, user…</source>
        <translation>Rechercher une clé, un message, un utilisateur…</translation>
    </message>
    <message>
        <source>Search the history</source>
        <translation>Rechercher dans l&apos;historique</translation>
    </message>
    <message>
        <source>Save the rows shown (after filtering) as a CSV file.</source>
        <translation>Enregistrer les lignes affichées (après filtrage) dans un fichier CSV.</translation>
    </message>
    <message numerus="yes">
        <source>…and %n more damaged line(s).</source>
        <translation>
            <numerusform>…et %n autre ligne endommagée.</numerusform>
            <numerusform>…et %n autres lignes endommagées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Some of the history could not be read, so it may be incomplete:
%1
The file is %2; the other records are shown. New records are still added.</source>
        <translation>Une partie de l&apos;historique n&apos;a pas pu être lue&#xa0;; il est donc peut-être incomplet&#xa0;:
%1
Le fichier est %2&#xa0;; les autres enregistrements sont affichés. Les nouveaux enregistrements continuent d&apos;être ajoutés.</translation>
    </message>
    <message>
        <source>All portals</source>
        <translation>Tous les portails</translation>
    </message>
    <message>
        <source>All outcomes</source>
        <translation>Tous les résultats</translation>
    </message>
    <message>
        <source>Nothing recorded yet. Every revocation, deactivation and reactivation made here or with docspace-keys-cli is listed here.</source>
        <translation>Rien n&apos;a encore été enregistré. Chaque révocation, désactivation et réactivation effectuée ici ou avec docspace-keys-cli est répertoriée ici.</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s).</source>
        <translation>
            <numerusform>%n enregistrement.</numerusform>
            <numerusform>%n enregistrements.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n record(s) shown.</source>
        <translation>
            <numerusform>%1 sur %n enregistrement affiché.</numerusform>
            <numerusform>%1 sur %n enregistrements affichés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export History</source>
        <translation>Exporter l&apos;historique</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Fichiers CSV (*.csv);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>History Not Exported</source>
        <translation>Historique non exporté</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>Impossible d&apos;écrire %1.</translation>
    </message>
    <message>
        <source>%1
Choose another folder, or check that the disk is not full.</source>
        <translation>%1
Choisissez un autre dossier, ou vérifiez que le disque n&apos;est pas plein.</translation>
    </message>
    <message>
        <source>Port&amp;al:</source>
        <translation>Po&amp;rtail :</translation>
    </message>
    <message>
        <source>O&amp;utcome:</source>
        <translation>Rés&amp;ultat :</translation>
    </message>
</context>
<context>
    <name>HygieneReport</name>
    <message>
        <source>Expired keys still present</source>
        <translation>Clés expirées encore présentes</translation>
    </message>
    <message>
        <source>They no longer work but still clutter the list and hide real problems; revoke them.</source>
        <translation>Elles ne fonctionnent plus, mais encombrent la liste et masquent les vrais problèmes&#xa0;; révoquez-les.</translation>
    </message>
    <message>
        <source>Deactivated keys</source>
        <translation>Clés désactivées</translation>
    </message>
    <message>
        <source>Anyone who may change them can switch them back on; revoke those that are no longer needed.</source>
        <translation>Toute personne autorisée à les modifier peut les réactiver&#xa0;; révoquez celles qui ne sont plus nécessaires.</translation>
    </message>
    <message>
        <source>Keys never used</source>
        <translation>Clés jamais utilisées</translation>
    </message>
    <message>
        <source>Nothing depends on them yet; deactivate them until someone asks.</source>
        <translation>Rien n&apos;en dépend encore&#xa0;; désactivez-les jusqu&apos;à ce que quelqu&apos;un les réclame.</translation>
    </message>
    <message>
        <source>Forgotten keys are the ones that leak unnoticed; deactivate them.</source>
        <translation>Ce sont les clés oubliées qui fuient sans que personne ne s&apos;en aperçoive&#xa0;; désactivez-les.</translation>
    </message>
    <message>
        <source>Keys that never expire</source>
        <translation>Clés qui n&apos;expirent jamais</translation>
    </message>
    <message>
        <source>A leaked key without an expiry date works until someone notices; replace them with keys that expire.</source>
        <translation>Une clé divulguée sans date d&apos;expiration fonctionne jusqu&apos;à ce que quelqu&apos;un s&apos;en aperçoive&#xa0;; remplacez-les par des clés qui expirent.</translation>
    </message>
    <message>
        <source>Keys with every permission</source>
        <translation>Clés disposant de toutes les autorisations</translation>
    </message>
    <message>
        <source>They can do anything the owner can; give integrations only the scopes they need.</source>
        <translation>Elles peuvent faire tout ce que peut faire leur propriétaire&#xa0;; n&apos;accordez aux intégrations que les étendues dont elles ont besoin.</translation>
    </message>
    <message>
        <source>API key hygiene report</source>
        <translation>Rapport d&apos;hygiène des clés API</translation>
    </message>
    <message>
        <source>Portal: %1</source>
        <translation>Portail&#xa0;: %1</translation>
    </message>
    <message>
        <source>Generated: %1 UTC</source>
        <translation>Généré le&#xa0;: %1 UTC</translation>
    </message>
    <message numerus="yes">
        <source>Keys examined: %1; unused threshold: %n day(s)</source>
        <translation>
            <numerusform>Clés examinées&#xa0;: %1&#xa0;; seuil d&apos;inutilisation&#xa0;: %n jour</numerusform>
            <numerusform>Clés examinées&#xa0;: %1&#xa0;; seuil d&apos;inutilisation&#xa0;: %n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Constat</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Clés</translation>
    </message>
    <message>
        <source>Suggested action</source>
        <translation>Action recommandée</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>Révoquer</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation>Désactiver</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Ending</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Created by</source>
        <translation>Créée par</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Créée le</translation>
    </message>
    <message>
        <source>Last used</source>
        <translation>Dernière utilisation</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Expiration</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source>Permissions</source>
        <translation>Autorisations</translation>
    </message>
    <message>
        <source>all</source>
        <translation>toutes</translation>
    </message>
</context>
<context>
    <name>HygieneReportView</name>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>API key hygiene</source>
        <translation>Hygiène des clés API</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>Act&amp;ualiser</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>&amp;Exporter en CSV…</translation>
    </message>
    <message>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <source>Unused for more than this many days</source>
        <translation>Inutilisées depuis plus de ce nombre de jours</translation>
    </message>
    <message>
        <source>Choose a portal profile to see its report.</source>
        <translation>Choisissez un profil de portail pour afficher son rapport.</translation>
    </message>
    <message>
        <source>Loading the key list from %1…</source>
        <translation>Chargement de la liste des clés depuis %1…</translation>
    </message>
    <message>
        <source>The report could not be made: the key list did not load. %1</source>
        <translation>Le rapport n&apos;a pas pu être établi&#xa0;: la liste des clés n&apos;a pas été chargée. %1</translation>
    </message>
    <message>
        <source>Which keys of %1 are a risk before they leak. The report appears once the key list has loaded.</source>
        <translation>Les clés de %1 qui présentent un risque avant même d&apos;être divulguées. Le rapport s&apos;affiche une fois la liste des clés chargée.</translation>
    </message>
    <message>
        <source>the portal</source>
        <translation>le portail</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n key(s) examined · %2 · %3 of %4 findings need attention</source>
        <translation>
            <numerusform>%1 · %n clé examinée · %2 · constats à traiter&#xa0;: %3 sur %4</numerusform>
            <numerusform>%1 · %n clés examinées · %2 · constats à traiter&#xa0;: %3 sur %4</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Revoke %n Key(s)…</source>
        <translation>
            <numerusform>Révoquer %n clé…</numerusform>
            <numerusform>Révoquer %n clés…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deactivate %n Key(s)…</source>
        <translation>
            <numerusform>Désactiver %n clé…</numerusform>
            <numerusform>Désactiver %n clés…</numerusform>
        </translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Propriétaire</translation>
    </message>
    <message>
        <source>Ending</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Créée le</translation>
    </message>
    <message>
        <source>Last used</source>
        <translation>Dernière utilisation</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Expiration</translation>
    </message>
    <message>
        <source>Scopes</source>
        <translation>Étendues</translation>
    </message>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source>all</source>
        <translation>toutes</translation>
    </message>
    <message>
        <source>Key id: %1</source>
        <translation>ID de la clé&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>Hide the %n key(s)</source>
        <translation>
            <numerusform>Masquer %n clé</numerusform>
            <numerusform>Masquer les %n clés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Show the %n key(s)</source>
        <translation>
            <numerusform>Afficher %n clé</numerusform>
            <numerusform>Afficher les %n clés</numerusform>
        </translation>
    </message>
    <message>
        <source>Revoking the keys under “%1”…</source>
        <translation>Révocation des clés figurant sous «&#xa0;%1&#xa0;»…</translation>
    </message>
    <message>
        <source>Deactivating the keys under “%1”…</source>
        <translation>Désactivation des clés figurant sous «&#xa0;%1&#xa0;»…</translation>
    </message>
    <message>
        <source>API key hygiene report</source>
        <translation>Rapport d&apos;hygiène des clés API</translation>
    </message>
    <message>
        <source>Report saved as %1.</source>
        <translation>Rapport enregistré sous %1.</translation>
    </message>
    <message>
        <source>Report Not Exported</source>
        <translation>Rapport non exporté</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>Impossible d&apos;écrire %1.</translation>
    </message>
    <message>
        <source>%1
Choose another folder, or check that the disk is not full.</source>
        <translation>%1
Choisissez un autre dossier, ou vérifiez que le disque n&apos;est pas plein.</translation>
    </message>
    <message>
        <source>Export Report as CSV</source>
        <translation>Exporter le rapport en CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Fichiers CSV (*.csv);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Export Report as HTML</source>
        <translation>Exporter le rapport en HTML</translation>
    </message>
    <message>
        <source>Web pages (*.html *.htm);;All files (*)</source>
        <translation>Pages web (*.html *.htm);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Export Report as PDF</source>
        <translation>Exporter le rapport en PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf);;All files (*)</source>
        <translation>Fichiers PDF (*.pdf);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Choose another folder, or check that the disk is not full.</source>
        <translation>Choisissez un autre dossier, ou vérifiez que le disque n&apos;est pas plein.</translation>
    </message>
    <message>
        <source>These are the keys under “%1”.</source>
        <translation>Voici les clés figurant sous «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>&amp;Unused for:</source>
        <translation>&amp;Inutilisées depuis :</translation>
    </message>
    <message>
        <source>Export H&amp;TML…</source>
        <translation>Exporter en H&amp;TML…</translation>
    </message>
    <message>
        <source>Export P&amp;DF…</source>
        <translation>Exporter en P&amp;DF…</translation>
    </message>
</context>
<context>
    <name>KeyBatch</name>
    <message>
        <source>Not sent: the batch was cancelled.</source>
        <translation>Non envoyée&#xa0;: le lot a été annulé.</translation>
    </message>
    <message>
        <source>Reading the key list to check failed too: %1</source>
        <translation>La lecture de la liste des clés pour vérification a également échoué&#xa0;: %1</translation>
    </message>
    <message>
        <source>The connection failed after the request was sent (%1); the key list read afterwards shows</source>
        <translation>La connexion a échoué après l&apos;envoi de la requête (%1)&#xa0;; la liste des clés lue ensuite montre</translation>
    </message>
    <message>
        <source>Revoked (checked). %1 that the key is gone.</source>
        <translation>Révoquée (vérifié). %1 que la clé n&apos;existe plus.</translation>
    </message>
    <message>
        <source>Deactivated (checked). %1 the key inactive.</source>
        <translation>Désactivée (vérifié). %1 la clé inactive.</translation>
    </message>
    <message>
        <source>Reactivated (checked). %1 the key active.</source>
        <translation>Réactivée (vérifié). %1 la clé active.</translation>
    </message>
    <message>
        <source>Not found (checked). %1 no key with this id.</source>
        <translation>Introuvable (vérifié). %1 qu&apos;aucune clé ne porte cet ID.</translation>
    </message>
    <message>
        <source>Not revoked (checked). %1 the key still there, after two tries. Check the network to the portal, then try again.</source>
        <translation>Non révoquée (vérifié). %1 que la clé est toujours là, après deux tentatives. Vérifiez le réseau jusqu&apos;au portail, puis réessayez.</translation>
    </message>
    <message>
        <source>Not changed (checked). %1 the key unchanged, after two tries. Check the network to the portal, then try again.</source>
        <translation>Non modifiée (vérifié). %1 la clé inchangée, après deux tentatives. Vérifiez le réseau jusqu&apos;au portail, puis réessayez.</translation>
    </message>
</context>
<context>
    <name>KeyChangeConfirmation</name>
    <message>
        <source>On %1.</source>
        <translation>Sur %1.</translation>
    </message>
    <message>
        <source>On %1, with the token of profile “%2”.</source>
        <translation>Sur %1, avec le jeton du profil «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>%1 (not in the list shown)</source>
        <translation>%1 (absente de la liste affichée)</translation>
    </message>
    <message>
        <source>(this token)</source>
        <translation>(ce jeton)</translation>
    </message>
    <message>
        <source>owner %1</source>
        <translation>propriétaire %1</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>«&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>“%1” (…%2)</source>
        <translation>«&#xa0;%1&#xa0;» (…%2)</translation>
    </message>
    <message>
        <source>Nothing was revoked.</source>
        <translation>Aucune clé n&apos;a été révoquée.</translation>
    </message>
    <message>
        <source>Nothing was deactivated.</source>
        <translation>Aucune clé n&apos;a été désactivée.</translation>
    </message>
    <message>
        <source>Nothing was reactivated.</source>
        <translation>Rien n&apos;a été réactivé.</translation>
    </message>
    <message>
        <source>Revoke API Keys</source>
        <translation>Révoquer des clés API</translation>
    </message>
    <message>
        <source>Revoked keys stop working at once; this cannot be undone. Any script or integration using them will fail. Deactivate them instead to be able to bring them back.</source>
        <translation>Les clés révoquées cessent immédiatement de fonctionner&#xa0;; cette action est irréversible. Tout script ou intégration qui les utilise échouera. Désactivez-les plutôt pour pouvoir les rétablir.</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Revoke %n Key(s)</source>
        <translation>
            <numerusform>&amp;Révoquer %n clé</numerusform>
            <numerusform>&amp;Révoquer %n clés</numerusform>
        </translation>
    </message>
    <message>
        <source>Deactivate API Keys</source>
        <translation>Désactiver des clés API</translation>
    </message>
    <message>
        <source>Anything using these keys stops working until they are reactivated.</source>
        <translation>Tout ce qui utilise ces clés cessera de fonctionner jusqu&apos;à leur réactivation.</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Deactivate %n Key(s)</source>
        <translation>
            <numerusform>&amp;Désactiver %n clé</numerusform>
            <numerusform>&amp;Désactiver %n clés</numerusform>
        </translation>
    </message>
    <message>
        <source>Reactivate API Keys</source>
        <translation>Réactiver des clés API</translation>
    </message>
    <message>
        <source>These keys work again at once: whoever holds their secret can use the portal with them again.</source>
        <translation>Ces clés fonctionnent de nouveau immédiatement&#xa0;: quiconque détient leur secret peut de nouveau utiliser le portail avec elles.</translation>
    </message>
    <message numerus="yes">
        <source>Re&amp;activate %n Key(s)</source>
        <translation>
            <numerusform>Ré&amp;activer %n clé</numerusform>
            <numerusform>Ré&amp;activer %n clés</numerusform>
        </translation>
    </message>
    <message>
        <source>Revoke the Key of This Window?</source>
        <translation>Révoquer la clé de cette fenêtre&#xa0;?</translation>
    </message>
    <message>
        <source>Deactivate the Key of This Window?</source>
        <translation>Désactiver la clé de cette fenêtre&#xa0;?</translation>
    </message>
    <message>
        <source>%1 is the token DocSpace Keys is signed in with on %2.</source>
        <translation>%1 est le jeton avec lequel DocSpace Keys est connecté à %2.</translation>
    </message>
    <message>
        <source>After it is revoked, DocSpace Keys loses access to the portal: it can no longer list or revoke keys until you enter another token. Revocation cannot be undone.</source>
        <translation>Une fois cette clé révoquée, DocSpace Keys perd l&apos;accès au portail&#xa0;: il ne peut plus lister ni révoquer de clés tant que vous n&apos;avez pas saisi un autre jeton. La révocation est irréversible.</translation>
    </message>
    <message>
        <source>While it is deactivated, DocSpace Keys loses access to the portal: it cannot list, revoke or even reactivate keys until you enter another token.</source>
        <translation>Tant que cette clé est désactivée, DocSpace Keys perd l&apos;accès au portail&#xa0;: il ne peut ni lister, ni révoquer, ni même réactiver de clés tant que vous n&apos;avez pas saisi un autre jeton.</translation>
    </message>
    <message>
        <source>Revoke It &amp;Too</source>
        <translation>La révoquer &amp;aussi</translation>
    </message>
    <message>
        <source>Deactivate It &amp;Too</source>
        <translation>La désactiver &amp;aussi</translation>
    </message>
    <message>
        <source>&amp;Skip My Key</source>
        <translation>&amp;Ignorer ma clé</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <comment>the first names of a list, then how many others</comment>
        <translation>
            <numerusform>%1 et %n autre</numerusform>
            <numerusform>%1 et %n autres</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Revoke %n API key(s): %1?</source>
        <translation>
            <numerusform>Révoquer %n clé API : %1 ?</numerusform>
            <numerusform>Révoquer %n clés API : %1 ?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deactivate %n API key(s): %1?</source>
        <translation>
            <numerusform>Désactiver %n clé API : %1 ?</numerusform>
            <numerusform>Désactiver %n clés API : %1 ?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reactivate %n API key(s): %1?</source>
        <translation>
            <numerusform>Réactiver %n clé API : %1 ?</numerusform>
            <numerusform>Réactiver %n clés API : %1 ?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>KeyCreateRequest</name>
    <message>
        <source>New secret key</source>
        <translation>Nouvelle clé secrète</translation>
    </message>
    <message>
        <source>Give the key a name.</source>
        <translation>Donnez un nom à la clé.</translation>
    </message>
    <message numerus="yes">
        <source>The name has %1 characters; the portal allows at most %n.</source>
        <translation>
            <numerusform>Le nom compte %1 caractères&#xa0;; le portail en autorise au plus %n.</numerusform>
            <numerusform>Le nom compte %1 caractères&#xa0;; le portail en autorise au plus %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The lifetime must be from 1 to %n day(s), or none.</source>
        <translation>
            <numerusform>La durée de vie doit être de 1 à %n jour, ou aucune.</numerusform>
            <numerusform>La durée de vie doit être de 1 à %n jours, ou aucune.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose at least one permission: a key restricted to nothing would get every permission.</source>
        <translation>Choisissez au moins une autorisation&#xa0;: une clé restreinte à rien obtiendrait toutes les autorisations.</translation>
    </message>
</context>
<context>
    <name>KeyEditRequest</name>
    <message>
        <source>Nothing to change: give a new name, new permissions, or both.</source>
        <translation>Rien à modifier&#xa0;: indiquez un nouveau nom, de nouvelles autorisations, ou les deux.</translation>
    </message>
    <message>
        <source>The name cannot be only spaces.</source>
        <translation>Le nom ne peut pas être composé uniquement d&apos;espaces.</translation>
    </message>
    <message numerus="yes">
        <source>The name has %1 characters; the portal allows at most %n.</source>
        <translation>
            <numerusform>Le nom compte %1 caractères&#xa0;; le portail en autorise au plus %n.</numerusform>
            <numerusform>Le nom compte %1 caractères&#xa0;; le portail en autorise au plus %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose at least one permission: an empty list would leave the key unchanged.</source>
        <translation>Choisissez au moins une autorisation&#xa0;: une liste vide laisserait la clé inchangée.</translation>
    </message>
</context>
<context>
    <name>KeyFormDialog</name>
    <message>
        <source>Create API Key</source>
        <translation>Créer une clé API</translation>
    </message>
    <message>
        <source>Edit API Key</source>
        <translation>Modifier la clé API</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>Permissions:</source>
        <translation>Autorisations&#xa0;:</translation>
    </message>
    <message>
        <source>The key may do everything its owner may: read and change files, rooms, profile and accounts.</source>
        <translation>La clé peut faire tout ce que son propriétaire peut faire&#xa0;: lire et modifier les fichiers, les salles, le profil et les comptes.</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>Lecture</translation>
    </message>
    <message>
        <source>Write</source>
        <translation>Écriture</translation>
    </message>
    <message>
        <source>%1: read</source>
        <translation>%1&#xa0;: lecture</translation>
    </message>
    <message>
        <source>%1: write</source>
        <translation>%1&#xa0;: écriture</translation>
    </message>
    <message>
        <source>The key may read everything its owner may, and change nothing (scope *:read).</source>
        <translation>La clé peut lire tout ce que son propriétaire peut lire, et ne rien modifier (étendue *:read).</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Toutes</translation>
    </message>
    <message>
        <source>Restricted</source>
        <translation>Restreintes</translation>
    </message>
    <message>
        <source>Read only</source>
        <translation>Lecture seule</translation>
    </message>
    <message>
        <source>&amp;Expires after</source>
        <translation>&amp;Expire après</translation>
    </message>
    <message>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Créer</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Give the key a name.</source>
        <translation>Donnez un nom à la clé.</translation>
    </message>
    <message>
        <source>Nothing changed yet.</source>
        <translation>Rien n&apos;a encore été modifié.</translation>
    </message>
</context>
<context>
    <name>KeyId</name>
    <message>
        <source>Enter the id of the key to revoke (a UUID such as 3f2b6c1e-8a4d-4e9b-9c71-2d5e8f0a1b23).</source>
        <translation>Saisissez l&apos;ID de la clé à révoquer (un UUID tel que 3f2b6c1e-8a4d-4e9b-9c71-2d5e8f0a1b23).</translation>
    </message>
    <message>
        <source>This looks like a key&apos;s secret, not its id. Enter the key&apos;s UUID.</source>
        <translation>Ceci ressemble au secret d&apos;une clé, pas à son ID. Saisissez l&apos;UUID de la clé.</translation>
    </message>
    <message>
        <source>A key id is a UUID of 32 hexadecimal digits in groups 8-4-4-4-12, for example 3f2b6c1e-8a4d-4e9b-9c71-2d5e8f0a1b23.</source>
        <translation>Un ID de clé est un UUID de 32 chiffres hexadécimaux en groupes 8-4-4-4-12, par exemple 3f2b6c1e-8a4d-4e9b-9c71-2d5e8f0a1b23.</translation>
    </message>
</context>
<context>
    <name>KeyIdList</name>
    <message>
        <source>No key id on this line.</source>
        <translation>Aucun ID de clé sur cette ligne.</translation>
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
        <translation>désactivée</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>expirée</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Toutes</translation>
    </message>
    <message>
        <source>Read only</source>
        <translation>Lecture seule</translation>
    </message>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source>%1 (this token)</source>
        <translation>%1 (ce jeton)</translation>
    </message>
    <message>
        <source>revoked</source>
        <translation>révoquée</translation>
    </message>
    <message>
        <source>%1
Id: %2
The token this window signs in with: revoking or deactivating it cuts DocSpace Keys off from the portal.</source>
        <translation>%1
ID&#xa0;: %2
Le jeton avec lequel cette fenêtre se connecte&#xa0;: le révoquer ou le désactiver coupe l&apos;accès de DocSpace Keys au portail.</translation>
    </message>
    <message>
        <source>%1
Id: %2</source>
        <translation>%1
ID&#xa0;: %2</translation>
    </message>
    <message>
        <source>Never used</source>
        <translation>Jamais utilisée</translation>
    </message>
    <message>
        <source>Never expires</source>
        <translation>N&apos;expire jamais</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Clé</translation>
    </message>
    <message>
        <source>Created by</source>
        <translation>Créée par</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Créée le</translation>
    </message>
    <message>
        <source>Last used</source>
        <translation>Dernière utilisation</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Expiration</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Permissions</source>
        <translation>Autorisations</translation>
    </message>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <translation>
            <numerusform>dans %n jour</numerusform>
            <numerusform>dans %n jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n hour(s)</source>
        <translation>
            <numerusform>dans %n heure</numerusform>
            <numerusform>dans %n heures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n minute(s)</source>
        <translation>
            <numerusform>dans %n minute</numerusform>
            <numerusform>dans %n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>expired %n day(s) ago</source>
        <translation>
            <numerusform>expirée depuis %n jour</numerusform>
            <numerusform>expirée depuis %n jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>expired %n hour(s) ago</source>
        <translation>
            <numerusform>expirée depuis %n heure</numerusform>
            <numerusform>expirée depuis %n heures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>expired %n minute(s) ago</source>
        <translation>
            <numerusform>expirée depuis %n minute</numerusform>
            <numerusform>expirée depuis %n minutes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>KeyPermissions</name>
    <message>
        <source>Files</source>
        <translation>Fichiers</translation>
    </message>
    <message>
        <source>Rooms</source>
        <translation>Salles</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Comptes</translation>
    </message>
    <message numerus="yes">
        <source>This portal does not offer the permission(s) %1 (it offers: %2).</source>
        <translation>
            <numerusform>Ce portail ne propose pas l&apos;autorisation %1 (il propose&#xa0;: %2).</numerusform>
            <numerusform>Ce portail ne propose pas les autorisations %1 (il propose&#xa0;: %2).</numerusform>
        </translation>
    </message>
    <message>
        <source>All</source>
        <translation>Toutes</translation>
    </message>
    <message>
        <source>Read only</source>
        <translation>Lecture seule</translation>
    </message>
    <message>
        <source>Restricted</source>
        <translation>Restreintes</translation>
    </message>
    <message>
        <source>All: every resource, read and write.</source>
        <translation>Toutes&#xa0;: chaque ressource, en lecture et en écriture.</translation>
    </message>
    <message>
        <source>Read only: every resource, read (scope *:read).</source>
        <translation>Lecture seule&#xa0;: chaque ressource, en lecture (étendue *:read).</translation>
    </message>
    <message>
        <source>%1: read</source>
        <translation>%1&#xa0;: lecture</translation>
    </message>
    <message>
        <source>%1: read and write</source>
        <translation>%1&#xa0;: lecture et écriture</translation>
    </message>
    <message>
        <source>every resource: read</source>
        <translation>chaque ressource&#xa0;: lecture</translation>
    </message>
    <message>
        <source>every resource: write</source>
        <translation>chaque ressource&#xa0;: écriture</translation>
    </message>
    <message>
        <source>Restricted: nothing chosen.</source>
        <translation>Restreintes&#xa0;: rien n&apos;est choisi.</translation>
    </message>
    <message>
        <source>Restricted: %1 (scopes %2).</source>
        <translation>Restreintes&#xa0;: %1 (étendues %2).</translation>
    </message>
    <message>
        <source>Invalid permission &quot;%1&quot;: give all, read-only, or a comma-separated list of files, rooms, profile or accounts, each with :read or :write (e.g. files:write,rooms:read).</source>
        <translation>Autorisation «&#xa0;%1&#xa0;» non valide&#xa0;: indiquez all, read-only, ou une liste séparée par des virgules de files, rooms, profile ou accounts, chacun avec&#xa0;:read ou&#xa0;:write (par ex. files:write,rooms:read).</translation>
    </message>
    <message>
        <source>No permission given: a key restricted to nothing would get every permission. Give all, read-only, or e.g. files:read.</source>
        <translation>Aucune autorisation indiquée&#xa0;: une clé restreinte à rien obtiendrait toutes les autorisations. Indiquez all, read-only, ou par ex. files:read.</translation>
    </message>
</context>
<context>
    <name>KeyUsage</name>
    <message>
        <source>Not used in the last N days, counted from the last use, or from the creation for a key never used: a key created less than N days ago is not unused yet.</source>
        <translation>Non utilisée au cours des N derniers jours, comptés depuis la dernière utilisation, ou depuis la création pour une clé jamais utilisée : une clé créée il y a moins de N jours n&apos;est pas encore inutilisée.</translation>
    </message>
    <message numerus="yes">
        <source>Not used in the last %n day(s)</source>
        <translation>
            <numerusform>Non utilisée depuis %n jour</numerusform>
            <numerusform>Non utilisée depuis %n jours</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>KeychainSecretStore</name>
    <message>
        <source>this build has no keychain support</source>
        <translation>cette version ne prend pas en charge le trousseau</translation>
    </message>
    <message>
        <source>memory only, until DocSpace Keys closes (no system keychain: %1)</source>
        <translation>en mémoire uniquement, jusqu&apos;à la fermeture de DocSpace Keys (aucun trousseau système&#xa0;: %1)</translation>
    </message>
    <message>
        <source>the system keychain</source>
        <translation>le trousseau du système</translation>
    </message>
    <message>
        <source>The keychain did not give the token: %1</source>
        <translation>Le trousseau n&apos;a pas fourni le jeton&#xa0;: %1</translation>
    </message>
    <message>
        <source>The keychain did not store the token: %1</source>
        <translation>Le trousseau n&apos;a pas enregistré le jeton&#xa0;: %1</translation>
    </message>
    <message>
        <source>The keychain did not delete the token: %1</source>
        <translation>Le trousseau n&apos;a pas supprimé le jeton&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>KeysView</name>
    <message>
        <source>Filter by name, creator, ending or id</source>
        <translation>Filtrer par nom, créateur, fin ou ID</translation>
    </message>
    <message>
        <source>Filter keys</source>
        <translation>Filtrer les clés</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Expirées</translation>
    </message>
    <message>
        <source>Only keys past their expiry date</source>
        <translation>Uniquement les clés dont la date d&apos;expiration est passée</translation>
    </message>
    <message>
        <source>Deactivated</source>
        <translation>Désactivées</translation>
    </message>
    <message>
        <source>Only deactivated keys</source>
        <translation>Uniquement les clés désactivées</translation>
    </message>
    <message>
        <source>Never used</source>
        <translation>Jamais utilisées</translation>
    </message>
    <message>
        <source>Only keys never used</source>
        <translation>Uniquement les clés jamais utilisées</translation>
    </message>
    <message>
        <source>Unused for</source>
        <translation>Inutilisées depuis</translation>
    </message>
    <message>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <source>Days unused</source>
        <translation>Jours d&apos;inutilisation</translation>
    </message>
    <message>
        <source>Created by me</source>
        <translation>Créées par moi</translation>
    </message>
    <message>
        <source>Only keys created by the user the token signs in as</source>
        <translation>Uniquement les clés créées par l&apos;utilisateur sous l&apos;identité duquel le jeton se connecte</translation>
    </message>
    <message>
        <source>Read the portal&apos;s keys again (F5); nothing is changed</source>
        <translation>Relire les clés du portail (F5)&#xa0;; rien n&apos;est modifié</translation>
    </message>
    <message>
        <source>API keys</source>
        <translation>Clés API</translation>
    </message>
    <message>
        <source>Re&amp;voke Selected…</source>
        <translation>Révoquer la &amp;sélection…</translation>
    </message>
    <message>
        <source>Revoke the selected keys after a confirmation (Delete)</source>
        <translation>Révoquer les clés sélectionnées après confirmation (Suppr)</translation>
    </message>
    <message>
        <source>&amp;Deactivate</source>
        <translation>&amp;Désactiver</translation>
    </message>
    <message>
        <source>Stop the selected keys from working, reversibly: Reactivate brings them back</source>
        <translation>Empêcher les clés sélectionnées de fonctionner, de façon réversible&#xa0;: Réactiver les rétablit</translation>
    </message>
    <message>
        <source>Reactiv&amp;ate</source>
        <translation>Réac&amp;tiver</translation>
    </message>
    <message>
        <source>Let the selected deactivated keys work again</source>
        <translation>Permettre aux clés désactivées sélectionnées de fonctionner à nouveau</translation>
    </message>
    <message>
        <source>Paste a list of key ids (or a CSV export) and revoke them</source>
        <translation>Coller une liste d&apos;ID de clés (ou un export CSV) et les révoquer</translation>
    </message>
    <message>
        <source>&amp;Copy Id</source>
        <translation>&amp;Copier l&apos;ID</translation>
    </message>
    <message>
        <source>Re&amp;voke…</source>
        <translation>Ré&amp;voquer…</translation>
    </message>
    <message>
        <source>Enter the portal address and an access token first.</source>
        <translation>Saisissez d&apos;abord l&apos;adresse du portail et un jeton d&apos;accès.</translation>
    </message>
    <message>
        <source>Loading keys from %1…</source>
        <translation>Chargement des clés depuis %1…</translation>
    </message>
    <message>
        <source>Read %1 keys from %2.</source>
        <translation>%1 clés lues depuis %2.</translation>
    </message>
    <message>
        <source>Press Refresh (F5) to list the portal&apos;s keys.</source>
        <translation>Appuyez sur Actualiser (F5) pour lister les clés du portail.</translation>
    </message>
    <message>
        <source>%1 of %2 keys</source>
        <translation>%1 clés sur %2</translation>
    </message>
    <message>
        <source>Known once the keys are read or the connection is tested</source>
        <translation>Disponible une fois les clés lues ou la connexion testée</translation>
    </message>
    <message>
        <source>Cancelling: requests already sent finish, nothing more is sent.</source>
        <translation>Annulation&#xa0;: les requêtes déjà envoyées se terminent, plus rien n&apos;est envoyé.</translation>
    </message>
    <message>
        <source>%1 (%2 s)</source>
        <translation>%1 (%2 s)</translation>
    </message>
    <message>
        <source>The keys could not be read: %1. %2</source>
        <translation>Les clés n&apos;ont pas pu être lues&#xa0;: %1. %2</translation>
    </message>
    <message>
        <source>Keys of %1:</source>
        <translation>Clés de %1&#xa0;:</translation>
    </message>
    <message>
        <source>Keys of %1 (profile “%2”):</source>
        <translation>Clés de %1 (profil «&#xa0;%2&#xa0;»)&#xa0;:</translation>
    </message>
    <message>
        <source>The list shown was read from another portal or with another token. Press Refresh to read the keys of this one.</source>
        <translation>La liste affichée a été lue depuis un autre portail ou avec un autre jeton. Cliquez sur Actualiser pour lire les clés de celui-ci.</translation>
    </message>
    <message numerus="yes">
        <source>%n key(s)</source>
        <translation>
            <numerusform>%n clé</numerusform>
            <numerusform>%n clés</numerusform>
        </translation>
    </message>
    <message>
        <source>Deact&amp;ivate</source>
        <translation>D&amp;ésactiver</translation>
    </message>
    <message>
        <source>Revoke &amp;by Paste…</source>
        <translation>Révo&amp;quer par collage…</translation>
    </message>
    <message numerus="yes">
        <source>Copied %n key id(s): %1.</source>
        <translation>
            <numerusform>%n ID de clé copié : %1.</numerusform>
            <numerusform>%n ID de clés copiés : %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>Act&amp;ualiser</translation>
    </message>
    <message>
        <source>Re&amp;activate</source>
        <translation>Réacti&amp;ver</translation>
    </message>
</context>
<context>
    <name>LeakedSecretDialog</name>
    <message>
        <source>&amp;Find Keys</source>
        <translation>Re&amp;chercher les clés</translation>
    </message>
    <message>
        <source>&amp;Revoke Selected…</source>
        <translation>&amp;Révoquer la sélection…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Revoke Leaked Secret</source>
        <translation>Révoquer un secret divulgué</translation>
    </message>
    <message>
        <source>Paste a leaked secret (sk-…), or any text that holds some: a log, a diff, a chat export. Only the secrets are taken out of it; they stay in this window&apos;s memory until it closes. Each is looked up on the portal, and revoked with your own token once you have chosen it.</source>
        <translation>Collez un secret divulgué (sk-…), ou tout texte qui en contient&#xa0;: un journal, un diff, un export de discussion. Seuls les secrets en sont extraits&#xa0;; ils restent dans la mémoire de cette fenêtre jusqu&apos;à sa fermeture. Chacun est recherché sur le portail, puis révoqué avec votre propre jeton une fois que vous l&apos;avez choisi.</translation>
    </message>
    <message>
        <source>sk-… or a whole block of text</source>
        <translation>sk-… ou un bloc de texte entier</translation>
    </message>
    <message>
        <source>Text holding the leaked secrets</source>
        <translation>Texte contenant les secrets divulgués</translation>
    </message>
    <message>
        <source>No API-key secret found. A DocSpace secret is sk- followed by 64 lower-case hexadecimal digits on one line; check that the paste is complete.</source>
        <translation>Aucun secret de clé API trouvé. Un secret DocSpace se compose de sk- suivi de 64 chiffres hexadécimaux en minuscules sur une seule ligne&#xa0;; vérifiez que le texte collé est complet.</translation>
    </message>
    <message numerus="yes">
        <source>Found %n secret(s). The pasted text was cleared from this window.</source>
        <translation>
            <numerusform>%n secret trouvé. Le texte collé a été effacé de cette fenêtre.</numerusform>
            <numerusform>%n secrets trouvés. Le texte collé a été effacé de cette fenêtre.</numerusform>
        </translation>
    </message>
    <message>
        <source>Asking the portal which key this is…</source>
        <translation>Interrogation du portail pour identifier cette clé…</translation>
    </message>
    <message>
        <source>active</source>
        <translation>active</translation>
    </message>
    <message>
        <source>deactivated</source>
        <translation>désactivée</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>expirée</translation>
    </message>
    <message>
        <source>“%1”, owner %2, ending %3, %4</source>
        <translation>«&#xa0;%1&#xa0;», propriétaire %2, se terminant par %3, %4</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>Key:</source>
        <translation>Clé&#xa0;:</translation>
    </message>
    <message>
        <source>Owner:</source>
        <translation>Propriétaire&#xa0;:</translation>
    </message>
    <message>
        <source>Scopes:</source>
        <translation>Étendues&#xa0;:</translation>
    </message>
    <message>
        <source>all (unrestricted)</source>
        <translation>toutes (sans restriction)</translation>
    </message>
    <message>
        <source>Expires:</source>
        <translation>Expiration&#xa0;:</translation>
    </message>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source>Ending:</source>
        <translation>Fin&#xa0;:</translation>
    </message>
    <message>
        <source>Id:</source>
        <translation>ID&#xa0;:</translation>
    </message>
    <message>
        <source>Revoke this key</source>
        <translation>Révoquer cette clé</translation>
    </message>
    <message>
        <source>Revoke %1</source>
        <translation>Révoquer %1</translation>
    </message>
    <message>
        <source>Identified by the portal: this secret belongs to this key.</source>
        <translation>Identifiée par le portail&#xa0;: ce secret appartient à cette clé.</translation>
    </message>
    <message>
        <source>No longer works.</source>
        <translation>Ne fonctionne plus.</translation>
    </message>
    <message>
        <source>Not identified.</source>
        <translation>Non identifié.</translation>
    </message>
    <message>
        <source>None of the keys you can see ends in %1: nothing to revoke.</source>
        <translation>Aucune des clés que vous pouvez voir ne se termine par %1&#xa0;: rien à révoquer.</translation>
    </message>
    <message>
        <source>Your keys ending in %1. The ending alone does not prove which key leaked: tick one only if you know it is the one.</source>
        <translation>Vos clés se terminant par %1. La fin seule ne prouve pas quelle clé a été divulguée&#xa0;: n&apos;en cochez une que si vous savez que c&apos;est la bonne.</translation>
    </message>
    <message>
        <source>They are revoked with your own token, not with the leaked secret.</source>
        <translation>Elles sont révoquées avec votre propre jeton, et non avec le secret divulgué.</translation>
    </message>
    <message>
        <source>They are revoked with the token of profile “%1”, not with the leaked secret.</source>
        <translation>Elles sont révoquées avec le jeton du profil «&#xa0;%1&#xa0;», et non avec le secret divulgué.</translation>
    </message>
    <message>
        <source>Revoked: %1.</source>
        <translation>Révoquées&#xa0;: %1.</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Revoke %n Key(s)…</source>
        <translation>
            <numerusform>&amp;Révoquer %n clé…</numerusform>
            <numerusform>&amp;Révoquer %n clés…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LifecycleActions</name>
    <message>
        <source>&amp;Keys</source>
        <translation>&amp;Clés</translation>
    </message>
    <message>
        <source>&amp;Create Key…</source>
        <translation>&amp;Créer une clé…</translation>
    </message>
    <message>
        <source>&amp;Edit Selected Key…</source>
        <translation>&amp;Modifier la clé sélectionnée…</translation>
    </message>
    <message>
        <source>&amp;Rotate Selected Keys…</source>
        <translation>&amp;Renouveler les clés sélectionnées…</translation>
    </message>
    <message>
        <source>Retire Selected Keys in &amp;Stages…</source>
        <translation>Retirer les clés &amp;sélectionnées par étapes…</translation>
    </message>
    <message>
        <source>Retirement &amp;Plan</source>
        <translation>&amp;Plan de retrait</translation>
    </message>
    <message>
        <source>Keys of &amp;All Portals</source>
        <translation>Clés de &amp;tous les portails</translation>
    </message>
    <message>
        <source>Create API Key</source>
        <translation>Créer une clé API</translation>
    </message>
    <message>
        <source>Choose a profile or enter the portal address and token first.</source>
        <translation>Choisissez d&apos;abord un profil ou saisissez l&apos;adresse du portail et le jeton.</translation>
    </message>
    <message>
        <source>Creating “%1”…</source>
        <translation>Création de «&#xa0;%1&#xa0;»…</translation>
    </message>
    <message>
        <source>Key Not Created</source>
        <translation>Clé non créée</translation>
    </message>
    <message>
        <source>The portal said: %1</source>
        <translation>Message du portail&#xa0;: %1</translation>
    </message>
    <message>
        <source>Created “%1” (…%2).</source>
        <translation>«&#xa0;%1&#xa0;» (…%2) créée.</translation>
    </message>
    <message>
        <source>Edit API Key</source>
        <translation>Modifier la clé API</translation>
    </message>
    <message>
        <source>Select one key in the list to edit it.</source>
        <translation>Sélectionnez une clé dans la liste pour la modifier.</translation>
    </message>
    <message>
        <source>Restrict Your Own Key?</source>
        <translation>Restreindre votre propre clé&#xa0;?</translation>
    </message>
    <message>
        <source>Without *:write it can no longer change or revoke keys, and this window loses that too.</source>
        <translation>Sans *:write, elle ne peut plus modifier ni révoquer de clés, et cette fenêtre perd aussi cette possibilité.</translation>
    </message>
    <message>
        <source>Restrict It &amp;Anyway</source>
        <translation>La restreindre &amp;quand même</translation>
    </message>
    <message>
        <source>“%1”: %2</source>
        <translation>«&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>Key Not Changed</source>
        <translation>Clé non modifiée</translation>
    </message>
    <message>
        <source>Rotate Keys</source>
        <translation>Renouveler des clés</translation>
    </message>
    <message>
        <source>Select the keys to rotate in the list.</source>
        <translation>Sélectionnez dans la liste les clés à renouveler.</translation>
    </message>
    <message numerus="yes">
        <source>Create a replacement for %n key(s)?</source>
        <translation>
            <numerusform>Créer une remplaçante pour %n clé&#xa0;?</numerusform>
            <numerusform>Créer des remplaçantes pour %n clés&#xa0;?</numerusform>
        </translation>
    </message>
    <message>
        <source>%1

Each replacement gets the same name with “ (rotated)”, the same permissions and the same lifetime. The old keys keep working until you confirm their revocation after the new secrets are shown.</source>
        <translation>%1

Chaque remplaçante reçoit le même nom suivi de «&#xa0;(rotated)&#xa0;», les mêmes autorisations et la même durée de vie. Les anciennes clés continuent de fonctionner jusqu&apos;à ce que vous confirmiez leur révocation, une fois les nouveaux secrets affichés.</translation>
    </message>
    <message>
        <source>&amp;Create Replacements</source>
        <translation>&amp;Créer les remplaçantes</translation>
    </message>
    <message numerus="yes">
        <source>Creating %n replacement(s)…</source>
        <translation>
            <numerusform>Création de %n remplaçante…</numerusform>
            <numerusform>Création de %n remplaçantes…</numerusform>
        </translation>
    </message>
    <message>
        <source>Rotation Stopped</source>
        <translation>Renouvellement interrompu</translation>
    </message>
    <message>
        <source>A replacement could not be created, so no old key was revoked.</source>
        <translation>Une remplaçante n&apos;a pas pu être créée&#xa0;: aucune ancienne clé n&apos;a donc été révoquée.</translation>
    </message>
    <message numerus="yes">
        <source>%n replacement(s) created; the old keys still work until you confirm their revocation.</source>
        <translation>
            <numerusform>%n remplaçante créée&#xa0;; l&apos;ancienne clé fonctionne jusqu&apos;à ce que vous confirmiez sa révocation.</numerusform>
            <numerusform>%n remplaçantes créées&#xa0;; les anciennes clés fonctionnent jusqu&apos;à ce que vous confirmiez leur révocation.</numerusform>
        </translation>
    </message>
    <message>
        <source>Rotation stopped: a replacement could not be created.</source>
        <translation>Renouvellement interrompu&#xa0;: une remplaçante n&apos;a pas pu être créée.</translation>
    </message>
    <message>
        <source>Old keys not revoked: they and their replacements all work.</source>
        <translation>Anciennes clés non révoquées&#xa0;: elles et leurs remplaçantes fonctionnent toutes.</translation>
    </message>
    <message numerus="yes">
        <source>Rotated %n key(s): the old ones are revoked.</source>
        <translation>
            <numerusform>%n clé renouvelée&#xa0;: l&apos;ancienne est révoquée.</numerusform>
            <numerusform>%n clés renouvelées&#xa0;: les anciennes sont révoquées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Old Keys Still Work</source>
        <translation>Les anciennes clés fonctionnent encore</translation>
    </message>
    <message numerus="yes">
        <source>%n old key(s) could not be revoked and still work:</source>
        <translation>
            <numerusform>%n ancienne clé n&apos;a pas pu être révoquée et fonctionne encore&#xa0;:</numerusform>
            <numerusform>%n anciennes clés n&apos;ont pas pu être révoquées et fonctionnent encore&#xa0;:</numerusform>
        </translation>
    </message>
    <message>
        <source>Retire Keys</source>
        <translation>Retirer des clés</translation>
    </message>
    <message>
        <source>Select the keys to retire in the list.</source>
        <translation>Sélectionnez dans la liste les clés à retirer.</translation>
    </message>
    <message>
        <source>Retire Keys in Stages</source>
        <translation>Retirer des clés par étapes</translation>
    </message>
    <message numerus="yes">
        <source>%n key(s) are deactivated now and revoked after this many days, unless someone reactivates them meanwhile:</source>
        <translation>
            <numerusform>%n clé est désactivée maintenant et révoquée après ce nombre de jours, sauf si quelqu&apos;un la réactive entre-temps&#xa0;:</numerusform>
            <numerusform>%n clés sont désactivées maintenant et révoquées après ce nombre de jours, sauf si quelqu&apos;un les réactive entre-temps&#xa0;:</numerusform>
        </translation>
    </message>
    <message>
        <source>Plan Not Saved</source>
        <translation>Plan non enregistré</translation>
    </message>
    <message>
        <source>The keys were deactivated, but the plan could not be saved.</source>
        <translation>Les clés ont été désactivées, mais le plan n&apos;a pas pu être enregistré.</translation>
    </message>
    <message>
        <source>Some Keys Not Retired</source>
        <translation>Certaines clés non retirées</translation>
    </message>
    <message numerus="yes">
        <source>%n key(s) could not be deactivated and are not in the plan; the status panel and History say why.</source>
        <translation>
            <numerusform>%n clé n&apos;a pas pu être désactivée et ne figure pas dans le plan&#xa0;; le panneau d&apos;état et l&apos;Historique en indiquent la raison.</numerusform>
            <numerusform>%n clés n&apos;ont pas pu être désactivées et ne figurent pas dans le plan&#xa0;; le panneau d&apos;état et l&apos;Historique en indiquent la raison.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n key(s) deactivated; see Keys ▸ Retirement Plan.</source>
        <translation>
            <numerusform>%n clé désactivée&#xa0;; voir Clés ▸ Plan de retrait.</numerusform>
            <numerusform>%n clés désactivées&#xa0;; voir Clés ▸ Plan de retrait.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Retirement plan: %n due key(s) handled.</source>
        <translation>
            <numerusform>Plan de retrait&#xa0;: %n clé échue traitée.</numerusform>
            <numerusform>Plan de retrait&#xa0;: %n clés échues traitées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Every replacement was created; these are the old keys. Until they are revoked, the old keys and their replacements all work.</source>
        <translation>Toutes les remplaçantes ont été créées ; voici les anciennes clés. Tant qu&apos;elles ne sont pas révoquées, les anciennes clés et leurs remplaçantes fonctionnent toutes.</translation>
    </message>
    <message>
        <source>Kept as you chose, beside its replacement: %1. Switch the profile to the replacement before revoking it.</source>
        <translation>Conservée selon votre choix, à côté de sa remplaçante : %1. Basculez le profil sur la remplaçante avant de la révoquer.</translation>
    </message>
    <message numerus="yes">
        <source>%n revoked</source>
        <translation>
            <numerusform>%n révoquée</numerusform>
            <numerusform>%n révoquées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n left alone (active again)</source>
        <translation>
            <numerusform>%n laissée telle quelle (de nouveau active)</numerusform>
            <numerusform>%n laissées telles quelles (de nouveau actives)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already gone</source>
        <translation>
            <numerusform>%n déjà disparue</numerusform>
            <numerusform>%n déjà disparues</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n still pending (not revoked; tried again next time)</source>
        <translation>
            <numerusform>%n toujours en attente (non révoquée ; nouvelle tentative la prochaine fois)</numerusform>
            <numerusform>%n toujours en attente (non révoquées ; nouvelle tentative la prochaine fois)</numerusform>
        </translation>
    </message>
    <message>
        <source>nothing was due</source>
        <translation>rien n&apos;était échu</translation>
    </message>
    <message>
        <source>%1 (profile “%2”)</source>
        <translation>%1 (profil « %2 »)</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n key(s)</source>
        <translation>
            <numerusform>%1 : %n clé</numerusform>
            <numerusform>%1 : %n clés</numerusform>
        </translation>
    </message>
    <message>
        <source>Retirement Plan: Other Portals</source>
        <translation>Plan de retrait : autres portails</translation>
    </message>
    <message numerus="yes">
        <source>%n planned revocation(s) are due on portals other than this one.</source>
        <translation>
            <numerusform>%n révocation planifiée est échue sur des portails autres que celui-ci.</numerusform>
            <numerusform>%n révocations planifiées sont échues sur des portails autres que celui-ci.</numerusform>
        </translation>
    </message>
    <message>
        <source>Each is revoked with its saved profile&apos;s token, unless it was reactivated meanwhile (then it is left alone). This cannot be undone.</source>
        <translation>Chacune est révoquée avec le jeton de son profil enregistré, sauf si elle a été réactivée entre-temps (elle est alors laissée telle quelle). Cette action est irréversible.</translation>
    </message>
    <message>
        <source>&amp;Carry Out on All Portals</source>
        <translation>&amp;Exécuter sur tous les portails</translation>
    </message>
    <message>
        <source>Retirement plan: the other portals&apos; due keys wait for the next time.</source>
        <translation>Plan de retrait : les clés échues des autres portails attendent la prochaine fois.</translation>
    </message>
    <message>
        <source>Retirement Plan Carried Out</source>
        <translation>Plan de retrait exécuté</translation>
    </message>
    <message>
        <source>What was due on the other portals:</source>
        <translation>Ce qui était échu sur les autres portails :</translation>
    </message>
    <message>
        <source>%1: not carried out: no saved profile for this portal; open it in the window or run “docspace-keys-cli retire --due --portal %2”.</source>
        <translation>%1 : non exécuté : aucun profil enregistré pour ce portail ; ouvrez-le dans la fenêtre ou exécutez « docspace-keys-cli retire --due --portal %2 ».</translation>
    </message>
    <message>
        <source>%1: not carried out: no saved token (%2).</source>
        <translation>%1 : non exécuté : aucun jeton enregistré (%2).</translation>
    </message>
    <message>
        <source>%1: not carried out: %2</source>
        <translation>%1 : non exécuté : %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message numerus="yes">
        <source>They are revoked after %n day(s) unless someone reactivates them meanwhile (Keys ▸ Retirement Plan).</source>
        <translation>
            <numerusform>Elles sont révoquées après %n jour, sauf si quelqu&apos;un les réactive entre-temps (Clés ▸ Plan de retrait).</numerusform>
            <numerusform>Elles sont révoquées après %n jours, sauf si quelqu&apos;un les réactive entre-temps (Clés ▸ Plan de retrait).</numerusform>
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
        <translation>Problème de paramètres</translation>
    </message>
    <message>
        <source>Keychain unavailable</source>
        <translation>Trousseau indisponible</translation>
    </message>
    <message>
        <source>Revoke API keys of an ONLYOFFICE DocSpace portal: by id, or pick them from the portal&apos;s list. A revoked key stops working at once; this cannot be undone.</source>
        <translation>Révoquez les clés API d&apos;un portail ONLYOFFICE DocSpace&#xa0;: par ID, ou en les choisissant dans la liste du portail. Une clé révoquée cesse immédiatement de fonctionner&#xa0;; cette action est irréversible.</translation>
    </message>
    <message>
        <source>Saved portals: choosing one fills in its address, scheme and token</source>
        <translation>Portails enregistrés&#xa0;: en choisir un remplit son adresse, son mode d&apos;authentification et son jeton</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>The saved portal to use. Choosing one fills in its address, authentication scheme and token.</source>
        <translation>Le portail enregistré à utiliser. En choisir un remplit son adresse, son mode d&apos;authentification et son jeton.</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Nouveau…</translation>
    </message>
    <message>
        <source>Save a portal as a new profile</source>
        <translation>Enregistrer un portail comme nouveau profil</translation>
    </message>
    <message>
        <source>New profile</source>
        <translation>Nouveau profil</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>Edit every setting of this profile</source>
        <translation>Modifier tous les paramètres de ce profil</translation>
    </message>
    <message>
        <source>Edit profile</source>
        <translation>Modifier le profil</translation>
    </message>
    <message>
        <source>&amp;More</source>
        <translation>P&amp;lus</translation>
    </message>
    <message>
        <source>Duplicate, rename or delete this profile</source>
        <translation>Dupliquer, renommer ou supprimer ce profil</translation>
    </message>
    <message>
        <source>More profile actions</source>
        <translation>Autres actions sur le profil</translation>
    </message>
    <message>
        <source>&amp;Save to Profile</source>
        <translation>Enre&amp;gistrer dans le profil</translation>
    </message>
    <message>
        <source>Save the portal address, scheme and token into this profile (Ctrl+S)</source>
        <translation>Enregistrer l&apos;adresse du portail, le mode d&apos;authentification et le jeton dans ce profil (Ctrl+S)</translation>
    </message>
    <message>
        <source>Go back to the profile&apos;s saved address, scheme and token</source>
        <translation>Revenir à l&apos;adresse, au mode d&apos;authentification et au jeton enregistrés dans le profil</translation>
    </message>
    <message>
        <source>https://portal.example.com</source>
        <translation>https://portal.example.com</translation>
    </message>
    <message>
        <source>The address of your DocSpace portal, as you open it in a browser</source>
        <translation>L&apos;adresse de votre portail DocSpace, telle que vous l&apos;ouvrez dans un navigateur</translation>
    </message>
    <message>
        <source>Portal address</source>
        <translation>Adresse du portail</translation>
    </message>
    <message>
        <source>The address of the DocSpace portal, for example https://portal.example.com</source>
        <translation>L&apos;adresse du portail DocSpace, par exemple https://portal.example.com</translation>
    </message>
    <message>
        <source>Portal address problem</source>
        <translation>Problème d&apos;adresse du portail</translation>
    </message>
    <message>
        <source>Allow unencrypted HTTP</source>
        <translation>Autoriser le HTTP non chiffré</translation>
    </message>
    <message>
        <source>The portal address uses plain HTTP to another machine. Anyone on the network path can read the access token. Tick only if you accept that risk.</source>
        <translation>L&apos;adresse du portail utilise le HTTP simple vers une autre machine. Toute personne sur le chemin réseau peut lire le jeton d&apos;accès. Ne cochez cette case que si vous acceptez ce risque.</translation>
    </message>
    <message>
        <source>sk-… API key with the *:write scope, or a session token</source>
        <translation>Clé API sk-… avec l&apos;étendue *:write, ou jeton de session</translation>
    </message>
    <message>
        <source>Saved only in the system keychain, with its profile; never in a file, never logged</source>
        <translation>Enregistré uniquement dans le trousseau du système, avec son profil&#xa0;; jamais dans un fichier, jamais journalisé</translation>
    </message>
    <message>
        <source>Access token</source>
        <translation>Jeton d&apos;accès</translation>
    </message>
    <message>
        <source>An API key with write access to keys, or a session token of an administrator. It is never written to a file.</source>
        <translation>Une clé API disposant d&apos;un accès en écriture aux clés, ou le jeton de session d&apos;un administrateur. Il n&apos;est jamais écrit dans un fichier.</translation>
    </message>
    <message>
        <source>Access token problem</source>
        <translation>Problème de jeton d&apos;accès</translation>
    </message>
    <message>
        <source>Auto sends tokens starting with sk- as API keys and anything else as a session token</source>
        <translation>Auto envoie les jetons commençant par sk- comme clés API et tout autre jeton comme jeton de session</translation>
    </message>
    <message>
        <source>Authentication scheme</source>
        <translation>Mode d&apos;authentification</translation>
    </message>
    <message>
        <source>How the token is sent to the portal. Auto decides from the token.</source>
        <translation>La façon dont le jeton est envoyé au portail. Auto choisit en fonction du jeton.</translation>
    </message>
    <message>
        <source>Auto</source>
        <translation>Auto</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>Clé API</translation>
    </message>
    <message>
        <source>Session token</source>
        <translation>Jeton de session</translation>
    </message>
    <message>
        <source>e.g. 3f2504e0-4f89-11d3-9a0c-0305e82c3301</source>
        <translation>ex. 3f2504e0-4f89-11d3-9a0c-0305e82c3301</translation>
    </message>
    <message>
        <source>The id (a UUID) of the API key to revoke, as listed under Developer Tools ▸ API keys</source>
        <translation>L&apos;ID (un UUID) de la clé API à révoquer, tel qu&apos;il figure dans Outils de développement ▸ Clés API</translation>
    </message>
    <message>
        <source>Key id</source>
        <translation>ID de clé</translation>
    </message>
    <message>
        <source>The id of the API key to revoke, a UUID</source>
        <translation>L&apos;ID de la clé API à révoquer, un UUID</translation>
    </message>
    <message>
        <source>Key id problem</source>
        <translation>Problème d&apos;ID de clé</translation>
    </message>
    <message>
        <source>Request in progress</source>
        <translation>Requête en cours</translation>
    </message>
    <message>
        <source>&amp;Test Connection</source>
        <translation>&amp;Tester la connexion</translation>
    </message>
    <message>
        <source>Sign in with this token and show who it is and what it may do; nothing is changed</source>
        <translation>Se connecter avec ce jeton et afficher à qui il appartient et ce qu&apos;il permet&#xa0;; rien n&apos;est modifié</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Tester la connexion</translation>
    </message>
    <message>
        <source>Signs in to the portal with the token and reports the user, role and key, without changing anything</source>
        <translation>Se connecte au portail avec le jeton et indique l&apos;utilisateur, son rôle et la clé, sans rien modifier</translation>
    </message>
    <message>
        <source>Revoke the key (Ctrl+Return)</source>
        <translation>Révoquer la clé (Ctrl+Entrée)</translation>
    </message>
    <message>
        <source>Revoke key</source>
        <translation>Révoquer la clé</translation>
    </message>
    <message>
        <source>Asks for confirmation, then revokes the API key on the portal</source>
        <translation>Demande confirmation, puis révoque la clé API sur le portail</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Stop the request in progress (Esc)</source>
        <translation>Arrêter la requête en cours (Échap)</translation>
    </message>
    <message>
        <source>Cancel request</source>
        <translation>Annuler la requête</translation>
    </message>
    <message>
        <source>Stops the request in progress</source>
        <translation>Arrête la requête en cours</translation>
    </message>
    <message>
        <source>Connection test result</source>
        <translation>Résultat du test de connexion</translation>
    </message>
    <message>
        <source>Portal keys</source>
        <translation>Clés du portail</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Résultats</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Profile</source>
        <translation>&amp;Profil</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>&amp;Import Profiles…</source>
        <translation>&amp;Importer des profils…</translation>
    </message>
    <message>
        <source>Add the profiles of a JSON file shared by a colleague</source>
        <translation>Ajouter les profils d&apos;un fichier JSON partagé par un collègue</translation>
    </message>
    <message>
        <source>&amp;Export Profiles…</source>
        <translation>&amp;Exporter les profils…</translation>
    </message>
    <message>
        <source>Save the profiles as JSON to share them; tokens are never exported</source>
        <translation>Enregistrer les profils au format JSON pour les partager&#xa0;; les jetons ne sont jamais exportés</translation>
    </message>
    <message>
        <source>&amp;New Profile…</source>
        <translation>&amp;Nouveau profil…</translation>
    </message>
    <message>
        <source>&amp;Edit Profile…</source>
        <translation>&amp;Modifier le profil…</translation>
    </message>
    <message>
        <source>&amp;Duplicate Profile</source>
        <translation>&amp;Dupliquer le profil</translation>
    </message>
    <message>
        <source>&amp;Rename Profile…</source>
        <translation>&amp;Renommer le profil…</translation>
    </message>
    <message>
        <source>De&amp;lete Profile…</source>
        <translation>&amp;Supprimer le profil…</translation>
    </message>
    <message>
        <source>&amp;Save Changes to Profile</source>
        <translation>&amp;Enregistrer les modifications dans le profil</translation>
    </message>
    <message>
        <source>Re&amp;vert Changes</source>
        <translation>Réta&amp;blir les modifications</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;About DocSpace Keys</source>
        <translation>À &amp;propos de DocSpace Keys</translation>
    </message>
    <message>
        <source>Tokens starting with sk- are sent as API keys, anything else as a session token</source>
        <translation>Les jetons commençant par sk- sont envoyés comme clés API, tout autre jeton comme jeton de session</translation>
    </message>
    <message>
        <source>Sent as it is, like the token from signing in to the portal</source>
        <translation>Envoyé tel quel, comme le jeton obtenu en se connectant au portail</translation>
    </message>
    <message>
        <source>Cannot Connect</source>
        <translation>Connexion impossible</translation>
    </message>
    <message>
        <source>The profile&apos;s connection settings cannot be used.</source>
        <translation>Les paramètres de connexion du profil ne sont pas utilisables.</translation>
    </message>
    <message>
        <source>Testing the connection to %1…</source>
        <translation>Test de la connexion à %1…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
    <message>
        <source>Saving the token…</source>
        <translation>Enregistrement du jeton…</translation>
    </message>
    <message>
        <source>Enter the access token: an API key with the *:write scope (sk-…) or a session token of an administrator.</source>
        <translation>Saisissez le jeton d&apos;accès&#xa0;: une clé API avec l&apos;étendue *:write (sk-…) ou le jeton de session d&apos;un administrateur.</translation>
    </message>
    <message>
        <source>This token will be sent as an API key.</source>
        <translation>Ce jeton sera envoyé comme clé API.</translation>
    </message>
    <message>
        <source>This token will be sent as a session token.</source>
        <translation>Ce jeton sera envoyé comme jeton de session.</translation>
    </message>
    <message>
        <source>Enter the portal address above to list its keys.</source>
        <translation>Saisissez l&apos;adresse du portail ci-dessus pour lister ses clés.</translation>
    </message>
    <message>
        <source>Enter an access token above to list the portal&apos;s keys.</source>
        <translation>Saisissez un jeton d&apos;accès ci-dessus pour lister les clés du portail.</translation>
    </message>
    <message>
        <source>Allow unencrypted HTTP above, or use an https:// address.</source>
        <translation>Autorisez le HTTP non chiffré ci-dessus, ou utilisez une adresse https://.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <source>Certificate trusted for this session. Test the connection or revoke again.</source>
        <translation>Certificat approuvé pour cette session. Testez la connexion ou relancez la révocation.</translation>
    </message>
    <message>
        <source>The connection test failed: %1.</source>
        <translation>Le test de connexion a échoué&#xa0;: %1.</translation>
    </message>
    <message>
        <source>History problem</source>
        <translation>Problème d’historique</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>Révoquer</translation>
    </message>
    <message>
        <source>Revoke &amp;Leaked Secret…</source>
        <translation>Révoquer un secret &amp;divulgué…</translation>
    </message>
    <message>
        <source>Paste a leaked sk- secret, or text holding some, to find its key and revoke it</source>
        <translation>Collez un secret sk- divulgué, ou un texte qui en contient, pour trouver sa clé et la révoquer</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <source>Sent as &quot;Authorization: Bearer &lt;token&gt;&quot;: API keys, or a session token you want sent that way</source>
        <translation>Envoyé sous la forme «&#xa0;Authorization: Bearer &lt;token&gt;&#xa0;»&#xa0;: clés API, ou un jeton de session que vous voulez envoyer ainsi</translation>
    </message>
    <message>
        <source>Send token as:</source>
        <translation>Envoyer le jeton sous forme de :</translation>
    </message>
    <message>
        <source>T&amp;ools</source>
        <translation>&amp;Outils</translation>
    </message>
    <message>
        <source>Auto: API key</source>
        <translation>Auto : clé API</translation>
    </message>
    <message>
        <source>Auto: session token</source>
        <translation>Auto : jeton de session</translation>
    </message>
    <message>
        <source>Profile:</source>
        <translation>Profil :</translation>
    </message>
    <message>
        <source>Revert Chan&amp;ges</source>
        <translation>Réta&amp;blir les modifications</translation>
    </message>
    <message>
        <source>Portal address:</source>
        <translation>Adresse du portail :</translation>
    </message>
    <message>
        <source>Allow unencrypted HTTP to this portal (the token travels in clear te&amp;xt)</source>
        <translation>Autoriser le &amp;HTTP non chiffré vers ce portail (le jeton circule en clair)</translation>
    </message>
    <message>
        <source>Access token:</source>
        <translation>Jeton d&apos;accès :</translation>
    </message>
    <message>
        <source>Key id:</source>
        <translation>ID de la clé :</translation>
    </message>
    <message>
        <source>Revoke Ke&amp;y</source>
        <translation>&amp;Révoquer la clé</translation>
    </message>
    <message>
        <source>Revoke Leake&amp;d Secret…</source>
        <translation>Révoquer un secret &amp;divulgué…</translation>
    </message>
</context>
<context>
    <name>MemorySecretStore</name>
    <message>
        <source>memory only, until DocSpace Keys closes</source>
        <translation>en mémoire uniquement, jusqu&apos;à la fermeture de DocSpace Keys</translation>
    </message>
</context>
<context>
    <name>MessageBox</name>
    <message>
        <source>&amp;Replace</source>
        <translation>&amp;Remplacer</translation>
    </message>
    <message>
        <source>&amp;Keep Both</source>
        <translation>&amp;Conserver les deux</translation>
    </message>
    <message>
        <source>&amp;Skip</source>
        <translation>&amp;Ignorer</translation>
    </message>
</context>
<context>
    <name>OneTimeSecretDialog</name>
    <message>
        <source>New Secret, Shown Once</source>
        <translation>Nouveau secret, affiché une seule fois</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Copy the secret(s) now: they will not be shown again.&lt;/b&gt; Neither the portal nor DocSpace Keys keeps them; once this window is closed, only whoever stored them has them. The clipboard is cleared of them when DocSpace Keys quits.</source>
        <translation>
            <numerusform>&lt;b&gt;Copiez le secret maintenant&#xa0;: il ne sera plus affiché.&lt;/b&gt; Ni le portail ni DocSpace Keys ne le conservent&#xa0;; une fois cette fenêtre fermée, seul celui qui l&apos;a enregistré le possède. Le presse-papiers en est vidé lorsque DocSpace Keys se ferme.</numerusform>
            <numerusform>&lt;b&gt;Copiez les secrets maintenant&#xa0;: ils ne seront plus affichés.&lt;/b&gt; Ni le portail ni DocSpace Keys ne les conservent&#xa0;; une fois cette fenêtre fermée, seul celui qui les a enregistrés les possède. Le presse-papiers en est vidé lorsque DocSpace Keys se ferme.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copié</translation>
    </message>
    <message>
        <source>&amp;Save to File…</source>
        <translation>&amp;Enregistrer dans un fichier…</translation>
    </message>
    <message>
        <source>Save the New Secrets</source>
        <translation>Enregistrer les nouveaux secrets</translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation>Fichiers texte (*.txt)</translation>
    </message>
    <message>
        <source>Secrets Saved</source>
        <translation>Secrets enregistrés</translation>
    </message>
    <message>
        <source>Saved to %1, readable by you only. Move them into your secret manager and delete the file.</source>
        <translation>Enregistrés dans %1, lisible par vous seul. Déplacez-les dans votre gestionnaire de secrets et supprimez le fichier.</translation>
    </message>
    <message>
        <source>Secrets Not Saved</source>
        <translation>Secrets non enregistrés</translation>
    </message>
    <message>
        <source>Cannot write %1: %2.</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2.</translation>
    </message>
</context>
<context>
    <name>OutcomeClassifier</name>
    <message>
        <source>Not sent: the address uses plain HTTP to a host on the network, so the token would travel unencrypted. Use the portal&apos;s https:// address, or explicitly allow unencrypted HTTP for this portal if the network is trusted.</source>
        <translation>Non envoyée&#xa0;: l&apos;adresse utilise le HTTP simple vers un hôte du réseau, le jeton circulerait donc sans chiffrement. Utilisez l&apos;adresse https:// du portail, ou autorisez explicitement le HTTP non chiffré pour ce portail si le réseau est de confiance.</translation>
    </message>
    <message>
        <source>Cancelled. If the request had already reached the portal the key may still have been revoked; refresh the key list before trying again.</source>
        <translation>Annulé. Si la requête avait déjà atteint le portail, la clé a peut-être quand même été révoquée&#xa0;; actualisez la liste des clés avant de réessayer.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <source>The portal did not answer in time. It may be overloaded or the network slow. The key may or may not have been revoked: check the key list, then try again or raise the timeout.</source>
        <translation>Le portail n&apos;a pas répondu à temps. Il est peut-être surchargé ou le réseau est lent. La clé a pu être révoquée ou non&#xa0;: vérifiez la liste des clés, puis réessayez ou augmentez le délai d&apos;expiration.</translation>
    </message>
    <message>
        <source>The portal did not answer in time. It may be overloaded or the network slow: try again, or raise the timeout.</source>
        <translation>Le portail n&apos;a pas répondu à temps. Il est peut-être surchargé ou le réseau est lent&#xa0;: réessayez ou augmentez le délai d&apos;expiration.</translation>
    </message>
    <message>
        <source>The portal&apos;s certificate is not trusted (%1), so nothing was sent. If this is your own on-premises portal, compare the fingerprint below with the one your server shows, then trust that certificate or add your internal CA file. Otherwise someone may be intercepting the connection.</source>
        <translation>Le certificat du portail n&apos;est pas approuvé (%1)&#xa0;: rien n&apos;a donc été envoyé. S&apos;il s&apos;agit de votre propre portail sur site, comparez l&apos;empreinte ci-dessous avec celle qu&apos;affiche votre serveur, puis faites confiance à ce certificat ou ajoutez le fichier de votre AC interne. Sinon, quelqu&apos;un intercepte peut-être la connexion.</translation>
    </message>
    <message>
        <source>The portal redirected the request to another address (%1). DocSpace Keys never sends your token to another site, so the request went no further. If the portal has moved, enter its new address.</source>
        <translation>Le portail a redirigé la requête vers une autre adresse (%1). DocSpace Keys n&apos;envoie jamais votre jeton à un autre site&#xa0;: la requête n&apos;est donc pas allée plus loin. Si le portail a changé d&apos;adresse, saisissez la nouvelle.</translation>
    </message>
    <message>
        <source>The portal kept redirecting the request, so it was given up. Check the portal address.</source>
        <translation>Le portail a redirigé la requête à répétition&#xa0;; elle a donc été abandonnée. Vérifiez l&apos;adresse du portail.</translation>
    </message>
    <message>
        <source>The portal&apos;s answer was cut off before it was complete, so it is unknown whether the key was revoked. Refresh the key list to check, then try again.</source>
        <translation>La réponse du portail a été interrompue avant d&apos;être complète&#xa0;: on ne sait donc pas si la clé a été révoquée. Actualisez la liste des clés pour le vérifier, puis réessayez.</translation>
    </message>
    <message>
        <source>The portal&apos;s answer was cut off before it was complete. Try again; if it keeps happening, a proxy may be cutting answers short.</source>
        <translation>La réponse du portail a été interrompue avant d&apos;être complète. Réessayez&#xa0;; si cela se reproduit, un proxy tronque peut-être les réponses.</translation>
    </message>
    <message>
        <source>Could not reach the portal: %1. Check the address, your network connection, VPN or proxy, and try again.</source>
        <translation>Impossible de joindre le portail&#xa0;: %1. Vérifiez l&apos;adresse, votre connexion réseau, votre VPN ou votre proxy, puis réessayez.</translation>
    </message>
    <message>
        <source>The portal did not accept the access token. It may be mistyped, expired, revoked or deactivated, or sent the wrong way (API keys starting with sk- must be sent as an API key: choose Auto or API key). Get a new token and try again.</source>
        <translation>Le portail n&apos;a pas accepté le jeton d&apos;accès. Il est peut-être mal saisi, expiré, révoqué ou désactivé, ou envoyé de la mauvaise façon (les clés API commençant par sk- doivent être envoyées comme clé API&#xa0;: choisissez Auto ou Clé API). Obtenez un nouveau jeton et réessayez.</translation>
    </message>
    <message numerus="yes">
        <source>The portal is limiting requests and kept refusing after %n attempt(s). Wait a minute, then try again.</source>
        <translation>
            <numerusform>Le portail limite les requêtes et a continué de refuser après %n tentative. Patientez une minute, puis réessayez.</numerusform>
            <numerusform>Le portail limite les requêtes et a continué de refuser après %n tentatives. Patientez une minute, puis réessayez.</numerusform>
        </translation>
    </message>
    <message>
        <source>The portal has no key with this id: it was already revoked, or the id is wrong. Nothing was changed.</source>
        <translation>Le portail n&apos;a aucune clé avec cet ID&#xa0;: elle a déjà été révoquée, ou l&apos;ID est erroné. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>The portal or the proxy in front of it failed (%1). This is usually temporary: try again in a minute. If it persists, the portal&apos;s administrator should check the server.</source>
        <translation>Le portail ou le proxy placé devant lui a rencontré une erreur (%1). C&apos;est généralement temporaire&#xa0;: réessayez dans une minute. Si le problème persiste, l&apos;administrateur du portail doit vérifier le serveur.</translation>
    </message>
    <message>
        <source>The portal gave an unexpected answer (HTTP %1), so the key was not revoked. Check the address and the portal&apos;s message below.</source>
        <translation>Le portail a donné une réponse inattendue (HTTP %1)&#xa0;: la clé n&apos;a donc pas été révoquée. Vérifiez l&apos;adresse et le message du portail ci-dessous.</translation>
    </message>
    <message>
        <source>The portal gave an unexpected answer (HTTP %1). Check the address and the portal&apos;s message below.</source>
        <translation>Le portail a donné une réponse inattendue (HTTP %1). Vérifiez l&apos;adresse et le message du portail ci-dessous.</translation>
    </message>
    <message>
        <source>a web page instead of JSON</source>
        <translation>une page web au lieu de JSON</translation>
    </message>
    <message>
        <source>an empty answer</source>
        <translation>une réponse vide</translation>
    </message>
    <message>
        <source>an answer that is not JSON</source>
        <translation>une réponse qui n&apos;est pas du JSON</translation>
    </message>
    <message>
        <source>The portal sent %1, so it is unknown whether the key was revoked. The address may point to a login page or proxy rather than the DocSpace API; check it, then refresh the key list.</source>
        <translation>Le portail a envoyé %1&#xa0;: on ne sait donc pas si la clé a été révoquée. L&apos;adresse pointe peut-être vers une page de connexion ou un proxy plutôt que vers l&apos;API DocSpace&#xa0;; vérifiez-la, puis actualisez la liste des clés.</translation>
    </message>
    <message>
        <source>The portal sent %1. The address may point to a login page or proxy rather than the DocSpace API; check it.</source>
        <translation>Le portail a envoyé %1. L&apos;adresse pointe peut-être vers une page de connexion ou un proxy plutôt que vers l&apos;API DocSpace&#xa0;; vérifiez-la.</translation>
    </message>
    <message>
        <source>The portal reported a failure inside a successful answer, so the key was not revoked. Read the portal&apos;s message below.</source>
        <translation>Le portail a signalé un échec dans une réponse indiquant un succès&#xa0;: la clé n&apos;a donc pas été révoquée. Lisez le message du portail ci-dessous.</translation>
    </message>
    <message>
        <source>The portal reported a failure inside a successful answer. Read the portal&apos;s message below.</source>
        <translation>Le portail a signalé un échec dans une réponse indiquant un succès. Lisez le message du portail ci-dessous.</translation>
    </message>
    <message>
        <source>The portal&apos;s answer did not say whether the key was changed. Refresh the key list to check.</source>
        <translation>La réponse du portail n&apos;indiquait pas si la clé a été modifiée. Actualisez la liste des clés pour le vérifier.</translation>
    </message>
    <message>
        <source>Deactivated. The key stops working until it is reactivated.</source>
        <translation>Désactivée. La clé ne fonctionne plus jusqu&apos;à sa réactivation.</translation>
    </message>
    <message>
        <source>Reactivated. The key works again.</source>
        <translation>Réactivée. La clé fonctionne à nouveau.</translation>
    </message>
    <message>
        <source>The portal refused to reactivate this key. Expired keys cannot be reactivated, and only the key&apos;s creator or an administrator may change it.</source>
        <translation>Le portail a refusé de réactiver cette clé. Les clés expirées ne peuvent pas être réactivées, et seuls le créateur de la clé ou un administrateur peuvent la modifier.</translation>
    </message>
    <message>
        <source>The portal refused to deactivate this key. Only the key&apos;s creator or an administrator may change it.</source>
        <translation>Le portail a refusé de désactiver cette clé. Seuls le créateur de la clé ou un administrateur peuvent la modifier.</translation>
    </message>
    <message>
        <source>Revoked. The key no longer works; anything that used it must get a new one.</source>
        <translation>Révoquée. La clé ne fonctionne plus&#xa0;; tout ce qui l&apos;utilisait doit en obtenir une nouvelle.</translation>
    </message>
    <message>
        <source>The portal refused to revoke this key. Only its creator or a portal administrator may revoke it: sign in with an administrator&apos;s token, or ask the key&apos;s owner.</source>
        <translation>Le portail a refusé de révoquer cette clé. Seuls son créateur ou un administrateur du portail peuvent la révoquer&#xa0;: connectez-vous avec le jeton d&apos;un administrateur, ou adressez-vous au propriétaire de la clé.</translation>
    </message>
    <message>
        <source>The portal&apos;s answer did not say whether the key was revoked. Refresh the key list to check.</source>
        <translation>La réponse du portail n&apos;indiquait pas si la clé a été révoquée. Actualisez la liste des clés pour le vérifier.</translation>
    </message>
    <message>
        <source>The portal&apos;s answer had no content. Check that the address is a DocSpace portal.</source>
        <translation>La réponse du portail était vide. Vérifiez que l&apos;adresse est celle d&apos;un portail DocSpace.</translation>
    </message>
    <message>
        <source>The answer was far larger than a DocSpace answer can be, so reading stopped. Check that the address points to a DocSpace portal.</source>
        <translation>La réponse était bien plus volumineuse qu&apos;une réponse DocSpace ne peut l&apos;être&#xa0;: la lecture a donc été arrêtée. Vérifiez que l&apos;adresse pointe vers un portail DocSpace.</translation>
    </message>
    <message>
        <source>Unknown: the connection failed after the request was sent (%1), so the portal may or may not have revoked the key. Refresh the key list to see whether it is still there.</source>
        <translation>Inconnu&#xa0;: la connexion a échoué après l&apos;envoi de la requête (%1)&#xa0;; le portail a donc pu révoquer la clé, ou non. Actualisez la liste des clés pour voir si elle est toujours là.</translation>
    </message>
    <message>
        <source>Unknown: the connection failed after the request was sent (%1), so the portal may or may not have changed the key. Refresh the key list to see its state.</source>
        <translation>Inconnu&#xa0;: la connexion a échoué après l&apos;envoi de la requête (%1)&#xa0;; le portail a donc pu modifier la clé, ou non. Actualisez la liste des clés pour voir son état.</translation>
    </message>
    <message>
        <source>The portal refused access: “%1”. It accepts calls only from certain IP addresses: connect from an allowed network or VPN, or ask the portal&apos;s administrator to allow your address. Nothing was changed.</source>
        <translation>Le portail a refusé l&apos;accès&#xa0;: «&#xa0;%1&#xa0;». Il n&apos;accepte les appels que depuis certaines adresses IP&#xa0;: connectez-vous depuis un réseau ou un VPN autorisé, ou demandez à l&apos;administrateur du portail d&apos;autoriser votre adresse. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>The portal refused to create the key: “%1”. Guests cannot create API keys, and this portal may restrict developer tools to administrators: ask an administrator to create the key, or to allow developer tools for everyone.</source>
        <translation>Le portail a refusé de créer la clé&#xa0;: «&#xa0;%1&#xa0;». Les invités ne peuvent pas créer de clés API, et ce portail réserve peut-être les outils de développement aux administrateurs&#xa0;: demandez à un administrateur de créer la clé, ou d&apos;autoriser les outils de développement pour tous.</translation>
    </message>
    <message>
        <source>The portal refused to revoke this key: “%1”. This user may not manage keys (guests cannot): use an administrator&apos;s token with the *:write scope.</source>
        <translation>Le portail a refusé de révoquer cette clé&#xa0;: «&#xa0;%1&#xa0;». Cet utilisateur ne peut peut-être pas gérer de clés (les invités ne le peuvent pas)&#xa0;: utilisez le jeton d&apos;un administrateur avec l&apos;étendue *:write.</translation>
    </message>
    <message>
        <source>The portal refused to change this key: “%1”. This user may not manage keys (guests cannot): use an administrator&apos;s token with the *:write scope.</source>
        <translation>Le portail a refusé de modifier cette clé&#xa0;: «&#xa0;%1&#xa0;». Cet utilisateur ne peut peut-être pas gérer de clés (les invités ne le peuvent pas)&#xa0;: utilisez le jeton d&apos;un administrateur avec l&apos;étendue *:write.</translation>
    </message>
    <message>
        <source>The portal refused: “%1”. This user may not read this; use an administrator&apos;s token.</source>
        <translation>Le portail a refusé&#xa0;: «&#xa0;%1&#xa0;». Cet utilisateur ne peut pas lire ceci&#xa0;; utilisez le jeton d&apos;un administrateur.</translation>
    </message>
    <message>
        <source>If every call is refused this way, the portal may be being moved, restored or encrypted: try again later.</source>
        <translation>Si chaque appel est refusé de cette façon, le portail est peut-être en cours de déplacement, de restauration ou de chiffrement&#xa0;: réessayez plus tard.</translation>
    </message>
    <message>
        <source>The token is not allowed to revoke keys: it lacks the *:write scope. Use a token with write access (an administrator&apos;s, to revoke others&apos; keys). %1</source>
        <translation>Le jeton n&apos;est pas autorisé à révoquer des clés&#xa0;: il lui manque l&apos;étendue *:write. Utilisez un jeton disposant d&apos;un accès en écriture (celui d&apos;un administrateur, pour révoquer les clés d&apos;autres personnes). %1</translation>
    </message>
    <message>
        <source>The token is not allowed to change keys: it lacks the *:write scope. %1</source>
        <translation>Le jeton n&apos;est pas autorisé à modifier des clés&#xa0;: il lui manque l&apos;étendue *:write. %1</translation>
    </message>
    <message>
        <source>The token is not allowed to create keys: it lacks the *:write scope. %1</source>
        <translation>Le jeton n&apos;est pas autorisé à créer des clés&#xa0;: il lui manque l&apos;étendue *:write. %1</translation>
    </message>
    <message>
        <source>The token is not allowed to read this: it lacks the scope needed (*:read, or accounts.self:read for the profile). %1</source>
        <translation>Le jeton n&apos;est pas autorisé à lire ceci&#xa0;: il lui manque l&apos;étendue nécessaire (*:read, ou accounts.self:read pour le profil). %1</translation>
    </message>
    <message>
        <source>The portal&apos;s subscription has lapsed (HTTP 402), so it answers no API calls and nothing was changed. The portal&apos;s owner must renew the payment in DocSpace (Payments); then try again.</source>
        <translation>L&apos;abonnement du portail a expiré (HTTP 402)&#xa0;: il ne répond donc à aucun appel d&apos;API et rien n&apos;a été modifié. Le propriétaire du portail doit renouveler le paiement dans DocSpace (Paiements)&#xa0;; réessayez ensuite.</translation>
    </message>
    <message>
        <source>The address answered that the DocSpace API is not there (HTTP 404): it is not a DocSpace portal with API keys, the portal is older than DocSpace 3.1, or it is suspended. Nothing was changed. Check the address; if it is right, ask the portal&apos;s owner whether the portal is suspended or needs an update.</source>
        <translation>L&apos;adresse a répondu que l&apos;API DocSpace n&apos;y est pas (HTTP 404)&#xa0;: ce n&apos;est pas un portail DocSpace avec des clés API, le portail est antérieur à DocSpace 3.1, ou il est suspendu. Rien n&apos;a été modifié. Vérifiez l&apos;adresse&#xa0;; si elle est correcte, demandez au propriétaire du portail s&apos;il est suspendu ou a besoin d&apos;une mise à jour.</translation>
    </message>
    <message>
        <source>The portal&apos;s certificate has changed since it was pinned, so nothing was sent. Pinned SHA-256: %1. The portal now shows: %2. If its certificate was renewed or replaced, check the new fingerprint with the server&apos;s administrator, then put it in the profile (Profile &gt; Edit). If nobody changed it, someone may be intercepting the connection: do not trust it.</source>
        <translation>Le certificat du portail a changé depuis qu&apos;il a été épinglé : rien n&apos;a donc été envoyé. SHA-256 épinglé : %1. Le portail présente maintenant : %2. Si son certificat a été renouvelé ou remplacé, vérifiez la nouvelle empreinte auprès de l&apos;administrateur du serveur, puis saisissez-la dans le profil (Profil &gt; Modifier). Si personne ne l&apos;a changé, quelqu&apos;un intercepte peut-être la connexion : ne lui faites pas confiance.</translation>
    </message>
</context>
<context>
    <name>OutcomeStyle</name>
    <message>
        <source>Revoked</source>
        <translation>Révoquée</translation>
    </message>
    <message>
        <source>Deactivated</source>
        <translation>Désactivée</translation>
    </message>
    <message>
        <source>Reactivated</source>
        <translation>Réactivée</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Refusé</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Introuvable</translation>
    </message>
    <message>
        <source>Invalid key id</source>
        <translation>ID de clé non valide</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>Non connecté</translation>
    </message>
    <message>
        <source>Forbidden</source>
        <translation>Interdit</translation>
    </message>
    <message>
        <source>Rate limited</source>
        <translation>Limite de débit atteinte</translation>
    </message>
    <message>
        <source>Server error</source>
        <translation>Erreur du serveur</translation>
    </message>
    <message>
        <source>Unexpected answer</source>
        <translation>Réponse inattendue</translation>
    </message>
    <message>
        <source>Network error</source>
        <translation>Erreur réseau</translation>
    </message>
    <message>
        <source>Timed out</source>
        <translation>Délai dépassé</translation>
    </message>
    <message>
        <source>Certificate problem</source>
        <translation>Problème de certificat</translation>
    </message>
    <message>
        <source>Unencrypted HTTP refused</source>
        <translation>HTTP non chiffré refusé</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Inconnu</translation>
    </message>
    <message>
        <source>Portal unavailable</source>
        <translation>Portail indisponible</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Créée</translation>
    </message>
    <message>
        <source>Edited</source>
        <translation>Modifiée</translation>
    </message>
</context>
<context>
    <name>PasteIdsDialog</name>
    <message>
        <source>Revoke Keys by Id</source>
        <translation>Révoquer des clés par ID</translation>
    </message>
    <message>
        <source>Key ids</source>
        <translation>ID de clés</translation>
    </message>
    <message>
        <source>3f2504e0-4f89-11d3-9a0c-0305e82c3301
…</source>
        <translation>3f2504e0-4f89-11d3-9a0c-0305e82c3301
…</translation>
    </message>
    <message>
        <source>Skipped lines</source>
        <translation>Lignes ignorées</translation>
    </message>
    <message>
        <source>&amp;Revoke…</source>
        <translation>&amp;Révoquer…</translation>
    </message>
    <message>
        <source>Line %1: %2 — %3</source>
        <translation>Ligne %1&#xa0;: %2 — %3</translation>
    </message>
    <message numerus="yes">
        <source>%n key id(s)</source>
        <translation>
            <numerusform>%n identifiant de clé</numerusform>
            <numerusform>%n identifiants de clé</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) skipped</source>
        <translation>
            <numerusform>%n ligne ignorée</numerusform>
            <numerusform>%n lignes ignorées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n repeat(s) ignored</source>
        <translation>
            <numerusform>%n doublon ignoré</numerusform>
            <numerusform>%n doublons ignorés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Revoke %n Key(s)…</source>
        <translation>
            <numerusform>&amp;Révoquer %n clé…</numerusform>
            <numerusform>&amp;Révoquer %n clés…</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Paste key ids, one per line, or a CSV export with an &quot;id&quot; column. Lines without a key id are shown below and skipped.</source>
        <translation>&amp;Collez les ID de clés, un par ligne, ou un export CSV avec une colonne &quot;id&quot;. Les lignes sans ID de clé sont affichées ci-dessous et ignorées.</translation>
    </message>
</context>
<context>
    <name>PortalAddress</name>
    <message>
        <source>Enter the portal address, for example https://portal.example.com.</source>
        <translation>Saisissez l&apos;adresse du portail, par exemple https://portal.example.com.</translation>
    </message>
    <message>
        <source>A portal address cannot contain spaces.</source>
        <translation>Une adresse de portail ne peut pas contenir d&apos;espaces.</translation>
    </message>
    <message>
        <source>This is not a valid web address.</source>
        <translation>Ce n&apos;est pas une adresse web valide.</translation>
    </message>
    <message>
        <source>Only https:// (or http://) portal addresses are supported, not %1://.</source>
        <translation>Seules les adresses de portail https:// (ou http://) sont prises en charge, pas %1://.</translation>
    </message>
    <message>
        <source>Remove the user name or password from the address; the access token goes in its own field.</source>
        <translation>Retirez le nom d&apos;utilisateur ou le mot de passe de l&apos;adresse&#xa0;; le jeton d&apos;accès se saisit dans son propre champ.</translation>
    </message>
    <message>
        <source>The address has no host name.</source>
        <translation>L&apos;adresse ne comporte aucun nom d&apos;hôte.</translation>
    </message>
</context>
<context>
    <name>PortalProfile</name>
    <message>
        <source>Give the profile a name, for example &quot;Production&quot;.</source>
        <translation>Donnez un nom au profil, par exemple «&#xa0;Production&#xa0;».</translation>
    </message>
    <message>
        <source>The profile name is too long (at most %1 characters).</source>
        <translation>Le nom du profil est trop long (%1 caractères au maximum).</translation>
    </message>
    <message>
        <source>The timeout must be between 1 and 3600 seconds.</source>
        <translation>Le délai d&apos;expiration doit être compris entre 1 et 3600 secondes.</translation>
    </message>
    <message>
        <source>The trusted certificate fingerprint must be a SHA-256 digest: 64 hexadecimal digits, with or without colons.</source>
        <translation>L&apos;empreinte du certificat approuvé doit être un condensé SHA-256&#xa0;: 64 chiffres hexadécimaux, avec ou sans deux-points.</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot;: unknown auth scheme &quot;%2&quot;.</source>
        <translation>Profil «&#xa0;%1&#xa0;»&#xa0;: mode d&apos;authentification inconnu «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot;: %2</source>
        <translation>Profil «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>ProfileController</name>
    <message>
        <source>Unsaved Changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>Save the changes to the profile &quot;%1&quot;?</source>
        <translation>Enregistrer les modifications du profil «&#xa0;%1&#xa0;»&#xa0;?</translation>
    </message>
    <message>
        <source>The portal address, authentication scheme or token were changed here but not saved. Discarding them goes back to what the profile has saved.</source>
        <translation>L&apos;adresse du portail, le mode d&apos;authentification ou le jeton ont été modifiés ici sans être enregistrés. Les abandonner rétablit ce qui est enregistré dans le profil.</translation>
    </message>
    <message>
        <source>Kept the unsaved changes.</source>
        <translation>Les modifications non enregistrées ont été conservées.</translation>
    </message>
    <message>
        <source>No profile: nothing typed here is saved.</source>
        <translation>Aucun profil&#xa0;: rien de ce qui est saisi ici n&apos;est enregistré.</translation>
    </message>
    <message>
        <source>Reading the token from %1…</source>
        <translation>Lecture du jeton depuis %1…</translation>
    </message>
    <message>
        <source>No token is saved for &quot;%1&quot;: enter it, then choose Save to Profile.</source>
        <translation>Aucun jeton n&apos;est enregistré pour «&#xa0;%1&#xa0;»&#xa0;: saisissez-le, puis choisissez Enregistrer dans le profil.</translation>
    </message>
    <message>
        <source>The token of &quot;%1&quot; could not be read: %2 Enter it here to use it now, or check that the keychain is unlocked and choose the profile again.</source>
        <translation>Le jeton de «&#xa0;%1&#xa0;» n&apos;a pas pu être lu&#xa0;: %2 Saisissez-le ici pour l&apos;utiliser maintenant, ou vérifiez que le trousseau est déverrouillé et choisissez à nouveau le profil.</translation>
    </message>
    <message>
        <source>Token Not Saved</source>
        <translation>Jeton non enregistré</translation>
    </message>
    <message>
        <source>The token of &quot;%1&quot; could not be saved.</source>
        <translation>Le jeton de «&#xa0;%1&#xa0;» n&apos;a pas pu être enregistré.</translation>
    </message>
    <message>
        <source>(no profile)</source>
        <translation>(aucun profil)</translation>
    </message>
    <message>
        <source>Type a portal and token without saving them</source>
        <translation>Saisir un portail et un jeton sans les enregistrer</translation>
    </message>
    <message>
        <source>portal address</source>
        <translation>adresse du portail</translation>
    </message>
    <message>
        <source>scheme</source>
        <translation>mode d&apos;authentification</translation>
    </message>
    <message>
        <source>plain HTTP</source>
        <translation>HTTP simple</translation>
    </message>
    <message>
        <source>token</source>
        <translation>jeton</translation>
    </message>
    <message>
        <source>Changed here, not yet saved in &quot;%1&quot;: %2.</source>
        <translation>Modifié ici, pas encore enregistré dans «&#xa0;%1&#xa0;»&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Profile Not Saved</source>
        <translation>Profil non enregistré</translation>
    </message>
    <message>
        <source>The profile &quot;%1&quot; was not saved.</source>
        <translation>Le profil «&#xa0;%1&#xa0;» n&apos;a pas été enregistré.</translation>
    </message>
    <message>
        <source>Saved the profile &quot;%1&quot;.</source>
        <translation>Profil «&#xa0;%1&#xa0;» enregistré.</translation>
    </message>
    <message>
        <source>Back to the saved profile.</source>
        <translation>Retour au profil enregistré.</translation>
    </message>
    <message>
        <source>Created the profile &quot;%1&quot;.</source>
        <translation>Profil «&#xa0;%1&#xa0;» créé.</translation>
    </message>
    <message>
        <source>The token is still being read; try again in a moment.</source>
        <translation>Le jeton est encore en cours de lecture&#xa0;; réessayez dans un instant.</translation>
    </message>
    <message>
        <source>Profile Not Duplicated</source>
        <translation>Profil non dupliqué</translation>
    </message>
    <message>
        <source>The profile &quot;%1&quot; was not duplicated.</source>
        <translation>Le profil «&#xa0;%1&#xa0;» n&apos;a pas été dupliqué.</translation>
    </message>
    <message>
        <source>Created &quot;%1&quot; as a copy of &quot;%2&quot;.</source>
        <translation>«&#xa0;%1&#xa0;» créé comme copie de «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>Rename Profile</source>
        <translation>Renommer le profil</translation>
    </message>
    <message>
        <source>New name for &quot;%1&quot;:</source>
        <translation>Nouveau nom pour «&#xa0;%1&#xa0;»&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>&amp;Renommer</translation>
    </message>
    <message>
        <source>Profile Not Renamed</source>
        <translation>Profil non renommé</translation>
    </message>
    <message>
        <source>The profile &quot;%1&quot; was not renamed.</source>
        <translation>Le profil «&#xa0;%1&#xa0;» n&apos;a pas été renommé.</translation>
    </message>
    <message>
        <source>Renamed &quot;%1&quot; to &quot;%2&quot;.</source>
        <translation>«&#xa0;%1&#xa0;» renommé en «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>Delete Profile</source>
        <translation>Supprimer le profil</translation>
    </message>
    <message>
        <source>Delete the profile &quot;%1&quot;?</source>
        <translation>Supprimer le profil «&#xa0;%1&#xa0;»&#xa0;?</translation>
    </message>
    <message>
        <source>Its settings and its saved token are deleted. This cannot be undone; the portal and its keys are not affected.</source>
        <translation>Ses paramètres et son jeton enregistré sont supprimés. Cette action est irréversible&#xa0;; le portail et ses clés ne sont pas affectés.</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Token Not Deleted</source>
        <translation>Jeton non supprimé</translation>
    </message>
    <message>
        <source>The token of the deleted profile &quot;%1&quot; could not be removed from %2.</source>
        <translation>Le jeton du profil supprimé «&#xa0;%1&#xa0;» n&apos;a pas pu être retiré de %2.</translation>
    </message>
    <message>
        <source>Deleted the profile &quot;%1&quot; and its token.</source>
        <translation>Profil «&#xa0;%1&#xa0;» et son jeton supprimés.</translation>
    </message>
    <message>
        <source>Import Profiles</source>
        <translation>Importer des profils</translation>
    </message>
    <message>
        <source>Profiles (*.json);;All files (*)</source>
        <translation>Profils (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Profiles Not Imported</source>
        <translation>Profils non importés</translation>
    </message>
    <message>
        <source>Cannot read %1.</source>
        <translation>Impossible de lire %1.</translation>
    </message>
    <message>
        <source>%1. Check that the file exists and may be read.</source>
        <translation>%1. Vérifiez que le fichier existe et qu&apos;il est lisible.</translation>
    </message>
    <message>
        <source>%1 holds no profiles that can be imported.</source>
        <translation>%1 ne contient aucun profil importable.</translation>
    </message>
    <message>
        <source>Profiles Imported</source>
        <translation>Profils importés</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n profile(s) from %1.</source>
        <translation>
            <numerusform>%n profil importé depuis %1.</numerusform>
            <numerusform>%n profils importés depuis %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Exports never contain tokens: choose each imported profile, enter its token and choose Save to Profile.</source>
        <translation>Les exports ne contiennent jamais de jetons&#xa0;: choisissez chaque profil importé, saisissez son jeton et choisissez Enregistrer dans le profil.</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n profile(s).</source>
        <translation>
            <numerusform>%n profil importé.</numerusform>
            <numerusform>%n profils importés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to Export</source>
        <translation>Rien à exporter</translation>
    </message>
    <message>
        <source>There are no profiles yet.</source>
        <translation>Il n&apos;y a encore aucun profil.</translation>
    </message>
    <message>
        <source>Export Profiles (tokens are never exported)</source>
        <translation>Exporter les profils (les jetons ne sont jamais exportés)</translation>
    </message>
    <message>
        <source>Profiles (*.json)</source>
        <translation>Profils (*.json)</translation>
    </message>
    <message>
        <source>Profiles Not Exported</source>
        <translation>Profils non exportés</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>Impossible d&apos;écrire %1.</translation>
    </message>
    <message>
        <source>%1. Choose another folder.</source>
        <translation>%1. Choisissez un autre dossier.</translation>
    </message>
    <message>
        <source>Profiles Exported</source>
        <translation>Profils exportés</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n profile(s) to %1.</source>
        <translation>
            <numerusform>%n profil exporté vers %1.</numerusform>
            <numerusform>%n profils exportés vers %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The file holds portal addresses and settings only. Tokens are never exported: whoever imports it enters their own.</source>
        <translation>Le fichier contient uniquement les adresses et les paramètres des portails. Les jetons ne sont jamais exportés&#xa0;: la personne qui l&apos;importe saisit les siens.</translation>
    </message>
    <message>
        <source>Demo mode: tokens are kept in memory only, on purpose, and forgotten when DocSpace Keys closes. Nothing is written to the system keychain.</source>
        <translation>Mode démo&#xa0;: les jetons sont volontairement conservés en mémoire uniquement et oubliés à la fermeture de DocSpace Keys. Rien n&apos;est écrit dans le trousseau du système.</translation>
    </message>
    <message>
        <source>No system keychain is available: tokens are kept only until DocSpace Keys closes.</source>
        <translation>Aucun trousseau système n&apos;est disponible&#xa0;: les jetons ne sont conservés que jusqu&apos;à la fermeture de DocSpace Keys.</translation>
    </message>
    <message>
        <source>Demo mode</source>
        <translation>Mode démo</translation>
    </message>
    <message>
        <source>Keychain unavailable</source>
        <translation>Trousseau indisponible</translation>
    </message>
    <message>
        <source>Profile Name Exists</source>
        <translation>Nom de profil existant</translation>
    </message>
    <message>
        <source>A profile named &quot;%1&quot; exists already.</source>
        <translation>Un profil nommé « %1 » existe déjà.</translation>
    </message>
    <message>
        <source>Both are for %1. Replace keeps the saved token.</source>
        <translation>Les deux concernent %1. Remplacer conserve le jeton enregistré.</translation>
    </message>
    <message>
        <source>The saved one is for %1, the imported one for %2. Replace deletes the saved token, which belongs to the other portal.</source>
        <translation>Le profil enregistré concerne %1, le profil importé %2. Remplacer supprime le jeton enregistré, qui appartient à l&apos;autre portail.</translation>
    </message>
    <message>
        <source>Keep Both adds the imported one under a new name; Skip leaves it out.</source>
        <translation>Conserver les deux ajoute le profil importé sous un nouveau nom ; Ignorer le laisse de côté.</translation>
    </message>
    <message numerus="yes">
        <source>Do the same for the other %n profile(s) whose name exists</source>
        <translation>
            <numerusform>Faire de même pour %n autre profil dont le nom existe</numerusform>
            <numerusform>Faire de même pour les %n autres profils dont le nom existe</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>Rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message numerus="yes">
        <source>%n of them replaced a profile of the same name</source>
        <translation>
            <numerusform>%n d&apos;entre eux a remplacé un profil du même nom</numerusform>
            <numerusform>%n d&apos;entre eux ont remplacé un profil du même nom</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped because the name exists</source>
        <translation>
            <numerusform>%n ignoré car le nom existe</numerusform>
            <numerusform>%n ignorés car le nom existe</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>e.g. Production</source>
        <translation>ex. Production</translation>
    </message>
    <message>
        <source>How this portal is listed in the profile selector</source>
        <translation>Nom sous lequel ce portail apparaît dans le sélecteur de profils</translation>
    </message>
    <message>
        <source>Profile name</source>
        <translation>Nom du profil</translation>
    </message>
    <message>
        <source>Profile name problem</source>
        <translation>Problème de nom de profil</translation>
    </message>
    <message>
        <source>&amp;Portal address:</source>
        <translation>Adresse du &amp;portail&#xa0;:</translation>
    </message>
    <message>
        <source>https://portal.example.com</source>
        <translation>https://portal.example.com</translation>
    </message>
    <message>
        <source>The address of the DocSpace portal, as you open it in a browser</source>
        <translation>L&apos;adresse du portail DocSpace, telle que vous l&apos;ouvrez dans un navigateur</translation>
    </message>
    <message>
        <source>Portal address</source>
        <translation>Adresse du portail</translation>
    </message>
    <message>
        <source>Portal address problem</source>
        <translation>Problème d&apos;adresse du portail</translation>
    </message>
    <message>
        <source>Send token &amp;as:</source>
        <translation>Envoyer le jeton &amp;sous forme de&#xa0;:</translation>
    </message>
    <message>
        <source>Auto sends tokens starting with sk- as API keys and anything else as a session token</source>
        <translation>Auto envoie les jetons commençant par sk- comme clés API et tout autre jeton comme jeton de session</translation>
    </message>
    <message>
        <source>Authentication scheme</source>
        <translation>Mode d&apos;authentification</translation>
    </message>
    <message>
        <source>Auto</source>
        <translation>Auto</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>Clé API</translation>
    </message>
    <message>
        <source>Session token</source>
        <translation>Jeton de session</translation>
    </message>
    <message>
        <source>Access &amp;token:</source>
        <translation>&amp;Jeton d&apos;accès&#xa0;:</translation>
    </message>
    <message>
        <source>sk-… API key with the *:write scope, or a session token</source>
        <translation>Clé API sk-… avec l&apos;étendue *:write, ou jeton de session</translation>
    </message>
    <message>
        <source>Stored in the system keychain, never in a file</source>
        <translation>Enregistré dans le trousseau du système, jamais dans un fichier</translation>
    </message>
    <message>
        <source>Access token</source>
        <translation>Jeton d&apos;accès</translation>
    </message>
    <message>
        <source>Where the token is kept</source>
        <translation>Emplacement de conservation du jeton</translation>
    </message>
    <message>
        <source>Allow unencrypted &amp;HTTP to this portal</source>
        <translation>Autoriser le &amp;HTTP non chiffré vers ce portail</translation>
    </message>
    <message>
        <source>Needed only for a plain http:// address on another machine</source>
        <translation>Nécessaire uniquement pour une adresse http:// simple sur une autre machine</translation>
    </message>
    <message>
        <source>Allow unencrypted HTTP</source>
        <translation>Autoriser le HTTP non chiffré</translation>
    </message>
    <message>
        <source>Unencrypted HTTP warning</source>
        <translation>Avertissement sur le HTTP non chiffré</translation>
    </message>
    <message>
        <source>Trusted &amp;certificate:</source>
        <translation>&amp;Certificat approuvé&#xa0;:</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint, e.g. AB:CD:…</source>
        <translation>Empreinte SHA-256, ex. AB:CD:…</translation>
    </message>
    <message>
        <source>Trust exactly this certificate (an on-premises portal with a self-signed certificate). Colons and case do not matter.</source>
        <translation>Faire confiance uniquement à ce certificat (portail sur site avec un certificat auto-signé). Les deux-points et la casse n&apos;ont pas d&apos;importance.</translation>
    </message>
    <message>
        <source>Trusted certificate fingerprint</source>
        <translation>Empreinte du certificat approuvé</translation>
    </message>
    <message>
        <source>Certificate fingerprint problem</source>
        <translation>Problème d&apos;empreinte de certificat</translation>
    </message>
    <message>
        <source>Extra CA &amp;file:</source>
        <translation>&amp;Fichier d&apos;AC supplémentaire&#xa0;:</translation>
    </message>
    <message>
        <source>PEM or DER file of an internal certificate authority</source>
        <translation>Fichier PEM ou DER d&apos;une autorité de certification interne</translation>
    </message>
    <message>
        <source>Certificates of your organization&apos;s own certificate authority, trusted in addition to the system ones</source>
        <translation>Certificats de l&apos;autorité de certification propre à votre organisation, approuvés en plus de ceux du système</translation>
    </message>
    <message>
        <source>Extra CA file</source>
        <translation>Fichier d&apos;AC supplémentaire</translation>
    </message>
    <message>
        <source>Choose the CA file</source>
        <translation>Choisir le fichier d&apos;AC</translation>
    </message>
    <message>
        <source>CA file problem</source>
        <translation>Problème de fichier d&apos;AC</translation>
    </message>
    <message>
        <source>Request t&amp;imeout:</source>
        <translation>&amp;Délai d&apos;expiration des requêtes&#xa0;:</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>A request that receives nothing for this long ends as a timeout</source>
        <translation>Une requête qui ne reçoit rien pendant ce délai se termine par un dépassement du délai</translation>
    </message>
    <message>
        <source>Request timeout in seconds</source>
        <translation>Délai d&apos;expiration des requêtes en secondes</translation>
    </message>
    <message>
        <source>Why the profile cannot be saved</source>
        <translation>Pourquoi le profil ne peut pas être enregistré</translation>
    </message>
    <message>
        <source>&amp;Save Profile</source>
        <translation>&amp;Enregistrer le profil</translation>
    </message>
    <message>
        <source>The token will travel in clear text to a plain http:// address: anyone on the network path can read and use it. Use this only on a network you control.</source>
        <translation>Le jeton circulera en clair vers une adresse http:// simple&#xa0;: toute personne sur le chemin réseau peut le lire et l&apos;utiliser. N&apos;utilisez cette option que sur un réseau que vous contrôlez.</translation>
    </message>
    <message>
        <source>New Profile</source>
        <translation>Nouveau profil</translation>
    </message>
    <message>
        <source>Edit Profile</source>
        <translation>Modifier le profil</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Non enregistré&#xa0;: %1</translation>
    </message>
    <message>
        <source>Stored in %1, never in a file. Leave empty to type it each time.</source>
        <translation>Enregistré dans %1, jamais dans un fichier. Laissez vide pour le saisir à chaque fois.</translation>
    </message>
    <message>
        <source>No system keychain is available: the token is kept only until DocSpace Keys closes.</source>
        <translation>Aucun trousseau système n&apos;est disponible&#xa0;: le jeton n&apos;est conservé que jusqu&apos;à la fermeture de DocSpace Keys.</translation>
    </message>
    <message>
        <source>Choose the Extra CA File</source>
        <translation>Choisir le fichier d&apos;AC supplémentaire</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer *.der);;All files (*)</source>
        <translation>Certificats (*.pem *.crt *.cer *.der);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Enter a name for this profile, e.g. the portal&apos;s purpose or customer.</source>
        <translation>Saisissez un nom pour ce profil, par exemple l&apos;usage du portail ou le client.</translation>
    </message>
    <message>
        <source>Another profile is already called &quot;%1&quot;. Choose another name.</source>
        <translation>Un autre profil s&apos;appelle déjà «&#xa0;%1&#xa0;». Choisissez un autre nom.</translation>
    </message>
    <message>
        <source>This is not a SHA-256 fingerprint: expected 64 hexadecimal digits, with or without colons.</source>
        <translation>Ce n&apos;est pas une empreinte SHA-256&#xa0;: 64 chiffres hexadécimaux attendus, avec ou sans deux-points.</translation>
    </message>
    <message>
        <source>There is no file at this path. Choose the CA certificate file again.</source>
        <translation>Aucun fichier n&apos;existe à cet emplacement. Choisissez à nouveau le fichier de certificat d&apos;AC.</translation>
    </message>
    <message>
        <source>This file cannot be read. Check its permissions or choose another file.</source>
        <translation>Ce fichier ne peut pas être lu. Vérifiez ses autorisations ou choisissez un autre fichier.</translation>
    </message>
    <message>
        <source>This plain http:// address would send the token unencrypted. Use an https:// address, or tick &quot;%1&quot;.</source>
        <translation>Cette adresse http:// simple enverrait le jeton sans chiffrement. Utilisez une adresse https://, ou cochez «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Ch&amp;oose…</source>
        <translation>Ch&amp;oisir…</translation>
    </message>
</context>
<context>
    <name>ProfileStore</name>
    <message>
        <source>it cannot be read</source>
        <translation>il ne peut pas être lu</translation>
    </message>
    <message>
        <source>it is damaged</source>
        <translation>il est endommagé</translation>
    </message>
    <message>
        <source>it was written by a newer version of DocSpace Keys</source>
        <translation>il a été écrit par une version plus récente de DocSpace Keys</translation>
    </message>
    <message>
        <source>Your saved profiles could not be loaded: %1. The file was kept as %2, and DocSpace Keys starts without profiles.</source>
        <translation>Vos profils enregistrés n&apos;ont pas pu être chargés&#xa0;: %1. Le fichier a été conservé sous le nom %2, et DocSpace Keys démarre sans profils.</translation>
    </message>
    <message>
        <source>Your saved profiles could not be loaded: %1. The file %2 is left untouched and nothing will be saved this session; move it away to start afresh.</source>
        <translation>Vos profils enregistrés n&apos;ont pas pu être chargés&#xa0;: %1. Le fichier %2 est laissé intact et rien ne sera enregistré pendant cette session&#xa0;; déplacez-le pour repartir de zéro.</translation>
    </message>
    <message>
        <source>Your profiles could not be saved to %1. Check that the folder is writable and the disk is not full.</source>
        <translation>Vos profils n&apos;ont pas pu être enregistrés dans %1. Vérifiez que le dossier est accessible en écriture et que le disque n&apos;est pas plein.</translation>
    </message>
    <message>
        <source>A profile named &quot;%1&quot; already exists. Choose another name.</source>
        <translation>Un profil nommé «&#xa0;%1&#xa0;» existe déjà. Choisissez un autre nom.</translation>
    </message>
    <message>
        <source>Portal</source>
        <translation>Portail</translation>
    </message>
    <message>
        <source>The file is not valid JSON (%1).</source>
        <translation>Le fichier n&apos;est pas un JSON valide (%1).</translation>
    </message>
    <message>
        <source>The file was exported by a newer version of DocSpace Keys.</source>
        <translation>Le fichier a été exporté par une version plus récente de DocSpace Keys.</translation>
    </message>
    <message>
        <source>The file is not a DocSpace Keys profile export.</source>
        <translation>Le fichier n&apos;est pas un export de profils DocSpace Keys.</translation>
    </message>
</context>
<context>
    <name>RetirementEntry</name>
    <message>
        <source>Taken out of the plan; the key stays deactivated.</source>
        <translation>Retirée du plan&#xa0;; la clé reste désactivée.</translation>
    </message>
    <message>
        <source>Deactivated, to be revoked</source>
        <translation>Désactivée, à révoquer</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Révoquée</translation>
    </message>
    <message>
        <source>Reactivated meanwhile: left alone</source>
        <translation>Réactivée entre-temps&#xa0;: laissée telle quelle</translation>
    </message>
    <message>
        <source>No longer on the portal</source>
        <translation>N&apos;est plus sur le portail</translation>
    </message>
    <message>
        <source>Taken out of the plan</source>
        <translation>Retirée du plan</translation>
    </message>
    <message numerus="yes">
        <source>Deactivated; revoked after %n day(s) unless reactivated.</source>
        <translation>
            <numerusform>Désactivée&#xa0;; révoquée après %n jour sauf réactivation.</numerusform>
            <numerusform>Désactivée&#xa0;; révoquée après %n jours sauf réactivation.</numerusform>
        </translation>
    </message>
    <message>
        <source>The key was no longer on the portal when due: someone revoked it already.</source>
        <translation>La clé n&apos;était plus sur le portail à l&apos;échéance&#xa0;: quelqu&apos;un l&apos;avait déjà révoquée.</translation>
    </message>
    <message>
        <source>The key was active again when due (reactivated on the portal), so it was left alone.</source>
        <translation>La clé était de nouveau active à l&apos;échéance (réactivée sur le portail)&#xa0;: elle a donc été laissée telle quelle.</translation>
    </message>
    <message>
        <source>Revoked as planned.</source>
        <translation>Révoquée comme prévu.</translation>
    </message>
    <message>
        <source>The key was no longer on the portal when due.</source>
        <translation>La clé n&apos;était plus sur le portail à l&apos;échéance.</translation>
    </message>
    <message>
        <source>Revoking failed (%1); tried again at the next run.</source>
        <translation>Échec de la révocation (%1)&#xa0;; nouvelle tentative à la prochaine exécution.</translation>
    </message>
</context>
<context>
    <name>RetirementPlan</name>
    <message>
        <source>Cannot read the retirement plan %1: %2.</source>
        <translation>Impossible de lire le plan de retrait %1&#xa0;: %2.</translation>
    </message>
    <message>
        <source>The retirement plan %1 is damaged or from another version; it was left as it is. Move it aside to start a new plan.</source>
        <translation>Le plan de retrait %1 est endommagé ou provient d&apos;une autre version&#xa0;; il a été laissé tel quel. Déplacez-le pour commencer un nouveau plan.</translation>
    </message>
    <message>
        <source>The retirement plan %1 is locked by another DocSpace Keys process.</source>
        <translation>Le plan de retrait %1 est verrouillé par un autre processus DocSpace Keys.</translation>
    </message>
    <message>
        <source>Cannot write the retirement plan %1: %2.</source>
        <translation>Impossible d&apos;écrire le plan de retrait %1&#xa0;: %2.</translation>
    </message>
</context>
<context>
    <name>RetirementPlanView</name>
    <message>
        <source>Retirement Plan</source>
        <translation>Plan de retrait</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Clé</translation>
    </message>
    <message>
        <source>Portal</source>
        <translation>Portail</translation>
    </message>
    <message>
        <source>Deactivated</source>
        <translation>Désactivation</translation>
    </message>
    <message>
        <source>Revoke after</source>
        <translation>Révoquer après</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Remarque</translation>
    </message>
    <message>
        <source>Carry Out &amp;Due Now</source>
        <translation>Exécuter les é&amp;chéances maintenant</translation>
    </message>
    <message>
        <source>&amp;Take Out of Plan</source>
        <translation>&amp;Retirer du plan</translation>
    </message>
    <message>
        <source>Due now</source>
        <translation>Échue</translation>
    </message>
    <message>
        <source>Plan Not Changed</source>
        <translation>Plan non modifié</translation>
    </message>
    <message numerus="yes">
        <source>%n key(s) waiting to be revoked. Due keys are revoked when DocSpace Keys lists their portal&apos;s keys (those of the other saved profiles&apos; portals after one question), on Carry Out Due Now, or when &apos;docspace-keys-cli retire --due&apos; runs (see the README for a daily timer). A key reactivated meanwhile is left alone.</source>
        <translation>
            <numerusform>%n clé en attente de révocation. Les clés échues sont révoquées lorsque DocSpace Keys liste les clés de leur portail (celles des portails des autres profils enregistrés après une question), via Exécuter les échéances maintenant, ou lorsque « docspace-keys-cli retire --due » s&apos;exécute (voir le README pour un minuteur quotidien). Une clé réactivée entre-temps est laissée telle quelle.</numerusform>
            <numerusform>%n clés en attente de révocation. Les clés échues sont révoquées lorsque DocSpace Keys liste les clés de leur portail (celles des portails des autres profils enregistrés après une question), via Exécuter les échéances maintenant, ou lorsque « docspace-keys-cli retire --due » s&apos;exécute (voir le README pour un minuteur quotidien). Une clé réactivée entre-temps est laissée telle quelle.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SandboxDemo</name>
    <message>
        <source>Cannot read the sandbox info file %1: %2. Start docspace-sandbox with --info-file and pass the same path.</source>
        <translation>Impossible de lire le fichier d&apos;informations du bac à sable %1&#xa0;: %2. Démarrez docspace-sandbox avec --info-file et indiquez le même chemin.</translation>
    </message>
    <message>
        <source>The sandbox info file is not valid JSON (%1).</source>
        <translation>Le fichier d&apos;informations du bac à sable n&apos;est pas un JSON valide (%1).</translation>
    </message>
    <message>
        <source>The sandbox info file names no portal address (httpsUrl or httpUrl).</source>
        <translation>Le fichier d&apos;informations du bac à sable n&apos;indique aucune adresse de portail (httpsUrl ou httpUrl).</translation>
    </message>
    <message>
        <source>The sandbox info file has no &quot;Admin console&quot; key to sign in with.</source>
        <translation>Le fichier d&apos;informations du bac à sable ne contient aucune clé «&#xa0;Admin console&#xa0;» avec laquelle se connecter.</translation>
    </message>
    <message>
        <source>The sandbox info file has no other key of the owner to revoke.</source>
        <translation>Le fichier d&apos;informations du bac à sable ne contient aucune autre clé du propriétaire à révoquer.</translation>
    </message>
    <message>
        <source>Sandbox portal (demo)</source>
        <translation>Portail bac à sable (démo)</translation>
    </message>
    <message>
        <source>The demo token could not be stored: %1</source>
        <translation>Le jeton de démo n&apos;a pas pu être enregistré&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>SecretIdentification</name>
    <message>
        <source>The portal answered, but not with a key.</source>
        <translation>Le portail a répondu, mais pas avec une clé.</translation>
    </message>
    <message>
        <source>The portal no longer accepts this secret: the key was already revoked, has expired or is deactivated. A deactivated key still exists and can be reactivated by its owner, so check the candidates below.</source>
        <translation>Le portail n&apos;accepte plus ce secret&#xa0;: la clé a déjà été révoquée, a expiré ou est désactivée. Une clé désactivée existe toujours et peut être réactivée par son propriétaire&#xa0;: vérifiez donc les candidates ci-dessous.</translation>
    </message>
</context>
<context>
    <name>SecretStore</name>
    <message>
        <source>The keychain did not answer.</source>
        <translation>Le trousseau n&apos;a pas répondu.</translation>
    </message>
</context>
<context>
    <name>SessionTrust</name>
    <message>
        <source>Trust This Certificate?</source>
        <translation>Faire confiance à ce certificat&#xa0;?</translation>
    </message>
    <message>
        <source>Trust the certificate presented by %1 for this session?</source>
        <translation>Faire confiance au certificat présenté par %1 pour cette session&#xa0;?</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint:
%1

Only do this if you have checked that this is your portal&apos;s certificate, for example with its administrator. If someone is intercepting the connection, trusting their certificate hands them your access token.

The certificate is trusted until DocSpace Keys quits; nothing is saved. To trust it for good, enter the fingerprint in the profile (Edit…).</source>
        <translation>Empreinte SHA-256&#xa0;:
%1

Ne le faites que si vous avez vérifié qu&apos;il s&apos;agit bien du certificat de votre portail, par exemple auprès de son administrateur. Si quelqu&apos;un intercepte la connexion, faire confiance à son certificat lui livre votre jeton d&apos;accès.

Le certificat est approuvé jusqu&apos;à la fermeture de DocSpace Keys&#xa0;; rien n&apos;est enregistré. Pour l&apos;approuver définitivement, saisissez l&apos;empreinte dans le profil (Modifier…).</translation>
    </message>
    <message>
        <source>&amp;Trust for This Session</source>
        <translation>&amp;Approuver pour cette session</translation>
    </message>
    <message>
        <source>Certificate Not Trusted</source>
        <translation>Certificat non approuvé</translation>
    </message>
    <message>
        <source>The certificate could not be trusted.</source>
        <translation>Le certificat n&apos;a pas pu être approuvé.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>These settings apply to DocSpace Keys on this computer.</source>
        <translation>Ces paramètres s’appliquent à DocSpace Keys sur cet ordinateur.</translation>
    </message>
    <message>
        <source>Interface &amp;language:</source>
        <translation>&amp;Langue de l’interface&#xa0;:</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>Langue de l’interface</translation>
    </message>
    <message>
        <source>The new language applies at once and is kept for the next start. Results already listed stay in the language they were made in.</source>
        <translation>La nouvelle langue s’applique immédiatement et est conservée au prochain démarrage. Les résultats déjà affichés restent dans leur langue.</translation>
    </message>
    <message>
        <source>System default (%1)</source>
        <translation>Langue du système (%1)</translation>
    </message>
</context>
<context>
    <name>SingleRevoke</name>
    <message>
        <source>Revoking key %1 on %2…</source>
        <translation>Révocation de la clé %1 sur %2…</translation>
    </message>
    <message>
        <source>Key %1 was revoked.</source>
        <translation>La clé %1 a été révoquée.</translation>
    </message>
    <message>
        <source>The portal&apos;s certificate is not trusted. See Results for its fingerprint.</source>
        <translation>Le certificat du portail n&apos;est pas approuvé. Son empreinte figure dans Résultats.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <source>Key %1 was not revoked: %2.</source>
        <translation>La clé %1 n&apos;a pas été révoquée&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Retrying…</source>
        <translation>Nouvelle tentative…</translation>
    </message>
    <message>
        <source>Rate limited by the portal, retrying in %1 s…</source>
        <translation>Limite de débit du portail atteinte, nouvelle tentative dans %1 s…</translation>
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
        <translation>clé %1</translation>
    </message>
    <message>
        <source>Portal: %1</source>
        <translation>Portail&#xa0;: %1</translation>
    </message>
    <message>
        <source>Result: %1</source>
        <translation>Résultat&#xa0;: %1</translation>
    </message>
    <message>
        <source>Portal&apos;s message: %1</source>
        <translation>Message du portail&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>Retry after: %n second(s)</source>
        <translation>
            <numerusform>Réessayer après&#xa0;: %n seconde</numerusform>
            <numerusform>Réessayer après&#xa0;: %n secondes</numerusform>
        </translation>
    </message>
    <message>
        <source>Detail: %1</source>
        <translation>Détail&#xa0;: %1</translation>
    </message>
    <message>
        <source>Certificate SHA-256: %1</source>
        <translation>SHA-256 du certificat&#xa0;: %1</translation>
    </message>
    <message>
        <source>This certificate is trusted for the rest of this session. Revoke again to retry.</source>
        <translation>Ce certificat est approuvé pour le reste de cette session. Relancez la révocation pour réessayer.</translation>
    </message>
    <message>
        <source>If you recognise this fingerprint as your portal&apos;s certificate, use &quot;Trust this certificate…&quot; and revoke again.</source>
        <translation>Si vous reconnaissez cette empreinte comme celle du certificat de votre portail, utilisez «&#xa0;Faire confiance à ce certificat…&#xa0;» et relancez la révocation.</translation>
    </message>
    <message>
        <source>key “%1” (…%2)</source>
        <translation>clé « %1 » (…%2)</translation>
    </message>
    <message>
        <source>Key id: %1</source>
        <translation>ID de la clé&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>StatusPanel</name>
    <message>
        <source>The result of each revocation appears here.</source>
        <translation>Le résultat de chaque révocation s&apos;affiche ici.</translation>
    </message>
    <message>
        <source>Tr&amp;ust this certificate…</source>
        <translation>Faire confiance &amp;à ce certificat…</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>Cop&amp;ier</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Résultats</translation>
    </message>
    <message>
        <source>The result of each revocation, newest first. Press Space to show or hide details.</source>
        <translation>Le résultat de chaque révocation, du plus récent au plus ancien. Appuyez sur Espace pour afficher ou masquer les détails.</translation>
    </message>
    <message>
        <source>Trust the certificate of the selected certificate problem for this session</source>
        <translation>Faire confiance, pour cette session, au certificat du problème de certificat sélectionné</translation>
    </message>
    <message>
        <source>Remove all entries from the list</source>
        <translation>Supprimer toutes les entrées de la liste</translation>
    </message>
    <message>
        <source>Copy the selected entries as plain text</source>
        <translation>Copier les entrées sélectionnées en texte brut</translation>
    </message>
    <message>
        <source>Copy all entries as plain text</source>
        <translation>Copier toutes les entrées en texte brut</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>&amp;Effacer</translation>
    </message>
    <message>
        <source>&amp;Copy Selected</source>
        <translation>Copier la sélection</translation>
    </message>
    <message>
        <source>&amp;Copy All</source>
        <translation>Tout copier</translation>
    </message>
</context>
<context>
    <name>TlsTrust</name>
    <message>
        <source>Cannot read the CA file %1: %2.</source>
        <translation>Impossible de lire le fichier d&apos;AC %1&#xa0;: %2.</translation>
    </message>
    <message>
        <source>The file %1 holds no certificate in PEM or DER form.</source>
        <translation>Le fichier %1 ne contient aucun certificat au format PEM ou DER.</translation>
    </message>
    <message>
        <source>A certificate fingerprint is a SHA-256 digest: 64 hexadecimal digits, with or without colons.</source>
        <translation>Une empreinte de certificat est un condensé SHA-256&#xa0;: 64 chiffres hexadécimaux, avec ou sans deux-points.</translation>
    </message>
    <message>
        <source>The certificate fingerprint holds &quot;%1&quot; (U+%2), which is not a hexadecimal digit: use only 0-9 and A-F (ASCII), with or without colons.</source>
        <translation>L&apos;empreinte du certificat contient «&#xa0;%1&#xa0;» (U+%2), qui n&apos;est pas un chiffre hexadécimal&#xa0;: utilisez uniquement 0-9 et A-F (ASCII), avec ou sans deux-points.</translation>
    </message>
</context>
<context>
    <name>TokenField</name>
    <message>
        <source>Hide token</source>
        <translation>Masquer le jeton</translation>
    </message>
    <message>
        <source>Show token</source>
        <translation>Afficher le jeton</translation>
    </message>
    <message>
        <source>Hide the access token</source>
        <translation>Masquer le jeton d&apos;accès</translation>
    </message>
    <message>
        <source>Show the access token</source>
        <translation>Afficher le jeton d&apos;accès</translation>
    </message>
</context>
<context>
    <name>ToolsController</name>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Rapport</translation>
    </message>
    <message>
        <source>Every revocation, deactivation and reactivation recorded on this computer, by the window and the command line</source>
        <translation>Chaque révocation, désactivation et réactivation enregistrée sur cet ordinateur, depuis la fenêtre et la ligne de commande</translation>
    </message>
    <message>
        <source>Which keys of the portal are a risk before they leak</source>
        <translation>Quelles clés du portail présentent un risque avant qu’elles ne fuient</translation>
    </message>
    <message>
        <source>Key hygiene report</source>
        <translation>Rapport d’hygiène des clés</translation>
    </message>
    <message>
        <source>About DocSpace Keys</source>
        <translation>À propos de DocSpace Keys</translation>
    </message>
    <message>
        <source>DocSpace Keys %1

Revokes API keys of ONLYOFFICE DocSpace portals.
Tokens of saved profiles are kept in %2; never in a file, never logged.

Built with Qt %3, running on Qt %4.</source>
        <translation>DocSpace Keys %1

Révoque les clés API des portails ONLYOFFICE DocSpace.
Les jetons des profils enregistrés sont conservés dans %2&#xa0;; jamais dans un fichier, jamais journalisés.

Compilé avec Qt %3, exécuté avec Qt %4.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Revoke ONLYOFFICE DocSpace API keys. The access token is never read from the command line; DOCSPACE_TOKEN in the environment may prefill it.</source>
        <translation>Révoque les clés API ONLYOFFICE DocSpace. Le jeton d&apos;accès n&apos;est jamais lu depuis la ligne de commande&#xa0;; DOCSPACE_TOKEN dans l&apos;environnement peut le préremplir.</translation>
    </message>
    <message>
        <source>Prefill the portal address.</source>
        <translation>Préremplir l&apos;adresse du portail.</translation>
    </message>
    <message>
        <source>Prefill the key id.</source>
        <translation>Préremplir l&apos;ID de la clé.</translation>
    </message>
    <message>
        <source>Demo mode: connect to the sandbox portal described by this docspace-sandbox --info-file.</source>
        <translation>Mode démo&#xa0;: se connecter au portail bac à sable décrit par ce fichier docspace-sandbox --info-file.</translation>
    </message>
    <message>
        <source>Cannot create a temporary folder: %1</source>
        <translation>Impossible de créer un dossier temporaire&#xa0;: %1</translation>
    </message>
    <message>
        <source>Demo mode: the sandbox portal, with profiles and tokens kept in memory</source>
        <translation>Mode démo&#xa0;: le portail bac à sable, avec des profils et des jetons conservés en mémoire</translation>
    </message>
</context>
</TS>
