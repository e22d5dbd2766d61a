<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<!-- Qt's own strings (buttons, dialogs, context menus, key names) for a language Qt ships
     no qtbase_kk.qm for. Sources are Qt 6.4's, not Caravan's: lupdate must not touch this file;
     see translations/CMakeLists.txt and Languages::apply(). -->
<TS version="2.1" language="kk">
<context>
    <name>CloseButton</name>
    <message>
        <source>Close Tab</source>
        <translation>Қойындыны жабу</translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <source>Alias</source>
        <translation>Бүркеншік ат</translation>
    </message>
    <message>
        <source>Drive</source>
        <translation>Диск</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Бума</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Жарлық</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Белгісіз</translation>
    </message>
</context>
<context>
    <name>QAbstractSpinBox</name>
    <message>
        <source>&amp;Select All</source>
        <translation>&amp;Барлығын таңдау</translation>
    </message>
    <message>
        <source>&amp;Step up</source>
        <translation>Бір қадам &amp;жоғары</translation>
    </message>
    <message>
        <source>Step &amp;down</source>
        <translation>Бір қадам &amp;төмен</translation>
    </message>
</context>
<context>
    <name>QComboBox</name>
    <message>
        <source>False</source>
        <translation>Жоқ</translation>
    </message>
    <message>
        <source>Open the combo box selection popup</source>
        <translation>Таңдау тізімін ашу</translation>
    </message>
    <message>
        <source>True</source>
        <translation>Иә</translation>
    </message>
</context>
<context>
    <name>QDialog</name>
    <message>
        <source>What's This?</source>
        <translation>Бұл не?</translation>
    </message>
</context>
<context>
    <name>QDialogButtonBox</name>
    <message>
        <source>OK</source>
        <translation>ОК</translation>
    </message>
</context>
<context>
    <name>QDockWidget</name>
    <message>
        <source>Close</source>
        <translation>Жабу</translation>
    </message>
    <message>
        <source>Closes the dock widget</source>
        <translation>Панельді жабады</translation>
    </message>
    <message>
        <source>Float</source>
        <translation>Бөлек терезе</translation>
    </message>
    <message>
        <source>Undocks and re-attaches the dock widget</source>
        <translation>Панельді ажыратады және қайта бекітеді</translation>
    </message>
</context>
<context>
    <name>QErrorMessage</name>
    <message>
        <source>&amp;OK</source>
        <translation>&amp;ОК</translation>
    </message>
    <message>
        <source>&amp;Show this message again</source>
        <translation>Бұл хабарламаны қайта &amp;көрсету</translation>
    </message>
    <message>
        <source>Critical Error:</source>
        <translation>Күрделі қате:</translation>
    </message>
    <message>
        <source>Debug Message:</source>
        <translation>Жөндеу хабарламасы:</translation>
    </message>
    <message>
        <source>Fatal Error:</source>
        <translation>Түзетілмейтін қате:</translation>
    </message>
    <message>
        <source>Information:</source>
        <translation>Ақпарат:</translation>
    </message>
    <message>
        <source>Warning:</source>
        <translation>Ескерту:</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>%1
Directory not found.
Please verify the correct directory name was given.</source>
        <translation>%1
Бума табылмады.
Бума атауының дұрыс берілгенін тексеріңіз.</translation>
    </message>
    <message>
        <source>%1
File not found.
Please verify the correct file name was given.</source>
        <translation>%1
Файл табылмады.
Файл атауының дұрыс берілгенін тексеріңіз.</translation>
    </message>
    <message>
        <source>%1 already exists.
Do you want to replace it?</source>
        <translation>%1 бұрыннан бар.
Оны ауыстыру керек пе?</translation>
    </message>
    <message>
        <source>&amp;Choose</source>
        <translation>&amp;Таңдау</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Жою</translation>
    </message>
    <message>
        <source>&amp;New Folder</source>
        <translation>&amp;Жаңа бума</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Ашу</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>Атын ө&amp;згерту</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Сақтау</translation>
    </message>
    <message>
        <source>'%1' is write protected.
Do you want to delete it anyway?</source>
        <translation>«%1» жазудан қорғалған.
