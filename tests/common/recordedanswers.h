#pragma once

// The real portal's answers, recorded in tests/data (one body per case of
// ../shared/docspace-api.md), as the classification tests feed them to the client's readers.
#include "httpexchange.h"

#include <QFile>
#include <QTest>

// A recorded body by its file name in tests/data; empty for none.
inline QByteArray recordedBody(const QString &name)
{
    if (name.isEmpty())
        return {};
    QFile file(QStringLiteral(DSK_TEST_DATA_DIR "/") + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing recorded body %s", qPrintable(name));
    return file.readAll();
}

// The columns a data row of recorded answers starts with: the transport failure (an
// HttpExchange::Failure), the HTTP status, the body's file and its content type.
inline void addAnswerColumns()
{
    QTest::addColumn<int>("failure");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("bodyFile");
    QTest::addColumn<QByteArray>("contentType");
}

// The current row's answer, as the client would have received it.
inline HttpExchange fetchAnswer()
{
    QFETCH(int, failure);
    QFETCH(int, status);
    QFETCH(QString, bodyFile);
    QFETCH(QByteArray, contentType);
    HttpExchange exchange;
    exchange.failure = HttpExchange::Failure(failure);
    exchange.httpStatus = status;
    exchange.body = recordedBody(bodyFile);
    exchange.contentType = contentType;
    return exchange;
}
