<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR">
<context>
    <name>AllPortalsView</name>
    <message>
        <source>Keys of All Portals</source>
        <translation>Chaves de todos os portais</translation>
    </message>
    <message>
        <source>Search name, creator, ending, id or portal</source>
        <translation>Pesquisar nome, criador, final, ID ou portal</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Expiradas</translation>
    </message>
    <message>
        <source>Deactivated</source>
        <translation>Desativadas</translation>
    </message>
    <message>
        <source>Never used</source>
        <translation>Nunca usadas</translation>
    </message>
    <message>
        <source>Unused for</source>
        <translation>Sem uso há</translation>
    </message>
    <message>
        <source> days</source>
        <translation> dias</translation>
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
        <translation>Nome</translation>
    </message>
    <message>
        <source>Ending</source>
        <translation>Final</translation>
    </message>
    <message>
        <source>Created by</source>
        <translation>Criada por</translation>
    </message>
    <message>
        <source>Last used</source>
        <translation>Último uso</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Expira em</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Permissions</source>
        <translation>Permissões</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Atualizar</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>&amp;Exportar CSV…</translation>
    </message>
    <message>
        <source>Reading the tokens of the saved profiles…</source>
        <translation>Lendo os tokens dos perfis salvos…</translation>
    </message>
    <message>
        <source>There are no saved profiles yet.</source>
        <translation>Ainda não há perfis salvos.</translation>
    </message>
    <message>
        <source>“%1”: no saved token.</source>
        <translation>“%1”: nenhum token salvo.</translation>
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
            <numerusform>Listando as chaves de %n portal…</numerusform>
            <numerusform>Listando as chaves de %n portais…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n key(s) shown</source>
        <translation>
            <numerusform>%1 de %n chave exibidas</numerusform>
            <numerusform>%1 de %n chaves exibidas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>on %n portal(s).</source>
        <translation>
            <numerusform>em %n portal.</numerusform>
            <numerusform>em %n portais.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not listed: %1</source>
        <translation>Não listados: %1</translation>
    </message>
    <message>
        <source>Export Keys of All Portals</source>
        <translation>Exportar chaves de todos os portais</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Arquivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Not Exported</source>
        <translation>Não exportado</translation>
    </message>
    <message>
        <source>Cannot write %1: %2.</source>
        <translation>Não é possível gravar %1: %2.</translation>
    </message>
</context>
<context>
    <name>ApiCall</name>
    <message numerus="yes">
        <source>No data for %n second(s)</source>
        <translation>
            <numerusform>Nenhum dado por %n segundo</numerusform>
            <numerusform>Nenhum dado por %n segundos</numerusform>
        </translation>
    </message>
    <message>
        <source>the connection closed before the answer, and the request was sent again</source>
        <translation>a conexão foi fechada antes da resposta, e a solicitação foi enviada novamente</translation>
    </message>
</context>
<context>
    <name>BatchConfirmDialog</name>
    <message>
        <source>Keys</source>
        <translation>Chaves</translation>
    </message>
    <message>
        <source>To confirm, type the number of keys (%1):</source>
        <translation>Para confirmar, digite o número de chaves (%1):</translation>
    </message>
    <message>
        <source>Number of keys</source>
        <translation>Número de chaves</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more key(s), not listed here but counted above</source>
        <translation>
            <numerusform>… e mais %n chave, não listada aqui, mas contada acima</numerusform>
            <numerusform>… e mais %n chaves, não listadas aqui, mas contadas acima</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BatchRunner</name>
    <message numerus="yes">
        <source>about %n s left</source>
        <translation>
            <numerusform>faltam cerca de %n s</numerusform>
            <numerusform>faltam cerca de %n s</numerusform>
        </translation>
    </message>
    <message>
        <source>about %1 min %2 s left</source>
        <translation>cerca de %1 min %2 s restantes</translation>
    </message>
    <message>
        <source>Batch progress</source>
        <translation>Progresso do lote</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Send nothing more; requests already sent finish, the rest are reported cancelled</source>
        <translation>Não enviar mais nada; as solicitações já enviadas são concluídas e as demais são informadas como canceladas</translation>
    </message>
    <message>
        <source>%1 done, %2 failed, %3 left</source>
        <translation>%1 concluídas, %2 com falha, %3 restantes</translation>
    </message>
    <message numerus="yes">
        <source>paused, resuming in %n s</source>
        <translation>
            <numerusform>em pausa, retomando em %n s</numerusform>
            <numerusform>em pausa, retomando em %n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Rate limited: paused for %n s.</source>
        <translation>
            <numerusform>Limite de taxa: pausado por %n s.</numerusform>
            <numerusform>Limite de taxa: pausado por %n s.</numerusform>
        </translation>
    </message>
    <message>
        <source>The portal asked to slow down; the batch resumes by itself.</source>
        <translation>O portal pediu para desacelerar; o lote é retomado sozinho.</translation>
    </message>
    <message>
        <source>This key expired on %1 and cannot be reactivated: the portal refuses every change to an expired key. To let what used it work again, create a new key (Keys menu) and give it the new secret; then revoke this one.</source>
        <translation>Esta chave expirou em %1 e não pode ser reativada: o portal recusa qualquer alteração em uma chave expirada. Para que o que a utilizava volte a funcionar, crie uma nova chave (menu Chaves) e forneça o novo segredo; depois, revogue esta.</translation>
    </message>
    <message>
        <source>This key expired on %1 and no longer works; the portal refuses every change to an expired key, so it cannot be deactivated. Revoke it to remove it.</source>
        <translation>Esta chave expirou em %1 e não funciona mais; o portal recusa qualquer alteração em uma chave expirada, por isso ela não pode ser desativada. Revogue-a para removê-la.</translation>
    </message>
