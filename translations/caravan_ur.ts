<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ur">
<context>
    <name>AdminCommand</name>
    <message>
        <location filename="../core/commandline/admincommand.cpp" line="+26"/>
        <source>The person&apos;s role: staff, coordinator, doctor or administrator.</source>
        <translation>صارف کا کردار: staff، coordinator، doctor یا administrator۔</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ROLE</source>
        <translation>ROLE</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The first administrator&apos;s login name.</source>
        <translation>پہلے ایڈمنسٹریٹر کا لاگ ان نام۔</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read the new password as one line from standard input.</source>
        <translation>نیا پاس ورڈ اسٹینڈرڈ ان پٹ سے ایک سطر کے طور پر پڑھیں۔</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>  admin init-server URL [--admin NAME] create the schema and roles on a server, and its first administrator
  admin add-user NAME --role ROLE      a person who logs in as NAME (staff, coordinator, doctor,
                                       administrator); --password-stdin sets a password
  admin set-role NAME --role ROLE      change a person&apos;s role
  admin set-password NAME              a new password, read from standard input
  admin disable-user NAME              the person can no longer log in; their history stays
  admin users                          the people who may log in and their roles
</source>
        <translation>  admin init-server URL [--admin NAME] سرور پر اسکیما اور کردار بنائیں، اور اس کا پہلا ایڈمنسٹریٹر بھی
  admin add-user NAME --role ROLE      ایک شخص شامل کریں جو NAME کے نام سے لاگ ان کرے (staff, coordinator, doctor,
                                       administrator)؛ --password-stdin سے پاس ورڈ بھی سیٹ ہو جاتا ہے
  admin set-role NAME --role ROLE      کسی شخص کا کردار تبدیل کریں
  admin set-password NAME              نیا پاس ورڈ، جو اسٹینڈرڈ ان پٹ سے پڑھا جاتا ہے
  admin disable-user NAME              وہ شخص مزید لاگ ان نہیں کر سکے گا؛ اس کا تاریخچہ برقرار رہے گا
  admin users                          وہ لوگ جو لاگ ان کر سکتے ہیں، اور ان کے کردار
