<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru">
<context>
    <name>AllPortalsView</name>
    <message>
        <source>Keys of All Portals</source>
        <translation>Ключи всех порталов</translation>
    </message>
    <message>
        <source>Search name, creator, ending, id or portal</source>
        <translation>Поиск по имени, создателю, окончанию, идентификатору или порталу</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Истёкшие</translation>
    </message>
    <message>
        <source>Deactivated</source>
        <translation>Деактивированные</translation>
    </message>
    <message>
        <source>Never used</source>
        <translation>Ни разу не использованные</translation>
    </message>
    <message>
        <source>Unused for</source>
        <translation>Без использования</translation>
    </message>
    <message>
        <source> days</source>
        <translation> дн.</translation>
    </message>
    <message>
        <source>Portal</source>
        <translation>Портал</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Профиль</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Ending</source>
        <translation>Окончание</translation>
    </message>
    <message>
        <source>Created by</source>
        <translation>Создатель</translation>
    </message>
    <message>
        <source>Last used</source>
        <translation>Последнее использование</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Истекает</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>Permissions</source>
        <translation>Разрешения</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>О&amp;бновить</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>&amp;Экспорт CSV…</translation>
    </message>
    <message>
        <source>Reading the tokens of the saved profiles…</source>
        <translation>Чтение токенов сохранённых профилей…</translation>
    </message>
    <message>
        <source>There are no saved profiles yet.</source>
        <translation>Сохранённых профилей пока нет.</translation>
    </message>
    <message>
        <source>“%1”: no saved token.</source>
        <translation>«%1»: токен не сохранён.</translation>
    </message>
    <message>
        <source>“%1”: %2</source>
        <translation>«%1»: %2</translation>
    </message>
    <message>
        <source>“%1” (%2): %3</source>
        <translation>«%1» (%2): %3</translation>
    </message>
    <message numerus="yes">
        <source>Listing the keys of %n portal(s)…</source>
        <translation>
            <numerusform>Получение списка ключей %n портала…</numerusform>
            <numerusform>Получение списка ключей %n порталов…</numerusform>
            <numerusform>Получение списка ключей %n порталов…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n key(s) shown</source>
        <translation>
            <numerusform>Показано %1 из %n ключа</numerusform>
            <numerusform>Показано %1 из %n ключей</numerusform>
            <numerusform>Показано %1 из %n ключей</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>on %n portal(s).</source>
        <translation>
            <numerusform>на %n портале.</numerusform>
            <numerusform>на %n порталах.</numerusform>
            <numerusform>на %n порталах.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not listed: %1</source>
        <translation>Список не получен: %1</translation>
    </message>
    <message>
        <source>Export Keys of All Portals</source>
        <translation>Экспорт ключей всех порталов</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Файлы CSV (*.csv)</translation>
    </message>
    <message>
        <source>Not Exported</source>
        <translation>Не экспортировано</translation>
    </message>
    <message>
        <source>Cannot write %1: %2.</source>
        <translation>Не удаётся записать %1: %2.</translation>
    </message>
</context>
<context>
    <name>ApiCall</name>
    <message numerus="yes">
        <source>No data for %n second(s)</source>
        <translation>
            <numerusform>Нет данных в течение %n секунды</numerusform>
            <numerusform>Нет данных в течение %n секунд</numerusform>
            <numerusform>Нет данных в течение %n секунд</numerusform>
        </translation>
    </message>
    <message>
        <source>the connection closed before the answer, and the request was sent again</source>
        <translation>соединение закрылось до получения ответа, и запрос был отправлен повторно</translation>
    </message>
</context>
<context>
    <name>BatchConfirmDialog</name>
    <message>
        <source>Keys</source>
        <translation>Ключи</translation>
    </message>
    <message>
        <source>To confirm, type the number of keys (%1):</source>
        <translation>Для подтверждения введите количество ключей (%1):</translation>
    </message>
    <message>
        <source>Number of keys</source>
        <translation>Количество ключей</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more key(s), not listed here but counted above</source>
        <translation>
            <numerusform>… и ещё %n ключ: здесь не перечислен, но учтён выше</numerusform>
            <numerusform>… и ещё %n ключа: здесь не перечислены, но учтены выше</numerusform>
            <numerusform>… и ещё %n ключей: здесь не перечислены, но учтены выше</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BatchRunner</name>
    <message numerus="yes">
        <source>about %n s left</source>
        <translation>
            <numerusform>осталось около %n с</numerusform>
            <numerusform>осталось около %n с</numerusform>
            <numerusform>осталось около %n с</numerusform>
        </translation>
    </message>
    <message>
        <source>about %1 min %2 s left</source>
        <translation>осталось около %1 мин %2 с</translation>
    </message>
    <message>
        <source>Batch progress</source>
        <translation>Ход выполнения пакета</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Send nothing more; requests already sent finish, the rest are reported cancelled</source>
        <translation>Больше ничего не отправлять; уже отправленные запросы завершатся, остальные будут отмечены как отменённые</translation>
    </message>
    <message>
        <source>%1 done, %2 failed, %3 left</source>
        <translation>Выполнено: %1, с ошибкой: %2, осталось: %3</translation>
    </message>
    <message numerus="yes">
        <source>paused, resuming in %n s</source>
        <translation>
            <numerusform>пауза, продолжение через %n с</numerusform>
            <numerusform>пауза, продолжение через %n с</numerusform>
            <numerusform>пауза, продолжение через %n с</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Rate limited: paused for %n s.</source>
        <translation>
            <numerusform>Ограничение частоты запросов: пауза на %n с.</numerusform>
            <numerusform>Ограничение частоты запросов: пауза на %n с.</numerusform>
            <numerusform>Ограничение частоты запросов: пауза на %n с.</numerusform>
        </translation>
    </message>
    <message>
        <source>The portal asked to slow down; the batch resumes by itself.</source>
        <translation>Портал попросил снизить частоту запросов; пакет продолжится сам.</translation>
    </message>
    <message>
        <source>This key expired on %1 and cannot be reactivated: the portal refuses every change to an expired key. To let what used it work again, create a new key (Keys menu) and give it the new secret; then revoke this one.</source>
        <translation>Срок действия этого ключа истёк %1, и его нельзя снова активировать: портал отклоняет любые изменения истёкшего ключа. Чтобы всё, что его использовало, снова заработало, создайте новый ключ (меню «Ключи») и передайте туда новый секрет; затем отзовите этот ключ.</translation>
    </message>
    <message>
        <source>This key expired on %1 and no longer works; the portal refuses every change to an expired key, so it cannot be deactivated. Revoke it to remove it.</source>
        <translation>Срок действия этого ключа истёк %1, и он больше не работает; портал отклоняет любые изменения истёкшего ключа, поэтому его нельзя деактивировать. Отзовите его, чтобы удалить.</translation>
    </message>
