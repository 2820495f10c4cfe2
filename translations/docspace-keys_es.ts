<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>AllPortalsView</name>
    <message>
        <source>Keys of All Portals</source>
        <translation>Claves de todos los portales</translation>
    </message>
    <message>
        <source>Search name, creator, ending, id or portal</source>
        <translation>Buscar nombre, creador, terminación, ID o portal</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Caducadas</translation>
    </message>
    <message>
        <source>Deactivated</source>
        <translation>Desactivadas</translation>
    </message>
    <message>
        <source>Never used</source>
        <translation>Nunca usadas</translation>
    </message>
    <message>
        <source>Unused for</source>
        <translation>Sin usar desde hace</translation>
    </message>
    <message>
        <source> days</source>
        <translation> días</translation>
    </message>
    <message>
        <source>Portal</source>
        <translation>Portal</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Perfil</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Ending</source>
        <translation>Final</translation>
    </message>
    <message>
        <source>Created by</source>
        <translation>Creada por</translation>
    </message>
    <message>
        <source>Last used</source>
        <translation>Último uso</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Caduca</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Permissions</source>
        <translation>Permisos</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualizar</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>&amp;Exportar CSV…</translation>
    </message>
    <message>
        <source>Reading the tokens of the saved profiles…</source>
        <translation>Leyendo los tokens de los perfiles guardados…</translation>
    </message>
    <message>
        <source>There are no saved profiles yet.</source>
        <translation>Todavía no hay perfiles guardados.</translation>
    </message>
    <message>
        <source>“%1”: no saved token.</source>
        <translation>“%1”: no hay ningún token guardado.</translation>
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
            <numerusform>Enumerando las claves de %n portal…</numerusform>
            <numerusform>Enumerando las claves de %n portales…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n key(s) shown</source>
        <translation>
            <numerusform>%1 de %n clave mostradas</numerusform>
            <numerusform>%1 de %n claves mostradas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>on %n portal(s).</source>
        <translation>
            <numerusform>en %n portal.</numerusform>
            <numerusform>en %n portales.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not listed: %1</source>
        <translation>No enumerados: %1</translation>
    </message>
    <message>
        <source>Export Keys of All Portals</source>
        <translation>Exportar las claves de todos los portales</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Not Exported</source>
        <translation>No exportado</translation>
    </message>
    <message>
        <source>Cannot write %1: %2.</source>
        <translation>No se puede escribir %1: %2.</translation>
    </message>
</context>
<context>
    <name>ApiCall</name>
    <message numerus="yes">
        <source>No data for %n second(s)</source>
        <translation>
            <numerusform>Sin datos durante %n segundo</numerusform>
            <numerusform>Sin datos durante %n segundos</numerusform>
        </translation>
    </message>
    <message>
        <source>the connection closed before the answer, and the request was sent again</source>
        <translation>la conexión se cerró antes de la respuesta y la solicitud se envió de nuevo</translation>
    </message>
</context>
<context>
    <name>BatchConfirmDialog</name>
    <message>
        <source>Keys</source>
        <translation>Claves</translation>
    </message>
    <message>
        <source>To confirm, type the number of keys (%1):</source>
        <translation>Para confirmar, escriba el número de claves (%1):</translation>
    </message>
    <message>
        <source>Number of keys</source>
        <translation>Número de claves</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more key(s), not listed here but counted above</source>
        <translation>
            <numerusform>… y %n clave más, no incluida aquí pero contada arriba</numerusform>
            <numerusform>… y %n claves más, no incluidas aquí pero contadas arriba</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BatchRunner</name>
    <message numerus="yes">
        <source>about %n s left</source>
        <translation>
            <numerusform>quedan unos %n s</numerusform>
            <numerusform>quedan unos %n s</numerusform>
        </translation>
    </message>
    <message>
        <source>about %1 min %2 s left</source>
        <translation>quedan unos %1 min %2 s</translation>
    </message>
    <message>
        <source>Batch progress</source>
        <translation>Progreso del lote</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Send nothing more; requests already sent finish, the rest are reported cancelled</source>
        <translation>No enviar nada más; las solicitudes ya enviadas terminan y el resto se notifica como cancelado</translation>
    </message>
    <message>
        <source>%1 done, %2 failed, %3 left</source>
        <translation>%1 completadas, %2 con error, %3 pendientes</translation>
    </message>
    <message numerus="yes">
        <source>paused, resuming in %n s</source>
        <translation>
            <numerusform>en pausa, se reanuda en %n s</numerusform>
            <numerusform>en pausa, se reanuda en %n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Rate limited: paused for %n s.</source>
        <translation>
            <numerusform>Límite de solicitudes: en pausa durante %n s.</numerusform>
            <numerusform>Límite de solicitudes: en pausa durante %n s.</numerusform>
        </translation>
    </message>
    <message>
        <source>The portal asked to slow down; the batch resumes by itself.</source>
        <translation>El portal ha pedido reducir el ritmo; el lote se reanuda por sí solo.</translation>
    </message>
    <message>
        <source>This key expired on %1 and cannot be reactivated: the portal refuses every change to an expired key. To let what used it work again, create a new key (Keys menu) and give it the new secret; then revoke this one.</source>
        <translation>Esta clave caducó el %1 y no se puede reactivar: el portal rechaza cualquier cambio en una clave caducada. Para que lo que la usaba vuelva a funcionar, cree una clave nueva (menú Claves) y proporciónele el nuevo secreto; después, revoque esta.</translation>
    </message>
    <message>
        <source>This key expired on %1 and no longer works; the portal refuses every change to an expired key, so it cannot be deactivated. Revoke it to remove it.</source>
        <translation>Esta clave caducó el %1 y ya no funciona; el portal rechaza cualquier cambio en una clave caducada, por lo que no se puede desactivar. Revóquela para quitarla.</translation>
    </message>
