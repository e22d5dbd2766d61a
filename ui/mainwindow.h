// MainWindow: the desktop application's frame. Owns the open Database, the Store
// and the ChangeNotifier for the session, and delegates to its panes (today the
// patient list with search-as-you-type; the case record comes with the desktop
// issue). On an empty database it offers the fictional demo cases.
#pragma once

#include <QMainWindow>
#include <memory>

class QAction;
class QLabel;
class QLineEdit;
class QMenu;
class QPushButton;
class QTableView;
class QWidget;

namespace caravan {

class ChangeNotifier;
class Database;
class PatientListModel;
class Store;

class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens path (creating it if needed); shows core's message if it is refused.
    bool openDatabase(const QString &path);

protected:
    void changeEvent(QEvent *event) override;

private:
    void buildMenus();
    void retranslateUi();
    void chooseDatabase();
    void loadDemoCases();
    void updateStatus();

    std::unique_ptr<ChangeNotifier> m_notifier;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<Store> m_store;
    PatientListModel *m_model = nullptr;

    QLineEdit *m_search = nullptr;
    QTableView *m_table = nullptr;
    QWidget *m_emptyBanner = nullptr;
    QLabel *m_emptyText = nullptr;
    QLabel *m_statusDatabase = nullptr;
    QLabel *m_statusCount = nullptr;
    QPushButton *m_demoButton = nullptr;
    QMenu *m_fileMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QAction *m_openAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_aboutAction = nullptr;
};

} // namespace caravan