</context>
<context>
    <name>BatchSummary</name>
    <message numerus="yes">
        <source>Revoked %1 of %n key(s)</source>
        <translation>
            <numerusform>Отозвано %1 из %n ключа</numerusform>
            <numerusform>Отозвано %1 из %n ключей</numerusform>
            <numerusform>Отозвано %1 из %n ключей</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deactivated %1 of %n key(s)</source>
        <translation>
            <numerusform>Деактивировано %1 из %n ключа</numerusform>
            <numerusform>Деактивировано %1 из %n ключей</numerusform>
            <numerusform>Деактивировано %1 из %n ключей</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reactivated %1 of %n key(s)</source>
        <translation>
            <numerusform>Снова активировано %1 из %n ключа</numerusform>
            <numerusform>Снова активировано %1 из %n ключей</numerusform>
            <numerusform>Снова активировано %1 из %n ключей</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n refused by the portal</source>
        <translation>
            <numerusform>отклонено порталом: %n</numerusform>
            <numerusform>отклонено порталом: %n</numerusform>
            <numerusform>отклонено порталом: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not found on the portal (already revoked, or a wrong id)</source>
        <translation>
            <numerusform>не найдено на портале (уже отозваны или неверный идентификатор): %n</numerusform>
            <numerusform>не найдено на портале (уже отозваны или неверный идентификатор): %n</numerusform>
            <numerusform>не найдено на портале (уже отозваны или неверный идентификатор): %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with an id that is not a key id</source>
        <translation>
            <numerusform>с идентификатором, который не является идентификатором ключа: %n</numerusform>
            <numerusform>с идентификатором, который не является идентификатором ключа: %n</numerusform>
            <numerusform>с идентификатором, который не является идентификатором ключа: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not changed because the portal did not accept the token</source>
        <translation>
            <numerusform>не изменено, так как портал не принял токен: %n</numerusform>
            <numerusform>не изменено, так как портал не принял токен: %n</numerusform>
            <numerusform>не изменено, так как портал не принял токен: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not changed because the token may not change keys</source>
        <translation>
            <numerusform>не изменено, так как токену не разрешено изменять ключи: %n</numerusform>
            <numerusform>не изменено, так как токену не разрешено изменять ключи: %n</numerusform>
            <numerusform>не изменено, так как токену не разрешено изменять ключи: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not changed because the portal is unavailable</source>
        <translation>
            <numerusform>не изменено, так как портал недоступен: %n</numerusform>
            <numerusform>не изменено, так как портал недоступен: %n</numerusform>
            <numerusform>не изменено, так как портал недоступен: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not changed because the portal kept asking to slow down</source>
        <translation>
            <numerusform>не изменено, так как портал продолжал просить снизить частоту запросов: %n</numerusform>
            <numerusform>не изменено, так как портал продолжал просить снизить частоту запросов: %n</numerusform>
            <numerusform>не изменено, так как портал продолжал просить снизить частоту запросов: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed with an error on the portal</source>
        <translation>
            <numerusform>завершилось ошибкой на портале: %n</numerusform>
            <numerusform>завершилось ошибкой на портале: %n</numerusform>
            <numerusform>завершилось ошибкой на портале: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with an answer that could not be read</source>
        <translation>
            <numerusform>с ответом, который не удалось прочитать: %n</numerusform>
            <numerusform>с ответом, который не удалось прочитать: %n</numerusform>
            <numerusform>с ответом, который не удалось прочитать: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not sent because the portal could not be reached</source>
        <translation>
            <numerusform>не отправлено, так как не удалось связаться с порталом: %n</numerusform>
            <numerusform>не отправлено, так как не удалось связаться с порталом: %n</numerusform>
            <numerusform>не отправлено, так как не удалось связаться с порталом: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n timed out</source>
        <translation>
            <numerusform>время ожидания истекло: %n</numerusform>
            <numerusform>время ожидания истекло: %n</numerusform>
            <numerusform>время ожидания истекло: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not sent because the certificate is not trusted</source>
        <translation>
            <numerusform>не отправлено, так как сертификат не является доверенным: %n</numerusform>
            <numerusform>не отправлено, так как сертификат не является доверенным: %n</numerusform>
            <numerusform>не отправлено, так как сертификат не является доверенным: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not sent over unencrypted HTTP</source>
        <translation>
            <numerusform>не отправлено по незашифрованному HTTP: %n</numerusform>
            <numerusform>не отправлено по незашифрованному HTTP: %n</numerusform>
            <numerusform>не отправлено по незашифрованному HTTP: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cancelled</source>
        <translation>
            <numerusform>отменено: %n</numerusform>
            <numerusform>отменено: %n</numerusform>
            <numerusform>отменено: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with an unknown outcome (refresh the list to check)</source>
        <translation>
            <numerusform>с неизвестным результатом (обновите список, чтобы проверить): %n</numerusform>
            <numerusform>с неизвестным результатом (обновите список, чтобы проверить): %n</numerusform>
            <numerusform>с неизвестным результатом (обновите список, чтобы проверить): %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Portal address, e.g. https://portal.example.com.</source>
        <translation>Адрес портала, например https://portal.example.com.</translation>
    </message>
    <message>
        <source>Use a saved profile (its portal, settings and keychain token) instead of --portal.</source>
        <translation>Использовать сохранённый профиль (его портал, настройки и токен из связки ключей) вместо --portal.</translation>
    </message>
    <message>
        <source>Read the access token from the first line of standard input instead of the DOCSPACE_TOKEN environment variable. Tokens are never accepted as arguments.</source>
        <translation>Читать токен доступа из первой строки стандартного ввода, а не из переменной окружения DOCSPACE_TOKEN. Токены никогда не принимаются в аргументах.</translation>
    </message>
    <message>
        <source>Also trust the certificate authorities in this PEM file (an internal CA).</source>
        <translation>Дополнительно доверять центрам сертификации из этого PEM-файла (внутренний ЦС).</translation>
    </message>
    <message>
        <source>Trust exactly the server certificate with this SHA-256 fingerprint (hex, colons optional).</source>
        <translation>Доверять только сертификату сервера с этим отпечатком SHA-256 (в шестнадцатеричном виде, двоеточия необязательны).</translation>
    </message>
    <message>
        <source>Allow plain http:// to a host that is not this computer (the token travels unencrypted).</source>
        <translation>Разрешить обычный http:// для узла, который не является этим компьютером (токен передаётся без шифрования).</translation>
    </message>
    <message>
        <source>Give up when the portal sends nothing for this many seconds (default 30, or the profile&apos;s).</source>
        <translation>Прекратить ожидание, если портал ничего не присылает указанное число секунд (по умолчанию 30 или значение из профиля).</translation>
    </message>
    <message>
        <source>Invalid --timeout: give a number of seconds between 1 and 3600.</source>
        <translation>Недопустимое значение --timeout: укажите число секунд от 1 до 3600.</translation>
    </message>
    <message>
        <source>Invalid --trust-cert: %1</source>
        <translation>Недопустимое значение --trust-cert: %1</translation>
    </message>
    <message>
        <source>Give either --portal or --profile, not both.</source>
        <translation>Укажите либо --portal, либо --profile, но не оба сразу.</translation>
    </message>
    <message>
        <source>Missing --portal or --profile: give the portal address (e.g. --portal https://portal.example.com) or a saved profile&apos;s name.</source>
        <translation>Не указан --portal или --profile: укажите адрес портала (например, --portal https://portal.example.com) или имя сохранённого профиля.</translation>
    </message>
    <message>
        <source>There is no profile named &quot;%1&quot;. &apos;docspace-keys-cli profiles list&apos; shows the saved ones.</source>
        <translation>Профиль с именем «%1» не найден. Сохранённые профили показывает команда &apos;docspace-keys-cli profiles list&apos;.</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot;: %2</source>
        <translation>Профиль «%1»: %2</translation>
    </message>
    <message>
        <source>Invalid --portal: %1</source>
        <translation>Недопустимое значение --portal: %1</translation>
    </message>
    <message>
        <source>No access token on standard input: pipe one line holding the token.</source>
        <translation>Стандартный ввод не содержит токена доступа: передайте по конвейеру одну строку с токеном.</translation>
    </message>
    <message>
        <source>No token is saved for profile &quot;%1&quot; (%2). Save one with &apos;profiles add --token-stdin&apos;, or set DOCSPACE_TOKEN.</source>
        <translation>Для профиля «%1» токен не сохранён (%2). Сохраните его командой &apos;profiles add --token-stdin&apos; или задайте DOCSPACE_TOKEN.</translation>
    </message>
    <message>
        <source>No access token: set DOCSPACE_TOKEN, or pass --token-stdin and pipe it in.</source>
        <translation>Нет токена доступа: задайте DOCSPACE_TOKEN или укажите --token-stdin и передайте токен по конвейеру.</translation>
    </message>
    <message>
        <source>Run &apos;docspace-keys-cli %1 --help&apos; for the options.</source>
        <translation>Список параметров: &apos;docspace-keys-cli %1 --help&apos;.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; takes no arguments besides its options.</source>
        <translation>&apos;%1&apos; не принимает аргументов, кроме своих параметров.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; (%2, ending %3), created by %4, %5</source>
        <translation>«%1» (%2, окончание %3), создатель: %4, %5</translation>
    </message>
    <message>
        <source>all scopes</source>
        <translation>все области доступа</translation>
    </message>
    <message>
        <source>Revoke leaked API-key secrets. Reads any text on standard input (a log, a diff, a chat export), finds every sk- secret in it, asks the portal which key each one is, and revokes it with YOUR token (--profile or DOCSPACE_TOKEN), never with the leaked one. The text and the secrets are kept in memory only. Without --yes it only reports.
Exit status: 0 every secret is revoked or no longer works, 1 otherwise, 2 usage error.</source>
        <translation>Отзыв утёкших секретов ключей API. Читает любой текст из стандартного ввода (журнал, diff, экспорт чата), находит в нём все секреты sk-, запрашивает у портала, какому ключу принадлежит каждый из них, и отзывает ключ с помощью ВАШЕГО токена (--profile или DOCSPACE_TOKEN), но никогда — с помощью утёкшего. Текст и секреты хранятся только в памяти. Без --yes команда только сообщает о найденном.
Код завершения: 0 — каждый секрет отозван или больше не действует, 1 — в остальных случаях, 2 — ошибка использования.</translation>
    </message>
    <message>
        <source>Revoke the identified keys without asking.</source>
        <translation>Отозвать найденные ключи без подтверждения.</translation>
    </message>
    <message>
        <source>Print one JSON object per secret.</source>
        <translation>Выводить по одному объекту JSON на каждый секрет.</translation>
    </message>
    <message>
        <source>Standard input holds the leaked text: give your own token in DOCSPACE_TOKEN or a profile.</source>
        <translation>Стандартный ввод содержит утёкший текст: передайте свой токен в DOCSPACE_TOKEN или через профиль.</translation>
    </message>
    <message>
        <source>No API-key secret found on standard input (sk- followed by 64 lower-case hexadecimal digits).</source>
        <translation>В стандартном вводе не найдено ни одного секрета ключа API (sk- и 64 шестнадцатеричные цифры в нижнем регистре).</translation>
    </message>
    <message>
        <source>%1 is key %2.</source>
        <translation>%1 — это ключ %2.</translation>
    </message>
    <message>
        <source>Not revoked: pass --yes to revoke it.</source>
        <translation>Не отозван: чтобы отозвать, укажите --yes.</translation>
    </message>
    <message>
        <source>candidate (same ending): %1</source>
        <translation>кандидат (то же окончание): %1</translation>
    </message>
    <message>
        <source>Candidates are never revoked automatically: check them, then use &apos;docspace-keys-cli revoke ID&apos;.</source>
        <translation>Кандидаты никогда не отзываются автоматически: проверьте их, затем выполните &apos;docspace-keys-cli revoke ID&apos;.</translation>
    </message>
    <message>
        <source>The key-hygiene report: expired keys still present, deactivated keys, keys never used or unused for N days, keys without expiry, keys with every permission.</source>
        <translation>Отчёт о гигиене ключей: истёкшие, но не удалённые ключи, деактивированные ключи, ключи, которые ни разу не использовались или не использовались N дней, бессрочные ключи, ключи со всеми разрешениями.</translation>
    </message>
    <message>
        <source>Print the report as JSON.</source>
        <translation>Вывести отчёт в формате JSON.</translation>
    </message>
    <message>
        <source>Threshold for unused keys (default 90).</source>
        <translation>Порог в днях для неиспользуемых ключей (по умолчанию 90).</translation>
    </message>
    <message>
        <source>Also write a printable HTML report to FILE.</source>
        <translation>Также записать отчёт HTML для печати в FILE.</translation>
    </message>
    <message>
        <source>Invalid --unused-days: give a whole number of days.</source>
        <translation>Недопустимое значение --unused-days: укажите целое число дней.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Не удаётся записать %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Key hygiene on %1: %n key(s) examined.</source>
        <translation>
            <numerusform>Гигиена ключей на %1: проверен %n ключ.</numerusform>
            <numerusform>Гигиена ключей на %1: проверено %n ключа.</numerusform>
            <numerusform>Гигиена ключей на %1: проверено %n ключей.</numerusform>
        </translation>
    </message>
    <message>
        <source>portal: %1</source>
        <translation>портал: %1</translation>
    </message>
    <message>
        <source>Revoke (delete) DocSpace API keys by id.</source>
        <translation>Отозвать (удалить) ключи API DocSpace по идентификатору.</translation>
    </message>
    <message>
        <source>Deactivate DocSpace API keys by id: they stop working until reactivated.</source>
        <translation>Деактивировать ключи API DocSpace по идентификатору: они перестают работать до повторной активации.</translation>
    </message>
    <message>
        <source>Reactivate deactivated DocSpace API keys by id (expired keys cannot be).</source>
        <translation>Снова активировать деактивированные ключи API DocSpace по идентификатору (истёкшие ключи активировать нельзя).</translation>
    </message>
    <message>
        <source>Do not ask for confirmation (for scripts).</source>
        <translation>Не запрашивать подтверждение (для скриптов).</translation>
    </message>
    <message>
        <source>Print one JSON object per id.</source>
        <translation>Выводить по одному объекту JSON на каждый идентификатор.</translation>
    </message>
    <message>
        <source>Key ids (UUIDs), or - for standard input.</source>
        <translation>Идентификаторы ключей (UUID) или - для стандартного ввода.</translation>
    </message>
    <message>
        <source>Standard input cannot hold both the token (--token-stdin) and the ids (-): give the token in DOCSPACE_TOKEN or a profile.</source>
        <translation>Стандартный ввод не может содержать одновременно токен (--token-stdin) и идентификаторы (-): передайте токен в DOCSPACE_TOKEN или через профиль.</translation>
    </message>
    <message>
        <source>Give at least one key id.</source>
        <translation>Укажите хотя бы один идентификатор ключа.</translation>
    </message>
    <message>
        <source>Invalid --concurrency: give a number from 1 to %1.</source>
        <translation>Недопустимое значение --concurrency: укажите число от 1 до %1.</translation>
    </message>
    <message>
        <source>Not revoking: no terminal to ask for confirmation on. Pass --yes to confirm in a script.</source>
        <translation>Отзыв не выполнен: нет терминала для запроса подтверждения. Чтобы подтвердить в скрипте, укажите --yes.</translation>
    </message>
    <message numerus="yes">
        <source>Revoke %n key(s) on %1? This cannot be undone.</source>
        <translation>
            <numerusform>Отозвать %n ключ на %1? Это действие необратимо.</numerusform>
            <numerusform>Отозвать %n ключа на %1? Это действие необратимо.</numerusform>
            <numerusform>Отозвать %n ключей на %1? Это действие необратимо.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing revoked.</source>
        <translation>Ничего не отозвано.</translation>
    </message>
    <message numerus="yes">
        <source>Rate limited by the portal: pausing for %n second(s).</source>
        <translation>
            <numerusform>Портал ограничил частоту запросов: пауза на %n секунду.</numerusform>
            <numerusform>Портал ограничил частоту запросов: пауза на %n секунды.</numerusform>
            <numerusform>Портал ограничил частоту запросов: пауза на %n секунд.</numerusform>
        </translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>Неизвестная команда «%1».</translation>
    </message>
    <message>
        <source>Saved portal profiles, shared with the DocSpace Keys window. Tokens are kept in the system keychain, read from standard input (--token-stdin), never from arguments.

</source>
        <translation>Сохранённые профили порталов, общие с окном DocSpace Keys. Токены хранятся в системной связке ключей и считываются из стандартного ввода (--token-stdin), но никогда из аргументов.

</translation>
    </message>
    <message>
        <source>Print a JSON array.</source>
        <translation>Вывести массив JSON.</translation>
    </message>
    <message>
        <source>&apos;profiles list&apos; takes no names.</source>
        <translation>&apos;profiles list&apos; не принимает имён.</translation>
    </message>
    <message>
        <source>No saved profiles. Add one with &apos;docspace-keys-cli profiles add NAME --portal URL --token-stdin&apos;.</source>
        <translation>Сохранённых профилей нет. Добавьте профиль командой &apos;docspace-keys-cli profiles add NAME --portal URL --token-stdin&apos;.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>ИМЯ</translation>
    </message>
    <message>
        <source>PORTAL</source>
        <translation>ПОРТАЛ</translation>
    </message>
    <message>
        <source>AUTH</source>
        <translation>СХЕМА</translation>
    </message>
    <message>
        <source>TOKEN</source>
        <translation>ТОКЕН</translation>
    </message>
    <message>
        <source>saved</source>
        <translation>сохранён</translation>
    </message>
    <message>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>&apos;profiles show&apos; takes one profile name.</source>
        <translation>&apos;profiles show&apos; принимает одно имя профиля.</translation>
    </message>
    <message>
        <source>There is no profile named &quot;%1&quot;.</source>
        <translation>Профиль с именем «%1» не найден.</translation>
    </message>
    <message>
        <source>Name:          %1</source>
        <translation>Имя:                   %1</translation>
    </message>
    <message>
        <source>Portal:        %1</source>
        <translation>Портал:                %1</translation>
    </message>
    <message>
        <source>Auth scheme:   %1</source>
        <translation>Схема входа:           %1</translation>
    </message>
    <message>
        <source>Token:         %1</source>
        <translation>Токен:                 %1</translation>
    </message>
    <message>
        <source>saved in %1</source>
        <translation>сохранён: %1</translation>
    </message>
    <message>
        <source>not saved</source>
        <translation>не сохранён</translation>
    </message>
    <message>
        <source>Plain HTTP:    %1</source>
        <translation>Обычный HTTP:          %1</translation>
    </message>
    <message>
        <source>ALLOWED (the token may travel unencrypted)</source>
        <translation>РАЗРЕШЁН (токен может передаваться без шифрования)</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>запрещён</translation>
    </message>
    <message>
        <source>Trusted cert:  %1</source>
        <translation>Доверенный сертификат: %1</translation>
    </message>
    <message>
        <source>Extra CA file: %1</source>
        <translation>Доп. файл ЦС:          %1</translation>
    </message>
    <message numerus="yes">
        <source>Timeout:       %n second(s)</source>
        <translation>
            <numerusform>Тайм-аут:              %n секунда</numerusform>
            <numerusform>Тайм-аут:              %n секунды</numerusform>
            <numerusform>Тайм-аут:              %n секунд</numerusform>
        </translation>
    </message>
    <message>
        <source>&apos;profiles add&apos; takes one name and --portal.</source>
        <translation>&apos;profiles add&apos; принимает одно имя и --portal.</translation>
    </message>
    <message>
        <source>No system keychain is available (%1), so the token cannot be saved.</source>
        <translation>Системная связка ключей недоступна (%1), поэтому токен нельзя сохранить.</translation>
    </message>
    <message>
        <source>The profile was not added. Use DOCSPACE_TOKEN with --portal instead.</source>
        <translation>Профиль не добавлен. Вместо этого используйте DOCSPACE_TOKEN вместе с --portal.</translation>
    </message>
    <message>
        <source>Added profile &quot;%1&quot; for %2%3.</source>
        <translation>Добавлен профиль «%1» для %2%3.</translation>
    </message>
    <message>
        <source> (no token saved)</source>
        <translation> (токен не сохранён)</translation>
    </message>
    <message>
        <source>, token in the keychain</source>
        <translation>, токен в связке ключей</translation>
    </message>
    <message>
        <source>&apos;profiles remove&apos; takes one profile name.</source>
        <translation>&apos;profiles remove&apos; принимает одно имя профиля.</translation>
    </message>
    <message>
        <source>The profile was kept so that its token is not left behind unnoticed.</source>
        <translation>Профиль не удалён, чтобы его токен не остался где-то незамеченным.</translation>
    </message>
    <message>
        <source>Removed profile &quot;%1&quot; and its token.</source>
        <translation>Профиль «%1» и его токен удалены.</translation>
    </message>
    <message>
        <source>Unknown profiles action &quot;%1&quot;.</source>
        <translation>Неизвестное действие с профилями «%1».</translation>
    </message>
    <message>
        <source>Print CSV with a header row.</source>
        <translation>Вывести CSV со строкой заголовков.</translation>
    </message>
    <message>
        <source>Only expired keys.</source>
        <translation>Только истёкшие ключи.</translation>
    </message>
    <message>
        <source>Only deactivated keys.</source>
        <translation>Только деактивированные ключи.</translation>
    </message>
    <message>
        <source>Only keys created by this user (name or id).</source>
        <translation>Только ключи, созданные этим пользователем (имя или идентификатор).</translation>
    </message>
    <message>
        <source>List the API keys the token can see: all of the portal&apos;s for an administrator, otherwise the caller&apos;s own.</source>
        <translation>Показать ключи API, доступные токену: для администратора — все ключи портала, иначе — только собственные.</translation>
    </message>
    <message>
        <source>Choose --json or --csv, not both.</source>
        <translation>Выберите --json или --csv, но не оба.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>ENDING</source>
        <translation>ОКОНЧАНИЕ</translation>
    </message>
    <message>
        <source>CREATED BY</source>
        <translation>СОЗДАТЕЛЬ</translation>
    </message>
    <message>
        <source>CREATED</source>
        <translation>СОЗДАН</translation>
    </message>
    <message>
        <source>LAST USED</source>
        <translation>ИСПОЛЬЗОВАН</translation>
    </message>
    <message>
        <source>EXPIRES</source>
        <translation>ИСТЕКАЕТ</translation>
    </message>
    <message>
        <source>STATE</source>
        <translation>СОСТОЯНИЕ</translation>
    </message>
    <message>
        <source>PERMISSIONS</source>
        <translation>РАЗРЕШЕНИЯ</translation>
    </message>
    <message>
        <source>never</source>
        <translation>никогда</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n key(s) shown.</source>
        <translation>
            <numerusform>Показано %1 из %n ключа.</numerusform>
            <numerusform>Показано %1 из %n ключей.</numerusform>
            <numerusform>Показано %1 из %n ключей.</numerusform>
        </translation>
    </message>
    <message>
        <source>Print a JSON object.</source>
        <translation>Вывести объект JSON.</translation>
    </message>
    <message>
        <source>Who the token signs in as, and for an API key, which key it is.</source>
        <translation>От чьего имени входит токен и, если это ключ API, какой это ключ.</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>предупреждение: %1</translation>
    </message>
    <message>
        <source>Only records from this date or time on (ISO 8601).</source>
        <translation>Только записи начиная с этой даты или времени (ISO 8601).</translation>
    </message>
    <message>
        <source>Only records for this portal.</source>
        <translation>Только записи для этого портала.</translation>
    </message>
    <message>
        <source>Only records made with this profile.</source>
        <translation>Только записи, сделанные с этим профилем.</translation>
    </message>
    <message>
        <source>Invalid --since: give a date such as 2026-07-01 or 2026-07-01T14:00.</source>
        <translation>Недопустимое значение --since: укажите дату, например 2026-07-01 или 2026-07-01T14:00.</translation>
    </message>
    <message>
        <source>No history yet (%1).</source>
        <translation>История пока пуста (%1).</translation>
    </message>
    <message>
        <source>TIME (UTC)</source>
        <translation>ВРЕМЯ (UTC)</translation>
    </message>
    <message>
        <source>OPERATION</source>
        <translation>ОПЕРАЦИЯ</translation>
    </message>
    <message>
        <source>KEY</source>
        <translation>КЛЮЧ</translation>
    </message>
    <message>
        <source>OUTCOME</source>
        <translation>РЕЗУЛЬТАТ</translation>
    </message>
    <message>
        <source>HTTP</source>
        <translation>HTTP</translation>
    </message>
    <message>
        <source>BY</source>
        <translation>ИСТОЧНИК</translation>
    </message>
    <message>
        <source>At most this many requests at once (1-%1). Without it the batch finds how many the portal takes, up to %2. A rate limit from the portal slows them all.</source>
        <translation>Не более стольких запросов одновременно (1-%1). Без этого параметра пакет сам определяет, сколько запросов принимает портал, но не более %2. Ограничение частоты со стороны портала замедляет их все.</translation>
    </message>
    <message>
        <source>How to send the token: auto (default; sk-... is an API key), apikey (&quot;Bearer &lt;token&gt;&quot;, also to force it for a session token; alias bearer) or session (as it is).</source>
        <translation>Способ отправки токена: auto (по умолчанию; sk-... — это ключ API), apikey («Bearer &lt;token&gt;», также чтобы принудительно отправить так токен сеанса; синоним bearer) или session (как есть).</translation>
    </message>
    <message>
        <source>Invalid --auth &quot;%1&quot;: use auto, apikey, bearer or session.</source>
        <translation>Недопустимое значение --auth «%1»: используйте auto, apikey, bearer или session.</translation>
    </message>
    <message>
        <source>Certificate SHA-256 fingerprint: %1</source>
        <translation>Отпечаток SHA-256 сертификата: %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; (%2)</source>
        <translation>«%1» (%2)</translation>
    </message>
    <message>
        <source>created by %1</source>
        <translation>создатель: %1</translation>
    </message>
    <message>
        <source>Not deactivating: no terminal to ask for confirmation on. Pass --yes to confirm in a script.</source>
        <translation>Деактивация не выполнена: нет терминала для запроса подтверждения. Укажите --yes, чтобы подтвердить в скрипте.</translation>
    </message>
    <message>
        <source>Not reactivating: no terminal to ask for confirmation on. Pass --yes to confirm in a script.</source>
        <translation>Повторная активация не выполнена: нет терминала для запроса подтверждения. Укажите --yes, чтобы подтвердить в скрипте.</translation>
    </message>
    <message numerus="yes">
        <source>... and %n more key(s)</source>
        <translation>
            <numerusform>... и ещё %n ключ</numerusform>
            <numerusform>... и ещё %n ключа</numerusform>
            <numerusform>... и ещё %n ключей</numerusform>
        </translation>
    </message>
    <message>
        <source>(The key list could not be read to name the keys: %1)</source>
        <translation>(Не удалось прочитать список ключей, чтобы назвать ключи: %1)</translation>
    </message>
    <message numerus="yes">
        <source>Deactivate %n key(s) on %1? They stop working until reactivated.</source>
        <translation>
            <numerusform>Деактивировать %n ключ на %1? Он перестанет работать, пока его снова не активируют.</numerusform>
            <numerusform>Деактивировать %n ключа на %1? Они перестанут работать, пока их снова не активируют.</numerusform>
            <numerusform>Деактивировать %n ключей на %1? Они перестанут работать, пока их снова не активируют.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reactivate %n key(s) on %1?</source>
        <translation>
            <numerusform>Снова активировать %n ключ на %1?</numerusform>
            <numerusform>Снова активировать %n ключа на %1?</numerusform>
            <numerusform>Снова активировать %n ключей на %1?</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing deactivated.</source>
        <translation>Ничего не деактивировано.</translation>
    </message>
    <message>
        <source>Nothing reactivated.</source>
        <translation>Ничего не активировано повторно.</translation>
    </message>
    <message>
        <source>Revoke (delete) API keys by id</source>
        <translation>Отозвать (удалить) ключи API по идентификатору</translation>
    </message>
    <message>
        <source>Deactivate keys (reversible)</source>
        <translation>Деактивировать ключи (обратимо)</translation>
    </message>
    <message>
        <source>Reactivate deactivated keys</source>
        <translation>Снова активировать деактивированные ключи</translation>
    </message>
    <message>
        <source>List the keys the token can see</source>
        <translation>Показать ключи, доступные токену</translation>
    </message>
    <message>
        <source>Who the token signs in as, and which key it is</source>
        <translation>От чьего имени входит токен и какой это ключ</translation>
    </message>
    <message>
        <source>What was revoked from this computer, when, by whom and with what result</source>
        <translation>Что отзывалось с этого компьютера, когда, кем и с каким результатом</translation>
    </message>
    <message>
        <source>Find leaked sk- secrets in text on standard input and revoke them</source>
        <translation>Найти утёкшие секреты sk- в тексте из стандартного ввода и отозвать их</translation>
    </message>
    <message>
        <source>The key-hygiene report: expired, unused, unrestricted keys...</source>
        <translation>Отчёт о гигиене ключей: истёкшие, неиспользуемые, неограниченные ключи...</translation>
    </message>
    <message>
        <source>List, show, add and remove saved portal profiles</source>
        <translation>Просмотр, добавление и удаление сохранённых профилей порталов</translation>
    </message>
    <message>
        <source>Usage: docspace-keys-cli &lt;command&gt; [options]</source>
        <translation>Использование: docspace-keys-cli &lt;команда&gt; [параметры]</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Команды:</translation>
    </message>
    <message>
        <source>Run &apos;docspace-keys-cli &lt;command&gt; --help&apos; for a command&apos;s options.
The access token comes from DOCSPACE_TOKEN or --token-stdin, never from arguments.
Exit status: 0 success, 1 an operation failed, 2 usage error.
</source>
        <translation>Параметры команды: &apos;docspace-keys-cli &lt;команда&gt; --help&apos;.
Токен доступа берётся из DOCSPACE_TOKEN или --token-stdin, но никогда из аргументов.
Код завершения: 0 — успех, 1 — операция не удалась, 2 — ошибка использования.
</translation>
    </message>
    <message>
        <source>Also write the report as CSV to FILE (the same file as the window&apos;s export).</source>
        <translation>Также записать отчёт в FILE в формате CSV (тот же файл, что и при экспорте из окна).</translation>
    </message>
    <message numerus="yes">
        <source>%n repeated id(s) on standard input skipped.</source>
        <translation>
            <numerusform>Пропущен %n повторяющийся идентификатор из стандартного ввода.</numerusform>
            <numerusform>Пропущено %n повторяющихся идентификатора из стандартного ввода.</numerusform>
            <numerusform>Пропущено %n повторяющихся идентификаторов из стандартного ввода.</numerusform>
        </translation>
    </message>
    <message>
        <source>Each id gets one line of output, in the order given; every attempt is kept in the local history.
Without --yes, asks on the terminal, naming the portal and the keys.
Give - to read ids from standard input, one per line or a CSV export with an id column (blank lines and # comments are ignored).
Exit status: 0 every key changed, 1 at least one not, 2 usage error.</source>
        <translation>Для каждого идентификатора выводится одна строка в заданном порядке; каждая попытка сохраняется в локальной истории.
Без --yes запрашивает подтверждение в терминале, называя портал и ключи.
Укажите -, чтобы читать идентификаторы из стандартного ввода, по одному на строку, или экспорт CSV со столбцом id (пустые строки и комментарии # пропускаются).
Код завершения: 0 — все ключи изменены, 1 — хотя бы один не изменён, 2 — ошибка использования.</translation>
    </message>
    <message>
        <source>window</source>
        <translation>окно</translation>
    </message>
    <message>
        <source>command line</source>
        <translation>командная строка</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>who acted (window or command line)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Invalid --expires-in-days: give a whole number of days from 1 to %1 (leave it out for a key that never expires).</source>
        <translation>Недопустимое значение --expires-in-days: укажите целое число дней от 1 до %1 (не указывайте его для бессрочного ключа).</translation>
    </message>
    <message>
        <source>no token is saved for it (%1)</source>
        <translation>для него не сохранён токен (%1)</translation>
    </message>
    <message>
        <source>Create an API key (POST /api/2.0/keys). The new key&apos;s secret is printed once, alone on the first line of standard output, and kept nowhere: not in the history, not in any file. With --json a second line holds the key as a JSON object (without the secret).
Without --expires-in-days the key never expires. The portal lets each user create at most 5 keys in 15 minutes.
Exit status: 0 created, 1 not created, 2 usage error.</source>
        <translation>Создать ключ API (POST /api/2.0/keys). Секрет нового ключа выводится один раз, отдельно в первой строке стандартного вывода, и нигде не хранится: ни в истории, ни в каком-либо файле. С --json вторая строка содержит ключ в виде объекта JSON (без секрета).
Без --expires-in-days ключ бессрочный. Портал позволяет каждому пользователю создать не более 5 ключей за 15 минут.
Код завершения: 0 — создан, 1 — не создан, 2 — ошибка использования.</translation>
    </message>
    <message>
        <source>The key&apos;s name (at most %1 characters).</source>
        <translation>Имя ключа (не более %1 символов).</translation>
    </message>
    <message>
        <source>all (default), read-only, or a comma-separated list of files, rooms, profile, accounts each with :read or :write (write includes read), e.g. files:write,rooms:read.</source>
        <translation>all (по умолчанию), read-only или список через запятую из files, rooms, profile, accounts, каждый с :read или :write (write включает read), например files:write,rooms:read.</translation>
    </message>
    <message>
        <source>The key stops working after this many days (1-%1).</source>
        <translation>Ключ перестаёт работать через столько дней (1-%1).</translation>
    </message>
    <message>
        <source>Also print the new key as a JSON object.</source>
        <translation>Также вывести новый ключ в виде объекта JSON.</translation>
    </message>
    <message>
        <source>Give the key&apos;s name with --name.</source>
        <translation>Укажите имя ключа с помощью --name.</translation>
    </message>
    <message>
        <source>Created &quot;%1&quot; (%2, ending %3; permissions: %4; %5). The secret on standard output is shown only this once: store it now.</source>
        <translation>Создан ключ «%1» (%2, окончание %3; разрешения: %4; %5). Секрет в стандартном выводе показан только этот раз: сохраните его сейчас.</translation>
    </message>
    <message>
        <source>expires %1</source>
        <translation>истекает %1</translation>
    </message>
    <message>
        <source>never expires</source>
        <translation>бессрочный</translation>
    </message>
    <message>
        <source>Change a key&apos;s name and/or permissions (PUT /api/2.0/keys/{id}). The key keeps its secret. Expired keys cannot be changed.
Exit status: 0 changed, 1 not changed, 2 usage error.</source>
        <translation>Изменить имя и/или разрешения ключа (PUT /api/2.0/keys/{id}). Секрет ключа не меняется. Истёкшие ключи изменить нельзя.
Код завершения: 0 — изменён, 1 — не изменён, 2 — ошибка использования.</translation>
    </message>
    <message>
        <source>The new name (at most %1 characters).</source>
        <translation>Новое имя (не более %1 символов).</translation>
    </message>
    <message>
        <source>The new permissions: all, read-only, or e.g. files:write,rooms:read.</source>
        <translation>Новые разрешения: all, read-only или, например, files:write,rooms:read.</translation>
    </message>
    <message>
        <source>Print the outcome as a JSON object.</source>
        <translation>Вывести результат в виде объекта JSON.</translation>
    </message>
    <message>
        <source>The key&apos;s id (UUID).</source>
        <translation>Идентификатор ключа (UUID).</translation>
    </message>
    <message>
        <source>Give exactly one key id.</source>
        <translation>Укажите ровно один идентификатор ключа.</translation>
    </message>
    <message>
        <source>Rotate keys: create a replacement for each (the same name plus &quot; (rotated)&quot;, the same permissions, the same whole lifetime), then revoke the old keys. If any replacement cannot be created, no old key is revoked. One line per key: old id, outcome, new id, old key&apos;s state, and the new secret (shown only this once), unless --secrets-file.
Exit status: 0 every key rotated, 1 not all (the lines say which old keys still work), 2 usage error.</source>
        <translation>Ротация ключей: создать замену для каждого (то же имя с добавлением « (rotated)», те же разрешения, тот же полный срок действия), затем отозвать старые ключи. Если какую-либо замену создать не удалось, ни один старый ключ не отзывается. По одной строке на ключ: старый идентификатор, результат, новый идентификатор, состояние старого ключа и новый секрет (показывается только один раз), если не указан --secrets-file.
Код завершения: 0 — все ключи заменены, 1 — не все (строки показывают, какие старые ключи ещё работают), 2 — ошибка использования.</translation>
    </message>
    <message>
        <source>Do not ask before revoking the old keys (for scripts).</source>
        <translation>Не спрашивать перед отзывом старых ключей (для скриптов).</translation>
    </message>
    <message>
        <source>Print one JSON object per key.</source>
        <translation>Выводить по одному объекту JSON на ключ.</translation>
    </message>
    <message>
        <source>Write the new secrets to this file (readable by you only) instead of standard output.</source>
        <translation>Записать новые секреты в этот файл (доступный для чтения только вам) вместо стандартного вывода.</translation>
    </message>
    <message>
        <source>Key ids (UUIDs).</source>
        <translation>Идентификаторы ключей (UUID).</translation>
    </message>
    <message>
        <source>Not rotating: no terminal to confirm revoking the old keys on. Pass --yes to confirm in a script.</source>
        <translation>Ротация не выполнена: нет терминала для подтверждения отзыва старых ключей. Укажите --yes, чтобы подтвердить в скрипте.</translation>
    </message>
    <message>
        <source>%1: the portal lists no such key (or not to this token); nothing was created or revoked.</source>
        <translation>%1: у портала нет такого ключа (или он не виден этому токену); ничего не создано и не отозвано.</translation>
    </message>
    <message>
        <source>Cannot write the secrets file %1: %2. The new secrets are printed instead.</source>
        <translation>Не удаётся записать файл секретов %1: %2. Вместо этого новые секреты выводятся на экран.</translation>
    </message>
    <message>
        <source>Old keys not revoked; they and their replacements all work.</source>
        <translation>Старые ключи не отозваны; они и их замены работают.</translation>
    </message>
    <message>
        <source>A replacement could not be created, so no old key was revoked.</source>
        <translation>Не удалось создать замену, поэтому ни один старый ключ не отозван.</translation>
    </message>
    <message>
        <source>Not tried: an earlier replacement failed.</source>
        <translation>Не выполнялось: не удалось создать предыдущую замену.</translation>
    </message>
    <message>
        <source>Replacement created; revoking the old key failed: %1</source>
        <translation>Замена создана; отозвать старый ключ не удалось: %1</translation>
    </message>
    <message>
        <source>Replacement created, old key revoked.</source>
        <translation>Замена создана, старый ключ отозван.</translation>
    </message>
    <message>
        <source>Replacement created; the old key still works.</source>
        <translation>Замена создана; старый ключ ещё работает.</translation>
    </message>
    <message>
        <source>OLD ID</source>
        <translation>СТАРЫЙ ID</translation>
    </message>
    <message>
        <source>NEW ID</source>
        <translation>НОВЫЙ ID</translation>
    </message>
    <message>
        <source>OLD KEY</source>
        <translation>СТАРЫЙ КЛЮЧ</translation>
    </message>
    <message>
        <source>NEW SECRET (shown once)</source>
        <translation>НОВЫЙ СЕКРЕТ (показывается один раз)</translation>
    </message>
    <message numerus="yes">
        <source>%n old key(s) still work:</source>
        <translation>
            <numerusform>%n старый ключ ещё работает:</numerusform>
            <numerusform>%n старых ключа ещё работают:</numerusform>
            <numerusform>%n старых ключей ещё работают:</numerusform>
        </translation>
    </message>
    <message>
        <source>REVOKE AFTER (UTC)</source>
        <translation>ОТОЗВАТЬ ПОСЛЕ (UTC)</translation>
    </message>
    <message>
        <source>NOTE</source>
        <translation>ПРИМЕЧАНИЕ</translation>
    </message>
    <message>
        <source>Invalid --after-days: give a whole number of days from 0 to %1.</source>
        <translation>Недопустимое значение --after-days: укажите целое число дней от 0 до %1.</translation>
    </message>
    <message>
        <source>Deactivated; revoked on or after %1 (UTC) unless reactivated, when &apos;docspace-keys-cli retire --due&apos; or the app runs.</source>
        <translation>Деактивирован; будет отозван %1 (UTC) или позже, если его не активируют снова, при запуске &apos;docspace-keys-cli retire --due&apos; или приложения.</translation>
    </message>
    <message>
        <source>Deactivated, but the plan could not be saved: %1</source>
        <translation>Деактивирован, но план не удалось сохранить: %1</translation>
    </message>
    <message>
        <source>%1: planned without a saved profile; run &apos;retire --due --portal %1&apos; with its token.</source>
        <translation>%1: запланировано без сохранённого профиля; выполните &apos;retire --due --portal %1&apos; с его токеном.</translation>
    </message>
    <message>
        <source>%1 (profile &quot;%2&quot;): %3</source>
        <translation>%1 (профиль «%2»): %3</translation>
    </message>
    <message>
        <source>the profile now points elsewhere</source>
        <translation>профиль теперь указывает на другой адрес</translation>
    </message>
    <message>
        <source>skipped: %1</source>
        <translation>пропущено: %1</translation>
    </message>
    <message>
        <source>Nothing is due.</source>
        <translation>Сейчас отзывать нечего.</translation>
    </message>
    <message>
        <source>Retire keys in stages.
  retire ID... --after-days N   deactivate now; revoke after N days unless reactivated
  retire --due                  revoke what is due (run it daily from a timer); a key reactivated meanwhile is left alone and the plan says so
  retire --list                 show the plan
  retire --cancel ID...         take keys out of the plan (they stay deactivated)
The plan is kept beside the history (%1) and never holds a token. --due uses each planned profile&apos;s keychain token, or the connection given with --portal/--profile.
Exit status: 0 all done, 1 something failed or is left for the next run, 2 usage error.</source>
        <translation>Поэтапный отзыв ключей.
  retire ID... --after-days N   деактивировать сейчас; отозвать через N дней, если не активируют снова
  retire --due                  отозвать то, чей срок наступил (запускайте ежедневно по таймеру); ключ, снова активированный за это время, не трогается, и план это отмечает
  retire --list                 показать план
  retire --cancel ID...         исключить ключи из плана (они остаются деактивированными)
План хранится рядом с историей (%1) и никогда не содержит токенов. --due использует токен из связки ключей для каждого запланированного профиля или подключение, заданное через --portal/--profile.
Код завершения: 0 — всё выполнено, 1 — что-то не удалось или осталось до следующего запуска, 2 — ошибка использования.</translation>
    </message>
    <message>
        <source>Revoke after this many days.</source>
        <translation>Отозвать через столько дней.</translation>
    </message>
    <message>
        <source>Carry out what is due.</source>
        <translation>Выполнить то, чей срок наступил.</translation>
    </message>
    <message>
        <source>Show the plan.</source>
        <translation>Показать план.</translation>
    </message>
    <message>
        <source>Take the given keys out of the plan.</source>
        <translation>Исключить указанные ключи из плана.</translation>
    </message>
    <message>
        <source>JSON output.</source>
        <translation>Вывод в JSON.</translation>
    </message>
    <message>
        <source>Give exactly one of --after-days N (with ids), --due, --list or --cancel (with ids).</source>
        <translation>Укажите ровно один из вариантов: --after-days N (с идентификаторами), --due, --list или --cancel (с идентификаторами).</translation>
    </message>
    <message>
        <source>--due and --list take no key ids.</source>
        <translation>--due и --list не принимают идентификаторов ключей.</translation>
    </message>
    <message numerus="yes">
        <source>%n key(s) taken out of the plan.</source>
        <translation>
            <numerusform>%n ключ исключён из плана.</numerusform>
            <numerusform>%n ключа исключены из плана.</numerusform>
            <numerusform>%n ключей исключены из плана.</numerusform>
        </translation>
    </message>
    <message>
        <source>The retirement plan is empty (%1).</source>
        <translation>План отзыва пуст (%1).</translation>
    </message>
    <message>
        <source>List the keys of every saved profile together, with the portal as a column, using each profile&apos;s keychain token. A portal that cannot be listed is reported and the others are still shown.
Exit status: 0 every portal listed, 1 at least one not, 2 usage error.</source>
        <translation>Показать вместе ключи всех сохранённых профилей, со столбцом портала, используя токен каждого профиля из связки ключей. О портале, список ключей которого получить не удалось, сообщается, а остальные всё равно показываются.
Код завершения: 0 — получены списки всех порталов, 1 — хотя бы одного нет, 2 — ошибка использования.</translation>
    </message>
    <message>
        <source>Every saved profile.</source>
        <translation>Все сохранённые профили.</translation>
    </message>
    <message>
        <source>No saved profiles: add some with &apos;docspace-keys-cli profiles add&apos;.</source>
        <translation>Сохранённых профилей нет: добавьте их командой &apos;docspace-keys-cli profiles add&apos;.</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; skipped: %2</source>
        <translation>Профиль «%1» пропущен: %2</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; (%2): %3</source>
        <translation>Профиль «%1» (%2): %3</translation>
    </message>
    <message>
        <source>PROFILE</source>
        <translation>ПРОФИЛЬ</translation>
    </message>
    <message>
        <source>Create an API key (its secret is printed once)</source>
        <translation>Создать ключ API (его секрет выводится один раз)</translation>
    </message>
    <message>
        <source>Change a key&apos;s name or permissions</source>
        <translation>Изменить имя или разрешения ключа</translation>
    </message>
    <message>
        <source>Replace keys with new ones, then revoke the old</source>
        <translation>Заменить ключи новыми, затем отозвать старые</translation>
    </message>
    <message>
        <source>Deactivate now, revoke after N days unless reactivated</source>
        <translation>Деактивировать сейчас, отозвать через N дней, если не активируют снова</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n key(s) shown</source>
        <translation>
            <numerusform>Показано %1 из %n ключа</numerusform>
            <numerusform>Показано %1 из %n ключей</numerusform>
            <numerusform>Показано %1 из %n ключей</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, from %n portal(s).</source>
        <translation>
            <numerusform>, с %n портала.</numerusform>
            <numerusform>, с %n порталов.</numerusform>
            <numerusform>, с %n порталов.</numerusform>
        </translation>
    </message>
    <message>
        <source>(this token)</source>
        <translation>(этот токен)</translation>
    </message>
    <message>
        <source>Type the number of keys (%1) to confirm; anything else cancels: </source>
        <translation>Для подтверждения введите количество ключей (%1); любой другой ввод отменяет операцию: </translation>
    </message>
    <message>
        <source>The number was not typed.</source>
        <translation>Количество не введено.</translation>
    </message>
    <message>
        <source>%1 is the key this command signs in with on %2.</source>
        <translation>%1 — это ключ, с которым эта команда входит на %2.</translation>
    </message>
    <message>
        <source>Once it is revoked, this token can no longer list or change keys; revocation cannot be undone.</source>
        <translation>После отзыва этот токен больше не сможет получать список ключей или изменять их; отзыв необратим.</translation>
    </message>
    <message>
        <source>While it is deactivated, this token cannot list, change or even reactivate keys.</source>
        <translation>Пока он деактивирован, этот токен не может получать список ключей, изменять их и даже снова активировать.</translation>
    </message>
    <message>
        <source>Revoke it too (i), skip it and go on with the others (s), or cancel everything (c)? [i/s/C] </source>
        <translation>Отозвать и его (i), пропустить его и продолжить с остальными (s) или отменить всё (c)? [i/s/C] </translation>
    </message>
    <message>
        <source>Deactivate it too (i), skip it and go on with the others (s), or cancel everything (c)? [i/s/C] </source>
        <translation>Деактивировать и его (i), пропустить его и продолжить с остальными (s) или отменить всё (c)? [i/s/C] </translation>
    </message>
    <message>
        <source>Skipping the key of this token.</source>
        <translation>Ключ этого токена пропускается.</translation>
    </message>
    <message>
        <source>Only keys unused for N days.</source>
        <translation>Только ключи, не использовавшиеся N дней.</translation>
    </message>
    <message>
        <source>Every replacement was created. Now the old keys:</source>
        <translation>Все замены созданы. Теперь старые ключи:</translation>
    </message>
    <message>
        <source>Every creation, change, revocation, deactivation and reactivation attempted from this computer, oldest first: which key, who acted, and what the portal answered (an edit&apos;s outcome says what it changed). The history is local: it never holds tokens or secrets.</source>
        <translation>Все попытки создания, изменения, отзыва, деактивации и повторной активации с этого компьютера, начиная с самых старых: какой ключ, кто действовал и что ответил портал (результат изменения указывает, что было изменено). История хранится локально: в ней никогда не бывает токенов или секретов.</translation>
    </message>
</context>
<context>
    <name>Cli::Invocation</name>
    <message>
        <source>Warning: sending the access token to %1 over unencrypted HTTP.</source>
        <translation>Предупреждение: токен доступа отправляется на %1 по незашифрованному HTTP.</translation>
    </message>
</context>
<context>
    <name>ConnectionReport</name>
    <message>
        <source>owner</source>
        <translation>владелец</translation>
    </message>
    <message>
        <source>administrator</source>
        <translation>администратор</translation>
    </message>
    <message>
        <source>guest</source>
        <translation>гость</translation>
    </message>
    <message>
        <source>member</source>
        <translation>участник</translation>
    </message>
    <message>
        <source>Signed in as %1 (%2)</source>
        <translation>Вход выполнен как %1 (%2)</translation>
    </message>
    <message>
        <source>all scopes</source>
        <translation>все области доступа</translation>
    </message>
    <message>
        <source>expires %1</source>
        <translation>истекает %1</translation>
    </message>
    <message>
        <source>never expires</source>
        <translation>бессрочный</translation>
    </message>
    <message>
        <source>API key &quot;%1&quot;: %2; %3</source>
        <translation>Ключ API «%1»: %2; %3</translation>
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
        <translation>Вход на %1…</translation>
    </message>
    <message>
        <source>This token can revoke keys on %1.</source>
        <translation>Этот токен может отзывать ключи на %1.</translation>
    </message>
    <message>
        <source>Could not sign in to %1: %2</source>
        <translation>Не удалось войти на %1: %2</translation>
    </message>
    <message>
        <source>The portal said: %1</source>
        <translation>Ответ портала: %1</translation>
    </message>
    <message>
        <source>Certificate SHA-256 fingerprint: %1</source>
        <translation>Отпечаток SHA-256 сертификата: %1</translation>
    </message>
    <message>
        <source>Trusted for this session: test the connection again.</source>
        <translation>Доверие установлено для этого сеанса: проверьте подключение ещё раз.</translation>
    </message>
    <message>
        <source>Tr&amp;ust This Certificate…</source>
        <translation>Доверять &amp;этому сертификату…</translation>
    </message>
</context>
<context>
    <name>ConnectionTest</name>
    <message>
        <source>This API key cannot revoke keys: it lacks the *:write scope.</source>
        <translation>Этот ключ API не может отзывать ключи: у него нет области доступа *:write.</translation>
    </message>
    <message numerus="yes">
        <source>This API key expires in %n day(s), on %1.</source>
        <translation>
            <numerusform>Срок действия этого ключа API истекает через %n день, %1.</numerusform>
            <numerusform>Срок действия этого ключа API истекает через %n дня, %1.</numerusform>
            <numerusform>Срок действия этого ключа API истекает через %n дней, %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The portal answered, but not with a user profile. Check that the address is a DocSpace portal.</source>
        <translation>Портал ответил, но не профилем пользователя. Проверьте, что это адрес портала DocSpace.</translation>
    </message>
    <message>
        <source>You are not an administrator: you can revoke only the keys you created.</source>
        <translation>Вы не администратор: вы можете отзывать только созданные вами ключи.</translation>
    </message>
    <message>
        <source>The key&apos;s own details could not be read: %1</source>
        <translation>Не удалось прочитать сведения о самом ключе: %1</translation>
    </message>
    <message>
        <source>The portal refused even to tell its version (HTTP 403 without a message): it is probably being moved, restored or encrypted. Try again later.</source>
        <translation>Портал отказался сообщить даже свою версию (HTTP 403 без сообщения): вероятно, он переносится, восстанавливается или шифруется. Повторите попытку позже.</translation>
    </message>
    <message>
        <source>The address answered, but not as a DocSpace portal: it does not say which DocSpace version it runs (HTTP %1 to /api/2.0/settings/version/build). Check that it is your portal&apos;s own address, not a login page, a proxy or another site.</source>
        <translation>Адрес ответил, но не как портал DocSpace: он не сообщает версию DocSpace (HTTP %1 на /api/2.0/settings/version/build). Убедитесь, что это адрес именно вашего портала, а не страница входа, прокси или другой сайт.</translation>
    </message>
    <message>
        <source>This portal runs DocSpace %1, which has no API keys: they appeared in DocSpace 3.1. The portal must be updated before its keys can be managed.</source>
        <translation>На этом портале работает DocSpace %1, в котором нет ключей API: они появились в DocSpace 3.1. Портал нужно обновить, прежде чем управлять его ключами.</translation>
    </message>
    <message>
        <source>DocSpace %1 lets any API key list, create, change and revoke keys, whatever its scopes (a key with only files:read can delete keys; fixed in 3.7.1). Treat every key of this portal as able to manage keys, and update the portal.</source>
        <translation>DocSpace %1 позволяет любому ключу API просматривать, создавать, изменять и отзывать ключи независимо от его областей доступа (ключ только с files:read может удалять ключи; исправлено в 3.7.1). Считайте, что любой ключ этого портала может управлять ключами, и обновите портал.</translation>
    </message>
    <message>
        <source>DocSpace %1 is older than 3.7.1: its key routes do not check that an id is a UUID (a malformed id gets a validation error, not &quot;not found&quot;), and expired keys can still be changed and reactivated.</source>
        <translation>DocSpace %1 старше 3.7.1: его маршруты для ключей не проверяют, что идентификатор является UUID (неверный идентификатор даёт ошибку проверки, а не «не найден»), а истёкшие ключи всё ещё можно изменять и снова активировать.</translation>
    </message>
</context>
<context>
    <name>DocSpaceClient</name>
    <message>
        <source>No access token was given, so nothing was sent. Enter an API key or session token.</source>
        <translation>Токен доступа не указан, поэтому ничего не отправлено. Введите ключ API или токен сеанса.</translation>
    </message>
    <message>
        <source>The portal&apos;s answer held no key list. Check that the address is a DocSpace portal.</source>
        <translation>Ответ портала не содержит списка ключей. Проверьте, что это адрес портала DocSpace.</translation>
    </message>
</context>
<context>
    <name>HistoryLog</name>
    <message>
        <source>The history file %1 is locked by another DocSpace Keys process.</source>
        <translation>Файл истории %1 заблокирован другим процессом DocSpace Keys.</translation>
    </message>
    <message>
        <source>Cannot write the history file %1: %2.</source>
        <translation>Не удаётся записать файл истории %1: %2.</translation>
    </message>
    <message>
        <source>Cannot read the history file %1: %2.</source>
        <translation>Не удаётся прочитать файл истории %1: %2.</translation>
    </message>
    <message>
        <source>Line %1 of the history file is incomplete or damaged and was skipped.</source>
        <translation>Строка %1 файла истории неполна или повреждена и была пропущена.</translation>
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
        <translation>Отзыв</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation>Деактивация</translation>
    </message>
    <message>
        <source>Reactivate</source>
        <translation>Повторная активация</translation>
    </message>
    <message>
        <source>command line</source>
        <translation>командная строка</translation>
    </message>
    <message>
        <source>window</source>
        <translation>окно</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Key id: %1</source>
        <translation>Идентификатор ключа: %1</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Время</translation>
    </message>
    <message>
        <source>Portal</source>
        <translation>Портал</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Профиль</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>Операция</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Ключ</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Результат</translation>
    </message>
    <message>
        <source>HTTP</source>
        <translation>HTTP</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Источник</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Сообщение</translation>
    </message>
    <message>
        <source>name</source>
        <translation>имя</translation>
    </message>
    <message>
        <source>permissions</source>
        <translation>разрешения</translation>
    </message>
    <message>
        <source>Edited: %1</source>
        <comment>what was changed: name, permissions</comment>
        <translation>Изменено: %1</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Создание</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Изменение</translation>
    </message>
</context>
<context>
    <name>HistoryRecorder</name>
    <message>
        <source>This result was not recorded in the history. %1 Check that the folder is writable and that the disk is not full.</source>
        <translation>Этот результат не записан в историю. %1 Проверьте, что папка доступна для записи и диск не заполнен.</translation>
    </message>
    <message>
        <source>Created with the permissions %1; it expires on %2 (UTC).</source>
        <translation>Создан с разрешениями %1; истекает %2 (UTC).</translation>
    </message>
    <message>
        <source>Created with the permissions %1; it never expires.</source>
        <translation>Создан с разрешениями %1; бессрочный.</translation>
    </message>
    <message>
        <source>Replacement for “%1” (%2), in a rotation.</source>
        <translation>Замена для «%1» (%2) при ротации.</translation>
    </message>
    <message>
        <source>Name “%1”, was “%2”.</source>
        <translation>Имя «%1», было «%2».</translation>
    </message>
    <message>
        <source>Name “%1”.</source>
        <translation>Имя «%1».</translation>
    </message>
    <message>
        <source>Permissions %1.</source>
        <translation>Разрешения: %1.</translation>
    </message>
    <message>
        <source>Permissions %1, were %2.</source>
        <translation>Разрешения: %1, были: %2.</translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Обновить</translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation>&amp;Экспорт CSV…</translation>
    </message>
    <message>
        <source>Portal filter</source>
        <translation>Фильтр по порталу</translation>
    </message>
    <message>
        <source>Outcome filter</source>
        <translation>Фильтр по результату</translation>
    </message>
    <message>
        <source>Search key, message, user…</source>
        <translation>Поиск по ключу, сообщению, пользователю…</translation>
    </message>
    <message>
        <source>Search the history</source>
        <translation>Поиск в истории</translation>
    </message>
    <message>
        <source>Save the rows shown (after filtering) as a CSV file.</source>
        <translation>Сохранить показанные строки (после фильтрации) в файл CSV.</translation>
    </message>
    <message numerus="yes">
        <source>…and %n more damaged line(s).</source>
        <translation>
            <numerusform>…и ещё %n повреждённая строка.</numerusform>
            <numerusform>…и ещё %n повреждённые строки.</numerusform>
            <numerusform>…и ещё %n повреждённых строк.</numerusform>
        </translation>
    </message>
    <message>
        <source>Some of the history could not be read, so it may be incomplete:
%1
The file is %2; the other records are shown. New records are still added.</source>
        <translation>Часть истории не удалось прочитать, поэтому она может быть неполной:
%1
Файл: %2; остальные записи показаны. Новые записи по-прежнему добавляются.</translation>
    </message>
    <message>
        <source>All portals</source>
        <translation>Все порталы</translation>
    </message>
    <message>
        <source>All outcomes</source>
        <translation>Все результаты</translation>
    </message>
    <message>
        <source>Nothing recorded yet. Every revocation, deactivation and reactivation made here or with docspace-keys-cli is listed here.</source>
        <translation>Пока ничего не записано. Здесь перечисляются все отзывы, деактивации и повторные активации, выполненные в этом окне или с помощью docspace-keys-cli.</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s).</source>
        <translation>
            <numerusform>%n запись.</numerusform>
            <numerusform>%n записи.</numerusform>
            <numerusform>%n записей.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n record(s) shown.</source>
        <translation>
            <numerusform>Показано %1 из %n записи.</numerusform>
            <numerusform>Показано %1 из %n записей.</numerusform>
            <numerusform>Показано %1 из %n записей.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export History</source>
        <translation>Экспорт истории</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Файлы CSV (*.csv);;Все файлы (*)</translation>
    </message>
    <message>
        <source>History Not Exported</source>
        <translation>История не экспортирована</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>Не удаётся записать %1.</translation>
    </message>
    <message>
        <source>%1
Choose another folder, or check that the disk is not full.</source>
        <translation>%1
Выберите другую папку или проверьте, что диск не заполнен.</translation>
    </message>
    <message>
        <source>Port&amp;al:</source>
        <translation>Порта&amp;л:</translation>
    </message>
    <message>
        <source>O&amp;utcome:</source>
        <translation>Р&amp;езультат:</translation>
    </message>
</context>
<context>
    <name>HygieneReport</name>
    <message>
        <source>Expired keys still present</source>
        <translation>Истёкшие ключи, которые всё ещё существуют</translation>
    </message>
    <message>
        <source>They no longer work but still clutter the list and hide real problems; revoke them.</source>
        <translation>Они больше не работают, но загромождают список и скрывают реальные проблемы; отзовите их.</translation>
    </message>
    <message>
        <source>Deactivated keys</source>
        <translation>Деактивированные ключи</translation>
    </message>
    <message>
        <source>Anyone who may change them can switch them back on; revoke those that are no longer needed.</source>
        <translation>Любой, кто может их изменять, может снова их включить; отзовите те, что больше не нужны.</translation>
    </message>
    <message>
        <source>Keys never used</source>
        <translation>Ключи, которые ни разу не использовались</translation>
    </message>
    <message>
        <source>Nothing depends on them yet; deactivate them until someone asks.</source>
        <translation>От них пока ничего не зависит; деактивируйте их, пока они кому-нибудь не понадобятся.</translation>
    </message>
    <message>
        <source>Forgotten keys are the ones that leak unnoticed; deactivate them.</source>
        <translation>Именно забытые ключи утекают незаметно; деактивируйте их.</translation>
    </message>
    <message>
        <source>Keys that never expire</source>
        <translation>Бессрочные ключи</translation>
    </message>
    <message>
        <source>A leaked key without an expiry date works until someone notices; replace them with keys that expire.</source>
        <translation>Утёкший ключ без срока действия работает, пока кто-нибудь этого не заметит; замените такие ключи ключами с ограниченным сроком действия.</translation>
    </message>
    <message>
        <source>Keys with every permission</source>
        <translation>Ключи со всеми разрешениями</translation>
    </message>
    <message>
        <source>They can do anything the owner can; give integrations only the scopes they need.</source>
        <translation>Они могут всё, что может их владелец; выдавайте интеграциям только необходимые области доступа.</translation>
    </message>
    <message>
        <source>API key hygiene report</source>
        <translation>Отчёт о гигиене ключей API</translation>
    </message>
    <message>
        <source>Portal: %1</source>
        <translation>Портал: %1</translation>
    </message>
    <message>
        <source>Generated: %1 UTC</source>
        <translation>Создан: %1 UTC</translation>
    </message>
    <message numerus="yes">
        <source>Keys examined: %1; unused threshold: %n day(s)</source>
        <translation>
            <numerusform>Проверено ключей: %1; порог неиспользования: %n день</numerusform>
            <numerusform>Проверено ключей: %1; порог неиспользования: %n дня</numerusform>
            <numerusform>Проверено ключей: %1; порог неиспользования: %n дней</numerusform>
        </translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Проблема</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Ключи</translation>
    </message>
    <message>
        <source>Suggested action</source>
        <translation>Рекомендуемое действие</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>Отозвать</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation>Деактивировать</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Ending</source>
        <translation>Окончание</translation>
    </message>
    <message>
        <source>Created by</source>
        <translation>Создатель</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Создан</translation>
    </message>
    <message>
        <source>Last used</source>
        <translation>Последнее использование</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Истекает</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Идентификатор</translation>
    </message>
    <message>
        <source>never</source>
        <translation>никогда</translation>
    </message>
    <message>
        <source>Permissions</source>
        <translation>Разрешения</translation>
    </message>
    <message>
        <source>all</source>
        <translation>все</translation>
    </message>
</context>
<context>
    <name>HygieneReportView</name>
    <message>
        <source>unknown</source>
        <translation>неизвестен</translation>
    </message>
    <message>
        <source>API key hygiene</source>
        <translation>Гигиена ключей API</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>О&amp;бновить</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>Экспорт &amp;CSV…</translation>
    </message>
    <message>
        <source> days</source>
        <translation> дн.</translation>
    </message>
    <message>
        <source>Unused for more than this many days</source>
        <translation>Не использовались более указанного числа дней</translation>
    </message>
    <message>
        <source>Choose a portal profile to see its report.</source>
        <translation>Выберите профиль портала, чтобы увидеть его отчёт.</translation>
    </message>
    <message>
        <source>Loading the key list from %1…</source>
        <translation>Загрузка списка ключей с %1…</translation>
    </message>
    <message>
        <source>The report could not be made: the key list did not load. %1</source>
        <translation>Не удалось составить отчёт: список ключей не загружен. %1</translation>
    </message>
    <message>
        <source>Which keys of %1 are a risk before they leak. The report appears once the key list has loaded.</source>
        <translation>Какие ключи на %1 представляют риск ещё до утечки. Отчёт появится, когда загрузится список ключей.</translation>
    </message>
    <message>
        <source>the portal</source>
        <translation>портале</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n key(s) examined · %2 · %3 of %4 findings need attention</source>
        <translation>
            <numerusform>%1 · проверен %n ключ · %2 · проблем, требующих внимания: %3 из %4</numerusform>
            <numerusform>%1 · проверено %n ключа · %2 · проблем, требующих внимания: %3 из %4</numerusform>
            <numerusform>%1 · проверено %n ключей · %2 · проблем, требующих внимания: %3 из %4</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Revoke %n Key(s)…</source>
        <translation>
            <numerusform>Отозвать %n ключ…</numerusform>
            <numerusform>Отозвать %n ключа…</numerusform>
            <numerusform>Отозвать %n ключей…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deactivate %n Key(s)…</source>
        <translation>
            <numerusform>Деактивировать %n ключ…</numerusform>
            <numerusform>Деактивировать %n ключа…</numerusform>
            <numerusform>Деактивировать %n ключей…</numerusform>
        </translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Владелец</translation>
    </message>
    <message>
        <source>Ending</source>
        <translation>Окончание</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Создан</translation>
    </message>
    <message>
        <source>Last used</source>
        <translation>Последнее использование</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Истекает</translation>
    </message>
    <message>
        <source>Scopes</source>
        <translation>Области доступа</translation>
    </message>
    <message>
        <source>never</source>
        <translation>никогда</translation>
    </message>
    <message>
        <source>all</source>
        <translation>все</translation>
    </message>
    <message>
        <source>Key id: %1</source>
        <translation>Идентификатор ключа: %1</translation>
    </message>
    <message numerus="yes">
        <source>Hide the %n key(s)</source>
        <translation>
            <numerusform>Скрыть %n ключ</numerusform>
            <numerusform>Скрыть %n ключа</numerusform>
            <numerusform>Скрыть %n ключей</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Show the %n key(s)</source>
        <translation>
            <numerusform>Показать %n ключ</numerusform>
            <numerusform>Показать %n ключа</numerusform>
            <numerusform>Показать %n ключей</numerusform>
        </translation>
    </message>
    <message>
        <source>Revoking the keys under “%1”…</source>
        <translation>Отзыв ключей в категории «%1»…</translation>
    </message>
    <message>
        <source>Deactivating the keys under “%1”…</source>
        <translation>Деактивация ключей в категории «%1»…</translation>
    </message>
    <message>
        <source>API key hygiene report</source>
        <translation>Отчёт о гигиене ключей API</translation>
    </message>
    <message>
        <source>Report saved as %1.</source>
        <translation>Отчёт сохранён: %1.</translation>
    </message>
    <message>
        <source>Report Not Exported</source>
        <translation>Отчёт не экспортирован</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>Не удаётся записать %1.</translation>
    </message>
    <message>
        <source>%1
Choose another folder, or check that the disk is not full.</source>
        <translation>%1
Выберите другую папку или проверьте, что диск не заполнен.</translation>
    </message>
    <message>
        <source>Export Report as CSV</source>
        <translation>Экспорт отчёта в CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Файлы CSV (*.csv);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Export Report as HTML</source>
        <translation>Экспорт отчёта в HTML</translation>
    </message>
    <message>
        <source>Web pages (*.html *.htm);;All files (*)</source>
        <translation>Веб-страницы (*.html *.htm);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Export Report as PDF</source>
        <translation>Экспорт отчёта в PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf);;All files (*)</source>
        <translation>Файлы PDF (*.pdf);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Choose another folder, or check that the disk is not full.</source>
        <translation>Выберите другую папку или проверьте, что диск не заполнен.</translation>
    </message>
    <message>
        <source>These are the keys under “%1”.</source>
        <translation>Это ключи в категории «%1».</translation>
    </message>
    <message>
        <source>&amp;Unused for:</source>
        <translation>Б&amp;ез использования:</translation>
    </message>
    <message>
        <source>Export H&amp;TML…</source>
        <translation>Экспорт &amp;HTML…</translation>
    </message>
    <message>
        <source>Export P&amp;DF…</source>
        <translation>Экспорт &amp;PDF…</translation>
    </message>
</context>
<context>
    <name>KeyBatch</name>
    <message>
        <source>Not sent: the batch was cancelled.</source>
        <translation>Не отправлено: пакет отменён.</translation>
    </message>
    <message>
        <source>Reading the key list to check failed too: %1</source>
        <translation>Прочитать список ключей для проверки тоже не удалось: %1</translation>
    </message>
    <message>
        <source>The connection failed after the request was sent (%1); the key list read afterwards shows</source>
        <translation>Соединение прервалось после отправки запроса (%1); список ключей, прочитанный после этого, показывает</translation>
    </message>
    <message>
        <source>Revoked (checked). %1 that the key is gone.</source>
        <translation>Отозван (проверено). %1, что ключа больше нет.</translation>
    </message>
    <message>
        <source>Deactivated (checked). %1 the key inactive.</source>
        <translation>Деактивирован (проверено). %1, что ключ неактивен.</translation>
    </message>
    <message>
        <source>Reactivated (checked). %1 the key active.</source>
        <translation>Снова активирован (проверено). %1, что ключ активен.</translation>
    </message>
    <message>
        <source>Not found (checked). %1 no key with this id.</source>
        <translation>Не найден (проверено). %1, что ключа с таким идентификатором нет.</translation>
    </message>
    <message>
        <source>Not revoked (checked). %1 the key still there, after two tries. Check the network to the portal, then try again.</source>
        <translation>Не отозван (проверено). %1, что ключ всё ещё на месте после двух попыток. Проверьте сеть до портала и повторите попытку.</translation>
    </message>
    <message>
        <source>Not changed (checked). %1 the key unchanged, after two tries. Check the network to the portal, then try again.</source>
        <translation>Не изменён (проверено). %1, что ключ не изменился после двух попыток. Проверьте сеть до портала и повторите попытку.</translation>
    </message>
</context>
<context>
    <name>KeyChangeConfirmation</name>
    <message>
        <source>On %1.</source>
        <translation>На %1.</translation>
    </message>
    <message>
        <source>On %1, with the token of profile “%2”.</source>
        <translation>На %1, с токеном профиля «%2».</translation>
    </message>
    <message>
        <source>%1 (not in the list shown)</source>
        <translation>%1 (нет в показанном списке)</translation>
    </message>
    <message>
        <source>(this token)</source>
        <translation>(этот токен)</translation>
    </message>
    <message>
        <source>owner %1</source>
        <translation>владелец: %1</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>«%1»</translation>
    </message>
    <message>
        <source>“%1” (…%2)</source>
        <translation>«%1» (…%2)</translation>
    </message>
    <message>
        <source>Nothing was revoked.</source>
        <translation>Ничего не отозвано.</translation>
    </message>
    <message>
        <source>Nothing was deactivated.</source>
        <translation>Ничего не деактивировано.</translation>
    </message>
    <message>
        <source>Nothing was reactivated.</source>
        <translation>Ничего не активировано повторно.</translation>
    </message>
    <message>
        <source>Revoke API Keys</source>
        <translation>Отзыв ключей API</translation>
    </message>
    <message>
        <source>Revoked keys stop working at once; this cannot be undone. Any script or integration using them will fail. Deactivate them instead to be able to bring them back.</source>
        <translation>Отозванные ключи сразу перестают работать; это действие необратимо. Все скрипты и интеграции, которые их используют, перестанут работать. Чтобы сохранить возможность вернуть ключи, деактивируйте их вместо отзыва.</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Revoke %n Key(s)</source>
        <translation>
            <numerusform>&amp;Отозвать %n ключ</numerusform>
            <numerusform>&amp;Отозвать %n ключа</numerusform>
            <numerusform>&amp;Отозвать %n ключей</numerusform>
        </translation>
    </message>
    <message>
        <source>Deactivate API Keys</source>
        <translation>Деактивация ключей API</translation>
    </message>
    <message>
        <source>Anything using these keys stops working until they are reactivated.</source>
        <translation>Всё, что использует эти ключи, перестанет работать, пока их снова не активируют.</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Deactivate %n Key(s)</source>
        <translation>
            <numerusform>&amp;Деактивировать %n ключ</numerusform>
            <numerusform>&amp;Деактивировать %n ключа</numerusform>
            <numerusform>&amp;Деактивировать %n ключей</numerusform>
        </translation>
    </message>
    <message>
        <source>Reactivate API Keys</source>
        <translation>Повторная активация ключей API</translation>
    </message>
    <message>
        <source>These keys work again at once: whoever holds their secret can use the portal with them again.</source>
        <translation>Эти ключи сразу снова начнут работать: любой, у кого есть их секрет, снова сможет с их помощью пользоваться порталом.</translation>
    </message>
    <message numerus="yes">
        <source>Re&amp;activate %n Key(s)</source>
        <translation>
            <numerusform>Снова &amp;активировать %n ключ</numerusform>
            <numerusform>Снова &amp;активировать %n ключа</numerusform>
            <numerusform>Снова &amp;активировать %n ключей</numerusform>
        </translation>
    </message>
    <message>
        <source>Revoke the Key of This Window?</source>
        <translation>Отозвать ключ этого окна?</translation>
    </message>
    <message>
        <source>Deactivate the Key of This Window?</source>
        <translation>Деактивировать ключ этого окна?</translation>
    </message>
    <message>
        <source>%1 is the token DocSpace Keys is signed in with on %2.</source>
        <translation>%1 — это токен, с которым DocSpace Keys вошёл на %2.</translation>
    </message>
    <message>
        <source>After it is revoked, DocSpace Keys loses access to the portal: it can no longer list or revoke keys until you enter another token. Revocation cannot be undone.</source>
        <translation>После его отзыва DocSpace Keys потеряет доступ к порталу: получить список ключей или отозвать их будет нельзя, пока вы не введёте другой токен. Отзыв необратим.</translation>
    </message>
    <message>
        <source>While it is deactivated, DocSpace Keys loses access to the portal: it cannot list, revoke or even reactivate keys until you enter another token.</source>
        <translation>Пока он деактивирован, DocSpace Keys не имеет доступа к порталу: получить список ключей, отозвать их или даже снова активировать будет нельзя, пока вы не введёте другой токен.</translation>
    </message>
    <message>
        <source>Revoke It &amp;Too</source>
        <translation>Отозвать &amp;и его</translation>
    </message>
    <message>
        <source>Deactivate It &amp;Too</source>
        <translation>Деактивировать &amp;и его</translation>
    </message>
    <message>
        <source>&amp;Skip My Key</source>
        <translation>&amp;Пропустить мой ключ</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <comment>the first names of a list, then how many others</comment>
        <translation>
            <numerusform>%1 и ещё %n</numerusform>
            <numerusform>%1 и ещё %n</numerusform>
            <numerusform>%1 и ещё %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Revoke %n API key(s): %1?</source>
        <translation>
            <numerusform>Отозвать %n ключ API: %1?</numerusform>
            <numerusform>Отозвать %n ключа API: %1?</numerusform>
            <numerusform>Отозвать %n ключей API: %1?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deactivate %n API key(s): %1?</source>
        <translation>
            <numerusform>Деактивировать %n ключ API: %1?</numerusform>
            <numerusform>Деактивировать %n ключа API: %1?</numerusform>
            <numerusform>Деактивировать %n ключей API: %1?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reactivate %n API key(s): %1?</source>
        <translation>
            <numerusform>Снова активировать %n ключ API: %1?</numerusform>
            <numerusform>Снова активировать %n ключа API: %1?</numerusform>
            <numerusform>Снова активировать %n ключей API: %1?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>KeyCreateRequest</name>
    <message>
        <source>New secret key</source>
        <translation>Новый секретный ключ</translation>
    </message>
    <message>
        <source>Give the key a name.</source>
        <translation>Задайте имя ключа.</translation>
    </message>
    <message numerus="yes">
        <source>The name has %1 characters; the portal allows at most %n.</source>
        <translation>
            <numerusform>Имя слишком длинное (символов: %1); портал допускает не более %n.</numerusform>
            <numerusform>Имя слишком длинное (символов: %1); портал допускает не более %n.</numerusform>
            <numerusform>Имя слишком длинное (символов: %1); портал допускает не более %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The lifetime must be from 1 to %n day(s), or none.</source>
        <translation>
            <numerusform>Срок действия должен быть от 1 до %n дня или не задан.</numerusform>
            <numerusform>Срок действия должен быть от 1 до %n дней или не задан.</numerusform>
            <numerusform>Срок действия должен быть от 1 до %n дней или не задан.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose at least one permission: a key restricted to nothing would get every permission.</source>
        <translation>Выберите хотя бы одно разрешение: ключ, ограниченный ничем, получил бы все разрешения.</translation>
    </message>
</context>
<context>
    <name>KeyEditRequest</name>
    <message>
        <source>Nothing to change: give a new name, new permissions, or both.</source>
        <translation>Нечего изменять: укажите новое имя, новые разрешения или и то, и другое.</translation>
    </message>
    <message>
        <source>The name cannot be only spaces.</source>
        <translation>Имя не может состоять только из пробелов.</translation>
    </message>
    <message numerus="yes">
        <source>The name has %1 characters; the portal allows at most %n.</source>
        <translation>
            <numerusform>Имя слишком длинное (символов: %1); портал допускает не более %n.</numerusform>
            <numerusform>Имя слишком длинное (символов: %1); портал допускает не более %n.</numerusform>
            <numerusform>Имя слишком длинное (символов: %1); портал допускает не более %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose at least one permission: an empty list would leave the key unchanged.</source>
        <translation>Выберите хотя бы одно разрешение: при пустом списке ключ не изменится.</translation>
    </message>
</context>
<context>
    <name>KeyFormDialog</name>
    <message>
        <source>Create API Key</source>
        <translation>Создание ключа API</translation>
    </message>
    <message>
        <source>Edit API Key</source>
        <translation>Изменение ключа API</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Имя:</translation>
    </message>
    <message>
        <source>Permissions:</source>
        <translation>Разрешения:</translation>
    </message>
    <message>
        <source>The key may do everything its owner may: read and change files, rooms, profile and accounts.</source>
        <translation>Ключ может всё, что может его владелец: читать и изменять файлы, комнаты, профиль и учётные записи.</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>Чтение</translation>
    </message>
    <message>
        <source>Write</source>
        <translation>Запись</translation>
    </message>
    <message>
        <source>%1: read</source>
        <translation>%1: чтение</translation>
    </message>
    <message>
        <source>%1: write</source>
        <translation>%1: запись</translation>
    </message>
    <message>
        <source>The key may read everything its owner may, and change nothing (scope *:read).</source>
        <translation>Ключ может читать всё, что может читать его владелец, и ничего не изменять (область доступа *:read).</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Все</translation>
    </message>
    <message>
        <source>Restricted</source>
        <translation>Ограниченные</translation>
    </message>
    <message>
        <source>Read only</source>
        <translation>Только чтение</translation>
    </message>
    <message>
        <source>&amp;Expires after</source>
        <translation>&amp;Истекает через</translation>
    </message>
    <message>
        <source> days</source>
        <translation> дн.</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Создать</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Сохранить</translation>
    </message>
    <message>
        <source>Give the key a name.</source>
        <translation>Задайте имя ключа.</translation>
    </message>
    <message>
        <source>Nothing changed yet.</source>
        <translation>Пока ничего не изменено.</translation>
    </message>
</context>
<context>
    <name>KeyId</name>
    <message>
        <source>Enter the id of the key to revoke (a UUID such as 3f2b6c1e-8a4d-4e9b-9c71-2d5e8f0a1b23).</source>
        <translation>Введите идентификатор отзываемого ключа (UUID, например 3f2b6c1e-8a4d-4e9b-9c71-2d5e8f0a1b23).</translation>
    </message>
    <message>
        <source>This looks like a key&apos;s secret, not its id. Enter the key&apos;s UUID.</source>
        <translation>Это похоже на секрет ключа, а не на его идентификатор. Введите UUID ключа.</translation>
    </message>
    <message>
        <source>A key id is a UUID of 32 hexadecimal digits in groups 8-4-4-4-12, for example 3f2b6c1e-8a4d-4e9b-9c71-2d5e8f0a1b23.</source>
        <translation>Идентификатор ключа — это UUID из 32 шестнадцатеричных цифр в группах 8-4-4-4-12, например 3f2b6c1e-8a4d-4e9b-9c71-2d5e8f0a1b23.</translation>
    </message>
</context>
<context>
    <name>KeyIdList</name>
    <message>
        <source>No key id on this line.</source>
        <translation>В этой строке нет идентификатора ключа.</translation>
    </message>
</context>
<context>
    <name>KeyListModel</name>
    <message>
        <source>active</source>
        <translation>активен</translation>
    </message>
    <message>
        <source>deactivated</source>
        <translation>деактивирован</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>истёк</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Все</translation>
    </message>
    <message>
        <source>Read only</source>
        <translation>Только чтение</translation>
    </message>
    <message>
        <source>never</source>
        <translation>никогда</translation>
    </message>
    <message>
        <source>%1 (this token)</source>
        <translation>%1 (этот токен)</translation>
    </message>
    <message>
        <source>revoked</source>
        <translation>отозван</translation>
    </message>
    <message>
        <source>%1
Id: %2
The token this window signs in with: revoking or deactivating it cuts DocSpace Keys off from the portal.</source>
        <translation>%1
Идентификатор: %2
Токен, с которым вошло это окно: если отозвать или деактивировать его, DocSpace Keys потеряет доступ к порталу.</translation>
    </message>
    <message>
        <source>%1
Id: %2</source>
        <translation>%1
Идентификатор: %2</translation>
    </message>
    <message>
        <source>Never used</source>
        <translation>Ни разу не использовался</translation>
    </message>
    <message>
        <source>Never expires</source>
        <translation>Бессрочный</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Ключ</translation>
    </message>
    <message>
        <source>Created by</source>
        <translation>Создатель</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Создан</translation>
    </message>
    <message>
        <source>Last used</source>
        <translation>Последнее использование</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Истекает</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>Permissions</source>
        <translation>Разрешения</translation>
    </message>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <translation>
            <numerusform>через %n день</numerusform>
            <numerusform>через %n дня</numerusform>
            <numerusform>через %n дней</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n hour(s)</source>
        <translation>
            <numerusform>через %n час</numerusform>
            <numerusform>через %n часа</numerusform>
            <numerusform>через %n часов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n minute(s)</source>
        <translation>
            <numerusform>через %n минуту</numerusform>
            <numerusform>через %n минуты</numerusform>
            <numerusform>через %n минут</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>expired %n day(s) ago</source>
        <translation>
            <numerusform>истёк %n день назад</numerusform>
            <numerusform>истёк %n дня назад</numerusform>
            <numerusform>истёк %n дней назад</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>expired %n hour(s) ago</source>
        <translation>
            <numerusform>истёк %n час назад</numerusform>
            <numerusform>истёк %n часа назад</numerusform>
            <numerusform>истёк %n часов назад</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>expired %n minute(s) ago</source>
        <translation>
            <numerusform>истёк %n минуту назад</numerusform>
            <numerusform>истёк %n минуты назад</numerusform>
            <numerusform>истёк %n минут назад</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>KeyPermissions</name>
    <message>
        <source>Files</source>
        <translation>Файлы</translation>
    </message>
    <message>
        <source>Rooms</source>
        <translation>Комнаты</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Профиль</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Учётные записи</translation>
    </message>
    <message numerus="yes">
        <source>This portal does not offer the permission(s) %1 (it offers: %2).</source>
        <translation>
            <numerusform>Этот портал не предлагает разрешения %1 (он предлагает: %2).</numerusform>
            <numerusform>Этот портал не предлагает разрешений %1 (он предлагает: %2).</numerusform>
            <numerusform>Этот портал не предлагает разрешений %1 (он предлагает: %2).</numerusform>
        </translation>
    </message>
    <message>
        <source>All</source>
        <translation>Все</translation>
    </message>
    <message>
        <source>Read only</source>
        <translation>Только чтение</translation>
    </message>
    <message>
        <source>Restricted</source>
        <translation>Ограниченные</translation>
    </message>
    <message>
        <source>All: every resource, read and write.</source>
        <translation>Все: все ресурсы, чтение и запись.</translation>
    </message>
    <message>
        <source>Read only: every resource, read (scope *:read).</source>
        <translation>Только чтение: все ресурсы, чтение (область доступа *:read).</translation>
    </message>
    <message>
        <source>%1: read</source>
        <translation>%1: чтение</translation>
    </message>
    <message>
        <source>%1: read and write</source>
        <translation>%1: чтение и запись</translation>
    </message>
    <message>
        <source>every resource: read</source>
        <translation>все ресурсы: чтение</translation>
    </message>
    <message>
        <source>every resource: write</source>
        <translation>все ресурсы: запись</translation>
    </message>
    <message>
        <source>Restricted: nothing chosen.</source>
        <translation>Ограниченные: ничего не выбрано.</translation>
    </message>
    <message>
        <source>Restricted: %1 (scopes %2).</source>
        <translation>Ограниченные: %1 (области доступа %2).</translation>
    </message>
    <message>
        <source>Invalid permission &quot;%1&quot;: give all, read-only, or a comma-separated list of files, rooms, profile or accounts, each with :read or :write (e.g. files:write,rooms:read).</source>
        <translation>Недопустимое разрешение «%1»: укажите all, read-only или список через запятую из files, rooms, profile или accounts, каждый с :read или :write (например, files:write,rooms:read).</translation>
    </message>
    <message>
        <source>No permission given: a key restricted to nothing would get every permission. Give all, read-only, or e.g. files:read.</source>
        <translation>Разрешения не указаны: ключ, ограниченный ничем, получил бы все разрешения. Укажите all, read-only или, например, files:read.</translation>
    </message>
</context>
<context>
    <name>KeyUsage</name>
    <message>
        <source>Not used in the last N days, counted from the last use, or from the creation for a key never used: a key created less than N days ago is not unused yet.</source>
        <translation>Не использовались за последние N дней, считая от последнего использования, а для ни разу не использованного ключа — от создания: ключ, созданный менее N дней назад, ещё не считается неиспользуемым.</translation>
    </message>
    <message numerus="yes">
        <source>Not used in the last %n day(s)</source>
        <translation>
            <numerusform>Не использовались за последний %n день</numerusform>
            <numerusform>Не использовались за последние %n дня</numerusform>
            <numerusform>Не использовались за последние %n дней</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>KeychainSecretStore</name>
    <message>
        <source>this build has no keychain support</source>
        <translation>в этой сборке нет поддержки связки ключей</translation>
    </message>
    <message>
        <source>memory only, until DocSpace Keys closes (no system keychain: %1)</source>
        <translation>только в памяти, до закрытия DocSpace Keys (нет системной связки ключей: %1)</translation>
    </message>
    <message>
        <source>the system keychain</source>
        <translation>системная связка ключей</translation>
    </message>
    <message>
        <source>The keychain did not give the token: %1</source>
        <translation>Связка ключей не выдала токен: %1</translation>
    </message>
    <message>
        <source>The keychain did not store the token: %1</source>
        <translation>Связка ключей не сохранила токен: %1</translation>
    </message>
    <message>
        <source>The keychain did not delete the token: %1</source>
        <translation>Связка ключей не удалила токен: %1</translation>
    </message>
</context>
<context>
    <name>KeysView</name>
    <message>
        <source>Filter by name, creator, ending or id</source>
        <translation>Фильтр по имени, создателю, окончанию или идентификатору</translation>
    </message>
    <message>
        <source>Filter keys</source>
        <translation>Фильтр ключей</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Истёкшие</translation>
    </message>
    <message>
        <source>Only keys past their expiry date</source>
        <translation>Только ключи с истёкшим сроком действия</translation>
    </message>
    <message>
        <source>Deactivated</source>
        <translation>Деактивированные</translation>
    </message>
    <message>
        <source>Only deactivated keys</source>
        <translation>Только деактивированные ключи</translation>
    </message>
    <message>
        <source>Never used</source>
        <translation>Не использовались</translation>
    </message>
    <message>
        <source>Only keys never used</source>
        <translation>Только ключи, которые ни разу не использовались</translation>
    </message>
    <message>
        <source>Unused for</source>
        <translation>Без использования</translation>
    </message>
    <message>
        <source> days</source>
        <translation> дн.</translation>
    </message>
    <message>
        <source>Days unused</source>
        <translation>Дней без использования</translation>
    </message>
    <message>
        <source>Created by me</source>
        <translation>Созданные мной</translation>
    </message>
    <message>
        <source>Only keys created by the user the token signs in as</source>
        <translation>Только ключи, созданные пользователем, от имени которого входит токен</translation>
    </message>
    <message>
        <source>Read the portal&apos;s keys again (F5); nothing is changed</source>
        <translation>Снова прочитать ключи портала (F5); ничего не изменяется</translation>
    </message>
    <message>
        <source>API keys</source>
        <translation>Ключи API</translation>
    </message>
    <message>
        <source>Re&amp;voke Selected…</source>
        <translation>Отозвать в&amp;ыбранные…</translation>
    </message>
    <message>
        <source>Revoke the selected keys after a confirmation (Delete)</source>
        <translation>Отозвать выбранные ключи после подтверждения (Delete)</translation>
    </message>
    <message>
        <source>&amp;Deactivate</source>
        <translation>&amp;Деактивировать</translation>
    </message>
    <message>
        <source>Stop the selected keys from working, reversibly: Reactivate brings them back</source>
        <translation>Отключить выбранные ключи с возможностью вернуть их: кнопка «Активировать снова» снова включает их</translation>
    </message>
    <message>
        <source>Reactiv&amp;ate</source>
        <translation>&amp;Активировать снова</translation>
    </message>
    <message>
        <source>Let the selected deactivated keys work again</source>
        <translation>Снова разрешить работу выбранных деактивированных ключей</translation>
    </message>
    <message>
        <source>Paste a list of key ids (or a CSV export) and revoke them</source>
        <translation>Вставить список идентификаторов ключей (или экспорт CSV) и отозвать эти ключи</translation>
    </message>
    <message>
        <source>&amp;Copy Id</source>
        <translation>&amp;Копировать идентификатор</translation>
    </message>
    <message>
        <source>Re&amp;voke…</source>
        <translation>&amp;Отозвать…</translation>
    </message>
    <message>
        <source>Enter the portal address and an access token first.</source>
        <translation>Сначала введите адрес портала и токен доступа.</translation>
    </message>
    <message>
        <source>Loading keys from %1…</source>
        <translation>Загрузка ключей с %1…</translation>
    </message>
    <message>
        <source>Read %1 keys from %2.</source>
        <translation>Получено ключей с %2: %1.</translation>
    </message>
    <message>
        <source>Press Refresh (F5) to list the portal&apos;s keys.</source>
        <translation>Нажмите «Обновить» (F5), чтобы получить список ключей портала.</translation>
    </message>
    <message>
        <source>%1 of %2 keys</source>
        <translation>Ключей: %1 из %2</translation>
    </message>
    <message>
        <source>Known once the keys are read or the connection is tested</source>
        <translation>Станет известно после чтения ключей или проверки подключения</translation>
    </message>
    <message>
        <source>Cancelling: requests already sent finish, nothing more is sent.</source>
        <translation>Отмена: уже отправленные запросы завершатся, новые отправляться не будут.</translation>
    </message>
    <message>
        <source>%1 (%2 s)</source>
        <translation>%1 (%2 с)</translation>
    </message>
    <message>
        <source>The keys could not be read: %1. %2</source>
        <translation>Не удалось прочитать ключи: %1. %2</translation>
    </message>
    <message>
        <source>Keys of %1:</source>
        <translation>Ключи %1:</translation>
    </message>
    <message>
        <source>Keys of %1 (profile “%2”):</source>
        <translation>Ключи %1 (профиль «%2»):</translation>
    </message>
    <message>
        <source>The list shown was read from another portal or with another token. Press Refresh to read the keys of this one.</source>
        <translation>Показанный список получен с другого портала или с другим токеном. Нажмите «Обновить», чтобы прочитать ключи этого портала.</translation>
    </message>
    <message numerus="yes">
        <source>%n key(s)</source>
        <translation>
            <numerusform>%n ключ</numerusform>
            <numerusform>%n ключа</numerusform>
            <numerusform>%n ключей</numerusform>
        </translation>
    </message>
    <message>
        <source>Deact&amp;ivate</source>
        <translation>Де&amp;активировать</translation>
    </message>
    <message>
        <source>Revoke &amp;by Paste…</source>
        <translation>Отозвать по &amp;вставленному списку…</translation>
    </message>
    <message numerus="yes">
        <source>Copied %n key id(s): %1.</source>
        <translation>
            <numerusform>Скопирован %n идентификатор ключа: %1.</numerusform>
            <numerusform>Скопировано %n идентификатора ключей: %1.</numerusform>
            <numerusform>Скопировано %n идентификаторов ключей: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>О&amp;бновить</translation>
    </message>
    <message>
        <source>Re&amp;activate</source>
        <translation>Активировать с&amp;нова</translation>
    </message>
</context>
<context>
    <name>LeakedSecretDialog</name>
    <message>
        <source>&amp;Find Keys</source>
        <translation>&amp;Найти ключи</translation>
    </message>
    <message>
        <source>&amp;Revoke Selected…</source>
        <translation>&amp;Отозвать выбранные…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>Revoke Leaked Secret</source>
        <translation>Отзыв утёкшего секрета</translation>
    </message>
    <message>
        <source>Paste a leaked secret (sk-…), or any text that holds some: a log, a diff, a chat export. Only the secrets are taken out of it; they stay in this window&apos;s memory until it closes. Each is looked up on the portal, and revoked with your own token once you have chosen it.</source>
        <translation>Вставьте утёкший секрет (sk-…) или любой текст, который содержит секреты: журнал, diff, экспорт чата. Из текста извлекаются только секреты; они хранятся в памяти этого окна, пока оно не будет закрыто. Каждый секрет ищется на портале, а соответствующий ключ отзывается с помощью вашего собственного токена, после того как вы его выберете.</translation>
    </message>
    <message>
        <source>sk-… or a whole block of text</source>
        <translation>sk-… или целый фрагмент текста</translation>
    </message>
    <message>
        <source>Text holding the leaked secrets</source>
        <translation>Текст, содержащий утёкшие секреты</translation>
    </message>
    <message>
        <source>No API-key secret found. A DocSpace secret is sk- followed by 64 lower-case hexadecimal digits on one line; check that the paste is complete.</source>
        <translation>Секрет ключа API не найден. Секрет DocSpace — это sk- и 64 шестнадцатеричные цифры в нижнем регистре на одной строке; проверьте, что текст вставлен полностью.</translation>
    </message>
    <message numerus="yes">
        <source>Found %n secret(s). The pasted text was cleared from this window.</source>
        <translation>
            <numerusform>Найден %n секрет. Вставленный текст удалён из этого окна.</numerusform>
            <numerusform>Найдено %n секрета. Вставленный текст удалён из этого окна.</numerusform>
            <numerusform>Найдено %n секретов. Вставленный текст удалён из этого окна.</numerusform>
        </translation>
    </message>
    <message>
        <source>Asking the portal which key this is…</source>
        <translation>Запрос у портала, какой это ключ…</translation>
    </message>
    <message>
        <source>active</source>
        <translation>активен</translation>
    </message>
    <message>
        <source>deactivated</source>
        <translation>деактивирован</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>истёк</translation>
    </message>
    <message>
        <source>“%1”, owner %2, ending %3, %4</source>
        <translation>«%1», владелец: %2, окончание: %3, %4</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>неизвестен</translation>
    </message>
    <message>
        <source>Key:</source>
        <translation>Ключ:</translation>
    </message>
    <message>
        <source>Owner:</source>
        <translation>Владелец:</translation>
    </message>
    <message>
        <source>Scopes:</source>
        <translation>Области доступа:</translation>
    </message>
    <message>
        <source>all (unrestricted)</source>
        <translation>все (без ограничений)</translation>
    </message>
    <message>
        <source>Expires:</source>
        <translation>Истекает:</translation>
    </message>
    <message>
        <source>never</source>
        <translation>никогда</translation>
    </message>
    <message>
        <source>Ending:</source>
        <translation>Окончание:</translation>
    </message>
    <message>
        <source>Id:</source>
        <translation>Идентификатор:</translation>
    </message>
    <message>
        <source>Revoke this key</source>
        <translation>Отозвать этот ключ</translation>
    </message>
    <message>
        <source>Revoke %1</source>
        <translation>Отозвать %1</translation>
    </message>
    <message>
        <source>Identified by the portal: this secret belongs to this key.</source>
        <translation>Определён порталом: этот секрет принадлежит этому ключу.</translation>
    </message>
    <message>
        <source>No longer works.</source>
        <translation>Больше не действует.</translation>
    </message>
    <message>
        <source>Not identified.</source>
        <translation>Не определён.</translation>
    </message>
    <message>
        <source>None of the keys you can see ends in %1: nothing to revoke.</source>
        <translation>Ни один из доступных вам ключей не оканчивается на %1: отзывать нечего.</translation>
    </message>
    <message>
        <source>Your keys ending in %1. The ending alone does not prove which key leaked: tick one only if you know it is the one.</source>
        <translation>Ваши ключи, оканчивающиеся на %1. Одно лишь окончание не доказывает, какой ключ утёк: отмечайте ключ, только если уверены, что это именно он.</translation>
    </message>
    <message>
        <source>They are revoked with your own token, not with the leaked secret.</source>
        <translation>Они отзываются с помощью вашего собственного токена, а не утёкшего секрета.</translation>
    </message>
    <message>
        <source>They are revoked with the token of profile “%1”, not with the leaked secret.</source>
        <translation>Они отзываются с помощью токена профиля «%1», а не утёкшего секрета.</translation>
    </message>
    <message>
        <source>Revoked: %1.</source>
        <translation>Отозваны: %1.</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Revoke %n Key(s)…</source>
        <translation>
            <numerusform>&amp;Отозвать %n ключ…</numerusform>
            <numerusform>&amp;Отозвать %n ключа…</numerusform>
            <numerusform>&amp;Отозвать %n ключей…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LifecycleActions</name>
    <message>
        <source>&amp;Keys</source>
        <translation>&amp;Ключи</translation>
    </message>
    <message>
        <source>&amp;Create Key…</source>
        <translation>&amp;Создать ключ…</translation>
    </message>
    <message>
        <source>&amp;Edit Selected Key…</source>
        <translation>&amp;Изменить выбранный ключ…</translation>
    </message>
    <message>
        <source>&amp;Rotate Selected Keys…</source>
        <translation>&amp;Заменить выбранные ключи…</translation>
    </message>
    <message>
        <source>Retire Selected Keys in &amp;Stages…</source>
        <translation>&amp;Поэтапно отозвать выбранные ключи…</translation>
    </message>
    <message>
        <source>Retirement &amp;Plan</source>
        <translation>П&amp;лан отзыва</translation>
    </message>
    <message>
        <source>Keys of &amp;All Portals</source>
        <translation>Ключи &amp;всех порталов</translation>
    </message>
    <message>
        <source>Create API Key</source>
        <translation>Создание ключа API</translation>
    </message>
    <message>
        <source>Choose a profile or enter the portal address and token first.</source>
        <translation>Сначала выберите профиль или введите адрес портала и токен.</translation>
    </message>
    <message>
        <source>Creating “%1”…</source>
        <translation>Создание «%1»…</translation>
    </message>
    <message>
        <source>Key Not Created</source>
        <translation>Ключ не создан</translation>
    </message>
    <message>
        <source>The portal said: %1</source>
        <translation>Ответ портала: %1</translation>
    </message>
    <message>
        <source>Created “%1” (…%2).</source>
        <translation>Создан ключ «%1» (…%2).</translation>
    </message>
    <message>
        <source>Edit API Key</source>
        <translation>Изменение ключа API</translation>
    </message>
    <message>
        <source>Select one key in the list to edit it.</source>
        <translation>Выберите в списке один ключ, чтобы изменить его.</translation>
    </message>
    <message>
        <source>Restrict Your Own Key?</source>
        <translation>Ограничить собственный ключ?</translation>
    </message>
    <message>
        <source>Without *:write it can no longer change or revoke keys, and this window loses that too.</source>
        <translation>Без *:write он больше не сможет изменять и отзывать ключи, и это окно тоже потеряет такую возможность.</translation>
    </message>
    <message>
        <source>Restrict It &amp;Anyway</source>
        <translation>Всё равно &amp;ограничить</translation>
    </message>
    <message>
        <source>“%1”: %2</source>
        <translation>«%1»: %2</translation>
    </message>
    <message>
        <source>Key Not Changed</source>
        <translation>Ключ не изменён</translation>
    </message>
    <message>
        <source>Rotate Keys</source>
        <translation>Ротация ключей</translation>
    </message>
    <message>
        <source>Select the keys to rotate in the list.</source>
        <translation>Выберите в списке ключи для ротации.</translation>
    </message>
    <message numerus="yes">
        <source>Create a replacement for %n key(s)?</source>
        <translation>
            <numerusform>Создать замену для %n ключа?</numerusform>
            <numerusform>Создать замены для %n ключей?</numerusform>
            <numerusform>Создать замены для %n ключей?</numerusform>
        </translation>
    </message>
    <message>
        <source>%1

Each replacement gets the same name with “ (rotated)”, the same permissions and the same lifetime. The old keys keep working until you confirm their revocation after the new secrets are shown.</source>
        <translation>%1

Каждая замена получает то же имя с добавлением « (rotated)», те же разрешения и тот же срок действия. Старые ключи продолжают работать, пока вы не подтвердите их отзыв после показа новых секретов.</translation>
    </message>
    <message>
        <source>&amp;Create Replacements</source>
        <translation>&amp;Создать замены</translation>
    </message>
    <message numerus="yes">
        <source>Creating %n replacement(s)…</source>
        <translation>
            <numerusform>Создание %n замены…</numerusform>
            <numerusform>Создание %n замен…</numerusform>
            <numerusform>Создание %n замен…</numerusform>
        </translation>
    </message>
    <message>
        <source>Rotation Stopped</source>
        <translation>Ротация остановлена</translation>
    </message>
    <message>
        <source>A replacement could not be created, so no old key was revoked.</source>
        <translation>Не удалось создать замену, поэтому ни один старый ключ не отозван.</translation>
    </message>
    <message numerus="yes">
        <source>%n replacement(s) created; the old keys still work until you confirm their revocation.</source>
        <translation>
            <numerusform>Создана %n замена; старые ключи работают, пока вы не подтвердите их отзыв.</numerusform>
            <numerusform>Создано %n замены; старые ключи работают, пока вы не подтвердите их отзыв.</numerusform>
            <numerusform>Создано %n замен; старые ключи работают, пока вы не подтвердите их отзыв.</numerusform>
        </translation>
    </message>
    <message>
        <source>Rotation stopped: a replacement could not be created.</source>
        <translation>Ротация остановлена: не удалось создать замену.</translation>
    </message>
    <message>
        <source>Old keys not revoked: they and their replacements all work.</source>
        <translation>Старые ключи не отозваны: они и их замены работают.</translation>
    </message>
    <message numerus="yes">
        <source>Rotated %n key(s): the old ones are revoked.</source>
        <translation>
            <numerusform>Заменён %n ключ: старый отозван.</numerusform>
            <numerusform>Заменено %n ключа: старые отозваны.</numerusform>
            <numerusform>Заменено %n ключей: старые отозваны.</numerusform>
        </translation>
    </message>
    <message>
        <source>Old Keys Still Work</source>
        <translation>Старые ключи ещё работают</translation>
    </message>
    <message numerus="yes">
        <source>%n old key(s) could not be revoked and still work:</source>
        <translation>
            <numerusform>%n старый ключ не удалось отозвать, и он ещё работает:</numerusform>
            <numerusform>%n старых ключа не удалось отозвать, и они ещё работают:</numerusform>
            <numerusform>%n старых ключей не удалось отозвать, и они ещё работают:</numerusform>
        </translation>
    </message>
    <message>
        <source>Retire Keys</source>
        <translation>Поэтапный отзыв ключей</translation>
    </message>
    <message>
        <source>Select the keys to retire in the list.</source>
        <translation>Выберите в списке ключи для поэтапного отзыва.</translation>
    </message>
    <message>
        <source>Retire Keys in Stages</source>
        <translation>Поэтапный отзыв ключей</translation>
    </message>
    <message numerus="yes">
        <source>%n key(s) are deactivated now and revoked after this many days, unless someone reactivates them meanwhile:</source>
        <translation>
            <numerusform>%n ключ деактивируется сейчас и отзывается через столько дней, если за это время его никто снова не активирует:</numerusform>
            <numerusform>%n ключа деактивируются сейчас и отзываются через столько дней, если за это время их никто снова не активирует:</numerusform>
            <numerusform>%n ключей деактивируются сейчас и отзываются через столько дней, если за это время их никто снова не активирует:</numerusform>
        </translation>
    </message>
    <message>
        <source>Plan Not Saved</source>
        <translation>План не сохранён</translation>
    </message>
    <message>
        <source>The keys were deactivated, but the plan could not be saved.</source>
        <translation>Ключи деактивированы, но план не удалось сохранить.</translation>
    </message>
    <message>
        <source>Some Keys Not Retired</source>
        <translation>Некоторые ключи не включены в план</translation>
    </message>
    <message numerus="yes">
        <source>%n key(s) could not be deactivated and are not in the plan; the status panel and History say why.</source>
        <translation>
            <numerusform>%n ключ не удалось деактивировать, и он не включён в план; причина указана в панели состояния и в журнале.</numerusform>
            <numerusform>%n ключа не удалось деактивировать, и они не включены в план; причина указана в панели состояния и в журнале.</numerusform>
            <numerusform>%n ключей не удалось деактивировать, и они не включены в план; причина указана в панели состояния и в журнале.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n key(s) deactivated; see Keys ▸ Retirement Plan.</source>
        <translation>
            <numerusform>Деактивирован %n ключ; см. Ключи ▸ План отзыва.</numerusform>
            <numerusform>Деактивировано %n ключа; см. Ключи ▸ План отзыва.</numerusform>
            <numerusform>Деактивировано %n ключей; см. Ключи ▸ План отзыва.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Retirement plan: %n due key(s) handled.</source>
        <translation>
            <numerusform>План отзыва: обработан %n ключ, срок которого наступил.</numerusform>
            <numerusform>План отзыва: обработано %n ключа, срок которых наступил.</numerusform>
            <numerusform>План отзыва: обработано %n ключей, срок которых наступил.</numerusform>
        </translation>
    </message>
    <message>
        <source>Every replacement was created; these are the old keys. Until they are revoked, the old keys and their replacements all work.</source>
        <translation>Все замены созданы; это старые ключи. Пока они не отозваны, работают и старые ключи, и их замены.</translation>
    </message>
    <message>
        <source>Kept as you chose, beside its replacement: %1. Switch the profile to the replacement before revoking it.</source>
        <translation>Оставлен по вашему выбору рядом со своей заменой: %1. Прежде чем отзывать его, переключите профиль на замену.</translation>
    </message>
    <message numerus="yes">
        <source>%n revoked</source>
        <translation>
            <numerusform>отозвано: %n</numerusform>
            <numerusform>отозвано: %n</numerusform>
            <numerusform>отозвано: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n left alone (active again)</source>
        <translation>
            <numerusform>не тронуто (снова активны): %n</numerusform>
            <numerusform>не тронуто (снова активны): %n</numerusform>
            <numerusform>не тронуто (снова активны): %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already gone</source>
        <translation>
            <numerusform>уже удалено: %n</numerusform>
            <numerusform>уже удалено: %n</numerusform>
            <numerusform>уже удалено: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n still pending (not revoked; tried again next time)</source>
        <translation>
            <numerusform>ещё ожидают отзыва (не отозваны; повтор в следующий раз): %n</numerusform>
            <numerusform>ещё ожидают отзыва (не отозваны; повтор в следующий раз): %n</numerusform>
            <numerusform>ещё ожидают отзыва (не отозваны; повтор в следующий раз): %n</numerusform>
        </translation>
    </message>
    <message>
        <source>nothing was due</source>
        <translation>нет ключей с наступившим сроком</translation>
    </message>
    <message>
        <source>%1 (profile “%2”)</source>
        <translation>%1 (профиль «%2»)</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n key(s)</source>
        <translation>
            <numerusform>%1: %n ключ</numerusform>
            <numerusform>%1: %n ключа</numerusform>
            <numerusform>%1: %n ключей</numerusform>
        </translation>
    </message>
    <message>
        <source>Retirement Plan: Other Portals</source>
        <translation>План отзыва: другие порталы</translation>
    </message>
    <message numerus="yes">
        <source>%n planned revocation(s) are due on portals other than this one.</source>
        <translation>
            <numerusform>На порталах, кроме этого, наступил срок %n запланированного отзыва.</numerusform>
            <numerusform>На порталах, кроме этого, наступил срок %n запланированных отзывов.</numerusform>
            <numerusform>На порталах, кроме этого, наступил срок %n запланированных отзывов.</numerusform>
        </translation>
    </message>
    <message>
        <source>Each is revoked with its saved profile&apos;s token, unless it was reactivated meanwhile (then it is left alone). This cannot be undone.</source>
        <translation>Каждый ключ отзывается с помощью токена его сохранённого профиля, если только его не активировали снова за это время (тогда он не трогается). Это действие необратимо.</translation>
    </message>
    <message>
        <source>&amp;Carry Out on All Portals</source>
        <translation>&amp;Выполнить на всех порталах</translation>
    </message>
    <message>
        <source>Retirement plan: the other portals&apos; due keys wait for the next time.</source>
        <translation>План отзыва: ключи других порталов с наступившим сроком ждут следующего раза.</translation>
    </message>
    <message>
        <source>Retirement Plan Carried Out</source>
        <translation>План отзыва выполнен</translation>
    </message>
    <message>
        <source>What was due on the other portals:</source>
        <translation>Ключи с наступившим сроком на других порталах:</translation>
    </message>
    <message>
        <source>%1: not carried out: no saved profile for this portal; open it in the window or run “docspace-keys-cli retire --due --portal %2”.</source>
        <translation>%1: не выполнено: для этого портала нет сохранённого профиля; откройте его в окне или выполните «docspace-keys-cli retire --due --portal %2».</translation>
    </message>
    <message>
        <source>%1: not carried out: no saved token (%2).</source>
        <translation>%1: не выполнено: нет сохранённого токена (%2).</translation>
    </message>
    <message>
        <source>%1: not carried out: %2</source>
        <translation>%1: не выполнено: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>They are revoked after %n day(s) unless someone reactivates them meanwhile (Keys ▸ Retirement Plan).</source>
        <translation>
            <numerusform>Они будут отозваны через %n день, если за это время их никто снова не активирует (Ключи ▸ План отзыва).</numerusform>
            <numerusform>Они будут отозваны через %n дня, если за это время их никто снова не активирует (Ключи ▸ План отзыва).</numerusform>
            <numerusform>Они будут отозваны через %n дней, если за это время их никто снова не активирует (Ключи ▸ План отзыва).</numerusform>
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
        <translation>Проблема с настройками</translation>
    </message>
    <message>
        <source>Keychain unavailable</source>
        <translation>Связка ключей недоступна</translation>
    </message>
    <message>
        <source>Revoke API keys of an ONLYOFFICE DocSpace portal: by id, or pick them from the portal&apos;s list. A revoked key stops working at once; this cannot be undone.</source>
        <translation>Отзыв ключей API портала ONLYOFFICE DocSpace: по идентификатору или с выбором из списка ключей портала. Отозванный ключ сразу перестаёт работать; это действие необратимо.</translation>
    </message>
    <message>
        <source>Saved portals: choosing one fills in its address, scheme and token</source>
        <translation>Сохранённые порталы: при выборе подставляются адрес, схема и токен</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Профиль</translation>
    </message>
    <message>
        <source>The saved portal to use. Choosing one fills in its address, authentication scheme and token.</source>
        <translation>Используемый сохранённый портал. При выборе подставляются его адрес, схема аутентификации и токен.</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>Соз&amp;дать…</translation>
    </message>
    <message>
        <source>Save a portal as a new profile</source>
        <translation>Сохранить портал как новый профиль</translation>
    </message>
    <message>
        <source>New profile</source>
        <translation>Новый профиль</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>И&amp;зменить…</translation>
    </message>
    <message>
        <source>Edit every setting of this profile</source>
        <translation>Изменить все настройки этого профиля</translation>
    </message>
    <message>
        <source>Edit profile</source>
        <translation>Изменить профиль</translation>
    </message>
    <message>
        <source>&amp;More</source>
        <translation>Е&amp;щё</translation>
    </message>
    <message>
        <source>Duplicate, rename or delete this profile</source>
        <translation>Дублировать, переименовать или удалить этот профиль</translation>
    </message>
    <message>
        <source>More profile actions</source>
        <translation>Другие действия с профилем</translation>
    </message>
    <message>
        <source>&amp;Save to Profile</source>
        <translation>Со&amp;хранить в профиль</translation>
    </message>
    <message>
        <source>Save the portal address, scheme and token into this profile (Ctrl+S)</source>
        <translation>Сохранить адрес портала, схему и токен в этот профиль (Ctrl+S)</translation>
    </message>
    <message>
        <source>Go back to the profile&apos;s saved address, scheme and token</source>
        <translation>Вернуть сохранённые в профиле адрес, схему и токен</translation>
    </message>
    <message>
        <source>https://portal.example.com</source>
        <translation>https://portal.example.com</translation>
    </message>
    <message>
        <source>The address of your DocSpace portal, as you open it in a browser</source>
        <translation>Адрес вашего портала DocSpace — тот, что вы открываете в браузере</translation>
    </message>
    <message>
        <source>Portal address</source>
        <translation>Адрес портала</translation>
    </message>
    <message>
        <source>The address of the DocSpace portal, for example https://portal.example.com</source>
        <translation>Адрес портала DocSpace, например https://portal.example.com</translation>
    </message>
    <message>
        <source>Portal address problem</source>
        <translation>Проблема с адресом портала</translation>
    </message>
    <message>
        <source>Allow unencrypted HTTP</source>
        <translation>Разрешить незашифрованный HTTP</translation>
    </message>
    <message>
        <source>The portal address uses plain HTTP to another machine. Anyone on the network path can read the access token. Tick only if you accept that risk.</source>
        <translation>Адрес портала использует обычный HTTP для подключения к другому компьютеру. Любой на сетевом пути может прочитать токен доступа. Включайте, только если вы принимаете этот риск.</translation>
    </message>
    <message>
        <source>sk-… API key with the *:write scope, or a session token</source>
        <translation>Ключ API sk-… с областью доступа *:write или токен сеанса</translation>
    </message>
    <message>
        <source>Saved only in the system keychain, with its profile; never in a file, never logged</source>
        <translation>Сохраняется только в системной связке ключей вместе с профилем; никогда в файле, никогда в журналах</translation>
    </message>
    <message>
        <source>Access token</source>
        <translation>Токен доступа</translation>
    </message>
    <message>
        <source>An API key with write access to keys, or a session token of an administrator. It is never written to a file.</source>
        <translation>Ключ API с правом записи для ключей или токен сеанса администратора. Никогда не записывается в файл.</translation>
    </message>
    <message>
        <source>Access token problem</source>
        <translation>Проблема с токеном доступа</translation>
    </message>
    <message>
        <source>Auto sends tokens starting with sk- as API keys and anything else as a session token</source>
        <translation>«Авто» отправляет токены, начинающиеся с sk-, как ключи API, а все остальные — как токен сеанса</translation>
    </message>
    <message>
        <source>Authentication scheme</source>
        <translation>Схема аутентификации</translation>
    </message>
    <message>
        <source>How the token is sent to the portal. Auto decides from the token.</source>
        <translation>Способ отправки токена на портал. «Авто» определяет его по самому токену.</translation>
    </message>
    <message>
        <source>Auto</source>
        <translation>Авто</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>Ключ API</translation>
    </message>
    <message>
        <source>Session token</source>
        <translation>Токен сеанса</translation>
    </message>
    <message>
        <source>e.g. 3f2504e0-4f89-11d3-9a0c-0305e82c3301</source>
        <translation>например, 3f2504e0-4f89-11d3-9a0c-0305e82c3301</translation>
    </message>
    <message>
        <source>The id (a UUID) of the API key to revoke, as listed under Developer Tools ▸ API keys</source>
        <translation>Идентификатор (UUID) отзываемого ключа API, как он указан в разделе Инструменты разработчика ▸ Ключи API</translation>
    </message>
    <message>
        <source>Key id</source>
        <translation>Идентификатор ключа</translation>
    </message>
    <message>
        <source>The id of the API key to revoke, a UUID</source>
        <translation>Идентификатор отзываемого ключа API (UUID)</translation>
    </message>
    <message>
        <source>Key id problem</source>
        <translation>Проблема с идентификатором ключа</translation>
    </message>
    <message>
        <source>Request in progress</source>
        <translation>Выполняется запрос</translation>
    </message>
    <message>
        <source>&amp;Test Connection</source>
        <translation>Пров&amp;ерить подключение</translation>
    </message>
    <message>
        <source>Sign in with this token and show who it is and what it may do; nothing is changed</source>
        <translation>Войти с этим токеном и показать, кому он принадлежит и что ему разрешено; ничего не изменяется</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Проверить подключение</translation>
    </message>
    <message>
        <source>Signs in to the portal with the token and reports the user, role and key, without changing anything</source>
        <translation>Выполняет вход на портал с этим токеном и сообщает пользователя, роль и ключ, ничего не изменяя</translation>
    </message>
    <message>
        <source>Revoke the key (Ctrl+Return)</source>
        <translation>Отозвать ключ (Ctrl+Return)</translation>
    </message>
    <message>
        <source>Revoke key</source>
        <translation>Отозвать ключ</translation>
    </message>
    <message>
        <source>Asks for confirmation, then revokes the API key on the portal</source>
        <translation>Запрашивает подтверждение, затем отзывает ключ API на портале</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Stop the request in progress (Esc)</source>
        <translation>Остановить выполняемый запрос (Esc)</translation>
    </message>
    <message>
        <source>Cancel request</source>
        <translation>Отменить запрос</translation>
    </message>
    <message>
        <source>Stops the request in progress</source>
        <translation>Останавливает выполняемый запрос</translation>
    </message>
    <message>
        <source>Connection test result</source>
        <translation>Результат проверки подключения</translation>
    </message>
    <message>
        <source>Portal keys</source>
        <translation>Ключи портала</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Результаты</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;Profile</source>
        <translation>П&amp;рофиль</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <source>&amp;Import Profiles…</source>
        <translation>&amp;Импорт профилей…</translation>
    </message>
    <message>
        <source>Add the profiles of a JSON file shared by a colleague</source>
        <translation>Добавить профили из файла JSON, которым поделился коллега</translation>
    </message>
    <message>
        <source>&amp;Export Profiles…</source>
        <translation>&amp;Экспорт профилей…</translation>
    </message>
    <message>
        <source>Save the profiles as JSON to share them; tokens are never exported</source>
        <translation>Сохранить профили в JSON, чтобы поделиться ими; токены никогда не экспортируются</translation>
    </message>
    <message>
        <source>&amp;New Profile…</source>
        <translation>&amp;Создать профиль…</translation>
    </message>
    <message>
        <source>&amp;Edit Profile…</source>
        <translation>&amp;Изменить профиль…</translation>
    </message>
    <message>
        <source>&amp;Duplicate Profile</source>
        <translation>&amp;Дублировать профиль</translation>
    </message>
    <message>
        <source>&amp;Rename Profile…</source>
        <translation>&amp;Переименовать профиль…</translation>
    </message>
    <message>
        <source>De&amp;lete Profile…</source>
        <translation>&amp;Удалить профиль…</translation>
    </message>
    <message>
        <source>&amp;Save Changes to Profile</source>
        <translation>Со&amp;хранить изменения в профиль</translation>
    </message>
    <message>
        <source>Re&amp;vert Changes</source>
        <translation>&amp;Отменить изменения</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>В&amp;ыход</translation>
    </message>
    <message>
        <source>&amp;About DocSpace Keys</source>
        <translation>&amp;О программе DocSpace Keys</translation>
    </message>
    <message>
        <source>Tokens starting with sk- are sent as API keys, anything else as a session token</source>
        <translation>Токены, начинающиеся с sk-, отправляются как ключи API, все остальные — как токен сеанса</translation>
    </message>
    <message>
        <source>Sent as it is, like the token from signing in to the portal</source>
        <translation>Отправляется как есть, подобно токену, который выдаётся при входе на портал</translation>
    </message>
    <message>
        <source>Cannot Connect</source>
        <translation>Не удаётся подключиться</translation>
    </message>
    <message>
        <source>The profile&apos;s connection settings cannot be used.</source>
        <translation>Параметры подключения профиля нельзя использовать.</translation>
    </message>
    <message>
        <source>Testing the connection to %1…</source>
        <translation>Проверка подключения к %1…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Отмена…</translation>
    </message>
    <message>
        <source>Saving the token…</source>
        <translation>Сохранение токена…</translation>
    </message>
    <message>
        <source>Enter the access token: an API key with the *:write scope (sk-…) or a session token of an administrator.</source>
        <translation>Введите токен доступа: ключ API с областью доступа *:write (sk-…) или токен сеанса администратора.</translation>
    </message>
    <message>
        <source>This token will be sent as an API key.</source>
        <translation>Этот токен будет отправлен как ключ API.</translation>
    </message>
    <message>
        <source>This token will be sent as a session token.</source>
        <translation>Этот токен будет отправлен как токен сеанса.</translation>
    </message>
    <message>
        <source>Enter the portal address above to list its keys.</source>
        <translation>Введите адрес портала выше, чтобы получить список его ключей.</translation>
    </message>
    <message>
        <source>Enter an access token above to list the portal&apos;s keys.</source>
        <translation>Введите токен доступа выше, чтобы получить список ключей портала.</translation>
    </message>
    <message>
        <source>Allow unencrypted HTTP above, or use an https:// address.</source>
        <translation>Разрешите незашифрованный HTTP выше или используйте адрес https://.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Отменено.</translation>
    </message>
    <message>
        <source>Certificate trusted for this session. Test the connection or revoke again.</source>
        <translation>Сертификат считается доверенным в этом сеансе. Проверьте подключение или повторите отзыв.</translation>
    </message>
    <message>
        <source>The connection test failed: %1.</source>
        <translation>Проверка подключения не удалась: %1.</translation>
    </message>
    <message>
        <source>History problem</source>
        <translation>Проблема с журналом</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>Отзыв</translation>
    </message>
    <message>
        <source>Revoke &amp;Leaked Secret…</source>
        <translation>Отозвать &amp;утёкший секрет…</translation>
    </message>
    <message>
        <source>Paste a leaked sk- secret, or text holding some, to find its key and revoke it</source>
        <translation>Вставьте утёкший секрет sk- или текст, содержащий такие секреты, чтобы найти ключ и отозвать его</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Параметры…</translation>
    </message>
    <message>
        <source>Sent as &quot;Authorization: Bearer &lt;token&gt;&quot;: API keys, or a session token you want sent that way</source>
        <translation>Отправляется как «Authorization: Bearer &lt;token&gt;»: ключи API или токен сеанса, который нужно отправить таким способом</translation>
    </message>
    <message>
        <source>Send token as:</source>
        <translation>Отправлять токен как:</translation>
    </message>
    <message>
        <source>T&amp;ools</source>
        <translation>&amp;Инструменты</translation>
    </message>
    <message>
        <source>Auto: API key</source>
        <translation>Авто: ключ API</translation>
    </message>
    <message>
        <source>Auto: session token</source>
        <translation>Авто: токен сеанса</translation>
    </message>
    <message>
        <source>Profile:</source>
        <translation>Профиль:</translation>
    </message>
    <message>
        <source>Revert Chan&amp;ges</source>
        <translation>От&amp;менить изменения</translation>
    </message>
    <message>
        <source>Portal address:</source>
        <translation>Адрес портала:</translation>
    </message>
    <message>
        <source>Allow unencrypted HTTP to this portal (the token travels in clear te&amp;xt)</source>
        <translation>Разре&amp;шить незашифрованный HTTP для этого портала (токен передаётся открытым текстом)</translation>
    </message>
    <message>
        <source>Access token:</source>
        <translation>Токен доступа:</translation>
    </message>
    <message>
        <source>Key id:</source>
        <translation>Идентификатор ключа:</translation>
    </message>
    <message>
        <source>Revoke Ke&amp;y</source>
        <translation>О&amp;тозвать ключ</translation>
    </message>
    <message>
        <source>Revoke Leake&amp;d Secret…</source>
        <translation>Отозвать &amp;утёкший секрет…</translation>
    </message>
</context>
<context>
    <name>MemorySecretStore</name>
    <message>
        <source>memory only, until DocSpace Keys closes</source>
        <translation>только в памяти, до закрытия DocSpace Keys</translation>
    </message>
</context>
<context>
    <name>MessageBox</name>
    <message>
        <source>&amp;Replace</source>
        <translation>&amp;Заменить</translation>
    </message>
    <message>
        <source>&amp;Keep Both</source>
        <translation>&amp;Оставить оба</translation>
    </message>
    <message>
        <source>&amp;Skip</source>
        <translation>&amp;Пропустить</translation>
    </message>
</context>
<context>
    <name>OneTimeSecretDialog</name>
    <message>
        <source>New Secret, Shown Once</source>
        <translation>Новый секрет, показывается один раз</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Copy the secret(s) now: they will not be shown again.&lt;/b&gt; Neither the portal nor DocSpace Keys keeps them; once this window is closed, only whoever stored them has them. The clipboard is cleared of them when DocSpace Keys quits.</source>
        <translation>
            <numerusform>&lt;b&gt;Скопируйте секрет сейчас: он больше не будет показан.&lt;/b&gt; Ни портал, ни DocSpace Keys его не хранят; после закрытия этого окна он останется только у того, кто его сохранил. Буфер обмена очищается от него при выходе из DocSpace Keys.</numerusform>
            <numerusform>&lt;b&gt;Скопируйте секреты сейчас: они больше не будут показаны.&lt;/b&gt; Ни портал, ни DocSpace Keys их не хранят; после закрытия этого окна они останутся только у того, кто их сохранил. Буфер обмена очищается от них при выходе из DocSpace Keys.</numerusform>
            <numerusform>&lt;b&gt;Скопируйте секреты сейчас: они больше не будут показаны.&lt;/b&gt; Ни портал, ни DocSpace Keys их не хранят; после закрытия этого окна они останутся только у того, кто их сохранил. Буфер обмена очищается от них при выходе из DocSpace Keys.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Копировать</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Скопировано</translation>
    </message>
    <message>
        <source>&amp;Save to File…</source>
        <translation>&amp;Сохранить в файл…</translation>
    </message>
    <message>
        <source>Save the New Secrets</source>
        <translation>Сохранение новых секретов</translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation>Текстовые файлы (*.txt)</translation>
    </message>
    <message>
        <source>Secrets Saved</source>
        <translation>Секреты сохранены</translation>
    </message>
    <message>
        <source>Saved to %1, readable by you only. Move them into your secret manager and delete the file.</source>
        <translation>Сохранено в %1, файл доступен для чтения только вам. Перенесите секреты в свой менеджер секретов и удалите файл.</translation>
    </message>
    <message>
        <source>Secrets Not Saved</source>
        <translation>Секреты не сохранены</translation>
    </message>
    <message>
        <source>Cannot write %1: %2.</source>
        <translation>Не удаётся записать %1: %2.</translation>
    </message>
</context>
<context>
    <name>OutcomeClassifier</name>
    <message>
        <source>Not sent: the address uses plain HTTP to a host on the network, so the token would travel unencrypted. Use the portal&apos;s https:// address, or explicitly allow unencrypted HTTP for this portal if the network is trusted.</source>
        <translation>Не отправлено: адрес использует обычный HTTP для узла в сети, поэтому токен передавался бы без шифрования. Используйте адрес портала https:// или явно разрешите незашифрованный HTTP для этого портала, если сеть доверенная.</translation>
    </message>
    <message>
        <source>Cancelled. If the request had already reached the portal the key may still have been revoked; refresh the key list before trying again.</source>
        <translation>Отменено. Если запрос уже дошёл до портала, ключ всё же мог быть отозван; обновите список ключей, прежде чем повторять попытку.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Отменено.</translation>
    </message>
    <message>
        <source>The portal did not answer in time. It may be overloaded or the network slow. The key may or may not have been revoked: check the key list, then try again or raise the timeout.</source>
        <translation>Портал не ответил вовремя. Возможно, он перегружен или сеть работает медленно. Неизвестно, был ли ключ отозван: проверьте список ключей, затем повторите попытку или увеличьте тайм-аут.</translation>
    </message>
    <message>
        <source>The portal did not answer in time. It may be overloaded or the network slow: try again, or raise the timeout.</source>
        <translation>Портал не ответил вовремя. Возможно, он перегружен или сеть работает медленно: повторите попытку или увеличьте тайм-аут.</translation>
    </message>
    <message>
        <source>The portal&apos;s certificate is not trusted (%1), so nothing was sent. If this is your own on-premises portal, compare the fingerprint below with the one your server shows, then trust that certificate or add your internal CA file. Otherwise someone may be intercepting the connection.</source>
        <translation>Сертификат портала не является доверенным (%1), поэтому ничего не отправлено. Если это ваш собственный портал, развёрнутый на ваших серверах, сравните отпечаток ниже с отпечатком, который показывает ваш сервер, затем установите доверие к этому сертификату или добавьте файл вашего внутреннего ЦС. В противном случае кто-то может перехватывать подключение.</translation>
    </message>
    <message>
        <source>The portal redirected the request to another address (%1). DocSpace Keys never sends your token to another site, so the request went no further. If the portal has moved, enter its new address.</source>
        <translation>Портал перенаправил запрос на другой адрес (%1). DocSpace Keys никогда не отправляет ваш токен на другой сайт, поэтому запрос не был продолжен. Если портал переехал, введите его новый адрес.</translation>
    </message>
    <message>
        <source>The portal kept redirecting the request, so it was given up. Check the portal address.</source>
        <translation>Портал раз за разом перенаправлял запрос, поэтому попытка прекращена. Проверьте адрес портала.</translation>
    </message>
    <message>
        <source>The portal&apos;s answer was cut off before it was complete, so it is unknown whether the key was revoked. Refresh the key list to check, then try again.</source>
        <translation>Ответ портала оборвался до завершения, поэтому неизвестно, был ли ключ отозван. Обновите список ключей, чтобы проверить, затем повторите попытку.</translation>
    </message>
    <message>
        <source>The portal&apos;s answer was cut off before it was complete. Try again; if it keeps happening, a proxy may be cutting answers short.</source>
        <translation>Ответ портала оборвался до завершения. Повторите попытку; если это повторяется, возможно, ответы обрезает прокси-сервер.</translation>
    </message>
    <message>
        <source>Could not reach the portal: %1. Check the address, your network connection, VPN or proxy, and try again.</source>
        <translation>Не удалось связаться с порталом: %1. Проверьте адрес, сетевое подключение, VPN или прокси-сервер и повторите попытку.</translation>
    </message>
    <message>
        <source>The portal did not accept the access token. It may be mistyped, expired, revoked or deactivated, or sent the wrong way (API keys starting with sk- must be sent as an API key: choose Auto or API key). Get a new token and try again.</source>
        <translation>Портал не принял токен доступа. Возможно, он введён с ошибкой, истёк, отозван или деактивирован либо отправлен неправильным способом (ключи API, начинающиеся с sk-, нужно отправлять как ключ API: выберите «Авто» или «Ключ API»). Получите новый токен и повторите попытку.</translation>
    </message>
    <message numerus="yes">
        <source>The portal is limiting requests and kept refusing after %n attempt(s). Wait a minute, then try again.</source>
        <translation>
            <numerusform>Портал ограничивает частоту запросов и продолжал отказывать после %n попытки. Подождите минуту и повторите попытку.</numerusform>
            <numerusform>Портал ограничивает частоту запросов и продолжал отказывать после %n попыток. Подождите минуту и повторите попытку.</numerusform>
            <numerusform>Портал ограничивает частоту запросов и продолжал отказывать после %n попыток. Подождите минуту и повторите попытку.</numerusform>
        </translation>
    </message>
    <message>
        <source>The portal has no key with this id: it was already revoked, or the id is wrong. Nothing was changed.</source>
        <translation>На портале нет ключа с таким идентификатором: он уже отозван или идентификатор неверен. Ничего не изменено.</translation>
    </message>
    <message>
        <source>The portal or the proxy in front of it failed (%1). This is usually temporary: try again in a minute. If it persists, the portal&apos;s administrator should check the server.</source>
        <translation>Сбой на портале или на прокси-сервере перед ним (%1). Обычно это временно: повторите попытку через минуту. Если сбой не проходит, администратору портала следует проверить сервер.</translation>
    </message>
    <message>
        <source>The portal gave an unexpected answer (HTTP %1), so the key was not revoked. Check the address and the portal&apos;s message below.</source>
        <translation>Портал дал неожиданный ответ (HTTP %1), поэтому ключ не отозван. Проверьте адрес и сообщение портала ниже.</translation>
    </message>
    <message>
        <source>The portal gave an unexpected answer (HTTP %1). Check the address and the portal&apos;s message below.</source>
        <translation>Портал дал неожиданный ответ (HTTP %1). Проверьте адрес и сообщение портала ниже.</translation>
    </message>
    <message>
        <source>a web page instead of JSON</source>
        <translation>веб-страницу вместо JSON</translation>
    </message>
    <message>
        <source>an empty answer</source>
        <translation>пустой ответ</translation>
    </message>
    <message>
        <source>an answer that is not JSON</source>
        <translation>ответ не в формате JSON</translation>
    </message>
    <message>
        <source>The portal sent %1, so it is unknown whether the key was revoked. The address may point to a login page or proxy rather than the DocSpace API; check it, then refresh the key list.</source>
        <translation>Портал прислал %1, поэтому неизвестно, был ли ключ отозван. Возможно, адрес указывает на страницу входа или прокси-сервер, а не на API DocSpace; проверьте его, затем обновите список ключей.</translation>
    </message>
    <message>
        <source>The portal sent %1. The address may point to a login page or proxy rather than the DocSpace API; check it.</source>
        <translation>Портал прислал %1. Возможно, адрес указывает на страницу входа или прокси-сервер, а не на API DocSpace; проверьте его.</translation>
    </message>
    <message>
        <source>The portal reported a failure inside a successful answer, so the key was not revoked. Read the portal&apos;s message below.</source>
        <translation>Портал сообщил об ошибке внутри успешного ответа, поэтому ключ не отозван. Прочитайте сообщение портала ниже.</translation>
    </message>
    <message>
        <source>The portal reported a failure inside a successful answer. Read the portal&apos;s message below.</source>
        <translation>Портал сообщил об ошибке внутри успешного ответа. Прочитайте сообщение портала ниже.</translation>
    </message>
    <message>
        <source>The portal&apos;s answer did not say whether the key was changed. Refresh the key list to check.</source>
        <translation>Из ответа портала неясно, был ли изменён ключ. Обновите список ключей, чтобы проверить.</translation>
    </message>
    <message>
        <source>Deactivated. The key stops working until it is reactivated.</source>
        <translation>Деактивирован. Ключ не будет работать, пока его снова не активируют.</translation>
    </message>
    <message>
        <source>Reactivated. The key works again.</source>
        <translation>Снова активирован. Ключ снова работает.</translation>
    </message>
    <message>
        <source>The portal refused to reactivate this key. Expired keys cannot be reactivated, and only the key&apos;s creator or an administrator may change it.</source>
        <translation>Портал отказался снова активировать этот ключ. Истёкшие ключи нельзя активировать снова, а изменять ключ может только его создатель или администратор.</translation>
    </message>
    <message>
        <source>The portal refused to deactivate this key. Only the key&apos;s creator or an administrator may change it.</source>
        <translation>Портал отказался деактивировать этот ключ. Изменять ключ может только его создатель или администратор.</translation>
    </message>
    <message>
        <source>Revoked. The key no longer works; anything that used it must get a new one.</source>
        <translation>Отозван. Ключ больше не работает; всему, что его использовало, нужен новый ключ.</translation>
    </message>
    <message>
        <source>The portal refused to revoke this key. Only its creator or a portal administrator may revoke it: sign in with an administrator&apos;s token, or ask the key&apos;s owner.</source>
        <translation>Портал отказался отозвать этот ключ. Отозвать его может только создатель ключа или администратор портала: войдите с токеном администратора или обратитесь к владельцу ключа.</translation>
    </message>
    <message>
        <source>The portal&apos;s answer did not say whether the key was revoked. Refresh the key list to check.</source>
        <translation>Из ответа портала неясно, был ли ключ отозван. Обновите список ключей, чтобы проверить.</translation>
    </message>
    <message>
        <source>The portal&apos;s answer had no content. Check that the address is a DocSpace portal.</source>
        <translation>Ответ портала был пустым. Проверьте, что это адрес портала DocSpace.</translation>
    </message>
    <message>
        <source>The answer was far larger than a DocSpace answer can be, so reading stopped. Check that the address points to a DocSpace portal.</source>
        <translation>Ответ оказался намного больше, чем может быть ответ DocSpace, поэтому чтение остановлено. Проверьте, что адрес указывает на портал DocSpace.</translation>
    </message>
    <message>
        <source>Unknown: the connection failed after the request was sent (%1), so the portal may or may not have revoked the key. Refresh the key list to see whether it is still there.</source>
        <translation>Неизвестно: соединение прервалось после отправки запроса (%1), поэтому портал мог отозвать ключ, а мог и нет. Обновите список ключей, чтобы узнать, на месте ли он.</translation>
    </message>
    <message>
        <source>Unknown: the connection failed after the request was sent (%1), so the portal may or may not have changed the key. Refresh the key list to see its state.</source>
        <translation>Неизвестно: соединение прервалось после отправки запроса (%1), поэтому портал мог изменить ключ, а мог и нет. Обновите список ключей, чтобы узнать его состояние.</translation>
    </message>
    <message>
        <source>The portal refused access: “%1”. It accepts calls only from certain IP addresses: connect from an allowed network or VPN, or ask the portal&apos;s administrator to allow your address. Nothing was changed.</source>
        <translation>Портал отказал в доступе: «%1». Он принимает вызовы только с определённых IP-адресов: подключитесь из разрешённой сети или через VPN либо попросите администратора портала разрешить ваш адрес. Ничего не изменено.</translation>
    </message>
    <message>
        <source>The portal refused to create the key: “%1”. Guests cannot create API keys, and this portal may restrict developer tools to administrators: ask an administrator to create the key, or to allow developer tools for everyone.</source>
        <translation>Портал отказался создать ключ: «%1». Гости не могут создавать ключи API, а этот портал, возможно, разрешает инструменты разработчика только администраторам: попросите администратора создать ключ или открыть инструменты разработчика для всех.</translation>
    </message>
    <message>
        <source>The portal refused to revoke this key: “%1”. This user may not manage keys (guests cannot): use an administrator&apos;s token with the *:write scope.</source>
        <translation>Портал отказался отозвать этот ключ: «%1». Этому пользователю, возможно, не разрешено управлять ключами (гостям нельзя): используйте токен администратора с областью доступа *:write.</translation>
    </message>
    <message>
        <source>The portal refused to change this key: “%1”. This user may not manage keys (guests cannot): use an administrator&apos;s token with the *:write scope.</source>
        <translation>Портал отказался изменить этот ключ: «%1». Этому пользователю, возможно, не разрешено управлять ключами (гостям нельзя): используйте токен администратора с областью доступа *:write.</translation>
    </message>
    <message>
        <source>The portal refused: “%1”. This user may not read this; use an administrator&apos;s token.</source>
        <translation>Портал отказал: «%1». Этому пользователю не разрешено это читать; используйте токен администратора.</translation>
    </message>
    <message>
        <source>If every call is refused this way, the portal may be being moved, restored or encrypted: try again later.</source>
        <translation>Если так отклоняются все вызовы, портал, возможно, переносится, восстанавливается или шифруется: повторите попытку позже.</translation>
    </message>
    <message>
        <source>The token is not allowed to revoke keys: it lacks the *:write scope. Use a token with write access (an administrator&apos;s, to revoke others&apos; keys). %1</source>
        <translation>Токену не разрешено отзывать ключи: у него нет области доступа *:write. Используйте токен с доступом на запись (токен администратора, чтобы отзывать чужие ключи). %1</translation>
    </message>
    <message>
        <source>The token is not allowed to change keys: it lacks the *:write scope. %1</source>
        <translation>Токену не разрешено изменять ключи: у него нет области доступа *:write. %1</translation>
    </message>
    <message>
        <source>The token is not allowed to create keys: it lacks the *:write scope. %1</source>
        <translation>Токену не разрешено создавать ключи: у него нет области доступа *:write. %1</translation>
    </message>
    <message>
        <source>The token is not allowed to read this: it lacks the scope needed (*:read, or accounts.self:read for the profile). %1</source>
        <translation>Токену не разрешено это читать: у него нет нужной области доступа (*:read или accounts.self:read для профиля). %1</translation>
    </message>
    <message>
        <source>The portal&apos;s subscription has lapsed (HTTP 402), so it answers no API calls and nothing was changed. The portal&apos;s owner must renew the payment in DocSpace (Payments); then try again.</source>
        <translation>Подписка портала истекла (HTTP 402), поэтому он не отвечает на вызовы API, и ничего не изменено. Владелец портала должен продлить оплату в DocSpace (раздел «Платежи»); затем повторите попытку.</translation>
    </message>
    <message>
        <source>The address answered that the DocSpace API is not there (HTTP 404): it is not a DocSpace portal with API keys, the portal is older than DocSpace 3.1, or it is suspended. Nothing was changed. Check the address; if it is right, ask the portal&apos;s owner whether the portal is suspended or needs an update.</source>
        <translation>Адрес ответил, что API DocSpace там нет (HTTP 404): это не портал DocSpace с ключами API, портал старше DocSpace 3.1 или он приостановлен. Ничего не изменено. Проверьте адрес; если он верен, спросите владельца портала, не приостановлен ли портал и не нужно ли его обновить.</translation>
    </message>
    <message>
        <source>The portal&apos;s certificate has changed since it was pinned, so nothing was sent. Pinned SHA-256: %1. The portal now shows: %2. If its certificate was renewed or replaced, check the new fingerprint with the server&apos;s administrator, then put it in the profile (Profile &gt; Edit). If nobody changed it, someone may be intercepting the connection: do not trust it.</source>
        <translation>Сертификат портала изменился с момента его закрепления, поэтому ничего не отправлено. Закреплённый SHA-256: %1. Сейчас портал показывает: %2. Если сертификат был обновлён или заменён, сверьте новый отпечаток с администратором сервера, затем укажите его в профиле (Профиль &gt; Изменить профиль). Если его никто не менял, возможно, кто-то перехватывает соединение: не доверяйте ему.</translation>
    </message>
</context>
<context>
    <name>OutcomeStyle</name>
    <message>
        <source>Revoked</source>
        <translation>Отозван</translation>
    </message>
    <message>
        <source>Deactivated</source>
        <translation>Деактивирован</translation>
    </message>
    <message>
        <source>Reactivated</source>
        <translation>Снова активирован</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Отказано</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Не найден</translation>
    </message>
    <message>
        <source>Invalid key id</source>
        <translation>Недопустимый идентификатор ключа</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>Вход не выполнен</translation>
    </message>
    <message>
        <source>Forbidden</source>
        <translation>Доступ запрещён</translation>
    </message>
    <message>
        <source>Rate limited</source>
        <translation>Ограничение частоты запросов</translation>
    </message>
    <message>
        <source>Server error</source>
        <translation>Ошибка сервера</translation>
    </message>
    <message>
        <source>Unexpected answer</source>
        <translation>Неожиданный ответ</translation>
    </message>
    <message>
        <source>Network error</source>
        <translation>Ошибка сети</translation>
    </message>
    <message>
        <source>Timed out</source>
        <translation>Время ожидания истекло</translation>
    </message>
    <message>
        <source>Certificate problem</source>
        <translation>Проблема с сертификатом</translation>
    </message>
    <message>
        <source>Unencrypted HTTP refused</source>
        <translation>Незашифрованный HTTP запрещён</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Отменено</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Неизвестно</translation>
    </message>
    <message>
        <source>Portal unavailable</source>
        <translation>Портал недоступен</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Создан</translation>
    </message>
    <message>
        <source>Edited</source>
        <translation>Изменён</translation>
    </message>
</context>
<context>
    <name>PasteIdsDialog</name>
    <message>
        <source>Revoke Keys by Id</source>
        <translation>Отзыв ключей по идентификаторам</translation>
    </message>
    <message>
        <source>Key ids</source>
        <translation>Идентификаторы ключей</translation>
    </message>
    <message>
        <source>3f2504e0-4f89-11d3-9a0c-0305e82c3301
…</source>
        <translation>3f2504e0-4f89-11d3-9a0c-0305e82c3301
…</translation>
    </message>
    <message>
        <source>Skipped lines</source>
        <translation>Пропущенные строки</translation>
    </message>
    <message>
        <source>&amp;Revoke…</source>
        <translation>&amp;Отозвать…</translation>
    </message>
    <message>
        <source>Line %1: %2 — %3</source>
        <translation>Строка %1: %2 — %3</translation>
    </message>
    <message numerus="yes">
        <source>%n key id(s)</source>
        <translation>
            <numerusform>%n идентификатор ключа</numerusform>
            <numerusform>%n идентификатора ключей</numerusform>
            <numerusform>%n идентификаторов ключей</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) skipped</source>
        <translation>
            <numerusform>пропущена %n строка</numerusform>
            <numerusform>пропущено %n строки</numerusform>
            <numerusform>пропущено %n строк</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n repeat(s) ignored</source>
        <translation>
            <numerusform>проигнорирован %n повтор</numerusform>
            <numerusform>проигнорировано %n повтора</numerusform>
            <numerusform>проигнорировано %n повторов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Revoke %n Key(s)…</source>
        <translation>
            <numerusform>&amp;Отозвать %n ключ…</numerusform>
            <numerusform>&amp;Отозвать %n ключа…</numerusform>
            <numerusform>&amp;Отозвать %n ключей…</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Paste key ids, one per line, or a CSV export with an &quot;id&quot; column. Lines without a key id are shown below and skipped.</source>
        <translation>&amp;Вставьте идентификаторы ключей, по одному в строке, или экспорт CSV со столбцом &quot;id&quot;. Строки без идентификатора ключа показаны ниже и пропускаются.</translation>
    </message>
</context>
<context>
    <name>PortalAddress</name>
    <message>
        <source>Enter the portal address, for example https://portal.example.com.</source>
        <translation>Введите адрес портала, например https://portal.example.com.</translation>
    </message>
    <message>
        <source>A portal address cannot contain spaces.</source>
        <translation>Адрес портала не может содержать пробелы.</translation>
    </message>
    <message>
        <source>This is not a valid web address.</source>
        <translation>Это недопустимый веб-адрес.</translation>
    </message>
    <message>
        <source>Only https:// (or http://) portal addresses are supported, not %1://.</source>
        <translation>Поддерживаются только адреса порталов https:// (или http://), но не %1://.</translation>
    </message>
    <message>
        <source>Remove the user name or password from the address; the access token goes in its own field.</source>
        <translation>Удалите имя пользователя или пароль из адреса; токен доступа вводится в отдельном поле.</translation>
    </message>
    <message>
        <source>The address has no host name.</source>
        <translation>В адресе нет имени узла.</translation>
    </message>
</context>
<context>
    <name>PortalProfile</name>
    <message>
        <source>Give the profile a name, for example &quot;Production&quot;.</source>
        <translation>Задайте имя профиля, например «Рабочий».</translation>
    </message>
    <message>
        <source>The profile name is too long (at most %1 characters).</source>
        <translation>Имя профиля слишком длинное (максимум символов: %1).</translation>
    </message>
    <message>
        <source>The timeout must be between 1 and 3600 seconds.</source>
        <translation>Тайм-аут должен быть от 1 до 3600 секунд.</translation>
    </message>
    <message>
        <source>The trusted certificate fingerprint must be a SHA-256 digest: 64 hexadecimal digits, with or without colons.</source>
        <translation>Отпечаток доверенного сертификата должен быть хешем SHA-256: 64 шестнадцатеричные цифры, с двоеточиями или без.</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot;: unknown auth scheme &quot;%2&quot;.</source>
        <translation>Профиль «%1»: неизвестная схема аутентификации «%2».</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot;: %2</source>
        <translation>Профиль «%1»: %2</translation>
    </message>
</context>
<context>
    <name>ProfileController</name>
    <message>
        <source>Unsaved Changes</source>
        <translation>Несохранённые изменения</translation>
    </message>
    <message>
        <source>Save the changes to the profile &quot;%1&quot;?</source>
        <translation>Сохранить изменения в профиле «%1»?</translation>
    </message>
    <message>
        <source>The portal address, authentication scheme or token were changed here but not saved. Discarding them goes back to what the profile has saved.</source>
        <translation>Адрес портала, схема аутентификации или токен были изменены здесь, но не сохранены. Если отменить изменения, будут восстановлены значения, сохранённые в профиле.</translation>
    </message>
    <message>
        <source>Kept the unsaved changes.</source>
        <translation>Несохранённые изменения оставлены.</translation>
    </message>
    <message>
        <source>No profile: nothing typed here is saved.</source>
        <translation>Профиль не выбран: всё, что вы здесь вводите, не сохраняется.</translation>
    </message>
    <message>
        <source>Reading the token from %1…</source>
        <translation>Чтение токена (%1)…</translation>
    </message>
    <message>
        <source>No token is saved for &quot;%1&quot;: enter it, then choose Save to Profile.</source>
        <translation>Для «%1» токен не сохранён: введите его и выберите «Сохранить в профиль».</translation>
    </message>
    <message>
        <source>The token of &quot;%1&quot; could not be read: %2 Enter it here to use it now, or check that the keychain is unlocked and choose the profile again.</source>
        <translation>Не удалось прочитать токен «%1»: %2 Введите его здесь, чтобы использовать сейчас, или проверьте, что связка ключей разблокирована, и снова выберите профиль.</translation>
    </message>
    <message>
        <source>Token Not Saved</source>
        <translation>Токен не сохранён</translation>
    </message>
    <message>
        <source>The token of &quot;%1&quot; could not be saved.</source>
        <translation>Не удалось сохранить токен «%1».</translation>
    </message>
    <message>
        <source>(no profile)</source>
        <translation>(без профиля)</translation>
    </message>
    <message>
        <source>Type a portal and token without saving them</source>
        <translation>Ввести портал и токен без сохранения</translation>
    </message>
    <message>
        <source>portal address</source>
        <translation>адрес портала</translation>
    </message>
    <message>
        <source>scheme</source>
        <translation>схема</translation>
    </message>
    <message>
        <source>plain HTTP</source>
        <translation>обычный HTTP</translation>
    </message>
    <message>
        <source>token</source>
        <translation>токен</translation>
    </message>
    <message>
        <source>Changed here, not yet saved in &quot;%1&quot;: %2.</source>
        <translation>Изменено здесь, но ещё не сохранено в «%1»: %2.</translation>
    </message>
    <message>
        <source>Profile Not Saved</source>
        <translation>Профиль не сохранён</translation>
    </message>
    <message>
        <source>The profile &quot;%1&quot; was not saved.</source>
        <translation>Профиль «%1» не сохранён.</translation>
    </message>
    <message>
        <source>Saved the profile &quot;%1&quot;.</source>
        <translation>Профиль «%1» сохранён.</translation>
    </message>
    <message>
        <source>Back to the saved profile.</source>
        <translation>Восстановлен сохранённый профиль.</translation>
    </message>
    <message>
        <source>Created the profile &quot;%1&quot;.</source>
        <translation>Профиль «%1» создан.</translation>
    </message>
    <message>
        <source>The token is still being read; try again in a moment.</source>
        <translation>Токен ещё читается; повторите попытку чуть позже.</translation>
    </message>
    <message>
        <source>Profile Not Duplicated</source>
        <translation>Профиль не дублирован</translation>
    </message>
    <message>
        <source>The profile &quot;%1&quot; was not duplicated.</source>
        <translation>Профиль «%1» не дублирован.</translation>
    </message>
    <message>
        <source>Created &quot;%1&quot; as a copy of &quot;%2&quot;.</source>
        <translation>Создан профиль «%1» — копия «%2».</translation>
    </message>
    <message>
        <source>Rename Profile</source>
        <translation>Переименование профиля</translation>
    </message>
    <message>
        <source>New name for &quot;%1&quot;:</source>
        <translation>Новое имя для «%1»:</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>&amp;Переименовать</translation>
    </message>
    <message>
        <source>Profile Not Renamed</source>
        <translation>Профиль не переименован</translation>
    </message>
    <message>
        <source>The profile &quot;%1&quot; was not renamed.</source>
        <translation>Профиль «%1» не переименован.</translation>
    </message>
    <message>
        <source>Renamed &quot;%1&quot; to &quot;%2&quot;.</source>
        <translation>Профиль «%1» переименован в «%2».</translation>
    </message>
    <message>
        <source>Delete Profile</source>
        <translation>Удаление профиля</translation>
    </message>
    <message>
        <source>Delete the profile &quot;%1&quot;?</source>
        <translation>Удалить профиль «%1»?</translation>
    </message>
    <message>
        <source>Its settings and its saved token are deleted. This cannot be undone; the portal and its keys are not affected.</source>
        <translation>Его настройки и сохранённый токен будут удалены. Это действие необратимо; портал и его ключи не затрагиваются.</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <source>Token Not Deleted</source>
        <translation>Токен не удалён</translation>
    </message>
    <message>
        <source>The token of the deleted profile &quot;%1&quot; could not be removed from %2.</source>
        <translation>Не удалось удалить токен удалённого профиля «%1» из хранилища: %2.</translation>
    </message>
    <message>
        <source>Deleted the profile &quot;%1&quot; and its token.</source>
        <translation>Профиль «%1» и его токен удалены.</translation>
    </message>
    <message>
        <source>Import Profiles</source>
        <translation>Импорт профилей</translation>
    </message>
    <message>
        <source>Profiles (*.json);;All files (*)</source>
        <translation>Профили (*.json);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Profiles Not Imported</source>
        <translation>Профили не импортированы</translation>
    </message>
    <message>
        <source>Cannot read %1.</source>
        <translation>Не удаётся прочитать %1.</translation>
    </message>
    <message>
        <source>%1. Check that the file exists and may be read.</source>
        <translation>%1. Проверьте, что файл существует и доступен для чтения.</translation>
    </message>
    <message>
        <source>%1 holds no profiles that can be imported.</source>
        <translation>Файл %1 не содержит профилей, пригодных для импорта.</translation>
    </message>
    <message>
        <source>Profiles Imported</source>
        <translation>Профили импортированы</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n profile(s) from %1.</source>
        <translation>
            <numerusform>Импортирован %n профиль из %1.</numerusform>
            <numerusform>Импортировано %n профиля из %1.</numerusform>
            <numerusform>Импортировано %n профилей из %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Exports never contain tokens: choose each imported profile, enter its token and choose Save to Profile.</source>
        <translation>Экспортированные файлы никогда не содержат токенов: выберите каждый импортированный профиль, введите его токен и выберите «Сохранить в профиль».</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n profile(s).</source>
        <translation>
            <numerusform>Импортирован %n профиль.</numerusform>
            <numerusform>Импортировано %n профиля.</numerusform>
            <numerusform>Импортировано %n профилей.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to Export</source>
        <translation>Нечего экспортировать</translation>
    </message>
    <message>
        <source>There are no profiles yet.</source>
        <translation>Профилей пока нет.</translation>
    </message>
    <message>
        <source>Export Profiles (tokens are never exported)</source>
        <translation>Экспорт профилей (токены никогда не экспортируются)</translation>
    </message>
    <message>
        <source>Profiles (*.json)</source>
        <translation>Профили (*.json)</translation>
    </message>
    <message>
        <source>Profiles Not Exported</source>
        <translation>Профили не экспортированы</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>Не удаётся записать %1.</translation>
    </message>
    <message>
        <source>%1. Choose another folder.</source>
        <translation>%1. Выберите другую папку.</translation>
    </message>
    <message>
        <source>Profiles Exported</source>
        <translation>Профили экспортированы</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n profile(s) to %1.</source>
        <translation>
            <numerusform>Экспортирован %n профиль в %1.</numerusform>
            <numerusform>Экспортировано %n профиля в %1.</numerusform>
            <numerusform>Экспортировано %n профилей в %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The file holds portal addresses and settings only. Tokens are never exported: whoever imports it enters their own.</source>
        <translation>Файл содержит только адреса порталов и настройки. Токены никогда не экспортируются: каждый, кто импортирует файл, вводит собственный токен.</translation>
    </message>
    <message>
        <source>Demo mode: tokens are kept in memory only, on purpose, and forgotten when DocSpace Keys closes. Nothing is written to the system keychain.</source>
        <translation>Демонстрационный режим: токены намеренно хранятся только в памяти и забываются при закрытии DocSpace Keys. В системную связку ключей ничего не записывается.</translation>
    </message>
    <message>
        <source>No system keychain is available: tokens are kept only until DocSpace Keys closes.</source>
        <translation>Системная связка ключей недоступна: токены хранятся только до закрытия DocSpace Keys.</translation>
    </message>
    <message>
        <source>Demo mode</source>
        <translation>Демонстрационный режим</translation>
    </message>
    <message>
        <source>Keychain unavailable</source>
        <translation>Связка ключей недоступна</translation>
    </message>
    <message>
        <source>Profile Name Exists</source>
        <translation>Профиль с таким именем уже существует</translation>
    </message>
    <message>
        <source>A profile named &quot;%1&quot; exists already.</source>
        <translation>Профиль с именем «%1» уже существует.</translation>
    </message>
    <message>
        <source>Both are for %1. Replace keeps the saved token.</source>
        <translation>Оба профиля относятся к %1. При замене сохранённый токен остаётся.</translation>
    </message>
    <message>
        <source>The saved one is for %1, the imported one for %2. Replace deletes the saved token, which belongs to the other portal.</source>
        <translation>Сохранённый профиль относится к %1, импортируемый — к %2. При замене удаляется сохранённый токен, который принадлежит другому порталу.</translation>
    </message>
    <message>
        <source>Keep Both adds the imported one under a new name; Skip leaves it out.</source>
        <translation>«Оставить оба» добавляет импортируемый профиль под новым именем; «Пропустить» не импортирует его.</translation>
    </message>
    <message numerus="yes">
        <source>Do the same for the other %n profile(s) whose name exists</source>
        <translation>
            <numerusform>Сделать то же для остального %n профиля с существующим именем</numerusform>
            <numerusform>Сделать то же для остальных %n профилей с существующими именами</numerusform>
            <numerusform>Сделать то же для остальных %n профилей с существующими именами</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>Ничего не импортировано.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n of them replaced a profile of the same name</source>
        <translation>
            <numerusform>из них заменили профиль с тем же именем: %n</numerusform>
            <numerusform>из них заменили профиль с тем же именем: %n</numerusform>
            <numerusform>из них заменили профиль с тем же именем: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped because the name exists</source>
        <translation>
            <numerusform>пропущено, так как имя уже существует: %n</numerusform>
            <numerusform>пропущено, так как имя уже существует: %n</numerusform>
            <numerusform>пропущено, так как имя уже существует: %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Имя:</translation>
    </message>
    <message>
        <source>e.g. Production</source>
        <translation>например, Рабочий</translation>
    </message>
    <message>
        <source>How this portal is listed in the profile selector</source>
        <translation>Как этот портал отображается в списке профилей</translation>
    </message>
    <message>
        <source>Profile name</source>
        <translation>Имя профиля</translation>
    </message>
    <message>
        <source>Profile name problem</source>
        <translation>Проблема с именем профиля</translation>
    </message>
    <message>
        <source>&amp;Portal address:</source>
        <translation>&amp;Адрес портала:</translation>
    </message>
    <message>
        <source>https://portal.example.com</source>
        <translation>https://portal.example.com</translation>
    </message>
    <message>
        <source>The address of the DocSpace portal, as you open it in a browser</source>
        <translation>Адрес портала DocSpace — тот, что вы открываете в браузере</translation>
    </message>
    <message>
        <source>Portal address</source>
        <translation>Адрес портала</translation>
    </message>
    <message>
        <source>Portal address problem</source>
        <translation>Проблема с адресом портала</translation>
    </message>
    <message>
        <source>Send token &amp;as:</source>
        <translation>Отправлять токен &amp;как:</translation>
    </message>
    <message>
        <source>Auto sends tokens starting with sk- as API keys and anything else as a session token</source>
        <translation>«Авто» отправляет токены, начинающиеся с sk-, как ключи API, а все остальные — как токен сеанса</translation>
    </message>
    <message>
        <source>Authentication scheme</source>
        <translation>Схема аутентификации</translation>
    </message>
    <message>
        <source>Auto</source>
        <translation>Авто</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>Ключ API</translation>
    </message>
    <message>
        <source>Session token</source>
        <translation>Токен сеанса</translation>
    </message>
    <message>
        <source>Access &amp;token:</source>
        <translation>&amp;Токен доступа:</translation>
    </message>
    <message>
        <source>sk-… API key with the *:write scope, or a session token</source>
        <translation>Ключ API sk-… с областью доступа *:write или токен сеанса</translation>
    </message>
    <message>
        <source>Stored in the system keychain, never in a file</source>
        <translation>Хранится в системной связке ключей, никогда в файле</translation>
    </message>
    <message>
        <source>Access token</source>
        <translation>Токен доступа</translation>
    </message>
    <message>
        <source>Where the token is kept</source>
        <translation>Где хранится токен</translation>
    </message>
    <message>
        <source>Allow unencrypted &amp;HTTP to this portal</source>
        <translation>Разрешить незашифрованный &amp;HTTP для этого портала</translation>
    </message>
    <message>
        <source>Needed only for a plain http:// address on another machine</source>
        <translation>Нужно только для обычного адреса http:// на другом компьютере</translation>
    </message>
    <message>
        <source>Allow unencrypted HTTP</source>
        <translation>Разрешить незашифрованный HTTP</translation>
    </message>
    <message>
        <source>Unencrypted HTTP warning</source>
        <translation>Предупреждение о незашифрованном HTTP</translation>
    </message>
    <message>
        <source>Trusted &amp;certificate:</source>
        <translation>&amp;Доверенный сертификат:</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint, e.g. AB:CD:…</source>
        <translation>Отпечаток SHA-256, например AB:CD:…</translation>
    </message>
    <message>
        <source>Trust exactly this certificate (an on-premises portal with a self-signed certificate). Colons and case do not matter.</source>
        <translation>Доверять только этому сертификату (портал на собственном сервере с самозаверенным сертификатом). Двоеточия и регистр не важны.</translation>
    </message>
    <message>
        <source>Trusted certificate fingerprint</source>
        <translation>Отпечаток доверенного сертификата</translation>
    </message>
    <message>
        <source>Certificate fingerprint problem</source>
        <translation>Проблема с отпечатком сертификата</translation>
    </message>
    <message>
        <source>Extra CA &amp;file:</source>
        <translation>Дополнительный &amp;файл ЦС:</translation>
    </message>
    <message>
        <source>PEM or DER file of an internal certificate authority</source>
        <translation>Файл PEM или DER внутреннего центра сертификации</translation>
    </message>
    <message>
        <source>Certificates of your organization&apos;s own certificate authority, trusted in addition to the system ones</source>
        <translation>Сертификаты собственного центра сертификации вашей организации, которым доверяют в дополнение к системным</translation>
    </message>
    <message>
        <source>Extra CA file</source>
        <translation>Дополнительный файл ЦС</translation>
    </message>
    <message>
        <source>Choose the CA file</source>
        <translation>Выбрать файл ЦС</translation>
    </message>
    <message>
        <source>CA file problem</source>
        <translation>Проблема с файлом ЦС</translation>
    </message>
    <message>
        <source>Request t&amp;imeout:</source>
        <translation>Тайм-аут &amp;запроса:</translation>
    </message>
    <message>
        <source> s</source>
        <translation> с</translation>
    </message>
    <message>
        <source>A request that receives nothing for this long ends as a timeout</source>
        <translation>Запрос, который ничего не получает в течение этого времени, завершается по тайм-ауту</translation>
    </message>
    <message>
        <source>Request timeout in seconds</source>
        <translation>Тайм-аут запроса в секундах</translation>
    </message>
    <message>
        <source>Why the profile cannot be saved</source>
        <translation>Почему профиль нельзя сохранить</translation>
    </message>
    <message>
        <source>&amp;Save Profile</source>
        <translation>&amp;Сохранить профиль</translation>
    </message>
    <message>
        <source>The token will travel in clear text to a plain http:// address: anyone on the network path can read and use it. Use this only on a network you control.</source>
        <translation>Токен будет передаваться открытым текстом на обычный адрес http://: любой на сетевом пути сможет прочитать и использовать его. Используйте это только в сети, которую вы контролируете.</translation>
    </message>
    <message>
        <source>New Profile</source>
        <translation>Новый профиль</translation>
    </message>
    <message>
        <source>Edit Profile</source>
        <translation>Изменение профиля</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Не сохранено: %1</translation>
    </message>
    <message>
        <source>Stored in %1, never in a file. Leave empty to type it each time.</source>
        <translation>Место хранения: %1, никогда не в файле. Оставьте пустым, чтобы вводить токен каждый раз.</translation>
    </message>
    <message>
        <source>No system keychain is available: the token is kept only until DocSpace Keys closes.</source>
        <translation>Системная связка ключей недоступна: токен хранится только до закрытия DocSpace Keys.</translation>
    </message>
    <message>
        <source>Choose the Extra CA File</source>
        <translation>Выбор дополнительного файла ЦС</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer *.der);;All files (*)</source>
        <translation>Сертификаты (*.pem *.crt *.cer *.der);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Enter a name for this profile, e.g. the portal&apos;s purpose or customer.</source>
        <translation>Введите имя этого профиля, например назначение портала или имя клиента.</translation>
    </message>
    <message>
        <source>Another profile is already called &quot;%1&quot;. Choose another name.</source>
        <translation>Профиль с именем «%1» уже существует. Выберите другое имя.</translation>
    </message>
    <message>
        <source>This is not a SHA-256 fingerprint: expected 64 hexadecimal digits, with or without colons.</source>
        <translation>Это не отпечаток SHA-256: ожидается 64 шестнадцатеричные цифры, с двоеточиями или без.</translation>
    </message>
    <message>
        <source>There is no file at this path. Choose the CA certificate file again.</source>
        <translation>По этому пути нет файла. Выберите файл сертификата ЦС ещё раз.</translation>
    </message>
    <message>
        <source>This file cannot be read. Check its permissions or choose another file.</source>
        <translation>Этот файл нельзя прочитать. Проверьте права доступа к нему или выберите другой файл.</translation>
    </message>
    <message>
        <source>This plain http:// address would send the token unencrypted. Use an https:// address, or tick &quot;%1&quot;.</source>
        <translation>При таком адресе с обычным http:// токен будет отправлен без шифрования. Используйте адрес https:// или отметьте «%1».</translation>
    </message>
    <message>
        <source>Ch&amp;oose…</source>
        <translation>&amp;Выбрать…</translation>
    </message>