</context>
<context>
    <name>BatchSummary</name>
    <message numerus="yes">
        <source>Revoked %1 of %n key(s)</source>
        <translation>
            <numerusform>Claves revocadas: %1 de %n</numerusform>
            <numerusform>Claves revocadas: %1 de %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deactivated %1 of %n key(s)</source>
        <translation>
            <numerusform>Claves desactivadas: %1 de %n</numerusform>
            <numerusform>Claves desactivadas: %1 de %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reactivated %1 of %n key(s)</source>
        <translation>
            <numerusform>Claves reactivadas: %1 de %n</numerusform>
            <numerusform>Claves reactivadas: %1 de %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n refused by the portal</source>
        <translation>
            <numerusform>%n rechazada por el portal</numerusform>
            <numerusform>%n rechazadas por el portal</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not found on the portal (already revoked, or a wrong id)</source>
        <translation>
            <numerusform>%n no encontrada en el portal (ya revocada o ID incorrecto)</numerusform>
            <numerusform>%n no encontradas en el portal (ya revocadas o ID incorrecto)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with an id that is not a key id</source>
        <translation>
            <numerusform>%n con un ID que no es un ID de clave</numerusform>
            <numerusform>%n con un ID que no es un ID de clave</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not changed because the portal did not accept the token</source>
        <translation>
            <numerusform>%n sin cambios porque el portal no aceptó el token</numerusform>
            <numerusform>%n sin cambios porque el portal no aceptó el token</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not changed because the token may not change keys</source>
        <translation>
            <numerusform>%n sin cambios porque el token no puede modificar claves</numerusform>
            <numerusform>%n sin cambios porque el token no puede modificar claves</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not changed because the portal is unavailable</source>
        <translation>
            <numerusform>%n sin cambios porque el portal no está disponible</numerusform>
            <numerusform>%n sin cambios porque el portal no está disponible</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not changed because the portal kept asking to slow down</source>
        <translation>
            <numerusform>%n sin cambios porque el portal seguía pidiendo reducir el ritmo</numerusform>
            <numerusform>%n sin cambios porque el portal seguía pidiendo reducir el ritmo</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed with an error on the portal</source>
        <translation>
            <numerusform>%n con error en el portal</numerusform>
            <numerusform>%n con error en el portal</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with an answer that could not be read</source>
        <translation>
            <numerusform>%n con una respuesta que no se pudo leer</numerusform>
            <numerusform>%n con una respuesta que no se pudo leer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not sent because the portal could not be reached</source>
        <translation>
            <numerusform>%n no enviada porque no se pudo contactar con el portal</numerusform>
            <numerusform>%n no enviadas porque no se pudo contactar con el portal</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n timed out</source>
        <translation>
            <numerusform>%n con tiempo de espera agotado</numerusform>
            <numerusform>%n con tiempo de espera agotado</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not sent because the certificate is not trusted</source>
        <translation>
            <numerusform>%n no enviada porque el certificado no es de confianza</numerusform>
            <numerusform>%n no enviadas porque el certificado no es de confianza</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not sent over unencrypted HTTP</source>
        <translation>
            <numerusform>%n no enviada por HTTP sin cifrar</numerusform>
            <numerusform>%n no enviadas por HTTP sin cifrar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cancelled</source>
        <translation>
            <numerusform>%n cancelada</numerusform>
            <numerusform>%n canceladas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with an unknown outcome (refresh the list to check)</source>
        <translation>
            <numerusform>%n con resultado desconocido (actualice la lista para comprobarlo)</numerusform>
            <numerusform>%n con resultado desconocido (actualice la lista para comprobarlo)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Portal address, e.g. https://portal.example.com.</source>
        <translation>Dirección del portal, por ejemplo https://portal.example.com.</translation>
    </message>
    <message>
        <source>Use a saved profile (its portal, settings and keychain token) instead of --portal.</source>
        <translation>Usar un perfil guardado (su portal, su configuración y el token del llavero) en lugar de --portal.</translation>
    </message>
    <message>
        <source>Read the access token from the first line of standard input instead of the DOCSPACE_TOKEN environment variable. Tokens are never accepted as arguments.</source>
        <translation>Leer el token de acceso de la primera línea de la entrada estándar en lugar de la variable de entorno DOCSPACE_TOKEN. Los tokens nunca se aceptan como argumentos.</translation>
    </message>
    <message>
        <source>Also trust the certificate authorities in this PEM file (an internal CA).</source>
        <translation>Confiar también en las entidades de certificación de este archivo PEM (una CA interna).</translation>
    </message>
    <message>
        <source>Trust exactly the server certificate with this SHA-256 fingerprint (hex, colons optional).</source>
        <translation>Confiar únicamente en el certificado de servidor con esta huella digital SHA-256 (hexadecimal, dos puntos opcionales).</translation>
    </message>
    <message>
        <source>Allow plain http:// to a host that is not this computer (the token travels unencrypted).</source>
        <translation>Permitir http:// sin cifrar hacia un host que no sea este equipo (el token viaja sin cifrar).</translation>
    </message>
    <message>
        <source>Give up when the portal sends nothing for this many seconds (default 30, or the profile&apos;s).</source>
        <translation>Desistir cuando el portal no envíe nada durante este número de segundos (30 de forma predeterminada, o el valor del perfil).</translation>
    </message>
    <message>
        <source>Invalid --timeout: give a number of seconds between 1 and 3600.</source>
        <translation>--timeout no válido: indique un número de segundos entre 1 y 3600.</translation>
    </message>
    <message>
        <source>Invalid --trust-cert: %1</source>
        <translation>--trust-cert no válido: %1</translation>
    </message>
    <message>
        <source>Give either --portal or --profile, not both.</source>
        <translation>Indique --portal o --profile, pero no ambos.</translation>
    </message>
    <message>
        <source>Missing --portal or --profile: give the portal address (e.g. --portal https://portal.example.com) or a saved profile&apos;s name.</source>
        <translation>Falta --portal o --profile: indique la dirección del portal (por ejemplo, --portal https://portal.example.com) o el nombre de un perfil guardado.</translation>
    </message>
    <message>
        <source>There is no profile named &quot;%1&quot;. &apos;docspace-keys-cli profiles list&apos; shows the saved ones.</source>
        <translation>No hay ningún perfil llamado &quot;%1&quot;. &apos;docspace-keys-cli profiles list&apos; muestra los perfiles guardados.</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot;: %2</source>
        <translation>Perfil &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>Invalid --portal: %1</source>
        <translation>--portal no válido: %1</translation>
    </message>
    <message>
        <source>No access token on standard input: pipe one line holding the token.</source>
        <translation>No hay ningún token de acceso en la entrada estándar: canalice una línea que contenga el token.</translation>
    </message>
    <message>
        <source>No token is saved for profile &quot;%1&quot; (%2). Save one with &apos;profiles add --token-stdin&apos;, or set DOCSPACE_TOKEN.</source>
        <translation>No hay ningún token guardado para el perfil &quot;%1&quot; (%2). Guarde uno con &apos;profiles add --token-stdin&apos; o defina DOCSPACE_TOKEN.</translation>
    </message>
    <message>
        <source>No access token: set DOCSPACE_TOKEN, or pass --token-stdin and pipe it in.</source>
        <translation>No hay token de acceso: defina DOCSPACE_TOKEN, o indique --token-stdin y canalícelo por la entrada estándar.</translation>
    </message>
    <message>
        <source>Run &apos;docspace-keys-cli %1 --help&apos; for the options.</source>
        <translation>Ejecute &apos;docspace-keys-cli %1 --help&apos; para ver las opciones.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; takes no arguments besides its options.</source>
        <translation>&apos;%1&apos; no admite argumentos aparte de sus opciones.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; (%2, ending %3), created by %4, %5</source>
        <translation>&quot;%1&quot; (%2, terminada en %3), creada por %4, %5</translation>
    </message>
    <message>
        <source>all scopes</source>
        <translation>todos los ámbitos</translation>
    </message>
    <message>
        <source>Revoke leaked API-key secrets. Reads any text on standard input (a log, a diff, a chat export), finds every sk- secret in it, asks the portal which key each one is, and revokes it with YOUR token (--profile or DOCSPACE_TOKEN), never with the leaked one. The text and the secrets are kept in memory only. Without --yes it only reports.
Exit status: 0 every secret is revoked or no longer works, 1 otherwise, 2 usage error.</source>
        <translation>Revoca secretos de claves API filtrados. Lee cualquier texto de la entrada estándar (un registro, un diff, una exportación de chat), encuentra en él cada secreto sk-, pregunta al portal a qué clave corresponde y la revoca con SU token (--profile o DOCSPACE_TOKEN), nunca con el filtrado. El texto y los secretos se mantienen solo en memoria. Sin --yes, solo informa.
Código de salida: 0 si cada secreto se ha revocado o ya no funciona, 1 en caso contrario, 2 error de uso.</translation>
    </message>
    <message>
        <source>Revoke the identified keys without asking.</source>
        <translation>Revocar las claves identificadas sin preguntar.</translation>
    </message>
    <message>
        <source>Print one JSON object per secret.</source>
        <translation>Imprimir un objeto JSON por secreto.</translation>
    </message>
    <message>
        <source>Standard input holds the leaked text: give your own token in DOCSPACE_TOKEN or a profile.</source>
        <translation>La entrada estándar contiene el texto filtrado: indique su propio token en DOCSPACE_TOKEN o mediante un perfil.</translation>
    </message>
    <message>
        <source>No API-key secret found on standard input (sk- followed by 64 lower-case hexadecimal digits).</source>
        <translation>No se ha encontrado ningún secreto de clave API en la entrada estándar (sk- seguido de 64 dígitos hexadecimales en minúsculas).</translation>
    </message>
    <message>
        <source>%1 is key %2.</source>
        <translation>%1 es la clave %2.</translation>
    </message>
    <message>
        <source>Not revoked: pass --yes to revoke it.</source>
        <translation>No revocada: indique --yes para revocarla.</translation>
    </message>
    <message>
        <source>candidate (same ending): %1</source>
        <translation>candidata (mismo final): %1</translation>
    </message>
    <message>
        <source>Candidates are never revoked automatically: check them, then use &apos;docspace-keys-cli revoke ID&apos;.</source>
        <translation>Las candidatas nunca se revocan automáticamente: compruébelas y luego use &apos;docspace-keys-cli revoke ID&apos;.</translation>
    </message>
    <message>
        <source>The key-hygiene report: expired keys still present, deactivated keys, keys never used or unused for N days, keys without expiry, keys with every permission.</source>
        <translation>El informe de higiene de las claves: claves caducadas que siguen presentes, claves desactivadas, claves nunca usadas o sin usar desde hace N días, claves sin caducidad, claves con todos los permisos.</translation>
    </message>
    <message>
        <source>Print the report as JSON.</source>
        <translation>Imprimir el informe en formato JSON.</translation>
    </message>
    <message>
        <source>Threshold for unused keys (default 90).</source>
        <translation>Umbral de claves sin usar, en días (90 de forma predeterminada).</translation>
    </message>
    <message>
        <source>Also write a printable HTML report to FILE.</source>
        <translation>Escribir además un informe HTML imprimible en FILE.</translation>
    </message>
    <message>
        <source>Invalid --unused-days: give a whole number of days.</source>
        <translation>--unused-days no válido: indique un número entero de días.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Key hygiene on %1: %n key(s) examined.</source>
        <translation>
            <numerusform>Higiene de las claves en %1: %n clave examinada.</numerusform>
            <numerusform>Higiene de las claves en %1: %n claves examinadas.</numerusform>
        </translation>
    </message>
    <message>
        <source>portal: %1</source>
        <translation>portal: %1</translation>
    </message>
    <message>
        <source>Revoke (delete) DocSpace API keys by id.</source>
        <translation>Revocar (eliminar) claves API de DocSpace por ID.</translation>
    </message>
    <message>
        <source>Deactivate DocSpace API keys by id: they stop working until reactivated.</source>
        <translation>Desactivar claves API de DocSpace por ID: dejan de funcionar hasta que se reactiven.</translation>
    </message>
    <message>
        <source>Reactivate deactivated DocSpace API keys by id (expired keys cannot be).</source>
        <translation>Reactivar claves API de DocSpace desactivadas por ID (las claves caducadas no se pueden reactivar).</translation>
    </message>
    <message>
        <source>Do not ask for confirmation (for scripts).</source>
        <translation>No pedir confirmación (para scripts).</translation>
    </message>
    <message>
        <source>Print one JSON object per id.</source>
        <translation>Imprimir un objeto JSON por ID.</translation>
    </message>
    <message>
        <source>Key ids (UUIDs), or - for standard input.</source>
        <translation>ID de claves (UUID), o - para la entrada estándar.</translation>
    </message>
    <message>
        <source>Standard input cannot hold both the token (--token-stdin) and the ids (-): give the token in DOCSPACE_TOKEN or a profile.</source>
        <translation>La entrada estándar no puede contener a la vez el token (--token-stdin) y los ID (-): indique el token en DOCSPACE_TOKEN o mediante un perfil.</translation>
    </message>
    <message>
        <source>Give at least one key id.</source>
        <translation>Indique al menos un ID de clave.</translation>
    </message>
    <message>
        <source>Invalid --concurrency: give a number from 1 to %1.</source>
        <translation>--concurrency no válido: indique un número del 1 al %1.</translation>
    </message>
    <message>
        <source>Not revoking: no terminal to ask for confirmation on. Pass --yes to confirm in a script.</source>
        <translation>No se revoca nada: no hay ningún terminal en el que pedir confirmación. Indique --yes para confirmar en un script.</translation>
    </message>
    <message numerus="yes">
        <source>Revoke %n key(s) on %1? This cannot be undone.</source>
        <translation>
            <numerusform>¿Revocar %n clave en %1? Esta acción no se puede deshacer.</numerusform>
            <numerusform>¿Revocar %n claves en %1? Esta acción no se puede deshacer.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing revoked.</source>
        <translation>No se ha revocado nada.</translation>
    </message>
    <message numerus="yes">
        <source>Rate limited by the portal: pausing for %n second(s).</source>
        <translation>
            <numerusform>Límite de frecuencia del portal alcanzado: pausa de %n segundo.</numerusform>
            <numerusform>Límite de frecuencia del portal alcanzado: pausa de %n segundos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>Comando desconocido &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Saved portal profiles, shared with the DocSpace Keys window. Tokens are kept in the system keychain, read from standard input (--token-stdin), never from arguments.

</source>
        <translation>Perfiles de portal guardados, compartidos con la ventana de DocSpace Keys. Los tokens se guardan en el llavero del sistema y se leen de la entrada estándar (--token-stdin), nunca de los argumentos.

</translation>
    </message>
    <message>
        <source>Print a JSON array.</source>
        <translation>Imprimir una matriz JSON.</translation>
    </message>
    <message>
        <source>&apos;profiles list&apos; takes no names.</source>
        <translation>&apos;profiles list&apos; no admite nombres.</translation>
    </message>
    <message>
        <source>No saved profiles. Add one with &apos;docspace-keys-cli profiles add NAME --portal URL --token-stdin&apos;.</source>
        <translation>No hay perfiles guardados. Añada uno con &apos;docspace-keys-cli profiles add NAME --portal URL --token-stdin&apos;.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOMBRE</translation>
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
        <translation>guardado</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>&apos;profiles show&apos; takes one profile name.</source>
        <translation>&apos;profiles show&apos; admite un único nombre de perfil.</translation>
    </message>
    <message>
        <source>There is no profile named &quot;%1&quot;.</source>
        <translation>No hay ningún perfil llamado &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Name:          %1</source>
        <translation>Nombre:              %1</translation>
    </message>
    <message>
        <source>Portal:        %1</source>
        <translation>Portal:              %1</translation>
    </message>
    <message>
        <source>Auth scheme:   %1</source>
        <translation>Autenticación:       %1</translation>
    </message>
    <message>
        <source>Token:         %1</source>
        <translation>Token:               %1</translation>
    </message>
    <message>
        <source>saved in %1</source>
        <translation>guardado en %1</translation>
    </message>
    <message>
        <source>not saved</source>
        <translation>no guardado</translation>
    </message>
    <message>
        <source>Plain HTTP:    %1</source>
        <translation>HTTP sin cifrar:     %1</translation>
    </message>
    <message>
        <source>ALLOWED (the token may travel unencrypted)</source>
        <translation>PERMITIDO (el token puede viajar sin cifrar)</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>rechazado</translation>
    </message>
    <message>
        <source>Trusted cert:  %1</source>
        <translation>Cert. de confianza:  %1</translation>
    </message>
    <message>
        <source>Extra CA file: %1</source>
        <translation>Archivo de CA adic.: %1</translation>
    </message>
    <message numerus="yes">
        <source>Timeout:       %n second(s)</source>
        <translation>
            <numerusform>Tiempo de espera:    %n segundo</numerusform>
            <numerusform>Tiempo de espera:    %n segundos</numerusform>
        </translation>
    </message>
    <message>
        <source>&apos;profiles add&apos; takes one name and --portal.</source>
        <translation>&apos;profiles add&apos; admite un nombre y --portal.</translation>
    </message>
    <message>
        <source>No system keychain is available (%1), so the token cannot be saved.</source>
        <translation>No hay ningún llavero del sistema disponible (%1), por lo que no se puede guardar el token.</translation>
    </message>
    <message>
        <source>The profile was not added. Use DOCSPACE_TOKEN with --portal instead.</source>
        <translation>No se ha añadido el perfil. Use DOCSPACE_TOKEN con --portal en su lugar.</translation>
    </message>
    <message>
        <source>Added profile &quot;%1&quot; for %2%3.</source>
        <translation>Se ha añadido el perfil &quot;%1&quot; para %2%3.</translation>
    </message>
    <message>
        <source> (no token saved)</source>
        <translation> (sin token guardado)</translation>
    </message>
    <message>
        <source>, token in the keychain</source>
        <translation>, token en el llavero</translation>
    </message>
    <message>
        <source>&apos;profiles remove&apos; takes one profile name.</source>
        <translation>&apos;profiles remove&apos; admite un único nombre de perfil.</translation>
    </message>
    <message>
        <source>The profile was kept so that its token is not left behind unnoticed.</source>
        <translation>Se ha conservado el perfil para que su token no quede olvidado sin que nadie lo note.</translation>
    </message>
    <message>
        <source>Removed profile &quot;%1&quot; and its token.</source>
        <translation>Se han quitado el perfil &quot;%1&quot; y su token.</translation>
    </message>
    <message>
        <source>Unknown profiles action &quot;%1&quot;.</source>
        <translation>Acción de perfiles desconocida &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Print CSV with a header row.</source>
        <translation>Imprimir CSV con una fila de encabezado.</translation>
    </message>
    <message>
        <source>Only expired keys.</source>
        <translation>Solo las claves caducadas.</translation>
    </message>
    <message>
        <source>Only deactivated keys.</source>
        <translation>Solo las claves desactivadas.</translation>
    </message>
    <message>
        <source>Only keys created by this user (name or id).</source>
        <translation>Solo las claves creadas por este usuario (nombre o ID).</translation>
    </message>
    <message>
        <source>List the API keys the token can see: all of the portal&apos;s for an administrator, otherwise the caller&apos;s own.</source>
        <translation>Enumerar las claves API que el token puede ver: todas las del portal para un administrador; si no, las del propio usuario que llama.</translation>
    </message>
    <message>
        <source>Choose --json or --csv, not both.</source>
        <translation>Elija --json o --csv, pero no ambos.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>ENDING</source>
        <translation>FINAL</translation>
    </message>
    <message>
        <source>CREATED BY</source>
        <translation>CREADA POR</translation>
    </message>
    <message>
        <source>CREATED</source>
        <translation>CREADA</translation>
    </message>
    <message>
        <source>LAST USED</source>
        <translation>ÚLTIMO USO</translation>
    </message>
    <message>
        <source>EXPIRES</source>
        <translation>CADUCA</translation>
    </message>
    <message>
        <source>STATE</source>
        <translation>ESTADO</translation>
    </message>
    <message>
        <source>PERMISSIONS</source>
        <translation>PERMISOS</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n key(s) shown.</source>
        <translation>
            <numerusform>Mostrando %1 de %n clave.</numerusform>
            <numerusform>Mostrando %1 de %n claves.</numerusform>
        </translation>
    </message>
    <message>
        <source>Print a JSON object.</source>
        <translation>Imprimir un objeto JSON.</translation>
    </message>
    <message>
        <source>Who the token signs in as, and for an API key, which key it is.</source>
        <translation>Como quién inicia sesión el token y, si es una clave API, qué clave es.</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>advertencia: %1</translation>
    </message>
    <message>
        <source>Only records from this date or time on (ISO 8601).</source>
        <translation>Solo los registros a partir de esta fecha u hora (ISO 8601).</translation>
    </message>
    <message>
        <source>Only records for this portal.</source>
        <translation>Solo los registros de este portal.</translation>
    </message>
    <message>
        <source>Only records made with this profile.</source>
        <translation>Solo los registros hechos con este perfil.</translation>
    </message>
    <message>
        <source>Invalid --since: give a date such as 2026-07-01 or 2026-07-01T14:00.</source>
        <translation>--since no válido: indique una fecha como 2026-07-01 o 2026-07-01T14:00.</translation>
    </message>
    <message>
        <source>No history yet (%1).</source>
        <translation>Todavía no hay historial (%1).</translation>
    </message>
    <message>
        <source>TIME (UTC)</source>
        <translation>HORA (UTC)</translation>
    </message>
    <message>
        <source>OPERATION</source>
        <translation>OPERACIÓN</translation>
    </message>
    <message>
        <source>KEY</source>
        <translation>CLAVE</translation>
    </message>
    <message>
        <source>OUTCOME</source>
        <translation>RESULTADO</translation>
    </message>
    <message>
        <source>HTTP</source>
        <translation>HTTP</translation>
    </message>
    <message>
        <source>BY</source>
        <translation>POR</translation>
    </message>
    <message>
        <source>At most this many requests at once (1-%1). Without it the batch finds how many the portal takes, up to %2. A rate limit from the portal slows them all.</source>
        <translation>Como máximo este número de solicitudes a la vez (1-%1). Sin esta opción, el lote averigua cuántas admite el portal, hasta %2. Un límite de solicitudes del portal las ralentiza todas.</translation>
    </message>
    <message>
        <source>How to send the token: auto (default; sk-... is an API key), apikey (&quot;Bearer &lt;token&gt;&quot;, also to force it for a session token; alias bearer) or session (as it is).</source>
        <translation>Cómo enviar el token: auto (predeterminado; sk-... es una clave API), apikey (&quot;Bearer &lt;token&gt;&quot;, también para forzarlo con un token de sesión; alias bearer) o session (tal cual).</translation>
    </message>
    <message>
        <source>Invalid --auth &quot;%1&quot;: use auto, apikey, bearer or session.</source>
        <translation>--auth &quot;%1&quot; no válido: use auto, apikey, bearer o session.</translation>
    </message>
    <message>
        <source>Certificate SHA-256 fingerprint: %1</source>
        <translation>Huella digital SHA-256 del certificado: %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; (%2)</source>
        <translation>&quot;%1&quot; (%2)</translation>
    </message>
    <message>
        <source>created by %1</source>
        <translation>creada por %1</translation>
    </message>
    <message>
        <source>Not deactivating: no terminal to ask for confirmation on. Pass --yes to confirm in a script.</source>
        <translation>No se desactiva nada: no hay ningún terminal en el que pedir confirmación. Indique --yes para confirmar en un script.</translation>
    </message>
    <message>
        <source>Not reactivating: no terminal to ask for confirmation on. Pass --yes to confirm in a script.</source>
        <translation>No se reactiva nada: no hay ningún terminal en el que pedir confirmación. Indique --yes para confirmar en un script.</translation>
    </message>
    <message numerus="yes">
        <source>... and %n more key(s)</source>
        <translation>
            <numerusform>... y %n clave más</numerusform>
            <numerusform>... y %n claves más</numerusform>
        </translation>
    </message>
    <message>
        <source>(The key list could not be read to name the keys: %1)</source>
        <translation>(No se ha podido leer la lista de claves para nombrar las claves: %1)</translation>
    </message>
    <message numerus="yes">
        <source>Deactivate %n key(s) on %1? They stop working until reactivated.</source>
        <translation>
            <numerusform>¿Desactivar %n clave en %1? Dejará de funcionar hasta que se reactive.</numerusform>
            <numerusform>¿Desactivar %n claves en %1? Dejarán de funcionar hasta que se reactiven.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reactivate %n key(s) on %1?</source>
        <translation>
            <numerusform>¿Reactivar %n clave en %1?</numerusform>
            <numerusform>¿Reactivar %n claves en %1?</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing deactivated.</source>
        <translation>No se ha desactivado nada.</translation>
    </message>
    <message>
        <source>Nothing reactivated.</source>
        <translation>No se ha reactivado nada.</translation>
    </message>
    <message>
        <source>Revoke (delete) API keys by id</source>
        <translation>Revocar (eliminar) claves API por ID</translation>
    </message>
    <message>
        <source>Deactivate keys (reversible)</source>
        <translation>Desactivar claves (reversible)</translation>
    </message>
    <message>
        <source>Reactivate deactivated keys</source>
        <translation>Reactivar claves desactivadas</translation>
    </message>
    <message>
        <source>List the keys the token can see</source>
        <translation>Enumerar las claves que el token puede ver</translation>
    </message>
    <message>
        <source>Who the token signs in as, and which key it is</source>
        <translation>Como quién inicia sesión el token y qué clave es</translation>
    </message>
    <message>
        <source>What was revoked from this computer, when, by whom and with what result</source>
        <translation>Qué se ha revocado desde este equipo, cuándo, quién y con qué resultado</translation>
    </message>
    <message>
        <source>Find leaked sk- secrets in text on standard input and revoke them</source>
        <translation>Buscar secretos sk- filtrados en el texto de la entrada estándar y revocarlos</translation>
    </message>
    <message>
        <source>The key-hygiene report: expired, unused, unrestricted keys...</source>
        <translation>El informe de higiene de las claves: caducadas, sin usar, sin restricciones...</translation>
    </message>
    <message>
        <source>List, show, add and remove saved portal profiles</source>
        <translation>Enumerar, mostrar, añadir y quitar perfiles de portal guardados</translation>
    </message>
    <message>
        <source>Usage: docspace-keys-cli &lt;command&gt; [options]</source>
        <translation>Uso: docspace-keys-cli &lt;comando&gt; [opciones]</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Comandos:</translation>
    </message>
    <message>
        <source>Run &apos;docspace-keys-cli &lt;command&gt; --help&apos; for a command&apos;s options.
The access token comes from DOCSPACE_TOKEN or --token-stdin, never from arguments.
Exit status: 0 success, 1 an operation failed, 2 usage error.
</source>
        <translation>Ejecute &apos;docspace-keys-cli &lt;comando&gt; --help&apos; para ver las opciones de un comando.
El token de acceso procede de DOCSPACE_TOKEN o de --token-stdin, nunca de los argumentos.
Código de salida: 0 correcto, 1 ha fallado una operación, 2 error de uso.
</translation>
    </message>
    <message>
        <source>Also write the report as CSV to FILE (the same file as the window&apos;s export).</source>
        <translation>Escribir además el informe en formato CSV en FILE (el mismo archivo que la exportación de la ventana).</translation>
    </message>
    <message numerus="yes">
        <source>%n repeated id(s) on standard input skipped.</source>
        <translation>
            <numerusform>Se ha omitido %n ID repetido en la entrada estándar.</numerusform>
            <numerusform>Se han omitido %n ID repetidos en la entrada estándar.</numerusform>
        </translation>
    </message>
    <message>
        <source>Each id gets one line of output, in the order given; every attempt is kept in the local history.
Without --yes, asks on the terminal, naming the portal and the keys.
Give - to read ids from standard input, one per line or a CSV export with an id column (blank lines and # comments are ignored).
Exit status: 0 every key changed, 1 at least one not, 2 usage error.</source>
        <translation>Cada ID produce una línea de salida, en el orden indicado; cada intento se conserva en el historial local.
Sin --yes, pregunta en el terminal, indicando el portal y las claves.
Indique - para leer los ID de la entrada estándar, uno por línea o una exportación CSV con una columna id (se ignoran las líneas en blanco y los comentarios #).
Código de salida: 0 si cambiaron todas las claves, 1 si al menos una no cambió, 2 error de uso.</translation>
    </message>
    <message>
        <source>window</source>
        <translation>ventana</translation>
    </message>
    <message>
        <source>command line</source>
        <translation>línea de comandos</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>who acted (window or command line)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Invalid --expires-in-days: give a whole number of days from 1 to %1 (leave it out for a key that never expires).</source>
        <translation>--expires-in-days no válido: indique un número entero de días de 1 a %1 (omítalo para una clave que no caduque nunca).</translation>
    </message>
    <message>
        <source>no token is saved for it (%1)</source>
        <translation>no hay ningún token guardado para él (%1)</translation>
    </message>
    <message>
        <source>Create an API key (POST /api/2.0/keys). The new key&apos;s secret is printed once, alone on the first line of standard output, and kept nowhere: not in the history, not in any file. With --json a second line holds the key as a JSON object (without the secret).
Without --expires-in-days the key never expires. The portal lets each user create at most 5 keys in 15 minutes.
Exit status: 0 created, 1 not created, 2 usage error.</source>
        <translation>Crear una clave API (POST /api/2.0/keys). El secreto de la nueva clave se imprime una sola vez, solo en la primera línea de la salida estándar, y no se guarda en ningún sitio: ni en el historial ni en ningún archivo. Con --json, una segunda línea contiene la clave como objeto JSON (sin el secreto).
Sin --expires-in-days, la clave no caduca nunca. El portal permite a cada usuario crear como máximo 5 claves en 15 minutos.
Código de salida: 0 creada, 1 no creada, 2 error de uso.</translation>
    </message>
    <message>
        <source>The key&apos;s name (at most %1 characters).</source>
        <translation>El nombre de la clave (como máximo %1 caracteres).</translation>
    </message>
    <message>
        <source>all (default), read-only, or a comma-separated list of files, rooms, profile, accounts each with :read or :write (write includes read), e.g. files:write,rooms:read.</source>
        <translation>all (predeterminado), read-only o una lista separada por comas de files, rooms, profile, accounts, cada uno con :read o :write (write incluye read), p. ej., files:write,rooms:read.</translation>
    </message>
    <message>
        <source>The key stops working after this many days (1-%1).</source>
        <translation>La clave deja de funcionar tras este número de días (1-%1).</translation>
    </message>
    <message>
        <source>Also print the new key as a JSON object.</source>
        <translation>Imprimir además la nueva clave como objeto JSON.</translation>
    </message>
    <message>
        <source>Give the key&apos;s name with --name.</source>
        <translation>Indique el nombre de la clave con --name.</translation>
    </message>
    <message>
        <source>Created &quot;%1&quot; (%2, ending %3; permissions: %4; %5). The secret on standard output is shown only this once: store it now.</source>
        <translation>Se ha creado &quot;%1&quot; (%2, terminada en %3; permisos: %4; %5). El secreto de la salida estándar solo se muestra esta vez: guárdelo ahora.</translation>
    </message>
    <message>
        <source>expires %1</source>
        <translation>caduca el %1</translation>
    </message>
    <message>
        <source>never expires</source>
        <translation>no caduca nunca</translation>
    </message>
    <message>
        <source>Change a key&apos;s name and/or permissions (PUT /api/2.0/keys/{id}). The key keeps its secret. Expired keys cannot be changed.
Exit status: 0 changed, 1 not changed, 2 usage error.</source>
        <translation>Cambiar el nombre o los permisos de una clave, o ambos (PUT /api/2.0/keys/{id}). La clave conserva su secreto. Las claves caducadas no se pueden cambiar.
Código de salida: 0 cambiada, 1 no cambiada, 2 error de uso.</translation>
    </message>
    <message>
        <source>The new name (at most %1 characters).</source>
        <translation>El nuevo nombre (como máximo %1 caracteres).</translation>
    </message>
    <message>
        <source>The new permissions: all, read-only, or e.g. files:write,rooms:read.</source>
        <translation>Los nuevos permisos: all, read-only o, p. ej., files:write,rooms:read.</translation>
    </message>
    <message>
        <source>Print the outcome as a JSON object.</source>
        <translation>Imprimir el resultado como objeto JSON.</translation>
    </message>
    <message>
        <source>The key&apos;s id (UUID).</source>
        <translation>El ID de la clave (UUID).</translation>
    </message>
    <message>
        <source>Give exactly one key id.</source>
        <translation>Indique exactamente un ID de clave.</translation>
    </message>
    <message>
        <source>Rotate keys: create a replacement for each (the same name plus &quot; (rotated)&quot;, the same permissions, the same whole lifetime), then revoke the old keys. If any replacement cannot be created, no old key is revoked. One line per key: old id, outcome, new id, old key&apos;s state, and the new secret (shown only this once), unless --secrets-file.
Exit status: 0 every key rotated, 1 not all (the lines say which old keys still work), 2 usage error.</source>
        <translation>Rotar claves: crear una sustituta para cada una (el mismo nombre más &quot; (rotated)&quot;, los mismos permisos, la misma vigencia total) y después revocar las claves antiguas. Si no se puede crear alguna sustituta, no se revoca ninguna clave antigua. Una línea por clave: ID antiguo, resultado, ID nuevo, estado de la clave antigua y el nuevo secreto (que solo se muestra esta vez), salvo con --secrets-file.
Código de salida: 0 todas las claves rotadas, 1 no todas (las líneas indican qué claves antiguas siguen funcionando), 2 error de uso.</translation>
    </message>
    <message>
        <source>Do not ask before revoking the old keys (for scripts).</source>
        <translation>No preguntar antes de revocar las claves antiguas (para scripts).</translation>
    </message>
    <message>
        <source>Print one JSON object per key.</source>
        <translation>Imprimir un objeto JSON por clave.</translation>
    </message>
    <message>
        <source>Write the new secrets to this file (readable by you only) instead of standard output.</source>
        <translation>Escribir los nuevos secretos en este archivo (legible solo por usted) en lugar de en la salida estándar.</translation>
    </message>
    <message>
        <source>Key ids (UUIDs).</source>
        <translation>ID de las claves (UUID).</translation>
    </message>
    <message>
        <source>Not rotating: no terminal to confirm revoking the old keys on. Pass --yes to confirm in a script.</source>
        <translation>No se rota nada: no hay ningún terminal en el que confirmar la revocación de las claves antiguas. Indique --yes para confirmar en un script.</translation>
    </message>
    <message>
        <source>%1: the portal lists no such key (or not to this token); nothing was created or revoked.</source>
        <translation>%1: el portal no tiene ninguna clave con ese ID (o no para este token); no se ha creado ni revocado nada.</translation>
    </message>
    <message>
        <source>Cannot write the secrets file %1: %2. The new secrets are printed instead.</source>
        <translation>No se puede escribir el archivo de secretos %1: %2. Los nuevos secretos se imprimen en su lugar.</translation>
    </message>
    <message>
        <source>Old keys not revoked; they and their replacements all work.</source>
        <translation>No se han revocado las claves antiguas; tanto ellas como sus sustitutas funcionan.</translation>
    </message>
    <message>
        <source>A replacement could not be created, so no old key was revoked.</source>
        <translation>No se ha podido crear una sustituta, así que no se ha revocado ninguna clave antigua.</translation>
    </message>
    <message>
        <source>Not tried: an earlier replacement failed.</source>
        <translation>No intentado: ha fallado una sustituta anterior.</translation>
    </message>
    <message>
        <source>Replacement created; revoking the old key failed: %1</source>
        <translation>Sustituta creada; ha fallado la revocación de la clave antigua: %1</translation>
    </message>
    <message>
        <source>Replacement created, old key revoked.</source>
        <translation>Sustituta creada, clave antigua revocada.</translation>
    </message>
    <message>
        <source>Replacement created; the old key still works.</source>
        <translation>Sustituta creada; la clave antigua sigue funcionando.</translation>
    </message>
    <message>
        <source>OLD ID</source>
        <translation>ID ANTIGUO</translation>
    </message>
    <message>
        <source>NEW ID</source>
        <translation>ID NUEVO</translation>
    </message>
    <message>
        <source>OLD KEY</source>
        <translation>CLAVE ANTIGUA</translation>
    </message>
    <message>
        <source>NEW SECRET (shown once)</source>
        <translation>SECRETO NUEVO (se muestra una vez)</translation>
    </message>
    <message numerus="yes">
        <source>%n old key(s) still work:</source>
        <translation>
            <numerusform>%n clave antigua sigue funcionando:</numerusform>
            <numerusform>%n claves antiguas siguen funcionando:</numerusform>
        </translation>
    </message>
    <message>
        <source>REVOKE AFTER (UTC)</source>
        <translation>REVOCAR DESPUÉS DE (UTC)</translation>
    </message>
    <message>
        <source>NOTE</source>
        <translation>NOTA</translation>
    </message>
    <message>
        <source>Invalid --after-days: give a whole number of days from 0 to %1.</source>
        <translation>--after-days no válido: indique un número entero de días de 0 a %1.</translation>
    </message>
    <message>
        <source>Deactivated; revoked on or after %1 (UTC) unless reactivated, when &apos;docspace-keys-cli retire --due&apos; or the app runs.</source>
        <translation>Desactivada; se revocará a partir del %1 (UTC) salvo que se reactive, cuando se ejecute &apos;docspace-keys-cli retire --due&apos; o la aplicación.</translation>
    </message>
    <message>
        <source>Deactivated, but the plan could not be saved: %1</source>
        <translation>Desactivada, pero no se ha podido guardar el plan: %1</translation>
    </message>
    <message>
        <source>%1: planned without a saved profile; run &apos;retire --due --portal %1&apos; with its token.</source>
        <translation>%1: planificado sin un perfil guardado; ejecute &apos;retire --due --portal %1&apos; con su token.</translation>
    </message>
    <message>
        <source>%1 (profile &quot;%2&quot;): %3</source>
        <translation>%1 (perfil &quot;%2&quot;): %3</translation>
    </message>
    <message>
        <source>the profile now points elsewhere</source>
        <translation>el perfil apunta ahora a otro sitio</translation>
    </message>
    <message>
        <source>skipped: %1</source>
        <translation>omitido: %1</translation>
    </message>
    <message>
        <source>Nothing is due.</source>
        <translation>No hay nada pendiente.</translation>
    </message>
    <message>
        <source>Retire keys in stages.
  retire ID... --after-days N   deactivate now; revoke after N days unless reactivated
  retire --due                  revoke what is due (run it daily from a timer); a key reactivated meanwhile is left alone and the plan says so
  retire --list                 show the plan
  retire --cancel ID...         take keys out of the plan (they stay deactivated)
The plan is kept beside the history (%1) and never holds a token. --due uses each planned profile&apos;s keychain token, or the connection given with --portal/--profile.
Exit status: 0 all done, 1 something failed or is left for the next run, 2 usage error.</source>
        <translation>Retirar claves por etapas.
  retire ID... --after-days N   desactivar ahora; revocar pasados N días salvo que se reactiven
  retire --due                  revocar lo pendiente (ejecútelo a diario con un temporizador); una clave reactivada entretanto se deja como está y el plan lo indica
  retire --list                 mostrar el plan
  retire --cancel ID...         sacar claves del plan (siguen desactivadas)
El plan se guarda junto al historial (%1) y nunca contiene un token. --due usa el token del llavero de cada perfil planificado, o la conexión indicada con --portal/--profile.
Código de salida: 0 todo hecho, 1 algo ha fallado o queda para la próxima ejecución, 2 error de uso.</translation>
    </message>
    <message>
        <source>Revoke after this many days.</source>
        <translation>Revocar pasado este número de días.</translation>
    </message>
    <message>
        <source>Carry out what is due.</source>
        <translation>Ejecutar lo pendiente.</translation>
    </message>
    <message>
        <source>Show the plan.</source>
        <translation>Mostrar el plan.</translation>
    </message>
    <message>
        <source>Take the given keys out of the plan.</source>
        <translation>Sacar del plan las claves indicadas.</translation>
    </message>
    <message>
        <source>JSON output.</source>
        <translation>Salida JSON.</translation>
    </message>
    <message>
        <source>Give exactly one of --after-days N (with ids), --due, --list or --cancel (with ids).</source>
        <translation>Indique exactamente una de estas opciones: --after-days N (con ID), --due, --list o --cancel (con ID).</translation>
    </message>
    <message>
        <source>--due and --list take no key ids.</source>
        <translation>--due y --list no admiten ID de claves.</translation>
    </message>
    <message numerus="yes">
        <source>%n key(s) taken out of the plan.</source>
        <translation>
            <numerusform>%n clave sacada del plan.</numerusform>
            <numerusform>%n claves sacadas del plan.</numerusform>
        </translation>
    </message>
    <message>
        <source>The retirement plan is empty (%1).</source>
        <translation>El plan de retirada está vacío (%1).</translation>
    </message>
    <message>
        <source>List the keys of every saved profile together, with the portal as a column, using each profile&apos;s keychain token. A portal that cannot be listed is reported and the others are still shown.
Exit status: 0 every portal listed, 1 at least one not, 2 usage error.</source>
        <translation>Enumerar juntas las claves de todos los perfiles guardados, con el portal como columna, usando el token del llavero de cada perfil. Se informa de los portales que no se pueden enumerar y los demás se muestran igualmente.
Código de salida: 0 todos los portales enumerados, 1 al menos uno no, 2 error de uso.</translation>
    </message>
    <message>
        <source>Every saved profile.</source>
        <translation>Todos los perfiles guardados.</translation>
    </message>
    <message>
        <source>No saved profiles: add some with &apos;docspace-keys-cli profiles add&apos;.</source>
        <translation>No hay perfiles guardados: añada alguno con &apos;docspace-keys-cli profiles add&apos;.</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; skipped: %2</source>
        <translation>Perfil &quot;%1&quot; omitido: %2</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; (%2): %3</source>
        <translation>Perfil &quot;%1&quot; (%2): %3</translation>
    </message>
    <message>
        <source>PROFILE</source>
        <translation>PERFIL</translation>
    </message>
    <message>
        <source>Create an API key (its secret is printed once)</source>
        <translation>Crear una clave API (su secreto se imprime una vez)</translation>
    </message>
    <message>
        <source>Change a key&apos;s name or permissions</source>
        <translation>Cambiar el nombre o los permisos de una clave</translation>
    </message>
    <message>
        <source>Replace keys with new ones, then revoke the old</source>
        <translation>Sustituir claves por otras nuevas y revocar las antiguas</translation>
    </message>
    <message>
        <source>Deactivate now, revoke after N days unless reactivated</source>
        <translation>Desactivar ahora, revocar pasados N días salvo que se reactiven</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n key(s) shown</source>
        <translation>
            <numerusform>%1 de %n clave mostradas</numerusform>
            <numerusform>%1 de %n claves mostradas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, from %n portal(s).</source>
        <translation>
            <numerusform>, de %n portal.</numerusform>
            <numerusform>, de %n portales.</numerusform>
        </translation>
    </message>
    <message>
        <source>(this token)</source>
        <translation>(este token)</translation>
    </message>
    <message>
        <source>Type the number of keys (%1) to confirm; anything else cancels: </source>
        <translation>Escriba el número de claves (%1) para confirmar; cualquier otra cosa cancela: </translation>
    </message>
    <message>
        <source>The number was not typed.</source>
        <translation>No se ha escrito el número.</translation>
    </message>
    <message>
        <source>%1 is the key this command signs in with on %2.</source>
        <translation>%1 es la clave con la que este comando inicia sesión en %2.</translation>
    </message>
    <message>
        <source>Once it is revoked, this token can no longer list or change keys; revocation cannot be undone.</source>
        <translation>Una vez revocada, este token ya no podrá mostrar ni modificar claves; la revocación no se puede deshacer.</translation>
    </message>
    <message>
        <source>While it is deactivated, this token cannot list, change or even reactivate keys.</source>
        <translation>Mientras esté desactivada, este token no podrá mostrar, modificar ni siquiera reactivar claves.</translation>
    </message>
    <message>
        <source>Revoke it too (i), skip it and go on with the others (s), or cancel everything (c)? [i/s/C] </source>
        <translation>¿Revocarla también (i), omitirla y continuar con las demás (s) o cancelarlo todo (c)? [i/s/C] </translation>
    </message>
    <message>
        <source>Deactivate it too (i), skip it and go on with the others (s), or cancel everything (c)? [i/s/C] </source>
        <translation>¿Desactivarla también (i), omitirla y continuar con las demás (s) o cancelarlo todo (c)? [i/s/C] </translation>
    </message>
    <message>
        <source>Skipping the key of this token.</source>
        <translation>Se omite la clave de este token.</translation>
    </message>
    <message>
        <source>Only keys unused for N days.</source>
        <translation>Solo las claves sin usar desde hace N días.</translation>
    </message>
    <message>
        <source>Every replacement was created. Now the old keys:</source>
        <translation>Se han creado todas las sustitutas. Ahora, las claves antiguas:</translation>
    </message>
    <message>
        <source>Every creation, change, revocation, deactivation and reactivation attempted from this computer, oldest first: which key, who acted, and what the portal answered (an edit&apos;s outcome says what it changed). The history is local: it never holds tokens or secrets.</source>
        <translation>Cada creación, modificación, revocación, desactivación y reactivación intentada desde este equipo, de la más antigua a la más reciente: qué clave, quién actuó y qué respondió el portal (el resultado de una edición indica qué cambió). El historial es local: nunca contiene tokens ni secretos.</translation>
    </message>
</context>
<context>
    <name>Cli::Invocation</name>
    <message>
        <source>Warning: sending the access token to %1 over unencrypted HTTP.</source>
        <translation>Advertencia: se está enviando el token de acceso a %1 por HTTP sin cifrar.</translation>
    </message>
</context>
<context>
    <name>ConnectionReport</name>
    <message>
        <source>owner</source>
        <translation>propietario</translation>
    </message>
    <message>
        <source>administrator</source>
        <translation>administrador</translation>
    </message>
    <message>
        <source>guest</source>
        <translation>invitado</translation>
    </message>
    <message>
        <source>member</source>
        <translation>miembro</translation>
    </message>
    <message>
        <source>Signed in as %1 (%2)</source>
        <translation>Sesión iniciada como %1 (%2)</translation>
    </message>
    <message>
        <source>all scopes</source>
        <translation>todos los ámbitos</translation>
    </message>
    <message>
        <source>expires %1</source>
        <translation>caduca el %1</translation>
    </message>
    <message>
        <source>never expires</source>
        <translation>no caduca nunca</translation>
    </message>
    <message>
        <source>API key &quot;%1&quot;: %2; %3</source>
        <translation>Clave API &quot;%1&quot;: %2; %3</translation>
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
        <translation>Iniciando sesión en %1…</translation>
    </message>
    <message>
        <source>This token can revoke keys on %1.</source>
        <translation>Este token puede revocar claves en %1.</translation>
    </message>
    <message>
        <source>Could not sign in to %1: %2</source>
        <translation>No se ha podido iniciar sesión en %1: %2</translation>
    </message>
    <message>
        <source>The portal said: %1</source>
        <translation>El portal ha dicho: %1</translation>
    </message>
    <message>
        <source>Certificate SHA-256 fingerprint: %1</source>
        <translation>Huella digital SHA-256 del certificado: %1</translation>
    </message>
    <message>
        <source>Trusted for this session: test the connection again.</source>
        <translation>De confianza para esta sesión: vuelva a probar la conexión.</translation>
    </message>
    <message>
        <source>Tr&amp;ust This Certificate…</source>
        <translation>C&amp;onfiar en este certificado…</translation>
    </message>
</context>
<context>
    <name>ConnectionTest</name>
    <message>
        <source>This API key cannot revoke keys: it lacks the *:write scope.</source>
        <translation>Esta clave API no puede revocar claves: le falta el ámbito *:write.</translation>
    </message>
    <message numerus="yes">
        <source>This API key expires in %n day(s), on %1.</source>
        <translation>
            <numerusform>Esta clave API caduca dentro de %n día, el %1.</numerusform>
            <numerusform>Esta clave API caduca dentro de %n días, el %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The portal answered, but not with a user profile. Check that the address is a DocSpace portal.</source>
        <translation>El portal ha respondido, pero no con un perfil de usuario. Compruebe que la dirección corresponde a un portal de DocSpace.</translation>
    </message>
    <message>
        <source>You are not an administrator: you can revoke only the keys you created.</source>
        <translation>No es administrador: solo puede revocar las claves que ha creado.</translation>
    </message>
    <message>
        <source>The key&apos;s own details could not be read: %1</source>
        <translation>No se han podido leer los detalles de la propia clave: %1</translation>
    </message>
    <message>
        <source>The portal refused even to tell its version (HTTP 403 without a message): it is probably being moved, restored or encrypted. Try again later.</source>
        <translation>El portal se ha negado incluso a indicar su versión (HTTP 403 sin mensaje): probablemente se está trasladando, restaurando o cifrando. Vuelva a intentarlo más tarde.</translation>
    </message>
    <message>
        <source>The address answered, but not as a DocSpace portal: it does not say which DocSpace version it runs (HTTP %1 to /api/2.0/settings/version/build). Check that it is your portal&apos;s own address, not a login page, a proxy or another site.</source>
        <translation>La dirección ha respondido, pero no como un portal DocSpace: no indica qué versión de DocSpace ejecuta (HTTP %1 en /api/2.0/settings/version/build). Compruebe que es la dirección de su propio portal, no una página de inicio de sesión, un proxy u otro sitio.</translation>
    </message>
    <message>
        <source>This portal runs DocSpace %1, which has no API keys: they appeared in DocSpace 3.1. The portal must be updated before its keys can be managed.</source>
        <translation>Este portal ejecuta DocSpace %1, que no tiene claves API: aparecieron en DocSpace 3.1. Hay que actualizar el portal antes de poder gestionar sus claves.</translation>
    </message>
    <message>
        <source>DocSpace %1 lets any API key list, create, change and revoke keys, whatever its scopes (a key with only files:read can delete keys; fixed in 3.7.1). Treat every key of this portal as able to manage keys, and update the portal.</source>
        <translation>DocSpace %1 permite a cualquier clave API enumerar, crear, cambiar y revocar claves, sean cuales sean sus ámbitos (una clave con solo files:read puede eliminar claves; corregido en 3.7.1). Considere que cualquier clave de este portal puede gestionar claves y actualice el portal.</translation>
    </message>
    <message>
        <source>DocSpace %1 is older than 3.7.1: its key routes do not check that an id is a UUID (a malformed id gets a validation error, not &quot;not found&quot;), and expired keys can still be changed and reactivated.</source>
        <translation>DocSpace %1 es anterior a 3.7.1: sus rutas de claves no comprueban que un ID sea un UUID (un ID mal formado da un error de validación, no &quot;no encontrado&quot;) y las claves caducadas aún se pueden cambiar y reactivar.</translation>
    </message>
</context>
<context>
    <name>DocSpaceClient</name>
    <message>
        <source>No access token was given, so nothing was sent. Enter an API key or session token.</source>
        <translation>No se ha indicado ningún token de acceso, así que no se ha enviado nada. Introduzca una clave API o un token de sesión.</translation>
    </message>
    <message>
        <source>The portal&apos;s answer held no key list. Check that the address is a DocSpace portal.</source>
        <translation>La respuesta del portal no contenía ninguna lista de claves. Compruebe que la dirección corresponde a un portal de DocSpace.</translation>
    </message>
</context>
<context>
    <name>HistoryLog</name>
    <message>
        <source>The history file %1 is locked by another DocSpace Keys process.</source>
        <translation>Otro proceso de DocSpace Keys ha bloqueado el archivo de historial %1.</translation>
    </message>
    <message>
        <source>Cannot write the history file %1: %2.</source>
        <translation>No se puede escribir el archivo de historial %1: %2.</translation>
    </message>
    <message>
        <source>Cannot read the history file %1: %2.</source>
        <translation>No se puede leer el archivo de historial %1: %2.</translation>
    </message>
    <message>
        <source>Line %1 of the history file is incomplete or damaged and was skipped.</source>
        <translation>La línea %1 del archivo de historial está incompleta o dañada y se ha omitido.</translation>
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
        <translation>Revocación</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation>Desactivación</translation>
    </message>
    <message>
        <source>Reactivate</source>
        <translation>Reactivación</translation>
    </message>
    <message>
        <source>command line</source>
        <translation>línea de comandos</translation>
    </message>
    <message>
        <source>window</source>
        <translation>ventana</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Key id: %1</source>
        <translation>ID de clave: %1</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Portal</source>
        <translation>Portal</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Perfil</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>Operación</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Clave</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>HTTP</source>
        <translation>HTTP</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Por</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nombre</translation>
    </message>
    <message>
        <source>permissions</source>
        <translation>permisos</translation>
    </message>
    <message>
        <source>Edited: %1</source>
        <comment>what was changed: name, permissions</comment>
        <translation>Editada: %1</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Creación</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Edición</translation>
    </message>
</context>
<context>
    <name>HistoryRecorder</name>
    <message>
        <source>This result was not recorded in the history. %1 Check that the folder is writable and that the disk is not full.</source>
        <translation>Este resultado no se ha registrado en el historial. %1 Compruebe que se puede escribir en la carpeta y que el disco no está lleno.</translation>
    </message>
    <message>
        <source>Created with the permissions %1; it expires on %2 (UTC).</source>
        <translation>Creada con los permisos %1; caduca el %2 (UTC).</translation>
    </message>
    <message>
        <source>Created with the permissions %1; it never expires.</source>
        <translation>Creada con los permisos %1; nunca caduca.</translation>
    </message>
    <message>
        <source>Replacement for “%1” (%2), in a rotation.</source>
        <translation>Sustituta de “%1” (%2), en una rotación.</translation>
    </message>
    <message>
        <source>Name “%1”, was “%2”.</source>
        <translation>Nombre “%1”, antes “%2”.</translation>
    </message>
    <message>
        <source>Name “%1”.</source>
        <translation>Nombre “%1”.</translation>
    </message>
    <message>
        <source>Permissions %1.</source>
        <translation>Permisos %1.</translation>
    </message>
    <message>
        <source>Permissions %1, were %2.</source>
        <translation>Permisos %1, antes %2.</translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <source>&amp;Reload</source>
        <translation>R&amp;ecargar</translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation>E&amp;xportar CSV…</translation>
    </message>
    <message>
        <source>Portal filter</source>
        <translation>Filtro de portal</translation>
    </message>
    <message>
        <source>Outcome filter</source>
        <translation>Filtro de resultado</translation>
    </message>
    <message>
        <source>Search key, message, user…</source>
        <translation>Buscar clave, mensaje, usuario…</translation>
    </message>
    <message>
        <source>Search the history</source>
        <translation>Buscar en el historial</translation>
    </message>
    <message>
        <source>Save the rows shown (after filtering) as a CSV file.</source>
        <translation>Guardar las filas mostradas (tras el filtrado) como archivo CSV.</translation>
    </message>
    <message numerus="yes">
        <source>…and %n more damaged line(s).</source>
        <translation>
            <numerusform>…y %n línea dañada más.</numerusform>
            <numerusform>…y %n líneas dañadas más.</numerusform>
        </translation>
    </message>
    <message>
        <source>Some of the history could not be read, so it may be incomplete:
%1
The file is %2; the other records are shown. New records are still added.</source>
        <translation>No se ha podido leer parte del historial, por lo que puede estar incompleto:
%1
El archivo es %2; se muestran los demás registros. Los registros nuevos se siguen añadiendo.</translation>
    </message>
    <message>
        <source>All portals</source>
        <translation>Todos los portales</translation>
    </message>
    <message>
        <source>All outcomes</source>
        <translation>Todos los resultados</translation>
    </message>
    <message>
        <source>Nothing recorded yet. Every revocation, deactivation and reactivation made here or with docspace-keys-cli is listed here.</source>
        <translation>Todavía no hay nada registrado. Aquí aparecen todas las revocaciones, desactivaciones y reactivaciones realizadas en esta aplicación o con docspace-keys-cli.</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s).</source>
        <translation>
            <numerusform>%n registro.</numerusform>
            <numerusform>%n registros.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n record(s) shown.</source>
        <translation>
            <numerusform>Mostrando %1 de %n registro.</numerusform>
            <numerusform>Mostrando %1 de %n registros.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export History</source>
        <translation>Exportar historial</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Archivos CSV (*.csv);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>History Not Exported</source>
        <translation>Historial no exportado</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>No se puede escribir %1.</translation>
    </message>
    <message>
        <source>%1
Choose another folder, or check that the disk is not full.</source>
        <translation>%1
Elija otra carpeta o compruebe que el disco no está lleno.</translation>
    </message>
    <message>
        <source>Port&amp;al:</source>
        <translation>P&amp;ortal:</translation>
    </message>
    <message>
        <source>O&amp;utcome:</source>
        <translation>&amp;Resultado:</translation>
    </message>
</context>
<context>
    <name>HygieneReport</name>
    <message>
        <source>Expired keys still present</source>
        <translation>Claves caducadas que siguen presentes</translation>
    </message>
    <message>
        <source>They no longer work but still clutter the list and hide real problems; revoke them.</source>
        <translation>Ya no funcionan, pero saturan la lista y ocultan problemas reales; revóquelas.</translation>
    </message>
    <message>
        <source>Deactivated keys</source>
        <translation>Claves desactivadas</translation>
    </message>
    <message>
        <source>Anyone who may change them can switch them back on; revoke those that are no longer needed.</source>
        <translation>Cualquiera que pueda modificarlas puede volver a activarlas; revoque las que ya no se necesiten.</translation>
    </message>
    <message>
        <source>Keys never used</source>
        <translation>Claves nunca usadas</translation>
    </message>
    <message>
        <source>Nothing depends on them yet; deactivate them until someone asks.</source>
        <translation>Nada depende todavía de ellas; desactívelas hasta que alguien las pida.</translation>
    </message>
    <message>
        <source>Forgotten keys are the ones that leak unnoticed; deactivate them.</source>
        <translation>Las claves olvidadas son las que se filtran sin que nadie lo note; desactívelas.</translation>
    </message>
    <message>
        <source>Keys that never expire</source>
        <translation>Claves que nunca caducan</translation>
    </message>
    <message>
        <source>A leaked key without an expiry date works until someone notices; replace them with keys that expire.</source>
        <translation>Una clave filtrada sin fecha de caducidad funciona hasta que alguien se da cuenta; sustitúyalas por claves que caduquen.</translation>
    </message>
    <message>
        <source>Keys with every permission</source>
        <translation>Claves con todos los permisos</translation>
    </message>
    <message>
        <source>They can do anything the owner can; give integrations only the scopes they need.</source>
        <translation>Pueden hacer todo lo que puede hacer su propietario; conceda a las integraciones solo los ámbitos que necesiten.</translation>
    </message>
    <message>
        <source>API key hygiene report</source>
        <translation>Informe de higiene de las claves API</translation>
    </message>
    <message>
        <source>Portal: %1</source>
        <translation>Portal: %1</translation>
    </message>
    <message>
        <source>Generated: %1 UTC</source>
        <translation>Generado: %1 UTC</translation>
    </message>
    <message numerus="yes">
        <source>Keys examined: %1; unused threshold: %n day(s)</source>
        <translation>
            <numerusform>Claves examinadas: %1; umbral de inactividad: %n día</numerusform>
            <numerusform>Claves examinadas: %1; umbral de inactividad: %n días</numerusform>
        </translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Hallazgo</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Claves</translation>
    </message>
    <message>
        <source>Suggested action</source>
        <translation>Acción sugerida</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>Revocar</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation>Desactivar</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Ending</source>
        <translation>Final</translation>
    </message>
    <message>
        <source>Created by</source>
        <translation>Creada por</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Creada</translation>
    </message>
    <message>
        <source>Last used</source>
        <translation>Último uso</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Caduca</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <source>Permissions</source>
        <translation>Permisos</translation>
    </message>
    <message>
        <source>all</source>
        <translation>todos</translation>
    </message>
</context>
<context>
    <name>HygieneReportView</name>
    <message>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <source>API key hygiene</source>
        <translation>Higiene de las claves API</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>Actua&amp;lizar</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>E&amp;xportar CSV…</translation>
    </message>
    <message>
        <source> days</source>
        <translation> días</translation>
    </message>
    <message>
        <source>Unused for more than this many days</source>
        <translation>Sin usar desde hace más de este número de días</translation>
    </message>
    <message>
        <source>Choose a portal profile to see its report.</source>
        <translation>Elija un perfil de portal para ver su informe.</translation>
    </message>
    <message>
        <source>Loading the key list from %1…</source>
        <translation>Cargando la lista de claves de %1…</translation>
    </message>
    <message>
        <source>The report could not be made: the key list did not load. %1</source>
        <translation>No se ha podido generar el informe: la lista de claves no se ha cargado. %1</translation>
    </message>
    <message>
        <source>Which keys of %1 are a risk before they leak. The report appears once the key list has loaded.</source>
        <translation>Qué claves de %1 suponen un riesgo antes de que se filtren. El informe aparece cuando se ha cargado la lista de claves.</translation>
    </message>
    <message>
        <source>the portal</source>
        <translation>el portal</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n key(s) examined · %2 · %3 of %4 findings need attention</source>
        <translation>
            <numerusform>%1 · %n clave examinada · %2 · %3 de %4 hallazgos requieren atención</numerusform>
            <numerusform>%1 · %n claves examinadas · %2 · %3 de %4 hallazgos requieren atención</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Revoke %n Key(s)…</source>
        <translation>
            <numerusform>Revocar %n clave…</numerusform>
            <numerusform>Revocar %n claves…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deactivate %n Key(s)…</source>
        <translation>
            <numerusform>Desactivar %n clave…</numerusform>
            <numerusform>Desactivar %n claves…</numerusform>
        </translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Propietario</translation>
    </message>
    <message>
        <source>Ending</source>
        <translation>Final</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Creada</translation>
    </message>
    <message>
        <source>Last used</source>
        <translation>Último uso</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Caduca</translation>
    </message>
    <message>
        <source>Scopes</source>
        <translation>Ámbitos</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <source>all</source>
        <translation>todos</translation>
    </message>
    <message>
        <source>Key id: %1</source>
        <translation>ID de clave: %1</translation>
    </message>
    <message numerus="yes">
        <source>Hide the %n key(s)</source>
        <translation>
            <numerusform>Ocultar %n clave</numerusform>
            <numerusform>Ocultar las %n claves</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Show the %n key(s)</source>
        <translation>
            <numerusform>Mostrar %n clave</numerusform>
            <numerusform>Mostrar las %n claves</numerusform>
        </translation>
    </message>
    <message>
        <source>Revoking the keys under “%1”…</source>
        <translation>Revocando las claves incluidas en “%1”…</translation>
    </message>
    <message>
        <source>Deactivating the keys under “%1”…</source>
        <translation>Desactivando las claves incluidas en “%1”…</translation>
    </message>
    <message>
        <source>API key hygiene report</source>
        <translation>Informe de higiene de las claves API</translation>
    </message>
    <message>
        <source>Report saved as %1.</source>
        <translation>Informe guardado como %1.</translation>
    </message>
    <message>
        <source>Report Not Exported</source>
        <translation>Informe no exportado</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>No se puede escribir %1.</translation>
    </message>
    <message>
        <source>%1
Choose another folder, or check that the disk is not full.</source>
        <translation>%1
Elija otra carpeta o compruebe que el disco no está lleno.</translation>
    </message>
    <message>
        <source>Export Report as CSV</source>
        <translation>Exportar informe como CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Archivos CSV (*.csv);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Export Report as HTML</source>
        <translation>Exportar informe como HTML</translation>
    </message>
    <message>
        <source>Web pages (*.html *.htm);;All files (*)</source>
        <translation>Páginas web (*.html *.htm);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Export Report as PDF</source>
        <translation>Exportar informe como PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf);;All files (*)</source>
        <translation>Archivos PDF (*.pdf);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Choose another folder, or check that the disk is not full.</source>
        <translation>Elija otra carpeta o compruebe que el disco no está lleno.</translation>
    </message>
    <message>
        <source>These are the keys under “%1”.</source>
        <translation>Estas son las claves incluidas en “%1”.</translation>
    </message>
    <message>
        <source>&amp;Unused for:</source>
        <translation>&amp;Sin usar desde hace:</translation>
    </message>
    <message>
        <source>Export H&amp;TML…</source>
        <translation>&amp;Exportar HTML…</translation>
    </message>
    <message>
        <source>Export P&amp;DF…</source>
        <translation>Exportar P&amp;DF…</translation>
    </message>
</context>
<context>
    <name>KeyBatch</name>
    <message>
        <source>Not sent: the batch was cancelled.</source>
        <translation>No enviada: se ha cancelado el lote.</translation>
    </message>
    <message>
        <source>Reading the key list to check failed too: %1</source>
        <translation>También ha fallado la lectura de la lista de claves para comprobarlo: %1</translation>
    </message>
    <message>
        <source>The connection failed after the request was sent (%1); the key list read afterwards shows</source>
        <translation>La conexión ha fallado después de enviar la solicitud (%1); la lista de claves leída después muestra</translation>
    </message>
    <message>
        <source>Revoked (checked). %1 that the key is gone.</source>
        <translation>Revocada (comprobado). %1 que la clave ya no existe.</translation>
    </message>
    <message>
        <source>Deactivated (checked). %1 the key inactive.</source>
        <translation>Desactivada (comprobado). %1 la clave inactiva.</translation>
    </message>
    <message>
        <source>Reactivated (checked). %1 the key active.</source>
        <translation>Reactivada (comprobado). %1 la clave activa.</translation>
    </message>
    <message>
        <source>Not found (checked). %1 no key with this id.</source>
        <translation>No encontrada (comprobado). %1 que no hay ninguna clave con este ID.</translation>
    </message>
    <message>
        <source>Not revoked (checked). %1 the key still there, after two tries. Check the network to the portal, then try again.</source>
        <translation>No revocada (comprobado). %1 que la clave sigue ahí, tras dos intentos. Compruebe la red hasta el portal y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>Not changed (checked). %1 the key unchanged, after two tries. Check the network to the portal, then try again.</source>
        <translation>No cambiada (comprobado). %1 la clave sin cambios, tras dos intentos. Compruebe la red hasta el portal y vuelva a intentarlo.</translation>
    </message>
</context>
<context>
    <name>KeyChangeConfirmation</name>
    <message>
        <source>On %1.</source>
        <translation>En %1.</translation>
    </message>
    <message>
        <source>On %1, with the token of profile “%2”.</source>
        <translation>En %1, con el token del perfil “%2”.</translation>
    </message>
    <message>
        <source>%1 (not in the list shown)</source>
        <translation>%1 (no está en la lista mostrada)</translation>
    </message>
    <message>
        <source>(this token)</source>
        <translation>(este token)</translation>
    </message>
    <message>
        <source>owner %1</source>
        <translation>propietario %1</translation>
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
        <translation>No se ha revocado nada.</translation>
    </message>
    <message>
        <source>Nothing was deactivated.</source>
        <translation>No se ha desactivado nada.</translation>
    </message>
    <message>
        <source>Nothing was reactivated.</source>
        <translation>No se ha reactivado nada.</translation>
    </message>
    <message>
        <source>Revoke API Keys</source>
        <translation>Revocar claves API</translation>
    </message>
    <message>
        <source>Revoked keys stop working at once; this cannot be undone. Any script or integration using them will fail. Deactivate them instead to be able to bring them back.</source>
        <translation>Las claves revocadas dejan de funcionar de inmediato; esta acción no se puede deshacer. Cualquier script o integración que las use fallará. Desactívelas en su lugar para poder restablecerlas.</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Revoke %n Key(s)</source>
        <translation>
            <numerusform>&amp;Revocar %n clave</numerusform>
            <numerusform>&amp;Revocar %n claves</numerusform>
        </translation>
    </message>
    <message>
        <source>Deactivate API Keys</source>
        <translation>Desactivar claves API</translation>
    </message>
    <message>
        <source>Anything using these keys stops working until they are reactivated.</source>
        <translation>Todo lo que use estas claves dejará de funcionar hasta que se reactiven.</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Deactivate %n Key(s)</source>
        <translation>
            <numerusform>&amp;Desactivar %n clave</numerusform>
            <numerusform>&amp;Desactivar %n claves</numerusform>
        </translation>
    </message>
    <message>
        <source>Reactivate API Keys</source>
        <translation>Reactivar claves API</translation>
    </message>
    <message>
        <source>These keys work again at once: whoever holds their secret can use the portal with them again.</source>
        <translation>Estas claves vuelven a funcionar de inmediato: quien tenga su secreto podrá volver a usar el portal con ellas.</translation>
    </message>
    <message numerus="yes">
        <source>Re&amp;activate %n Key(s)</source>
        <translation>
            <numerusform>Re&amp;activar %n clave</numerusform>
            <numerusform>Re&amp;activar %n claves</numerusform>
        </translation>
    </message>
    <message>
        <source>Revoke the Key of This Window?</source>
        <translation>¿Revocar la clave de esta ventana?</translation>
    </message>
    <message>
        <source>Deactivate the Key of This Window?</source>
        <translation>¿Desactivar la clave de esta ventana?</translation>
    </message>
    <message>
        <source>%1 is the token DocSpace Keys is signed in with on %2.</source>
        <translation>%1 es el token con el que DocSpace Keys ha iniciado sesión en %2.</translation>
    </message>
    <message>
        <source>After it is revoked, DocSpace Keys loses access to the portal: it can no longer list or revoke keys until you enter another token. Revocation cannot be undone.</source>
        <translation>Una vez revocada, DocSpace Keys pierde el acceso al portal: ya no podrá mostrar ni revocar claves hasta que introduzca otro token. La revocación no se puede deshacer.</translation>
    </message>
    <message>
        <source>While it is deactivated, DocSpace Keys loses access to the portal: it cannot list, revoke or even reactivate keys until you enter another token.</source>
        <translation>Mientras esté desactivada, DocSpace Keys pierde el acceso al portal: no podrá mostrar, revocar ni siquiera reactivar claves hasta que introduzca otro token.</translation>
    </message>
    <message>
        <source>Revoke It &amp;Too</source>
        <translation>Revocarla &amp;también</translation>
    </message>
    <message>
        <source>Deactivate It &amp;Too</source>
        <translation>Desactivarla &amp;también</translation>
    </message>
    <message>
        <source>&amp;Skip My Key</source>
        <translation>&amp;Omitir mi clave</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <comment>the first names of a list, then how many others</comment>
        <translation>
            <numerusform>%1 y %n más</numerusform>
            <numerusform>%1 y %n más</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Revoke %n API key(s): %1?</source>
        <translation>
            <numerusform>¿Revocar %n clave API: %1?</numerusform>
            <numerusform>¿Revocar %n claves API: %1?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deactivate %n API key(s): %1?</source>
        <translation>
            <numerusform>¿Desactivar %n clave API: %1?</numerusform>
            <numerusform>¿Desactivar %n claves API: %1?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reactivate %n API key(s): %1?</source>
        <translation>
            <numerusform>¿Reactivar %n clave API: %1?</numerusform>
            <numerusform>¿Reactivar %n claves API: %1?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>KeyCreateRequest</name>
    <message>
        <source>New secret key</source>
        <translation>Nueva clave secreta</translation>
    </message>
    <message>
        <source>Give the key a name.</source>
        <translation>Asigne un nombre a la clave.</translation>
    </message>
    <message numerus="yes">
        <source>The name has %1 characters; the portal allows at most %n.</source>
        <translation>
            <numerusform>El nombre tiene %1 caracteres; el portal admite como máximo %n.</numerusform>
            <numerusform>El nombre tiene %1 caracteres; el portal admite como máximo %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The lifetime must be from 1 to %n day(s), or none.</source>
        <translation>
            <numerusform>La vigencia debe ser de 1 a %n día, o ninguna.</numerusform>
            <numerusform>La vigencia debe ser de 1 a %n días, o ninguna.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose at least one permission: a key restricted to nothing would get every permission.</source>
        <translation>Elija al menos un permiso: una clave restringida a nada obtendría todos los permisos.</translation>
    </message>
</context>
<context>
    <name>KeyEditRequest</name>
    <message>
        <source>Nothing to change: give a new name, new permissions, or both.</source>
        <translation>Nada que cambiar: indique un nuevo nombre, nuevos permisos o ambos.</translation>
    </message>
    <message>
        <source>The name cannot be only spaces.</source>
        <translation>El nombre no puede constar solo de espacios.</translation>
    </message>
    <message numerus="yes">
        <source>The name has %1 characters; the portal allows at most %n.</source>
        <translation>
            <numerusform>El nombre tiene %1 caracteres; el portal admite como máximo %n.</numerusform>
            <numerusform>El nombre tiene %1 caracteres; el portal admite como máximo %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose at least one permission: an empty list would leave the key unchanged.</source>
        <translation>Elija al menos un permiso: una lista vacía dejaría la clave sin cambios.</translation>
    </message>
</context>
<context>
    <name>KeyFormDialog</name>
    <message>
        <source>Create API Key</source>
        <translation>Crear clave API</translation>
    </message>
    <message>
        <source>Edit API Key</source>
        <translation>Editar clave API</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>Permissions:</source>
        <translation>Permisos:</translation>
    </message>
    <message>
        <source>The key may do everything its owner may: read and change files, rooms, profile and accounts.</source>
        <translation>La clave puede hacer todo lo que puede hacer su propietario: leer y cambiar archivos, salas, perfil y cuentas.</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>Lectura</translation>
    </message>
    <message>
        <source>Write</source>
        <translation>Escritura</translation>
    </message>
    <message>
        <source>%1: read</source>
        <translation>%1: lectura</translation>
    </message>
    <message>
        <source>%1: write</source>
        <translation>%1: escritura</translation>
    </message>
    <message>
        <source>The key may read everything its owner may, and change nothing (scope *:read).</source>
        <translation>La clave puede leer todo lo que puede leer su propietario y no cambiar nada (ámbito *:read).</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Todos</translation>
    </message>
    <message>
        <source>Restricted</source>
        <translation>Restringidos</translation>
    </message>
    <message>
        <source>Read only</source>
        <translation>Solo lectura</translation>
    </message>
    <message>
        <source>&amp;Expires after</source>
        <translation>&amp;Caduca a los</translation>
    </message>
    <message>
        <source> days</source>
        <translation> días</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Crear</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>Give the key a name.</source>
        <translation>Asigne un nombre a la clave.</translation>
    </message>
    <message>
        <source>Nothing changed yet.</source>
        <translation>Todavía no ha cambiado nada.</translation>
    </message>
</context>
<context>
    <name>KeyId</name>
    <message>
        <source>Enter the id of the key to revoke (a UUID such as 3f2b6c1e-8a4d-4e9b-9c71-2d5e8f0a1b23).</source>
        <translation>Introduzca el ID de la clave que desea revocar (un UUID como 3f2b6c1e-8a4d-4e9b-9c71-2d5e8f0a1b23).</translation>
    </message>
    <message>
        <source>This looks like a key&apos;s secret, not its id. Enter the key&apos;s UUID.</source>
        <translation>Esto parece el secreto de una clave, no su ID. Introduzca el UUID de la clave.</translation>
    </message>
    <message>
        <source>A key id is a UUID of 32 hexadecimal digits in groups 8-4-4-4-12, for example 3f2b6c1e-8a4d-4e9b-9c71-2d5e8f0a1b23.</source>
        <translation>Un ID de clave es un UUID de 32 dígitos hexadecimales en grupos 8-4-4-4-12, por ejemplo 3f2b6c1e-8a4d-4e9b-9c71-2d5e8f0a1b23.</translation>
    </message>
</context>
<context>
    <name>KeyIdList</name>
    <message>
        <source>No key id on this line.</source>
        <translation>No hay ningún ID de clave en esta línea.</translation>
    </message>
</context>
<context>
    <name>KeyListModel</name>
    <message>
        <source>active</source>
        <translation>activa</translation>
    </message>
    <message>
        <source>deactivated</source>
        <translation>desactivada</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>caducada</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Todos</translation>
    </message>
    <message>
        <source>Read only</source>
        <translation>Solo lectura</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <source>%1 (this token)</source>
        <translation>%1 (este token)</translation>
    </message>
    <message>
        <source>revoked</source>
        <translation>revocada</translation>
    </message>
    <message>
        <source>%1
Id: %2
The token this window signs in with: revoking or deactivating it cuts DocSpace Keys off from the portal.</source>
        <translation>%1
ID: %2
El token con el que inicia sesión esta ventana: revocarlo o desactivarlo deja a DocSpace Keys sin acceso al portal.</translation>
    </message>
    <message>
        <source>%1
Id: %2</source>
        <translation>%1
ID: %2</translation>
    </message>
    <message>
        <source>Never used</source>
        <translation>Nunca usada</translation>
    </message>
    <message>
        <source>Never expires</source>
        <translation>No caduca nunca</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Clave</translation>
    </message>
    <message>
        <source>Created by</source>
        <translation>Creada por</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Creada</translation>
    </message>
    <message>
        <source>Last used</source>
        <translation>Último uso</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Caduca</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Permissions</source>
        <translation>Permisos</translation>
    </message>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <translation>
            <numerusform>en %n día</numerusform>
            <numerusform>en %n días</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n hour(s)</source>
        <translation>
            <numerusform>en %n hora</numerusform>
            <numerusform>en %n horas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n minute(s)</source>
        <translation>
            <numerusform>en %n minuto</numerusform>
            <numerusform>en %n minutos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>expired %n day(s) ago</source>
        <translation>
            <numerusform>caducó hace %n día</numerusform>
            <numerusform>caducó hace %n días</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>expired %n hour(s) ago</source>
        <translation>
            <numerusform>caducó hace %n hora</numerusform>
            <numerusform>caducó hace %n horas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>expired %n minute(s) ago</source>
        <translation>
            <numerusform>caducó hace %n minuto</numerusform>
            <numerusform>caducó hace %n minutos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>KeyPermissions</name>
    <message>
        <source>Files</source>
        <translation>Archivos</translation>
    </message>
    <message>
        <source>Rooms</source>
        <translation>Salas</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Perfil</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Cuentas</translation>
    </message>
    <message numerus="yes">
        <source>This portal does not offer the permission(s) %1 (it offers: %2).</source>
        <translation>
            <numerusform>Este portal no ofrece el permiso %1 (ofrece: %2).</numerusform>
            <numerusform>Este portal no ofrece los permisos %1 (ofrece: %2).</numerusform>
        </translation>
    </message>
    <message>
        <source>All</source>
        <translation>Todos</translation>
    </message>
    <message>
        <source>Read only</source>
        <translation>Solo lectura</translation>
    </message>
    <message>
        <source>Restricted</source>
        <translation>Restringidos</translation>
    </message>
    <message>
        <source>All: every resource, read and write.</source>
        <translation>Todos: todos los recursos, lectura y escritura.</translation>
    </message>
    <message>
        <source>Read only: every resource, read (scope *:read).</source>
        <translation>Solo lectura: todos los recursos, lectura (ámbito *:read).</translation>
    </message>
    <message>
        <source>%1: read</source>
        <translation>%1: lectura</translation>
    </message>
    <message>
        <source>%1: read and write</source>
        <translation>%1: lectura y escritura</translation>
    </message>
    <message>
        <source>every resource: read</source>
        <translation>todos los recursos: lectura</translation>
    </message>
    <message>
        <source>every resource: write</source>
        <translation>todos los recursos: escritura</translation>
    </message>
    <message>
        <source>Restricted: nothing chosen.</source>
        <translation>Restringidos: no se ha elegido nada.</translation>
    </message>
    <message>
        <source>Restricted: %1 (scopes %2).</source>
        <translation>Restringidos: %1 (ámbitos %2).</translation>
    </message>
    <message>
        <source>Invalid permission &quot;%1&quot;: give all, read-only, or a comma-separated list of files, rooms, profile or accounts, each with :read or :write (e.g. files:write,rooms:read).</source>
        <translation>Permiso &quot;%1&quot; no válido: indique all, read-only o una lista separada por comas de files, rooms, profile o accounts, cada uno con :read o :write (p. ej., files:write,rooms:read).</translation>
    </message>
    <message>
        <source>No permission given: a key restricted to nothing would get every permission. Give all, read-only, or e.g. files:read.</source>
        <translation>No se ha indicado ningún permiso: una clave restringida a nada obtendría todos los permisos. Indique all, read-only o, p. ej., files:read.</translation>
    </message>
</context>
<context>
    <name>KeyUsage</name>
    <message>
        <source>Not used in the last N days, counted from the last use, or from the creation for a key never used: a key created less than N days ago is not unused yet.</source>
        <translation>Sin usar en los últimos N días, contados desde el último uso, o desde la creación si la clave nunca se ha usado: una clave creada hace menos de N días todavía no se considera sin usar.</translation>
    </message>
    <message numerus="yes">
        <source>Not used in the last %n day(s)</source>
        <translation>
            <numerusform>Sin usar en el último %n día</numerusform>
            <numerusform>Sin usar en los últimos %n días</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>KeychainSecretStore</name>
    <message>
        <source>this build has no keychain support</source>
        <translation>esta compilación no admite el llavero</translation>
    </message>
    <message>
        <source>memory only, until DocSpace Keys closes (no system keychain: %1)</source>
        <translation>solo en memoria, hasta que se cierre DocSpace Keys (no hay llavero del sistema: %1)</translation>
    </message>
    <message>
        <source>the system keychain</source>
        <translation>el llavero del sistema</translation>
    </message>
    <message>
        <source>The keychain did not give the token: %1</source>
        <translation>El llavero no ha proporcionado el token: %1</translation>
    </message>
    <message>
        <source>The keychain did not store the token: %1</source>
        <translation>El llavero no ha guardado el token: %1</translation>
    </message>
    <message>
        <source>The keychain did not delete the token: %1</source>
        <translation>El llavero no ha eliminado el token: %1</translation>
    </message>
</context>
<context>
    <name>KeysView</name>
    <message>
        <source>Filter by name, creator, ending or id</source>
        <translation>Filtrar por nombre, creador, final o ID</translation>
    </message>
    <message>
        <source>Filter keys</source>
        <translation>Filtrar claves</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Caducadas</translation>
    </message>
    <message>
        <source>Only keys past their expiry date</source>
        <translation>Solo las claves cuya fecha de caducidad ha pasado</translation>
    </message>
    <message>
        <source>Deactivated</source>
        <translation>Desactivadas</translation>
    </message>
    <message>
        <source>Only deactivated keys</source>
        <translation>Solo las claves desactivadas</translation>
    </message>
    <message>
        <source>Never used</source>
        <translation>Nunca usadas</translation>
    </message>
    <message>
        <source>Only keys never used</source>
        <translation>Solo las claves que nunca se han usado</translation>
    </message>
    <message>
        <source>Unused for</source>
        <translation>Sin usar desde hace</translation>
    </message>
    <message>
        <source> days</source>
        <translation> días</translation>
    </message>
    <message>
        <source>Days unused</source>
        <translation>Días sin usar</translation>
    </message>
    <message>
        <source>Created by me</source>
        <translation>Creadas por mí</translation>
    </message>
    <message>
        <source>Only keys created by the user the token signs in as</source>
        <translation>Solo las claves creadas por el usuario con el que inicia sesión el token</translation>
    </message>
    <message>
        <source>Read the portal&apos;s keys again (F5); nothing is changed</source>
        <translation>Volver a leer las claves del portal (F5); no se modifica nada</translation>
    </message>
    <message>
        <source>API keys</source>
        <translation>Claves API</translation>
    </message>
    <message>
        <source>Re&amp;voke Selected…</source>
        <translation>Revocar se&amp;leccionadas…</translation>
    </message>
    <message>
        <source>Revoke the selected keys after a confirmation (Delete)</source>
        <translation>Revocar las claves seleccionadas tras una confirmación (Supr)</translation>
    </message>
    <message>
        <source>&amp;Deactivate</source>
        <translation>&amp;Desactivar</translation>
    </message>
    <message>
        <source>Stop the selected keys from working, reversibly: Reactivate brings them back</source>
        <translation>Impedir que las claves seleccionadas funcionen, de forma reversible: Reactivar las restablece</translation>
    </message>
    <message>
        <source>Reactiv&amp;ate</source>
        <translation>Reac&amp;tivar</translation>
    </message>
    <message>
        <source>Let the selected deactivated keys work again</source>
        <translation>Permitir que las claves desactivadas seleccionadas vuelvan a funcionar</translation>
    </message>
    <message>
        <source>Paste a list of key ids (or a CSV export) and revoke them</source>
        <translation>Pegar una lista de ID de claves (o una exportación CSV) y revocarlas</translation>
    </message>
    <message>
        <source>&amp;Copy Id</source>
        <translation>&amp;Copiar ID</translation>
    </message>
    <message>
        <source>Re&amp;voke…</source>
        <translation>Re&amp;vocar…</translation>
    </message>
    <message>
        <source>Enter the portal address and an access token first.</source>
        <translation>Introduzca primero la dirección del portal y un token de acceso.</translation>
    </message>
    <message>
        <source>Loading keys from %1…</source>
        <translation>Cargando claves de %1…</translation>
    </message>
    <message>
        <source>Read %1 keys from %2.</source>
        <translation>Se han leído %1 claves de %2.</translation>
    </message>
    <message>
        <source>Press Refresh (F5) to list the portal&apos;s keys.</source>
        <translation>Pulse Actualizar (F5) para mostrar las claves del portal.</translation>
    </message>
    <message>
        <source>%1 of %2 keys</source>
        <translation>%1 de %2 claves</translation>
    </message>
    <message>
        <source>Known once the keys are read or the connection is tested</source>
        <translation>Se conoce una vez leídas las claves o probada la conexión</translation>
    </message>
    <message>
        <source>Cancelling: requests already sent finish, nothing more is sent.</source>
        <translation>Cancelando: las solicitudes ya enviadas terminan y no se envía nada más.</translation>
    </message>
    <message>
        <source>%1 (%2 s)</source>
        <translation>%1 (%2 s)</translation>
    </message>
    <message>
        <source>The keys could not be read: %1. %2</source>
        <translation>No se han podido leer las claves: %1. %2</translation>
    </message>
    <message>
        <source>Keys of %1:</source>
        <translation>Claves de %1:</translation>
    </message>
    <message>
        <source>Keys of %1 (profile “%2”):</source>
        <translation>Claves de %1 (perfil “%2”):</translation>
    </message>
    <message>
        <source>The list shown was read from another portal or with another token. Press Refresh to read the keys of this one.</source>
        <translation>La lista mostrada se leyó de otro portal o con otro token. Pulse Actualizar para leer las claves de este.</translation>
    </message>
    <message numerus="yes">
        <source>%n key(s)</source>
        <translation>
            <numerusform>%n clave</numerusform>
            <numerusform>%n claves</numerusform>
        </translation>
    </message>
    <message>
        <source>Deact&amp;ivate</source>
        <translation>&amp;Desactivar</translation>
    </message>
    <message>
        <source>Revoke &amp;by Paste…</source>
        <translation>Revocar pe&amp;gando…</translation>
    </message>
    <message numerus="yes">
        <source>Copied %n key id(s): %1.</source>
        <translation>
            <numerusform>Se ha copiado %n ID de clave: %1.</numerusform>
            <numerusform>Se han copiado %n ID de claves: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>Actuali&amp;zar</translation>
    </message>
    <message>
        <source>Re&amp;activate</source>
        <translation>Reacti&amp;var</translation>
    </message>
</context>
<context>
    <name>LeakedSecretDialog</name>
    <message>
        <source>&amp;Find Keys</source>
        <translation>&amp;Buscar claves</translation>
    </message>
    <message>
        <source>&amp;Revoke Selected…</source>
        <translation>&amp;Revocar seleccionadas…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Revoke Leaked Secret</source>
        <translation>Revocar secreto filtrado</translation>
    </message>
    <message>
        <source>Paste a leaked secret (sk-…), or any text that holds some: a log, a diff, a chat export. Only the secrets are taken out of it; they stay in this window&apos;s memory until it closes. Each is looked up on the portal, and revoked with your own token once you have chosen it.</source>
        <translation>Pegue un secreto filtrado (sk-…) o cualquier texto que contenga alguno: un registro, un diff, una exportación de chat. Solo se extraen los secretos, que permanecen en la memoria de esta ventana hasta que se cierra. Cada uno se busca en el portal y, una vez que lo haya elegido, se revoca con su propio token.</translation>
    </message>
    <message>
        <source>sk-… or a whole block of text</source>
        <translation>sk-… o un bloque de texto completo</translation>
    </message>
    <message>
        <source>Text holding the leaked secrets</source>
        <translation>Texto que contiene los secretos filtrados</translation>
    </message>
    <message>
        <source>No API-key secret found. A DocSpace secret is sk- followed by 64 lower-case hexadecimal digits on one line; check that the paste is complete.</source>
        <translation>No se ha encontrado ningún secreto de clave API. Un secreto de DocSpace es sk- seguido de 64 dígitos hexadecimales en minúsculas en una sola línea; compruebe que el texto pegado está completo.</translation>
    </message>
    <message numerus="yes">
        <source>Found %n secret(s). The pasted text was cleared from this window.</source>
        <translation>
            <numerusform>Se ha encontrado %n secreto. El texto pegado se ha borrado de esta ventana.</numerusform>
            <numerusform>Se han encontrado %n secretos. El texto pegado se ha borrado de esta ventana.</numerusform>
        </translation>
    </message>
    <message>
        <source>Asking the portal which key this is…</source>
        <translation>Preguntando al portal de qué clave se trata…</translation>
    </message>
    <message>
        <source>active</source>
        <translation>activa</translation>
    </message>
    <message>
        <source>deactivated</source>
        <translation>desactivada</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>caducada</translation>
    </message>
    <message>
        <source>“%1”, owner %2, ending %3, %4</source>
        <translation>“%1”, propietario %2, terminada en %3, %4</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <source>Key:</source>
        <translation>Clave:</translation>
    </message>
    <message>
        <source>Owner:</source>
        <translation>Propietario:</translation>
    </message>
    <message>
        <source>Scopes:</source>
        <translation>Ámbitos:</translation>
    </message>
    <message>
        <source>all (unrestricted)</source>
        <translation>todos (sin restricciones)</translation>
    </message>
    <message>
        <source>Expires:</source>
        <translation>Caduca:</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <source>Ending:</source>
        <translation>Final:</translation>
    </message>
    <message>
        <source>Id:</source>
        <translation>ID:</translation>
    </message>
    <message>
        <source>Revoke this key</source>
        <translation>Revocar esta clave</translation>
    </message>
    <message>
        <source>Revoke %1</source>
        <translation>Revocar %1</translation>
    </message>
    <message>
        <source>Identified by the portal: this secret belongs to this key.</source>
        <translation>Identificada por el portal: este secreto pertenece a esta clave.</translation>
    </message>
    <message>
        <source>No longer works.</source>
        <translation>Ya no funciona.</translation>
    </message>
    <message>
        <source>Not identified.</source>
        <translation>No identificado.</translation>
    </message>
    <message>
        <source>None of the keys you can see ends in %1: nothing to revoke.</source>
        <translation>Ninguna de las claves que puede ver termina en %1: no hay nada que revocar.</translation>
    </message>
    <message>
        <source>Your keys ending in %1. The ending alone does not prove which key leaked: tick one only if you know it is the one.</source>
        <translation>Sus claves que terminan en %1. El final por sí solo no demuestra qué clave se ha filtrado: marque una solo si sabe que es esa.</translation>
    </message>
    <message>
        <source>They are revoked with your own token, not with the leaked secret.</source>
        <translation>Se revocan con su propio token, no con el secreto filtrado.</translation>
    </message>
    <message>
        <source>They are revoked with the token of profile “%1”, not with the leaked secret.</source>
        <translation>Se revocan con el token del perfil “%1”, no con el secreto filtrado.</translation>
    </message>
    <message>
        <source>Revoked: %1.</source>
        <translation>Revocadas: %1.</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Revoke %n Key(s)…</source>
        <translation>
            <numerusform>&amp;Revocar %n clave…</numerusform>
            <numerusform>&amp;Revocar %n claves…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LifecycleActions</name>
    <message>
        <source>&amp;Keys</source>
        <translation>&amp;Claves</translation>
    </message>
    <message>
        <source>&amp;Create Key…</source>
        <translation>&amp;Crear clave…</translation>
    </message>
    <message>
        <source>&amp;Edit Selected Key…</source>
        <translation>&amp;Editar la clave seleccionada…</translation>
    </message>
    <message>
        <source>&amp;Rotate Selected Keys…</source>
        <translation>&amp;Rotar las claves seleccionadas…</translation>
    </message>
    <message>
        <source>Retire Selected Keys in &amp;Stages…</source>
        <translation>Retirar las claves &amp;seleccionadas por etapas…</translation>
    </message>
    <message>
        <source>Retirement &amp;Plan</source>
        <translation>&amp;Plan de retirada</translation>
    </message>
    <message>
        <source>Keys of &amp;All Portals</source>
        <translation>Claves de &amp;todos los portales</translation>
    </message>
    <message>
        <source>Create API Key</source>
        <translation>Crear clave API</translation>
    </message>
    <message>
        <source>Choose a profile or enter the portal address and token first.</source>
        <translation>Elija primero un perfil o introduzca la dirección del portal y el token.</translation>
    </message>
    <message>
        <source>Creating “%1”…</source>
        <translation>Creando “%1”…</translation>
    </message>
    <message>
        <source>Key Not Created</source>
        <translation>Clave no creada</translation>
    </message>
    <message>
        <source>The portal said: %1</source>
        <translation>El portal ha dicho: %1</translation>
    </message>
    <message>
        <source>Created “%1” (…%2).</source>
        <translation>Se ha creado “%1” (…%2).</translation>
    </message>
    <message>
        <source>Edit API Key</source>
        <translation>Editar clave API</translation>
    </message>
    <message>
        <source>Select one key in the list to edit it.</source>
        <translation>Seleccione una clave en la lista para editarla.</translation>
    </message>
    <message>
        <source>Restrict Your Own Key?</source>
        <translation>¿Restringir su propia clave?</translation>
    </message>
    <message>
        <source>Without *:write it can no longer change or revoke keys, and this window loses that too.</source>
        <translation>Sin *:write ya no podrá cambiar ni revocar claves, y esta ventana tampoco.</translation>
    </message>
    <message>
        <source>Restrict It &amp;Anyway</source>
        <translation>Restringirla &amp;de todos modos</translation>
    </message>
    <message>
        <source>“%1”: %2</source>
        <translation>“%1”: %2</translation>
    </message>
    <message>
        <source>Key Not Changed</source>
        <translation>Clave no cambiada</translation>
    </message>
    <message>
        <source>Rotate Keys</source>
        <translation>Rotar claves</translation>
    </message>
    <message>
        <source>Select the keys to rotate in the list.</source>
        <translation>Seleccione en la lista las claves que desea rotar.</translation>
    </message>
    <message numerus="yes">
        <source>Create a replacement for %n key(s)?</source>
        <translation>
            <numerusform>¿Crear una sustituta para %n clave?</numerusform>
            <numerusform>¿Crear sustitutas para %n claves?</numerusform>
        </translation>
    </message>
    <message>
        <source>%1

Each replacement gets the same name with “ (rotated)”, the same permissions and the same lifetime. The old keys keep working until you confirm their revocation after the new secrets are shown.</source>
        <translation>%1

Cada sustituta recibe el mismo nombre con “ (rotated)”, los mismos permisos y la misma vigencia. Las claves antiguas siguen funcionando hasta que confirme su revocación, después de que se muestren los nuevos secretos.</translation>
    </message>
    <message>
        <source>&amp;Create Replacements</source>
        <translation>&amp;Crear sustitutas</translation>
    </message>
    <message numerus="yes">
        <source>Creating %n replacement(s)…</source>
        <translation>
            <numerusform>Creando %n sustituta…</numerusform>
            <numerusform>Creando %n sustitutas…</numerusform>
        </translation>
    </message>
    <message>
        <source>Rotation Stopped</source>
        <translation>Rotación detenida</translation>
    </message>
    <message>
        <source>A replacement could not be created, so no old key was revoked.</source>
        <translation>No se ha podido crear una sustituta, así que no se ha revocado ninguna clave antigua.</translation>
    </message>
    <message numerus="yes">
        <source>%n replacement(s) created; the old keys still work until you confirm their revocation.</source>
        <translation>
            <numerusform>Se ha creado %n sustituta; la clave antigua sigue funcionando hasta que confirme su revocación.</numerusform>
            <numerusform>Se han creado %n sustitutas; las claves antiguas siguen funcionando hasta que confirme su revocación.</numerusform>
        </translation>
    </message>
    <message>
        <source>Rotation stopped: a replacement could not be created.</source>
        <translation>Rotación detenida: no se ha podido crear una sustituta.</translation>
    </message>
    <message>
        <source>Old keys not revoked: they and their replacements all work.</source>
        <translation>No se han revocado las claves antiguas: tanto ellas como sus sustitutas funcionan.</translation>
    </message>
    <message numerus="yes">
        <source>Rotated %n key(s): the old ones are revoked.</source>
        <translation>
            <numerusform>Se ha rotado %n clave: la antigua está revocada.</numerusform>
            <numerusform>Se han rotado %n claves: las antiguas están revocadas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Old Keys Still Work</source>
        <translation>Las claves antiguas siguen funcionando</translation>
    </message>
    <message numerus="yes">
        <source>%n old key(s) could not be revoked and still work:</source>
        <translation>
            <numerusform>%n clave antigua no se ha podido revocar y sigue funcionando:</numerusform>
            <numerusform>%n claves antiguas no se han podido revocar y siguen funcionando:</numerusform>
        </translation>
    </message>
    <message>
        <source>Retire Keys</source>
        <translation>Retirar claves</translation>
    </message>
    <message>
        <source>Select the keys to retire in the list.</source>
        <translation>Seleccione en la lista las claves que desea retirar.</translation>
    </message>
    <message>
        <source>Retire Keys in Stages</source>
        <translation>Retirar claves por etapas</translation>
    </message>
    <message numerus="yes">
        <source>%n key(s) are deactivated now and revoked after this many days, unless someone reactivates them meanwhile:</source>
        <translation>
            <numerusform>%n clave se desactiva ahora y se revoca pasado este número de días, salvo que alguien la reactive entretanto:</numerusform>
            <numerusform>%n claves se desactivan ahora y se revocan pasado este número de días, salvo que alguien las reactive entretanto:</numerusform>
        </translation>
    </message>
    <message>
        <source>Plan Not Saved</source>
        <translation>Plan no guardado</translation>
    </message>
    <message>
        <source>The keys were deactivated, but the plan could not be saved.</source>
        <translation>Las claves se han desactivado, pero no se ha podido guardar el plan.</translation>
    </message>
    <message>
        <source>Some Keys Not Retired</source>
        <translation>Algunas claves no se han retirado</translation>
    </message>
    <message numerus="yes">
        <source>%n key(s) could not be deactivated and are not in the plan; the status panel and History say why.</source>
        <translation>
            <numerusform>%n clave no se ha podido desactivar y no está en el plan; el panel de estado y el Historial indican por qué.</numerusform>
            <numerusform>%n claves no se han podido desactivar y no están en el plan; el panel de estado y el Historial indican por qué.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n key(s) deactivated; see Keys ▸ Retirement Plan.</source>
        <translation>
            <numerusform>%n clave desactivada; consulte Claves ▸ Plan de retirada.</numerusform>
            <numerusform>%n claves desactivadas; consulte Claves ▸ Plan de retirada.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Retirement plan: %n due key(s) handled.</source>
        <translation>
            <numerusform>Plan de retirada: se ha procesado %n clave pendiente.</numerusform>
            <numerusform>Plan de retirada: se han procesado %n claves pendientes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Every replacement was created; these are the old keys. Until they are revoked, the old keys and their replacements all work.</source>
        <translation>Se han creado todas las sustitutas; estas son las claves antiguas. Hasta que se revoquen, tanto las claves antiguas como sus sustitutas funcionan.</translation>
    </message>
    <message>
        <source>Kept as you chose, beside its replacement: %1. Switch the profile to the replacement before revoking it.</source>
        <translation>Conservada según lo elegido, junto a su sustituta: %1. Cambie el perfil a la sustituta antes de revocarla.</translation>
    </message>
    <message numerus="yes">
        <source>%n revoked</source>
        <translation>
            <numerusform>%n revocada</numerusform>
            <numerusform>%n revocadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n left alone (active again)</source>
        <translation>
            <numerusform>%n sin tocar (de nuevo activa)</numerusform>
            <numerusform>%n sin tocar (de nuevo activas)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already gone</source>
        <translation>
            <numerusform>%n ya no existía</numerusform>
            <numerusform>%n ya no existían</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n still pending (not revoked; tried again next time)</source>
        <translation>
            <numerusform>%n aún pendiente (no revocada; se volverá a intentar la próxima vez)</numerusform>
            <numerusform>%n aún pendientes (no revocadas; se volverá a intentar la próxima vez)</numerusform>
        </translation>
    </message>
    <message>
        <source>nothing was due</source>
        <translation>no había nada pendiente</translation>
    </message>
    <message>
        <source>%1 (profile “%2”)</source>
        <translation>%1 (perfil “%2”)</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n key(s)</source>
        <translation>
            <numerusform>%1: %n clave</numerusform>
            <numerusform>%1: %n claves</numerusform>
        </translation>
    </message>
    <message>
        <source>Retirement Plan: Other Portals</source>
        <translation>Plan de retirada: otros portales</translation>
    </message>
    <message numerus="yes">
        <source>%n planned revocation(s) are due on portals other than this one.</source>
        <translation>
            <numerusform>%n revocación planificada está pendiente en portales distintos de este.</numerusform>
            <numerusform>%n revocaciones planificadas están pendientes en portales distintos de este.</numerusform>
        </translation>
    </message>
    <message>
        <source>Each is revoked with its saved profile&apos;s token, unless it was reactivated meanwhile (then it is left alone). This cannot be undone.</source>
        <translation>Cada una se revoca con el token de su perfil guardado, salvo que se haya reactivado entretanto (en ese caso no se toca). Esta acción no se puede deshacer.</translation>
    </message>
    <message>
        <source>&amp;Carry Out on All Portals</source>
        <translation>&amp;Ejecutar en todos los portales</translation>
    </message>
    <message>
        <source>Retirement plan: the other portals&apos; due keys wait for the next time.</source>
        <translation>Plan de retirada: las claves pendientes de los otros portales esperan a la próxima vez.</translation>
    </message>
    <message>
        <source>Retirement Plan Carried Out</source>
        <translation>Plan de retirada ejecutado</translation>
    </message>
    <message>
        <source>What was due on the other portals:</source>
        <translation>Lo que estaba pendiente en los otros portales:</translation>
    </message>
    <message>
        <source>%1: not carried out: no saved profile for this portal; open it in the window or run “docspace-keys-cli retire --due --portal %2”.</source>
        <translation>%1: no ejecutado: no hay ningún perfil guardado para este portal; ábralo en la ventana o ejecute “docspace-keys-cli retire --due --portal %2”.</translation>
    </message>
    <message>
        <source>%1: not carried out: no saved token (%2).</source>
        <translation>%1: no ejecutado: no hay ningún token guardado (%2).</translation>
    </message>
    <message>
        <source>%1: not carried out: %2</source>
        <translation>%1: no ejecutado: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>They are revoked after %n day(s) unless someone reactivates them meanwhile (Keys ▸ Retirement Plan).</source>
        <translation>
            <numerusform>Se revocan pasado %n día, salvo que alguien las reactive entretanto (Claves ▸ Plan de retirada).</numerusform>
            <numerusform>Se revocan pasados %n días, salvo que alguien las reactive entretanto (Claves ▸ Plan de retirada).</numerusform>
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
        <translation>Problema de configuración</translation>
    </message>
    <message>
        <source>Keychain unavailable</source>
        <translation>Llavero no disponible</translation>
    </message>
    <message>
        <source>Revoke API keys of an ONLYOFFICE DocSpace portal: by id, or pick them from the portal&apos;s list. A revoked key stops working at once; this cannot be undone.</source>
        <translation>Revoque claves API de un portal de ONLYOFFICE DocSpace: por ID o eligiéndolas en la lista del portal. Una clave revocada deja de funcionar de inmediato; esta acción no se puede deshacer.</translation>
    </message>
    <message>
        <source>Saved portals: choosing one fills in its address, scheme and token</source>
        <translation>Portales guardados: al elegir uno se rellenan su dirección, su esquema y su token</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Perfil</translation>
    </message>
    <message>
        <source>The saved portal to use. Choosing one fills in its address, authentication scheme and token.</source>
        <translation>El portal guardado que se va a usar. Al elegir uno se rellenan su dirección, su esquema de autenticación y su token.</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Nuevo…</translation>
    </message>
    <message>
        <source>Save a portal as a new profile</source>
        <translation>Guardar un portal como perfil nuevo</translation>
    </message>
    <message>
        <source>New profile</source>
        <translation>Perfil nuevo</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>Edi&amp;tar…</translation>
    </message>
    <message>
        <source>Edit every setting of this profile</source>
        <translation>Editar toda la configuración de este perfil</translation>
    </message>
    <message>
        <source>Edit profile</source>
        <translation>Editar perfil</translation>
    </message>
    <message>
        <source>&amp;More</source>
        <translation>M&amp;ás</translation>
    </message>
    <message>
        <source>Duplicate, rename or delete this profile</source>
        <translation>Duplicar, cambiar el nombre o eliminar este perfil</translation>
    </message>
    <message>
        <source>More profile actions</source>
        <translation>Más acciones del perfil</translation>
    </message>
    <message>
        <source>&amp;Save to Profile</source>
        <translation>G&amp;uardar en el perfil</translation>
    </message>
    <message>
        <source>Save the portal address, scheme and token into this profile (Ctrl+S)</source>
        <translation>Guardar la dirección del portal, el esquema y el token en este perfil (Ctrl+S)</translation>
    </message>
    <message>
        <source>Go back to the profile&apos;s saved address, scheme and token</source>
        <translation>Volver a la dirección, el esquema y el token guardados en el perfil</translation>
    </message>
    <message>
        <source>https://portal.example.com</source>
        <translation>https://portal.example.com</translation>
    </message>
    <message>
        <source>The address of your DocSpace portal, as you open it in a browser</source>
        <translation>La dirección de su portal de DocSpace, tal como la abre en un navegador</translation>
    </message>
    <message>
        <source>Portal address</source>
        <translation>Dirección del portal</translation>
    </message>
    <message>
        <source>The address of the DocSpace portal, for example https://portal.example.com</source>
        <translation>La dirección del portal de DocSpace, por ejemplo https://portal.example.com</translation>
    </message>
    <message>
        <source>Portal address problem</source>
        <translation>Problema con la dirección del portal</translation>
    </message>
    <message>
        <source>Allow unencrypted HTTP</source>
        <translation>Permitir HTTP sin cifrar</translation>
    </message>
    <message>
        <source>The portal address uses plain HTTP to another machine. Anyone on the network path can read the access token. Tick only if you accept that risk.</source>
        <translation>La dirección del portal usa HTTP sin cifrar hacia otro equipo. Cualquiera en la ruta de red puede leer el token de acceso. Márquelo solo si acepta ese riesgo.</translation>
    </message>
    <message>
        <source>sk-… API key with the *:write scope, or a session token</source>
        <translation>Clave API sk-… con el ámbito *:write, o un token de sesión</translation>
    </message>
    <message>
        <source>Saved only in the system keychain, with its profile; never in a file, never logged</source>
        <translation>Se guarda solo en el llavero del sistema, con su perfil; nunca en un archivo ni en un registro</translation>
    </message>
    <message>
        <source>Access token</source>
        <translation>Token de acceso</translation>
    </message>
    <message>
        <source>An API key with write access to keys, or a session token of an administrator. It is never written to a file.</source>
        <translation>Una clave API con acceso de escritura a las claves, o un token de sesión de un administrador. Nunca se escribe en un archivo.</translation>
    </message>
    <message>
        <source>Access token problem</source>
        <translation>Problema con el token de acceso</translation>
    </message>
    <message>
        <source>Auto sends tokens starting with sk- as API keys and anything else as a session token</source>
        <translation>Auto envía los tokens que empiezan por sk- como claves API y cualquier otro como token de sesión</translation>
    </message>
    <message>
        <source>Authentication scheme</source>
        <translation>Esquema de autenticación</translation>
    </message>
    <message>
        <source>How the token is sent to the portal. Auto decides from the token.</source>
        <translation>Cómo se envía el token al portal. Auto decide según el token.</translation>
    </message>
    <message>
        <source>Auto</source>
        <translation>Auto</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>Clave API</translation>
    </message>
    <message>
        <source>Session token</source>
        <translation>Token de sesión</translation>
    </message>
    <message>
        <source>e.g. 3f2504e0-4f89-11d3-9a0c-0305e82c3301</source>
        <translation>p. ej., 3f2504e0-4f89-11d3-9a0c-0305e82c3301</translation>
    </message>
    <message>
        <source>The id (a UUID) of the API key to revoke, as listed under Developer Tools ▸ API keys</source>
        <translation>El ID (un UUID) de la clave API que se va a revocar, tal como aparece en Herramientas de desarrollador ▸ Claves API</translation>
    </message>
    <message>
        <source>Key id</source>
        <translation>ID de clave</translation>
    </message>
    <message>
        <source>The id of the API key to revoke, a UUID</source>
        <translation>El ID de la clave API que se va a revocar, un UUID</translation>
    </message>
    <message>
        <source>Key id problem</source>
        <translation>Problema con el ID de clave</translation>
    </message>
    <message>
        <source>Request in progress</source>
        <translation>Solicitud en curso</translation>
    </message>
    <message>
        <source>&amp;Test Connection</source>
        <translation>P&amp;robar conexión</translation>
    </message>
    <message>
        <source>Sign in with this token and show who it is and what it may do; nothing is changed</source>
        <translation>Iniciar sesión con este token y mostrar a quién pertenece y qué puede hacer; no se modifica nada</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Probar conexión</translation>
    </message>
    <message>
        <source>Signs in to the portal with the token and reports the user, role and key, without changing anything</source>
        <translation>Inicia sesión en el portal con el token e informa del usuario, el rol y la clave, sin modificar nada</translation>
    </message>
    <message>
        <source>Revoke the key (Ctrl+Return)</source>
        <translation>Revocar la clave (Ctrl+Intro)</translation>
    </message>
    <message>
        <source>Revoke key</source>
        <translation>Revocar clave</translation>
    </message>
    <message>
        <source>Asks for confirmation, then revokes the API key on the portal</source>
        <translation>Pide confirmación y luego revoca la clave API en el portal</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Stop the request in progress (Esc)</source>
        <translation>Detener la solicitud en curso (Esc)</translation>
    </message>
    <message>
        <source>Cancel request</source>
        <translation>Cancelar solicitud</translation>
    </message>
    <message>
        <source>Stops the request in progress</source>
        <translation>Detiene la solicitud en curso</translation>
    </message>
    <message>
        <source>Connection test result</source>
        <translation>Resultado de la prueba de conexión</translation>
    </message>
    <message>
        <source>Portal keys</source>
        <translation>Claves del portal</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Resultados</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Profile</source>
        <translation>&amp;Perfil</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>&amp;Import Profiles…</source>
        <translation>&amp;Importar perfiles…</translation>
    </message>
    <message>
        <source>Add the profiles of a JSON file shared by a colleague</source>
        <translation>Añadir los perfiles de un archivo JSON compartido por un compañero</translation>
    </message>
    <message>
        <source>&amp;Export Profiles…</source>
        <translation>&amp;Exportar perfiles…</translation>
    </message>
    <message>
        <source>Save the profiles as JSON to share them; tokens are never exported</source>
        <translation>Guardar los perfiles en formato JSON para compartirlos; los tokens nunca se exportan</translation>
    </message>
    <message>
        <source>&amp;New Profile…</source>
        <translation>&amp;Nuevo perfil…</translation>
    </message>
    <message>
        <source>&amp;Edit Profile…</source>
        <translation>&amp;Editar perfil…</translation>
    </message>
    <message>
        <source>&amp;Duplicate Profile</source>
        <translation>&amp;Duplicar perfil</translation>
    </message>
    <message>
        <source>&amp;Rename Profile…</source>
        <translation>Cambia&amp;r nombre del perfil…</translation>
    </message>
    <message>
        <source>De&amp;lete Profile…</source>
        <translation>E&amp;liminar perfil…</translation>
    </message>
    <message>
        <source>&amp;Save Changes to Profile</source>
        <translation>&amp;Guardar cambios en el perfil</translation>
    </message>
    <message>
        <source>Re&amp;vert Changes</source>
        <translation>Re&amp;vertir cambios</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;About DocSpace Keys</source>
        <translation>&amp;Acerca de DocSpace Keys</translation>
    </message>
    <message>
        <source>Tokens starting with sk- are sent as API keys, anything else as a session token</source>
        <translation>Los tokens que empiezan por sk- se envían como claves API; cualquier otro, como token de sesión</translation>
    </message>
    <message>
        <source>Sent as it is, like the token from signing in to the portal</source>
        <translation>Se envía tal cual, como el token que se obtiene al iniciar sesión en el portal</translation>
    </message>
    <message>
        <source>Cannot Connect</source>
        <translation>No se puede conectar</translation>
    </message>
    <message>
        <source>The profile&apos;s connection settings cannot be used.</source>
        <translation>No se puede usar la configuración de conexión del perfil.</translation>
    </message>
    <message>
        <source>Testing the connection to %1…</source>
        <translation>Probando la conexión con %1…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelando…</translation>
    </message>
    <message>
        <source>Saving the token…</source>
        <translation>Guardando el token…</translation>
    </message>
    <message>
        <source>Enter the access token: an API key with the *:write scope (sk-…) or a session token of an administrator.</source>
        <translation>Introduzca el token de acceso: una clave API con el ámbito *:write (sk-…) o un token de sesión de un administrador.</translation>
    </message>
    <message>
        <source>This token will be sent as an API key.</source>
        <translation>Este token se enviará como clave API.</translation>
    </message>
    <message>
        <source>This token will be sent as a session token.</source>
        <translation>Este token se enviará como token de sesión.</translation>
    </message>
    <message>
        <source>Enter the portal address above to list its keys.</source>
        <translation>Introduzca arriba la dirección del portal para ver sus claves.</translation>
    </message>
    <message>
        <source>Enter an access token above to list the portal&apos;s keys.</source>
        <translation>Introduzca arriba un token de acceso para ver las claves del portal.</translation>
    </message>
    <message>
        <source>Allow unencrypted HTTP above, or use an https:// address.</source>
        <translation>Permita arriba HTTP sin cifrar o use una dirección https://.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelado.</translation>
    </message>
    <message>
        <source>Certificate trusted for this session. Test the connection or revoke again.</source>
        <translation>Certificado de confianza para esta sesión. Pruebe la conexión o vuelva a revocar.</translation>
    </message>
    <message>
        <source>The connection test failed: %1.</source>
        <translation>La prueba de conexión ha fallado: %1.</translation>
    </message>
    <message>
        <source>History problem</source>
        <translation>Problema con el historial</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>Revocar</translation>
    </message>
    <message>
        <source>Revoke &amp;Leaked Secret…</source>
        <translation>Revocar secreto &amp;filtrado…</translation>
    </message>
    <message>
        <source>Paste a leaked sk- secret, or text holding some, to find its key and revoke it</source>
        <translation>Pegue un secreto sk- filtrado, o un texto que lo contenga, para encontrar su clave y revocarla</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Configuración…</translation>
    </message>
    <message>
        <source>Sent as &quot;Authorization: Bearer &lt;token&gt;&quot;: API keys, or a session token you want sent that way</source>
        <translation>Se envía como &quot;Authorization: Bearer &lt;token&gt;&quot;: claves API, o un token de sesión que quiera enviar así</translation>
    </message>
    <message>
        <source>Send token as:</source>
        <translation>Enviar el token como:</translation>
    </message>
    <message>
        <source>T&amp;ools</source>
        <translation>&amp;Herramientas</translation>
    </message>
    <message>
        <source>Auto: API key</source>
        <translation>Auto: clave API</translation>
    </message>
    <message>
        <source>Auto: session token</source>
        <translation>Auto: token de sesión</translation>
    </message>
    <message>
        <source>Profile:</source>
        <translation>Perfil:</translation>
    </message>
    <message>
        <source>Revert Chan&amp;ges</source>
        <translation>Revertir ca&amp;mbios</translation>
    </message>
    <message>
        <source>Portal address:</source>
        <translation>Dirección del portal:</translation>
    </message>
    <message>
        <source>Allow unencrypted HTTP to this portal (the token travels in clear te&amp;xt)</source>
        <translation>Permitir HTTP &amp;sin cifrar con este portal (el token viaja en texto sin cifrar)</translation>
    </message>
    <message>
        <source>Access token:</source>
        <translation>Token de acceso:</translation>
    </message>
    <message>
        <source>Key id:</source>
        <translation>ID de clave:</translation>
    </message>
    <message>
        <source>Revoke Ke&amp;y</source>
        <translation>R&amp;evocar clave</translation>
    </message>
    <message>
        <source>Revoke Leake&amp;d Secret…</source>
        <translation>Revocar secreto &amp;filtrado…</translation>
    </message>
</context>
<context>
    <name>MemorySecretStore</name>
    <message>
        <source>memory only, until DocSpace Keys closes</source>
        <translation>solo en memoria, hasta que se cierre DocSpace Keys</translation>
    </message>
</context>
<context>
    <name>MessageBox</name>
    <message>
        <source>&amp;Replace</source>
        <translation>&amp;Reemplazar</translation>
    </message>
    <message>
        <source>&amp;Keep Both</source>
        <translation>&amp;Conservar ambos</translation>
    </message>
    <message>
        <source>&amp;Skip</source>
        <translation>&amp;Omitir</translation>
    </message>
</context>
<context>
    <name>OneTimeSecretDialog</name>
    <message>
        <source>New Secret, Shown Once</source>
        <translation>Nuevo secreto, se muestra una vez</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Copy the secret(s) now: they will not be shown again.&lt;/b&gt; Neither the portal nor DocSpace Keys keeps them; once this window is closed, only whoever stored them has them. The clipboard is cleared of them when DocSpace Keys quits.</source>
        <translation>
            <numerusform>&lt;b&gt;Copie el secreto ahora: no se volverá a mostrar.&lt;/b&gt; Ni el portal ni DocSpace Keys lo conservan; una vez cerrada esta ventana, solo lo tendrá quien lo haya guardado. El portapapeles se vacía de él al salir de DocSpace Keys.</numerusform>
            <numerusform>&lt;b&gt;Copie los secretos ahora: no se volverán a mostrar.&lt;/b&gt; Ni el portal ni DocSpace Keys los conservan; una vez cerrada esta ventana, solo los tendrá quien los haya guardado. El portapapeles se vacía de ellos al salir de DocSpace Keys.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copiado</translation>
    </message>
    <message>
        <source>&amp;Save to File…</source>
        <translation>&amp;Guardar en archivo…</translation>
    </message>
    <message>
        <source>Save the New Secrets</source>
        <translation>Guardar los nuevos secretos</translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation>Archivos de texto (*.txt)</translation>
    </message>
    <message>
        <source>Secrets Saved</source>
        <translation>Secretos guardados</translation>
    </message>
    <message>
        <source>Saved to %1, readable by you only. Move them into your secret manager and delete the file.</source>
        <translation>Guardados en %1, legible solo por usted. Páselos a su gestor de secretos y elimine el archivo.</translation>
    </message>
    <message>
        <source>Secrets Not Saved</source>
        <translation>Secretos no guardados</translation>
    </message>
    <message>
        <source>Cannot write %1: %2.</source>
        <translation>No se puede escribir %1: %2.</translation>
    </message>
</context>
<context>
    <name>OutcomeClassifier</name>
    <message>
        <source>Not sent: the address uses plain HTTP to a host on the network, so the token would travel unencrypted. Use the portal&apos;s https:// address, or explicitly allow unencrypted HTTP for this portal if the network is trusted.</source>
        <translation>No enviada: la dirección usa HTTP sin cifrar hacia un host de la red, por lo que el token viajaría sin cifrar. Use la dirección https:// del portal o permita explícitamente HTTP sin cifrar para este portal si la red es de confianza.</translation>
    </message>
    <message>
        <source>Cancelled. If the request had already reached the portal the key may still have been revoked; refresh the key list before trying again.</source>
        <translation>Cancelado. Si la solicitud ya había llegado al portal, es posible que la clave se haya revocado de todos modos; actualice la lista de claves antes de volver a intentarlo.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelado.</translation>
    </message>
    <message>
        <source>The portal did not answer in time. It may be overloaded or the network slow. The key may or may not have been revoked: check the key list, then try again or raise the timeout.</source>
        <translation>El portal no ha respondido a tiempo. Puede estar sobrecargado o la red puede ser lenta. Es posible que la clave se haya revocado o no: compruebe la lista de claves y vuelva a intentarlo o aumente el tiempo de espera.</translation>
    </message>
    <message>
        <source>The portal did not answer in time. It may be overloaded or the network slow: try again, or raise the timeout.</source>
        <translation>El portal no ha respondido a tiempo. Puede estar sobrecargado o la red puede ser lenta: vuelva a intentarlo o aumente el tiempo de espera.</translation>
    </message>
    <message>
        <source>The portal&apos;s certificate is not trusted (%1), so nothing was sent. If this is your own on-premises portal, compare the fingerprint below with the one your server shows, then trust that certificate or add your internal CA file. Otherwise someone may be intercepting the connection.</source>
        <translation>El certificado del portal no es de confianza (%1), por lo que no se ha enviado nada. Si se trata de su propio portal local, compare la huella digital que aparece abajo con la que muestra su servidor y, a continuación, confíe en ese certificado o añada el archivo de su CA interna. De lo contrario, es posible que alguien esté interceptando la conexión.</translation>
    </message>
    <message>
        <source>The portal redirected the request to another address (%1). DocSpace Keys never sends your token to another site, so the request went no further. If the portal has moved, enter its new address.</source>
        <translation>El portal ha redirigido la solicitud a otra dirección (%1). DocSpace Keys nunca envía su token a otro sitio, por lo que la solicitud no ha seguido adelante. Si el portal se ha trasladado, introduzca su nueva dirección.</translation>
    </message>
    <message>
        <source>The portal kept redirecting the request, so it was given up. Check the portal address.</source>
        <translation>El portal ha seguido redirigiendo la solicitud, por lo que se ha abandonado. Compruebe la dirección del portal.</translation>
    </message>
    <message>
        <source>The portal&apos;s answer was cut off before it was complete, so it is unknown whether the key was revoked. Refresh the key list to check, then try again.</source>
        <translation>La respuesta del portal se ha interrumpido antes de completarse, por lo que no se sabe si la clave se ha revocado. Actualice la lista de claves para comprobarlo y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>The portal&apos;s answer was cut off before it was complete. Try again; if it keeps happening, a proxy may be cutting answers short.</source>
        <translation>La respuesta del portal se ha interrumpido antes de completarse. Vuelva a intentarlo; si sigue ocurriendo, es posible que un proxy esté truncando las respuestas.</translation>
    </message>
    <message>
        <source>Could not reach the portal: %1. Check the address, your network connection, VPN or proxy, and try again.</source>
        <translation>No se ha podido acceder al portal: %1. Compruebe la dirección, la conexión de red, la VPN o el proxy y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>The portal did not accept the access token. It may be mistyped, expired, revoked or deactivated, or sent the wrong way (API keys starting with sk- must be sent as an API key: choose Auto or API key). Get a new token and try again.</source>
        <translation>El portal no ha aceptado el token de acceso. Puede que esté mal escrito, caducado, revocado o desactivado, o que se haya enviado de forma incorrecta (las claves API que empiezan por sk- deben enviarse como clave API: elija Auto o Clave API). Obtenga un token nuevo y vuelva a intentarlo.</translation>
    </message>
    <message numerus="yes">
        <source>The portal is limiting requests and kept refusing after %n attempt(s). Wait a minute, then try again.</source>
        <translation>
            <numerusform>El portal está limitando las solicitudes y ha seguido rechazándolas tras %n intento. Espere un minuto y vuelva a intentarlo.</numerusform>
            <numerusform>El portal está limitando las solicitudes y ha seguido rechazándolas tras %n intentos. Espere un minuto y vuelva a intentarlo.</numerusform>
        </translation>
    </message>
    <message>
        <source>The portal has no key with this id: it was already revoked, or the id is wrong. Nothing was changed.</source>
        <translation>El portal no tiene ninguna clave con este ID: ya se había revocado o el ID es incorrecto. No se ha modificado nada.</translation>
    </message>
    <message>
        <source>The portal or the proxy in front of it failed (%1). This is usually temporary: try again in a minute. If it persists, the portal&apos;s administrator should check the server.</source>
        <translation>El portal o el proxy situado delante de él ha fallado (%1). Suele ser algo temporal: vuelva a intentarlo dentro de un minuto. Si persiste, el administrador del portal debe revisar el servidor.</translation>
    </message>
    <message>
        <source>The portal gave an unexpected answer (HTTP %1), so the key was not revoked. Check the address and the portal&apos;s message below.</source>
        <translation>El portal ha dado una respuesta inesperada (HTTP %1), por lo que la clave no se ha revocado. Compruebe la dirección y el mensaje del portal que aparece abajo.</translation>
    </message>
    <message>
        <source>The portal gave an unexpected answer (HTTP %1). Check the address and the portal&apos;s message below.</source>
        <translation>El portal ha dado una respuesta inesperada (HTTP %1). Compruebe la dirección y el mensaje del portal que aparece abajo.</translation>
    </message>
    <message>
        <source>a web page instead of JSON</source>
        <translation>una página web en lugar de JSON</translation>
    </message>
    <message>
        <source>an empty answer</source>
        <translation>una respuesta vacía</translation>
    </message>
    <message>
        <source>an answer that is not JSON</source>
        <translation>una respuesta que no es JSON</translation>
    </message>
    <message>
        <source>The portal sent %1, so it is unknown whether the key was revoked. The address may point to a login page or proxy rather than the DocSpace API; check it, then refresh the key list.</source>
        <translation>El portal ha enviado %1, por lo que no se sabe si la clave se ha revocado. Es posible que la dirección apunte a una página de inicio de sesión o a un proxy en lugar de a la API de DocSpace; compruébela y luego actualice la lista de claves.</translation>
    </message>
    <message>
        <source>The portal sent %1. The address may point to a login page or proxy rather than the DocSpace API; check it.</source>
        <translation>El portal ha enviado %1. Es posible que la dirección apunte a una página de inicio de sesión o a un proxy en lugar de a la API de DocSpace; compruébela.</translation>
    </message>
    <message>
        <source>The portal reported a failure inside a successful answer, so the key was not revoked. Read the portal&apos;s message below.</source>
        <translation>El portal ha notificado un error dentro de una respuesta correcta, por lo que la clave no se ha revocado. Lea el mensaje del portal que aparece abajo.</translation>
    </message>
    <message>
        <source>The portal reported a failure inside a successful answer. Read the portal&apos;s message below.</source>
        <translation>El portal ha notificado un error dentro de una respuesta correcta. Lea el mensaje del portal que aparece abajo.</translation>
    </message>
    <message>
        <source>The portal&apos;s answer did not say whether the key was changed. Refresh the key list to check.</source>
        <translation>La respuesta del portal no indicaba si la clave se ha modificado. Actualice la lista de claves para comprobarlo.</translation>
    </message>
    <message>
        <source>Deactivated. The key stops working until it is reactivated.</source>
        <translation>Desactivada. La clave deja de funcionar hasta que se reactive.</translation>
    </message>
    <message>
        <source>Reactivated. The key works again.</source>
        <translation>Reactivada. La clave vuelve a funcionar.</translation>
    </message>
    <message>
        <source>The portal refused to reactivate this key. Expired keys cannot be reactivated, and only the key&apos;s creator or an administrator may change it.</source>
        <translation>El portal se ha negado a reactivar esta clave. Las claves caducadas no se pueden reactivar, y solo el creador de la clave o un administrador pueden modificarla.</translation>
    </message>
    <message>
        <source>The portal refused to deactivate this key. Only the key&apos;s creator or an administrator may change it.</source>
        <translation>El portal se ha negado a desactivar esta clave. Solo el creador de la clave o un administrador pueden modificarla.</translation>
    </message>
    <message>
        <source>Revoked. The key no longer works; anything that used it must get a new one.</source>
        <translation>Revocada. La clave ya no funciona; todo lo que la usaba debe obtener una nueva.</translation>
    </message>
    <message>
        <source>The portal refused to revoke this key. Only its creator or a portal administrator may revoke it: sign in with an administrator&apos;s token, or ask the key&apos;s owner.</source>
        <translation>El portal se ha negado a revocar esta clave. Solo su creador o un administrador del portal pueden revocarla: inicie sesión con el token de un administrador o consulte al propietario de la clave.</translation>
    </message>
    <message>
        <source>The portal&apos;s answer did not say whether the key was revoked. Refresh the key list to check.</source>
        <translation>La respuesta del portal no indicaba si la clave se ha revocado. Actualice la lista de claves para comprobarlo.</translation>
    </message>
    <message>
        <source>The portal&apos;s answer had no content. Check that the address is a DocSpace portal.</source>
        <translation>La respuesta del portal no tenía contenido. Compruebe que la dirección corresponde a un portal de DocSpace.</translation>
    </message>
    <message>
        <source>The answer was far larger than a DocSpace answer can be, so reading stopped. Check that the address points to a DocSpace portal.</source>
        <translation>La respuesta era mucho mayor de lo que puede ser una respuesta de DocSpace, por lo que se ha dejado de leer. Compruebe que la dirección apunta a un portal de DocSpace.</translation>
    </message>
    <message>
        <source>Unknown: the connection failed after the request was sent (%1), so the portal may or may not have revoked the key. Refresh the key list to see whether it is still there.</source>
        <translation>Desconocido: la conexión ha fallado después de enviar la solicitud (%1), así que puede que el portal haya revocado la clave o no. Actualice la lista de claves para ver si sigue ahí.</translation>
    </message>
    <message>
        <source>Unknown: the connection failed after the request was sent (%1), so the portal may or may not have changed the key. Refresh the key list to see its state.</source>
        <translation>Desconocido: la conexión ha fallado después de enviar la solicitud (%1), así que puede que el portal haya cambiado la clave o no. Actualice la lista de claves para ver su estado.</translation>
    </message>
    <message>
        <source>The portal refused access: “%1”. It accepts calls only from certain IP addresses: connect from an allowed network or VPN, or ask the portal&apos;s administrator to allow your address. Nothing was changed.</source>
        <translation>El portal ha denegado el acceso: “%1”. Solo acepta llamadas desde determinadas direcciones IP: conéctese desde una red o VPN permitida, o pida al administrador del portal que permita su dirección. No se ha cambiado nada.</translation>
    </message>
    <message>
        <source>The portal refused to create the key: “%1”. Guests cannot create API keys, and this portal may restrict developer tools to administrators: ask an administrator to create the key, or to allow developer tools for everyone.</source>
        <translation>El portal se ha negado a crear la clave: “%1”. Los invitados no pueden crear claves API, y puede que este portal restrinja las herramientas para desarrolladores a los administradores: pida a un administrador que cree la clave o que habilite las herramientas para desarrolladores para todos.</translation>
    </message>
    <message>
        <source>The portal refused to revoke this key: “%1”. This user may not manage keys (guests cannot): use an administrator&apos;s token with the *:write scope.</source>
        <translation>El portal se ha negado a revocar esta clave: “%1”. Puede que este usuario no pueda gestionar claves (los invitados no pueden): use el token de un administrador con el ámbito *:write.</translation>
    </message>
    <message>
        <source>The portal refused to change this key: “%1”. This user may not manage keys (guests cannot): use an administrator&apos;s token with the *:write scope.</source>
        <translation>El portal se ha negado a cambiar esta clave: “%1”. Puede que este usuario no pueda gestionar claves (los invitados no pueden): use el token de un administrador con el ámbito *:write.</translation>
    </message>
    <message>
        <source>The portal refused: “%1”. This user may not read this; use an administrator&apos;s token.</source>
        <translation>El portal se ha negado: “%1”. Este usuario no puede leer esto; use el token de un administrador.</translation>
    </message>
    <message>
        <source>If every call is refused this way, the portal may be being moved, restored or encrypted: try again later.</source>
        <translation>Si todas las llamadas se rechazan de esta forma, puede que el portal se esté trasladando, restaurando o cifrando: vuelva a intentarlo más tarde.</translation>
    </message>
    <message>
        <source>The token is not allowed to revoke keys: it lacks the *:write scope. Use a token with write access (an administrator&apos;s, to revoke others&apos; keys). %1</source>
        <translation>El token no tiene permiso para revocar claves: le falta el ámbito *:write. Use un token con acceso de escritura (el de un administrador, para revocar claves de otros). %1</translation>
    </message>
    <message>
        <source>The token is not allowed to change keys: it lacks the *:write scope. %1</source>
        <translation>El token no tiene permiso para cambiar claves: le falta el ámbito *:write. %1</translation>
    </message>
    <message>
        <source>The token is not allowed to create keys: it lacks the *:write scope. %1</source>
        <translation>El token no tiene permiso para crear claves: le falta el ámbito *:write. %1</translation>
    </message>
    <message>
        <source>The token is not allowed to read this: it lacks the scope needed (*:read, or accounts.self:read for the profile). %1</source>
        <translation>El token no tiene permiso para leer esto: le falta el ámbito necesario (*:read, o accounts.self:read para el perfil). %1</translation>
    </message>
    <message>
        <source>The portal&apos;s subscription has lapsed (HTTP 402), so it answers no API calls and nothing was changed. The portal&apos;s owner must renew the payment in DocSpace (Payments); then try again.</source>
        <translation>La suscripción del portal ha vencido (HTTP 402), así que no responde a ninguna llamada a la API y no se ha cambiado nada. El propietario del portal debe renovar el pago en DocSpace (Pagos); después, vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>The address answered that the DocSpace API is not there (HTTP 404): it is not a DocSpace portal with API keys, the portal is older than DocSpace 3.1, or it is suspended. Nothing was changed. Check the address; if it is right, ask the portal&apos;s owner whether the portal is suspended or needs an update.</source>
        <translation>La dirección ha respondido que la API de DocSpace no está ahí (HTTP 404): no es un portal DocSpace con claves API, el portal es anterior a DocSpace 3.1 o está suspendido. No se ha cambiado nada. Compruebe la dirección; si es correcta, pregunte al propietario del portal si está suspendido o necesita una actualización.</translation>
    </message>
    <message>
        <source>The portal&apos;s certificate has changed since it was pinned, so nothing was sent. Pinned SHA-256: %1. The portal now shows: %2. If its certificate was renewed or replaced, check the new fingerprint with the server&apos;s administrator, then put it in the profile (Profile &gt; Edit). If nobody changed it, someone may be intercepting the connection: do not trust it.</source>
        <translation>El certificado del portal ha cambiado desde que se fijó, por lo que no se ha enviado nada. SHA-256 fijado: %1. El portal muestra ahora: %2. Si su certificado se ha renovado o sustituido, compruebe la nueva huella digital con el administrador del servidor y luego introdúzcala en el perfil (Perfil &gt; Editar). Si nadie lo ha cambiado, puede que alguien esté interceptando la conexión: no confíe en ella.</translation>
    </message>
</context>
<context>
    <name>OutcomeStyle</name>
    <message>
        <source>Revoked</source>
        <translation>Revocada</translation>
    </message>
    <message>
        <source>Deactivated</source>
        <translation>Desactivada</translation>
    </message>
    <message>
        <source>Reactivated</source>
        <translation>Reactivada</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Rechazado</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>No encontrada</translation>
    </message>
    <message>
        <source>Invalid key id</source>
        <translation>ID de clave no válido</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>Sesión no iniciada</translation>
    </message>
    <message>
        <source>Forbidden</source>
        <translation>Prohibido</translation>
    </message>
    <message>
        <source>Rate limited</source>
        <translation>Límite de frecuencia alcanzado</translation>
    </message>
    <message>
        <source>Server error</source>
        <translation>Error del servidor</translation>
    </message>
    <message>
        <source>Unexpected answer</source>
        <translation>Respuesta inesperada</translation>
    </message>
    <message>
        <source>Network error</source>
        <translation>Error de red</translation>
    </message>
    <message>
        <source>Timed out</source>
        <translation>Tiempo de espera agotado</translation>
    </message>
    <message>
        <source>Certificate problem</source>
        <translation>Problema de certificado</translation>
    </message>
    <message>
        <source>Unencrypted HTTP refused</source>
        <translation>HTTP sin cifrar rechazado</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelado</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Desconocido</translation>
    </message>
    <message>
        <source>Portal unavailable</source>
        <translation>Portal no disponible</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Creada</translation>
    </message>
    <message>
        <source>Edited</source>
        <translation>Editada</translation>
    </message>
</context>
<context>
    <name>PasteIdsDialog</name>
    <message>
        <source>Revoke Keys by Id</source>
        <translation>Revocar claves por ID</translation>
    </message>
    <message>
        <source>Key ids</source>
        <translation>ID de claves</translation>
    </message>
    <message>
        <source>3f2504e0-4f89-11d3-9a0c-0305e82c3301
…</source>
        <translation>3f2504e0-4f89-11d3-9a0c-0305e82c3301
…</translation>
    </message>
    <message>
        <source>Skipped lines</source>
        <translation>Líneas omitidas</translation>
    </message>
    <message>
        <source>&amp;Revoke…</source>
        <translation>&amp;Revocar…</translation>
    </message>
    <message>
        <source>Line %1: %2 — %3</source>
        <translation>Línea %1: %2 — %3</translation>
    </message>
    <message numerus="yes">
        <source>%n key id(s)</source>
        <translation>
            <numerusform>%n id de clave</numerusform>
            <numerusform>%n ids de clave</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) skipped</source>
        <translation>
            <numerusform>%n línea omitida</numerusform>
            <numerusform>%n líneas omitidas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n repeat(s) ignored</source>
        <translation>
            <numerusform>%n repetición ignorada</numerusform>
            <numerusform>%n repeticiones ignoradas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Revoke %n Key(s)…</source>
        <translation>
            <numerusform>&amp;Revocar %n clave…</numerusform>
            <numerusform>&amp;Revocar %n claves…</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Paste key ids, one per line, or a CSV export with an &quot;id&quot; column. Lines without a key id are shown below and skipped.</source>
        <translation>&amp;Pegue los ID de claves, uno por línea, o una exportación CSV con una columna &quot;id&quot;. Las líneas sin ID de clave se muestran abajo y se omiten.</translation>
    </message>
</context>
<context>
    <name>PortalAddress</name>
    <message>
        <source>Enter the portal address, for example https://portal.example.com.</source>
        <translation>Introduzca la dirección del portal, por ejemplo https://portal.example.com.</translation>
    </message>
    <message>
        <source>A portal address cannot contain spaces.</source>
        <translation>Una dirección de portal no puede contener espacios.</translation>
    </message>
    <message>
        <source>This is not a valid web address.</source>
        <translation>No es una dirección web válida.</translation>
    </message>
    <message>
        <source>Only https:// (or http://) portal addresses are supported, not %1://.</source>
        <translation>Solo se admiten direcciones de portal https:// (o http://), no %1://.</translation>
    </message>
    <message>
        <source>Remove the user name or password from the address; the access token goes in its own field.</source>
        <translation>Quite el nombre de usuario o la contraseña de la dirección; el token de acceso va en su propio campo.</translation>
    </message>
    <message>
        <source>The address has no host name.</source>
        <translation>La dirección no tiene nombre de host.</translation>
    </message>
</context>
<context>
    <name>PortalProfile</name>
    <message>
        <source>Give the profile a name, for example &quot;Production&quot;.</source>
        <translation>Asigne un nombre al perfil, por ejemplo &quot;Producción&quot;.</translation>
    </message>
    <message>
        <source>The profile name is too long (at most %1 characters).</source>
        <translation>El nombre del perfil es demasiado largo (%1 caracteres como máximo).</translation>
    </message>
    <message>
        <source>The timeout must be between 1 and 3600 seconds.</source>
        <translation>El tiempo de espera debe estar entre 1 y 3600 segundos.</translation>
    </message>
    <message>
        <source>The trusted certificate fingerprint must be a SHA-256 digest: 64 hexadecimal digits, with or without colons.</source>
        <translation>La huella digital del certificado de confianza debe ser un resumen SHA-256: 64 dígitos hexadecimales, con o sin dos puntos.</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot;: unknown auth scheme &quot;%2&quot;.</source>
        <translation>Perfil &quot;%1&quot;: esquema de autenticación desconocido &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot;: %2</source>
        <translation>Perfil &quot;%1&quot;: %2</translation>
    </message>
</context>
<context>
    <name>ProfileController</name>
    <message>
        <source>Unsaved Changes</source>
        <translation>Cambios sin guardar</translation>
    </message>
    <message>
        <source>Save the changes to the profile &quot;%1&quot;?</source>
        <translation>¿Guardar los cambios en el perfil &quot;%1&quot;?</translation>
    </message>
    <message>
        <source>The portal address, authentication scheme or token were changed here but not saved. Discarding them goes back to what the profile has saved.</source>
        <translation>La dirección del portal, el esquema de autenticación o el token se han cambiado aquí, pero no se han guardado. Si los descarta, se vuelve a lo que el perfil tiene guardado.</translation>
    </message>
    <message>
        <source>Kept the unsaved changes.</source>
        <translation>Se han conservado los cambios sin guardar.</translation>
    </message>
    <message>
        <source>No profile: nothing typed here is saved.</source>
        <translation>Sin perfil: no se guarda nada de lo que se escriba aquí.</translation>
    </message>
    <message>
        <source>Reading the token from %1…</source>
        <translation>Leyendo el token de %1…</translation>
    </message>
    <message>
        <source>No token is saved for &quot;%1&quot;: enter it, then choose Save to Profile.</source>
        <translation>No hay ningún token guardado para &quot;%1&quot;: introdúzcalo y luego elija Guardar en el perfil.</translation>
    </message>
    <message>
        <source>The token of &quot;%1&quot; could not be read: %2 Enter it here to use it now, or check that the keychain is unlocked and choose the profile again.</source>
        <translation>No se ha podido leer el token de &quot;%1&quot;: %2 Introdúzcalo aquí para usarlo ahora, o compruebe que el llavero está desbloqueado y vuelva a elegir el perfil.</translation>
    </message>
    <message>
        <source>Token Not Saved</source>
        <translation>Token no guardado</translation>
    </message>
    <message>
        <source>The token of &quot;%1&quot; could not be saved.</source>
        <translation>No se ha podido guardar el token de &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>(no profile)</source>
        <translation>(sin perfil)</translation>
    </message>
    <message>
        <source>Type a portal and token without saving them</source>
        <translation>Escribir un portal y un token sin guardarlos</translation>
    </message>
    <message>
        <source>portal address</source>
        <translation>dirección del portal</translation>
    </message>
    <message>
        <source>scheme</source>
        <translation>esquema</translation>
    </message>
    <message>
        <source>plain HTTP</source>
        <translation>HTTP sin cifrar</translation>
    </message>
    <message>
        <source>token</source>
        <translation>token</translation>
    </message>
    <message>
        <source>Changed here, not yet saved in &quot;%1&quot;: %2.</source>
        <translation>Cambiado aquí, aún no guardado en &quot;%1&quot;: %2.</translation>
    </message>
    <message>
        <source>Profile Not Saved</source>
        <translation>Perfil no guardado</translation>
    </message>
    <message>
        <source>The profile &quot;%1&quot; was not saved.</source>
        <translation>No se ha guardado el perfil &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Saved the profile &quot;%1&quot;.</source>
        <translation>Se ha guardado el perfil &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Back to the saved profile.</source>
        <translation>Se ha vuelto al perfil guardado.</translation>
    </message>
    <message>
        <source>Created the profile &quot;%1&quot;.</source>
        <translation>Se ha creado el perfil &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The token is still being read; try again in a moment.</source>
        <translation>Todavía se está leyendo el token; vuelva a intentarlo en un momento.</translation>
    </message>
    <message>
        <source>Profile Not Duplicated</source>
        <translation>Perfil no duplicado</translation>
    </message>
    <message>
        <source>The profile &quot;%1&quot; was not duplicated.</source>
        <translation>No se ha duplicado el perfil &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Created &quot;%1&quot; as a copy of &quot;%2&quot;.</source>
        <translation>Se ha creado &quot;%1&quot; como copia de &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>Rename Profile</source>
        <translation>Cambiar nombre del perfil</translation>
    </message>
    <message>
        <source>New name for &quot;%1&quot;:</source>
        <translation>Nuevo nombre para &quot;%1&quot;:</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>&amp;Cambiar nombre</translation>
    </message>
    <message>
        <source>Profile Not Renamed</source>
        <translation>Nombre de perfil no cambiado</translation>
    </message>
    <message>
        <source>The profile &quot;%1&quot; was not renamed.</source>
        <translation>No se ha cambiado el nombre del perfil &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Renamed &quot;%1&quot; to &quot;%2&quot;.</source>
        <translation>Se ha cambiado el nombre de &quot;%1&quot; a &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>Delete Profile</source>
        <translation>Eliminar perfil</translation>
    </message>
    <message>
        <source>Delete the profile &quot;%1&quot;?</source>
        <translation>¿Eliminar el perfil &quot;%1&quot;?</translation>
    </message>
    <message>
        <source>Its settings and its saved token are deleted. This cannot be undone; the portal and its keys are not affected.</source>
        <translation>Se eliminan su configuración y su token guardado. Esta acción no se puede deshacer; el portal y sus claves no se ven afectados.</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Eliminar</translation>
    </message>
    <message>
        <source>Token Not Deleted</source>
        <translation>Token no eliminado</translation>
    </message>
    <message>
        <source>The token of the deleted profile &quot;%1&quot; could not be removed from %2.</source>
        <translation>No se ha podido quitar de %2 el token del perfil eliminado &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Deleted the profile &quot;%1&quot; and its token.</source>
        <translation>Se han eliminado el perfil &quot;%1&quot; y su token.</translation>
    </message>
    <message>
        <source>Import Profiles</source>
        <translation>Importar perfiles</translation>
    </message>
    <message>
        <source>Profiles (*.json);;All files (*)</source>
        <translation>Perfiles (*.json);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Profiles Not Imported</source>
        <translation>Perfiles no importados</translation>
    </message>
    <message>
        <source>Cannot read %1.</source>
        <translation>No se puede leer %1.</translation>
    </message>
    <message>
        <source>%1. Check that the file exists and may be read.</source>
        <translation>%1. Compruebe que el archivo existe y se puede leer.</translation>
    </message>
    <message>
        <source>%1 holds no profiles that can be imported.</source>
        <translation>%1 no contiene perfiles que se puedan importar.</translation>
    </message>
    <message>
        <source>Profiles Imported</source>
        <translation>Perfiles importados</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n profile(s) from %1.</source>
        <translation>
            <numerusform>Se importó %n perfil de %1.</numerusform>
            <numerusform>Se importaron %n perfiles de %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Exports never contain tokens: choose each imported profile, enter its token and choose Save to Profile.</source>
        <translation>Las exportaciones nunca contienen tokens: elija cada perfil importado, introduzca su token y elija Guardar en el perfil.</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n profile(s).</source>
        <translation>
            <numerusform>Se importó %n perfil.</numerusform>
            <numerusform>Se importaron %n perfiles.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to Export</source>
        <translation>Nada que exportar</translation>
    </message>
    <message>
        <source>There are no profiles yet.</source>
        <translation>Todavía no hay perfiles.</translation>
    </message>
    <message>
        <source>Export Profiles (tokens are never exported)</source>
        <translation>Exportar perfiles (los tokens nunca se exportan)</translation>
    </message>
    <message>
        <source>Profiles (*.json)</source>
        <translation>Perfiles (*.json)</translation>
    </message>
    <message>
        <source>Profiles Not Exported</source>
        <translation>Perfiles no exportados</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>No se puede escribir %1.</translation>
    </message>
    <message>
        <source>%1. Choose another folder.</source>
        <translation>%1. Elija otra carpeta.</translation>
    </message>
    <message>
        <source>Profiles Exported</source>
        <translation>Perfiles exportados</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n profile(s) to %1.</source>
        <translation>
            <numerusform>Se exportó %n perfil a %1.</numerusform>
            <numerusform>Se exportaron %n perfiles a %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The file holds portal addresses and settings only. Tokens are never exported: whoever imports it enters their own.</source>
        <translation>El archivo solo contiene direcciones y configuración de portales. Los tokens nunca se exportan: quien lo importe introducirá los suyos.</translation>
    </message>
    <message>
        <source>Demo mode: tokens are kept in memory only, on purpose, and forgotten when DocSpace Keys closes. Nothing is written to the system keychain.</source>
        <translation>Modo de demostración: los tokens se mantienen a propósito solo en memoria y se olvidan al cerrar DocSpace Keys. No se escribe nada en el llavero del sistema.</translation>
    </message>
    <message>
        <source>No system keychain is available: tokens are kept only until DocSpace Keys closes.</source>
        <translation>No hay ningún llavero del sistema disponible: los tokens solo se conservan hasta que se cierre DocSpace Keys.</translation>
    </message>
    <message>
        <source>Demo mode</source>
        <translation>Modo de demostración</translation>
    </message>
    <message>
        <source>Keychain unavailable</source>
        <translation>Llavero no disponible</translation>
    </message>
    <message>
        <source>Profile Name Exists</source>
        <translation>El nombre de perfil ya existe</translation>
    </message>
    <message>
        <source>A profile named &quot;%1&quot; exists already.</source>
        <translation>Ya existe un perfil llamado &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Both are for %1. Replace keeps the saved token.</source>
        <translation>Ambos son para %1. Reemplazar conserva el token guardado.</translation>
    </message>
    <message>
        <source>The saved one is for %1, the imported one for %2. Replace deletes the saved token, which belongs to the other portal.</source>
        <translation>El guardado es para %1 y el importado para %2. Reemplazar elimina el token guardado, que pertenece al otro portal.</translation>
    </message>
    <message>
        <source>Keep Both adds the imported one under a new name; Skip leaves it out.</source>
        <translation>Conservar ambos añade el importado con un nombre nuevo; Omitir lo deja fuera.</translation>
    </message>
    <message numerus="yes">
        <source>Do the same for the other %n profile(s) whose name exists</source>
        <translation>
            <numerusform>Hacer lo mismo con %n perfil más cuyo nombre ya existe</numerusform>
            <numerusform>Hacer lo mismo con los otros %n perfiles cuyo nombre ya existe</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>No se ha importado nada.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n of them replaced a profile of the same name</source>
        <translation>
            <numerusform>%n de ellos ha reemplazado un perfil con el mismo nombre</numerusform>
            <numerusform>%n de ellos han reemplazado un perfil con el mismo nombre</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped because the name exists</source>
        <translation>
            <numerusform>%n omitido porque el nombre ya existe</numerusform>
            <numerusform>%n omitidos porque el nombre ya existe</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>e.g. Production</source>
        <translation>p. ej., Producción</translation>
    </message>
    <message>
        <source>How this portal is listed in the profile selector</source>
        <translation>Cómo aparece este portal en el selector de perfiles</translation>
    </message>
    <message>
        <source>Profile name</source>
        <translation>Nombre del perfil</translation>
    </message>
    <message>
        <source>Profile name problem</source>
        <translation>Problema con el nombre del perfil</translation>
    </message>
    <message>
        <source>&amp;Portal address:</source>
        <translation>Dirección del &amp;portal:</translation>
    </message>
    <message>
        <source>https://portal.example.com</source>
        <translation>https://portal.example.com</translation>
    </message>
    <message>
        <source>The address of the DocSpace portal, as you open it in a browser</source>
        <translation>La dirección del portal de DocSpace, tal como la abre en un navegador</translation>
    </message>
    <message>
        <source>Portal address</source>
        <translation>Dirección del portal</translation>
    </message>
    <message>
        <source>Portal address problem</source>
        <translation>Problema con la dirección del portal</translation>
    </message>
    <message>
        <source>Send token &amp;as:</source>
        <translation>Enviar el token co&amp;mo:</translation>
    </message>
    <message>
        <source>Auto sends tokens starting with sk- as API keys and anything else as a session token</source>
        <translation>Auto envía los tokens que empiezan por sk- como claves API y cualquier otro como token de sesión</translation>
    </message>
    <message>
        <source>Authentication scheme</source>
        <translation>Esquema de autenticación</translation>
    </message>
    <message>
        <source>Auto</source>
        <translation>Auto</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>Clave API</translation>
    </message>
    <message>
        <source>Session token</source>
        <translation>Token de sesión</translation>
    </message>
    <message>
        <source>Access &amp;token:</source>
        <translation>&amp;Token de acceso:</translation>
    </message>
    <message>
        <source>sk-… API key with the *:write scope, or a session token</source>
        <translation>Clave API sk-… con el ámbito *:write, o un token de sesión</translation>
    </message>
    <message>
        <source>Stored in the system keychain, never in a file</source>
        <translation>Se guarda en el llavero del sistema, nunca en un archivo</translation>
    </message>
    <message>
        <source>Access token</source>
        <translation>Token de acceso</translation>
    </message>
    <message>
        <source>Where the token is kept</source>
        <translation>Dónde se guarda el token</translation>
    </message>
    <message>
        <source>Allow unencrypted &amp;HTTP to this portal</source>
        <translation>Permitir &amp;HTTP sin cifrar con este portal</translation>
    </message>
    <message>
        <source>Needed only for a plain http:// address on another machine</source>
        <translation>Solo es necesario para una dirección http:// sin cifrar en otro equipo</translation>
    </message>
    <message>
        <source>Allow unencrypted HTTP</source>
        <translation>Permitir HTTP sin cifrar</translation>
    </message>
    <message>
        <source>Unencrypted HTTP warning</source>
        <translation>Advertencia sobre HTTP sin cifrar</translation>
    </message>
    <message>
        <source>Trusted &amp;certificate:</source>
        <translation>&amp;Certificado de confianza:</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint, e.g. AB:CD:…</source>
        <translation>Huella digital SHA-256, p. ej., AB:CD:…</translation>
    </message>
    <message>
        <source>Trust exactly this certificate (an on-premises portal with a self-signed certificate). Colons and case do not matter.</source>
        <translation>Confiar exactamente en este certificado (un portal local con un certificado autofirmado). Los dos puntos y las mayúsculas no importan.</translation>
    </message>
    <message>
        <source>Trusted certificate fingerprint</source>
        <translation>Huella digital del certificado de confianza</translation>
    </message>
    <message>
        <source>Certificate fingerprint problem</source>
        <translation>Problema con la huella digital del certificado</translation>
    </message>
    <message>
        <source>Extra CA &amp;file:</source>
        <translation>&amp;Archivo de CA adicional:</translation>
    </message>
    <message>
        <source>PEM or DER file of an internal certificate authority</source>
        <translation>Archivo PEM o DER de una entidad de certificación interna</translation>
    </message>
    <message>
        <source>Certificates of your organization&apos;s own certificate authority, trusted in addition to the system ones</source>
        <translation>Certificados de la propia entidad de certificación de su organización, de confianza además de los del sistema</translation>
    </message>
    <message>
        <source>Extra CA file</source>
        <translation>Archivo de CA adicional</translation>
    </message>
    <message>
        <source>Choose the CA file</source>
        <translation>Elegir el archivo de CA</translation>
    </message>
    <message>
        <source>CA file problem</source>
        <translation>Problema con el archivo de CA</translation>
    </message>
    <message>
        <source>Request t&amp;imeout:</source>
        <translation>Tiempo de espera de las &amp;solicitudes:</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>A request that receives nothing for this long ends as a timeout</source>
        <translation>Una solicitud que no recibe nada durante este tiempo termina por tiempo de espera agotado</translation>
    </message>
    <message>
        <source>Request timeout in seconds</source>
        <translation>Tiempo de espera de las solicitudes en segundos</translation>
    </message>
    <message>
        <source>Why the profile cannot be saved</source>
        <translation>Por qué no se puede guardar el perfil</translation>
    </message>
    <message>
        <source>&amp;Save Profile</source>
        <translation>&amp;Guardar perfil</translation>
    </message>
    <message>
        <source>The token will travel in clear text to a plain http:// address: anyone on the network path can read and use it. Use this only on a network you control.</source>
        <translation>El token viajará en texto sin cifrar a una dirección http://: cualquiera en la ruta de red puede leerlo y usarlo. Use esta opción solo en una red que usted controle.</translation>
    </message>
    <message>
        <source>New Profile</source>
        <translation>Perfil nuevo</translation>
    </message>
    <message>
        <source>Edit Profile</source>
        <translation>Editar perfil</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>No guardado: %1</translation>
    </message>
    <message>
        <source>Stored in %1, never in a file. Leave empty to type it each time.</source>
        <translation>Se guarda en %1, nunca en un archivo. Déjelo vacío para escribirlo cada vez.</translation>
    </message>
    <message>
        <source>No system keychain is available: the token is kept only until DocSpace Keys closes.</source>
        <translation>No hay ningún llavero del sistema disponible: el token solo se conserva hasta que se cierre DocSpace Keys.</translation>
    </message>
    <message>
        <source>Choose the Extra CA File</source>
        <translation>Elegir el archivo de CA adicional</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer *.der);;All files (*)</source>
        <translation>Certificados (*.pem *.crt *.cer *.der);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Enter a name for this profile, e.g. the portal&apos;s purpose or customer.</source>
        <translation>Introduzca un nombre para este perfil, por ejemplo el propósito del portal o el cliente.</translation>
    </message>
    <message>
        <source>Another profile is already called &quot;%1&quot;. Choose another name.</source>
        <translation>Ya hay otro perfil llamado &quot;%1&quot;. Elija otro nombre.</translation>
    </message>
    <message>
        <source>This is not a SHA-256 fingerprint: expected 64 hexadecimal digits, with or without colons.</source>
        <translation>No es una huella digital SHA-256: se esperaban 64 dígitos hexadecimales, con o sin dos puntos.</translation>
    </message>
    <message>
        <source>There is no file at this path. Choose the CA certificate file again.</source>
        <translation>No hay ningún archivo en esta ruta. Vuelva a elegir el archivo del certificado de la CA.</translation>
    </message>
    <message>
        <source>This file cannot be read. Check its permissions or choose another file.</source>
        <translation>No se puede leer este archivo. Compruebe sus permisos o elija otro archivo.</translation>
    </message>
    <message>
        <source>This plain http:// address would send the token unencrypted. Use an https:// address, or tick &quot;%1&quot;.</source>
        <translation>Esta dirección http:// sin cifrar enviaría el token sin cifrar. Use una dirección https:// o marque “%1”.</translation>
    </message>
    <message>
        <source>Ch&amp;oose…</source>
        <translation>&amp;Elegir…</translation>
    </message>
