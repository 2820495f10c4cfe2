#include "keyformdialog.h"

#include "accessiblenames.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QVBoxLayout>

namespace {
// Tab order as on the portal's page.
constexpr int kAllTab = 0;
constexpr int kRestrictedTab = 1;
constexpr int kReadOnlyTab = 2;
} // namespace

KeyFormDialog::KeyFormDialog(Mode mode, QWidget *parent)
    : QDialog(parent)
    , m_mode(mode)
{
    setObjectName(mode == Mode::Create ? QStringLiteral("createKeyDialog")
                                       : QStringLiteral("editKeyDialog"));
    setWindowTitle(mode == Mode::Create ? tr("Create API Key") : tr("Edit API Key"));
    setMinimumWidth(480);
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("keyName"));
    m_name->setMaxLength(KeyCreateRequest::MaxNameLength);
    if (mode == Mode::Create)
        m_name->setText(KeyCreateRequest::defaultName());
    m_name->selectAll();
    form->addRow(tr("&Name:"), m_name);
    layout->addLayout(form);

    layout->addWidget(new QLabel(tr("Permissions:"), this));
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("permissionTabs"));
    auto *allPage = new QLabel(tr("The key may do everything its owner may: read and change "
                                  "files, rooms, profile and accounts."),
                               this);
    allPage->setWordWrap(true);
    auto *restrictedPage = new QWidget(this);
    auto *grid = new QGridLayout(restrictedPage);
    grid->addWidget(new QLabel(tr("Read"), restrictedPage), 0, 1);
    grid->addWidget(new QLabel(tr("Write"), restrictedPage), 0, 2);
    for (const KeyPermissions::Resource resource : KeyPermissions::Resources) {
        const auto i = std::size_t(resource);
        const int row = int(i) + 1;
        grid->addWidget(new QLabel(KeyPermissions::resourceText(resource), restrictedPage), row, 0);
        m_read[i] = new QCheckBox(restrictedPage);
        m_write[i] = new QCheckBox(restrictedPage);
        const QString prefix = KeyPermissions::scopePrefix(resource);
        m_read[i]->setObjectName(prefix + QStringLiteral("-read"));
        m_write[i]->setObjectName(prefix + QStringLiteral("-write"));
        Accessible::setName(m_read[i], tr("%1: read").arg(KeyPermissions::resourceText(resource)));
        Accessible::setName(m_write[i],
                            tr("%1: write").arg(KeyPermissions::resourceText(resource)));
        grid->addWidget(m_read[i], row, 1);
        grid->addWidget(m_write[i], row, 2);
        // Write includes read, as on the portal's page.
        connect(m_write[i], &QCheckBox::toggled, this, [this, i](bool on) {
            if (on)
                m_read[i]->setChecked(true);
            validate();
        });
        connect(m_read[i], &QCheckBox::toggled, this, [this, i](bool on) {
            if (!on)
                m_write[i]->setChecked(false);
            validate();
        });
    }
    grid->setColumnStretch(3, 1);
    auto *readOnlyPage = new QLabel(tr("The key may read everything its owner may, and change "
                                       "nothing (scope *:read)."),
                                    this);
    readOnlyPage->setWordWrap(true);
    m_tabs->addTab(allPage, tr("All"));
    m_tabs->addTab(restrictedPage, tr("Restricted"));
    m_tabs->addTab(readOnlyPage, tr("Read only"));
    layout->addWidget(m_tabs);
    connect(m_tabs, &QTabWidget::currentChanged, this, &KeyFormDialog::validate);

    if (mode == Mode::Create) {
        auto *lifetime = new QHBoxLayout;
        m_expires = new QCheckBox(tr("&Expires after"), this);
        m_expires->setObjectName(QStringLiteral("expires"));
        m_expires->setChecked(true);
        m_days = new QSpinBox(this);
        m_days->setObjectName(QStringLiteral("lifetimeDays"));
        m_days->setRange(1, KeyCreateRequest::MaxLifetimeDays);
        m_days->setValue(KeyCreateRequest::DefaultLifetimeDays);
        m_days->setSuffix(tr(" days"));
        lifetime->addWidget(m_expires);
        lifetime->addWidget(m_days);
        lifetime->addStretch();
        layout->addLayout(lifetime);
        connect(m_expires, &QCheckBox::toggled, m_days, &QSpinBox::setEnabled);
    }

    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("formProblem"));
    m_problem->setWordWrap(true);
    layout->addWidget(m_problem);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)
        ->setText(mode == Mode::Create ? tr("&Create") : tr("&Save"));
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_name, &QLineEdit::textChanged, this, &KeyFormDialog::validate);
    validate();
}

