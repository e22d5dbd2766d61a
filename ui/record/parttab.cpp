#include "parttab.h"

#include "recordtablemodel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace caravan {

PartTab::PartTab(RecordTableModel *model, QWidget *parent)
    : QWidget(parent),
      m_model(model),
      m_view(new QTableView(this)),
      m_add(new QPushButton(this)),
      m_edit(new QPushButton(this)),
      m_delete(new QPushButton(this))
{
    model->setParent(this);
    m_view->setModel(model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::EditKeyPressed | QAbstractItemView::AnyKeyPressed
                            | QAbstractItemView::SelectedClicked);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_edit);
    buttons->addWidget(m_delete);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->addLayout(buttons);
    layout->addWidget(m_view, 1);

    connect(m_add, &QPushButton::clicked, this, &PartTab::addRequested);
    connect(m_edit, &QPushButton::clicked, this, [this] {
        if (const qint64 id = currentRecordId())
            emit editRequested(id);
    });
    connect(m_delete, &QPushButton::clicked, this, [this] {
        if (const qint64 id = currentRecordId())
            emit deleteRequested(id);
    });
    connect(m_view, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        if (!m_readOnly && !(m_model->flags(index) & Qt::ItemIsEditable))
            emit editRequested(m_model->data(index, RecordTableModel::RecordIdRole).toLongLong());
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &PartTab::updateButtons);
    connect(model, &QAbstractItemModel::modelReset, this, [this] {
        updateButtons();
        m_view->resizeColumnsToContents();
    });
    retranslateUi();
    updateButtons();
}

qint64 PartTab::currentRecordId() const
{
    const QModelIndex index = m_view->currentIndex();
    return index.isValid() ? m_model->data(index, RecordTableModel::RecordIdRole).toLongLong() : 0;
}

void PartTab::selectRecord(qint64 id)
{
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (m_model->data(m_model->index(row, 0), RecordTableModel::RecordIdRole).toLongLong() == id) {
            m_view->selectRow(row);
            m_view->setCurrentIndex(m_model->index(row, 0));
            return;
        }
    }
}

void PartTab::updateButtons()
{
    const bool hasPatient = m_model->hasRecord();
    const bool hasRecord = currentRecordId() != 0;
    m_add->setEnabled(hasPatient && !m_readOnly);
    m_edit->setEnabled(hasRecord && !m_readOnly);
    m_delete->setEnabled(hasRecord && !m_readOnly);
    for (QPushButton *b : { m_add, m_edit, m_delete })
        b->setToolTip(m_readOnly ? m_whyReadOnly : QString());
}

void PartTab::setReadOnly(bool readOnly, const QString &why)
{
    m_readOnly = readOnly;
    m_whyReadOnly = why;
    m_model->setReadOnly(readOnly);
    updateButtons();
}

void PartTab::retranslateUi()
{
    m_add->setText(tr("Add…"));
    m_edit->setText(tr("Edit…"));
    m_delete->setText(tr("Delete"));
}

} // namespace caravan