</context>
<context>
    <name>BatchSummary</name>
    <message numerus="yes">
        <source>Revoked %1 of %n key(s)</source>
        <translation>
            <numerusform>Chaves revogadas: %1 de %n</numerusform>
            <numerusform>Chaves revogadas: %1 de %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deactivated %1 of %n key(s)</source>
        <translation>
            <numerusform>Chaves desativadas: %1 de %n</numerusform>
            <numerusform>Chaves desativadas: %1 de %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reactivated %1 of %n key(s)</source>
        <translation>
            <numerusform>Chaves reativadas: %1 de %n</numerusform>
            <numerusform>Chaves reativadas: %1 de %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n refused by the portal</source>
        <translation>
            <numerusform>%n recusada pelo portal</numerusform>
            <numerusform>%n recusadas pelo portal</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not found on the portal (already revoked, or a wrong id)</source>
        <translation>
            <numerusform>%n não encontrada no portal (já revogada ou ID errado)</numerusform>
            <numerusform>%n não encontradas no portal (já revogadas ou ID errado)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with an id that is not a key id</source>
        <translation>
            <numerusform>%n com um ID que não é um ID de chave</numerusform>
            <numerusform>%n com um ID que não é um ID de chave</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not changed because the portal did not accept the token</source>
        <translation>
            <numerusform>%n não alterada porque o portal não aceitou o token</numerusform>
            <numerusform>%n não alteradas porque o portal não aceitou o token</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not changed because the token may not change keys</source>
        <translation>
            <numerusform>%n não alterada porque o token não pode alterar chaves</numerusform>
            <numerusform>%n não alteradas porque o token não pode alterar chaves</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not changed because the portal is unavailable</source>
        <translation>
            <numerusform>%n não alterada porque o portal está indisponível</numerusform>
            <numerusform>%n não alteradas porque o portal está indisponível</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not changed because the portal kept asking to slow down</source>
        <translation>
            <numerusform>%n não alterada porque o portal continuou pedindo para desacelerar</numerusform>
            <numerusform>%n não alteradas porque o portal continuou pedindo para desacelerar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed with an error on the portal</source>
        <translation>
            <numerusform>%n falhou com um erro no portal</numerusform>
            <numerusform>%n falharam com um erro no portal</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with an answer that could not be read</source>
        <translation>
            <numerusform>%n com uma resposta que não pôde ser lida</numerusform>
            <numerusform>%n com uma resposta que não pôde ser lida</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not sent because the portal could not be reached</source>
        <translation>
            <numerusform>%n não enviada porque não foi possível acessar o portal</numerusform>
            <numerusform>%n não enviadas porque não foi possível acessar o portal</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n timed out</source>
        <translation>
            <numerusform>%n com tempo esgotado</numerusform>
            <numerusform>%n com tempo esgotado</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not sent because the certificate is not trusted</source>
        <translation>
            <numerusform>%n não enviada porque o certificado não é confiável</numerusform>
            <numerusform>%n não enviadas porque o certificado não é confiável</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not sent over unencrypted HTTP</source>
        <translation>
            <numerusform>%n não enviada por HTTP sem criptografia</numerusform>
            <numerusform>%n não enviadas por HTTP sem criptografia</numerusform>
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
            <numerusform>%n com resultado desconhecido (atualize a lista para verificar)</numerusform>
            <numerusform>%n com resultado desconhecido (atualize a lista para verificar)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Portal address, e.g. https://portal.example.com.</source>
        <translation>Endereço do portal, por exemplo, https://portal.example.com.</translation>
    </message>
    <message>
        <source>Use a saved profile (its portal, settings and keychain token) instead of --portal.</source>
        <translation>Usar um perfil salvo (seu portal, configurações e token do chaveiro) em vez de --portal.</translation>
    </message>
    <message>
        <source>Read the access token from the first line of standard input instead of the DOCSPACE_TOKEN environment variable. Tokens are never accepted as arguments.</source>
        <translation>Ler o token de acesso da primeira linha da entrada padrão em vez da variável de ambiente DOCSPACE_TOKEN. Tokens nunca são aceitos como argumentos.</translation>
    </message>
    <message>
        <source>Also trust the certificate authorities in this PEM file (an internal CA).</source>
        <translation>Confiar também nas autoridades de certificação deste arquivo PEM (uma CA interna).</translation>
    </message>
    <message>
        <source>Trust exactly the server certificate with this SHA-256 fingerprint (hex, colons optional).</source>
        <translation>Confiar exatamente no certificado do servidor com esta impressão digital SHA-256 (hexadecimal, dois-pontos opcionais).</translation>
    </message>
    <message>
        <source>Allow plain http:// to a host that is not this computer (the token travels unencrypted).</source>
        <translation>Permitir http:// sem criptografia para um host que não seja este computador (o token trafega sem criptografia).</translation>
    </message>
    <message>
        <source>Give up when the portal sends nothing for this many seconds (default 30, or the profile&apos;s).</source>
        <translation>Desistir quando o portal não enviar nada por esta quantidade de segundos (padrão 30, ou o valor do perfil).</translation>
    </message>
    <message>
        <source>Invalid --timeout: give a number of seconds between 1 and 3600.</source>
        <translation>--timeout inválido: informe um número de segundos entre 1 e 3600.</translation>
    </message>
    <message>
        <source>Invalid --trust-cert: %1</source>
        <translation>--trust-cert inválido: %1</translation>
    </message>
    <message>
        <source>Give either --portal or --profile, not both.</source>
        <translation>Informe --portal ou --profile, não ambos.</translation>
    </message>
    <message>
        <source>Missing --portal or --profile: give the portal address (e.g. --portal https://portal.example.com) or a saved profile&apos;s name.</source>
        <translation>Falta --portal ou --profile: informe o endereço do portal (por exemplo, --portal https://portal.example.com) ou o nome de um perfil salvo.</translation>
    </message>
    <message>
        <source>There is no profile named &quot;%1&quot;. &apos;docspace-keys-cli profiles list&apos; shows the saved ones.</source>
        <translation>Não existe um perfil chamado &quot;%1&quot;. &apos;docspace-keys-cli profiles list&apos; mostra os perfis salvos.</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot;: %2</source>
        <translation>Perfil &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>Invalid --portal: %1</source>
        <translation>--portal inválido: %1</translation>
    </message>
    <message>
        <source>No access token on standard input: pipe one line holding the token.</source>
        <translation>Nenhum token de acesso na entrada padrão: envie por pipe uma linha contendo o token.</translation>
    </message>
    <message>
        <source>No token is saved for profile &quot;%1&quot; (%2). Save one with &apos;profiles add --token-stdin&apos;, or set DOCSPACE_TOKEN.</source>
        <translation>Nenhum token está salvo para o perfil &quot;%1&quot; (%2). Salve um com &apos;profiles add --token-stdin&apos; ou defina DOCSPACE_TOKEN.</translation>
    </message>
    <message>
        <source>No access token: set DOCSPACE_TOKEN, or pass --token-stdin and pipe it in.</source>
        <translation>Nenhum token de acesso: defina DOCSPACE_TOKEN ou use --token-stdin e envie-o por pipe.</translation>
    </message>
    <message>
        <source>Run &apos;docspace-keys-cli %1 --help&apos; for the options.</source>
        <translation>Execute &apos;docspace-keys-cli %1 --help&apos; para ver as opções.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; takes no arguments besides its options.</source>
        <translation>&apos;%1&apos; não aceita argumentos além de suas opções.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; (%2, ending %3), created by %4, %5</source>
        <translation>&quot;%1&quot; (%2, terminada em %3), criada por %4, %5</translation>
    </message>
    <message>
        <source>all scopes</source>
        <translation>todos os escopos</translation>
    </message>
    <message>
        <source>Revoke leaked API-key secrets. Reads any text on standard input (a log, a diff, a chat export), finds every sk- secret in it, asks the portal which key each one is, and revokes it with YOUR token (--profile or DOCSPACE_TOKEN), never with the leaked one. The text and the secrets are kept in memory only. Without --yes it only reports.
Exit status: 0 every secret is revoked or no longer works, 1 otherwise, 2 usage error.</source>
        <translation>Revoga segredos de chaves de API vazados. Lê qualquer texto da entrada padrão (um log, um diff, uma exportação de chat), encontra nele cada segredo sk-, pergunta ao portal a qual chave cada um pertence e a revoga com o SEU token (--profile ou DOCSPACE_TOKEN), nunca com o vazado. O texto e os segredos ficam apenas na memória. Sem --yes, apenas informa.
Status de saída: 0 todos os segredos foram revogados ou não funcionam mais, 1 caso contrário, 2 erro de uso.</translation>
    </message>
    <message>
        <source>Revoke the identified keys without asking.</source>
        <translation>Revogar as chaves identificadas sem perguntar.</translation>
    </message>
    <message>
        <source>Print one JSON object per secret.</source>
        <translation>Imprimir um objeto JSON por segredo.</translation>
    </message>
    <message>
        <source>Standard input holds the leaked text: give your own token in DOCSPACE_TOKEN or a profile.</source>
        <translation>A entrada padrão contém o texto vazado: informe seu próprio token em DOCSPACE_TOKEN ou em um perfil.</translation>
    </message>
    <message>
        <source>No API-key secret found on standard input (sk- followed by 64 lower-case hexadecimal digits).</source>
        <translation>Nenhum segredo de chave de API encontrado na entrada padrão (sk- seguido de 64 dígitos hexadecimais minúsculos).</translation>
    </message>
    <message>
        <source>%1 is key %2.</source>
        <translation>%1 é a chave %2.</translation>
    </message>
    <message>
        <source>Not revoked: pass --yes to revoke it.</source>
        <translation>Não revogada: use --yes para revogá-la.</translation>
    </message>
    <message>
        <source>candidate (same ending): %1</source>
        <translation>candidata (mesmo final): %1</translation>
    </message>
    <message>
        <source>Candidates are never revoked automatically: check them, then use &apos;docspace-keys-cli revoke ID&apos;.</source>
        <translation>Candidatas nunca são revogadas automaticamente: verifique-as e depois use &apos;docspace-keys-cli revoke ID&apos;.</translation>
    </message>
    <message>
        <source>The key-hygiene report: expired keys still present, deactivated keys, keys never used or unused for N days, keys without expiry, keys with every permission.</source>
        <translation>O relatório de higiene de chaves: chaves expiradas ainda presentes, chaves desativadas, chaves nunca usadas ou sem uso há N dias, chaves sem expiração, chaves com todas as permissões.</translation>
    </message>
    <message>
        <source>Print the report as JSON.</source>
        <translation>Imprimir o relatório como JSON.</translation>
    </message>
    <message>
        <source>Threshold for unused keys (default 90).</source>
        <translation>Limiar para chaves sem uso, em dias (padrão 90).</translation>
    </message>
    <message>
        <source>Also write a printable HTML report to FILE.</source>
        <translation>Gravar também um relatório HTML para impressão em FILE.</translation>
    </message>
    <message>
        <source>Invalid --unused-days: give a whole number of days.</source>
        <translation>--unused-days inválido: informe um número inteiro de dias.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Não é possível gravar %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Key hygiene on %1: %n key(s) examined.</source>
        <translation>
            <numerusform>Higiene de chaves em %1: %n chave examinada.</numerusform>
            <numerusform>Higiene de chaves em %1: %n chaves examinadas.</numerusform>
        </translation>
    </message>
    <message>
        <source>portal: %1</source>
        <translation>portal: %1</translation>
    </message>
    <message>
        <source>Revoke (delete) DocSpace API keys by id.</source>
        <translation>Revogar (excluir) chaves de API do DocSpace pelo ID.</translation>
    </message>
    <message>
        <source>Deactivate DocSpace API keys by id: they stop working until reactivated.</source>
        <translation>Desativar chaves de API do DocSpace pelo ID: elas param de funcionar até serem reativadas.</translation>
    </message>
    <message>
        <source>Reactivate deactivated DocSpace API keys by id (expired keys cannot be).</source>
        <translation>Reativar chaves de API do DocSpace desativadas pelo ID (chaves expiradas não podem ser reativadas).</translation>
    </message>
    <message>
        <source>Do not ask for confirmation (for scripts).</source>
        <translation>Não pedir confirmação (para scripts).</translation>
    </message>
    <message>
        <source>Print one JSON object per id.</source>
        <translation>Imprimir um objeto JSON por ID.</translation>
    </message>
    <message>
        <source>Key ids (UUIDs), or - for standard input.</source>
        <translation>IDs das chaves (UUIDs), ou - para a entrada padrão.</translation>
    </message>
    <message>
        <source>Standard input cannot hold both the token (--token-stdin) and the ids (-): give the token in DOCSPACE_TOKEN or a profile.</source>
        <translation>A entrada padrão não pode conter o token (--token-stdin) e os IDs (-) ao mesmo tempo: informe o token em DOCSPACE_TOKEN ou em um perfil.</translation>
    </message>
    <message>
        <source>Give at least one key id.</source>
        <translation>Informe pelo menos um ID de chave.</translation>
    </message>
    <message>
        <source>Invalid --concurrency: give a number from 1 to %1.</source>
        <translation>--concurrency inválido: informe um número de 1 a %1.</translation>
    </message>
    <message>
        <source>Not revoking: no terminal to ask for confirmation on. Pass --yes to confirm in a script.</source>
        <translation>Nada foi revogado: não há terminal para pedir confirmação. Use --yes para confirmar em um script.</translation>
    </message>
    <message numerus="yes">
        <source>Revoke %n key(s) on %1? This cannot be undone.</source>
        <translation>
            <numerusform>Revogar %n chave em %1? Esta ação não pode ser desfeita.</numerusform>
            <numerusform>Revogar %n chaves em %1? Esta ação não pode ser desfeita.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing revoked.</source>
        <translation>Nada foi revogado.</translation>
    </message>
    <message numerus="yes">
        <source>Rate limited by the portal: pausing for %n second(s).</source>
        <translation>
            <numerusform>Limite de taxa do portal atingido: pausa de %n segundo.</numerusform>
            <numerusform>Limite de taxa do portal atingido: pausa de %n segundos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>Comando desconhecido &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Saved portal profiles, shared with the DocSpace Keys window. Tokens are kept in the system keychain, read from standard input (--token-stdin), never from arguments.

</source>
        <translation>Perfis de portal salvos, compartilhados com a janela do DocSpace Keys. Os tokens são mantidos no chaveiro do sistema e lidos da entrada padrão (--token-stdin), nunca de argumentos.

</translation>
    </message>
    <message>
        <source>Print a JSON array.</source>
        <translation>Imprimir um array JSON.</translation>
    </message>
    <message>
        <source>&apos;profiles list&apos; takes no names.</source>
        <translation>&apos;profiles list&apos; não aceita nomes.</translation>
    </message>
    <message>
        <source>No saved profiles. Add one with &apos;docspace-keys-cli profiles add NAME --portal URL --token-stdin&apos;.</source>
        <translation>Nenhum perfil salvo. Adicione um com &apos;docspace-keys-cli profiles add NOME --portal URL --token-stdin&apos;.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOME</translation>
    </message>
    <message>
        <source>PORTAL</source>
        <translation>PORTAL</translation>
    </message>
    <message>
        <source>AUTH</source>
        <translation>AUTENTICAÇÃO</translation>
    </message>
    <message>
        <source>TOKEN</source>
        <translation>TOKEN</translation>
    </message>
    <message>
        <source>saved</source>
        <translation>salvo</translation>
    </message>
    <message>
        <source>none</source>
        <translation>nenhum</translation>
    </message>
    <message>
        <source>&apos;profiles show&apos; takes one profile name.</source>
        <translation>&apos;profiles show&apos; aceita um nome de perfil.</translation>
    </message>
    <message>
        <source>There is no profile named &quot;%1&quot;.</source>
        <translation>Não existe um perfil chamado &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Name:          %1</source>
        <translation>Nome:                    %1</translation>
    </message>
    <message>
        <source>Portal:        %1</source>
        <translation>Portal:                  %1</translation>
    </message>
    <message>
        <source>Auth scheme:   %1</source>
        <translation>Autenticação:            %1</translation>
    </message>
    <message>
        <source>Token:         %1</source>
        <translation>Token:                   %1</translation>
    </message>
    <message>
        <source>saved in %1</source>
        <translation>salvo em %1</translation>
    </message>
    <message>
        <source>not saved</source>
        <translation>não salvo</translation>
    </message>
    <message>
        <source>Plain HTTP:    %1</source>
        <translation>HTTP simples:            %1</translation>
    </message>
    <message>
        <source>ALLOWED (the token may travel unencrypted)</source>
        <translation>PERMITIDO (o token pode trafegar sem criptografia)</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>recusado</translation>
    </message>
    <message>
        <source>Trusted cert:  %1</source>
        <translation>Certificado confiável:   %1</translation>
    </message>
    <message>
        <source>Extra CA file: %1</source>
        <translation>Arquivo de CA adicional: %1</translation>
    </message>
    <message numerus="yes">
        <source>Timeout:       %n second(s)</source>
        <translation>
            <numerusform>Tempo limite:            %n segundo</numerusform>
            <numerusform>Tempo limite:            %n segundos</numerusform>
        </translation>
    </message>
    <message>
        <source>&apos;profiles add&apos; takes one name and --portal.</source>
        <translation>&apos;profiles add&apos; aceita um nome e --portal.</translation>
    </message>
    <message>
        <source>No system keychain is available (%1), so the token cannot be saved.</source>
        <translation>Nenhum chaveiro do sistema está disponível (%1), portanto o token não pode ser salvo.</translation>
    </message>
    <message>
        <source>The profile was not added. Use DOCSPACE_TOKEN with --portal instead.</source>
        <translation>O perfil não foi adicionado. Use DOCSPACE_TOKEN com --portal em vez disso.</translation>
    </message>
    <message>
        <source>Added profile &quot;%1&quot; for %2%3.</source>
        <translation>Perfil &quot;%1&quot; adicionado para %2%3.</translation>
    </message>
    <message>
        <source> (no token saved)</source>
        <translation> (nenhum token salvo)</translation>
    </message>
    <message>
        <source>, token in the keychain</source>
        <translation>, token no chaveiro</translation>
    </message>
    <message>
        <source>&apos;profiles remove&apos; takes one profile name.</source>
        <translation>&apos;profiles remove&apos; aceita um nome de perfil.</translation>
    </message>
    <message>
        <source>The profile was kept so that its token is not left behind unnoticed.</source>
        <translation>O perfil foi mantido para que seu token não fique esquecido sem que ninguém perceba.</translation>
    </message>
    <message>
        <source>Removed profile &quot;%1&quot; and its token.</source>
        <translation>Perfil &quot;%1&quot; e seu token removidos.</translation>
    </message>
    <message>
        <source>Unknown profiles action &quot;%1&quot;.</source>
        <translation>Ação &quot;%1&quot; desconhecida para profiles.</translation>
    </message>
    <message>
        <source>Print CSV with a header row.</source>
        <translation>Imprimir CSV com uma linha de cabeçalho.</translation>
    </message>
    <message>
        <source>Only expired keys.</source>
        <translation>Somente chaves expiradas.</translation>
    </message>
    <message>
        <source>Only deactivated keys.</source>
        <translation>Somente chaves desativadas.</translation>
    </message>
    <message>
        <source>Only keys created by this user (name or id).</source>
        <translation>Somente chaves criadas por este usuário (nome ou ID).</translation>
    </message>
    <message>
        <source>List the API keys the token can see: all of the portal&apos;s for an administrator, otherwise the caller&apos;s own.</source>
        <translation>Listar as chaves de API que o token pode ver: todas as do portal para um administrador; caso contrário, apenas as do próprio usuário.</translation>
    </message>
    <message>
        <source>Choose --json or --csv, not both.</source>
        <translation>Escolha --json ou --csv, não ambos.</translation>
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
        <translation>CRIADA POR</translation>
    </message>
    <message>
        <source>CREATED</source>
        <translation>CRIADA EM</translation>
    </message>
    <message>
        <source>LAST USED</source>
        <translation>ÚLTIMO USO</translation>
    </message>
    <message>
        <source>EXPIRES</source>
        <translation>EXPIRA EM</translation>
    </message>
    <message>
        <source>STATE</source>
        <translation>ESTADO</translation>
    </message>
    <message>
        <source>PERMISSIONS</source>
        <translation>PERMISSÕES</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n key(s) shown.</source>
        <translation>
            <numerusform>Chaves exibidas: %1 de %n.</numerusform>
            <numerusform>Chaves exibidas: %1 de %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>Print a JSON object.</source>
        <translation>Imprimir um objeto JSON.</translation>
    </message>
    <message>
        <source>Who the token signs in as, and for an API key, which key it is.</source>
        <translation>Com qual usuário o token entra e, para uma chave de API, qual chave ele é.</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>aviso: %1</translation>
    </message>
    <message>
        <source>Only records from this date or time on (ISO 8601).</source>
        <translation>Somente registros a partir desta data ou hora (ISO 8601).</translation>
    </message>
    <message>
        <source>Only records for this portal.</source>
        <translation>Somente registros deste portal.</translation>
    </message>
    <message>
        <source>Only records made with this profile.</source>
        <translation>Somente registros feitos com este perfil.</translation>
    </message>
    <message>
        <source>Invalid --since: give a date such as 2026-07-01 or 2026-07-01T14:00.</source>
        <translation>--since inválido: informe uma data como 2026-07-01 ou 2026-07-01T14:00.</translation>
    </message>
    <message>
        <source>No history yet (%1).</source>
        <translation>Ainda não há histórico (%1).</translation>
    </message>
    <message>
        <source>TIME (UTC)</source>
        <translation>HORA (UTC)</translation>
    </message>
    <message>
        <source>OPERATION</source>
        <translation>OPERAÇÃO</translation>
    </message>
    <message>
        <source>KEY</source>
        <translation>CHAVE</translation>
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
        <translation>VIA</translation>
    </message>
    <message>
        <source>At most this many requests at once (1-%1). Without it the batch finds how many the portal takes, up to %2. A rate limit from the portal slows them all.</source>
        <translation>No máximo esta quantidade de solicitações ao mesmo tempo (1-%1). Sem esta opção, o lote descobre quantas o portal aceita, até %2. Um limite de taxa do portal desacelera todas elas.</translation>
    </message>
    <message>
        <source>How to send the token: auto (default; sk-... is an API key), apikey (&quot;Bearer &lt;token&gt;&quot;, also to force it for a session token; alias bearer) or session (as it is).</source>
        <translation>Como enviar o token: auto (padrão; sk-... é uma chave de API), apikey (&quot;Bearer &lt;token&gt;&quot;, também para forçá-lo com um token de sessão; alias bearer) ou session (como está).</translation>
    </message>
    <message>
        <source>Invalid --auth &quot;%1&quot;: use auto, apikey, bearer or session.</source>
        <translation>--auth &quot;%1&quot; inválido: use auto, apikey, bearer ou session.</translation>
    </message>
    <message>
        <source>Certificate SHA-256 fingerprint: %1</source>
        <translation>Impressão digital SHA-256 do certificado: %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; (%2)</source>
        <translation>&quot;%1&quot; (%2)</translation>
    </message>
    <message>
        <source>created by %1</source>
        <translation>criada por %1</translation>
    </message>
    <message>
        <source>Not deactivating: no terminal to ask for confirmation on. Pass --yes to confirm in a script.</source>
        <translation>Nada desativado: não há terminal para pedir confirmação. Use --yes para confirmar em um script.</translation>
    </message>
    <message>
        <source>Not reactivating: no terminal to ask for confirmation on. Pass --yes to confirm in a script.</source>
        <translation>Nada reativado: não há terminal para pedir confirmação. Use --yes para confirmar em um script.</translation>
    </message>
    <message numerus="yes">
        <source>... and %n more key(s)</source>
        <translation>
            <numerusform>... e mais %n chave</numerusform>
            <numerusform>... e mais %n chaves</numerusform>
        </translation>
    </message>
    <message>
        <source>(The key list could not be read to name the keys: %1)</source>
        <translation>(Não foi possível ler a lista de chaves para nomear as chaves: %1)</translation>
    </message>
    <message numerus="yes">
        <source>Deactivate %n key(s) on %1? They stop working until reactivated.</source>
        <translation>
            <numerusform>Desativar %n chave em %1? Ela deixa de funcionar até ser reativada.</numerusform>
            <numerusform>Desativar %n chaves em %1? Elas deixam de funcionar até serem reativadas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reactivate %n key(s) on %1?</source>
        <translation>
            <numerusform>Reativar %n chave em %1?</numerusform>
            <numerusform>Reativar %n chaves em %1?</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing deactivated.</source>
        <translation>Nada foi desativado.</translation>
    </message>
    <message>
        <source>Nothing reactivated.</source>
        <translation>Nada foi reativado.</translation>
    </message>
    <message>
        <source>Revoke (delete) API keys by id</source>
        <translation>Revoga (exclui) chaves de API pelo ID</translation>
    </message>
    <message>
        <source>Deactivate keys (reversible)</source>
        <translation>Desativa chaves (reversível)</translation>
    </message>
    <message>
        <source>Reactivate deactivated keys</source>
        <translation>Reativa chaves desativadas</translation>
    </message>
    <message>
        <source>List the keys the token can see</source>
        <translation>Lista as chaves que o token pode ver</translation>
    </message>
    <message>
        <source>Who the token signs in as, and which key it is</source>
        <translation>Com qual usuário o token entra e qual chave ele é</translation>
    </message>
    <message>
        <source>What was revoked from this computer, when, by whom and with what result</source>
        <translation>O que foi revogado a partir deste computador, quando, por quem e com qual resultado</translation>
    </message>
    <message>
        <source>Find leaked sk- secrets in text on standard input and revoke them</source>
        <translation>Encontra segredos sk- vazados no texto da entrada padrão e os revoga</translation>
    </message>
    <message>
        <source>The key-hygiene report: expired, unused, unrestricted keys...</source>
        <translation>O relatório de higiene de chaves: expiradas, sem uso, sem restrições...</translation>
    </message>
    <message>
        <source>List, show, add and remove saved portal profiles</source>
        <translation>Lista, mostra, adiciona e remove perfis de portal salvos</translation>
    </message>
    <message>
        <source>Usage: docspace-keys-cli &lt;command&gt; [options]</source>
        <translation>Uso: docspace-keys-cli &lt;comando&gt; [opções]</translation>
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
        <translation>Execute &apos;docspace-keys-cli &lt;comando&gt; --help&apos; para ver as opções de um comando.
O token de acesso vem de DOCSPACE_TOKEN ou de --token-stdin, nunca de argumentos.
Status de saída: 0 sucesso, 1 uma operação falhou, 2 erro de uso.
</translation>
    </message>
    <message>
        <source>Also write the report as CSV to FILE (the same file as the window&apos;s export).</source>
        <translation>Gravar também o relatório como CSV em FILE (o mesmo arquivo da exportação da janela).</translation>
    </message>
    <message numerus="yes">
        <source>%n repeated id(s) on standard input skipped.</source>
        <translation>
            <numerusform>%n ID repetido na entrada padrão ignorado.</numerusform>
            <numerusform>%n IDs repetidos na entrada padrão ignorados.</numerusform>
        </translation>
    </message>
    <message>
        <source>Each id gets one line of output, in the order given; every attempt is kept in the local history.
Without --yes, asks on the terminal, naming the portal and the keys.
Give - to read ids from standard input, one per line or a CSV export with an id column (blank lines and # comments are ignored).
Exit status: 0 every key changed, 1 at least one not, 2 usage error.</source>
        <translation>Cada ID gera uma linha de saída, na ordem informada; cada tentativa é mantida no histórico local.
Sem --yes, pergunta no terminal, indicando o portal e as chaves.
Informe - para ler os IDs da entrada padrão, um por linha ou uma exportação CSV com uma coluna id (linhas em branco e comentários # são ignorados).
Status de saída: 0 todas as chaves foram alteradas, 1 pelo menos uma não foi, 2 erro de uso.</translation>
    </message>
    <message>
        <source>window</source>
        <translation>janela</translation>
    </message>
    <message>
        <source>command line</source>
        <translation>linha de comando</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>who acted (window or command line)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Invalid --expires-in-days: give a whole number of days from 1 to %1 (leave it out for a key that never expires).</source>
        <translation>--expires-in-days inválido: informe um número inteiro de dias de 1 a %1 (omita-o para uma chave que nunca expira).</translation>
    </message>
    <message>
        <source>no token is saved for it (%1)</source>
        <translation>nenhum token está salvo para ele (%1)</translation>
    </message>
    <message>
        <source>Create an API key (POST /api/2.0/keys). The new key&apos;s secret is printed once, alone on the first line of standard output, and kept nowhere: not in the history, not in any file. With --json a second line holds the key as a JSON object (without the secret).
Without --expires-in-days the key never expires. The portal lets each user create at most 5 keys in 15 minutes.
Exit status: 0 created, 1 not created, 2 usage error.</source>
        <translation>Cria uma chave de API (POST /api/2.0/keys). O segredo da nova chave é impresso uma única vez, sozinho na primeira linha da saída padrão, e não fica guardado em lugar nenhum: nem no histórico, nem em nenhum arquivo. Com --json, uma segunda linha contém a chave como um objeto JSON (sem o segredo).
Sem --expires-in-days, a chave nunca expira. O portal permite que cada usuário crie no máximo 5 chaves em 15 minutos.
Status de saída: 0 criada, 1 não criada, 2 erro de uso.</translation>
    </message>
    <message>
        <source>The key&apos;s name (at most %1 characters).</source>
        <translation>O nome da chave (no máximo %1 caracteres).</translation>
    </message>
    <message>
        <source>all (default), read-only, or a comma-separated list of files, rooms, profile, accounts each with :read or :write (write includes read), e.g. files:write,rooms:read.</source>
        <translation>all (padrão), read-only ou uma lista separada por vírgulas de files, rooms, profile, accounts, cada um com :read ou :write (write inclui read), por exemplo files:write,rooms:read.</translation>
    </message>
    <message>
        <source>The key stops working after this many days (1-%1).</source>
        <translation>A chave deixa de funcionar após esta quantidade de dias (1-%1).</translation>
    </message>
    <message>
        <source>Also print the new key as a JSON object.</source>
        <translation>Imprimir também a nova chave como um objeto JSON.</translation>
    </message>
    <message>
        <source>Give the key&apos;s name with --name.</source>
        <translation>Informe o nome da chave com --name.</translation>
    </message>
    <message>
        <source>Created &quot;%1&quot; (%2, ending %3; permissions: %4; %5). The secret on standard output is shown only this once: store it now.</source>
        <translation>&quot;%1&quot; criada (%2, terminada em %3; permissões: %4; %5). O segredo na saída padrão é exibido somente desta vez: guarde-o agora.</translation>
    </message>
    <message>
        <source>expires %1</source>
        <translation>expira em %1</translation>
    </message>
    <message>
        <source>never expires</source>
        <translation>nunca expira</translation>
    </message>
    <message>
        <source>Change a key&apos;s name and/or permissions (PUT /api/2.0/keys/{id}). The key keeps its secret. Expired keys cannot be changed.
Exit status: 0 changed, 1 not changed, 2 usage error.</source>
        <translation>Altera o nome e/ou as permissões de uma chave (PUT /api/2.0/keys/{id}). A chave mantém seu segredo. Chaves expiradas não podem ser alteradas.
Status de saída: 0 alterada, 1 não alterada, 2 erro de uso.</translation>
    </message>
    <message>
        <source>The new name (at most %1 characters).</source>
        <translation>O novo nome (no máximo %1 caracteres).</translation>
    </message>
    <message>
        <source>The new permissions: all, read-only, or e.g. files:write,rooms:read.</source>
        <translation>As novas permissões: all, read-only ou, por exemplo, files:write,rooms:read.</translation>
    </message>
    <message>
        <source>Print the outcome as a JSON object.</source>
        <translation>Imprimir o resultado como um objeto JSON.</translation>
    </message>
    <message>
        <source>The key&apos;s id (UUID).</source>
        <translation>O ID da chave (UUID).</translation>
    </message>
    <message>
        <source>Give exactly one key id.</source>
        <translation>Informe exatamente um ID de chave.</translation>
    </message>
    <message>
        <source>Rotate keys: create a replacement for each (the same name plus &quot; (rotated)&quot;, the same permissions, the same whole lifetime), then revoke the old keys. If any replacement cannot be created, no old key is revoked. One line per key: old id, outcome, new id, old key&apos;s state, and the new secret (shown only this once), unless --secrets-file.
Exit status: 0 every key rotated, 1 not all (the lines say which old keys still work), 2 usage error.</source>
        <translation>Rotaciona chaves: cria uma substituta para cada uma (o mesmo nome mais &quot; (rotated)&quot;, as mesmas permissões, a mesma vigência total) e depois revoga as chaves antigas. Se alguma substituta não puder ser criada, nenhuma chave antiga é revogada. Uma linha por chave: ID antigo, resultado, ID novo, estado da chave antiga e o novo segredo (exibido somente desta vez), exceto com --secrets-file.
Status de saída: 0 todas as chaves rotacionadas, 1 nem todas (as linhas dizem quais chaves antigas ainda funcionam), 2 erro de uso.</translation>
    </message>
    <message>
        <source>Do not ask before revoking the old keys (for scripts).</source>
        <translation>Não perguntar antes de revogar as chaves antigas (para scripts).</translation>
    </message>
    <message>
        <source>Print one JSON object per key.</source>
        <translation>Imprimir um objeto JSON por chave.</translation>
    </message>
    <message>
        <source>Write the new secrets to this file (readable by you only) instead of standard output.</source>
        <translation>Gravar os novos segredos neste arquivo (legível somente por você) em vez da saída padrão.</translation>
    </message>
    <message>
        <source>Key ids (UUIDs).</source>
        <translation>IDs das chaves (UUIDs).</translation>
    </message>
    <message>
        <source>Not rotating: no terminal to confirm revoking the old keys on. Pass --yes to confirm in a script.</source>
        <translation>Nada rotacionado: não há terminal para confirmar a revogação das chaves antigas. Use --yes para confirmar em um script.</translation>
    </message>
    <message>
        <source>%1: the portal lists no such key (or not to this token); nothing was created or revoked.</source>
        <translation>%1: o portal não lista essa chave (ou não para este token); nada foi criado nem revogado.</translation>
    </message>
    <message>
        <source>Cannot write the secrets file %1: %2. The new secrets are printed instead.</source>
        <translation>Não é possível gravar o arquivo de segredos %1: %2. Os novos segredos são impressos em vez disso.</translation>
    </message>
    <message>
        <source>Old keys not revoked; they and their replacements all work.</source>
        <translation>Chaves antigas não revogadas; elas e suas substitutas funcionam.</translation>
    </message>
    <message>
        <source>A replacement could not be created, so no old key was revoked.</source>
        <translation>Não foi possível criar uma substituta, portanto nenhuma chave antiga foi revogada.</translation>
    </message>
    <message>
        <source>Not tried: an earlier replacement failed.</source>
        <translation>Não tentado: uma substituta anterior falhou.</translation>
    </message>
    <message>
        <source>Replacement created; revoking the old key failed: %1</source>
        <translation>Substituta criada; a revogação da chave antiga falhou: %1</translation>
    </message>
    <message>
        <source>Replacement created, old key revoked.</source>
        <translation>Substituta criada, chave antiga revogada.</translation>
    </message>
    <message>
        <source>Replacement created; the old key still works.</source>
        <translation>Substituta criada; a chave antiga ainda funciona.</translation>
    </message>
    <message>
        <source>OLD ID</source>
        <translation>ID ANTIGO</translation>
    </message>
    <message>
        <source>NEW ID</source>
        <translation>ID NOVO</translation>
    </message>
    <message>
        <source>OLD KEY</source>
        <translation>CHAVE ANTIGA</translation>
    </message>
    <message>
        <source>NEW SECRET (shown once)</source>
        <translation>SEGREDO NOVO (exibido uma vez)</translation>
    </message>
    <message numerus="yes">
        <source>%n old key(s) still work:</source>
        <translation>
            <numerusform>%n chave antiga ainda funciona:</numerusform>
            <numerusform>%n chaves antigas ainda funcionam:</numerusform>
        </translation>
    </message>
    <message>
        <source>REVOKE AFTER (UTC)</source>
        <translation>REVOGAR APÓS (UTC)</translation>
    </message>
    <message>
        <source>NOTE</source>
        <translation>OBSERVAÇÃO</translation>
    </message>
    <message>
        <source>Invalid --after-days: give a whole number of days from 0 to %1.</source>
        <translation>--after-days inválido: informe um número inteiro de dias de 0 a %1.</translation>
    </message>
    <message>
        <source>Deactivated; revoked on or after %1 (UTC) unless reactivated, when &apos;docspace-keys-cli retire --due&apos; or the app runs.</source>
        <translation>Desativada; revogada a partir de %1 (UTC), a menos que seja reativada, quando &apos;docspace-keys-cli retire --due&apos; ou o aplicativo for executado.</translation>
    </message>
    <message>
        <source>Deactivated, but the plan could not be saved: %1</source>
        <translation>Desativada, mas não foi possível salvar o plano: %1</translation>
    </message>
    <message>
        <source>%1: planned without a saved profile; run &apos;retire --due --portal %1&apos; with its token.</source>
        <translation>%1: planejada sem um perfil salvo; execute &apos;retire --due --portal %1&apos; com o token dele.</translation>
    </message>
    <message>
        <source>%1 (profile &quot;%2&quot;): %3</source>
        <translation>%1 (perfil &quot;%2&quot;): %3</translation>
    </message>
    <message>
        <source>the profile now points elsewhere</source>
        <translation>o perfil agora aponta para outro lugar</translation>
    </message>
    <message>
        <source>skipped: %1</source>
        <translation>ignorado: %1</translation>
    </message>
    <message>
        <source>Nothing is due.</source>
        <translation>Nada está pendente.</translation>
    </message>
    <message>
        <source>Retire keys in stages.
  retire ID... --after-days N   deactivate now; revoke after N days unless reactivated
  retire --due                  revoke what is due (run it daily from a timer); a key reactivated meanwhile is left alone and the plan says so
  retire --list                 show the plan
  retire --cancel ID...         take keys out of the plan (they stay deactivated)
The plan is kept beside the history (%1) and never holds a token. --due uses each planned profile&apos;s keychain token, or the connection given with --portal/--profile.
Exit status: 0 all done, 1 something failed or is left for the next run, 2 usage error.</source>
        <translation>Desativa e depois revoga chaves em etapas.
  retire ID... --after-days N   desativar agora; revogar após N dias, a menos que sejam reativadas
  retire --due                  revogar o que está pendente (execute diariamente com um timer); uma chave reativada nesse meio-tempo é deixada como está, e o plano informa isso
  retire --list                 mostrar o plano
  retire --cancel ID...         tirar chaves do plano (elas continuam desativadas)
O plano fica ao lado do histórico (%1) e nunca contém um token. --due usa o token do chaveiro de cada perfil planejado, ou a conexão informada com --portal/--profile.
Status de saída: 0 tudo feito, 1 algo falhou ou ficou para a próxima execução, 2 erro de uso.</translation>
    </message>
    <message>
        <source>Revoke after this many days.</source>
        <translation>Revogar após esta quantidade de dias.</translation>
    </message>
    <message>
        <source>Carry out what is due.</source>
        <translation>Executar o que está pendente.</translation>
    </message>
    <message>
        <source>Show the plan.</source>
        <translation>Mostrar o plano.</translation>
    </message>
    <message>
        <source>Take the given keys out of the plan.</source>
        <translation>Tirar do plano as chaves informadas.</translation>
    </message>
    <message>
        <source>JSON output.</source>
        <translation>Saída JSON.</translation>
    </message>
    <message>
        <source>Give exactly one of --after-days N (with ids), --due, --list or --cancel (with ids).</source>
        <translation>Informe exatamente uma das opções --after-days N (com IDs), --due, --list ou --cancel (com IDs).</translation>
    </message>
    <message>
        <source>--due and --list take no key ids.</source>
        <translation>--due e --list não aceitam IDs de chaves.</translation>
    </message>
    <message numerus="yes">
        <source>%n key(s) taken out of the plan.</source>
        <translation>
            <numerusform>%n chave tirada do plano.</numerusform>
            <numerusform>%n chaves tiradas do plano.</numerusform>
        </translation>
    </message>
    <message>
        <source>The retirement plan is empty (%1).</source>
        <translation>O plano de desativação está vazio (%1).</translation>
    </message>
    <message>
        <source>List the keys of every saved profile together, with the portal as a column, using each profile&apos;s keychain token. A portal that cannot be listed is reported and the others are still shown.
Exit status: 0 every portal listed, 1 at least one not, 2 usage error.</source>
        <translation>Lista juntas as chaves de todos os perfis salvos, com o portal como coluna, usando o token do chaveiro de cada perfil. Um portal que não pode ser listado é informado, e os outros continuam sendo exibidos.
Status de saída: 0 todos os portais listados, 1 pelo menos um não, 2 erro de uso.</translation>
    </message>
    <message>
        <source>Every saved profile.</source>
        <translation>Todos os perfis salvos.</translation>
    </message>
    <message>
        <source>No saved profiles: add some with &apos;docspace-keys-cli profiles add&apos;.</source>
        <translation>Nenhum perfil salvo: adicione alguns com &apos;docspace-keys-cli profiles add&apos;.</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; skipped: %2</source>
        <translation>Perfil &quot;%1&quot; ignorado: %2</translation>
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
        <translation>Cria uma chave de API (seu segredo é impresso uma vez)</translation>
    </message>
    <message>
        <source>Change a key&apos;s name or permissions</source>
        <translation>Altera o nome ou as permissões de uma chave</translation>
    </message>
    <message>
        <source>Replace keys with new ones, then revoke the old</source>
        <translation>Substitui chaves por novas e depois revoga as antigas</translation>
    </message>
    <message>
        <source>Deactivate now, revoke after N days unless reactivated</source>
        <translation>Desativa agora, revoga após N dias, a menos que sejam reativadas</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n key(s) shown</source>
        <translation>
            <numerusform>%1 de %n chave exibidas</numerusform>
            <numerusform>%1 de %n chaves exibidas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, from %n portal(s).</source>
        <translation>
            <numerusform>, de %n portal.</numerusform>
            <numerusform>, de %n portais.</numerusform>
        </translation>
    </message>
    <message>
        <source>(this token)</source>
        <translation>(este token)</translation>
    </message>
    <message>
        <source>Type the number of keys (%1) to confirm; anything else cancels: </source>
        <translation>Digite o número de chaves (%1) para confirmar; qualquer outra coisa cancela: </translation>
    </message>
    <message>
        <source>The number was not typed.</source>
        <translation>O número não foi digitado.</translation>
    </message>
    <message>
        <source>%1 is the key this command signs in with on %2.</source>
        <translation>%1 é a chave com a qual este comando se conecta a %2.</translation>
    </message>
    <message>
        <source>Once it is revoked, this token can no longer list or change keys; revocation cannot be undone.</source>
        <translation>Depois de revogada, este token não poderá mais listar nem alterar chaves; a revogação não pode ser desfeita.</translation>
    </message>
    <message>
        <source>While it is deactivated, this token cannot list, change or even reactivate keys.</source>
        <translation>Enquanto ela estiver desativada, este token não poderá listar, alterar nem mesmo reativar chaves.</translation>
    </message>
    <message>
        <source>Revoke it too (i), skip it and go on with the others (s), or cancel everything (c)? [i/s/C] </source>
        <translation>Revogá-la também (i), pulá-la e continuar com as outras (s) ou cancelar tudo (c)? [i/s/C] </translation>
    </message>
    <message>
        <source>Deactivate it too (i), skip it and go on with the others (s), or cancel everything (c)? [i/s/C] </source>
        <translation>Desativá-la também (i), pulá-la e continuar com as outras (s) ou cancelar tudo (c)? [i/s/C] </translation>
    </message>
    <message>
        <source>Skipping the key of this token.</source>
        <translation>Pulando a chave deste token.</translation>
    </message>
    <message>
        <source>Only keys unused for N days.</source>
        <translation>Somente chaves sem uso há N dias.</translation>
    </message>
    <message>
        <source>Every replacement was created. Now the old keys:</source>
        <translation>Todas as substitutas foram criadas. Agora as chaves antigas:</translation>
    </message>
    <message>
        <source>Every creation, change, revocation, deactivation and reactivation attempted from this computer, oldest first: which key, who acted, and what the portal answered (an edit&apos;s outcome says what it changed). The history is local: it never holds tokens or secrets.</source>
        <translation>Cada criação, alteração, revogação, desativação e reativação tentada a partir deste computador, da mais antiga para a mais recente: qual chave, quem agiu e o que o portal respondeu (o resultado de uma edição informa o que foi alterado). O histórico é local: ele nunca contém tokens nem segredos.</translation>
    </message>
</context>
<context>
    <name>Cli::Invocation</name>
    <message>
        <source>Warning: sending the access token to %1 over unencrypted HTTP.</source>
        <translation>Aviso: enviando o token de acesso para %1 por HTTP sem criptografia.</translation>
    </message>
</context>
<context>
    <name>ConnectionReport</name>
    <message>
        <source>owner</source>
        <translation>proprietário</translation>
    </message>
    <message>
        <source>administrator</source>
        <translation>administrador</translation>
    </message>
    <message>
        <source>guest</source>
        <translation>convidado</translation>
    </message>
    <message>
        <source>member</source>
        <translation>usuário</translation>
    </message>
    <message>
        <source>Signed in as %1 (%2)</source>
        <translation>Conectado como %1 (%2)</translation>
    </message>
    <message>
        <source>all scopes</source>
        <translation>todos os escopos</translation>
    </message>
    <message>
        <source>expires %1</source>
        <translation>expira em %1</translation>
    </message>
    <message>
        <source>never expires</source>
        <translation>nunca expira</translation>
    </message>
    <message>
        <source>API key &quot;%1&quot;: %2; %3</source>
        <translation>Chave de API &quot;%1&quot;: %2; %3</translation>
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
        <translation>Entrando em %1…</translation>
    </message>
    <message>
        <source>This token can revoke keys on %1.</source>
        <translation>Este token pode revogar chaves em %1.</translation>
    </message>
    <message>
        <source>Could not sign in to %1: %2</source>
        <translation>Não foi possível entrar em %1: %2</translation>
    </message>
    <message>
        <source>The portal said: %1</source>
        <translation>O portal respondeu: %1</translation>
    </message>
    <message>
        <source>Certificate SHA-256 fingerprint: %1</source>
        <translation>Impressão digital SHA-256 do certificado: %1</translation>
    </message>
    <message>
        <source>Trusted for this session: test the connection again.</source>
        <translation>Confiável nesta sessão: teste a conexão novamente.</translation>
    </message>
    <message>
        <source>Tr&amp;ust This Certificate…</source>
        <translation>Con&amp;fiar neste certificado…</translation>
    </message>
</context>
<context>
    <name>ConnectionTest</name>
    <message>
        <source>This API key cannot revoke keys: it lacks the *:write scope.</source>
        <translation>Esta chave de API não pode revogar chaves: falta o escopo *:write.</translation>
    </message>
    <message numerus="yes">
        <source>This API key expires in %n day(s), on %1.</source>
        <translation>
            <numerusform>Esta chave de API expira em %n dia, em %1.</numerusform>
            <numerusform>Esta chave de API expira em %n dias, em %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The portal answered, but not with a user profile. Check that the address is a DocSpace portal.</source>
        <translation>O portal respondeu, mas não com um perfil de usuário. Verifique se o endereço é de um portal DocSpace.</translation>
    </message>
    <message>
        <source>You are not an administrator: you can revoke only the keys you created.</source>
        <translation>Você não é administrador: só pode revogar as chaves que criou.</translation>
    </message>
    <message>
        <source>The key&apos;s own details could not be read: %1</source>
        <translation>Não foi possível ler os detalhes da própria chave: %1</translation>
    </message>
    <message>
        <source>The portal refused even to tell its version (HTTP 403 without a message): it is probably being moved, restored or encrypted. Try again later.</source>
        <translation>O portal se recusou até a informar sua versão (HTTP 403 sem mensagem): provavelmente está sendo movido, restaurado ou criptografado. Tente novamente mais tarde.</translation>
    </message>
    <message>
        <source>The address answered, but not as a DocSpace portal: it does not say which DocSpace version it runs (HTTP %1 to /api/2.0/settings/version/build). Check that it is your portal&apos;s own address, not a login page, a proxy or another site.</source>
        <translation>O endereço respondeu, mas não como um portal DocSpace: ele não informa qual versão do DocSpace executa (HTTP %1 em /api/2.0/settings/version/build). Verifique se é o endereço do seu próprio portal, e não uma página de login, um proxy ou outro site.</translation>
    </message>
    <message>
        <source>This portal runs DocSpace %1, which has no API keys: they appeared in DocSpace 3.1. The portal must be updated before its keys can be managed.</source>
        <translation>Este portal executa o DocSpace %1, que não tem chaves de API: elas surgiram no DocSpace 3.1. O portal precisa ser atualizado antes que suas chaves possam ser gerenciadas.</translation>
    </message>
    <message>
        <source>DocSpace %1 lets any API key list, create, change and revoke keys, whatever its scopes (a key with only files:read can delete keys; fixed in 3.7.1). Treat every key of this portal as able to manage keys, and update the portal.</source>
        <translation>O DocSpace %1 permite que qualquer chave de API liste, crie, altere e revogue chaves, independentemente de seus escopos (uma chave com apenas files:read pode excluir chaves; corrigido na 3.7.1). Trate todas as chaves deste portal como capazes de gerenciar chaves e atualize o portal.</translation>
    </message>
    <message>
        <source>DocSpace %1 is older than 3.7.1: its key routes do not check that an id is a UUID (a malformed id gets a validation error, not &quot;not found&quot;), and expired keys can still be changed and reactivated.</source>
        <translation>O DocSpace %1 é anterior à 3.7.1: suas rotas de chaves não verificam se um ID é um UUID (um ID malformado gera um erro de validação, e não &quot;não encontrado&quot;), e chaves expiradas ainda podem ser alteradas e reativadas.</translation>
    </message>
</context>
<context>
    <name>DocSpaceClient</name>
    <message>
        <source>No access token was given, so nothing was sent. Enter an API key or session token.</source>
        <translation>Nenhum token de acesso foi informado, portanto nada foi enviado. Insira uma chave de API ou um token de sessão.</translation>
    </message>
    <message>
        <source>The portal&apos;s answer held no key list. Check that the address is a DocSpace portal.</source>
        <translation>A resposta do portal não continha uma lista de chaves. Verifique se o endereço é de um portal DocSpace.</translation>
    </message>
</context>
<context>
    <name>HistoryLog</name>
    <message>
        <source>The history file %1 is locked by another DocSpace Keys process.</source>
        <translation>O arquivo de histórico %1 está bloqueado por outro processo do DocSpace Keys.</translation>
    </message>
    <message>
        <source>Cannot write the history file %1: %2.</source>
        <translation>Não é possível gravar o arquivo de histórico %1: %2.</translation>
    </message>
    <message>
        <source>Cannot read the history file %1: %2.</source>
        <translation>Não é possível ler o arquivo de histórico %1: %2.</translation>
    </message>
    <message>
        <source>Line %1 of the history file is incomplete or damaged and was skipped.</source>
        <translation>A linha %1 do arquivo de histórico está incompleta ou danificada e foi ignorada.</translation>
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
        <translation>Revogar</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation>Desativar</translation>
    </message>
    <message>
        <source>Reactivate</source>
        <translation>Reativar</translation>
    </message>
    <message>
        <source>command line</source>
        <translation>linha de comando</translation>
    </message>
    <message>
        <source>window</source>
        <translation>janela</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Key id: %1</source>
        <translation>ID da chave: %1</translation>
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
        <translation>Operação</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Chave</translation>
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
        <translation>Via</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensagem</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nome</translation>
    </message>
    <message>
        <source>permissions</source>
        <translation>permissões</translation>
    </message>
    <message>
        <source>Edited: %1</source>
        <comment>what was changed: name, permissions</comment>
        <translation>Editado: %1</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Criar</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Editar</translation>
    </message>
</context>
<context>
    <name>HistoryRecorder</name>
    <message>
        <source>This result was not recorded in the history. %1 Check that the folder is writable and that the disk is not full.</source>
        <translation>Este resultado não foi registrado no histórico. %1 Verifique se a pasta permite gravação e se o disco não está cheio.</translation>
    </message>
    <message>
        <source>Created with the permissions %1; it expires on %2 (UTC).</source>
        <translation>Criada com as permissões %1; expira em %2 (UTC).</translation>
    </message>
    <message>
        <source>Created with the permissions %1; it never expires.</source>
        <translation>Criada com as permissões %1; nunca expira.</translation>
    </message>
    <message>
        <source>Replacement for “%1” (%2), in a rotation.</source>
        <translation>Substituta de “%1” (%2), em uma rotação.</translation>
    </message>
    <message>
        <source>Name “%1”, was “%2”.</source>
        <translation>Nome “%1”, antes “%2”.</translation>
    </message>
    <message>
        <source>Name “%1”.</source>
        <translation>Nome “%1”.</translation>
    </message>
    <message>
        <source>Permissions %1.</source>
        <translation>Permissões %1.</translation>
    </message>
    <message>
        <source>Permissions %1, were %2.</source>
        <translation>Permissões %1, antes %2.</translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <source>&amp;Reload</source>
        <translation>R&amp;ecarregar</translation>
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
        <translation>Pesquisar chave, mensagem, usuário…</translation>
    </message>
    <message>
        <source>Search the history</source>
        <translation>Pesquisar no histórico</translation>
    </message>
    <message>
        <source>Save the rows shown (after filtering) as a CSV file.</source>
        <translation>Salvar as linhas exibidas (após a filtragem) em um arquivo CSV.</translation>
    </message>
    <message numerus="yes">
        <source>…and %n more damaged line(s).</source>
        <translation>
            <numerusform>…e mais %n linha danificada.</numerusform>
            <numerusform>…e mais %n linhas danificadas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Some of the history could not be read, so it may be incomplete:
%1
The file is %2; the other records are shown. New records are still added.</source>
        <translation>Não foi possível ler parte do histórico, portanto ele pode estar incompleto:
%1
O arquivo é %2; os demais registros são exibidos. Novos registros continuam sendo adicionados.</translation>
    </message>
    <message>
        <source>All portals</source>
        <translation>Todos os portais</translation>
    </message>
    <message>
        <source>All outcomes</source>
        <translation>Todos os resultados</translation>
    </message>
    <message>
        <source>Nothing recorded yet. Every revocation, deactivation and reactivation made here or with docspace-keys-cli is listed here.</source>
        <translation>Nada registrado ainda. Cada revogação, desativação e reativação feita aqui ou com o docspace-keys-cli é listada aqui.</translation>
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
            <numerusform>Registros exibidos: %1 de %n.</numerusform>
            <numerusform>Registros exibidos: %1 de %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export History</source>
        <translation>Exportar histórico</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Arquivos CSV (*.csv);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <source>History Not Exported</source>
        <translation>Histórico não exportado</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>Não é possível gravar %1.</translation>
    </message>
    <message>
        <source>%1
Choose another folder, or check that the disk is not full.</source>
        <translation>%1
Escolha outra pasta ou verifique se o disco não está cheio.</translation>
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
        <translation>Chaves expiradas ainda presentes</translation>
    </message>
    <message>
        <source>They no longer work but still clutter the list and hide real problems; revoke them.</source>
        <translation>Elas não funcionam mais, mas ainda poluem a lista e escondem problemas reais; revogue-as.</translation>
    </message>
    <message>
        <source>Deactivated keys</source>
        <translation>Chaves desativadas</translation>
    </message>
    <message>
        <source>Anyone who may change them can switch them back on; revoke those that are no longer needed.</source>
        <translation>Qualquer pessoa que possa alterá-las pode ativá-las novamente; revogue as que não são mais necessárias.</translation>
    </message>
    <message>
        <source>Keys never used</source>
        <translation>Chaves nunca usadas</translation>
    </message>
    <message>
        <source>Nothing depends on them yet; deactivate them until someone asks.</source>
        <translation>Nada depende delas ainda; desative-as até que alguém as solicite.</translation>
    </message>
    <message>
        <source>Forgotten keys are the ones that leak unnoticed; deactivate them.</source>
        <translation>Chaves esquecidas são as que vazam sem ninguém perceber; desative-as.</translation>
    </message>
    <message>
        <source>Keys that never expire</source>
        <translation>Chaves que nunca expiram</translation>
    </message>
    <message>
        <source>A leaked key without an expiry date works until someone notices; replace them with keys that expire.</source>
        <translation>Uma chave vazada sem data de expiração funciona até que alguém perceba; substitua-as por chaves que expiram.</translation>
    </message>
    <message>
        <source>Keys with every permission</source>
        <translation>Chaves com todas as permissões</translation>
    </message>
    <message>
        <source>They can do anything the owner can; give integrations only the scopes they need.</source>
        <translation>Elas podem fazer tudo o que o proprietário pode; conceda às integrações apenas os escopos de que precisam.</translation>
    </message>
    <message>
        <source>API key hygiene report</source>
        <translation>Relatório de higiene de chaves de API</translation>
    </message>
    <message>
        <source>Portal: %1</source>
        <translation>Portal: %1</translation>
    </message>
    <message>
        <source>Generated: %1 UTC</source>
        <translation>Gerado em: %1 UTC</translation>
    </message>
    <message numerus="yes">
        <source>Keys examined: %1; unused threshold: %n day(s)</source>
        <translation>
            <numerusform>Chaves examinadas: %1; limiar de inatividade: %n dia</numerusform>
            <numerusform>Chaves examinadas: %1; limiar de inatividade: %n dias</numerusform>
        </translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Constatação</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Chaves</translation>
    </message>
    <message>
        <source>Suggested action</source>
        <translation>Ação sugerida</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>Revogar</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation>Desativar</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Ending</source>
        <translation>Final</translation>
    </message>
    <message>
        <source>Created by</source>
        <translation>Criada por</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Criada em</translation>
    </message>
    <message>
        <source>Last used</source>
        <translation>Último uso</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Expira em</translation>
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
        <translation>Permissões</translation>
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
        <translation>desconhecido</translation>
    </message>
    <message>
        <source>API key hygiene</source>
        <translation>Higiene de chaves de API</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>Atua&amp;lizar</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>E&amp;xportar CSV…</translation>
    </message>
    <message>
        <source> days</source>
        <translation> dias</translation>
    </message>
    <message>
        <source>Unused for more than this many days</source>
        <translation>Sem uso há mais do que esta quantidade de dias</translation>
    </message>
    <message>
        <source>Choose a portal profile to see its report.</source>
        <translation>Escolha um perfil de portal para ver o relatório dele.</translation>
    </message>
    <message>
        <source>Loading the key list from %1…</source>
        <translation>Carregando a lista de chaves de %1…</translation>
    </message>
    <message>
        <source>The report could not be made: the key list did not load. %1</source>
        <translation>Não foi possível gerar o relatório: a lista de chaves não foi carregada. %1</translation>
    </message>
    <message>
        <source>Which keys of %1 are a risk before they leak. The report appears once the key list has loaded.</source>
        <translation>Quais chaves de %1 representam um risco antes mesmo de vazarem. O relatório aparece assim que a lista de chaves for carregada.</translation>
    </message>
    <message>
        <source>the portal</source>
        <translation>seu portal</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n key(s) examined · %2 · %3 of %4 findings need attention</source>
        <translation>
            <numerusform>%1 · %n chave examinada · %2 · constatações que exigem atenção: %3 de %4</numerusform>
            <numerusform>%1 · %n chaves examinadas · %2 · constatações que exigem atenção: %3 de %4</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Revoke %n Key(s)…</source>
        <translation>
            <numerusform>Revogar %n chave…</numerusform>
            <numerusform>Revogar %n chaves…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deactivate %n Key(s)…</source>
        <translation>
            <numerusform>Desativar %n chave…</numerusform>
            <numerusform>Desativar %n chaves…</numerusform>
        </translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Proprietário</translation>
    </message>
    <message>
        <source>Ending</source>
        <translation>Final</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Criada em</translation>
    </message>
    <message>
        <source>Last used</source>
        <translation>Último uso</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Expira em</translation>
    </message>
    <message>
        <source>Scopes</source>
        <translation>Escopos</translation>
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
        <translation>ID da chave: %1</translation>
    </message>
    <message numerus="yes">
        <source>Hide the %n key(s)</source>
        <translation>
            <numerusform>Ocultar %n chave</numerusform>
            <numerusform>Ocultar as %n chaves</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Show the %n key(s)</source>
        <translation>
            <numerusform>Mostrar %n chave</numerusform>
            <numerusform>Mostrar as %n chaves</numerusform>
        </translation>
    </message>
    <message>
        <source>Revoking the keys under “%1”…</source>
        <translation>Revogando as chaves listadas em “%1”…</translation>
    </message>
    <message>
        <source>Deactivating the keys under “%1”…</source>
        <translation>Desativando as chaves listadas em “%1”…</translation>
    </message>
    <message>
        <source>API key hygiene report</source>
        <translation>Relatório de higiene de chaves de API</translation>
    </message>
    <message>
        <source>Report saved as %1.</source>
        <translation>Relatório salvo como %1.</translation>
    </message>
    <message>
        <source>Report Not Exported</source>
        <translation>Relatório não exportado</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>Não é possível gravar %1.</translation>
    </message>
    <message>
        <source>%1
Choose another folder, or check that the disk is not full.</source>
        <translation>%1
Escolha outra pasta ou verifique se o disco não está cheio.</translation>
    </message>
    <message>
        <source>Export Report as CSV</source>
        <translation>Exportar relatório como CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Arquivos CSV (*.csv);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <source>Export Report as HTML</source>
        <translation>Exportar relatório como HTML</translation>
    </message>
    <message>
        <source>Web pages (*.html *.htm);;All files (*)</source>
        <translation>Páginas da web (*.html *.htm);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <source>Export Report as PDF</source>
        <translation>Exportar relatório como PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf);;All files (*)</source>
        <translation>Arquivos PDF (*.pdf);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <source>Choose another folder, or check that the disk is not full.</source>
        <translation>Escolha outra pasta ou verifique se o disco não está cheio.</translation>
    </message>
    <message>
        <source>These are the keys under “%1”.</source>
        <translation>Estas são as chaves listadas em “%1”.</translation>
    </message>
    <message>
        <source>&amp;Unused for:</source>
        <translation>Sem us&amp;o há:</translation>
    </message>
    <message>
        <source>Export H&amp;TML…</source>
        <translation>Exportar &amp;HTML…</translation>
    </message>
    <message>
        <source>Export P&amp;DF…</source>
        <translation>&amp;Exportar PDF…</translation>
    </message>
</context>
<context>
    <name>KeyBatch</name>
    <message>
        <source>Not sent: the batch was cancelled.</source>
        <translation>Não enviada: o lote foi cancelado.</translation>
    </message>
    <message>
        <source>Reading the key list to check failed too: %1</source>
        <translation>A leitura da lista de chaves para verificação também falhou: %1</translation>
    </message>
    <message>
        <source>The connection failed after the request was sent (%1); the key list read afterwards shows</source>
        <translation>A conexão falhou depois que a solicitação foi enviada (%1); a lista de chaves lida em seguida mostra</translation>
    </message>
    <message>
        <source>Revoked (checked). %1 that the key is gone.</source>
        <translation>Revogada (verificado). %1 que a chave não existe mais.</translation>
    </message>
    <message>
        <source>Deactivated (checked). %1 the key inactive.</source>
        <translation>Desativada (verificado). %1 a chave inativa.</translation>
    </message>
    <message>
        <source>Reactivated (checked). %1 the key active.</source>
        <translation>Reativada (verificado). %1 a chave ativa.</translation>
    </message>
    <message>
        <source>Not found (checked). %1 no key with this id.</source>
        <translation>Não encontrada (verificado). %1 que não há nenhuma chave com este ID.</translation>
    </message>
    <message>
        <source>Not revoked (checked). %1 the key still there, after two tries. Check the network to the portal, then try again.</source>
        <translation>Não revogada (verificado). %1 a chave ainda presente, após duas tentativas. Verifique a rede até o portal e tente novamente.</translation>
    </message>
    <message>
        <source>Not changed (checked). %1 the key unchanged, after two tries. Check the network to the portal, then try again.</source>
        <translation>Não alterada (verificado). %1 a chave inalterada, após duas tentativas. Verifique a rede até o portal e tente novamente.</translation>
    </message>
</context>
<context>
    <name>KeyChangeConfirmation</name>
    <message>
        <source>On %1.</source>
        <translation>Em %1.</translation>
    </message>
    <message>
        <source>On %1, with the token of profile “%2”.</source>
        <translation>Em %1, com o token do perfil “%2”.</translation>
    </message>
    <message>
        <source>%1 (not in the list shown)</source>
        <translation>%1 (fora da lista exibida)</translation>
    </message>
    <message>
        <source>(this token)</source>
        <translation>(este token)</translation>
    </message>
    <message>
        <source>owner %1</source>
        <translation>proprietário %1</translation>
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
        <translation>Nada foi revogado.</translation>
    </message>
    <message>
        <source>Nothing was deactivated.</source>
        <translation>Nada foi desativado.</translation>
    </message>
    <message>
        <source>Nothing was reactivated.</source>
        <translation>Nada foi reativado.</translation>
    </message>
    <message>
        <source>Revoke API Keys</source>
        <translation>Revogar chaves de API</translation>
    </message>
    <message>
        <source>Revoked keys stop working at once; this cannot be undone. Any script or integration using them will fail. Deactivate them instead to be able to bring them back.</source>
        <translation>Chaves revogadas param de funcionar imediatamente; esta ação não pode ser desfeita. Qualquer script ou integração que as utilize falhará. Para poder trazê-las de volta, desative-as em vez de revogá-las.</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Revoke %n Key(s)</source>
        <translation>
            <numerusform>&amp;Revogar %n chave</numerusform>
            <numerusform>&amp;Revogar %n chaves</numerusform>
        </translation>
    </message>
    <message>
        <source>Deactivate API Keys</source>
        <translation>Desativar chaves de API</translation>
    </message>
    <message>
        <source>Anything using these keys stops working until they are reactivated.</source>
        <translation>Tudo o que usa estas chaves deixará de funcionar até que elas sejam reativadas.</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Deactivate %n Key(s)</source>
        <translation>
            <numerusform>&amp;Desativar %n chave</numerusform>
            <numerusform>&amp;Desativar %n chaves</numerusform>
        </translation>
    </message>
    <message>
        <source>Reactivate API Keys</source>
        <translation>Reativar chaves de API</translation>
    </message>
    <message>
        <source>These keys work again at once: whoever holds their secret can use the portal with them again.</source>
        <translation>Estas chaves voltam a funcionar imediatamente: quem tiver o segredo delas poderá usar o portal com elas novamente.</translation>
    </message>
    <message numerus="yes">
        <source>Re&amp;activate %n Key(s)</source>
        <translation>
            <numerusform>Re&amp;ativar %n chave</numerusform>
            <numerusform>Re&amp;ativar %n chaves</numerusform>
        </translation>
    </message>
    <message>
        <source>Revoke the Key of This Window?</source>
        <translation>Revogar a chave desta janela?</translation>
    </message>
    <message>
        <source>Deactivate the Key of This Window?</source>
        <translation>Desativar a chave desta janela?</translation>
    </message>
    <message>
        <source>%1 is the token DocSpace Keys is signed in with on %2.</source>
        <translation>%1 é o token com o qual o DocSpace Keys está conectado a %2.</translation>
    </message>
    <message>
        <source>After it is revoked, DocSpace Keys loses access to the portal: it can no longer list or revoke keys until you enter another token. Revocation cannot be undone.</source>
        <translation>Depois que ela for revogada, o DocSpace Keys perderá o acesso ao portal: não poderá mais listar nem revogar chaves até que você insira outro token. A revogação não pode ser desfeita.</translation>
    </message>
    <message>
        <source>While it is deactivated, DocSpace Keys loses access to the portal: it cannot list, revoke or even reactivate keys until you enter another token.</source>
        <translation>Enquanto ela estiver desativada, o DocSpace Keys perderá o acesso ao portal: não poderá listar, revogar nem mesmo reativar chaves até que você insira outro token.</translation>
    </message>
    <message>
        <source>Revoke It &amp;Too</source>
        <translation>Revogar esta &amp;também</translation>
    </message>
    <message>
        <source>Deactivate It &amp;Too</source>
        <translation>Desativar esta &amp;também</translation>
    </message>
    <message>
        <source>&amp;Skip My Key</source>
        <translation>&amp;Pular minha chave</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <comment>the first names of a list, then how many others</comment>
        <translation>
            <numerusform>%1 e mais %n</numerusform>
            <numerusform>%1 e mais %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Revoke %n API key(s): %1?</source>
        <translation>
            <numerusform>Revogar %n chave de API: %1?</numerusform>
            <numerusform>Revogar %n chaves de API: %1?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deactivate %n API key(s): %1?</source>
        <translation>
            <numerusform>Desativar %n chave de API: %1?</numerusform>
            <numerusform>Desativar %n chaves de API: %1?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reactivate %n API key(s): %1?</source>
        <translation>
            <numerusform>Reativar %n chave de API: %1?</numerusform>
            <numerusform>Reativar %n chaves de API: %1?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>KeyCreateRequest</name>
    <message>
        <source>New secret key</source>
        <translation>Nova chave secreta</translation>
    </message>
    <message>
        <source>Give the key a name.</source>
        <translation>Dê um nome à chave.</translation>
    </message>
    <message numerus="yes">
        <source>The name has %1 characters; the portal allows at most %n.</source>
        <translation>
            <numerusform>O nome tem %1 caracteres; o portal permite no máximo %n.</numerusform>
            <numerusform>O nome tem %1 caracteres; o portal permite no máximo %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The lifetime must be from 1 to %n day(s), or none.</source>
        <translation>
            <numerusform>A vigência deve ser de 1 a %n dia, ou nenhuma.</numerusform>
            <numerusform>A vigência deve ser de 1 a %n dias, ou nenhuma.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose at least one permission: a key restricted to nothing would get every permission.</source>
        <translation>Escolha pelo menos uma permissão: uma chave restrita a nada receberia todas as permissões.</translation>
    </message>
</context>
<context>
    <name>KeyEditRequest</name>
    <message>
        <source>Nothing to change: give a new name, new permissions, or both.</source>
        <translation>Nada a alterar: informe um novo nome, novas permissões ou ambos.</translation>
    </message>
    <message>
        <source>The name cannot be only spaces.</source>
        <translation>O nome não pode conter apenas espaços.</translation>
    </message>
    <message numerus="yes">
        <source>The name has %1 characters; the portal allows at most %n.</source>
        <translation>
            <numerusform>O nome tem %1 caracteres; o portal permite no máximo %n.</numerusform>
            <numerusform>O nome tem %1 caracteres; o portal permite no máximo %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose at least one permission: an empty list would leave the key unchanged.</source>
        <translation>Escolha pelo menos uma permissão: uma lista vazia deixaria a chave inalterada.</translation>
    </message>
</context>
<context>
    <name>KeyFormDialog</name>
    <message>
        <source>Create API Key</source>
        <translation>Criar chave de API</translation>
    </message>
    <message>
        <source>Edit API Key</source>
        <translation>Editar chave de API</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nome:</translation>
    </message>
    <message>
        <source>Permissions:</source>
        <translation>Permissões:</translation>
    </message>
    <message>
        <source>The key may do everything its owner may: read and change files, rooms, profile and accounts.</source>
        <translation>A chave pode fazer tudo o que seu proprietário pode: ler e alterar arquivos, salas, perfil e contas.</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>Leitura</translation>
    </message>
    <message>
        <source>Write</source>
        <translation>Gravação</translation>
    </message>
    <message>
        <source>%1: read</source>
        <translation>%1: leitura</translation>
    </message>
    <message>
        <source>%1: write</source>
        <translation>%1: gravação</translation>
    </message>
    <message>
        <source>The key may read everything its owner may, and change nothing (scope *:read).</source>
        <translation>A chave pode ler tudo o que seu proprietário pode ler, e não alterar nada (escopo *:read).</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Todas</translation>
    </message>
    <message>
        <source>Restricted</source>
        <translation>Restritas</translation>
    </message>
    <message>
        <source>Read only</source>
        <translation>Somente leitura</translation>
    </message>
    <message>
        <source>&amp;Expires after</source>
        <translation>&amp;Expira após</translation>
    </message>
    <message>
        <source> days</source>
        <translation> dias</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Criar</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Salvar</translation>
    </message>
    <message>
        <source>Give the key a name.</source>
        <translation>Dê um nome à chave.</translation>
    </message>
    <message>
        <source>Nothing changed yet.</source>
        <translation>Nada alterado ainda.</translation>
    </message>
</context>
<context>
    <name>KeyId</name>
    <message>
        <source>Enter the id of the key to revoke (a UUID such as 3f2b6c1e-8a4d-4e9b-9c71-2d5e8f0a1b23).</source>
        <translation>Insira o ID da chave a revogar (um UUID como 3f2b6c1e-8a4d-4e9b-9c71-2d5e8f0a1b23).</translation>
    </message>
    <message>
        <source>This looks like a key&apos;s secret, not its id. Enter the key&apos;s UUID.</source>
        <translation>Isto parece ser o segredo de uma chave, não o seu ID. Insira o UUID da chave.</translation>
    </message>
    <message>
        <source>A key id is a UUID of 32 hexadecimal digits in groups 8-4-4-4-12, for example 3f2b6c1e-8a4d-4e9b-9c71-2d5e8f0a1b23.</source>
        <translation>O ID de uma chave é um UUID de 32 dígitos hexadecimais em grupos 8-4-4-4-12, por exemplo, 3f2b6c1e-8a4d-4e9b-9c71-2d5e8f0a1b23.</translation>
    </message>
</context>
<context>
    <name>KeyIdList</name>
    <message>
        <source>No key id on this line.</source>
        <translation>Nenhum ID de chave nesta linha.</translation>
    </message>
</context>
<context>
    <name>KeyListModel</name>
    <message>
        <source>active</source>
        <translation>ativa</translation>
    </message>
    <message>
        <source>deactivated</source>
        <translation>desativada</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>expirada</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Todas</translation>
    </message>
    <message>
        <source>Read only</source>
        <translation>Somente leitura</translation>
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
        <translation>revogada</translation>
    </message>
    <message>
        <source>%1
Id: %2
The token this window signs in with: revoking or deactivating it cuts DocSpace Keys off from the portal.</source>
        <translation>%1
ID: %2
O token com o qual esta janela está conectada: revogá-lo ou desativá-lo corta o acesso do DocSpace Keys ao portal.</translation>
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
        <translation>Nunca expira</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Chave</translation>
    </message>
    <message>
        <source>Created by</source>
        <translation>Criada por</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Criada em</translation>
    </message>
    <message>
        <source>Last used</source>
        <translation>Último uso</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Expira em</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Permissions</source>
        <translation>Permissões</translation>
    </message>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <translation>
            <numerusform>em %n dia</numerusform>
            <numerusform>em %n dias</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n hour(s)</source>
        <translation>
            <numerusform>em %n hora</numerusform>
            <numerusform>em %n horas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n minute(s)</source>
        <translation>
            <numerusform>em %n minuto</numerusform>
            <numerusform>em %n minutos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>expired %n day(s) ago</source>
        <translation>
            <numerusform>expirou há %n dia</numerusform>
            <numerusform>expirou há %n dias</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>expired %n hour(s) ago</source>
        <translation>
            <numerusform>expirou há %n hora</numerusform>
            <numerusform>expirou há %n horas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>expired %n minute(s) ago</source>
        <translation>
            <numerusform>expirou há %n minuto</numerusform>
            <numerusform>expirou há %n minutos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>KeyPermissions</name>
    <message>
        <source>Files</source>
        <translation>Arquivos</translation>
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
        <translation>Contas</translation>
    </message>
    <message numerus="yes">
        <source>This portal does not offer the permission(s) %1 (it offers: %2).</source>
        <translation>
            <numerusform>Este portal não oferece a permissão %1 (ele oferece: %2).</numerusform>
            <numerusform>Este portal não oferece as permissões %1 (ele oferece: %2).</numerusform>
        </translation>
    </message>
    <message>
        <source>All</source>
        <translation>Todas</translation>
    </message>
    <message>
        <source>Read only</source>
        <translation>Somente leitura</translation>
    </message>
    <message>
        <source>Restricted</source>
        <translation>Restritas</translation>
    </message>
    <message>
        <source>All: every resource, read and write.</source>
        <translation>Todas: todos os recursos, leitura e gravação.</translation>
    </message>
    <message>
        <source>Read only: every resource, read (scope *:read).</source>
        <translation>Somente leitura: todos os recursos, leitura (escopo *:read).</translation>
    </message>
    <message>
        <source>%1: read</source>
        <translation>%1: leitura</translation>
    </message>
    <message>
        <source>%1: read and write</source>
        <translation>%1: leitura e gravação</translation>
    </message>
    <message>
        <source>every resource: read</source>
        <translation>todos os recursos: leitura</translation>
    </message>
    <message>
        <source>every resource: write</source>
        <translation>todos os recursos: gravação</translation>
    </message>
    <message>
        <source>Restricted: nothing chosen.</source>
        <translation>Restritas: nada escolhido.</translation>
    </message>
    <message>
        <source>Restricted: %1 (scopes %2).</source>
        <translation>Restritas: %1 (escopos %2).</translation>
    </message>
    <message>
        <source>Invalid permission &quot;%1&quot;: give all, read-only, or a comma-separated list of files, rooms, profile or accounts, each with :read or :write (e.g. files:write,rooms:read).</source>
        <translation>Permissão &quot;%1&quot; inválida: informe all, read-only ou uma lista separada por vírgulas de files, rooms, profile ou accounts, cada um com :read ou :write (por exemplo, files:write,rooms:read).</translation>
    </message>
    <message>
        <source>No permission given: a key restricted to nothing would get every permission. Give all, read-only, or e.g. files:read.</source>
        <translation>Nenhuma permissão informada: uma chave restrita a nada receberia todas as permissões. Informe all, read-only ou, por exemplo, files:read.</translation>
    </message>
</context>
<context>
    <name>KeyUsage</name>
    <message>
        <source>Not used in the last N days, counted from the last use, or from the creation for a key never used: a key created less than N days ago is not unused yet.</source>
        <translation>Sem uso nos últimos N dias, contados a partir do último uso ou, para uma chave nunca usada, a partir da criação: uma chave criada há menos de N dias ainda não é considerada sem uso.</translation>
    </message>
    <message numerus="yes">
        <source>Not used in the last %n day(s)</source>
        <translation>
            <numerusform>Sem uso no último %n dia</numerusform>
            <numerusform>Sem uso nos últimos %n dias</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>KeychainSecretStore</name>
    <message>
        <source>this build has no keychain support</source>
        <translation>esta compilação não oferece suporte a chaveiro</translation>
    </message>
    <message>
        <source>memory only, until DocSpace Keys closes (no system keychain: %1)</source>
        <translation>somente na memória, até o DocSpace Keys ser fechado (sem chaveiro do sistema: %1)</translation>
    </message>
    <message>
        <source>the system keychain</source>
        <translation>o chaveiro do sistema</translation>
    </message>
    <message>
        <source>The keychain did not give the token: %1</source>
        <translation>O chaveiro não forneceu o token: %1</translation>
    </message>
    <message>
        <source>The keychain did not store the token: %1</source>
        <translation>O chaveiro não armazenou o token: %1</translation>
    </message>
    <message>
        <source>The keychain did not delete the token: %1</source>
        <translation>O chaveiro não excluiu o token: %1</translation>
    </message>
</context>
<context>
    <name>KeysView</name>
    <message>
        <source>Filter by name, creator, ending or id</source>
        <translation>Filtrar por nome, criador, final ou ID</translation>
    </message>
    <message>
        <source>Filter keys</source>
        <translation>Filtrar chaves</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Expiradas</translation>
    </message>
    <message>
        <source>Only keys past their expiry date</source>
        <translation>Somente chaves após a data de expiração</translation>
    </message>
    <message>
        <source>Deactivated</source>
        <translation>Desativadas</translation>
    </message>
    <message>
        <source>Only deactivated keys</source>
        <translation>Somente chaves desativadas</translation>
    </message>
    <message>
        <source>Never used</source>
        <translation>Nunca usadas</translation>
    </message>
    <message>
        <source>Only keys never used</source>
        <translation>Somente chaves nunca usadas</translation>
    </message>
    <message>
        <source>Unused for</source>
        <translation>Sem uso há</translation>
    </message>
    <message>
        <source> days</source>
        <translation> dias</translation>
    </message>
    <message>
        <source>Days unused</source>
        <translation>Dias sem uso</translation>
    </message>
    <message>
        <source>Created by me</source>
        <translation>Criadas por mim</translation>
    </message>
    <message>
        <source>Only keys created by the user the token signs in as</source>
        <translation>Somente chaves criadas pelo usuário com o qual o token está conectado</translation>
    </message>
    <message>
        <source>Read the portal&apos;s keys again (F5); nothing is changed</source>
        <translation>Ler novamente as chaves do portal (F5); nada é alterado</translation>
    </message>
    <message>
        <source>API keys</source>
        <translation>Chaves de API</translation>
    </message>
    <message>
        <source>Re&amp;voke Selected…</source>
        <translation>R&amp;evogar selecionadas…</translation>
    </message>
    <message>
        <source>Revoke the selected keys after a confirmation (Delete)</source>
        <translation>Revogar as chaves selecionadas após uma confirmação (Delete)</translation>
    </message>
    <message>
        <source>&amp;Deactivate</source>
        <translation>&amp;Desativar</translation>
    </message>
    <message>
        <source>Stop the selected keys from working, reversibly: Reactivate brings them back</source>
        <translation>Impedir que as chaves selecionadas funcionem, de forma reversível: Reativar as traz de volta</translation>
    </message>
    <message>
        <source>Reactiv&amp;ate</source>
        <translation>Re&amp;ativar</translation>
    </message>
    <message>
        <source>Let the selected deactivated keys work again</source>
        <translation>Permitir que as chaves desativadas selecionadas funcionem novamente</translation>
    </message>
    <message>
        <source>Paste a list of key ids (or a CSV export) and revoke them</source>
        <translation>Colar uma lista de IDs de chaves (ou uma exportação CSV) e revogá-las</translation>
    </message>
    <message>
        <source>&amp;Copy Id</source>
        <translation>&amp;Copiar ID</translation>
    </message>
    <message>
        <source>Re&amp;voke…</source>
        <translation>Re&amp;vogar…</translation>
    </message>
    <message>
        <source>Enter the portal address and an access token first.</source>
        <translation>Insira primeiro o endereço do portal e um token de acesso.</translation>
    </message>
    <message>
        <source>Loading keys from %1…</source>
        <translation>Carregando chaves de %1…</translation>
    </message>
    <message>
        <source>Read %1 keys from %2.</source>
        <translation>%1 chaves lidas de %2.</translation>
    </message>
    <message>
        <source>Press Refresh (F5) to list the portal&apos;s keys.</source>
        <translation>Pressione Atualizar (F5) para listar as chaves do portal.</translation>
    </message>
    <message>
        <source>%1 of %2 keys</source>
        <translation>%1 de %2 chaves</translation>
    </message>
    <message>
        <source>Known once the keys are read or the connection is tested</source>
        <translation>Conhecido após a leitura das chaves ou o teste da conexão</translation>
    </message>
    <message>
        <source>Cancelling: requests already sent finish, nothing more is sent.</source>
        <translation>Cancelando: as solicitações já enviadas são concluídas, nada mais é enviado.</translation>
    </message>
    <message>
        <source>%1 (%2 s)</source>
        <translation>%1 (%2 s)</translation>
    </message>
    <message>
        <source>The keys could not be read: %1. %2</source>
        <translation>Não foi possível ler as chaves: %1. %2</translation>
    </message>
    <message>
        <source>Keys of %1:</source>
        <translation>Chaves de %1:</translation>
    </message>
    <message>
        <source>Keys of %1 (profile “%2”):</source>
        <translation>Chaves de %1 (perfil “%2”):</translation>
    </message>
    <message>
        <source>The list shown was read from another portal or with another token. Press Refresh to read the keys of this one.</source>
        <translation>A lista exibida foi lida de outro portal ou com outro token. Clique em Atualizar para ler as chaves deste.</translation>
    </message>
    <message numerus="yes">
        <source>%n key(s)</source>
        <translation>
            <numerusform>%n chave</numerusform>
            <numerusform>%n chaves</numerusform>
        </translation>
    </message>
    <message>
        <source>Deact&amp;ivate</source>
        <translation>Desat&amp;ivar</translation>
    </message>
    <message>
        <source>Revoke &amp;by Paste…</source>
        <translation>Revo&amp;gar por lista colada…</translation>
    </message>
    <message numerus="yes">
        <source>Copied %n key id(s): %1.</source>
        <translation>
            <numerusform>%n ID de chave copiado: %1.</numerusform>
            <numerusform>%n IDs de chaves copiados: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>Atuali&amp;zar</translation>
    </message>
    <message>
        <source>Re&amp;activate</source>
        <translation>&amp;Reativar</translation>
    </message>
</context>
<context>
    <name>LeakedSecretDialog</name>
    <message>
        <source>&amp;Find Keys</source>
        <translation>&amp;Localizar chaves</translation>
    </message>
    <message>
        <source>&amp;Revoke Selected…</source>
        <translation>&amp;Revogar selecionadas…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fechar</translation>
    </message>
    <message>
        <source>Revoke Leaked Secret</source>
        <translation>Revogar segredo vazado</translation>
    </message>
    <message>
        <source>Paste a leaked secret (sk-…), or any text that holds some: a log, a diff, a chat export. Only the secrets are taken out of it; they stay in this window&apos;s memory until it closes. Each is looked up on the portal, and revoked with your own token once you have chosen it.</source>
        <translation>Cole um segredo vazado (sk-…) ou qualquer texto que contenha algum: um log, um diff, uma exportação de chat. Somente os segredos são extraídos dele; eles ficam na memória desta janela até que ela seja fechada. Cada um é consultado no portal e, depois que você o escolher, revogado com seu próprio token.</translation>
    </message>
    <message>
        <source>sk-… or a whole block of text</source>
        <translation>sk-… ou um bloco de texto inteiro</translation>
    </message>
    <message>
        <source>Text holding the leaked secrets</source>
        <translation>Texto contendo os segredos vazados</translation>
    </message>
    <message>
        <source>No API-key secret found. A DocSpace secret is sk- followed by 64 lower-case hexadecimal digits on one line; check that the paste is complete.</source>
        <translation>Nenhum segredo de chave de API encontrado. Um segredo do DocSpace é sk- seguido de 64 dígitos hexadecimais minúsculos em uma única linha; verifique se o texto colado está completo.</translation>
    </message>
    <message numerus="yes">
        <source>Found %n secret(s). The pasted text was cleared from this window.</source>
        <translation>
            <numerusform>%n segredo encontrado. O texto colado foi apagado desta janela.</numerusform>
            <numerusform>%n segredos encontrados. O texto colado foi apagado desta janela.</numerusform>
        </translation>
    </message>
    <message>
        <source>Asking the portal which key this is…</source>
        <translation>Perguntando ao portal qual chave é esta…</translation>
    </message>
    <message>
        <source>active</source>
        <translation>ativa</translation>
    </message>
    <message>
        <source>deactivated</source>
        <translation>desativada</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>expirada</translation>
    </message>
    <message>
        <source>“%1”, owner %2, ending %3, %4</source>
        <translation>“%1”, proprietário: %2, terminada em %3, %4</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconhecido</translation>
    </message>
    <message>
        <source>Key:</source>
        <translation>Chave:</translation>
    </message>
    <message>
        <source>Owner:</source>
        <translation>Proprietário:</translation>
    </message>
    <message>
        <source>Scopes:</source>
        <translation>Escopos:</translation>
    </message>
    <message>
        <source>all (unrestricted)</source>
        <translation>todos (sem restrições)</translation>
    </message>
    <message>
        <source>Expires:</source>
        <translation>Expira em:</translation>
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
        <translation>Revogar esta chave</translation>
    </message>
    <message>
        <source>Revoke %1</source>
        <translation>Revogar %1</translation>
    </message>
    <message>
        <source>Identified by the portal: this secret belongs to this key.</source>
        <translation>Identificada pelo portal: este segredo pertence a esta chave.</translation>
    </message>
    <message>
        <source>No longer works.</source>
        <translation>Não funciona mais.</translation>
    </message>
    <message>
        <source>Not identified.</source>
        <translation>Não identificado.</translation>
    </message>
    <message>
        <source>None of the keys you can see ends in %1: nothing to revoke.</source>
        <translation>Nenhuma das chaves que você pode ver termina em %1: nada a revogar.</translation>
    </message>
    <message>
        <source>Your keys ending in %1. The ending alone does not prove which key leaked: tick one only if you know it is the one.</source>
        <translation>Suas chaves que terminam em %1. O final, por si só, não prova qual chave vazou: marque uma somente se souber que é ela.</translation>
    </message>
    <message>
        <source>They are revoked with your own token, not with the leaked secret.</source>
        <translation>Elas são revogadas com o seu próprio token, e não com o segredo vazado.</translation>
    </message>
    <message>
        <source>They are revoked with the token of profile “%1”, not with the leaked secret.</source>
        <translation>Elas são revogadas com o token do perfil “%1”, e não com o segredo vazado.</translation>
    </message>
    <message>
        <source>Revoked: %1.</source>
        <translation>Revogadas: %1.</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Revoke %n Key(s)…</source>
        <translation>
            <numerusform>&amp;Revogar %n chave…</numerusform>
            <numerusform>&amp;Revogar %n chaves…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LifecycleActions</name>
    <message>
        <source>&amp;Keys</source>
        <translation>&amp;Chaves</translation>
    </message>
    <message>
        <source>&amp;Create Key…</source>
        <translation>&amp;Criar chave…</translation>
    </message>
    <message>
        <source>&amp;Edit Selected Key…</source>
        <translation>&amp;Editar a chave selecionada…</translation>
    </message>
    <message>
        <source>&amp;Rotate Selected Keys…</source>
        <translation>&amp;Rotacionar as chaves selecionadas…</translation>
    </message>
    <message>
        <source>Retire Selected Keys in &amp;Stages…</source>
        <translation>Desativar e revogar as chaves &amp;selecionadas em etapas…</translation>
    </message>
    <message>
        <source>Retirement &amp;Plan</source>
        <translation>&amp;Plano de desativação</translation>
    </message>
    <message>
        <source>Keys of &amp;All Portals</source>
        <translation>Chaves de &amp;todos os portais</translation>
    </message>
    <message>
        <source>Create API Key</source>
        <translation>Criar chave de API</translation>
    </message>
    <message>
        <source>Choose a profile or enter the portal address and token first.</source>
        <translation>Escolha um perfil ou insira o endereço do portal e o token primeiro.</translation>
    </message>
    <message>
        <source>Creating “%1”…</source>
        <translation>Criando “%1”…</translation>
    </message>
    <message>
        <source>Key Not Created</source>
        <translation>Chave não criada</translation>
    </message>
    <message>
        <source>The portal said: %1</source>
        <translation>O portal respondeu: %1</translation>
    </message>
    <message>
        <source>Created “%1” (…%2).</source>
        <translation>“%1” (…%2) criada.</translation>
    </message>
    <message>
        <source>Edit API Key</source>
        <translation>Editar chave de API</translation>
    </message>
    <message>
        <source>Select one key in the list to edit it.</source>
        <translation>Selecione uma chave na lista para editá-la.</translation>
    </message>
    <message>
        <source>Restrict Your Own Key?</source>
        <translation>Restringir a sua própria chave?</translation>
    </message>
    <message>
        <source>Without *:write it can no longer change or revoke keys, and this window loses that too.</source>
        <translation>Sem *:write, ela não poderá mais alterar nem revogar chaves, e esta janela também perde isso.</translation>
    </message>
    <message>
        <source>Restrict It &amp;Anyway</source>
        <translation>Restringir &amp;mesmo assim</translation>
    </message>
    <message>
        <source>“%1”: %2</source>
        <translation>“%1”: %2</translation>
    </message>
    <message>
        <source>Key Not Changed</source>
        <translation>Chave não alterada</translation>
    </message>
    <message>
        <source>Rotate Keys</source>
        <translation>Rotacionar chaves</translation>
    </message>
    <message>
        <source>Select the keys to rotate in the list.</source>
        <translation>Selecione na lista as chaves a rotacionar.</translation>
    </message>
    <message numerus="yes">
        <source>Create a replacement for %n key(s)?</source>
        <translation>
            <numerusform>Criar uma substituta para %n chave?</numerusform>
            <numerusform>Criar substitutas para %n chaves?</numerusform>
        </translation>
    </message>
    <message>
        <source>%1

Each replacement gets the same name with “ (rotated)”, the same permissions and the same lifetime. The old keys keep working until you confirm their revocation after the new secrets are shown.</source>
        <translation>%1

Cada substituta recebe o mesmo nome com “ (rotated)”, as mesmas permissões e a mesma vigência. As chaves antigas continuam funcionando até que você confirme a revogação delas, depois que os novos segredos forem exibidos.</translation>
    </message>
    <message>
        <source>&amp;Create Replacements</source>
        <translation>&amp;Criar substitutas</translation>
    </message>
    <message numerus="yes">
        <source>Creating %n replacement(s)…</source>
        <translation>
            <numerusform>Criando %n substituta…</numerusform>
            <numerusform>Criando %n substitutas…</numerusform>
        </translation>
    </message>
    <message>
        <source>Rotation Stopped</source>
        <translation>Rotação interrompida</translation>
    </message>
    <message>
        <source>A replacement could not be created, so no old key was revoked.</source>
        <translation>Não foi possível criar uma substituta, portanto nenhuma chave antiga foi revogada.</translation>
    </message>
    <message numerus="yes">
        <source>%n replacement(s) created; the old keys still work until you confirm their revocation.</source>
        <translation>
            <numerusform>%n substituta criada; a chave antiga continua funcionando até que você confirme a revogação.</numerusform>
            <numerusform>%n substitutas criadas; as chaves antigas continuam funcionando até que você confirme a revogação.</numerusform>
        </translation>
    </message>
    <message>
        <source>Rotation stopped: a replacement could not be created.</source>
        <translation>Rotação interrompida: não foi possível criar uma substituta.</translation>
    </message>
    <message>
        <source>Old keys not revoked: they and their replacements all work.</source>
        <translation>Chaves antigas não revogadas: elas e suas substitutas funcionam.</translation>
    </message>
    <message numerus="yes">
        <source>Rotated %n key(s): the old ones are revoked.</source>
        <translation>
            <numerusform>%n chave rotacionada: a antiga foi revogada.</numerusform>
            <numerusform>%n chaves rotacionadas: as antigas foram revogadas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Old Keys Still Work</source>
        <translation>Chaves antigas ainda funcionam</translation>
    </message>
    <message numerus="yes">
        <source>%n old key(s) could not be revoked and still work:</source>
        <translation>
            <numerusform>%n chave antiga não pôde ser revogada e ainda funciona:</numerusform>
            <numerusform>%n chaves antigas não puderam ser revogadas e ainda funcionam:</numerusform>
        </translation>
    </message>
    <message>
        <source>Retire Keys</source>
        <translation>Desativar e revogar chaves</translation>
    </message>
    <message>
        <source>Select the keys to retire in the list.</source>
        <translation>Selecione na lista as chaves a desativar e revogar.</translation>
    </message>
    <message>
        <source>Retire Keys in Stages</source>
        <translation>Desativar e revogar chaves em etapas</translation>
    </message>
    <message numerus="yes">
        <source>%n key(s) are deactivated now and revoked after this many days, unless someone reactivates them meanwhile:</source>
        <translation>
            <numerusform>%n chave é desativada agora e revogada após esta quantidade de dias, a menos que alguém a reative nesse meio-tempo:</numerusform>
            <numerusform>%n chaves são desativadas agora e revogadas após esta quantidade de dias, a menos que alguém as reative nesse meio-tempo:</numerusform>
        </translation>
    </message>
    <message>
        <source>Plan Not Saved</source>
        <translation>Plano não salvo</translation>
    </message>
    <message>
        <source>The keys were deactivated, but the plan could not be saved.</source>
        <translation>As chaves foram desativadas, mas não foi possível salvar o plano.</translation>
    </message>
    <message>
        <source>Some Keys Not Retired</source>
        <translation>Algumas chaves não foram incluídas</translation>
    </message>
    <message numerus="yes">
        <source>%n key(s) could not be deactivated and are not in the plan; the status panel and History say why.</source>
        <translation>
            <numerusform>%n chave não pôde ser desativada e não está no plano; o painel de status e o Histórico dizem o motivo.</numerusform>
            <numerusform>%n chaves não puderam ser desativadas e não estão no plano; o painel de status e o Histórico dizem o motivo.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n key(s) deactivated; see Keys ▸ Retirement Plan.</source>
        <translation>
            <numerusform>%n chave desativada; veja Chaves ▸ Plano de desativação.</numerusform>
            <numerusform>%n chaves desativadas; veja Chaves ▸ Plano de desativação.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Retirement plan: %n due key(s) handled.</source>
        <translation>
            <numerusform>Plano de desativação: %n chave pendente tratada.</numerusform>
            <numerusform>Plano de desativação: %n chaves pendentes tratadas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Every replacement was created; these are the old keys. Until they are revoked, the old keys and their replacements all work.</source>
        <translation>Todas as substitutas foram criadas; estas são as chaves antigas. Até serem revogadas, as chaves antigas e suas substitutas funcionam.</translation>
    </message>
    <message>
        <source>Kept as you chose, beside its replacement: %1. Switch the profile to the replacement before revoking it.</source>
        <translation>Mantida conforme você escolheu, ao lado da substituta: %1. Mude o perfil para a substituta antes de revogá-la.</translation>
    </message>
    <message numerus="yes">
        <source>%n revoked</source>
        <translation>
            <numerusform>%n revogada</numerusform>
            <numerusform>%n revogadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n left alone (active again)</source>
        <translation>
            <numerusform>%n deixada como está (ativa novamente)</numerusform>
            <numerusform>%n deixadas como estão (ativas novamente)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already gone</source>
        <translation>
            <numerusform>%n já removida</numerusform>
            <numerusform>%n já removidas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n still pending (not revoked; tried again next time)</source>
        <translation>
            <numerusform>%n ainda pendente (não revogada; nova tentativa na próxima vez)</numerusform>
            <numerusform>%n ainda pendentes (não revogadas; nova tentativa na próxima vez)</numerusform>
        </translation>
    </message>
    <message>
        <source>nothing was due</source>
        <translation>nada estava pendente</translation>
    </message>
    <message>
        <source>%1 (profile “%2”)</source>
        <translation>%1 (perfil “%2”)</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n key(s)</source>
        <translation>
            <numerusform>%1: %n chave</numerusform>
            <numerusform>%1: %n chaves</numerusform>
        </translation>
    </message>
    <message>
        <source>Retirement Plan: Other Portals</source>
        <translation>Plano de desativação: outros portais</translation>
    </message>
    <message numerus="yes">
        <source>%n planned revocation(s) are due on portals other than this one.</source>
        <translation>
            <numerusform>%n revogação planejada está pendente em portais diferentes deste.</numerusform>
            <numerusform>%n revogações planejadas estão pendentes em portais diferentes deste.</numerusform>
        </translation>
    </message>
    <message>
        <source>Each is revoked with its saved profile&apos;s token, unless it was reactivated meanwhile (then it is left alone). This cannot be undone.</source>
        <translation>Cada uma é revogada com o token do respectivo perfil salvo, a menos que tenha sido reativada nesse meio-tempo (nesse caso, é deixada como está). Isso não pode ser desfeito.</translation>
    </message>
    <message>
        <source>&amp;Carry Out on All Portals</source>
        <translation>&amp;Executar em todos os portais</translation>
    </message>
    <message>
        <source>Retirement plan: the other portals&apos; due keys wait for the next time.</source>
        <translation>Plano de desativação: as chaves pendentes dos outros portais aguardam a próxima vez.</translation>
    </message>
    <message>
        <source>Retirement Plan Carried Out</source>
        <translation>Plano de desativação executado</translation>
    </message>
    <message>
        <source>What was due on the other portals:</source>
        <translation>O que estava pendente nos outros portais:</translation>
    </message>
    <message>
        <source>%1: not carried out: no saved profile for this portal; open it in the window or run “docspace-keys-cli retire --due --portal %2”.</source>
        <translation>%1: não executado: nenhum perfil salvo para este portal; abra-o na janela ou execute “docspace-keys-cli retire --due --portal %2”.</translation>
    </message>
    <message>
        <source>%1: not carried out: no saved token (%2).</source>
        <translation>%1: não executado: nenhum token salvo (%2).</translation>
    </message>
    <message>
        <source>%1: not carried out: %2</source>
        <translation>%1: não executado: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>They are revoked after %n day(s) unless someone reactivates them meanwhile (Keys ▸ Retirement Plan).</source>
        <translation>
            <numerusform>Elas são revogadas após %n dia, a menos que alguém as reative nesse meio-tempo (Chaves ▸ Plano de desativação).</numerusform>
            <numerusform>Elas são revogadas após %n dias, a menos que alguém as reative nesse meio-tempo (Chaves ▸ Plano de desativação).</numerusform>
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
        <translation>Problema nas configurações</translation>
    </message>
    <message>
        <source>Keychain unavailable</source>
        <translation>Chaveiro indisponível</translation>
    </message>
    <message>
        <source>Revoke API keys of an ONLYOFFICE DocSpace portal: by id, or pick them from the portal&apos;s list. A revoked key stops working at once; this cannot be undone.</source>
        <translation>Revogue chaves de API de um portal ONLYOFFICE DocSpace: pelo ID ou escolhendo-as na lista do portal. Uma chave revogada para de funcionar imediatamente; esta ação não pode ser desfeita.</translation>
    </message>
    <message>
        <source>Saved portals: choosing one fills in its address, scheme and token</source>
        <translation>Portais salvos: ao escolher um, o endereço, o esquema e o token são preenchidos</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Perfil</translation>
    </message>
    <message>
        <source>The saved portal to use. Choosing one fills in its address, authentication scheme and token.</source>
        <translation>O portal salvo a ser usado. Ao escolher um, o endereço, o esquema de autenticação e o token são preenchidos.</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Novo…</translation>
    </message>
    <message>
        <source>Save a portal as a new profile</source>
        <translation>Salvar um portal como um novo perfil</translation>
    </message>
    <message>
        <source>New profile</source>
        <translation>Novo perfil</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>E&amp;ditar…</translation>
    </message>
    <message>
        <source>Edit every setting of this profile</source>
        <translation>Editar todas as configurações deste perfil</translation>
    </message>
    <message>
        <source>Edit profile</source>
        <translation>Editar perfil</translation>
    </message>
    <message>
        <source>&amp;More</source>
        <translation>&amp;Mais</translation>
    </message>
    <message>
        <source>Duplicate, rename or delete this profile</source>
        <translation>Duplicar, renomear ou excluir este perfil</translation>
    </message>
    <message>
        <source>More profile actions</source>
        <translation>Mais ações de perfil</translation>
    </message>
    <message>
        <source>&amp;Save to Profile</source>
        <translation>&amp;Salvar no perfil</translation>
    </message>
    <message>
        <source>Save the portal address, scheme and token into this profile (Ctrl+S)</source>
        <translation>Salvar o endereço do portal, o esquema e o token neste perfil (Ctrl+S)</translation>
    </message>
    <message>
        <source>Go back to the profile&apos;s saved address, scheme and token</source>
        <translation>Voltar ao endereço, esquema e token salvos no perfil</translation>
    </message>
    <message>
        <source>https://portal.example.com</source>
        <translation>https://portal.example.com</translation>
    </message>
    <message>
        <source>The address of your DocSpace portal, as you open it in a browser</source>
        <translation>O endereço do seu portal DocSpace, como você o abre no navegador</translation>
    </message>
    <message>
        <source>Portal address</source>
        <translation>Endereço do portal</translation>
    </message>
    <message>
        <source>The address of the DocSpace portal, for example https://portal.example.com</source>
        <translation>O endereço do portal DocSpace, por exemplo, https://portal.example.com</translation>
    </message>
    <message>
        <source>Portal address problem</source>
        <translation>Problema no endereço do portal</translation>
    </message>
    <message>
        <source>Allow unencrypted HTTP</source>
        <translation>Permitir HTTP sem criptografia</translation>
    </message>
    <message>
        <source>The portal address uses plain HTTP to another machine. Anyone on the network path can read the access token. Tick only if you accept that risk.</source>
        <translation>O endereço do portal usa HTTP simples para outra máquina. Qualquer pessoa no caminho da rede pode ler o token de acesso. Marque esta opção somente se você aceitar esse risco.</translation>
    </message>
    <message>
        <source>sk-… API key with the *:write scope, or a session token</source>
        <translation>Chave de API sk-… com o escopo *:write, ou um token de sessão</translation>
    </message>
    <message>
        <source>Saved only in the system keychain, with its profile; never in a file, never logged</source>
        <translation>Salvo somente no chaveiro do sistema, com seu perfil; nunca em um arquivo, nunca em logs</translation>
    </message>
    <message>
        <source>Access token</source>
        <translation>Token de acesso</translation>
    </message>
    <message>
        <source>An API key with write access to keys, or a session token of an administrator. It is never written to a file.</source>
        <translation>Uma chave de API com acesso de gravação às chaves, ou um token de sessão de um administrador. Ele nunca é gravado em um arquivo.</translation>
    </message>
    <message>
        <source>Access token problem</source>
        <translation>Problema no token de acesso</translation>
    </message>
    <message>
        <source>Auto sends tokens starting with sk- as API keys and anything else as a session token</source>
        <translation>Automático envia tokens que começam com sk- como chaves de API e qualquer outro como token de sessão</translation>
    </message>
    <message>
        <source>Authentication scheme</source>
        <translation>Esquema de autenticação</translation>
    </message>
    <message>
        <source>How the token is sent to the portal. Auto decides from the token.</source>
        <translation>Como o token é enviado ao portal. Automático decide com base no token.</translation>
    </message>
    <message>
        <source>Auto</source>
        <translation>Automático</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>Chave de API</translation>
    </message>
    <message>
        <source>Session token</source>
        <translation>Token de sessão</translation>
    </message>
    <message>
        <source>e.g. 3f2504e0-4f89-11d3-9a0c-0305e82c3301</source>
        <translation>por exemplo, 3f2504e0-4f89-11d3-9a0c-0305e82c3301</translation>
    </message>
    <message>
        <source>The id (a UUID) of the API key to revoke, as listed under Developer Tools ▸ API keys</source>
        <translation>O ID (um UUID) da chave de API a revogar, como listado em Ferramentas do desenvolvedor ▸ Chaves de API</translation>
    </message>
    <message>
        <source>Key id</source>
        <translation>ID da chave</translation>
    </message>
    <message>
        <source>The id of the API key to revoke, a UUID</source>
        <translation>O ID da chave de API a revogar, um UUID</translation>
    </message>
    <message>
        <source>Key id problem</source>
        <translation>Problema no ID da chave</translation>
    </message>
    <message>
        <source>Request in progress</source>
        <translation>Solicitação em andamento</translation>
    </message>
    <message>
        <source>&amp;Test Connection</source>
        <translation>Testar cone&amp;xão</translation>
    </message>
    <message>
        <source>Sign in with this token and show who it is and what it may do; nothing is changed</source>
        <translation>Entrar com este token e mostrar a quem ele pertence e o que pode fazer; nada é alterado</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Testar conexão</translation>
    </message>
    <message>
        <source>Signs in to the portal with the token and reports the user, role and key, without changing anything</source>
        <translation>Entra no portal com o token e informa o usuário, a função e a chave, sem alterar nada</translation>
    </message>
    <message>
        <source>Revoke the key (Ctrl+Return)</source>
        <translation>Revogar a chave (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Revoke key</source>
        <translation>Revogar chave</translation>
    </message>
    <message>
        <source>Asks for confirmation, then revokes the API key on the portal</source>
        <translation>Pede confirmação e depois revoga a chave de API no portal</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Stop the request in progress (Esc)</source>
        <translation>Interromper a solicitação em andamento (Esc)</translation>
    </message>
    <message>
        <source>Cancel request</source>
        <translation>Cancelar solicitação</translation>
    </message>
    <message>
        <source>Stops the request in progress</source>
        <translation>Interrompe a solicitação em andamento</translation>
    </message>
    <message>
        <source>Connection test result</source>
        <translation>Resultado do teste de conexão</translation>
    </message>
    <message>
        <source>Portal keys</source>
        <translation>Chaves do portal</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Resultados</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Arquivo</translation>
    </message>
    <message>
        <source>&amp;Profile</source>
        <translation>&amp;Perfil</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aj&amp;uda</translation>
    </message>
    <message>
        <source>&amp;Import Profiles…</source>
        <translation>&amp;Importar perfis…</translation>
    </message>
    <message>
        <source>Add the profiles of a JSON file shared by a colleague</source>
        <translation>Adicionar os perfis de um arquivo JSON compartilhado por um colega</translation>
    </message>
    <message>
        <source>&amp;Export Profiles…</source>
        <translation>&amp;Exportar perfis…</translation>
    </message>
    <message>
        <source>Save the profiles as JSON to share them; tokens are never exported</source>
        <translation>Salvar os perfis como JSON para compartilhá-los; os tokens nunca são exportados</translation>
    </message>
    <message>
        <source>&amp;New Profile…</source>
        <translation>&amp;Novo perfil…</translation>
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
        <translation>&amp;Renomear perfil…</translation>
    </message>
    <message>
        <source>De&amp;lete Profile…</source>
        <translation>E&amp;xcluir perfil…</translation>
    </message>
    <message>
        <source>&amp;Save Changes to Profile</source>
        <translation>&amp;Salvar alterações no perfil</translation>
    </message>
    <message>
        <source>Re&amp;vert Changes</source>
        <translation>Re&amp;verter alterações</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Sair</translation>
    </message>
    <message>
        <source>&amp;About DocSpace Keys</source>
        <translation>&amp;Sobre o DocSpace Keys</translation>
    </message>
    <message>
        <source>Tokens starting with sk- are sent as API keys, anything else as a session token</source>
        <translation>Tokens que começam com sk- são enviados como chaves de API; qualquer outro, como token de sessão</translation>
    </message>
    <message>
        <source>Sent as it is, like the token from signing in to the portal</source>
        <translation>Enviado como está, como o token obtido ao entrar no portal</translation>
    </message>
    <message>
        <source>Cannot Connect</source>
        <translation>Não é possível conectar</translation>
    </message>
    <message>
        <source>The profile&apos;s connection settings cannot be used.</source>
        <translation>As configurações de conexão do perfil não podem ser usadas.</translation>
    </message>
    <message>
        <source>Testing the connection to %1…</source>
        <translation>Testando a conexão com %1…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelando…</translation>
    </message>
    <message>
        <source>Saving the token…</source>
        <translation>Salvando o token…</translation>
    </message>
    <message>
        <source>Enter the access token: an API key with the *:write scope (sk-…) or a session token of an administrator.</source>
        <translation>Insira o token de acesso: uma chave de API com o escopo *:write (sk-…) ou um token de sessão de um administrador.</translation>
    </message>
    <message>
        <source>This token will be sent as an API key.</source>
        <translation>Este token será enviado como chave de API.</translation>
    </message>
    <message>
        <source>This token will be sent as a session token.</source>
        <translation>Este token será enviado como token de sessão.</translation>
    </message>
    <message>
        <source>Enter the portal address above to list its keys.</source>
        <translation>Insira o endereço do portal acima para listar suas chaves.</translation>
    </message>
    <message>
        <source>Enter an access token above to list the portal&apos;s keys.</source>
        <translation>Insira um token de acesso acima para listar as chaves do portal.</translation>
    </message>
    <message>
        <source>Allow unencrypted HTTP above, or use an https:// address.</source>
        <translation>Permita HTTP sem criptografia acima ou use um endereço https://.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelado.</translation>
    </message>
    <message>
        <source>Certificate trusted for this session. Test the connection or revoke again.</source>
        <translation>Certificado considerado confiável nesta sessão. Teste a conexão ou revogue novamente.</translation>
    </message>
    <message>
        <source>The connection test failed: %1.</source>
        <translation>O teste de conexão falhou: %1.</translation>
    </message>
    <message>
        <source>History problem</source>
        <translation>Problema no histórico</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>Revogar</translation>
    </message>
    <message>
        <source>Revoke &amp;Leaked Secret…</source>
        <translation>Revogar segredo &amp;vazado…</translation>
    </message>
    <message>
        <source>Paste a leaked sk- secret, or text holding some, to find its key and revoke it</source>
        <translation>Cole um segredo sk- vazado, ou um texto que contenha algum, para encontrar a chave e revogá-la</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Configurações…</translation>
    </message>
    <message>
        <source>Sent as &quot;Authorization: Bearer &lt;token&gt;&quot;: API keys, or a session token you want sent that way</source>
        <translation>Enviado como &quot;Authorization: Bearer &lt;token&gt;&quot;: chaves de API, ou um token de sessão que você queira enviar dessa forma</translation>
    </message>
    <message>
        <source>Send token as:</source>
        <translation>Enviar token como:</translation>
    </message>
    <message>
        <source>T&amp;ools</source>
        <translation>Ferramen&amp;tas</translation>
    </message>
    <message>
        <source>Auto: API key</source>
        <translation>Automático: chave de API</translation>
    </message>
    <message>
        <source>Auto: session token</source>
        <translation>Automático: token de sessão</translation>
    </message>
    <message>
        <source>Profile:</source>
        <translation>Perfil:</translation>
    </message>
    <message>
        <source>Revert Chan&amp;ges</source>
        <translation>Reverter altera&amp;ções</translation>
    </message>
    <message>
        <source>Portal address:</source>
        <translation>Endereço do portal:</translation>
    </message>
    <message>
        <source>Allow unencrypted HTTP to this portal (the token travels in clear te&amp;xt)</source>
        <translation>Permitir HTTP sem criptografia para este portal (o to&amp;ken trafega em texto não criptografado)</translation>
    </message>
    <message>
        <source>Access token:</source>
        <translation>Token de acesso:</translation>
    </message>
    <message>
        <source>Key id:</source>
        <translation>ID da chave:</translation>
    </message>
    <message>
        <source>Revoke Ke&amp;y</source>
        <translation>Revogar c&amp;have</translation>
    </message>
    <message>
        <source>Revoke Leake&amp;d Secret…</source>
        <translation>Revogar segredo &amp;vazado…</translation>
    </message>
</context>
<context>
    <name>MemorySecretStore</name>
    <message>
        <source>memory only, until DocSpace Keys closes</source>
        <translation>somente na memória, até o DocSpace Keys ser fechado</translation>
    </message>
</context>
<context>
    <name>MessageBox</name>
    <message>
        <source>&amp;Replace</source>
        <translation>&amp;Substituir</translation>
    </message>
    <message>
        <source>&amp;Keep Both</source>
        <translation>&amp;Manter ambos</translation>
    </message>
    <message>
        <source>&amp;Skip</source>
        <translation>&amp;Pular</translation>
    </message>
</context>
<context>
    <name>OneTimeSecretDialog</name>
    <message>
        <source>New Secret, Shown Once</source>
        <translation>Novo segredo, exibido uma vez</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Copy the secret(s) now: they will not be shown again.&lt;/b&gt; Neither the portal nor DocSpace Keys keeps them; once this window is closed, only whoever stored them has them. The clipboard is cleared of them when DocSpace Keys quits.</source>
        <translation>
            <numerusform>&lt;b&gt;Copie o segredo agora: ele não será exibido novamente.&lt;/b&gt; Nem o portal nem o DocSpace Keys o guardam; depois que esta janela for fechada, só quem o guardou o terá. A área de transferência é limpa dele quando o DocSpace Keys é encerrado.</numerusform>
            <numerusform>&lt;b&gt;Copie os segredos agora: eles não serão exibidos novamente.&lt;/b&gt; Nem o portal nem o DocSpace Keys os guardam; depois que esta janela for fechada, só quem os guardou os terá. A área de transferência é limpa deles quando o DocSpace Keys é encerrado.</numerusform>
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
        <translation>&amp;Salvar em arquivo…</translation>
    </message>
    <message>
        <source>Save the New Secrets</source>
        <translation>Salvar os novos segredos</translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation>Arquivos de texto (*.txt)</translation>
    </message>
    <message>
        <source>Secrets Saved</source>
        <translation>Segredos salvos</translation>
    </message>
    <message>
        <source>Saved to %1, readable by you only. Move them into your secret manager and delete the file.</source>
        <translation>Salvos em %1, legível somente por você. Mova-os para o seu gerenciador de segredos e exclua o arquivo.</translation>
    </message>
    <message>
        <source>Secrets Not Saved</source>
        <translation>Segredos não salvos</translation>
    </message>
    <message>
        <source>Cannot write %1: %2.</source>
        <translation>Não é possível gravar %1: %2.</translation>
    </message>
</context>
<context>
    <name>OutcomeClassifier</name>
    <message>
        <source>Not sent: the address uses plain HTTP to a host on the network, so the token would travel unencrypted. Use the portal&apos;s https:// address, or explicitly allow unencrypted HTTP for this portal if the network is trusted.</source>
        <translation>Não enviada: o endereço usa HTTP simples para um host na rede, portanto o token trafegaria sem criptografia. Use o endereço https:// do portal ou permita explicitamente HTTP sem criptografia para este portal se a rede for confiável.</translation>
    </message>
    <message>
        <source>Cancelled. If the request had already reached the portal the key may still have been revoked; refresh the key list before trying again.</source>
        <translation>Cancelado. Se a solicitação já tiver chegado ao portal, a chave pode ter sido revogada mesmo assim; atualize a lista de chaves antes de tentar novamente.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelado.</translation>
    </message>
    <message>
        <source>The portal did not answer in time. It may be overloaded or the network slow. The key may or may not have been revoked: check the key list, then try again or raise the timeout.</source>
        <translation>O portal não respondeu a tempo. Ele pode estar sobrecarregado ou a rede pode estar lenta. A chave pode ou não ter sido revogada: verifique a lista de chaves e depois tente novamente ou aumente o tempo limite.</translation>
    </message>
    <message>
        <source>The portal did not answer in time. It may be overloaded or the network slow: try again, or raise the timeout.</source>
        <translation>O portal não respondeu a tempo. Ele pode estar sobrecarregado ou a rede pode estar lenta: tente novamente ou aumente o tempo limite.</translation>
    </message>
    <message>
        <source>The portal&apos;s certificate is not trusted (%1), so nothing was sent. If this is your own on-premises portal, compare the fingerprint below with the one your server shows, then trust that certificate or add your internal CA file. Otherwise someone may be intercepting the connection.</source>
        <translation>O certificado do portal não é confiável (%1), portanto nada foi enviado. Se este for o seu próprio portal local, compare a impressão digital abaixo com a que o seu servidor mostra e depois confie nesse certificado ou adicione o arquivo da sua CA interna. Caso contrário, alguém pode estar interceptando a conexão.</translation>
    </message>
    <message>
        <source>The portal redirected the request to another address (%1). DocSpace Keys never sends your token to another site, so the request went no further. If the portal has moved, enter its new address.</source>
        <translation>O portal redirecionou a solicitação para outro endereço (%1). O DocSpace Keys nunca envia seu token para outro site, portanto a solicitação não prosseguiu. Se o portal mudou de endereço, insira o novo endereço.</translation>
    </message>
    <message>
        <source>The portal kept redirecting the request, so it was given up. Check the portal address.</source>
        <translation>O portal continuou redirecionando a solicitação, por isso ela foi abandonada. Verifique o endereço do portal.</translation>
    </message>
    <message>
        <source>The portal&apos;s answer was cut off before it was complete, so it is unknown whether the key was revoked. Refresh the key list to check, then try again.</source>
        <translation>A resposta do portal foi interrompida antes de estar completa, portanto não se sabe se a chave foi revogada. Atualize a lista de chaves para verificar e depois tente novamente.</translation>
    </message>
    <message>
        <source>The portal&apos;s answer was cut off before it was complete. Try again; if it keeps happening, a proxy may be cutting answers short.</source>
        <translation>A resposta do portal foi interrompida antes de estar completa. Tente novamente; se isso continuar acontecendo, um proxy pode estar cortando as respostas.</translation>
    </message>
    <message>
        <source>Could not reach the portal: %1. Check the address, your network connection, VPN or proxy, and try again.</source>
        <translation>Não foi possível acessar o portal: %1. Verifique o endereço, sua conexão de rede, VPN ou proxy e tente novamente.</translation>
    </message>
    <message>
        <source>The portal did not accept the access token. It may be mistyped, expired, revoked or deactivated, or sent the wrong way (API keys starting with sk- must be sent as an API key: choose Auto or API key). Get a new token and try again.</source>
        <translation>O portal não aceitou o token de acesso. Ele pode ter sido digitado incorretamente, estar expirado, revogado ou desativado, ou ter sido enviado da forma errada (chaves de API que começam com sk- devem ser enviadas como chave de API: escolha Automático ou Chave de API). Obtenha um novo token e tente novamente.</translation>
    </message>
    <message numerus="yes">
        <source>The portal is limiting requests and kept refusing after %n attempt(s). Wait a minute, then try again.</source>
        <translation>
            <numerusform>O portal está limitando as solicitações e continuou recusando após %n tentativa. Aguarde um minuto e tente novamente.</numerusform>
            <numerusform>O portal está limitando as solicitações e continuou recusando após %n tentativas. Aguarde um minuto e tente novamente.</numerusform>
        </translation>
    </message>
    <message>
        <source>The portal has no key with this id: it was already revoked, or the id is wrong. Nothing was changed.</source>
        <translation>O portal não tem nenhuma chave com este ID: ela já foi revogada ou o ID está errado. Nada foi alterado.</translation>
    </message>
    <message>
        <source>The portal or the proxy in front of it failed (%1). This is usually temporary: try again in a minute. If it persists, the portal&apos;s administrator should check the server.</source>
        <translation>O portal ou o proxy à frente dele falhou (%1). Isso geralmente é temporário: tente novamente em um minuto. Se persistir, o administrador do portal deve verificar o servidor.</translation>
    </message>
    <message>
        <source>The portal gave an unexpected answer (HTTP %1), so the key was not revoked. Check the address and the portal&apos;s message below.</source>
        <translation>O portal deu uma resposta inesperada (HTTP %1), portanto a chave não foi revogada. Verifique o endereço e a mensagem do portal abaixo.</translation>
    </message>
    <message>
        <source>The portal gave an unexpected answer (HTTP %1). Check the address and the portal&apos;s message below.</source>
        <translation>O portal deu uma resposta inesperada (HTTP %1). Verifique o endereço e a mensagem do portal abaixo.</translation>
    </message>
    <message>
        <source>a web page instead of JSON</source>
        <translation>uma página da web em vez de JSON</translation>
    </message>
    <message>
        <source>an empty answer</source>
        <translation>uma resposta vazia</translation>
    </message>
    <message>
        <source>an answer that is not JSON</source>
        <translation>uma resposta que não é JSON</translation>
    </message>
    <message>
        <source>The portal sent %1, so it is unknown whether the key was revoked. The address may point to a login page or proxy rather than the DocSpace API; check it, then refresh the key list.</source>
        <translation>O portal enviou %1, portanto não se sabe se a chave foi revogada. O endereço pode apontar para uma página de login ou um proxy em vez da API do DocSpace; verifique-o e depois atualize a lista de chaves.</translation>
    </message>
    <message>
        <source>The portal sent %1. The address may point to a login page or proxy rather than the DocSpace API; check it.</source>
        <translation>O portal enviou %1. O endereço pode apontar para uma página de login ou um proxy em vez da API do DocSpace; verifique-o.</translation>
    </message>
    <message>
        <source>The portal reported a failure inside a successful answer, so the key was not revoked. Read the portal&apos;s message below.</source>
        <translation>O portal relatou uma falha dentro de uma resposta de sucesso, portanto a chave não foi revogada. Leia a mensagem do portal abaixo.</translation>
    </message>
    <message>
        <source>The portal reported a failure inside a successful answer. Read the portal&apos;s message below.</source>
        <translation>O portal relatou uma falha dentro de uma resposta de sucesso. Leia a mensagem do portal abaixo.</translation>
    </message>
    <message>
        <source>The portal&apos;s answer did not say whether the key was changed. Refresh the key list to check.</source>
        <translation>A resposta do portal não informou se a chave foi alterada. Atualize a lista de chaves para verificar.</translation>
    </message>
    <message>
        <source>Deactivated. The key stops working until it is reactivated.</source>
        <translation>Desativada. A chave deixa de funcionar até ser reativada.</translation>
    </message>
    <message>
        <source>Reactivated. The key works again.</source>
        <translation>Reativada. A chave funciona novamente.</translation>
    </message>
    <message>
        <source>The portal refused to reactivate this key. Expired keys cannot be reactivated, and only the key&apos;s creator or an administrator may change it.</source>
        <translation>O portal recusou a reativação desta chave. Chaves expiradas não podem ser reativadas, e somente o criador da chave ou um administrador pode alterá-la.</translation>
    </message>
    <message>
        <source>The portal refused to deactivate this key. Only the key&apos;s creator or an administrator may change it.</source>
        <translation>O portal recusou a desativação desta chave. Somente o criador da chave ou um administrador pode alterá-la.</translation>
    </message>
    <message>
        <source>Revoked. The key no longer works; anything that used it must get a new one.</source>
        <translation>Revogada. A chave não funciona mais; tudo o que a utilizava precisa obter uma nova.</translation>
    </message>
    <message>
        <source>The portal refused to revoke this key. Only its creator or a portal administrator may revoke it: sign in with an administrator&apos;s token, or ask the key&apos;s owner.</source>
        <translation>O portal recusou a revogação desta chave. Somente o criador dela ou um administrador do portal pode revogá-la: entre com o token de um administrador ou peça ao proprietário da chave.</translation>
    </message>
    <message>
        <source>The portal&apos;s answer did not say whether the key was revoked. Refresh the key list to check.</source>
        <translation>A resposta do portal não informou se a chave foi revogada. Atualize a lista de chaves para verificar.</translation>
    </message>
    <message>
        <source>The portal&apos;s answer had no content. Check that the address is a DocSpace portal.</source>
        <translation>A resposta do portal não tinha conteúdo. Verifique se o endereço é de um portal DocSpace.</translation>
    </message>
    <message>
        <source>The answer was far larger than a DocSpace answer can be, so reading stopped. Check that the address points to a DocSpace portal.</source>
        <translation>A resposta era muito maior do que uma resposta do DocSpace pode ser, por isso a leitura foi interrompida. Verifique se o endereço aponta para um portal DocSpace.</translation>
    </message>
    <message>
        <source>Unknown: the connection failed after the request was sent (%1), so the portal may or may not have revoked the key. Refresh the key list to see whether it is still there.</source>
        <translation>Desconhecido: a conexão falhou depois que a solicitação foi enviada (%1), portanto o portal pode ou não ter revogado a chave. Atualize a lista de chaves para ver se ela ainda está lá.</translation>
    </message>
    <message>
        <source>Unknown: the connection failed after the request was sent (%1), so the portal may or may not have changed the key. Refresh the key list to see its state.</source>
        <translation>Desconhecido: a conexão falhou depois que a solicitação foi enviada (%1), portanto o portal pode ou não ter alterado a chave. Atualize a lista de chaves para ver o estado dela.</translation>
    </message>
    <message>
        <source>The portal refused access: “%1”. It accepts calls only from certain IP addresses: connect from an allowed network or VPN, or ask the portal&apos;s administrator to allow your address. Nothing was changed.</source>
        <translation>O portal recusou o acesso: “%1”. Ele só aceita chamadas de determinados endereços IP: conecte-se a partir de uma rede ou VPN permitida, ou peça ao administrador do portal que permita o seu endereço. Nada foi alterado.</translation>
    </message>
    <message>
        <source>The portal refused to create the key: “%1”. Guests cannot create API keys, and this portal may restrict developer tools to administrators: ask an administrator to create the key, or to allow developer tools for everyone.</source>
        <translation>O portal se recusou a criar a chave: “%1”. Convidados não podem criar chaves de API, e este portal pode restringir as ferramentas de desenvolvedor aos administradores: peça a um administrador que crie a chave ou que libere as ferramentas de desenvolvedor para todos.</translation>
    </message>
    <message>
        <source>The portal refused to revoke this key: “%1”. This user may not manage keys (guests cannot): use an administrator&apos;s token with the *:write scope.</source>
        <translation>O portal se recusou a revogar esta chave: “%1”. Este usuário talvez não possa gerenciar chaves (convidados não podem): use o token de um administrador com o escopo *:write.</translation>
    </message>
    <message>
        <source>The portal refused to change this key: “%1”. This user may not manage keys (guests cannot): use an administrator&apos;s token with the *:write scope.</source>
        <translation>O portal se recusou a alterar esta chave: “%1”. Este usuário talvez não possa gerenciar chaves (convidados não podem): use o token de um administrador com o escopo *:write.</translation>
    </message>
    <message>
        <source>The portal refused: “%1”. This user may not read this; use an administrator&apos;s token.</source>
        <translation>O portal recusou: “%1”. Este usuário não pode ler isto; use o token de um administrador.</translation>
    </message>
    <message>
        <source>If every call is refused this way, the portal may be being moved, restored or encrypted: try again later.</source>
        <translation>Se todas as chamadas forem recusadas dessa forma, o portal pode estar sendo movido, restaurado ou criptografado: tente novamente mais tarde.</translation>
    </message>
    <message>
        <source>The token is not allowed to revoke keys: it lacks the *:write scope. Use a token with write access (an administrator&apos;s, to revoke others&apos; keys). %1</source>
        <translation>O token não tem permissão para revogar chaves: falta o escopo *:write. Use um token com acesso de gravação (o de um administrador, para revogar chaves de outras pessoas). %1</translation>
    </message>
    <message>
        <source>The token is not allowed to change keys: it lacks the *:write scope. %1</source>
        <translation>O token não tem permissão para alterar chaves: falta o escopo *:write. %1</translation>
    </message>
    <message>
        <source>The token is not allowed to create keys: it lacks the *:write scope. %1</source>
        <translation>O token não tem permissão para criar chaves: falta o escopo *:write. %1</translation>
    </message>
    <message>
        <source>The token is not allowed to read this: it lacks the scope needed (*:read, or accounts.self:read for the profile). %1</source>
        <translation>O token não tem permissão para ler isto: falta o escopo necessário (*:read, ou accounts.self:read para o perfil). %1</translation>
    </message>
    <message>
        <source>The portal&apos;s subscription has lapsed (HTTP 402), so it answers no API calls and nothing was changed. The portal&apos;s owner must renew the payment in DocSpace (Payments); then try again.</source>
        <translation>A assinatura do portal venceu (HTTP 402), por isso ele não responde a nenhuma chamada de API e nada foi alterado. O proprietário do portal precisa renovar o pagamento no DocSpace (Pagamentos); depois, tente novamente.</translation>
    </message>
    <message>
        <source>The address answered that the DocSpace API is not there (HTTP 404): it is not a DocSpace portal with API keys, the portal is older than DocSpace 3.1, or it is suspended. Nothing was changed. Check the address; if it is right, ask the portal&apos;s owner whether the portal is suspended or needs an update.</source>
        <translation>O endereço respondeu que a API do DocSpace não está lá (HTTP 404): não é um portal DocSpace com chaves de API, o portal é anterior ao DocSpace 3.1 ou está suspenso. Nada foi alterado. Verifique o endereço; se estiver correto, pergunte ao proprietário do portal se ele está suspenso ou precisa de uma atualização.</translation>
    </message>
    <message>
        <source>The portal&apos;s certificate has changed since it was pinned, so nothing was sent. Pinned SHA-256: %1. The portal now shows: %2. If its certificate was renewed or replaced, check the new fingerprint with the server&apos;s administrator, then put it in the profile (Profile &gt; Edit). If nobody changed it, someone may be intercepting the connection: do not trust it.</source>
        <translation>O certificado do portal mudou desde que foi fixado, por isso nada foi enviado. SHA-256 fixado: %1. Agora o portal mostra: %2. Se o certificado foi renovado ou substituído, confirme a nova impressão digital com o administrador do servidor e depois insira-a no perfil (Perfil &gt; Editar). Se ninguém o alterou, alguém pode estar interceptando a conexão: não confie nela.</translation>
    </message>
</context>
<context>
    <name>OutcomeStyle</name>
    <message>
        <source>Revoked</source>
        <translation>Revogada</translation>
    </message>
    <message>
        <source>Deactivated</source>
        <translation>Desativada</translation>
    </message>
    <message>
        <source>Reactivated</source>
        <translation>Reativada</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Recusada</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Não encontrada</translation>
    </message>
    <message>
        <source>Invalid key id</source>
        <translation>ID de chave inválido</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>Não conectado</translation>
    </message>
    <message>
        <source>Forbidden</source>
        <translation>Proibido</translation>
    </message>
    <message>
        <source>Rate limited</source>
        <translation>Limite de taxa</translation>
    </message>
    <message>
        <source>Server error</source>
        <translation>Erro do servidor</translation>
    </message>
    <message>
        <source>Unexpected answer</source>
        <translation>Resposta inesperada</translation>
    </message>
    <message>
        <source>Network error</source>
        <translation>Erro de rede</translation>
    </message>
    <message>
        <source>Timed out</source>
        <translation>Tempo esgotado</translation>
    </message>
    <message>
        <source>Certificate problem</source>
        <translation>Problema de certificado</translation>
    </message>
    <message>
        <source>Unencrypted HTTP refused</source>
        <translation>HTTP sem criptografia recusado</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelada</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Desconhecido</translation>
    </message>
    <message>
        <source>Portal unavailable</source>
        <translation>Portal indisponível</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Criada</translation>
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
        <translation>Revogar chaves pelo ID</translation>
    </message>
    <message>
        <source>Key ids</source>
        <translation>IDs das chaves</translation>
    </message>
    <message>
        <source>3f2504e0-4f89-11d3-9a0c-0305e82c3301
…</source>
        <translation>3f2504e0-4f89-11d3-9a0c-0305e82c3301
…</translation>
    </message>
    <message>
        <source>Skipped lines</source>
        <translation>Linhas ignoradas</translation>
    </message>
    <message>
        <source>&amp;Revoke…</source>
        <translation>&amp;Revogar…</translation>
    </message>
    <message>
        <source>Line %1: %2 — %3</source>
        <translation>Linha %1: %2 — %3</translation>
    </message>
    <message numerus="yes">
        <source>%n key id(s)</source>
        <translation>
            <numerusform>%n id de chave</numerusform>
            <numerusform>%n ids de chave</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) skipped</source>
        <translation>
            <numerusform>%n linha ignorada</numerusform>
            <numerusform>%n linhas ignoradas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n repeat(s) ignored</source>
        <translation>
            <numerusform>%n repetição ignorada</numerusform>
            <numerusform>%n repetições ignoradas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Revoke %n Key(s)…</source>
        <translation>
            <numerusform>&amp;Revogar %n chave…</numerusform>
            <numerusform>&amp;Revogar %n chaves…</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Paste key ids, one per line, or a CSV export with an &quot;id&quot; column. Lines without a key id are shown below and skipped.</source>
        <translation>&amp;Cole os IDs das chaves, um por linha, ou uma exportação CSV com uma coluna &quot;id&quot;. Linhas sem um ID de chave são mostradas abaixo e ignoradas.</translation>
    </message>
</context>
<context>
    <name>PortalAddress</name>
    <message>
        <source>Enter the portal address, for example https://portal.example.com.</source>
        <translation>Insira o endereço do portal, por exemplo, https://portal.example.com.</translation>
    </message>
    <message>
        <source>A portal address cannot contain spaces.</source>
        <translation>Um endereço de portal não pode conter espaços.</translation>
    </message>
    <message>
        <source>This is not a valid web address.</source>
        <translation>Este não é um endereço da web válido.</translation>
    </message>
    <message>
        <source>Only https:// (or http://) portal addresses are supported, not %1://.</source>
        <translation>Somente endereços de portal https:// (ou http://) são compatíveis, não %1://.</translation>
    </message>
    <message>
        <source>Remove the user name or password from the address; the access token goes in its own field.</source>
        <translation>Remova o nome de usuário ou a senha do endereço; o token de acesso tem seu próprio campo.</translation>
    </message>
    <message>
        <source>The address has no host name.</source>
        <translation>O endereço não tem nome de host.</translation>
    </message>
</context>
<context>
    <name>PortalProfile</name>
    <message>
        <source>Give the profile a name, for example &quot;Production&quot;.</source>
        <translation>Dê um nome ao perfil, por exemplo, &quot;Produção&quot;.</translation>
    </message>
    <message>
        <source>The profile name is too long (at most %1 characters).</source>
        <translation>O nome do perfil é muito longo (no máximo %1 caracteres).</translation>
    </message>
    <message>
        <source>The timeout must be between 1 and 3600 seconds.</source>
        <translation>O tempo limite deve estar entre 1 e 3600 segundos.</translation>
    </message>
    <message>
        <source>The trusted certificate fingerprint must be a SHA-256 digest: 64 hexadecimal digits, with or without colons.</source>
        <translation>A impressão digital do certificado confiável deve ser um resumo SHA-256: 64 dígitos hexadecimais, com ou sem dois-pontos.</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot;: unknown auth scheme &quot;%2&quot;.</source>
        <translation>Perfil &quot;%1&quot;: esquema de autenticação desconhecido &quot;%2&quot;.</translation>
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
        <translation>Alterações não salvas</translation>
    </message>
    <message>
        <source>Save the changes to the profile &quot;%1&quot;?</source>
        <translation>Salvar as alterações no perfil &quot;%1&quot;?</translation>
    </message>
    <message>
        <source>The portal address, authentication scheme or token were changed here but not saved. Discarding them goes back to what the profile has saved.</source>
        <translation>O endereço do portal, o esquema de autenticação ou o token foram alterados aqui, mas não foram salvos. Descartá-los volta ao que está salvo no perfil.</translation>
    </message>
    <message>
        <source>Kept the unsaved changes.</source>
        <translation>As alterações não salvas foram mantidas.</translation>
    </message>
    <message>
        <source>No profile: nothing typed here is saved.</source>
        <translation>Nenhum perfil: nada do que for digitado aqui será salvo.</translation>
    </message>
    <message>
        <source>Reading the token from %1…</source>
        <translation>Lendo o token de %1…</translation>
    </message>
    <message>
        <source>No token is saved for &quot;%1&quot;: enter it, then choose Save to Profile.</source>
        <translation>Nenhum token está salvo para &quot;%1&quot;: insira-o e escolha Salvar no perfil.</translation>
    </message>
    <message>
        <source>The token of &quot;%1&quot; could not be read: %2 Enter it here to use it now, or check that the keychain is unlocked and choose the profile again.</source>
        <translation>Não foi possível ler o token de &quot;%1&quot;: %2 Insira-o aqui para usá-lo agora, ou verifique se o chaveiro está desbloqueado e escolha o perfil novamente.</translation>
    </message>
    <message>
        <source>Token Not Saved</source>
        <translation>Token não salvo</translation>
    </message>
    <message>
        <source>The token of &quot;%1&quot; could not be saved.</source>
        <translation>Não foi possível salvar o token de &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>(no profile)</source>
        <translation>(nenhum perfil)</translation>
    </message>
    <message>
        <source>Type a portal and token without saving them</source>
        <translation>Digitar um portal e um token sem salvá-los</translation>
    </message>
    <message>
        <source>portal address</source>
        <translation>endereço do portal</translation>
    </message>
    <message>
        <source>scheme</source>
        <translation>esquema</translation>
    </message>
    <message>
        <source>plain HTTP</source>
        <translation>HTTP simples</translation>
    </message>
    <message>
        <source>token</source>
        <translation>token</translation>
    </message>
    <message>
        <source>Changed here, not yet saved in &quot;%1&quot;: %2.</source>
        <translation>Alterado aqui, ainda não salvo em &quot;%1&quot;: %2.</translation>
    </message>
    <message>
        <source>Profile Not Saved</source>
        <translation>Perfil não salvo</translation>
    </message>
    <message>
        <source>The profile &quot;%1&quot; was not saved.</source>
        <translation>O perfil &quot;%1&quot; não foi salvo.</translation>
    </message>
    <message>
        <source>Saved the profile &quot;%1&quot;.</source>
        <translation>Perfil &quot;%1&quot; salvo.</translation>
    </message>
    <message>
        <source>Back to the saved profile.</source>
        <translation>De volta ao perfil salvo.</translation>
    </message>
    <message>
        <source>Created the profile &quot;%1&quot;.</source>
        <translation>Perfil &quot;%1&quot; criado.</translation>
    </message>
    <message>
        <source>The token is still being read; try again in a moment.</source>
        <translation>O token ainda está sendo lido; tente novamente em instantes.</translation>
    </message>
    <message>
        <source>Profile Not Duplicated</source>
        <translation>Perfil não duplicado</translation>
    </message>
    <message>
        <source>The profile &quot;%1&quot; was not duplicated.</source>
        <translation>O perfil &quot;%1&quot; não foi duplicado.</translation>
    </message>
    <message>
        <source>Created &quot;%1&quot; as a copy of &quot;%2&quot;.</source>
        <translation>&quot;%1&quot; criado como cópia de &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>Rename Profile</source>
        <translation>Renomear perfil</translation>
    </message>
    <message>
        <source>New name for &quot;%1&quot;:</source>
        <translation>Novo nome para &quot;%1&quot;:</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>&amp;Renomear</translation>
    </message>
    <message>
        <source>Profile Not Renamed</source>
        <translation>Perfil não renomeado</translation>
    </message>
    <message>
        <source>The profile &quot;%1&quot; was not renamed.</source>
        <translation>O perfil &quot;%1&quot; não foi renomeado.</translation>
    </message>
    <message>
        <source>Renamed &quot;%1&quot; to &quot;%2&quot;.</source>
        <translation>&quot;%1&quot; renomeado para &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>Delete Profile</source>
        <translation>Excluir perfil</translation>
    </message>
    <message>
        <source>Delete the profile &quot;%1&quot;?</source>
        <translation>Excluir o perfil &quot;%1&quot;?</translation>
    </message>
    <message>
        <source>Its settings and its saved token are deleted. This cannot be undone; the portal and its keys are not affected.</source>
        <translation>Suas configurações e seu token salvo serão excluídos. Esta ação não pode ser desfeita; o portal e suas chaves não são afetados.</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Excluir</translation>
    </message>
    <message>
        <source>Token Not Deleted</source>
        <translation>Token não excluído</translation>
    </message>
    <message>
        <source>The token of the deleted profile &quot;%1&quot; could not be removed from %2.</source>
        <translation>Não foi possível remover de %2 o token do perfil excluído &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Deleted the profile &quot;%1&quot; and its token.</source>
        <translation>Perfil &quot;%1&quot; e seu token excluídos.</translation>
    </message>
    <message>
        <source>Import Profiles</source>
        <translation>Importar perfis</translation>
    </message>
    <message>
        <source>Profiles (*.json);;All files (*)</source>
        <translation>Perfis (*.json);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <source>Profiles Not Imported</source>
        <translation>Perfis não importados</translation>
    </message>
    <message>
        <source>Cannot read %1.</source>
        <translation>Não é possível ler %1.</translation>
    </message>
    <message>
        <source>%1. Check that the file exists and may be read.</source>
        <translation>%1. Verifique se o arquivo existe e pode ser lido.</translation>
    </message>
    <message>
        <source>%1 holds no profiles that can be imported.</source>
        <translation>%1 não contém perfis que possam ser importados.</translation>
    </message>
    <message>
        <source>Profiles Imported</source>
        <translation>Perfis importados</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n profile(s) from %1.</source>
        <translation>
            <numerusform>%n perfil importado de %1.</numerusform>
            <numerusform>%n perfis importados de %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Exports never contain tokens: choose each imported profile, enter its token and choose Save to Profile.</source>
        <translation>Exportações nunca contêm tokens: escolha cada perfil importado, insira o token dele e escolha Salvar no perfil.</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n profile(s).</source>
        <translation>
            <numerusform>%n perfil importado.</numerusform>
            <numerusform>%n perfis importados.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to Export</source>
        <translation>Nada para exportar</translation>
    </message>
    <message>
        <source>There are no profiles yet.</source>
        <translation>Ainda não há perfis.</translation>
    </message>
    <message>
        <source>Export Profiles (tokens are never exported)</source>
        <translation>Exportar perfis (os tokens nunca são exportados)</translation>
    </message>
    <message>
        <source>Profiles (*.json)</source>
        <translation>Perfis (*.json)</translation>
    </message>
    <message>
        <source>Profiles Not Exported</source>
        <translation>Perfis não exportados</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>Não é possível gravar %1.</translation>
    </message>
    <message>
        <source>%1. Choose another folder.</source>
        <translation>%1. Escolha outra pasta.</translation>
    </message>
    <message>
        <source>Profiles Exported</source>
        <translation>Perfis exportados</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n profile(s) to %1.</source>
        <translation>
            <numerusform>%n perfil exportado para %1.</numerusform>
            <numerusform>%n perfis exportados para %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The file holds portal addresses and settings only. Tokens are never exported: whoever imports it enters their own.</source>
        <translation>O arquivo contém apenas endereços de portais e configurações. Os tokens nunca são exportados: quem o importar insere os seus próprios.</translation>
    </message>
    <message>
        <source>Demo mode: tokens are kept in memory only, on purpose, and forgotten when DocSpace Keys closes. Nothing is written to the system keychain.</source>
        <translation>Modo de demonstração: os tokens são mantidos somente na memória, de propósito, e esquecidos quando o DocSpace Keys é fechado. Nada é gravado no chaveiro do sistema.</translation>
    </message>
    <message>
        <source>No system keychain is available: tokens are kept only until DocSpace Keys closes.</source>
        <translation>Nenhum chaveiro do sistema está disponível: os tokens são mantidos somente até o DocSpace Keys ser fechado.</translation>
    </message>
    <message>
        <source>Demo mode</source>
        <translation>Modo de demonstração</translation>
    </message>
    <message>
        <source>Keychain unavailable</source>
        <translation>Chaveiro indisponível</translation>
    </message>
    <message>
        <source>Profile Name Exists</source>
        <translation>Nome de perfil já existe</translation>
    </message>
    <message>
        <source>A profile named &quot;%1&quot; exists already.</source>
        <translation>Já existe um perfil chamado &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Both are for %1. Replace keeps the saved token.</source>
        <translation>Ambos são para %1. Substituir mantém o token salvo.</translation>
    </message>
    <message>
        <source>The saved one is for %1, the imported one for %2. Replace deletes the saved token, which belongs to the other portal.</source>
        <translation>O salvo é para %1, o importado para %2. Substituir exclui o token salvo, que pertence ao outro portal.</translation>
    </message>
    <message>
        <source>Keep Both adds the imported one under a new name; Skip leaves it out.</source>
        <translation>Manter ambos adiciona o importado com um novo nome; Pular o deixa de fora.</translation>
    </message>
    <message numerus="yes">
        <source>Do the same for the other %n profile(s) whose name exists</source>
        <translation>
            <numerusform>Fazer o mesmo para o outro %n perfil cujo nome já existe</numerusform>
            <numerusform>Fazer o mesmo para os outros %n perfis cujo nome já existe</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>Nada foi importado.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n of them replaced a profile of the same name</source>
        <translation>
            <numerusform>%n deles substituiu um perfil de mesmo nome</numerusform>
            <numerusform>%n deles substituíram um perfil de mesmo nome</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped because the name exists</source>
        <translation>
            <numerusform>%n ignorado porque o nome já existe</numerusform>
            <numerusform>%n ignorados porque o nome já existe</numerusform>
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
        <translation>por exemplo, Produção</translation>
    </message>
    <message>
        <source>How this portal is listed in the profile selector</source>
        <translation>Como este portal aparece no seletor de perfis</translation>
    </message>
    <message>
        <source>Profile name</source>
        <translation>Nome do perfil</translation>
    </message>
    <message>
        <source>Profile name problem</source>
        <translation>Problema no nome do perfil</translation>
    </message>
    <message>
        <source>&amp;Portal address:</source>
        <translation>Endereço do &amp;portal:</translation>
    </message>
    <message>
        <source>https://portal.example.com</source>
        <translation>https://portal.example.com</translation>
    </message>
    <message>
        <source>The address of the DocSpace portal, as you open it in a browser</source>
        <translation>O endereço do portal DocSpace, como você o abre no navegador</translation>
    </message>
    <message>
        <source>Portal address</source>
        <translation>Endereço do portal</translation>
    </message>
    <message>
        <source>Portal address problem</source>
        <translation>Problema no endereço do portal</translation>
    </message>
    <message>
        <source>Send token &amp;as:</source>
        <translation>Enviar token c&amp;omo:</translation>
    </message>
    <message>
        <source>Auto sends tokens starting with sk- as API keys and anything else as a session token</source>
        <translation>Automático envia tokens que começam com sk- como chaves de API e qualquer outro como token de sessão</translation>
    </message>
    <message>
        <source>Authentication scheme</source>
        <translation>Esquema de autenticação</translation>
    </message>
    <message>
        <source>Auto</source>
        <translation>Automático</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>Chave de API</translation>
    </message>
    <message>
        <source>Session token</source>
        <translation>Token de sessão</translation>
    </message>
    <message>
        <source>Access &amp;token:</source>
        <translation>&amp;Token de acesso:</translation>
    </message>
    <message>
        <source>sk-… API key with the *:write scope, or a session token</source>
        <translation>Chave de API sk-… com o escopo *:write, ou um token de sessão</translation>
    </message>
    <message>
        <source>Stored in the system keychain, never in a file</source>
        <translation>Armazenado no chaveiro do sistema, nunca em um arquivo</translation>
    </message>
    <message>
        <source>Access token</source>
        <translation>Token de acesso</translation>
    </message>
    <message>
        <source>Where the token is kept</source>
        <translation>Onde o token é mantido</translation>
    </message>
    <message>
        <source>Allow unencrypted &amp;HTTP to this portal</source>
        <translation>Permitir &amp;HTTP sem criptografia para este portal</translation>
    </message>
    <message>
        <source>Needed only for a plain http:// address on another machine</source>
        <translation>Necessário somente para um endereço http:// simples em outra máquina</translation>
    </message>
    <message>
        <source>Allow unencrypted HTTP</source>
        <translation>Permitir HTTP sem criptografia</translation>
    </message>
    <message>
        <source>Unencrypted HTTP warning</source>
        <translation>Aviso de HTTP sem criptografia</translation>
    </message>
    <message>
        <source>Trusted &amp;certificate:</source>
        <translation>&amp;Certificado confiável:</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint, e.g. AB:CD:…</source>
        <translation>Impressão digital SHA-256, por exemplo, AB:CD:…</translation>
    </message>
    <message>
        <source>Trust exactly this certificate (an on-premises portal with a self-signed certificate). Colons and case do not matter.</source>
        <translation>Confiar exatamente neste certificado (um portal local com certificado autoassinado). Dois-pontos e maiúsculas/minúsculas não importam.</translation>
    </message>
    <message>
        <source>Trusted certificate fingerprint</source>
        <translation>Impressão digital do certificado confiável</translation>
    </message>
    <message>
        <source>Certificate fingerprint problem</source>
        <translation>Problema na impressão digital do certificado</translation>
    </message>
    <message>
        <source>Extra CA &amp;file:</source>
        <translation>Arquivo de CA &amp;adicional:</translation>
    </message>
    <message>
        <source>PEM or DER file of an internal certificate authority</source>
        <translation>Arquivo PEM ou DER de uma autoridade de certificação interna</translation>
    </message>
    <message>
        <source>Certificates of your organization&apos;s own certificate authority, trusted in addition to the system ones</source>
        <translation>Certificados da autoridade de certificação da sua própria organização, considerados confiáveis além dos do sistema</translation>
    </message>
    <message>
        <source>Extra CA file</source>
        <translation>Arquivo de CA adicional</translation>
    </message>
    <message>
        <source>Choose the CA file</source>
        <translation>Escolher o arquivo de CA</translation>
    </message>
    <message>
        <source>CA file problem</source>
        <translation>Problema no arquivo de CA</translation>
    </message>
    <message>
        <source>Request t&amp;imeout:</source>
        <translation>Tempo l&amp;imite da solicitação:</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>A request that receives nothing for this long ends as a timeout</source>
        <translation>Uma solicitação que não recebe nada durante esse tempo termina por tempo esgotado</translation>
    </message>
    <message>
        <source>Request timeout in seconds</source>
        <translation>Tempo limite da solicitação em segundos</translation>
    </message>
    <message>
        <source>Why the profile cannot be saved</source>
        <translation>Por que o perfil não pode ser salvo</translation>
    </message>
    <message>
        <source>&amp;Save Profile</source>
        <translation>&amp;Salvar perfil</translation>
    </message>
    <message>
        <source>The token will travel in clear text to a plain http:// address: anyone on the network path can read and use it. Use this only on a network you control.</source>
        <translation>O token trafegará em texto não criptografado para um endereço http:// simples: qualquer pessoa no caminho da rede pode lê-lo e usá-lo. Use isso somente em uma rede que você controla.</translation>
    </message>
    <message>
        <source>New Profile</source>
        <translation>Novo perfil</translation>
    </message>
    <message>
        <source>Edit Profile</source>
        <translation>Editar perfil</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Não salvo: %1</translation>
    </message>
    <message>
        <source>Stored in %1, never in a file. Leave empty to type it each time.</source>
        <translation>Armazenado em %1, nunca em um arquivo. Deixe em branco para digitá-lo a cada vez.</translation>
    </message>
    <message>
        <source>No system keychain is available: the token is kept only until DocSpace Keys closes.</source>
        <translation>Nenhum chaveiro do sistema está disponível: o token é mantido somente até o DocSpace Keys ser fechado.</translation>
    </message>
    <message>
        <source>Choose the Extra CA File</source>
        <translation>Escolher o arquivo de CA adicional</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer *.der);;All files (*)</source>
        <translation>Certificados (*.pem *.crt *.cer *.der);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <source>Enter a name for this profile, e.g. the portal&apos;s purpose or customer.</source>
        <translation>Insira um nome para este perfil, por exemplo, a finalidade do portal ou o cliente.</translation>
    </message>
    <message>
        <source>Another profile is already called &quot;%1&quot;. Choose another name.</source>
        <translation>Já existe outro perfil chamado &quot;%1&quot;. Escolha outro nome.</translation>
    </message>
    <message>
        <source>This is not a SHA-256 fingerprint: expected 64 hexadecimal digits, with or without colons.</source>
        <translation>Esta não é uma impressão digital SHA-256: são esperados 64 dígitos hexadecimais, com ou sem dois-pontos.</translation>
    </message>
    <message>
        <source>There is no file at this path. Choose the CA certificate file again.</source>
        <translation>Não há nenhum arquivo neste caminho. Escolha o arquivo de certificado da CA novamente.</translation>
    </message>
    <message>
        <source>This file cannot be read. Check its permissions or choose another file.</source>
        <translation>Este arquivo não pode ser lido. Verifique as permissões dele ou escolha outro arquivo.</translation>
    </message>
    <message>
        <source>This plain http:// address would send the token unencrypted. Use an https:// address, or tick &quot;%1&quot;.</source>
        <translation>Este endereço http:// simples enviaria o token sem criptografia. Use um endereço https:// ou marque “%1”.</translation>
    </message>
    <message>
        <source>Ch&amp;oose…</source>
        <translation>Esco&amp;lher…</translation>
    </message>
</context>
<context>
    <name>ProfileStore</name>
    <message>
        <source>it cannot be read</source>
        <translation>ele não pode ser lido</translation>
    </message>
    <message>
        <source>it is damaged</source>
        <translation>ele está danificado</translation>
    </message>
    <message>
        <source>it was written by a newer version of DocSpace Keys</source>
        <translation>ele foi gravado por uma versão mais recente do DocSpace Keys</translation>
    </message>
    <message>
        <source>Your saved profiles could not be loaded: %1. The file was kept as %2, and DocSpace Keys starts without profiles.</source>
        <translation>Não foi possível carregar seus perfis salvos: %1. O arquivo foi mantido como %2, e o DocSpace Keys será iniciado sem perfis.</translation>
    </message>
    <message>
        <source>Your saved profiles could not be loaded: %1. The file %2 is left untouched and nothing will be saved this session; move it away to start afresh.</source>
        <translation>Não foi possível carregar seus perfis salvos: %1. O arquivo %2 não foi modificado e nada será salvo nesta sessão; mova-o para outro local para começar do zero.</translation>
    </message>
    <message>
        <source>Your profiles could not be saved to %1. Check that the folder is writable and the disk is not full.</source>
        <translation>Não foi possível salvar seus perfis em %1. Verifique se a pasta permite gravação e se o disco não está cheio.</translation>
    </message>
    <message>
        <source>A profile named &quot;%1&quot; already exists. Choose another name.</source>
        <translation>Já existe um perfil chamado &quot;%1&quot;. Escolha outro nome.</translation>
    </message>
    <message>
        <source>Portal</source>
        <translation>Portal</translation>
    </message>
    <message>
        <source>The file is not valid JSON (%1).</source>
        <translation>O arquivo não é um JSON válido (%1).</translation>
    </message>
    <message>
        <source>The file was exported by a newer version of DocSpace Keys.</source>
        <translation>O arquivo foi exportado por uma versão mais recente do DocSpace Keys.</translation>
    </message>
    <message>
        <source>The file is not a DocSpace Keys profile export.</source>
        <translation>O arquivo não é uma exportação de perfis do DocSpace Keys.</translation>
    </message>
</context>
<context>
    <name>RetirementEntry</name>
    <message>
        <source>Taken out of the plan; the key stays deactivated.</source>
        <translation>Tirada do plano; a chave continua desativada.</translation>
    </message>
    <message>
        <source>Deactivated, to be revoked</source>
        <translation>Desativada, a ser revogada</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Revogada</translation>
    </message>
    <message>
        <source>Reactivated meanwhile: left alone</source>
        <translation>Reativada nesse meio-tempo: deixada como está</translation>
    </message>
    <message>
        <source>No longer on the portal</source>
        <translation>Não está mais no portal</translation>
    </message>
    <message>
        <source>Taken out of the plan</source>
        <translation>Tirada do plano</translation>
    </message>
    <message numerus="yes">
        <source>Deactivated; revoked after %n day(s) unless reactivated.</source>
        <translation>
            <numerusform>Desativada; revogada após %n dia, a menos que seja reativada.</numerusform>
            <numerusform>Desativada; revogada após %n dias, a menos que seja reativada.</numerusform>
        </translation>
    </message>
    <message>
        <source>The key was no longer on the portal when due: someone revoked it already.</source>
        <translation>A chave não estava mais no portal na data prevista: alguém já a havia revogado.</translation>
    </message>
    <message>
        <source>The key was active again when due (reactivated on the portal), so it was left alone.</source>
        <translation>A chave estava ativa novamente na data prevista (reativada no portal), por isso foi deixada como está.</translation>
    </message>
    <message>
        <source>Revoked as planned.</source>
        <translation>Revogada conforme o planejado.</translation>
    </message>
    <message>
        <source>The key was no longer on the portal when due.</source>
        <translation>A chave não estava mais no portal na data prevista.</translation>
    </message>
    <message>
        <source>Revoking failed (%1); tried again at the next run.</source>
        <translation>A revogação falhou (%1); será tentada novamente na próxima execução.</translation>
    </message>
</context>
<context>
    <name>RetirementPlan</name>
    <message>
        <source>Cannot read the retirement plan %1: %2.</source>
        <translation>Não é possível ler o plano de desativação %1: %2.</translation>
    </message>
    <message>
        <source>The retirement plan %1 is damaged or from another version; it was left as it is. Move it aside to start a new plan.</source>
        <translation>O plano de desativação %1 está danificado ou é de outra versão; ele foi deixado como está. Mova-o para outro lugar para começar um novo plano.</translation>
    </message>
    <message>
        <source>The retirement plan %1 is locked by another DocSpace Keys process.</source>
        <translation>O plano de desativação %1 está bloqueado por outro processo do DocSpace Keys.</translation>
    </message>
    <message>
        <source>Cannot write the retirement plan %1: %2.</source>
        <translation>Não é possível gravar o plano de desativação %1: %2.</translation>
    </message>
</context>
<context>
    <name>RetirementPlanView</name>
    <message>
        <source>Retirement Plan</source>
        <translation>Plano de desativação</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Chave</translation>
    </message>
    <message>
        <source>Portal</source>
        <translation>Portal</translation>
    </message>
    <message>
        <source>Deactivated</source>
        <translation>Desativação</translation>
    </message>
    <message>
        <source>Revoke after</source>
        <translation>Revogar após</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Observação</translation>
    </message>
    <message>
        <source>Carry Out &amp;Due Now</source>
        <translation>Executar o &amp;pendente agora</translation>
    </message>
    <message>
        <source>&amp;Take Out of Plan</source>
        <translation>&amp;Tirar do plano</translation>
    </message>
    <message>
        <source>Due now</source>
        <translation>Pendente agora</translation>
    </message>
    <message>
        <source>Plan Not Changed</source>
        <translation>Plano não alterado</translation>
    </message>
    <message numerus="yes">
        <source>%n key(s) waiting to be revoked. Due keys are revoked when DocSpace Keys lists their portal&apos;s keys (those of the other saved profiles&apos; portals after one question), on Carry Out Due Now, or when &apos;docspace-keys-cli retire --due&apos; runs (see the README for a daily timer). A key reactivated meanwhile is left alone.</source>
        <translation>
            <numerusform>%n chave aguardando revogação. As chaves pendentes são revogadas quando o DocSpace Keys lista as chaves do portal delas (as dos portais dos outros perfis salvos após uma pergunta), em Executar o pendente agora ou quando &apos;docspace-keys-cli retire --due&apos; é executado (veja o README para um temporizador diário). Uma chave reativada nesse meio-tempo é deixada como está.</numerusform>
            <numerusform>%n chaves aguardando revogação. As chaves pendentes são revogadas quando o DocSpace Keys lista as chaves do portal delas (as dos portais dos outros perfis salvos após uma pergunta), em Executar o pendente agora ou quando &apos;docspace-keys-cli retire --due&apos; é executado (veja o README para um temporizador diário). Uma chave reativada nesse meio-tempo é deixada como está.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SandboxDemo</name>
    <message>
        <source>Cannot read the sandbox info file %1: %2. Start docspace-sandbox with --info-file and pass the same path.</source>
        <translation>Não é possível ler o arquivo de informações da sandbox %1: %2. Inicie o docspace-sandbox com --info-file e passe o mesmo caminho.</translation>
    </message>
    <message>
        <source>The sandbox info file is not valid JSON (%1).</source>
        <translation>O arquivo de informações da sandbox não é um JSON válido (%1).</translation>
    </message>
    <message>
        <source>The sandbox info file names no portal address (httpsUrl or httpUrl).</source>
        <translation>O arquivo de informações da sandbox não indica nenhum endereço de portal (httpsUrl ou httpUrl).</translation>
    </message>
    <message>
        <source>The sandbox info file has no &quot;Admin console&quot; key to sign in with.</source>
        <translation>O arquivo de informações da sandbox não tem uma chave &quot;Admin console&quot; com a qual entrar.</translation>
    </message>
    <message>
        <source>The sandbox info file has no other key of the owner to revoke.</source>
        <translation>O arquivo de informações da sandbox não tem outra chave do proprietário para revogar.</translation>
    </message>
    <message>
        <source>Sandbox portal (demo)</source>
        <translation>Portal sandbox (demonstração)</translation>
    </message>
    <message>
        <source>The demo token could not be stored: %1</source>
        <translation>Não foi possível armazenar o token de demonstração: %1</translation>
    </message>
</context>
<context>
    <name>SecretIdentification</name>
    <message>
        <source>The portal answered, but not with a key.</source>
        <translation>O portal respondeu, mas não com uma chave.</translation>
    </message>
    <message>
        <source>The portal no longer accepts this secret: the key was already revoked, has expired or is deactivated. A deactivated key still exists and can be reactivated by its owner, so check the candidates below.</source>
        <translation>O portal não aceita mais este segredo: a chave já foi revogada, expirou ou está desativada. Uma chave desativada ainda existe e pode ser reativada pelo proprietário, portanto verifique as candidatas abaixo.</translation>
    </message>
</context>
<context>
    <name>SecretStore</name>
    <message>
        <source>The keychain did not answer.</source>
        <translation>O chaveiro não respondeu.</translation>
    </message>
</context>
<context>
    <name>SessionTrust</name>
    <message>
        <source>Trust This Certificate?</source>
        <translation>Confiar neste certificado?</translation>
    </message>
    <message>
        <source>Trust the certificate presented by %1 for this session?</source>
        <translation>Confiar no certificado apresentado por %1 durante esta sessão?</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint:
%1

Only do this if you have checked that this is your portal&apos;s certificate, for example with its administrator. If someone is intercepting the connection, trusting their certificate hands them your access token.

The certificate is trusted until DocSpace Keys quits; nothing is saved. To trust it for good, enter the fingerprint in the profile (Edit…).</source>
        <translation>Impressão digital SHA-256:
%1

Faça isso somente se tiver verificado que este é o certificado do seu portal, por exemplo, com o administrador dele. Se alguém estiver interceptando a conexão, confiar no certificado dessa pessoa entrega a ela o seu token de acesso.

O certificado é considerado confiável até o DocSpace Keys ser encerrado; nada é salvo. Para confiar nele permanentemente, insira a impressão digital no perfil (Editar…).</translation>
    </message>
    <message>
        <source>&amp;Trust for This Session</source>
        <translation>&amp;Confiar nesta sessão</translation>
    </message>
    <message>
        <source>Certificate Not Trusted</source>
        <translation>Certificado não confiável</translation>
    </message>
    <message>
        <source>The certificate could not be trusted.</source>
        <translation>Não foi possível confiar no certificado.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Configurações</translation>
    </message>
    <message>
        <source>These settings apply to DocSpace Keys on this computer.</source>
        <translation>Estas configurações valem para o DocSpace Keys neste computador.</translation>
    </message>
    <message>
        <source>Interface &amp;language:</source>
        <translation>&amp;Idioma da interface:</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>Idioma da interface</translation>
    </message>
    <message>
        <source>The new language applies at once and is kept for the next start. Results already listed stay in the language they were made in.</source>
        <translation>O novo idioma é aplicado na hora e mantido na próxima inicialização. Os resultados já listados ficam no idioma em que foram gerados.</translation>
    </message>
    <message>
        <source>System default (%1)</source>
        <translation>Padrão do sistema (%1)</translation>
    </message>
</context>
<context>
    <name>SingleRevoke</name>
    <message>
        <source>Revoking key %1 on %2…</source>
        <translation>Revogando a chave %1 em %2…</translation>
    </message>
    <message>
        <source>Key %1 was revoked.</source>
        <translation>A chave %1 foi revogada.</translation>
    </message>
    <message>
        <source>The portal&apos;s certificate is not trusted. See Results for its fingerprint.</source>
        <translation>O certificado do portal não é confiável. Veja a impressão digital em Resultados.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelado.</translation>
    </message>
    <message>
        <source>Key %1 was not revoked: %2.</source>
        <translation>A chave %1 não foi revogada: %2.</translation>
    </message>
    <message>
        <source>Retrying…</source>
        <translation>Tentando novamente…</translation>
    </message>
    <message>
        <source>Rate limited by the portal, retrying in %1 s…</source>
        <translation>Limite de taxa do portal atingido, nova tentativa em %1 s…</translation>
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
        <translation>chave %1</translation>
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
        <translation>Mensagem do portal: %1</translation>
    </message>
    <message numerus="yes">
        <source>Retry after: %n second(s)</source>
        <translation>
            <numerusform>Tentar novamente após: %n segundo</numerusform>
            <numerusform>Tentar novamente após: %n segundos</numerusform>
        </translation>
    </message>
    <message>
        <source>Detail: %1</source>
        <translation>Detalhe: %1</translation>
    </message>
    <message>
        <source>Certificate SHA-256: %1</source>
        <translation>SHA-256 do certificado: %1</translation>
    </message>
    <message>
        <source>This certificate is trusted for the rest of this session. Revoke again to retry.</source>
        <translation>Este certificado é considerado confiável pelo restante desta sessão. Revogue novamente para tentar de novo.</translation>
    </message>
    <message>
        <source>If you recognise this fingerprint as your portal&apos;s certificate, use &quot;Trust this certificate…&quot; and revoke again.</source>
        <translation>Se você reconhecer esta impressão digital como a do certificado do seu portal, use &quot;Confiar neste certificado…&quot; e revogue novamente.</translation>
    </message>
    <message>
        <source>key “%1” (…%2)</source>
        <translation>chave “%1” (…%2)</translation>
    </message>
    <message>
        <source>Key id: %1</source>
        <translation>ID da chave: %1</translation>
    </message>
</context>
<context>
    <name>StatusPanel</name>
    <message>
        <source>The result of each revocation appears here.</source>
        <translation>O resultado de cada revogação aparece aqui.</translation>
    </message>
    <message>
        <source>Tr&amp;ust this certificate…</source>
        <translation>Con&amp;fiar neste certificado…</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>C&amp;opiar</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Resultados</translation>
    </message>
    <message>
        <source>The result of each revocation, newest first. Press Space to show or hide details.</source>
        <translation>O resultado de cada revogação, do mais recente para o mais antigo. Pressione Espaço para mostrar ou ocultar os detalhes.</translation>
    </message>
    <message>
        <source>Trust the certificate of the selected certificate problem for this session</source>
        <translation>Confiar, nesta sessão, no certificado do problema de certificado selecionado</translation>
    </message>
    <message>
        <source>Remove all entries from the list</source>
        <translation>Remover todas as entradas da lista</translation>
    </message>
    <message>
        <source>Copy the selected entries as plain text</source>
        <translation>Copiar as entradas selecionadas como texto simples</translation>
    </message>
    <message>
        <source>Copy all entries as plain text</source>
        <translation>Copiar todas as entradas como texto simples</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>&amp;Limpar</translation>
    </message>
    <message>
        <source>&amp;Copy Selected</source>
        <translation>Copiar selecionadas</translation>
    </message>
    <message>
        <source>&amp;Copy All</source>
        <translation>Copiar tudo</translation>
    </message>
</context>
<context>
    <name>TlsTrust</name>
    <message>
        <source>Cannot read the CA file %1: %2.</source>
        <translation>Não é possível ler o arquivo de CA %1: %2.</translation>
    </message>
    <message>
        <source>The file %1 holds no certificate in PEM or DER form.</source>
        <translation>O arquivo %1 não contém nenhum certificado no formato PEM ou DER.</translation>
    </message>
    <message>
        <source>A certificate fingerprint is a SHA-256 digest: 64 hexadecimal digits, with or without colons.</source>
        <translation>A impressão digital de um certificado é um resumo SHA-256: 64 dígitos hexadecimais, com ou sem dois-pontos.</translation>
    </message>
    <message>
        <source>The certificate fingerprint holds &quot;%1&quot; (U+%2), which is not a hexadecimal digit: use only 0-9 and A-F (ASCII), with or without colons.</source>
        <translation>A impressão digital do certificado contém &quot;%1&quot; (U+%2), que não é um dígito hexadecimal: use apenas 0-9 e A-F (ASCII), com ou sem dois-pontos.</translation>
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
        <translation>Ocultar o token de acesso</translation>
    </message>
    <message>
        <source>Show the access token</source>
        <translation>Mostrar o token de acesso</translation>
    </message>
</context>
<context>
    <name>ToolsController</name>
    <message>
        <source>History</source>
        <translation>Histórico</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Relatório</translation>
    </message>
    <message>
        <source>Every revocation, deactivation and reactivation recorded on this computer, by the window and the command line</source>
        <translation>Cada revogação, desativação e reativação registrada neste computador, pela janela e pela linha de comando</translation>
    </message>
    <message>
        <source>Which keys of the portal are a risk before they leak</source>
        <translation>Quais chaves do portal são um risco antes de vazarem</translation>
    </message>
    <message>
        <source>Key hygiene report</source>
        <translation>Relatório de higiene de chaves</translation>
    </message>
    <message>
        <source>About DocSpace Keys</source>
        <translation>Sobre o DocSpace Keys</translation>
    </message>
    <message>
        <source>DocSpace Keys %1

Revokes API keys of ONLYOFFICE DocSpace portals.
Tokens of saved profiles are kept in %2; never in a file, never logged.

Built with Qt %3, running on Qt %4.</source>
        <translation>DocSpace Keys %1

Revoga chaves de API de portais ONLYOFFICE DocSpace.
Os tokens dos perfis salvos são mantidos em %2; nunca em um arquivo, nunca em logs.

Compilado com Qt %3, em execução no Qt %4.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Revoke ONLYOFFICE DocSpace API keys. The access token is never read from the command line; DOCSPACE_TOKEN in the environment may prefill it.</source>
        <translation>Revogar chaves de API do ONLYOFFICE DocSpace. O token de acesso nunca é lido da linha de comando; DOCSPACE_TOKEN no ambiente pode preenchê-lo previamente.</translation>
    </message>
    <message>
        <source>Prefill the portal address.</source>
        <translation>Preencher previamente o endereço do portal.</translation>
    </message>
    <message>
        <source>Prefill the key id.</source>
        <translation>Preencher previamente o ID da chave.</translation>
    </message>
    <message>
        <source>Demo mode: connect to the sandbox portal described by this docspace-sandbox --info-file.</source>
        <translation>Modo de demonstração: conectar ao portal sandbox descrito por este --info-file do docspace-sandbox.</translation>
    </message>
    <message>
        <source>Cannot create a temporary folder: %1</source>
        <translation>Não é possível criar uma pasta temporária: %1</translation>
    </message>
    <message>
        <source>Demo mode: the sandbox portal, with profiles and tokens kept in memory</source>
        <translation>Modo de demonstração: o portal sandbox, com perfis e tokens mantidos na memória</translation>
    </message>
</context>
</TS>
