// Search keys for personal names written in any script.
//
// Owns: the ICU transliterators (one rule-based chain for every script but Han,
// one Han-to-pinyin chain that knows surname readings), built once per NameKeys.
// Nothing is stored, nothing is read from disk or from the database.
// Data in:  a name or a search query as typed or as stored (QString, any script,
//           any case, with or without diacritics, punctuation or extra spaces).
// Data out: latin()/tokens() - lower-case ASCII words [a-z0-9]; skeleton()/skeletons()
//           - coarse consonant keys of those words. Callers store or compare these;
//           the keys are derived data and can be rebuilt from the names at any time.
//
// Matching idea: a patient matches a query when the query's skeletons match the
// name's skeletons token by token (in any order); rank by how close latin() is.
// A skeleton is a recall key, not an identity: different names may share one
// (see namekeys.cpp, "Known collisions").
#pragma once

#include <QString>
#include <QStringList>
#include <memory>

namespace caravan {

// Turns names written in any script into comparable ASCII search keys, with ICU
// transliteration plus our own rules where ICU falls short (Urdu letters, Kazakh
// letters, Han to pinyin without tones). Owns ICU transliterators: NOT thread-safe,
// make one per thread. Cheap to call (microseconds per name) once constructed.
class NameKeys
{
public:
    NameKeys();
    ~NameKeys();
    NameKeys(const NameKeys &) = delete;
    NameKeys &operator=(const NameKeys &) = delete;

    // Lower-case ASCII Latin form of a text in any script, words separated by single spaces:
    // "Айгерім Жақсылықова" -> "aigerim zhaksylykova", "王芳" -> "wang fang", "Ñúñez" -> "nunez".
    // A run of Han characters is read as a Chinese name: surname, then the given name
    // as one word ("张小明" -> "zhang xiaoming").
    QString latin(const QString &text) const;

    // latin(text) split into words (letters/digits only, no empty tokens).
    QStringList tokens(const QString &text) const;

    // A coarse phonetic skeleton of ONE token produced by tokens(), for spelling-tolerant
    // matching across scripts: consonant skeleton with merged spellings, so that
    // "zhaksylykova"/"jaksylykova"/(latin of "Жақсылықова") share one skeleton, and
    // "muhammad"/(latin of "محمد") share one, "maisha"/(latin of "مائشہ") share one.
    static QString skeleton(const QString &token);

    // Convenience: skeletons of every token of text (same order and count as tokens()).
    QStringList skeletons(const QString &text) const;

private:
    QString romanizeHan(const QString &text) const;

    struct Private;
    std::unique_ptr<Private> m_d;
};

} // namespace caravan