</context>
<context>
    <name>ProfileStore</name>
    <message>
        <source>it cannot be read</source>
        <translation>no se puede leer</translation>
    </message>
    <message>
        <source>it is damaged</source>
        <translation>está dañado</translation>
    </message>
    <message>
        <source>it was written by a newer version of DocSpace Keys</source>
        <translation>lo escribió una versión más reciente de DocSpace Keys</translation>
    </message>
    <message>
        <source>Your saved profiles could not be loaded: %1. The file was kept as %2, and DocSpace Keys starts without profiles.</source>
        <translation>No se han podido cargar sus perfiles guardados: %1. El archivo se ha conservado como %2 y DocSpace Keys se inicia sin perfiles.</translation>
    </message>
    <message>
        <source>Your saved profiles could not be loaded: %1. The file %2 is left untouched and nothing will be saved this session; move it away to start afresh.</source>
        <translation>No se han podido cargar sus perfiles guardados: %1. El archivo %2 se deja intacto y no se guardará nada en esta sesión; muévalo a otro lugar para empezar de cero.</translation>
    </message>
    <message>
        <source>Your profiles could not be saved to %1. Check that the folder is writable and the disk is not full.</source>
        <translation>No se han podido guardar sus perfiles en %1. Compruebe que se puede escribir en la carpeta y que el disco no está lleno.</translation>
    </message>
    <message>
        <source>A profile named &quot;%1&quot; already exists. Choose another name.</source>
        <translation>Ya existe un perfil llamado &quot;%1&quot;. Elija otro nombre.</translation>
    </message>
    <message>
        <source>Portal</source>
        <translation>Portal</translation>
    </message>
    <message>
        <source>The file is not valid JSON (%1).</source>
        <translation>El archivo no es un JSON válido (%1).</translation>
    </message>
    <message>
        <source>The file was exported by a newer version of DocSpace Keys.</source>
        <translation>El archivo se exportó con una versión más reciente de DocSpace Keys.</translation>
    </message>
    <message>
        <source>The file is not a DocSpace Keys profile export.</source>
        <translation>El archivo no es una exportación de perfiles de DocSpace Keys.</translation>
    </message>
