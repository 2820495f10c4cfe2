#pragma once

class QLineEdit;

// Adds the eye button (an action named "showTokenButton") that shows and masks a token field.
void addTokenVisibilityToggle(QLineEdit *edit);
// Sets the eye button's texts again, in the current language.
void retranslateTokenVisibilityToggle(QLineEdit *edit);
