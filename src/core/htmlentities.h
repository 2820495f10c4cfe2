#pragma once

#include <QString>

// DocSpace HTML-encodes every display name it sends (.NET HttpUtility rules: "Zoë O'Brien & Co"
// arrives as "Zo&#235; O&#39;Brien &amp; Co"). Decoded once, where the portal's JSON becomes an
// object, so every view, export and history record holds the real name.
namespace HtmlEntities {
// Decodes &amp; &lt; &gt; &quot; &apos; &nbsp; and numeric references (&#235; &#xEB;) once, as
// .NET's HttpUtility.HtmlDecode does: anything else, including a reference without its ';' or
// one naming no valid character, is left exactly as it was.
QString decode(const QString &text);
} // namespace HtmlEntities
