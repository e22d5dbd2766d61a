<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<!-- Qt's own strings (buttons, dialogs, context menus, key names) for a language Qt ships
     no qtbase_ur.qm for. Sources are Qt 6.4's, not Caravan's: lupdate must not touch this file;
     see translations/CMakeLists.txt and Languages::apply(). -->
<TS version="2.1" language="ur">
<context>
    <name>CloseButton</name>
    <message>
        <source>Close Tab</source>
        <translation>ٹیب بند کریں</translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <source>Alias</source>
        <translation>ایلیاس</translation>
    </message>
    <message>
        <source>Drive</source>
        <translation>ڈرائیو</translation>
    </message>
    <message>
        <source>File</source>
        <translation>فائل</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>فولڈر</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>شارٹ کٹ</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>نامعلوم</translation>
    </message>
</context>
<context>
    <name>QAbstractSpinBox</name>
    <message>
        <source>&amp;Select All</source>
        <translation>سب منتخب کریں</translation>
    </message>
    <message>
        <source>&amp;Step up</source>
        <translation>ایک قدم اوپر</translation>
    </message>
    <message>
        <source>Step &amp;down</source>
        <translation>ایک قدم نیچے</translation>
    </message>
</context>
<context>
    <name>QComboBox</name>
    <message>
        <source>False</source>
        <translation>نہیں</translation>
    </message>
    <message>
        <source>Open the combo box selection popup</source>
        <translation>انتخاب کی فہرست کھولیں</translation>
    </message>
    <message>
        <source>True</source>
        <translation>ہاں</translation>
    </message>
</context>
<context>
    <name>QDialog</name>
    <message>
        <source>What's This?</source>
        <translation>یہ کیا ہے؟</translation>
    </message>
</context>
<context>
    <name>QDialogButtonBox</name>
    <message>
        <source>OK</source>
        <translation>ٹھیک ہے</translation>
    </message>
</context>
<context>
    <name>QDockWidget</name>
    <message>
        <source>Close</source>
        <translation>بند کریں</translation>
    </message>
    <message>
        <source>Closes the dock widget</source>
        <translation>پینل بند کرتا ہے</translation>
    </message>
    <message>
        <source>Float</source>
        <translation>الگ کریں</translation>
    </message>
    <message>
        <source>Undocks and re-attaches the dock widget</source>
        <translation>پینل کو الگ کرتا اور دوبارہ جوڑتا ہے</translation>
    </message>
</context>
<context>
    <name>QErrorMessage</name>
    <message>
        <source>&amp;OK</source>
        <translation>ٹھیک ہے</translation>
    </message>
    <message>
        <source>&amp;Show this message again</source>
        <translation>یہ پیغام دوبارہ دکھائیں</translation>
    </message>
    <message>
        <source>Critical Error:</source>
        <translation>سنگین خرابی:</translation>
    </message>
    <message>
        <source>Debug Message:</source>
        <translation>ڈیبگ پیغام:</translation>
    </message>
    <message>
        <source>Fatal Error:</source>
        <translation>مہلک خرابی:</translation>
    </message>
    <message>
        <source>Information:</source>
        <translation>معلومات:</translation>
    </message>
    <message>
        <source>Warning:</source>
        <translation>انتباہ:</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>%1
Directory not found.
Please verify the correct directory name was given.</source>
        <translation>%1
فولڈر نہیں ملا۔
براہِ کرم دیکھ لیں کہ فولڈر کا نام درست ہے۔</translation>
    </message>
    <message>
        <source>%1
File not found.
Please verify the correct file name was given.</source>
        <translation>%1
فائل نہیں ملی۔
براہِ کرم دیکھ لیں کہ فائل کا نام درست ہے۔</translation>
    </message>
    <message>
        <source>%1 already exists.
Do you want to replace it?</source>
        <translation>%1 پہلے سے موجود ہے۔
کیا آپ اس کی جگہ نئی فائل رکھنا چاہتے ہیں؟</translation>
    </message>
    <message>
        <source>&amp;Choose</source>
        <translation>منتخب کریں</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>حذف کریں</translation>
    </message>
    <message>
        <source>&amp;New Folder</source>
        <translation>نیا فولڈر</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>کھولیں</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>نام تبدیل کریں</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>محفوظ کریں</translation>
    </message>
    <message>
        <source>'%1' is write protected.
Do you want to delete it anyway?</source>
        <translation>"%1" میں تبدیلی کی اجازت نہیں۔
