#include "institutionsdialog.h"

#include "editors/recorddialog.h"

#include "events/changenotifier.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace caravan {

InstitutionsDialog::InstitutionsDialog(Editor &editor, ChangeNotifier *notifier, QWidget *parent)
    : QDialog(parent),
      m_editor(editor),
      m_table(new QTableWidget(this)),
      m_add(new QPushButton(this)),
      m_edit(new QPushButton(this))
{
    setWindowTitle(tr("Partner institutions"));
    m_table->setColumnCount(5);
    m_table->setHorizontalHeaderLabels({ tr("Name"), tr("Kind"), tr("Country"), tr("City"), tr("Time zone") });
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_add->setText(tr("Add…"));
    m_edit->setText(tr("Edit…"));
    connect(m_add, &QPushButton::clicked, this, &InstitutionsDialog::addInstitution);
    connect(m_edit, &QPushButton::clicked, this, &InstitutionsDialog::editSelected);
    connect(m_table, &QTableWidget::cellDoubleClicked, this, &InstitutionsDialog::editSelected);
    if (notifier)
        connect(notifier, &ChangeNotifier::institutionsChanged, this, &InstitutionsDialog::reload);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_edit);
    buttons->addStretch(1);
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(buttons);
    layout->addWidget(m_table, 1);
    layout->addWidget(close);
    resize(820, 480);
    reload();
}

void InstitutionsDialog::reload()
{
    const QList<Institution> all = m_editor.store().institutions();
    m_table->setRowCount(int(all.size()));
    for (int r = 0; r < all.size(); ++r) {
        const Institution &i = all.at(r);
        auto *name = new QTableWidgetItem(i.nameLocal.isEmpty() ? i.name
                                                                : QStringLiteral("%1 (%2)").arg(i.name, i.nameLocal));
        name->setData(Qt::UserRole, i.id);
        m_table->setItem(r, 0, name);
        m_table->setItem(r, 1, new QTableWidgetItem(labelOf(i.kind)));
        m_table->setItem(r, 2, new QTableWidgetItem(i.country));
        m_table->setItem(r, 3, new QTableWidgetItem(i.city));
        m_table->setItem(r, 4, new QTableWidgetItem(i.timeZone));
    }
    m_table->resizeColumnsToContents();
    m_edit->setEnabled(!all.isEmpty());
}

void InstitutionsDialog::addInstitution()
{
    makeRecordDialog(m_editor, Institution{}, this)->exec();
}

void InstitutionsDialog::editSelected()
{
    const int row = m_table->currentRow();
    if (row < 0)
        return;
    const auto institution = m_editor.store().get<Institution>(m_table->item(row, 0)->data(Qt::UserRole).toLongLong());
    if (institution)
        makeRecordDialog(m_editor, *institution, this)->exec();
}

} // namespace caravan