</context>
<context>
    <name>RetirementEntry</name>
    <message>
        <source>Taken out of the plan; the key stays deactivated.</source>
        <translation>Sacada del plan; la clave sigue desactivada.</translation>
    </message>
    <message>
        <source>Deactivated, to be revoked</source>
        <translation>Desactivada, pendiente de revocar</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Revocada</translation>
    </message>
    <message>
        <source>Reactivated meanwhile: left alone</source>
        <translation>Reactivada entretanto: se deja como está</translation>
    </message>
    <message>
        <source>No longer on the portal</source>
        <translation>Ya no está en el portal</translation>
    </message>
    <message>
        <source>Taken out of the plan</source>
        <translation>Sacada del plan</translation>
    </message>
    <message numerus="yes">
        <source>Deactivated; revoked after %n day(s) unless reactivated.</source>
        <translation>
            <numerusform>Desactivada; se revocará pasado %n día salvo que se reactive.</numerusform>
            <numerusform>Desactivada; se revocará pasados %n días salvo que se reactive.</numerusform>
        </translation>
    </message>
    <message>
        <source>The key was no longer on the portal when due: someone revoked it already.</source>
        <translation>La clave ya no estaba en el portal en la fecha prevista: alguien ya la había revocado.</translation>
    </message>
    <message>
        <source>The key was active again when due (reactivated on the portal), so it was left alone.</source>
        <translation>La clave volvía a estar activa en la fecha prevista (reactivada en el portal), así que se ha dejado como está.</translation>
    </message>
    <message>
        <source>Revoked as planned.</source>
        <translation>Revocada según lo previsto.</translation>
    </message>
    <message>
        <source>The key was no longer on the portal when due.</source>
        <translation>La clave ya no estaba en el portal en la fecha prevista.</translation>
    </message>
    <message>
        <source>Revoking failed (%1); tried again at the next run.</source>
        <translation>Ha fallado la revocación (%1); se volverá a intentar en la próxima ejecución.</translation>
    </message>
