#pragma once

#include <QString>

class QWidget;

// Every file dialog of the application goes through here, so GUI tests never block on one:
// after setNextPath() the next dialog is not shown and that path is returned once (an empty
// path answers "cancelled").
class FileChooser
{
public:
    FileChooser() = delete;

    static QString openFile(QWidget *parent, const QString &caption, const QString &directory,
                            const QString &filter);
    static QString saveFile(QWidget *parent, const QString &caption, const QString &directory,
                            const QString &filter);

    // Test seam: the next dialog returns this path without being shown.
    static void setNextPath(const QString &path);
    // Test seam: the caption of the last dialog, shown or not.
    static QString lastCaption();
};