</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&quot;admin&quot; needs one of: %1.</source>
        <translation>&quot;admin&quot; کے لیے ان میں سے ایک درکار ہے: %1۔</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;admin %1&quot; needs a name or an address.</source>
        <translation>&quot;admin %1&quot; کے لیے نام یا پتا درکار ہے۔</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--role must be staff, coordinator, doctor or administrator.</source>
        <translation>--role کی قدر staff، coordinator، doctor یا administrator ہونی چاہیے۔</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No password on standard input.</source>
        <translation>اسٹینڈرڈ ان پٹ پر کوئی پاس ورڈ نہیں ملا۔</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>People and roles live on a centre&apos;s PostgreSQL server: give its address (postgresql://user@host:5432/database).</source>
        <translation>لوگ اور ان کے کردار سینٹر کے PostgreSQL سرور پر ہوتے ہیں: اس کا پتا دیں (postgresql://user@host:5432/database)۔</translation>
    </message>
</context>
<context>
    <name>CaseAlert</name>
    <message>
        <location filename="../core/clinical/alerts.cpp" line="+19"/>
        <source>expires today (%1)</source>
        <translation>آج میعاد ختم ہو رہی ہے (%1)</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>expires in %n day(s) (%1)</source>
        <translation>
            <numerusform>میعاد %n دن میں ختم ہو گی (%1)</numerusform>
            <numerusform>میعاد %n دن میں ختم ہو گی (%1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>expired %n day(s) ago (%1)</source>
        <translation>
            <numerusform>میعاد %n دن پہلے ختم ہو چکی ہے (%1)</numerusform>
            <numerusform>میعاد %n دن پہلے ختم ہو چکی ہے (%1)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Passport %1</source>
        <translation>پاسپورٹ: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Visa %1</source>
        <translation>ویزا: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Passport of %1 (%2) %3</source>
        <translation>%1 (%2) کا پاسپورٹ: %3</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Follow-up overdue since %1 (last contact %2)</source>
        <translation>فالو اپ %1 سے زائد المیعاد ہے (آخری رابطہ %2)</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <location filename="../core/commandline/cli.cpp" line="+32"/>
        <source>Usage: caravan-cli [--database PATH] VERB [ARGUMENTS]
Verbs:
  demo                               load the fictional demo cases
  generate --patients N [--seed S]   fill the store with a synthetic centre
  import-patients FILE.csv           import patients (columns: see docs/CSV.md)
  import-json FILE.json...           import records as show prints them, and
                                     {&quot;institutions&quot;: [...]}; all or nothing
  search TEXT                        find patients by name in any script, record,
                                     passport or phone number
  show PATIENT                       the whole record (id or record number) as JSON
  check                              check the database file page by page
</source>
        <translation>استعمال: caravan-cli [--database PATH] VERB [ARGUMENTS]
کمانڈز (VERB):
  demo                               فرضی ڈیمو کیسز لوڈ کریں
  generate --patients N [--seed S]   ڈیٹابیس کو ایک مصنوعی سینٹر کے ڈیٹا سے بھریں
  import-patients FILE.csv           مریض درآمد کریں (کالم: docs/CSV.md دیکھیں)
  import-json FILE.json...           ریکارڈز اسی صورت میں درآمد کریں جیسے show انہیں دکھاتا ہے، اور
                                     {&quot;institutions&quot;: [...]} بھی؛ یا تو سب، یا کچھ بھی نہیں
  search TEXT                        کسی بھی رسم الخط میں نام، ریکارڈ نمبر، پاسپورٹ
                                     یا فون نمبر سے مریض تلاش کریں
  show PATIENT                       مکمل ریکارڈ (id یا ریکارڈ نمبر) بطور JSON
  check                              ڈیٹابیس فائل کو صفحہ بہ صفحہ چیک کریں
</translation>
    </message>
    <message>
        <location line="+130"/>
        <source>Caravan command-line companion</source>
        <translation>Caravan کا کمانڈ لائن معاون</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The SQLite database file, or a server address: postgresql://user@host:5432/database.</source>
        <translation>SQLite ڈیٹابیس فائل، یا سرور کا پتا: postgresql://user@host:5432/database۔</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PATH</source>
        <translation>PATH</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How many patients to generate.</source>
        <translation>کتنے مریض بنائے جائیں۔</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+4"/>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Seed of the generator.</source>
        <translation>جنریٹر کا سیڈ (seed)۔</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Most search results to show.</source>
        <translation>تلاش کے زیادہ سے زیادہ کتنے نتائج دکھائے جائیں۔</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name written into the audit trail.</source>
        <translation>آڈٹ ٹریل میں درج ہونے والا نام۔</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+8"/>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>The patient (id or record number).</source>
        <translation>مریض (id یا ریکارڈ نمبر)۔</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PATIENT</source>
        <translation>PATIENT</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Document language(s), comma-separated.</source>
        <translation>دستاویز کی زبان (زبانیں)، کوما سے الگ کر کے۔</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>L[,L2]</source>
        <translation>L[,L2]</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file to write.</source>
        <translation>لکھی جانے والی فائل۔</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The centre&apos;s name on the letterhead.</source>
        <translation>لیٹر ہیڈ پر سینٹر کا نام۔</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>International Patient Centre</source>
        <translation>انٹرنیشنل پیشنٹ سینٹر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The centre&apos;s address on the letterhead.</source>
        <translation>لیٹر ہیڈ پر سینٹر کا پتہ۔</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TEXT</source>
        <translation>TEXT</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Include passport and visa.</source>
        <translation>پاسپورٹ اور ویزا شامل کریں۔</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Unknown verb &quot;%1&quot;.</source>
        <translation>نامعلوم کمانڈ &quot;%1&quot;۔</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&quot;%1&quot; needs an argument.</source>
        <translation>&quot;%1&quot; کے لیے ایک آرگومنٹ درکار ہے۔</translation>
    </message>
    <message>
        <location line="-141"/>
        <source>The demo cases are already in %1.</source>
        <translation>ڈیمو کیسز پہلے ہی %1 میں موجود ہیں۔</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>--patients must be a positive whole number and --seed a non-negative one.</source>
        <translation>--patients ایک مثبت عدد صحیح اور --seed ایک غیر منفی عدد صحیح ہونا چاہیے۔</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Generated %1 of %2 patients</source>
        <translation>%2 میں سے %1 مریض بنائے گئے</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Line %1 (%2): %3</source>
        <translation>سطر %1 (%2): %3</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+5"/>
        <location filename="../core/commandline/exportcommand.cpp" line="+126"/>
        <location line="+15"/>
        <location line="+39"/>
        <source>No patient has the record number or id &quot;%1&quot;.</source>
        <translation>کسی مریض کا ریکارڈ نمبر یا id &quot;%1&quot; نہیں ہے۔</translation>
    </message>
</context>
<context>
    <name>Clinical</name>
    <message>
        <location filename="../core/clinical/clinicalfacts.cpp" line="+42"/>
        <source>Day 0</source>
        <translation>دن 0</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Day %1</source>
        <translation>دن %1</translation>
    </message>
</context>
<context>
    <name>CopyCommand</name>
    <message>
        <location filename="../core/commandline/copycommand.cpp" line="+18"/>
        <source>table</source>
        <translation>ٹیبل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>source</source>
        <translation>ماخذ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>target</source>
        <translation>ہدف</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>differing</source>
        <translation>فرق</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>checksum</source>
        <translation>چیک سم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>result</source>
        <translation>نتیجہ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>same</source>
        <translation>یکساں</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>DIFFERENT</source>
        <translation>مختلف</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>first at %1</source>
        <translation>پہلا فرق: %1</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>copy-to: copy nothing, compare the two databases row by row.</source>
        <translation>copy-to: کچھ کاپی نہ کریں، دونوں ڈیٹابیسز کا قطار بہ قطار موازنہ کریں۔</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>  copy-to TARGET [--from SOURCE]       copy a whole database (a file to a server, or a server to
                                       a new file) into an empty one, then compare every row;
                                       --verify-only compares without copying
</source>
        <translation>  copy-to TARGET [--from SOURCE]       پوری ڈیٹابیس (فائل سے سرور پر، یا سرور سے
                                       نئی فائل میں) ایک خالی ڈیٹابیس میں کاپی کریں، پھر ہر قطار کا موازنہ کریں؛
                                       --verify-only کاپی کیے بغیر صرف موازنہ کرتا ہے
</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 already exists. Copy into a new file, so that nothing in an existing one is mixed or lost.</source>
        <translation>%1 پہلے سے موجود ہے۔ نئی فائل میں کاپی کریں، تاکہ کسی موجودہ فائل میں کچھ بھی گڈمڈ یا ضائع نہ ہو۔</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The source and the target are the same database.</source>
        <translation>ماخذ اور ہدف ایک ہی ڈیٹابیس ہیں۔</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Copied %1 of %2 rows</source>
        <translation>%2 میں سے %1 قطاریں کاپی ہو گئیں</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Compared %1 of %2 rows</source>
        <translation>%2 میں سے %1 قطاروں کا موازنہ ہو گیا</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 does not hold the same rows as %2: see the tables marked DIFFERENT.</source>
        <translation>%1 میں وہی قطاریں نہیں ہیں جو %2 میں ہیں: &quot;مختلف&quot; والے ٹیبل دیکھیں۔</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 rows in %2 tables are the same in both databases (%3 s).</source>
        <translation>%2 ٹیبلز کی %1 قطاریں دونوں ڈیٹابیسز میں یکساں ہیں (%3 s)۔</translation>
    </message>
</context>
<context>
    <name>Country</name>
    <message>
        <location filename="../core/domain/places.cpp" line="+12"/>
        <source>Pakistan</source>
        <translation>پاکستان</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kazakhstan</source>
        <translation>قازقستان</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kyrgyzstan</source>
        <translation>کرغزستان</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Uzbekistan</source>
        <translation>ازبکستان</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tajikistan</source>
        <translation>تاجکستان</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Turkmenistan</source>
        <translation>ترکمانستان</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Afghanistan</source>
        <translation>افغانستان</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mongolia</source>
        <translation>منگولیا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Russia</source>
        <translation>روس</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>China</source>
        <translation>چین</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>India</source>
        <translation>بھارت</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>United Kingdom</source>
        <translation>برطانیہ</translation>
    </message>
</context>
<context>
    <name>Csv</name>
    <message>
        <location filename="../core/interop/csvreader.cpp" line="+68"/>
        <source>A quoted field that starts on line %1 is never closed.</source>
        <translation>سطر %1 سے شروع ہونے والا کوٹیشن والا فیلڈ کہیں بند نہیں ہوتا۔</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <location filename="../core/storage/database.cpp" line="+139"/>
        <source>The file %1 cannot be read: %2</source>
        <translation>فائل %1 پڑھی نہیں جا سکتی: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is not a Caravan database (it is not an SQLite file). It was left untouched.</source>
        <translation>%1 Caravan ڈیٹابیس نہیں ہے (یہ SQLite فائل نہیں ہے)۔ اسے تبدیل نہیں کیا گیا۔</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+108"/>
        <source>%1 cannot be opened: %2</source>
        <translation>%1 کھولی نہیں جا سکتی: %2</translation>
    </message>
    <message>
        <location line="-97"/>
        <source>%1 is damaged or not a database (%2). It was left untouched.</source>
        <translation>%1 خراب ہے یا ڈیٹابیس نہیں ہے (%2)۔ اسے تبدیل نہیں کیا گیا۔</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 failed its integrity check (%2). It was left untouched; restore it from a backup.</source>
        <translation>%1 سالمیت کی جانچ (integrity check) میں ناکام رہی (%2)۔ اسے تبدیل نہیں کیا گیا؛ اسے بیک اپ سے بحال کریں۔</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 is a database of another program, not of Caravan. It was left untouched.</source>
        <translation>%1 کسی دوسرے پروگرام کا ڈیٹابیس ہے، Caravan کا نہیں۔ اسے تبدیل نہیں کیا گیا۔</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 was made by a newer version of Caravan (schema %2; this program knows up to %3). Install the newer version to open it. The file was left untouched.</source>
        <translation>%1 Caravan کے نئے ورژن سے بنائی گئی ہے (اسکیما %2؛ یہ پروگرام اسکیما %3 تک جانتا ہے)۔ اسے کھولنے کے لیے نیا ورژن انسٹال کریں۔ فائل کو تبدیل نہیں کیا گیا۔</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 failed its integrity check before upgrading. It was left untouched; restore it from a backup.</source>
        <translation>اپ گریڈ سے پہلے %1 سالمیت کی جانچ میں ناکام رہی۔ اسے تبدیل نہیں کیا گیا؛ اسے بیک اپ سے بحال کریں۔</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Could not copy %1 to %2 before upgrading it: %3. Nothing was changed.</source>
        <translation>اپ گریڈ سے پہلے %1 کو %2 میں کاپی نہیں کیا جا سکا: %3۔ کچھ بھی تبدیل نہیں کیا گیا۔</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>The folder %1 cannot be created.</source>
        <translation>فولڈر %1 نہیں بنایا جا سکتا۔</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The file %1 cannot be created: %2</source>
        <translation>فائل %1 نہیں بنائی جا سکتی: %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>setting up the database</source>
        <translation>ڈیٹابیس کی تیاری</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The integrity check could not run: %1</source>
        <translation>سالمیت کی جانچ نہیں چل سکی: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 failed its integrity check: %2</source>
        <translation>%1 سالمیت کی جانچ میں ناکام رہی: %2</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Migration %1 is missing from the program.</source>
        <translation>مائیگریشن %1 پروگرام میں موجود نہیں ہے۔</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>upgrading the database to schema %1</source>
        <translation>ڈیٹابیس کو اسکیما %1 پر اپ گریڈ کرنا</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>recording schema %1</source>
        <translation>اسکیما %1 درج کرنا</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>The connection to the server %1 was lost while %2; nothing was saved. Caravan connects again by itself: try again in a moment.</source>
        <translation>سرور %1 سے رابطہ ٹوٹ گیا (%2)؛ کچھ محفوظ نہیں ہوا۔ Caravan خود دوبارہ جڑ جائے گا: تھوڑی دیر بعد دوبارہ کوشش کریں۔</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This connection only reads (a reporting server or a replica), so %1 is not possible here. Make changes on the centre&apos;s main server.</source>
        <translation>یہ کنکشن صرف پڑھتا ہے (رپورٹنگ سرور یا ریپلیکا)، اس لیے یہاں %1 ممکن نہیں۔ تبدیلیاں مرکز کے مرکزی سرور پر کریں۔</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your role on the server does not allow this (%1). Ask the centre&apos;s administrator if you need it.</source>
        <translation>سرور پر آپ کا کردار اس کی اجازت نہیں دیتا (%1)۔ اگر آپ کو اس کی ضرورت ہو تو سینٹر کے ایڈمنسٹریٹر سے رابطہ کریں۔</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The database failed while %1: %2</source>
        <translation>ڈیٹابیس میں خرابی (%1): %2</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>starting a transaction</source>
        <translation>ٹرانزیکشن شروع کرنا</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Internal error: commit without a transaction.</source>
        <translation>اندرونی خرابی: ٹرانزیکشن کے بغیر کمٹ۔</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+2"/>
        <source>saving</source>
        <translation>محفوظ کرنا</translation>
    </message>
    <message>
        <location filename="../core/storage/patientsearch.cpp" line="+53"/>
        <location line="+31"/>
        <source>updating the search index</source>
        <translation>تلاش کا انڈیکس اپ ڈیٹ کرنا</translation>
    </message>
    <message>
        <location filename="../core/storage/postgresconnection.cpp" line="+92"/>
        <source>Only a server connection can be made again.</source>
        <translation>صرف سرور سے ہی دوبارہ رابطہ کیا جا سکتا ہے۔</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The connection cannot be made again in the middle of saving.</source>
        <translation>محفوظ کرنے کے دوران دوبارہ رابطہ نہیں کیا جا سکتا۔</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>&quot;%1&quot; is not a server address. Write it as postgresql://user@host:5432/database.</source>
        <translation>&quot;%1&quot; سرور کا پتا نہیں ہے۔ اسے یوں لکھیں: postgresql://user@host:5432/database۔</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The server address has an option Caravan does not know: %1. Known: %2.</source>
        <translation>سرور کے پتے میں ایسا اختیار ہے جسے Caravan نہیں جانتا: %1۔ معلوم اختیارات: %2۔</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>This installation cannot reach PostgreSQL servers: Qt&apos;s PostgreSQL driver is missing (install libqt6sql6-psql).</source>
        <translation>یہ تنصیب PostgreSQL سرورز سے نہیں جڑ سکتی: Qt کا PostgreSQL ڈرائیور موجود نہیں (libqt6sql6-psql انسٹال کریں)۔</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot connect to %1: %2</source>
        <translation>%1 سے رابطہ نہیں ہو سکا: %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The server %1 asks for %2&apos;s password.</source>
        <translation>سرور %1 کو %2 کا پاس ورڈ درکار ہے۔</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+21"/>
        <source>setting up the connection</source>
        <translation>کنکشن کی ترتیب</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>The database at %1 was made by a newer Caravan (schema %2; this program knows up to %3). Nothing was changed. Install the newer Caravan to open it.</source>
        <translation>%1 کا ڈیٹابیس Caravan کے نئے ورژن نے بنایا ہے (اسکیما %2؛ یہ پروگرام %3 تک جانتا ہے)۔ کچھ نہیں بدلا گیا۔ اسے کھولنے کے لیے Caravan کا نیا ورژن انسٹال کریں۔</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The reporting server %1 holds schema %2; this program needs schema %3. Open the centre&apos;s main server once to bring it up to date (a replica follows it).</source>
        <translation>رپورٹنگ سرور %1 میں اسکیما %2 ہے؛ اس پروگرام کو اسکیما %3 چاہیے۔ اسے تازہ کرنے کے لیے ایک بار مرکز کا مرکزی سرور کھولیں (ریپلیکا اس کے پیچھے چلتا ہے)۔</translation>
    </message>
</context>
<context>
    <name>DatabaseCopy</name>
    <message>
        <location filename="../core/storage/databasecopy.cpp" line="+77"/>
        <location line="+23"/>
        <source>reading %1</source>
        <translation>ٹیبل %1 پڑھنا</translation>
    </message>
    <message>
        <location line="+126"/>
        <source>The server connection cannot be reached for copying.</source>
        <translation>کاپی کرنے کے لیے سرور کنکشن تک رسائی نہیں ہو سکی۔</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The server refused to take %1: %2</source>
        <translation>سرور نے %1 لینے سے انکار کر دیا: %2</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Sending %1 to the server failed: %2</source>
        <translation>%1 کو سرور پر بھیجنا ناکام رہا: %2</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The server refused the rows of %1: %2</source>
        <translation>سرور نے %1 کی قطاریں قبول نہیں کیں: %2</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>%1 is not a Caravan database of this version (it has no table %2).</source>
        <translation>%1 اس ورژن کا Caravan ڈیٹابیس نہیں ہے (اس میں %2 ٹیبل نہیں ہے)۔</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 is not empty (%2 holds %3 rows). Copy only into a new, empty database; nothing was written.</source>
        <translation>%1 خالی نہیں ہے (%2 میں %3 قطاریں ہیں)۔ صرف نئے، خالی ڈیٹابیس میں کاپی کریں؛ کچھ بھی نہیں لکھا گیا۔</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The two databases have different schema versions (%1 and %2).</source>
        <translation>دونوں ڈیٹابیسز کے اسکیما ورژن مختلف ہیں (%1 اور %2)۔</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Copying into %1 needs the owner of the server&apos;s database (the login that ran caravan-cli admin init-server, or the database&apos;s owner). Nothing was written.</source>
        <translation>%1 میں کاپی کرنے کے لیے سرور کے ڈیٹابیس کا مالک درکار ہے (وہ لاگ ان جس نے caravan-cli admin init-server چلایا تھا، یا ڈیٹابیس کا مالک)۔ کچھ بھی نہیں لکھا گیا۔</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>preparing the copy</source>
        <translation>کاپی کی تیاری</translation>
    </message>
    <message>
        <location line="-106"/>
        <source>copying %1</source>
        <translation>ٹیبل %1 کاپی کرنا</translation>
    </message>
    <message>
        <location line="-249"/>
        <source>The copy was cancelled; nothing was kept in %1.</source>
        <translation>کاپی منسوخ کر دی گئی؛ %1 میں کچھ بھی نہیں رکھا گیا۔</translation>
    </message>
    <message>
        <location line="+375"/>
        <location line="+10"/>
        <location line="+11"/>
        <source>finishing the copy</source>
        <translation>کاپی مکمل کرنا</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>The comparison was cancelled.</source>
        <translation>موازنہ منسوخ کر دیا گیا۔</translation>
    </message>
</context>
<context>
    <name>DemoCases</name>
    <message>
        <location filename="../core/sample/democases.cpp" line="+46"/>
        <source>The demo cases are missing from this build of Caravan.</source>
        <translation>Caravan کے اس بلڈ میں ڈیمو کیسز موجود نہیں ہیں۔</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The demo cases are already loaded: record number %1 is in use.</source>
        <translation>ڈیمو کیسز پہلے ہی لوڈ ہیں: ریکارڈ نمبر %1 استعمال میں ہے۔</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The demo documents hold the patients %1 instead of %2.</source>
        <translation>ڈیمو دستاویزات میں %2 کے بجائے مریض %1 ہیں۔</translation>
    </message>
</context>
<context>
    <name>Documents</name>
    <message>
        <location filename="../core/report/document.cpp" line="+19"/>
        <location filename="../core/report/referralsummary.cpp" line="+95"/>
        <source>Referral summary</source>
        <translation>ریفرل سمری</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../core/report/teleconsultation.cpp" line="+95"/>
        <source>Tele-consultation record</source>
        <translation>ٹیلی کنسلٹیشن ریکارڈ</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../core/report/visainvitation.cpp" line="+107"/>
        <source>Medical visa invitation letter</source>
        <translation>میڈیکل ویزا کے لیے دعوت نامہ</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>A document is made in one language or two, not %1.</source>
        <translation>دستاویز ایک یا دو زبانوں میں بنائی جاتی ہے، %1 زبانوں میں نہیں۔</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Unknown document language &quot;%1&quot;; use one or two of %2.</source>
        <translation>دستاویز کی نامعلوم زبان &quot;%1&quot;؛ %2 میں سے ایک یا دو استعمال کریں۔</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The language &quot;%1&quot; is given twice.</source>
        <translation>زبان &quot;%1&quot; دو بار دی گئی ہے۔</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Making a document needs the fonts of a QGuiApplication; this program runs without one.</source>
        <translation>دستاویز بنانے کے لیے QGuiApplication کے فونٹس درکار ہیں؛ یہ پروگرام اس کے بغیر چل رہا ہے۔</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The logo %1 cannot be read as an image; choose another file in Settings or leave it empty.</source>
        <translation>لوگو %1 تصویر کے طور پر نہیں پڑھا جا سکتا؛ ترتیبات میں کوئی اور فائل منتخب کریں یا اسے خالی چھوڑ دیں۔</translation>
    </message>
    <message>
        <location filename="../core/report/documentpages.cpp" line="+36"/>
        <source>Made on %1</source>
        <translation>تیاری کی تاریخ: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Page %1 of %2</source>
        <translation>صفحہ %1 از %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confidential medical information: for the physicians treating this patient only.</source>
        <translation>خفیہ طبی معلومات: صرف اس مریض کا علاج کرنے والے معالجین کے لیے۔</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confidential: for the consular officer and the persons named in this letter only.</source>
        <translation>خفیہ: صرف قونصلر افسر اور اس خط میں نامزد افراد کے لیے۔</translation>
    </message>
    <message>
        <location line="+147"/>
        <location line="+4"/>
        <location line="+32"/>
        <source>The pages could not be drawn on this device.</source>
        <translation>اس ڈیوائس پر صفحات نہیں بنائے جا سکے۔</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cannot write %1: it is a folder.</source>
        <translation>%1 میں لکھا نہیں جا سکتا: یہ ایک فولڈر ہے۔</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+23"/>
        <source>Cannot write %1: %2</source>
        <translation>%1 میں لکھا نہیں جا سکا: %2</translation>
    </message>
    <message>
        <location filename="../core/report/documentbuilder.cpp" line="+37"/>
        <source>not recorded</source>
        <translation>درج نہیں</translation>
    </message>
    <message>
        <location filename="../core/report/patientidentity.cpp" line="+16"/>
        <location filename="../core/report/visainvitation.cpp" line="+37"/>
        <source>Name (passport)</source>
        <translation>نام (پاسپورٹ)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name (native script)</source>
        <translation>نام (مقامی رسم الخط)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Record number</source>
        <translation>ریکارڈ نمبر</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../core/report/visainvitation.cpp" line="+1"/>
        <source>Birth date</source>
        <translation>تاریخ پیدائش</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sex</source>
        <translation>جنس</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nationality</source>
        <translation>قومیت</translation>
    </message>
    <message>
        <location filename="../core/report/referralsummary.cpp" line="+2"/>
        <location filename="../core/report/teleconsultation.cpp" line="+2"/>
        <location filename="../core/report/visainvitation.cpp" line="-23"/>
        <source>Patient</source>
        <translation>مریض</translation>
    </message>
    <message>
        <location line="+30"/>
        <location filename="../core/report/visainvitation.cpp" line="+44"/>
        <source>Diagnosis</source>
        <translation>تشخیص</translation>
    </message>
    <message>
        <location line="+172"/>
        <location line="+1"/>
        <location filename="../core/report/visainvitation.cpp" line="+12"/>
        <source>Coordinator</source>
        <translation>کوآرڈینیٹر</translation>
    </message>
</context>
<context>
    <name>Editor</name>
    <message>
        <location filename="../core/editing/editor.cpp" line="+32"/>
        <source>Delete patient %1</source>
        <translation>مریض %1 کو حذف کرنا</translation>
    </message>
    <message>
        <location filename="../core/editing/editor.h" line="+99"/>
        <source>This cannot be undone or redone: the %1 was deleted by someone else.</source>
        <translation>یہ واپس یا دوبارہ نہیں ہو سکتا: یہ %1 کسی اور نے حذف کر دیا۔</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This cannot be undone or redone: %1 changed the %2 after you did.</source>
        <translation>یہ واپس یا دوبارہ نہیں ہو سکتا: آپ کے بعد %1 نے یہ %2 بدل دیا۔</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Add %1</source>
        <translation>%1 کا اضافہ</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Change %1</source>
        <translation>%1 میں تبدیلی</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Delete %1</source>
        <translation>%1 کو حذف کرنا</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>This %1 was deleted by someone else; it cannot be changed.</source>
        <translation>یہ %1 کسی اور نے حذف کر دیا ہے؛ اسے بدلا نہیں جا سکتا۔</translation>
    </message>
</context>
<context>
    <name>ExportCommand</name>
    <message>
        <location filename="../core/commandline/exportcommand.cpp" line="-118"/>
        <source>Export for every patient (batch; -o names a folder).</source>
        <translation>ہر مریض کے لیے برآمد کریں (بیچ؛ -o فولڈر کا نام ہے)۔</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An image for the letterhead.</source>
        <translation>لیٹر ہیڈ کے لیے تصویر۔</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tele-consultation record: which consultation (id); default: the latest.</source>
        <translation>ٹیلی کنسلٹیشن ریکارڈ: کون سی کنسلٹیشن (id)؛ ڈیفالٹ: سب سے حالیہ۔</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invitation letter: the intended treatment.</source>
        <translation>دعوت نامہ: مجوزہ علاج۔</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+7"/>
        <source>TEXT</source>
        <translation>TEXT</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Invitation letter: first day of the stay (YYYY-MM-DD). copy-to: the database to copy (default: --database).</source>
        <translation>دعوت نامہ: قیام کا پہلا دن (YYYY-MM-DD)۔ copy-to: جس ڈیٹابیس کی کاپی بنانی ہے (ڈیفالٹ: --database)۔</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>VALUE</source>
        <translation>قدر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Invitation letter: last day of the stay.</source>
        <translation>دعوت نامہ: قیام کا آخری دن۔</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invitation letter: name and title under the signature line.</source>
        <translation>دعوت نامہ: دستخط کی لکیر کے نیچے نام اور عہدہ۔</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>  export summary|teleconsult|invitation --patient PATIENT --lang L[,L2] -o FILE.pdf
                                     a document as a PDF in one language or two
                                     (en, ur, kk, ru, zh_CN), its content attached as JSON;
                                     [--centre NAME] [--address TEXT] [--logo FILE]
                                     summary: [--passport]; teleconsult: [--visit ID];
                                     invitation: [--from DATE --to DATE] [--treatment TEXT]
                                     [--signatory TEXT]
  export KIND --patient A,B,C | --all --lang L -o FOLDER
                                     many patients at once, one file each, with a progress line
</source>
        <translation>  export summary|teleconsult|invitation --patient PATIENT --lang L[,L2] -o FILE.pdf
                                     ایک یا دو زبانوں میں PDF دستاویز
                                     (en, ur, kk, ru, zh_CN)، اس کا مواد JSON کی صورت میں منسلک؛
                                     [--centre NAME] [--address TEXT] [--logo FILE]
                                     summary: [--passport]; teleconsult: [--visit ID];
                                     invitation: [--from DATE --to DATE] [--treatment TEXT]
                                     [--signatory TEXT]
  export KIND --patient A,B,C | --all --lang L -o FOLDER
                                     ایک ساتھ کئی مریض، ہر ایک کی الگ فائل، پیش رفت کی لائن کے ساتھ
</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&quot;export&quot; makes one of: summary, teleconsult, invitation.</source>
        <translation>&quot;export&quot; ان میں سے ایک بناتا ہے: summary, teleconsult, invitation۔</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+38"/>
        <source>&quot;export %1&quot; needs --patient (or --all) and -o FILE.pdf.</source>
        <translation>&quot;export %1&quot; کے لیے --patient (یا --all) اور -o FILE.pdf درکار ہیں۔</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>--%1 &quot;%2&quot; is not a date; write it as YYYY-MM-DD.</source>
        <translation>--%1 &quot;%2&quot; تاریخ نہیں ہے؛ اسے YYYY-MM-DD کی صورت میں لکھیں۔</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>For many patients, -o names a folder; %1 is a file.</source>
        <translation>کئی مریضوں کے لیے -o فولڈر کا نام ہوتا ہے؛ %1 ایک فائل ہے۔</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot make the folder %1.</source>
        <translation>فولڈر %1 نہیں بنایا جا سکا۔</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Exported %1 of %2 (%3 failed) · %4 · %5 s</source>
        <translation>%2 میں سے %1 برآمد ہوئے (%3 ناکام) · %4 · %5 s</translation>
    </message>
</context>
<context>
    <name>Field</name>
    <message>
        <location filename="../core/domain/patient.h" line="+35"/>
        <source>Travels with the patient</source>
        <translation>مریض کے ہمراہ سفر</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>Arrival</source>
        <translation>آمد</translation>
    </message>
    <message>
        <location filename="../core/domain/clinicalrecords.h" line="+82"/>
        <source>Date</source>
        <translation>تاریخ</translation>
    </message>
    <message>
        <location filename="../core/domain/treatmentcourse.h" line="+140"/>
        <source>At this centre</source>
        <translation>اس سینٹر میں</translation>
    </message>
    <message>
        <location filename="../core/domain/clinicalrecords.h" line="-35"/>
        <source>Basis of diagnosis</source>
        <translation>تشخیص کی بنیاد</translation>
    </message>
    <message>
        <location filename="../core/domain/treatmentcourse.h" line="+3"/>
        <source>Best response</source>
        <translation>بہترین ریسپانس</translation>
    </message>
    <message>
        <location filename="../core/domain/patient.h" line="-82"/>
        <location line="+58"/>
        <source>Birth date</source>
        <translation>تاریخ پیدائش</translation>
    </message>
    <message>
        <location filename="../core/domain/clinicalrecords.h" line="+37"/>
        <source>Blasts (%)</source>
        <translation>بلاسٹس (%)</translation>
    </message>
    <message>
        <location filename="../core/domain/treatmentcourse.h" line="+15"/>
        <source>Apheresis</source>
        <translation>افیریسس</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cell dose</source>
        <translation>سیل ڈوز</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Highest CRS grade</source>
        <translation>CRS کا سب سے زیادہ گریڈ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Highest ICANS grade</source>
        <translation>ICANS کا سب سے زیادہ گریڈ</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Infusion (day 0)</source>
        <translation>انفیوژن (دن 0)</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Lymphodepletion ended</source>
        <translation>لمفو ڈیپلیشن کا اختتام</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Lymphodepletion regimen</source>
        <translation>لمفو ڈیپلیشن ریجیمن</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lymphodepletion started</source>
        <translation>لمفو ڈیپلیشن کا آغاز</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Product or trial</source>
        <translation>پروڈکٹ یا کلینیکل ٹرائل</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Steroids given</source>
        <translation>سٹیرائیڈز دیے گئے</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Target antigen</source>
        <translation>ٹارگٹ اینٹیجن</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Tocilizumab given</source>
        <translation>ٹوسیلیزوماب دیا گیا</translation>
    </message>
    <message>
        <location filename="../core/domain/patient.h" line="+23"/>
        <source>Case status</source>
        <translation>کیس کی صورتحال</translation>
    </message>
    <message>
        <location filename="../core/domain/treatmentcourse.h" line="-17"/>
        <source>Body surface area used (m²)</source>
        <translation>استعمال شدہ باڈی سرفیس ایریا (m²)</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Cycle length (days)</source>
        <translation>سائیکل کا دورانیہ (دن)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cycles</source>
        <translation>سائیکلز</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drugs and doses</source>
        <translation>ادویات اور خوراکیں</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Cycles given</source>
        <translation>دیے گئے سائیکلز</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Cycles planned</source>
        <translation>منصوبہ بند سائیکلز</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Regimen</source>
        <translation>ریجیمن</translation>
    </message>
    <message>
        <location filename="../core/domain/institution.h" line="+39"/>
        <source>City</source>
        <translation>شہر</translation>
    </message>
    <message>
        <location filename="../core/domain/patient.h" line="-9"/>
        <source>Companions and next of kin</source>
        <translation>ہمراہی اور قریبی رشتہ دار</translation>
    </message>
    <message>
        <location filename="../core/domain/institution.h" line="+2"/>
        <source>Contact person</source>
        <translation>رابطہ شخص</translation>
    </message>
    <message>
        <location filename="../core/domain/patient.h" line="+8"/>
        <source>Coordinator</source>
        <translation>کوآرڈینیٹر</translation>
    </message>
    <message>
        <location filename="../core/domain/institution.h" line="-3"/>
        <source>Country</source>
        <translation>ملک</translation>
    </message>
    <message>
        <location filename="../core/domain/clinicalrecords.h" line="-4"/>
        <source>Treatment assessed</source>
        <translation>جس علاج کا جائزہ لیا گیا</translation>
    </message>
    <message>
        <location filename="../core/domain/patient.h" line="+3"/>
        <source>Departure</source>
        <translation>روانگی</translation>
    </message>
    <message>
        <location filename="../core/domain/clinicalrecords.h" line="-34"/>
        <source>Date of diagnosis</source>
        <translation>تشخیص کی تاریخ</translation>
    </message>
    <message>
        <location filename="../core/domain/treatmentcourse.h" line="-16"/>
        <source>Diagnosis treated</source>
        <translation>زیرِ علاج تشخیص</translation>
    </message>
    <message>
        <location line="-89"/>
        <source>Dose given (mg)</source>
        <translation>دی گئی خوراک (mg)</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Dose per unit</source>
        <translation>فی یونٹ خوراک</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Drug</source>
        <translation>دوا</translation>
    </message>
    <message>
        <location filename="../core/domain/visit.h" line="+64"/>
        <source>Duration (minutes)</source>
        <translation>دورانیہ (منٹ)</translation>
    </message>
    <message>
        <location filename="../core/domain/institution.h" line="+5"/>
        <location filename="../core/domain/patient.h" line="-13"/>
        <source>E-mail</source>
        <translation>ای میل</translation>
    </message>
    <message>
        <location filename="../core/domain/treatmentcourse.h" line="+100"/>
        <source>End</source>
        <translation>اختتام</translation>
    </message>
    <message>
        <location filename="../core/domain/patient.h" line="-15"/>
        <source>Family name (passport)</source>
        <translation>خاندانی نام (پاسپورٹ)</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Family name</source>
        <translation>خاندانی نام</translation>
    </message>
    <message>
        <location filename="../core/domain/visit.h" line="+9"/>
        <source>Findings reviewed</source>
        <translation>زیرِ غور رپورٹس</translation>
    </message>
    <message>
        <location filename="../core/domain/patient.h" line="+3"/>
        <source>Given name (passport)</source>
        <translation>پہلا نام (پاسپورٹ)</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Given name</source>
        <translation>پہلا نام</translation>
    </message>
    <message>
        <location filename="../core/domain/treatmentcourse.h" line="+50"/>
        <source>Acute GVHD, highest grade</source>
        <translation>ایکیوٹ GVHD، سب سے زیادہ گریڈ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chronic GVHD</source>
        <translation>کرونک GVHD</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Conditioning intensity</source>
        <translation>کنڈیشننگ کی شدت</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Conditioning regimen</source>
        <translation>کنڈیشننگ ریجیمن</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Conditioning started</source>
        <translation>کنڈیشننگ کا آغاز</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Donor ABO</source>
        <translation>ڈونر ABO</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Donor registry</source>
        <translation>ڈونر رجسٹری</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Donor</source>
        <translation>ڈونر</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Donor sex</source>
        <translation>ڈونر کی جنس</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>HLA match</source>
        <translation>HLA میچ</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Stem-cell infusion (day 0)</source>
        <translation>اسٹیم سیل انفیوژن (دن 0)</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Transplant</source>
        <translation>ٹرانسپلانٹ</translation>
    </message>
    <message>
        <location line="-132"/>
        <source>Dose basis</source>
        <translation>خوراک کی بنیاد</translation>
    </message>
    <message>
        <location line="+146"/>
        <source>Neutrophil engraftment</source>
        <translation>نیوٹروفل انگرافٹمنٹ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Platelet engraftment</source>
        <translation>پلیٹلیٹ انگرافٹمنٹ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Left the protected unit</source>
        <translation>آئسولیشن یونٹ سے منتقلی</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Recipient ABO</source>
        <translation>وصول کنندہ ABO</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stem-cell source</source>
        <translation>اسٹیم سیل کا ماخذ</translation>
    </message>
    <message>
        <location filename="../core/domain/clinicalrecords.h" line="-4"/>
        <source>ICD-10 code</source>
        <translation>ICD-10 کوڈ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Diagnosis</source>
        <translation>تشخیص</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ICD-O-3 morphology</source>
        <translation>ICD-O-3 مورفولوجی</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ICD-O-3 topography</source>
        <translation>ICD-O-3 ٹوپوگرافی</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+35"/>
        <location filename="../core/domain/treatmentcourse.h" line="-39"/>
        <location filename="../core/domain/visit.h" line="-45"/>
        <location line="+39"/>
        <source>Institution</source>
        <translation>ادارہ</translation>
    </message>
    <message>
        <location filename="../core/domain/treatmentcourse.h" line="-6"/>
        <source>Intent</source>
        <translation>علاج کا مقصد</translation>
    </message>
    <message>
        <location filename="../core/domain/visit.h" line="+3"/>
        <source>Interpreter</source>
        <translation>مترجم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interpreter&apos;s language</source>
        <translation>مترجم کی زبان</translation>
    </message>
    <message>
        <location filename="../core/domain/patient.h" line="+14"/>
        <source>Needs an interpreter</source>
        <translation>مترجم درکار ہے</translation>
    </message>
    <message>
        <location filename="../core/domain/clinicalrecords.h" line="+27"/>
        <location filename="../core/domain/institution.h" line="-6"/>
        <source>Kind</source>
        <translation>قسم</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Marker</source>
        <translation>مارکر</translation>
    </message>
    <message>
        <location line="-66"/>
        <source>Laterality</source>
        <translation>جانب</translation>
    </message>
    <message>
        <location filename="../core/domain/visit.h" line="-6"/>
        <source>Our time zone</source>
        <translation>ہمارا ٹائم زون</translation>
    </message>
    <message>
        <location filename="../core/domain/patient.h" line="+3"/>
        <source>Messenger</source>
        <translation>میسنجر</translation>
    </message>
    <message>
        <location filename="../core/domain/clinicalrecords.h" line="+35"/>
        <source>Method</source>
        <translation>طریقہ</translation>
    </message>
    <message>
        <location filename="../core/domain/institution.h" line="-2"/>
        <location filename="../core/domain/patient.h" line="-76"/>
        <location filename="../core/domain/treatmentcourse.h" line="-1"/>
        <location filename="../core/domain/visit.h" line="-39"/>
        <source>Name</source>
        <translation>نام</translation>
    </message>
    <message>
        <location filename="../core/domain/patient.h" line="+1"/>
        <source>Name (passport)</source>
        <translation>نام (پاسپورٹ)</translation>
    </message>
    <message>
        <location filename="../core/domain/institution.h" line="+1"/>
        <source>Local name</source>
        <translation>مقامی نام</translation>
    </message>
    <message>
        <location filename="../core/domain/patient.h" line="+63"/>
        <source>Nationality</source>
        <translation>قومیت</translation>
    </message>
    <message>
        <location line="-60"/>
        <source>Next of kin</source>
        <translation>قریبی رشتہ دار</translation>
    </message>
    <message>
        <location filename="../core/domain/clinicalrecords.h" line="-32"/>
        <location line="+35"/>
        <location filename="../core/domain/patient.h" line="+85"/>
        <location filename="../core/domain/treatmentcourse.h" line="+10"/>
        <source>Notes</source>
        <translation>نوٹس</translation>
    </message>
    <message>
        <location filename="../core/domain/treatmentcourse.h" line="-120"/>
        <source>Cycle</source>
        <translation>سائیکل</translation>
    </message>
    <message>
        <location filename="../core/domain/visit.h" line="+43"/>
        <source>Participants</source>
        <translation>شرکاء</translation>
    </message>
    <message>
        <location filename="../core/domain/patient.h" line="-82"/>
        <location line="+60"/>
        <source>Passport issued by</source>
        <translation>پاسپورٹ جاری کرنے والا ملک</translation>
    </message>
    <message>
        <location line="-59"/>
        <location line="+60"/>
        <source>Passport expires</source>
        <translation>پاسپورٹ کی میعاد ختم</translation>
    </message>
    <message>
        <location line="-62"/>
        <location line="+60"/>
        <source>Passport number</source>
        <translation>پاسپورٹ نمبر</translation>
    </message>
    <message>
        <location filename="../core/domain/clinicalrecords.h" line="-47"/>
        <location line="+38"/>
        <location line="+32"/>
        <location filename="../core/domain/treatmentcourse.h" line="+106"/>
        <location filename="../core/domain/visit.h" line="-8"/>
        <source>Patient</source>
        <translation>مریض</translation>
    </message>
    <message>
        <location filename="../core/domain/institution.h" line="+6"/>
        <location filename="../core/domain/patient.h" line="-57"/>
        <location line="+65"/>
        <source>Phone</source>
        <translation>فون</translation>
    </message>
    <message>
        <location filename="../core/domain/patient.h" line="-2"/>
        <source>Preferred language</source>
        <translation>ترجیحی زبان</translation>
    </message>
    <message>
        <location filename="../core/domain/visit.h" line="+11"/>
        <source>Question</source>
        <translation>سوال</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Recommendations</source>
        <translation>سفارشات</translation>
    </message>
    <message>
        <location filename="../core/domain/patient.h" line="-15"/>
        <source>Record number</source>
        <translation>ریکارڈ نمبر</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Referring doctor</source>
        <translation>ریفر کرنے والا ڈاکٹر</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Referring institution</source>
        <translation>ریفر کرنے والا ادارہ</translation>
    </message>
    <message>
        <location line="-79"/>
        <source>Relation</source>
        <translation>رشتہ</translation>
    </message>
    <message>
        <location filename="../core/domain/visit.h" line="-9"/>
        <source>Partner&apos;s time zone</source>
        <translation>پارٹنر کا ٹائم زون</translation>
    </message>
    <message>
        <location filename="../core/domain/patient.h" line="+63"/>
        <source>Country of residence</source>
        <translation>رہائش کا ملک</translation>
    </message>
    <message>
        <location filename="../core/domain/clinicalrecords.h" line="-28"/>
        <source>Result</source>
        <translation>نتیجہ</translation>
    </message>
    <message>
        <location filename="../core/domain/visit.h" line="-39"/>
        <source>Role</source>
        <translation>کردار</translation>
    </message>
    <message>
        <location filename="../core/domain/patient.h" line="-3"/>
        <source>Sex</source>
        <translation>جنس</translation>
    </message>
    <message>
        <location filename="../core/domain/visit.h" line="+2"/>
        <source>Side</source>
        <translation>فریق</translation>
    </message>
    <message>
        <location filename="../core/domain/patient.h" line="+17"/>
        <source>Sponsor</source>
        <translation>اسپانسر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sponsor&apos;s reference</source>
        <translation>اسپانسر کا حوالہ نمبر</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Payer</source>
        <translation>ادائیگی کنندہ</translation>
    </message>
    <message>
        <location filename="../core/domain/clinicalrecords.h" line="-34"/>
        <source>Stage or risk group</source>
        <translation>اسٹیج یا رسک گروپ</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Staging system</source>
        <translation>اسٹیجنگ سسٹم</translation>
    </message>
    <message>
        <location filename="../core/domain/treatmentcourse.h" line="-105"/>
        <location line="+113"/>
        <source>Start</source>
        <translation>آغاز</translation>
    </message>
    <message>
        <location filename="../core/domain/visit.h" line="+34"/>
        <source>Date and time</source>
        <translation>تاریخ اور وقت</translation>
    </message>
    <message>
        <location filename="../core/domain/treatmentcourse.h" line="-2"/>
        <source>Status</source>
        <translation>صورتحال</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason for stopping</source>
        <translation>روکنے کی وجہ</translation>
    </message>
    <message>
        <location filename="../core/domain/visit.h" line="+11"/>
        <source>Summary</source>
        <translation>خلاصہ</translation>
    </message>
    <message>
        <location filename="../core/domain/clinicalrecords.h" line="+64"/>
        <source>Taken at</source>
        <translation>پیمائش کا وقت</translation>
    </message>
    <message>
        <location filename="../core/domain/institution.h" line="-2"/>
        <source>Time zone</source>
        <translation>ٹائم زون</translation>
    </message>
    <message>
        <location filename="../core/domain/treatmentcourse.h" line="-4"/>
        <location filename="../core/domain/visit.h" line="-12"/>
        <source>Type</source>
        <translation>قسم</translation>
    </message>
    <message>
        <location filename="../core/domain/clinicalrecords.h" line="+3"/>
        <source>Unit</source>
        <translation>یونٹ</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Value</source>
        <translation>قدر</translation>
    </message>
    <message>
        <location filename="../core/domain/patient.h" line="-7"/>
        <source>Visa expires</source>
        <translation>ویزا کی میعاد ختم</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Visa number</source>
        <translation>ویزا نمبر</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Visa type</source>
        <translation>ویزا کی قسم</translation>
    </message>
</context>
<context>
    <name>FieldCodec</name>
    <message>
        <location filename="../core/domain/fieldcodec.cpp" line="+23"/>
        <source>expected text</source>
        <translation>متن متوقع تھا</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&quot;%1&quot; is not a date (write it as YYYY-MM-DD)</source>
        <translation>&quot;%1&quot; تاریخ نہیں ہے (اسے YYYY-MM-DD کی صورت میں لکھیں)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&quot;%1&quot; is not a date and time (write it as YYYY-MM-DDTHH:MM:SSZ)</source>
        <translation>&quot;%1&quot; تاریخ اور وقت نہیں ہے (اسے YYYY-MM-DDTHH:MM:SSZ کی صورت میں لکھیں)</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>&quot;%1&quot; is not yes or no</source>
        <translation>&quot;%1&quot; ہاں یا نہیں کی قدر نہیں ہے</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&quot;%1&quot; is not a number</source>
        <translation>&quot;%1&quot; عدد نہیں ہے</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>expected a number</source>
        <translation>عدد متوقع تھا</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&quot;%1&quot; is not a whole number</source>
        <translation>&quot;%1&quot; عدد صحیح نہیں ہے</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 is out of range</source>
        <translation>%1 حد سے باہر ہے</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>expected a list</source>
        <translation>فہرست متوقع تھی</translation>
    </message>
    <message>
        <location filename="../core/domain/fieldcodec.h" line="+117"/>
        <source>&quot;%1&quot; is not one of: %2</source>
        <translation>&quot;%1&quot; ان میں سے کوئی نہیں ہے: %2</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>unknown field &quot;%1&quot;</source>
        <translation>نامعلوم فیلڈ &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>FieldEditors</name>
    <message>
        <location filename="../ui/editors/fieldeditors.cpp" line="+92"/>
        <source>e.g. PK</source>
        <translation>مثلاً PK</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Two-letter ISO country code: PK, KZ, KG, CN, RU, ...</source>
        <translation>ملک کا دو حرفی ISO کوڈ: PK, KZ, KG, CN, RU, ...</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>not recorded</source>
        <translation>درج نہیں</translation>
    </message>
    <message>
        <location line="+191"/>
        <source>Record #%1</source>
        <translation>ریکارڈ #%1</translation>
    </message>
</context>
<context>
    <name>Icd10Catalogue</name>
    <message>
        <location filename="../ui/editors/icd10catalogue.cpp" line="+151"/>
        <source>Code or words of the diagnosis, e.g. C91.0 or &quot;acute lymph&quot;</source>
        <translation>تشخیص کا کوڈ یا الفاظ، مثلاً C91.0 یا &quot;acute lymph&quot;</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <location filename="../core/domain/places.cpp" line="+12"/>
        <source>Urdu</source>
        <translation>اردو</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kazakh</source>
        <translation>قازق</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kyrgyz</source>
        <translation>کرغز</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Uzbek</source>
        <translation>ازبک</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tajik</source>
        <translation>تاجک</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pashto</source>
        <translation>پشتو</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Russian</source>
        <translation>روسی</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chinese</source>
        <translation>چینی</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>English</source>
        <translation>انگریزی</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mongolian</source>
        <translation>منگولین</translation>
    </message>
</context>
<context>
    <name>MeasurementChart</name>
    <message>
        <location filename="../core/painting/measurementchartpainter.cpp" line="+20"/>
        <source>Blasts (%)</source>
        <translation>بلاسٹس (%)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ANC and platelets (× 10⁹/L)</source>
        <translation>ANC اور پلیٹلیٹس (× 10⁹/L)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ANC</source>
        <translation>ANC</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Platelets</source>
        <translation>پلیٹلیٹس</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weight (kg)</source>
        <translation>وزن (kg)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ANC and platelets around day 0 (× 10⁹/L)</source>
        <translation>دن 0 کے آس پاس ANC اور پلیٹلیٹس (× 10⁹/L)</translation>
    </message>
</context>
<context>
    <name>PasswordKeychain</name>
    <message>
        <location filename="../ui/connection/passwordkeychain.cpp" line="+30"/>
        <source>the keychain did not answer</source>
        <translation>کی چین نے جواب نہیں دیا</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The password could not be kept in the system keychain (%1); you will be asked for it next time.</source>
        <translation>پاس ورڈ سسٹم کی کی چین میں محفوظ نہیں ہو سکا (%1)؛ اگلی بار آپ سے دوبارہ پوچھا جائے گا۔</translation>
    </message>
</context>
<context>
    <name>PatientCsvImport</name>
    <message>
        <location filename="../core/interop/patientcsvimport.cpp" line="+21"/>
        <source>The file %1 cannot be read: %2</source>
        <translation>فائل %1 پڑھی نہیں جا سکتی: %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Line %1: %2</source>
        <translation>سطر %1: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The file is empty.</source>
        <translation>فائل خالی ہے۔</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Unknown column &quot;%1&quot; in the header. Known columns: %2</source>
        <translation>ہیڈر میں نامعلوم کالم &quot;%1&quot;۔ معلوم کالم: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The header has no record_number column.</source>
        <translation>ہیڈر میں record_number کالم نہیں ہے۔</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The row has %1 fields but the header has %2.</source>
        <translation>اس قطار میں %1 فیلڈز ہیں لیکن ہیڈر میں %2۔</translation>
    </message>
</context>
<context>
    <name>PdfDocumentInfo</name>
    <message>
        <location filename="../core/report/pdfdocumentinfo.cpp" line="+435"/>
        <source>“%1” is not a language tag such as en, ur-PK or zh-CN.</source>
        <translation>&quot;%1&quot; زبان کا ٹیگ نہیں ہے (مثلاً en، ur-PK یا zh-CN)۔</translation>
    </message>
    <message>
        <location line="+99"/>
        <source>Cannot read %1: %2</source>
        <translation>%1 کو پڑھا نہیں جا سکا: %2</translation>
    </message>
    <message>
        <location line="-95"/>
        <source>%1 is not a PDF file.</source>
        <translation>%1 PDF فائل نہیں ہے۔</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 stores its cross-reference table as a compressed stream; its document information cannot be updated.</source>
        <translation>%1 اپنا کراس ریفرنس ٹیبل کمپریسڈ اسٹریم کی صورت میں رکھتی ہے؛ اس کی دستاویزی معلومات اپ ڈیٹ نہیں کی جا سکتیں۔</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is encrypted; its document information cannot be updated.</source>
        <translation>%1 انکرپٹڈ ہے؛ اس کی دستاویزی معلومات اپ ڈیٹ نہیں کی جا سکتیں۔</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 cannot be updated: its cross-reference table is missing or damaged.</source>
        <translation>%1 اپ ڈیٹ نہیں کی جا سکتی: اس کا کراس ریفرنس ٹیبل موجود نہیں یا خراب ہے۔</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 cannot be updated: its document catalog is missing or damaged.</source>
        <translation>%1 اپ ڈیٹ نہیں کی جا سکتی: اس کا دستاویزی کیٹلاگ موجود نہیں یا خراب ہے۔</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>Cannot write %1: %2</source>
        <translation>%1 میں لکھا نہیں جا سکا: %2</translation>
    </message>
</context>
<context>
    <name>QGuiApplication</name>
    <message>
        <location filename="languages.cpp" line="+11"/>
        <source>QT_LAYOUT_DIRECTION</source>
        <translation>RTL</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../ui/record/recordeditors.cpp" line="+25"/>
        <source>Caravan</source>
        <translation>Caravan</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Records of this kind cannot be deleted here.</source>
        <translation>اس قسم کے ریکارڈ یہاں حذف نہیں کیے جا سکتے۔</translation>
    </message>
</context>
<context>
    <name>RecordForm</name>
    <message>
        <location filename="../ui/editors/recordform.cpp" line="+37"/>
        <source>Chemotherapy</source>
        <translation>کیمو تھراپی</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CAR-T cell therapy</source>
        <translation>سی اے آر ٹی سیل تھراپی</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stem-cell transplant</source>
        <translation>اسٹیم سیل ٹرانسپلانٹ</translation>
    </message>
</context>
<context>
    <name>RecordJsonImport</name>
    <message>
        <location filename="../core/interop/recordjsonimport.cpp" line="+86"/>
        <source>%1 #%2: expected a JSON object</source>
        <translation>%1 #%2: JSON آبجیکٹ متوقع تھا</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 #%2: unknown field &quot;%3&quot;</source>
        <translation>%1 #%2: نامعلوم فیلڈ &quot;%3&quot;</translation>
    </message>
    <message>
        <location line="+40"/>
        <location line="+4"/>
        <source>%1, %2: %3</source>
        <translation>%1، %2: %3</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+252"/>
        <source>%1 is larger than %2 MB; it is not imported.</source>
        <translation>%1 کا سائز %2 MB سے زیادہ ہے؛ اسے درآمد نہیں کیا گیا۔</translation>
    </message>
    <message>
        <location line="-246"/>
        <source>%1, line %2: this is not valid JSON (%3).</source>
        <translation>%1، سطر %2: یہ درست JSON نہیں ہے (%3)۔</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: expected a JSON object with a &quot;patient&quot; record (as caravan-cli show prints it) or a list of &quot;institutions&quot;.</source>
        <translation>%1: ایسا JSON آبجیکٹ متوقع تھا جس میں &quot;patient&quot; ریکارڈ ہو (جیسا caravan-cli show دکھاتا ہے) یا &quot;institutions&quot; کی فہرست ہو۔</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: unknown field &quot;%2&quot; (a document may have: %3).</source>
        <translation>%1: نامعلوم فیلڈ &quot;%2&quot; (دستاویز میں یہ فیلڈز ہو سکتے ہیں: %3)۔</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1: &quot;%2&quot; without the &quot;patient&quot; they belong to.</source>
        <translation>%1: &quot;%2&quot; موجود ہیں لیکن وہ &quot;patient&quot; نہیں جس سے ان کا تعلق ہے۔</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>expected a list (a JSON array)</source>
        <translation>فہرست (JSON array) متوقع تھی</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>patient %1</source>
        <translation>مریض %1</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>expected a JSON object</source>
        <translation>JSON آبجیکٹ متوقع تھا</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>%1: %2 is not the id of this record&apos;s patient (%3)</source>
        <translation>%1: %2 اس ریکارڈ کے مریض کی id نہیں ہے (%3)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1: refers to institution %2, which is not among the imported institutions</source>
        <translation>%1: ادارہ %2 کا حوالہ دیتا ہے، جو درآمد کیے جانے والے اداروں میں شامل نہیں</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: refers to diagnosis %2, which is not among this record&apos;s diagnoses</source>
        <translation>%1: تشخیص %2 کا حوالہ دیتا ہے، جو اس ریکارڈ کی تشخیصوں میں شامل نہیں</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: refers to treatment course %2, which is not among this record&apos;s treatment courses (or comes after this record)</source>
        <translation>%1: علاج کے کورس %2 کا حوالہ دیتا ہے، جو اس ریکارڈ کے علاج کے کورسز میں شامل نہیں (یا اس ریکارڈ کے بعد آتا ہے)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: references to %2 records cannot be imported</source>
        <translation>%1: %2 ریکارڈز کے حوالے درآمد نہیں کیے جا سکتے</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&quot;%1&quot; must be a list (a JSON array)</source>
        <translation>&quot;%1&quot; ایک فہرست (JSON array) ہونی چاہیے</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>id %1 is used twice</source>
        <translation>id %1 دو بار استعمال ہوئی ہے</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The file %1 cannot be read: %2</source>
        <translation>فائل %1 پڑھی نہیں جا سکتی: %2</translation>
    </message>
</context>
<context>
    <name>RecordKind</name>
    <message>
        <location filename="../core/domain/patient.h" line="-52"/>
        <source>patient</source>
        <translation>مریض</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Patients</source>
        <translation>مریض</translation>
    </message>
    <message>
        <location filename="../core/domain/institution.h" line="-25"/>
        <source>institution</source>
        <translation>ادارہ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partner institutions</source>
        <translation>شراکت دار ادارے</translation>
    </message>
    <message>
        <location filename="../core/domain/clinicalrecords.h" line="-96"/>
        <source>diagnosis</source>
        <translation>تشخیص</translation>
    </message>
    <message>
        <location filename="../core/domain/treatmentcourse.h" line="-35"/>
        <source>treatment course</source>
        <translation>علاج کا کورس</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Treatments</source>
        <translation>علاج</translation>
    </message>
    <message>
        <location filename="../core/domain/clinicalrecords.h" line="+1"/>
        <source>Diagnoses</source>
        <translation>تشخیصات</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>assessment</source>
        <translation>جائزہ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assessments</source>
        <translation>جائزے</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>measurement</source>
        <translation>پیمائش</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Measurements</source>
        <translation>پیمائشیں</translation>
    </message>
    <message>
        <location filename="../core/domain/visit.h" line="-25"/>
        <source>visit</source>
        <translation>وزٹ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Visits</source>
        <translation>وزٹس</translation>
    </message>
</context>
<context>
    <name>ReferralSummary</name>
    <message>
        <location filename="../core/report/referralsummary.cpp" line="-275"/>
        <location line="+75"/>
        <source>Passport</source>
        <translation>پاسپورٹ</translation>
    </message>
    <message>
        <location line="-74"/>
        <location line="+78"/>
        <source>Visa</source>
        <translation>ویزا</translation>
    </message>
    <message>
        <location line="-77"/>
        <location line="+84"/>
        <source>Referral</source>
        <translation>ریفرل</translation>
    </message>
    <message>
        <location line="-83"/>
        <location line="+84"/>
        <source>Referring institution</source>
        <translation>ریفر کرنے والا ادارہ</translation>
    </message>
    <message>
        <location line="-83"/>
        <location line="+85"/>
        <source>Referring doctor</source>
        <translation>ریفر کرنے والا ڈاکٹر</translation>
    </message>
    <message>
        <location line="-84"/>
        <location line="+86"/>
        <source>Diagnoses</source>
        <translation>تشخیصات</translation>
    </message>
    <message>
        <location line="-85"/>
        <location line="+96"/>
        <source>ICD-10</source>
        <translation>ICD-10</translation>
    </message>
    <message>
        <location line="-95"/>
        <location line="+96"/>
        <source>Diagnosed</source>
        <translation>تشخیص کی تاریخ</translation>
    </message>
    <message>
        <location line="-95"/>
        <location line="+95"/>
        <source>Stage</source>
        <translation>اسٹیج</translation>
    </message>
    <message>
        <location line="-94"/>
        <location line="+98"/>
        <source>Treatment history</source>
        <translation>سابقہ علاج</translation>
    </message>
    <message>
        <location line="-97"/>
        <location line="+124"/>
        <location line="+135"/>
        <source>Type</source>
        <translation>قسم</translation>
    </message>
    <message>
        <location line="-258"/>
        <location line="+123"/>
        <source>Treatment</source>
        <translation>علاج</translation>
    </message>
    <message>
        <location line="-122"/>
        <location line="+123"/>
        <source>Where</source>
        <translation>مقام</translation>
    </message>
    <message>
        <location line="-122"/>
        <location line="+122"/>
        <source>Dates</source>
        <translation>تاریخیں</translation>
    </message>
    <message>
        <location line="-121"/>
        <location line="+122"/>
        <source>Cycles</source>
        <translation>سائیکلز</translation>
    </message>
    <message>
        <location line="-121"/>
        <location line="+122"/>
        <source>Best response</source>
        <translation>بہترین ریسپانس</translation>
    </message>
    <message>
        <location line="-121"/>
        <source>this centre</source>
        <translation>ہمارا سینٹر</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+124"/>
        <source>Key events</source>
        <translation>اہم واقعات</translation>
    </message>
    <message>
        <location line="-123"/>
        <location line="+132"/>
        <location line="+119"/>
        <source>Date</source>
        <translation>تاریخ</translation>
    </message>
    <message>
        <location line="-250"/>
        <location line="+131"/>
        <source>Result</source>
        <translation>نتیجہ</translation>
    </message>
    <message>
        <location line="-130"/>
        <location line="+131"/>
        <source>Method</source>
        <translation>طریقہ</translation>
    </message>
    <message>
        <location line="-130"/>
        <location line="+130"/>
        <source>Blasts %</source>
        <translation>بلاسٹس %</translation>
    </message>
    <message>
        <location line="-129"/>
        <location line="+148"/>
        <source>CAR-T therapy</source>
        <translation>سی اے آر ٹی سیل تھراپی</translation>
    </message>
    <message>
        <location line="-147"/>
        <location line="+153"/>
        <source>Target</source>
        <translation>ٹارگٹ اینٹیجن</translation>
    </message>
    <message>
        <location line="-152"/>
        <location line="+153"/>
        <source>Product</source>
        <translation>پروڈکٹ</translation>
    </message>
    <message>
        <location line="-152"/>
        <location line="+154"/>
        <location line="+40"/>
        <source>Infusion (day 0)</source>
        <translation>انفیوژن (دن 0)</translation>
    </message>
    <message>
        <location line="-193"/>
        <location line="+154"/>
        <source>CRS grade</source>
        <translation>CRS گریڈ</translation>
    </message>
    <message>
        <location line="-153"/>
        <location line="+154"/>
        <source>ICANS grade</source>
        <translation>ICANS گریڈ</translation>
    </message>
    <message>
        <location line="-153"/>
        <location line="+160"/>
        <source>Stem cell transplant</source>
        <translation>اسٹیم سیل ٹرانسپلانٹ</translation>
    </message>
    <message>
        <location line="-159"/>
        <location line="+185"/>
        <source>Donor</source>
        <translation>ڈونر</translation>
    </message>
    <message>
        <location line="-184"/>
        <location line="+185"/>
        <source>HLA match</source>
        <translation>HLA میچ</translation>
    </message>
    <message>
        <location line="-184"/>
        <location line="+185"/>
        <source>Stem cell source</source>
        <translation>اسٹیم سیل کا ماخذ</translation>
    </message>
    <message>
        <location line="-184"/>
        <location line="+186"/>
        <source>Conditioning</source>
        <translation>کنڈیشننگ</translation>
    </message>
    <message>
        <location line="-185"/>
        <location line="+187"/>
        <source>Neutrophil engraftment</source>
        <translation>نیوٹروفل انگرافٹمنٹ</translation>
    </message>
    <message>
        <location line="-186"/>
        <location line="+189"/>
        <source>Platelet engraftment</source>
        <translation>پلیٹلیٹ انگرافٹمنٹ</translation>
    </message>
    <message>
        <location line="-188"/>
        <location line="+191"/>
        <source>Acute GVHD grade</source>
        <translation>ایکیوٹ GVHD گریڈ</translation>
    </message>
    <message>
        <location line="-190"/>
        <location line="+191"/>
        <source>Chronic GVHD</source>
        <translation>کرونک GVHD</translation>
    </message>
    <message>
        <location line="-190"/>
        <location line="+198"/>
        <source>Current status</source>
        <translation>موجودہ صورتحال</translation>
    </message>
    <message>
        <location line="-197"/>
        <location line="+209"/>
        <source>Case status</source>
        <translation>کیس کی صورتحال</translation>
    </message>
    <message>
        <location line="-208"/>
        <location line="+209"/>
        <source>Arrival</source>
        <translation>آمد</translation>
    </message>
    <message>
        <location line="-208"/>
        <location line="+209"/>
        <source>Departure</source>
        <translation>روانگی</translation>
    </message>
    <message>
        <location line="-208"/>
        <location line="+215"/>
        <source>Recent visits</source>
        <translation>حالیہ وزٹس</translation>
    </message>
    <message>
        <location line="-214"/>
        <location line="+228"/>
        <source>Summary</source>
        <translation>خلاصہ</translation>
    </message>
    <message>
        <location line="-227"/>
        <location line="+115"/>
        <source>Timeline</source>
        <translation>ٹائم لائن</translation>
    </message>
    <message>
        <location line="-114"/>
        <location line="+120"/>
        <source>Measurements</source>
        <translation>پیمائشیں</translation>
    </message>
    <message>
        <location line="-119"/>
        <location line="+205"/>
        <source>Planned and ongoing treatment</source>
        <translation>منصوبہ بند اور جاری علاج</translation>
    </message>
    <message>
        <location line="-204"/>
        <location line="+206"/>
        <source>Next appointment</source>
        <translation>اگلی ملاقات</translation>
    </message>
</context>
<context>
    <name>ServerAccounts</name>
    <message>
        <location filename="../core/storage/serveraccounts.cpp" line="+62"/>
        <source>staff</source>
        <translation>اسٹاف</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>coordinator</source>
        <translation>کوآرڈینیٹر</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>doctor</source>
        <translation>ڈاکٹر</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>administrator</source>
        <translation>ایڈمنسٹریٹر</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+110"/>
        <source>People and roles live on a centre&apos;s PostgreSQL server; this database is a file on one desk.</source>
        <translation>لوگ اور ان کے کردار سینٹر کے PostgreSQL سرور پر ہوتے ہیں؛ یہ ڈیٹابیس صرف ایک کمپیوٹر پر رکھی فائل ہے۔</translation>
    </message>
    <message>
        <location line="-106"/>
        <source>&quot;%1&quot; cannot be a login name: use lower-case Latin letters, digits, &quot;.&quot;, &quot;-&quot; or &quot;_&quot;, starting with a letter (for example aigul.bekova).</source>
        <translation>&quot;%1&quot; لاگ ان نام نہیں ہو سکتا: چھوٹے لاطینی حروف (a-z)، ہندسے، &quot;.&quot;، &quot;-&quot; یا &quot;_&quot; استعمال کریں، اور نام کسی حرف سے شروع ہو (مثلاً aigul.bekova)۔</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;%1&quot; is reserved for the server itself.</source>
        <translation>&quot;%1&quot; خود سرور کے لیے مخصوص ہے۔</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The server connection is not open.</source>
        <translation>سرور سے کنکشن کھلا نہیں ہے۔</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The password could not be prepared for the server: %1</source>
        <translation>سرور کے لیے پاس ورڈ تیار نہیں کیا جا سکا: %1</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The server did not answer while %1.</source>
        <translation>سرور نے جواب نہیں دیا (%1)۔</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>looking up %1</source>
        <translation>%1 کی تلاش</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>There is already a login called %1 on this server.</source>
        <translation>اس سرور پر %1 نام کا لاگ ان پہلے سے موجود ہے۔</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+4"/>
        <source>adding %1</source>
        <translation>%1 کا اضافہ</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>A password needs at least 10 characters.</source>
        <translation>پاس ورڈ میں کم از کم 10 حروف ہونے چاہییں۔</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>setting the password of %1</source>
        <translation>%1 کا پاس ورڈ سیٹ کرنا</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+4"/>
        <location line="+5"/>
        <source>changing the role of %1</source>
        <translation>%1 کا کردار تبدیل کرنا</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>disabling %1</source>
        <translation>%1 کو غیر فعال کرنا</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>listing the people of the centre</source>
        <translation>سینٹر کے لوگوں کی فہرست بنانا</translation>
    </message>
</context>
<context>
    <name>ServerLogin</name>
    <message>
        <location filename="../ui/connection/serverlogin.cpp" line="+46"/>
        <source>Server password</source>
        <translation>سرور کا پاس ورڈ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password:</source>
        <translation>پاس ورڈ:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not connected: no password was given for %1.</source>
        <translation>کنیکٹ نہیں ہوا: %1 کے لیے پاس ورڈ نہیں دیا گیا۔</translation>
    </message>
</context>
<context>
    <name>Store</name>
    <message numerus="yes">
        <location filename="../core/storage/store.cpp" line="+110"/>
        <source>The record was not saved: %n rule(s) not met.</source>
        <translation>
            <numerusform>ریکارڈ محفوظ نہیں ہوا: %n شرط پوری نہیں ہوئی۔</numerusform>
            <numerusform>ریکارڈ محفوظ نہیں ہوا: %n شرائط پوری نہیں ہوئیں۔</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>reading the patient</source>
        <translation>مریض کا ڈیٹا پڑھنا</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>There is no patient with id %1.</source>
        <translation>id %1 والا کوئی مریض موجود نہیں۔</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The record number %1 is already used by another patient.</source>
        <translation>ریکارڈ نمبر %1 پہلے ہی کسی دوسرے مریض کے لیے استعمال ہو چکا ہے۔</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Already used by another patient.</source>
        <translation>پہلے ہی کسی دوسرے مریض کے لیے استعمال ہو چکا ہے۔</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>putting a record back</source>
        <translation>ریکارڈ کی بحالی</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>saving a new %1</source>
        <translation>نیا %1 ریکارڈ محفوظ کرنا</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The database did not return the new record&apos;s id.</source>
        <translation>ڈیٹابیس نے نئے ریکارڈ کی id واپس نہیں کی۔</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>saving the %1</source>
        <translation>%1 ریکارڈ محفوظ کرنا</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This record was changed by someone else after you opened it. Reopen it and try again.</source>
        <translation>آپ کے کھولنے کے بعد کسی اور نے یہ ریکارڈ تبدیل کر دیا۔ اسے دوبارہ کھولیں اور پھر کوشش کریں۔</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>This record is still referred to by other records (for example a diagnosis by its treatment courses). Delete or relink those first.</source>
        <translation>دوسرے ریکارڈز اب بھی اس ریکارڈ کا حوالہ دیتے ہیں (مثلاً کسی تشخیص کا حوالہ اس کے علاج کے کورسز دیتے ہیں)۔ پہلے انہیں حذف کریں یا کسی اور ریکارڈ سے منسلک کریں۔</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>deleting</source>
        <translation>حذف کرنا</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>reading a %1</source>
        <translation>%1 ریکارڈ پڑھنا</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>There is no %1 with id %2.</source>
        <translation>id %2 والا کوئی %1 ریکارڈ موجود نہیں۔</translation>
    </message>
    <message>
        <location line="+75"/>
        <location line="+18"/>
        <source>writing the audit trail</source>
        <translation>آڈٹ ٹریل لکھنا</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>someone else</source>
        <translation>کسی اور</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 at %2</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../core/storage/store.h" line="+142"/>
        <source>A stored %1 record (id %2) cannot be read: %3</source>
        <translation>محفوظ شدہ %1 ریکارڈ (id %2) پڑھا نہیں جا سکتا: %3</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>Record %1 of %2: %3</source>
        <translation>%2 میں سے ریکارڈ %1: %3</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>This %1 was deleted by someone else; it cannot be changed.</source>
        <translation>یہ %1 کسی اور نے حذف کر دیا ہے؛ اسے بدلا نہیں جا سکتا۔</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This %1 was changed by %2 after you opened it. Reopen it to see the change, then make yours again.</source>
        <translation>آپ کے کھولنے کے بعد %2 نے یہ %1 بدل دیا۔ تبدیلی دیکھنے کے لیے اسے دوبارہ کھولیں، پھر اپنی تبدیلی دوبارہ کریں۔</translation>
    </message>
</context>
<context>
    <name>SyntheticCentre</name>
    <message>
        <location filename="../core/synthetic/syntheticcentre.cpp" line="+148"/>
        <source>Synthetic institution %1: %2</source>
        <translation>مصنوعی ادارہ %1: %2</translation>
    </message>
    <message>
        <location filename="../core/synthetic/syntheticgenerator.h" line="+242"/>
        <source>Synthetic patient %1, %2 record: %3</source>
        <translation>مصنوعی مریض %1، %2 ریکارڈ: %3</translation>
    </message>
    <message>
        <location filename="../core/synthetic/syntheticrecords.cpp" line="+99"/>
        <source>Synthetic patient %1, measurements: %2</source>
        <translation>مصنوعی مریض %1، پیمائشیں: %2</translation>
    </message>
</context>
<context>
    <name>TeleConsultationRecord</name>
    <message>
        <location filename="../core/report/teleconsultation.cpp" line="-76"/>
        <location line="+79"/>
        <source>Consultation</source>
        <translation>کنسلٹیشن</translation>
    </message>
    <message>
        <location line="-78"/>
        <location line="+83"/>
        <source>Time at this centre</source>
        <translation>ہمارے سینٹر کا وقت</translation>
    </message>
    <message>
        <location line="-82"/>
        <location line="+84"/>
        <source>Time at the partner</source>
        <translation>پارٹنر کا وقت</translation>
    </message>
    <message>
        <location line="-83"/>
        <location line="+85"/>
        <source>Duration</source>
        <translation>دورانیہ</translation>
    </message>
    <message>
        <location line="-84"/>
        <location line="+86"/>
        <source>Partner institution</source>
        <translation>شراکت دار ادارہ</translation>
    </message>
    <message>
        <location line="-85"/>
        <location line="+86"/>
        <source>Interpreter</source>
        <translation>مترجم</translation>
    </message>
    <message>
        <location line="-85"/>
        <location line="+87"/>
        <source>Participants</source>
        <translation>شرکاء</translation>
    </message>
    <message>
        <location line="-86"/>
        <location line="+97"/>
        <source>Name</source>
        <translation>نام</translation>
    </message>
    <message>
        <location line="-96"/>
        <location line="+97"/>
        <source>Role</source>
        <translation>کردار</translation>
    </message>
    <message>
        <location line="-96"/>
        <location line="+97"/>
        <source>Institution</source>
        <translation>ادارہ</translation>
    </message>
    <message>
        <location line="-96"/>
        <location line="+97"/>
        <source>Side</source>
        <translation>فریق</translation>
    </message>
    <message>
        <location line="-96"/>
        <location line="+101"/>
        <source>Question</source>
        <translation>سوال</translation>
    </message>
    <message>
        <location line="-100"/>
        <location line="+101"/>
        <source>Findings reviewed</source>
        <translation>جائزہ لیے گئے نتائج</translation>
    </message>
    <message>
        <location line="-100"/>
        <location line="+101"/>
        <source>Opinion</source>
        <translation>ماہرانہ رائے</translation>
    </message>
    <message>
        <location line="-100"/>
        <location line="+101"/>
        <source>Recommendations</source>
        <translation>سفارشات</translation>
    </message>
    <message>
        <location line="-100"/>
        <source>%1 min</source>
        <translation>%1 منٹ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This patient has no tele-consultation recorded.</source>
        <translation>اس مریض کی کوئی ٹیلی کنسلٹیشن درج نہیں۔</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This patient has no tele-consultation with the number %1.</source>
        <translation>اس مریض کی نمبر %1 والی کوئی ٹیلی کنسلٹیشن موجود نہیں۔</translation>
    </message>
</context>
<context>
    <name>TimelineModel</name>
    <message>
        <location filename="../core/timeline/timelinemodel.cpp" line="+114"/>
        <source>Diagnosis and status</source>
        <translation>تشخیص اور صورتحال</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Diagnosis %1</source>
        <translation>تشخیص %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Diagnosis: %1 %2
Diagnosed on %3
Stage: %4</source>
        <translation>تشخیص: %1 %2
تشخیص کی تاریخ: %3
اسٹیج: %4</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not recorded</source>
        <translation>درج نہیں</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Active disease</source>
        <translation>فعال بیماری</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Active disease from %1 (diagnosis)</source>
        <translation>فعال بیماری %1 سے (تشخیص)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 on %2
%3</source>
        <translation>%1 بتاریخ %2
%3</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Remission</source>
        <translation>ریمیشن</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Relapse</source>
        <translation>ری لیپس</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remission from %1 (%2)</source>
        <translation>ریمیشن %1 سے (%2)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Relapse from %1 (%2)</source>
        <translation>ری لیپس %1 سے (%2)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Treatments</source>
        <translation>علاج</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>%1: %2
%3 – %4
Status: %5; intent: %6; best response: %7
%8</source>
        <translation>%1: %2
%3 – %4
صورتحال: %5؛ مقصد: %6؛ بہترین ریسپانس: %7
%8</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ongoing</source>
        <translation>جاری</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>At this centre</source>
        <translation>اس سینٹر میں</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Elsewhere / abroad</source>
        <translation>کہیں اور / بیرونِ ملک</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cycle %1</source>
        <translation>سائیکل %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1, cycle %2
%3 – %4</source>
        <translation>%1، سائیکل %2
%3 – %4</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Apheresis</source>
        <translation>افیریسس</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apheresis on %1</source>
        <translation>افیریسس بتاریخ %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lymphodepletion</source>
        <translation>لمفو ڈیپلیشن</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lymphodepletion %1 – %2
%3</source>
        <translation>لمفو ڈیپلیشن %1 – %2
%3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>CAR-T infusion (Day 0)</source>
        <translation>CAR-T انفیوژن (دن 0)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CAR-T infusion on %1 (Day 0)
%2 %3
Cell dose: %4</source>
        <translation>CAR-T انفیوژن بتاریخ %1 (دن 0)
%2 %3
سیل ڈوز: %4</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Conditioning</source>
        <translation>کنڈیشننگ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Conditioning from %1
%2 (%3)</source>
        <translation>کنڈیشننگ %1 سے
%2 (%3)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Transplant (Day 0)</source>
        <translation>ٹرانسپلانٹ (دن 0)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stem-cell infusion on %1 (Day 0)
%2, %3, HLA %4</source>
        <translation>اسٹیم سیل انفیوژن بتاریخ %1 (دن 0)
%2، %3، HLA %4</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ANC engrafted</source>
        <translation>نیوٹروفل انگرافٹمنٹ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Neutrophil engraftment on %1 (%2): ANC ≥ %3 × 10⁹/L</source>
        <translation>نیوٹروفل انگرافٹمنٹ بتاریخ %1 (%2): ANC ≥ %3 × 10⁹/L</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>PLT engrafted</source>
        <translation>پلیٹلیٹ انگرافٹمنٹ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Platelet engraftment on %1 (%2): platelets ≥ %3 × 10⁹/L</source>
        <translation>پلیٹلیٹ انگرافٹمنٹ بتاریخ %1 (%2): پلیٹلیٹس ≥ %3 × 10⁹/L</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Unit discharge</source>
        <translation>آئسولیشن یونٹ سے ڈسچارج</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discharged from the protected unit on %1 (%2)</source>
        <translation>آئسولیشن یونٹ سے ڈسچارج بتاریخ %1 (%2)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: %2 (%3)</source>
        <translation>%1: %2 (%3)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Assessments</source>
        <translation>جائزے</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Assessment on %1: %2
Method: %3</source>
        <translation>جائزہ بتاریخ %1: %2
طریقہ: %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Blasts: %1%</source>
        <translation>بلاسٹس: %1%</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Visits and tele-consultations</source>
        <translation>وزٹس اور ٹیلی کنسلٹیشنز</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 on %2 (%3 min)</source>
        <translation>%1 بتاریخ %2 (%3 منٹ)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Stay at the centre</source>
        <translation>سینٹر میں قیام</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Arrived %1, departed %2</source>
        <translation>آمد %1، روانگی %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not yet</source>
        <translation>ابھی نہیں</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stay abroad</source>
        <translation>بیرونِ ملک قیام</translation>
    </message>
</context>
<context>
    <name>TimelinePainter</name>
    <message>
        <location filename="../core/painting/timelinepainter.cpp" line="+331"/>
        <source>Nothing with a date has been recorded for this patient yet.</source>
        <translation>اس مریض کے لیے ابھی تک تاریخ کے ساتھ کچھ بھی درج نہیں کیا گیا۔</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Today</source>
        <translation>آج</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <location filename="../core/domain/validation.cpp" line="+29"/>
        <source>%1 is required.</source>
        <translation>%1 لازمی ہے۔</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 is before 1900; check the year.</source>
        <translation>%1 سن 1900 سے پہلے کی تاریخ ہے؛ سال چیک کریں۔</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is in the future.</source>
        <translation>%1 مستقبل کی تاریخ ہے۔</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is before the patient&apos;s birth (%2).</source>
        <translation>%1 مریض کی پیدائش (%2) سے پہلے کی تاریخ ہے۔</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is before %2 (%3).</source>
        <translation>%1، %2 (%3) سے پہلے ہے۔</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 must be between %2 and %3 (got %4).</source>
        <translation>%1 کو %2 اور %3 کے درمیان ہونا چاہیے (درج کیا گیا: %4)۔</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 must be a grade from 0 (none) to 4 (got %2).</source>
        <translation>%1 کا گریڈ 0 (کوئی نہیں) سے 4 تک ہونا چاہیے (درج کیا گیا: %2)۔</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;%1&quot; is not a two-letter country code such as PK, KZ or CN.</source>
        <translation>&quot;%1&quot; دو حروف والا ملکی کوڈ (جیسے PK، KZ یا CN) نہیں ہے۔</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&quot;%1&quot; is not a known time zone (use names like Asia/Karachi).</source>
        <translation>&quot;%1&quot; کوئی معلوم ٹائم زون نہیں ہے (Asia/Karachi جیسے نام استعمال کریں)۔</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>The hospital record number</source>
        <translation>ہسپتال کا ریکارڈ نمبر</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Enter the patient&apos;s name in the native script or as in the passport.</source>
        <translation>مریض کا نام اس کے اپنے رسم الخط میں یا پاسپورٹ کے مطابق درج کریں۔</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The birth date %1 is in the future.</source>
        <translation>تاریخ پیدائش %1 مستقبل میں ہے۔</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The birth date %1 is before 1900; check the year.</source>
        <translation>تاریخ پیدائش %1 سن 1900 سے پہلے کی ہے؛ سال چیک کریں۔</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+1"/>
        <source>the birth date</source>
        <translation>تاریخ پیدائش</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;%1&quot; is not an e-mail address.</source>
        <translation>&quot;%1&quot; ای میل ایڈریس نہیں ہے۔</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the arrival date</source>
        <translation>آمد کی تاریخ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Every companion needs a name.</source>
        <translation>ہر ہمراہی کا نام درج ہونا چاہیے۔</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The institution&apos;s name</source>
        <translation>ادارے کا نام</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The ICD-10 code is required.</source>
        <translation>ICD-10 کوڈ لازمی ہے۔</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;%1&quot; is not an ICD-10 code (a letter, two digits, then an optional dot and up to four characters, as in C91.0).</source>
        <translation>&quot;%1&quot; ICD-10 کوڈ نہیں ہے (ایک حرف، دو ہندسے، پھر اختیاری نقطہ اور زیادہ سے زیادہ چار حروف، جیسے C91.0)۔</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&quot;%1&quot; is not an ICD-O-3 morphology code (four digits, a slash and the behaviour digit, as in 9811/3).</source>
        <translation>&quot;%1&quot; ICD-O-3 مورفولوجی کوڈ نہیں ہے (چار ہندسے، ایک سلیش اور بیہیویئر کا ہندسہ، جیسے 9811/3)۔</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&quot;%1&quot; is not an ICD-O-3 topography code (as in C42.1).</source>
        <translation>&quot;%1&quot; ICD-O-3 ٹوپوگرافی کوڈ نہیں ہے (جیسے C42.1)۔</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the start of the treatment</source>
        <translation>علاج کا آغاز</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Say why the treatment was stopped.</source>
        <translation>بتائیں کہ علاج کیوں روکا گیا۔</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 (%2) must fall within the treatment course (%3 to %4).</source>
        <translation>%1 (%2) کو علاج کے کورس (%3 سے %4) کے اندر ہونا چاہیے۔</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ongoing</source>
        <translation>جاری</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The body surface area (m²)</source>
        <translation>باڈی سرفیس ایریا (m²)</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+2"/>
        <source>The number of cycles cannot be negative.</source>
        <translation>سائیکلز کی تعداد منفی نہیں ہو سکتی۔</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A cycle lasts between 1 and 120 days.</source>
        <translation>ایک سائیکل 1 سے 120 دن تک کا ہوتا ہے۔</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cycle %1</source>
        <translation>سائیکل %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Every drug needs a name.</source>
        <translation>ہر دوا کا نام درج ہونا چاہیے۔</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A dose cannot be negative (%1).</source>
        <translation>خوراک منفی نہیں ہو سکتی (%1)۔</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The infusion (day 0)</source>
        <translation>انفیوژن (دن 0)</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+3"/>
        <source>the start of lymphodepletion</source>
        <translation>لمفو ڈیپلیشن کا آغاز</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>the apheresis</source>
        <translation>افیریسس</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The CRS grade (ASTCT)</source>
        <translation>CRS گریڈ (ASTCT)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The ICANS grade (ASTCT)</source>
        <translation>ICANS گریڈ (ASTCT)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The stem-cell infusion (day 0)</source>
        <translation>اسٹیم سیل انفیوژن (دن 0)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;%1&quot; is not an HLA match: write matched/typed loci, as in 10/10 or 7/8 (typed loci 6, 8, 10 or 12).</source>
        <translation>&quot;%1&quot; درست HLA میچ نہیں ہے: میچ شدہ/ٹائپ شدہ لوکائی لکھیں، جیسے 10/10 یا 7/8 (ٹائپ شدہ لوکائی 6، 8، 10 یا 12)۔</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the start of conditioning</source>
        <translation>کنڈیشننگ کا آغاز</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <location line="+1"/>
        <source>day 0</source>
        <translation>دن 0</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The acute GVHD grade</source>
        <translation>ایکیوٹ GVHD گریڈ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An autologous transplant uses the patient&apos;s own cells.</source>
        <translation>آٹولوگس ٹرانسپلانٹ میں مریض کے اپنے خلیات استعمال ہوتے ہیں۔</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The date of the assessment is required.</source>
        <translation>جائزے کی تاریخ لازمی ہے۔</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The blast percentage</source>
        <translation>بلاسٹس کا فیصد</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The date and time of the measurement are required.</source>
        <translation>پیمائش کی تاریخ اور وقت لازمی ہیں۔</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A weight in kg</source>
        <translation>کلوگرام میں وزن</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A height in cm</source>
        <translation>سینٹی میٹر میں قد</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A percentage</source>
        <translation>فیصد</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A measured value cannot be negative.</source>
        <translation>ناپی گئی قدر منفی نہیں ہو سکتی۔</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The date and time of the visit are required.</source>
        <translation>وزٹ کی تاریخ اور وقت لازمی ہیں۔</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The duration must be between 0 and 1440 minutes.</source>
        <translation>دورانیہ 0 سے 1440 منٹ کے درمیان ہونا چاہیے۔</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A tele-consultation needs the partner side&apos;s time zone.</source>
        <translation>ٹیلی کنسلٹیشن کے لیے پارٹنر فریق کا ٹائم زون درکار ہے۔</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Every participant needs a name.</source>
        <translation>ہر شریک کا نام درج ہونا چاہیے۔</translation>
    </message>
</context>
<context>
    <name>VisaInvitationLetter</name>
    <message>
        <location filename="../core/report/visainvitation.cpp" line="-156"/>
        <location line="+89"/>
        <source>To the visa section of the embassy or consulate</source>
        <translation>بخدمت ویزا سیکشن، سفارت خانہ یا قونصل خانہ</translation>
    </message>
    <message>
        <location line="-88"/>
        <source>Date: %1</source>
        <translation>تاریخ: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+91"/>
        <source>Our centre invites the patient named below, and the companions listed, to travel for medical treatment as described in this letter. We ask you to issue them medical visas for the dates of the stay.</source>
        <translation>ہمارا سینٹر ذیل میں درج مریض اور ان کے ہمراہ درج افراد کو اس خط میں بیان کردہ طبی علاج کے لیے سفر کی دعوت دیتا ہے۔ آپ سے مؤدبانہ گزارش ہے کہ انہیں قیام کی مدت کے لیے میڈیکل ویزے جاری فرمائیں۔</translation>
    </message>
    <message>
        <location line="-87"/>
        <location line="+97"/>
        <location line="+21"/>
        <source>Passport number</source>
        <translation>پاسپورٹ نمبر</translation>
    </message>
    <message>
        <location line="-117"/>
        <location line="+97"/>
        <source>Issued by</source>
        <translation>جاری کرنے والا ملک</translation>
    </message>
    <message>
        <location line="-96"/>
        <location line="+97"/>
        <location line="+20"/>
        <source>Valid until</source>
        <translation>میعاد ختم ہونے کی تاریخ</translation>
    </message>
    <message>
        <location line="-116"/>
        <location line="+99"/>
        <source>Companions</source>
        <translation>ہمراہی</translation>
    </message>
    <message>
        <location line="-98"/>
        <location line="+113"/>
        <source>Relation</source>
        <translation>رشتہ</translation>
    </message>
    <message>
        <location line="-112"/>
        <source>No companion travels with the patient.</source>
        <translation>مریض کے ساتھ کوئی ہمراہی سفر نہیں کر رہا۔</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+116"/>
        <source>Treatment and stay</source>
        <translation>علاج اور قیام</translation>
    </message>
    <message>
        <location line="-115"/>
        <location line="+132"/>
        <source>Intended treatment</source>
        <translation>مجوزہ علاج</translation>
    </message>
    <message>
        <location line="-131"/>
        <location line="+132"/>
        <source>Dates of the stay</source>
        <translation>قیام کی تاریخیں</translation>
    </message>
    <message>
        <location line="-131"/>
        <location line="+133"/>
        <source>Estimated duration</source>
        <translation>متوقع دورانیہ</translation>
    </message>
    <message numerus="yes">
        <location line="-132"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n دن</numerusform>
            <numerusform>%n دن</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+133"/>
        <source>Costs covered by</source>
        <translation>اخراجات کا ذمہ دار</translation>
    </message>
    <message>
        <location line="-132"/>
        <location line="+134"/>
        <source>Contact at the centre</source>
        <translation>سینٹر میں رابطہ</translation>
    </message>
    <message>
        <location line="-133"/>
        <location line="+138"/>
        <source>Centre</source>
        <translation>سینٹر</translation>
    </message>
    <message>
        <location line="-137"/>
        <location line="+140"/>
        <source>Signature and stamp</source>
        <translation>دستخط اور مہر</translation>
    </message>
    <message>
        <location line="-139"/>
        <source>A visa invitation letter needs the patient&apos;s passport number: enter it with Edit patient first.</source>
        <translation>ویزا دعوت نامے کے لیے مریض کا پاسپورٹ نمبر درکار ہے: پہلے اسے &quot;مریض میں ترمیم کریں&quot; سے درج کریں۔</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A visa invitation letter needs the dates of the stay: give them, or record the patient&apos;s arrival and departure dates.</source>
        <translation>ویزا دعوت نامے کے لیے قیام کی تاریخیں درکار ہیں: یہ تاریخیں دیں، یا مریض کی آمد اور روانگی کی تاریخیں درج کریں۔</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The stay cannot end (%1) before it begins (%2).</source>
        <translation>قیام اپنے آغاز (%2) سے پہلے (%1) ختم نہیں ہو سکتا۔</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A visa invitation letter needs the intended treatment: give it, or record a planned treatment or a diagnosis.</source>
        <translation>ویزا دعوت نامے کے لیے مجوزہ علاج درکار ہے: اسے درج کریں، یا کوئی منصوبہ بند علاج یا تشخیص ریکارڈ کریں۔</translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <location filename="../core/domain/vocabulary.h" line="+76"/>
        <location line="+13"/>
        <location line="+10"/>
        <location line="+27"/>
        <location line="+18"/>
        <location line="+18"/>
        <location line="+3"/>
        <location line="+6"/>
        <location line="+4"/>
        <location line="+4"/>
        <source>Not recorded</source>
        <translation>درج نہیں</translation>
    </message>
    <message>
        <location line="-102"/>
        <source>Female</source>
        <translation>خاتون</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Male</source>
        <translation>مرد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other</source>
        <translation>دیگر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enquiry</source>
        <translation>استفسار</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+108"/>
        <source>Tele-consultation</source>
        <translation>ٹیلی کنسلٹیشن</translation>
    </message>
    <message>
        <location line="-107"/>
        <source>Awaiting visa</source>
        <translation>ویزا کا انتظار</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Travelling</source>
        <translation>سفر میں</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In treatment</source>
        <translation>زیرِ علاج</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discharged</source>
        <translation>ڈسچارج</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remote follow-up</source>
        <translation>ریموٹ فالو اپ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closed</source>
        <translation>بند</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deceased</source>
        <translation>انتقال ہو چکا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lost to follow-up</source>
        <translation>فالو اپ سے غائب</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Self-paying</source>
        <translation>اپنے خرچ پر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Government</source>
        <translation>حکومت</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Embassy</source>
        <translation>سفارت خانہ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Insurer</source>
        <translation>انشورنس کمپنی</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Charity</source>
        <translation>فلاحی ادارہ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hospital</source>
        <translation>ہسپتال</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Donor registry</source>
        <translation>ڈونر رجسٹری</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Laboratory</source>
        <translation>لیبارٹری</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other institution</source>
        <translation>دیگر ادارہ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Histology</source>
        <translation>ہسٹولوجی</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bone-marrow morphology</source>
        <translation>بون میرو مورفولوجی</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+44"/>
        <source>Flow cytometry</source>
        <translation>فلو سائٹومیٹری</translation>
    </message>
    <message>
        <location line="-43"/>
        <location line="+45"/>
        <source>Imaging</source>
        <translation>امیجنگ</translation>
    </message>
    <message>
        <location line="-44"/>
        <location line="+45"/>
        <source>Clinical</source>
        <translation>کلینیکل</translation>
    </message>
    <message>
        <location line="-44"/>
        <source>No staging</source>
        <translation>اسٹیجنگ نہیں</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TNM</source>
        <translation>TNM</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ann Arbor</source>
        <translation>Ann Arbor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ISS</source>
        <translation>ISS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Risk group</source>
        <translation>رسک گروپ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other system</source>
        <translation>دیگر سسٹم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not applicable</source>
        <translation>لاگو نہیں</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Left</source>
        <translation>بایاں</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Right</source>
        <translation>دایاں</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bilateral</source>
        <translation>دونوں جانب</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Side unknown</source>
        <translation>جانب نامعلوم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chemotherapy</source>
        <translation>کیمو تھراپی</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CAR-T cell therapy</source>
        <translation>سی اے آر ٹی سیل تھراپی</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stem-cell transplant</source>
        <translation>اسٹیم سیل ٹرانسپلانٹ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Surgery</source>
        <translation>سرجری</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Radiotherapy</source>
        <translation>ریڈیو تھراپی</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Immunotherapy</source>
        <translation>امیونو تھراپی</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gene therapy</source>
        <translation>جین تھراپی</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hyperthermia</source>
        <translation>ہائپر تھرمیا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Traditional medicine</source>
        <translation>روایتی طب</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other therapy</source>
        <translation>دیگر علاج</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Curative</source>
        <translation>کیوریٹو (شفا کے لیے)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Palliative</source>
        <translation>پیلی ایٹو</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bridging</source>
        <translation>برجنگ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consolidation</source>
        <translation>کنسولیڈیشن</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Planned</source>
        <translation>منصوبہ بند</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ongoing</source>
        <translation>جاری</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Completed</source>
        <translation>مکمل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stopped</source>
        <translation>روک دیا گیا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not assessed</source>
        <translation>جائزہ نہیں لیا گیا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Complete remission</source>
        <translation>مکمل ریمیشن</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CR with incomplete recovery</source>
        <translation>نامکمل ہیماٹولوجیکل ریکوری کے ساتھ CR</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partial response</source>
        <translation>جزوی ریسپانس</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stable disease</source>
        <translation>مستحکم بیماری</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Progressive disease</source>
        <translation>بڑھتی ہوئی بیماری (پروگریشن)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Relapse</source>
        <translation>ری لیپس</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MRD negative</source>
        <translation>MRD منفی</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MRD positive</source>
        <translation>MRD مثبت</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Morphology</source>
        <translation>مورفولوجی</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PCR</source>
        <translation>PCR</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Weight</source>
        <translation>وزن</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Height</source>
        <translation>قد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Neutrophils (ANC)</source>
        <translation>نیوٹروفلز (ANC)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Platelets</source>
        <translation>پلیٹلیٹس</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Haemoglobin</source>
        <translation>ہیموگلوبن</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>White cells (WBC)</source>
        <translation>سفید خلیات (WBC)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Blasts</source>
        <translation>بلاسٹس</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tumour marker</source>
        <translation>ٹیومر مارکر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other measurement</source>
        <translation>دیگر پیمائش</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>mg/m²</source>
        <translation>mg/m²</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>mg/kg</source>
        <translation>mg/kg</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Flat dose</source>
        <translation>فکسڈ ڈوز</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Autologous</source>
        <translation>آٹولوگس</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Allogeneic</source>
        <translation>ایلوجینک</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Self (autologous)</source>
        <translation>خود (آٹولوگس)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Related</source>
        <translation>رشتہ دار</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unrelated</source>
        <translation>غیر رشتہ دار</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Haploidentical</source>
        <translation>ہیپلو آئیڈینٹیکل</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+4"/>
        <source>Cord blood</source>
        <translation>کورڈ بلڈ</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Bone marrow</source>
        <translation>بون میرو</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Peripheral blood</source>
        <translation>پیریفرل بلڈ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Myeloablative (MAC)</source>
        <translation>مائیلو ایبلیٹو (MAC)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reduced intensity (RIC)</source>
        <translation>کم شدت (RIC)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Non-myeloablative (NMA)</source>
        <translation>نان مائیلو ایبلیٹو (NMA)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No chronic GVHD</source>
        <translation>کرونک GVHD نہیں</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mild</source>
        <translation>ہلکا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Moderate</source>
        <translation>درمیانہ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Severe</source>
        <translation>شدید</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outpatient visit</source>
        <translation>او پی ڈی وزٹ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Admission</source>
        <translation>داخلہ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discharge</source>
        <translation>ڈسچارج</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Multidisciplinary meeting</source>
        <translation>ملٹی ڈسپلنری میٹنگ (MDT)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Follow-up</source>
        <translation>فالو اپ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This centre</source>
        <translation>ہمارا سینٹر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partner side</source>
        <translation>پارٹنر فریق</translation>
    </message>
</context>
<context>
    <name>caravan::CaseHeader</name>
    <message>
        <location filename="../ui/record/caseheader.cpp" line="+70"/>
        <source>No patient selected</source>
        <translation>کوئی مریض منتخب نہیں</translation>
    </message>
    <message numerus="yes">
        <location line="+20"/>
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n سال</numerusform>
            <numerusform>%n سال</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>speaks %1, needs an interpreter</source>
        <translation>%1 بولتے ہیں، مترجم درکار ہے</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>speaks %1</source>
        <translation>%1 بولتے ہیں</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>needs an interpreter</source>
        <translation>مترجم درکار ہے</translation>
    </message>
</context>
<context>
    <name>caravan::CaseRecordView</name>
    <message>
        <location filename="../ui/record/caserecordview.cpp" line="+213"/>
        <source>Delete %1</source>
        <translation>%1 حذف کریں</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete this %1? You can undo it with Edit ▸ Undo.</source>
        <translation>یہ %1 حذف کریں؟ آپ اسے ترمیم ▸ کالعدم کریں سے واپس لے سکتے ہیں۔</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Your login on this server has no Caravan role: you may only read.</source>
        <translation>اس سرور پر آپ کے لاگ ان کا Caravan میں کوئی کردار نہیں ہے: آپ صرف پڑھ سکتے ہیں۔</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your role on this server (%1) may read these records but not change them.</source>
        <translation>اس سرور پر آپ کے کردار (%1) کے ساتھ یہ ریکارڈز پڑھے جا سکتے ہیں، لیکن تبدیل نہیں کیے جا سکتے۔</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Overview</source>
        <translation>مجموعی منظر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Timeline</source>
        <translation>ٹائم لائن</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>History</source>
        <translation>تاریخچہ</translation>
    </message>
</context>
<context>
    <name>caravan::CohortLegend</name>
    <message>
        <location filename="../ui/cohort/cohortlegend.cpp" line="+30"/>
        <source>CR / CRi</source>
        <translation>CR / CRi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MRD negative</source>
        <translation>MRD منفی</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MRD positive</source>
        <translation>MRD مثبت</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Relapse / progression</source>
        <translation>ری لیپس / پروگریشن</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other response</source>
        <translation>دیگر ریسپانس</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Neutrophil engraftment</source>
        <translation>نیوٹروفل انگرافٹمنٹ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Platelet engraftment</source>
        <translation>پلیٹلیٹ انگرافٹمنٹ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last contact</source>
        <translation>آخری رابطہ</translation>
    </message>
</context>
<context>
    <name>caravan::CohortSwimlanes</name>
    <message>
        <location filename="../ui/cohort/cohortswimlanes.cpp" line="+233"/>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Day 0: %1</source>
        <translation>دن 0: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: neutrophil engraftment</source>
        <translation>%1: نیوٹروفل انگرافٹمنٹ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: platelet engraftment</source>
        <translation>%1: پلیٹلیٹ انگرافٹمنٹ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: last contact</source>
        <translation>%1: آخری رابطہ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 to %2</source>
        <translation>%1 سے %2 تک</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>from %1</source>
        <translation>%1 سے</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (%2), %3</source>
        <translation>%1 (%2)، %3</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Relapse: %1</source>
        <translation>ری لیپس: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Neutrophil engraftment: %1</source>
        <translation>نیوٹروفل انگرافٹمنٹ: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last contact: %1</source>
        <translation>آخری رابطہ: %1</translation>
    </message>
</context>
<context>
    <name>caravan::CohortView</name>
    <message>
        <location filename="../ui/cohort/cohortview.cpp" line="+185"/>
        <source>The cohort could not be read: %1</source>
        <translation>کوہورٹ پڑھا نہیں جا سکا: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n patient(s)</source>
        <translation>
            <numerusform>%n مریض</numerusform>
            <numerusform>%n مریض</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Day 0: CAR-T infusion</source>
        <translation>دن 0: CAR-T انفیوژن</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Day 0: transplant infusion</source>
        <translation>دن 0: ٹرانسپلانٹ انفیوژن</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Align on</source>
        <translation>صف بندی کی بنیاد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Diagnosis</source>
        <translation>تشخیص</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Country</source>
        <translation>ملک</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Therapy</source>
        <translation>علاج</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Sort</source>
        <translation>ترتیب</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Day 0 &amp;years</source>
        <translation>دن 0 کے سال</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>any</source>
        <translation>کوئی بھی</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CAR-T infusion</source>
        <translation>CAR-T انفیوژن</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transplant infusion</source>
        <translation>ٹرانسپلانٹ انفیوژن</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All</source>
        <translation>سب</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Any</source>
        <translation>کوئی بھی</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Day 0 date</source>
        <translation>دن 0 کی تاریخ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Relapse first</source>
        <translation>پہلے ری لیپس</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Remission first</source>
        <translation>پہلے ریمیشن</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days to engraftment</source>
        <translation>انگرافٹمنٹ تک دن</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Days to relapse</source>
        <translation>ری لیپس تک دن</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The event every patient&apos;s day 0 is aligned on (the first one if there are several)</source>
        <translation>وہ واقعہ جس پر ہر مریض کا دن 0 رکھا جاتا ہے (اگر کئی ہوں تو پہلا)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Drag to pan, Ctrl+wheel or the wheel over the day axis to zoom, click a patient to open the case.</source>
        <translation>سرکانے کے لیے ڈریگ کریں، زوم کے لیے Ctrl+وہیل یا دنوں کے محور پر وہیل استعمال کریں، کیس کھولنے کے لیے مریض پر کلک کریں۔</translation>
    </message>
</context>
<context>
    <name>caravan::ConflictDialog</name>
    <message>
        <location filename="../ui/editors/conflictdialog.cpp" line="+69"/>
        <source>Changed by someone else</source>
        <translation>کسی اور نے تبدیل کر دیا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Someone else</source>
        <translation>کوئی اور</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 saved this %2 at %3, while you were editing it.</source>
        <translation>آپ کے ترمیم کرتے وقت %1 نے یہ %2 %3 پر محفوظ کر دیا۔</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Someone else saved this %1 while you were editing it.</source>
        <translation>آپ کے ترمیم کرتے وقت کسی اور نے یہ %1 محفوظ کر دیا۔</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>You both changed %n field(s), marked below: choose which value to keep.</source>
        <translation>
            <numerusform>آپ دونوں نے %n فیلڈ میں تبدیلی کی ہے (نیچے نشان زد): منتخب کریں کہ کون سی قدر رکھنی ہے۔</numerusform>
            <numerusform>آپ دونوں نے %n فیلڈز میں تبدیلی کی ہے (نیچے نشان زد): منتخب کریں کہ کون سی قدریں رکھنی ہیں۔</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You changed different fields; the choices below keep both sets of changes.</source>
        <translation>آپ دونوں نے مختلف فیلڈز میں تبدیلی کی ہے؛ نیچے دیے گئے انتخاب دونوں کی تبدیلیاں برقرار رکھتے ہیں۔</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing is saved until you choose.</source>
        <translation>جب تک آپ انتخاب نہ کریں، کچھ بھی محفوظ نہیں ہوگا۔</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Field</source>
        <translation>فیلڈ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Theirs: %1, %2</source>
        <translation>ان کا ورژن: %1، %2</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Theirs</source>
        <translation>ان کا ورژن</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yours</source>
        <translation>آپ کا ورژن</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 (changed by both)</source>
        <translation>%1 (دونوں کی تبدیلی)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: theirs</source>
        <translation>%1: ان کا ورژن</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: yours</source>
        <translation>%1: آپ کا ورژن</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Keep theirs</source>
        <translation>ان کا ورژن رکھیں</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leave the record as they saved it; your changes are dropped.</source>
        <translation>ریکارڈ ویسا ہی رہنے دیں جیسا انہوں نے محفوظ کیا؛ آپ کی تبدیلیاں ختم ہو جائیں گی۔</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save mine</source>
        <translation>میرا ورژن محفوظ کریں</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save your value in every field listed, over theirs.</source>
        <translation>درج ہر فیلڈ میں ان کی قدر کی جگہ اپنی قدر محفوظ کریں۔</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save chosen values</source>
        <translation>منتخب قدریں محفوظ کریں</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save their version with the values chosen above.</source>
        <translation>اوپر منتخب کی گئی قدروں کے ساتھ ان کا ورژن محفوظ کریں۔</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>(empty)</source>
        <translation>(خالی)</translation>
    </message>
    <message>
        <location filename="../ui/editors/conflictdialog.h" line="+76"/>
        <source>This %1 was deleted by someone else while you were editing it; your changes cannot be saved to it.</source>
        <translation>آپ کے ترمیم کرتے وقت یہ %1 کسی اور نے حذف کر دیا؛ آپ کی تبدیلیاں اس میں محفوظ نہیں ہو سکتیں۔</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Not saved: someone else changed this %1 while you were editing it.</source>
        <translation>محفوظ نہیں ہوا: آپ کے ترمیم کرتے وقت کسی اور نے یہ %1 تبدیل کر دیا۔</translation>
    </message>
</context>
<context>
    <name>caravan::DateEdit</name>
    <message>
        <location filename="../ui/editors/dateedit.cpp" line="+211"/>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write the date as year-month-day, e.g. 2024-03-15. Leave it empty if it is not recorded.</source>
        <translation>تاریخ سال-مہینہ-دن کی صورت میں لکھیں، مثلاً 2024-03-15۔ اگر درج نہیں تو خالی چھوڑ دیں۔</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the date in a calendar</source>
        <translation>کیلنڈر سے تاریخ منتخب کریں</translation>
    </message>
</context>
<context>
    <name>caravan::DateTimeEdit</name>
    <message>
        <location line="+62"/>
        <source>local time (%1)</source>
        <translation>مقامی وقت (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hours and minutes in the time zone of this computer; stored in UTC.</source>
        <translation>اس کمپیوٹر کے ٹائم زون کے مطابق گھنٹے اور منٹ؛ UTC میں محفوظ ہوتے ہیں۔</translation>
    </message>
</context>
<context>
    <name>caravan::DocumentPreviewDialog</name>
    <message>
        <location filename="../ui/report/documentpreviewdialog.cpp" line="+211"/>
        <source>International Patient Centre</source>
        <translation>انٹرنیشنل پیشنٹ سینٹر</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>No temporary folder for the document: %1</source>
        <translation>دستاویز کے لیے عارضی فولڈر نہیں: %1</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>There is no document to save yet.</source>
        <translation>ابھی محفوظ کرنے کے لیے کوئی دستاویز نہیں۔</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The document cannot be saved as %1: %2</source>
        <translation>دستاویز %1 کے طور پر محفوظ نہیں ہو سکی: %2</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Referral summary</source>
        <translation>ریفرل سمری</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tele-consultation record</source>
        <translation>ٹیلی کنسلٹیشن ریکارڈ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Medical visa invitation letter</source>
        <translation>میڈیکل ویزا کے لیے دعوت نامہ</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+5"/>
        <source>Save %1</source>
        <translation>%1 محفوظ کریں</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF دستاویزات (*.pdf)</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+4"/>
        <source>Print %1</source>
        <translation>%1 پرنٹ کریں</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Language:</source>
        <translation>زبان:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Second language:</source>
        <translation>دوسری زبان:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none</source>
        <translation>کوئی نہیں</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Refresh</source>
        <translation>تازہ کریں</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save as PDF…</source>
        <translation>PDF کے طور پر محفوظ کریں…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pri&amp;nt…</source>
        <translation>پرنٹ کریں…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>t&amp;o:</source>
        <translation>تا:</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Include &amp;passport details</source>
        <translation>پاسپورٹ کی تفصیلات شامل کریں</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Consultation:</source>
        <translation>کنسلٹیشن:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No tele-consultation recorded</source>
        <translation>کوئی ٹیلی کنسلٹیشن درج نہیں</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Intended &amp;treatment:</source>
        <translation>مجوزہ علاج:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From the record: the planned treatment, else the diagnosis</source>
        <translation>ریکارڈ سے: منصوبہ بند علاج، ورنہ تشخیص</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stay &amp;from:</source>
        <translation>قیام از:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Si&amp;gned by:</source>
        <translation>دستخط کنندہ:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name and title under the signature line</source>
        <translation>دستخط کی لکیر کے نیچے نام اور عہدہ</translation>
    </message>
</context>
<context>
    <name>caravan::HistoryView</name>
    <message>
        <location filename="../ui/record/historyview.cpp" line="+47"/>
        <source>yes</source>
        <translation>ہاں</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>نہیں</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n اندراج</numerusform>
            <numerusform>%n اندراجات</numerusform>
        </translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Added %1</source>
        <translation>اضافہ: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Changed %1</source>
        <translation>تبدیلی: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deleted %1</source>
        <translation>حذف: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Restored %1</source>
        <translation>بحالی: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Exported %1</source>
        <translation>برآمد: %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Languages: %1</source>
        <translation>زبانیں: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Printed on %1</source>
        <translation>%1 پر پرنٹ کیا گیا</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saved as %1</source>
        <translation>%1 کے طور پر محفوظ کیا گیا</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>When</source>
        <translation>کب</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Who</source>
        <translation>کس نے</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What</source>
        <translation>کیا</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Details</source>
        <translation>تفصیلات</translation>
    </message>
</context>
<context>
    <name>caravan::InstitutionsDialog</name>
    <message>
        <location filename="../ui/record/institutionsdialog.cpp" line="+23"/>
        <source>Partner institutions</source>
        <translation>شراکت دار ادارے</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name</source>
        <translation>نام</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind</source>
        <translation>قسم</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Country</source>
        <translation>ملک</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>City</source>
        <translation>شہر</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Time zone</source>
        <translation>ٹائم زون</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Add…</source>
        <translation>شامل کریں…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit…</source>
        <translation>ترمیم کریں…</translation>
    </message>
</context>
<context>
    <name>caravan::ListFieldEditor</name>
    <message>
        <location filename="../ui/editors/listfieldeditor.cpp" line="+57"/>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <location line="+312"/>
        <source>Add</source>
        <translation>شامل کریں</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a row</source>
        <translation>قطار شامل کریں</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation>ہٹائیں</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the selected rows</source>
        <translation>منتخب قطاریں ہٹائیں</translation>
    </message>
</context>
<context>
    <name>caravan::MainWindow</name>
    <message>
        <location filename="../ui/mainwindow.cpp" line="+364"/>
        <source>Select a patient first.</source>
        <translation>پہلے مریض منتخب کریں۔</translation>
    </message>
    <message>
        <location line="-217"/>
        <source>Delete patient</source>
        <translation>مریض حذف کریں</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete this patient with everything recorded about them? You can undo it with Edit ▸ Undo.</source>
        <translation>اس مریض کو ان کے بارے میں درج ہر چیز سمیت حذف کریں؟ آپ اسے ترمیم ▸ کالعدم کریں سے واپس لے سکتے ہیں۔</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>About Caravan</source>
        <translation>Caravan کے بارے میں</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;h3&gt;Caravan %1&lt;/h3&gt;&lt;p&gt;Case manager for international patients.&lt;/p&gt;&lt;p&gt;Database: %2&lt;/p&gt;&lt;p&gt;Schema %3&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Caravan %1&lt;/h3&gt;&lt;p&gt;بین الاقوامی مریضوں کے لیے کیس مینیجر۔&lt;/p&gt;&lt;p&gt;ڈیٹابیس: %2&lt;/p&gt;&lt;p&gt;اسکیما %3&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>none</source>
        <translation>کوئی نہیں</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Caravan — %1</source>
        <translation>Caravan — %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+333"/>
        <source>Caravan</source>
        <translation>Caravan</translation>
    </message>
    <message>
        <location line="-332"/>
        <source>This database has no patients yet. Load the fictional demo cases to look around, add a patient with File ▸ New patient, or import a CSV file.</source>
        <translation>اس ڈیٹابیس میں ابھی کوئی مریض نہیں۔ جائزہ لینے کے لیے فرضی ڈیمو کیسز لوڈ کریں، فائل ▸ نیا مریض سے مریض شامل کریں، یا CSV فائل درآمد کریں۔</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Load demo cases</source>
        <translation>ڈیمو کیسز لوڈ کریں</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;File</source>
        <translation>فائل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New patient…</source>
        <translation>نیا مریض…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open database…</source>
        <translation>ڈیٹابیس کھولیں…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Connect to server…</source>
        <translation>سرور سے کنیکٹ کریں…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Recent databases and servers</source>
        <translation>حالیہ ڈیٹابیس اور سرورز</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Import patients from CSV…</source>
        <translation>CSV سے مریض درآمد کریں…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Export (PDF)</source>
        <translation>برآمد (PDF)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Referral summary…</source>
        <translation>ریفرل سمری…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Tele-consultation record…</source>
        <translation>ٹیلی کنسلٹیشن ریکارڈ…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Visa invitation letter…</source>
        <translation>ویزا دعوت نامہ…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export…</source>
        <translation>برآمد کریں…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Referral summary, tele-consultation record or visa invitation letter as PDF</source>
        <translation>ریفرل سمری، ٹیلی کنسلٹیشن ریکارڈ یا ویزا دعوت نامہ بطور PDF</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Settings…</source>
        <translation>ترتیبات…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quit</source>
        <translation>باہر نکلیں</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit</source>
        <translation>ترمیم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Undo %1</source>
        <translation>کالعدم کریں: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Undo</source>
        <translation>کالعدم کریں</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Redo %1</source>
        <translation>دوبارہ کریں: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Redo</source>
        <translation>دوبارہ کریں</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit &amp;patient…</source>
        <translation>مریض میں ترمیم کریں…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Add to the current tab…</source>
        <translation>موجودہ ٹیب میں شامل کریں…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete selected record</source>
        <translation>منتخب ریکارڈ حذف کریں</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete patient…</source>
        <translation>مریض حذف کریں…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partner &amp;institutions…</source>
        <translation>شراکت دار ادارے…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;View</source>
        <translation>منظر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Find a patient</source>
        <translation>مریض تلاش کریں</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Cohort aligned on day 0…</source>
        <translation>دن 0 پر مبنی کوہورٹ…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Language</source>
        <translation>زبان</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Help</source>
        <translation>مدد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About Caravan</source>
        <translation>Caravan کے بارے میں</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Server: %1</source>
        <translation>سرور: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connects to the server; asks for the password if it is needed.</source>
        <translation>سرور سے کنیکٹ کرتا ہے؛ ضرورت ہو تو پاس ورڈ پوچھتا ہے۔</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A database file on this computer.</source>
        <translation>اس کمپیوٹر پر موجود ڈیٹابیس فائل۔</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>The connection to %1 was lost; connecting again…</source>
        <translation>%1 سے رابطہ ٹوٹ گیا؛ دوبارہ جوڑا جا رہا ہے…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Connected to %1 again.</source>
        <translation>%1 سے دوبارہ رابطہ ہو گیا۔</translation>
    </message>
    <message>
        <location line="+91"/>
        <source>The reporting server cannot be reached (%1); the cohort reads the main server.</source>
        <translation>رپورٹنگ سرور تک رسائی نہیں ہو سکی (%1)؛ کوہورٹ مرکزی سرور سے پڑھتا ہے۔</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Open or create a database</source>
        <translation>ڈیٹابیس کھولیں یا بنائیں</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Caravan databases (*.sqlite *.db);;All files (*)</source>
        <translation>Caravan ڈیٹابیس (*.sqlite *.db);;تمام فائلیں (*)</translation>
    </message>
    <message>
        <location line="+31"/>
        <location line="+16"/>
        <source>Import patients</source>
        <translation>مریض درآمد کریں</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>CSV فائلیں (*.csv *.txt);;تمام فائلیں (*)</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>%n patient(s) imported.</source>
        <translation>
            <numerusform>%n مریض درآمد کیا گیا۔</numerusform>
            <numerusform>%n مریض درآمد کیے گئے۔</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Line %1 (%2): %3</source>
        <translation>سطر %1 (%2): %3</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>… and %n more row(s) not imported.</source>
        <translation>
            <numerusform>… اور %n مزید قطار درآمد نہیں ہوئی۔</numerusform>
            <numerusform>… اور %n مزید قطاریں درآمد نہیں ہوئیں۔</numerusform>
        </translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Cohort — %1 (reporting replica)</source>
        <translation>کوہورٹ — %1 (رپورٹنگ ریپلیکا)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cohort — %1</source>
        <translation>کوہورٹ — %1</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Database: %1</source>
        <translation>ڈیٹابیس: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No database open</source>
        <translation>کوئی ڈیٹابیس کھلا نہیں</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%1 of %n patient(s) shown</source>
        <translation>
            <numerusform>%n مریض میں سے %1 دکھایا گیا</numerusform>
            <numerusform>%n مریضوں میں سے %1 دکھائے گئے</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>caravan::OverviewPage</name>
    <message>
        <location filename="../ui/record/overviewpage.cpp" line="+20"/>
        <location line="+49"/>
        <location line="+5"/>
        <location line="+7"/>
        <location line="+26"/>
        <location line="+21"/>
        <location line="+18"/>
        <source>not recorded</source>
        <translation>درج نہیں</translation>
    </message>
    <message>
        <location line="-80"/>
        <source>Travel and documents</source>
        <translation>سفر اور دستاویزات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Passport</source>
        <translation>پاسپورٹ</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+5"/>
        <source>expires</source>
        <translation>میعاد ختم</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Visa</source>
        <translation>ویزا</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Stay</source>
        <translation>قیام</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Contact</source>
        <translation>رابطہ</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>travels with the patient</source>
        <translation>مریض کے ہمراہ سفر</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>next of kin</source>
        <translation>قریبی رشتہ دار</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>passport</source>
        <translation>پاسپورٹ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Companions</source>
        <translation>ہمراہی</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none recorded</source>
        <translation>کوئی درج نہیں</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payer and referral</source>
        <translation>ادائیگی اور ریفرل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payer</source>
        <translation>ادائیگی کنندہ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Referred by</source>
        <translation>ریفر کرنے والا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Coordinator</source>
        <translation>کوآرڈینیٹر</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Diagnoses</source>
        <translation>تشخیصات</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>diagnosed %1</source>
        <translation>تشخیص %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Treatments</source>
        <translation>علاج</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>best response</source>
        <translation>بہترین ریسپانس</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Day 0:</source>
        <translation>دن 0:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>today is</source>
        <translation>آج</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>counts show</source>
        <translation>کاؤنٹس کے مطابق</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Neutrophil engraftment:</source>
        <translation>نیوٹروفل انگرافٹمنٹ:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>platelet engraftment:</source>
        <translation>پلیٹلیٹ انگرافٹمنٹ:</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Latest height and weight:</source>
        <translation>تازہ ترین قد اور وزن:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Planned</source>
        <translation>طے شدہ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nothing planned</source>
        <translation>کچھ طے نہیں</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Notes</source>
        <translation>نوٹس</translation>
    </message>
</context>
<context>
    <name>caravan::PartTab</name>
    <message>
        <location filename="../ui/record/parttab.cpp" line="+103"/>
        <source>Add…</source>
        <translation>شامل کریں…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit…</source>
        <translation>ترمیم کریں…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>حذف کریں</translation>
    </message>
</context>
<context>
    <name>caravan::PatientListFilterBar</name>
    <message>
        <location filename="../ui/patientlist/patientlistfilterbar.cpp" line="+104"/>
        <source>Haematological malignancy (C81–C96, D45–D47)</source>
        <translation>ہیماٹولوجیکل ملیگننسی (C81–C96, D45–D47)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Solid tumour (other C)</source>
        <translation>سالڈ ٹیومر (دیگر C)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Non-malignant blood disease (D50–D89)</source>
        <translation>خون کی غیر سرطانی بیماری (D50–D89)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cardiovascular (I)</source>
        <translation>امراضِ قلب و عروق (I)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Spine and musculoskeletal (M)</source>
        <translation>ریڑھ کی ہڈی اور عضلاتی و ہڈیوں کے امراض (M)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Congenital (Q)</source>
        <translation>پیدائشی امراض (Q)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Other or none</source>
        <translation>دیگر یا کوئی نہیں</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Country:</source>
        <translation>ملک:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;tatus:</source>
        <translation>صورتحال:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Diagnosis:</source>
        <translation>تشخیص:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>T&amp;reatment:</source>
        <translation>علاج:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;oordinator:</source>
        <translation>کوآرڈینیٹر:</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <location line="+1"/>
        <location line="+1"/>
        <location line="+1"/>
        <source>All</source>
        <translation>سب</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Clear filters</source>
        <translation>فلٹرز صاف کریں</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show every patient again (the search text stays)</source>
        <translation>تمام مریض دوبارہ دکھائیں (تلاش کا متن برقرار رہے گا)</translation>
    </message>
</context>
<context>
    <name>caravan::PatientListModel</name>
    <message>
        <location filename="../ui/patientlist/patientlistmodel.cpp" line="+213"/>
        <source>Planned visit</source>
        <translation>طے شدہ وزٹ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Visa expires</source>
        <translation>ویزا کی میعاد ختم</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Passport expires</source>
        <translation>پاسپورٹ کی میعاد ختم</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Planned treatment starts</source>
        <translation>طے شدہ علاج کا آغاز</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The latest diagnosis</source>
        <translation>تازہ ترین تشخیص</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The type of the latest treatment course</source>
        <translation>تازہ ترین علاج کے کورس کی قسم</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The earliest date from today on: a planned visit, the visa or passport expiry, or the start of a planned treatment</source>
        <translation>آج سے آگے قریب ترین تاریخ: طے شدہ وزٹ، ویزا یا پاسپورٹ کی میعاد کا خاتمہ، یا طے شدہ علاج کا آغاز</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Record</source>
        <translation>ریکارڈ نمبر</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name</source>
        <translation>نام</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Passport name</source>
        <translation>پاسپورٹ والا نام</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Age</source>
        <translation>عمر</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sex</source>
        <translation>جنس</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nationality</source>
        <translation>قومیت</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Diagnosis</source>
        <translation>تشخیص</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Current treatment</source>
        <translation>موجودہ علاج</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Case status</source>
        <translation>کیس کی صورتحال</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Coordinator</source>
        <translation>کوآرڈینیٹر</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next due</source>
        <translation>اگلی تاریخ</translation>
    </message>
</context>
<context>
    <name>caravan::PatientListPane</name>
    <message>
        <location filename="../ui/patientlist/patientlistpane.cpp" line="+146"/>
        <source>Find a patient: name in any script, record, passport or phone number</source>
        <translation>مریض تلاش کریں: کسی بھی رسم الخط میں نام، ریکارڈ نمبر، پاسپورٹ یا فون نمبر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The list follows as you type. Enter opens the selected patient (or the first one); Down moves into the list; Escape clears the search.</source>
        <translation>ٹائپ کرتے ہی فہرست اپ ڈیٹ ہوتی ہے۔ Enter منتخب مریض (یا پہلا مریض) کھولتا ہے؛ Down فہرست میں لے جاتا ہے؛ Escape تلاش صاف کرتا ہے۔</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>The patient list could not be read: %1</source>
        <translation>مریضوں کی فہرست پڑھی نہیں جا سکی: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln patient(s)</source>
        <translation>
            <numerusform>%Ln مریض</numerusform>
            <numerusform>%Ln مریض</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Showing the best %1 matches of %Ln patient(s): type more to narrow the search</source>
        <translation>
            <numerusform>%Ln مریض میں سے بہترین %1 نتائج دکھائے جا رہے ہیں: تلاش محدود کرنے کے لیے مزید ٹائپ کریں</numerusform>
            <numerusform>%Ln مریضوں میں سے بہترین %1 نتائج دکھائے جا رہے ہیں: تلاش محدود کرنے کے لیے مزید ٹائپ کریں</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Showing %1 of %Ln patient(s)</source>
        <translation>
            <numerusform>%Ln مریض میں سے %1 دکھائے جا رہے ہیں</numerusform>
            <numerusform>%Ln مریضوں میں سے %1 دکھائے جا رہے ہیں</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>caravan::PdfPreview</name>
    <message>
        <location filename="../ui/report/pdfpreview.cpp" line="+146"/>
        <source>The file %1 cannot be opened as a PDF: it is missing or damaged.</source>
        <translation>فائل %1 کو PDF کے طور پر نہیں کھولا جا سکتا: یہ موجود نہیں یا خراب ہے۔</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The file %1 is protected by a password.</source>
        <translation>فائل %1 پاس ورڈ سے محفوظ ہے۔</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The file %1 has no pages.</source>
        <translation>فائل %1 میں کوئی صفحہ نہیں۔</translation>
    </message>
    <message>
        <location line="+125"/>
        <source>Page %1 of %2</source>
        <translation>صفحہ %1 از %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Previous</source>
        <translation>پچھلا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Previous page</source>
        <translation>پچھلا صفحہ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next</source>
        <translation>اگلا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next page</source>
        <translation>اگلا صفحہ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>−</source>
        <translation>−</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom out</source>
        <translation>چھوٹا کریں</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>+</source>
        <translation>+</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom in</source>
        <translation>بڑا کریں</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fit width</source>
        <translation>چوڑائی کے مطابق</translation>
    </message>
</context>
<context>
    <name>caravan::RecordDialog</name>
    <message>
        <location filename="../ui/editors/recorddialog.cpp" line="+73"/>
        <source>Your changes have not been saved.</source>
        <translation>آپ کی تبدیلیاں محفوظ نہیں ہوئیں۔</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Discard them, or keep editing to save them?</source>
        <translation>کیا انہیں ضائع کر دیا جائے، یا محفوظ کرنے کے لیے ترمیم جاری رکھیں؟</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep editing</source>
        <translation>ترمیم جاری رکھیں</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>row %1</source>
        <translation>قطار %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No height and no weight are recorded for this patient: record both as measurements to compute the body surface area and the doses per m² and per kg.</source>
        <translation>اس مریض کا نہ قد درج ہے نہ وزن: باڈی سرفیس ایریا اور فی m² و فی kg خوراک کا حساب لگانے کے لیے دونوں کو پیمائش کے طور پر درج کریں۔</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No height is recorded for this patient: record one as a measurement to compute the body surface area and the doses per m².</source>
        <translation>اس مریض کا قد درج نہیں: باڈی سرفیس ایریا اور فی m² خوراک کا حساب لگانے کے لیے قد کو پیمائش کے طور پر درج کریں۔</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No weight is recorded for this patient: record one as a measurement to compute the body surface area and the doses per m² and per kg.</source>
        <translation>اس مریض کا وزن درج نہیں: باڈی سرفیس ایریا اور فی m² و فی kg خوراک کا حساب لگانے کے لیے وزن کو پیمائش کے طور پر درج کریں۔</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Body surface area %1 m² (Mosteller) from %2 cm and %3 kg.</source>
        <translation>باڈی سرفیس ایریا %1 m² (Mosteller)، %2 cm اور %3 kg سے۔</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add the drugs with their dose per unit to compute the doses.</source>
        <translation>خوراک کا حساب لگانے کے لیے ادویات کو ان کی فی یونٹ خوراک کے ساتھ شامل کریں۔</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Dose given filled for %n drug(s); check each before saving.</source>
        <translation>
            <numerusform>%n دوا کی دی گئی خوراک بھر دی گئی؛ محفوظ کرنے سے پہلے ہر ایک کو چیک کریں۔</numerusform>
            <numerusform>%n ادویات کی دی گئی خوراک بھر دی گئی؛ محفوظ کرنے سے پہلے ہر ایک کو چیک کریں۔</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not computed: %1.</source>
        <translation>حساب نہیں لگایا گیا: %1۔</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Latest height %1 cm and weight %2 kg.</source>
        <translation>تازہ ترین قد %1 cm اور وزن %2 kg۔</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Latest height %1 cm; no weight recorded.</source>
        <translation>تازہ ترین قد %1 cm؛ وزن درج نہیں۔</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Latest weight %1 kg; no height recorded.</source>
        <translation>تازہ ترین وزن %1 kg؛ قد درج نہیں۔</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No height or weight recorded for this patient.</source>
        <translation>اس مریض کا قد یا وزن درج نہیں۔</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>New %1</source>
        <translation>نیا اندراج: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit %1</source>
        <translation>ترمیم: %1</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Compute doses from height and weight</source>
        <translation>قد اور وزن سے خوراک کا حساب لگائیں</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Body surface area (Mosteller) from the latest height and weight, then each drug&apos;s dose given from its dose per m², per kg or flat dose.</source>
        <translation>تازہ ترین قد اور وزن سے باڈی سرفیس ایریا (Mosteller)، پھر ہر دوا کی دی جانے والی خوراک اس کی فی m²، فی kg یا فکسڈ ڈوز سے۔</translation>
    </message>
    <message>
        <location filename="../ui/editors/recorddialog.h" line="+131"/>
        <location filename="../ui/record/recordeditors.cpp" line="+17"/>
        <source>Some values could not be read: correct the fields marked below.</source>
        <translation>کچھ قدریں پڑھی نہیں جا سکیں: نیچے نشان زدہ فیلڈز درست کریں۔</translation>
    </message>
    <message>
        <location filename="../ui/record/recordeditors.cpp" line="+6"/>
        <source>born</source>
        <translation>تاریخ پیدائش</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>birth date not recorded</source>
        <translation>تاریخ پیدائش درج نہیں</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Same person?</source>
        <translation>کیا یہ وہی شخص ہے؟</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>These patients may be the same person:

%1

Open the first of them, or create a new patient anyway?</source>
        <translation>یہ مریض شاید وہی شخص ہیں:

%1

ان میں سے پہلا کھولیں، یا پھر بھی نیا مریض بنائیں؟</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open existing patient</source>
        <translation>موجودہ مریض کھولیں</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create new patient</source>
        <translation>نیا مریض بنائیں</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Not saved yet: check the possible duplicates.</source>
        <translation>ابھی محفوظ نہیں ہوا: ممکنہ دہرے ریکارڈ چیک کریں۔</translation>
    </message>
</context>
<context>
    <name>caravan::RecordForm</name>
    <message>
        <location filename="../ui/editors/recordform.cpp" line="+204"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>caravan::RecordTableModel</name>
    <message>
        <location filename="../ui/record/recordtablemodel.cpp" line="+63"/>
        <location line="+19"/>
        <source>yes</source>
        <translation>ہاں</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>no</source>
        <translation>نہیں</translation>
    </message>
</context>
<context>
    <name>caravan::ServerConnectDialog</name>
    <message>
        <location filename="../ui/connection/serverconnectdialog.cpp" line="+20"/>
        <source>Connect to server</source>
        <translation>سرور سے کنیکٹ کریں</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>for example db.hospital.local</source>
        <translation>مثلاً db.hospital.local</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Encrypted, server&apos;s certificate checked (verify-full)</source>
        <translation>انکرپٹڈ، سرور کا سرٹیفکیٹ چیک کیا جاتا ہے (verify-full)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Encrypted (require)</source>
        <translation>انکرپٹڈ (require)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Encrypted when the server offers it (prefer)</source>
        <translation>اگر سرور پیش کرے تو انکرپٹڈ (prefer)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not encrypted: this computer or a trusted network only (disable)</source>
        <translation>انکرپشن کے بغیر: صرف یہی کمپیوٹر یا قابلِ اعتماد نیٹ ورک (disable)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>asked for when needed</source>
        <translation>ضرورت پڑنے پر پوچھا جائے گا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep the password in the system keychain</source>
        <translation>پاس ورڈ سسٹم کی کی چین میں محفوظ رکھیں</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The password is never written to Caravan&apos;s settings. Leave it empty to be asked for it, or to use ~/.pgpass.</source>
        <translation>پاس ورڈ کبھی Caravan کی ترتیبات میں نہیں لکھا جاتا۔ اگر آپ چاہتے ہیں کہ پاس ورڈ پوچھا جائے، یا ~/.pgpass استعمال ہو، تو اسے خالی چھوڑ دیں۔</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Server:</source>
        <translation>سرور:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Port:</source>
        <translation>پورٹ:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Database:</source>
        <translation>ڈیٹابیس:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your login:</source>
        <translation>آپ کا لاگ ان:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Security:</source>
        <translation>سیکیورٹی:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password:</source>
        <translation>پاس ورڈ:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Connect</source>
        <translation>کنیکٹ کریں</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>the server</source>
        <translation>سرور</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the database</source>
        <translation>ڈیٹابیس</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>your login</source>
        <translation>اپنا لاگ ان</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fill in %1.</source>
        <translation>براہِ کرم %1 درج کریں۔</translation>
    </message>
</context>
<context>
    <name>caravan::SettingsDialog</name>
    <message>
        <location filename="../ui/settings/settingsdialog.cpp" line="+29"/>
        <source>Settings</source>
        <translation>ترتیبات</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No logo</source>
        <translation>کوئی لوگو نہیں</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose…</source>
        <translation>منتخب کریں…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Logo for the letterhead</source>
        <translation>لیٹر ہیڈ کے لیے لوگو</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Images (%1)</source>
        <translation>تصاویر (%1)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Follow the system</source>
        <translation>سسٹم کے مطابق</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>none: the cohort reads the main server</source>
        <translation>کوئی نہیں: کوہورٹ مرکزی سرور سے پڑھتا ہے</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The address of a read-only replica of the centre&apos;s server, postgresql://user@host:5432/database. The cohort view reads it, to keep heavy queries off the main server.</source>
        <translation>مرکز کے سرور کی صرف پڑھنے والی ریپلیکا کا پتا، postgresql://user@host:5432/database۔ کوہورٹ ویو اسے پڑھتا ہے تاکہ بھاری سوالات مرکزی سرور پر بوجھ نہ بنیں۔</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your name (written into the history of every change)</source>
        <translation>آپ کا نام (ہر تبدیلی کے تاریخچے میں درج ہوتا ہے)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Centre name (on letters)</source>
        <translation>سینٹر کا نام (خطوط پر)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Centre address, phone and e-mail (on letters)</source>
        <translation>سینٹر کا پتہ، فون اور ای میل (خطوط پر)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Logo (on letters)</source>
        <translation>لوگو (خطوط پر)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language</source>
        <translation>زبان</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reporting server (read-only replica)</source>
        <translation>رپورٹنگ سرور (صرف پڑھنے والی ریپلیکا)</translation>
    </message>
</context>
<context>
    <name>caravan::timeline::TimelineCharts</name>
    <message>
        <location filename="../ui/timeline/timelinecharts.cpp" line="+118"/>
        <source>Blasts and MRD (%): line = blood/marrow counts, dots = assessments (green MRD−, orange MRD+)</source>
        <translation>بلاسٹس اور MRD (%): لکیر = خون/بون میرو کی گنتی، نقطے = جائزے (سبز MRD−، نارنجی MRD+)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Weight (kg)</source>
        <translation>وزن (kg)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ANC (× 10⁹/L), dashed: engraftment threshold %1</source>
        <translation>ANC (× 10⁹/L)، ڈیشڈ لکیر: انگرافٹمنٹ کی حد %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Platelets (× 10⁹/L), dashed: engraftment threshold %1</source>
        <translation>پلیٹلیٹس (× 10⁹/L)، ڈیشڈ لکیر: انگرافٹمنٹ کی حد %1</translation>
    </message>
</context>
<context>
    <name>caravan::timeline::TimelineTab</name>
    <message>
        <location filename="../ui/timeline/timelinetab.cpp" line="+89"/>
        <source>Calendar dates</source>
        <translation>کیلنڈر کی تاریخیں</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Day relative to %1</source>
        <translation>%1 کے لحاظ سے دن</translation>
    </message>
    <message>
        <location line="+44"/>
        <location line="+5"/>
        <source>Export timeline image</source>
        <translation>ٹائم لائن کی تصویر ایکسپورٹ کریں</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>PNG images (*.png)</source>
        <translation>PNG تصاویر (*.png)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The image could not be written to %1.</source>
        <translation>تصویر %1 میں محفوظ نہیں کی جا سکی۔</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Fit all</source>
        <translation>سب دکھائیں</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the whole history (F or Home)</source>
        <translation>پورا تاریخچہ دکھائیں (F یا Home)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export image…</source>
        <translation>تصویر ایکسپورٹ کریں…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time axis:</source>
        <translation>وقت کا محور:</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/desktop/main.cpp" line="+33"/>
        <source>The SQLite database file, or a server address (postgresql://user@host:5432/database), to open.</source>
        <translation>کھولنے کے لیے SQLite ڈیٹابیس فائل، یا سرور کا پتا (postgresql://user@host:5432/database)۔</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Show this patient (record number).</source>
        <translation>یہ مریض دکھائیں (ریکارڈ نمبر)۔</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show this tab of the case record (0-6).</source>
        <translation>کیس ریکارڈ کا یہ ٹیب دکھائیں (0-6)۔</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save the window as a PNG file and quit.</source>
        <translation>ونڈو کو PNG فائل میں محفوظ کر کے بند کریں۔</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open the export preview of this document (summary, teleconsult, invitation).</source>
        <translation>اس دستاویز کا برآمدی پیش منظر کھولیں (summary, teleconsult, invitation)۔</translation>
    </message>
</context>
</TS>
