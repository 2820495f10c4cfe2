#pragma once

#include "portalprofile.h"

#include <QDialog>

#include <memory>

class ProfileStore;
class SecretStore;

namespace Ui {
class ProfileDialog;
}

// Creates or edits one saved portal: every field of PortalProfile plus its token. Accepting
// checks everything and stays open, pointing at the problems, until the profile can be saved;
// the caller then writes it (ProfileStore) and the token (SecretStore).
class ProfileDialog : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProfileDialog)

public:
    ProfileDialog(const ProfileStore *store, const SecretStore *secrets, QWidget *parent = nullptr);
    ~ProfileDialog() override;

    // The id decides whether this is a new profile (null id) or which one is edited.
    void setProfile(const PortalProfile &profile, const QString &token);
    PortalProfile profile() const;
    QString token() const;

public slots:
    void accept() override;

protected:
    void showEvent(QShowEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    // Every text set in code: from setProfile() and on QEvent::LanguageChange.
    void retranslate();
    void updateValidation();
    void updateTokenNote();
    void chooseCaFile();
    QString nameProblem() const;
    QString httpProblem() const;
    QString fingerprintProblem() const;
    QString caFileProblem() const;

    std::unique_ptr<Ui::ProfileDialog> m_ui;
    const ProfileStore *m_store;
    const SecretStore *m_secrets;
    QUuid m_id;
    bool m_nameTouched = false;
    bool m_portalTouched = false;
};