کیا آپ پھر بھی اسے حذف کرنا چاہتے ہیں؟</translation>
    </message>
    <message>
        <source>Alias</source>
        <translation>ایلیاس</translation>
    </message>
    <message>
        <source>All Files (*)</source>
        <translation>تمام فائلیں (*)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>تمام فائلیں (*)</translation>
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
        <translation>کیا آپ واقعی "%1" کو حذف کرنا چاہتے ہیں؟</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>پیچھے</translation>
    </message>
    <message>
        <source>Change to detail view mode</source>
        <translation>تفصیلی منظر میں دکھائیں</translation>
    </message>
    <message>
        <source>Change to list view mode</source>
        <translation>فہرست کی صورت میں دکھائیں</translation>
    </message>
    <message>
        <source>Could not delete directory.</source>
        <translation>فولڈر حذف نہیں ہو سکا۔</translation>
    </message>
    <message>
        <source>Create a New Folder</source>
        <translation>نیا فولڈر بنائیں</translation>
    </message>
    <message>
        <source>Create New Folder</source>
        <translation>نیا فولڈر بنائیں</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>حذف کریں</translation>
    </message>
    <message>
        <source>Detail View</source>
        <translation>تفصیلی منظر</translation>
    </message>
    <message>
        <source>Directories</source>
        <translation>فولڈرز</translation>
    </message>
    <message>
        <source>Directory:</source>
        <translation>فولڈر:</translation>
    </message>
    <message>
        <source>Drive</source>
        <translation>ڈرائیو</translation>
    </message>
    <message>
        <source>File</source>
        <translation>فائل</translation>
    </message>
    <message>
        <source>File &amp;name:</source>
        <translation>فائل کا نام:</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>فائلیں</translation>
    </message>
    <message>
        <source>Files of type:</source>
        <translation>فائل کی قسم:</translation>
    </message>
    <message>
        <source>Find Directory</source>
        <translation>فولڈر تلاش کریں</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>فولڈر</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>آگے</translation>
    </message>
    <message>
        <source>Go back</source>
        <translation>پیچھے جائیں</translation>
    </message>
    <message>
        <source>Go forward</source>
        <translation>آگے جائیں</translation>
    </message>
    <message>
        <source>Go to the parent directory</source>
        <translation>بالائی فولڈر میں جائیں</translation>
    </message>
    <message>
        <source>List of places and bookmarks</source>
        <translation>مقامات اور بک مارکس کی فہرست</translation>
    </message>
    <message>
        <source>List View</source>
        <translation>فہرست</translation>
    </message>
    <message>
        <source>Look in:</source>
        <translation>یہاں دیکھیں:</translation>
    </message>
    <message>
        <source>New Folder</source>
        <translation>نیا فولڈر</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>کھولیں</translation>
    </message>
    <message>
        <source>Parent Directory</source>
        <translation>بالائی فولڈر</translation>
    </message>
    <message>
        <source>Recent Places</source>
        <translation>حالیہ مقامات</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>ہٹائیں</translation>
    </message>
    <message>
        <source>Save As</source>
        <translation>اس نام سے محفوظ کریں</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>شارٹ کٹ</translation>
    </message>
    <message>
        <source>Show </source>
        <translation>دکھائیں </translation>
    </message>
    <message>
        <source>Show &amp;hidden files</source>
        <translation>پوشیدہ فائلیں دکھائیں</translation>
    </message>
    <message>
        <source>Sidebar</source>
        <translation>سائیڈ بار</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>نامعلوم</translation>
    </message>
</context>
<context>
    <name>QFileSystemModel</name>
    <message>
        <source>Computer</source>
        <translation>کمپیوٹر</translation>
    </message>
    <message>
        <source>Date Modified</source>
        <translation>ترمیم کی تاریخ</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>قسم</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>نام</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>سائز</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>قسم</translation>
    </message>
</context>
<context>
    <name>QGnomeTheme</name>
    <message>
        <source>&amp;Cancel</source>
        <translation>منسوخ کریں</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>بند کریں</translation>
    </message>
    <message>
        <source>&amp;OK</source>
        <translation>ٹھیک ہے</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>محفوظ کریں</translation>
    </message>
    <message>
        <source>Close without Saving</source>
        <translation>محفوظ کیے بغیر بند کریں</translation>
    </message>
</context>
<context>
    <name>QGuiApplication</name>
    <message>
        <source>QT_LAYOUT_DIRECTION</source>
        <translation>RTL</translation>
    </message>
</context>
<context>
    <name>QInputDialog</name>
    <message>
        <source>Enter a value:</source>
        <translation>قدر درج کریں:</translation>
    </message>
