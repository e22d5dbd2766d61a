// MainWindow: the desktop application's frame. Owns, for the open database, the
// Database, Store, undo stack and Editor (created here, passed down; no
// singletons), and lays out its panes: the patient list (left) and the case
// record (right). Menus and the status bar live here; the work happens in the panes.
// On an empty database it offers the fictional demo cases.
#pragma once

#include "report/document.h"

#include "settings/appsettings.h"

#include <QMainWindow>
#include <memory>

class QAction;
class QLabel;
class QToolButton;
class QMenu;
class QPushButton;
class QSplitter;
class QUndoStack;

namespace caravan {

class CaseRecordView;
class ChangeNotifier;
class Database;
class Editor;
class Languages;
class PatientListPane;
class Store;
class ChangeFeed;
struct ServerLogin;

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(Languages *languages = nullptr, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens the export preview of the current patient's document (Save as PDF, Print).
    void exportDocument(DocumentKind kind);

    // Opens path (creating it if needed) or connects to a server address (asking for the
    // password when the server wants one); shows core's message if it is refused.
    bool openDatabase(const QString &path);
    bool openDatabase(const ServerLogin &login);
    // File ▸ Connect to server…
    void connectToServer();

    PatientListPane *patientList() const { return m_list; }
    CaseRecordView *caseRecord() const { return m_record; }
    Editor *editor() const { return m_editor.get(); }
    QUndoStack *undoStack() const { return m_undo.get(); }
    Store *store() const { return m_store.get(); }

    // Selects the patient with this record number and shows one tab of the record.
    bool showPatient(const QString &recordNumber, int tab = 0);

    // File ▸ New patient (asks about possible duplicates before saving).
    void newPatient();
    void importCsv(const QString &path = {});

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    void buildMenus();
    void buildWorkspace();
    void retranslateUi();
    void rebuildRecentMenu();
    void chooseDatabase();
    void loadDemoCases();
    void showSettings();
    void showCohort();
    void showError(const QString &message);
    QString userName() const; // the name the store writes into the trail
    const Store &reportingStore(); // the replica's store, or the main one
    void updateStatus();

    Languages *m_languages;
    AppSettings m_settings;
    std::unique_ptr<ChangeNotifier> m_notifier;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<Store> m_store;
    std::unique_ptr<ChangeFeed> m_feed; // declared after m_db: unsubscribes before it closes
    std::unique_ptr<QUndoStack> m_undo;
    std::unique_ptr<Editor> m_editor;
    // The reporting replica the cohort reads, when the settings name one (else m_store).
    std::unique_ptr<Database> m_reportingDb;
    std::unique_ptr<Store> m_reportingStore;

    QSplitter *m_splitter = nullptr;
    QWidget *m_cohortWindow = nullptr; // View ▸ Cohort, one per open database
    PatientListPane *m_list = nullptr;
    CaseRecordView *m_record = nullptr;
    QWidget *m_emptyBanner = nullptr;
    QLabel *m_emptyText = nullptr;
    QPushButton *m_demoButton = nullptr;
    QLabel *m_statusDatabase = nullptr;
    QLabel *m_statusCount = nullptr;

    QMenu *m_exportMenu = nullptr;
    QAction *m_exportTeleAction = nullptr, *m_exportInvitationAction = nullptr;
    QToolButton *m_exportButton = nullptr; // the same menu in the corner of the case record's tabs
    QMenu *m_fileMenu = nullptr, *m_recentMenu = nullptr, *m_editMenu = nullptr, *m_viewMenu = nullptr,
          *m_languageMenu = nullptr, *m_helpMenu = nullptr;
    QAction *m_newPatientAction = nullptr, *m_openAction = nullptr, *m_connectAction = nullptr, *m_importAction = nullptr,
            *m_exportAction = nullptr, *m_settingsAction = nullptr, *m_quitAction = nullptr, *m_undoAction = nullptr,
            *m_redoAction = nullptr, *m_editPatientAction = nullptr, *m_addRecordAction = nullptr,
            *m_deleteAction = nullptr, *m_deletePatientAction = nullptr, *m_institutionsAction = nullptr,
            *m_focusSearchAction = nullptr, *m_cohortAction = nullptr, *m_aboutAction = nullptr;
};

} // namespace caravan