</context>
<context>
    <name>ProfileStore</name>
    <message>
        <source>it cannot be read</source>
        <translation>его нельзя прочитать</translation>
    </message>
    <message>
        <source>it is damaged</source>
        <translation>он повреждён</translation>
    </message>
    <message>
        <source>it was written by a newer version of DocSpace Keys</source>
        <translation>он записан более новой версией DocSpace Keys</translation>
    </message>
    <message>
        <source>Your saved profiles could not be loaded: %1. The file was kept as %2, and DocSpace Keys starts without profiles.</source>
        <translation>Не удалось загрузить сохранённые профили: %1. Файл сохранён как %2, и DocSpace Keys запускается без профилей.</translation>
    </message>
    <message>
        <source>Your saved profiles could not be loaded: %1. The file %2 is left untouched and nothing will be saved this session; move it away to start afresh.</source>
        <translation>Не удалось загрузить сохранённые профили: %1. Файл %2 оставлен без изменений, и в этом сеансе ничего не будет сохранено; переместите его, чтобы начать заново.</translation>
    </message>
    <message>
        <source>Your profiles could not be saved to %1. Check that the folder is writable and the disk is not full.</source>
        <translation>Не удалось сохранить профили в %1. Проверьте, что папка доступна для записи и диск не заполнен.</translation>
    </message>
    <message>
        <source>A profile named &quot;%1&quot; already exists. Choose another name.</source>
        <translation>Профиль с именем «%1» уже существует. Выберите другое имя.</translation>
    </message>
    <message>
        <source>Portal</source>
        <translation>Портал</translation>
    </message>
    <message>
        <source>The file is not valid JSON (%1).</source>
        <translation>Файл не является корректным JSON (%1).</translation>
    </message>
    <message>
        <source>The file was exported by a newer version of DocSpace Keys.</source>
        <translation>Файл экспортирован более новой версией DocSpace Keys.</translation>
    </message>
    <message>
        <source>The file is not a DocSpace Keys profile export.</source>
        <translation>Файл не является экспортом профилей DocSpace Keys.</translation>
    </message>
