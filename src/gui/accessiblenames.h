#pragma once

#include <QString>
#include <QVariant>
#include <QWidget>

// Accessible names and descriptions of widgets, on every Qt build. A Qt built without
// accessibility (the MinGW Qt of ../shared/toolchains that scripts/test-windows.sh builds with)
// has no QWidget::setAccessibleName() and friends; there the texts are kept as properties of the
// same names, so the code and its tests read back what was set either way.
namespace Accessible {
inline void setName(QWidget *widget, const QString &name)
{
#if QT_CONFIG(accessibility)
    widget->setAccessibleName(name);
#else
    widget->setProperty("accessibleName", name);
#endif
}

inline void setDescription(QWidget *widget, const QString &description)
{
#if QT_CONFIG(accessibility)
    widget->setAccessibleDescription(description);
#else
    widget->setProperty("accessibleDescription", description);
#endif
}

inline QString name(const QWidget *widget)
{
#if QT_CONFIG(accessibility)
    return widget->accessibleName();
#else
    return widget->property("accessibleName").toString();
#endif
}

inline QString description(const QWidget *widget)
{
#if QT_CONFIG(accessibility)
    return widget->accessibleDescription();
#else
    return widget->property("accessibleDescription").toString();
#endif
}
} // namespace Accessible
