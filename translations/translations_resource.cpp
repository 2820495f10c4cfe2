// Anchors the compiled catalogues (:/i18n/*.qm) in this library; see CMakeLists.txt.
#include <QtGlobal>

void dskTranslationsAnchor() {}