</context>
<context>
    <name>RetirementEntry</name>
    <message>
        <source>Taken out of the plan; the key stays deactivated.</source>
        <translation>Исключён из плана; ключ остаётся деактивированным.</translation>
    </message>
    <message>
        <source>Deactivated, to be revoked</source>
        <translation>Деактивирован, будет отозван</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Отозван</translation>
    </message>
    <message>
        <source>Reactivated meanwhile: left alone</source>
        <translation>Снова активирован за это время: не тронут</translation>
    </message>
    <message>
        <source>No longer on the portal</source>
        <translation>Больше нет на портале</translation>
    </message>
    <message>
        <source>Taken out of the plan</source>
        <translation>Исключён из плана</translation>
    </message>
    <message numerus="yes">
        <source>Deactivated; revoked after %n day(s) unless reactivated.</source>
        <translation>
            <numerusform>Деактивирован; будет отозван через %n день, если его не активируют снова.</numerusform>
            <numerusform>Деактивирован; будет отозван через %n дня, если его не активируют снова.</numerusform>
            <numerusform>Деактивирован; будет отозван через %n дней, если его не активируют снова.</numerusform>
        </translation>
    </message>
    <message>
        <source>The key was no longer on the portal when due: someone revoked it already.</source>
        <translation>Когда наступил срок, ключа уже не было на портале: кто-то уже отозвал его.</translation>
    </message>
    <message>
        <source>The key was active again when due (reactivated on the portal), so it was left alone.</source>
        <translation>Когда наступил срок, ключ снова был активен (его снова активировали на портале), поэтому он не тронут.</translation>
    </message>
    <message>
        <source>Revoked as planned.</source>
        <translation>Отозван по плану.</translation>
    </message>
    <message>
        <source>The key was no longer on the portal when due.</source>
        <translation>Когда наступил срок, ключа уже не было на портале.</translation>
    </message>
    <message>
        <source>Revoking failed (%1); tried again at the next run.</source>
        <translation>Отозвать не удалось (%1); попытка будет повторена при следующем запуске.</translation>
    </message>
