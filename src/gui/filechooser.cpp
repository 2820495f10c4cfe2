#include "filechooser.h"

#include <QFileDialog>

#include <optional>

namespace {
std::optional<QString> g_nextPath;
QString g_lastCaption;

std::optional<QString> takeNextPath(const QString &caption)
{
    g_lastCaption = caption;
    std::optional<QString> path;
    path.swap(g_nextPath);
    return path;
}
} // namespace

QString FileChooser::openFile(QWidget *parent, const QString &caption, const QString &directory,
                              const QString &filter)
{
    if (const std::optional<QString> path = takeNextPath(caption))
        return *path;
    return QFileDialog::getOpenFileName(parent, caption, directory, filter);
}

QString FileChooser::saveFile(QWidget *parent, const QString &caption, const QString &directory,
                              const QString &filter)
{
    if (const std::optional<QString> path = takeNextPath(caption))
        return *path;
    return QFileDialog::getSaveFileName(parent, caption, directory, filter);
}

void FileChooser::setNextPath(const QString &path)
{
    g_nextPath = path;
}

QString FileChooser::lastCaption()
{
    return g_lastCaption;
}