Сонда да оны жою керек пе?</translation>
    </message>
    <message>
        <source>Alias</source>
        <translation>Бүркеншік ат</translation>
    </message>
    <message>
        <source>All Files (*)</source>
        <translation>Барлық файлдар (*)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Барлық файлдар (*)</translation>
    </message>
    <message>
        <source>Alt+Left</source>
        <translation>Alt+Left</translation>
    </message>
    <message>
        <source>Alt+Right</source>
        <translation>Alt+Right</translation>
    </message>
    <message>
        <source>Alt+Up</source>
        <translation>Alt+Up</translation>
    </message>
    <message>
        <source>Are you sure you want to delete '%1'?</source>
        <translation>«%1» шынымен жойылсын ба?</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Артқа</translation>
    </message>
    <message>
        <source>Change to detail view mode</source>
        <translation>Толық көрініске ауысу</translation>
    </message>
    <message>
        <source>Change to list view mode</source>
        <translation>Тізім көрінісіне ауысу</translation>
    </message>
    <message>
        <source>Could not delete directory.</source>
        <translation>Буманы жою мүмкін болмады.</translation>
    </message>
    <message>
        <source>Create a New Folder</source>
        <translation>Жаңа бума жасау</translation>
    </message>
    <message>
        <source>Create New Folder</source>
        <translation>Жаңа бума жасау</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Жою</translation>
    </message>
    <message>
        <source>Detail View</source>
        <translation>Толық көрініс</translation>
    </message>
    <message>
        <source>Directories</source>
        <translation>Бумалар</translation>
    </message>
    <message>
        <source>Directory:</source>
        <translation>Бума:</translation>
    </message>
    <message>
        <source>Drive</source>
        <translation>Диск</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>File &amp;name:</source>
        <translation>&amp;Файл атауы:</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Файлдар</translation>
    </message>
    <message>
        <source>Files of type:</source>
        <translation>Файл түрі:</translation>
    </message>
    <message>
        <source>Find Directory</source>
        <translation>Буманы іздеу</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Бума</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Алға</translation>
    </message>
    <message>
        <source>Go back</source>
        <translation>Артқа өту</translation>
    </message>
    <message>
        <source>Go forward</source>
        <translation>Алға өту</translation>
    </message>
    <message>
        <source>Go to the parent directory</source>
        <translation>Жоғарғы бумаға өту</translation>
    </message>
    <message>
        <source>List of places and bookmarks</source>
        <translation>Орындар мен бетбелгілер тізімі</translation>
    </message>
    <message>
        <source>List View</source>
        <translation>Тізім</translation>
    </message>
    <message>
        <source>Look in:</source>
        <translation>Қарау орны:</translation>
    </message>
    <message>
        <source>New Folder</source>
        <translation>Жаңа бума</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ашу</translation>
    </message>
    <message>
        <source>Parent Directory</source>
        <translation>Жоғарғы бума</translation>
    </message>
    <message>
        <source>Recent Places</source>
        <translation>Соңғы орындар</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Алып тастау</translation>
    </message>
    <message>
        <source>Save As</source>
        <translation>Басқаша сақтау</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Жарлық</translation>
    </message>
    <message>
        <source>Show </source>
        <translation>Көрсету </translation>
    </message>
    <message>
        <source>Show &amp;hidden files</source>
        <translation>&amp;Жасырын файлдарды көрсету</translation>
    </message>
    <message>
        <source>Sidebar</source>
        <translation>Бүйір панелі</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Белгісіз</translation>
    </message>
</context>
<context>
    <name>QFileSystemModel</name>
    <message>
        <source>Computer</source>
        <translation>Компьютер</translation>
    </message>
    <message>
        <source>Date Modified</source>
        <translation>Өзгертілген күні</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Түрі</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Атауы</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Өлшемі</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Түрі</translation>
    </message>
</context>
<context>
    <name>QGnomeTheme</name>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Бас тарту</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Жабу</translation>
    </message>
    <message>
        <source>&amp;OK</source>
        <translation>&amp;ОК</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Сақтау</translation>
    </message>
    <message>
        <source>Close without Saving</source>
        <translation>Сақтамай жабу</translation>
    </message>
</context>
<context>
    <name>QGuiApplication</name>
    <message>
        <source>QT_LAYOUT_DIRECTION</source>
        <translation>LTR</translation>
    </message>
</context>
<context>
    <name>QInputDialog</name>
    <message>
        <source>Enter a value:</source>
        <translation>Мәнді енгізіңіз:</translation>
    </message>
</context>
<context>
    <name>QKeySequenceEdit</name>
    <message>
        <source>%1, ...</source>
        <translation>%1, ...</translation>
    </message>
    <message>
        <source>Press shortcut</source>
        <translation>Пернелер тіркесімін басыңыз</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Көшіру</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>Қо&amp;ю</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Қайталау</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Болдырмау</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Қи&amp;ып алу</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Жою</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Барлығын таңдау</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>&lt;h3&gt;About Qt&lt;/h3&gt;&lt;p&gt;This program uses Qt version %1.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Qt туралы&lt;/h3&gt;&lt;p&gt;Бұл бағдарлама Qt %1 нұсқасын пайдаланады.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About Qt</source>
        <translation>Qt туралы</translation>
    </message>
    <message>
        <source>Hide Details...</source>
        <translation>Толығырақ жасыру...</translation>
    </message>
    <message>
        <source>Show Details...</source>
        <translation>Толығырақ көрсету...</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Жоқ</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Иә</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>Доғару</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Қолдану</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Бас тарту</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Жабу</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Тастау</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Анықтама</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Елемеу</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>Барлығына ж&amp;оқ</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>ОК</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ашу</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Ысыру</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>Әдепкі мәндерді қайтару</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Қайталап көру</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сақтау</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>Барлығын сақтау</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>&amp;Барлығына иә</translation>
    </message>
