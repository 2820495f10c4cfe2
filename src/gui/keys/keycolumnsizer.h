#pragma once

class KeyListModel;
class QTableView;

// The key table's column widths: each column as wide as a sample of its content in the current
// font and language, never narrower than its title; and the name column giving up width, down to
// a readable minimum, then the expiry column, down to the date alone (what is past it elided: the
// State column says "expired" and the cell's tooltip has it whole), before the table needs a
// horizontal scroll bar (which would cost a row on a small screen and hide the last column's
// title).
class KeyColumnSizer
{
public:
    KeyColumnSizer(QTableView *table = nullptr, const KeyListModel *model = nullptr)
        : m_table(table)
        , m_model(model)
    {}

    // Widths from the samples, then fit().
    void measure();
    // The name column takes what the viewport leaves, between its minimum and its sample; when
    // even its minimum does not fit, the expiry column gives up what the table lacks, down to a
    // date's width.
    void fit();

private:
    QTableView *m_table;
    const KeyListModel *m_model;
    int m_nameWidth = 0;    // the name column's width from the samples
    int m_minNameWidth = 0; // narrower, names are hard to tell apart
    int m_minPermissionsWidth = 0;
    int m_expiresWidth = 0;    // the expiry column's width from the samples
    int m_minExpiresWidth = 0; // its title's, or a date's when that is wider
};