</context>
<context>
    <name>RetirementPlan</name>
    <message>
        <source>Cannot read the retirement plan %1: %2.</source>
        <translation>Не удаётся прочитать план отзыва %1: %2.</translation>
    </message>
    <message>
        <source>The retirement plan %1 is damaged or from another version; it was left as it is. Move it aside to start a new plan.</source>
        <translation>План отзыва %1 повреждён или создан другой версией; он оставлен как есть. Переместите его, чтобы начать новый план.</translation>
    </message>
    <message>
        <source>The retirement plan %1 is locked by another DocSpace Keys process.</source>
        <translation>План отзыва %1 заблокирован другим процессом DocSpace Keys.</translation>
    </message>
    <message>
        <source>Cannot write the retirement plan %1: %2.</source>
        <translation>Не удаётся записать план отзыва %1: %2.</translation>
    </message>
</context>
<context>
    <name>RetirementPlanView</name>
    <message>
        <source>Retirement Plan</source>
        <translation>План отзыва</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Ключ</translation>
    </message>
    <message>
        <source>Portal</source>
        <translation>Портал</translation>
    </message>
    <message>
        <source>Deactivated</source>
        <translation>Деактивирован</translation>
    </message>
    <message>
        <source>Revoke after</source>
        <translation>Отозвать после</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <source>Carry Out &amp;Due Now</source>
        <translation>Выполнить &amp;наступившие сейчас</translation>
    </message>
    <message>
        <source>&amp;Take Out of Plan</source>
        <translation>&amp;Исключить из плана</translation>
    </message>
    <message>
        <source>Due now</source>
        <translation>Срок наступил</translation>
    </message>
    <message>
        <source>Plan Not Changed</source>
        <translation>План не изменён</translation>
    </message>
    <message numerus="yes">
        <source>%n key(s) waiting to be revoked. Due keys are revoked when DocSpace Keys lists their portal&apos;s keys (those of the other saved profiles&apos; portals after one question), on Carry Out Due Now, or when &apos;docspace-keys-cli retire --due&apos; runs (see the README for a daily timer). A key reactivated meanwhile is left alone.</source>
        <translation>
            <numerusform>%n ключ ожидает отзыва. Ключи с наступившим сроком отзываются, когда DocSpace Keys получает список ключей их портала (ключи порталов других сохранённых профилей — после одного вопроса), по команде «Выполнить наступившие сейчас» или при запуске &apos;docspace-keys-cli retire --due&apos; (ежедневный таймер описан в README). Ключ, снова активированный за это время, не трогается.</numerusform>
            <numerusform>%n ключа ожидают отзыва. Ключи с наступившим сроком отзываются, когда DocSpace Keys получает список ключей их портала (ключи порталов других сохранённых профилей — после одного вопроса), по команде «Выполнить наступившие сейчас» или при запуске &apos;docspace-keys-cli retire --due&apos; (ежедневный таймер описан в README). Ключ, снова активированный за это время, не трогается.</numerusform>
            <numerusform>%n ключей ожидают отзыва. Ключи с наступившим сроком отзываются, когда DocSpace Keys получает список ключей их портала (ключи порталов других сохранённых профилей — после одного вопроса), по команде «Выполнить наступившие сейчас» или при запуске &apos;docspace-keys-cli retire --due&apos; (ежедневный таймер описан в README). Ключ, снова активированный за это время, не трогается.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SandboxDemo</name>
    <message>
        <source>Cannot read the sandbox info file %1: %2. Start docspace-sandbox with --info-file and pass the same path.</source>
        <translation>Не удаётся прочитать информационный файл песочницы %1: %2. Запустите docspace-sandbox с параметром --info-file и передайте тот же путь.</translation>
    </message>
    <message>
        <source>The sandbox info file is not valid JSON (%1).</source>
        <translation>Информационный файл песочницы не является корректным JSON (%1).</translation>
    </message>
    <message>
        <source>The sandbox info file names no portal address (httpsUrl or httpUrl).</source>
        <translation>В информационном файле песочницы не указан адрес портала (httpsUrl или httpUrl).</translation>
    </message>
    <message>
        <source>The sandbox info file has no &quot;Admin console&quot; key to sign in with.</source>
        <translation>В информационном файле песочницы нет ключа «Admin console» для входа.</translation>
    </message>
    <message>
        <source>The sandbox info file has no other key of the owner to revoke.</source>
        <translation>В информационном файле песочницы нет другого ключа владельца, который можно отозвать.</translation>
    </message>
    <message>
        <source>Sandbox portal (demo)</source>
        <translation>Портал-песочница (демо)</translation>
    </message>
    <message>
        <source>The demo token could not be stored: %1</source>
        <translation>Не удалось сохранить демонстрационный токен: %1</translation>
    </message>
