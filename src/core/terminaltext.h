#pragma once

#include <QString>

// Text from a portal on its way to a terminal. A hostile or broken portal can put escape codes
// (ESC, CSI, OSC...), bells, carriage returns or bidirectional overrides into a key name, an
// e-mail address or an error message; printed raw they could rewrite the screen, retitle the
// window or make "txt.exe" read as "exe.txt".
namespace Terminal {

// One line of plain text: C0 controls, DEL and C1 controls removed (tab, line breaks and the
// Unicode line and paragraph separators become a space, so words stay apart), and the
// bidirectional embeddings, overrides and isolates (U+202A..U+202E, U+2066..U+2069) removed.
// JSON output needs none of this: the JSON writer escapes controls itself.
QString printable(const QString &text);

// True when printable() would change nothing.
bool isPrintable(const QString &text);

// Serialised JSON (UTF-8) for a terminal: Qt's writer escapes C0 controls but writes DEL, C1
// controls and the bidi characters above as they are. They can only be inside strings, so
// each becomes a \uXXXX escape: the same JSON value, with nothing a terminal acts on.
QByteArray escapeJson(const QByteArray &json);

} // namespace Terminal
