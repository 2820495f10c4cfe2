<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AllPortalsView</name>
    <message>
        <source>Keys of All Portals</source>
        <translation>所有门户的密钥</translation>
    </message>
    <message>
        <source>Search name, creator, ending, id or portal</source>
        <translation>搜索名称、创建者、结尾、ID 或门户</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>已过期</translation>
    </message>
    <message>
        <source>Deactivated</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>Never used</source>
        <translation>从未使用</translation>
    </message>
    <message>
        <source>Unused for</source>
        <translation>未使用天数</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <source>Portal</source>
        <translation>门户</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>配置文件</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Ending</source>
        <translation>结尾</translation>
    </message>
    <message>
        <source>Created by</source>
        <translation>创建者</translation>
    </message>
    <message>
        <source>Last used</source>
        <translation>上次使用</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>过期时间</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Permissions</source>
        <translation>权限</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>导出 CSV(&amp;E)…</translation>
    </message>
    <message>
        <source>Reading the tokens of the saved profiles…</source>
        <translation>正在读取已保存配置文件的令牌…</translation>
    </message>
    <message>
        <source>There are no saved profiles yet.</source>
        <translation>尚无已保存的配置文件。</translation>
    </message>
    <message>
        <source>“%1”: no saved token.</source>
        <translation>“%1”：未保存令牌。</translation>
    </message>
    <message>
        <source>“%1”: %2</source>
        <translation>“%1”：%2</translation>
    </message>
    <message>
        <source>“%1” (%2): %3</source>
        <translation>“%1”（%2）：%3</translation>
    </message>
    <message numerus="yes">
        <source>Listing the keys of %n portal(s)…</source>
        <translation>
            <numerusform>正在列出 %n 个门户的密钥…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n key(s) shown</source>
        <translation>
            <numerusform>显示 %1 个，共 %n 个密钥</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>on %n portal(s).</source>
        <translation>
            <numerusform>共涉及 %n 个门户。</numerusform>
        </translation>
    </message>
    <message>
        <source>Not listed: %1</source>
        <translation>未能列出：%1</translation>
    </message>
    <message>
        <source>Export Keys of All Portals</source>
        <translation>导出所有门户的密钥</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Not Exported</source>
        <translation>未导出</translation>
    </message>
    <message>
        <source>Cannot write %1: %2.</source>
        <translation>无法写入 %1：%2。</translation>
    </message>
</context>
<context>
    <name>ApiCall</name>
    <message numerus="yes">
        <source>No data for %n second(s)</source>
        <translation>
            <numerusform>%n 秒内未收到数据</numerusform>
        </translation>
    </message>
    <message>
        <source>the connection closed before the answer, and the request was sent again</source>
        <translation>连接在收到应答前关闭，已重新发送请求</translation>
    </message>
</context>
<context>
    <name>BatchConfirmDialog</name>
    <message>
        <source>Keys</source>
        <translation>密钥</translation>
    </message>
    <message>
        <source>To confirm, type the number of keys (%1):</source>
        <translation>请输入密钥数量（%1）以确认：</translation>
    </message>
    <message>
        <source>Number of keys</source>
        <translation>密钥数量</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more key(s), not listed here but counted above</source>
        <translation>
            <numerusform>…另有 %n 个密钥，未在此列出，但已计入上方数量</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BatchRunner</name>
    <message numerus="yes">
        <source>about %n s left</source>
        <translation>
            <numerusform>剩余约 %n 秒</numerusform>
        </translation>
    </message>
    <message>
        <source>about %1 min %2 s left</source>
        <translation>约剩 %1 分 %2 秒</translation>
    </message>
    <message>
        <source>Batch progress</source>
        <translation>批量操作进度</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Send nothing more; requests already sent finish, the rest are reported cancelled</source>
        <translation>不再发送新请求；已发送的请求将完成，其余请求报告为已取消</translation>
    </message>
    <message>
        <source>%1 done, %2 failed, %3 left</source>
        <translation>已完成 %1 个，失败 %2 个，剩余 %3 个</translation>
    </message>
    <message numerus="yes">
        <source>paused, resuming in %n s</source>
        <translation>
            <numerusform>已暂停，%n 秒后继续</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Rate limited: paused for %n s.</source>
        <translation>
            <numerusform>请求频率受限：已暂停 %n 秒。</numerusform>
        </translation>
    </message>
    <message>
        <source>The portal asked to slow down; the batch resumes by itself.</source>
        <translation>门户要求降低请求速度；批量操作会自动继续。</translation>
    </message>
    <message>
        <source>This key expired on %1 and cannot be reactivated: the portal refuses every change to an expired key. To let what used it work again, create a new key (Keys menu) and give it the new secret; then revoke this one.</source>
        <translation>此密钥已于 %1 过期，无法重新启用：门户会拒绝对已过期密钥的任何更改。要让使用它的程序恢复工作，请创建一个新密钥（“密钥”菜单）并为其提供新的机密；然后撤销此密钥。</translation>
    </message>
    <message>
        <source>This key expired on %1 and no longer works; the portal refuses every change to an expired key, so it cannot be deactivated. Revoke it to remove it.</source>
        <translation>此密钥已于 %1 过期，不再有效；门户会拒绝对已过期密钥的任何更改，因此无法停用它。请撤销它以将其删除。</translation>
    </message>