</context>
<context>
    <name>RetirementPlan</name>
    <message>
        <source>Cannot read the retirement plan %1: %2.</source>
        <translation>No se puede leer el plan de retirada %1: %2.</translation>
    </message>
    <message>
        <source>The retirement plan %1 is damaged or from another version; it was left as it is. Move it aside to start a new plan.</source>
        <translation>El plan de retirada %1 está dañado o es de otra versión; se ha dejado como está. Muévalo a otro sitio para empezar un plan nuevo.</translation>
    </message>
    <message>
        <source>The retirement plan %1 is locked by another DocSpace Keys process.</source>
        <translation>Otro proceso de DocSpace Keys ha bloqueado el plan de retirada %1.</translation>
    </message>
    <message>
        <source>Cannot write the retirement plan %1: %2.</source>
        <translation>No se puede escribir el plan de retirada %1: %2.</translation>
    </message>
</context>
<context>
    <name>RetirementPlanView</name>
    <message>
        <source>Retirement Plan</source>
        <translation>Plan de retirada</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Clave</translation>
    </message>
    <message>
        <source>Portal</source>
        <translation>Portal</translation>
    </message>
    <message>
        <source>Deactivated</source>
        <translation>Desactivación</translation>
    </message>
    <message>
        <source>Revoke after</source>
        <translation>Revocar después de</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Carry Out &amp;Due Now</source>
        <translation>Ejecutar lo &amp;pendiente ahora</translation>
    </message>
    <message>
        <source>&amp;Take Out of Plan</source>
        <translation>&amp;Sacar del plan</translation>
    </message>
    <message>
        <source>Due now</source>
        <translation>Pendiente ahora</translation>
    </message>
    <message>
        <source>Plan Not Changed</source>
        <translation>Plan no cambiado</translation>
    </message>
    <message numerus="yes">
        <source>%n key(s) waiting to be revoked. Due keys are revoked when DocSpace Keys lists their portal&apos;s keys (those of the other saved profiles&apos; portals after one question), on Carry Out Due Now, or when &apos;docspace-keys-cli retire --due&apos; runs (see the README for a daily timer). A key reactivated meanwhile is left alone.</source>
        <translation>
            <numerusform>%n clave en espera de revocación. Las claves pendientes se revocan cuando DocSpace Keys muestra las claves de su portal (las de los portales de los otros perfiles guardados, tras una pregunta), con Ejecutar lo pendiente ahora, o cuando se ejecuta &apos;docspace-keys-cli retire --due&apos; (consulte el README para un temporizador diario). Una clave reactivada entretanto no se toca.</numerusform>
            <numerusform>%n claves en espera de revocación. Las claves pendientes se revocan cuando DocSpace Keys muestra las claves de su portal (las de los portales de los otros perfiles guardados, tras una pregunta), con Ejecutar lo pendiente ahora, o cuando se ejecuta &apos;docspace-keys-cli retire --due&apos; (consulte el README para un temporizador diario). Una clave reactivada entretanto no se toca.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SandboxDemo</name>
    <message>
        <source>Cannot read the sandbox info file %1: %2. Start docspace-sandbox with --info-file and pass the same path.</source>
        <translation>No se puede leer el archivo de información del entorno de pruebas %1: %2. Inicie docspace-sandbox con --info-file e indique la misma ruta.</translation>
    </message>
    <message>
        <source>The sandbox info file is not valid JSON (%1).</source>
        <translation>El archivo de información del entorno de pruebas no es un JSON válido (%1).</translation>
    </message>
    <message>
        <source>The sandbox info file names no portal address (httpsUrl or httpUrl).</source>
        <translation>El archivo de información del entorno de pruebas no indica ninguna dirección de portal (httpsUrl o httpUrl).</translation>
    </message>
    <message>
        <source>The sandbox info file has no &quot;Admin console&quot; key to sign in with.</source>
        <translation>El archivo de información del entorno de pruebas no tiene ninguna clave &quot;Admin console&quot; con la que iniciar sesión.</translation>
    </message>
    <message>
        <source>The sandbox info file has no other key of the owner to revoke.</source>
        <translation>El archivo de información del entorno de pruebas no tiene ninguna otra clave del propietario que revocar.</translation>
    </message>
    <message>
        <source>Sandbox portal (demo)</source>
        <translation>Portal de pruebas (demostración)</translation>
    </message>
    <message>
        <source>The demo token could not be stored: %1</source>
        <translation>No se ha podido guardar el token de demostración: %1</translation>
    </message>
