// LeakedSecrets::find over 1 MB and 10 MB of pasted log (what the leaked-secret dialog and
// `revoke-secret` parse), in two shapes: an ordinary log with a distinct secret on every tenth
// line, and a dump that is nothing but distinct secrets (the audit's worst case: 50,000 in
// 3.4 MB took 10.4 s before find() was made linear).
// Baselines in the same run, over the same text: a plain scan for "sk-" (the least any finder
// must do) and QRegularExpression's global match of the secret pattern. For 1 MB the former
// quadratic algorithm (regex + list lookup) runs too, to show the difference.
// Target: within 5x the bare regex match (which keeps nothing; find() copies and hashes
// every secret), and linear: the ratio to the plain scan does not grow from 1 MB to 10 MB
// (time per MB itself grows a little once the text no longer fits in the cache).
#include "benchutil.h"
#include "leakedsecret.h"

#include <QElapsedTimer>
#include <QRegularExpression>

#include <functional>

namespace {
const QRegularExpression &secretPattern()
{
    static const QRegularExpression pattern(
        QStringLiteral("(?<![A-Za-z0-9_-])sk-[0-9a-f]{64}(?![A-Za-z0-9_-])"));
    return pattern;
}

QString secret(int i)
{
    return QStringLiteral("sk-") + QLatin1String(QByteArray::number(i, 16).rightJustified(64, '0'));
}

QString ordinaryLog(qsizetype bytes)
{
    QString text;
    text.reserve(bytes + 200);
    for (int line = 0; text.size() < bytes; ++line) {
        text += QStringLiteral("2025-06-01T12:%1:07Z INFO worker[%2] GET /api/2.0/files/%3 200 "
                               "in 12 ms; user=jane.doe@example.com skipped=sk-none")
                    .arg(line % 60, 2, 10, QLatin1Char('0'))
                    .arg(line % 16)
                    .arg(line);
        if (line % 10 == 0)
            text += QStringLiteral(" token=") + secret(line);
        text += QLatin1Char('\n');
    }
    return text;
}

QString secretsOnly(qsizetype bytes)
{
    QString text;
    text.reserve(bytes + 100);
    for (int i = 0; text.size() < bytes; ++i)
        text += secret(i) + QLatin1Char('\n');
    return text;
}

double milliseconds(const std::function<qsizetype()> &work, qsizetype *result, int rounds)
{
    QList<double> times;
    for (int round = 0; round < rounds; ++round) {
        QElapsedTimer timer;
        timer.start();
        *result = work();
        times << double(timer.nsecsElapsed()) / 1e6;
    }
    return Bench::median(times);
}

QStringList quadraticFind(const QString &text) // the algorithm before issue 15
{
    QStringList found;
    auto it = secretPattern().globalMatch(text);
    while (it.hasNext()) {
        const QString match = it.next().captured(0);
        if (!found.contains(match))
            found << match;
    }
    return found;
}
} // namespace

int main()
{
    const int rounds = qEnvironmentVariableIntValue("BENCH_ROUNDS") > 0
                           ? qEnvironmentVariableIntValue("BENCH_ROUNDS")
                           : 5;
    QTextStream &out = Bench::out();
    out << "bench_leakedsecrets: median of " << rounds << " rounds\n";
    bool ok = true;
    for (const bool onlySecrets : {false, true}) {
        double perMb[2] = {0, 0};
        for (const qsizetype mb : {qsizetype(1), qsizetype(10)}) {
            const qsizetype bytes = mb * 1024 * 1024;
            const QString text = onlySecrets ? secretsOnly(bytes) : ordinaryLog(bytes);
            qsizetype scanned = 0, matched = 0, found = 0, oldFound = -1;
            const double scan = milliseconds(
                [&text] {
                    qsizetype n = 0;
                    for (qsizetype at = text.indexOf(u"sk-"); at >= 0;
                         at = text.indexOf(u"sk-", at + 1))
                        ++n;
                    return n;
                },
                &scanned, rounds);
            const double regex = milliseconds(
                [&text] {
                    qsizetype n = 0;
                    auto it = secretPattern().globalMatch(text);
                    while (it.hasNext()) {
                        it.next();
                        ++n;
                    }
                    return n;
                },
                &matched, rounds);
            const double find =
                milliseconds([&text] { return LeakedSecrets::find(text).size(); }, &found, rounds);
            double old = -1;
            if (mb == 1)
                old = milliseconds([&text] { return quadraticFind(text).size(); }, &oldFound, 1);
            perMb[mb == 1 ? 0 : 1] = find / double(mb);
            out << QStringLiteral("  %1, %2 MB: %3 secrets; find %4 ms; plain scan %5 ms "
                                  "(ratio %6); regex match %7 ms (ratio %8)")
                       .arg(onlySecrets ? QStringLiteral("secrets only")
                                        : QStringLiteral("ordinary log"))
                       .arg(mb)
                       .arg(found)
                       .arg(find, 0, 'f', 1)
                       .arg(scan, 0, 'f', 1)
                       .arg(find / scan, 0, 'f', 2)
                       .arg(regex, 0, 'f', 1)
                       .arg(find / regex, 0, 'f', 2);
            if (old >= 0)
                out << QStringLiteral("; former quadratic find %1 ms (%2x slower)")
                           .arg(old, 0, 'f', 1)
                           .arg(old / find, 0, 'f', 0);
            out << '\n';
            if (found != matched || (oldFound >= 0 && oldFound != found)) {
                out << "    MISMATCH: the finders disagree\n";
                ok = false;
            }
            if (find > 5 * regex) {
                out << "    over target: more than 5x the regular expression's bare match\n";
                ok = false;
            }
        }
        out << QStringLiteral("  %1: per MB, 10 MB costs %2x what 1 MB costs\n")
                   .arg(onlySecrets ? QStringLiteral("secrets only")
                                    : QStringLiteral("ordinary log"))
                   .arg(perMb[1] / perMb[0], 0, 'f', 2);
        out.flush();
    }
    return ok ? 0 : 1;
}
