#include "historylog.h"

#include "filelock.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QStandardPaths>

#ifdef Q_OS_WIN
#include <io.h>
#else
#include <unistd.h>
#endif

namespace {
// Forces the bytes to the disk, not just to the OS cache.
bool syncToDisk(QFile &file)
{
    if (!file.flush())
        return false;
#ifdef Q_OS_WIN
    return _commit(file.handle()) == 0;
#else
    return ::fsync(file.handle()) == 0;
#endif
}

KeyOperation operationFromName(const QString &name)
{
    if (name == QLatin1String("deactivate"))
        return KeyOperation::Deactivate;
    if (name == QLatin1String("activate"))
        return KeyOperation::Activate;
    if (name == QLatin1String("create"))
        return KeyOperation::Create;
    if (name == QLatin1String("edit"))
        return KeyOperation::Edit;
    return KeyOperation::Revoke;
}
} // namespace

HistoryRecord HistoryRecord::fromOutcome(const RevokeOutcome &outcome, const QString &portal,
                                         const QString &profile, const QString &source)
{
    HistoryRecord record;
    record.time =
        (outcome.finishedAt.isValid() ? outcome.finishedAt : QDateTime::currentDateTime()).toUTC();
    record.portal = portal;
    record.profile = profile;
    record.keyId = outcome.keyId;
    record.operation = outcome.operation;
    record.outcome = outcome.kindName();
    record.httpStatus = outcome.httpStatus;
    record.message = outcome.serverMessage.isEmpty() ? outcome.sentence
                                                     : outcome.sentence + QLatin1String(" [") +
                                                           outcome.serverMessage + QLatin1Char(']');
    record.source = source;
    return record;
}

QJsonObject HistoryRecord::toJson() const
{
    QJsonObject object{
        {QStringLiteral("time"), time.toUTC().toString(Qt::ISODateWithMs)},
        {QStringLiteral("portal"), portal},
        {QStringLiteral("keyId"), keyId},
        {QStringLiteral("operation"), RevokeOutcome::operationName(operation)},
        {QStringLiteral("outcome"), outcome},
        {QStringLiteral("httpStatus"), httpStatus ? QJsonValue(httpStatus) : QJsonValue()},
        {QStringLiteral("message"), message},
        {QStringLiteral("source"), source},
    };
    const auto optional = [&object](const char *name, const QString &value) {
        if (!value.isEmpty())
            object.insert(QLatin1String(name), value);
    };
    optional("profile", profile);
    optional("actor", actor);
    optional("keyName", keyName);
    optional("keyPostfix", keyPostfix);
    if (!changes.isEmpty())
        object.insert(QLatin1String("changes"), QJsonArray::fromStringList(changes));
    return object;
}

std::optional<HistoryRecord> HistoryRecord::fromJson(const QJsonObject &object)
{
    HistoryRecord record;
    record.time =
        QDateTime::fromString(object.value(QLatin1String("time")).toString(), Qt::ISODateWithMs);
    record.keyId = object.value(QLatin1String("keyId")).toString();
    record.outcome = object.value(QLatin1String("outcome")).toString();
    record.operation = operationFromName(object.value(QLatin1String("operation")).toString());
    // A creation that failed made no key, so has no id; every other record names one.
    if (!record.time.isValid() || record.outcome.isEmpty() ||
        (record.keyId.isEmpty() && record.operation != KeyOperation::Create))
        return std::nullopt;
    record.portal = object.value(QLatin1String("portal")).toString();
    record.profile = object.value(QLatin1String("profile")).toString();
    record.actor = object.value(QLatin1String("actor")).toString();
    record.keyName = object.value(QLatin1String("keyName")).toString();
    record.keyPostfix = object.value(QLatin1String("keyPostfix")).toString();
    record.httpStatus = object.value(QLatin1String("httpStatus")).toInt();
    record.message = object.value(QLatin1String("message")).toString();
    record.source = object.value(QLatin1String("source")).toString();
    for (const QJsonValue &change : object.value(QLatin1String("changes")).toArray())
        record.changes << change.toString();
    return record;
}

HistoryLog::HistoryLog(QString path)
    : m_path(path.isEmpty() ? defaultPath() : std::move(path))
{}

QString HistoryLog::defaultPath()
{
    // One file for the window and the command line, whatever each calls itself.
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) +
           QLatin1String("/DocSpaceKeys/history.jsonl");
}

bool HistoryLog::append(const HistoryRecord &record, QString *error)
{
    return append(QList<HistoryRecord>{record}, error);
}

bool HistoryLog::append(const QList<HistoryRecord> &records, QString *error)
{
    if (records.isEmpty())
        return true;
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    FileLock lock(m_path + QLatin1String(".lock"));
    if (!lock.tryLock(10000)) {
        *error =
            lock.wasHeldElsewhere()
                ? tr("The history file %1 is locked by another DocSpace Keys process.").arg(m_path)
                : tr("Cannot write the history file %1: %2.").arg(m_path, lock.errorString());
        return false;
    }
    QFile file(m_path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Append)) {
        *error = tr("Cannot write the history file %1: %2.").arg(m_path, file.errorString());
        return false;
    }
    // A torn last line (a crash mid-write) must not swallow this record: start on a new line.
    QByteArray line;
    if (file.size() > 0) {
        QFile reader(m_path);
        if (reader.open(QIODevice::ReadOnly) && reader.seek(file.size() - 1) &&
            reader.read(1) != "\n")
            line += '\n';
    }
    for (const HistoryRecord &record : records)
        line += QJsonDocument(record.toJson()).toJson(QJsonDocument::Compact) + '\n';
    if (file.write(line) != line.size() || !syncToDisk(file)) {
        *error = tr("Cannot write the history file %1: %2.").arg(m_path, file.errorString());
        return false;
    }
    return true;
}

HistoryLog::ReadResult HistoryLog::read(qint64 from, int firstLine) const
{
    ReadResult result;
    result.end = from;
    QFile file(m_path);
    if (!file.exists())
        return result;
    if (!file.open(QIODevice::ReadOnly)) {
        result.warnings
            << tr("Cannot read the history file %1: %2.").arg(m_path, file.errorString());
        return result;
    }
    if (!file.seek(from))
        return result;
    int number = firstLine - 1;
    while (!file.atEnd()) {
        const QByteArray line = file.readLine();
        const bool complete = line.endsWith('\n');
        QJsonParseError parseError{};
        const QJsonDocument document = QJsonDocument::fromJson(line, &parseError);
        const std::optional<HistoryRecord> record =
            parseError.error == QJsonParseError::NoError && document.isObject()
                ? HistoryRecord::fromJson(document.object())
                : std::nullopt;
        if (!complete && !record)
            break; // still being written, or torn: looked at again next time
        ++number;
        ++result.lines;
        result.end += line.size();
        if (line.trimmed().isEmpty())
            continue;
        if (record)
            result.records.append(*record);
        else
            result.warnings << tr("Line %1 of the history file is incomplete or damaged and was "
                                  "skipped.")
                                   .arg(number);
    }
    // A torn last line is reported too (a crash mid-write), though it is not consumed.
    if (file.size() > result.end)
        result.warnings << tr("Line %1 of the history file is incomplete or damaged and was "
                              "skipped.")
                               .arg(number + 1);
    return result;
}