</context>
<context>
    <name>BatchSummary</name>
    <message numerus="yes">
        <source>Revoked %1 of %n key(s)</source>
        <translation>
            <numerusform>已撤销 %1 个密钥（共 %n 个）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deactivated %1 of %n key(s)</source>
        <translation>
            <numerusform>已停用 %1 个密钥（共 %n 个）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reactivated %1 of %n key(s)</source>
        <translation>
            <numerusform>已重新启用 %1 个密钥（共 %n 个）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n refused by the portal</source>
        <translation>
            <numerusform>%n 个被门户拒绝</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not found on the portal (already revoked, or a wrong id)</source>
        <translation>
            <numerusform>%n 个在门户上未找到（已撤销，或 ID 错误）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with an id that is not a key id</source>
        <translation>
            <numerusform>%n 个的 ID 不是密钥 ID</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not changed because the portal did not accept the token</source>
        <translation>
            <numerusform>%n 个未更改，因为门户不接受该令牌</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not changed because the token may not change keys</source>
        <translation>
            <numerusform>%n 个未更改，因为该令牌无权更改密钥</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not changed because the portal is unavailable</source>
        <translation>
            <numerusform>%n 个未更改，因为门户不可用</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not changed because the portal kept asking to slow down</source>
        <translation>
            <numerusform>%n 个未更改，因为门户一直要求降低请求速度</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed with an error on the portal</source>
        <translation>
            <numerusform>%n 个因门户上的错误而失败</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with an answer that could not be read</source>
        <translation>
            <numerusform>%n 个的响应无法读取</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not sent because the portal could not be reached</source>
        <translation>
            <numerusform>%n 个未发送，因为无法连接到门户</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n timed out</source>
        <translation>
            <numerusform>%n 个已超时</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not sent because the certificate is not trusted</source>
        <translation>
            <numerusform>%n 个未发送，因为证书不受信任</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not sent over unencrypted HTTP</source>
        <translation>
            <numerusform>%n 个未通过未加密的 HTTP 发送</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cancelled</source>
        <translation>
            <numerusform>%n 个已取消</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with an unknown outcome (refresh the list to check)</source>
        <translation>
            <numerusform>%n 个结果未知（请刷新列表进行核实）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Portal address, e.g. https://portal.example.com.</source>
        <translation>门户地址，例如 https://portal.example.com。</translation>
    </message>
    <message>
        <source>Use a saved profile (its portal, settings and keychain token) instead of --portal.</source>
        <translation>使用已保存的配置文件（其门户、设置和钥匙串中的令牌）代替 --portal。</translation>
    </message>
    <message>
        <source>Read the access token from the first line of standard input instead of the DOCSPACE_TOKEN environment variable. Tokens are never accepted as arguments.</source>
        <translation>从标准输入的第一行读取访问令牌，而不是从 DOCSPACE_TOKEN 环境变量读取。令牌绝不通过参数传递。</translation>
    </message>
    <message>
        <source>Also trust the certificate authorities in this PEM file (an internal CA).</source>
        <translation>同时信任此 PEM 文件中的证书颁发机构（内部 CA）。</translation>
    </message>
    <message>
        <source>Trust exactly the server certificate with this SHA-256 fingerprint (hex, colons optional).</source>
        <translation>仅信任具有此 SHA-256 指纹的服务器证书（十六进制，冒号可选）。</translation>
    </message>
    <message>
        <source>Allow plain http:// to a host that is not this computer (the token travels unencrypted).</source>
        <translation>允许以明文 http:// 连接到非本机的主机（令牌将以未加密方式传输）。</translation>
    </message>
    <message>
        <source>Give up when the portal sends nothing for this many seconds (default 30, or the profile&apos;s).</source>
        <translation>门户在此秒数内未发送任何数据时放弃（默认 30，或使用配置文件中的值）。</translation>
    </message>
    <message>
        <source>Invalid --timeout: give a number of seconds between 1 and 3600.</source>
        <translation>无效的 --timeout：请提供 1 到 3600 之间的秒数。</translation>
    </message>
    <message>
        <source>Invalid --trust-cert: %1</source>
        <translation>无效的 --trust-cert：%1</translation>
    </message>
    <message>
        <source>Give either --portal or --profile, not both.</source>
        <translation>请指定 --portal 或 --profile 之一，不能同时指定。</translation>
    </message>
    <message>
        <source>Missing --portal or --profile: give the portal address (e.g. --portal https://portal.example.com) or a saved profile&apos;s name.</source>
        <translation>缺少 --portal 或 --profile：请提供门户地址（例如 --portal https://portal.example.com）或已保存配置文件的名称。</translation>
    </message>
    <message>
        <source>There is no profile named &quot;%1&quot;. &apos;docspace-keys-cli profiles list&apos; shows the saved ones.</source>
        <translation>没有名为“%1”的配置文件。&apos;docspace-keys-cli profiles list&apos; 可列出已保存的配置文件。</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot;: %2</source>
        <translation>配置文件“%1”：%2</translation>
    </message>
    <message>
        <source>Invalid --portal: %1</source>
        <translation>无效的 --portal：%1</translation>
    </message>
    <message>
        <source>No access token on standard input: pipe one line holding the token.</source>
        <translation>标准输入中没有访问令牌：请通过管道传入一行包含令牌的内容。</translation>
    </message>
    <message>
        <source>No token is saved for profile &quot;%1&quot; (%2). Save one with &apos;profiles add --token-stdin&apos;, or set DOCSPACE_TOKEN.</source>
        <translation>配置文件“%1”（%2）未保存令牌。请使用 &apos;profiles add --token-stdin&apos; 保存令牌，或设置 DOCSPACE_TOKEN。</translation>
    </message>
    <message>
        <source>No access token: set DOCSPACE_TOKEN, or pass --token-stdin and pipe it in.</source>
        <translation>没有访问令牌：请设置 DOCSPACE_TOKEN，或传入 --token-stdin 并通过管道输入令牌。</translation>
    </message>
    <message>
        <source>Run &apos;docspace-keys-cli %1 --help&apos; for the options.</source>
        <translation>运行 &apos;docspace-keys-cli %1 --help&apos; 查看选项。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; takes no arguments besides its options.</source>
        <translation>&apos;%1&apos; 除选项外不接受任何参数。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; (%2, ending %3), created by %4, %5</source>
        <translation>“%1”（%2，结尾为 %3），创建者 %4，%5</translation>
    </message>
    <message>
        <source>all scopes</source>
        <translation>所有权限范围</translation>
    </message>
    <message>
        <source>Revoke leaked API-key secrets. Reads any text on standard input (a log, a diff, a chat export), finds every sk- secret in it, asks the portal which key each one is, and revokes it with YOUR token (--profile or DOCSPACE_TOKEN), never with the leaked one. The text and the secrets are kept in memory only. Without --yes it only reports.
Exit status: 0 every secret is revoked or no longer works, 1 otherwise, 2 usage error.</source>
        <translation>撤销已泄露的 API 密钥机密。从标准输入读取任意文本（日志、diff、聊天导出记录），找出其中的每个 sk- 机密，向门户查询每个机密对应的密钥，并使用“您自己的”令牌（--profile 或 DOCSPACE_TOKEN）撤销它，绝不使用泄露的令牌。文本和机密仅保存在内存中。未指定 --yes 时仅报告。
退出状态：0 表示每个机密都已撤销或已失效，1 表示其他情况，2 表示用法错误。</translation>
    </message>
    <message>
        <source>Revoke the identified keys without asking.</source>
        <translation>不经询问直接撤销已识别的密钥。</translation>
    </message>
    <message>
        <source>Print one JSON object per secret.</source>
        <translation>为每个机密输出一个 JSON 对象。</translation>
    </message>
    <message>
        <source>Standard input holds the leaked text: give your own token in DOCSPACE_TOKEN or a profile.</source>
        <translation>标准输入中是泄露的文本：请通过 DOCSPACE_TOKEN 或配置文件提供您自己的令牌。</translation>
    </message>
    <message>
        <source>No API-key secret found on standard input (sk- followed by 64 lower-case hexadecimal digits).</source>
        <translation>标准输入中未找到 API 密钥机密（sk- 后跟 64 位小写十六进制数字）。</translation>
    </message>
    <message>
        <source>%1 is key %2.</source>
        <translation>%1 是密钥 %2。</translation>
    </message>
    <message>
        <source>Not revoked: pass --yes to revoke it.</source>
        <translation>未撤销：传入 --yes 以撤销它。</translation>
    </message>
    <message>
        <source>candidate (same ending): %1</source>
        <translation>候选（结尾相同）：%1</translation>
    </message>
    <message>
        <source>Candidates are never revoked automatically: check them, then use &apos;docspace-keys-cli revoke ID&apos;.</source>
        <translation>候选密钥绝不会自动撤销：请先核实，然后使用 &apos;docspace-keys-cli revoke ID&apos;。</translation>
    </message>
    <message>
        <source>The key-hygiene report: expired keys still present, deactivated keys, keys never used or unused for N days, keys without expiry, keys with every permission.</source>
        <translation>密钥安全检查报告：仍然存在的已过期密钥、已停用的密钥、从未使用或 N 天未使用的密钥、永不过期的密钥、拥有全部权限的密钥。</translation>
    </message>
    <message>
        <source>Print the report as JSON.</source>
        <translation>以 JSON 格式输出报告。</translation>
    </message>
    <message>
        <source>Threshold for unused keys (default 90).</source>
        <translation>未使用密钥的天数阈值（默认 90）。</translation>
    </message>
    <message>
        <source>Also write a printable HTML report to FILE.</source>
        <translation>同时将可打印的 HTML 报告写入 FILE。</translation>
    </message>
    <message>
        <source>Invalid --unused-days: give a whole number of days.</source>
        <translation>无效的 --unused-days：请提供整数天数。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message numerus="yes">
        <source>Key hygiene on %1: %n key(s) examined.</source>
        <translation>
            <numerusform>%1 上的密钥安全检查：已检查 %n 个密钥。</numerusform>
        </translation>
    </message>
    <message>
        <source>portal: %1</source>
        <translation>门户：%1</translation>
    </message>
    <message>
        <source>Revoke (delete) DocSpace API keys by id.</source>
        <translation>按 ID 撤销（删除）DocSpace API 密钥。</translation>
    </message>
    <message>
        <source>Deactivate DocSpace API keys by id: they stop working until reactivated.</source>
        <translation>按 ID 停用 DocSpace API 密钥：密钥在重新启用前将无法使用。</translation>
    </message>
    <message>
        <source>Reactivate deactivated DocSpace API keys by id (expired keys cannot be).</source>
        <translation>按 ID 重新启用已停用的 DocSpace API 密钥（已过期的密钥无法重新启用）。</translation>
    </message>
    <message>
        <source>Do not ask for confirmation (for scripts).</source>
        <translation>不要求确认（用于脚本）。</translation>
    </message>
    <message>
        <source>Print one JSON object per id.</source>
        <translation>为每个 ID 输出一个 JSON 对象。</translation>
    </message>
    <message>
        <source>Key ids (UUIDs), or - for standard input.</source>
        <translation>密钥 ID（UUID），或 - 表示标准输入。</translation>
    </message>
    <message>
        <source>Standard input cannot hold both the token (--token-stdin) and the ids (-): give the token in DOCSPACE_TOKEN or a profile.</source>
        <translation>标准输入不能同时包含令牌（--token-stdin）和 ID（-）：请通过 DOCSPACE_TOKEN 或配置文件提供令牌。</translation>
    </message>
    <message>
        <source>Give at least one key id.</source>
        <translation>请至少提供一个密钥 ID。</translation>
    </message>
    <message>
        <source>Invalid --concurrency: give a number from 1 to %1.</source>
        <translation>无效的 --concurrency：请提供 1 到 %1 之间的数字。</translation>
    </message>
    <message>
        <source>Not revoking: no terminal to ask for confirmation on. Pass --yes to confirm in a script.</source>
        <translation>未撤销：没有可用于确认的终端。在脚本中请传入 --yes 进行确认。</translation>
    </message>
    <message numerus="yes">
        <source>Revoke %n key(s) on %1? This cannot be undone.</source>
        <translation>
            <numerusform>要撤销 %1 上的 %n 个密钥吗？此操作无法恢复。</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing revoked.</source>
        <translation>未撤销任何内容。</translation>
    </message>
    <message numerus="yes">
        <source>Rate limited by the portal: pausing for %n second(s).</source>
        <translation>
            <numerusform>受到门户速率限制：暂停 %n 秒。</numerusform>
        </translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>未知命令“%1”。</translation>
    </message>
    <message>
        <source>Saved portal profiles, shared with the DocSpace Keys window. Tokens are kept in the system keychain, read from standard input (--token-stdin), never from arguments.

</source>
        <translation>已保存的门户配置文件，与 DocSpace Keys 窗口共享。令牌保存在系统钥匙串中，从标准输入（--token-stdin）读取，绝不来自参数。

</translation>
    </message>
    <message>
        <source>Print a JSON array.</source>
        <translation>输出 JSON 数组。</translation>
    </message>
    <message>
        <source>&apos;profiles list&apos; takes no names.</source>
        <translation>&apos;profiles list&apos; 不接受名称。</translation>
    </message>
    <message>
        <source>No saved profiles. Add one with &apos;docspace-keys-cli profiles add NAME --portal URL --token-stdin&apos;.</source>
        <translation>没有已保存的配置文件。请使用 &apos;docspace-keys-cli profiles add NAME --portal URL --token-stdin&apos; 添加。</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>PORTAL</source>
        <translation>门户</translation>
    </message>
    <message>
        <source>AUTH</source>
        <translation>认证</translation>
    </message>
    <message>
        <source>TOKEN</source>
        <translation>令牌</translation>
    </message>
    <message>
        <source>saved</source>
        <translation>已保存</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>&apos;profiles show&apos; takes one profile name.</source>
        <translation>&apos;profiles show&apos; 需要一个配置文件名称。</translation>
    </message>
    <message>
        <source>There is no profile named &quot;%1&quot;.</source>
        <translation>没有名为“%1”的配置文件。</translation>
    </message>
    <message>
        <source>Name:          %1</source>
        <translation>名称：         %1</translation>
    </message>
    <message>
        <source>Portal:        %1</source>
        <translation>门户：         %1</translation>
    </message>
    <message>
        <source>Auth scheme:   %1</source>
        <translation>认证方式：     %1</translation>
    </message>
    <message>
        <source>Token:         %1</source>
        <translation>令牌：         %1</translation>
    </message>
    <message>
        <source>saved in %1</source>
        <translation>保存于%1</translation>
    </message>
    <message>
        <source>not saved</source>
        <translation>未保存</translation>
    </message>
    <message>
        <source>Plain HTTP:    %1</source>
        <translation>明文 HTTP：    %1</translation>
    </message>
    <message>
        <source>ALLOWED (the token may travel unencrypted)</source>
        <translation>已允许（令牌可能以未加密方式传输）</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>已拒绝</translation>
    </message>
    <message>
        <source>Trusted cert:  %1</source>
        <translation>受信任证书：   %1</translation>
    </message>
    <message>
        <source>Extra CA file: %1</source>
        <translation>额外 CA 文件： %1</translation>
    </message>
    <message numerus="yes">
        <source>Timeout:       %n second(s)</source>
        <translation>
            <numerusform>超时：         %n 秒</numerusform>
        </translation>
    </message>
    <message>
        <source>&apos;profiles add&apos; takes one name and --portal.</source>
        <translation>&apos;profiles add&apos; 需要一个名称和 --portal。</translation>
    </message>
    <message>
        <source>No system keychain is available (%1), so the token cannot be saved.</source>
        <translation>没有可用的系统钥匙串（%1），因此无法保存令牌。</translation>
    </message>
    <message>
        <source>The profile was not added. Use DOCSPACE_TOKEN with --portal instead.</source>
        <translation>未添加配置文件。请改用 DOCSPACE_TOKEN 和 --portal。</translation>
    </message>
    <message>
        <source>Added profile &quot;%1&quot; for %2%3.</source>
        <translation>已为 %2 添加配置文件“%1”%3。</translation>
    </message>
    <message>
        <source> (no token saved)</source>
        <translation> （未保存令牌）</translation>
    </message>
    <message>
        <source>, token in the keychain</source>
        <translation>，令牌保存在钥匙串中</translation>
    </message>
    <message>
        <source>&apos;profiles remove&apos; takes one profile name.</source>
        <translation>&apos;profiles remove&apos; 需要一个配置文件名称。</translation>
    </message>
    <message>
        <source>The profile was kept so that its token is not left behind unnoticed.</source>
        <translation>配置文件已保留，以免其令牌在无人察觉的情况下遗留。</translation>
    </message>
    <message>
        <source>Removed profile &quot;%1&quot; and its token.</source>
        <translation>已删除配置文件“%1”及其令牌。</translation>
    </message>
    <message>
        <source>Unknown profiles action &quot;%1&quot;.</source>
        <translation>未知的 profiles 操作“%1”。</translation>
    </message>
    <message>
        <source>Print CSV with a header row.</source>
        <translation>输出带标题行的 CSV。</translation>
    </message>
    <message>
        <source>Only expired keys.</source>
        <translation>仅已过期的密钥。</translation>
    </message>
    <message>
        <source>Only deactivated keys.</source>
        <translation>仅已停用的密钥。</translation>
    </message>
    <message>
        <source>Only keys created by this user (name or id).</source>
        <translation>仅此用户（名称或 ID）创建的密钥。</translation>
    </message>
    <message>
        <source>List the API keys the token can see: all of the portal&apos;s for an administrator, otherwise the caller&apos;s own.</source>
        <translation>列出令牌可见的 API 密钥：管理员可看到门户的全部密钥，其他用户只能看到自己的密钥。</translation>
    </message>
    <message>
        <source>Choose --json or --csv, not both.</source>
        <translation>请选择 --json 或 --csv 之一，不能同时选择。</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>ENDING</source>
        <translation>结尾</translation>
    </message>
    <message>
        <source>CREATED BY</source>
        <translation>创建者</translation>
    </message>
    <message>
        <source>CREATED</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <source>LAST USED</source>
        <translation>上次使用</translation>
    </message>
    <message>
        <source>EXPIRES</source>
        <translation>过期时间</translation>
    </message>
    <message>
        <source>STATE</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>PERMISSIONS</source>
        <translation>权限</translation>
    </message>
    <message>
        <source>never</source>
        <translation>从不</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n key(s) shown.</source>
        <translation>
            <numerusform>显示了 %1 个密钥（共 %n 个）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Print a JSON object.</source>
        <translation>输出 JSON 对象。</translation>
    </message>
    <message>
        <source>Who the token signs in as, and for an API key, which key it is.</source>
        <translation>令牌以谁的身份登录；如果是 API 密钥，还显示它是哪个密钥。</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>警告：%1</translation>
    </message>
    <message>
        <source>Only records from this date or time on (ISO 8601).</source>
        <translation>仅此日期或时间之后的记录（ISO 8601）。</translation>
    </message>
    <message>
        <source>Only records for this portal.</source>
        <translation>仅此门户的记录。</translation>
    </message>
    <message>
        <source>Only records made with this profile.</source>
        <translation>仅使用此配置文件的记录。</translation>
    </message>
    <message>
        <source>Invalid --since: give a date such as 2026-07-01 or 2026-07-01T14:00.</source>
        <translation>无效的 --since：请提供日期，例如 2026-07-01 或 2026-07-01T14:00。</translation>
    </message>
    <message>
        <source>No history yet (%1).</source>
        <translation>尚无历史记录（%1）。</translation>
    </message>
    <message>
        <source>TIME (UTC)</source>
        <translation>时间 (UTC)</translation>
    </message>
    <message>
        <source>OPERATION</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>KEY</source>
        <translation>密钥</translation>
    </message>
    <message>
        <source>OUTCOME</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>HTTP</source>
        <translation>HTTP</translation>
    </message>
    <message>
        <source>BY</source>
        <translation>执行者</translation>
    </message>
    <message>
        <source>At most this many requests at once (1-%1). Without it the batch finds how many the portal takes, up to %2. A rate limit from the portal slows them all.</source>
        <translation>同时发送的最大请求数（1-%1）。不指定时，批量操作会自动探测门户能接受的请求数，最多 %2 个。门户的频率限制会使所有请求变慢。</translation>
    </message>
    <message>
        <source>How to send the token: auto (default; sk-... is an API key), apikey (&quot;Bearer &lt;token&gt;&quot;, also to force it for a session token; alias bearer) or session (as it is).</source>
        <translation>令牌的发送方式：auto（默认；sk-... 为 API 密钥）、apikey（&quot;Bearer &lt;token&gt;&quot;，也可用于强制以此方式发送会话令牌；别名 bearer）或 session（原样发送）。</translation>
    </message>
    <message>
        <source>Invalid --auth &quot;%1&quot;: use auto, apikey, bearer or session.</source>
        <translation>无效的 --auth “%1”：请使用 auto、apikey、bearer 或 session。</translation>
    </message>
    <message>
        <source>Certificate SHA-256 fingerprint: %1</source>
        <translation>证书 SHA-256 指纹：%1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; (%2)</source>
        <translation>“%1”（%2）</translation>
    </message>
    <message>
        <source>created by %1</source>
        <translation>创建者 %1</translation>
    </message>
    <message>
        <source>Not deactivating: no terminal to ask for confirmation on. Pass --yes to confirm in a script.</source>
        <translation>未停用：没有可用于请求确认的终端。在脚本中请传入 --yes 进行确认。</translation>
    </message>
    <message>
        <source>Not reactivating: no terminal to ask for confirmation on. Pass --yes to confirm in a script.</source>
        <translation>未重新启用：没有可用于请求确认的终端。在脚本中请传入 --yes 进行确认。</translation>
    </message>
    <message numerus="yes">
        <source>... and %n more key(s)</source>
        <translation>
            <numerusform>... 另有 %n 个密钥</numerusform>
        </translation>
    </message>
    <message>
        <source>(The key list could not be read to name the keys: %1)</source>
        <translation>（无法读取密钥列表以显示密钥名称：%1）</translation>
    </message>
    <message numerus="yes">
        <source>Deactivate %n key(s) on %1? They stop working until reactivated.</source>
        <translation>
            <numerusform>要停用 %1 上的 %n 个密钥吗？在重新启用之前，它们将无法使用。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reactivate %n key(s) on %1?</source>
        <translation>
            <numerusform>要重新启用 %1 上的 %n 个密钥吗？</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing deactivated.</source>
        <translation>未停用任何密钥。</translation>
    </message>
    <message>
        <source>Nothing reactivated.</source>
        <translation>未重新启用任何密钥。</translation>
    </message>
    <message>
        <source>Revoke (delete) API keys by id</source>
        <translation>按 ID 撤销（删除）API 密钥</translation>
    </message>
    <message>
        <source>Deactivate keys (reversible)</source>
        <translation>停用密钥（可恢复）</translation>
    </message>
    <message>
        <source>Reactivate deactivated keys</source>
        <translation>重新启用已停用的密钥</translation>
    </message>
    <message>
        <source>List the keys the token can see</source>
        <translation>列出令牌可见的密钥</translation>
    </message>
    <message>
        <source>Who the token signs in as, and which key it is</source>
        <translation>令牌以谁的身份登录，以及它是哪个密钥</translation>
    </message>
    <message>
        <source>What was revoked from this computer, when, by whom and with what result</source>
        <translation>从本机撤销了什么、何时、由谁撤销以及结果如何</translation>
    </message>
    <message>
        <source>Find leaked sk- secrets in text on standard input and revoke them</source>
        <translation>在标准输入的文本中查找泄露的 sk- 机密并撤销它们</translation>
    </message>
    <message>
        <source>The key-hygiene report: expired, unused, unrestricted keys...</source>
        <translation>密钥安全检查报告：已过期、未使用、无限制的密钥…</translation>
    </message>
    <message>
        <source>List, show, add and remove saved portal profiles</source>
        <translation>列出、显示、添加和删除已保存的门户配置文件</translation>
    </message>
    <message>
        <source>Usage: docspace-keys-cli &lt;command&gt; [options]</source>
        <translation>用法：docspace-keys-cli &lt;命令&gt; [选项]</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>命令：</translation>
    </message>
    <message>
        <source>Run &apos;docspace-keys-cli &lt;command&gt; --help&apos; for a command&apos;s options.
The access token comes from DOCSPACE_TOKEN or --token-stdin, never from arguments.
Exit status: 0 success, 1 an operation failed, 2 usage error.
</source>
        <translation>运行 &apos;docspace-keys-cli &lt;命令&gt; --help&apos; 查看命令的选项。
访问令牌来自 DOCSPACE_TOKEN 或 --token-stdin，绝不来自参数。
退出状态：0 表示成功，1 表示操作失败，2 表示用法错误。
</translation>
    </message>
    <message>
        <source>Also write the report as CSV to FILE (the same file as the window&apos;s export).</source>
        <translation>同时将报告以 CSV 格式写入 FILE（与窗口中导出的文件相同）。</translation>
    </message>
    <message numerus="yes">
        <source>%n repeated id(s) on standard input skipped.</source>
        <translation>
            <numerusform>已跳过标准输入中 %n 个重复的 ID。</numerusform>
        </translation>
    </message>
    <message>
        <source>Each id gets one line of output, in the order given; every attempt is kept in the local history.
Without --yes, asks on the terminal, naming the portal and the keys.
Give - to read ids from standard input, one per line or a CSV export with an id column (blank lines and # comments are ignored).
Exit status: 0 every key changed, 1 at least one not, 2 usage error.</source>
        <translation>每个 ID 按给定顺序输出一行；每次操作都会记录在本地历史记录中。
未指定 --yes 时，会在终端中列出门户和密钥并请求确认。
指定 - 可从标准输入读取 ID，每行一个，或读取带有 id 列的 CSV 导出文件（忽略空行和 # 注释）。
退出状态：0 表示所有密钥均已更改，1 表示至少有一个未更改，2 表示用法错误。</translation>
    </message>
    <message>
        <source>window</source>
        <translation>窗口</translation>
    </message>
    <message>
        <source>command line</source>
        <translation>命令行</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>who acted (window or command line)</comment>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Invalid --expires-in-days: give a whole number of days from 1 to %1 (leave it out for a key that never expires).</source>
        <translation>无效的 --expires-in-days：请指定 1 到 %1 之间的整数天数（永不过期的密钥请省略此选项）。</translation>
    </message>
    <message>
        <source>no token is saved for it (%1)</source>
        <translation>该配置文件未保存令牌（%1）</translation>
    </message>
    <message>
        <source>Create an API key (POST /api/2.0/keys). The new key&apos;s secret is printed once, alone on the first line of standard output, and kept nowhere: not in the history, not in any file. With --json a second line holds the key as a JSON object (without the secret).
Without --expires-in-days the key never expires. The portal lets each user create at most 5 keys in 15 minutes.
Exit status: 0 created, 1 not created, 2 usage error.</source>
        <translation>创建 API 密钥（POST /api/2.0/keys）。新密钥的机密只输出一次，单独位于标准输出的第一行，且不会保存在任何地方：既不在历史记录中，也不在任何文件中。使用 --json 时，第二行以 JSON 对象形式输出该密钥（不含机密）。
未指定 --expires-in-days 时，密钥永不过期。门户允许每个用户在 15 分钟内最多创建 5 个密钥。
退出状态：0 表示已创建，1 表示未创建，2 表示用法错误。</translation>
    </message>
    <message>
        <source>The key&apos;s name (at most %1 characters).</source>
        <translation>密钥的名称（最多 %1 个字符）。</translation>
    </message>
    <message>
        <source>all (default), read-only, or a comma-separated list of files, rooms, profile, accounts each with :read or :write (write includes read), e.g. files:write,rooms:read.</source>
        <translation>all（默认）、read-only，或由 files、rooms、profile、accounts 组成的逗号分隔列表，每项带 :read 或 :write（write 包含 read），例如 files:write,rooms:read。</translation>
    </message>
    <message>
        <source>The key stops working after this many days (1-%1).</source>
        <translation>密钥在这么多天后失效（1-%1）。</translation>
    </message>
    <message>
        <source>Also print the new key as a JSON object.</source>
        <translation>同时以 JSON 对象形式输出新密钥。</translation>
    </message>
    <message>
        <source>Give the key&apos;s name with --name.</source>
        <translation>请使用 --name 指定密钥的名称。</translation>
    </message>
    <message>
        <source>Created &quot;%1&quot; (%2, ending %3; permissions: %4; %5). The secret on standard output is shown only this once: store it now.</source>
        <translation>已创建“%1”（%2，结尾为 %3；权限：%4；%5）。标准输出中的机密仅显示这一次：请立即保存。</translation>
    </message>
    <message>
        <source>expires %1</source>
        <translation>%1 过期</translation>
    </message>
    <message>
        <source>never expires</source>
        <translation>永不过期</translation>
    </message>
    <message>
        <source>Change a key&apos;s name and/or permissions (PUT /api/2.0/keys/{id}). The key keeps its secret. Expired keys cannot be changed.
Exit status: 0 changed, 1 not changed, 2 usage error.</source>
        <translation>更改密钥的名称和/或权限（PUT /api/2.0/keys/{id}）。密钥的机密保持不变。已过期的密钥无法更改。
退出状态：0 表示已更改，1 表示未更改，2 表示用法错误。</translation>
    </message>
    <message>
        <source>The new name (at most %1 characters).</source>
        <translation>新名称（最多 %1 个字符）。</translation>
    </message>
    <message>
        <source>The new permissions: all, read-only, or e.g. files:write,rooms:read.</source>
        <translation>新权限：all、read-only，或例如 files:write,rooms:read。</translation>
    </message>
    <message>
        <source>Print the outcome as a JSON object.</source>
        <translation>以 JSON 对象形式输出结果。</translation>
    </message>
    <message>
        <source>The key&apos;s id (UUID).</source>
        <translation>密钥的 ID（UUID）。</translation>
    </message>
    <message>
        <source>Give exactly one key id.</source>
        <translation>请只指定一个密钥 ID。</translation>
    </message>
    <message>
        <source>Rotate keys: create a replacement for each (the same name plus &quot; (rotated)&quot;, the same permissions, the same whole lifetime), then revoke the old keys. If any replacement cannot be created, no old key is revoked. One line per key: old id, outcome, new id, old key&apos;s state, and the new secret (shown only this once), unless --secrets-file.
Exit status: 0 every key rotated, 1 not all (the lines say which old keys still work), 2 usage error.</source>
        <translation>轮换密钥：为每个密钥创建一个替换密钥（名称相同并加上 &quot; (rotated)&quot;，权限相同，总有效期相同），然后撤销旧密钥。只要有一个替换密钥无法创建，就不撤销任何旧密钥。每个密钥一行：旧 ID、结果、新 ID、旧密钥的状态以及新机密（仅显示这一次），使用 --secrets-file 时除外。
退出状态：0 表示所有密钥均已轮换，1 表示并非全部（各行会说明哪些旧密钥仍然有效），2 表示用法错误。</translation>
    </message>
    <message>
        <source>Do not ask before revoking the old keys (for scripts).</source>
        <translation>撤销旧密钥前不询问（用于脚本）。</translation>
    </message>
    <message>
        <source>Print one JSON object per key.</source>
        <translation>为每个密钥输出一个 JSON 对象。</translation>
    </message>
    <message>
        <source>Write the new secrets to this file (readable by you only) instead of standard output.</source>
        <translation>将新机密写入此文件（仅您本人可读），而不是标准输出。</translation>
    </message>
    <message>
        <source>Key ids (UUIDs).</source>
        <translation>密钥 ID（UUID）。</translation>
    </message>
    <message>
        <source>Not rotating: no terminal to confirm revoking the old keys on. Pass --yes to confirm in a script.</source>
        <translation>未轮换：没有可用于确认撤销旧密钥的终端。在脚本中请传入 --yes 进行确认。</translation>
    </message>
    <message>
        <source>%1: the portal lists no such key (or not to this token); nothing was created or revoked.</source>
        <translation>%1：门户中没有此密钥（或此令牌看不到它）；未创建或撤销任何内容。</translation>
    </message>
    <message>
        <source>Cannot write the secrets file %1: %2. The new secrets are printed instead.</source>
        <translation>无法写入机密文件 %1：%2。改为输出新机密。</translation>
    </message>
    <message>
        <source>Old keys not revoked; they and their replacements all work.</source>
        <translation>未撤销旧密钥；旧密钥及其替换密钥均可使用。</translation>
    </message>
    <message>
        <source>A replacement could not be created, so no old key was revoked.</source>
        <translation>有一个替换密钥无法创建，因此未撤销任何旧密钥。</translation>
    </message>
    <message>
        <source>Not tried: an earlier replacement failed.</source>
        <translation>未尝试：之前的一个替换密钥创建失败。</translation>
    </message>
    <message>
        <source>Replacement created; revoking the old key failed: %1</source>
        <translation>已创建替换密钥；撤销旧密钥失败：%1</translation>
    </message>
    <message>
        <source>Replacement created, old key revoked.</source>
        <translation>已创建替换密钥，旧密钥已撤销。</translation>
    </message>
    <message>
        <source>Replacement created; the old key still works.</source>
        <translation>已创建替换密钥；旧密钥仍然有效。</translation>
    </message>
    <message>
        <source>OLD ID</source>
        <translation>旧 ID</translation>
    </message>
    <message>
        <source>NEW ID</source>
        <translation>新 ID</translation>
    </message>
    <message>
        <source>OLD KEY</source>
        <translation>旧密钥</translation>
    </message>
    <message>
        <source>NEW SECRET (shown once)</source>
        <translation>新机密（仅显示一次）</translation>
    </message>
    <message numerus="yes">
        <source>%n old key(s) still work:</source>
        <translation>
            <numerusform>%n 个旧密钥仍然有效：</numerusform>
        </translation>
    </message>
    <message>
        <source>REVOKE AFTER (UTC)</source>
        <translation>撤销时间不早于（UTC）</translation>
    </message>
    <message>
        <source>NOTE</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Invalid --after-days: give a whole number of days from 0 to %1.</source>
        <translation>无效的 --after-days：请指定 0 到 %1 之间的整数天数。</translation>
    </message>
    <message>
        <source>Deactivated; revoked on or after %1 (UTC) unless reactivated, when &apos;docspace-keys-cli retire --due&apos; or the app runs.</source>
        <translation>已停用；除非重新启用，否则将在 %1（UTC）或之后运行 &apos;docspace-keys-cli retire --due&apos; 或本应用时撤销。</translation>
    </message>
    <message>
        <source>Deactivated, but the plan could not be saved: %1</source>
        <translation>已停用，但无法保存计划：%1</translation>
    </message>
    <message>
        <source>%1: planned without a saved profile; run &apos;retire --due --portal %1&apos; with its token.</source>
        <translation>%1：计划时未使用已保存的配置文件；请使用其令牌运行 &apos;retire --due --portal %1&apos;。</translation>
    </message>
    <message>
        <source>%1 (profile &quot;%2&quot;): %3</source>
        <translation>%1（配置文件“%2”）：%3</translation>
    </message>
    <message>
        <source>the profile now points elsewhere</source>
        <translation>该配置文件现在指向其他地址</translation>
    </message>
    <message>
        <source>skipped: %1</source>
        <translation>已跳过：%1</translation>
    </message>
    <message>
        <source>Nothing is due.</source>
        <translation>没有到期的项目。</translation>
    </message>
    <message>
        <source>Retire keys in stages.
  retire ID... --after-days N   deactivate now; revoke after N days unless reactivated
  retire --due                  revoke what is due (run it daily from a timer); a key reactivated meanwhile is left alone and the plan says so
  retire --list                 show the plan
  retire --cancel ID...         take keys out of the plan (they stay deactivated)
The plan is kept beside the history (%1) and never holds a token. --due uses each planned profile&apos;s keychain token, or the connection given with --portal/--profile.
Exit status: 0 all done, 1 something failed or is left for the next run, 2 usage error.</source>
        <translation>分阶段停用并撤销密钥。
  retire ID... --after-days N   立即停用；除非重新启用，否则 N 天后撤销
  retire --due                  撤销已到期的密钥（请用定时器每天运行）；期间被重新启用的密钥保持不变，计划中会注明
  retire --list                 显示计划
  retire --cancel ID...         将密钥移出计划（它们仍保持停用）
计划保存在历史记录旁边（%1），绝不包含令牌。--due 使用每个已计划配置文件在钥匙串中的令牌，或使用 --portal/--profile 指定的连接。
退出状态：0 表示全部完成，1 表示有操作失败或留待下次运行，2 表示用法错误。</translation>
    </message>
    <message>
        <source>Revoke after this many days.</source>
        <translation>在这么多天后撤销。</translation>
    </message>
    <message>
        <source>Carry out what is due.</source>
        <translation>执行已到期的操作。</translation>
    </message>
    <message>
        <source>Show the plan.</source>
        <translation>显示计划。</translation>
    </message>
    <message>
        <source>Take the given keys out of the plan.</source>
        <translation>将指定的密钥移出计划。</translation>
    </message>
    <message>
        <source>JSON output.</source>
        <translation>以 JSON 格式输出。</translation>
    </message>
    <message>
        <source>Give exactly one of --after-days N (with ids), --due, --list or --cancel (with ids).</source>
        <translation>请只指定以下其中之一：--after-days N（带 ID）、--due、--list 或 --cancel（带 ID）。</translation>
    </message>
    <message>
        <source>--due and --list take no key ids.</source>
        <translation>--due 和 --list 不接受密钥 ID。</translation>
    </message>
    <message numerus="yes">
        <source>%n key(s) taken out of the plan.</source>
        <translation>
            <numerusform>已将 %n 个密钥移出计划。</numerusform>
        </translation>
    </message>
    <message>
        <source>The retirement plan is empty (%1).</source>
        <translation>停用计划为空（%1）。</translation>
    </message>
    <message>
        <source>List the keys of every saved profile together, with the portal as a column, using each profile&apos;s keychain token. A portal that cannot be listed is reported and the others are still shown.
Exit status: 0 every portal listed, 1 at least one not, 2 usage error.</source>
        <translation>使用每个配置文件在钥匙串中的令牌，一并列出所有已保存配置文件的密钥，并以门户作为一列。无法列出的门户会被报告，其他门户仍会显示。
退出状态：0 表示所有门户均已列出，1 表示至少有一个未列出，2 表示用法错误。</translation>
    </message>
    <message>
        <source>Every saved profile.</source>
        <translation>所有已保存的配置文件。</translation>
    </message>
    <message>
        <source>No saved profiles: add some with &apos;docspace-keys-cli profiles add&apos;.</source>
        <translation>没有已保存的配置文件：请使用 &apos;docspace-keys-cli profiles add&apos; 添加。</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; skipped: %2</source>
        <translation>已跳过配置文件“%1”：%2</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; (%2): %3</source>
        <translation>配置文件“%1”（%2）：%3</translation>
    </message>
    <message>
        <source>PROFILE</source>
        <translation>配置文件</translation>
    </message>
    <message>
        <source>Create an API key (its secret is printed once)</source>
        <translation>创建 API 密钥（其机密只输出一次）</translation>
    </message>
    <message>
        <source>Change a key&apos;s name or permissions</source>
        <translation>更改密钥的名称或权限</translation>
    </message>
    <message>
        <source>Replace keys with new ones, then revoke the old</source>
        <translation>用新密钥替换旧密钥，然后撤销旧密钥</translation>
    </message>
    <message>
        <source>Deactivate now, revoke after N days unless reactivated</source>
        <translation>立即停用；除非重新启用，否则 N 天后撤销</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n key(s) shown</source>
        <translation>
            <numerusform>显示 %1 个，共 %n 个密钥</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, from %n portal(s).</source>
        <translation>
            <numerusform>,来自 %n 个门户。</numerusform>
        </translation>
    </message>
    <message>
        <source>(this token)</source>
        <translation>（此令牌）</translation>
    </message>
    <message>
        <source>Type the number of keys (%1) to confirm; anything else cancels: </source>
        <translation>请输入密钥数量（%1）以确认；输入其他任何内容将取消：</translation>
    </message>
    <message>
        <source>The number was not typed.</source>
        <translation>未输入数量。</translation>
    </message>
    <message>
        <source>%1 is the key this command signs in with on %2.</source>
        <translation>%1 是此命令在 %2 上用于登录的密钥。</translation>
    </message>
    <message>
        <source>Once it is revoked, this token can no longer list or change keys; revocation cannot be undone.</source>
        <translation>撤销后，此令牌将无法再列出或更改密钥；撤销操作无法恢复。</translation>
    </message>
    <message>
        <source>While it is deactivated, this token cannot list, change or even reactivate keys.</source>
        <translation>停用期间，此令牌无法列出、更改甚至重新启用密钥。</translation>
    </message>
    <message>
        <source>Revoke it too (i), skip it and go on with the others (s), or cancel everything (c)? [i/s/C] </source>
        <translation>也撤销它 (i)、跳过它并继续处理其他密钥 (s)，还是全部取消 (c)？[i/s/C] </translation>
    </message>
    <message>
        <source>Deactivate it too (i), skip it and go on with the others (s), or cancel everything (c)? [i/s/C] </source>
        <translation>也停用它 (i)、跳过它并继续处理其他密钥 (s)，还是全部取消 (c)？[i/s/C] </translation>
    </message>
    <message>
        <source>Skipping the key of this token.</source>
        <translation>正在跳过此令牌的密钥。</translation>
    </message>
    <message>
        <source>Only keys unused for N days.</source>
        <translation>仅 N 天内未使用的密钥。</translation>
    </message>
    <message>
        <source>Every replacement was created. Now the old keys:</source>
        <translation>所有替换密钥均已创建。现在处理旧密钥：</translation>
    </message>
    <message>
        <source>Every creation, change, revocation, deactivation and reactivation attempted from this computer, oldest first: which key, who acted, and what the portal answered (an edit&apos;s outcome says what it changed). The history is local: it never holds tokens or secrets.</source>
        <translation>从本机尝试的每次创建、更改、撤销、停用和重新启用操作，按时间从早到晚排列：哪个密钥、由谁操作以及门户的响应（编辑操作的结果会说明更改了什么）。历史记录保存在本地：绝不包含令牌或机密。</translation>
    </message>
</context>
<context>
    <name>Cli::Invocation</name>
    <message>
        <source>Warning: sending the access token to %1 over unencrypted HTTP.</source>
        <translation>警告：正在通过未加密的 HTTP 向 %1 发送访问令牌。</translation>
    </message>
</context>
<context>
    <name>ConnectionReport</name>
    <message>
        <source>owner</source>
        <translation>所有者</translation>
    </message>
    <message>
        <source>administrator</source>
        <translation>管理员</translation>
    </message>
    <message>
        <source>guest</source>
        <translation>访客</translation>
    </message>
    <message>
        <source>member</source>
        <translation>成员</translation>
    </message>
    <message>
        <source>Signed in as %1 (%2)</source>
        <translation>已登录为 %1（%2）</translation>
    </message>
    <message>
        <source>all scopes</source>
        <translation>所有权限范围</translation>
    </message>
    <message>
        <source>expires %1</source>
        <translation>%1 过期</translation>
    </message>
    <message>
        <source>never expires</source>
        <translation>永不过期</translation>
    </message>
    <message>
        <source>API key &quot;%1&quot;: %2; %3</source>
        <translation>API 密钥“%1”：%2；%3</translation>
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
        <translation>正在登录 %1…</translation>
    </message>
    <message>
        <source>This token can revoke keys on %1.</source>
        <translation>此令牌可以撤销 %1 上的密钥。</translation>
    </message>
    <message>
        <source>Could not sign in to %1: %2</source>
        <translation>无法登录 %1：%2</translation>
    </message>
    <message>
        <source>The portal said: %1</source>
        <translation>门户返回：%1</translation>
    </message>
    <message>
        <source>Certificate SHA-256 fingerprint: %1</source>
        <translation>证书 SHA-256 指纹：%1</translation>
    </message>
    <message>
        <source>Trusted for this session: test the connection again.</source>
        <translation>已在本次会话中信任：请再次测试连接。</translation>
    </message>
    <message>
        <source>Tr&amp;ust This Certificate…</source>
        <translation>信任此证书(&amp;U)…</translation>
    </message>
</context>
<context>
    <name>ConnectionTest</name>
    <message>
        <source>This API key cannot revoke keys: it lacks the *:write scope.</source>
        <translation>此 API 密钥无法撤销密钥：它缺少 *:write 权限范围。</translation>
    </message>
    <message numerus="yes">
        <source>This API key expires in %n day(s), on %1.</source>
        <translation>
            <numerusform>此 API 密钥将在 %n 天后（%1）过期。</numerusform>
        </translation>
    </message>
    <message>
        <source>The portal answered, but not with a user profile. Check that the address is a DocSpace portal.</source>
        <translation>门户已响应，但返回的不是用户资料。请检查该地址是否为 DocSpace 门户。</translation>
    </message>
    <message>
        <source>You are not an administrator: you can revoke only the keys you created.</source>
        <translation>您不是管理员：只能撤销您自己创建的密钥。</translation>
    </message>
    <message>
        <source>The key&apos;s own details could not be read: %1</source>
        <translation>无法读取该密钥本身的详细信息：%1</translation>
    </message>
    <message>
        <source>The portal refused even to tell its version (HTTP 403 without a message): it is probably being moved, restored or encrypted. Try again later.</source>
        <translation>门户甚至拒绝告知其版本（HTTP 403，无消息）：它可能正在迁移、恢复或加密。请稍后重试。</translation>
    </message>
    <message>
        <source>The address answered, but not as a DocSpace portal: it does not say which DocSpace version it runs (HTTP %1 to /api/2.0/settings/version/build). Check that it is your portal&apos;s own address, not a login page, a proxy or another site.</source>
        <translation>该地址有应答，但不像 DocSpace 门户：它没有说明运行的 DocSpace 版本（/api/2.0/settings/version/build 返回 HTTP %1）。请确认这是您门户本身的地址，而不是登录页面、代理或其他网站。</translation>
    </message>
    <message>
        <source>This portal runs DocSpace %1, which has no API keys: they appeared in DocSpace 3.1. The portal must be updated before its keys can be managed.</source>
        <translation>此门户运行的是 DocSpace %1，其中没有 API 密钥：API 密钥从 DocSpace 3.1 开始提供。必须先更新门户，才能管理其密钥。</translation>
    </message>
    <message>
        <source>DocSpace %1 lets any API key list, create, change and revoke keys, whatever its scopes (a key with only files:read can delete keys; fixed in 3.7.1). Treat every key of this portal as able to manage keys, and update the portal.</source>
        <translation>DocSpace %1 允许任何 API 密钥列出、创建、更改和撤销密钥，而不论其权限范围如何（仅有 files:read 的密钥也能删除密钥；已在 3.7.1 中修复）。请将此门户的每个密钥都视为能够管理密钥，并更新门户。</translation>
    </message>
    <message>
        <source>DocSpace %1 is older than 3.7.1: its key routes do not check that an id is a UUID (a malformed id gets a validation error, not &quot;not found&quot;), and expired keys can still be changed and reactivated.</source>
        <translation>DocSpace %1 早于 3.7.1：其密钥接口不检查 ID 是否为 UUID（格式错误的 ID 会得到验证错误，而不是“未找到”），并且已过期的密钥仍可被更改和重新启用。</translation>
    </message>
</context>
<context>
    <name>DocSpaceClient</name>
    <message>
        <source>No access token was given, so nothing was sent. Enter an API key or session token.</source>
        <translation>未提供访问令牌，因此未发送任何内容。请输入 API 密钥或会话令牌。</translation>
    </message>
    <message>
        <source>The portal&apos;s answer held no key list. Check that the address is a DocSpace portal.</source>
        <translation>门户的响应中不包含密钥列表。请检查该地址是否为 DocSpace 门户。</translation>
    </message>
</context>
<context>
    <name>HistoryLog</name>
    <message>
        <source>The history file %1 is locked by another DocSpace Keys process.</source>
        <translation>历史记录文件 %1 已被另一个 DocSpace Keys 进程锁定。</translation>
    </message>
    <message>
        <source>Cannot write the history file %1: %2.</source>
        <translation>无法写入历史记录文件 %1：%2。</translation>
    </message>
    <message>
        <source>Cannot read the history file %1: %2.</source>
        <translation>无法读取历史记录文件 %1：%2。</translation>
    </message>
    <message>
        <source>Line %1 of the history file is incomplete or damaged and was skipped.</source>
        <translation>历史记录文件第 %1 行不完整或已损坏，已跳过。</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <source>%1 (…%2)</source>
        <translation>%1（…%2）</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation>停用</translation>
    </message>
    <message>
        <source>Reactivate</source>
        <translation>重新启用</translation>
    </message>
    <message>
        <source>command line</source>
        <translation>命令行</translation>
    </message>
    <message>
        <source>window</source>
        <translation>窗口</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Key id: %1</source>
        <translation>密钥 ID：%1</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Portal</source>
        <translation>门户</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>配置文件</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>密钥</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>HTTP</source>
        <translation>HTTP</translation>
    </message>
    <message>
        <source>By</source>
        <translation>执行者</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>消息</translation>
    </message>
    <message>
        <source>name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>permissions</source>
        <translation>权限</translation>
    </message>
    <message>
        <source>Edited: %1</source>
        <comment>what was changed: name, permissions</comment>
        <translation>已编辑：%1</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>创建</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>编辑</translation>
    </message>
</context>
<context>
    <name>HistoryRecorder</name>
    <message>
        <source>This result was not recorded in the history. %1 Check that the folder is writable and that the disk is not full.</source>
        <translation>此结果未记录到历史记录中。%1 请检查文件夹是否可写以及磁盘是否已满。</translation>
    </message>
    <message>
        <source>Created with the permissions %1; it expires on %2 (UTC).</source>
        <translation>已创建，权限为 %1；将于 %2（UTC）过期。</translation>
    </message>
    <message>
        <source>Created with the permissions %1; it never expires.</source>
        <translation>已创建，权限为 %1；永不过期。</translation>
    </message>
    <message>
        <source>Replacement for “%1” (%2), in a rotation.</source>
        <translation>轮换中“%1”（%2）的替换密钥。</translation>
    </message>
    <message>
        <source>Name “%1”, was “%2”.</source>
        <translation>名称“%1”，原为“%2”。</translation>
    </message>
    <message>
        <source>Name “%1”.</source>
        <translation>名称“%1”。</translation>
    </message>
    <message>
        <source>Permissions %1.</source>
        <translation>权限 %1。</translation>
    </message>
    <message>
        <source>Permissions %1, were %2.</source>
        <translation>权限 %1，原为 %2。</translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <source>&amp;Reload</source>
        <translation>重新加载(&amp;R)</translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation>导出 CSV(&amp;X)…</translation>
    </message>
    <message>
        <source>Portal filter</source>
        <translation>门户筛选</translation>
    </message>
    <message>
        <source>Outcome filter</source>
        <translation>结果筛选</translation>
    </message>
    <message>
        <source>Search key, message, user…</source>
        <translation>搜索密钥、消息、用户…</translation>
    </message>
    <message>
        <source>Search the history</source>
        <translation>搜索历史记录</translation>
    </message>
    <message>
        <source>Save the rows shown (after filtering) as a CSV file.</source>
        <translation>将当前显示的行（筛选后）保存为 CSV 文件。</translation>
    </message>
    <message numerus="yes">
        <source>…and %n more damaged line(s).</source>
        <translation>
            <numerusform>…另有 %n 行已损坏。</numerusform>
        </translation>
    </message>
    <message>
        <source>Some of the history could not be read, so it may be incomplete:
%1
The file is %2; the other records are shown. New records are still added.</source>
        <translation>部分历史记录无法读取，因此可能不完整：
%1
文件位于 %2；其他记录照常显示。新记录仍会继续添加。</translation>
    </message>
    <message>
        <source>All portals</source>
        <translation>所有门户</translation>
    </message>
    <message>
        <source>All outcomes</source>
        <translation>所有结果</translation>
    </message>
    <message>
        <source>Nothing recorded yet. Every revocation, deactivation and reactivation made here or with docspace-keys-cli is listed here.</source>
        <translation>尚无任何记录。在此处或通过 docspace-keys-cli 进行的每次撤销、停用和重新启用操作都会列在这里。</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s).</source>
        <translation>
            <numerusform>%n 条记录。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n record(s) shown.</source>
        <translation>
            <numerusform>显示了 %1 条记录（共 %n 条）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Export History</source>
        <translation>导出历史记录</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV 文件 (*.csv);;所有文件 (*)</translation>
    </message>
    <message>
        <source>History Not Exported</source>
        <translation>历史记录未导出</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>无法写入 %1。</translation>
    </message>
    <message>
        <source>%1
Choose another folder, or check that the disk is not full.</source>
        <translation>%1
请选择其他文件夹，或检查磁盘是否已满。</translation>
    </message>
    <message>
        <source>Port&amp;al:</source>
        <translation>门户(&amp;A)：</translation>
    </message>
    <message>
        <source>O&amp;utcome:</source>
        <translation>结果(&amp;U)：</translation>
    </message>
</context>
<context>
    <name>HygieneReport</name>
    <message>
        <source>Expired keys still present</source>
        <translation>仍然存在的已过期密钥</translation>
    </message>
    <message>
        <source>They no longer work but still clutter the list and hide real problems; revoke them.</source>
        <translation>它们已无法使用，但仍使列表杂乱并掩盖真正的问题；请撤销它们。</translation>
    </message>
    <message>
        <source>Deactivated keys</source>
        <translation>已停用的密钥</translation>
    </message>
    <message>
        <source>Anyone who may change them can switch them back on; revoke those that are no longer needed.</source>
        <translation>任何有权更改它们的人都可以重新启用它们；请撤销不再需要的密钥。</translation>
    </message>
    <message>
        <source>Keys never used</source>
        <translation>从未使用的密钥</translation>
    </message>
    <message>
        <source>Nothing depends on them yet; deactivate them until someone asks.</source>
        <translation>目前尚无任何内容依赖它们；请先停用，直到有人需要。</translation>
    </message>
    <message>
        <source>Forgotten keys are the ones that leak unnoticed; deactivate them.</source>
        <translation>被遗忘的密钥最容易在无人察觉的情况下泄露；请停用它们。</translation>
    </message>
    <message>
        <source>Keys that never expire</source>
        <translation>永不过期的密钥</translation>
    </message>
    <message>
        <source>A leaked key without an expiry date works until someone notices; replace them with keys that expire.</source>
        <translation>没有过期日期的密钥一旦泄露，在被发现之前会一直有效；请将其替换为会过期的密钥。</translation>
    </message>
    <message>
        <source>Keys with every permission</source>
        <translation>拥有全部权限的密钥</translation>
    </message>
    <message>
        <source>They can do anything the owner can; give integrations only the scopes they need.</source>
        <translation>它们可以执行所有者能执行的任何操作；请只为集成授予其所需的权限范围。</translation>
    </message>
    <message>
        <source>API key hygiene report</source>
        <translation>API 密钥安全检查报告</translation>
    </message>
    <message>
        <source>Portal: %1</source>
        <translation>门户：%1</translation>
    </message>
    <message>
        <source>Generated: %1 UTC</source>
        <translation>生成时间：%1 UTC</translation>
    </message>
    <message numerus="yes">
        <source>Keys examined: %1; unused threshold: %n day(s)</source>
        <translation>
            <numerusform>已检查密钥：%1；未使用阈值：%n 天</numerusform>
        </translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>发现</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>密钥</translation>
    </message>
    <message>
        <source>Suggested action</source>
        <translation>建议操作</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation>停用</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Ending</source>
        <translation>结尾</translation>
    </message>
    <message>
        <source>Created by</source>
        <translation>创建者</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <source>Last used</source>
        <translation>上次使用</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>过期时间</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>never</source>
        <translation>从不</translation>
    </message>
    <message>
        <source>Permissions</source>
        <translation>权限</translation>
    </message>
    <message>
        <source>all</source>
        <translation>全部</translation>
    </message>
</context>
<context>
    <name>HygieneReportView</name>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>API key hygiene</source>
        <translation>API 密钥安全检查</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>导出 CSV(&amp;C)…</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <source>Unused for more than this many days</source>
        <translation>未使用超过此天数</translation>
    </message>
    <message>
        <source>Choose a portal profile to see its report.</source>
        <translation>请选择一个门户配置文件以查看其报告。</translation>
    </message>
    <message>
        <source>Loading the key list from %1…</source>
        <translation>正在从 %1 加载密钥列表…</translation>
    </message>
    <message>
        <source>The report could not be made: the key list did not load. %1</source>
        <translation>无法生成报告：密钥列表未能加载。%1</translation>
    </message>
    <message>
        <source>Which keys of %1 are a risk before they leak. The report appears once the key list has loaded.</source>
        <translation>找出 %1 上在泄露之前就已构成风险的密钥。密钥列表加载完成后将显示报告。</translation>
    </message>
    <message>
        <source>the portal</source>
        <translation>门户</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n key(s) examined · %2 · %3 of %4 findings need attention</source>
        <translation>
            <numerusform>%1 · 已检查 %n 个密钥 · %2 · %4 项发现中有 %3 项需要处理</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Revoke %n Key(s)…</source>
        <translation>
            <numerusform>撤销 %n 个密钥…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deactivate %n Key(s)…</source>
        <translation>
            <numerusform>停用 %n 个密钥…</numerusform>
        </translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>所有者</translation>
    </message>
    <message>
        <source>Ending</source>
        <translation>结尾</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <source>Last used</source>
        <translation>上次使用</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>过期时间</translation>
    </message>
    <message>
        <source>Scopes</source>
        <translation>权限范围</translation>
    </message>
    <message>
        <source>never</source>
        <translation>从不</translation>
    </message>
    <message>
        <source>all</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>Key id: %1</source>
        <translation>密钥 ID：%1</translation>
    </message>
    <message numerus="yes">
        <source>Hide the %n key(s)</source>
        <translation>
            <numerusform>隐藏这 %n 个密钥</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Show the %n key(s)</source>
        <translation>
            <numerusform>显示这 %n 个密钥</numerusform>
        </translation>
    </message>
    <message>
        <source>Revoking the keys under “%1”…</source>
        <translation>正在撤销“%1”中的密钥…</translation>
    </message>
    <message>
        <source>Deactivating the keys under “%1”…</source>
        <translation>正在停用“%1”中的密钥…</translation>
    </message>
    <message>
        <source>API key hygiene report</source>
        <translation>API 密钥安全检查报告</translation>
    </message>
    <message>
        <source>Report saved as %1.</source>
        <translation>报告已保存为 %1。</translation>
    </message>
    <message>
        <source>Report Not Exported</source>
        <translation>报告未导出</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>无法写入 %1。</translation>
    </message>
    <message>
        <source>%1
Choose another folder, or check that the disk is not full.</source>
        <translation>%1
请选择其他文件夹，或检查磁盘是否已满。</translation>
    </message>
    <message>
        <source>Export Report as CSV</source>
        <translation>以 CSV 格式导出报告</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV 文件 (*.csv);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Export Report as HTML</source>
        <translation>以 HTML 格式导出报告</translation>
    </message>
    <message>
        <source>Web pages (*.html *.htm);;All files (*)</source>
        <translation>网页 (*.html *.htm);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Export Report as PDF</source>
        <translation>以 PDF 格式导出报告</translation>
    </message>
    <message>
        <source>PDF files (*.pdf);;All files (*)</source>
        <translation>PDF 文件 (*.pdf);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Choose another folder, or check that the disk is not full.</source>
        <translation>请选择其他文件夹，或检查磁盘是否已满。</translation>
    </message>
    <message>
        <source>These are the keys under “%1”.</source>
        <translation>这些是“%1”中的密钥。</translation>
    </message>
    <message>
        <source>&amp;Unused for:</source>
        <translation>未使用天数(&amp;U)：</translation>
    </message>
    <message>
        <source>Export H&amp;TML…</source>
        <translation>导出 HTML(&amp;T)…</translation>
    </message>
    <message>
        <source>Export P&amp;DF…</source>
        <translation>导出 PDF(&amp;D)…</translation>
    </message>
</context>
<context>
    <name>KeyBatch</name>
    <message>
        <source>Not sent: the batch was cancelled.</source>
        <translation>未发送：批量操作已取消。</translation>
    </message>
    <message>
        <source>Reading the key list to check failed too: %1</source>
        <translation>用于核实的密钥列表读取也失败了：%1</translation>
    </message>
    <message>
        <source>The connection failed after the request was sent (%1); the key list read afterwards shows</source>
        <translation>请求发送后连接失败（%1）；之后读取的密钥列表显示</translation>
    </message>
    <message>
        <source>Revoked (checked). %1 that the key is gone.</source>
        <translation>已撤销（已核实）。%1该密钥已不存在。</translation>
    </message>
    <message>
        <source>Deactivated (checked). %1 the key inactive.</source>
        <translation>已停用（已核实）。%1该密钥处于停用状态。</translation>
    </message>
    <message>
        <source>Reactivated (checked). %1 the key active.</source>
        <translation>已重新启用（已核实）。%1该密钥处于启用状态。</translation>
    </message>
    <message>
        <source>Not found (checked). %1 no key with this id.</source>
        <translation>未找到（已核实）。%1不存在此 ID 的密钥。</translation>
    </message>
    <message>
        <source>Not revoked (checked). %1 the key still there, after two tries. Check the network to the portal, then try again.</source>
        <translation>未撤销（已核实）。%1经过两次尝试后该密钥仍然存在。请检查到门户的网络，然后重试。</translation>
    </message>
    <message>
        <source>Not changed (checked). %1 the key unchanged, after two tries. Check the network to the portal, then try again.</source>
        <translation>未更改（已核实）。%1经过两次尝试后该密钥没有变化。请检查到门户的网络，然后重试。</translation>
    </message>
</context>
<context>
    <name>KeyChangeConfirmation</name>
    <message>
        <source>On %1.</source>
        <translation>在 %1 上。</translation>
    </message>
    <message>
        <source>On %1, with the token of profile “%2”.</source>
        <translation>在 %1 上，使用配置文件“%2”的令牌。</translation>
    </message>
    <message>
        <source>%1 (not in the list shown)</source>
        <translation>%1（不在当前显示的列表中）</translation>
    </message>
    <message>
        <source>(this token)</source>
        <translation>（此令牌）</translation>
    </message>
    <message>
        <source>owner %1</source>
        <translation>所有者 %1</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>“%1”</translation>
    </message>
    <message>
        <source>“%1” (…%2)</source>
        <translation>“%1”（…%2）</translation>
    </message>
    <message>
        <source>Nothing was revoked.</source>
        <translation>未撤销任何内容。</translation>
    </message>
    <message>
        <source>Nothing was deactivated.</source>
        <translation>未停用任何内容。</translation>
    </message>
    <message>
        <source>Nothing was reactivated.</source>
        <translation>未重新启用任何密钥。</translation>
    </message>
    <message>
        <source>Revoke API Keys</source>
        <translation>撤销 API 密钥</translation>
    </message>
    <message>
        <source>Revoked keys stop working at once; this cannot be undone. Any script or integration using them will fail. Deactivate them instead to be able to bring them back.</source>
        <translation>已撤销的密钥会立即停止工作；此操作无法恢复。任何使用这些密钥的脚本或集成都将失败。如果希望以后能恢复它们，请改为停用。</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Revoke %n Key(s)</source>
        <translation>
            <numerusform>撤销 %n 个密钥(&amp;R)</numerusform>
        </translation>
    </message>
    <message>
        <source>Deactivate API Keys</source>
        <translation>停用 API 密钥</translation>
    </message>
    <message>
        <source>Anything using these keys stops working until they are reactivated.</source>
        <translation>在重新启用之前，任何使用这些密钥的程序都将停止工作。</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Deactivate %n Key(s)</source>
        <translation>
            <numerusform>停用 %n 个密钥(&amp;D)</numerusform>
        </translation>
    </message>
    <message>
        <source>Reactivate API Keys</source>
        <translation>重新启用 API 密钥</translation>
    </message>
    <message>
        <source>These keys work again at once: whoever holds their secret can use the portal with them again.</source>
        <translation>这些密钥会立即重新生效：持有其机密的任何人都可以再次用它们访问门户。</translation>
    </message>
    <message numerus="yes">
        <source>Re&amp;activate %n Key(s)</source>
        <translation>
            <numerusform>重新启用 %n 个密钥(&amp;A)</numerusform>
        </translation>
    </message>
    <message>
        <source>Revoke the Key of This Window?</source>
        <translation>撤销此窗口使用的密钥？</translation>
    </message>
    <message>
        <source>Deactivate the Key of This Window?</source>
        <translation>停用此窗口使用的密钥？</translation>
    </message>
    <message>
        <source>%1 is the token DocSpace Keys is signed in with on %2.</source>
        <translation>%1 是 DocSpace Keys 在 %2 上登录所用的令牌。</translation>
    </message>
    <message>
        <source>After it is revoked, DocSpace Keys loses access to the portal: it can no longer list or revoke keys until you enter another token. Revocation cannot be undone.</source>
        <translation>撤销后，DocSpace Keys 将失去对门户的访问权限：在您输入其他令牌之前，它无法再列出或撤销密钥。撤销操作无法恢复。</translation>
    </message>
    <message>
        <source>While it is deactivated, DocSpace Keys loses access to the portal: it cannot list, revoke or even reactivate keys until you enter another token.</source>
        <translation>停用期间，DocSpace Keys 将失去对门户的访问权限：在您输入其他令牌之前，它无法列出、撤销甚至重新启用密钥。</translation>
    </message>
    <message>
        <source>Revoke It &amp;Too</source>
        <translation>一并撤销(&amp;T)</translation>
    </message>
    <message>
        <source>Deactivate It &amp;Too</source>
        <translation>一并停用(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Skip My Key</source>
        <translation>跳过我的密钥(&amp;S)</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <comment>the first names of a list, then how many others</comment>
        <translation>
            <numerusform>%1 等另外 %n 个</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Revoke %n API key(s): %1?</source>
        <translation>
            <numerusform>要撤销 %n 个 API 密钥吗：%1？</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deactivate %n API key(s): %1?</source>
        <translation>
            <numerusform>要停用 %n 个 API 密钥吗：%1？</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reactivate %n API key(s): %1?</source>
        <translation>
            <numerusform>要重新启用 %n 个 API 密钥吗：%1？</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>KeyCreateRequest</name>
    <message>
        <source>New secret key</source>
        <translation>新机密密钥</translation>
    </message>
    <message>
        <source>Give the key a name.</source>
        <translation>请为密钥命名。</translation>
    </message>
    <message numerus="yes">
        <source>The name has %1 characters; the portal allows at most %n.</source>
        <translation>
            <numerusform>名称有 %1 个字符；门户最多允许 %n 个。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The lifetime must be from 1 to %n day(s), or none.</source>
        <translation>
            <numerusform>有效期必须为 1 到 %n 天，或不设置。</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose at least one permission: a key restricted to nothing would get every permission.</source>
        <translation>请至少选择一项权限：不限定任何权限的密钥将获得所有权限。</translation>
    </message>
</context>
<context>
    <name>KeyEditRequest</name>
    <message>
        <source>Nothing to change: give a new name, new permissions, or both.</source>
        <translation>没有要更改的内容：请指定新名称、新权限或两者。</translation>
    </message>
    <message>
        <source>The name cannot be only spaces.</source>
        <translation>名称不能只包含空格。</translation>
    </message>
    <message numerus="yes">
        <source>The name has %1 characters; the portal allows at most %n.</source>
        <translation>
            <numerusform>名称有 %1 个字符；门户最多允许 %n 个。</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose at least one permission: an empty list would leave the key unchanged.</source>
        <translation>请至少选择一项权限：空列表不会更改密钥。</translation>
    </message>
</context>
<context>
    <name>KeyFormDialog</name>
    <message>
        <source>Create API Key</source>
        <translation>创建 API 密钥</translation>
    </message>
    <message>
        <source>Edit API Key</source>
        <translation>编辑 API 密钥</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>Permissions:</source>
        <translation>权限：</translation>
    </message>
    <message>
        <source>The key may do everything its owner may: read and change files, rooms, profile and accounts.</source>
        <translation>该密钥可以执行其所有者能执行的一切操作：读取和更改文件、房间、个人资料和账户。</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>读取</translation>
    </message>
    <message>
        <source>Write</source>
        <translation>写入</translation>
    </message>
    <message>
        <source>%1: read</source>
        <translation>%1：读取</translation>
    </message>
    <message>
        <source>%1: write</source>
        <translation>%1：写入</translation>
    </message>
    <message>
        <source>The key may read everything its owner may, and change nothing (scope *:read).</source>
        <translation>该密钥可以读取其所有者能读取的一切内容，但不能更改任何内容（权限范围 *:read）。</translation>
    </message>
    <message>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>Restricted</source>
        <translation>受限</translation>
    </message>
    <message>
        <source>Read only</source>
        <translation>只读</translation>
    </message>
    <message>
        <source>&amp;Expires after</source>
        <translation>有效期(&amp;E)</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>创建(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Give the key a name.</source>
        <translation>请为密钥命名。</translation>
    </message>
    <message>
        <source>Nothing changed yet.</source>
        <translation>尚未做任何更改。</translation>
    </message>
</context>
<context>
    <name>KeyId</name>
    <message>
        <source>Enter the id of the key to revoke (a UUID such as 3f2b6c1e-8a4d-4e9b-9c71-2d5e8f0a1b23).</source>
        <translation>请输入要撤销的密钥的 ID（UUID，例如 3f2b6c1e-8a4d-4e9b-9c71-2d5e8f0a1b23）。</translation>
    </message>
    <message>
        <source>This looks like a key&apos;s secret, not its id. Enter the key&apos;s UUID.</source>
        <translation>这看起来是密钥的机密，而不是其 ID。请输入密钥的 UUID。</translation>
    </message>
    <message>
        <source>A key id is a UUID of 32 hexadecimal digits in groups 8-4-4-4-12, for example 3f2b6c1e-8a4d-4e9b-9c71-2d5e8f0a1b23.</source>
        <translation>密钥 ID 是由 32 位十六进制数字组成的 UUID，按 8-4-4-4-12 分组，例如 3f2b6c1e-8a4d-4e9b-9c71-2d5e8f0a1b23。</translation>
    </message>
</context>
<context>
    <name>KeyIdList</name>
    <message>
        <source>No key id on this line.</source>
        <translation>此行中没有密钥 ID。</translation>
    </message>
</context>
<context>
    <name>KeyListModel</name>
    <message>
        <source>active</source>
        <translation>活动</translation>
    </message>
    <message>
        <source>deactivated</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>已过期</translation>
    </message>
    <message>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>Read only</source>
        <translation>只读</translation>
    </message>
    <message>
        <source>never</source>
        <translation>从不</translation>
    </message>
    <message>
        <source>%1 (this token)</source>
        <translation>%1（此令牌）</translation>
    </message>
    <message>
        <source>revoked</source>
        <translation>已撤销</translation>
    </message>
    <message>
        <source>%1
Id: %2
The token this window signs in with: revoking or deactivating it cuts DocSpace Keys off from the portal.</source>
        <translation>%1
ID：%2
此窗口用于登录的令牌：撤销或停用它会使 DocSpace Keys 与门户断开连接。</translation>
    </message>
    <message>
        <source>%1
Id: %2</source>
        <translation>%1
ID：%2</translation>
    </message>
    <message>
        <source>Never used</source>
        <translation>从未使用</translation>
    </message>
    <message>
        <source>Never expires</source>
        <translation>永不过期</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>密钥</translation>
    </message>
    <message>
        <source>Created by</source>
        <translation>创建者</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <source>Last used</source>
        <translation>上次使用</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>过期时间</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Permissions</source>
        <translation>权限</translation>
    </message>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <translation>
            <numerusform>%n 天后</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n hour(s)</source>
        <translation>
            <numerusform>%n 小时后</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n minute(s)</source>
        <translation>
            <numerusform>%n 分钟后</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>expired %n day(s) ago</source>
        <translation>
            <numerusform>%n 天前已过期</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>expired %n hour(s) ago</source>
        <translation>
            <numerusform>%n 小时前已过期</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>expired %n minute(s) ago</source>
        <translation>
            <numerusform>%n 分钟前已过期</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>KeyPermissions</name>
    <message>
        <source>Files</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Rooms</source>
        <translation>房间</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>配置文件</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>账户</translation>
    </message>
    <message numerus="yes">
        <source>This portal does not offer the permission(s) %1 (it offers: %2).</source>
        <translation>
            <numerusform>此门户不提供权限 %1（它提供：%2）。</numerusform>
        </translation>
    </message>
    <message>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>Read only</source>
        <translation>只读</translation>
    </message>
    <message>
        <source>Restricted</source>
        <translation>受限</translation>
    </message>
    <message>
        <source>All: every resource, read and write.</source>
        <translation>全部：所有资源，读取和写入。</translation>
    </message>
    <message>
        <source>Read only: every resource, read (scope *:read).</source>
        <translation>只读：所有资源，读取（权限范围 *:read）。</translation>
    </message>
    <message>
        <source>%1: read</source>
        <translation>%1：读取</translation>
    </message>
    <message>
        <source>%1: read and write</source>
        <translation>%1：读取和写入</translation>
    </message>
    <message>
        <source>every resource: read</source>
        <translation>所有资源：读取</translation>
    </message>
    <message>
        <source>every resource: write</source>
        <translation>所有资源：写入</translation>
    </message>
    <message>
        <source>Restricted: nothing chosen.</source>
        <translation>受限：未选择任何权限。</translation>
    </message>
    <message>
        <source>Restricted: %1 (scopes %2).</source>
        <translation>受限：%1（权限范围 %2）。</translation>
    </message>
    <message>
        <source>Invalid permission &quot;%1&quot;: give all, read-only, or a comma-separated list of files, rooms, profile or accounts, each with :read or :write (e.g. files:write,rooms:read).</source>
        <translation>无效的权限“%1”：请指定 all、read-only，或由 files、rooms、profile 或 accounts 组成的逗号分隔列表，每项带 :read 或 :write（例如 files:write,rooms:read）。</translation>
    </message>
    <message>
        <source>No permission given: a key restricted to nothing would get every permission. Give all, read-only, or e.g. files:read.</source>
        <translation>未指定权限：不限定任何权限的密钥将获得所有权限。请指定 all、read-only，或例如 files:read。</translation>
    </message>
</context>
<context>
    <name>KeyUsage</name>
    <message>
        <source>Not used in the last N days, counted from the last use, or from the creation for a key never used: a key created less than N days ago is not unused yet.</source>
        <translation>最近 N 天内未使用，从上次使用起计算；从未使用过的密钥从创建时起计算：创建不到 N 天的密钥尚不算未使用。</translation>
    </message>
    <message numerus="yes">
        <source>Not used in the last %n day(s)</source>
        <translation>
            <numerusform>最近 %n 天内未使用</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>KeychainSecretStore</name>
    <message>
        <source>this build has no keychain support</source>
        <translation>此版本不支持钥匙串</translation>
    </message>
    <message>
        <source>memory only, until DocSpace Keys closes (no system keychain: %1)</source>
        <translation>仅内存（DocSpace Keys 关闭前有效；无系统钥匙串：%1）</translation>
    </message>
    <message>
        <source>the system keychain</source>
        <translation>系统钥匙串</translation>
    </message>
    <message>
        <source>The keychain did not give the token: %1</source>
        <translation>钥匙串未提供令牌：%1</translation>
    </message>
    <message>
        <source>The keychain did not store the token: %1</source>
        <translation>钥匙串未存储令牌：%1</translation>
    </message>
    <message>
        <source>The keychain did not delete the token: %1</source>
        <translation>钥匙串未删除令牌：%1</translation>
    </message>
</context>
<context>
    <name>KeysView</name>
    <message>
        <source>Filter by name, creator, ending or id</source>
        <translation>按名称、创建者、结尾或 ID 筛选</translation>
    </message>
    <message>
        <source>Filter keys</source>
        <translation>筛选密钥</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>已过期</translation>
    </message>
    <message>
        <source>Only keys past their expiry date</source>
        <translation>仅显示已超过过期日期的密钥</translation>
    </message>
    <message>
        <source>Deactivated</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>Only deactivated keys</source>
        <translation>仅显示已停用的密钥</translation>
    </message>
    <message>
        <source>Never used</source>
        <translation>从未使用</translation>
    </message>
    <message>
        <source>Only keys never used</source>
        <translation>仅显示从未使用过的密钥</translation>
    </message>
    <message>
        <source>Unused for</source>
        <translation>未使用天数</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <source>Days unused</source>
        <translation>未使用天数</translation>
    </message>
    <message>
        <source>Created by me</source>
        <translation>我创建的</translation>
    </message>
    <message>
        <source>Only keys created by the user the token signs in as</source>
        <translation>仅显示由令牌登录用户创建的密钥</translation>
    </message>
    <message>
        <source>Read the portal&apos;s keys again (F5); nothing is changed</source>
        <translation>重新读取门户的密钥 (F5)；不会更改任何内容</translation>
    </message>
    <message>
        <source>API keys</source>
        <translation>API 密钥</translation>
    </message>
    <message>
        <source>Re&amp;voke Selected…</source>
        <translation>撤销所选(&amp;V)…</translation>
    </message>
    <message>
        <source>Revoke the selected keys after a confirmation (Delete)</source>
        <translation>确认后撤销所选密钥 (Delete)</translation>
    </message>
    <message>
        <source>&amp;Deactivate</source>
        <translation>停用(&amp;D)</translation>
    </message>
    <message>
        <source>Stop the selected keys from working, reversibly: Reactivate brings them back</source>
        <translation>使所选密钥停止工作（可恢复）：“重新启用”可使其恢复</translation>
    </message>
    <message>
        <source>Reactiv&amp;ate</source>
        <translation>重新启用(&amp;A)</translation>
    </message>
    <message>
        <source>Let the selected deactivated keys work again</source>
        <translation>使所选的已停用密钥重新工作</translation>
    </message>
    <message>
        <source>Paste a list of key ids (or a CSV export) and revoke them</source>
        <translation>粘贴密钥 ID 列表（或 CSV 导出文件）并撤销这些密钥</translation>
    </message>
    <message>
        <source>&amp;Copy Id</source>
        <translation>复制 ID(&amp;C)</translation>
    </message>
    <message>
        <source>Re&amp;voke…</source>
        <translation>撤销(&amp;V)…</translation>
    </message>
    <message>
        <source>Enter the portal address and an access token first.</source>
        <translation>请先输入门户地址和访问令牌。</translation>
    </message>
    <message>
        <source>Loading keys from %1…</source>
        <translation>正在从 %1 加载密钥…</translation>
    </message>
    <message>
        <source>Read %1 keys from %2.</source>
        <translation>已从 %2 读取 %1 个密钥。</translation>
    </message>
    <message>
        <source>Press Refresh (F5) to list the portal&apos;s keys.</source>
        <translation>按“刷新”(F5) 列出门户的密钥。</translation>
    </message>
    <message>
        <source>%1 of %2 keys</source>
        <translation>%1 个密钥（共 %2 个）</translation>
    </message>
    <message>
        <source>Known once the keys are read or the connection is tested</source>
        <translation>读取密钥或测试连接后即可得知</translation>
    </message>
    <message>
        <source>Cancelling: requests already sent finish, nothing more is sent.</source>
        <translation>正在取消：已发送的请求将完成，不再发送新请求。</translation>
    </message>
    <message>
        <source>%1 (%2 s)</source>
        <translation>%1（%2 秒）</translation>
    </message>
    <message>
        <source>The keys could not be read: %1. %2</source>
        <translation>无法读取密钥：%1。%2</translation>
    </message>
    <message>
        <source>Keys of %1:</source>
        <translation>%1 的密钥：</translation>
    </message>
    <message>
        <source>Keys of %1 (profile “%2”):</source>
        <translation>%1 的密钥（配置文件“%2”）：</translation>
    </message>
    <message>
        <source>The list shown was read from another portal or with another token. Press Refresh to read the keys of this one.</source>
        <translation>显示的列表是从另一个门户或使用另一个令牌读取的。请按“刷新”读取此门户的密钥。</translation>
    </message>
    <message numerus="yes">
        <source>%n key(s)</source>
        <translation>
            <numerusform>%n 个密钥</numerusform>
        </translation>
    </message>
    <message>
        <source>Deact&amp;ivate</source>
        <translation>停用(&amp;I)</translation>
    </message>
    <message>
        <source>Revoke &amp;by Paste…</source>
        <translation>通过粘贴撤销(&amp;B)…</translation>
    </message>
    <message numerus="yes">
        <source>Copied %n key id(s): %1.</source>
        <translation>
            <numerusform>已复制 %n 个密钥 ID：%1。</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <source>Re&amp;activate</source>
        <translation>重新启用(&amp;A)</translation>
    </message>
</context>
<context>
    <name>LeakedSecretDialog</name>
    <message>
        <source>&amp;Find Keys</source>
        <translation>查找密钥(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Revoke Selected…</source>
        <translation>撤销所选(&amp;R)…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Revoke Leaked Secret</source>
        <translation>撤销已泄露的机密</translation>
    </message>
    <message>
        <source>Paste a leaked secret (sk-…), or any text that holds some: a log, a diff, a chat export. Only the secrets are taken out of it; they stay in this window&apos;s memory until it closes. Each is looked up on the portal, and revoked with your own token once you have chosen it.</source>
        <translation>粘贴一个已泄露的机密（sk-…），或任何包含机密的文本：日志、diff、聊天导出记录。系统只会从中提取机密；在此窗口关闭之前，这些机密仅保存在窗口的内存中。每个机密都会在门户上查询，您选择后将使用您自己的令牌撤销。</translation>
    </message>
    <message>
        <source>sk-… or a whole block of text</source>
        <translation>sk-… 或整段文本</translation>
    </message>
    <message>
        <source>Text holding the leaked secrets</source>
        <translation>包含已泄露机密的文本</translation>
    </message>
    <message>
        <source>No API-key secret found. A DocSpace secret is sk- followed by 64 lower-case hexadecimal digits on one line; check that the paste is complete.</source>
        <translation>未找到 API 密钥机密。DocSpace 机密为 sk- 后跟 64 位小写十六进制数字，且位于同一行；请检查粘贴的内容是否完整。</translation>
    </message>
    <message numerus="yes">
        <source>Found %n secret(s). The pasted text was cleared from this window.</source>
        <translation>
            <numerusform>找到 %n 个机密。已从此窗口中清除粘贴的文本。</numerusform>
        </translation>
    </message>
    <message>
        <source>Asking the portal which key this is…</source>
        <translation>正在向门户查询这是哪个密钥…</translation>
    </message>
    <message>
        <source>active</source>
        <translation>活动</translation>
    </message>
    <message>
        <source>deactivated</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>已过期</translation>
    </message>
    <message>
        <source>“%1”, owner %2, ending %3, %4</source>
        <translation>“%1”，所有者 %2，结尾为 %3，%4</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>Key:</source>
        <translation>密钥：</translation>
    </message>
    <message>
        <source>Owner:</source>
        <translation>所有者：</translation>
    </message>
    <message>
        <source>Scopes:</source>
        <translation>权限范围：</translation>
    </message>
    <message>
        <source>all (unrestricted)</source>
        <translation>全部（无限制）</translation>
    </message>
    <message>
        <source>Expires:</source>
        <translation>过期时间：</translation>
    </message>
    <message>
        <source>never</source>
        <translation>从不</translation>
    </message>
    <message>
        <source>Ending:</source>
        <translation>结尾：</translation>
    </message>
    <message>
        <source>Id:</source>
        <translation>ID：</translation>
    </message>
    <message>
        <source>Revoke this key</source>
        <translation>撤销此密钥</translation>
    </message>
    <message>
        <source>Revoke %1</source>
        <translation>撤销 %1</translation>
    </message>
    <message>
        <source>Identified by the portal: this secret belongs to this key.</source>
        <translation>已由门户识别：此机密属于该密钥。</translation>
    </message>
    <message>
        <source>No longer works.</source>
        <translation>已失效。</translation>
    </message>
    <message>
        <source>Not identified.</source>
        <translation>未能识别。</translation>
    </message>
    <message>
        <source>None of the keys you can see ends in %1: nothing to revoke.</source>
        <translation>您可见的密钥中没有以 %1 结尾的：没有可撤销的密钥。</translation>
    </message>
    <message>
        <source>Your keys ending in %1. The ending alone does not prove which key leaked: tick one only if you know it is the one.</source>
        <translation>您以 %1 结尾的密钥。仅凭结尾无法证明泄露的是哪个密钥：只有在确定是该密钥时才勾选它。</translation>
    </message>
    <message>
        <source>They are revoked with your own token, not with the leaked secret.</source>
        <translation>将使用您自己的令牌撤销它们，而不是使用泄露的机密。</translation>
    </message>
    <message>
        <source>They are revoked with the token of profile “%1”, not with the leaked secret.</source>
        <translation>将使用配置文件“%1”的令牌撤销它们，而不是使用泄露的机密。</translation>
    </message>
    <message>
        <source>Revoked: %1.</source>
        <translation>已撤销：%1。</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Revoke %n Key(s)…</source>
        <translation>
            <numerusform>撤销 %n 个密钥(&amp;R)…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LifecycleActions</name>
    <message>
        <source>&amp;Keys</source>
        <translation>密钥(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Create Key…</source>
        <translation>创建密钥(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Edit Selected Key…</source>
        <translation>编辑所选密钥(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Rotate Selected Keys…</source>
        <translation>轮换所选密钥(&amp;R)…</translation>
    </message>
    <message>
        <source>Retire Selected Keys in &amp;Stages…</source>
        <translation>分阶段停用所选密钥(&amp;S)…</translation>
    </message>
    <message>
        <source>Retirement &amp;Plan</source>
        <translation>停用计划(&amp;P)</translation>
    </message>
    <message>
        <source>Keys of &amp;All Portals</source>
        <translation>所有门户的密钥(&amp;A)</translation>
    </message>
    <message>
        <source>Create API Key</source>
        <translation>创建 API 密钥</translation>
    </message>
    <message>
        <source>Choose a profile or enter the portal address and token first.</source>
        <translation>请先选择配置文件，或输入门户地址和令牌。</translation>
    </message>
    <message>
        <source>Creating “%1”…</source>
        <translation>正在创建“%1”…</translation>
    </message>
    <message>
        <source>Key Not Created</source>
        <translation>未创建密钥</translation>
    </message>
    <message>
        <source>The portal said: %1</source>
        <translation>门户返回：%1</translation>
    </message>
    <message>
        <source>Created “%1” (…%2).</source>
        <translation>已创建“%1”（…%2）。</translation>
    </message>
    <message>
        <source>Edit API Key</source>
        <translation>编辑 API 密钥</translation>
    </message>
    <message>
        <source>Select one key in the list to edit it.</source>
        <translation>请在列表中选择一个要编辑的密钥。</translation>
    </message>
    <message>
        <source>Restrict Your Own Key?</source>
        <translation>要限制您自己的密钥吗？</translation>
    </message>
    <message>
        <source>Without *:write it can no longer change or revoke keys, and this window loses that too.</source>
        <translation>没有 *:write，它将无法再更改或撤销密钥，此窗口也将失去这些能力。</translation>
    </message>
    <message>
        <source>Restrict It &amp;Anyway</source>
        <translation>仍然限制(&amp;A)</translation>
    </message>
    <message>
        <source>“%1”: %2</source>
        <translation>“%1”：%2</translation>
    </message>
    <message>
        <source>Key Not Changed</source>
        <translation>未更改密钥</translation>
    </message>
    <message>
        <source>Rotate Keys</source>
        <translation>轮换密钥</translation>
    </message>
    <message>
        <source>Select the keys to rotate in the list.</source>
        <translation>请在列表中选择要轮换的密钥。</translation>
    </message>
    <message numerus="yes">
        <source>Create a replacement for %n key(s)?</source>
        <translation>
            <numerusform>要为 %n 个密钥创建替换密钥吗？</numerusform>
        </translation>
    </message>
    <message>
        <source>%1

Each replacement gets the same name with “ (rotated)”, the same permissions and the same lifetime. The old keys keep working until you confirm their revocation after the new secrets are shown.</source>
        <translation>%1

每个替换密钥的名称相同并加上“ (rotated)”，权限和有效期也相同。在显示新机密后、您确认撤销之前，旧密钥仍可继续使用。</translation>
    </message>
    <message>
        <source>&amp;Create Replacements</source>
        <translation>创建替换密钥(&amp;C)</translation>
    </message>
    <message numerus="yes">
        <source>Creating %n replacement(s)…</source>
        <translation>
            <numerusform>正在创建 %n 个替换密钥…</numerusform>
        </translation>
    </message>
    <message>
        <source>Rotation Stopped</source>
        <translation>轮换已停止</translation>
    </message>
    <message>
        <source>A replacement could not be created, so no old key was revoked.</source>
        <translation>有一个替换密钥无法创建，因此未撤销任何旧密钥。</translation>
    </message>
    <message numerus="yes">
        <source>%n replacement(s) created; the old keys still work until you confirm their revocation.</source>
        <translation>
            <numerusform>已创建 %n 个替换密钥；在您确认撤销之前，旧密钥仍可继续使用。</numerusform>
        </translation>
    </message>
    <message>
        <source>Rotation stopped: a replacement could not be created.</source>
        <translation>轮换已停止：有一个替换密钥无法创建。</translation>
    </message>
    <message>
        <source>Old keys not revoked: they and their replacements all work.</source>
        <translation>未撤销旧密钥：旧密钥及其替换密钥均可使用。</translation>
    </message>
    <message numerus="yes">
        <source>Rotated %n key(s): the old ones are revoked.</source>
        <translation>
            <numerusform>已轮换 %n 个密钥：旧密钥已撤销。</numerusform>
        </translation>
    </message>
    <message>
        <source>Old Keys Still Work</source>
        <translation>旧密钥仍然有效</translation>
    </message>
    <message numerus="yes">
        <source>%n old key(s) could not be revoked and still work:</source>
        <translation>
            <numerusform>%n 个旧密钥无法撤销，仍然有效：</numerusform>
        </translation>
    </message>
    <message>
        <source>Retire Keys</source>
        <translation>停用密钥</translation>
    </message>
    <message>
        <source>Select the keys to retire in the list.</source>
        <translation>请在列表中选择要停用的密钥。</translation>
    </message>
    <message>
        <source>Retire Keys in Stages</source>
        <translation>分阶段停用密钥</translation>
    </message>
    <message numerus="yes">
        <source>%n key(s) are deactivated now and revoked after this many days, unless someone reactivates them meanwhile:</source>
        <translation>
            <numerusform>%n 个密钥将立即停用，并在以下天数后撤销，除非期间有人重新启用它们：</numerusform>
        </translation>
    </message>
    <message>
        <source>Plan Not Saved</source>
        <translation>未保存计划</translation>
    </message>
    <message>
        <source>The keys were deactivated, but the plan could not be saved.</source>
        <translation>密钥已停用，但无法保存计划。</translation>
    </message>
    <message>
        <source>Some Keys Not Retired</source>
        <translation>部分密钥未停用</translation>
    </message>
    <message numerus="yes">
        <source>%n key(s) could not be deactivated and are not in the plan; the status panel and History say why.</source>
        <translation>
            <numerusform>%n 个密钥无法停用，未加入计划；状态面板和历史记录中说明了原因。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n key(s) deactivated; see Keys ▸ Retirement Plan.</source>
        <translation>
            <numerusform>已停用 %n 个密钥；请参阅“密钥 ▸ 停用计划”。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Retirement plan: %n due key(s) handled.</source>
        <translation>
            <numerusform>停用计划：已处理 %n 个到期的密钥。</numerusform>
        </translation>
    </message>
    <message>
        <source>Every replacement was created; these are the old keys. Until they are revoked, the old keys and their replacements all work.</source>
        <translation>所有替换密钥均已创建；以下是旧密钥。在撤销之前，旧密钥及其替换密钥均可使用。</translation>
    </message>
    <message>
        <source>Kept as you chose, beside its replacement: %1. Switch the profile to the replacement before revoking it.</source>
        <translation>已按您的选择与其替换密钥一并保留：%1。撤销之前，请将配置文件切换为替换密钥。</translation>
    </message>
    <message numerus="yes">
        <source>%n revoked</source>
        <translation>
            <numerusform>已撤销 %n 个</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n left alone (active again)</source>
        <translation>
            <numerusform>%n 个保持不变（已重新生效）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already gone</source>
        <translation>
            <numerusform>%n 个已不存在</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n still pending (not revoked; tried again next time)</source>
        <translation>
            <numerusform>%n 个仍待处理（未撤销；下次将重试）</numerusform>
        </translation>
    </message>
    <message>
        <source>nothing was due</source>
        <translation>没有到期的项目</translation>
    </message>
    <message>
        <source>%1 (profile “%2”)</source>
        <translation>%1（配置文件“%2”）</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n key(s)</source>
        <translation>
            <numerusform>%1：%n 个密钥</numerusform>
        </translation>
    </message>
    <message>
        <source>Retirement Plan: Other Portals</source>
        <translation>停用计划：其他门户</translation>
    </message>
    <message numerus="yes">
        <source>%n planned revocation(s) are due on portals other than this one.</source>
        <translation>
            <numerusform>在此门户以外的门户上，有 %n 项计划的撤销已到期。</numerusform>
        </translation>
    </message>
    <message>
        <source>Each is revoked with its saved profile&apos;s token, unless it was reactivated meanwhile (then it is left alone). This cannot be undone.</source>
        <translation>每项都将使用其已保存配置文件的令牌撤销，除非期间已被重新启用（此时保持不变）。此操作无法恢复。</translation>
    </message>
    <message>
        <source>&amp;Carry Out on All Portals</source>
        <translation>在所有门户上执行(&amp;C)</translation>
    </message>
    <message>
        <source>Retirement plan: the other portals&apos; due keys wait for the next time.</source>
        <translation>停用计划：其他门户上到期的密钥将等到下次处理。</translation>
    </message>
    <message>
        <source>Retirement Plan Carried Out</source>
        <translation>停用计划已执行</translation>
    </message>
    <message>
        <source>What was due on the other portals:</source>
        <translation>其他门户上到期的项目：</translation>
    </message>
    <message>
        <source>%1: not carried out: no saved profile for this portal; open it in the window or run “docspace-keys-cli retire --due --portal %2”.</source>
        <translation>%1：未执行：此门户没有已保存的配置文件；请在窗口中打开它，或运行“docspace-keys-cli retire --due --portal %2”。</translation>
    </message>
    <message>
        <source>%1: not carried out: no saved token (%2).</source>
        <translation>%1：未执行：未保存令牌（%2）。</translation>
    </message>
    <message>
        <source>%1: not carried out: %2</source>
        <translation>%1：未执行：%2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message numerus="yes">
        <source>They are revoked after %n day(s) unless someone reactivates them meanwhile (Keys ▸ Retirement Plan).</source>
        <translation>
            <numerusform>除非期间有人重新启用，它们将在 %n 天后撤销（密钥 ▸ 停用计划）。</numerusform>
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
        <translation>设置问题</translation>
    </message>
    <message>
        <source>Keychain unavailable</source>
        <translation>钥匙串不可用</translation>
    </message>
    <message>
        <source>Revoke API keys of an ONLYOFFICE DocSpace portal: by id, or pick them from the portal&apos;s list. A revoked key stops working at once; this cannot be undone.</source>
        <translation>撤销 ONLYOFFICE DocSpace 门户的 API 密钥：按 ID 撤销，或从门户的列表中选择。密钥被撤销后会立即停止工作；此操作无法恢复。</translation>
    </message>
    <message>
        <source>Saved portals: choosing one fills in its address, scheme and token</source>
        <translation>已保存的门户：选择一个即可填入其地址、认证方式和令牌</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>配置文件</translation>
    </message>
    <message>
        <source>The saved portal to use. Choosing one fills in its address, authentication scheme and token.</source>
        <translation>要使用的已保存门户。选择一个即可填入其地址、认证方式和令牌。</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>新建(&amp;N)…</translation>
    </message>
    <message>
        <source>Save a portal as a new profile</source>
        <translation>将门户保存为新的配置文件</translation>
    </message>
    <message>
        <source>New profile</source>
        <translation>新建配置文件</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <source>Edit every setting of this profile</source>
        <translation>编辑此配置文件的所有设置</translation>
    </message>
    <message>
        <source>Edit profile</source>
        <translation>编辑配置文件</translation>
    </message>
    <message>
        <source>&amp;More</source>
        <translation>更多(&amp;M)</translation>
    </message>
    <message>
        <source>Duplicate, rename or delete this profile</source>
        <translation>复制、重命名或删除此配置文件</translation>
    </message>
    <message>
        <source>More profile actions</source>
        <translation>更多配置文件操作</translation>
    </message>
    <message>
        <source>&amp;Save to Profile</source>
        <translation>保存到配置文件(&amp;S)</translation>
    </message>
    <message>
        <source>Save the portal address, scheme and token into this profile (Ctrl+S)</source>
        <translation>将门户地址、认证方式和令牌保存到此配置文件 (Ctrl+S)</translation>
    </message>
    <message>
        <source>Go back to the profile&apos;s saved address, scheme and token</source>
        <translation>恢复为配置文件中已保存的地址、认证方式和令牌</translation>
    </message>
    <message>
        <source>https://portal.example.com</source>
        <translation>https://portal.example.com</translation>
    </message>
    <message>
        <source>The address of your DocSpace portal, as you open it in a browser</source>
        <translation>您的 DocSpace 门户的地址，即您在浏览器中打开它时使用的地址</translation>
    </message>
    <message>
        <source>Portal address</source>
        <translation>门户地址</translation>
    </message>
    <message>
        <source>The address of the DocSpace portal, for example https://portal.example.com</source>
        <translation>DocSpace 门户的地址，例如 https://portal.example.com</translation>
    </message>
    <message>
        <source>Portal address problem</source>
        <translation>门户地址问题</translation>
    </message>
    <message>
        <source>Allow unencrypted HTTP</source>
        <translation>允许未加密的 HTTP</translation>
    </message>
    <message>
        <source>The portal address uses plain HTTP to another machine. Anyone on the network path can read the access token. Tick only if you accept that risk.</source>
        <translation>门户地址使用明文 HTTP 连接到另一台计算机。网络路径上的任何人都能读取访问令牌。仅在您接受此风险时勾选。</translation>
    </message>
    <message>
        <source>sk-… API key with the *:write scope, or a session token</source>
        <translation>具有 *:write 权限范围的 sk-… API 密钥，或会话令牌</translation>
    </message>
    <message>
        <source>Saved only in the system keychain, with its profile; never in a file, never logged</source>
        <translation>仅与其配置文件一起保存在系统钥匙串中；绝不写入文件，绝不记录到日志</translation>
    </message>
    <message>
        <source>Access token</source>
        <translation>访问令牌</translation>
    </message>
    <message>
        <source>An API key with write access to keys, or a session token of an administrator. It is never written to a file.</source>
        <translation>对密钥具有写入权限的 API 密钥，或管理员的会话令牌。它绝不会被写入文件。</translation>
    </message>
    <message>
        <source>Access token problem</source>
        <translation>访问令牌问题</translation>
    </message>
    <message>
        <source>Auto sends tokens starting with sk- as API keys and anything else as a session token</source>
        <translation>“自动”会将以 sk- 开头的令牌作为 API 密钥发送，其他令牌作为会话令牌发送</translation>
    </message>
    <message>
        <source>Authentication scheme</source>
        <translation>认证方式</translation>
    </message>
    <message>
        <source>How the token is sent to the portal. Auto decides from the token.</source>
        <translation>令牌发送到门户的方式。“自动”会根据令牌自行判断。</translation>
    </message>
    <message>
        <source>Auto</source>
        <translation>自动</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API 密钥</translation>
    </message>
    <message>
        <source>Session token</source>
        <translation>会话令牌</translation>
    </message>
    <message>
        <source>e.g. 3f2504e0-4f89-11d3-9a0c-0305e82c3301</source>
        <translation>例如 3f2504e0-4f89-11d3-9a0c-0305e82c3301</translation>
    </message>
    <message>
        <source>The id (a UUID) of the API key to revoke, as listed under Developer Tools ▸ API keys</source>
        <translation>要撤销的 API 密钥的 ID（UUID），即“开发者工具 ▸ API 密钥”中列出的 ID</translation>
    </message>
    <message>
        <source>Key id</source>
        <translation>密钥 ID</translation>
    </message>
    <message>
        <source>The id of the API key to revoke, a UUID</source>
        <translation>要撤销的 API 密钥的 ID，为 UUID 格式</translation>
    </message>
    <message>
        <source>Key id problem</source>
        <translation>密钥 ID 问题</translation>
    </message>
    <message>
        <source>Request in progress</source>
        <translation>请求正在进行</translation>
    </message>
    <message>
        <source>&amp;Test Connection</source>
        <translation>测试连接(&amp;T)</translation>
    </message>
    <message>
        <source>Sign in with this token and show who it is and what it may do; nothing is changed</source>
        <translation>使用此令牌登录，显示其身份和权限；不会更改任何内容</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>测试连接</translation>
    </message>
    <message>
        <source>Signs in to the portal with the token and reports the user, role and key, without changing anything</source>
        <translation>使用令牌登录门户并报告用户、角色和密钥，不做任何更改</translation>
    </message>
    <message>
        <source>Revoke the key (Ctrl+Return)</source>
        <translation>撤销该密钥 (Ctrl+Return)</translation>
    </message>
    <message>
        <source>Revoke key</source>
        <translation>撤销密钥</translation>
    </message>
    <message>
        <source>Asks for confirmation, then revokes the API key on the portal</source>
        <translation>请求确认，然后在门户上撤销该 API 密钥</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Stop the request in progress (Esc)</source>
        <translation>停止正在进行的请求 (Esc)</translation>
    </message>
    <message>
        <source>Cancel request</source>
        <translation>取消请求</translation>
    </message>
    <message>
        <source>Stops the request in progress</source>
        <translation>停止正在进行的请求</translation>
    </message>
    <message>
        <source>Connection test result</source>
        <translation>连接测试结果</translation>
    </message>
    <message>
        <source>Portal keys</source>
        <translation>门户密钥</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Profile</source>
        <translation>配置文件(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Import Profiles…</source>
        <translation>导入配置文件(&amp;I)…</translation>
    </message>
    <message>
        <source>Add the profiles of a JSON file shared by a colleague</source>
        <translation>添加同事共享的 JSON 文件中的配置文件</translation>
    </message>
    <message>
        <source>&amp;Export Profiles…</source>
        <translation>导出配置文件(&amp;E)…</translation>
    </message>
    <message>
        <source>Save the profiles as JSON to share them; tokens are never exported</source>
        <translation>将配置文件保存为 JSON 以便共享；令牌绝不会被导出</translation>
    </message>
    <message>
        <source>&amp;New Profile…</source>
        <translation>新建配置文件(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Edit Profile…</source>
        <translation>编辑配置文件(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Duplicate Profile</source>
        <translation>复制配置文件(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Rename Profile…</source>
        <translation>重命名配置文件(&amp;R)…</translation>
    </message>
    <message>
        <source>De&amp;lete Profile…</source>
        <translation>删除配置文件(&amp;L)…</translation>
    </message>
    <message>
        <source>&amp;Save Changes to Profile</source>
        <translation>将更改保存到配置文件(&amp;S)</translation>
    </message>
    <message>
        <source>Re&amp;vert Changes</source>
        <translation>还原更改(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;About DocSpace Keys</source>
        <translation>关于 DocSpace Keys(&amp;A)</translation>
    </message>
    <message>
        <source>Tokens starting with sk- are sent as API keys, anything else as a session token</source>
        <translation>以 sk- 开头的令牌作为 API 密钥发送，其他令牌作为会话令牌发送</translation>
    </message>
    <message>
        <source>Sent as it is, like the token from signing in to the portal</source>
        <translation>按原样发送，与登录门户时获得的令牌相同</translation>
    </message>
    <message>
        <source>Cannot Connect</source>
        <translation>无法连接</translation>
    </message>
    <message>
        <source>The profile&apos;s connection settings cannot be used.</source>
        <translation>无法使用该配置文件的连接设置。</translation>
    </message>
    <message>
        <source>Testing the connection to %1…</source>
        <translation>正在测试与 %1 的连接…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <source>Saving the token…</source>
        <translation>正在保存令牌…</translation>
    </message>
    <message>
        <source>Enter the access token: an API key with the *:write scope (sk-…) or a session token of an administrator.</source>
        <translation>请输入访问令牌：具有 *:write 权限范围的 API 密钥（sk-…）或管理员的会话令牌。</translation>
    </message>
    <message>
        <source>This token will be sent as an API key.</source>
        <translation>此令牌将作为 API 密钥发送。</translation>
    </message>
    <message>
        <source>This token will be sent as a session token.</source>
        <translation>此令牌将作为会话令牌发送。</translation>
    </message>
    <message>
        <source>Enter the portal address above to list its keys.</source>
        <translation>请在上方输入门户地址以列出其密钥。</translation>
    </message>
    <message>
        <source>Enter an access token above to list the portal&apos;s keys.</source>
        <translation>请在上方输入访问令牌以列出门户的密钥。</translation>
    </message>
    <message>
        <source>Allow unencrypted HTTP above, or use an https:// address.</source>
        <translation>请在上方允许未加密的 HTTP，或使用 https:// 地址。</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <source>Certificate trusted for this session. Test the connection or revoke again.</source>
        <translation>已在本次会话中信任该证书。请测试连接或再次撤销。</translation>
    </message>
    <message>
        <source>The connection test failed: %1.</source>
        <translation>连接测试失败：%1。</translation>
    </message>
    <message>
        <source>History problem</source>
        <translation>历史记录问题</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>Revoke &amp;Leaked Secret…</source>
        <translation>撤销已泄露的机密(&amp;L)…</translation>
    </message>
    <message>
        <source>Paste a leaked sk- secret, or text holding some, to find its key and revoke it</source>
        <translation>粘贴已泄露的 sk- 机密或包含机密的文本，以找到对应的密钥并撤销</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>设置(&amp;S)…</translation>
    </message>
    <message>
        <source>Sent as &quot;Authorization: Bearer &lt;token&gt;&quot;: API keys, or a session token you want sent that way</source>
        <translation>以 &quot;Authorization: Bearer &lt;token&gt;&quot; 发送：API 密钥，或您希望以此方式发送的会话令牌</translation>
    </message>
    <message>
        <source>Send token as:</source>
        <translation>令牌发送方式：</translation>
    </message>
    <message>
        <source>T&amp;ools</source>
        <translation>工具(&amp;O)</translation>
    </message>
    <message>
        <source>Auto: API key</source>
        <translation>自动：API 密钥</translation>
    </message>
    <message>
        <source>Auto: session token</source>
        <translation>自动：会话令牌</translation>
    </message>
    <message>
        <source>Profile:</source>
        <translation>配置文件：</translation>
    </message>
    <message>
        <source>Revert Chan&amp;ges</source>
        <translation>还原更改(&amp;G)</translation>
    </message>
    <message>
        <source>Portal address:</source>
        <translation>门户地址：</translation>
    </message>
    <message>
        <source>Allow unencrypted HTTP to this portal (the token travels in clear te&amp;xt)</source>
        <translation>允许以未加密的 HTTP 连接到此门户（令牌将以明文传输）(&amp;X)</translation>
    </message>
    <message>
        <source>Access token:</source>
        <translation>访问令牌：</translation>
    </message>
    <message>
        <source>Key id:</source>
        <translation>密钥 ID：</translation>
    </message>
    <message>
        <source>Revoke Ke&amp;y</source>
        <translation>撤销密钥(&amp;Y)</translation>
    </message>
    <message>
        <source>Revoke Leake&amp;d Secret…</source>
        <translation>撤销已泄露的机密(&amp;D)…</translation>
    </message>
</context>
<context>
    <name>MemorySecretStore</name>
    <message>
        <source>memory only, until DocSpace Keys closes</source>
        <translation>仅内存（DocSpace Keys 关闭前有效）</translation>
    </message>
</context>
<context>
    <name>MessageBox</name>
    <message>
        <source>&amp;Replace</source>
        <translation>替换(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Keep Both</source>
        <translation>全部保留(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Skip</source>
        <translation>跳过(&amp;S)</translation>
    </message>
</context>
<context>
    <name>OneTimeSecretDialog</name>
    <message>
        <source>New Secret, Shown Once</source>
        <translation>新机密，仅显示一次</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Copy the secret(s) now: they will not be shown again.&lt;/b&gt; Neither the portal nor DocSpace Keys keeps them; once this window is closed, only whoever stored them has them. The clipboard is cleared of them when DocSpace Keys quits.</source>
        <translation>
            <numerusform>&lt;b&gt;请立即复制机密：它们不会再次显示。&lt;/b&gt;门户和 DocSpace Keys 都不会保存它们；关闭此窗口后，只有保存了它们的人才拥有它们。DocSpace Keys 退出时会从剪贴板中清除它们。</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>已复制</translation>
    </message>
    <message>
        <source>&amp;Save to File…</source>
        <translation>保存到文件(&amp;S)…</translation>
    </message>
    <message>
        <source>Save the New Secrets</source>
        <translation>保存新机密</translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation>文本文件 (*.txt)</translation>
    </message>
    <message>
        <source>Secrets Saved</source>
        <translation>机密已保存</translation>
    </message>
    <message>
        <source>Saved to %1, readable by you only. Move them into your secret manager and delete the file.</source>
        <translation>已保存到 %1，仅您本人可读。请将其移入您的机密管理工具，并删除该文件。</translation>
    </message>
    <message>
        <source>Secrets Not Saved</source>
        <translation>未保存机密</translation>
    </message>
    <message>
        <source>Cannot write %1: %2.</source>
        <translation>无法写入 %1：%2。</translation>
    </message>
</context>
<context>
    <name>OutcomeClassifier</name>
    <message>
        <source>Not sent: the address uses plain HTTP to a host on the network, so the token would travel unencrypted. Use the portal&apos;s https:// address, or explicitly allow unencrypted HTTP for this portal if the network is trusted.</source>
        <translation>未发送：该地址使用明文 HTTP 连接到网络上的主机，令牌将以未加密方式传输。请使用门户的 https:// 地址；如果网络可信，也可以明确允许此门户使用未加密的 HTTP。</translation>
    </message>
    <message>
        <source>Cancelled. If the request had already reached the portal the key may still have been revoked; refresh the key list before trying again.</source>
        <translation>已取消。如果请求已到达门户，该密钥可能仍已被撤销；请先刷新密钥列表再重试。</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <source>The portal did not answer in time. It may be overloaded or the network slow. The key may or may not have been revoked: check the key list, then try again or raise the timeout.</source>
        <translation>门户未及时响应。它可能负载过高或网络较慢。密钥可能已被撤销，也可能没有：请检查密钥列表，然后重试或增加超时时间。</translation>
    </message>
    <message>
        <source>The portal did not answer in time. It may be overloaded or the network slow: try again, or raise the timeout.</source>
        <translation>门户未及时响应。它可能负载过高或网络较慢：请重试或增加超时时间。</translation>
    </message>
    <message>
        <source>The portal&apos;s certificate is not trusted (%1), so nothing was sent. If this is your own on-premises portal, compare the fingerprint below with the one your server shows, then trust that certificate or add your internal CA file. Otherwise someone may be intercepting the connection.</source>
        <translation>门户的证书不受信任（%1），因此未发送任何内容。如果这是您自己的本地部署门户，请将下方的指纹与服务器显示的指纹进行比较，然后信任该证书或添加您的内部 CA 文件。否则，可能有人正在拦截连接。</translation>
    </message>
    <message>
        <source>The portal redirected the request to another address (%1). DocSpace Keys never sends your token to another site, so the request went no further. If the portal has moved, enter its new address.</source>
        <translation>门户将请求重定向到了另一个地址（%1）。DocSpace Keys 绝不会将您的令牌发送到其他站点，因此请求未继续。如果门户已迁移，请输入其新地址。</translation>
    </message>
    <message>
        <source>The portal kept redirecting the request, so it was given up. Check the portal address.</source>
        <translation>门户不断重定向请求，因此已放弃该请求。请检查门户地址。</translation>
    </message>
    <message>
        <source>The portal&apos;s answer was cut off before it was complete, so it is unknown whether the key was revoked. Refresh the key list to check, then try again.</source>
        <translation>门户的响应在完成前被截断，因此无法确定密钥是否已被撤销。请刷新密钥列表进行检查，然后重试。</translation>
    </message>
    <message>
        <source>The portal&apos;s answer was cut off before it was complete. Try again; if it keeps happening, a proxy may be cutting answers short.</source>
        <translation>门户的响应在完成前被截断。请重试；如果问题持续出现，可能是代理截断了响应。</translation>
    </message>
    <message>
        <source>Could not reach the portal: %1. Check the address, your network connection, VPN or proxy, and try again.</source>
        <translation>无法连接到门户：%1。请检查地址、网络连接、VPN 或代理，然后重试。</translation>
    </message>
    <message>
        <source>The portal did not accept the access token. It may be mistyped, expired, revoked or deactivated, or sent the wrong way (API keys starting with sk- must be sent as an API key: choose Auto or API key). Get a new token and try again.</source>
        <translation>门户不接受该访问令牌。它可能输入有误、已过期、已被撤销或停用，或者发送方式不正确（以 sk- 开头的 API 密钥必须作为 API 密钥发送：请选择“自动”或“API 密钥”）。请获取新令牌后重试。</translation>
    </message>
    <message numerus="yes">
        <source>The portal is limiting requests and kept refusing after %n attempt(s). Wait a minute, then try again.</source>
        <translation>
            <numerusform>门户正在限制请求，尝试 %n 次后仍被拒绝。请等待一分钟后重试。</numerusform>
        </translation>
    </message>
    <message>
        <source>The portal has no key with this id: it was already revoked, or the id is wrong. Nothing was changed.</source>
        <translation>门户中没有此 ID 的密钥：它已被撤销，或者 ID 有误。未进行任何更改。</translation>
    </message>
    <message>
        <source>The portal or the proxy in front of it failed (%1). This is usually temporary: try again in a minute. If it persists, the portal&apos;s administrator should check the server.</source>
        <translation>门户或其前端代理出现故障（%1）。这通常是暂时的：请一分钟后重试。如果问题持续存在，门户管理员应检查服务器。</translation>
    </message>
    <message>
        <source>The portal gave an unexpected answer (HTTP %1), so the key was not revoked. Check the address and the portal&apos;s message below.</source>
        <translation>门户返回了意外的响应 (HTTP %1)，因此密钥未被撤销。请检查地址以及下方门户返回的消息。</translation>
    </message>
    <message>
        <source>The portal gave an unexpected answer (HTTP %1). Check the address and the portal&apos;s message below.</source>
        <translation>门户返回了意外的响应 (HTTP %1)。请检查地址以及下方门户返回的消息。</translation>
    </message>
    <message>
        <source>a web page instead of JSON</source>
        <translation>网页而非 JSON</translation>
    </message>
    <message>
        <source>an empty answer</source>
        <translation>空响应</translation>
    </message>
    <message>
        <source>an answer that is not JSON</source>
        <translation>非 JSON 响应</translation>
    </message>
    <message>
        <source>The portal sent %1, so it is unknown whether the key was revoked. The address may point to a login page or proxy rather than the DocSpace API; check it, then refresh the key list.</source>
        <translation>门户返回了%1，因此无法确定密钥是否已被撤销。该地址可能指向登录页面或代理，而不是 DocSpace API；请检查地址，然后刷新密钥列表。</translation>
    </message>
    <message>
        <source>The portal sent %1. The address may point to a login page or proxy rather than the DocSpace API; check it.</source>
        <translation>门户返回了%1。该地址可能指向登录页面或代理，而不是 DocSpace API；请检查地址。</translation>
    </message>
    <message>
        <source>The portal reported a failure inside a successful answer, so the key was not revoked. Read the portal&apos;s message below.</source>
        <translation>门户在成功的响应中报告了失败，因此密钥未被撤销。请阅读下方门户返回的消息。</translation>
    </message>
    <message>
        <source>The portal reported a failure inside a successful answer. Read the portal&apos;s message below.</source>
        <translation>门户在成功的响应中报告了失败。请阅读下方门户返回的消息。</translation>
    </message>
    <message>
        <source>The portal&apos;s answer did not say whether the key was changed. Refresh the key list to check.</source>
        <translation>门户的响应未说明密钥是否已更改。请刷新密钥列表进行检查。</translation>
    </message>
    <message>
        <source>Deactivated. The key stops working until it is reactivated.</source>
        <translation>已停用。该密钥在重新启用前将无法使用。</translation>
    </message>
    <message>
        <source>Reactivated. The key works again.</source>
        <translation>已重新启用。该密钥恢复可用。</translation>
    </message>
    <message>
        <source>The portal refused to reactivate this key. Expired keys cannot be reactivated, and only the key&apos;s creator or an administrator may change it.</source>
        <translation>门户拒绝重新启用此密钥。已过期的密钥无法重新启用，并且只有密钥的创建者或管理员可以更改它。</translation>
    </message>
    <message>
        <source>The portal refused to deactivate this key. Only the key&apos;s creator or an administrator may change it.</source>
        <translation>门户拒绝停用此密钥。只有密钥的创建者或管理员可以更改它。</translation>
    </message>
    <message>
        <source>Revoked. The key no longer works; anything that used it must get a new one.</source>
        <translation>已撤销。该密钥不再有效；任何使用它的程序都必须获取新密钥。</translation>
    </message>
    <message>
        <source>The portal refused to revoke this key. Only its creator or a portal administrator may revoke it: sign in with an administrator&apos;s token, or ask the key&apos;s owner.</source>
        <translation>门户拒绝撤销此密钥。只有其创建者或门户管理员可以撤销它：请使用管理员的令牌登录，或联系密钥的所有者。</translation>
    </message>
    <message>
        <source>The portal&apos;s answer did not say whether the key was revoked. Refresh the key list to check.</source>
        <translation>门户的响应未说明密钥是否已被撤销。请刷新密钥列表进行检查。</translation>
    </message>
    <message>
        <source>The portal&apos;s answer had no content. Check that the address is a DocSpace portal.</source>
        <translation>门户的响应没有内容。请检查该地址是否为 DocSpace 门户。</translation>
    </message>
    <message>
        <source>The answer was far larger than a DocSpace answer can be, so reading stopped. Check that the address points to a DocSpace portal.</source>
        <translation>响应远大于 DocSpace 响应可能的大小，因此已停止读取。请检查该地址是否指向 DocSpace 门户。</translation>
    </message>
    <message>
        <source>Unknown: the connection failed after the request was sent (%1), so the portal may or may not have revoked the key. Refresh the key list to see whether it is still there.</source>
        <translation>未知：请求发送后连接失败（%1），因此门户可能已撤销该密钥，也可能没有。请刷新密钥列表，查看它是否仍然存在。</translation>
    </message>
    <message>
        <source>Unknown: the connection failed after the request was sent (%1), so the portal may or may not have changed the key. Refresh the key list to see its state.</source>
        <translation>未知：请求发送后连接失败（%1），因此门户可能已更改该密钥，也可能没有。请刷新密钥列表，查看它的状态。</translation>
    </message>
    <message>
        <source>The portal refused access: “%1”. It accepts calls only from certain IP addresses: connect from an allowed network or VPN, or ask the portal&apos;s administrator to allow your address. Nothing was changed.</source>
        <translation>门户拒绝访问：“%1”。它只接受来自特定 IP 地址的调用：请从允许的网络或 VPN 连接，或请门户管理员允许您的地址。未做任何更改。</translation>
    </message>
    <message>
        <source>The portal refused to create the key: “%1”. Guests cannot create API keys, and this portal may restrict developer tools to administrators: ask an administrator to create the key, or to allow developer tools for everyone.</source>
        <translation>门户拒绝创建密钥：“%1”。访客无法创建 API 密钥，而且此门户可能仅允许管理员使用开发者工具：请让管理员创建该密钥，或为所有人开放开发者工具。</translation>
    </message>
    <message>
        <source>The portal refused to revoke this key: “%1”. This user may not manage keys (guests cannot): use an administrator&apos;s token with the *:write scope.</source>
        <translation>门户拒绝撤销此密钥：“%1”。此用户可能无权管理密钥（访客不能）：请使用具有 *:write 权限范围的管理员令牌。</translation>
    </message>
    <message>
        <source>The portal refused to change this key: “%1”. This user may not manage keys (guests cannot): use an administrator&apos;s token with the *:write scope.</source>
        <translation>门户拒绝更改此密钥：“%1”。此用户可能无权管理密钥（访客不能）：请使用具有 *:write 权限范围的管理员令牌。</translation>
    </message>
    <message>
        <source>The portal refused: “%1”. This user may not read this; use an administrator&apos;s token.</source>
        <translation>门户拒绝：“%1”。此用户无权读取此内容；请使用管理员的令牌。</translation>
    </message>
    <message>
        <source>If every call is refused this way, the portal may be being moved, restored or encrypted: try again later.</source>
        <translation>如果每次调用都以这种方式被拒绝，门户可能正在迁移、恢复或加密：请稍后重试。</translation>
    </message>
    <message>
        <source>The token is not allowed to revoke keys: it lacks the *:write scope. Use a token with write access (an administrator&apos;s, to revoke others&apos; keys). %1</source>
        <translation>该令牌无权撤销密钥：它缺少 *:write 权限范围。请使用具有写入权限的令牌（要撤销他人的密钥，请使用管理员的令牌）。%1</translation>
    </message>
    <message>
        <source>The token is not allowed to change keys: it lacks the *:write scope. %1</source>
        <translation>该令牌无权更改密钥：它缺少 *:write 权限范围。%1</translation>
    </message>
    <message>
        <source>The token is not allowed to create keys: it lacks the *:write scope. %1</source>
        <translation>该令牌无权创建密钥：它缺少 *:write 权限范围。%1</translation>
    </message>
    <message>
        <source>The token is not allowed to read this: it lacks the scope needed (*:read, or accounts.self:read for the profile). %1</source>
        <translation>该令牌无权读取此内容：它缺少所需的权限范围（*:read，或个人资料所需的 accounts.self:read）。%1</translation>
    </message>
    <message>
        <source>The portal&apos;s subscription has lapsed (HTTP 402), so it answers no API calls and nothing was changed. The portal&apos;s owner must renew the payment in DocSpace (Payments); then try again.</source>
        <translation>门户的订阅已过期（HTTP 402），因此它不响应任何 API 调用，也未做任何更改。门户所有者必须在 DocSpace 中续费（付款）；然后请重试。</translation>
    </message>
    <message>
        <source>The address answered that the DocSpace API is not there (HTTP 404): it is not a DocSpace portal with API keys, the portal is older than DocSpace 3.1, or it is suspended. Nothing was changed. Check the address; if it is right, ask the portal&apos;s owner whether the portal is suspended or needs an update.</source>
        <translation>该地址应答称 DocSpace API 不在此处（HTTP 404）：它不是具有 API 密钥的 DocSpace 门户、门户早于 DocSpace 3.1，或门户已被暂停。未做任何更改。请检查地址；如果地址正确，请询问门户所有者门户是否已被暂停或需要更新。</translation>
    </message>
    <message>
        <source>The portal&apos;s certificate has changed since it was pinned, so nothing was sent. Pinned SHA-256: %1. The portal now shows: %2. If its certificate was renewed or replaced, check the new fingerprint with the server&apos;s administrator, then put it in the profile (Profile &gt; Edit). If nobody changed it, someone may be intercepting the connection: do not trust it.</source>
        <translation>门户的证书自固定以来已发生变化，因此未发送任何内容。已固定的 SHA-256：%1。门户当前显示：%2。如果其证书已续期或更换，请向服务器管理员核实新的指纹，然后将其填入配置文件（“配置文件 &gt; 编辑”）。如果没有人更改过证书，则可能有人正在拦截连接：请不要信任它。</translation>
    </message>
</context>
<context>
    <name>OutcomeStyle</name>
    <message>
        <source>Revoked</source>
        <translation>已撤销</translation>
    </message>
    <message>
        <source>Deactivated</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>Reactivated</source>
        <translation>已重新启用</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>已拒绝</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>未找到</translation>
    </message>
    <message>
        <source>Invalid key id</source>
        <translation>无效的密钥 ID</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>未登录</translation>
    </message>
    <message>
        <source>Forbidden</source>
        <translation>禁止访问</translation>
    </message>
    <message>
        <source>Rate limited</source>
        <translation>受到速率限制</translation>
    </message>
    <message>
        <source>Server error</source>
        <translation>服务器错误</translation>
    </message>
    <message>
        <source>Unexpected answer</source>
        <translation>意外的响应</translation>
    </message>
    <message>
        <source>Network error</source>
        <translation>网络错误</translation>
    </message>
    <message>
        <source>Timed out</source>
        <translation>已超时</translation>
    </message>
    <message>
        <source>Certificate problem</source>
        <translation>证书问题</translation>
    </message>
    <message>
        <source>Unencrypted HTTP refused</source>
        <translation>已拒绝未加密的 HTTP</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>Portal unavailable</source>
        <translation>门户不可用</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>已创建</translation>
    </message>
    <message>
        <source>Edited</source>
        <translation>已编辑</translation>
    </message>
</context>
<context>
    <name>PasteIdsDialog</name>
    <message>
        <source>Revoke Keys by Id</source>
        <translation>按 ID 撤销密钥</translation>
    </message>
    <message>
        <source>Key ids</source>
        <translation>密钥 ID</translation>
    </message>
    <message>
        <source>3f2504e0-4f89-11d3-9a0c-0305e82c3301
…</source>
        <translation>3f2504e0-4f89-11d3-9a0c-0305e82c3301
…</translation>
    </message>
    <message>
        <source>Skipped lines</source>
        <translation>已跳过的行</translation>
    </message>
    <message>
        <source>&amp;Revoke…</source>
        <translation>撤销(&amp;R)…</translation>
    </message>
    <message>
        <source>Line %1: %2 — %3</source>
        <translation>第 %1 行：%2 — %3</translation>
    </message>
    <message numerus="yes">
        <source>%n key id(s)</source>
        <translation>
            <numerusform>%n 个密钥 ID</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) skipped</source>
        <translation>
            <numerusform>跳过 %n 行</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n repeat(s) ignored</source>
        <translation>
            <numerusform>忽略 %n 个重复项</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Revoke %n Key(s)…</source>
        <translation>
            <numerusform>撤销 %n 个密钥(&amp;R)…</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Paste key ids, one per line, or a CSV export with an &quot;id&quot; column. Lines without a key id are shown below and skipped.</source>
        <translation>粘贴密钥 ID(&amp;P)，每行一个，或带有 &quot;id&quot; 列的 CSV 导出内容。不含密钥 ID 的行将显示在下方并被跳过。</translation>
    </message>
</context>
<context>
    <name>PortalAddress</name>
    <message>
        <source>Enter the portal address, for example https://portal.example.com.</source>
        <translation>请输入门户地址，例如 https://portal.example.com。</translation>
    </message>
    <message>
        <source>A portal address cannot contain spaces.</source>
        <translation>门户地址不能包含空格。</translation>
    </message>
    <message>
        <source>This is not a valid web address.</source>
        <translation>这不是有效的网址。</translation>
    </message>
    <message>
        <source>Only https:// (or http://) portal addresses are supported, not %1://.</source>
        <translation>仅支持 https://（或 http://）门户地址，不支持 %1://。</translation>
    </message>
    <message>
        <source>Remove the user name or password from the address; the access token goes in its own field.</source>
        <translation>请从地址中删除用户名或密码；访问令牌应填写在专用字段中。</translation>
    </message>
    <message>
        <source>The address has no host name.</source>
        <translation>该地址没有主机名。</translation>
    </message>
</context>
<context>
    <name>PortalProfile</name>
    <message>
        <source>Give the profile a name, for example &quot;Production&quot;.</source>
        <translation>请为配置文件命名，例如“生产环境”。</translation>
    </message>
    <message>
        <source>The profile name is too long (at most %1 characters).</source>
        <translation>配置文件名称过长（最多 %1 个字符）。</translation>
    </message>
    <message>
        <source>The timeout must be between 1 and 3600 seconds.</source>
        <translation>超时时间必须介于 1 到 3600 秒之间。</translation>
    </message>
    <message>
        <source>The trusted certificate fingerprint must be a SHA-256 digest: 64 hexadecimal digits, with or without colons.</source>
        <translation>受信任证书指纹必须是 SHA-256 摘要：64 位十六进制数字，可带或不带冒号。</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot;: unknown auth scheme &quot;%2&quot;.</source>
        <translation>配置文件“%1”：未知的认证方式“%2”。</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot;: %2</source>
        <translation>配置文件“%1”：%2</translation>
    </message>
</context>
<context>
    <name>ProfileController</name>
    <message>
        <source>Unsaved Changes</source>
        <translation>未保存的更改</translation>
    </message>
    <message>
        <source>Save the changes to the profile &quot;%1&quot;?</source>
        <translation>将更改保存到配置文件“%1”？</translation>
    </message>
    <message>
        <source>The portal address, authentication scheme or token were changed here but not saved. Discarding them goes back to what the profile has saved.</source>
        <translation>此处更改了门户地址、认证方式或令牌，但尚未保存。放弃更改将恢复为配置文件中已保存的内容。</translation>
    </message>
    <message>
        <source>Kept the unsaved changes.</source>
        <translation>已保留未保存的更改。</translation>
    </message>
    <message>
        <source>No profile: nothing typed here is saved.</source>
        <translation>无配置文件：此处输入的内容不会被保存。</translation>
    </message>
    <message>
        <source>Reading the token from %1…</source>
        <translation>正在从%1读取令牌…</translation>
    </message>
    <message>
        <source>No token is saved for &quot;%1&quot;: enter it, then choose Save to Profile.</source>
        <translation>“%1”未保存令牌：请输入令牌，然后选择“保存到配置文件”。</translation>
    </message>
    <message>
        <source>The token of &quot;%1&quot; could not be read: %2 Enter it here to use it now, or check that the keychain is unlocked and choose the profile again.</source>
        <translation>无法读取“%1”的令牌：%2 请在此处输入令牌以立即使用，或检查钥匙串是否已解锁，然后重新选择该配置文件。</translation>
    </message>
    <message>
        <source>Token Not Saved</source>
        <translation>令牌未保存</translation>
    </message>
    <message>
        <source>The token of &quot;%1&quot; could not be saved.</source>
        <translation>无法保存“%1”的令牌。</translation>
    </message>
    <message>
        <source>(no profile)</source>
        <translation>（无配置文件）</translation>
    </message>
    <message>
        <source>Type a portal and token without saving them</source>
        <translation>输入门户和令牌但不保存</translation>
    </message>
    <message>
        <source>portal address</source>
        <translation>门户地址</translation>
    </message>
    <message>
        <source>scheme</source>
        <translation>认证方式</translation>
    </message>
    <message>
        <source>plain HTTP</source>
        <translation>明文 HTTP</translation>
    </message>
    <message>
        <source>token</source>
        <translation>令牌</translation>
    </message>
    <message>
        <source>Changed here, not yet saved in &quot;%1&quot;: %2.</source>
        <translation>已在此处更改，尚未保存到“%1”：%2。</translation>
    </message>
    <message>
        <source>Profile Not Saved</source>
        <translation>配置文件未保存</translation>
    </message>
    <message>
        <source>The profile &quot;%1&quot; was not saved.</source>
        <translation>未保存配置文件“%1”。</translation>
    </message>
    <message>
        <source>Saved the profile &quot;%1&quot;.</source>
        <translation>已保存配置文件“%1”。</translation>
    </message>
    <message>
        <source>Back to the saved profile.</source>
        <translation>已恢复为已保存的配置文件。</translation>
    </message>
    <message>
        <source>Created the profile &quot;%1&quot;.</source>
        <translation>已创建配置文件“%1”。</translation>
    </message>
    <message>
        <source>The token is still being read; try again in a moment.</source>
        <translation>仍在读取令牌；请稍后重试。</translation>
    </message>
    <message>
        <source>Profile Not Duplicated</source>
        <translation>配置文件未复制</translation>
    </message>
    <message>
        <source>The profile &quot;%1&quot; was not duplicated.</source>
        <translation>未复制配置文件“%1”。</translation>
    </message>
    <message>
        <source>Created &quot;%1&quot; as a copy of &quot;%2&quot;.</source>
        <translation>已创建“%1”作为“%2”的副本。</translation>
    </message>
    <message>
        <source>Rename Profile</source>
        <translation>重命名配置文件</translation>
    </message>
    <message>
        <source>New name for &quot;%1&quot;:</source>
        <translation>“%1”的新名称：</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>重命名(&amp;R)</translation>
    </message>
    <message>
        <source>Profile Not Renamed</source>
        <translation>配置文件未重命名</translation>
    </message>
    <message>
        <source>The profile &quot;%1&quot; was not renamed.</source>
        <translation>未重命名配置文件“%1”。</translation>
    </message>
    <message>
        <source>Renamed &quot;%1&quot; to &quot;%2&quot;.</source>
        <translation>已将“%1”重命名为“%2”。</translation>
    </message>
    <message>
        <source>Delete Profile</source>
        <translation>删除配置文件</translation>
    </message>
    <message>
        <source>Delete the profile &quot;%1&quot;?</source>
        <translation>删除配置文件“%1”？</translation>
    </message>
    <message>
        <source>Its settings and its saved token are deleted. This cannot be undone; the portal and its keys are not affected.</source>
        <translation>其设置和已保存的令牌将被删除。此操作无法恢复；门户及其密钥不受影响。</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <source>Token Not Deleted</source>
        <translation>令牌未删除</translation>
    </message>
    <message>
        <source>The token of the deleted profile &quot;%1&quot; could not be removed from %2.</source>
        <translation>无法从%2中移除已删除配置文件“%1”的令牌。</translation>
    </message>
    <message>
        <source>Deleted the profile &quot;%1&quot; and its token.</source>
        <translation>已删除配置文件“%1”及其令牌。</translation>
    </message>
    <message>
        <source>Import Profiles</source>
        <translation>导入配置文件</translation>
    </message>
    <message>
        <source>Profiles (*.json);;All files (*)</source>
        <translation>配置文件 (*.json);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Profiles Not Imported</source>
        <translation>配置文件未导入</translation>
    </message>
    <message>
        <source>Cannot read %1.</source>
        <translation>无法读取 %1。</translation>
    </message>
    <message>
        <source>%1. Check that the file exists and may be read.</source>
        <translation>%1。请检查该文件是否存在且可读。</translation>
    </message>
    <message>
        <source>%1 holds no profiles that can be imported.</source>
        <translation>%1 中没有可导入的配置文件。</translation>
    </message>
    <message>
        <source>Profiles Imported</source>
        <translation>配置文件已导入</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n profile(s) from %1.</source>
        <translation>
            <numerusform>已从 %1 导入 %n 个配置文件。</numerusform>
        </translation>
    </message>
    <message>
        <source>Exports never contain tokens: choose each imported profile, enter its token and choose Save to Profile.</source>
        <translation>导出文件从不包含令牌：请选择每个导入的配置文件，输入其令牌，然后选择“保存到配置文件”。</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n profile(s).</source>
        <translation>
            <numerusform>已导入 %n 个配置文件。</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to Export</source>
        <translation>没有可导出的内容</translation>
    </message>
    <message>
        <source>There are no profiles yet.</source>
        <translation>尚无配置文件。</translation>
    </message>
    <message>
        <source>Export Profiles (tokens are never exported)</source>
        <translation>导出配置文件（令牌绝不会被导出）</translation>
    </message>
    <message>
        <source>Profiles (*.json)</source>
        <translation>配置文件 (*.json)</translation>
    </message>
    <message>
        <source>Profiles Not Exported</source>
        <translation>配置文件未导出</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>无法写入 %1。</translation>
    </message>
    <message>
        <source>%1. Choose another folder.</source>
        <translation>%1。请选择其他文件夹。</translation>
    </message>
    <message>
        <source>Profiles Exported</source>
        <translation>配置文件已导出</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n profile(s) to %1.</source>
        <translation>
            <numerusform>已将 %n 个配置文件导出到 %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>The file holds portal addresses and settings only. Tokens are never exported: whoever imports it enters their own.</source>
        <translation>该文件仅包含门户地址和设置。令牌绝不会被导出：导入者需输入自己的令牌。</translation>
    </message>
    <message>
        <source>Demo mode: tokens are kept in memory only, on purpose, and forgotten when DocSpace Keys closes. Nothing is written to the system keychain.</source>
        <translation>演示模式：令牌特意仅保存在内存中，并在 DocSpace Keys 关闭时清除。不会向系统钥匙串写入任何内容。</translation>
    </message>
    <message>
        <source>No system keychain is available: tokens are kept only until DocSpace Keys closes.</source>
        <translation>没有可用的系统钥匙串：令牌仅保留到 DocSpace Keys 关闭为止。</translation>
    </message>
    <message>
        <source>Demo mode</source>
        <translation>演示模式</translation>
    </message>
    <message>
        <source>Keychain unavailable</source>
        <translation>钥匙串不可用</translation>
    </message>
    <message>
        <source>Profile Name Exists</source>
        <translation>配置文件名称已存在</translation>
    </message>
    <message>
        <source>A profile named &quot;%1&quot; exists already.</source>
        <translation>名为“%1”的配置文件已存在。</translation>
    </message>
    <message>
        <source>Both are for %1. Replace keeps the saved token.</source>
        <translation>两者都用于 %1。“替换”会保留已保存的令牌。</translation>
    </message>
    <message>
        <source>The saved one is for %1, the imported one for %2. Replace deletes the saved token, which belongs to the other portal.</source>
        <translation>已保存的配置文件用于 %1，导入的配置文件用于 %2。“替换”会删除已保存的令牌，该令牌属于另一个门户。</translation>
    </message>
    <message>
        <source>Keep Both adds the imported one under a new name; Skip leaves it out.</source>
        <translation>“全部保留”会以新名称添加导入的配置文件；“跳过”则不导入它。</translation>
    </message>
    <message numerus="yes">
        <source>Do the same for the other %n profile(s) whose name exists</source>
        <translation>
            <numerusform>对名称已存在的其他 %n 个配置文件执行相同操作</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>未导入任何内容。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message numerus="yes">
        <source>%n of them replaced a profile of the same name</source>
        <translation>
            <numerusform>其中 %n 个替换了同名的配置文件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped because the name exists</source>
        <translation>
            <numerusform>%n 个因名称已存在而被跳过</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>e.g. Production</source>
        <translation>例如 生产环境</translation>
    </message>
    <message>
        <source>How this portal is listed in the profile selector</source>
        <translation>此门户在配置文件选择器中显示的名称</translation>
    </message>
    <message>
        <source>Profile name</source>
        <translation>配置文件名称</translation>
    </message>
    <message>
        <source>Profile name problem</source>
        <translation>配置文件名称问题</translation>
    </message>
    <message>
        <source>&amp;Portal address:</source>
        <translation>门户地址(&amp;P)：</translation>
    </message>
    <message>
        <source>https://portal.example.com</source>
        <translation>https://portal.example.com</translation>
    </message>
    <message>
        <source>The address of the DocSpace portal, as you open it in a browser</source>
        <translation>DocSpace 门户的地址，即您在浏览器中打开它时使用的地址</translation>
    </message>
    <message>
        <source>Portal address</source>
        <translation>门户地址</translation>
    </message>
    <message>
        <source>Portal address problem</source>
        <translation>门户地址问题</translation>
    </message>
    <message>
        <source>Send token &amp;as:</source>
        <translation>令牌发送方式(&amp;A)：</translation>
    </message>
    <message>
        <source>Auto sends tokens starting with sk- as API keys and anything else as a session token</source>
        <translation>“自动”会将以 sk- 开头的令牌作为 API 密钥发送，其他令牌作为会话令牌发送</translation>
    </message>
    <message>
        <source>Authentication scheme</source>
        <translation>认证方式</translation>
    </message>
    <message>
        <source>Auto</source>
        <translation>自动</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API 密钥</translation>
    </message>
    <message>
        <source>Session token</source>
        <translation>会话令牌</translation>
    </message>
    <message>
        <source>Access &amp;token:</source>
        <translation>访问令牌(&amp;T)：</translation>
    </message>
    <message>
        <source>sk-… API key with the *:write scope, or a session token</source>
        <translation>具有 *:write 权限范围的 sk-… API 密钥，或会话令牌</translation>
    </message>
    <message>
        <source>Stored in the system keychain, never in a file</source>
        <translation>保存在系统钥匙串中，绝不写入文件</translation>
    </message>
    <message>
        <source>Access token</source>
        <translation>访问令牌</translation>
    </message>
    <message>
        <source>Where the token is kept</source>
        <translation>令牌的保存位置</translation>
    </message>
    <message>
        <source>Allow unencrypted &amp;HTTP to this portal</source>
        <translation>允许以未加密的 HTTP 连接到此门户(&amp;H)</translation>
    </message>
    <message>
        <source>Needed only for a plain http:// address on another machine</source>
        <translation>仅当使用另一台计算机上的明文 http:// 地址时才需要</translation>
    </message>
    <message>
        <source>Allow unencrypted HTTP</source>
        <translation>允许未加密的 HTTP</translation>
    </message>
    <message>
        <source>Unencrypted HTTP warning</source>
        <translation>未加密 HTTP 警告</translation>
    </message>
    <message>
        <source>Trusted &amp;certificate:</source>
        <translation>受信任证书(&amp;C)：</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint, e.g. AB:CD:…</source>
        <translation>SHA-256 指纹，例如 AB:CD:…</translation>
    </message>
    <message>
        <source>Trust exactly this certificate (an on-premises portal with a self-signed certificate). Colons and case do not matter.</source>
        <translation>仅信任此证书（适用于使用自签名证书的本地部署门户）。冒号和大小写无关紧要。</translation>
    </message>
    <message>
        <source>Trusted certificate fingerprint</source>
        <translation>受信任证书指纹</translation>
    </message>
    <message>
        <source>Certificate fingerprint problem</source>
        <translation>证书指纹问题</translation>
    </message>
    <message>
        <source>Extra CA &amp;file:</source>
        <translation>额外 CA 文件(&amp;F)：</translation>
    </message>
    <message>
        <source>PEM or DER file of an internal certificate authority</source>
        <translation>内部证书颁发机构的 PEM 或 DER 文件</translation>
    </message>
    <message>
        <source>Certificates of your organization&apos;s own certificate authority, trusted in addition to the system ones</source>
        <translation>您组织自己的证书颁发机构的证书，在系统证书之外额外受信任</translation>
    </message>
    <message>
        <source>Extra CA file</source>
        <translation>额外 CA 文件</translation>
    </message>
    <message>
        <source>Choose the CA file</source>
        <translation>选择 CA 文件</translation>
    </message>
    <message>
        <source>CA file problem</source>
        <translation>CA 文件问题</translation>
    </message>
    <message>
        <source>Request t&amp;imeout:</source>
        <translation>请求超时(&amp;I)：</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>A request that receives nothing for this long ends as a timeout</source>
        <translation>请求在这么长时间内未收到任何数据时将以超时结束</translation>
    </message>
    <message>
        <source>Request timeout in seconds</source>
        <translation>请求超时（秒）</translation>
    </message>
    <message>
        <source>Why the profile cannot be saved</source>
        <translation>无法保存配置文件的原因</translation>
    </message>
    <message>
        <source>&amp;Save Profile</source>
        <translation>保存配置文件(&amp;S)</translation>
    </message>
    <message>
        <source>The token will travel in clear text to a plain http:// address: anyone on the network path can read and use it. Use this only on a network you control.</source>
        <translation>令牌将以明文传输到 http:// 地址：网络路径上的任何人都能读取并使用它。仅在您控制的网络中使用此选项。</translation>
    </message>
    <message>
        <source>New Profile</source>
        <translation>新建配置文件</translation>
    </message>
    <message>
        <source>Edit Profile</source>
        <translation>编辑配置文件</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>未保存：%1</translation>
    </message>
    <message>
        <source>Stored in %1, never in a file. Leave empty to type it each time.</source>
        <translation>保存于%1，绝不写入文件。留空则每次手动输入。</translation>
    </message>
    <message>
        <source>No system keychain is available: the token is kept only until DocSpace Keys closes.</source>
        <translation>没有可用的系统钥匙串：令牌仅保留到 DocSpace Keys 关闭为止。</translation>
    </message>
    <message>
        <source>Choose the Extra CA File</source>
        <translation>选择额外 CA 文件</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer *.der);;All files (*)</source>
        <translation>证书 (*.pem *.crt *.cer *.der);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Enter a name for this profile, e.g. the portal&apos;s purpose or customer.</source>
        <translation>请为此配置文件输入名称，例如门户的用途或客户名称。</translation>
    </message>
    <message>
        <source>Another profile is already called &quot;%1&quot;. Choose another name.</source>
        <translation>已有另一个配置文件名为“%1”。请选择其他名称。</translation>
    </message>
    <message>
        <source>This is not a SHA-256 fingerprint: expected 64 hexadecimal digits, with or without colons.</source>
        <translation>这不是 SHA-256 指纹：应为 64 位十六进制数字，可带或不带冒号。</translation>
    </message>
    <message>
        <source>There is no file at this path. Choose the CA certificate file again.</source>
        <translation>此路径下没有文件。请重新选择 CA 证书文件。</translation>
    </message>
    <message>
        <source>This file cannot be read. Check its permissions or choose another file.</source>
        <translation>无法读取此文件。请检查其权限或选择其他文件。</translation>
    </message>
    <message>
        <source>This plain http:// address would send the token unencrypted. Use an https:// address, or tick &quot;%1&quot;.</source>
        <translation>此明文 http:// 地址会以未加密方式发送令牌。请使用 https:// 地址，或勾选“%1”。</translation>
    </message>
    <message>
        <source>Ch&amp;oose…</source>
        <translation>选择(&amp;O)…</translation>
    </message>
</context>
<context>
    <name>ProfileStore</name>
    <message>
        <source>it cannot be read</source>
        <translation>无法读取该文件</translation>
    </message>
    <message>
        <source>it is damaged</source>
        <translation>该文件已损坏</translation>
    </message>
    <message>
        <source>it was written by a newer version of DocSpace Keys</source>
        <translation>该文件由更新版本的 DocSpace Keys 写入</translation>
    </message>
    <message>
        <source>Your saved profiles could not be loaded: %1. The file was kept as %2, and DocSpace Keys starts without profiles.</source>
        <translation>无法加载您已保存的配置文件：%1。该文件已另存为 %2，DocSpace Keys 将在没有配置文件的情况下启动。</translation>
    </message>
    <message>
        <source>Your saved profiles could not be loaded: %1. The file %2 is left untouched and nothing will be saved this session; move it away to start afresh.</source>
        <translation>无法加载您已保存的配置文件：%1。文件 %2 保持不变，本次会话不会保存任何内容；如需重新开始，请将其移走。</translation>
    </message>
    <message>
        <source>Your profiles could not be saved to %1. Check that the folder is writable and the disk is not full.</source>
        <translation>无法将您的配置文件保存到 %1。请检查文件夹是否可写以及磁盘是否已满。</translation>
    </message>
    <message>
        <source>A profile named &quot;%1&quot; already exists. Choose another name.</source>
        <translation>名为“%1”的配置文件已存在。请选择其他名称。</translation>
    </message>
    <message>
        <source>Portal</source>
        <translation>门户</translation>
    </message>
    <message>
        <source>The file is not valid JSON (%1).</source>
        <translation>该文件不是有效的 JSON（%1）。</translation>
    </message>
    <message>
        <source>The file was exported by a newer version of DocSpace Keys.</source>
        <translation>该文件由更新版本的 DocSpace Keys 导出。</translation>
    </message>
    <message>
        <source>The file is not a DocSpace Keys profile export.</source>
        <translation>该文件不是 DocSpace Keys 配置文件导出文件。</translation>
    </message>
</context>
<context>
    <name>RetirementEntry</name>
    <message>
        <source>Taken out of the plan; the key stays deactivated.</source>
        <translation>已移出计划；密钥仍保持停用。</translation>
    </message>
    <message>
        <source>Deactivated, to be revoked</source>
        <translation>已停用，待撤销</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>已撤销</translation>
    </message>
    <message>
        <source>Reactivated meanwhile: left alone</source>
        <translation>期间已重新启用：保持不变</translation>
    </message>
    <message>
        <source>No longer on the portal</source>
        <translation>已不在门户上</translation>
    </message>
    <message>
        <source>Taken out of the plan</source>
        <translation>已移出计划</translation>
    </message>
    <message numerus="yes">
        <source>Deactivated; revoked after %n day(s) unless reactivated.</source>
        <translation>
            <numerusform>已停用；除非重新启用，否则将在 %n 天后撤销。</numerusform>
        </translation>
    </message>
    <message>
        <source>The key was no longer on the portal when due: someone revoked it already.</source>
        <translation>到期时该密钥已不在门户上：已有人将其撤销。</translation>
    </message>
    <message>
        <source>The key was active again when due (reactivated on the portal), so it was left alone.</source>
        <translation>到期时该密钥已重新生效（在门户上被重新启用），因此保持不变。</translation>
    </message>
    <message>
        <source>Revoked as planned.</source>
        <translation>已按计划撤销。</translation>
    </message>
    <message>
        <source>The key was no longer on the portal when due.</source>
        <translation>到期时该密钥已不在门户上。</translation>
    </message>
    <message>
        <source>Revoking failed (%1); tried again at the next run.</source>
        <translation>撤销失败（%1）；将在下次运行时重试。</translation>
    </message>
</context>
<context>
    <name>RetirementPlan</name>
    <message>
        <source>Cannot read the retirement plan %1: %2.</source>
        <translation>无法读取停用计划 %1：%2。</translation>
    </message>
    <message>
        <source>The retirement plan %1 is damaged or from another version; it was left as it is. Move it aside to start a new plan.</source>
        <translation>停用计划 %1 已损坏或来自其他版本；已保持原样。请将其移到别处以开始新的计划。</translation>
    </message>
    <message>
        <source>The retirement plan %1 is locked by another DocSpace Keys process.</source>
        <translation>停用计划 %1 已被另一个 DocSpace Keys 进程锁定。</translation>
    </message>
    <message>
        <source>Cannot write the retirement plan %1: %2.</source>
        <translation>无法写入停用计划 %1：%2。</translation>
    </message>
</context>
<context>
    <name>RetirementPlanView</name>
    <message>
        <source>Retirement Plan</source>
        <translation>停用计划</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>密钥</translation>
    </message>
    <message>
        <source>Portal</source>
        <translation>门户</translation>
    </message>
    <message>
        <source>Deactivated</source>
        <translation>停用时间</translation>
    </message>
    <message>
        <source>Revoke after</source>
        <translation>撤销时间不早于</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Carry Out &amp;Due Now</source>
        <translation>立即执行到期项(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Take Out of Plan</source>
        <translation>移出计划(&amp;T)</translation>
    </message>
    <message>
        <source>Due now</source>
        <translation>已到期</translation>
    </message>
    <message>
        <source>Plan Not Changed</source>
        <translation>未更改计划</translation>
    </message>
    <message numerus="yes">
        <source>%n key(s) waiting to be revoked. Due keys are revoked when DocSpace Keys lists their portal&apos;s keys (those of the other saved profiles&apos; portals after one question), on Carry Out Due Now, or when &apos;docspace-keys-cli retire --due&apos; runs (see the README for a daily timer). A key reactivated meanwhile is left alone.</source>
        <translation>
            <numerusform>%n 个密钥正在等待撤销。到期的密钥会在以下情况下撤销：DocSpace Keys 列出其门户的密钥时（其他已保存配置文件的门户需经一次询问），点击“立即执行到期项”时，或运行 &apos;docspace-keys-cli retire --due&apos; 时（每日定时器请参阅 README）。期间被重新启用的密钥将保持不变。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SandboxDemo</name>
    <message>
        <source>Cannot read the sandbox info file %1: %2. Start docspace-sandbox with --info-file and pass the same path.</source>
        <translation>无法读取沙盒信息文件 %1：%2。请使用 --info-file 启动 docspace-sandbox 并传入相同的路径。</translation>
    </message>
    <message>
        <source>The sandbox info file is not valid JSON (%1).</source>
        <translation>沙盒信息文件不是有效的 JSON（%1）。</translation>
    </message>
    <message>
        <source>The sandbox info file names no portal address (httpsUrl or httpUrl).</source>
        <translation>沙盒信息文件中未指定门户地址（httpsUrl 或 httpUrl）。</translation>
    </message>
    <message>
        <source>The sandbox info file has no &quot;Admin console&quot; key to sign in with.</source>
        <translation>沙盒信息文件中没有可用于登录的“Admin console”密钥。</translation>
    </message>
    <message>
        <source>The sandbox info file has no other key of the owner to revoke.</source>
        <translation>沙盒信息文件中没有所有者的其他可供撤销的密钥。</translation>
    </message>
    <message>
        <source>Sandbox portal (demo)</source>
        <translation>沙盒门户（演示）</translation>
    </message>
    <message>
        <source>The demo token could not be stored: %1</source>
        <translation>无法存储演示令牌：%1</translation>
    </message>
</context>
<context>
    <name>SecretIdentification</name>
    <message>
        <source>The portal answered, but not with a key.</source>
        <translation>门户已响应，但返回的不是密钥。</translation>
    </message>
    <message>
        <source>The portal no longer accepts this secret: the key was already revoked, has expired or is deactivated. A deactivated key still exists and can be reactivated by its owner, so check the candidates below.</source>
        <translation>门户不再接受此机密：该密钥已被撤销、已过期或已停用。已停用的密钥仍然存在，可由其所有者重新启用，因此请检查下方的候选密钥。</translation>
    </message>
</context>
<context>
    <name>SecretStore</name>
    <message>
        <source>The keychain did not answer.</source>
        <translation>钥匙串未响应。</translation>
    </message>
</context>
<context>
    <name>SessionTrust</name>
    <message>
        <source>Trust This Certificate?</source>
        <translation>信任此证书？</translation>
    </message>
    <message>
        <source>Trust the certificate presented by %1 for this session?</source>
        <translation>在本次会话中信任 %1 提供的证书？</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint:
%1

Only do this if you have checked that this is your portal&apos;s certificate, for example with its administrator. If someone is intercepting the connection, trusting their certificate hands them your access token.

The certificate is trusted until DocSpace Keys quits; nothing is saved. To trust it for good, enter the fingerprint in the profile (Edit…).</source>
        <translation>SHA-256 指纹：
%1

仅当您已核实这是您门户的证书（例如向其管理员确认）时才执行此操作。如果有人正在拦截连接，信任其证书就等于将您的访问令牌交给对方。

该证书在 DocSpace Keys 退出前一直受信任；不会保存任何内容。要永久信任，请在配置文件中输入该指纹（编辑…）。</translation>
    </message>
    <message>
        <source>&amp;Trust for This Session</source>
        <translation>在本次会话中信任(&amp;T)</translation>
    </message>
    <message>
        <source>Certificate Not Trusted</source>
        <translation>证书不受信任</translation>
    </message>
    <message>
        <source>The certificate could not be trusted.</source>
        <translation>无法信任该证书。</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>These settings apply to DocSpace Keys on this computer.</source>
        <translation>这些设置适用于此计算机上的 DocSpace Keys。</translation>
    </message>
    <message>
        <source>Interface &amp;language:</source>
        <translation>界面语言(&amp;L)：</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>界面语言</translation>
    </message>
    <message>
        <source>The new language applies at once and is kept for the next start. Results already listed stay in the language they were made in.</source>
        <translation>新语言会立即生效，并在下次启动时保留。已列出的结果保持其生成时的语言。</translation>
    </message>
    <message>
        <source>System default (%1)</source>
        <translation>系统默认（%1）</translation>
    </message>
</context>
<context>
    <name>SingleRevoke</name>
    <message>
        <source>Revoking key %1 on %2…</source>
        <translation>正在 %2 上撤销密钥 %1…</translation>
    </message>
    <message>
        <source>Key %1 was revoked.</source>
        <translation>密钥 %1 已撤销。</translation>
    </message>
    <message>
        <source>The portal&apos;s certificate is not trusted. See Results for its fingerprint.</source>
        <translation>门户的证书不受信任。请在“结果”中查看其指纹。</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <source>Key %1 was not revoked: %2.</source>
        <translation>密钥 %1 未撤销：%2。</translation>
    </message>
    <message>
        <source>Retrying…</source>
        <translation>正在重试…</translation>
    </message>
    <message>
        <source>Rate limited by the portal, retrying in %1 s…</source>
        <translation>受到门户速率限制，将在 %1 秒后重试…</translation>
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
        <translation>密钥 %1</translation>
    </message>
    <message>
        <source>Portal: %1</source>
        <translation>门户：%1</translation>
    </message>
    <message>
        <source>Result: %1</source>
        <translation>结果：%1</translation>
    </message>
    <message>
        <source>Portal&apos;s message: %1</source>
        <translation>门户消息：%1</translation>
    </message>
    <message numerus="yes">
        <source>Retry after: %n second(s)</source>
        <translation>
            <numerusform>重试等待时间：%n 秒</numerusform>
        </translation>
    </message>
    <message>
        <source>Detail: %1</source>
        <translation>详细信息：%1</translation>
    </message>
    <message>
        <source>Certificate SHA-256: %1</source>
        <translation>证书 SHA-256：%1</translation>
    </message>
    <message>
        <source>This certificate is trusted for the rest of this session. Revoke again to retry.</source>
        <translation>此证书在本次会话的剩余时间内受信任。请再次撤销以重试。</translation>
    </message>
    <message>
        <source>If you recognise this fingerprint as your portal&apos;s certificate, use &quot;Trust this certificate…&quot; and revoke again.</source>
        <translation>如果您确认此指纹是您门户的证书，请使用“信任此证书…”并再次撤销。</translation>
    </message>
    <message>
        <source>key “%1” (…%2)</source>
        <translation>密钥“%1”（…%2）</translation>
    </message>
    <message>
        <source>Key id: %1</source>
        <translation>密钥 ID：%1</translation>
    </message>
</context>
<context>
    <name>StatusPanel</name>
    <message>
        <source>The result of each revocation appears here.</source>
        <translation>每次撤销的结果将显示在此处。</translation>
    </message>
    <message>
        <source>Tr&amp;ust this certificate…</source>
        <translation>信任此证书(&amp;U)…</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>The result of each revocation, newest first. Press Space to show or hide details.</source>
        <translation>每次撤销的结果，最新的在前。按空格键显示或隐藏详细信息。</translation>
    </message>
    <message>
        <source>Trust the certificate of the selected certificate problem for this session</source>
        <translation>在本次会话中信任所选证书问题中的证书</translation>
    </message>
    <message>
        <source>Remove all entries from the list</source>
        <translation>从列表中删除所有条目</translation>
    </message>
    <message>
        <source>Copy the selected entries as plain text</source>
        <translation>将所选条目复制为纯文本</translation>
    </message>
    <message>
        <source>Copy all entries as plain text</source>
        <translation>将所有条目复制为纯文本</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>清除(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Copy Selected</source>
        <translation>复制所选内容(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Copy All</source>
        <translation>全部复制(&amp;C)</translation>
    </message>
</context>
<context>
    <name>TlsTrust</name>
    <message>
        <source>Cannot read the CA file %1: %2.</source>
        <translation>无法读取 CA 文件 %1：%2。</translation>
    </message>
    <message>
        <source>The file %1 holds no certificate in PEM or DER form.</source>
        <translation>文件 %1 中没有 PEM 或 DER 格式的证书。</translation>
    </message>
    <message>
        <source>A certificate fingerprint is a SHA-256 digest: 64 hexadecimal digits, with or without colons.</source>
        <translation>证书指纹是 SHA-256 摘要：64 位十六进制数字，可带或不带冒号。</translation>
    </message>
    <message>
        <source>The certificate fingerprint holds &quot;%1&quot; (U+%2), which is not a hexadecimal digit: use only 0-9 and A-F (ASCII), with or without colons.</source>
        <translation>证书指纹中包含“%1”（U+%2），它不是十六进制数字：请只使用 0-9 和 A-F（ASCII），可带或不带冒号。</translation>
    </message>
</context>
<context>
    <name>TokenField</name>
    <message>
        <source>Hide token</source>
        <translation>隐藏令牌</translation>
    </message>
    <message>
        <source>Show token</source>
        <translation>显示令牌</translation>
    </message>
    <message>
        <source>Hide the access token</source>
        <translation>隐藏访问令牌</translation>
    </message>
    <message>
        <source>Show the access token</source>
        <translation>显示访问令牌</translation>
    </message>
</context>
<context>
    <name>ToolsController</name>
    <message>
        <source>History</source>
        <translation>历史记录</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>报告</translation>
    </message>
    <message>
        <source>Every revocation, deactivation and reactivation recorded on this computer, by the window and the command line</source>
        <translation>在此计算机上通过窗口和命令行记录的每一次撤销、停用和重新启用</translation>
    </message>
    <message>
        <source>Which keys of the portal are a risk before they leak</source>
        <translation>在泄露之前，门户中哪些密钥存在风险</translation>
    </message>
    <message>
        <source>Key hygiene report</source>
        <translation>密钥安全检查报告</translation>
    </message>
    <message>
        <source>About DocSpace Keys</source>
        <translation>关于 DocSpace Keys</translation>
    </message>
    <message>
        <source>DocSpace Keys %1

Revokes API keys of ONLYOFFICE DocSpace portals.
Tokens of saved profiles are kept in %2; never in a file, never logged.

Built with Qt %3, running on Qt %4.</source>
        <translation>DocSpace Keys %1

撤销 ONLYOFFICE DocSpace 门户的 API 密钥。
已保存配置文件的令牌保存于%2；绝不写入文件，绝不记录到日志。

基于 Qt %3 构建，运行于 Qt %4。</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Revoke ONLYOFFICE DocSpace API keys. The access token is never read from the command line; DOCSPACE_TOKEN in the environment may prefill it.</source>
        <translation>撤销 ONLYOFFICE DocSpace API 密钥。访问令牌绝不从命令行读取；环境变量中的 DOCSPACE_TOKEN 可用于预先填入令牌。</translation>
    </message>
    <message>
        <source>Prefill the portal address.</source>
        <translation>预先填入门户地址。</translation>
    </message>
    <message>
        <source>Prefill the key id.</source>
        <translation>预先填入密钥 ID。</translation>
    </message>
    <message>
        <source>Demo mode: connect to the sandbox portal described by this docspace-sandbox --info-file.</source>
        <translation>演示模式：连接到此 docspace-sandbox --info-file 所描述的沙盒门户。</translation>
    </message>
    <message>
        <source>Cannot create a temporary folder: %1</source>
        <translation>无法创建临时文件夹：%1</translation>
    </message>
    <message>
        <source>Demo mode: the sandbox portal, with profiles and tokens kept in memory</source>
        <translation>演示模式：沙盒门户，配置文件和令牌保存在内存中</translation>
    </message>
</context>
</TS>