</context>
<context>
    <name>SecretIdentification</name>
    <message>
        <source>The portal answered, but not with a key.</source>
        <translation>El portal ha respondido, pero no con una clave.</translation>
    </message>
    <message>
        <source>The portal no longer accepts this secret: the key was already revoked, has expired or is deactivated. A deactivated key still exists and can be reactivated by its owner, so check the candidates below.</source>
        <translation>El portal ya no acepta este secreto: la clave ya se revocó, ha caducado o está desactivada. Una clave desactivada sigue existiendo y su propietario puede reactivarla, así que compruebe las candidatas que aparecen abajo.</translation>
    </message>
</context>
<context>
    <name>SecretStore</name>
    <message>
        <source>The keychain did not answer.</source>
        <translation>El llavero no ha respondido.</translation>
    </message>
</context>
<context>
    <name>SessionTrust</name>
    <message>
        <source>Trust This Certificate?</source>
        <translation>¿Confiar en este certificado?</translation>
    </message>
    <message>
        <source>Trust the certificate presented by %1 for this session?</source>
        <translation>¿Confiar durante esta sesión en el certificado presentado por %1?</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint:
%1

Only do this if you have checked that this is your portal&apos;s certificate, for example with its administrator. If someone is intercepting the connection, trusting their certificate hands them your access token.

