#pragma once

class QLineEdit;

// Adds the eye button (an action named "showTokenButton") that shows and masks a token field.
void addTokenVisibilityToggle(QLineEdit *edit);