</context>
<context>
    <name>SecretIdentification</name>
    <message>
        <source>The portal answered, but not with a key.</source>
        <translation>Портал ответил, но не данными ключа.</translation>
    </message>
    <message>
        <source>The portal no longer accepts this secret: the key was already revoked, has expired or is deactivated. A deactivated key still exists and can be reactivated by its owner, so check the candidates below.</source>
        <translation>Портал больше не принимает этот секрет: ключ уже отозван, истёк или деактивирован. Деактивированный ключ всё ещё существует, и владелец может снова активировать его, поэтому проверьте кандидатов ниже.</translation>
    </message>
</context>
<context>
    <name>SecretStore</name>
    <message>
        <source>The keychain did not answer.</source>
        <translation>Связка ключей не ответила.</translation>
    </message>
</context>
<context>
    <name>SessionTrust</name>
    <message>
        <source>Trust This Certificate?</source>
        <translation>Доверять этому сертификату?</translation>
    </message>
    <message>
        <source>Trust the certificate presented by %1 for this session?</source>
        <translation>Доверять сертификату, предъявленному %1, в течение этого сеанса?</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint:
%1

Only do this if you have checked that this is your portal&apos;s certificate, for example with its administrator. If someone is intercepting the connection, trusting their certificate hands them your access token.

