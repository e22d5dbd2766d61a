// Icd10Catalogue: the ICD-10 codes this centre uses most, with their English
// titles, read from resources/icd10/common_codes.tsv (code<TAB>text, bundled as
// ":/icd10/common_codes.tsv"). It only helps to type a code: any well-formed code
// is accepted by the diagnosis form whether it is listed here or not.
// attachCompleter() wires the completion into a diagnosis form's two fields.
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

class QLineEdit;

namespace caravan {

class Icd10Catalogue
{
    Q_DECLARE_TR_FUNCTIONS(Icd10Catalogue)
public:
    struct Entry
    {
        QString code; // C91.0
        QString text; // Acute lymphoblastic leukaemia [ALL]
    };

    Icd10Catalogue() = default;
    explicit Icd10Catalogue(QList<Entry> entries) : m_entries(std::move(entries)) { }

    // code<TAB>text per line; empty lines and lines starting with # are skipped.
    static Icd10Catalogue fromTsv(const QString &tsv);
    // The bundled list, read once.
    static const Icd10Catalogue &common();

    const QList<Entry> &entries() const { return m_entries; }
    int size() const { return int(m_entries.size()); }
    // The text of a listed code ("c91.0" and "C910" find C91.0), or empty.
    QString textOf(const QString &code) const;

    // Indexes of the entries matching what was typed: codes starting with it (the
    // dot may be left out), then entries whose text has a word starting with each
    // typed word ("acute lymph", "thalass"), in catalogue order.
    QList<int> match(const QString &typed) const;

    // Completion on codeEdit: a popup of the matching entries as the user types a
    // code or words of a diagnosis; choosing one puts the code into codeEdit and,
    // when textEdit is empty, the title into textEdit.
    static void attachCompleter(QLineEdit *codeEdit, QLineEdit *textEdit, const Icd10Catalogue &catalogue);

private:
    QList<Entry> m_entries;
};

} // namespace caravan