</context>
<context>
    <name>QKeySequenceEdit</name>
    <message>
        <source>%1, ...</source>
        <translation>%1، ...</translation>
    </message>
    <message>
        <source>Press shortcut</source>
        <translation>شارٹ کٹ دبائیں</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Copy</source>
        <translation>کاپی کریں</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>پیسٹ کریں</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>دوبارہ کریں</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>کالعدم کریں</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>کاٹیں</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>حذف کریں</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>سب منتخب کریں</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>&lt;h3&gt;About Qt&lt;/h3&gt;&lt;p&gt;This program uses Qt version %1.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Qt کے بارے میں&lt;/h3&gt;&lt;p&gt;یہ پروگرام Qt کا ورژن %1 استعمال کرتا ہے۔&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About Qt</source>
        <translation>Qt کے بارے میں</translation>
    </message>
    <message>
        <source>Hide Details...</source>
        <translation>تفصیلات چھپائیں...</translation>
    </message>
    <message>
        <source>Show Details...</source>
        <translation>تفصیلات دکھائیں...</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>&amp;No</source>
        <translation>نہیں</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>ہاں</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>روک دیں</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>لاگو کریں</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>منسوخ کریں</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>بند کریں</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>ترک کریں</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>مدد</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>نظر انداز کریں</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>سب کے لیے نہیں</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>ٹھیک ہے</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>کھولیں</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>ری سیٹ کریں</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>ڈیفالٹ بحال کریں</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>دوبارہ کوشش کریں</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>محفوظ کریں</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>سب محفوظ کریں</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>سب کے لیے ہاں</translation>
    </message>
</context>
<context>
    <name>QProgressDialog</name>
    <message>
        <source>Cancel</source>
        <translation>منسوخ کریں</translation>
    </message>