The certificate is trusted until DocSpace Keys quits; nothing is saved. To trust it for good, enter the fingerprint in the profile (Edit…).</source>
        <translation>Huella digital SHA-256:
%1

Hágalo solo si ha comprobado que es el certificado de su portal, por ejemplo con su administrador. Si alguien está interceptando la conexión, confiar en el certificado del intruso le entrega a este su token de acceso.

Se confía en el certificado hasta que se cierre DocSpace Keys; no se guarda nada. Para confiar en él de forma permanente, introduzca la huella digital en el perfil (Editar…).</translation>
    </message>
    <message>
        <source>&amp;Trust for This Session</source>
        <translation>&amp;Confiar durante esta sesión</translation>
    </message>
    <message>
        <source>Certificate Not Trusted</source>
        <translation>Certificado no de confianza</translation>
    </message>
    <message>
        <source>The certificate could not be trusted.</source>
        <translation>No se ha podido confiar en el certificado.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <source>These settings apply to DocSpace Keys on this computer.</source>
        <translation>Esta configuración se aplica a DocSpace Keys en este equipo.</translation>
    </message>
    <message>
        <source>Interface &amp;language:</source>
        <translation>&amp;Idioma de la interfaz:</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>Idioma de la interfaz</translation>
    </message>
    <message>
        <source>The new language applies at once and is kept for the next start. Results already listed stay in the language they were made in.</source>
        <translation>El nuevo idioma se aplica de inmediato y se conserva para el próximo inicio. Los resultados ya mostrados quedan en el idioma en que se crearon.</translation>
    </message>
    <message>
        <source>System default (%1)</source>
        <translation>Predeterminado del sistema (%1)</translation>
    </message>
