<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru">
<context>
    <name>AdminCommand</name>
    <message>
        <location filename="../core/commandline/admincommand.cpp" line="+26"/>
        <source>The person&apos;s role: staff, coordinator, doctor or administrator.</source>
        <translation>Роль пользователя: staff, coordinator, doctor или administrator.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ROLE</source>
        <translation>ROLE</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The first administrator&apos;s login name.</source>
        <translation>Имя для входа первого администратора.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read the new password as one line from standard input.</source>
        <translation>Прочитать новый пароль одной строкой из стандартного ввода.</translation>
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
        <translation>  admin init-server URL [--admin NAME] создать на сервере схему и роли, а также первого администратора
  admin add-user NAME --role ROLE      добавить пользователя NAME с ролью ROLE (staff, coordinator, doctor,
                                       administrator); --password-stdin задаёт пароль
  admin set-role NAME --role ROLE      изменить роль пользователя
  admin set-password NAME              задать новый пароль (читается из стандартного ввода)
  admin disable-user NAME              пользователь больше не сможет войти; его история сохраняется
  admin users                          пользователи, которые могут входить, и их роли
</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&quot;admin&quot; needs one of: %1.</source>
        <translation>Команде «admin» нужно одно из действий: %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;admin %1&quot; needs a name or an address.</source>
        <translation>Команде «admin %1» нужно имя или адрес.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--role must be staff, coordinator, doctor or administrator.</source>
        <translation>--role должно быть staff, coordinator, doctor или administrator.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No password on standard input.</source>
        <translation>В стандартном вводе нет пароля.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>People and roles live on a centre&apos;s PostgreSQL server: give its address (postgresql://user@host:5432/database).</source>
        <translation>Пользователи и роли хранятся на сервере PostgreSQL центра: укажите его адрес (postgresql://user@host:5432/database).</translation>
    </message>
</context>
<context>
    <name>CaseAlert</name>
    <message>
        <location filename="../core/clinical/alerts.cpp" line="+19"/>
        <source>expires today (%1)</source>
        <translation>срок действия истекает сегодня (%1)</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>expires in %n day(s) (%1)</source>
        <translation>
            <numerusform>срок действия истекает через %n день (%1)</numerusform>
            <numerusform>срок действия истекает через %n дня (%1)</numerusform>
            <numerusform>срок действия истекает через %n дней (%1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>expired %n day(s) ago (%1)</source>
        <translation>
            <numerusform>срок действия истёк %n день назад (%1)</numerusform>
            <numerusform>срок действия истёк %n дня назад (%1)</numerusform>
            <numerusform>срок действия истёк %n дней назад (%1)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Passport %1</source>
        <translation>Паспорт: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Visa %1</source>
        <translation>Виза: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Passport of %1 (%2) %3</source>
        <translation>Паспорт: %1 (%2), %3</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Follow-up overdue since %1 (last contact %2)</source>
        <translation>Контрольный визит просрочен с %1 (последний контакт %2)</translation>
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
        <translation>Использование: caravan-cli [--database PATH] VERB [ARGUMENTS]
Команды (VERB):
  demo                               загрузить вымышленные демонстрационные случаи
  generate --patients N [--seed S]   заполнить базу данными синтетического центра
  import-patients FILE.csv           импортировать пациентов (столбцы: см. docs/CSV.md)
  import-json FILE.json...           импортировать записи (в том виде, как их выводит show) и
                                     {&quot;institutions&quot;: [...]}; всё или ничего
  search TEXT                        найти пациентов по имени в любой письменности,
                                     номеру истории болезни, паспорта или телефона
  show PATIENT                       полная запись (id или номер истории болезни) в формате JSON
  check                              постранично проверить файл базы данных
</translation>
    </message>
    <message>
        <location line="+130"/>
        <source>Caravan command-line companion</source>
        <translation>Консольный помощник Caravan</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The SQLite database file, or a server address: postgresql://user@host:5432/database.</source>
        <translation>Файл базы данных SQLite или адрес сервера: postgresql://user@host:5432/database.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PATH</source>
        <translation>PATH</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How many patients to generate.</source>
        <translation>Сколько пациентов создать.</translation>
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
        <translation>Начальное значение (seed) генератора.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Most search results to show.</source>
        <translation>Наибольшее число показываемых результатов поиска.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name written into the audit trail.</source>
        <translation>Имя для журнала аудита.</translation>
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
        <translation>Пациент (id или номер истории болезни).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PATIENT</source>
        <translation>PATIENT</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Document language(s), comma-separated.</source>
        <translation>Язык(и) документа через запятую.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>L[,L2]</source>
        <translation>L[,L2]</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file to write.</source>
        <translation>Файл для записи.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The centre&apos;s name on the letterhead.</source>
        <translation>Название центра на бланке.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>International Patient Centre</source>
        <translation>Центр международных пациентов</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The centre&apos;s address on the letterhead.</source>
        <translation>Адрес центра на бланке.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TEXT</source>
        <translation>TEXT</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Include passport and visa.</source>
        <translation>Включить паспорт и визу.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Unknown verb &quot;%1&quot;.</source>
        <translation>Неизвестная команда «%1».</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&quot;%1&quot; needs an argument.</source>
        <translation>Команде «%1» нужен аргумент.</translation>
    </message>
    <message>
        <location line="-141"/>
        <source>The demo cases are already in %1.</source>
        <translation>Демонстрационные случаи уже есть в %1.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>--patients must be a positive whole number and --seed a non-negative one.</source>
        <translation>--patients должно быть целым положительным числом, а --seed — целым неотрицательным.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Generated %1 of %2 patients</source>
        <translation>Создано пациентов: %1 из %2</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Line %1 (%2): %3</source>
        <translation>Строка %1 (%2): %3</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+5"/>
        <location filename="../core/commandline/exportcommand.cpp" line="+126"/>
        <location line="+15"/>
        <location line="+39"/>
        <source>No patient has the record number or id &quot;%1&quot;.</source>
        <translation>Нет пациента с номером истории болезни или id «%1».</translation>
    </message>
</context>
<context>
    <name>Clinical</name>
    <message>
        <location filename="../core/clinical/clinicalfacts.cpp" line="+42"/>
        <source>Day 0</source>
        <translation>День 0</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Day %1</source>
        <translation>День %1</translation>
    </message>
</context>
<context>
    <name>CopyCommand</name>
    <message>
        <location filename="../core/commandline/copycommand.cpp" line="+18"/>
        <source>table</source>
        <translation>таблица</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>source</source>
        <translation>источник</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>target</source>
        <translation>цель</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>differing</source>
        <translation>различий</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>checksum</source>
        <translation>контр. сумма</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>result</source>
        <translation>результат</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>same</source>
        <translation>совпадает</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>DIFFERENT</source>
        <translation>РАЗЛИЧАЕТСЯ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>first at %1</source>
        <translation>первое различие: %1</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>copy-to: copy nothing, compare the two databases row by row.</source>
        <translation>copy-to: ничего не копировать, сравнить две базы данных построчно.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>  copy-to TARGET [--from SOURCE]       copy a whole database (a file to a server, or a server to
                                       a new file) into an empty one, then compare every row;
                                       --verify-only compares without copying
</source>
        <translation>  copy-to TARGET [--from SOURCE]       скопировать всю базу данных (файл на сервер или сервер
                                       в новый файл) в пустую базу, затем сравнить каждую строку;
                                       --verify-only сравнивает без копирования
</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 already exists. Copy into a new file, so that nothing in an existing one is mixed or lost.</source>
        <translation>%1 уже существует. Копируйте в новый файл, чтобы в существующем ничего не смешалось и не потерялось.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The source and the target are the same database.</source>
        <translation>Источник и цель — одна и та же база данных.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Copied %1 of %2 rows</source>
        <translation>Скопировано строк: %1 из %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Compared %1 of %2 rows</source>
        <translation>Сравнено строк: %1 из %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 does not hold the same rows as %2: see the tables marked DIFFERENT.</source>
        <translation>В %1 не те же строки, что в %2: см. таблицы с отметкой РАЗЛИЧАЕТСЯ.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 rows in %2 tables are the same in both databases (%3 s).</source>
        <translation>Обе базы данных совпадают: строк — %1, таблиц — %2 (%3 с).</translation>
    </message>
</context>
<context>
    <name>Country</name>
    <message>
        <location filename="../core/domain/places.cpp" line="+12"/>
        <source>Pakistan</source>
        <translation>Пакистан</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kazakhstan</source>
        <translation>Казахстан</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kyrgyzstan</source>
        <translation>Киргизия</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Uzbekistan</source>
        <translation>Узбекистан</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tajikistan</source>
        <translation>Таджикистан</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Turkmenistan</source>
        <translation>Туркмения</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Afghanistan</source>
        <translation>Афганистан</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mongolia</source>
        <translation>Монголия</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Russia</source>
        <translation>Россия</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>China</source>
        <translation>Китай</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>India</source>
        <translation>Индия</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>United Kingdom</source>
        <translation>Великобритания</translation>
    </message>
</context>
<context>
    <name>Csv</name>
    <message>
        <location filename="../core/interop/csvreader.cpp" line="+68"/>
        <source>A quoted field that starts on line %1 is never closed.</source>
        <translation>Поле в кавычках, начинающееся в строке %1, не закрыто.</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <location filename="../core/storage/database.cpp" line="+139"/>
        <source>The file %1 cannot be read: %2</source>
        <translation>Не удаётся прочитать файл %1: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is not a Caravan database (it is not an SQLite file). It was left untouched.</source>
        <translation>%1 не является базой данных Caravan (это не файл SQLite). Файл не изменён.</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+108"/>
        <source>%1 cannot be opened: %2</source>
        <translation>Не удаётся открыть %1: %2</translation>
    </message>
    <message>
        <location line="-97"/>
        <source>%1 is damaged or not a database (%2). It was left untouched.</source>
        <translation>%1 повреждён или не является базой данных (%2). Файл не изменён.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 failed its integrity check (%2). It was left untouched; restore it from a backup.</source>
        <translation>%1 не прошёл проверку целостности (%2). Файл не изменён; восстановите его из резервной копии.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 is a database of another program, not of Caravan. It was left untouched.</source>
        <translation>%1 — база данных другой программы, а не Caravan. Файл не изменён.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 was made by a newer version of Caravan (schema %2; this program knows up to %3). Install the newer version to open it. The file was left untouched.</source>
        <translation>%1 создан более новой версией Caravan (схема %2; эта программа поддерживает схемы до %3). Чтобы открыть его, установите новую версию. Файл не изменён.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 failed its integrity check before upgrading. It was left untouched; restore it from a backup.</source>
        <translation>%1 не прошёл проверку целостности перед обновлением. Файл не изменён; восстановите его из резервной копии.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Could not copy %1 to %2 before upgrading it: %3. Nothing was changed.</source>
        <translation>Не удалось скопировать %1 в %2 перед обновлением: %3. Ничего не изменено.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>The folder %1 cannot be created.</source>
        <translation>Не удаётся создать папку %1.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The file %1 cannot be created: %2</source>
        <translation>Не удаётся создать файл %1: %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>setting up the database</source>
        <translation>настройка базы данных</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The integrity check could not run: %1</source>
        <translation>Не удалось выполнить проверку целостности: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 failed its integrity check: %2</source>
        <translation>%1 не прошёл проверку целостности: %2</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Migration %1 is missing from the program.</source>
        <translation>В программе отсутствует миграция %1.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>upgrading the database to schema %1</source>
        <translation>обновление базы данных до схемы %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>recording schema %1</source>
        <translation>запись схемы %1</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>The connection to the server %1 was lost while %2; nothing was saved. Caravan connects again by itself: try again in a moment.</source>
        <translation>Соединение с сервером %1 потеряно (%2); ничего не сохранено. Caravan подключится снова сам: повторите попытку через минуту.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This connection only reads (a reporting server or a replica), so %1 is not possible here. Make changes on the centre&apos;s main server.</source>
        <translation>Это подключение только для чтения (сервер отчётов или реплика), поэтому %1 здесь невозможно. Вносите изменения на основном сервере центра.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your role on the server does not allow this (%1). Ask the centre&apos;s administrator if you need it.</source>
        <translation>Ваша роль на сервере не позволяет этого (%1). Если это вам нужно, обратитесь к администратору центра.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The database failed while %1: %2</source>
        <translation>Ошибка базы данных (%1): %2</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>starting a transaction</source>
        <translation>начало транзакции</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Internal error: commit without a transaction.</source>
        <translation>Внутренняя ошибка: фиксация без транзакции.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+2"/>
        <source>saving</source>
        <translation>сохранение</translation>
    </message>
    <message>
        <location filename="../core/storage/patientsearch.cpp" line="+53"/>
        <location line="+31"/>
        <source>updating the search index</source>
        <translation>обновление поискового индекса</translation>
    </message>
    <message>
        <location filename="../core/storage/postgresconnection.cpp" line="+92"/>
        <source>Only a server connection can be made again.</source>
        <translation>Повторно подключиться можно только к серверу.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The connection cannot be made again in the middle of saving.</source>
        <translation>Во время сохранения повторно подключиться нельзя.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>&quot;%1&quot; is not a server address. Write it as postgresql://user@host:5432/database.</source>
        <translation>«%1» — не адрес сервера. Запишите его так: postgresql://user@host:5432/database.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The server address has an option Caravan does not know: %1. Known: %2.</source>
        <translation>В адресе сервера есть параметр, неизвестный Caravan: %1. Известные: %2.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>This installation cannot reach PostgreSQL servers: Qt&apos;s PostgreSQL driver is missing (install libqt6sql6-psql).</source>
        <translation>Эта установка не может подключаться к серверам PostgreSQL: нет драйвера PostgreSQL для Qt (установите libqt6sql6-psql).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot connect to %1: %2</source>
        <translation>Не удаётся подключиться к %1: %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The server %1 asks for %2&apos;s password.</source>
        <translation>Сервер %1 запрашивает пароль пользователя %2.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+21"/>
        <source>setting up the connection</source>
        <translation>настройка соединения</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>The database at %1 was made by a newer Caravan (schema %2; this program knows up to %3). Nothing was changed. Install the newer Caravan to open it.</source>
        <translation>База данных %1 создана более новой версией Caravan (схема %2; эта программа знает до %3). Ничего не изменено. Чтобы открыть её, установите более новую версию Caravan.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The reporting server %1 holds schema %2; this program needs schema %3. Open the centre&apos;s main server once to bring it up to date (a replica follows it).</source>
        <translation>На сервере отчётов %1 схема %2, а этой программе нужна схема %3. Откройте один раз основной сервер центра, чтобы обновить её (реплика следует за ним).</translation>
    </message>
</context>
<context>
    <name>DatabaseCopy</name>
    <message>
        <location filename="../core/storage/databasecopy.cpp" line="+77"/>
        <location line="+23"/>
        <source>reading %1</source>
        <translation>чтение таблицы %1</translation>
    </message>
    <message>
        <location line="+126"/>
        <source>The server connection cannot be reached for copying.</source>
        <translation>Не удаётся получить доступ к подключению к серверу для копирования.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The server refused to take %1: %2</source>
        <translation>Сервер отказался принять %1: %2</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Sending %1 to the server failed: %2</source>
        <translation>Не удалось отправить %1 на сервер: %2</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The server refused the rows of %1: %2</source>
        <translation>Сервер не принял строки %1: %2</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>%1 is not a Caravan database of this version (it has no table %2).</source>
        <translation>%1 — не база данных Caravan этой версии (в ней нет таблицы %2).</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 is not empty (%2 holds %3 rows). Copy only into a new, empty database; nothing was written.</source>
        <translation>База данных %1 не пуста (строк в таблице %2: %3). Копируйте только в новую, пустую базу данных; ничего не записано.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The two databases have different schema versions (%1 and %2).</source>
        <translation>У двух баз данных разные версии схемы (%1 и %2).</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Copying into %1 needs the owner of the server&apos;s database (the login that ran caravan-cli admin init-server, or the database&apos;s owner). Nothing was written.</source>
        <translation>Для копирования в %1 нужен владелец базы данных на сервере (учётная запись, под которой выполнялась команда caravan-cli admin init-server, или владелец базы данных). Ничего не записано.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>preparing the copy</source>
        <translation>подготовка копирования</translation>
    </message>
    <message>
        <location line="-106"/>
        <source>copying %1</source>
        <translation>копирование таблицы %1</translation>
    </message>
    <message>
        <location line="-249"/>
        <source>The copy was cancelled; nothing was kept in %1.</source>
        <translation>Копирование отменено; в %1 ничего не сохранено.</translation>
    </message>
    <message>
        <location line="+375"/>
        <location line="+10"/>
        <location line="+11"/>
        <source>finishing the copy</source>
        <translation>завершение копирования</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>The comparison was cancelled.</source>
        <translation>Сравнение отменено.</translation>
    </message>
</context>
<context>
    <name>DemoCases</name>
    <message>
        <location filename="../core/sample/democases.cpp" line="+46"/>
        <source>The demo cases are missing from this build of Caravan.</source>
        <translation>В этой сборке Caravan нет демонстрационных случаев.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The demo cases are already loaded: record number %1 is in use.</source>
        <translation>Демонстрационные случаи уже загружены: номер истории болезни %1 занят.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The demo documents hold the patients %1 instead of %2.</source>
        <translation>В демонстрационных документах пациенты %1, а ожидались %2.</translation>
    </message>
</context>
<context>
    <name>Documents</name>
    <message>
        <location filename="../core/report/document.cpp" line="+19"/>
        <location filename="../core/report/referralsummary.cpp" line="+95"/>
        <source>Referral summary</source>
        <translation>Направительная выписка</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../core/report/teleconsultation.cpp" line="+95"/>
        <source>Tele-consultation record</source>
        <translation>Протокол телеконсультации</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../core/report/visainvitation.cpp" line="+107"/>
        <source>Medical visa invitation letter</source>
        <translation>Приглашение для оформления медицинской визы</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>A document is made in one language or two, not %1.</source>
        <translation>Документ составляется на одном или двух языках; указано языков: %1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Unknown document language &quot;%1&quot;; use one or two of %2.</source>
        <translation>Неизвестный язык документа «%1»; укажите один или два из: %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The language &quot;%1&quot; is given twice.</source>
        <translation>Язык «%1» указан дважды.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Making a document needs the fonts of a QGuiApplication; this program runs without one.</source>
        <translation>Для создания документа нужны шрифты QGuiApplication, а эта программа работает без него.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The logo %1 cannot be read as an image; choose another file in Settings or leave it empty.</source>
        <translation>Логотип %1 не удаётся прочитать как изображение; выберите другой файл в настройках или оставьте поле пустым.</translation>
    </message>
    <message>
        <location filename="../core/report/documentpages.cpp" line="+36"/>
        <source>Made on %1</source>
        <translation>Составлено %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Page %1 of %2</source>
        <translation>Страница %1 из %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confidential medical information: for the physicians treating this patient only.</source>
        <translation>Конфиденциальная медицинская информация: только для лечащих врачей пациента.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confidential: for the consular officer and the persons named in this letter only.</source>
        <translation>Конфиденциально: только для сотрудника консульства и лиц, названных в письме.</translation>
    </message>
    <message>
        <location line="+147"/>
        <location line="+4"/>
        <location line="+32"/>
        <source>The pages could not be drawn on this device.</source>
        <translation>Не удалось отрисовать страницы на этом устройстве.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cannot write %1: it is a folder.</source>
        <translation>Не удаётся записать %1: это папка.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+23"/>
        <source>Cannot write %1: %2</source>
        <translation>Не удаётся записать %1: %2</translation>
    </message>
    <message>
        <location filename="../core/report/documentbuilder.cpp" line="+37"/>
        <source>not recorded</source>
        <translation>не указано</translation>
    </message>
    <message>
        <location filename="../core/report/patientidentity.cpp" line="+16"/>
        <location filename="../core/report/visainvitation.cpp" line="+37"/>
        <source>Name (passport)</source>
        <translation>Имя (по паспорту)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name (native script)</source>
        <translation>Имя (в национальном написании)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Record number</source>
        <translation>Номер истории болезни</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../core/report/visainvitation.cpp" line="+1"/>
        <source>Birth date</source>
        <translation>Дата рождения</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sex</source>
        <translation>Пол</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nationality</source>
        <translation>Гражданство</translation>
    </message>
    <message>
        <location filename="../core/report/referralsummary.cpp" line="+2"/>
        <location filename="../core/report/teleconsultation.cpp" line="+2"/>
        <location filename="../core/report/visainvitation.cpp" line="-23"/>
        <source>Patient</source>
        <translation>Пациент</translation>
    </message>
    <message>
        <location line="+30"/>
        <location filename="../core/report/visainvitation.cpp" line="+44"/>
        <source>Diagnosis</source>
        <translation>Диагноз</translation>
    </message>
    <message>
        <location line="+172"/>
        <location line="+1"/>
        <location filename="../core/report/visainvitation.cpp" line="+12"/>
        <source>Coordinator</source>
        <translation>Координатор</translation>
    </message>
</context>
<context>
    <name>Editor</name>
    <message>
        <location filename="../core/editing/editor.cpp" line="+32"/>
        <source>Delete patient %1</source>
        <translation>Удаление пациента %1</translation>
    </message>
    <message>
        <location filename="../core/editing/editor.h" line="+99"/>
        <source>This cannot be undone or redone: the %1 was deleted by someone else.</source>
        <translation>Отменить или повторить нельзя: запись («%1») удалил другой пользователь.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This cannot be undone or redone: %1 changed the %2 after you did.</source>
        <translation>Отменить или повторить нельзя: %1 изменил(а) запись («%2») после вас.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Add %1</source>
        <translation>Добавление: %1</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Change %1</source>
        <translation>Изменение: %1</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Delete %1</source>
        <translation>Удаление: %1</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>This %1 was deleted by someone else; it cannot be changed.</source>
        <translation>Запись («%1») удалена другим пользователем; изменить её нельзя.</translation>
    </message>
</context>
<context>
    <name>ExportCommand</name>
    <message>
        <location filename="../core/commandline/exportcommand.cpp" line="-118"/>
        <source>Export for every patient (batch; -o names a folder).</source>
        <translation>Экспорт для всех пациентов (пакетный режим; -o задаёт папку).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An image for the letterhead.</source>
        <translation>Изображение для бланка.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tele-consultation record: which consultation (id); default: the latest.</source>
        <translation>Протокол телеконсультации: какая консультация (id); по умолчанию — последняя.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invitation letter: the intended treatment.</source>
        <translation>Приглашение: планируемое лечение.</translation>
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
        <translation>Приглашение: первый день пребывания (YYYY-MM-DD). copy-to: база данных, которую нужно скопировать (по умолчанию: --database).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>VALUE</source>
        <translation>ЗНАЧЕНИЕ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Invitation letter: last day of the stay.</source>
        <translation>Приглашение: последний день пребывания.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invitation letter: name and title under the signature line.</source>
        <translation>Приглашение: ФИО и должность под строкой подписи.</translation>
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
                                     документ PDF на одном или двух языках
                                     (en, ur, kk, ru, zh_CN) с вложенным содержимым в JSON;
                                     [--centre NAME] [--address TEXT] [--logo FILE]
                                     summary: [--passport]; teleconsult: [--visit ID];
                                     invitation: [--from DATE --to DATE] [--treatment TEXT]
                                     [--signatory TEXT]
  export KIND --patient A,B,C | --all --lang L -o FOLDER
                                     сразу много пациентов, по файлу на каждого,
                                     со строкой хода выполнения
</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&quot;export&quot; makes one of: summary, teleconsult, invitation.</source>
        <translation>«export» создаёт один из документов: summary, teleconsult, invitation.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+38"/>
        <source>&quot;export %1&quot; needs --patient (or --all) and -o FILE.pdf.</source>
        <translation>Для «export %1» нужны --patient (или --all) и -o FILE.pdf.</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>--%1 &quot;%2&quot; is not a date; write it as YYYY-MM-DD.</source>
        <translation>--%1 «%2» — не дата; укажите её в формате YYYY-MM-DD.</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>For many patients, -o names a folder; %1 is a file.</source>
        <translation>Для нескольких пациентов -o задаёт папку, а %1 — файл.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot make the folder %1.</source>
        <translation>Не удаётся создать папку %1.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Exported %1 of %2 (%3 failed) · %4 · %5 s</source>
        <translation>Экспортировано %1 из %2 (ошибок: %3) · %4 · %5 с</translation>
    </message>
</context>
<context>
    <name>Field</name>
    <message>
        <location filename="../core/domain/patient.h" line="+35"/>
        <source>Travels with the patient</source>
        <translation>Сопровождает пациента</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>Arrival</source>
        <translation>Прибытие</translation>
    </message>
    <message>
        <location filename="../core/domain/clinicalrecords.h" line="+82"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../core/domain/treatmentcourse.h" line="+140"/>
        <source>At this centre</source>
        <translation>В нашем центре</translation>
    </message>
    <message>
        <location filename="../core/domain/clinicalrecords.h" line="-35"/>
        <source>Basis of diagnosis</source>
        <translation>Подтверждение диагноза</translation>
    </message>
    <message>
        <location filename="../core/domain/treatmentcourse.h" line="+3"/>
        <source>Best response</source>
        <translation>Лучший ответ</translation>
    </message>
    <message>
        <location filename="../core/domain/patient.h" line="-82"/>
        <location line="+58"/>
        <source>Birth date</source>
        <translation>Дата рождения</translation>
    </message>
    <message>
        <location filename="../core/domain/clinicalrecords.h" line="+37"/>
        <source>Blasts (%)</source>
        <translation>Бласты (%)</translation>
    </message>
    <message>
        <location filename="../core/domain/treatmentcourse.h" line="+15"/>
        <source>Apheresis</source>
        <translation>Аферез</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cell dose</source>
        <translation>Доза клеток</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Highest CRS grade</source>
        <translation>Максимальная степень СВЦ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Highest ICANS grade</source>
        <translation>Максимальная степень ICANS</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Infusion (day 0)</source>
        <translation>Инфузия (день 0)</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Lymphodepletion ended</source>
        <translation>Окончание лимфодеплеции</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Lymphodepletion regimen</source>
        <translation>Схема лимфодеплеции</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lymphodepletion started</source>
        <translation>Начало лимфодеплеции</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Product or trial</source>
        <translation>Препарат или исследование</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Steroids given</source>
        <translation>Применялись стероиды</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Target antigen</source>
        <translation>Антиген-мишень</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Tocilizumab given</source>
        <translation>Применялся тоцилизумаб</translation>
    </message>
    <message>
        <location filename="../core/domain/patient.h" line="+23"/>
        <source>Case status</source>
        <translation>Статус случая</translation>
    </message>
    <message>
        <location filename="../core/domain/treatmentcourse.h" line="-17"/>
        <source>Body surface area used (m²)</source>
        <translation>Площадь поверхности тела для расчёта (м²)</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Cycle length (days)</source>
        <translation>Длительность цикла (дни)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cycles</source>
        <translation>Циклы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drugs and doses</source>
        <translation>Препараты и дозы</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Cycles given</source>
        <translation>Проведено циклов</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Cycles planned</source>
        <translation>Запланировано циклов</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Regimen</source>
        <translation>Схема</translation>
    </message>
    <message>
        <location filename="../core/domain/institution.h" line="+39"/>
        <source>City</source>
        <translation>Город</translation>
    </message>
    <message>
        <location filename="../core/domain/patient.h" line="-9"/>
        <source>Companions and next of kin</source>
        <translation>Сопровождающие и ближайшие родственники</translation>
    </message>
    <message>
        <location filename="../core/domain/institution.h" line="+2"/>
        <source>Contact person</source>
        <translation>Контактное лицо</translation>
    </message>
    <message>
        <location filename="../core/domain/patient.h" line="+8"/>
        <source>Coordinator</source>
        <translation>Координатор</translation>
    </message>
    <message>
        <location filename="../core/domain/institution.h" line="-3"/>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <location filename="../core/domain/clinicalrecords.h" line="-4"/>
        <source>Treatment assessed</source>
        <translation>Оцениваемое лечение</translation>
    </message>
    <message>
        <location filename="../core/domain/patient.h" line="+3"/>
        <source>Departure</source>
        <translation>Отъезд</translation>
    </message>
    <message>
        <location filename="../core/domain/clinicalrecords.h" line="-34"/>
        <source>Date of diagnosis</source>
        <translation>Дата установления диагноза</translation>
    </message>
    <message>
        <location filename="../core/domain/treatmentcourse.h" line="-16"/>
        <source>Diagnosis treated</source>
        <translation>Диагноз (показание к лечению)</translation>
    </message>
    <message>
        <location line="-89"/>
        <source>Dose given (mg)</source>
        <translation>Введённая доза (мг)</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Dose per unit</source>
        <translation>Доза на единицу</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Drug</source>
        <translation>Препарат</translation>
    </message>
    <message>
        <location filename="../core/domain/visit.h" line="+64"/>
        <source>Duration (minutes)</source>
        <translation>Длительность (минуты)</translation>
    </message>
    <message>
        <location filename="../core/domain/institution.h" line="+5"/>
        <location filename="../core/domain/patient.h" line="-13"/>
        <source>E-mail</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <location filename="../core/domain/treatmentcourse.h" line="+100"/>
        <source>End</source>
        <translation>Окончание</translation>
    </message>
    <message>
        <location filename="../core/domain/patient.h" line="-15"/>
        <source>Family name (passport)</source>
        <translation>Фамилия (по паспорту)</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Family name</source>
        <translation>Фамилия</translation>
    </message>
    <message>
        <location filename="../core/domain/visit.h" line="+9"/>
        <source>Findings reviewed</source>
        <translation>Рассмотренные данные</translation>
    </message>
    <message>
        <location filename="../core/domain/patient.h" line="+3"/>
        <source>Given name (passport)</source>
        <translation>Имя (по паспорту)</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Given name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <location filename="../core/domain/treatmentcourse.h" line="+50"/>
        <source>Acute GVHD, highest grade</source>
        <translation>Острая РТПХ, максимальная степень</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chronic GVHD</source>
        <translation>Хроническая РТПХ</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Conditioning intensity</source>
        <translation>Интенсивность кондиционирования</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Conditioning regimen</source>
        <translation>Режим кондиционирования</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Conditioning started</source>
        <translation>Начало кондиционирования</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Donor ABO</source>
        <translation>ABO донора</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Donor registry</source>
        <translation>Регистр доноров</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Donor</source>
        <translation>Донор</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Donor sex</source>
        <translation>Пол донора</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>HLA match</source>
        <translation>Совместимость по HLA</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Stem-cell infusion (day 0)</source>
        <translation>Инфузия стволовых клеток (день 0)</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Transplant</source>
        <translation>Трансплантация</translation>
    </message>
    <message>
        <location line="-132"/>
        <source>Dose basis</source>
        <translation>Основа дозирования</translation>
    </message>
    <message>
        <location line="+146"/>
        <source>Neutrophil engraftment</source>
        <translation>Приживление по нейтрофилам</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Platelet engraftment</source>
        <translation>Приживление по тромбоцитам</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Left the protected unit</source>
        <translation>Выписка из асептического блока</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Recipient ABO</source>
        <translation>ABO реципиента</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stem-cell source</source>
        <translation>Источник стволовых клеток</translation>
    </message>
    <message>
        <location filename="../core/domain/clinicalrecords.h" line="-4"/>
        <source>ICD-10 code</source>
        <translation>Код МКБ-10</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Diagnosis</source>
        <translation>Диагноз</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ICD-O-3 morphology</source>
        <translation>Морфология по МКБ-О-3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ICD-O-3 topography</source>
        <translation>Топография по МКБ-О-3</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+35"/>
        <location filename="../core/domain/treatmentcourse.h" line="-39"/>
        <location filename="../core/domain/visit.h" line="-45"/>
        <location line="+39"/>
        <source>Institution</source>
        <translation>Учреждение</translation>
    </message>
    <message>
        <location filename="../core/domain/treatmentcourse.h" line="-6"/>
        <source>Intent</source>
        <translation>Цель лечения</translation>
    </message>
    <message>
        <location filename="../core/domain/visit.h" line="+3"/>
        <source>Interpreter</source>
        <translation>Переводчик</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interpreter&apos;s language</source>
        <translation>Язык переводчика</translation>
    </message>
    <message>
        <location filename="../core/domain/patient.h" line="+14"/>
        <source>Needs an interpreter</source>
        <translation>Нужен переводчик</translation>
    </message>
    <message>
        <location filename="../core/domain/clinicalrecords.h" line="+27"/>
        <location filename="../core/domain/institution.h" line="-6"/>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Marker</source>
        <translation>Маркер</translation>
    </message>
    <message>
        <location line="-66"/>
        <source>Laterality</source>
        <translation>Сторона</translation>
    </message>
    <message>
        <location filename="../core/domain/visit.h" line="-6"/>
        <source>Our time zone</source>
        <translation>Наш часовой пояс</translation>
    </message>
    <message>
        <location filename="../core/domain/patient.h" line="+3"/>
        <source>Messenger</source>
        <translation>Мессенджер</translation>
    </message>
    <message>
        <location filename="../core/domain/clinicalrecords.h" line="+35"/>
        <source>Method</source>
        <translation>Метод</translation>
    </message>
    <message>
        <location filename="../core/domain/institution.h" line="-2"/>
        <location filename="../core/domain/patient.h" line="-76"/>
        <location filename="../core/domain/treatmentcourse.h" line="-1"/>
        <location filename="../core/domain/visit.h" line="-39"/>
        <source>Name</source>
        <translation>Имя / название</translation>
    </message>
    <message>
        <location filename="../core/domain/patient.h" line="+1"/>
        <source>Name (passport)</source>
        <translation>Имя (по паспорту)</translation>
    </message>
    <message>
        <location filename="../core/domain/institution.h" line="+1"/>
        <source>Local name</source>
        <translation>Местное название</translation>
    </message>
    <message>
        <location filename="../core/domain/patient.h" line="+63"/>
        <source>Nationality</source>
        <translation>Гражданство</translation>
    </message>
    <message>
        <location line="-60"/>
        <source>Next of kin</source>
        <translation>Ближайший родственник</translation>
    </message>
    <message>
        <location filename="../core/domain/clinicalrecords.h" line="-32"/>
        <location line="+35"/>
        <location filename="../core/domain/patient.h" line="+85"/>
        <location filename="../core/domain/treatmentcourse.h" line="+10"/>
        <source>Notes</source>
        <translation>Примечания</translation>
    </message>
    <message>
        <location filename="../core/domain/treatmentcourse.h" line="-120"/>
        <source>Cycle</source>
        <translation>Цикл</translation>
    </message>
    <message>
        <location filename="../core/domain/visit.h" line="+43"/>
        <source>Participants</source>
        <translation>Участники</translation>
    </message>
    <message>
        <location filename="../core/domain/patient.h" line="-82"/>
        <location line="+60"/>
        <source>Passport issued by</source>
        <translation>Страна выдачи паспорта</translation>
    </message>
    <message>
        <location line="-59"/>
        <location line="+60"/>
        <source>Passport expires</source>
        <translation>Срок действия паспорта</translation>
    </message>
    <message>
        <location line="-62"/>
        <location line="+60"/>
        <source>Passport number</source>
        <translation>Номер паспорта</translation>
    </message>
    <message>
        <location filename="../core/domain/clinicalrecords.h" line="-47"/>
        <location line="+38"/>
        <location line="+32"/>
        <location filename="../core/domain/treatmentcourse.h" line="+106"/>
        <location filename="../core/domain/visit.h" line="-8"/>
        <source>Patient</source>
        <translation>Пациент</translation>
    </message>
    <message>
        <location filename="../core/domain/institution.h" line="+6"/>
        <location filename="../core/domain/patient.h" line="-57"/>
        <location line="+65"/>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <location filename="../core/domain/patient.h" line="-2"/>
        <source>Preferred language</source>
        <translation>Предпочитаемый язык</translation>
    </message>
    <message>
        <location filename="../core/domain/visit.h" line="+11"/>
        <source>Question</source>
        <translation>Вопрос</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Recommendations</source>
        <translation>Рекомендации</translation>
    </message>
    <message>
        <location filename="../core/domain/patient.h" line="-15"/>
        <source>Record number</source>
        <translation>Номер истории болезни</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Referring doctor</source>
        <translation>Направивший врач</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Referring institution</source>
        <translation>Направившее учреждение</translation>
    </message>
    <message>
        <location line="-79"/>
        <source>Relation</source>
        <translation>Степень родства</translation>
    </message>
    <message>
        <location filename="../core/domain/visit.h" line="-9"/>
        <source>Partner&apos;s time zone</source>
        <translation>Часовой пояс партнёра</translation>
    </message>
    <message>
        <location filename="../core/domain/patient.h" line="+63"/>
        <source>Country of residence</source>
        <translation>Страна проживания</translation>
    </message>
    <message>
        <location filename="../core/domain/clinicalrecords.h" line="-28"/>
        <source>Result</source>
        <translation>Результат</translation>
    </message>
    <message>
        <location filename="../core/domain/visit.h" line="-39"/>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <location filename="../core/domain/patient.h" line="-3"/>
        <source>Sex</source>
        <translation>Пол</translation>
    </message>
    <message>
        <location filename="../core/domain/visit.h" line="+2"/>
        <source>Side</source>
        <translation>Сторона</translation>
    </message>
    <message>
        <location filename="../core/domain/patient.h" line="+17"/>
        <source>Sponsor</source>
        <translation>Спонсор</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sponsor&apos;s reference</source>
        <translation>Номер документа спонсора</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Payer</source>
        <translation>Плательщик</translation>
    </message>
    <message>
        <location filename="../core/domain/clinicalrecords.h" line="-34"/>
        <source>Stage or risk group</source>
        <translation>Стадия или группа риска</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Staging system</source>
        <translation>Система стадирования</translation>
    </message>
    <message>
        <location filename="../core/domain/treatmentcourse.h" line="-105"/>
        <location line="+113"/>
        <source>Start</source>
        <translation>Начало</translation>
    </message>
    <message>
        <location filename="../core/domain/visit.h" line="+34"/>
        <source>Date and time</source>
        <translation>Дата и время</translation>
    </message>
    <message>
        <location filename="../core/domain/treatmentcourse.h" line="-2"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason for stopping</source>
        <translation>Причина прекращения</translation>
    </message>
    <message>
        <location filename="../core/domain/visit.h" line="+11"/>
        <source>Summary</source>
        <translation>Заключение</translation>
    </message>
    <message>
        <location filename="../core/domain/clinicalrecords.h" line="+64"/>
        <source>Taken at</source>
        <translation>Время измерения</translation>
    </message>
    <message>
        <location filename="../core/domain/institution.h" line="-2"/>
        <source>Time zone</source>
        <translation>Часовой пояс</translation>
    </message>
    <message>
        <location filename="../core/domain/treatmentcourse.h" line="-4"/>
        <location filename="../core/domain/visit.h" line="-12"/>
        <source>Type</source>
        <translation>Тип</translation>
    </message>
    <message>
        <location filename="../core/domain/clinicalrecords.h" line="+3"/>
        <source>Unit</source>
        <translation>Единица измерения</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Value</source>
        <translation>Значение</translation>
    </message>
    <message>
        <location filename="../core/domain/patient.h" line="-7"/>
        <source>Visa expires</source>
        <translation>Срок действия визы</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Visa number</source>
        <translation>Номер визы</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Visa type</source>
        <translation>Тип визы</translation>
    </message>
</context>
<context>
    <name>FieldCodec</name>
    <message>
        <location filename="../core/domain/fieldcodec.cpp" line="+23"/>
        <source>expected text</source>
        <translation>ожидался текст</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&quot;%1&quot; is not a date (write it as YYYY-MM-DD)</source>
        <translation>«%1» — не дата (формат: YYYY-MM-DD)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&quot;%1&quot; is not a date and time (write it as YYYY-MM-DDTHH:MM:SSZ)</source>
        <translation>«%1» — не дата и время (формат: YYYY-MM-DDTHH:MM:SSZ)</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>&quot;%1&quot; is not yes or no</source>
        <translation>«%1» — не «да» и не «нет»</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&quot;%1&quot; is not a number</source>
        <translation>«%1» — не число</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>expected a number</source>
        <translation>ожидалось число</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&quot;%1&quot; is not a whole number</source>
        <translation>«%1» — не целое число</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 is out of range</source>
        <translation>%1 вне допустимого диапазона</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>expected a list</source>
        <translation>ожидался список</translation>
    </message>
    <message>
        <location filename="../core/domain/fieldcodec.h" line="+117"/>
        <source>&quot;%1&quot; is not one of: %2</source>
        <translation>«%1» не входит в список: %2</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>unknown field &quot;%1&quot;</source>
        <translation>неизвестное поле «%1»</translation>
    </message>
</context>
<context>
    <name>FieldEditors</name>
    <message>
        <location filename="../ui/editors/fieldeditors.cpp" line="+92"/>
        <source>e.g. PK</source>
        <translation>напр. PK</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Two-letter ISO country code: PK, KZ, KG, CN, RU, ...</source>
        <translation>Двухбуквенный код страны ISO: PK, KZ, KG, CN, RU, ...</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>not recorded</source>
        <translation>не указано</translation>
    </message>
    <message>
        <location line="+191"/>
        <source>Record #%1</source>
        <translation>Запись №%1</translation>
    </message>
</context>
<context>
    <name>Icd10Catalogue</name>
    <message>
        <location filename="../ui/editors/icd10catalogue.cpp" line="+151"/>
        <source>Code or words of the diagnosis, e.g. C91.0 or &quot;acute lymph&quot;</source>
        <translation>Код или слова диагноза, например C91.0 или «acute lymph»</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <location filename="../core/domain/places.cpp" line="+12"/>
        <source>Urdu</source>
        <translation>урду</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kazakh</source>
        <translation>казахский</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kyrgyz</source>
        <translation>киргизский</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Uzbek</source>
        <translation>узбекский</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tajik</source>
        <translation>таджикский</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pashto</source>
        <translation>пушту</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Russian</source>
        <translation>русский</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chinese</source>
        <translation>китайский</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>English</source>
        <translation>английский</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mongolian</source>
        <translation>монгольский</translation>
    </message>
</context>
<context>
    <name>MeasurementChart</name>
    <message>
        <location filename="../core/painting/measurementchartpainter.cpp" line="+20"/>
        <source>Blasts (%)</source>
        <translation>Бласты (%)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ANC and platelets (× 10⁹/L)</source>
        <translation>АЧН и тромбоциты (× 10⁹/л)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ANC</source>
        <translation>АЧН</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Platelets</source>
        <translation>Тромбоциты</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weight (kg)</source>
        <translation>Вес (кг)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ANC and platelets around day 0 (× 10⁹/L)</source>
        <translation>АЧН и тромбоциты вокруг дня 0 (× 10⁹/л)</translation>
    </message>
</context>
<context>
    <name>PasswordKeychain</name>
    <message>
        <location filename="../ui/connection/passwordkeychain.cpp" line="+30"/>
        <source>the keychain did not answer</source>
        <translation>хранилище паролей не ответило</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The password could not be kept in the system keychain (%1); you will be asked for it next time.</source>
        <translation>Не удалось сохранить пароль в системном хранилище паролей (%1); в следующий раз он будет запрошен снова.</translation>
    </message>
</context>
<context>
    <name>PatientCsvImport</name>
    <message>
        <location filename="../core/interop/patientcsvimport.cpp" line="+21"/>
        <source>The file %1 cannot be read: %2</source>
        <translation>Не удаётся прочитать файл %1: %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Line %1: %2</source>
        <translation>Строка %1: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The file is empty.</source>
        <translation>Файл пуст.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Unknown column &quot;%1&quot; in the header. Known columns: %2</source>
        <translation>Неизвестный столбец «%1» в заголовке. Известные столбцы: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The header has no record_number column.</source>
        <translation>В заголовке нет столбца record_number.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The row has %1 fields but the header has %2.</source>
        <translation>В строке полей: %1, а в заголовке: %2.</translation>
    </message>
</context>
<context>
    <name>PdfDocumentInfo</name>
    <message>
        <location filename="../core/report/pdfdocumentinfo.cpp" line="+435"/>
        <source>“%1” is not a language tag such as en, ur-PK or zh-CN.</source>
        <translation>«%1» — не языковой тег (например, en, ur-PK или zh-CN).</translation>
    </message>
    <message>
        <location line="+99"/>
        <source>Cannot read %1: %2</source>
        <translation>Не удаётся прочитать %1: %2</translation>
    </message>
    <message>
        <location line="-95"/>
        <source>%1 is not a PDF file.</source>
        <translation>%1 не является файлом PDF.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 stores its cross-reference table as a compressed stream; its document information cannot be updated.</source>
        <translation>%1 хранит таблицу перекрёстных ссылок в виде сжатого потока; сведения о документе обновить нельзя.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is encrypted; its document information cannot be updated.</source>
        <translation>%1 зашифрован; сведения о документе обновить нельзя.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 cannot be updated: its cross-reference table is missing or damaged.</source>
        <translation>Не удаётся обновить %1: таблица перекрёстных ссылок отсутствует или повреждена.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 cannot be updated: its document catalog is missing or damaged.</source>
        <translation>Не удаётся обновить %1: каталог документа отсутствует или повреждён.</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>Cannot write %1: %2</source>
        <translation>Не удаётся записать %1: %2</translation>
    </message>
</context>
<context>
    <name>QGuiApplication</name>
    <message>
        <location filename="languages.cpp" line="+11"/>
        <source>QT_LAYOUT_DIRECTION</source>
        <translation>LTR</translation>
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
        <translation>Записи этого вида здесь удалить нельзя.</translation>
    </message>
</context>
<context>
    <name>RecordForm</name>
    <message>
        <location filename="../ui/editors/recordform.cpp" line="+37"/>
        <source>Chemotherapy</source>
        <translation>Химиотерапия</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CAR-T cell therapy</source>
        <translation>CAR-T-клеточная терапия</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stem-cell transplant</source>
        <translation>Трансплантация ГСК</translation>
    </message>
</context>
<context>
    <name>RecordJsonImport</name>
    <message>
        <location filename="../core/interop/recordjsonimport.cpp" line="+86"/>
        <source>%1 #%2: expected a JSON object</source>
        <translation>%1 #%2: ожидался объект JSON</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 #%2: unknown field &quot;%3&quot;</source>
        <translation>%1 #%2: неизвестное поле «%3»</translation>
    </message>
    <message>
        <location line="+40"/>
        <location line="+4"/>
        <source>%1, %2: %3</source>
        <translation>%1, %2: %3</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+252"/>
        <source>%1 is larger than %2 MB; it is not imported.</source>
        <translation>%1 больше %2 МБ; файл не импортирован.</translation>
    </message>
    <message>
        <location line="-246"/>
        <source>%1, line %2: this is not valid JSON (%3).</source>
        <translation>%1, строка %2: это некорректный JSON (%3).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: expected a JSON object with a &quot;patient&quot; record (as caravan-cli show prints it) or a list of &quot;institutions&quot;.</source>
        <translation>%1: ожидался объект JSON с записью «patient» (в том виде, в каком её выводит caravan-cli show) или со списком «institutions».</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: unknown field &quot;%2&quot; (a document may have: %3).</source>
        <translation>%1: неизвестное поле «%2» (в документе допустимы: %3).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1: &quot;%2&quot; without the &quot;patient&quot; they belong to.</source>
        <translation>%1: «%2» без «patient», к которому они относятся.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>expected a list (a JSON array)</source>
        <translation>ожидался список (массив JSON)</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>patient %1</source>
        <translation>пациент %1</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>expected a JSON object</source>
        <translation>ожидался объект JSON</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>%1: %2 is not the id of this record&apos;s patient (%3)</source>
        <translation>%1: %2 — не id пациента этой записи (%3)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1: refers to institution %2, which is not among the imported institutions</source>
        <translation>%1: ссылка на учреждение %2, которого нет среди импортируемых учреждений</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: refers to diagnosis %2, which is not among this record&apos;s diagnoses</source>
        <translation>%1: ссылка на диагноз %2, которого нет среди диагнозов этой записи</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: refers to treatment course %2, which is not among this record&apos;s treatment courses (or comes after this record)</source>
        <translation>%1: ссылка на курс лечения %2, которого нет среди курсов лечения этой записи (или который идёт после этой записи)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: references to %2 records cannot be imported</source>
        <translation>%1: ссылки на записи %2 импортировать нельзя</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&quot;%1&quot; must be a list (a JSON array)</source>
        <translation>поле «%1» должно быть списком (массивом JSON)</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>id %1 is used twice</source>
        <translation>id %1 используется дважды</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The file %1 cannot be read: %2</source>
        <translation>Не удаётся прочитать файл %1: %2</translation>
    </message>
</context>
<context>
    <name>RecordKind</name>
    <message>
        <location filename="../core/domain/patient.h" line="-52"/>
        <source>patient</source>
        <translation>пациент</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Patients</source>
        <translation>Пациенты</translation>
    </message>
    <message>
        <location filename="../core/domain/institution.h" line="-25"/>
        <source>institution</source>
        <translation>учреждение</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partner institutions</source>
        <translation>Партнёрские учреждения</translation>
    </message>
    <message>
        <location filename="../core/domain/clinicalrecords.h" line="-96"/>
        <source>diagnosis</source>
        <translation>диагноз</translation>
    </message>
    <message>
        <location filename="../core/domain/treatmentcourse.h" line="-35"/>
        <source>treatment course</source>
        <translation>курс лечения</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Treatments</source>
        <translation>Лечение</translation>
    </message>
    <message>
        <location filename="../core/domain/clinicalrecords.h" line="+1"/>
        <source>Diagnoses</source>
        <translation>Диагнозы</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>assessment</source>
        <translation>оценка ответа</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assessments</source>
        <translation>Оценка ответа</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>measurement</source>
        <translation>показатель</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Measurements</source>
        <translation>Показатели</translation>
    </message>
    <message>
        <location filename="../core/domain/visit.h" line="-25"/>
        <source>visit</source>
        <translation>визит</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Visits</source>
        <translation>Визиты</translation>
    </message>
</context>
<context>
    <name>ReferralSummary</name>
    <message>
        <location filename="../core/report/referralsummary.cpp" line="-275"/>
        <location line="+75"/>
        <source>Passport</source>
        <translation>Паспорт</translation>
    </message>
    <message>
        <location line="-74"/>
        <location line="+78"/>
        <source>Visa</source>
        <translation>Виза</translation>
    </message>
    <message>
        <location line="-77"/>
        <location line="+84"/>
        <source>Referral</source>
        <translation>Направление</translation>
    </message>
    <message>
        <location line="-83"/>
        <location line="+84"/>
        <source>Referring institution</source>
        <translation>Направившее учреждение</translation>
    </message>
    <message>
        <location line="-83"/>
        <location line="+85"/>
        <source>Referring doctor</source>
        <translation>Направивший врач</translation>
    </message>
    <message>
        <location line="-84"/>
        <location line="+86"/>
        <source>Diagnoses</source>
        <translation>Диагнозы</translation>
    </message>
    <message>
        <location line="-85"/>
        <location line="+96"/>
        <source>ICD-10</source>
        <translation>МКБ-10</translation>
    </message>
    <message>
        <location line="-95"/>
        <location line="+96"/>
        <source>Diagnosed</source>
        <translation>Дата диагноза</translation>
    </message>
    <message>
        <location line="-95"/>
        <location line="+95"/>
        <source>Stage</source>
        <translation>Стадия</translation>
    </message>
    <message>
        <location line="-94"/>
        <location line="+98"/>
        <source>Treatment history</source>
        <translation>Проведённое лечение</translation>
    </message>
    <message>
        <location line="-97"/>
        <location line="+124"/>
        <location line="+135"/>
        <source>Type</source>
        <translation>Тип</translation>
    </message>
    <message>
        <location line="-258"/>
        <location line="+123"/>
        <source>Treatment</source>
        <translation>Лечение</translation>
    </message>
    <message>
        <location line="-122"/>
        <location line="+123"/>
        <source>Where</source>
        <translation>Место проведения</translation>
    </message>
    <message>
        <location line="-122"/>
        <location line="+122"/>
        <source>Dates</source>
        <translation>Сроки</translation>
    </message>
    <message>
        <location line="-121"/>
        <location line="+122"/>
        <source>Cycles</source>
        <translation>Циклы</translation>
    </message>
    <message>
        <location line="-121"/>
        <location line="+122"/>
        <source>Best response</source>
        <translation>Лучший ответ</translation>
    </message>
    <message>
        <location line="-121"/>
        <source>this centre</source>
        <translation>наш центр</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+124"/>
        <source>Key events</source>
        <translation>Ключевые события</translation>
    </message>
    <message>
        <location line="-123"/>
        <location line="+132"/>
        <location line="+119"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location line="-250"/>
        <location line="+131"/>
        <source>Result</source>
        <translation>Результат</translation>
    </message>
    <message>
        <location line="-130"/>
        <location line="+131"/>
        <source>Method</source>
        <translation>Метод</translation>
    </message>
    <message>
        <location line="-130"/>
        <location line="+130"/>
        <source>Blasts %</source>
        <translation>Бласты, %</translation>
    </message>
    <message>
        <location line="-129"/>
        <location line="+148"/>
        <source>CAR-T therapy</source>
        <translation>CAR-T-клеточная терапия</translation>
    </message>
    <message>
        <location line="-147"/>
        <location line="+153"/>
        <source>Target</source>
        <translation>Антиген-мишень</translation>
    </message>
    <message>
        <location line="-152"/>
        <location line="+153"/>
        <source>Product</source>
        <translation>Клеточный продукт</translation>
    </message>
    <message>
        <location line="-152"/>
        <location line="+154"/>
        <location line="+40"/>
        <source>Infusion (day 0)</source>
        <translation>Инфузия (день 0)</translation>
    </message>
    <message>
        <location line="-193"/>
        <location line="+154"/>
        <source>CRS grade</source>
        <translation>Степень СВЦ</translation>
    </message>
    <message>
        <location line="-153"/>
        <location line="+154"/>
        <source>ICANS grade</source>
        <translation>Степень ICANS</translation>
    </message>
    <message>
        <location line="-153"/>
        <location line="+160"/>
        <source>Stem cell transplant</source>
        <translation>Трансплантация ГСК</translation>
    </message>
    <message>
        <location line="-159"/>
        <location line="+185"/>
        <source>Donor</source>
        <translation>Донор</translation>
    </message>
    <message>
        <location line="-184"/>
        <location line="+185"/>
        <source>HLA match</source>
        <translation>Совместимость по HLA</translation>
    </message>
    <message>
        <location line="-184"/>
        <location line="+185"/>
        <source>Stem cell source</source>
        <translation>Источник стволовых клеток</translation>
    </message>
    <message>
        <location line="-184"/>
        <location line="+186"/>
        <source>Conditioning</source>
        <translation>Кондиционирование</translation>
    </message>
    <message>
        <location line="-185"/>
        <location line="+187"/>
        <source>Neutrophil engraftment</source>
        <translation>Приживление по нейтрофилам</translation>
    </message>
    <message>
        <location line="-186"/>
        <location line="+189"/>
        <source>Platelet engraftment</source>
        <translation>Приживление по тромбоцитам</translation>
    </message>
    <message>
        <location line="-188"/>
        <location line="+191"/>
        <source>Acute GVHD grade</source>
        <translation>Степень острой РТПХ</translation>
    </message>
    <message>
        <location line="-190"/>
        <location line="+191"/>
        <source>Chronic GVHD</source>
        <translation>Хроническая РТПХ</translation>
    </message>
    <message>
        <location line="-190"/>
        <location line="+198"/>
        <source>Current status</source>
        <translation>Текущее состояние</translation>
    </message>
    <message>
        <location line="-197"/>
        <location line="+209"/>
        <source>Case status</source>
        <translation>Статус случая</translation>
    </message>
    <message>
        <location line="-208"/>
        <location line="+209"/>
        <source>Arrival</source>
        <translation>Прибытие</translation>
    </message>
    <message>
        <location line="-208"/>
        <location line="+209"/>
        <source>Departure</source>
        <translation>Отъезд</translation>
    </message>
    <message>
        <location line="-208"/>
        <location line="+215"/>
        <source>Recent visits</source>
        <translation>Последние визиты</translation>
    </message>
    <message>
        <location line="-214"/>
        <location line="+228"/>
        <source>Summary</source>
        <translation>Краткое описание</translation>
    </message>
    <message>
        <location line="-227"/>
        <location line="+115"/>
        <source>Timeline</source>
        <translation>Хронология</translation>
    </message>
    <message>
        <location line="-114"/>
        <location line="+120"/>
        <source>Measurements</source>
        <translation>Показатели</translation>
    </message>
    <message>
        <location line="-119"/>
        <location line="+205"/>
        <source>Planned and ongoing treatment</source>
        <translation>Запланированное и текущее лечение</translation>
    </message>
    <message>
        <location line="-204"/>
        <location line="+206"/>
        <source>Next appointment</source>
        <translation>Следующий приём</translation>
    </message>
</context>
<context>
    <name>ServerAccounts</name>
    <message>
        <location filename="../core/storage/serveraccounts.cpp" line="+62"/>
        <source>staff</source>
        <translation>сотрудник</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>coordinator</source>
        <translation>координатор</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>doctor</source>
        <translation>врач</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>administrator</source>
        <translation>администратор</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+110"/>
        <source>People and roles live on a centre&apos;s PostgreSQL server; this database is a file on one desk.</source>
        <translation>Пользователи и роли хранятся на сервере PostgreSQL центра, а эта база данных — файл на одном компьютере.</translation>
    </message>
    <message>
        <location line="-106"/>
        <source>&quot;%1&quot; cannot be a login name: use lower-case Latin letters, digits, &quot;.&quot;, &quot;-&quot; or &quot;_&quot;, starting with a letter (for example aigul.bekova).</source>
        <translation>«%1» не может быть именем для входа: используйте строчные латинские буквы, цифры, «.», «-» или «_»; первым символом должна быть буква (например, aigul.bekova).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;%1&quot; is reserved for the server itself.</source>
        <translation>Имя «%1» зарезервировано для самого сервера.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The server connection is not open.</source>
        <translation>Соединение с сервером не открыто.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The password could not be prepared for the server: %1</source>
        <translation>Не удалось подготовить пароль для сервера: %1</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The server did not answer while %1.</source>
        <translation>Сервер не ответил (%1).</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>looking up %1</source>
        <translation>поиск учётной записи %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>There is already a login called %1 on this server.</source>
        <translation>На этом сервере уже есть учётная запись %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+4"/>
        <source>adding %1</source>
        <translation>добавление учётной записи %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>A password needs at least 10 characters.</source>
        <translation>Пароль должен содержать не менее 10 символов.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>setting the password of %1</source>
        <translation>установка пароля учётной записи %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+4"/>
        <location line="+5"/>
        <source>changing the role of %1</source>
        <translation>изменение роли учётной записи %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>disabling %1</source>
        <translation>отключение учётной записи %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>listing the people of the centre</source>
        <translation>получение списка пользователей центра</translation>
    </message>
</context>
<context>
    <name>ServerLogin</name>
    <message>
        <location filename="../ui/connection/serverlogin.cpp" line="+46"/>
        <source>Server password</source>
        <translation>Пароль для сервера</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password:</source>
        <translation>Пароль:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not connected: no password was given for %1.</source>
        <translation>Подключение не выполнено: пароль для %1 не введён.</translation>
    </message>
</context>
<context>
    <name>Store</name>
    <message numerus="yes">
        <location filename="../core/storage/store.cpp" line="+110"/>
        <source>The record was not saved: %n rule(s) not met.</source>
        <translation>
            <numerusform>Запись не сохранена: не выполнено %n правило.</numerusform>
            <numerusform>Запись не сохранена: не выполнены %n правила.</numerusform>
            <numerusform>Запись не сохранена: не выполнено %n правил.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>reading the patient</source>
        <translation>чтение данных пациента</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>There is no patient with id %1.</source>
        <translation>Пациент с id %1 не найден.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The record number %1 is already used by another patient.</source>
        <translation>Номер истории болезни %1 уже присвоен другому пациенту.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Already used by another patient.</source>
        <translation>Уже присвоен другому пациенту.</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>putting a record back</source>
        <translation>восстановление записи</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>saving a new %1</source>
        <translation>сохранение новой записи %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The database did not return the new record&apos;s id.</source>
        <translation>База данных не вернула id новой записи.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>saving the %1</source>
        <translation>сохранение записи %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This record was changed by someone else after you opened it. Reopen it and try again.</source>
        <translation>Эту запись изменил кто-то другой после того, как вы её открыли. Откройте её заново и повторите попытку.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>This record is still referred to by other records (for example a diagnosis by its treatment courses). Delete or relink those first.</source>
        <translation>На эту запись ссылаются другие записи (например, на диагноз — его курсы лечения). Сначала удалите их или свяжите с другой записью.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>deleting</source>
        <translation>удаление</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>reading a %1</source>
        <translation>чтение записи %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>There is no %1 with id %2.</source>
        <translation>Запись %1 с id %2 не найдена.</translation>
    </message>
    <message>
        <location line="+75"/>
        <location line="+18"/>
        <source>writing the audit trail</source>
        <translation>запись в журнал аудита</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>someone else</source>
        <translation>другой пользователь</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 at %2</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../core/storage/store.h" line="+142"/>
        <source>A stored %1 record (id %2) cannot be read: %3</source>
        <translation>Сохранённую запись %1 (id %2) не удаётся прочитать: %3</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>Record %1 of %2: %3</source>
        <translation>Запись %1 из %2: %3</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>This %1 was deleted by someone else; it cannot be changed.</source>
        <translation>Запись («%1») удалена другим пользователем; изменить её нельзя.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This %1 was changed by %2 after you opened it. Reopen it to see the change, then make yours again.</source>
        <translation>Запись («%1») изменил(а) %2 после того, как вы её открыли. Откройте её заново, чтобы увидеть изменение, и внесите своё ещё раз.</translation>
    </message>
</context>
<context>
    <name>SyntheticCentre</name>
    <message>
        <location filename="../core/synthetic/syntheticcentre.cpp" line="+148"/>
        <source>Synthetic institution %1: %2</source>
        <translation>Синтетическое учреждение %1: %2</translation>
    </message>
    <message>
        <location filename="../core/synthetic/syntheticgenerator.h" line="+242"/>
        <source>Synthetic patient %1, %2 record: %3</source>
        <translation>Синтетический пациент %1, запись %2: %3</translation>
    </message>
    <message>
        <location filename="../core/synthetic/syntheticrecords.cpp" line="+99"/>
        <source>Synthetic patient %1, measurements: %2</source>
        <translation>Синтетический пациент %1, показатели: %2</translation>
    </message>
</context>
<context>
    <name>TeleConsultationRecord</name>
    <message>
        <location filename="../core/report/teleconsultation.cpp" line="-76"/>
        <location line="+79"/>
        <source>Consultation</source>
        <translation>Консультация</translation>
    </message>
    <message>
        <location line="-78"/>
        <location line="+83"/>
        <source>Time at this centre</source>
        <translation>Время в нашем центре</translation>
    </message>
    <message>
        <location line="-82"/>
        <location line="+84"/>
        <source>Time at the partner</source>
        <translation>Время у партнёра</translation>
    </message>
    <message>
        <location line="-83"/>
        <location line="+85"/>
        <source>Duration</source>
        <translation>Длительность</translation>
    </message>
    <message>
        <location line="-84"/>
        <location line="+86"/>
        <source>Partner institution</source>
        <translation>Партнёрское учреждение</translation>
    </message>
    <message>
        <location line="-85"/>
        <location line="+86"/>
        <source>Interpreter</source>
        <translation>Переводчик</translation>
    </message>
    <message>
        <location line="-85"/>
        <location line="+87"/>
        <source>Participants</source>
        <translation>Участники</translation>
    </message>
    <message>
        <location line="-86"/>
        <location line="+97"/>
        <source>Name</source>
        <translation>ФИО</translation>
    </message>
    <message>
        <location line="-96"/>
        <location line="+97"/>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <location line="-96"/>
        <location line="+97"/>
        <source>Institution</source>
        <translation>Учреждение</translation>
    </message>
    <message>
        <location line="-96"/>
        <location line="+97"/>
        <source>Side</source>
        <translation>Сторона</translation>
    </message>
    <message>
        <location line="-96"/>
        <location line="+101"/>
        <source>Question</source>
        <translation>Вопрос</translation>
    </message>
    <message>
        <location line="-100"/>
        <location line="+101"/>
        <source>Findings reviewed</source>
        <translation>Рассмотренные данные</translation>
    </message>
    <message>
        <location line="-100"/>
        <location line="+101"/>
        <source>Opinion</source>
        <translation>Заключение</translation>
    </message>
    <message>
        <location line="-100"/>
        <location line="+101"/>
        <source>Recommendations</source>
        <translation>Рекомендации</translation>
    </message>
    <message>
        <location line="-100"/>
        <source>%1 min</source>
        <translation>%1 мин</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This patient has no tele-consultation recorded.</source>
        <translation>У этого пациента нет зарегистрированных телеконсультаций.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This patient has no tele-consultation with the number %1.</source>
        <translation>У этого пациента нет телеконсультации с номером %1.</translation>
    </message>
</context>
<context>
    <name>TimelineModel</name>
    <message>
        <location filename="../core/timeline/timelinemodel.cpp" line="+114"/>
        <source>Diagnosis and status</source>
        <translation>Диагноз и статус заболевания</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Diagnosis %1</source>
        <translation>Диагноз %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Diagnosis: %1 %2
Diagnosed on %3
Stage: %4</source>
        <translation>Диагноз: %1 %2
Дата установления: %3
Стадия: %4</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not recorded</source>
        <translation>не указано</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Active disease</source>
        <translation>Активное заболевание</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Active disease from %1 (diagnosis)</source>
        <translation>Активное заболевание с %1 (диагноз)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 on %2
%3</source>
        <translation>%1 от %2
%3</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Remission</source>
        <translation>Ремиссия</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Relapse</source>
        <translation>Рецидив</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remission from %1 (%2)</source>
        <translation>Ремиссия с %1 (%2)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Relapse from %1 (%2)</source>
        <translation>Рецидив с %1 (%2)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Treatments</source>
        <translation>Лечение</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>%1: %2
%3 – %4
Status: %5; intent: %6; best response: %7
%8</source>
        <translation>%1: %2
%3 – %4
Статус: %5; цель: %6; лучший ответ: %7
%8</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ongoing</source>
        <translation>продолжается</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>At this centre</source>
        <translation>В нашем центре</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Elsewhere / abroad</source>
        <translation>В другом месте / за рубежом</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cycle %1</source>
        <translation>Цикл %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1, cycle %2
%3 – %4</source>
        <translation>%1, цикл %2
%3 – %4</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Apheresis</source>
        <translation>Аферез</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apheresis on %1</source>
        <translation>Аферез: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lymphodepletion</source>
        <translation>Лимфодеплеция</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lymphodepletion %1 – %2
%3</source>
        <translation>Лимфодеплеция %1 – %2
%3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>CAR-T infusion (Day 0)</source>
        <translation>Инфузия CAR-T (День 0)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CAR-T infusion on %1 (Day 0)
%2 %3
Cell dose: %4</source>
        <translation>Инфузия CAR-T %1 (День 0)
%2 %3
Доза клеток: %4</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Conditioning</source>
        <translation>Кондиционирование</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Conditioning from %1
%2 (%3)</source>
        <translation>Кондиционирование с %1
%2 (%3)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Transplant (Day 0)</source>
        <translation>Трансплантация (День 0)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stem-cell infusion on %1 (Day 0)
%2, %3, HLA %4</source>
        <translation>Инфузия стволовых клеток %1 (День 0)
%2, %3, HLA %4</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ANC engrafted</source>
        <translation>Приживление по нейтрофилам</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Neutrophil engraftment on %1 (%2): ANC ≥ %3 × 10⁹/L</source>
        <translation>Приживление по нейтрофилам %1 (%2): АЧН ≥ %3 × 10⁹/л</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>PLT engrafted</source>
        <translation>Приживление по тромбоцитам</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Platelet engraftment on %1 (%2): platelets ≥ %3 × 10⁹/L</source>
        <translation>Приживление по тромбоцитам %1 (%2): тромбоциты ≥ %3 × 10⁹/л</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Unit discharge</source>
        <translation>Выписка из асептического блока</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discharged from the protected unit on %1 (%2)</source>
        <translation>Выписка из асептического блока %1 (%2)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: %2 (%3)</source>
        <translation>%1: %2 (%3)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Assessments</source>
        <translation>Оценка ответа</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Assessment on %1: %2
Method: %3</source>
        <translation>Оценка ответа %1: %2
Метод: %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Blasts: %1%</source>
        <translation>Бласты: %1%</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Visits and tele-consultations</source>
        <translation>Визиты и телеконсультации</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 on %2 (%3 min)</source>
        <translation>%1, %2 (%3 мин)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Stay at the centre</source>
        <translation>Пребывание в центре</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Arrived %1, departed %2</source>
        <translation>Прибытие: %1, отъезд: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not yet</source>
        <translation>ещё нет</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stay abroad</source>
        <translation>Пребывание за рубежом</translation>
    </message>
</context>
<context>
    <name>TimelinePainter</name>
    <message>
        <location filename="../core/painting/timelinepainter.cpp" line="+331"/>
        <source>Nothing with a date has been recorded for this patient yet.</source>
        <translation>Для этого пациента ещё не внесено ни одной записи с датой.</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Today</source>
        <translation>Сегодня</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <location filename="../core/domain/validation.cpp" line="+29"/>
        <source>%1 is required.</source>
        <translation>%1 — обязательное поле.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 is before 1900; check the year.</source>
        <translation>%1 — раньше 1900 года; проверьте год.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is in the future.</source>
        <translation>%1 — дата в будущем.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is before the patient&apos;s birth (%2).</source>
        <translation>%1 — раньше даты рождения пациента (%2).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is before %2 (%3).</source>
        <translation>%1 — раньше, чем %2 (%3).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 must be between %2 and %3 (got %4).</source>
        <translation>%1: допустимы значения от %2 до %3 (введено %4).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 must be a grade from 0 (none) to 4 (got %2).</source>
        <translation>%1: степень должна быть от 0 (нет) до 4 (введено %2).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;%1&quot; is not a two-letter country code such as PK, KZ or CN.</source>
        <translation>«%1» — не двухбуквенный код страны (например, PK, KZ или CN).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&quot;%1&quot; is not a known time zone (use names like Asia/Karachi).</source>
        <translation>«%1» — неизвестный часовой пояс (используйте названия вроде Asia/Karachi).</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>The hospital record number</source>
        <translation>Номер истории болезни</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Enter the patient&apos;s name in the native script or as in the passport.</source>
        <translation>Введите имя пациента в родной письменности или как в паспорте.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The birth date %1 is in the future.</source>
        <translation>Дата рождения %1 — в будущем.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The birth date %1 is before 1900; check the year.</source>
        <translation>Дата рождения %1 — раньше 1900 года; проверьте год.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+1"/>
        <source>the birth date</source>
        <translation>дата рождения</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;%1&quot; is not an e-mail address.</source>
        <translation>«%1» — не адрес электронной почты.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the arrival date</source>
        <translation>дата прибытия</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Every companion needs a name.</source>
        <translation>У каждого сопровождающего должно быть указано имя.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The institution&apos;s name</source>
        <translation>Название учреждения</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The ICD-10 code is required.</source>
        <translation>Код МКБ-10 обязателен.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;%1&quot; is not an ICD-10 code (a letter, two digits, then an optional dot and up to four characters, as in C91.0).</source>
        <translation>«%1» — не код МКБ-10 (буква, две цифры, затем необязательная точка и до четырёх символов, например C91.0).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&quot;%1&quot; is not an ICD-O-3 morphology code (four digits, a slash and the behaviour digit, as in 9811/3).</source>
        <translation>«%1» — не морфологический код МКБ-О-3 (четыре цифры, косая черта и цифра характера новообразования, например 9811/3).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&quot;%1&quot; is not an ICD-O-3 topography code (as in C42.1).</source>
        <translation>«%1» — не топографический код МКБ-О-3 (например, C42.1).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the start of the treatment</source>
        <translation>начало лечения</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Say why the treatment was stopped.</source>
        <translation>Укажите причину прекращения лечения.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 (%2) must fall within the treatment course (%3 to %4).</source>
        <translation>%1 (%2): дата должна быть в пределах курса лечения (%3 — %4).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ongoing</source>
        <translation>продолжается</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The body surface area (m²)</source>
        <translation>Площадь поверхности тела (м²)</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+2"/>
        <source>The number of cycles cannot be negative.</source>
        <translation>Число циклов не может быть отрицательным.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A cycle lasts between 1 and 120 days.</source>
        <translation>Цикл длится от 1 до 120 дней.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cycle %1</source>
        <translation>Цикл %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Every drug needs a name.</source>
        <translation>У каждого препарата должно быть указано название.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A dose cannot be negative (%1).</source>
        <translation>Доза не может быть отрицательной (%1).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The infusion (day 0)</source>
        <translation>Инфузия (день 0)</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+3"/>
        <source>the start of lymphodepletion</source>
        <translation>начало лимфодеплеции</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>the apheresis</source>
        <translation>аферез</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The CRS grade (ASTCT)</source>
        <translation>Степень СВЦ (ASTCT)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The ICANS grade (ASTCT)</source>
        <translation>Степень ICANS (ASTCT)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The stem-cell infusion (day 0)</source>
        <translation>Инфузия стволовых клеток (день 0)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;%1&quot; is not an HLA match: write matched/typed loci, as in 10/10 or 7/8 (typed loci 6, 8, 10 or 12).</source>
        <translation>«%1» — не запись совместимости по HLA: укажите совпавшие/типированные локусы, например 10/10 или 7/8 (типированных локусов 6, 8, 10 или 12).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the start of conditioning</source>
        <translation>начало кондиционирования</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <location line="+1"/>
        <source>day 0</source>
        <translation>день 0</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The acute GVHD grade</source>
        <translation>Степень острой РТПХ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An autologous transplant uses the patient&apos;s own cells.</source>
        <translation>При аутологичной трансплантации используются собственные клетки пациента.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The date of the assessment is required.</source>
        <translation>Дата оценки обязательна.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The blast percentage</source>
        <translation>Доля бластов</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The date and time of the measurement are required.</source>
        <translation>Дата и время измерения обязательны.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A weight in kg</source>
        <translation>Вес в кг</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A height in cm</source>
        <translation>Рост в см</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A percentage</source>
        <translation>Процент</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A measured value cannot be negative.</source>
        <translation>Измеренное значение не может быть отрицательным.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The date and time of the visit are required.</source>
        <translation>Дата и время визита обязательны.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The duration must be between 0 and 1440 minutes.</source>
        <translation>Длительность должна быть от 0 до 1440 минут.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A tele-consultation needs the partner side&apos;s time zone.</source>
        <translation>Для телеконсультации нужен часовой пояс стороны партнёра.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Every participant needs a name.</source>
        <translation>У каждого участника должно быть указано имя.</translation>
    </message>
</context>
<context>
    <name>VisaInvitationLetter</name>
    <message>
        <location filename="../core/report/visainvitation.cpp" line="-156"/>
        <location line="+89"/>
        <source>To the visa section of the embassy or consulate</source>
        <translation>В визовый отдел посольства или консульства</translation>
    </message>
    <message>
        <location line="-88"/>
        <source>Date: %1</source>
        <translation>Дата: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+91"/>
        <source>Our centre invites the patient named below, and the companions listed, to travel for medical treatment as described in this letter. We ask you to issue them medical visas for the dates of the stay.</source>
        <translation>Наш центр приглашает указанного ниже пациента и перечисленных сопровождающих лиц для прохождения лечения, описанного в настоящем письме. Просим Вас выдать им медицинские визы на срок пребывания.</translation>
    </message>
    <message>
        <location line="-87"/>
        <location line="+97"/>
        <location line="+21"/>
        <source>Passport number</source>
        <translation>Номер паспорта</translation>
    </message>
    <message>
        <location line="-117"/>
        <location line="+97"/>
        <source>Issued by</source>
        <translation>Страна выдачи</translation>
    </message>
    <message>
        <location line="-96"/>
        <location line="+97"/>
        <location line="+20"/>
        <source>Valid until</source>
        <translation>Действителен до</translation>
    </message>
    <message>
        <location line="-116"/>
        <location line="+99"/>
        <source>Companions</source>
        <translation>Сопровождающие</translation>
    </message>
    <message>
        <location line="-98"/>
        <location line="+113"/>
        <source>Relation</source>
        <translation>Степень родства</translation>
    </message>
    <message>
        <location line="-112"/>
        <source>No companion travels with the patient.</source>
        <translation>Пациент следует без сопровождающих.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+116"/>
        <source>Treatment and stay</source>
        <translation>Лечение и пребывание</translation>
    </message>
    <message>
        <location line="-115"/>
        <location line="+132"/>
        <source>Intended treatment</source>
        <translation>Планируемое лечение</translation>
    </message>
    <message>
        <location line="-131"/>
        <location line="+132"/>
        <source>Dates of the stay</source>
        <translation>Сроки пребывания</translation>
    </message>
    <message>
        <location line="-131"/>
        <location line="+133"/>
        <source>Estimated duration</source>
        <translation>Ориентировочная продолжительность</translation>
    </message>
    <message numerus="yes">
        <location line="-132"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n день</numerusform>
            <numerusform>%n дня</numerusform>
            <numerusform>%n дней</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+133"/>
        <source>Costs covered by</source>
        <translation>Источник оплаты</translation>
    </message>
    <message>
        <location line="-132"/>
        <location line="+134"/>
        <source>Contact at the centre</source>
        <translation>Контактная информация центра</translation>
    </message>
    <message>
        <location line="-133"/>
        <location line="+138"/>
        <source>Centre</source>
        <translation>Центр</translation>
    </message>
    <message>
        <location line="-137"/>
        <location line="+140"/>
        <source>Signature and stamp</source>
        <translation>Подпись и печать</translation>
    </message>
    <message>
        <location line="-139"/>
        <source>A visa invitation letter needs the patient&apos;s passport number: enter it with Edit patient first.</source>
        <translation>Для визового приглашения нужен номер паспорта пациента: сначала укажите его через «Редактировать пациента».</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A visa invitation letter needs the dates of the stay: give them, or record the patient&apos;s arrival and departure dates.</source>
        <translation>Для визового приглашения нужны сроки пребывания: укажите их или внесите даты прибытия и отъезда пациента.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The stay cannot end (%1) before it begins (%2).</source>
        <translation>Пребывание не может закончиться (%1) раньше, чем начнётся (%2).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A visa invitation letter needs the intended treatment: give it, or record a planned treatment or a diagnosis.</source>
        <translation>Для визового приглашения нужно планируемое лечение: укажите его или внесите запланированный курс лечения либо диагноз.</translation>
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
        <translation>Не указано</translation>
    </message>
    <message>
        <location line="-102"/>
        <source>Female</source>
        <translation>Женский</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Male</source>
        <translation>Мужской</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other</source>
        <translation>Другой</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enquiry</source>
        <translation>Обращение</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+108"/>
        <source>Tele-consultation</source>
        <translation>Телеконсультация</translation>
    </message>
    <message>
        <location line="-107"/>
        <source>Awaiting visa</source>
        <translation>Ожидает визу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Travelling</source>
        <translation>В пути</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In treatment</source>
        <translation>На лечении</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discharged</source>
        <translation>Выписан</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remote follow-up</source>
        <translation>Дистанционное наблюдение</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closed</source>
        <translation>Закрыт</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deceased</source>
        <translation>Летальный исход</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lost to follow-up</source>
        <translation>Выбыл из-под наблюдения</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Self-paying</source>
        <translation>За свой счёт</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Government</source>
        <translation>Государство</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Embassy</source>
        <translation>Посольство</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Insurer</source>
        <translation>Страховая компания</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Charity</source>
        <translation>Благотворительный фонд</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hospital</source>
        <translation>Больница</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Donor registry</source>
        <translation>Регистр доноров</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Laboratory</source>
        <translation>Лаборатория</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other institution</source>
        <translation>Другое учреждение</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Histology</source>
        <translation>Гистология</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bone-marrow morphology</source>
        <translation>Морфология костного мозга</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+44"/>
        <source>Flow cytometry</source>
        <translation>Проточная цитометрия</translation>
    </message>
    <message>
        <location line="-43"/>
        <location line="+45"/>
        <source>Imaging</source>
        <translation>Лучевая диагностика</translation>
    </message>
    <message>
        <location line="-44"/>
        <location line="+45"/>
        <source>Clinical</source>
        <translation>Клинические данные</translation>
    </message>
    <message>
        <location line="-44"/>
        <source>No staging</source>
        <translation>Без стадирования</translation>
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
        <translation>Группа риска</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other system</source>
        <translation>Другая система</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not applicable</source>
        <translation>Неприменимо</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Left</source>
        <translation>Слева</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Right</source>
        <translation>Справа</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bilateral</source>
        <translation>С обеих сторон</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Side unknown</source>
        <translation>Сторона неизвестна</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chemotherapy</source>
        <translation>Химиотерапия</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CAR-T cell therapy</source>
        <translation>CAR-T-клеточная терапия</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stem-cell transplant</source>
        <translation>Трансплантация ГСК</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Surgery</source>
        <translation>Хирургическое лечение</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Radiotherapy</source>
        <translation>Лучевая терапия</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Immunotherapy</source>
        <translation>Иммунотерапия</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gene therapy</source>
        <translation>Генная терапия</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hyperthermia</source>
        <translation>Гипертермия</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Traditional medicine</source>
        <translation>Традиционная медицина</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other therapy</source>
        <translation>Другое лечение</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Curative</source>
        <translation>Радикальное</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Palliative</source>
        <translation>Паллиативное</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bridging</source>
        <translation>Бридж-терапия</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consolidation</source>
        <translation>Консолидация</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Planned</source>
        <translation>Запланирован</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ongoing</source>
        <translation>Проводится</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Completed</source>
        <translation>Завершён</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stopped</source>
        <translation>Прекращён</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not assessed</source>
        <translation>Не оценивался</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Complete remission</source>
        <translation>Полная ремиссия</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CR with incomplete recovery</source>
        <translation>Полная ремиссия с неполным восстановлением (CRi)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partial response</source>
        <translation>Частичный ответ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stable disease</source>
        <translation>Стабилизация</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Progressive disease</source>
        <translation>Прогрессирование</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Relapse</source>
        <translation>Рецидив</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MRD negative</source>
        <translation>МОБ-негативный статус</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MRD positive</source>
        <translation>МОБ-позитивный статус</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Morphology</source>
        <translation>Морфология</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PCR</source>
        <translation>ПЦР</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Weight</source>
        <translation>Вес</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Height</source>
        <translation>Рост</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Neutrophils (ANC)</source>
        <translation>Нейтрофилы (АЧН)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Platelets</source>
        <translation>Тромбоциты</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Haemoglobin</source>
        <translation>Гемоглобин</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>White cells (WBC)</source>
        <translation>Лейкоциты</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Blasts</source>
        <translation>Бласты</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tumour marker</source>
        <translation>Онкомаркер</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other measurement</source>
        <translation>Другой показатель</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>mg/m²</source>
        <translation>мг/м²</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>mg/kg</source>
        <translation>мг/кг</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Flat dose</source>
        <translation>Фиксированная доза</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Autologous</source>
        <translation>Аутологичная</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Allogeneic</source>
        <translation>Аллогенная</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Self (autologous)</source>
        <translation>Собственные клетки (ауто)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Related</source>
        <translation>Родственный</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unrelated</source>
        <translation>Неродственный</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Haploidentical</source>
        <translation>Гаплоидентичный</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+4"/>
        <source>Cord blood</source>
        <translation>Пуповинная кровь</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Bone marrow</source>
        <translation>Костный мозг</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Peripheral blood</source>
        <translation>Периферическая кровь</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Myeloablative (MAC)</source>
        <translation>Миелоаблативное (MAC)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reduced intensity (RIC)</source>
        <translation>Пониженной интенсивности (RIC)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Non-myeloablative (NMA)</source>
        <translation>Немиелоаблативное (NMA)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No chronic GVHD</source>
        <translation>Нет хронической РТПХ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mild</source>
        <translation>Лёгкая</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Moderate</source>
        <translation>Средней тяжести</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Severe</source>
        <translation>Тяжёлая</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outpatient visit</source>
        <translation>Амбулаторный приём</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Admission</source>
        <translation>Госпитализация</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discharge</source>
        <translation>Выписка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Multidisciplinary meeting</source>
        <translation>Мультидисциплинарный консилиум</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Follow-up</source>
        <translation>Контрольный визит</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This centre</source>
        <translation>Наш центр</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partner side</source>
        <translation>Сторона партнёра</translation>
    </message>
</context>
<context>
    <name>caravan::CaseHeader</name>
    <message>
        <location filename="../ui/record/caseheader.cpp" line="+70"/>
        <source>No patient selected</source>
        <translation>Пациент не выбран</translation>
    </message>
    <message numerus="yes">
        <location line="+20"/>
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n год</numerusform>
            <numerusform>%n года</numerusform>
            <numerusform>%n лет</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>speaks %1, needs an interpreter</source>
        <translation>язык: %1, нужен переводчик</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>speaks %1</source>
        <translation>язык: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>needs an interpreter</source>
        <translation>нужен переводчик</translation>
    </message>
</context>
<context>
    <name>caravan::CaseRecordView</name>
    <message>
        <location filename="../ui/record/caserecordview.cpp" line="+213"/>
        <source>Delete %1</source>
        <translation>Удаление: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete this %1? You can undo it with Edit ▸ Undo.</source>
        <translation>Удалить эту запись (%1)? Это можно отменить: Правка ▸ Отменить.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Your login on this server has no Caravan role: you may only read.</source>
        <translation>У вашей учётной записи на этом сервере нет роли в Caravan: доступен только просмотр.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your role on this server (%1) may read these records but not change them.</source>
        <translation>Ваша роль на этом сервере (%1) позволяет просматривать эти записи, но не изменять их.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Overview</source>
        <translation>Обзор</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Timeline</source>
        <translation>Хронология</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>History</source>
        <translation>История</translation>
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
        <translation>МОБ-негативный статус</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MRD positive</source>
        <translation>МОБ-позитивный статус</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Relapse / progression</source>
        <translation>Рецидив / прогрессирование</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other response</source>
        <translation>Другой ответ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Neutrophil engraftment</source>
        <translation>Приживление по нейтрофилам</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Platelet engraftment</source>
        <translation>Приживление по тромбоцитам</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last contact</source>
        <translation>Последний контакт</translation>
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
        <translation>День 0: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: neutrophil engraftment</source>
        <translation>%1: приживление по нейтрофилам</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: platelet engraftment</source>
        <translation>%1: приживление по тромбоцитам</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: last contact</source>
        <translation>%1: последний контакт</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 to %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>from %1</source>
        <translation>%1 и далее</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (%2), %3</source>
        <translation>%1 (%2), %3</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Relapse: %1</source>
        <translation>Рецидив: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Neutrophil engraftment: %1</source>
        <translation>Приживление по нейтрофилам: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last contact: %1</source>
        <translation>Последний контакт: %1</translation>
    </message>
</context>
<context>
    <name>caravan::CohortView</name>
    <message>
        <location filename="../ui/cohort/cohortview.cpp" line="+185"/>
        <source>The cohort could not be read: %1</source>
        <translation>Не удалось прочитать данные когорты: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n patient(s)</source>
        <translation>
            <numerusform>%n пациент</numerusform>
            <numerusform>%n пациента</numerusform>
            <numerusform>%n пациентов</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Day 0: CAR-T infusion</source>
        <translation>День 0: инфузия CAR-T</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Day 0: transplant infusion</source>
        <translation>День 0: инфузия трансплантата</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Align on</source>
        <translation>&amp;Выровнять по</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Diagnosis</source>
        <translation>&amp;Диагноз</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Country</source>
        <translation>&amp;Страна</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Therapy</source>
        <translation>&amp;Лечение</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Sort</source>
        <translation>С&amp;ортировка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Day 0 &amp;years</source>
        <translation>&amp;Годы дня 0</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>any</source>
        <translation>любой</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CAR-T infusion</source>
        <translation>Инфузия CAR-T</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transplant infusion</source>
        <translation>Инфузия трансплантата</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All</source>
        <translation>Все</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Any</source>
        <translation>Любое</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Day 0 date</source>
        <translation>По дате дня 0</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Relapse first</source>
        <translation>Сначала рецидивы</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Remission first</source>
        <translation>Сначала ремиссии</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days to engraftment</source>
        <translation>По сроку приживления</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Days to relapse</source>
        <translation>По сроку до рецидива</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The event every patient&apos;s day 0 is aligned on (the first one if there are several)</source>
        <translation>Событие, по которому выравнивается день 0 каждого пациента (первое, если их несколько)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Drag to pan, Ctrl+wheel or the wheel over the day axis to zoom, click a patient to open the case.</source>
        <translation>Перетаскивайте для прокрутки; Ctrl+колесо или колесо над осью дней — масштаб; щелчок по пациенту открывает случай.</translation>
    </message>
</context>
<context>
    <name>caravan::ConflictDialog</name>
    <message>
        <location filename="../ui/editors/conflictdialog.cpp" line="+69"/>
        <source>Changed by someone else</source>
        <translation>Изменено другим пользователем</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Someone else</source>
        <translation>Другой пользователь</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 saved this %2 at %3, while you were editing it.</source>
        <translation>%1 сохранил(а) эту запись («%2») %3, пока вы её редактировали.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Someone else saved this %1 while you were editing it.</source>
        <translation>Пока вы редактировали запись («%1»), её сохранил другой пользователь.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>You both changed %n field(s), marked below: choose which value to keep.</source>
        <translation>
            <numerusform>Вы оба изменили %n поле (отмечено ниже): выберите, какое значение оставить.</numerusform>
            <numerusform>Вы оба изменили %n поля (отмечены ниже): выберите, какие значения оставить.</numerusform>
            <numerusform>Вы оба изменили %n полей (отмечены ниже): выберите, какие значения оставить.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You changed different fields; the choices below keep both sets of changes.</source>
        <translation>Вы изменили разные поля; варианты, выбранные ниже, сохраняют изменения обоих.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing is saved until you choose.</source>
        <translation>Пока вы не сделаете выбор, ничего не сохраняется.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Theirs: %1, %2</source>
        <translation>Их версия: %1, %2</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Theirs</source>
        <translation>Их версия</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yours</source>
        <translation>Ваша версия</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 (changed by both)</source>
        <translation>%1 (изменено обоими)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: theirs</source>
        <translation>%1: их версия</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: yours</source>
        <translation>%1: ваша версия</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Keep theirs</source>
        <translation>Оставить их версию</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leave the record as they saved it; your changes are dropped.</source>
        <translation>Оставить запись такой, какой её сохранил другой пользователь; ваши изменения будут отброшены.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save mine</source>
        <translation>Сохранить мою версию</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save your value in every field listed, over theirs.</source>
        <translation>Сохранить ваше значение во всех перечисленных полях вместо их значения.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save chosen values</source>
        <translation>Сохранить выбранные значения</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save their version with the values chosen above.</source>
        <translation>Сохранить их версию с выбранными выше значениями.</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>(empty)</source>
        <translation>(пусто)</translation>
    </message>
    <message>
        <location filename="../ui/editors/conflictdialog.h" line="+76"/>
        <source>This %1 was deleted by someone else while you were editing it; your changes cannot be saved to it.</source>
        <translation>Пока вы редактировали запись («%1»), её удалил другой пользователь; сохранить в неё ваши изменения нельзя.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Not saved: someone else changed this %1 while you were editing it.</source>
        <translation>Не сохранено: пока вы редактировали запись («%1»), её изменил другой пользователь.</translation>
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
        <translation>Введите дату в формате год-месяц-день, например 2024-03-15. Оставьте поле пустым, если дата не указана.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the date in a calendar</source>
        <translation>Выбрать дату в календаре</translation>
    </message>
</context>
<context>
    <name>caravan::DateTimeEdit</name>
    <message>
        <location line="+62"/>
        <source>local time (%1)</source>
        <translation>местное время (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hours and minutes in the time zone of this computer; stored in UTC.</source>
        <translation>Часы и минуты в часовом поясе этого компьютера; хранятся в UTC.</translation>
    </message>
</context>
<context>
    <name>caravan::DocumentPreviewDialog</name>
    <message>
        <location filename="../ui/report/documentpreviewdialog.cpp" line="+211"/>
        <source>International Patient Centre</source>
        <translation>Центр международных пациентов</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>No temporary folder for the document: %1</source>
        <translation>Нет временной папки для документа: %1</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>There is no document to save yet.</source>
        <translation>Документа для сохранения пока нет.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The document cannot be saved as %1: %2</source>
        <translation>Документ не удаётся сохранить как %1: %2</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Referral summary</source>
        <translation>Направительная выписка</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tele-consultation record</source>
        <translation>Протокол телеконсультации</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Medical visa invitation letter</source>
        <translation>Приглашение для оформления медицинской визы</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+5"/>
        <source>Save %1</source>
        <translation>Сохранение: %1</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>PDF documents (*.pdf)</source>
        <translation>Документы PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+4"/>
        <source>Print %1</source>
        <translation>Печать: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Language:</source>
        <translation>&amp;Язык:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Second language:</source>
        <translation>&amp;Второй язык:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Обновить</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save as PDF…</source>
        <translation>Сохранить как PDF…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pri&amp;nt…</source>
        <translation>Пе&amp;чать…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>t&amp;o:</source>
        <translation>&amp;по:</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Include &amp;passport details</source>
        <translation>Включить &amp;паспортные данные</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Consultation:</source>
        <translation>&amp;Консультация:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No tele-consultation recorded</source>
        <translation>Телеконсультации не зарегистрированы</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Intended &amp;treatment:</source>
        <translation>Планируемое &amp;лечение:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From the record: the planned treatment, else the diagnosis</source>
        <translation>Из карты: запланированное лечение, иначе диагноз</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stay &amp;from:</source>
        <translation>Пребывание &amp;с:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Si&amp;gned by:</source>
        <translation>Подп&amp;исал:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name and title under the signature line</source>
        <translation>ФИО и должность под строкой подписи</translation>
    </message>
</context>
<context>
    <name>caravan::HistoryView</name>
    <message>
        <location filename="../ui/record/historyview.cpp" line="+47"/>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>нет</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n запись</numerusform>
            <numerusform>%n записи</numerusform>
            <numerusform>%n записей</numerusform>
        </translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Added %1</source>
        <translation>Добавлено: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Changed %1</source>
        <translation>Изменено: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deleted %1</source>
        <translation>Удалено: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Restored %1</source>
        <translation>Восстановлено: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Exported %1</source>
        <translation>Экспортировано: %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Languages: %1</source>
        <translation>Языки: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Printed on %1</source>
        <translation>Напечатано на: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saved as %1</source>
        <translation>Сохранено как %1</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Who</source>
        <translation>Кто</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What</source>
        <translation>Что</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Details</source>
        <translation>Подробности</translation>
    </message>
</context>
<context>
    <name>caravan::InstitutionsDialog</name>
    <message>
        <location filename="../ui/record/institutionsdialog.cpp" line="+23"/>
        <source>Partner institutions</source>
        <translation>Партнёрские учреждения</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>City</source>
        <translation>Город</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Time zone</source>
        <translation>Часовой пояс</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Add…</source>
        <translation>Добавить…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit…</source>
        <translation>Изменить…</translation>
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
        <translation>Добавить</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a row</source>
        <translation>Добавить строку</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the selected rows</source>
        <translation>Удалить выбранные строки</translation>
    </message>
</context>
<context>
    <name>caravan::MainWindow</name>
    <message>
        <location filename="../ui/mainwindow.cpp" line="+364"/>
        <source>Select a patient first.</source>
        <translation>Сначала выберите пациента.</translation>
    </message>
    <message>
        <location line="-217"/>
        <source>Delete patient</source>
        <translation>Удаление пациента</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete this patient with everything recorded about them? You can undo it with Edit ▸ Undo.</source>
        <translation>Удалить этого пациента со всеми данными о нём? Это можно отменить: Правка ▸ Отменить.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>About Caravan</source>
        <translation>О программе Caravan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;h3&gt;Caravan %1&lt;/h3&gt;&lt;p&gt;Case manager for international patients.&lt;/p&gt;&lt;p&gt;Database: %2&lt;/p&gt;&lt;p&gt;Schema %3&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Caravan %1&lt;/h3&gt;&lt;p&gt;Система ведения случаев иностранных пациентов.&lt;/p&gt;&lt;p&gt;База данных: %2&lt;/p&gt;&lt;p&gt;Схема %3&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>none</source>
        <translation>нет</translation>
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
        <translation>В этой базе пока нет пациентов. Загрузите вымышленные демонстрационные случаи, чтобы осмотреться, добавьте пациента через Файл ▸ Новый пациент или импортируйте файл CSV.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Load demo cases</source>
        <translation>Загрузить демонстрационные случаи</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New patient…</source>
        <translation>&amp;Новый пациент…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open database…</source>
        <translation>&amp;Открыть базу данных…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Connect to server…</source>
        <translation>Подключиться к &amp;серверу…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Recent databases and servers</source>
        <translation>&amp;Последние базы данных и серверы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Import patients from CSV…</source>
        <translation>&amp;Импорт пациентов из CSV…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Export (PDF)</source>
        <translation>&amp;Экспорт (PDF)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Referral summary…</source>
        <translation>&amp;Направительная выписка…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Tele-consultation record…</source>
        <translation>&amp;Протокол телеконсультации…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Visa invitation letter…</source>
        <translation>&amp;Визовое приглашение…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export…</source>
        <translation>Экспорт…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Referral summary, tele-consultation record or visa invitation letter as PDF</source>
        <translation>Направительная выписка, протокол телеконсультации или визовое приглашение в PDF</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Settings…</source>
        <translation>Н&amp;астройки…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quit</source>
        <translation>В&amp;ыход</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit</source>
        <translation>&amp;Правка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Undo %1</source>
        <translation>&amp;Отменить «%1»</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Undo</source>
        <translation>&amp;Отменить</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Redo %1</source>
        <translation>&amp;Повторить «%1»</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Redo</source>
        <translation>&amp;Повторить</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit &amp;patient…</source>
        <translation>&amp;Редактировать пациента…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Add to the current tab…</source>
        <translation>&amp;Добавить на текущую вкладку…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete selected record</source>
        <translation>&amp;Удалить выбранную запись</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete patient…</source>
        <translation>Удалить пациента…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partner &amp;institutions…</source>
        <translation>Партнёрские &amp;учреждения…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Find a patient</source>
        <translation>&amp;Найти пациента</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Cohort aligned on day 0…</source>
        <translation>&amp;Когорта с выравниванием по дню 0…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Language</source>
        <translation>&amp;Язык</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About Caravan</source>
        <translation>&amp;О программе Caravan</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Server: %1</source>
        <translation>Сервер: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connects to the server; asks for the password if it is needed.</source>
        <translation>Подключается к серверу; при необходимости запрашивает пароль.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A database file on this computer.</source>
        <translation>Файл базы данных на этом компьютере.</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>The connection to %1 was lost; connecting again…</source>
        <translation>Соединение с %1 потеряно; подключаемся снова…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Connected to %1 again.</source>
        <translation>Снова подключено к %1.</translation>
    </message>
    <message>
        <location line="+91"/>
        <source>The reporting server cannot be reached (%1); the cohort reads the main server.</source>
        <translation>Сервер отчётов недоступен (%1); когорта читает основной сервер.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Open or create a database</source>
        <translation>Открыть или создать базу данных</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Caravan databases (*.sqlite *.db);;All files (*)</source>
        <translation>Базы данных Caravan (*.sqlite *.db);;Все файлы (*)</translation>
    </message>
    <message>
        <location line="+31"/>
        <location line="+16"/>
        <source>Import patients</source>
        <translation>Импорт пациентов</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>Файлы CSV (*.csv *.txt);;Все файлы (*)</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>%n patient(s) imported.</source>
        <translation>
            <numerusform>Импортирован %n пациент.</numerusform>
            <numerusform>Импортировано %n пациента.</numerusform>
            <numerusform>Импортировано %n пациентов.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Line %1 (%2): %3</source>
        <translation>Строка %1 (%2): %3</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>… and %n more row(s) not imported.</source>
        <translation>
            <numerusform>… и ещё %n строка не импортирована.</numerusform>
            <numerusform>… и ещё %n строки не импортированы.</numerusform>
            <numerusform>… и ещё %n строк не импортировано.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Cohort — %1 (reporting replica)</source>
        <translation>Когорта — %1 (реплика для отчётов)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cohort — %1</source>
        <translation>Когорта — %1</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Database: %1</source>
        <translation>База данных: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No database open</source>
        <translation>База данных не открыта</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%1 of %n patient(s) shown</source>
        <translation>
            <numerusform>Показано %1 из %n пациента</numerusform>
            <numerusform>Показано %1 из %n пациентов</numerusform>
            <numerusform>Показано %1 из %n пациентов</numerusform>
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
        <translation>не указано</translation>
    </message>
    <message>
        <location line="-80"/>
        <source>Travel and documents</source>
        <translation>Поездка и документы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Passport</source>
        <translation>Паспорт</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+5"/>
        <source>expires</source>
        <translation>срок действия до</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Visa</source>
        <translation>Виза</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Stay</source>
        <translation>Пребывание</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Contact</source>
        <translation>Контакты</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>travels with the patient</source>
        <translation>сопровождает пациента</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>next of kin</source>
        <translation>ближайший родственник</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>passport</source>
        <translation>паспорт</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Companions</source>
        <translation>Сопровождающие</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none recorded</source>
        <translation>не указаны</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payer and referral</source>
        <translation>Оплата и направление</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payer</source>
        <translation>Плательщик</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Referred by</source>
        <translation>Направлен</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Coordinator</source>
        <translation>Координатор</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Diagnoses</source>
        <translation>Диагнозы</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>diagnosed %1</source>
        <translation>диагноз установлен %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Treatments</source>
        <translation>Лечение</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>best response</source>
        <translation>лучший ответ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Day 0:</source>
        <translation>День 0:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>today is</source>
        <translation>сегодня</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>counts show</source>
        <translation>по анализам крови</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Neutrophil engraftment:</source>
        <translation>Приживление по нейтрофилам:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>platelet engraftment:</source>
        <translation>приживление по тромбоцитам:</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Latest height and weight:</source>
        <translation>Последние рост и вес:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Planned</source>
        <translation>Запланировано</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nothing planned</source>
        <translation>ничего не запланировано</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Notes</source>
        <translation>Примечания</translation>
    </message>
</context>
<context>
    <name>caravan::PartTab</name>
    <message>
        <location filename="../ui/record/parttab.cpp" line="+103"/>
        <source>Add…</source>
        <translation>Добавить…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit…</source>
        <translation>Изменить…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
</context>
<context>
    <name>caravan::PatientListFilterBar</name>
    <message>
        <location filename="../ui/patientlist/patientlistfilterbar.cpp" line="+104"/>
        <source>Haematological malignancy (C81–C96, D45–D47)</source>
        <translation>Гемобластозы (C81–C96, D45–D47)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Solid tumour (other C)</source>
        <translation>Солидные опухоли (прочие C)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Non-malignant blood disease (D50–D89)</source>
        <translation>Незлокачественные болезни крови (D50–D89)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cardiovascular (I)</source>
        <translation>Сердечно-сосудистые (I)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Spine and musculoskeletal (M)</source>
        <translation>Позвоночник и опорно-двигательный аппарат (M)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Congenital (Q)</source>
        <translation>Врождённые (Q)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Other or none</source>
        <translation>Другое или нет</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Country:</source>
        <translation>&amp;Страна:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;tatus:</source>
        <translation>Ст&amp;атус:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Diagnosis:</source>
        <translation>&amp;Диагноз:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>T&amp;reatment:</source>
        <translation>&amp;Лечение:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;oordinator:</source>
        <translation>&amp;Координатор:</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <location line="+1"/>
        <location line="+1"/>
        <location line="+1"/>
        <source>All</source>
        <translation>Все</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Clear filters</source>
        <translation>Сбросить фильтры</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show every patient again (the search text stays)</source>
        <translation>Снова показать всех пациентов (текст поиска сохраняется)</translation>
    </message>
</context>
<context>
    <name>caravan::PatientListModel</name>
    <message>
        <location filename="../ui/patientlist/patientlistmodel.cpp" line="+213"/>
        <source>Planned visit</source>
        <translation>Запланированный визит</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Visa expires</source>
        <translation>Истекает виза</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Passport expires</source>
        <translation>Истекает паспорт</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Planned treatment starts</source>
        <translation>Начало запланированного лечения</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The latest diagnosis</source>
        <translation>Последний диагноз</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The type of the latest treatment course</source>
        <translation>Тип последнего курса лечения</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The earliest date from today on: a planned visit, the visa or passport expiry, or the start of a planned treatment</source>
        <translation>Ближайшая дата начиная с сегодняшнего дня: запланированный визит, окончание срока действия визы или паспорта либо начало запланированного лечения</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Record</source>
        <translation>№ истории болезни</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Passport name</source>
        <translation>Имя по паспорту</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Age</source>
        <translation>Возраст</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sex</source>
        <translation>Пол</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nationality</source>
        <translation>Гражданство</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Diagnosis</source>
        <translation>Диагноз</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Current treatment</source>
        <translation>Текущее лечение</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Case status</source>
        <translation>Статус случая</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Coordinator</source>
        <translation>Координатор</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next due</source>
        <translation>Ближайший срок</translation>
    </message>
</context>
<context>
    <name>caravan::PatientListPane</name>
    <message>
        <location filename="../ui/patientlist/patientlistpane.cpp" line="+146"/>
        <source>Find a patient: name in any script, record, passport or phone number</source>
        <translation>Поиск пациента: имя в любой письменности, номер истории болезни, паспорта или телефона</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The list follows as you type. Enter opens the selected patient (or the first one); Down moves into the list; Escape clears the search.</source>
        <translation>Список обновляется по мере ввода. Enter открывает выбранного пациента (или первого); стрелка вниз переводит в список; Escape очищает поиск.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>The patient list could not be read: %1</source>
        <translation>Не удалось прочитать список пациентов: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln patient(s)</source>
        <translation>
            <numerusform>%Ln пациент</numerusform>
            <numerusform>%Ln пациента</numerusform>
            <numerusform>%Ln пациентов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Showing the best %1 matches of %Ln patient(s): type more to narrow the search</source>
        <translation>
            <numerusform>Показаны лучшие совпадения (%1) из %Ln пациента: введите больше текста, чтобы сузить поиск</numerusform>
            <numerusform>Показаны лучшие совпадения (%1) из %Ln пациентов: введите больше текста, чтобы сузить поиск</numerusform>
            <numerusform>Показаны лучшие совпадения (%1) из %Ln пациентов: введите больше текста, чтобы сузить поиск</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Showing %1 of %Ln patient(s)</source>
        <translation>
            <numerusform>Показано %1 из %Ln пациента</numerusform>
            <numerusform>Показано %1 из %Ln пациентов</numerusform>
            <numerusform>Показано %1 из %Ln пациентов</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>caravan::PdfPreview</name>
    <message>
        <location filename="../ui/report/pdfpreview.cpp" line="+146"/>
        <source>The file %1 cannot be opened as a PDF: it is missing or damaged.</source>
        <translation>Файл %1 не удаётся открыть как PDF: он отсутствует или повреждён.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The file %1 is protected by a password.</source>
        <translation>Файл %1 защищён паролем.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The file %1 has no pages.</source>
        <translation>В файле %1 нет страниц.</translation>
    </message>
    <message>
        <location line="+125"/>
        <source>Page %1 of %2</source>
        <translation>Страница %1 из %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Previous</source>
        <translation>Назад</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Previous page</source>
        <translation>Предыдущая страница</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next</source>
        <translation>Вперёд</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next page</source>
        <translation>Следующая страница</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>−</source>
        <translation>−</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom out</source>
        <translation>Уменьшить</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>+</source>
        <translation>+</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom in</source>
        <translation>Увеличить</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fit width</source>
        <translation>По ширине</translation>
    </message>
</context>
<context>
    <name>caravan::RecordDialog</name>
    <message>
        <location filename="../ui/editors/recorddialog.cpp" line="+73"/>
        <source>Your changes have not been saved.</source>
        <translation>Ваши изменения не сохранены.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Discard them, or keep editing to save them?</source>
        <translation>Отменить их или продолжить редактирование, чтобы сохранить?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep editing</source>
        <translation>Продолжить редактирование</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>row %1</source>
        <translation>строка %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No height and no weight are recorded for this patient: record both as measurements to compute the body surface area and the doses per m² and per kg.</source>
        <translation>Для этого пациента не указаны ни рост, ни вес: внесите оба значения как показатели, чтобы рассчитать площадь поверхности тела и дозы на м² и на кг.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No height is recorded for this patient: record one as a measurement to compute the body surface area and the doses per m².</source>
        <translation>Для этого пациента не указан рост: внесите его как показатель, чтобы рассчитать площадь поверхности тела и дозы на м².</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No weight is recorded for this patient: record one as a measurement to compute the body surface area and the doses per m² and per kg.</source>
        <translation>Для этого пациента не указан вес: внесите его как показатель, чтобы рассчитать площадь поверхности тела и дозы на м² и на кг.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Body surface area %1 m² (Mosteller) from %2 cm and %3 kg.</source>
        <translation>Площадь поверхности тела %1 м² (по Мостеллеру) при росте %2 см и весе %3 кг.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add the drugs with their dose per unit to compute the doses.</source>
        <translation>Добавьте препараты с дозой на единицу, чтобы рассчитать дозы.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Dose given filled for %n drug(s); check each before saving.</source>
        <translation>
            <numerusform>Введённая доза заполнена для %n препарата; проверьте каждую перед сохранением.</numerusform>
            <numerusform>Введённая доза заполнена для %n препаратов; проверьте каждую перед сохранением.</numerusform>
            <numerusform>Введённая доза заполнена для %n препаратов; проверьте каждую перед сохранением.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not computed: %1.</source>
        <translation>Не рассчитано: %1.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Latest height %1 cm and weight %2 kg.</source>
        <translation>Последние рост %1 см и вес %2 кг.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Latest height %1 cm; no weight recorded.</source>
        <translation>Последний рост %1 см; вес не указан.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Latest weight %1 kg; no height recorded.</source>
        <translation>Последний вес %1 кг; рост не указан.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No height or weight recorded for this patient.</source>
        <translation>Для этого пациента не указаны рост и вес.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>New %1</source>
        <translation>Новая запись: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit %1</source>
        <translation>Изменение: %1</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Compute doses from height and weight</source>
        <translation>Рассчитать дозы по росту и весу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Body surface area (Mosteller) from the latest height and weight, then each drug&apos;s dose given from its dose per m², per kg or flat dose.</source>
        <translation>Площадь поверхности тела (по Мостеллеру) по последним росту и весу, затем введённая доза каждого препарата по его дозе на м², на кг или фиксированной дозе.</translation>
    </message>
    <message>
        <location filename="../ui/editors/recorddialog.h" line="+131"/>
        <location filename="../ui/record/recordeditors.cpp" line="+17"/>
        <source>Some values could not be read: correct the fields marked below.</source>
        <translation>Некоторые значения не удалось прочитать: исправьте отмеченные ниже поля.</translation>
    </message>
    <message>
        <location filename="../ui/record/recordeditors.cpp" line="+6"/>
        <source>born</source>
        <translation>дата рождения</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>birth date not recorded</source>
        <translation>дата рождения не указана</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Same person?</source>
        <translation>Тот же человек?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>These patients may be the same person:

%1

Open the first of them, or create a new patient anyway?</source>
        <translation>Возможно, это тот же человек:

%1

Открыть первого из них или всё же создать нового пациента?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open existing patient</source>
        <translation>Открыть существующего пациента</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create new patient</source>
        <translation>Создать нового пациента</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Not saved yet: check the possible duplicates.</source>
        <translation>Пока не сохранено: проверьте возможные дубликаты.</translation>
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
        <translation>да</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>no</source>
        <translation>нет</translation>
    </message>
</context>
<context>
    <name>caravan::ServerConnectDialog</name>
    <message>
        <location filename="../ui/connection/serverconnectdialog.cpp" line="+20"/>
        <source>Connect to server</source>
        <translation>Подключение к серверу</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>for example db.hospital.local</source>
        <translation>например, db.hospital.local</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Encrypted, server&apos;s certificate checked (verify-full)</source>
        <translation>С шифрованием, сертификат сервера проверяется (verify-full)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Encrypted (require)</source>
        <translation>С шифрованием (require)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Encrypted when the server offers it (prefer)</source>
        <translation>С шифрованием, если сервер его предлагает (prefer)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not encrypted: this computer or a trusted network only (disable)</source>
        <translation>Без шифрования: только этот компьютер или доверенная сеть (disable)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>asked for when needed</source>
        <translation>запрашивается при необходимости</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep the password in the system keychain</source>
        <translation>Хранить пароль в системном хранилище паролей</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The password is never written to Caravan&apos;s settings. Leave it empty to be asked for it, or to use ~/.pgpass.</source>
        <translation>Пароль никогда не записывается в настройки Caravan. Оставьте поле пустым, чтобы пароль запрашивался или брался из ~/.pgpass.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Server:</source>
        <translation>Сервер:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Port:</source>
        <translation>Порт:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Database:</source>
        <translation>База данных:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your login:</source>
        <translation>Ваше имя для входа:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Security:</source>
        <translation>Безопасность:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password:</source>
        <translation>Пароль:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Connect</source>
        <translation>Подключиться</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>the server</source>
        <translation>сервер</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the database</source>
        <translation>база данных</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>your login</source>
        <translation>имя для входа</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fill in %1.</source>
        <translation>Заполните: %1.</translation>
    </message>
</context>
<context>
    <name>caravan::SettingsDialog</name>
    <message>
        <location filename="../ui/settings/settingsdialog.cpp" line="+29"/>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No logo</source>
        <translation>Нет логотипа</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose…</source>
        <translation>Выбрать…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Logo for the letterhead</source>
        <translation>Логотип для бланка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Images (%1)</source>
        <translation>Изображения (%1)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Follow the system</source>
        <translation>Как в системе</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>none: the cohort reads the main server</source>
        <translation>нет: когорта читает основной сервер</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The address of a read-only replica of the centre&apos;s server, postgresql://user@host:5432/database. The cohort view reads it, to keep heavy queries off the main server.</source>
        <translation>Адрес реплики сервера центра только для чтения, postgresql://user@host:5432/database. Представление когорты читает её, чтобы тяжёлые запросы не нагружали основной сервер.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your name (written into the history of every change)</source>
        <translation>Ваше имя (записывается в историю каждого изменения)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Centre name (on letters)</source>
        <translation>Название центра (для писем)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Centre address, phone and e-mail (on letters)</source>
        <translation>Адрес, телефон и e-mail центра (для писем)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Logo (on letters)</source>
        <translation>Логотип (для писем)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reporting server (read-only replica)</source>
        <translation>Сервер отчётов (реплика только для чтения)</translation>
    </message>
</context>
<context>
    <name>caravan::timeline::TimelineCharts</name>
    <message>
        <location filename="../ui/timeline/timelinecharts.cpp" line="+118"/>
        <source>Blasts and MRD (%): line = blood/marrow counts, dots = assessments (green MRD−, orange MRD+)</source>
        <translation>Бласты и МОБ (%): линия — показатели крови/костного мозга, точки — оценки ответа (зелёные МОБ−, оранжевые МОБ+)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Weight (kg)</source>
        <translation>Вес (кг)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ANC (× 10⁹/L), dashed: engraftment threshold %1</source>
        <translation>АЧН (× 10⁹/л), пунктир: порог приживления %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Platelets (× 10⁹/L), dashed: engraftment threshold %1</source>
        <translation>Тромбоциты (× 10⁹/л), пунктир: порог приживления %1</translation>
    </message>
</context>
<context>
    <name>caravan::timeline::TimelineTab</name>
    <message>
        <location filename="../ui/timeline/timelinetab.cpp" line="+89"/>
        <source>Calendar dates</source>
        <translation>Календарные даты</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Day relative to %1</source>
        <translation>Дни относительно: %1</translation>
    </message>
    <message>
        <location line="+44"/>
        <location line="+5"/>
        <source>Export timeline image</source>
        <translation>Экспорт изображения хронологии</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>PNG images (*.png)</source>
        <translation>Изображения PNG (*.png)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The image could not be written to %1.</source>
        <translation>Не удалось записать изображение в %1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Fit all</source>
        <translation>Показать всё</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the whole history (F or Home)</source>
        <translation>Показать всю историю (F или Home)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export image…</source>
        <translation>Экспорт изображения…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time axis:</source>
        <translation>Ось времени:</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/desktop/main.cpp" line="+33"/>
        <source>The SQLite database file, or a server address (postgresql://user@host:5432/database), to open.</source>
        <translation>Открываемый файл базы данных SQLite или адрес сервера (postgresql://user@host:5432/database).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Show this patient (record number).</source>
        <translation>Показать этого пациента (номер истории болезни).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show this tab of the case record (0-6).</source>
        <translation>Показать эту вкладку карты случая (0-6).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save the window as a PNG file and quit.</source>
        <translation>Сохранить окно в PNG-файл и выйти.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open the export preview of this document (summary, teleconsult, invitation).</source>
        <translation>Открыть предпросмотр экспорта этого документа (summary, teleconsult, invitation).</translation>
    </message>
</context>
</TS>