</context>
<context>
    <name>QProgressDialog</name>
    <message>
        <source>Cancel</source>
        <translation>Бас тарту</translation>
    </message>
</context>
<context>
    <name>QScrollBar</name>
    <message>
        <source>Bottom</source>
        <translation>Ең төменге</translation>
    </message>
    <message>
        <source>Left edge</source>
        <translation>Сол жақ шетіне</translation>
    </message>
    <message>
        <source>Page down</source>
        <translation>Бір бет төмен</translation>
    </message>
    <message>
        <source>Page left</source>
        <translation>Бір бет солға</translation>
    </message>
    <message>
        <source>Page right</source>
        <translation>Бір бет оңға</translation>
    </message>
    <message>
        <source>Page up</source>
        <translation>Бір бет жоғары</translation>
    </message>
    <message>
        <source>Right edge</source>
        <translation>Оң жақ шетіне</translation>
    </message>
    <message>
        <source>Scroll down</source>
        <translation>Төмен айналдыру</translation>
    </message>
    <message>
        <source>Scroll here</source>
        <translation>Осы жерге айналдыру</translation>
    </message>
    <message>
        <source>Scroll left</source>
        <translation>Солға айналдыру</translation>
    </message>
    <message>
        <source>Scroll right</source>
        <translation>Оңға айналдыру</translation>
    </message>
    <message>
        <source>Scroll up</source>
        <translation>Жоғары айналдыру</translation>
    </message>
    <message>
        <source>Top</source>
        <translation>Ең жоғарыға</translation>
    </message>
