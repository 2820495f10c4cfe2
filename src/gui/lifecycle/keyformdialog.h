#pragma once

#include "apikey.h"
#include "keycreation.h"
#include "keypermissions.h"

#include <QDialog>

#include <array>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class QTabWidget;

// The create dialog as the portal's Developer Tools page has it: a name (30 characters at most,
// "New secret key" by default), permissions as tabs All / Restricted / Read only (Restricted:
// read and write per Files, Rooms, Profile, Accounts) and a lifetime of 1..365 days or none
// (7 by default). In edit mode, the same name and permissions for an existing key, no lifetime.
class KeyFormDialog : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KeyFormDialog)

public:
    enum class Mode
    {
        Create,
        Edit
    };
    explicit KeyFormDialog(Mode mode, QWidget *parent = nullptr);

    // Edit mode: the key as listed.
    void setKey(const ApiKey &key);
    // The scopes the portal offers (GET /keys/permissions); unknown ones cannot be chosen.
    void setOfferedScopes(const QStringList &scopes);

    KeyPermissions permissions() const;
    void setPermissions(const KeyPermissions &permissions);
    KeyCreateRequest createRequest() const;
    KeyEditRequest editRequest() const; // only what changed
    // Empty when OK may be pressed.
    QString problem() const;

private:
    void validate();

    Mode m_mode;
    ApiKey m_key;
    QStringList m_offered;
    QLineEdit *m_name;
    QTabWidget *m_tabs;
    std::array<QCheckBox *, KeyPermissions::ResourceCount> m_read{};
    std::array<QCheckBox *, KeyPermissions::ResourceCount> m_write{};
    QCheckBox *m_expires = nullptr;
    QSpinBox *m_days = nullptr;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
};
