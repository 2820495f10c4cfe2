<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja">
<context>
    <name>AllPortalsView</name>
    <message>
        <source>Keys of All Portals</source>
        <translation>すべてのポータルのキー</translation>
    </message>
    <message>
        <source>Search name, creator, ending, id or portal</source>
        <translation>名前、作成者、末尾、ID、ポータルで検索</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>期限切れ</translation>
    </message>
    <message>
        <source>Deactivated</source>
        <translation>無効化済み</translation>
    </message>
    <message>
        <source>Never used</source>
        <translation>未使用</translation>
    </message>
    <message>
        <source>Unused for</source>
        <translation>未使用期間</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 日</translation>
    </message>
    <message>
        <source>Portal</source>
        <translation>ポータル</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>プロファイル</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Ending</source>
        <translation>末尾</translation>
    </message>
    <message>
        <source>Created by</source>
        <translation>作成者</translation>
    </message>
    <message>
        <source>Last used</source>
        <translation>最終使用</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>有効期限</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Permissions</source>
        <translation>権限</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>更新(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>CSV をエクスポート(&amp;E)…</translation>
    </message>
    <message>
        <source>Reading the tokens of the saved profiles…</source>
        <translation>保存済みプロファイルのトークンを読み取っています…</translation>
    </message>
    <message>
        <source>There are no saved profiles yet.</source>
        <translation>保存済みのプロファイルはまだありません。</translation>
    </message>
    <message>
        <source>“%1”: no saved token.</source>
        <translation>「%1」: トークンが保存されていません。</translation>
    </message>
    <message>
        <source>“%1”: %2</source>
        <translation>「%1」: %2</translation>
    </message>
    <message>
        <source>“%1” (%2): %3</source>
        <translation>「%1」（%2）: %3</translation>
    </message>
    <message numerus="yes">
        <source>Listing the keys of %n portal(s)…</source>
        <translation>
            <numerusform>%n 個のポータルのキーを一覧表示しています…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n key(s) shown</source>
        <translation>
            <numerusform>%n 個中 %1 個のキーを表示</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>on %n portal(s).</source>
        <translation>
            <numerusform>対象ポータル %n 個。</numerusform>
        </translation>
    </message>
    <message>
        <source>Not listed: %1</source>
        <translation>一覧表示できませんでした: %1</translation>
    </message>
    <message>
        <source>Export Keys of All Portals</source>
        <translation>すべてのポータルのキーをエクスポート</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV ファイル (*.csv)</translation>
    </message>
    <message>
        <source>Not Exported</source>
        <translation>エクスポートされませんでした</translation>
    </message>
    <message>
        <source>Cannot write %1: %2.</source>
        <translation>%1 に書き込めません: %2。</translation>
    </message>
</context>
<context>
    <name>ApiCall</name>
    <message numerus="yes">
        <source>No data for %n second(s)</source>
        <translation>
            <numerusform>%n 秒間データがありません</numerusform>
        </translation>
    </message>
    <message>
        <source>the connection closed before the answer, and the request was sent again</source>
        <translation>応答の前に接続が閉じられたため、リクエストを再送信しました</translation>
    </message>
</context>
<context>
    <name>BatchConfirmDialog</name>
    <message>
        <source>Keys</source>
        <translation>キー</translation>
    </message>
    <message>
        <source>To confirm, type the number of keys (%1):</source>
        <translation>確認のため、キーの数（%1）を入力してください:</translation>
    </message>
    <message>
        <source>Number of keys</source>
        <translation>キーの数</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more key(s), not listed here but counted above</source>
        <translation>
            <numerusform>…ほかに %n 個のキー（ここには表示されていませんが、上の数に含まれています）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BatchRunner</name>
    <message numerus="yes">
        <source>about %n s left</source>
        <translation>
            <numerusform>残り約 %n 秒</numerusform>
        </translation>
    </message>
    <message>
        <source>about %1 min %2 s left</source>
        <translation>残り約 %1 分 %2 秒</translation>
    </message>
    <message>
        <source>Batch progress</source>
        <translation>一括処理の進行状況</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Send nothing more; requests already sent finish, the rest are reported cancelled</source>
        <translation>これ以上送信しません。送信済みのリクエストは完了し、残りはキャンセルとして報告されます</translation>
    </message>
    <message>
        <source>%1 done, %2 failed, %3 left</source>
        <translation>完了 %1、失敗 %2、残り %3</translation>
    </message>
    <message numerus="yes">
        <source>paused, resuming in %n s</source>
        <translation>
            <numerusform>一時停止中、%n 秒後に再開</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Rate limited: paused for %n s.</source>
        <translation>
            <numerusform>レート制限: %n 秒間一時停止しました。</numerusform>
        </translation>
    </message>
    <message>
        <source>The portal asked to slow down; the batch resumes by itself.</source>
        <translation>ポータルから速度を落とすよう求められました。一括処理は自動的に再開します。</translation>
    </message>
    <message>
        <source>This key expired on %1 and cannot be reactivated: the portal refuses every change to an expired key. To let what used it work again, create a new key (Keys menu) and give it the new secret; then revoke this one.</source>
        <translation>このキーは %1 に期限切れになったため、再有効化できません: ポータルは期限切れのキーへの変更をすべて拒否します。このキーを使用していたものを再び動作させるには、新しいキーを作成し（[キー] メニュー）、新しいシークレットを設定してから、このキーを失効させてください。</translation>
    </message>
    <message>
        <source>This key expired on %1 and no longer works; the portal refuses every change to an expired key, so it cannot be deactivated. Revoke it to remove it.</source>
        <translation>このキーは %1 に期限切れになり、すでに使用できません。ポータルは期限切れのキーへの変更をすべて拒否するため、無効化できません。削除するには失効させてください。</translation>
    </message>
</context>
<context>
    <name>BatchSummary</name>
    <message numerus="yes">
        <source>Revoked %1 of %n key(s)</source>
        <translation>
            <numerusform>%n 個中 %1 個のキーを失効させました</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deactivated %1 of %n key(s)</source>
        <translation>
            <numerusform>%n 個中 %1 個のキーを無効化しました</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reactivated %1 of %n key(s)</source>
        <translation>
            <numerusform>%n 個中 %1 個のキーを再有効化しました</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n refused by the portal</source>
        <translation>
            <numerusform>%n 個はポータルに拒否されました</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not found on the portal (already revoked, or a wrong id)</source>
        <translation>
            <numerusform>%n 個はポータル上に見つかりません（失効済み、または ID の誤り）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with an id that is not a key id</source>
        <translation>
            <numerusform>%n 個はキー ID ではない ID です</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not changed because the portal did not accept the token</source>
        <translation>
            <numerusform>%n 個はポータルがトークンを受け付けなかったため変更されていません</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not changed because the token may not change keys</source>
        <translation>
            <numerusform>%n 個はトークンにキーを変更する権限がないため変更されていません</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not changed because the portal is unavailable</source>
        <translation>
            <numerusform>%n 個はポータルを利用できないため変更されていません</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not changed because the portal kept asking to slow down</source>
        <translation>
            <numerusform>%n 個はポータルから速度を落とすよう求められ続けたため変更されていません</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed with an error on the portal</source>
        <translation>
            <numerusform>%n 個はポータルでエラーが発生したため失敗しました</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with an answer that could not be read</source>
        <translation>
            <numerusform>%n 個は応答を読み取れませんでした</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not sent because the portal could not be reached</source>
        <translation>
            <numerusform>%n 個はポータルに接続できなかったため送信されていません</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n timed out</source>
        <translation>
            <numerusform>%n 個はタイムアウトしました</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not sent because the certificate is not trusted</source>
        <translation>
            <numerusform>%n 個は証明書が信頼されていないため送信されていません</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not sent over unencrypted HTTP</source>
        <translation>
            <numerusform>%n 個は暗号化されていない HTTP のため送信されていません</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cancelled</source>
        <translation>
            <numerusform>%n 個はキャンセルされました</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with an unknown outcome (refresh the list to check)</source>
        <translation>
            <numerusform>%n 個は結果が不明です（一覧を更新して確認してください）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Portal address, e.g. https://portal.example.com.</source>
        <translation>ポータルのアドレス（例: https://portal.example.com）。</translation>
    </message>
    <message>
        <source>Use a saved profile (its portal, settings and keychain token) instead of --portal.</source>
        <translation>--portal の代わりに、保存済みのプロファイル（そのポータル、設定、キーチェーン内のトークン）を使用します。</translation>
    </message>
    <message>
        <source>Read the access token from the first line of standard input instead of the DOCSPACE_TOKEN environment variable. Tokens are never accepted as arguments.</source>
        <translation>アクセストークンを DOCSPACE_TOKEN 環境変数ではなく標準入力の 1 行目から読み取ります。トークンを引数で受け付けることはありません。</translation>
    </message>
    <message>
        <source>Also trust the certificate authorities in this PEM file (an internal CA).</source>
        <translation>この PEM ファイル内の認証局（社内 CA）も信頼します。</translation>
    </message>
    <message>
        <source>Trust exactly the server certificate with this SHA-256 fingerprint (hex, colons optional).</source>
        <translation>この SHA-256 フィンガープリント（16 進数、コロンは任意）を持つサーバー証明書のみを信頼します。</translation>
    </message>
    <message>
        <source>Allow plain http:// to a host that is not this computer (the token travels unencrypted).</source>
        <translation>このコンピューター以外のホストへの暗号化されていない http:// 接続を許可します（トークンは暗号化されずに送信されます）。</translation>
    </message>
    <message>
        <source>Give up when the portal sends nothing for this many seconds (default 30, or the profile&apos;s).</source>
        <translation>ポータルからこの秒数の間何も送られてこない場合は中止します（既定は 30、またはプロファイルの値）。</translation>
    </message>
    <message>
        <source>Invalid --timeout: give a number of seconds between 1 and 3600.</source>
        <translation>--timeout が無効です: 1 から 3600 までの秒数を指定してください。</translation>
    </message>
    <message>
        <source>Invalid --trust-cert: %1</source>
        <translation>--trust-cert が無効です: %1</translation>
    </message>
    <message>
        <source>Give either --portal or --profile, not both.</source>
        <translation>--portal と --profile はどちらか一方のみを指定してください。</translation>
    </message>
    <message>
        <source>Missing --portal or --profile: give the portal address (e.g. --portal https://portal.example.com) or a saved profile&apos;s name.</source>
        <translation>--portal または --profile がありません: ポータルのアドレス（例: --portal https://portal.example.com）または保存済みプロファイルの名前を指定してください。</translation>
    </message>
    <message>
        <source>There is no profile named &quot;%1&quot;. &apos;docspace-keys-cli profiles list&apos; shows the saved ones.</source>
        <translation>「%1」という名前のプロファイルはありません。&apos;docspace-keys-cli profiles list&apos; で保存済みのプロファイルを確認できます。</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot;: %2</source>
        <translation>プロファイル「%1」: %2</translation>
    </message>
    <message>
        <source>Invalid --portal: %1</source>
        <translation>--portal が無効です: %1</translation>
    </message>
    <message>
        <source>No access token on standard input: pipe one line holding the token.</source>
        <translation>標準入力にアクセストークンがありません: トークンを含む 1 行をパイプで渡してください。</translation>
    </message>
    <message>
        <source>No token is saved for profile &quot;%1&quot; (%2). Save one with &apos;profiles add --token-stdin&apos;, or set DOCSPACE_TOKEN.</source>
        <translation>プロファイル「%1」（%2）にはトークンが保存されていません。&apos;profiles add --token-stdin&apos; で保存するか、DOCSPACE_TOKEN を設定してください。</translation>
    </message>
    <message>
        <source>No access token: set DOCSPACE_TOKEN, or pass --token-stdin and pipe it in.</source>
        <translation>アクセストークンがありません: DOCSPACE_TOKEN を設定するか、--token-stdin を指定してトークンをパイプで渡してください。</translation>
    </message>
    <message>
        <source>Run &apos;docspace-keys-cli %1 --help&apos; for the options.</source>
        <translation>オプションについては &apos;docspace-keys-cli %1 --help&apos; を実行してください。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; takes no arguments besides its options.</source>
        <translation>&apos;%1&apos; はオプション以外の引数を受け付けません。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; (%2, ending %3), created by %4, %5</source>
        <translation>「%1」（%2、末尾 %3）、作成者 %4、%5</translation>
    </message>
    <message>
        <source>all scopes</source>
        <translation>すべてのスコープ</translation>
    </message>
    <message>
        <source>Revoke leaked API-key secrets. Reads any text on standard input (a log, a diff, a chat export), finds every sk- secret in it, asks the portal which key each one is, and revokes it with YOUR token (--profile or DOCSPACE_TOKEN), never with the leaked one. The text and the secrets are kept in memory only. Without --yes it only reports.
Exit status: 0 every secret is revoked or no longer works, 1 otherwise, 2 usage error.</source>
        <translation>漏洩した API キーのシークレットを失効させます。標準入力から任意のテキスト（ログ、diff、チャットのエクスポートなど）を読み取り、含まれるすべての sk- シークレットを検出して、それぞれがどのキーかをポータルに問い合わせ、漏洩したトークンではなく「あなた自身の」トークン（--profile または DOCSPACE_TOKEN）で失効させます。テキストとシークレットはメモリ内にのみ保持されます。--yes を指定しない場合は報告のみを行います。
終了ステータス: 0 すべてのシークレットが失効済みまたは使用不能、1 それ以外、2 使用方法の誤り。</translation>
    </message>
    <message>
        <source>Revoke the identified keys without asking.</source>
        <translation>確認せずに、特定されたキーを失効させます。</translation>
    </message>
    <message>
        <source>Print one JSON object per secret.</source>
        <translation>シークレットごとに JSON オブジェクトを 1 つ出力します。</translation>
    </message>
    <message>
        <source>Standard input holds the leaked text: give your own token in DOCSPACE_TOKEN or a profile.</source>
        <translation>標準入力には漏洩したテキストが含まれています: 自分のトークンを DOCSPACE_TOKEN またはプロファイルで指定してください。</translation>
    </message>
    <message>
        <source>No API-key secret found on standard input (sk- followed by 64 lower-case hexadecimal digits).</source>
        <translation>標準入力に API キーのシークレット（sk- の後に小文字の 16 進数 64 桁）が見つかりません。</translation>
    </message>
    <message>
        <source>%1 is key %2.</source>
        <translation>%1 はキー %2 です。</translation>
    </message>
    <message>
        <source>Not revoked: pass --yes to revoke it.</source>
        <translation>失効させていません: 失効させるには --yes を指定してください。</translation>
    </message>
    <message>
        <source>candidate (same ending): %1</source>
        <translation>候補（末尾が同じ）: %1</translation>
    </message>
    <message>
        <source>Candidates are never revoked automatically: check them, then use &apos;docspace-keys-cli revoke ID&apos;.</source>
        <translation>候補が自動的に失効させられることはありません: 確認してから &apos;docspace-keys-cli revoke ID&apos; を使用してください。</translation>
    </message>
    <message>
        <source>The key-hygiene report: expired keys still present, deactivated keys, keys never used or unused for N days, keys without expiry, keys with every permission.</source>
        <translation>キーの衛生状態レポート: 残存する期限切れのキー、無効化されたキー、一度も使用されていないキーや N 日間使用されていないキー、有効期限のないキー、すべての権限を持つキー。</translation>
    </message>
    <message>
        <source>Print the report as JSON.</source>
        <translation>レポートを JSON で出力します。</translation>
    </message>
    <message>
        <source>Threshold for unused keys (default 90).</source>
        <translation>未使用キーのしきい値（既定は 90）。</translation>
    </message>
    <message>
        <source>Also write a printable HTML report to FILE.</source>
        <translation>印刷可能な HTML レポートも FILE に書き出します。</translation>
    </message>
    <message>
        <source>Invalid --unused-days: give a whole number of days.</source>
        <translation>--unused-days が無効です: 日数を整数で指定してください。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 に書き込めません: %2</translation>
    </message>
    <message numerus="yes">
        <source>Key hygiene on %1: %n key(s) examined.</source>
        <translation>
            <numerusform>%1 のキーの衛生状態: %n 個のキーを調査しました。</numerusform>
        </translation>
    </message>
    <message>
        <source>portal: %1</source>
        <translation>ポータル: %1</translation>
    </message>
    <message>
        <source>Revoke (delete) DocSpace API keys by id.</source>
        <translation>DocSpace の API キーを ID で失効（削除）させます。</translation>
    </message>
    <message>
        <source>Deactivate DocSpace API keys by id: they stop working until reactivated.</source>
        <translation>DocSpace の API キーを ID で無効化します: 再有効化されるまで使用できなくなります。</translation>
    </message>
    <message>
        <source>Reactivate deactivated DocSpace API keys by id (expired keys cannot be).</source>
        <translation>無効化された DocSpace の API キーを ID で再有効化します（期限切れのキーは再有効化できません）。</translation>
    </message>
    <message>
        <source>Do not ask for confirmation (for scripts).</source>
        <translation>確認を求めません（スクリプト用）。</translation>
    </message>
    <message>
        <source>Print one JSON object per id.</source>
        <translation>ID ごとに JSON オブジェクトを 1 つ出力します。</translation>
    </message>
    <message>
        <source>Key ids (UUIDs), or - for standard input.</source>
        <translation>キー ID（UUID）、または標準入力を表す -。</translation>
    </message>
    <message>
        <source>Standard input cannot hold both the token (--token-stdin) and the ids (-): give the token in DOCSPACE_TOKEN or a profile.</source>
        <translation>標準入力でトークン（--token-stdin）と ID（-）の両方を渡すことはできません: トークンは DOCSPACE_TOKEN またはプロファイルで指定してください。</translation>
    </message>
    <message>
        <source>Give at least one key id.</source>
        <translation>キー ID を 1 つ以上指定してください。</translation>
    </message>
    <message>
        <source>Invalid --concurrency: give a number from 1 to %1.</source>
        <translation>--concurrency が無効です: 1 から %1 までの数値を指定してください。</translation>
    </message>
    <message>
        <source>Not revoking: no terminal to ask for confirmation on. Pass --yes to confirm in a script.</source>
        <translation>失効させていません: 確認を求める端末がありません。スクリプトで確認するには --yes を指定してください。</translation>
    </message>
    <message numerus="yes">
        <source>Revoke %n key(s) on %1? This cannot be undone.</source>
        <translation>
            <numerusform>%1 の %n 個のキーを失効させますか？この操作は元に戻せません。</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing revoked.</source>
        <translation>何も失効させていません。</translation>
    </message>
    <message numerus="yes">
        <source>Rate limited by the portal: pausing for %n second(s).</source>
        <translation>
            <numerusform>ポータルによりレート制限されました: %n 秒間一時停止します。</numerusform>
        </translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>不明なコマンド「%1」です。</translation>
    </message>
    <message>
        <source>Saved portal profiles, shared with the DocSpace Keys window. Tokens are kept in the system keychain, read from standard input (--token-stdin), never from arguments.

</source>
        <translation>DocSpace Keys のウィンドウと共有される、保存済みのポータルプロファイル。トークンはシステムのキーチェーンに保存され、標準入力（--token-stdin）から読み取られます。引数から受け取ることはありません。

</translation>
    </message>
    <message>
        <source>Print a JSON array.</source>
        <translation>JSON 配列を出力します。</translation>
    </message>
    <message>
        <source>&apos;profiles list&apos; takes no names.</source>
        <translation>&apos;profiles list&apos; は名前を受け付けません。</translation>
    </message>
    <message>
        <source>No saved profiles. Add one with &apos;docspace-keys-cli profiles add NAME --portal URL --token-stdin&apos;.</source>
        <translation>保存済みのプロファイルはありません。&apos;docspace-keys-cli profiles add NAME --portal URL --token-stdin&apos; で追加してください。</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>PORTAL</source>
        <translation>ポータル</translation>
    </message>
    <message>
        <source>AUTH</source>
        <translation>認証</translation>
    </message>
    <message>
        <source>TOKEN</source>
        <translation>トークン</translation>
    </message>
    <message>
        <source>saved</source>
        <translation>保存済み</translation>
    </message>
    <message>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>&apos;profiles show&apos; takes one profile name.</source>
        <translation>&apos;profiles show&apos; にはプロファイル名を 1 つ指定してください。</translation>
    </message>
    <message>
        <source>There is no profile named &quot;%1&quot;.</source>
        <translation>「%1」という名前のプロファイルはありません。</translation>
    </message>
    <message>
        <source>Name:          %1</source>
        <translation>名前:          %1</translation>
    </message>
    <message>
        <source>Portal:        %1</source>
        <translation>ポータル:      %1</translation>
    </message>
    <message>
        <source>Auth scheme:   %1</source>
        <translation>認証方式:      %1</translation>
    </message>
    <message>
        <source>Token:         %1</source>
        <translation>トークン:      %1</translation>
    </message>
    <message>
        <source>saved in %1</source>
        <translation>%1に保存済み</translation>
    </message>
    <message>
        <source>not saved</source>
        <translation>未保存</translation>
    </message>
    <message>
        <source>Plain HTTP:    %1</source>
        <translation>平文 HTTP:     %1</translation>
    </message>
    <message>
        <source>ALLOWED (the token may travel unencrypted)</source>
        <translation>許可（トークンが暗号化されずに送信される可能性があります）</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>拒否</translation>
    </message>
    <message>
        <source>Trusted cert:  %1</source>
        <translation>信頼する証明書: %1</translation>
    </message>
    <message>
        <source>Extra CA file: %1</source>
        <translation>追加の CA ファイル: %1</translation>
    </message>
    <message numerus="yes">
        <source>Timeout:       %n second(s)</source>
        <translation>
            <numerusform>タイムアウト:  %n 秒</numerusform>
        </translation>
    </message>
    <message>
        <source>&apos;profiles add&apos; takes one name and --portal.</source>
        <translation>&apos;profiles add&apos; には名前を 1 つと --portal を指定してください。</translation>
    </message>
    <message>
        <source>No system keychain is available (%1), so the token cannot be saved.</source>
        <translation>システムのキーチェーンを利用できない（%1）ため、トークンを保存できません。</translation>
    </message>
    <message>
        <source>The profile was not added. Use DOCSPACE_TOKEN with --portal instead.</source>
        <translation>プロファイルは追加されませんでした。代わりに DOCSPACE_TOKEN と --portal を使用してください。</translation>
    </message>
    <message>
        <source>Added profile &quot;%1&quot; for %2%3.</source>
        <translation>%2 のプロファイル「%1」を追加しました%3。</translation>
    </message>
    <message>
        <source> (no token saved)</source>
        <translation> （トークンは未保存）</translation>
    </message>
    <message>
        <source>, token in the keychain</source>
        <translation>、トークンはキーチェーンに保存</translation>
    </message>
    <message>
        <source>&apos;profiles remove&apos; takes one profile name.</source>
        <translation>&apos;profiles remove&apos; にはプロファイル名を 1 つ指定してください。</translation>
    </message>
    <message>
        <source>The profile was kept so that its token is not left behind unnoticed.</source>
        <translation>トークンが気付かれないまま残ることのないよう、プロファイルは削除せずに残しました。</translation>
    </message>
    <message>
        <source>Removed profile &quot;%1&quot; and its token.</source>
        <translation>プロファイル「%1」とそのトークンを削除しました。</translation>
    </message>
    <message>
        <source>Unknown profiles action &quot;%1&quot;.</source>
        <translation>不明な profiles の操作「%1」です。</translation>
    </message>
    <message>
        <source>Print CSV with a header row.</source>
        <translation>ヘッダー行付きの CSV を出力します。</translation>
    </message>
    <message>
        <source>Only expired keys.</source>
        <translation>期限切れのキーのみ。</translation>
    </message>
    <message>
        <source>Only deactivated keys.</source>
        <translation>無効化されたキーのみ。</translation>
    </message>
    <message>
        <source>Only keys created by this user (name or id).</source>
        <translation>このユーザー（名前または ID）が作成したキーのみ。</translation>
    </message>
    <message>
        <source>List the API keys the token can see: all of the portal&apos;s for an administrator, otherwise the caller&apos;s own.</source>
        <translation>トークンから参照できる API キーを一覧表示します: 管理者の場合はポータルのすべてのキー、それ以外の場合は呼び出し元自身のキーです。</translation>
    </message>
    <message>
        <source>Choose --json or --csv, not both.</source>
        <translation>--json と --csv はどちらか一方のみを選択してください。</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>ENDING</source>
        <translation>末尾</translation>
    </message>
    <message>
        <source>CREATED BY</source>
        <translation>作成者</translation>
    </message>
    <message>
        <source>CREATED</source>
        <translation>作成日時</translation>
    </message>
    <message>
        <source>LAST USED</source>
        <translation>最終使用</translation>
    </message>
    <message>
        <source>EXPIRES</source>
        <translation>有効期限</translation>
    </message>
    <message>
        <source>STATE</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>PERMISSIONS</source>
        <translation>権限</translation>
    </message>
    <message>
        <source>never</source>
        <translation>なし</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n key(s) shown.</source>
        <translation>
            <numerusform>%n 個中 %1 個のキーを表示しています。</numerusform>
        </translation>
    </message>
    <message>
        <source>Print a JSON object.</source>
        <translation>JSON オブジェクトを出力します。</translation>
    </message>
    <message>
        <source>Who the token signs in as, and for an API key, which key it is.</source>
        <translation>トークンのサインイン先のユーザーと、API キーの場合はどのキーかを表示します。</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>警告: %1</translation>
    </message>
    <message>
        <source>Only records from this date or time on (ISO 8601).</source>
        <translation>この日付または日時以降の記録のみ（ISO 8601）。</translation>
    </message>
    <message>
        <source>Only records for this portal.</source>
        <translation>このポータルの記録のみ。</translation>
    </message>
    <message>
        <source>Only records made with this profile.</source>
        <translation>このプロファイルで行われた記録のみ。</translation>
    </message>
    <message>
        <source>Invalid --since: give a date such as 2026-07-01 or 2026-07-01T14:00.</source>
        <translation>--since が無効です: 2026-07-01 や 2026-07-01T14:00 のような日付を指定してください。</translation>
    </message>
    <message>
        <source>No history yet (%1).</source>
        <translation>履歴はまだありません（%1）。</translation>
    </message>
    <message>
        <source>TIME (UTC)</source>
        <translation>時刻 (UTC)</translation>
    </message>
    <message>
        <source>OPERATION</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>KEY</source>
        <translation>キー</translation>
    </message>
    <message>
        <source>OUTCOME</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>HTTP</source>
        <translation>HTTP</translation>
    </message>
    <message>
        <source>BY</source>
        <translation>実行者</translation>
    </message>
    <message>
        <source>At most this many requests at once (1-%1). Without it the batch finds how many the portal takes, up to %2. A rate limit from the portal slows them all.</source>
        <translation>同時に送信するリクエストの最大数（1-%1）。指定しない場合、一括処理はポータルが受け付ける数を %2 まで自動的に判断します。ポータルのレート制限はすべてのリクエストを遅くします。</translation>
    </message>
    <message>
        <source>How to send the token: auto (default; sk-... is an API key), apikey (&quot;Bearer &lt;token&gt;&quot;, also to force it for a session token; alias bearer) or session (as it is).</source>
        <translation>トークンの送信方法: auto（既定。sk-... は API キー）、apikey（&quot;Bearer &lt;token&gt;&quot;。セッショントークンでもこの形式を強制する場合に使用。別名 bearer）、または session（そのまま送信）。</translation>
    </message>
    <message>
        <source>Invalid --auth &quot;%1&quot;: use auto, apikey, bearer or session.</source>
        <translation>--auth「%1」は無効です: auto、apikey、bearer、session のいずれかを使用してください。</translation>
    </message>
    <message>
        <source>Certificate SHA-256 fingerprint: %1</source>
        <translation>証明書の SHA-256 フィンガープリント: %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; (%2)</source>
        <translation>「%1」（%2）</translation>
    </message>
    <message>
        <source>created by %1</source>
        <translation>作成者 %1</translation>
    </message>
    <message>
        <source>Not deactivating: no terminal to ask for confirmation on. Pass --yes to confirm in a script.</source>
        <translation>無効化しません: 確認を求める端末がありません。スクリプトで確認するには --yes を指定してください。</translation>
    </message>
    <message>
        <source>Not reactivating: no terminal to ask for confirmation on. Pass --yes to confirm in a script.</source>
        <translation>再有効化しません: 確認を求める端末がありません。スクリプトで確認するには --yes を指定してください。</translation>
    </message>
    <message numerus="yes">
        <source>... and %n more key(s)</source>
        <translation>
            <numerusform>... ほか %n 個のキー</numerusform>
        </translation>
    </message>
    <message>
        <source>(The key list could not be read to name the keys: %1)</source>
        <translation>（キーの名前を表示するためのキー一覧を読み取れませんでした: %1）</translation>
    </message>
    <message numerus="yes">
        <source>Deactivate %n key(s) on %1? They stop working until reactivated.</source>
        <translation>
            <numerusform>%1 の %n 個のキーを無効化しますか？再有効化されるまで使用できなくなります。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reactivate %n key(s) on %1?</source>
        <translation>
            <numerusform>%1 の %n 個のキーを再有効化しますか？</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing deactivated.</source>
        <translation>何も無効化していません。</translation>
    </message>
    <message>
        <source>Nothing reactivated.</source>
        <translation>何も再有効化していません。</translation>
    </message>
    <message>
        <source>Revoke (delete) API keys by id</source>
        <translation>API キーを ID で失効（削除）させる</translation>
    </message>
    <message>
        <source>Deactivate keys (reversible)</source>
        <translation>キーを無効化する（元に戻せる）</translation>
    </message>
    <message>
        <source>Reactivate deactivated keys</source>
        <translation>無効化されたキーを再有効化する</translation>
    </message>
    <message>
        <source>List the keys the token can see</source>
        <translation>トークンから参照できるキーを一覧表示する</translation>
    </message>
    <message>
        <source>Who the token signs in as, and which key it is</source>
        <translation>トークンのサインイン先のユーザーと、それがどのキーかを表示する</translation>
    </message>
    <message>
        <source>What was revoked from this computer, when, by whom and with what result</source>
        <translation>このコンピューターから何を、いつ、誰が、どの結果で失効させたか</translation>
    </message>
    <message>
        <source>Find leaked sk- secrets in text on standard input and revoke them</source>
        <translation>標準入力のテキストから漏洩した sk- シークレットを見つけて失効させる</translation>
    </message>
    <message>
        <source>The key-hygiene report: expired, unused, unrestricted keys...</source>
        <translation>キーの衛生状態レポート: 期限切れ、未使用、無制限のキーなど</translation>
    </message>
    <message>
        <source>List, show, add and remove saved portal profiles</source>
        <translation>保存済みのポータルプロファイルの一覧表示、表示、追加、削除</translation>
    </message>
    <message>
        <source>Usage: docspace-keys-cli &lt;command&gt; [options]</source>
        <translation>使用方法: docspace-keys-cli &lt;コマンド&gt; [オプション]</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>コマンド:</translation>
    </message>
    <message>
        <source>Run &apos;docspace-keys-cli &lt;command&gt; --help&apos; for a command&apos;s options.
The access token comes from DOCSPACE_TOKEN or --token-stdin, never from arguments.
Exit status: 0 success, 1 an operation failed, 2 usage error.
</source>
        <translation>コマンドのオプションについては &apos;docspace-keys-cli &lt;コマンド&gt; --help&apos; を実行してください。
アクセストークンは DOCSPACE_TOKEN または --token-stdin から取得し、引数からは取得しません。
終了ステータス: 0 成功、1 操作の失敗、2 使用方法の誤り。
</translation>
    </message>
    <message>
        <source>Also write the report as CSV to FILE (the same file as the window&apos;s export).</source>
        <translation>レポートを CSV として FILE にも書き出します（ウィンドウからのエクスポートと同じファイル）。</translation>
    </message>
    <message numerus="yes">
        <source>%n repeated id(s) on standard input skipped.</source>
        <translation>
            <numerusform>標準入力で重複していた %n 個の ID をスキップしました。</numerusform>
        </translation>
    </message>
    <message>
        <source>Each id gets one line of output, in the order given; every attempt is kept in the local history.
Without --yes, asks on the terminal, naming the portal and the keys.
Give - to read ids from standard input, one per line or a CSV export with an id column (blank lines and # comments are ignored).
Exit status: 0 every key changed, 1 at least one not, 2 usage error.</source>
        <translation>ID ごとに、指定した順に 1 行ずつ出力されます。すべての試行はローカルの履歴に記録されます。
--yes を指定しない場合は、ポータルとキーを示して端末で確認を求めます。
- を指定すると標準入力から ID を読み取ります。1 行に 1 つずつ、または id 列を含む CSV エクスポートを指定できます（空行と # コメントは無視されます）。
終了ステータス: 0 すべてのキーが変更された、1 少なくとも 1 つが変更されなかった、2 使用方法の誤り。</translation>
    </message>
    <message>
        <source>window</source>
        <translation>ウィンドウ</translation>
    </message>
    <message>
        <source>command line</source>
        <translation>コマンドライン</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>who acted (window or command line)</comment>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Invalid --expires-in-days: give a whole number of days from 1 to %1 (leave it out for a key that never expires).</source>
        <translation>--expires-in-days が無効です: 1 から %1 までの整数の日数を指定してください（有効期限のないキーの場合は省略します）。</translation>
    </message>
    <message>
        <source>no token is saved for it (%1)</source>
        <translation>このプロファイルにはトークンが保存されていません（%1）</translation>
    </message>
    <message>
        <source>Create an API key (POST /api/2.0/keys). The new key&apos;s secret is printed once, alone on the first line of standard output, and kept nowhere: not in the history, not in any file. With --json a second line holds the key as a JSON object (without the secret).
Without --expires-in-days the key never expires. The portal lets each user create at most 5 keys in 15 minutes.
Exit status: 0 created, 1 not created, 2 usage error.</source>
        <translation>API キーを作成します（POST /api/2.0/keys）。新しいキーのシークレットは、標準出力の 1 行目に単独で一度だけ出力され、どこにも保存されません: 履歴にもファイルにも残りません。--json を指定すると、2 行目にキーが JSON オブジェクトとして出力されます（シークレットは含みません）。
--expires-in-days を指定しない場合、キーは無期限になります。ポータルでは、各ユーザーが 15 分間に作成できるキーは最大 5 個です。
終了ステータス: 0 作成された、1 作成されなかった、2 使用方法の誤り。</translation>
    </message>
    <message>
        <source>The key&apos;s name (at most %1 characters).</source>
        <translation>キーの名前（最大 %1 文字）。</translation>
    </message>
    <message>
        <source>all (default), read-only, or a comma-separated list of files, rooms, profile, accounts each with :read or :write (write includes read), e.g. files:write,rooms:read.</source>
        <translation>all（既定）、read-only、または files、rooms、profile、accounts のそれぞれに :read か :write を付けたコンマ区切りのリスト（write は read を含む）。例: files:write,rooms:read。</translation>
    </message>
    <message>
        <source>The key stops working after this many days (1-%1).</source>
        <translation>キーはこの日数が経過すると使用できなくなります（1-%1）。</translation>
    </message>
    <message>
        <source>Also print the new key as a JSON object.</source>
        <translation>新しいキーを JSON オブジェクトとしても出力します。</translation>
    </message>
    <message>
        <source>Give the key&apos;s name with --name.</source>
        <translation>--name でキーの名前を指定してください。</translation>
    </message>
    <message>
        <source>Created &quot;%1&quot; (%2, ending %3; permissions: %4; %5). The secret on standard output is shown only this once: store it now.</source>
        <translation>「%1」を作成しました（%2、末尾 %3、権限: %4、%5）。標準出力のシークレットが表示されるのは今回だけです: 今すぐ保管してください。</translation>
    </message>
    <message>
        <source>expires %1</source>
        <translation>有効期限 %1</translation>
    </message>
    <message>
        <source>never expires</source>
        <translation>無期限</translation>
    </message>
    <message>
        <source>Change a key&apos;s name and/or permissions (PUT /api/2.0/keys/{id}). The key keeps its secret. Expired keys cannot be changed.
Exit status: 0 changed, 1 not changed, 2 usage error.</source>
        <translation>キーの名前や権限を変更します（PUT /api/2.0/keys/{id}）。キーのシークレットは変わりません。期限切れのキーは変更できません。
終了ステータス: 0 変更された、1 変更されなかった、2 使用方法の誤り。</translation>
    </message>
    <message>
        <source>The new name (at most %1 characters).</source>
        <translation>新しい名前（最大 %1 文字）。</translation>
    </message>
    <message>
        <source>The new permissions: all, read-only, or e.g. files:write,rooms:read.</source>
        <translation>新しい権限: all、read-only、または files:write,rooms:read など。</translation>
    </message>
    <message>
        <source>Print the outcome as a JSON object.</source>
        <translation>結果を JSON オブジェクトとして出力します。</translation>
    </message>
    <message>
        <source>The key&apos;s id (UUID).</source>
        <translation>キーの ID（UUID）。</translation>
    </message>
    <message>
        <source>Give exactly one key id.</source>
        <translation>キーの ID を 1 つだけ指定してください。</translation>
    </message>
    <message>
        <source>Rotate keys: create a replacement for each (the same name plus &quot; (rotated)&quot;, the same permissions, the same whole lifetime), then revoke the old keys. If any replacement cannot be created, no old key is revoked. One line per key: old id, outcome, new id, old key&apos;s state, and the new secret (shown only this once), unless --secrets-file.
Exit status: 0 every key rotated, 1 not all (the lines say which old keys still work), 2 usage error.</source>
        <translation>キーをローテーションします: それぞれの代替キー（同じ名前に &quot; (rotated)&quot; を付け、同じ権限、同じ有効期間全体）を作成してから、古いキーを失効させます。代替キーを 1 つでも作成できなかった場合、古いキーは失効させません。キーごとに 1 行: 古い ID、結果、新しい ID、古いキーの状態、新しいシークレット（今回だけ表示。--secrets-file を指定した場合を除く）。
終了ステータス: 0 すべてのキーをローテーションした、1 一部のみ（どの古いキーがまだ有効かは各行に表示）、2 使用方法の誤り。</translation>
    </message>
    <message>
        <source>Do not ask before revoking the old keys (for scripts).</source>
        <translation>古いキーを失効させる前に確認しません（スクリプト用）。</translation>
    </message>
    <message>
        <source>Print one JSON object per key.</source>
        <translation>キーごとに JSON オブジェクトを 1 つ出力します。</translation>
    </message>
    <message>
        <source>Write the new secrets to this file (readable by you only) instead of standard output.</source>
        <translation>新しいシークレットを標準出力ではなくこのファイル（自分だけが読み取り可能）に書き込みます。</translation>
    </message>
    <message>
        <source>Key ids (UUIDs).</source>
        <translation>キーの ID（UUID）。</translation>
    </message>
    <message>
        <source>Not rotating: no terminal to confirm revoking the old keys on. Pass --yes to confirm in a script.</source>
        <translation>ローテーションしません: 古いキーの失効を確認する端末がありません。スクリプトで確認するには --yes を指定してください。</translation>
    </message>
    <message>
        <source>%1: the portal lists no such key (or not to this token); nothing was created or revoked.</source>
        <translation>%1: ポータルにそのキーはありません（またはこのトークンからは参照できません）。何も作成も失効もしていません。</translation>
    </message>
    <message>
        <source>Cannot write the secrets file %1: %2. The new secrets are printed instead.</source>
        <translation>シークレットファイル %1 に書き込めません: %2。代わりに新しいシークレットを出力します。</translation>
    </message>
    <message>
        <source>Old keys not revoked; they and their replacements all work.</source>
        <translation>古いキーは失効させていません。古いキーも代替キーもすべて有効です。</translation>
    </message>
    <message>
        <source>A replacement could not be created, so no old key was revoked.</source>
        <translation>代替キーを作成できなかったため、古いキーは失効させていません。</translation>
    </message>
    <message>
        <source>Not tried: an earlier replacement failed.</source>
        <translation>未実行: 先の代替キーの作成に失敗しました。</translation>
    </message>
    <message>
        <source>Replacement created; revoking the old key failed: %1</source>
        <translation>代替キーを作成しましたが、古いキーの失効に失敗しました: %1</translation>
    </message>
    <message>
        <source>Replacement created, old key revoked.</source>
        <translation>代替キーを作成し、古いキーを失効させました。</translation>
    </message>
    <message>
        <source>Replacement created; the old key still works.</source>
        <translation>代替キーを作成しました。古いキーはまだ有効です。</translation>
    </message>
    <message>
        <source>OLD ID</source>
        <translation>古い ID</translation>
    </message>
    <message>
        <source>NEW ID</source>
        <translation>新しい ID</translation>
    </message>
    <message>
        <source>OLD KEY</source>
        <translation>古いキー</translation>
    </message>
    <message>
        <source>NEW SECRET (shown once)</source>
        <translation>新しいシークレット（一度だけ表示）</translation>
    </message>
    <message numerus="yes">
        <source>%n old key(s) still work:</source>
        <translation>
            <numerusform>古いキー %n 個がまだ有効です:</numerusform>
        </translation>
    </message>
    <message>
        <source>REVOKE AFTER (UTC)</source>
        <translation>失効予定（UTC）</translation>
    </message>
    <message>
        <source>NOTE</source>
        <translation>備考</translation>
    </message>
    <message>
        <source>Invalid --after-days: give a whole number of days from 0 to %1.</source>
        <translation>--after-days が無効です: 0 から %1 までの整数の日数を指定してください。</translation>
    </message>
    <message>
        <source>Deactivated; revoked on or after %1 (UTC) unless reactivated, when &apos;docspace-keys-cli retire --due&apos; or the app runs.</source>
        <translation>無効化しました。再有効化されない限り、%1（UTC）以降に &apos;docspace-keys-cli retire --due&apos; またはアプリが実行された時点で失効します。</translation>
    </message>
    <message>
        <source>Deactivated, but the plan could not be saved: %1</source>
        <translation>無効化しましたが、計画を保存できませんでした: %1</translation>
    </message>
    <message>
        <source>%1: planned without a saved profile; run &apos;retire --due --portal %1&apos; with its token.</source>
        <translation>%1: 保存済みプロファイルなしで計画されました。そのトークンを使って &apos;retire --due --portal %1&apos; を実行してください。</translation>
    </message>
    <message>
        <source>%1 (profile &quot;%2&quot;): %3</source>
        <translation>%1（プロファイル「%2」）: %3</translation>
    </message>
    <message>
        <source>the profile now points elsewhere</source>
        <translation>プロファイルは現在別の場所を指しています</translation>
    </message>
    <message>
        <source>skipped: %1</source>
        <translation>スキップ: %1</translation>
    </message>
    <message>
        <source>Nothing is due.</source>
        <translation>期限の来たものはありません。</translation>
    </message>
    <message>
        <source>Retire keys in stages.
  retire ID... --after-days N   deactivate now; revoke after N days unless reactivated
  retire --due                  revoke what is due (run it daily from a timer); a key reactivated meanwhile is left alone and the plan says so
  retire --list                 show the plan
  retire --cancel ID...         take keys out of the plan (they stay deactivated)
The plan is kept beside the history (%1) and never holds a token. --due uses each planned profile&apos;s keychain token, or the connection given with --portal/--profile.
Exit status: 0 all done, 1 something failed or is left for the next run, 2 usage error.</source>
        <translation>キーを段階的に廃止します。
  retire ID... --after-days N   今すぐ無効化し、再有効化されない限り N 日後に失効させる
  retire --due                  期限の来たものを失効させる（タイマーで毎日実行）。その間に再有効化されたキーはそのままにし、計画にその旨を記録する
  retire --list                 計画を表示する
  retire --cancel ID...         キーを計画から外す（無効化されたまま）
計画は履歴と同じ場所（%1）に保存され、トークンは一切含まれません。--due は、計画された各プロファイルのキーチェーン内のトークン、または --portal/--profile で指定した接続を使用します。
終了ステータス: 0 すべて完了、1 失敗があったか次回の実行に残った、2 使用方法の誤り。</translation>
    </message>
    <message>
        <source>Revoke after this many days.</source>
        <translation>この日数が経過したら失効させます。</translation>
    </message>
    <message>
        <source>Carry out what is due.</source>
        <translation>期限の来たものを実行します。</translation>
    </message>
    <message>
        <source>Show the plan.</source>
        <translation>計画を表示します。</translation>
    </message>
    <message>
        <source>Take the given keys out of the plan.</source>
        <translation>指定したキーを計画から外します。</translation>
    </message>
    <message>
        <source>JSON output.</source>
        <translation>JSON で出力します。</translation>
    </message>
    <message>
        <source>Give exactly one of --after-days N (with ids), --due, --list or --cancel (with ids).</source>
        <translation>--after-days N（ID を指定）、--due、--list、--cancel（ID を指定）のいずれか 1 つだけを指定してください。</translation>
    </message>
    <message>
        <source>--due and --list take no key ids.</source>
        <translation>--due と --list にはキーの ID を指定できません。</translation>
    </message>
    <message numerus="yes">
        <source>%n key(s) taken out of the plan.</source>
        <translation>
            <numerusform>%n 個のキーを計画から外しました。</numerusform>
        </translation>
    </message>
    <message>
        <source>The retirement plan is empty (%1).</source>
        <translation>廃止計画は空です（%1）。</translation>
    </message>
    <message>
        <source>List the keys of every saved profile together, with the portal as a column, using each profile&apos;s keychain token. A portal that cannot be listed is reported and the others are still shown.
Exit status: 0 every portal listed, 1 at least one not, 2 usage error.</source>
        <translation>保存済みのすべてのプロファイルのキーを、ポータルを列として、各プロファイルのキーチェーン内のトークンを使ってまとめて一覧表示します。一覧表示できないポータルは報告され、その他のポータルはそのまま表示されます。
終了ステータス: 0 すべてのポータルを一覧表示した、1 少なくとも 1 つはできなかった、2 使用方法の誤り。</translation>
    </message>
    <message>
        <source>Every saved profile.</source>
        <translation>保存済みのすべてのプロファイル。</translation>
    </message>
    <message>
        <source>No saved profiles: add some with &apos;docspace-keys-cli profiles add&apos;.</source>
        <translation>保存済みのプロファイルはありません: &apos;docspace-keys-cli profiles add&apos; で追加してください。</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; skipped: %2</source>
        <translation>プロファイル「%1」をスキップしました: %2</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; (%2): %3</source>
        <translation>プロファイル「%1」（%2）: %3</translation>
    </message>
    <message>
        <source>PROFILE</source>
        <translation>プロファイル</translation>
    </message>
    <message>
        <source>Create an API key (its secret is printed once)</source>
        <translation>API キーを作成する（シークレットは一度だけ出力）</translation>
    </message>
    <message>
        <source>Change a key&apos;s name or permissions</source>
        <translation>キーの名前や権限を変更する</translation>
    </message>
    <message>
        <source>Replace keys with new ones, then revoke the old</source>
        <translation>キーを新しいキーに置き換えてから、古いキーを失効させる</translation>
    </message>
    <message>
        <source>Deactivate now, revoke after N days unless reactivated</source>
        <translation>今すぐ無効化し、再有効化されない限り N 日後に失効させる</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n key(s) shown</source>
        <translation>
            <numerusform>%n 個中 %1 個のキーを表示</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, from %n portal(s).</source>
        <translation>
            <numerusform>(%n 個のポータルから)。</numerusform>
        </translation>
    </message>
    <message>
        <source>(this token)</source>
        <translation>（このトークン）</translation>
    </message>
    <message>
        <source>Type the number of keys (%1) to confirm; anything else cancels: </source>
        <translation>確認のため、キーの数（%1）を入力してください。それ以外を入力するとキャンセルされます: </translation>
    </message>
    <message>
        <source>The number was not typed.</source>
        <translation>数が入力されませんでした。</translation>
    </message>
    <message>
        <source>%1 is the key this command signs in with on %2.</source>
        <translation>%1 は、このコマンドが %2 へのサインインに使用しているキーです。</translation>
    </message>
    <message>
        <source>Once it is revoked, this token can no longer list or change keys; revocation cannot be undone.</source>
        <translation>失効させると、このトークンではキーの一覧表示や変更ができなくなります。失効は元に戻せません。</translation>
    </message>
    <message>
        <source>While it is deactivated, this token cannot list, change or even reactivate keys.</source>
        <translation>無効化している間、このトークンではキーの一覧表示、変更、さらには再有効化もできません。</translation>
    </message>
    <message>
        <source>Revoke it too (i), skip it and go on with the others (s), or cancel everything (c)? [i/s/C] </source>
        <translation>これも失効させる (i)、これをスキップして他のキーを続行する (s)、すべてキャンセルする (c) のどれにしますか? [i/s/C] </translation>
    </message>
    <message>
        <source>Deactivate it too (i), skip it and go on with the others (s), or cancel everything (c)? [i/s/C] </source>
        <translation>これも無効化する (i)、これをスキップして他のキーを続行する (s)、すべてキャンセルする (c) のどれにしますか? [i/s/C] </translation>
    </message>
    <message>
        <source>Skipping the key of this token.</source>
        <translation>このトークンのキーをスキップします。</translation>
    </message>
    <message>
        <source>Only keys unused for N days.</source>
        <translation>N 日間使用されていないキーのみ。</translation>
    </message>
    <message>
        <source>Every replacement was created. Now the old keys:</source>
        <translation>すべての代替キーを作成しました。次は古いキーです:</translation>
    </message>
    <message>
        <source>Every creation, change, revocation, deactivation and reactivation attempted from this computer, oldest first: which key, who acted, and what the portal answered (an edit&apos;s outcome says what it changed). The history is local: it never holds tokens or secrets.</source>
        <translation>このコンピューターから試行されたすべての作成、変更、失効、無効化、再有効化を古い順に表示します: どのキーか、誰が実行したか、ポータルがどう応答したか（編集の結果には何を変更したかが示されます）。履歴はローカルのもので、トークンやシークレットが含まれることはありません。</translation>
    </message>
</context>
<context>
    <name>Cli::Invocation</name>
    <message>
        <source>Warning: sending the access token to %1 over unencrypted HTTP.</source>
        <translation>警告: 暗号化されていない HTTP でアクセストークンを %1 に送信しています。</translation>
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
        <translation>管理者</translation>
    </message>
    <message>
        <source>guest</source>
        <translation>ゲスト</translation>
    </message>
    <message>
        <source>member</source>
        <translation>メンバー</translation>
    </message>
    <message>
        <source>Signed in as %1 (%2)</source>
        <translation>%1（%2）としてサインインしています</translation>
    </message>
    <message>
        <source>all scopes</source>
        <translation>すべてのスコープ</translation>
    </message>
    <message>
        <source>expires %1</source>
        <translation>有効期限 %1</translation>
    </message>
    <message>
        <source>never expires</source>
        <translation>無期限</translation>
    </message>
    <message>
        <source>API key &quot;%1&quot;: %2; %3</source>
        <translation>API キー「%1」: %2、%3</translation>
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
        <translation>%1 にサインインしています…</translation>
    </message>
    <message>
        <source>This token can revoke keys on %1.</source>
        <translation>このトークンで %1 のキーを失効させることができます。</translation>
    </message>
    <message>
        <source>Could not sign in to %1: %2</source>
        <translation>%1 にサインインできませんでした: %2</translation>
    </message>
    <message>
        <source>The portal said: %1</source>
        <translation>ポータルからのメッセージ: %1</translation>
    </message>
    <message>
        <source>Certificate SHA-256 fingerprint: %1</source>
        <translation>証明書の SHA-256 フィンガープリント: %1</translation>
    </message>
    <message>
        <source>Trusted for this session: test the connection again.</source>
        <translation>このセッションで信頼しました: もう一度接続をテストしてください。</translation>
    </message>
    <message>
        <source>Tr&amp;ust This Certificate…</source>
        <translation>この証明書を信頼(&amp;U)…</translation>
    </message>
</context>
<context>
    <name>ConnectionTest</name>
    <message>
        <source>This API key cannot revoke keys: it lacks the *:write scope.</source>
        <translation>この API キーではキーを失効させることができません: *:write スコープがありません。</translation>
    </message>
    <message numerus="yes">
        <source>This API key expires in %n day(s), on %1.</source>
        <translation>
            <numerusform>この API キーは %n 日後の %1 に期限切れになります。</numerusform>
        </translation>
    </message>
    <message>
        <source>The portal answered, but not with a user profile. Check that the address is a DocSpace portal.</source>
        <translation>ポータルは応答しましたが、ユーザープロファイルではありませんでした。アドレスが DocSpace ポータルであることを確認してください。</translation>
    </message>
    <message>
        <source>You are not an administrator: you can revoke only the keys you created.</source>
        <translation>あなたは管理者ではありません: 失効させられるのは自分が作成したキーのみです。</translation>
    </message>
    <message>
        <source>The key&apos;s own details could not be read: %1</source>
        <translation>キー自体の詳細を読み取れませんでした: %1</translation>
    </message>
    <message>
        <source>The portal refused even to tell its version (HTTP 403 without a message): it is probably being moved, restored or encrypted. Try again later.</source>
        <translation>ポータルはバージョンの回答さえ拒否しました（メッセージなしの HTTP 403）: 移行、復元、または暗号化の処理中である可能性があります。後でもう一度お試しください。</translation>
    </message>
    <message>
        <source>The address answered, but not as a DocSpace portal: it does not say which DocSpace version it runs (HTTP %1 to /api/2.0/settings/version/build). Check that it is your portal&apos;s own address, not a login page, a proxy or another site.</source>
        <translation>アドレスは応答しましたが、DocSpace ポータルとしての応答ではありません: 実行中の DocSpace のバージョンを返しません（/api/2.0/settings/version/build への HTTP %1）。ログインページ、プロキシ、または別のサイトではなく、ポータル自体のアドレスであることを確認してください。</translation>
    </message>
    <message>
        <source>This portal runs DocSpace %1, which has no API keys: they appeared in DocSpace 3.1. The portal must be updated before its keys can be managed.</source>
        <translation>このポータルは DocSpace %1 で動作しており、API キーがありません: API キーは DocSpace 3.1 で導入されました。キーを管理するには、ポータルを更新する必要があります。</translation>
    </message>
    <message>
        <source>DocSpace %1 lets any API key list, create, change and revoke keys, whatever its scopes (a key with only files:read can delete keys; fixed in 3.7.1). Treat every key of this portal as able to manage keys, and update the portal.</source>
        <translation>DocSpace %1 では、スコープに関係なく、どの API キーでもキーの一覧表示、作成、変更、失効ができます（files:read しか持たないキーでもキーを削除できます。3.7.1 で修正済み）。このポータルのすべてのキーをキー管理が可能なものとして扱い、ポータルを更新してください。</translation>
    </message>
    <message>
        <source>DocSpace %1 is older than 3.7.1: its key routes do not check that an id is a UUID (a malformed id gets a validation error, not &quot;not found&quot;), and expired keys can still be changed and reactivated.</source>
        <translation>DocSpace %1 は 3.7.1 より前のバージョンです: キーのルートは ID が UUID かどうかを確認しません（不正な ID は「見つかりません」ではなく検証エラーになります）。また、期限切れのキーも変更や再有効化ができてしまいます。</translation>
    </message>
</context>
<context>
    <name>DocSpaceClient</name>
    <message>
        <source>No access token was given, so nothing was sent. Enter an API key or session token.</source>
        <translation>アクセストークンが指定されていないため、何も送信しませんでした。API キーまたはセッショントークンを入力してください。</translation>
    </message>
    <message>
        <source>The portal&apos;s answer held no key list. Check that the address is a DocSpace portal.</source>
        <translation>ポータルの応答にキーの一覧が含まれていませんでした。アドレスが DocSpace ポータルであることを確認してください。</translation>
    </message>
</context>
<context>
    <name>HistoryLog</name>
    <message>
        <source>The history file %1 is locked by another DocSpace Keys process.</source>
        <translation>履歴ファイル %1 は別の DocSpace Keys プロセスによってロックされています。</translation>
    </message>
    <message>
        <source>Cannot write the history file %1: %2.</source>
        <translation>履歴ファイル %1 に書き込めません: %2。</translation>
    </message>
    <message>
        <source>Cannot read the history file %1: %2.</source>
        <translation>履歴ファイル %1 を読み取れません: %2。</translation>
    </message>
    <message>
        <source>Line %1 of the history file is incomplete or damaged and was skipped.</source>
        <translation>履歴ファイルの %1 行目は不完全または破損しているため、スキップしました。</translation>
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
        <translation>失効</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation>無効化</translation>
    </message>
    <message>
        <source>Reactivate</source>
        <translation>再有効化</translation>
    </message>
    <message>
        <source>command line</source>
        <translation>コマンドライン</translation>
    </message>
    <message>
        <source>window</source>
        <translation>ウィンドウ</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Key id: %1</source>
        <translation>キー ID: %1</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>時刻</translation>
    </message>
    <message>
        <source>Portal</source>
        <translation>ポータル</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>プロファイル</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>キー</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>HTTP</source>
        <translation>HTTP</translation>
    </message>
    <message>
        <source>By</source>
        <translation>実行者</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>メッセージ</translation>
    </message>
    <message>
        <source>name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>permissions</source>
        <translation>権限</translation>
    </message>
    <message>
        <source>Edited: %1</source>
        <comment>what was changed: name, permissions</comment>
        <translation>編集: %1</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>作成</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>編集</translation>
    </message>
</context>
<context>
    <name>HistoryRecorder</name>
    <message>
        <source>This result was not recorded in the history. %1 Check that the folder is writable and that the disk is not full.</source>
        <translation>この結果は履歴に記録されませんでした。%1 フォルダーが書き込み可能であることと、ディスクがいっぱいでないことを確認してください。</translation>
    </message>
    <message>
        <source>Created with the permissions %1; it expires on %2 (UTC).</source>
        <translation>権限 %1 で作成されました。有効期限は %2 (UTC) です。</translation>
    </message>
    <message>
        <source>Created with the permissions %1; it never expires.</source>
        <translation>権限 %1 で作成されました。無期限です。</translation>
    </message>
    <message>
        <source>Replacement for “%1” (%2), in a rotation.</source>
        <translation>ローテーションによる「%1」（%2）の代替キー。</translation>
    </message>
    <message>
        <source>Name “%1”, was “%2”.</source>
        <translation>名前「%1」（変更前は「%2」）。</translation>
    </message>
    <message>
        <source>Name “%1”.</source>
        <translation>名前「%1」。</translation>
    </message>
    <message>
        <source>Permissions %1.</source>
        <translation>権限 %1。</translation>
    </message>
    <message>
        <source>Permissions %1, were %2.</source>
        <translation>権限 %1（変更前は %2）。</translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <source>&amp;Reload</source>
        <translation>再読み込み(&amp;R)</translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation>CSV をエクスポート(&amp;X)…</translation>
    </message>
    <message>
        <source>Portal filter</source>
        <translation>ポータルの絞り込み</translation>
    </message>
    <message>
        <source>Outcome filter</source>
        <translation>結果の絞り込み</translation>
    </message>
    <message>
        <source>Search key, message, user…</source>
        <translation>キー、メッセージ、ユーザーを検索…</translation>
    </message>
    <message>
        <source>Search the history</source>
        <translation>履歴の検索</translation>
    </message>
    <message>
        <source>Save the rows shown (after filtering) as a CSV file.</source>
        <translation>表示されている行（絞り込み後）を CSV ファイルとして保存します。</translation>
    </message>
    <message numerus="yes">
        <source>…and %n more damaged line(s).</source>
        <translation>
            <numerusform>…ほかに %n 行が破損しています。</numerusform>
        </translation>
    </message>
    <message>
        <source>Some of the history could not be read, so it may be incomplete:
%1
The file is %2; the other records are shown. New records are still added.</source>
        <translation>履歴の一部を読み取れなかったため、不完全な可能性があります:
%1
ファイルは %2 です。その他の記録は表示されています。新しい記録は引き続き追加されます。</translation>
    </message>
    <message>
        <source>All portals</source>
        <translation>すべてのポータル</translation>
    </message>
    <message>
        <source>All outcomes</source>
        <translation>すべての結果</translation>
    </message>
    <message>
        <source>Nothing recorded yet. Every revocation, deactivation and reactivation made here or with docspace-keys-cli is listed here.</source>
        <translation>まだ何も記録されていません。ここまたは docspace-keys-cli で行ったすべての失効、無効化、再有効化がここに一覧表示されます。</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s).</source>
        <translation>
            <numerusform>%n 件の記録。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n record(s) shown.</source>
        <translation>
            <numerusform>%n 件中 %1 件の記録を表示しています。</numerusform>
        </translation>
    </message>
    <message>
        <source>Export History</source>
        <translation>履歴のエクスポート</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV ファイル (*.csv);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>History Not Exported</source>
        <translation>履歴はエクスポートされていません</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>%1 に書き込めません。</translation>
    </message>
    <message>
        <source>%1
Choose another folder, or check that the disk is not full.</source>
        <translation>%1
別のフォルダーを選択するか、ディスクがいっぱいでないことを確認してください。</translation>
    </message>
    <message>
        <source>Port&amp;al:</source>
        <translation>ポータル(&amp;A):</translation>
    </message>
    <message>
        <source>O&amp;utcome:</source>
        <translation>結果(&amp;U):</translation>
    </message>
</context>
<context>
    <name>HygieneReport</name>
    <message>
        <source>Expired keys still present</source>
        <translation>残存する期限切れのキー</translation>
    </message>
    <message>
        <source>They no longer work but still clutter the list and hide real problems; revoke them.</source>
        <translation>すでに使用できませんが、一覧を煩雑にし、本当の問題を見えにくくします。失効させてください。</translation>
    </message>
    <message>
        <source>Deactivated keys</source>
        <translation>無効化されたキー</translation>
    </message>
    <message>
        <source>Anyone who may change them can switch them back on; revoke those that are no longer needed.</source>
        <translation>変更権限を持つ人なら誰でも再び有効にできます。不要になったものは失効させてください。</translation>
    </message>
    <message>
        <source>Keys never used</source>
        <translation>一度も使用されていないキー</translation>
    </message>
    <message>
        <source>Nothing depends on them yet; deactivate them until someone asks.</source>
        <translation>まだ何も依存していません。必要とされるまで無効化しておいてください。</translation>
    </message>
    <message>
        <source>Forgotten keys are the ones that leak unnoticed; deactivate them.</source>
        <translation>忘れられたキーこそ、気付かれないまま漏洩します。無効化してください。</translation>
    </message>
    <message>
        <source>Keys that never expire</source>
        <translation>有効期限のないキー</translation>
    </message>
    <message>
        <source>A leaked key without an expiry date works until someone notices; replace them with keys that expire.</source>
        <translation>有効期限のないキーは、漏洩しても誰かが気付くまで使用できてしまいます。有効期限のあるキーに置き換えてください。</translation>
    </message>
    <message>
        <source>Keys with every permission</source>
        <translation>すべての権限を持つキー</translation>
    </message>
    <message>
        <source>They can do anything the owner can; give integrations only the scopes they need.</source>
        <translation>所有者ができることは何でもできてしまいます。連携には必要なスコープのみを付与してください。</translation>
    </message>
    <message>
        <source>API key hygiene report</source>
        <translation>API キーの衛生状態レポート</translation>
    </message>
    <message>
        <source>Portal: %1</source>
        <translation>ポータル: %1</translation>
    </message>
    <message>
        <source>Generated: %1 UTC</source>
        <translation>生成日時: %1 UTC</translation>
    </message>
    <message numerus="yes">
        <source>Keys examined: %1; unused threshold: %n day(s)</source>
        <translation>
            <numerusform>調査したキー: %1、未使用のしきい値: %n 日</numerusform>
        </translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>検出項目</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>キー</translation>
    </message>
    <message>
        <source>Suggested action</source>
        <translation>推奨される対処</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>失効</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation>無効化</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Ending</source>
        <translation>末尾</translation>
    </message>
    <message>
        <source>Created by</source>
        <translation>作成者</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>作成日時</translation>
    </message>
    <message>
        <source>Last used</source>
        <translation>最終使用</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>有効期限</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>never</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>Permissions</source>
        <translation>権限</translation>
    </message>
    <message>
        <source>all</source>
        <translation>すべて</translation>
    </message>
</context>
<context>
    <name>HygieneReportView</name>
    <message>
        <source>unknown</source>
        <translation>不明</translation>
    </message>
    <message>
        <source>API key hygiene</source>
        <translation>API キーの衛生状態</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>更新(&amp;R)</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>CSV をエクスポート(&amp;C)…</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 日</translation>
    </message>
    <message>
        <source>Unused for more than this many days</source>
        <translation>この日数を超えて未使用</translation>
    </message>
    <message>
        <source>Choose a portal profile to see its report.</source>
        <translation>レポートを表示するポータルのプロファイルを選択してください。</translation>
    </message>
    <message>
        <source>Loading the key list from %1…</source>
        <translation>%1 からキーの一覧を読み込んでいます…</translation>
    </message>
    <message>
        <source>The report could not be made: the key list did not load. %1</source>
        <translation>レポートを作成できませんでした: キーの一覧を読み込めませんでした。%1</translation>
    </message>
    <message>
        <source>Which keys of %1 are a risk before they leak. The report appears once the key list has loaded.</source>
        <translation>%1 のキーのうち、漏洩する前からリスクとなっているキーを示します。キーの一覧が読み込まれるとレポートが表示されます。</translation>
    </message>
    <message>
        <source>the portal</source>
        <translation>ポータル</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n key(s) examined · %2 · %3 of %4 findings need attention</source>
        <translation>
            <numerusform>%1 · %n 個のキーを調査 · %2 · %4 件の検出項目中 %3 件に対処が必要です</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Revoke %n Key(s)…</source>
        <translation>
            <numerusform>%n 個のキーを失効…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deactivate %n Key(s)…</source>
        <translation>
            <numerusform>%n 個のキーを無効化…</numerusform>
        </translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>所有者</translation>
    </message>
    <message>
        <source>Ending</source>
        <translation>末尾</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>作成日時</translation>
    </message>
    <message>
        <source>Last used</source>
        <translation>最終使用</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>有効期限</translation>
    </message>
    <message>
        <source>Scopes</source>
        <translation>スコープ</translation>
    </message>
    <message>
        <source>never</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>all</source>
        <translation>すべて</translation>
    </message>
    <message>
        <source>Key id: %1</source>
        <translation>キー ID: %1</translation>
    </message>
    <message numerus="yes">
        <source>Hide the %n key(s)</source>
        <translation>
            <numerusform>%n 個のキーを非表示</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Show the %n key(s)</source>
        <translation>
            <numerusform>%n 個のキーを表示</numerusform>
        </translation>
    </message>
    <message>
        <source>Revoking the keys under “%1”…</source>
        <translation>検出項目「%1」のキーを失効させています…</translation>
    </message>
    <message>
        <source>Deactivating the keys under “%1”…</source>
        <translation>検出項目「%1」のキーを無効化しています…</translation>
    </message>
    <message>
        <source>API key hygiene report</source>
        <translation>API キーの衛生状態レポート</translation>
    </message>
    <message>
        <source>Report saved as %1.</source>
        <translation>レポートを %1 として保存しました。</translation>
    </message>
    <message>
        <source>Report Not Exported</source>
        <translation>レポートはエクスポートされていません</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>%1 に書き込めません。</translation>
    </message>
    <message>
        <source>%1
Choose another folder, or check that the disk is not full.</source>
        <translation>%1
別のフォルダーを選択するか、ディスクがいっぱいでないことを確認してください。</translation>
    </message>
    <message>
        <source>Export Report as CSV</source>
        <translation>レポートを CSV としてエクスポート</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV ファイル (*.csv);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Export Report as HTML</source>
        <translation>レポートを HTML としてエクスポート</translation>
    </message>
    <message>
        <source>Web pages (*.html *.htm);;All files (*)</source>
        <translation>Web ページ (*.html *.htm);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Export Report as PDF</source>
        <translation>レポートを PDF としてエクスポート</translation>
    </message>
    <message>
        <source>PDF files (*.pdf);;All files (*)</source>
        <translation>PDF ファイル (*.pdf);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Choose another folder, or check that the disk is not full.</source>
        <translation>別のフォルダーを選択するか、ディスクがいっぱいでないことを確認してください。</translation>
    </message>
    <message>
        <source>These are the keys under “%1”.</source>
        <translation>これらは検出項目「%1」に含まれるキーです。</translation>
    </message>
    <message>
        <source>&amp;Unused for:</source>
        <translation>未使用期間(&amp;U):</translation>
    </message>
    <message>
        <source>Export H&amp;TML…</source>
        <translation>HTML をエクスポート(&amp;T)…</translation>
    </message>
    <message>
        <source>Export P&amp;DF…</source>
        <translation>PDF をエクスポート(&amp;D)…</translation>
    </message>
</context>
<context>
    <name>KeyBatch</name>
    <message>
        <source>Not sent: the batch was cancelled.</source>
        <translation>送信していません: 一括処理はキャンセルされました。</translation>
    </message>
    <message>
        <source>Reading the key list to check failed too: %1</source>
        <translation>確認のためのキー一覧の読み取りにも失敗しました: %1</translation>
    </message>
    <message>
        <source>The connection failed after the request was sent (%1); the key list read afterwards shows</source>
        <translation>リクエスト送信後に接続が失敗しました（%1）。その後読み取ったキーの一覧では</translation>
    </message>
    <message>
        <source>Revoked (checked). %1 that the key is gone.</source>
        <translation>失効済み（確認済み）。%1、キーはなくなっています。</translation>
    </message>
    <message>
        <source>Deactivated (checked). %1 the key inactive.</source>
        <translation>無効化済み（確認済み）。%1、キーは無効です。</translation>
    </message>
    <message>
        <source>Reactivated (checked). %1 the key active.</source>
        <translation>再有効化済み（確認済み）。%1、キーは有効です。</translation>
    </message>
    <message>
        <source>Not found (checked). %1 no key with this id.</source>
        <translation>見つかりません（確認済み）。%1、この ID のキーはありません。</translation>
    </message>
    <message>
        <source>Not revoked (checked). %1 the key still there, after two tries. Check the network to the portal, then try again.</source>
        <translation>失効していません（確認済み）。%1、2 回試行した後もキーが残っています。ポータルへのネットワークを確認してから、もう一度お試しください。</translation>
    </message>
    <message>
        <source>Not changed (checked). %1 the key unchanged, after two tries. Check the network to the portal, then try again.</source>
        <translation>変更されていません（確認済み）。%1、2 回試行した後もキーは変わっていません。ポータルへのネットワークを確認してから、もう一度お試しください。</translation>
    </message>
</context>
<context>
    <name>KeyChangeConfirmation</name>
    <message>
        <source>On %1.</source>
        <translation>対象: %1。</translation>
    </message>
    <message>
        <source>On %1, with the token of profile “%2”.</source>
        <translation>対象: %1（プロファイル「%2」のトークンを使用）。</translation>
    </message>
    <message>
        <source>%1 (not in the list shown)</source>
        <translation>%1（表示中の一覧にはありません）</translation>
    </message>
    <message>
        <source>(this token)</source>
        <translation>（このトークン）</translation>
    </message>
    <message>
        <source>owner %1</source>
        <translation>所有者 %1</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>「%1」</translation>
    </message>
    <message>
        <source>“%1” (…%2)</source>
        <translation>「%1」（…%2）</translation>
    </message>
    <message>
        <source>Nothing was revoked.</source>
        <translation>何も失効させていません。</translation>
    </message>
    <message>
        <source>Nothing was deactivated.</source>
        <translation>何も無効化していません。</translation>
    </message>
    <message>
        <source>Nothing was reactivated.</source>
        <translation>何も再有効化していません。</translation>
    </message>
    <message>
        <source>Revoke API Keys</source>
        <translation>API キーの失効</translation>
    </message>
    <message>
        <source>Revoked keys stop working at once; this cannot be undone. Any script or integration using them will fail. Deactivate them instead to be able to bring them back.</source>
        <translation>失効したキーは直ちに使用できなくなり、元に戻すことはできません。これらのキーを使用しているスクリプトや連携はすべて失敗します。後で元に戻せるようにするには、代わりに無効化してください。</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Revoke %n Key(s)</source>
        <translation>
            <numerusform>%n 個のキーを失効(&amp;R)</numerusform>
        </translation>
    </message>
    <message>
        <source>Deactivate API Keys</source>
        <translation>API キーの無効化</translation>
    </message>
    <message>
        <source>Anything using these keys stops working until they are reactivated.</source>
        <translation>これらのキーを使用しているものはすべて、再有効化されるまで動作しなくなります。</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Deactivate %n Key(s)</source>
        <translation>
            <numerusform>%n 個のキーを無効化(&amp;D)</numerusform>
        </translation>
    </message>
    <message>
        <source>Reactivate API Keys</source>
        <translation>API キーの再有効化</translation>
    </message>
    <message>
        <source>These keys work again at once: whoever holds their secret can use the portal with them again.</source>
        <translation>これらのキーは直ちに再び使用可能になります: シークレットを持っている人は誰でも、これらのキーで再びポータルを利用できます。</translation>
    </message>
    <message numerus="yes">
        <source>Re&amp;activate %n Key(s)</source>
        <translation>
            <numerusform>%n 個のキーを再有効化(&amp;A)</numerusform>
        </translation>
    </message>
    <message>
        <source>Revoke the Key of This Window?</source>
        <translation>このウィンドウのキーを失効させますか？</translation>
    </message>
    <message>
        <source>Deactivate the Key of This Window?</source>
        <translation>このウィンドウのキーを無効化しますか？</translation>
    </message>
    <message>
        <source>%1 is the token DocSpace Keys is signed in with on %2.</source>
        <translation>%1 は、DocSpace Keys が %2 へのサインインに使用しているトークンです。</translation>
    </message>
    <message>
        <source>After it is revoked, DocSpace Keys loses access to the portal: it can no longer list or revoke keys until you enter another token. Revocation cannot be undone.</source>
        <translation>失効させると、DocSpace Keys はポータルにアクセスできなくなります: 別のトークンを入力するまで、キーの一覧表示や失効ができなくなります。失効は元に戻せません。</translation>
    </message>
    <message>
        <source>While it is deactivated, DocSpace Keys loses access to the portal: it cannot list, revoke or even reactivate keys until you enter another token.</source>
        <translation>無効化している間、DocSpace Keys はポータルにアクセスできなくなります: 別のトークンを入力するまで、キーの一覧表示、失効、さらには再有効化もできません。</translation>
    </message>
    <message>
        <source>Revoke It &amp;Too</source>
        <translation>これも失効させる(&amp;T)</translation>
    </message>
    <message>
        <source>Deactivate It &amp;Too</source>
        <translation>これも無効化する(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Skip My Key</source>
        <translation>自分のキーをスキップ(&amp;S)</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <comment>the first names of a list, then how many others</comment>
        <translation>
            <numerusform>%1 ほか %n 個</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Revoke %n API key(s): %1?</source>
        <translation>
            <numerusform>%n 個の API キー（%1）を失効させますか？</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deactivate %n API key(s): %1?</source>
        <translation>
            <numerusform>%n 個の API キー（%1）を無効化しますか？</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reactivate %n API key(s): %1?</source>
        <translation>
            <numerusform>%n 個の API キー（%1）を再有効化しますか？</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>KeyCreateRequest</name>
    <message>
        <source>New secret key</source>
        <translation>新しいシークレットキー</translation>
    </message>
    <message>
        <source>Give the key a name.</source>
        <translation>キーに名前を付けてください。</translation>
    </message>
    <message numerus="yes">
        <source>The name has %1 characters; the portal allows at most %n.</source>
        <translation>
            <numerusform>名前が %1 文字あります。ポータルで使用できるのは最大 %n 文字です。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The lifetime must be from 1 to %n day(s), or none.</source>
        <translation>
            <numerusform>有効期間は 1～%n 日にするか、なしにする必要があります。</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose at least one permission: a key restricted to nothing would get every permission.</source>
        <translation>権限を少なくとも 1 つ選択してください: 何も制限対象がないキーにはすべての権限が与えられます。</translation>
    </message>
</context>
<context>
    <name>KeyEditRequest</name>
    <message>
        <source>Nothing to change: give a new name, new permissions, or both.</source>
        <translation>変更する内容がありません: 新しい名前、新しい権限、またはその両方を指定してください。</translation>
    </message>
    <message>
        <source>The name cannot be only spaces.</source>
        <translation>名前をスペースだけにすることはできません。</translation>
    </message>
    <message numerus="yes">
        <source>The name has %1 characters; the portal allows at most %n.</source>
        <translation>
            <numerusform>名前が %1 文字あります。ポータルで使用できるのは最大 %n 文字です。</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose at least one permission: an empty list would leave the key unchanged.</source>
        <translation>権限を少なくとも 1 つ選択してください: 空のリストではキーは変更されません。</translation>
    </message>
</context>
<context>
    <name>KeyFormDialog</name>
    <message>
        <source>Create API Key</source>
        <translation>API キーの作成</translation>
    </message>
    <message>
        <source>Edit API Key</source>
        <translation>API キーの編集</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名前(&amp;N):</translation>
    </message>
    <message>
        <source>Permissions:</source>
        <translation>権限:</translation>
    </message>
    <message>
        <source>The key may do everything its owner may: read and change files, rooms, profile and accounts.</source>
        <translation>このキーは、所有者ができることをすべて行えます: ファイル、ルーム、プロファイル、アカウントの読み取りと変更。</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>読み取り</translation>
    </message>
    <message>
        <source>Write</source>
        <translation>書き込み</translation>
    </message>
    <message>
        <source>%1: read</source>
        <translation>%1: 読み取り</translation>
    </message>
    <message>
        <source>%1: write</source>
        <translation>%1: 書き込み</translation>
    </message>
    <message>
        <source>The key may read everything its owner may, and change nothing (scope *:read).</source>
        <translation>このキーは、所有者が読み取れるものをすべて読み取れますが、何も変更できません（スコープ *:read）。</translation>
    </message>
    <message>
        <source>All</source>
        <translation>すべて</translation>
    </message>
    <message>
        <source>Restricted</source>
        <translation>制限あり</translation>
    </message>
    <message>
        <source>Read only</source>
        <translation>読み取り専用</translation>
    </message>
    <message>
        <source>&amp;Expires after</source>
        <translation>有効期限(&amp;E)</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 日</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>作成(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Give the key a name.</source>
        <translation>キーに名前を付けてください。</translation>
    </message>
    <message>
        <source>Nothing changed yet.</source>
        <translation>まだ何も変更されていません。</translation>
    </message>
</context>
<context>
    <name>KeyId</name>
    <message>
        <source>Enter the id of the key to revoke (a UUID such as 3f2b6c1e-8a4d-4e9b-9c71-2d5e8f0a1b23).</source>
        <translation>失効させるキーの ID を入力してください（3f2b6c1e-8a4d-4e9b-9c71-2d5e8f0a1b23 のような UUID）。</translation>
    </message>
    <message>
        <source>This looks like a key&apos;s secret, not its id. Enter the key&apos;s UUID.</source>
        <translation>これはキーの ID ではなく、キーのシークレットのようです。キーの UUID を入力してください。</translation>
    </message>
    <message>
        <source>A key id is a UUID of 32 hexadecimal digits in groups 8-4-4-4-12, for example 3f2b6c1e-8a4d-4e9b-9c71-2d5e8f0a1b23.</source>
        <translation>キー ID は、8-4-4-4-12 のグループに分かれた 32 桁の 16 進数からなる UUID です（例: 3f2b6c1e-8a4d-4e9b-9c71-2d5e8f0a1b23）。</translation>
    </message>
</context>
<context>
    <name>KeyIdList</name>
    <message>
        <source>No key id on this line.</source>
        <translation>この行にはキー ID がありません。</translation>
    </message>
</context>
<context>
    <name>KeyListModel</name>
    <message>
        <source>active</source>
        <translation>有効</translation>
    </message>
    <message>
        <source>deactivated</source>
        <translation>無効化済み</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>期限切れ</translation>
    </message>
    <message>
        <source>All</source>
        <translation>すべて</translation>
    </message>
    <message>
        <source>Read only</source>
        <translation>読み取り専用</translation>
    </message>
    <message>
        <source>never</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>%1 (this token)</source>
        <translation>%1（このトークン）</translation>
    </message>
    <message>
        <source>revoked</source>
        <translation>失効済み</translation>
    </message>
    <message>
        <source>%1
Id: %2
The token this window signs in with: revoking or deactivating it cuts DocSpace Keys off from the portal.</source>
        <translation>%1
ID: %2
このウィンドウのサインインに使用しているトークンです: 失効または無効化すると、DocSpace Keys はポータルに接続できなくなります。</translation>
    </message>
    <message>
        <source>%1
Id: %2</source>
        <translation>%1
ID: %2</translation>
    </message>
    <message>
        <source>Never used</source>
        <translation>未使用</translation>
    </message>
    <message>
        <source>Never expires</source>
        <translation>無期限</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>キー</translation>
    </message>
    <message>
        <source>Created by</source>
        <translation>作成者</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>作成日時</translation>
    </message>
    <message>
        <source>Last used</source>
        <translation>最終使用</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>有効期限</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Permissions</source>
        <translation>権限</translation>
    </message>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <translation>
            <numerusform>%n 日後</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n hour(s)</source>
        <translation>
            <numerusform>%n 時間後</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n minute(s)</source>
        <translation>
            <numerusform>%n 分後</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>expired %n day(s) ago</source>
        <translation>
            <numerusform>%n 日前に期限切れ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>expired %n hour(s) ago</source>
        <translation>
            <numerusform>%n 時間前に期限切れ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>expired %n minute(s) ago</source>
        <translation>
            <numerusform>%n 分前に期限切れ</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>KeyPermissions</name>
    <message>
        <source>Files</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <source>Rooms</source>
        <translation>ルーム</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>プロファイル</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>アカウント</translation>
    </message>
    <message numerus="yes">
        <source>This portal does not offer the permission(s) %1 (it offers: %2).</source>
        <translation>
            <numerusform>このポータルは権限 %1 を提供していません（提供している権限: %2）。</numerusform>
        </translation>
    </message>
    <message>
        <source>All</source>
        <translation>すべて</translation>
    </message>
    <message>
        <source>Read only</source>
        <translation>読み取り専用</translation>
    </message>
    <message>
        <source>Restricted</source>
        <translation>制限あり</translation>
    </message>
    <message>
        <source>All: every resource, read and write.</source>
        <translation>すべて: すべてのリソースの読み取りと書き込み。</translation>
    </message>
    <message>
        <source>Read only: every resource, read (scope *:read).</source>
        <translation>読み取り専用: すべてのリソースの読み取り（スコープ *:read）。</translation>
    </message>
    <message>
        <source>%1: read</source>
        <translation>%1: 読み取り</translation>
    </message>
    <message>
        <source>%1: read and write</source>
        <translation>%1: 読み取りと書き込み</translation>
    </message>
    <message>
        <source>every resource: read</source>
        <translation>すべてのリソース: 読み取り</translation>
    </message>
    <message>
        <source>every resource: write</source>
        <translation>すべてのリソース: 書き込み</translation>
    </message>
    <message>
        <source>Restricted: nothing chosen.</source>
        <translation>制限あり: 何も選択されていません。</translation>
    </message>
    <message>
        <source>Restricted: %1 (scopes %2).</source>
        <translation>制限あり: %1（スコープ %2）。</translation>
    </message>
    <message>
        <source>Invalid permission &quot;%1&quot;: give all, read-only, or a comma-separated list of files, rooms, profile or accounts, each with :read or :write (e.g. files:write,rooms:read).</source>
        <translation>権限「%1」は無効です: all、read-only、または files、rooms、profile、accounts のそれぞれに :read か :write を付けたコンマ区切りのリスト（例: files:write,rooms:read）を指定してください。</translation>
    </message>
    <message>
        <source>No permission given: a key restricted to nothing would get every permission. Give all, read-only, or e.g. files:read.</source>
        <translation>権限が指定されていません: 何も制限対象がないキーにはすべての権限が与えられます。all、read-only、または files:read などを指定してください。</translation>
    </message>
</context>
<context>
    <name>KeyUsage</name>
    <message>
        <source>Not used in the last N days, counted from the last use, or from the creation for a key never used: a key created less than N days ago is not unused yet.</source>
        <translation>過去 N 日間使用されていません。最後の使用から数え、一度も使用されていないキーは作成時から数えます: 作成から N 日未満のキーはまだ未使用とは見なされません。</translation>
    </message>
    <message numerus="yes">
        <source>Not used in the last %n day(s)</source>
        <translation>
            <numerusform>過去 %n 日間使用されていません</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>KeychainSecretStore</name>
    <message>
        <source>this build has no keychain support</source>
        <translation>このビルドはキーチェーンに対応していません</translation>
    </message>
    <message>
        <source>memory only, until DocSpace Keys closes (no system keychain: %1)</source>
        <translation>メモリ内のみ（DocSpace Keys を閉じるまで。システムのキーチェーンなし: %1）</translation>
    </message>
    <message>
        <source>the system keychain</source>
        <translation>システムのキーチェーン</translation>
    </message>
    <message>
        <source>The keychain did not give the token: %1</source>
        <translation>キーチェーンからトークンを取得できませんでした: %1</translation>
    </message>
    <message>
        <source>The keychain did not store the token: %1</source>
        <translation>キーチェーンにトークンを保存できませんでした: %1</translation>
    </message>
    <message>
        <source>The keychain did not delete the token: %1</source>
        <translation>キーチェーンからトークンを削除できませんでした: %1</translation>
    </message>
</context>
<context>
    <name>KeysView</name>
    <message>
        <source>Filter by name, creator, ending or id</source>
        <translation>名前、作成者、末尾、ID で絞り込み</translation>
    </message>
    <message>
        <source>Filter keys</source>
        <translation>キーの絞り込み</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>期限切れ</translation>
    </message>
    <message>
        <source>Only keys past their expiry date</source>
        <translation>有効期限を過ぎたキーのみ</translation>
    </message>
    <message>
        <source>Deactivated</source>
        <translation>無効化済み</translation>
    </message>
    <message>
        <source>Only deactivated keys</source>
        <translation>無効化されたキーのみ</translation>
    </message>
    <message>
        <source>Never used</source>
        <translation>未使用</translation>
    </message>
    <message>
        <source>Only keys never used</source>
        <translation>一度も使用されていないキーのみ</translation>
    </message>
    <message>
        <source>Unused for</source>
        <translation>未使用期間</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 日</translation>
    </message>
    <message>
        <source>Days unused</source>
        <translation>未使用日数</translation>
    </message>
    <message>
        <source>Created by me</source>
        <translation>自分が作成</translation>
    </message>
    <message>
        <source>Only keys created by the user the token signs in as</source>
        <translation>トークンのサインイン先のユーザーが作成したキーのみ</translation>
    </message>
    <message>
        <source>Read the portal&apos;s keys again (F5); nothing is changed</source>
        <translation>ポータルのキーを再読み込みします (F5)。何も変更されません</translation>
    </message>
    <message>
        <source>API keys</source>
        <translation>API キー</translation>
    </message>
    <message>
        <source>Re&amp;voke Selected…</source>
        <translation>選択したキーを失効(&amp;V)…</translation>
    </message>
    <message>
        <source>Revoke the selected keys after a confirmation (Delete)</source>
        <translation>確認の後、選択したキーを失効させます (Delete)</translation>
    </message>
    <message>
        <source>&amp;Deactivate</source>
        <translation>無効化(&amp;D)</translation>
    </message>
    <message>
        <source>Stop the selected keys from working, reversibly: Reactivate brings them back</source>
        <translation>選択したキーを一時的に使用できないようにします。[再有効化] で元に戻せます</translation>
    </message>
    <message>
        <source>Reactiv&amp;ate</source>
        <translation>再有効化(&amp;A)</translation>
    </message>
    <message>
        <source>Let the selected deactivated keys work again</source>
        <translation>選択した無効化済みのキーを再び使用できるようにします</translation>
    </message>
    <message>
        <source>Paste a list of key ids (or a CSV export) and revoke them</source>
        <translation>キー ID の一覧（または CSV エクスポート）を貼り付けて失効させます</translation>
    </message>
    <message>
        <source>&amp;Copy Id</source>
        <translation>ID をコピー(&amp;C)</translation>
    </message>
    <message>
        <source>Re&amp;voke…</source>
        <translation>失効(&amp;V)…</translation>
    </message>
    <message>
        <source>Enter the portal address and an access token first.</source>
        <translation>まずポータルのアドレスとアクセストークンを入力してください。</translation>
    </message>
    <message>
        <source>Loading keys from %1…</source>
        <translation>%1 からキーを読み込んでいます…</translation>
    </message>
    <message>
        <source>Read %1 keys from %2.</source>
        <translation>%2 から %1 個のキーを読み込みました。</translation>
    </message>
    <message>
        <source>Press Refresh (F5) to list the portal&apos;s keys.</source>
        <translation>ポータルのキーを一覧表示するには [更新] (F5) を押してください。</translation>
    </message>
    <message>
        <source>%1 of %2 keys</source>
        <translation>%2 個中 %1 個のキー</translation>
    </message>
    <message>
        <source>Known once the keys are read or the connection is tested</source>
        <translation>キーの読み込みまたは接続テストの後に判明します</translation>
    </message>
    <message>
        <source>Cancelling: requests already sent finish, nothing more is sent.</source>
        <translation>キャンセルしています: 送信済みのリクエストは完了し、これ以上は送信しません。</translation>
    </message>
    <message>
        <source>%1 (%2 s)</source>
        <translation>%1（%2 秒）</translation>
    </message>
    <message>
        <source>The keys could not be read: %1. %2</source>
        <translation>キーを読み込めませんでした: %1。%2</translation>
    </message>
    <message>
        <source>Keys of %1:</source>
        <translation>%1 のキー:</translation>
    </message>
    <message>
        <source>Keys of %1 (profile “%2”):</source>
        <translation>%1 のキー（プロファイル「%2」）:</translation>
    </message>
    <message>
        <source>The list shown was read from another portal or with another token. Press Refresh to read the keys of this one.</source>
        <translation>表示中の一覧は、別のポータルから、または別のトークンで読み取ったものです。このポータルのキーを読み取るには［更新］を押してください。</translation>
    </message>
    <message numerus="yes">
        <source>%n key(s)</source>
        <translation>
            <numerusform>%n 個のキー</numerusform>
        </translation>
    </message>
    <message>
        <source>Deact&amp;ivate</source>
        <translation>無効化(&amp;I)</translation>
    </message>
    <message>
        <source>Revoke &amp;by Paste…</source>
        <translation>貼り付けて失効(&amp;B)…</translation>
    </message>
    <message numerus="yes">
        <source>Copied %n key id(s): %1.</source>
        <translation>
            <numerusform>%n 個のキー ID をコピーしました: %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>更新(&amp;R)</translation>
    </message>
    <message>
        <source>Re&amp;activate</source>
        <translation>再有効化(&amp;A)</translation>
    </message>
</context>
<context>
    <name>LeakedSecretDialog</name>
    <message>
        <source>&amp;Find Keys</source>
        <translation>キーを検索(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Revoke Selected…</source>
        <translation>選択したキーを失効(&amp;R)…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <source>Revoke Leaked Secret</source>
        <translation>漏洩したシークレットの失効</translation>
    </message>
    <message>
        <source>Paste a leaked secret (sk-…), or any text that holds some: a log, a diff, a chat export. Only the secrets are taken out of it; they stay in this window&apos;s memory until it closes. Each is looked up on the portal, and revoked with your own token once you have chosen it.</source>
        <translation>漏洩したシークレット（sk-…）、またはシークレットを含む任意のテキスト（ログ、diff、チャットのエクスポートなど）を貼り付けてください。取り出されるのはシークレットのみで、このウィンドウを閉じるまでウィンドウのメモリ内にのみ保持されます。各シークレットはポータルで照会され、選択すると、あなた自身のトークンで失効させます。</translation>
    </message>
    <message>
        <source>sk-… or a whole block of text</source>
        <translation>sk-… またはテキスト全体</translation>
    </message>
    <message>
        <source>Text holding the leaked secrets</source>
        <translation>漏洩したシークレットを含むテキスト</translation>
    </message>
    <message>
        <source>No API-key secret found. A DocSpace secret is sk- followed by 64 lower-case hexadecimal digits on one line; check that the paste is complete.</source>
        <translation>API キーのシークレットが見つかりません。DocSpace のシークレットは、sk- の後に小文字の 16 進数 64 桁が 1 行で続くものです。貼り付けた内容が完全であることを確認してください。</translation>
    </message>
    <message numerus="yes">
        <source>Found %n secret(s). The pasted text was cleared from this window.</source>
        <translation>
            <numerusform>%n 個のシークレットが見つかりました。貼り付けたテキストはこのウィンドウから消去されました。</numerusform>
        </translation>
    </message>
    <message>
        <source>Asking the portal which key this is…</source>
        <translation>これがどのキーかをポータルに問い合わせています…</translation>
    </message>
    <message>
        <source>active</source>
        <translation>有効</translation>
    </message>
    <message>
        <source>deactivated</source>
        <translation>無効化済み</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>期限切れ</translation>
    </message>
    <message>
        <source>“%1”, owner %2, ending %3, %4</source>
        <translation>「%1」、所有者 %2、末尾 %3、%4</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>不明</translation>
    </message>
    <message>
        <source>Key:</source>
        <translation>キー:</translation>
    </message>
    <message>
        <source>Owner:</source>
        <translation>所有者:</translation>
    </message>
    <message>
        <source>Scopes:</source>
        <translation>スコープ:</translation>
    </message>
    <message>
        <source>all (unrestricted)</source>
        <translation>すべて（制限なし）</translation>
    </message>
    <message>
        <source>Expires:</source>
        <translation>有効期限:</translation>
    </message>
    <message>
        <source>never</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>Ending:</source>
        <translation>末尾:</translation>
    </message>
    <message>
        <source>Id:</source>
        <translation>ID:</translation>
    </message>
    <message>
        <source>Revoke this key</source>
        <translation>このキーを失効させる</translation>
    </message>
    <message>
        <source>Revoke %1</source>
        <translation>%1 を失効させる</translation>
    </message>
    <message>
        <source>Identified by the portal: this secret belongs to this key.</source>
        <translation>ポータルにより特定されました: このシークレットはこのキーのものです。</translation>
    </message>
    <message>
        <source>No longer works.</source>
        <translation>すでに使用できません。</translation>
    </message>
    <message>
        <source>Not identified.</source>
        <translation>特定できませんでした。</translation>
    </message>
    <message>
        <source>None of the keys you can see ends in %1: nothing to revoke.</source>
        <translation>参照できるキーの中に、末尾が %1 のキーはありません: 失効させるものはありません。</translation>
    </message>
    <message>
        <source>Your keys ending in %1. The ending alone does not prove which key leaked: tick one only if you know it is the one.</source>
        <translation>末尾が %1 のあなたのキーです。末尾だけでは、どのキーが漏洩したかは証明できません: 該当するキーであると確信できる場合にのみチェックを入れてください。</translation>
    </message>
    <message>
        <source>They are revoked with your own token, not with the leaked secret.</source>
        <translation>漏洩したシークレットではなく、あなた自身のトークンで失効させます。</translation>
    </message>
    <message>
        <source>They are revoked with the token of profile “%1”, not with the leaked secret.</source>
        <translation>漏洩したシークレットではなく、プロファイル「%1」のトークンで失効させます。</translation>
    </message>
    <message>
        <source>Revoked: %1.</source>
        <translation>失効済み: %1。</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Revoke %n Key(s)…</source>
        <translation>
            <numerusform>%n 個のキーを失効(&amp;R)…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LifecycleActions</name>
    <message>
        <source>&amp;Keys</source>
        <translation>キー(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Create Key…</source>
        <translation>キーを作成(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Edit Selected Key…</source>
        <translation>選択したキーを編集(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Rotate Selected Keys…</source>
        <translation>選択したキーをローテーション(&amp;R)…</translation>
    </message>
    <message>
        <source>Retire Selected Keys in &amp;Stages…</source>
        <translation>選択したキーを段階的に廃止(&amp;S)…</translation>
    </message>
    <message>
        <source>Retirement &amp;Plan</source>
        <translation>廃止計画(&amp;P)</translation>
    </message>
    <message>
        <source>Keys of &amp;All Portals</source>
        <translation>すべてのポータルのキー(&amp;A)</translation>
    </message>
    <message>
        <source>Create API Key</source>
        <translation>API キーの作成</translation>
    </message>
    <message>
        <source>Choose a profile or enter the portal address and token first.</source>
        <translation>まずプロファイルを選択するか、ポータルのアドレスとトークンを入力してください。</translation>
    </message>
    <message>
        <source>Creating “%1”…</source>
        <translation>「%1」を作成しています…</translation>
    </message>
    <message>
        <source>Key Not Created</source>
        <translation>キーは作成されませんでした</translation>
    </message>
    <message>
        <source>The portal said: %1</source>
        <translation>ポータルからのメッセージ: %1</translation>
    </message>
    <message>
        <source>Created “%1” (…%2).</source>
        <translation>「%1」（…%2）を作成しました。</translation>
    </message>
    <message>
        <source>Edit API Key</source>
        <translation>API キーの編集</translation>
    </message>
    <message>
        <source>Select one key in the list to edit it.</source>
        <translation>編集するキーを一覧で 1 つ選択してください。</translation>
    </message>
    <message>
        <source>Restrict Your Own Key?</source>
        <translation>自分のキーを制限しますか？</translation>
    </message>
    <message>
        <source>Without *:write it can no longer change or revoke keys, and this window loses that too.</source>
        <translation>*:write がないと、このキーではキーの変更や失効ができなくなり、このウィンドウでもできなくなります。</translation>
    </message>
    <message>
        <source>Restrict It &amp;Anyway</source>
        <translation>それでも制限する(&amp;A)</translation>
    </message>
    <message>
        <source>“%1”: %2</source>
        <translation>「%1」: %2</translation>
    </message>
    <message>
        <source>Key Not Changed</source>
        <translation>キーは変更されませんでした</translation>
    </message>
    <message>
        <source>Rotate Keys</source>
        <translation>キーのローテーション</translation>
    </message>
    <message>
        <source>Select the keys to rotate in the list.</source>
        <translation>ローテーションするキーを一覧で選択してください。</translation>
    </message>
    <message numerus="yes">
        <source>Create a replacement for %n key(s)?</source>
        <translation>
            <numerusform>%n 個のキーの代替キーを作成しますか？</numerusform>
        </translation>
    </message>
    <message>
        <source>%1

Each replacement gets the same name with “ (rotated)”, the same permissions and the same lifetime. The old keys keep working until you confirm their revocation after the new secrets are shown.</source>
        <translation>%1

各代替キーには、同じ名前に「 (rotated)」を付けた名前と、同じ権限、同じ有効期間が設定されます。新しいシークレットが表示された後で失効を確認するまで、古いキーは引き続き使用できます。</translation>
    </message>
    <message>
        <source>&amp;Create Replacements</source>
        <translation>代替キーを作成(&amp;C)</translation>
    </message>
    <message numerus="yes">
        <source>Creating %n replacement(s)…</source>
        <translation>
            <numerusform>%n 個の代替キーを作成しています…</numerusform>
        </translation>
    </message>
    <message>
        <source>Rotation Stopped</source>
        <translation>ローテーションを中止しました</translation>
    </message>
    <message>
        <source>A replacement could not be created, so no old key was revoked.</source>
        <translation>代替キーを作成できなかったため、古いキーは失効させていません。</translation>
    </message>
    <message numerus="yes">
        <source>%n replacement(s) created; the old keys still work until you confirm their revocation.</source>
        <translation>
            <numerusform>%n 個の代替キーを作成しました。失効を確認するまで、古いキーは引き続き使用できます。</numerusform>
        </translation>
    </message>
    <message>
        <source>Rotation stopped: a replacement could not be created.</source>
        <translation>ローテーションを中止しました: 代替キーを作成できませんでした。</translation>
    </message>
    <message>
        <source>Old keys not revoked: they and their replacements all work.</source>
        <translation>古いキーは失効させていません: 古いキーも代替キーもすべて有効です。</translation>
    </message>
    <message numerus="yes">
        <source>Rotated %n key(s): the old ones are revoked.</source>
        <translation>
            <numerusform>%n 個のキーをローテーションしました: 古いキーは失効済みです。</numerusform>
        </translation>
    </message>
    <message>
        <source>Old Keys Still Work</source>
        <translation>古いキーはまだ有効です</translation>
    </message>
    <message numerus="yes">
        <source>%n old key(s) could not be revoked and still work:</source>
        <translation>
            <numerusform>古いキー %n 個を失効させられず、まだ有効です:</numerusform>
        </translation>
    </message>
    <message>
        <source>Retire Keys</source>
        <translation>キーの廃止</translation>
    </message>
    <message>
        <source>Select the keys to retire in the list.</source>
        <translation>廃止するキーを一覧で選択してください。</translation>
    </message>
    <message>
        <source>Retire Keys in Stages</source>
        <translation>キーの段階的な廃止</translation>
    </message>
    <message numerus="yes">
        <source>%n key(s) are deactivated now and revoked after this many days, unless someone reactivates them meanwhile:</source>
        <translation>
            <numerusform>%n 個のキーを今すぐ無効化し、その間に誰かが再有効化しない限り、次の日数の経過後に失効させます:</numerusform>
        </translation>
    </message>
    <message>
        <source>Plan Not Saved</source>
        <translation>計画は保存されませんでした</translation>
    </message>
    <message>
        <source>The keys were deactivated, but the plan could not be saved.</source>
        <translation>キーは無効化しましたが、計画を保存できませんでした。</translation>
    </message>
    <message>
        <source>Some Keys Not Retired</source>
        <translation>一部のキーは廃止されませんでした</translation>
    </message>
    <message numerus="yes">
        <source>%n key(s) could not be deactivated and are not in the plan; the status panel and History say why.</source>
        <translation>
            <numerusform>%n 個のキーを無効化できなかったため、計画に含まれていません。理由はステータスパネルと履歴に表示されます。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n key(s) deactivated; see Keys ▸ Retirement Plan.</source>
        <translation>
            <numerusform>%n 個のキーを無効化しました。［キー］▸［廃止計画］を参照してください。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Retirement plan: %n due key(s) handled.</source>
        <translation>
            <numerusform>廃止計画: 期限の来た %n 個のキーを処理しました。</numerusform>
        </translation>
    </message>
    <message>
        <source>Every replacement was created; these are the old keys. Until they are revoked, the old keys and their replacements all work.</source>
        <translation>すべての代替キーを作成しました。これらは古いキーです。失効させるまでは、古いキーも代替キーもすべて有効です。</translation>
    </message>
    <message>
        <source>Kept as you chose, beside its replacement: %1. Switch the profile to the replacement before revoking it.</source>
        <translation>選択どおり、代替キーと並べて残しました: %1。失効させる前に、プロファイルを代替キーに切り替えてください。</translation>
    </message>
    <message numerus="yes">
        <source>%n revoked</source>
        <translation>
            <numerusform>%n 個を失効させました</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n left alone (active again)</source>
        <translation>
            <numerusform>%n 個はそのままにしました（再び有効になっていたため）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already gone</source>
        <translation>
            <numerusform>%n 個はすでに存在しません</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n still pending (not revoked; tried again next time)</source>
        <translation>
            <numerusform>%n 個は保留中です（失効させていません。次回再試行します）</numerusform>
        </translation>
    </message>
    <message>
        <source>nothing was due</source>
        <translation>期限の来たものはありませんでした</translation>
    </message>
    <message>
        <source>%1 (profile “%2”)</source>
        <translation>%1（プロファイル「%2」）</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n key(s)</source>
        <translation>
            <numerusform>%1: %n 個のキー</numerusform>
        </translation>
    </message>
    <message>
        <source>Retirement Plan: Other Portals</source>
        <translation>廃止計画: 他のポータル</translation>
    </message>
    <message numerus="yes">
        <source>%n planned revocation(s) are due on portals other than this one.</source>
        <translation>
            <numerusform>このポータル以外のポータルで、計画された %n 件の失効の期限が来ています。</numerusform>
        </translation>
    </message>
    <message>
        <source>Each is revoked with its saved profile&apos;s token, unless it was reactivated meanwhile (then it is left alone). This cannot be undone.</source>
        <translation>それぞれ保存済みプロファイルのトークンで失効させます。ただし、その間に再有効化されたものはそのままにします。この操作は元に戻せません。</translation>
    </message>
    <message>
        <source>&amp;Carry Out on All Portals</source>
        <translation>すべてのポータルで実行(&amp;C)</translation>
    </message>
    <message>
        <source>Retirement plan: the other portals&apos; due keys wait for the next time.</source>
        <translation>廃止計画: 他のポータルの期限の来たキーは次回まで待機します。</translation>
    </message>
    <message>
        <source>Retirement Plan Carried Out</source>
        <translation>廃止計画を実行しました</translation>
    </message>
    <message>
        <source>What was due on the other portals:</source>
        <translation>他のポータルで期限が来ていたもの:</translation>
    </message>
    <message>
        <source>%1: not carried out: no saved profile for this portal; open it in the window or run “docspace-keys-cli retire --due --portal %2”.</source>
        <translation>%1: 実行されませんでした: このポータルの保存済みプロファイルがありません。ウィンドウで開くか、「docspace-keys-cli retire --due --portal %2」を実行してください。</translation>
    </message>
    <message>
        <source>%1: not carried out: no saved token (%2).</source>
        <translation>%1: 実行されませんでした: トークンが保存されていません（%2）。</translation>
    </message>
    <message>
        <source>%1: not carried out: %2</source>
        <translation>%1: 実行されませんでした: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>They are revoked after %n day(s) unless someone reactivates them meanwhile (Keys ▸ Retirement Plan).</source>
        <translation>
            <numerusform>その間に誰かが再有効化しない限り、%n 日後に失効させます（［キー］▸［廃止計画］）。</numerusform>
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
        <translation>設定の問題</translation>
    </message>
    <message>
        <source>Keychain unavailable</source>
        <translation>キーチェーンを利用できません</translation>
    </message>
    <message>
        <source>Revoke API keys of an ONLYOFFICE DocSpace portal: by id, or pick them from the portal&apos;s list. A revoked key stops working at once; this cannot be undone.</source>
        <translation>ONLYOFFICE DocSpace ポータルの API キーを失効させます: ID で指定するか、一覧から選択します。失効したキーは直ちに使えなくなり、元に戻せません。</translation>
    </message>
    <message>
        <source>Saved portals: choosing one fills in its address, scheme and token</source>
        <translation>保存済みのポータル: 選択すると、そのアドレス、認証方式、トークンが入力されます</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>プロファイル</translation>
    </message>
    <message>
        <source>The saved portal to use. Choosing one fills in its address, authentication scheme and token.</source>
        <translation>使用する保存済みのポータル。選択すると、そのアドレス、認証方式、トークンが入力されます。</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>新規(&amp;N)…</translation>
    </message>
    <message>
        <source>Save a portal as a new profile</source>
        <translation>ポータルを新しいプロファイルとして保存します</translation>
    </message>
    <message>
        <source>New profile</source>
        <translation>新しいプロファイル</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>編集(&amp;E)…</translation>
    </message>
    <message>
        <source>Edit every setting of this profile</source>
        <translation>このプロファイルのすべての設定を編集します</translation>
    </message>
    <message>
        <source>Edit profile</source>
        <translation>プロファイルの編集</translation>
    </message>
    <message>
        <source>&amp;More</source>
        <translation>その他(&amp;M)</translation>
    </message>
    <message>
        <source>Duplicate, rename or delete this profile</source>
        <translation>このプロファイルの複製、名前の変更、削除</translation>
    </message>
    <message>
        <source>More profile actions</source>
        <translation>その他のプロファイル操作</translation>
    </message>
    <message>
        <source>&amp;Save to Profile</source>
        <translation>プロファイルに保存(&amp;S)</translation>
    </message>
    <message>
        <source>Save the portal address, scheme and token into this profile (Ctrl+S)</source>
        <translation>ポータルのアドレス、認証方式、トークンをこのプロファイルに保存します (Ctrl+S)</translation>
    </message>
    <message>
        <source>Go back to the profile&apos;s saved address, scheme and token</source>
        <translation>プロファイルに保存されているアドレス、認証方式、トークンに戻します</translation>
    </message>
    <message>
        <source>https://portal.example.com</source>
        <translation>https://portal.example.com</translation>
    </message>
    <message>
        <source>The address of your DocSpace portal, as you open it in a browser</source>
        <translation>ブラウザーで開くときと同じ、DocSpace ポータルのアドレス</translation>
    </message>
    <message>
        <source>Portal address</source>
        <translation>ポータルのアドレス</translation>
    </message>
    <message>
        <source>The address of the DocSpace portal, for example https://portal.example.com</source>
        <translation>DocSpace ポータルのアドレス（例: https://portal.example.com）</translation>
    </message>
    <message>
        <source>Portal address problem</source>
        <translation>ポータルのアドレスの問題</translation>
    </message>
    <message>
        <source>Allow unencrypted HTTP</source>
        <translation>暗号化されていない HTTP を許可</translation>
    </message>
    <message>
        <source>The portal address uses plain HTTP to another machine. Anyone on the network path can read the access token. Tick only if you accept that risk.</source>
        <translation>ポータルのアドレスは、別のコンピューターへの平文の HTTP を使用しています。ネットワーク経路上の誰もがアクセストークンを読み取れます。このリスクを受け入れる場合にのみオンにしてください。</translation>
    </message>
    <message>
        <source>sk-… API key with the *:write scope, or a session token</source>
        <translation>*:write スコープを持つ sk-… API キー、またはセッショントークン</translation>
    </message>
    <message>
        <source>Saved only in the system keychain, with its profile; never in a file, never logged</source>
        <translation>プロファイルと共にシステムのキーチェーンにのみ保存されます。ファイルに保存されることも、ログに記録されることもありません</translation>
    </message>
    <message>
        <source>Access token</source>
        <translation>アクセストークン</translation>
    </message>
    <message>
        <source>An API key with write access to keys, or a session token of an administrator. It is never written to a file.</source>
        <translation>キーへの書き込み権限を持つ API キー、または管理者のセッショントークン。ファイルに書き込まれることはありません。</translation>
    </message>
    <message>
        <source>Access token problem</source>
        <translation>アクセストークンの問題</translation>
    </message>
    <message>
        <source>Auto sends tokens starting with sk- as API keys and anything else as a session token</source>
        <translation>[自動] では、sk- で始まるトークンは API キーとして、それ以外はセッショントークンとして送信されます</translation>
    </message>
    <message>
        <source>Authentication scheme</source>
        <translation>認証方式</translation>
    </message>
    <message>
        <source>How the token is sent to the portal. Auto decides from the token.</source>
        <translation>トークンをポータルに送信する方法。[自動] ではトークンから判断します。</translation>
    </message>
    <message>
        <source>Auto</source>
        <translation>自動</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API キー</translation>
    </message>
    <message>
        <source>Session token</source>
        <translation>セッショントークン</translation>
    </message>
    <message>
        <source>e.g. 3f2504e0-4f89-11d3-9a0c-0305e82c3301</source>
        <translation>例: 3f2504e0-4f89-11d3-9a0c-0305e82c3301</translation>
    </message>
    <message>
        <source>The id (a UUID) of the API key to revoke, as listed under Developer Tools ▸ API keys</source>
        <translation>失効させる API キーの ID（UUID）。[開発者ツール] ▸ [API キー] に表示されているものです</translation>
    </message>
    <message>
        <source>Key id</source>
        <translation>キー ID</translation>
    </message>
    <message>
        <source>The id of the API key to revoke, a UUID</source>
        <translation>失効させる API キーの ID（UUID）</translation>
    </message>
    <message>
        <source>Key id problem</source>
        <translation>キー ID の問題</translation>
    </message>
    <message>
        <source>Request in progress</source>
        <translation>リクエストを処理中</translation>
    </message>
    <message>
        <source>&amp;Test Connection</source>
        <translation>接続テスト(&amp;T)</translation>
    </message>
    <message>
        <source>Sign in with this token and show who it is and what it may do; nothing is changed</source>
        <translation>このトークンでサインインし、誰として何ができるかを表示します。何も変更されません</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>接続テスト</translation>
    </message>
    <message>
        <source>Signs in to the portal with the token and reports the user, role and key, without changing anything</source>
        <translation>トークンでポータルにサインインし、何も変更せずにユーザー、ロール、キーを報告します</translation>
    </message>
    <message>
        <source>Revoke the key (Ctrl+Return)</source>
        <translation>キーを失効させます (Ctrl+Return)</translation>
    </message>
    <message>
        <source>Revoke key</source>
        <translation>キーを失効</translation>
    </message>
    <message>
        <source>Asks for confirmation, then revokes the API key on the portal</source>
        <translation>確認の後、ポータル上の API キーを失効させます</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Stop the request in progress (Esc)</source>
        <translation>処理中のリクエストを中止します (Esc)</translation>
    </message>
    <message>
        <source>Cancel request</source>
        <translation>リクエストのキャンセル</translation>
    </message>
    <message>
        <source>Stops the request in progress</source>
        <translation>処理中のリクエストを中止します</translation>
    </message>
    <message>
        <source>Connection test result</source>
        <translation>接続テストの結果</translation>
    </message>
    <message>
        <source>Portal keys</source>
        <translation>ポータルのキー</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Profile</source>
        <translation>プロファイル(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Import Profiles…</source>
        <translation>プロファイルのインポート(&amp;I)…</translation>
    </message>
    <message>
        <source>Add the profiles of a JSON file shared by a colleague</source>
        <translation>同僚が共有した JSON ファイルのプロファイルを追加します</translation>
    </message>
    <message>
        <source>&amp;Export Profiles…</source>
        <translation>プロファイルのエクスポート(&amp;E)…</translation>
    </message>
    <message>
        <source>Save the profiles as JSON to share them; tokens are never exported</source>
        <translation>共有用にプロファイルを JSON として保存します。トークンがエクスポートされることはありません</translation>
    </message>
    <message>
        <source>&amp;New Profile…</source>
        <translation>新しいプロファイル(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Edit Profile…</source>
        <translation>プロファイルの編集(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Duplicate Profile</source>
        <translation>プロファイルの複製(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Rename Profile…</source>
        <translation>プロファイル名の変更(&amp;R)…</translation>
    </message>
    <message>
        <source>De&amp;lete Profile…</source>
        <translation>プロファイルの削除(&amp;L)…</translation>
    </message>
    <message>
        <source>&amp;Save Changes to Profile</source>
        <translation>変更をプロファイルに保存(&amp;S)</translation>
    </message>
    <message>
        <source>Re&amp;vert Changes</source>
        <translation>変更を元に戻す(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;About DocSpace Keys</source>
        <translation>DocSpace Keys について(&amp;A)</translation>
    </message>
    <message>
        <source>Tokens starting with sk- are sent as API keys, anything else as a session token</source>
        <translation>sk- で始まるトークンは API キーとして、それ以外はセッショントークンとして送信されます</translation>
    </message>
    <message>
        <source>Sent as it is, like the token from signing in to the portal</source>
        <translation>ポータルへのサインインで得られるトークンと同様に、そのまま送信されます</translation>
    </message>
    <message>
        <source>Cannot Connect</source>
        <translation>接続できません</translation>
    </message>
    <message>
        <source>The profile&apos;s connection settings cannot be used.</source>
        <translation>プロファイルの接続設定を使用できません。</translation>
    </message>
    <message>
        <source>Testing the connection to %1…</source>
        <translation>%1 への接続をテストしています…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>キャンセルしています…</translation>
    </message>
    <message>
        <source>Saving the token…</source>
        <translation>トークンを保存しています…</translation>
    </message>
    <message>
        <source>Enter the access token: an API key with the *:write scope (sk-…) or a session token of an administrator.</source>
        <translation>アクセストークンを入力してください: *:write スコープを持つ API キー（sk-…）または管理者のセッショントークンです。</translation>
    </message>
    <message>
        <source>This token will be sent as an API key.</source>
        <translation>このトークンは API キーとして送信されます。</translation>
    </message>
    <message>
        <source>This token will be sent as a session token.</source>
        <translation>このトークンはセッショントークンとして送信されます。</translation>
    </message>
    <message>
        <source>Enter the portal address above to list its keys.</source>
        <translation>キーを一覧表示するには、上でポータルのアドレスを入力してください。</translation>
    </message>
    <message>
        <source>Enter an access token above to list the portal&apos;s keys.</source>
        <translation>ポータルのキーを一覧表示するには、上でアクセストークンを入力してください。</translation>
    </message>
    <message>
        <source>Allow unencrypted HTTP above, or use an https:// address.</source>
        <translation>上で暗号化されていない HTTP を許可するか、https:// のアドレスを使用してください。</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>キャンセルしました。</translation>
    </message>
    <message>
        <source>Certificate trusted for this session. Test the connection or revoke again.</source>
        <translation>このセッションで証明書を信頼しました。接続をテストするか、もう一度失効を実行してください。</translation>
    </message>
    <message>
        <source>The connection test failed: %1.</source>
        <translation>接続テストに失敗しました: %1。</translation>
    </message>
    <message>
        <source>History problem</source>
        <translation>履歴の問題</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>失効</translation>
    </message>
    <message>
        <source>Revoke &amp;Leaked Secret…</source>
        <translation>漏洩したシークレットを失効(&amp;L)…</translation>
    </message>
    <message>
        <source>Paste a leaked sk- secret, or text holding some, to find its key and revoke it</source>
        <translation>漏洩した sk- シークレット、またはそれを含むテキストを貼り付けて、対応するキーを見つけて失効させます</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>設定(&amp;S)…</translation>
    </message>
    <message>
        <source>Sent as &quot;Authorization: Bearer &lt;token&gt;&quot;: API keys, or a session token you want sent that way</source>
        <translation>&quot;Authorization: Bearer &lt;token&gt;&quot; として送信します: API キー、またはこの形式で送信したいセッショントークン</translation>
    </message>
    <message>
        <source>Send token as:</source>
        <translation>トークンの送信方法:</translation>
    </message>
    <message>
        <source>T&amp;ools</source>
        <translation>ツール(&amp;O)</translation>
    </message>
    <message>
        <source>Auto: API key</source>
        <translation>自動: API キー</translation>
    </message>
    <message>
        <source>Auto: session token</source>
        <translation>自動: セッショントークン</translation>
    </message>
    <message>
        <source>Profile:</source>
        <translation>プロファイル:</translation>
    </message>
    <message>
        <source>Revert Chan&amp;ges</source>
        <translation>変更を元に戻す(&amp;G)</translation>
    </message>
    <message>
        <source>Portal address:</source>
        <translation>ポータルのアドレス:</translation>
    </message>
    <message>
        <source>Allow unencrypted HTTP to this portal (the token travels in clear te&amp;xt)</source>
        <translation>このポータルへの暗号化されていない HTTP を許可（トークンが平文で送信されます）(&amp;X)</translation>
    </message>
    <message>
        <source>Access token:</source>
        <translation>アクセストークン:</translation>
    </message>
    <message>
        <source>Key id:</source>
        <translation>キー ID:</translation>
    </message>
    <message>
        <source>Revoke Ke&amp;y</source>
        <translation>キーを失効(&amp;Y)</translation>
    </message>
    <message>
        <source>Revoke Leake&amp;d Secret…</source>
        <translation>漏洩したシークレットを失効(&amp;D)…</translation>
    </message>
</context>
<context>
    <name>MemorySecretStore</name>
    <message>
        <source>memory only, until DocSpace Keys closes</source>
        <translation>メモリ内のみ（DocSpace Keys を閉じるまで）</translation>
    </message>
</context>
<context>
    <name>MessageBox</name>
    <message>
        <source>&amp;Replace</source>
        <translation>置き換える(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Keep Both</source>
        <translation>両方残す(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Skip</source>
        <translation>スキップ(&amp;S)</translation>
    </message>
</context>
<context>
    <name>OneTimeSecretDialog</name>
    <message>
        <source>New Secret, Shown Once</source>
        <translation>新しいシークレット（一度だけ表示）</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Copy the secret(s) now: they will not be shown again.&lt;/b&gt; Neither the portal nor DocSpace Keys keeps them; once this window is closed, only whoever stored them has them. The clipboard is cleared of them when DocSpace Keys quits.</source>
        <translation>
            <numerusform>&lt;b&gt;今すぐシークレットをコピーしてください: 二度と表示されません。&lt;/b&gt; ポータルも DocSpace Keys もシークレットを保持しません。このウィンドウを閉じると、保管した人だけが持っていることになります。DocSpace Keys の終了時に、クリップボードからシークレットが消去されます。</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>コピー(&amp;C)</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>コピーしました</translation>
    </message>
    <message>
        <source>&amp;Save to File…</source>
        <translation>ファイルに保存(&amp;S)…</translation>
    </message>
    <message>
        <source>Save the New Secrets</source>
        <translation>新しいシークレットの保存</translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation>テキストファイル (*.txt)</translation>
    </message>
    <message>
        <source>Secrets Saved</source>
        <translation>シークレットを保存しました</translation>
    </message>
    <message>
        <source>Saved to %1, readable by you only. Move them into your secret manager and delete the file.</source>
        <translation>%1 に保存しました（自分だけが読み取り可能）。シークレットをシークレット管理ツールに移し、ファイルを削除してください。</translation>
    </message>
    <message>
        <source>Secrets Not Saved</source>
        <translation>シークレットは保存されませんでした</translation>
    </message>
    <message>
        <source>Cannot write %1: %2.</source>
        <translation>%1 に書き込めません: %2。</translation>
    </message>
</context>
<context>
    <name>OutcomeClassifier</name>
    <message>
        <source>Not sent: the address uses plain HTTP to a host on the network, so the token would travel unencrypted. Use the portal&apos;s https:// address, or explicitly allow unencrypted HTTP for this portal if the network is trusted.</source>
        <translation>送信していません: このアドレスはネットワーク上のホストへの平文の HTTP を使用しているため、トークンが暗号化されずに送信されます。ポータルの https:// アドレスを使用するか、ネットワークが信頼できる場合は、このポータルへの暗号化されていない HTTP を明示的に許可してください。</translation>
    </message>
    <message>
        <source>Cancelled. If the request had already reached the portal the key may still have been revoked; refresh the key list before trying again.</source>
        <translation>キャンセルしました。リクエストがすでにポータルに届いていた場合、キーは失効している可能性があります。再試行する前にキーの一覧を更新してください。</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>キャンセルしました。</translation>
    </message>
    <message>
        <source>The portal did not answer in time. It may be overloaded or the network slow. The key may or may not have been revoked: check the key list, then try again or raise the timeout.</source>
        <translation>ポータルが時間内に応答しませんでした。ポータルが過負荷であるか、ネットワークが遅い可能性があります。キーは失効している場合もしていない場合もあります: キーの一覧を確認してから、再試行するかタイムアウトを長くしてください。</translation>
    </message>
    <message>
        <source>The portal did not answer in time. It may be overloaded or the network slow: try again, or raise the timeout.</source>
        <translation>ポータルが時間内に応答しませんでした。ポータルが過負荷であるか、ネットワークが遅い可能性があります: 再試行するか、タイムアウトを長くしてください。</translation>
    </message>
    <message>
        <source>The portal&apos;s certificate is not trusted (%1), so nothing was sent. If this is your own on-premises portal, compare the fingerprint below with the one your server shows, then trust that certificate or add your internal CA file. Otherwise someone may be intercepting the connection.</source>
        <translation>ポータルの証明書が信頼されていない（%1）ため、何も送信しませんでした。自社のオンプレミスのポータルである場合は、下のフィンガープリントをサーバーに表示されるものと比較してから、その証明書を信頼するか、社内 CA ファイルを追加してください。そうでない場合は、誰かが接続を傍受している可能性があります。</translation>
    </message>
    <message>
        <source>The portal redirected the request to another address (%1). DocSpace Keys never sends your token to another site, so the request went no further. If the portal has moved, enter its new address.</source>
        <translation>ポータルはリクエストを別のアドレス（%1）にリダイレクトしました。DocSpace Keys はトークンを他のサイトに送信しないため、リクエストはそれ以上進みませんでした。ポータルが移転した場合は、新しいアドレスを入力してください。</translation>
    </message>
    <message>
        <source>The portal kept redirecting the request, so it was given up. Check the portal address.</source>
        <translation>ポータルがリクエストのリダイレクトを繰り返したため、中止しました。ポータルのアドレスを確認してください。</translation>
    </message>
    <message>
        <source>The portal&apos;s answer was cut off before it was complete, so it is unknown whether the key was revoked. Refresh the key list to check, then try again.</source>
        <translation>ポータルの応答が完了前に途切れたため、キーが失効したかどうかは不明です。キーの一覧を更新して確認してから、再試行してください。</translation>
    </message>
    <message>
        <source>The portal&apos;s answer was cut off before it was complete. Try again; if it keeps happening, a proxy may be cutting answers short.</source>
        <translation>ポータルの応答が完了前に途切れました。再試行してください。繰り返し発生する場合は、プロキシが応答を途中で切っている可能性があります。</translation>
    </message>
    <message>
        <source>Could not reach the portal: %1. Check the address, your network connection, VPN or proxy, and try again.</source>
        <translation>ポータルに接続できませんでした: %1。アドレス、ネットワーク接続、VPN、プロキシを確認してから、再試行してください。</translation>
    </message>
    <message>
        <source>The portal did not accept the access token. It may be mistyped, expired, revoked or deactivated, or sent the wrong way (API keys starting with sk- must be sent as an API key: choose Auto or API key). Get a new token and try again.</source>
        <translation>ポータルはアクセストークンを受け付けませんでした。入力ミス、期限切れ、失効済み、無効化済みであるか、送信方法が誤っている可能性があります（sk- で始まる API キーは API キーとして送信する必要があります: [自動] または [API キー] を選択してください）。新しいトークンを取得して再試行してください。</translation>
    </message>
    <message numerus="yes">
        <source>The portal is limiting requests and kept refusing after %n attempt(s). Wait a minute, then try again.</source>
        <translation>
            <numerusform>ポータルはリクエストを制限しており、%n 回試行しても拒否され続けました。1 分ほど待ってから再試行してください。</numerusform>
        </translation>
    </message>
    <message>
        <source>The portal has no key with this id: it was already revoked, or the id is wrong. Nothing was changed.</source>
        <translation>ポータルにこの ID のキーはありません: すでに失効しているか、ID が間違っています。何も変更されていません。</translation>
    </message>
    <message>
        <source>The portal or the proxy in front of it failed (%1). This is usually temporary: try again in a minute. If it persists, the portal&apos;s administrator should check the server.</source>
        <translation>ポータルまたはその前段のプロキシで障害が発生しました（%1）。通常は一時的なものです: 1 分ほどしてから再試行してください。解決しない場合は、ポータルの管理者がサーバーを確認する必要があります。</translation>
    </message>
    <message>
        <source>The portal gave an unexpected answer (HTTP %1), so the key was not revoked. Check the address and the portal&apos;s message below.</source>
        <translation>ポータルから予期しない応答（HTTP %1）があったため、キーは失効しませんでした。アドレスと、下に表示されているポータルのメッセージを確認してください。</translation>
    </message>
    <message>
        <source>The portal gave an unexpected answer (HTTP %1). Check the address and the portal&apos;s message below.</source>
        <translation>ポータルから予期しない応答（HTTP %1）がありました。アドレスと、下に表示されているポータルのメッセージを確認してください。</translation>
    </message>
    <message>
        <source>a web page instead of JSON</source>
        <translation>JSON ではなく Web ページ</translation>
    </message>
    <message>
        <source>an empty answer</source>
        <translation>空の応答</translation>
    </message>
    <message>
        <source>an answer that is not JSON</source>
        <translation>JSON ではない応答</translation>
    </message>
    <message>
        <source>The portal sent %1, so it is unknown whether the key was revoked. The address may point to a login page or proxy rather than the DocSpace API; check it, then refresh the key list.</source>
        <translation>ポータルから%1が送られてきたため、キーが失効したかどうかは不明です。アドレスが DocSpace API ではなくログインページやプロキシを指している可能性があります。アドレスを確認してから、キーの一覧を更新してください。</translation>
    </message>
    <message>
        <source>The portal sent %1. The address may point to a login page or proxy rather than the DocSpace API; check it.</source>
        <translation>ポータルから%1が送られてきました。アドレスが DocSpace API ではなくログインページやプロキシを指している可能性があります。アドレスを確認してください。</translation>
    </message>
    <message>
        <source>The portal reported a failure inside a successful answer, so the key was not revoked. Read the portal&apos;s message below.</source>
        <translation>ポータルは成功の応答の中でエラーを報告したため、キーは失効しませんでした。下に表示されているポータルのメッセージをお読みください。</translation>
    </message>
    <message>
        <source>The portal reported a failure inside a successful answer. Read the portal&apos;s message below.</source>
        <translation>ポータルは成功の応答の中でエラーを報告しました。下に表示されているポータルのメッセージをお読みください。</translation>
    </message>
    <message>
        <source>The portal&apos;s answer did not say whether the key was changed. Refresh the key list to check.</source>
        <translation>ポータルの応答からは、キーが変更されたかどうかがわかりませんでした。キーの一覧を更新して確認してください。</translation>
    </message>
    <message>
        <source>Deactivated. The key stops working until it is reactivated.</source>
        <translation>無効化しました。再有効化されるまで、このキーは使用できません。</translation>
    </message>
    <message>
        <source>Reactivated. The key works again.</source>
        <translation>再有効化しました。このキーは再び使用できます。</translation>
    </message>
    <message>
        <source>The portal refused to reactivate this key. Expired keys cannot be reactivated, and only the key&apos;s creator or an administrator may change it.</source>
        <translation>ポータルはこのキーの再有効化を拒否しました。期限切れのキーは再有効化できません。また、キーを変更できるのはキーの作成者または管理者のみです。</translation>
    </message>
    <message>
        <source>The portal refused to deactivate this key. Only the key&apos;s creator or an administrator may change it.</source>
        <translation>ポータルはこのキーの無効化を拒否しました。キーを変更できるのはキーの作成者または管理者のみです。</translation>
    </message>
    <message>
        <source>Revoked. The key no longer works; anything that used it must get a new one.</source>
        <translation>失効しました。このキーは使用できなくなりました。このキーを使用していたものはすべて、新しいキーを取得する必要があります。</translation>
    </message>
    <message>
        <source>The portal refused to revoke this key. Only its creator or a portal administrator may revoke it: sign in with an administrator&apos;s token, or ask the key&apos;s owner.</source>
        <translation>ポータルはこのキーの失効を拒否しました。キーを失効させられるのは作成者またはポータルの管理者のみです: 管理者のトークンでサインインするか、キーの所有者に依頼してください。</translation>
    </message>
    <message>
        <source>The portal&apos;s answer did not say whether the key was revoked. Refresh the key list to check.</source>
        <translation>ポータルの応答からは、キーが失効したかどうかがわかりませんでした。キーの一覧を更新して確認してください。</translation>
    </message>
    <message>
        <source>The portal&apos;s answer had no content. Check that the address is a DocSpace portal.</source>
        <translation>ポータルの応答に内容がありませんでした。アドレスが DocSpace ポータルであることを確認してください。</translation>
    </message>
    <message>
        <source>The answer was far larger than a DocSpace answer can be, so reading stopped. Check that the address points to a DocSpace portal.</source>
        <translation>応答が DocSpace の応答としてはあり得ないほど大きいため、読み取りを中止しました。アドレスが DocSpace ポータルを指していることを確認してください。</translation>
    </message>
    <message>
        <source>Unknown: the connection failed after the request was sent (%1), so the portal may or may not have revoked the key. Refresh the key list to see whether it is still there.</source>
        <translation>不明: リクエスト送信後に接続が失敗したため（%1）、ポータルがキーを失効させたかどうかはわかりません。キーの一覧を更新して、キーがまだあるかどうかを確認してください。</translation>
    </message>
    <message>
        <source>Unknown: the connection failed after the request was sent (%1), so the portal may or may not have changed the key. Refresh the key list to see its state.</source>
        <translation>不明: リクエスト送信後に接続が失敗したため（%1）、ポータルがキーを変更したかどうかはわかりません。キーの一覧を更新して、キーの状態を確認してください。</translation>
    </message>
    <message>
        <source>The portal refused access: “%1”. It accepts calls only from certain IP addresses: connect from an allowed network or VPN, or ask the portal&apos;s administrator to allow your address. Nothing was changed.</source>
        <translation>ポータルがアクセスを拒否しました:「%1」。このポータルは特定の IP アドレスからの呼び出しのみを受け付けます: 許可されたネットワークまたは VPN から接続するか、ポータルの管理者にアドレスの許可を依頼してください。何も変更していません。</translation>
    </message>
    <message>
        <source>The portal refused to create the key: “%1”. Guests cannot create API keys, and this portal may restrict developer tools to administrators: ask an administrator to create the key, or to allow developer tools for everyone.</source>
        <translation>ポータルがキーの作成を拒否しました:「%1」。ゲストは API キーを作成できません。また、このポータルでは開発者ツールが管理者に限定されている可能性があります: 管理者にキーの作成、または全員への開発者ツールの許可を依頼してください。</translation>
    </message>
    <message>
        <source>The portal refused to revoke this key: “%1”. This user may not manage keys (guests cannot): use an administrator&apos;s token with the *:write scope.</source>
        <translation>ポータルがこのキーの失効を拒否しました:「%1」。このユーザーはキーを管理できない可能性があります（ゲストは管理できません）: *:write スコープを持つ管理者のトークンを使用してください。</translation>
    </message>
    <message>
        <source>The portal refused to change this key: “%1”. This user may not manage keys (guests cannot): use an administrator&apos;s token with the *:write scope.</source>
        <translation>ポータルがこのキーの変更を拒否しました:「%1」。このユーザーはキーを管理できない可能性があります（ゲストは管理できません）: *:write スコープを持つ管理者のトークンを使用してください。</translation>
    </message>
    <message>
        <source>The portal refused: “%1”. This user may not read this; use an administrator&apos;s token.</source>
        <translation>ポータルが拒否しました:「%1」。このユーザーはこれを読み取れません。管理者のトークンを使用してください。</translation>
    </message>
    <message>
        <source>If every call is refused this way, the portal may be being moved, restored or encrypted: try again later.</source>
        <translation>すべての呼び出しがこのように拒否される場合、ポータルは移行、復元、または暗号化の処理中である可能性があります: 後でもう一度お試しください。</translation>
    </message>
    <message>
        <source>The token is not allowed to revoke keys: it lacks the *:write scope. Use a token with write access (an administrator&apos;s, to revoke others&apos; keys). %1</source>
        <translation>このトークンにはキーを失効させる権限がありません: *:write スコープがありません。書き込みアクセス権のあるトークン（他のユーザーのキーを失効させるには管理者のトークン）を使用してください。%1</translation>
    </message>
    <message>
        <source>The token is not allowed to change keys: it lacks the *:write scope. %1</source>
        <translation>このトークンにはキーを変更する権限がありません: *:write スコープがありません。%1</translation>
    </message>
    <message>
        <source>The token is not allowed to create keys: it lacks the *:write scope. %1</source>
        <translation>このトークンにはキーを作成する権限がありません: *:write スコープがありません。%1</translation>
    </message>
    <message>
        <source>The token is not allowed to read this: it lacks the scope needed (*:read, or accounts.self:read for the profile). %1</source>
        <translation>このトークンにはこれを読み取る権限がありません: 必要なスコープ（*:read、またはプロファイルの場合は accounts.self:read）がありません。%1</translation>
    </message>
    <message>
        <source>The portal&apos;s subscription has lapsed (HTTP 402), so it answers no API calls and nothing was changed. The portal&apos;s owner must renew the payment in DocSpace (Payments); then try again.</source>
        <translation>ポータルのサブスクリプションが失効しているため（HTTP 402）、API 呼び出しに応答せず、何も変更していません。ポータルの所有者が DocSpace で支払いを更新する必要があります（［支払い］）。その後、もう一度お試しください。</translation>
    </message>
    <message>
        <source>The address answered that the DocSpace API is not there (HTTP 404): it is not a DocSpace portal with API keys, the portal is older than DocSpace 3.1, or it is suspended. Nothing was changed. Check the address; if it is right, ask the portal&apos;s owner whether the portal is suspended or needs an update.</source>
        <translation>アドレスから、DocSpace API が存在しないという応答がありました（HTTP 404）: API キーのある DocSpace ポータルではないか、DocSpace 3.1 より前のポータルか、停止されています。何も変更していません。アドレスを確認し、正しい場合は、ポータルが停止されていないか、更新が必要でないかをポータルの所有者に確認してください。</translation>
    </message>
    <message>
        <source>The portal&apos;s certificate has changed since it was pinned, so nothing was sent. Pinned SHA-256: %1. The portal now shows: %2. If its certificate was renewed or replaced, check the new fingerprint with the server&apos;s administrator, then put it in the profile (Profile &gt; Edit). If nobody changed it, someone may be intercepting the connection: do not trust it.</source>
        <translation>ポータルの証明書がピン留めした後に変更されたため、何も送信しませんでした。ピン留めされた SHA-256: %1。現在ポータルが提示している証明書: %2。証明書が更新または交換された場合は、サーバーの管理者に新しいフィンガープリントを確認してから、プロファイルに設定してください（[プロファイル] &gt; [編集]）。誰も変更していない場合は、接続が傍受されている可能性があります: 信頼しないでください。</translation>
    </message>
</context>
<context>
    <name>OutcomeStyle</name>
    <message>
        <source>Revoked</source>
        <translation>失効済み</translation>
    </message>
    <message>
        <source>Deactivated</source>
        <translation>無効化済み</translation>
    </message>
    <message>
        <source>Reactivated</source>
        <translation>再有効化済み</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>拒否</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>見つかりません</translation>
    </message>
    <message>
        <source>Invalid key id</source>
        <translation>無効なキー ID</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>未サインイン</translation>
    </message>
    <message>
        <source>Forbidden</source>
        <translation>アクセス拒否</translation>
    </message>
    <message>
        <source>Rate limited</source>
        <translation>レート制限</translation>
    </message>
    <message>
        <source>Server error</source>
        <translation>サーバーエラー</translation>
    </message>
    <message>
        <source>Unexpected answer</source>
        <translation>予期しない応答</translation>
    </message>
    <message>
        <source>Network error</source>
        <translation>ネットワークエラー</translation>
    </message>
    <message>
        <source>Timed out</source>
        <translation>タイムアウト</translation>
    </message>
    <message>
        <source>Certificate problem</source>
        <translation>証明書の問題</translation>
    </message>
    <message>
        <source>Unencrypted HTTP refused</source>
        <translation>暗号化されていない HTTP を拒否</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>キャンセル済み</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>不明</translation>
    </message>
    <message>
        <source>Portal unavailable</source>
        <translation>ポータルを利用できません</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>作成済み</translation>
    </message>
    <message>
        <source>Edited</source>
        <translation>編集済み</translation>
    </message>
</context>
<context>
    <name>PasteIdsDialog</name>
    <message>
        <source>Revoke Keys by Id</source>
        <translation>ID でキーを失効</translation>
    </message>
    <message>
        <source>Key ids</source>
        <translation>キー ID</translation>
    </message>
    <message>
        <source>3f2504e0-4f89-11d3-9a0c-0305e82c3301
…</source>
        <translation>3f2504e0-4f89-11d3-9a0c-0305e82c3301
…</translation>
    </message>
    <message>
        <source>Skipped lines</source>
        <translation>スキップした行</translation>
    </message>
    <message>
        <source>&amp;Revoke…</source>
        <translation>失効(&amp;R)…</translation>
    </message>
    <message>
        <source>Line %1: %2 — %3</source>
        <translation>%1 行目: %2 — %3</translation>
    </message>
    <message numerus="yes">
        <source>%n key id(s)</source>
        <translation>
            <numerusform>%n 個のキー ID</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) skipped</source>
        <translation>
            <numerusform>%n 行をスキップ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n repeat(s) ignored</source>
        <translation>
            <numerusform>%n 件の重複を無視</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Revoke %n Key(s)…</source>
        <translation>
            <numerusform>%n 個のキーを取り消す(&amp;R)…</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Paste key ids, one per line, or a CSV export with an &quot;id&quot; column. Lines without a key id are shown below and skipped.</source>
        <translation>キー ID を 1 行に 1 つずつ、または &quot;id&quot; 列を含む CSV エクスポートを貼り付けてください(&amp;P)。キー ID のない行は下に表示され、スキップされます。</translation>
    </message>
</context>
<context>
    <name>PortalAddress</name>
    <message>
        <source>Enter the portal address, for example https://portal.example.com.</source>
        <translation>ポータルのアドレスを入力してください（例: https://portal.example.com）。</translation>
    </message>
    <message>
        <source>A portal address cannot contain spaces.</source>
        <translation>ポータルのアドレスに空白を含めることはできません。</translation>
    </message>
    <message>
        <source>This is not a valid web address.</source>
        <translation>有効な Web アドレスではありません。</translation>
    </message>
    <message>
        <source>Only https:// (or http://) portal addresses are supported, not %1://.</source>
        <translation>サポートされているのは https://（または http://）のポータルアドレスのみです。%1:// はサポートされていません。</translation>
    </message>
    <message>
        <source>Remove the user name or password from the address; the access token goes in its own field.</source>
        <translation>アドレスからユーザー名またはパスワードを削除してください。アクセストークンは専用の欄に入力します。</translation>
    </message>
    <message>
        <source>The address has no host name.</source>
        <translation>アドレスにホスト名がありません。</translation>
    </message>
</context>
<context>
    <name>PortalProfile</name>
    <message>
        <source>Give the profile a name, for example &quot;Production&quot;.</source>
        <translation>プロファイルに名前を付けてください（例:「本番」）。</translation>
    </message>
    <message>
        <source>The profile name is too long (at most %1 characters).</source>
        <translation>プロファイル名が長すぎます（最大 %1 文字）。</translation>
    </message>
    <message>
        <source>The timeout must be between 1 and 3600 seconds.</source>
        <translation>タイムアウトは 1 から 3600 秒の間で指定してください。</translation>
    </message>
    <message>
        <source>The trusted certificate fingerprint must be a SHA-256 digest: 64 hexadecimal digits, with or without colons.</source>
        <translation>信頼する証明書のフィンガープリントは SHA-256 ダイジェスト（64 桁の 16 進数、コロンの有無は問わない）である必要があります。</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot;: unknown auth scheme &quot;%2&quot;.</source>
        <translation>プロファイル「%1」: 不明な認証方式「%2」です。</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot;: %2</source>
        <translation>プロファイル「%1」: %2</translation>
    </message>
</context>
<context>
    <name>ProfileController</name>
    <message>
        <source>Unsaved Changes</source>
        <translation>未保存の変更</translation>
    </message>
    <message>
        <source>Save the changes to the profile &quot;%1&quot;?</source>
        <translation>変更をプロファイル「%1」に保存しますか？</translation>
    </message>
    <message>
        <source>The portal address, authentication scheme or token were changed here but not saved. Discarding them goes back to what the profile has saved.</source>
        <translation>ポータルのアドレス、認証方式、またはトークンがここで変更されましたが、保存されていません。破棄すると、プロファイルに保存されている内容に戻ります。</translation>
    </message>
    <message>
        <source>Kept the unsaved changes.</source>
        <translation>未保存の変更を保持しました。</translation>
    </message>
    <message>
        <source>No profile: nothing typed here is saved.</source>
        <translation>プロファイルなし: ここで入力した内容は保存されません。</translation>
    </message>
    <message>
        <source>Reading the token from %1…</source>
        <translation>%1からトークンを読み取っています…</translation>
    </message>
    <message>
        <source>No token is saved for &quot;%1&quot;: enter it, then choose Save to Profile.</source>
        <translation>「%1」にはトークンが保存されていません: トークンを入力してから [プロファイルに保存] を選択してください。</translation>
    </message>
    <message>
        <source>The token of &quot;%1&quot; could not be read: %2 Enter it here to use it now, or check that the keychain is unlocked and choose the profile again.</source>
        <translation>「%1」のトークンを読み取れませんでした: %2 ここにトークンを入力して今すぐ使用するか、キーチェーンのロックが解除されていることを確認してから、もう一度プロファイルを選択してください。</translation>
    </message>
    <message>
        <source>Token Not Saved</source>
        <translation>トークンは保存されていません</translation>
    </message>
    <message>
        <source>The token of &quot;%1&quot; could not be saved.</source>
        <translation>「%1」のトークンを保存できませんでした。</translation>
    </message>
    <message>
        <source>(no profile)</source>
        <translation>（プロファイルなし）</translation>
    </message>
    <message>
        <source>Type a portal and token without saving them</source>
        <translation>ポータルとトークンを保存せずに入力します</translation>
    </message>
    <message>
        <source>portal address</source>
        <translation>ポータルのアドレス</translation>
    </message>
    <message>
        <source>scheme</source>
        <translation>認証方式</translation>
    </message>
    <message>
        <source>plain HTTP</source>
        <translation>平文の HTTP</translation>
    </message>
    <message>
        <source>token</source>
        <translation>トークン</translation>
    </message>
    <message>
        <source>Changed here, not yet saved in &quot;%1&quot;: %2.</source>
        <translation>ここで変更され、まだ「%1」に保存されていません: %2。</translation>
    </message>
    <message>
        <source>Profile Not Saved</source>
        <translation>プロファイルは保存されていません</translation>
    </message>
    <message>
        <source>The profile &quot;%1&quot; was not saved.</source>
        <translation>プロファイル「%1」は保存されませんでした。</translation>
    </message>
    <message>
        <source>Saved the profile &quot;%1&quot;.</source>
        <translation>プロファイル「%1」を保存しました。</translation>
    </message>
    <message>
        <source>Back to the saved profile.</source>
        <translation>保存済みのプロファイルに戻しました。</translation>
    </message>
    <message>
        <source>Created the profile &quot;%1&quot;.</source>
        <translation>プロファイル「%1」を作成しました。</translation>
    </message>
    <message>
        <source>The token is still being read; try again in a moment.</source>
        <translation>トークンをまだ読み取っています。しばらくしてからもう一度お試しください。</translation>
    </message>
    <message>
        <source>Profile Not Duplicated</source>
        <translation>プロファイルは複製されていません</translation>
    </message>
    <message>
        <source>The profile &quot;%1&quot; was not duplicated.</source>
        <translation>プロファイル「%1」は複製されませんでした。</translation>
    </message>
    <message>
        <source>Created &quot;%1&quot; as a copy of &quot;%2&quot;.</source>
        <translation>「%2」のコピーとして「%1」を作成しました。</translation>
    </message>
    <message>
        <source>Rename Profile</source>
        <translation>プロファイル名の変更</translation>
    </message>
    <message>
        <source>New name for &quot;%1&quot;:</source>
        <translation>「%1」の新しい名前:</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>名前を変更(&amp;R)</translation>
    </message>
    <message>
        <source>Profile Not Renamed</source>
        <translation>プロファイル名は変更されていません</translation>
    </message>
    <message>
        <source>The profile &quot;%1&quot; was not renamed.</source>
        <translation>プロファイル「%1」の名前は変更されませんでした。</translation>
    </message>
    <message>
        <source>Renamed &quot;%1&quot; to &quot;%2&quot;.</source>
        <translation>「%1」の名前を「%2」に変更しました。</translation>
    </message>
    <message>
        <source>Delete Profile</source>
        <translation>プロファイルの削除</translation>
    </message>
    <message>
        <source>Delete the profile &quot;%1&quot;?</source>
        <translation>プロファイル「%1」を削除しますか？</translation>
    </message>
    <message>
        <source>Its settings and its saved token are deleted. This cannot be undone; the portal and its keys are not affected.</source>
        <translation>その設定と保存済みのトークンが削除されます。この操作は元に戻せません。ポータルとそのキーには影響しません。</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>削除(&amp;D)</translation>
    </message>
    <message>
        <source>Token Not Deleted</source>
        <translation>トークンは削除されていません</translation>
    </message>
    <message>
        <source>The token of the deleted profile &quot;%1&quot; could not be removed from %2.</source>
        <translation>削除したプロファイル「%1」のトークンを%2から削除できませんでした。</translation>
    </message>
    <message>
        <source>Deleted the profile &quot;%1&quot; and its token.</source>
        <translation>プロファイル「%1」とそのトークンを削除しました。</translation>
    </message>
    <message>
        <source>Import Profiles</source>
        <translation>プロファイルのインポート</translation>
    </message>
    <message>
        <source>Profiles (*.json);;All files (*)</source>
        <translation>プロファイル (*.json);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Profiles Not Imported</source>
        <translation>プロファイルはインポートされていません</translation>
    </message>
    <message>
        <source>Cannot read %1.</source>
        <translation>%1 を読み取れません。</translation>
    </message>
    <message>
        <source>%1. Check that the file exists and may be read.</source>
        <translation>%1。ファイルが存在し、読み取り可能であることを確認してください。</translation>
    </message>
    <message>
        <source>%1 holds no profiles that can be imported.</source>
        <translation>%1 にはインポートできるプロファイルがありません。</translation>
    </message>
    <message>
        <source>Profiles Imported</source>
        <translation>プロファイルをインポートしました</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n profile(s) from %1.</source>
        <translation>
            <numerusform>%1 から %n 件のプロファイルをインポートしました。</numerusform>
        </translation>
    </message>
    <message>
        <source>Exports never contain tokens: choose each imported profile, enter its token and choose Save to Profile.</source>
        <translation>エクスポートにトークンが含まれることはありません: インポートした各プロファイルを選択し、トークンを入力して [プロファイルに保存] を選択してください。</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n profile(s).</source>
        <translation>
            <numerusform>%n 件のプロファイルをインポートしました。</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to Export</source>
        <translation>エクスポートするものがありません</translation>
    </message>
    <message>
        <source>There are no profiles yet.</source>
        <translation>プロファイルはまだありません。</translation>
    </message>
    <message>
        <source>Export Profiles (tokens are never exported)</source>
        <translation>プロファイルのエクスポート（トークンはエクスポートされません）</translation>
    </message>
    <message>
        <source>Profiles (*.json)</source>
        <translation>プロファイル (*.json)</translation>
    </message>
    <message>
        <source>Profiles Not Exported</source>
        <translation>プロファイルはエクスポートされていません</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>%1 に書き込めません。</translation>
    </message>
    <message>
        <source>%1. Choose another folder.</source>
        <translation>%1。別のフォルダーを選択してください。</translation>
    </message>
    <message>
        <source>Profiles Exported</source>
        <translation>プロファイルをエクスポートしました</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n profile(s) to %1.</source>
        <translation>
            <numerusform>%n 件のプロファイルを %1 にエクスポートしました。</numerusform>
        </translation>
    </message>
    <message>
        <source>The file holds portal addresses and settings only. Tokens are never exported: whoever imports it enters their own.</source>
        <translation>このファイルにはポータルのアドレスと設定のみが含まれます。トークンがエクスポートされることはありません: インポートする人が自分のトークンを入力します。</translation>
    </message>
    <message>
        <source>Demo mode: tokens are kept in memory only, on purpose, and forgotten when DocSpace Keys closes. Nothing is written to the system keychain.</source>
        <translation>デモモード: トークンは意図的にメモリ内にのみ保持され、DocSpace Keys を閉じると破棄されます。システムのキーチェーンには何も書き込まれません。</translation>
    </message>
    <message>
        <source>No system keychain is available: tokens are kept only until DocSpace Keys closes.</source>
        <translation>システムのキーチェーンを利用できません: トークンは DocSpace Keys を閉じるまでしか保持されません。</translation>
    </message>
    <message>
        <source>Demo mode</source>
        <translation>デモモード</translation>
    </message>
    <message>
        <source>Keychain unavailable</source>
        <translation>キーチェーンを利用できません</translation>
    </message>
    <message>
        <source>Profile Name Exists</source>
        <translation>プロファイル名が存在します</translation>
    </message>
    <message>
        <source>A profile named &quot;%1&quot; exists already.</source>
        <translation>「%1」という名前のプロファイルはすでに存在します。</translation>
    </message>
    <message>
        <source>Both are for %1. Replace keeps the saved token.</source>
        <translation>どちらも %1 用です。[置き換える] では保存済みのトークンが維持されます。</translation>
    </message>
    <message>
        <source>The saved one is for %1, the imported one for %2. Replace deletes the saved token, which belongs to the other portal.</source>
        <translation>保存済みのものは %1 用、インポートしたものは %2 用です。[置き換える] では、もう一方のポータルのものである保存済みのトークンが削除されます。</translation>
    </message>
    <message>
        <source>Keep Both adds the imported one under a new name; Skip leaves it out.</source>
        <translation>[両方残す] では、インポートしたものを新しい名前で追加します。[スキップ] では追加しません。</translation>
    </message>
    <message numerus="yes">
        <source>Do the same for the other %n profile(s) whose name exists</source>
        <translation>
            <numerusform>名前が既に存在する他の %n 個のプロファイルにも同じ操作を行う</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>何もインポートされませんでした。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n of them replaced a profile of the same name</source>
        <translation>
            <numerusform>そのうち %n 個は同じ名前のプロファイルを置き換えました</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped because the name exists</source>
        <translation>
            <numerusform>%n 個は名前が既に存在するためスキップしました</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <source>&amp;Name:</source>
        <translation>名前(&amp;N):</translation>
    </message>
    <message>
        <source>e.g. Production</source>
        <translation>例: 本番</translation>
    </message>
    <message>
        <source>How this portal is listed in the profile selector</source>
        <translation>プロファイルの選択欄でのこのポータルの表示名</translation>
    </message>
    <message>
        <source>Profile name</source>
        <translation>プロファイル名</translation>
    </message>
    <message>
        <source>Profile name problem</source>
        <translation>プロファイル名の問題</translation>
    </message>
    <message>
        <source>&amp;Portal address:</source>
        <translation>ポータルのアドレス(&amp;P):</translation>
    </message>
    <message>
        <source>https://portal.example.com</source>
        <translation>https://portal.example.com</translation>
    </message>
    <message>
        <source>The address of the DocSpace portal, as you open it in a browser</source>
        <translation>ブラウザーで開くときと同じ、DocSpace ポータルのアドレス</translation>
    </message>
    <message>
        <source>Portal address</source>
        <translation>ポータルのアドレス</translation>
    </message>
    <message>
        <source>Portal address problem</source>
        <translation>ポータルのアドレスの問題</translation>
    </message>
    <message>
        <source>Send token &amp;as:</source>
        <translation>トークンの送信方法(&amp;A):</translation>
    </message>
    <message>
        <source>Auto sends tokens starting with sk- as API keys and anything else as a session token</source>
        <translation>[自動] では、sk- で始まるトークンは API キーとして、それ以外はセッショントークンとして送信されます</translation>
    </message>
    <message>
        <source>Authentication scheme</source>
        <translation>認証方式</translation>
    </message>
    <message>
        <source>Auto</source>
        <translation>自動</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API キー</translation>
    </message>
    <message>
        <source>Session token</source>
        <translation>セッショントークン</translation>
    </message>
    <message>
        <source>Access &amp;token:</source>
        <translation>アクセストークン(&amp;T):</translation>
    </message>
    <message>
        <source>sk-… API key with the *:write scope, or a session token</source>
        <translation>*:write スコープを持つ sk-… API キー、またはセッショントークン</translation>
    </message>
    <message>
        <source>Stored in the system keychain, never in a file</source>
        <translation>システムのキーチェーンに保存され、ファイルには保存されません</translation>
    </message>
    <message>
        <source>Access token</source>
        <translation>アクセストークン</translation>
    </message>
    <message>
        <source>Where the token is kept</source>
        <translation>トークンの保存場所</translation>
    </message>
    <message>
        <source>Allow unencrypted &amp;HTTP to this portal</source>
        <translation>このポータルへの暗号化されていない HTTP 接続を許可する(&amp;H)</translation>
    </message>
    <message>
        <source>Needed only for a plain http:// address on another machine</source>
        <translation>別のコンピューター上の平文の http:// アドレスの場合にのみ必要です</translation>
    </message>
    <message>
        <source>Allow unencrypted HTTP</source>
        <translation>暗号化されていない HTTP を許可</translation>
    </message>
    <message>
        <source>Unencrypted HTTP warning</source>
        <translation>暗号化されていない HTTP の警告</translation>
    </message>
    <message>
        <source>Trusted &amp;certificate:</source>
        <translation>信頼する証明書(&amp;C):</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint, e.g. AB:CD:…</source>
        <translation>SHA-256 フィンガープリント、例: AB:CD:…</translation>
    </message>
    <message>
        <source>Trust exactly this certificate (an on-premises portal with a self-signed certificate). Colons and case do not matter.</source>
        <translation>この証明書のみを信頼します（自己署名証明書を使用するオンプレミスのポータル向け）。コロンや大文字・小文字は区別されません。</translation>
    </message>
    <message>
        <source>Trusted certificate fingerprint</source>
        <translation>信頼する証明書のフィンガープリント</translation>
    </message>
    <message>
        <source>Certificate fingerprint problem</source>
        <translation>証明書のフィンガープリントの問題</translation>
    </message>
    <message>
        <source>Extra CA &amp;file:</source>
        <translation>追加の CA ファイル(&amp;F):</translation>
    </message>
    <message>
        <source>PEM or DER file of an internal certificate authority</source>
        <translation>社内認証局の PEM または DER ファイル</translation>
    </message>
    <message>
        <source>Certificates of your organization&apos;s own certificate authority, trusted in addition to the system ones</source>
        <translation>システムの証明書に加えて信頼する、組織独自の認証局の証明書</translation>
    </message>
    <message>
        <source>Extra CA file</source>
        <translation>追加の CA ファイル</translation>
    </message>
    <message>
        <source>Choose the CA file</source>
        <translation>CA ファイルを選択します</translation>
    </message>
    <message>
        <source>CA file problem</source>
        <translation>CA ファイルの問題</translation>
    </message>
    <message>
        <source>Request t&amp;imeout:</source>
        <translation>リクエストのタイムアウト(&amp;I):</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>A request that receives nothing for this long ends as a timeout</source>
        <translation>この時間の間何も受信しなかったリクエストはタイムアウトとして終了します</translation>
    </message>
    <message>
        <source>Request timeout in seconds</source>
        <translation>リクエストのタイムアウト（秒）</translation>
    </message>
    <message>
        <source>Why the profile cannot be saved</source>
        <translation>プロファイルを保存できない理由</translation>
    </message>
    <message>
        <source>&amp;Save Profile</source>
        <translation>プロファイルを保存(&amp;S)</translation>
    </message>
    <message>
        <source>The token will travel in clear text to a plain http:// address: anyone on the network path can read and use it. Use this only on a network you control.</source>
        <translation>トークンは平文のまま http:// アドレスに送信されます: ネットワーク経路上の誰もがトークンを読み取り、使用できます。自分が管理するネットワークでのみ使用してください。</translation>
    </message>
    <message>
        <source>New Profile</source>
        <translation>新しいプロファイル</translation>
    </message>
    <message>
        <source>Edit Profile</source>
        <translation>プロファイルの編集</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>保存されていません: %1</translation>
    </message>
    <message>
        <source>Stored in %1, never in a file. Leave empty to type it each time.</source>
        <translation>%1に保存され、ファイルには保存されません。毎回入力する場合は空欄のままにしてください。</translation>
    </message>
    <message>
        <source>No system keychain is available: the token is kept only until DocSpace Keys closes.</source>
        <translation>システムのキーチェーンを利用できません: トークンは DocSpace Keys を閉じるまでしか保持されません。</translation>
    </message>
    <message>
        <source>Choose the Extra CA File</source>
        <translation>追加の CA ファイルの選択</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer *.der);;All files (*)</source>
        <translation>証明書 (*.pem *.crt *.cer *.der);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Enter a name for this profile, e.g. the portal&apos;s purpose or customer.</source>
        <translation>このプロファイルの名前を入力してください（ポータルの用途や顧客名など）。</translation>
    </message>
    <message>
        <source>Another profile is already called &quot;%1&quot;. Choose another name.</source>
        <translation>「%1」という名前のプロファイルがすでにあります。別の名前を選択してください。</translation>
    </message>
    <message>
        <source>This is not a SHA-256 fingerprint: expected 64 hexadecimal digits, with or without colons.</source>
        <translation>SHA-256 フィンガープリントではありません: 64 桁の 16 進数（コロンの有無は問わない）が必要です。</translation>
    </message>
    <message>
        <source>There is no file at this path. Choose the CA certificate file again.</source>
        <translation>このパスにファイルがありません。CA 証明書ファイルをもう一度選択してください。</translation>
    </message>
    <message>
        <source>This file cannot be read. Check its permissions or choose another file.</source>
        <translation>このファイルを読み取れません。アクセス許可を確認するか、別のファイルを選択してください。</translation>
    </message>
    <message>
        <source>This plain http:// address would send the token unencrypted. Use an https:// address, or tick &quot;%1&quot;.</source>
        <translation>この暗号化されていない http:// アドレスでは、トークンが暗号化されずに送信されます。https:// アドレスを使用するか、「%1」をオンにしてください。</translation>
    </message>
    <message>
        <source>Ch&amp;oose…</source>
        <translation>選択(&amp;O)…</translation>
    </message>
</context>
<context>
    <name>ProfileStore</name>
    <message>
        <source>it cannot be read</source>
        <translation>ファイルを読み取れません</translation>
    </message>
    <message>
        <source>it is damaged</source>
        <translation>ファイルが破損しています</translation>
    </message>
    <message>
        <source>it was written by a newer version of DocSpace Keys</source>
        <translation>ファイルは新しいバージョンの DocSpace Keys で書き込まれています</translation>
    </message>
    <message>
        <source>Your saved profiles could not be loaded: %1. The file was kept as %2, and DocSpace Keys starts without profiles.</source>
        <translation>保存済みのプロファイルを読み込めませんでした: %1。ファイルは %2 として保管され、DocSpace Keys はプロファイルなしで起動します。</translation>
    </message>
    <message>
        <source>Your saved profiles could not be loaded: %1. The file %2 is left untouched and nothing will be saved this session; move it away to start afresh.</source>
        <translation>保存済みのプロファイルを読み込めませんでした: %1。ファイル %2 はそのまま残され、このセッションでは何も保存されません。最初からやり直すには、ファイルを別の場所に移動してください。</translation>
    </message>
    <message>
        <source>Your profiles could not be saved to %1. Check that the folder is writable and the disk is not full.</source>
        <translation>プロファイルを %1 に保存できませんでした。フォルダーが書き込み可能であることと、ディスクがいっぱいでないことを確認してください。</translation>
    </message>
    <message>
        <source>A profile named &quot;%1&quot; already exists. Choose another name.</source>
        <translation>「%1」という名前のプロファイルはすでに存在します。別の名前を選択してください。</translation>
    </message>
    <message>
        <source>Portal</source>
        <translation>ポータル</translation>
    </message>
    <message>
        <source>The file is not valid JSON (%1).</source>
        <translation>ファイルは有効な JSON ではありません（%1）。</translation>
    </message>
    <message>
        <source>The file was exported by a newer version of DocSpace Keys.</source>
        <translation>ファイルは新しいバージョンの DocSpace Keys でエクスポートされています。</translation>
    </message>
    <message>
        <source>The file is not a DocSpace Keys profile export.</source>
        <translation>ファイルは DocSpace Keys のプロファイルのエクスポートではありません。</translation>
    </message>
</context>
<context>
    <name>RetirementEntry</name>
    <message>
        <source>Taken out of the plan; the key stays deactivated.</source>
        <translation>計画から外しました。キーは無効化されたままです。</translation>
    </message>
    <message>
        <source>Deactivated, to be revoked</source>
        <translation>無効化済み、失効予定</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>失効済み</translation>
    </message>
    <message>
        <source>Reactivated meanwhile: left alone</source>
        <translation>その間に再有効化: そのままにしました</translation>
    </message>
    <message>
        <source>No longer on the portal</source>
        <translation>ポータルにもうありません</translation>
    </message>
    <message>
        <source>Taken out of the plan</source>
        <translation>計画から外しました</translation>
    </message>
    <message numerus="yes">
        <source>Deactivated; revoked after %n day(s) unless reactivated.</source>
        <translation>
            <numerusform>無効化しました。再有効化されない限り、%n 日後に失効します。</numerusform>
        </translation>
    </message>
    <message>
        <source>The key was no longer on the portal when due: someone revoked it already.</source>
        <translation>期限の時点でキーはポータルにありませんでした: すでに誰かが失効させています。</translation>
    </message>
    <message>
        <source>The key was active again when due (reactivated on the portal), so it was left alone.</source>
        <translation>期限の時点でキーは再び有効になっていたため（ポータルで再有効化）、そのままにしました。</translation>
    </message>
    <message>
        <source>Revoked as planned.</source>
        <translation>計画どおり失効させました。</translation>
    </message>
    <message>
        <source>The key was no longer on the portal when due.</source>
        <translation>期限の時点でキーはポータルにありませんでした。</translation>
    </message>
    <message>
        <source>Revoking failed (%1); tried again at the next run.</source>
        <translation>失効に失敗しました（%1）。次回の実行時に再試行します。</translation>
    </message>
</context>
<context>
    <name>RetirementPlan</name>
    <message>
        <source>Cannot read the retirement plan %1: %2.</source>
        <translation>廃止計画 %1 を読み取れません: %2。</translation>
    </message>
    <message>
        <source>The retirement plan %1 is damaged or from another version; it was left as it is. Move it aside to start a new plan.</source>
        <translation>廃止計画 %1 は破損しているか、別のバージョンのものです。そのままにしてあります。新しい計画を始めるには、このファイルを別の場所に移動してください。</translation>
    </message>
    <message>
        <source>The retirement plan %1 is locked by another DocSpace Keys process.</source>
        <translation>廃止計画 %1 は別の DocSpace Keys プロセスによってロックされています。</translation>
    </message>
    <message>
        <source>Cannot write the retirement plan %1: %2.</source>
        <translation>廃止計画 %1 に書き込めません: %2。</translation>
    </message>
</context>
<context>
    <name>RetirementPlanView</name>
    <message>
        <source>Retirement Plan</source>
        <translation>廃止計画</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>キー</translation>
    </message>
    <message>
        <source>Portal</source>
        <translation>ポータル</translation>
    </message>
    <message>
        <source>Deactivated</source>
        <translation>無効化日時</translation>
    </message>
    <message>
        <source>Revoke after</source>
        <translation>失効予定</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>備考</translation>
    </message>
    <message>
        <source>Carry Out &amp;Due Now</source>
        <translation>期限の来たものを今すぐ実行(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Take Out of Plan</source>
        <translation>計画から外す(&amp;T)</translation>
    </message>
    <message>
        <source>Due now</source>
        <translation>期限到来</translation>
    </message>
    <message>
        <source>Plan Not Changed</source>
        <translation>計画は変更されませんでした</translation>
    </message>
    <message numerus="yes">
        <source>%n key(s) waiting to be revoked. Due keys are revoked when DocSpace Keys lists their portal&apos;s keys (those of the other saved profiles&apos; portals after one question), on Carry Out Due Now, or when &apos;docspace-keys-cli retire --due&apos; runs (see the README for a daily timer). A key reactivated meanwhile is left alone.</source>
        <translation>
            <numerusform>%n 個のキーが失効待ちです。期限の来たキーは、DocSpace Keys がそのポータルのキーを一覧表示したとき（他の保存済みプロファイルのポータルのキーは 1 回の確認の後）、[期限の来たものを今すぐ実行] を押したとき、または &apos;docspace-keys-cli retire --due&apos; が実行されたとき（毎日のタイマーについては README を参照）に失効させます。その間に再有効化されたキーはそのままにします。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SandboxDemo</name>
    <message>
        <source>Cannot read the sandbox info file %1: %2. Start docspace-sandbox with --info-file and pass the same path.</source>
        <translation>サンドボックス情報ファイル %1 を読み取れません: %2。docspace-sandbox を --info-file 付きで起動し、同じパスを指定してください。</translation>
    </message>
    <message>
        <source>The sandbox info file is not valid JSON (%1).</source>
        <translation>サンドボックス情報ファイルは有効な JSON ではありません（%1）。</translation>
    </message>
    <message>
        <source>The sandbox info file names no portal address (httpsUrl or httpUrl).</source>
        <translation>サンドボックス情報ファイルにポータルのアドレス（httpsUrl または httpUrl）が記載されていません。</translation>
    </message>
    <message>
        <source>The sandbox info file has no &quot;Admin console&quot; key to sign in with.</source>
        <translation>サンドボックス情報ファイルに、サインインに使用する「Admin console」キーがありません。</translation>
    </message>
    <message>
        <source>The sandbox info file has no other key of the owner to revoke.</source>
        <translation>サンドボックス情報ファイルに、失効させる所有者の別のキーがありません。</translation>
    </message>
    <message>
        <source>Sandbox portal (demo)</source>
        <translation>サンドボックスポータル（デモ）</translation>
    </message>
    <message>
        <source>The demo token could not be stored: %1</source>
        <translation>デモ用トークンを保存できませんでした: %1</translation>
    </message>
</context>
<context>
    <name>SecretIdentification</name>
    <message>
        <source>The portal answered, but not with a key.</source>
        <translation>ポータルは応答しましたが、キーではありませんでした。</translation>
    </message>
    <message>
        <source>The portal no longer accepts this secret: the key was already revoked, has expired or is deactivated. A deactivated key still exists and can be reactivated by its owner, so check the candidates below.</source>
        <translation>ポータルはこのシークレットをもう受け付けません: キーはすでに失効しているか、期限切れか、無効化されています。無効化されたキーはまだ存在し、所有者が再有効化できるため、下の候補を確認してください。</translation>
    </message>
</context>
<context>
    <name>SecretStore</name>
    <message>
        <source>The keychain did not answer.</source>
        <translation>キーチェーンが応答しませんでした。</translation>
    </message>
</context>
<context>
    <name>SessionTrust</name>
    <message>
        <source>Trust This Certificate?</source>
        <translation>この証明書を信頼しますか？</translation>
    </message>
    <message>
        <source>Trust the certificate presented by %1 for this session?</source>
        <translation>%1 が提示した証明書をこのセッションで信頼しますか？</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint:
%1

Only do this if you have checked that this is your portal&apos;s certificate, for example with its administrator. If someone is intercepting the connection, trusting their certificate hands them your access token.

The certificate is trusted until DocSpace Keys quits; nothing is saved. To trust it for good, enter the fingerprint in the profile (Edit…).</source>
        <translation>SHA-256 フィンガープリント:
%1

ポータルの管理者に確認するなどして、これが自分のポータルの証明書であることを確認した場合にのみ実行してください。誰かが接続を傍受している場合、その証明書を信頼すると、アクセストークンを相手に渡すことになります。

証明書は DocSpace Keys を終了するまで信頼され、何も保存されません。恒久的に信頼するには、プロファイル（編集…）にフィンガープリントを入力してください。</translation>
    </message>
    <message>
        <source>&amp;Trust for This Session</source>
        <translation>このセッションで信頼(&amp;T)</translation>
    </message>
    <message>
        <source>Certificate Not Trusted</source>
        <translation>証明書は信頼されていません</translation>
    </message>
    <message>
        <source>The certificate could not be trusted.</source>
        <translation>証明書を信頼できませんでした。</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>These settings apply to DocSpace Keys on this computer.</source>
        <translation>これらの設定は、このコンピューターの DocSpace Keys に適用されます。</translation>
    </message>
    <message>
        <source>Interface &amp;language:</source>
        <translation>インターフェイスの言語(&amp;L):</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>インターフェイスの言語</translation>
    </message>
    <message>
        <source>The new language applies at once and is kept for the next start. Results already listed stay in the language they were made in.</source>
        <translation>新しい言語はすぐに適用され、次回の起動時にも使われます。すでに表示されている結果は、作成時の言語のままです。</translation>
    </message>
    <message>
        <source>System default (%1)</source>
        <translation>システムの既定（%1）</translation>
    </message>
</context>
<context>
    <name>SingleRevoke</name>
    <message>
        <source>Revoking key %1 on %2…</source>
        <translation>%2 でキー %1 を失効させています…</translation>
    </message>
    <message>
        <source>Key %1 was revoked.</source>
        <translation>キー %1 を失効させました。</translation>
    </message>
    <message>
        <source>The portal&apos;s certificate is not trusted. See Results for its fingerprint.</source>
        <translation>ポータルの証明書は信頼されていません。フィンガープリントは [結果] を参照してください。</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>キャンセルしました。</translation>
    </message>
    <message>
        <source>Key %1 was not revoked: %2.</source>
        <translation>キー %1 は失効しませんでした: %2。</translation>
    </message>
    <message>
        <source>Retrying…</source>
        <translation>再試行しています…</translation>
    </message>
    <message>
        <source>Rate limited by the portal, retrying in %1 s…</source>
        <translation>ポータルによりレート制限されました。%1 秒後に再試行します…</translation>
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
        <translation>キー %1</translation>
    </message>
    <message>
        <source>Portal: %1</source>
        <translation>ポータル: %1</translation>
    </message>
    <message>
        <source>Result: %1</source>
        <translation>結果: %1</translation>
    </message>
    <message>
        <source>Portal&apos;s message: %1</source>
        <translation>ポータルのメッセージ: %1</translation>
    </message>
    <message numerus="yes">
        <source>Retry after: %n second(s)</source>
        <translation>
            <numerusform>再試行までの時間: %n 秒</numerusform>
        </translation>
    </message>
    <message>
        <source>Detail: %1</source>
        <translation>詳細: %1</translation>
    </message>
    <message>
        <source>Certificate SHA-256: %1</source>
        <translation>証明書の SHA-256: %1</translation>
    </message>
    <message>
        <source>This certificate is trusted for the rest of this session. Revoke again to retry.</source>
        <translation>この証明書は、このセッションの残りの間信頼されます。再試行するには、もう一度失効を実行してください。</translation>
    </message>
    <message>
        <source>If you recognise this fingerprint as your portal&apos;s certificate, use &quot;Trust this certificate…&quot; and revoke again.</source>
        <translation>このフィンガープリントがポータルの証明書のものであると確認できた場合は、[この証明書を信頼…] を使用して、もう一度失効を実行してください。</translation>
    </message>
    <message>
        <source>key “%1” (…%2)</source>
        <translation>キー「%1」(…%2)</translation>
    </message>
    <message>
        <source>Key id: %1</source>
        <translation>キー ID: %1</translation>
    </message>
</context>
<context>
    <name>StatusPanel</name>
    <message>
        <source>The result of each revocation appears here.</source>
        <translation>各失効の結果がここに表示されます。</translation>
    </message>
    <message>
        <source>Tr&amp;ust this certificate…</source>
        <translation>この証明書を信頼(&amp;U)…</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>コピー(&amp;C)</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>The result of each revocation, newest first. Press Space to show or hide details.</source>
        <translation>各失効の結果（新しい順）。Space キーを押すと詳細の表示/非表示を切り替えます。</translation>
    </message>
    <message>
        <source>Trust the certificate of the selected certificate problem for this session</source>
        <translation>選択した証明書の問題の証明書を、このセッションで信頼します</translation>
    </message>
    <message>
        <source>Remove all entries from the list</source>
        <translation>一覧からすべての項目を削除します</translation>
    </message>
    <message>
        <source>Copy the selected entries as plain text</source>
        <translation>選択した項目をプレーンテキストとしてコピーします</translation>
    </message>
    <message>
        <source>Copy all entries as plain text</source>
        <translation>すべての項目をプレーンテキストとしてコピーします</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>クリア(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Copy Selected</source>
        <translation>選択項目をコピー(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Copy All</source>
        <translation>すべてコピー(&amp;C)</translation>
    </message>
</context>
<context>
    <name>TlsTrust</name>
    <message>
        <source>Cannot read the CA file %1: %2.</source>
        <translation>CA ファイル %1 を読み取れません: %2。</translation>
    </message>
    <message>
        <source>The file %1 holds no certificate in PEM or DER form.</source>
        <translation>ファイル %1 には PEM または DER 形式の証明書が含まれていません。</translation>
    </message>
    <message>
        <source>A certificate fingerprint is a SHA-256 digest: 64 hexadecimal digits, with or without colons.</source>
        <translation>証明書のフィンガープリントは SHA-256 ダイジェスト（64 桁の 16 進数、コロンの有無は問わない）です。</translation>
    </message>
    <message>
        <source>The certificate fingerprint holds &quot;%1&quot; (U+%2), which is not a hexadecimal digit: use only 0-9 and A-F (ASCII), with or without colons.</source>
        <translation>証明書のフィンガープリントに 16 進数ではない「%1」（U+%2）が含まれています: 0-9 と A-F（ASCII）のみを使用してください。コロンはあってもなくてもかまいません。</translation>
    </message>
</context>
<context>
    <name>TokenField</name>
    <message>
        <source>Hide token</source>
        <translation>トークンを隠す</translation>
    </message>
    <message>
        <source>Show token</source>
        <translation>トークンを表示</translation>
    </message>
    <message>
        <source>Hide the access token</source>
        <translation>アクセストークンを隠します</translation>
    </message>
    <message>
        <source>Show the access token</source>
        <translation>アクセストークンを表示します</translation>
    </message>
</context>
<context>
    <name>ToolsController</name>
    <message>
        <source>History</source>
        <translation>履歴</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>レポート</translation>
    </message>
    <message>
        <source>Every revocation, deactivation and reactivation recorded on this computer, by the window and the command line</source>
        <translation>このコンピューターでウィンドウとコマンドラインから記録された、すべての失効・無効化・再有効化</translation>
    </message>
    <message>
        <source>Which keys of the portal are a risk before they leak</source>
        <translation>漏洩する前に、ポータルのどのキーが危険かを示します</translation>
    </message>
    <message>
        <source>Key hygiene report</source>
        <translation>キーの衛生状態レポート</translation>
    </message>
    <message>
        <source>About DocSpace Keys</source>
        <translation>DocSpace Keys について</translation>
    </message>
    <message>
        <source>DocSpace Keys %1

Revokes API keys of ONLYOFFICE DocSpace portals.
Tokens of saved profiles are kept in %2; never in a file, never logged.

Built with Qt %3, running on Qt %4.</source>
        <translation>DocSpace Keys %1

ONLYOFFICE DocSpace ポータルの API キーを失効させます。
保存済みプロファイルのトークンは%2に保存され、ファイルに保存されることも、ログに記録されることもありません。

Qt %3 でビルド、Qt %4 で実行中。</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Revoke ONLYOFFICE DocSpace API keys. The access token is never read from the command line; DOCSPACE_TOKEN in the environment may prefill it.</source>
        <translation>ONLYOFFICE DocSpace の API キーを失効させます。アクセストークンがコマンドラインから読み取られることはありません。環境変数 DOCSPACE_TOKEN を事前入力に使用できます。</translation>
    </message>
    <message>
        <source>Prefill the portal address.</source>
        <translation>ポータルのアドレスを事前入力します。</translation>
    </message>
    <message>
        <source>Prefill the key id.</source>
        <translation>キー ID を事前入力します。</translation>
    </message>
    <message>
        <source>Demo mode: connect to the sandbox portal described by this docspace-sandbox --info-file.</source>
        <translation>デモモード: この docspace-sandbox --info-file で記述されたサンドボックスポータルに接続します。</translation>
    </message>
    <message>
        <source>Cannot create a temporary folder: %1</source>
        <translation>一時フォルダーを作成できません: %1</translation>
    </message>
    <message>
        <source>Demo mode: the sandbox portal, with profiles and tokens kept in memory</source>
        <translation>デモモード: プロファイルとトークンをメモリ内に保持するサンドボックスポータル</translation>
    </message>
</context>
</TS>