</context>
<context>
    <name>QShortcut</name>
    <message>
        <source>+</source>
        <translation>+</translation>
    </message>
    <message>
        <source>Add Favorite</source>
        <translation>Таңдаулыларға қосу</translation>
    </message>
    <message>
        <source>Adjust Brightness</source>
        <translation>Жарықтықты реттеу</translation>
    </message>
    <message>
        <source>Adjust contrast</source>
        <translation>Контрастты реттеу</translation>
    </message>
    <message>
        <source>Alt</source>
        <translation>Alt</translation>
    </message>
    <message>
        <source>Application Left</source>
        <translation>Сол жақ бағдарлама батырмасы</translation>
    </message>
    <message>
        <source>Application Right</source>
        <translation>Оң жақ бағдарлама батырмасы</translation>
    </message>
    <message>
        <source>Audio Cycle Track</source>
        <translation>Жолды қайталап ойнату</translation>
    </message>
    <message>
        <source>Audio Random Play</source>
        <translation>Кездейсоқ ойнату</translation>
    </message>
    <message>
        <source>Audio Repeat</source>
        <translation>Аудионы қайталау</translation>
    </message>
    <message>
        <source>Away</source>
        <translation>Орнында жоқ</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Артқа</translation>
    </message>
    <message>
        <source>Back Forward</source>
        <translation>Артқа/Алға</translation>
    </message>
    <message>
        <source>Backspace</source>
        <translation>Backspace</translation>
    </message>
    <message>
        <source>Backtab</source>
        <translation>Backtab</translation>
    </message>
    <message>
        <source>Bass Boost</source>
        <translation>Басты күшейту</translation>
    </message>
    <message>
        <source>Bass Down</source>
        <translation>Бас төмен</translation>
    </message>
    <message>
        <source>Bass Up</source>
        <translation>Бас жоғары</translation>
    </message>
    <message>
        <source>Battery</source>
        <translation>Батарея</translation>
    </message>
    <message>
        <source>Blue</source>
        <translation>Көк</translation>
    </message>
    <message>
        <source>Bluetooth</source>
        <translation>Bluetooth</translation>
    </message>
    <message>
        <source>Book</source>
        <translation>Кітап</translation>
    </message>
    <message>
        <source>Browser</source>
        <translation>Браузер</translation>
    </message>
    <message>
        <source>Calculator</source>
        <translation>Калькулятор</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Күнтізбе</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Қоңырау шалу</translation>
    </message>
    <message>
        <source>Camera Focus</source>
        <translation>Камераны фокустау</translation>
    </message>
    <message>
        <source>Camera Shutter</source>
        <translation>Камера затворы</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Бас тарту</translation>
    </message>
    <message>
        <source>Caps Lock</source>
        <translation>Caps Lock</translation>
    </message>
    <message>
        <source>CapsLock</source>
        <translation>CapsLock</translation>
    </message>
    <message>
        <source>CD</source>
        <translation>CD</translation>
    </message>
    <message>
        <source>Channel Down</source>
        <translation>Арна төмен</translation>
    </message>
    <message>
        <source>Channel Up</source>
        <translation>Арна жоғары</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Тазарту</translation>
    </message>
    <message>
        <source>Clear Grab</source>
        <translation>Ұстауды босату</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Жабу</translation>
    </message>
    <message>
        <source>Code input</source>
        <translation>Код енгізу</translation>
    </message>
    <message>
        <source>Community</source>
        <translation>Қауымдастық</translation>
    </message>
    <message>
        <source>Context1</source>
        <translation>Контекст1</translation>
    </message>
    <message>
        <source>Context2</source>
        <translation>Контекст2</translation>
    </message>
    <message>
        <source>Context3</source>
        <translation>Контекст3</translation>
    </message>
    <message>
        <source>Context4</source>
        <translation>Контекст4</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Көшіру</translation>
    </message>
    <message>
        <source>Ctrl</source>
        <translation>Ctrl</translation>
    </message>
    <message>
        <source>Cut</source>
        <translation>Қиып алу</translation>
    </message>
    <message>
        <source>Del</source>
        <translation>Del</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Display</source>
        <translation>Дисплей</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Құжаттар</translation>
    </message>
    <message>
        <source>DOS</source>
        <translation>DOS</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Төмен</translation>
    </message>
    <message>
        <source>Eisu Shift</source>
        <translation>Эйсу Shift</translation>
    </message>
    <message>
        <source>Eisu toggle</source>
        <translation>Эйсу ауыстыру</translation>
    </message>
    <message>
        <source>Eject</source>
        <translation>Шығару</translation>
    </message>
    <message>
        <source>End</source>
        <translation>End</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>Escape</source>
        <translation>Escape</translation>
    </message>
    <message>
        <source>Execute</source>
        <translation>Орындау</translation>
    </message>
    <message>
        <source>Exit</source>
        <translation>Шығу</translation>
    </message>
    <message>
        <source>F%1</source>
        <translation>F%1</translation>
    </message>
    <message>
        <source>Favorites</source>
        <translation>Таңдаулылар</translation>
    </message>
    <message>
        <source>Finance</source>
        <translation>Қаржы</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Табу</translation>
    </message>
    <message>
        <source>Flip</source>
        <translation>Қақпақ</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Алға</translation>
    </message>
    <message>
        <source>Game</source>
        <translation>Ойын</translation>
    </message>
    <message>
        <source>Go</source>
        <translation>Өту</translation>
    </message>
    <message>
        <source>Green</source>
        <translation>Жасыл</translation>
    </message>
    <message>
        <source>Guide</source>
        <translation>Нұсқаулық</translation>
    </message>
    <message>
        <source>Hangul</source>
        <translation>Хангыль</translation>
    </message>
    <message>
        <source>Hangul Banja</source>
        <translation>Хангыль банча</translation>
    </message>
    <message>
        <source>Hangul End</source>
        <translation>Хангыль соңы</translation>
    </message>
    <message>
        <source>Hangul Hanja</source>
        <translation>Хангыль ханча</translation>
    </message>
    <message>
        <source>Hangul Jamo</source>
        <translation>Хангыль чамо</translation>
    </message>
    <message>
        <source>Hangul Jeonja</source>
        <translation>Хангыль чонча</translation>
    </message>
    <message>
        <source>Hangul PostHanja</source>
        <translation>Хангыль постханча</translation>
    </message>
    <message>
        <source>Hangul PreHanja</source>
        <translation>Хангыль преханча</translation>
    </message>
    <message>
        <source>Hangul Romaja</source>
        <translation>Хангыль ромаджа</translation>
    </message>
    <message>
        <source>Hangul Special</source>
        <translation>Хангыль арнайы</translation>
    </message>
    <message>
        <source>Hangul Start</source>
        <translation>Хангыль басы</translation>
    </message>
    <message>
        <source>Hangup</source>
        <translation>Тұтқаны қою</translation>
    </message>
    <message>
        <source>Hankaku</source>
        <translation>Ханкаку</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Help</translation>
    </message>
    <message>
        <source>Henkan</source>
        <translation>Хенкан</translation>
    </message>
    <message>
        <source>Hibernate</source>
        <translation>Гибернация</translation>
    </message>
    <message>
        <source>Hiragana</source>
        <translation>Хирагана</translation>
    </message>
    <message>
        <source>Hiragana Katakana</source>
        <translation>Хирагана-катакана</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Тарих</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Home</translation>
    </message>
    <message>
        <source>Home Office</source>
        <translation>Үй кеңсесі</translation>
    </message>
    <message>
        <source>Home Page</source>
        <translation>Басты бет</translation>
    </message>
    <message>
        <source>Hot Links</source>
        <translation>Жылдам сілтемелер</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>Ақпарат</translation>
    </message>
    <message>
        <source>Ins</source>
        <translation>Ins</translation>
    </message>
    <message>
        <source>Insert</source>
        <translation>Insert</translation>
    </message>
    <message>
        <source>iTouch</source>
        <translation>iTouch</translation>
    </message>
    <message>
        <source>Kana Lock</source>
        <translation>Кана Lock</translation>
    </message>
    <message>
        <source>Kana Shift</source>
        <translation>Кана Shift</translation>
    </message>
    <message>
        <source>Kanji</source>
        <translation>Кандзи</translation>
    </message>
    <message>
        <source>Katakana</source>
        <translation>Катакана</translation>
    </message>
    <message>
        <source>Keyboard Brightness Down</source>
        <translation>Пернетақта жарығын азайту</translation>
    </message>
    <message>
        <source>Keyboard Brightness Up</source>
        <translation>Пернетақта жарығын арттыру</translation>
    </message>
    <message>
        <source>Keyboard Light On/Off</source>
        <translation>Пернетақта жарығын қосу/өшіру</translation>
    </message>
    <message>
        <source>Keyboard Menu</source>
        <translation>Пернетақта мәзірі</translation>
    </message>
    <message>
        <source>Last Number Redial</source>
        <translation>Соңғы нөмірді қайта теру</translation>
    </message>
    <message>
        <source>Launch (0)</source>
        <translation>Іске қосу (0)</translation>
    </message>
    <message>
        <source>Launch (1)</source>
        <translation>Іске қосу (1)</translation>
    </message>
    <message>
        <source>Launch (2)</source>
        <translation>Іске қосу (2)</translation>
    </message>
    <message>
        <source>Launch (3)</source>
        <translation>Іске қосу (3)</translation>
    </message>
    <message>
        <source>Launch (4)</source>
        <translation>Іске қосу (4)</translation>
    </message>
    <message>
        <source>Launch (5)</source>
        <translation>Іске қосу (5)</translation>
    </message>
    <message>
        <source>Launch (6)</source>
        <translation>Іске қосу (6)</translation>
    </message>
    <message>
        <source>Launch (7)</source>
        <translation>Іске қосу (7)</translation>
    </message>
    <message>
        <source>Launch (8)</source>
        <translation>Іске қосу (8)</translation>
    </message>
    <message>
        <source>Launch (9)</source>
        <translation>Іске қосу (9)</translation>
    </message>
    <message>
        <source>Launch (A)</source>
        <translation>Іске қосу (A)</translation>
    </message>
    <message>
        <source>Launch (B)</source>
        <translation>Іске қосу (B)</translation>
    </message>
    <message>
        <source>Launch (C)</source>
        <translation>Іске қосу (C)</translation>
    </message>
    <message>
        <source>Launch (D)</source>
        <translation>Іске қосу (D)</translation>
    </message>
    <message>
        <source>Launch (E)</source>
        <translation>Іске қосу (E)</translation>
    </message>
    <message>
        <source>Launch (F)</source>
        <translation>Іске қосу (F)</translation>
    </message>
    <message>
        <source>Launch (G)</source>
        <translation>Іске қосу (G)</translation>
    </message>
    <message>
        <source>Launch (H)</source>
        <translation>Іске қосу (H)</translation>
    </message>
    <message>
        <source>Launch Mail</source>
        <translation>Пошта</translation>
    </message>
    <message>
        <source>Launch Media</source>
        <translation>Медиа ойнатқыш</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Солға</translation>
    </message>
    <message>
        <source>LightBulb</source>
        <translation>Шам</translation>
    </message>
    <message>
        <source>Logoff</source>
        <translation>Жүйеден шығу</translation>
    </message>
    <message>
        <source>Mail Forward</source>
        <translation>Хатты қайта жіберу</translation>
    </message>
    <message>
        <source>Market</source>
        <translation>Нарық</translation>
    </message>
    <message>
        <source>Massyo</source>
        <translation>Масё</translation>
    </message>
    <message>
        <source>Media Fast Forward</source>
        <translation>Жылдам алға</translation>
    </message>
    <message>
        <source>Media Next</source>
        <translation>Келесісін ойнату</translation>
    </message>
    <message>
        <source>Media Pause</source>
        <translation>Ойнатуды кідірту</translation>
    </message>
    <message>
        <source>Media Play</source>
        <translation>Ойнатуды бастау</translation>
    </message>
    <message>
        <source>Media Previous</source>
        <translation>Алдыңғысын ойнату</translation>
    </message>
    <message>
        <source>Media Record</source>
        <translation>Жазуды бастау</translation>
    </message>
    <message>
        <source>Media Rewind</source>
        <translation>Басына айналдыру</translation>
    </message>
    <message>
        <source>Media Stop</source>
        <translation>Ойнатуды тоқтату</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Кездесу</translation>
    </message>
    <message>
        <source>Memo</source>
        <translation>Жазба</translation>
    </message>
    <message>
        <source>Menu</source>
        <translation>Menu</translation>
    </message>
    <message>
        <source>Menu PB</source>
        <translation>Мәзір батырмасы</translation>
    </message>
    <message>
        <source>Messenger</source>
        <translation>Мессенджер</translation>
    </message>
    <message>
        <source>Meta</source>
        <translation>Meta</translation>
    </message>
    <message>
        <source>Microphone Mute</source>
        <translation>Микрофонды өшіру</translation>
    </message>
    <message>
        <source>Microphone Volume Down</source>
        <translation>Микрофон дыбысын азайту</translation>
    </message>
    <message>
        <source>Microphone Volume Up</source>
        <translation>Микрофон дыбысын арттыру</translation>
    </message>
    <message>
        <source>Monitor Brightness Down</source>
        <translation>Монитор жарықтығын азайту</translation>
    </message>
    <message>
        <source>Monitor Brightness Up</source>
        <translation>Монитор жарықтығын арттыру</translation>
    </message>
    <message>
        <source>Muhenkan</source>
        <translation>Мухенкан</translation>
    </message>
    <message>
        <source>Multiple Candidate</source>
        <translation>Бірнеше нұсқа</translation>
    </message>
    <message>
        <source>Music</source>
        <translation>Музыка</translation>
    </message>
    <message>
        <source>My Sites</source>
        <translation>Менің сайттарым</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Жаңа</translation>
    </message>
    <message>
        <source>News</source>
        <translation>Жаңалықтар</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Жоқ</translation>
    </message>
    <message>
        <source>Num</source>
        <translation>Num</translation>
    </message>
    <message>
        <source>Num Lock</source>
        <translation>Num Lock</translation>
    </message>
    <message>
        <source>Number Lock</source>
        <translation>Number Lock</translation>
    </message>
    <message>
        <source>NumLock</source>
        <translation>NumLock</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ашу</translation>
    </message>
    <message>
        <source>Open URL</source>
        <translation>URL ашу</translation>
    </message>
    <message>
        <source>Option</source>
        <translation>Option</translation>
    </message>
    <message>
        <source>Page Down</source>
        <translation>Page Down</translation>
    </message>
    <message>
        <source>Page Up</source>
        <translation>Page Up</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>Қою</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>PgDown</source>
        <translation>PgDown</translation>
    </message>
    <message>
        <source>PgUp</source>
        <translation>PgUp</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>Pictures</source>
        <translation>Суреттер</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Ойнату</translation>
    </message>
    <message>
        <source>Power Down</source>
        <translation>Қуатты өшіру</translation>
    </message>
    <message>
        <source>Power Off</source>
        <translation>Сөндіру</translation>
    </message>
    <message>
        <source>Previous Candidate</source>
        <translation>Алдыңғы нұсқа</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Print</translation>
    </message>
    <message>
        <source>Print Screen</source>
        <translation>Print Screen</translation>
    </message>
    <message>
        <source>Printer</source>
        <translation>Принтер</translation>
    </message>
    <message>
        <source>Red</source>
        <translation>Қызыл</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Қайталау</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Жаңарту</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Қайта жүктеу</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Жауап беру</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>Return</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>Оңға</translation>
    </message>
    <message>
        <source>Romaji</source>
        <translation>Ромадзи</translation>
    </message>
    <message>
        <source>Rotate Windows</source>
        <translation>Терезелерді бұру</translation>
    </message>
    <message>
        <source>Rotation KB</source>
        <translation>Бұру пернесі</translation>
    </message>
    <message>
        <source>Rotation PB</source>
        <translation>Бұру батырмасы</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сақтау</translation>
    </message>
    <message>
        <source>Screensaver</source>
        <translation>Экран сақтағышы</translation>
    </message>
    <message>
        <source>Scroll Lock</source>
        <translation>Scroll Lock</translation>
    </message>
    <message>
        <source>ScrollLock</source>
        <translation>ScrollLock</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Іздеу</translation>
    </message>
    <message>
        <source>Select</source>
        <translation>Таңдау</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Жіберу</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Баптаулар</translation>
    </message>
    <message>
        <source>Shift</source>
        <translation>Shift</translation>
    </message>
    <message>
        <source>Shop</source>
        <translation>Дүкен</translation>
    </message>
    <message>
        <source>Sleep</source>
        <translation>Ұйқы</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>Бос орын</translation>
    </message>
    <message>
        <source>Spellchecker</source>
        <translation>Емлені тексеру</translation>
    </message>
    <message>
        <source>Split Screen</source>
        <translation>Экранды бөлу</translation>
    </message>
    <message>
        <source>Spreadsheet</source>
        <translation>Электрондық кесте</translation>
    </message>
    <message>
        <source>Standby</source>
        <translation>Күту режимі</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Тоқтату</translation>
    </message>
    <message>
        <source>Subtitle</source>
        <translation>Субтитрлер</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>Қолдау</translation>
    </message>
    <message>
        <source>Suspend</source>
        <translation>Тоқтата тұру</translation>
    </message>
    <message>
        <source>SysReq</source>
        <translation>SysReq</translation>
    </message>
    <message>
        <source>System Request</source>
        <translation>System Request</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tab</translation>
    </message>
    <message>
        <source>Task Panel</source>
        <translation>Тапсырмалар панелі</translation>
    </message>
    <message>
        <source>Terminal</source>
        <translation>Терминал</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Уақыт</translation>
    </message>
    <message>
        <source>To-do list</source>
        <translation>Істер тізімі</translation>
    </message>
    <message>
        <source>Toggle Call/Hangup</source>
        <translation>Қоңырау шалу/тұтқаны қою</translation>
    </message>
    <message>
        <source>Toggle Media Play/Pause</source>
        <translation>Ойнату/кідірту</translation>
    </message>
    <message>
        <source>Tools</source>
        <translation>Құралдар</translation>
    </message>
    <message>
        <source>Top Menu</source>
        <translation>Басты мәзір</translation>
    </message>
    <message>
        <source>Touchpad Off</source>
        <translation>Сенсорлық тақтаны өшіру</translation>
    </message>
    <message>
        <source>Touchpad On</source>
        <translation>Сенсорлық тақтаны қосу</translation>
    </message>
    <message>
        <source>Touchpad Toggle</source>
        <translation>Сенсорлық тақтаны қосу/өшіру</translation>
    </message>
    <message>
        <source>Touroku</source>
        <translation>Туроку</translation>
    </message>
    <message>
        <source>Travel</source>
        <translation>Саяхат</translation>
    </message>
    <message>
        <source>Treble Down</source>
        <translation>Жоғары жиілік төмен</translation>
    </message>
    <message>
        <source>Treble Up</source>
        <translation>Жоғары жиілік жоғары</translation>
    </message>
    <message>
        <source>Ultra Wide Band</source>
        <translation>Аса кең жолақты байланыс</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Болдырмау</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Жоғары</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Бейне</translation>
    </message>
    <message>
        <source>View</source>
        <translation>Көрініс</translation>
    </message>
    <message>
        <source>Voice Dial</source>
        <translation>Дауыспен теру</translation>
    </message>
    <message>
        <source>Volume Down</source>
        <translation>Дыбысты азайту</translation>
    </message>
    <message>
        <source>Volume Mute</source>
        <translation>Дыбысты өшіру</translation>
    </message>
    <message>
        <source>Volume Up</source>
        <translation>Дыбысты арттыру</translation>
    </message>
    <message>
        <source>Wake Up</source>
        <translation>Ояту</translation>
    </message>
    <message>
        <source>WebCam</source>
        <translation>Веб-камера</translation>
    </message>
    <message>
        <source>Wireless</source>
        <translation>Сымсыз желі</translation>
    </message>
    <message>
        <source>Word Processor</source>
        <translation>Мәтіндік редактор</translation>
    </message>
    <message>
        <source>WWW</source>
        <translation>WWW</translation>
    </message>
    <message>
        <source>XFer</source>
        <translation>XFer</translation>
    </message>
    <message>
        <source>Yellow</source>
        <translation>Сары</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Иә</translation>
    </message>
    <message>
        <source>Zenkaku</source>
        <translation>Дзенкаку</translation>
    </message>
    <message>
        <source>Zenkaku Hankaku</source>
        <translation>Дзенкаку Ханкаку</translation>
    </message>
    <message>
        <source>Zoom</source>
        <translation>Масштаб</translation>
    </message>
    <message>
        <source>Zoom In</source>
        <translation>Үлкейту</translation>
    </message>
    <message>
        <source>Zoom Out</source>
        <translation>Кішірейту</translation>
    </message>
