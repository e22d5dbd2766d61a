// InstitutionsDialog: the partner hospitals, laboratories and donor registries the
// centre works with (Edit ▸ Partner institutions…): a list with Add and Edit, each
// through the generic record form and the Editor, so changes are undoable.
#pragma once

#include <QDialog>

class QPushButton;
class QTableWidget;

namespace caravan {

class ChangeNotifier;
class Editor;

class InstitutionsDialog : public QDialog
{
    Q_OBJECT
public:
    InstitutionsDialog(Editor &editor, ChangeNotifier *notifier, QWidget *parent = nullptr);

    QTableWidget *table() const { return m_table; }
    void reload();
    void addInstitution();
    void editSelected();

private:
    Editor &m_editor;
    QTableWidget *m_table;
    QPushButton *m_add;
    QPushButton *m_edit;
};

} // namespace caravan