The certificate is trusted until DocSpace Keys quits; nothing is saved. To trust it for good, enter the fingerprint in the profile (Edit…).</source>
        <translation>Отпечаток SHA-256:
%1

Делайте это, только если вы убедились, что это сертификат вашего портала, например уточнив у его администратора. Если кто-то перехватывает подключение, доверие к его сертификату передаст ему ваш токен доступа.

Сертификат считается доверенным до закрытия DocSpace Keys; ничего не сохраняется. Чтобы доверять ему постоянно, введите отпечаток в профиле («Изменить…»).</translation>
    </message>
    <message>
        <source>&amp;Trust for This Session</source>
        <translation>&amp;Доверять в этом сеансе</translation>
    </message>
    <message>
        <source>Certificate Not Trusted</source>
        <translation>Сертификат не является доверенным</translation>
    </message>
    <message>
        <source>The certificate could not be trusted.</source>
        <translation>Не удалось установить доверие к сертификату.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Параметры</translation>
    </message>
    <message>
        <source>These settings apply to DocSpace Keys on this computer.</source>
        <translation>Эти параметры действуют для DocSpace Keys на этом компьютере.</translation>
    </message>
    <message>
        <source>Interface &amp;language:</source>
        <translation>&amp;Язык интерфейса:</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>Язык интерфейса</translation>
    </message>
    <message>
        <source>The new language applies at once and is kept for the next start. Results already listed stay in the language they were made in.</source>
        <translation>Новый язык применяется сразу и сохраняется для следующего запуска. Уже показанные результаты остаются на языке, на котором они были созданы.</translation>
    </message>
    <message>
        <source>System default (%1)</source>
        <translation>Как в системе (%1)</translation>
    </message>
