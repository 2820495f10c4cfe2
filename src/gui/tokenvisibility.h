#pragma once

class QLineEdit;
class QString;

// Adds the eye button (an action named "showTokenButton") that shows and masks a token field.
void addTokenVisibilityToggle(QLineEdit *edit);
// Sets the eye button's texts again, in the current language.
void retranslateTokenVisibilityToggle(QLineEdit *edit);
// Puts a token (from a profile or the keychain) in the field, shown from its start ("sk-..."),
// not scrolled to its end with its first characters cut at the field's left edge.
void setTokenText(QLineEdit *edit, const QString &token);