</context>
<context>
    <name>QScrollBar</name>
    <message>
        <source>Bottom</source>
        <translation>سب سے نیچے</translation>
    </message>
    <message>
        <source>Left edge</source>
        <translation>بائیں کنارے تک</translation>
    </message>
    <message>
        <source>Page down</source>
        <translation>ایک صفحہ نیچے</translation>
    </message>
    <message>
        <source>Page left</source>
        <translation>ایک صفحہ بائیں</translation>
    </message>
    <message>
        <source>Page right</source>
        <translation>ایک صفحہ دائیں</translation>
    </message>
    <message>
        <source>Page up</source>
        <translation>ایک صفحہ اوپر</translation>
    </message>
    <message>
        <source>Right edge</source>
        <translation>دائیں کنارے تک</translation>
    </message>
    <message>
        <source>Scroll down</source>
        <translation>نیچے اسکرول کریں</translation>
    </message>
    <message>
        <source>Scroll here</source>
        <translation>یہاں اسکرول کریں</translation>
    </message>
    <message>
        <source>Scroll left</source>
        <translation>بائیں اسکرول کریں</translation>
    </message>
    <message>
        <source>Scroll right</source>
        <translation>دائیں اسکرول کریں</translation>
    </message>
    <message>
        <source>Scroll up</source>
        <translation>اوپر اسکرول کریں</translation>
    </message>
    <message>
        <source>Top</source>
        <translation>سب سے اوپر</translation>
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
        <translation>پسندیدہ میں شامل کریں</translation>
    </message>
    <message>
        <source>Adjust Brightness</source>
        <translation>چمک ایڈجسٹ کریں</translation>
    </message>
    <message>
        <source>Adjust contrast</source>
        <translation>کنٹراسٹ ایڈجسٹ کریں</translation>
    </message>
    <message>
        <source>Alt</source>
        <translation>Alt</translation>
    </message>
    <message>
        <source>Application Left</source>
        <translation>بایاں ایپلیکیشن بٹن</translation>
    </message>
    <message>
        <source>Application Right</source>
        <translation>دایاں ایپلیکیشن بٹن</translation>
    </message>
    <message>
        <source>Audio Cycle Track</source>
        <translation>ٹریک بار بار چلائیں</translation>
    </message>
    <message>
        <source>Audio Random Play</source>
        <translation>بے ترتیب چلائیں</translation>
    </message>
    <message>
        <source>Audio Repeat</source>
        <translation>آڈیو دہرائیں</translation>
    </message>
    <message>
        <source>Away</source>
        <translation>غیر حاضر</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>پیچھے</translation>
    </message>
    <message>
        <source>Back Forward</source>
        <translation>پیچھے/آگے</translation>
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
        <translation>باس بوسٹ</translation>
    </message>
    <message>
        <source>Bass Down</source>
        <translation>باس کم</translation>
    </message>
    <message>
        <source>Bass Up</source>
        <translation>باس زیادہ</translation>
    </message>
    <message>
        <source>Battery</source>
        <translation>بیٹری</translation>
    </message>
    <message>
        <source>Blue</source>
        <translation>نیلا</translation>
    </message>
    <message>
        <source>Bluetooth</source>
        <translation>Bluetooth</translation>
    </message>
    <message>
        <source>Book</source>
        <translation>کتاب</translation>
    </message>
    <message>
        <source>Browser</source>
        <translation>براؤزر</translation>
    </message>
    <message>
        <source>Calculator</source>
        <translation>کیلکولیٹر</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>کیلنڈر</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>کال کریں</translation>
    </message>
    <message>
        <source>Camera Focus</source>
        <translation>کیمرا فوکس</translation>
    </message>
    <message>
        <source>Camera Shutter</source>
        <translation>کیمرا شٹر</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>منسوخ کریں</translation>
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
        <translation>چینل نیچے</translation>
    </message>
    <message>
        <source>Channel Up</source>
        <translation>چینل اوپر</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>صاف کریں</translation>
    </message>
    <message>
        <source>Clear Grab</source>
        <translation>گرفت ختم کریں</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>بند کریں</translation>
    </message>
    <message>
        <source>Code input</source>
        <translation>کوڈ ان پٹ</translation>
    </message>
    <message>
        <source>Community</source>
        <translation>کمیونٹی</translation>
    </message>
    <message>
        <source>Context1</source>
        <translation>Context1</translation>
    </message>
    <message>
        <source>Context2</source>
        <translation>Context2</translation>
    </message>
    <message>
        <source>Context3</source>
        <translation>Context3</translation>
    </message>
    <message>
        <source>Context4</source>
        <translation>Context4</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>کاپی کریں</translation>
    </message>
    <message>
        <source>Ctrl</source>
        <translation>Ctrl</translation>
    </message>
    <message>
        <source>Cut</source>
        <translation>کاٹیں</translation>
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
        <translation>ڈسپلے</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>دستاویزات</translation>
    </message>
    <message>
        <source>DOS</source>
        <translation>DOS</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>نیچے</translation>
    </message>
    <message>
        <source>Eisu Shift</source>
        <translation>Eisu Shift</translation>
    </message>
    <message>
        <source>Eisu toggle</source>
        <translation>Eisu toggle</translation>
    </message>
    <message>
        <source>Eject</source>
        <translation>نکالیں</translation>
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
        <translation>عمل کریں</translation>
    </message>
    <message>
        <source>Exit</source>
        <translation>باہر نکلیں</translation>
    </message>
    <message>
        <source>F%1</source>
        <translation>F%1</translation>
    </message>
    <message>
        <source>Favorites</source>
        <translation>پسندیدہ</translation>
    </message>
    <message>
        <source>Finance</source>
        <translation>مالیات</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>ڈھونڈیں</translation>
    </message>
    <message>
        <source>Flip</source>
        <translation>فلپ</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>آگے</translation>
    </message>
    <message>
        <source>Game</source>
        <translation>گیم</translation>
    </message>
    <message>
        <source>Go</source>
        <translation>جائیں</translation>
    </message>
    <message>
        <source>Green</source>
        <translation>سبز</translation>
    </message>
    <message>
        <source>Guide</source>
        <translation>گائیڈ</translation>
    </message>
    <message>
        <source>Hangul</source>
        <translation>Hangul</translation>
    </message>
    <message>
        <source>Hangul Banja</source>
        <translation>Hangul Banja</translation>
    </message>
    <message>
        <source>Hangul End</source>
        <translation>Hangul End</translation>
    </message>
    <message>
        <source>Hangul Hanja</source>
        <translation>Hangul Hanja</translation>
    </message>
    <message>
        <source>Hangul Jamo</source>
        <translation>Hangul Jamo</translation>
    </message>
    <message>
        <source>Hangul Jeonja</source>
        <translation>Hangul Jeonja</translation>
    </message>
    <message>
        <source>Hangul PostHanja</source>
        <translation>Hangul PostHanja</translation>
    </message>
    <message>
        <source>Hangul PreHanja</source>
        <translation>Hangul PreHanja</translation>
    </message>
    <message>
        <source>Hangul Romaja</source>
        <translation>Hangul Romaja</translation>
    </message>
    <message>
        <source>Hangul Special</source>
        <translation>Hangul Special</translation>
    </message>
    <message>
        <source>Hangul Start</source>
        <translation>Hangul Start</translation>
    </message>
    <message>
        <source>Hangup</source>
        <translation>کال ختم کریں</translation>
    </message>
    <message>
        <source>Hankaku</source>
        <translation>Hankaku</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Help</translation>
    </message>
    <message>
        <source>Henkan</source>
        <translation>Henkan</translation>
    </message>
    <message>
        <source>Hibernate</source>
        <translation>ہائبرنیٹ</translation>
    </message>
    <message>
        <source>Hiragana</source>
        <translation>Hiragana</translation>
    </message>
    <message>
        <source>Hiragana Katakana</source>
        <translation>Hiragana Katakana</translation>
    </message>
    <message>
        <source>History</source>
        <translation>تاریخچہ</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Home</translation>
    </message>
    <message>
        <source>Home Office</source>
        <translation>ہوم آفس</translation>
    </message>
    <message>
        <source>Home Page</source>
        <translation>ہوم پیج</translation>
    </message>
    <message>
        <source>Hot Links</source>
        <translation>اہم لنکس</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>معلومات</translation>
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
        <translation>Kana Lock</translation>
    </message>
    <message>
        <source>Kana Shift</source>
        <translation>Kana Shift</translation>
    </message>
    <message>
        <source>Kanji</source>
        <translation>Kanji</translation>
    </message>
    <message>
        <source>Katakana</source>
        <translation>Katakana</translation>
    </message>
    <message>
        <source>Keyboard Brightness Down</source>
        <translation>کی بورڈ کی روشنی کم کریں</translation>
    </message>
    <message>
        <source>Keyboard Brightness Up</source>
        <translation>کی بورڈ کی روشنی بڑھائیں</translation>
    </message>
    <message>
        <source>Keyboard Light On/Off</source>
        <translation>کی بورڈ کی روشنی آن/آف</translation>
    </message>
    <message>
        <source>Keyboard Menu</source>
        <translation>کی بورڈ مینو</translation>
    </message>
    <message>
        <source>Last Number Redial</source>
        <translation>آخری نمبر دوبارہ ملائیں</translation>
    </message>
    <message>
        <source>Launch (0)</source>
        <translation>لانچ (0)</translation>
    </message>
    <message>
        <source>Launch (1)</source>
        <translation>لانچ (1)</translation>
    </message>
    <message>
        <source>Launch (2)</source>
        <translation>لانچ (2)</translation>
    </message>
    <message>
        <source>Launch (3)</source>
        <translation>لانچ (3)</translation>
    </message>
    <message>
        <source>Launch (4)</source>
        <translation>لانچ (4)</translation>
    </message>
    <message>
        <source>Launch (5)</source>
        <translation>لانچ (5)</translation>
    </message>
    <message>
        <source>Launch (6)</source>
        <translation>لانچ (6)</translation>
    </message>
    <message>
        <source>Launch (7)</source>
        <translation>لانچ (7)</translation>
    </message>
    <message>
        <source>Launch (8)</source>
        <translation>لانچ (8)</translation>
    </message>
    <message>
        <source>Launch (9)</source>
        <translation>لانچ (9)</translation>
    </message>
    <message>
        <source>Launch (A)</source>
        <translation>لانچ (A)</translation>
    </message>
    <message>
        <source>Launch (B)</source>
        <translation>لانچ (B)</translation>
    </message>
    <message>
        <source>Launch (C)</source>
        <translation>لانچ (C)</translation>
    </message>
    <message>
        <source>Launch (D)</source>
        <translation>لانچ (D)</translation>
    </message>
    <message>
        <source>Launch (E)</source>
        <translation>لانچ (E)</translation>
    </message>
    <message>
        <source>Launch (F)</source>
        <translation>لانچ (F)</translation>
    </message>
    <message>
        <source>Launch (G)</source>
        <translation>لانچ (G)</translation>
    </message>
    <message>
        <source>Launch (H)</source>
        <translation>لانچ (H)</translation>
    </message>
    <message>
        <source>Launch Mail</source>
        <translation>ای میل کھولیں</translation>
    </message>
    <message>
        <source>Launch Media</source>
        <translation>میڈیا پلیئر کھولیں</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>بائیں</translation>
    </message>
    <message>
        <source>LightBulb</source>
        <translation>بلب</translation>
    </message>
    <message>
        <source>Logoff</source>
        <translation>لاگ آف</translation>
    </message>
    <message>
        <source>Mail Forward</source>
        <translation>ای میل آگے بھیجیں</translation>
    </message>
    <message>
        <source>Market</source>
        <translation>مارکیٹ</translation>
    </message>
    <message>
        <source>Massyo</source>
        <translation>Massyo</translation>
    </message>
    <message>
        <source>Media Fast Forward</source>
        <translation>فاسٹ فارورڈ</translation>
    </message>
    <message>
        <source>Media Next</source>
        <translation>اگلا ٹریک</translation>
    </message>
    <message>
        <source>Media Pause</source>
        <translation>میڈیا میں وقفہ</translation>
    </message>
    <message>
        <source>Media Play</source>
        <translation>میڈیا چلائیں</translation>
    </message>
    <message>
        <source>Media Previous</source>
        <translation>پچھلا ٹریک</translation>
    </message>
    <message>
        <source>Media Record</source>
        <translation>ریکارڈنگ شروع کریں</translation>
    </message>
    <message>
        <source>Media Rewind</source>
        <translation>ریوائنڈ</translation>
    </message>
    <message>
        <source>Media Stop</source>
        <translation>میڈیا روکیں</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>میٹنگ</translation>
    </message>
    <message>
        <source>Memo</source>
        <translation>میمو</translation>
    </message>
    <message>
        <source>Menu</source>
        <translation>Menu</translation>
    </message>
    <message>
        <source>Menu PB</source>
        <translation>مینو بٹن</translation>
    </message>
    <message>
        <source>Messenger</source>
        <translation>میسنجر</translation>
    </message>
    <message>
        <source>Meta</source>
        <translation>Meta</translation>
    </message>
    <message>
        <source>Microphone Mute</source>
        <translation>مائیکروفون بند کریں</translation>
    </message>
    <message>
        <source>Microphone Volume Down</source>
        <translation>مائیکروفون کی آواز کم کریں</translation>
    </message>
    <message>
        <source>Microphone Volume Up</source>
        <translation>مائیکروفون کی آواز بڑھائیں</translation>
    </message>
    <message>
        <source>Monitor Brightness Down</source>
        <translation>مانیٹر کی چمک کم کریں</translation>
    </message>
    <message>
        <source>Monitor Brightness Up</source>
        <translation>مانیٹر کی چمک بڑھائیں</translation>
    </message>
    <message>
        <source>Muhenkan</source>
        <translation>Muhenkan</translation>
    </message>
    <message>
        <source>Multiple Candidate</source>
        <translation>متعدد متبادل</translation>
    </message>
    <message>
        <source>Music</source>
        <translation>موسیقی</translation>
    </message>
    <message>
        <source>My Sites</source>
        <translation>میری سائٹس</translation>
    </message>
    <message>
        <source>New</source>
        <translation>نیا</translation>
    </message>
    <message>
        <source>News</source>
        <translation>خبریں</translation>
    </message>
    <message>
        <source>No</source>
        <translation>نہیں</translation>
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
        <translation>کھولیں</translation>
    </message>
    <message>
        <source>Open URL</source>
        <translation>URL کھولیں</translation>
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
        <translation>پیسٹ کریں</translation>
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
        <translation>فون</translation>
    </message>
    <message>
        <source>Pictures</source>
        <translation>تصاویر</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>چلائیں</translation>
    </message>
    <message>
        <source>Power Down</source>
        <translation>پاور ڈاؤن</translation>
    </message>
    <message>
        <source>Power Off</source>
        <translation>پاور آف</translation>
    </message>
    <message>
        <source>Previous Candidate</source>
        <translation>پچھلا متبادل</translation>
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
        <translation>پرنٹر</translation>
    </message>
    <message>
        <source>Red</source>
        <translation>سرخ</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>دوبارہ کریں</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>ریفریش کریں</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>دوبارہ لوڈ کریں</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>جواب دیں</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>Return</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>دائیں</translation>
    </message>
    <message>
        <source>Romaji</source>
        <translation>Romaji</translation>
    </message>
    <message>
        <source>Rotate Windows</source>
        <translation>ونڈوز گھمائیں</translation>
    </message>
    <message>
        <source>Rotation KB</source>
        <translation>گھمانے کی کلید</translation>
    </message>
    <message>
        <source>Rotation PB</source>
        <translation>گھمانے کا بٹن</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>محفوظ کریں</translation>
    </message>
    <message>
        <source>Screensaver</source>
        <translation>اسکرین سیور</translation>
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
        <translation>تلاش</translation>
    </message>
    <message>
        <source>Select</source>
        <translation>منتخب کریں</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>بھیجیں</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>ترتیبات</translation>
    </message>
    <message>
        <source>Shift</source>
        <translation>Shift</translation>
    </message>
    <message>
        <source>Shop</source>
        <translation>خریداری</translation>
    </message>
    <message>
        <source>Sleep</source>
        <translation>سلیپ</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>اسپیس</translation>
    </message>
    <message>
        <source>Spellchecker</source>
        <translation>ہجے کی جانچ</translation>
    </message>
    <message>
        <source>Split Screen</source>
        <translation>اسکرین تقسیم کریں</translation>
    </message>
    <message>
        <source>Spreadsheet</source>
        <translation>اسپریڈ شیٹ</translation>
    </message>
    <message>
        <source>Standby</source>
        <translation>اسٹینڈ بائی</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>روکیں</translation>
    </message>
    <message>
        <source>Subtitle</source>
        <translation>سب ٹائٹل</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>سپورٹ</translation>
    </message>
    <message>
        <source>Suspend</source>
        <translation>معطل کریں</translation>
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
        <translation>ٹاسک پینل</translation>
    </message>
    <message>
        <source>Terminal</source>
        <translation>ٹرمینل</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>وقت</translation>
    </message>
    <message>
        <source>To-do list</source>
        <translation>کاموں کی فہرست</translation>
    </message>
    <message>
        <source>Toggle Call/Hangup</source>
        <translation>کال ملائیں/ختم کریں</translation>
    </message>
    <message>
        <source>Toggle Media Play/Pause</source>
        <translation>چلائیں/وقفہ</translation>
    </message>
    <message>
        <source>Tools</source>
        <translation>ٹولز</translation>
    </message>
    <message>
        <source>Top Menu</source>
        <translation>مرکزی مینو</translation>
    </message>
    <message>
        <source>Touchpad Off</source>
        <translation>ٹچ پیڈ آف</translation>
    </message>
    <message>
        <source>Touchpad On</source>
        <translation>ٹچ پیڈ آن</translation>
    </message>
    <message>
        <source>Touchpad Toggle</source>
        <translation>ٹچ پیڈ آن/آف</translation>
    </message>
    <message>
        <source>Touroku</source>
        <translation>Touroku</translation>
    </message>
    <message>
        <source>Travel</source>
        <translation>سفر</translation>
    </message>
    <message>
        <source>Treble Down</source>
        <translation>ٹریبل کم</translation>
    </message>
    <message>
        <source>Treble Up</source>
        <translation>ٹریبل زیادہ</translation>
    </message>
    <message>
        <source>Ultra Wide Band</source>
        <translation>الٹرا وائیڈ بینڈ</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>کالعدم کریں</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>اوپر</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>ویڈیو</translation>
    </message>
    <message>
        <source>View</source>
        <translation>منظر</translation>
    </message>
    <message>
        <source>Voice Dial</source>
        <translation>آواز سے ڈائل</translation>
    </message>
    <message>
        <source>Volume Down</source>
        <translation>آواز کم کریں</translation>
    </message>
    <message>
        <source>Volume Mute</source>
        <translation>آواز بند کریں</translation>
    </message>
    <message>
        <source>Volume Up</source>
        <translation>آواز بڑھائیں</translation>
    </message>
    <message>
        <source>Wake Up</source>
        <translation>جگائیں</translation>
    </message>
    <message>
        <source>WebCam</source>
        <translation>ویب کیم</translation>
    </message>
    <message>
        <source>Wireless</source>
        <translation>وائرلیس</translation>
    </message>
    <message>
        <source>Word Processor</source>
        <translation>ورڈ پروسیسر</translation>
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
        <translation>پیلا</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>ہاں</translation>
    </message>
    <message>
        <source>Zenkaku</source>
        <translation>Zenkaku</translation>
    </message>
    <message>
        <source>Zenkaku Hankaku</source>
        <translation>Zenkaku Hankaku</translation>
    </message>
    <message>
        <source>Zoom</source>
        <translation>زوم</translation>
    </message>
    <message>
        <source>Zoom In</source>
        <translation>زوم اِن</translation>
    </message>
    <message>
        <source>Zoom Out</source>
        <translation>زوم آؤٹ</translation>
    </message>