</context>
<context>
    <name>QTabBar</name>
    <message>
        <source>Scroll Left</source>
        <translation>Солға айналдыру</translation>
    </message>
    <message>
        <source>Scroll Right</source>
        <translation>Оңға айналдыру</translation>
    </message>
</context>
<context>
    <name>QUndoGroup</name>
    <message>
        <source>Redo</source>
        <translation>Қайталау</translation>
    </message>
    <message>
        <source>Redo %1</source>
        <translation>Қайталау (%1)</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Болдырмау</translation>
    </message>
    <message>
        <source>Undo %1</source>
        <translation>Болдырмау (%1)</translation>
    </message>
</context>
<context>
    <name>QUndoModel</name>
    <message>
        <source>&lt;empty&gt;</source>
        <translation>&lt;бос&gt;</translation>
    </message>
</context>
<context>
    <name>QUndoStack</name>
    <message>
        <source>Redo</source>
        <translation>Қайталау</translation>
    </message>
    <message>
        <source>Redo %1</source>
        <translation>Қайталау (%1)</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Болдырмау</translation>
    </message>
    <message>
        <source>Undo %1</source>
        <translation>Болдырмау (%1)</translation>
    </message>
</context>
<context>
    <name>QUnicodeControlCharacterMenu</name>
    <message>
        <source>FSI First strong isolate</source>
        <translation>FSI Бірінші күшті таңба бойынша оқшаулау</translation>
    </message>
    <message>
        <source>Insert Unicode control character</source>
        <translation>Юникод басқару таңбасын кірістіру</translation>
    </message>
    <message>
        <source>LRE Start of left-to-right embedding</source>
        <translation>LRE Солдан оңға ендірудің басы</translation>
    </message>
    <message>
        <source>LRI Left-to-right isolate</source>
        <translation>LRI Солдан оңға оқшаулау</translation>
    </message>
    <message>
        <source>LRM Left-to-right mark</source>
        <translation>LRM Солдан оңға белгісі</translation>
    </message>
    <message>
        <source>LRO Start of left-to-right override</source>
        <translation>LRO Солдан оңға мәжбүрлеудің басы</translation>
    </message>
    <message>
        <source>PDF Pop directional formatting</source>
        <translation>PDF Бағыт пішімдеуінің соңы</translation>
    </message>
    <message>
        <source>PDI Pop directional isolate</source>
        <translation>PDI Бағыттық оқшаулаудың соңы</translation>
    </message>
    <message>
        <source>RLE Start of right-to-left embedding</source>
        <translation>RLE Оңнан солға ендірудің басы</translation>
    </message>
    <message>
        <source>RLI Right-to-left isolate</source>
        <translation>RLI Оңнан солға оқшаулау</translation>
    </message>
    <message>
        <source>RLM Right-to-left mark</source>
        <translation>RLM Оңнан солға белгісі</translation>
    </message>
    <message>
        <source>RLO Start of right-to-left override</source>
        <translation>RLO Оңнан солға мәжбүрлеудің басы</translation>
    </message>
    <message>
        <source>ZWJ Zero width joiner</source>
        <translation>ZWJ Нөлдік енді біріктіргіш</translation>
    </message>
    <message>
        <source>ZWNJ Zero width non-joiner</source>
        <translation>ZWNJ Нөлдік енді ажыратқыш</translation>
    </message>
    <message>
        <source>ZWSP Zero width space</source>
        <translation>ZWSP Нөлдік енді бос орын</translation>
    </message>
</context>
<context>
    <name>QWhatsThisAction</name>
    <message>
        <source>What's This?</source>
        <translation>Бұл не?</translation>
    </message>
</context>
<context>
    <name>QWidget</name>
    <message>
        <source>*</source>
        <translation>*</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Көшіру</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>Қо&amp;ю</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Қайталау</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Болдырмау</translation>
    </message>
    <message>
        <source>Copy &amp;Link Location</source>
        <translation>Сілтеме &amp;адресін көшіру</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Қи&amp;ып алу</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Жою</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Барлығын таңдау</translation>
    </message>
</context>
<context>
    <name>QWizard</name>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Аяқтау</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>А&amp;нықтама</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Келесі</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Келесі &gt;</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Артқа</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Бас тарту</translation>
    </message>
    <message>
        <source>Commit</source>
        <translation>Растау</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Жалғастыру</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Дайын</translation>
    </message>
    <message>
        <source>Go Back</source>
        <translation>Артқа</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Анықтама</translation>
    </message>
</context>
</TS>