void KeyFormDialog::setKey(const ApiKey &key)
{
    m_key = key;
    m_name->setText(key.name);
    setPermissions(KeyPermissions::fromScopes(key.permissions));
    validate();
}

void KeyFormDialog::setOfferedScopes(const QStringList &scopes)
{
    m_offered = scopes;
    if (scopes.isEmpty())
        return;
    for (const KeyPermissions::Resource resource : KeyPermissions::Resources) {
        const auto i = std::size_t(resource);
        const QString prefix = KeyPermissions::scopePrefix(resource);
        m_read[i]->setEnabled(scopes.contains(prefix + QLatin1String(":read")));
        m_write[i]->setEnabled(scopes.contains(prefix + QLatin1String(":write")));
    }
    validate();
}

KeyPermissions KeyFormDialog::permissions() const
{
    switch (m_tabs->currentIndex()) {
    case kAllTab:
        return KeyPermissions::all();
    case kReadOnlyTab:
        return KeyPermissions::readOnly();
    default:
        break;
    }
    KeyPermissions permissions;
    permissions.mode = KeyPermissions::Mode::Restricted;
    for (const KeyPermissions::Resource resource : KeyPermissions::Resources) {
        const auto i = std::size_t(resource);
        permissions.setAccess(resource, m_write[i]->isChecked()  ? KeyPermissions::Access::Write
                                        : m_read[i]->isChecked() ? KeyPermissions::Access::Read
                                                                 : KeyPermissions::Access::None);
    }
    return permissions;
}

void KeyFormDialog::setPermissions(const KeyPermissions &permissions)
{
    m_tabs->setCurrentIndex(permissions.mode == KeyPermissions::Mode::All        ? kAllTab
                            : permissions.mode == KeyPermissions::Mode::ReadOnly ? kReadOnlyTab
                                                                                 : kRestrictedTab);
    for (const KeyPermissions::Resource resource : KeyPermissions::Resources) {
        const auto i = std::size_t(resource);
        m_write[i]->setChecked(permissions.accessTo(resource) == KeyPermissions::Access::Write);
        m_read[i]->setChecked(permissions.accessTo(resource) != KeyPermissions::Access::None);
    }
}

KeyCreateRequest KeyFormDialog::createRequest() const
{
    KeyCreateRequest request;
    request.name = m_name->text().trimmed();
    request.permissions = permissions();
    request.expiresInDays = m_expires && m_expires->isChecked() ? m_days->value() : 0;
    return request;
}

KeyEditRequest KeyFormDialog::editRequest() const
{
    KeyEditRequest request;
    request.keyId = m_key.id;
    const QString name = m_name->text().trimmed();
    if (name != m_key.name)
        request.name = name;
    if (permissions() != KeyPermissions::fromScopes(m_key.permissions))
        request.permissions = permissions();
    return request;
}

QString KeyFormDialog::problem() const
{
    if (m_mode == Mode::Create) {
        QString problem = createRequest().validate();
        if (problem.isEmpty())
            problem = permissions().checkOffered(m_offered);
        return problem;
    }
    const KeyEditRequest request = editRequest();
    if (m_name->text().trimmed().isEmpty())
        return tr("Give the key a name.");
    if (request.name.isEmpty() && !request.permissions)
        return tr("Nothing changed yet.");
    QString problem = request.validate();
    if (problem.isEmpty() && request.permissions)
        problem = request.permissions->checkOffered(m_offered);
    return problem;
}

void KeyFormDialog::validate()
{
    const QString text = problem();
    m_problem->setText(text);
    m_problem->setVisible(!text.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(text.isEmpty());
}