</context>
<context>
    <name>SingleRevoke</name>
    <message>
        <source>Revoking key %1 on %2…</source>
        <translation>Revocando la clave %1 en %2…</translation>
    </message>
    <message>
        <source>Key %1 was revoked.</source>
        <translation>Se ha revocado la clave %1.</translation>
    </message>
    <message>
        <source>The portal&apos;s certificate is not trusted. See Results for its fingerprint.</source>
        <translation>El certificado del portal no es de confianza. Consulte su huella digital en Resultados.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelado.</translation>
    </message>
    <message>
        <source>Key %1 was not revoked: %2.</source>
        <translation>No se ha revocado la clave %1: %2.</translation>
    </message>
    <message>
        <source>Retrying…</source>
        <translation>Reintentando…</translation>
    </message>
    <message>
        <source>Rate limited by the portal, retrying in %1 s…</source>
        <translation>Límite de frecuencia del portal alcanzado; se reintentará dentro de %1 s…</translation>
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
        <translation>clave %1</translation>
    </message>
    <message>
        <source>Portal: %1</source>
        <translation>Portal: %1</translation>
    </message>
    <message>
        <source>Result: %1</source>
        <translation>Resultado: %1</translation>
    </message>
    <message>
        <source>Portal&apos;s message: %1</source>
        <translation>Mensaje del portal: %1</translation>
    </message>
    <message numerus="yes">
        <source>Retry after: %n second(s)</source>
        <translation>
            <numerusform>Reintentar tras: %n segundo</numerusform>
            <numerusform>Reintentar tras: %n segundos</numerusform>
        </translation>
    </message>
    <message>
        <source>Detail: %1</source>
        <translation>Detalle: %1</translation>
    </message>
    <message>
        <source>Certificate SHA-256: %1</source>
        <translation>SHA-256 del certificado: %1</translation>
    </message>
    <message>
        <source>This certificate is trusted for the rest of this session. Revoke again to retry.</source>
        <translation>Se confía en este certificado durante el resto de esta sesión. Vuelva a revocar para reintentarlo.</translation>
    </message>
    <message>
        <source>If you recognise this fingerprint as your portal&apos;s certificate, use &quot;Trust this certificate…&quot; and revoke again.</source>
        <translation>Si reconoce esta huella digital como la del certificado de su portal, use &quot;Confiar en este certificado…&quot; y vuelva a revocar.</translation>
    </message>
    <message>
        <source>key “%1” (…%2)</source>
        <translation>clave “%1” (…%2)</translation>
    </message>
    <message>
        <source>Key id: %1</source>
        <translation>ID de la clave: %1</translation>
    </message>
</context>
<context>
    <name>StatusPanel</name>
    <message>
        <source>The result of each revocation appears here.</source>
        <translation>El resultado de cada revocación aparece aquí.</translation>
    </message>
    <message>
        <source>Tr&amp;ust this certificate…</source>
        <translation>C&amp;onfiar en este certificado…</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>Cop&amp;iar</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Resultados</translation>
    </message>
    <message>
        <source>The result of each revocation, newest first. Press Space to show or hide details.</source>
        <translation>El resultado de cada revocación, del más reciente al más antiguo. Pulse Espacio para mostrar u ocultar los detalles.</translation>
    </message>
    <message>
        <source>Trust the certificate of the selected certificate problem for this session</source>
        <translation>Confiar durante esta sesión en el certificado del problema de certificado seleccionado</translation>
    </message>
    <message>
        <source>Remove all entries from the list</source>
        <translation>Quitar todas las entradas de la lista</translation>
    </message>
    <message>
        <source>Copy the selected entries as plain text</source>
        <translation>Copiar las entradas seleccionadas como texto sin formato</translation>
    </message>
    <message>
        <source>Copy all entries as plain text</source>
        <translation>Copiar todas las entradas como texto sin formato</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>&amp;Borrar</translation>
    </message>
    <message>
        <source>&amp;Copy Selected</source>
        <translation>Copiar selección</translation>
    </message>
    <message>
        <source>&amp;Copy All</source>
        <translation>Copiar todo</translation>
    </message>
</context>
<context>
    <name>TlsTrust</name>
    <message>
        <source>Cannot read the CA file %1: %2.</source>
        <translation>No se puede leer el archivo de CA %1: %2.</translation>
    </message>
    <message>
        <source>The file %1 holds no certificate in PEM or DER form.</source>
        <translation>El archivo %1 no contiene ningún certificado en formato PEM o DER.</translation>
    </message>
    <message>
        <source>A certificate fingerprint is a SHA-256 digest: 64 hexadecimal digits, with or without colons.</source>
        <translation>Una huella digital de certificado es un resumen SHA-256: 64 dígitos hexadecimales, con o sin dos puntos.</translation>
    </message>
    <message>
        <source>The certificate fingerprint holds &quot;%1&quot; (U+%2), which is not a hexadecimal digit: use only 0-9 and A-F (ASCII), with or without colons.</source>
        <translation>La huella digital del certificado contiene &quot;%1&quot; (U+%2), que no es un dígito hexadecimal: use solo 0-9 y A-F (ASCII), con o sin dos puntos.</translation>
    </message>
</context>
<context>
    <name>TokenField</name>
    <message>
        <source>Hide token</source>
        <translation>Ocultar token</translation>
    </message>
    <message>
        <source>Show token</source>
        <translation>Mostrar token</translation>
    </message>
    <message>
        <source>Hide the access token</source>
        <translation>Ocultar el token de acceso</translation>
    </message>
    <message>
        <source>Show the access token</source>
        <translation>Mostrar el token de acceso</translation>
    </message>
</context>
<context>
    <name>ToolsController</name>
    <message>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Informe</translation>
    </message>
    <message>
        <source>Every revocation, deactivation and reactivation recorded on this computer, by the window and the command line</source>
        <translation>Cada revocación, desactivación y reactivación registrada en este equipo, desde la ventana y la línea de comandos</translation>
    </message>
    <message>
        <source>Which keys of the portal are a risk before they leak</source>
        <translation>Qué claves del portal son un riesgo antes de que se filtren</translation>
    </message>
    <message>
        <source>Key hygiene report</source>
        <translation>Informe de higiene de las claves</translation>
    </message>
    <message>
        <source>About DocSpace Keys</source>
        <translation>Acerca de DocSpace Keys</translation>
    </message>
    <message>
        <source>DocSpace Keys %1

Revokes API keys of ONLYOFFICE DocSpace portals.
Tokens of saved profiles are kept in %2; never in a file, never logged.

Built with Qt %3, running on Qt %4.</source>
        <translation>DocSpace Keys %1

Revoca claves API de portales de ONLYOFFICE DocSpace.
Los tokens de los perfiles guardados se conservan en %2; nunca en un archivo ni en un registro.

Compilado con Qt %3, en ejecución con Qt %4.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Revoke ONLYOFFICE DocSpace API keys. The access token is never read from the command line; DOCSPACE_TOKEN in the environment may prefill it.</source>
        <translation>Revoca claves API de ONLYOFFICE DocSpace. El token de acceso nunca se lee de la línea de comandos; DOCSPACE_TOKEN en el entorno puede rellenarlo previamente.</translation>
    </message>
    <message>
        <source>Prefill the portal address.</source>
        <translation>Rellenar previamente la dirección del portal.</translation>
    </message>
    <message>
        <source>Prefill the key id.</source>
        <translation>Rellenar previamente el ID de clave.</translation>
    </message>
    <message>
        <source>Demo mode: connect to the sandbox portal described by this docspace-sandbox --info-file.</source>
        <translation>Modo de demostración: conectarse al portal de pruebas descrito por este archivo docspace-sandbox --info-file.</translation>
    </message>
    <message>
        <source>Cannot create a temporary folder: %1</source>
        <translation>No se puede crear una carpeta temporal: %1</translation>
    </message>
    <message>
        <source>Demo mode: the sandbox portal, with profiles and tokens kept in memory</source>
        <translation>Modo de demostración: el portal de pruebas, con perfiles y tokens mantenidos en memoria</translation>
    </message>
</context>
</TS>