</context>
<context>
    <name>QTabBar</name>
    <message>
        <source>Scroll Left</source>
        <translation>بائیں اسکرول کریں</translation>
    </message>
    <message>
        <source>Scroll Right</source>
        <translation>دائیں اسکرول کریں</translation>
    </message>
</context>
<context>
    <name>QUndoGroup</name>
    <message>
        <source>Redo</source>
        <translation>دوبارہ کریں</translation>
    </message>
    <message>
        <source>Redo %1</source>
        <translation>دوبارہ کریں: %1</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>کالعدم کریں</translation>
    </message>
    <message>
        <source>Undo %1</source>
        <translation>کالعدم کریں: %1</translation>
    </message>
</context>
<context>
    <name>QUndoModel</name>
    <message>
        <source>&lt;empty&gt;</source>
        <translation>&lt;خالی&gt;</translation>
    </message>
</context>
<context>
    <name>QUndoStack</name>
    <message>
        <source>Redo</source>
        <translation>دوبارہ کریں</translation>
    </message>
    <message>
        <source>Redo %1</source>
        <translation>دوبارہ کریں: %1</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>کالعدم کریں</translation>
    </message>
    <message>
        <source>Undo %1</source>
        <translation>کالعدم کریں: %1</translation>
    </message>
</context>
<context>
    <name>QUnicodeControlCharacterMenu</name>
    <message>
        <source>FSI First strong isolate</source>
        <translation>FSI پہلے مضبوط حرف کے مطابق آئسولیٹ</translation>
    </message>
    <message>
        <source>Insert Unicode control character</source>
        <translation>یونیکوڈ کنٹرول کیریکٹر داخل کریں</translation>
    </message>
    <message>
        <source>LRE Start of left-to-right embedding</source>
        <translation>LRE بائیں سے دائیں ایمبیڈنگ کا آغاز</translation>
    </message>
    <message>
        <source>LRI Left-to-right isolate</source>
        <translation>LRI بائیں سے دائیں آئسولیٹ</translation>
    </message>
    <message>
        <source>LRM Left-to-right mark</source>
        <translation>LRM بائیں سے دائیں کا نشان</translation>
    </message>
    <message>
        <source>LRO Start of left-to-right override</source>
        <translation>LRO بائیں سے دائیں اوور رائیڈ کا آغاز</translation>
    </message>
    <message>
        <source>PDF Pop directional formatting</source>
        <translation>PDF سمت کی فارمیٹنگ کا اختتام</translation>
    </message>
    <message>
        <source>PDI Pop directional isolate</source>
        <translation>PDI سمت کے آئسولیٹ کا اختتام</translation>
    </message>
    <message>
        <source>RLE Start of right-to-left embedding</source>
        <translation>RLE دائیں سے بائیں ایمبیڈنگ کا آغاز</translation>
    </message>
    <message>
        <source>RLI Right-to-left isolate</source>
        <translation>RLI دائیں سے بائیں آئسولیٹ</translation>
    </message>
    <message>
        <source>RLM Right-to-left mark</source>
        <translation>RLM دائیں سے بائیں کا نشان</translation>
    </message>
    <message>
        <source>RLO Start of right-to-left override</source>
        <translation>RLO دائیں سے بائیں اوور رائیڈ کا آغاز</translation>
    </message>
    <message>
        <source>ZWJ Zero width joiner</source>
        <translation>ZWJ زیرو وِڈتھ جوائنر</translation>
    </message>
    <message>
        <source>ZWNJ Zero width non-joiner</source>
        <translation>ZWNJ زیرو وِڈتھ نان جوائنر</translation>
    </message>
    <message>
        <source>ZWSP Zero width space</source>
        <translation>ZWSP زیرو وِڈتھ اسپیس</translation>
    </message>
</context>
<context>
    <name>QWhatsThisAction</name>
    <message>
        <source>What's This?</source>
        <translation>یہ کیا ہے؟</translation>
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
        <translation>کاپی کریں</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>پیسٹ کریں</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>دوبارہ کریں</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>کالعدم کریں</translation>
    </message>
    <message>
        <source>Copy &amp;Link Location</source>
        <translation>لنک کا پتہ کاپی کریں</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>کاٹیں</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>حذف کریں</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>سب منتخب کریں</translation>
    </message>
</context>
<context>
    <name>QWizard</name>
    <message>
        <source>&amp;Finish</source>
        <translation>ختم کریں</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>مدد</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>اگلا</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>اگلا &gt;</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; پیچھے</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>منسوخ کریں</translation>
    </message>
    <message>
        <source>Commit</source>
        <translation>تصدیق کریں</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>جاری رکھیں</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>مکمل</translation>
    </message>
    <message>
        <source>Go Back</source>
        <translation>پیچھے جائیں</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>مدد</translation>
    </message>
</context>
</TS>