</context>
<context>
    <name>SingleRevoke</name>
    <message>
        <source>Revoking key %1 on %2…</source>
        <translation>Отзыв ключа %1 на %2…</translation>
    </message>
    <message>
        <source>Key %1 was revoked.</source>
        <translation>Ключ %1 отозван.</translation>
    </message>
    <message>
        <source>The portal&apos;s certificate is not trusted. See Results for its fingerprint.</source>
        <translation>Сертификат портала не является доверенным. Его отпечаток указан на вкладке «Результаты».</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Отменено.</translation>
    </message>
    <message>
        <source>Key %1 was not revoked: %2.</source>
        <translation>Ключ %1 не отозван: %2.</translation>
    </message>
    <message>
        <source>Retrying…</source>
        <translation>Повторная попытка…</translation>
    </message>
    <message>
        <source>Rate limited by the portal, retrying in %1 s…</source>
        <translation>Портал ограничил частоту запросов, повтор через %1 с…</translation>
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
        <translation>ключ %1</translation>
    </message>
    <message>
        <source>Portal: %1</source>
        <translation>Портал: %1</translation>
    </message>
    <message>
        <source>Result: %1</source>
        <translation>Результат: %1</translation>
    </message>
    <message>
        <source>Portal&apos;s message: %1</source>
        <translation>Сообщение портала: %1</translation>
    </message>
    <message numerus="yes">
        <source>Retry after: %n second(s)</source>
        <translation>
            <numerusform>Повтор через: %n секунду</numerusform>
            <numerusform>Повтор через: %n секунды</numerusform>
            <numerusform>Повтор через: %n секунд</numerusform>
        </translation>
    </message>
    <message>
        <source>Detail: %1</source>
        <translation>Подробности: %1</translation>
    </message>
    <message>
        <source>Certificate SHA-256: %1</source>
        <translation>SHA-256 сертификата: %1</translation>
    </message>
    <message>
        <source>This certificate is trusted for the rest of this session. Revoke again to retry.</source>
        <translation>Этот сертификат считается доверенным до конца сеанса. Повторите отзыв, чтобы попробовать снова.</translation>
    </message>
    <message>
        <source>If you recognise this fingerprint as your portal&apos;s certificate, use &quot;Trust this certificate…&quot; and revoke again.</source>
        <translation>Если вы узнаёте в этом отпечатке сертификат своего портала, выберите «Доверять этому сертификату…» и повторите отзыв.</translation>
    </message>
    <message>
        <source>key “%1” (…%2)</source>
        <translation>ключ «%1» (…%2)</translation>
    </message>
    <message>
        <source>Key id: %1</source>
        <translation>Идентификатор ключа: %1</translation>
    </message>
</context>
<context>
    <name>StatusPanel</name>
    <message>
        <source>The result of each revocation appears here.</source>
        <translation>Здесь появляется результат каждого отзыва.</translation>
    </message>
    <message>
        <source>Tr&amp;ust this certificate…</source>
        <translation>Доверять &amp;этому сертификату…</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>Ко&amp;пировать</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Результаты</translation>
    </message>
    <message>
        <source>The result of each revocation, newest first. Press Space to show or hide details.</source>
        <translation>Результат каждого отзыва, новые сверху. Нажмите Пробел, чтобы показать или скрыть подробности.</translation>
    </message>
    <message>
        <source>Trust the certificate of the selected certificate problem for this session</source>
        <translation>Доверять в этом сеансе сертификату из выбранной записи о проблеме с сертификатом</translation>
    </message>
    <message>
        <source>Remove all entries from the list</source>
        <translation>Удалить все записи из списка</translation>
    </message>
    <message>
        <source>Copy the selected entries as plain text</source>
        <translation>Копировать выбранные записи как обычный текст</translation>
    </message>
    <message>
        <source>Copy all entries as plain text</source>
        <translation>Копировать все записи как обычный текст</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>&amp;Очистить</translation>
    </message>
    <message>
        <source>&amp;Copy Selected</source>
        <translation>Копировать выбранное</translation>
    </message>
    <message>
        <source>&amp;Copy All</source>
        <translation>Копировать всё</translation>
    </message>
</context>
<context>
    <name>TlsTrust</name>
    <message>
        <source>Cannot read the CA file %1: %2.</source>
        <translation>Не удаётся прочитать файл ЦС %1: %2.</translation>
    </message>
    <message>
        <source>The file %1 holds no certificate in PEM or DER form.</source>
        <translation>Файл %1 не содержит сертификата в формате PEM или DER.</translation>
    </message>
    <message>
        <source>A certificate fingerprint is a SHA-256 digest: 64 hexadecimal digits, with or without colons.</source>
        <translation>Отпечаток сертификата — это хеш SHA-256: 64 шестнадцатеричные цифры, с двоеточиями или без.</translation>
    </message>
    <message>
        <source>The certificate fingerprint holds &quot;%1&quot; (U+%2), which is not a hexadecimal digit: use only 0-9 and A-F (ASCII), with or without colons.</source>
        <translation>Отпечаток сертификата содержит «%1» (U+%2), а это не шестнадцатеричная цифра: используйте только 0-9 и A-F (ASCII), с двоеточиями или без них.</translation>
    </message>
</context>
<context>
    <name>TokenField</name>
    <message>
        <source>Hide token</source>
        <translation>Скрыть токен</translation>
    </message>
    <message>
        <source>Show token</source>
        <translation>Показать токен</translation>
    </message>
    <message>
        <source>Hide the access token</source>
        <translation>Скрыть токен доступа</translation>
    </message>
    <message>
        <source>Show the access token</source>
        <translation>Показать токен доступа</translation>
    </message>
</context>
<context>
    <name>ToolsController</name>
    <message>
        <source>History</source>
        <translation>Журнал</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Отчёт</translation>
    </message>
    <message>
        <source>Every revocation, deactivation and reactivation recorded on this computer, by the window and the command line</source>
        <translation>Все отзывы, деактивации и повторные активации на этом компьютере — из окна и из командной строки</translation>
    </message>
    <message>
        <source>Which keys of the portal are a risk before they leak</source>
        <translation>Какие ключи портала опасны ещё до утечки</translation>
    </message>
    <message>
        <source>Key hygiene report</source>
        <translation>Отчёт о гигиене ключей</translation>
    </message>
    <message>
        <source>About DocSpace Keys</source>
        <translation>О программе DocSpace Keys</translation>
    </message>
    <message>
        <source>DocSpace Keys %1

Revokes API keys of ONLYOFFICE DocSpace portals.
Tokens of saved profiles are kept in %2; never in a file, never logged.

Built with Qt %3, running on Qt %4.</source>
        <translation>DocSpace Keys %1

Отзывает ключи API порталов ONLYOFFICE DocSpace.
Место хранения токенов сохранённых профилей: %2; никогда в файле, никогда в журналах.

Собрано с Qt %3, работает на Qt %4.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Revoke ONLYOFFICE DocSpace API keys. The access token is never read from the command line; DOCSPACE_TOKEN in the environment may prefill it.</source>
        <translation>Отзыв ключей API ONLYOFFICE DocSpace. Токен доступа никогда не читается из командной строки; его можно предварительно задать в переменной окружения DOCSPACE_TOKEN.</translation>
    </message>
    <message>
        <source>Prefill the portal address.</source>
        <translation>Предварительно заполнить адрес портала.</translation>
    </message>
    <message>
        <source>Prefill the key id.</source>
        <translation>Предварительно заполнить идентификатор ключа.</translation>
    </message>
    <message>
        <source>Demo mode: connect to the sandbox portal described by this docspace-sandbox --info-file.</source>
        <translation>Демонстрационный режим: подключиться к порталу-песочнице, описанному этим файлом docspace-sandbox --info-file.</translation>
    </message>
    <message>
        <source>Cannot create a temporary folder: %1</source>
        <translation>Не удаётся создать временную папку: %1</translation>
    </message>
    <message>
        <source>Demo mode: the sandbox portal, with profiles and tokens kept in memory</source>
        <translation>Демонстрационный режим: портал-песочница, профили и токены хранятся в памяти</translation>
    </message>
</context>
</TS>
